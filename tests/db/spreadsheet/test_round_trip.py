"""Export → import into a fresh folder → every figure of every month is the same: coverage,
concerns, organisation life and the visit plan."""
from __future__ import annotations

import dataclasses
import datetime as dt

import openpyxl

from db import demo
from db.concerns.figures import concern_figures, figures_by_area, figures_by_owner
from db.coverage import compute_coverage
from db.dates import add_months, month_end
from db.meetings import last_contacts, meeting_figures
from db.periods import month_period
from db.plans import month_plan, plan_to_json
from db.spreadsheet import commit_import, export_workbook
from db.store import Store

DEMO_TODAY = dt.date(2025, 3, 15)  # the pinned today of the spreadsheet tests


def _plain(value):
    """Figures without record ids (the areas are the same by name, ids may be too)."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.name.endswith("_id")}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


# Signals read from a record's own entry stamp (entered long after the meeting, many entered in
# one sitting, imported): a workbook carries no entry stamps, so these are the import's own.
STAMP_SIGNALS = ("late", "sitting", "imported")
# Make-ups decide who is reached and which absences are made up: they travel in the 补课 sheet
# (and the committee seats in 支委), so members' last contact and the absences not made up are
# compared too.


def _meetings(period, as_of: dt.date) -> dict:
    figures = _plain(meeting_figures(period, as_of=as_of))
    for meeting in figures["meetings"]:
        meeting["signals"] = [s for s in meeting["signals"] if s["code"] not in STAMP_SIGNALS]
    return figures


def every_month_figures(first: dt.date, last: dt.date) -> dict:
    out, month = {}, first.replace(day=1)
    while month <= last:
        period = month_period(month)
        end = month_end(month)
        out[month.isoformat()[:7]] = _plain({
            "coverage": compute_coverage(period, today=DEMO_TODAY),
            "concerns": concern_figures(month, end),
            "by_area": figures_by_area(month, end), "by_owner": figures_by_owner(month, end),
            "meetings": _meetings(period, min(end, DEMO_TODAY)),
            "plan": plan_to_json(month_plan(month, today=DEMO_TODAY))})
        month = add_months(month, 1)
    return out


RECORDS = ("work_area", "branch", "member", "assignment", "responsibility", "visit",
           "visit_person", "concern", "meeting", "meeting_attendee", "make_up",
           "committee_member", "plan_entry")


def live_ids() -> dict[str, set[str]]:
    from db import models

    tables = {m._meta.table_name: m for m in models.SYNC_MODELS}
    return {t: {r.id for r in tables[t].select(tables[t].id).where(~tables[t].deleted)}
            for t in RECORDS}


def test_small_demo_figures_survive_export_and_import(tmp_path):
    with Store.open(tmp_path / "office"):
        demo.build("small", seed=1, today=DEMO_TODAY)
        first = DEMO_TODAY - dt.timedelta(days=800)
        before = every_month_figures(first, DEMO_TODAY)
        ids = live_ids()
        assert all(ids[t] for t in ("meeting", "meeting_attendee", "make_up",
                                    "committee_member", "plan_entry"))  # all sheets
        contacts = last_contacts(DEMO_TODAY)
        assert contacts
        export_workbook(tmp_path / "all.xlsx")
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    sheets = {name: book[name].max_row - 1 for name in ("补课", "支委")}  # a header row each
    assert sheets == {"补课": len(ids["make_up"]), "支委": len(ids["committee_member"])}
    with Store.open(tmp_path / "fresh"):
        result = commit_import(tmp_path / "all.xlsx")
        assert result.committed and not result.problems
        after = every_month_figures(first, DEMO_TODAY)
        assert last_contacts(DEMO_TODAY) == contacts  # every member's, not only the 3-month list
        # Every record arrives once, under its own identity (visit links are derived from it).
        assert live_ids() == ids
    assert after.keys() == before.keys()
    for month in before:
        assert after[month] == before[month], month
    # The never-visited remote area is in last November's figures after the trip too.
    november = before["2024-11"]["coverage"]
    assert november["never_visited"] == after["2024-11"]["coverage"]["never_visited"]
