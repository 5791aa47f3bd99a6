"""One function that makes a month's PDF, for the window, the command line and the tests."""
from __future__ import annotations

import datetime as dt

from db.files import safe_name
from desktop.report.data import collect
from desktop.report.monthly import MonthlyReport, Translate, identity
from desktop.report.sections import DETAIL_SECTIONS, SECTIONS


def monthly_pdf(month: dt.date, translate: Translate = identity, *, detail: bool = False) -> bytes:
    """The month's summary (at most 4 A4 pages for a depot), or with `detail` the full lists."""
    report = MonthlyReport(collect(month), translate, detail=detail)
    return report.build(DETAIL_SECTIONS if detail else SECTIONS)


def default_file_name(month: dt.date, *, detail: bool = False) -> str:
    from db.organisation import get_organisation

    safe = safe_name(get_organisation().name)
    suffix = "-detail" if detail else ""
    return f"{safe}-{month.year}-{month.month:02d}{suffix}.pdf"
