"""The depot's export re-imports into a fresh folder with every figure of every month the same.

At a scale the suite can afford: the depot generator over its last year (60 work areas, 8
branches, 600 members, 40 cadres, ~5,800 visits, ~2,000 concerns, ~360 meetings with their
attendance, the visit plans), every sheet of the workbook. The whole ten years are the bench's
"depot re-import" case."""
from __future__ import annotations

import dataclasses
import datetime as dt

from db import demo
from db.demo.sizes import SIZES
from db.spreadsheet import commit_import, export_workbook, preview_import, read_workbook
from db.store import Store
from tests.db.spreadsheet.test_round_trip import DEMO_TODAY, every_month_figures, live_ids

MONTHS = 12


def test_a_year_of_the_depot_survives_export_and_import(tmp_path, monkeypatch):
    depot = SIZES["depot"]
    monkeypatch.setitem(SIZES, "depot", dataclasses.replace(
        depot, months=MONTHS, concerns=depot.concerns * MONTHS // depot.months))
    with Store.open(tmp_path / "office") as office:
        demo.build("depot", seed=1, today=DEMO_TODAY)
        counts = office.counts()
        assert (counts["work_area"], counts["branch"], counts["member"]) == (60, 8, 600)
        assert counts["visit"] > 5000 and counts["meeting"] > 300 and counts["plan_entry"]
        first = DEMO_TODAY.replace(day=1) - dt.timedelta(days=365)
        before = every_month_figures(first, DEMO_TODAY)
        ids = live_ids()
        export_workbook(tmp_path / "depot.xlsx")
    with Store.open(tmp_path / "fresh"):
        book = read_workbook(tmp_path / "depot.xlsx")
        preview = preview_import(book)  # as the window and the command line do
        assert not preview.problems, [str(p) for p in preview.problems[:5]]
        assert commit_import(book).committed
        after = every_month_figures(first, DEMO_TODAY)
        assert live_ids() == ids
    assert after.keys() == before.keys() and len(before) == 13
    for month in before:
        assert after[month] == before[month], month
