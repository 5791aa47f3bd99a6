"""Rows arriving in a package pass the same checks as a local edit before they are kept.

For every synced table: the identity columns must be well formed (id, revision, history,
tombstone flag, stamps), every reference must name a row this database holds (or that the
package brought before it), and the table's registered `records.Kind` validator must accept
the row's content, as it would a change typed on this machine. A problem that two machines can
cause between them without either doing wrong (`Kind.concurrent`: a reference to a row the
other machine moved to the trash, two areas named alike by two laptops) is not held against a
row from another machine, so no exchange can be blocked for good.

The first row that fails refuses the whole package (naming table, row and field): the rows of a
package refer to each other (a visit's links, a concern's events), so keeping some and holding
others apart would leave references dangling and the sending machine would go on sending the
same rows; a package from a machine of this general branch that fails is a fault to fix there.
"""
from __future__ import annotations

import datetime as dt
import json
import re

import peewee as pw

from db import kinds, records
from db.errors import Problem, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import SYNC_MODELS, Member, SyncModel, database
from db.sqlite_limits import pieces
from db.sync.package import DAMAGED, PackageError
from db.validate import MISSING_REF, preloaded

INVALID_ROW = QT_TRANSLATE_NOOP(
    "db", "{path} holds a record this machine would refuse ({table} {row}, {field}: {problem}). "
    "Nothing was imported; correct that record on the machine that sent it and export again.")
MISSING_REFERENCE = QT_TRANSLATE_NOOP(
    "db", "{path} refers to records this database does not have ({table} {row}, {field}). Nothing "
    "was imported; ask the other machine for a full package (export without choosing a device).")
BAD_IDENTITY = QT_TRANSLATE_NOOP("db", "The record's identity is malformed.")
MISSING_REFERENCES = QT_TRANSLATE_NOOP(
    "db", "{path} refers to records this database does not have ({detail}). Nothing was "
    "imported; ask the other machine for a full package (export without choosing a device).")

REV = re.compile(r"^[1-9][0-9]{0,8}-[0-9a-f]{1,64}$")
MAX_ID = 64
# Columns that hold an id without being a foreign key in the model.
LOOSE_REFERENCES: dict[tuple[str, str], type[SyncModel]] = {("branch", "secretary_id"): Member}


class InvalidRow(PackageError):
    """A package row that fails this machine's checks; `problem` is the first Problem."""

    def __init__(self, template: str, *, problem: Problem, **params: object) -> None:
        self.problem = problem
        super().__init__(template, problem=problem.message, **params)


def references(model: type[SyncModel]) -> dict[str, type[pw.Model]]:
    """Column → the model whose id it holds (foreign keys and the loose references)."""
    out: dict[str, type[pw.Model]] = {f.column_name: f.rel_model for f in model._meta.sorted_fields
                                      if isinstance(f, pw.ForeignKeyField)}
    table = model._meta.table_name
    out.update({column: ref for (name, column), ref in LOOSE_REFERENCES.items() if name == table})
    return out


def constraint_refusal(path: str, exc: Exception) -> PackageError:
    """The refusal of a row the checks let through but a constraint of the database refused: a
    missing reference, else a value no row of its kind holds (a package made by hand: a
    pinyin column of null), named "damaged (table.column)" and not in SQLite's words."""
    column = re.search(r"constraint failed: ([\w.]+)", str(exc))
    if "FOREIGN KEY" in str(exc) or column is None:
        return PackageError(MISSING_REFERENCES, path=path, detail=str(exc))
    return PackageError(DAMAGED, path=path, detail=column.group(1))


def parse_history(value: object) -> list[str]:
    if isinstance(value, list):
        return value
    text = value or "[]"
    if not isinstance(text, str | bytes | bytearray):
        raise TypeError(f"not a revision history: {text!r}")
    return json.loads(text)


def _is_stamp(value) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def identity_problem(row: dict) -> str | None:
    """The first identity column that is malformed, or None."""
    if not isinstance(row.get("id"), str) or not 0 < len(row["id"]) <= MAX_ID:
        return "id"
    if not isinstance(row.get("rev"), str) or not REV.match(row["rev"]):
        return "rev"
    try:
        history = parse_history(row.get("rev_history"))
    except (TypeError, ValueError):
        return "rev_history"
    if (not isinstance(history, list) or len(history) > records.REV_HISTORY_LIMIT * 10
            or not all(isinstance(r, str) and REV.match(r) for r in history)):
        return "rev_history"
    if row.get("deleted") not in (0, 1, True, False):
        return "deleted"
    for name in ("created_at", "modified_at"):
        if not _is_stamp(row.get(name)):
            return name
    by = row.get("modified_by")
    if not isinstance(by, str) or len(by) > MAX_ID:
        return "modified_by"
    return None


class RowChecks:
    """Checks the rows one import is about to write, table by table."""

    def __init__(self, path: str) -> None:
        self.path = path
        # References to a table the package brings later (a branch's secretary, a member):
        # (table, row id, column, target model, id), checked once every piece is in.
        self.deferred: list[tuple[str, str, str, type[pw.Model], str]] = []
        self.rows: dict[type[pw.Model], dict] = {}  # referenced rows read so far, by model

    def changed(self, model: type[pw.Model]) -> None:
        """Rows of `model` were written: forget what was read of them."""
        self.rows.pop(model, None)

    def _preload(self, model: type[SyncModel], rows: list[dict]) -> None:
        """Read every row these rows refer to, in bulk, for the validators' reference checks."""
        for column, target in references(model).items():
            cache = self.rows.setdefault(target, {})
            # (text alone: another value in a column checked later is refused there)
            ids = sorted({v for r in rows if isinstance(v := r.get(column), str) and v}
                         - set(cache))
            for part in pieces(ids):
                cache.update((row.id, row) for row in
                             target.select().where(target.id.in_(list(part))))

    @staticmethod
    def forward(model: type[SyncModel]) -> dict[str, type[pw.Model]]:
        """Reference columns whose target comes at or after `model` in SYNC_MODELS."""
        order = {m: i for i, m in enumerate(SYNC_MODELS)}
        return {c: t for c, t in references(model).items()
                if order.get(t, -1) >= order[model]}

    def finish(self) -> None:
        """Check the deferred references; raise InvalidRow for the first that is missing."""
        for table, row_id, column, target, ref_id in self.deferred:
            if target.get_or_none(target.id == ref_id) is None:
                raise self.refuse(table, row_id, Problem(column, MISSING_REF))
        self.deferred = []

    def refuse(self, table: str, row_id: object, problem: Problem) -> InvalidRow:
        template = MISSING_REFERENCE if problem.template == MISSING_REF else INVALID_ROW
        return InvalidRow(template, problem=problem, path=self.path, table=table,
                          row=str(row_id)[:MAX_ID], field=problem.field or "-")

    def identities(self, model: type[SyncModel], columns: list[str], rows: list[list]) -> None:
        """Raise InvalidRow for the first row whose identity columns are malformed: checked
        before the merge reads revisions and histories."""
        at = {c: i for i, c in enumerate(columns)}
        names = [n for n in ("id", "rev", "rev_history", "deleted", "created_at", "modified_at",
                             "modified_by") if n in at]
        for row in rows:
            data = {n: row[at[n]] for n in names}
            wrong = identity_problem(data)
            if wrong:
                raise self.refuse(model._meta.table_name, data.get("id"),
                                  Problem(wrong, BAD_IDENTITY))

    def check(self, model: type[SyncModel], columns: list[str], rows: list[list],
              current: dict[str, SyncModel]) -> None:
        """Raise InvalidRow for the first row (column lists) that fails; `current` holds this
        database's version of rows that are updates. Identities are checked (`identities`)
        before."""
        table = model._meta.table_name
        dicts = [dict(zip(columns, r, strict=True)) for r in rows]
        self._references(model, dicts)
        kind = records.kind_of(model)
        if kind is None:
            assert model in kinds.KINDLESS, f"{model.__name__} has no Kind in db/kinds.py"
            return
        by_column = {f.column_name: f.name for f in model._meta.sorted_fields}
        content = [(by_column[c], c) for c in columns if by_column.get(c) in
                   set(model.content_fields())]
        validate = kind.columns or kind.validate
        later = set(self.forward(model))
        later |= {by_column[c] for c in later if c in by_column}
        self._preload(model, dicts)
        with preloaded(self.rows):
            for data in dicts:
                values = {name: data[column] for name, column in content}
                try:
                    validate(values, current.get(data["id"]))
                except ValidationError as exc:
                    left = [p for p in exc.problems if p.template not in kind.concurrent
                            and p.field not in kind.extra
                            and not (p.template == MISSING_REF and p.field in later)]
                    if left:
                        raise self.refuse(table, data["id"], left[0]) from exc

    def _references(self, model: type[SyncModel], rows: list[dict]) -> None:
        """Every referenced id exists here (live or in the trash), in bulk per column."""
        forward = self.forward(model)
        for column, target in references(model).items():
            wanted = {r.get(column) for r in rows} - {None, ""}
            if not wanted:
                continue
            if column in forward:
                self.deferred.extend((model._meta.table_name, r["id"], column, target,
                                      r[column]) for r in rows if r.get(column) in wanted)
                continue
            if not all(isinstance(v, str) and len(v) <= MAX_ID for v in wanted):
                bad = next(r for r in rows if r.get(column) in wanted and (
                    not isinstance(r.get(column), str) or len(r[column]) > MAX_ID))
                raise self.refuse(model._meta.table_name, bad["id"],
                                  Problem(column, MISSING_REF))
            found: set[str] = set()
            ids = sorted(str(v) for v in wanted)  # (each is text: checked just above)
            table = target._meta.table_name
            for part in pieces(ids):
                marks = ", ".join("?" for _ in part)
                found.update(r[0] for r in database.execute_sql(
                    f'SELECT id FROM "{table}" WHERE id IN ({marks})', list(part)))
            missing = wanted - found
            if missing:
                bad = next(r for r in rows if r.get(column) in missing)
                raise self.refuse(model._meta.table_name, bad["id"],
                                  Problem(column, MISSING_REF))
