"""The preview told as lines, for the command line and the window alike.

Each line is a template marked for translation (context "db") with its parameters; `KIND` and
`REASON` parameters are themselves templates for the caller to translate first. Header texts
are the file's own (data), so they appear as written.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from db.i18n import QT_TRANSLATE_NOOP
from db.spreadsheet.headers import HEADING_LINE, TOTAL_LINE
from db.spreadsheet.layout import SPECS
from db.spreadsheet.workbook import LIST_KINDS

if TYPE_CHECKING:  # read by the caller that made the preview
    from db.spreadsheet.importing import ImportPreview, RowProblem, SheetResult

SHEET = QT_TRANSLATE_NOOP("db", "Sheet “{sheet}”: {kind}, header in row {row}, {rows} rows.")
SHEET_ONE_ROW = QT_TRANSLATE_NOOP("db", "Sheet “{sheet}”: {kind}, header in row {row}, 1 row.")
MATCHED = QT_TRANSLATE_NOOP("db", "Columns matched: {columns}")
LEFT_OUT = QT_TRANSLATE_NOOP("db", "Columns left out: {columns}")
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "db", "Column “{header}” could be {candidates}; left out. Rename it to one of them.")
SHARED_FIRST = QT_TRANSLATE_NOOP(
    "db", "Columns {columns} all give {column}: where several are filled, the first ({first}) "
    "is kept.")
SHARED_ALL = QT_TRANSLATE_NOOP(
    "db", "Columns {columns} all give {column}: the names of all of them are taken.")
READ_AS = QT_TRANSLATE_NOOP("db", "Names read as the records they name: {names}")
FOOTER = QT_TRANSLATE_NOOP("db", "Row {row} left out ({reason}): {text}")
REPEAT = QT_TRANSLATE_NOOP(
    "db", "Row {row} is the same as row {first} in every cell; merged into one record.")
PROBLEM = QT_TRANSLATE_NOOP("db", "Sheet “{sheet}” row {row}{column}: {message}")
COLUMN = QT_TRANSLATE_NOOP("db", ", column “{column}”")
NOT_RECOGNISED = QT_TRANSLATE_NOOP("db", "Sheets not recognised: {names}")
NEAR = QT_TRANSLATE_NOOP(
    "db", "Sheet “{sheet}” reads like {kind} but has no column {columns}, so it is not imported. "
    "Rename the column that holds it.")
NEW_BRANCHES = QT_TRANSLATE_NOOP("db", "New branches: {names}")
NEW_AREAS = QT_TRANSLATE_NOOP("db", "New work areas (access tier ordinary; check them): {names}")
COUNTS = QT_TRANSLATE_NOOP(
    "db", "New: {create}, update: {update}, unchanged: {unchanged}, skip: {skip}, "
    "with problems: {error}")
REASONS = {TOTAL_LINE: QT_TRANSLATE_NOOP("db", "a total line"),
           HEADING_LINE: QT_TRANSLATE_NOOP("db", "a group heading"),
           "signature": QT_TRANSLATE_NOOP("db", "a signature line")}
KINDS = {
    "work_areas": QT_TRANSLATE_NOOP("db", "work areas"),
    "branches": QT_TRANSLATE_NOOP("db", "branches"),
    "members": QT_TRANSLATE_NOOP("db", "members"),
    "assignments": QT_TRANSLATE_NOOP("db", "work-area assignments"),
    "responsibilities": QT_TRANSLATE_NOOP("db", "Responsibilities"),
    "visits": QT_TRANSLATE_NOOP("db", "visits"),
    "concerns": QT_TRANSLATE_NOOP("db", "concerns"),
    "plans": QT_TRANSLATE_NOOP("db", "visit plan entries"),
    "committee": QT_TRANSLATE_NOOP("db", "committee seats"),
    "meetings": QT_TRANSLATE_NOOP("db", "meetings"),
    "make_ups": QT_TRANSLATE_NOOP("db", "make-ups"),
}
# Lists (of headers, names) are kept as lists in a line and joined when it is rendered, with
# the separator of the reader's language (、 in Chinese).
SEPARATOR = QT_TRANSLATE_NOOP("db", ", ")


@dataclass(frozen=True)
class Line:
    template: str
    params: dict = field(default_factory=dict)
    translated: tuple[str, ...] = ()  # params that are templates themselves
    indent: int = 0


def sheet_lines(sheet: SheetResult) -> list[Line]:
    """What the preview found about one sheet: header, columns, the names read loosely,
    footers, repeats."""
    kind = KINDS.get(sheet.kind, sheet.kind)
    template = SHEET_ONE_ROW if len(sheet.rows) == 1 else SHEET
    lines = [Line(template, {"sheet": sheet.sheet, "kind": kind, "row": sheet.header_row,
                             "rows": len(sheet.rows)}, ("kind",))]
    matched = [f"{text} → {sheet.column_header(key)}" if text != sheet.column_header(key)
               else text for key, text in sheet.headers.items()]
    matched += [f"{text} → {sheet.column_header(key)}" for text, key in sheet.loose.items()
                if sheet.headers.get(key) != text]
    matched += [f"{text} → {sheet.column_header(key)}" for key, texts in sheet.shared.items()
                for text in texts[1:] if text not in sheet.loose]
    lines.append(Line(MATCHED, {"columns": matched}, indent=1))
    spec = next((s for s in SPECS if s.kind == sheet.kind), None)
    for key, texts in sheet.shared.items():
        params = {"columns": list(texts), "column": sheet.column_header(key)}
        if spec is not None and spec.column(key).kind in LIST_KINDS:
            lines.append(Line(SHARED_ALL, params, indent=1))
        else:
            lines.append(Line(SHARED_FIRST, {**params, "first": texts[0]}, indent=1))
    if sheet.ignored_headers:
        lines.append(Line(LEFT_OUT, {"columns": list(sheet.ignored_headers)}, indent=1))
    for header, candidates in sheet.ambiguous.items():
        lines.append(Line(AMBIGUOUS, {"header": header, "candidates": list(candidates)},
                          indent=1))
    if sheet.read_as:
        lines.append(Line(READ_AS, {"names": [f"{cell} → {name}" for cell, name
                                              in sheet.read_as.items()]}, indent=1))
    for footer in sheet.footers:
        lines.append(Line(FOOTER, {"row": footer.row, "reason": REASONS[footer.reason],
                                   "text": footer.text}, ("reason",), indent=1))
    for row, first in sheet.repeats:
        lines.append(Line(REPEAT, {"row": row, "first": first}, indent=1))
    return lines


def preview_lines(preview: ImportPreview) -> list[Line]:
    """The whole preview: each sheet, what is made, the counts, then every problem."""
    lines = [line for sheet in preview.sheets for line in sheet_lines(sheet)]
    lines += near_lines(preview)
    unknown = [name for name in preview.ignored_sheets if name not in preview.near]
    for template, names in ((NOT_RECOGNISED, unknown),
                            (NEW_BRANCHES, preview.created_branches),
                            (NEW_AREAS, preview.created_areas)):
        if names:
            lines.append(Line(template, {"names": list(names)}))
    lines.append(Line(COUNTS, preview.counts()))
    return lines


def near_lines(preview: ImportPreview) -> list[Line]:
    """The sheets left out that read like a kind, with the columns they lack."""
    return [Line(NEAR, {"sheet": sheet, "kind": KINDS.get(kind, kind), "columns": missing},
                 ("kind",)) for sheet, (kind, missing) in preview.near.items()]


def problem_line(problem: RowProblem) -> Line:
    """One problem with its sheet, row and column; `message` is a template with `params`."""
    return Line(PROBLEM, {"sheet": problem.sheet, "row": problem.row,
                          "column": COLUMN if problem.column else "",
                          "column_name": problem.column, "message": problem.template,
                          "message_params": problem.params}, ("column", "message"), indent=1)


def render(line: Line, translate: Callable[[str], str]) -> str:
    """`translate(text) -> text` (context "db"); fills the line's templates."""
    from db.i18n import fill, fill_joined

    separator = translate(SEPARATOR)
    params: dict[str, Any] = {k: separator.join(v) if isinstance(v, list) else v
                              for k, v in line.params.items()}
    for name in line.translated:
        params[name] = translate(params[name]) if params[name] else ""
    if "message_params" in params:
        params["message"] = fill_joined(params["message"], separator,
                                        **params.pop("message_params"))
        params["column"] = fill(params["column"], column=params.pop("column_name")) \
            if params["column"] else ""
        params.pop("column_name", None)
    return "  " * line.indent + fill(translate(line.template), **params)
