"""Benchmark case: monthly report."""
from __future__ import annotations

import statistics
from pathlib import Path

from tests.perf.common import (
    MONTH,
    Result,
    copy_of,
    median_of,
    result,
)


# monthly report -----------------------------------------------------------------------------------
def one_page_pdf() -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from desktop.report.fonts import register_fonts

    font = register_fonts()
    out = io.BytesIO()
    style = ParagraphStyle("body", fontName=font, fontSize=10, leading=14)
    SimpleDocTemplate(out, pagesize=A4).build(
        [Paragraph("党总支工作台 月度报告 2025-05 走访 工区 诉求 已解决 已解释", style)] * 20)
    return out.getvalue()


def case_report(depot: Path, scratch: Path, runs: int) -> list[Result]:
    from db.store import Store
    from desktop.report.render import monthly_pdf

    folder = copy_of(depot, scratch, "report")
    with Store.open(folder):
        one_page_pdf()  # font registered once for both, as in the app
        base, ours = [], []
        for _ in range(runs):
            base.append(median_of(lambda: one_page_pdf() and None, 1))
            ours.append(median_of(lambda: monthly_pdf(MONTH) and None, 1))
    return [result("monthly PDF report", statistics.median(ours), statistics.median(base),
                   "< 1.5 s", max_seconds=1.5)]


CASES = {"report": (case_report, 3)}
