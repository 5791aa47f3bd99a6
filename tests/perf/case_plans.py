"""Benchmark case: the visit plan at depot scale — a draft from the suggestions, the month's
states from the visits, and a cadre's month of field packets."""
from __future__ import annotations

import statistics
from pathlib import Path

from db.dates import add_months
from tests.perf.case_report import one_page_pdf
from tests.perf.common import MONTH, Result, copy_of, median_of, result


def case_plans(depot: Path, scratch: Path, runs: int) -> list[Result]:
    from db import plans
    from db.coverage import compute_coverage
    from db.periods import month_period
    from db.store import Store
    from desktop.report.packet import packet_pdf

    folder = copy_of(depot, scratch, "plans")
    with Store.open(folder):
        one_page_pdf()
        cov, fill, state, pdf, page, again = [], [], [], [], [], []
        for run in range(runs):
            month = add_months(MONTH, -2 - run)  # without a plan (the demo plans May and June)
            cov.append(median_of(lambda month=month: compute_coverage(
                month_period(month), with_heatmap=False, suggestions=80) and None, 1))
            # drafted on the month's first day, as a secretary does (a month over is refused)
            fill.append(median_of(
                lambda month=month: plans.fill_plan(month, today=month) and None, 1))
            again.append(median_of(
                lambda month=month: plans.fill_plan(month, replace=True, today=month)
                and None, 1))
            state.append(median_of(lambda month=month: plans.month_plan(month) and None, 1))
            entries = plans.month_plan(month).entries
            cadre = entries[0].cadre_id
            mine = [e for e in entries if e.cadre_id == cadre]
            pdf.append(median_of(lambda mine=mine: packet_pdf(
                [plans.area_packet(e.area_id, entry=e) for e in mine]) and None, 1))
            page.append(median_of(lambda: one_page_pdf() and None, 1))
    med = statistics.median
    return [
        result("plan draft for 40 cadres (fill a month)", med(fill), med(cov),
               "ratio ≤ 6 to the coverage it ranks by, < 0.5 s", max_ratio=6, max_seconds=0.5),
        result("the same, replacing the month's draft", med(again), med(cov), "< 1 s",
               max_seconds=1.0),
        result("plan states of the month", med(state), None, "< 0.1 s", max_seconds=0.1),
        result("a cadre's month of field packets (PDF)", med(pdf), med(page), "< 1 s",
               max_seconds=1.0),
    ]


CASES = {"plans": (case_plans, 5)}
