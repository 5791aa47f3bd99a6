"""One function that makes a month's PDF, for the window, the command line and the tests."""
from __future__ import annotations

import datetime as dt

from desktop.report.data import collect
from desktop.report.monthly import MonthlyReport, Translate, identity


def monthly_pdf(month: dt.date, translate: Translate = identity) -> bytes:
    return MonthlyReport(collect(month), translate).build()


def default_file_name(month: dt.date) -> str:
    from db.organisation import get_organisation

    name = get_organisation().name.strip() or "branch-desk"
    safe = "".join(ch for ch in name if ch not in '\\/:*?"<>|').strip()
    return f"{safe}-{month.year}-{month.month:02d}.pdf"
