"""Every table to a formatted workbook, and the blank template with the same headers.

The export reads back with db.spreadsheet's import unchanged (export → import into an empty
database → export gives the same sheets): members are written by name, as name(birth date) where
two share a name; choices by their Chinese labels; dates as real dates. Rows are sorted by their
own values, so the same records always give the same sheets. Not carried: concern history, the
visit a concern was heard on, and the trash.

Private visit content (谈心谈话) is the secretary's own record, so the secretary's export keeps it,
but its column is marked (coloured header with a note); `include_private=False` blanks it for a
copy that leaves the office, together with members' phone numbers and who was talked to on a
private visit.
"""
from __future__ import annotations

import datetime as dt
import io
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from db import clock
from db.files import write_whole
from db.models import (
    Assignment,
    Branch,
    Concern,
    Member,
    PlanEntry,
    Responsibility,
    Visit,
    VisitPerson,
    WorkArea,
)
from db.names import member_label
from db.spreadsheet import life_sheets, meetings_sheet, plans_sheet
from db.spreadsheet.layout import EXPORT_ORDER, Column, SheetSpec

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

HEADER_FILL = "D9E1F2"
PRIVATE_FILL = "F8CBAD"
PRIVATE_NOTE = "保密内容（含谈心谈话），注意保管，勿外传。"
DATE_FORMAT = "yyyy-mm-dd"
LIST_SEPARATOR = "、"
ID_COLOUR = "808080"
# Text a spreadsheet would run as a formula (=cmd|' /C calc'!A0, =HYPERLINK(...), +1, -1, @SUM).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(cell: Cell, value: str) -> Cell:
    """The cell holds `value` as text that no spreadsheet evaluates (a string cell, shown with
    Excel's quote prefix)."""
    cell.value = value
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def _labels() -> dict[str, str]:
    """Member id → how the sheets name them (unique names alone, clashing ones with birth date)."""
    people = list(Member.select(Member.id, Member.name, Member.birth_date).where(~Member.deleted))
    clashes = Counter(m.name for m in people)
    return {m.id: m.name if clashes[m.name] == 1 else member_label(m.name, m.birth_date)
            for m in people}


def _current_areas(names: dict[str, str]) -> dict[str, str]:
    today = clock.today()
    query = Assignment.select(Assignment.member, Assignment.work_area).where(
        ~Assignment.deleted, Assignment.start_on <= today,
        Assignment.end_on.is_null() | (Assignment.end_on > today))
    return {a.member_id: names.get(a.work_area_id, "") for a in query}


def _records(include_private: bool) -> dict[str, list[dict]]:
    """Each sheet's records as dicts of column key → value (links already as names)."""
    people = _labels()
    areas = {a.id: a.name for a in WorkArea.select(WorkArea.id, WorkArea.name)
             .where(~WorkArea.deleted)}
    branch_names = {b.id: b.name for b in Branch.select().where(~Branch.deleted)}
    placed = _current_areas(areas)
    out: dict[str, list[dict]] = {}
    out["work_areas"] = [dict(r.__data__) for r in WorkArea.select().where(~WorkArea.deleted)]
    out["branches"] = [{**r.__data__, "secretary_id": people.get(r.secretary_id)}
                       for r in Branch.select().where(~Branch.deleted)]
    out["members"] = [{**r.__data__, "branch": branch_names.get(r.branch_id),
                       "work_area": placed.get(r.id),
                       "phone": r.phone if include_private else ""}
                      for r in Member.select().where(~Member.deleted)]
    for kind, model in (("assignments", Assignment), ("responsibilities", Responsibility)):
        out[kind] = [{**r.__data__, "member": people[r.member_id],
                      "work_area": areas[r.work_area_id]}
                     for r in model.select().where(~model.deleted)
                     if r.member_id in people and r.work_area_id in areas]
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    # Plain tuples and dicts, not model rows: ten years of a depot are 170,000 of them.
    for visit, member, role in (VisitPerson.select(VisitPerson.visit, VisitPerson.member,
                                                   VisitPerson.role)
                                .where(~VisitPerson.deleted).tuples()):
        if member in people:
            links[visit, role].append(people[member])
    out["visits"] = []
    for r in Visit.select().where(~Visit.deleted).dicts():
        if r["work_area"] not in areas:
            continue
        out["visits"].append({
            **r, "work_area": areas[r["work_area"]],
            "participants": LIST_SEPARATOR.join(sorted(links[r["id"], "participant"])),
            "talked_to": LIST_SEPARATOR.join(sorted(links[r["id"], "talked"]))
            if include_private or not r["private"] else "",
            "summary": r["summary"] if include_private or not r["private"] else "",
        })
    out["concerns"] = [{**r, "work_area": areas[r["work_area"]],
                        "raised_by": people.get(r["raised_by"]) or r["raised_by_name"],
                        "owner": people.get(r["owner"])}
                       for r in Concern.select().where(~Concern.deleted).dicts()
                       if r["work_area"] in areas]
    absentees = plans_sheet.absentee_cells(people)
    out["plans"] = [{**r, "cadre": people[r["cadre"]], "work_area": areas[r["work_area"]],
                     "absentees": absentees.get(r["id"], "")}
                    for r in PlanEntry.select().where(~PlanEntry.deleted).dicts()
                    if r["cadre"] in people and r["work_area"] in areas]
    out["meetings"] = meetings_sheet.export_rows(people, branch_names)
    out["make_ups"] = life_sheets.make_up_rows(people, branch_names)
    out["committee"] = life_sheets.committee_rows(people, branch_names)
    return out


def month_text(day: dt.date) -> str:
    """A date known only to the month, as rosters write it: 1987.11."""
    return f"{day.year}.{day.month:02d}"


def _cell(column: Column, value, record: dict):
    if value is None or value == "":
        return None
    if column.kind == "bool":
        assert column.labels is not None  # every yes/no column is declared with BOOL_LABELS
        return column.labels[bool(value)]
    if column.labels is not None:
        return column.labels.get(value, value)
    if column.kind in ("date", "month"):
        if not isinstance(value, dt.date):
            return None
        if column.key in (record.get("month_precision") or "").split(","):
            return month_text(value)
    return value


def sheet_rows(spec: SheetSpec, records: list[dict]) -> list[list]:
    columns = spec.exported
    rows = [[_cell(c, r.get(c.key), r) for c in columns] for r in records]
    return sorted(rows, key=lambda row: [("" if v is None else str(v)) for v in row])


def _width(value) -> int:
    if isinstance(value, dt.date):
        return 11
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _write_sheet(book, spec: SheetSpec, rows: list[list]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(spec.title)
    columns = spec.exported
    for index, column in enumerate(columns):
        fitted = max([_width(column.header), *(_width(r[index]) for r in rows)]) + 2
        if column.width:
            fitted = min(fitted, column.width)
        sheet.column_dimensions[get_column_letter(index + 1)].width = max(8, min(fitted, 60))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.fill = PatternFill("solid", fgColor=PRIVATE_FILL if column.private else HEADER_FILL)
        if column.private:
            cell.comment = Comment(PRIVATE_NOTE, "Branch Desk")
        header.append(cell)
    sheet.append(header)
    date_columns = {i for i, c in enumerate(columns) if c.kind in ("date", "month")}
    grey = Font(color=ID_COLOUR, size=8)
    id_column = len(columns) - 1 if columns[-1].kind == "id" else -1
    for row in rows:
        out = []
        for index, value in enumerate(row):
            if isinstance(value, dt.date) and index in date_columns:
                value = WriteOnlyCell(sheet, value)
                value.number_format = DATE_FORMAT
            elif isinstance(value, str) and value.startswith(FORMULA_STARTS):
                value = as_text(WriteOnlyCell(sheet, value), value)
            elif index == id_column and value is not None:
                value = WriteOnlyCell(sheet, value)
                value.font = grey
            out.append(value)
        sheet.append(out)
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"


def _save(sheets: list[tuple[SheetSpec, list[list]]], path: Path | str) -> Path:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for spec, rows in sheets:
        _write_sheet(book, spec, rows)
    # Built in memory, then written whole: openpyxl writing straight to a full disk leaves a
    # truncated file and a ZipFile that complains on stderr when collected.
    buffer = io.BytesIO()
    book.save(buffer)
    return write_whole(path, buffer.getvalue())


def export_workbook(path: Path | str, *, include_private: bool = True) -> dict[str, int]:
    """Write every table to `path`; returns rows written per sheet title."""
    records = _records(include_private)
    sheets = [(spec, sheet_rows(spec, records[spec.kind])) for spec in EXPORT_ORDER]
    _save(sheets, path)
    return {spec.title: len(rows) for spec, rows in sheets}


def write_template(path: Path | str) -> Path:
    """A blank workbook with every sheet's headers, to fill in and import."""
    return _save([(spec, []) for spec in EXPORT_ORDER], path)
