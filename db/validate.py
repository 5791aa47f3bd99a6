"""One validation path: a Checker gathers every problem of a record, then passes or raises.

Entity modules describe their rules with it; nothing is written unless `done()` returns.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import peewee as pw

from db import clock
from db.dates import FIRST_DAY, LAST_DAY, DateParseError, parse_dated
from db.errors import Problem, ValidationError
from db.i18n import QT_TRANSLATE_NOOP

REQUIRED = QT_TRANSLATE_NOOP("db", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("db", "At most {max} characters.")
BAD_DATE = QT_TRANSLATE_NOOP("db", "“{value}” is not a date (use YYYY-MM-DD).")
BAD_DATE_OR_MONTH = QT_TRANSLATE_NOOP(
    "db", "“{value}” is not a date (use YYYY-MM-DD, or YYYY.MM where only the month is known).")
FUTURE_DATE = QT_TRANSLATE_NOOP("db", "The date {value} is in the future.")
TOO_EARLY = QT_TRANSLATE_NOOP("db", "The date {value} is before {earliest}.")
TOO_LATE = QT_TRANSLATE_NOOP("db", "The date {value} is after {latest}.")
BAD_NUMBER = QT_TRANSLATE_NOOP("db", "“{value}” is not a number.")
BAD_INTEGER = QT_TRANSLATE_NOOP("db", "“{value}” is not a whole number.")
TOO_SMALL = QT_TRANSLATE_NOOP("db", "Must be at least {min}.")
TOO_BIG = QT_TRANSLATE_NOOP("db", "Must be at most {max}.")
BAD_CHOICE = QT_TRANSLATE_NOOP("db", "“{value}” is not one of the allowed choices.")
MISSING_REF = QT_TRANSLATE_NOOP("db", "The chosen record does not exist.")
DELETED_REF = QT_TRANSLATE_NOOP("db", "The chosen record is in the trash.")
END_BEFORE_START = QT_TRANSLATE_NOOP("db", "The end date is before the start date.")

_FULLWIDTH_NUMBER = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")
# A comma is only a thousands separator ("1,500"); "1,5" means 1.5 to some people and 15 to
# others, so it is refused rather than guessed.
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")
_YES = frozenset({"1", "true", "yes", "y", "是", "√"})
_NO = frozenset({"0", "false", "no", "n", "否"})


def parse_number(text: str) -> float:
    """A number as people type it (full-width digits, thousands commas); ValueError otherwise."""
    text = text.translate(_FULLWIDTH_NUMBER).strip()
    if "," in text:
        if not _GROUPED.match(text):
            raise ValueError(text)
        text = text.replace(",", "")
    return float(text)


_BY_ID_SQL: dict[type[pw.Model], tuple[str, list]] = {}
_READ_AS_IS: dict[type[pw.Model], list[frozenset]] = {}


def _as_is(field: pw.Field) -> frozenset:
    """Value types from the database that the field's python_value returns unchanged."""
    cls = type(field)
    if isinstance(field, pw.ForeignKeyField):
        return (_as_is(field.rel_field) if cls.python_value is pw.ForeignKeyField.python_value
                else frozenset())
    if cls.python_value is not pw.Field.python_value:
        return frozenset()
    none = type(None)
    if cls.adapt is pw.Field.adapt:
        return frozenset({str, int, float, bytes, none})
    return {pw.CharField.adapt: frozenset({str, none}),
            pw.IntegerField.adapt: frozenset({int, none})}.get(cls.adapt, frozenset({none}))


# Rows a caller has already read in bulk (an exchange package's references), by model and id.
_PRELOADED: ContextVar[dict[type[pw.Model], dict] | None] = ContextVar("preloaded", default=None)


@contextmanager
def preloaded(rows: dict[type[pw.Model], dict]) -> Iterator[None]:
    """Within the block, `Checker.ref` finds these rows ({model: {id: row}}) without a query:
    one bulk read for a whole piece of a package instead of one query per reference."""
    token = _PRELOADED.set(rows)
    try:
        yield
    finally:
        _PRELOADED.reset(token)


# Links found live by `Checker.link` inside `remembered_links()`, by model and id.
_LINKED: ContextVar[set[tuple[type[pw.Model], object]] | None] = ContextVar("linked",
                                                                           default=None)


# Rows found live by `Checker.ref` inside `remembered_links()`, by model and id.
_REFERRED: ContextVar[dict[tuple[type[pw.Model], object], Any] | None] = ContextVar(
    "referred", default=None)

# The day the records of a `remembered_links()` block are checked against (asked once).
_TODAY: ContextVar[dt.date | None] = ContextVar("today", default=None)


@contextmanager
def remembered_links() -> Iterator[None]:
    """Within the block, a link `Checker.link` found to a live record is not asked again: one
    query per branch a 2,000-member roster names, not one per member; nor is a live row
    `Checker.ref` read (the work area of each of a log's 2,000 visits). For a run that changes
    no record it refers to meanwhile (an import's sheet). Its records are checked against the
    day the block began (clock.today() asked once, not once per record)."""
    token = _LINKED.set(set())
    referred = _REFERRED.set({})
    today = _TODAY.set(clock.today())
    try:
        yield
    finally:
        _TODAY.reset(today)
        _REFERRED.reset(referred)
        _LINKED.reset(token)


def row_by_id(model: type[pw.Model], key: str) -> Any:
    """`model.get_or_none(model.id == key)` with its SQL built once per model and the row made
    from the cursor's values: peewee spends ~0.5 ms composing a wide table's SELECT and more
    building a row through a query wrapper, which was most of a 2,000-row import's time. A
    value its field's python_value would return unchanged is taken as it is. Rows given by
    `preloaded` are answered without a query."""
    known = _PRELOADED.get()
    if known is not None and model in known:
        given = known[model].get(key)
        if given is not None:
            return given
    return fetch_row(model, key)


def fetch_row(model: type[pw.Model], key: str) -> Any:
    """`row_by_id` read from the database always: a row of its own to change (never one of
    `preloaded`'s, which others read)."""
    found = _BY_ID_SQL.get(model)
    if found is None:
        fields = model._meta.sorted_fields
        sql = model.select(*fields).where(model._meta.primary_key == key).sql()[0]
        found = _BY_ID_SQL[model] = (sql, fields)
        _READ_AS_IS[model] = [_as_is(f) for f in fields]
    sql, fields = found
    values = model._meta.database.execute_sql(sql, (key,)).fetchone()
    if values is None:
        return None
    row: Any = object.__new__(model)  # a row as peewee makes it, without its query wrapper
    row.__data__ = {f.name: v if type(v) in plain else f.python_value(v)
                    for f, plain, v in zip(fields, _READ_AS_IS[model], values, strict=True)}
    row._dirty, row.__rel__ = set(), {}
    return row


_FLAGS_SQL: dict[tuple[type[pw.Model], str], str] = {}


def deleted_flags(model: type[pw.Model], field_name: str, value: object, *,
                  other_than: str | None = None) -> list[bool]:
    """`deleted` of every row whose `field_name` equals `value` (the row `other_than` left
    out): what a uniqueness rule asks, with its SQL built once (peewee composing the two
    EXISTS queries of a name check was a sixth of a roster import naming 240 new areas)."""
    sql = _FLAGS_SQL.get((model, field_name))
    if sql is None:
        query = model.select(model.deleted).where(getattr(model, field_name) == value,
                                                  model._meta.primary_key != "")
        sql = _FLAGS_SQL[model, field_name] = query.sql()[0]
    cursor = model._meta.database.execute_sql(sql, (value, other_than or ""))
    return [bool(flag) for (flag,) in cursor.fetchall()]


def _shown(value: dt.date, month: bool) -> str:
    """A date as given: 1987-11 for a month, 1987-11-15 for a day."""
    return value.isoformat()[:7] if month else value.isoformat()


class Checker:
    """Reads fields from `data` (the record as it would be after the change) and records
    problems."""

    __slots__ = ("data", "clean", "problems", "month_only", "_today")

    def __init__(self, data: dict) -> None:
        self.data = data
        self.clean: dict = {}
        self.problems: list[Problem] = []
        self.month_only: set[str] = set()  # date fields given as a month (1987.11)
        self._today: dt.date | None = None

    def today(self) -> dt.date:
        """clock.today(), asked once per record (once per block in remembered_links())."""
        if self._today is None:
            self._today = _TODAY.get() or clock.today()
        return self._today

    def fail(self, name: str, template: str, /, **params: object) -> None:
        """Record a problem with field `name`; params may themselves be called `name`."""
        self.problems.append(Problem(name, template, params))

    def has_problem(self, name: str) -> bool:
        return any(p.field == name for p in self.problems)

    def _raw(self, name: str):
        value = self.data.get(name)
        if type(value) is str or isinstance(value, str):
            return value.strip() or None
        return value

    def text(self, name: str, *, required: bool = False, max_len: int = 200) -> str:
        value = self.data.get(name)
        if type(value) is str:  # the usual cases, without _raw's call
            value = value.strip()
        elif value is None:
            value = ""
        else:
            value = self._raw(name)
            value = "" if value is None else str(value)
        if not value and required:
            self.fail(name, REQUIRED)
        if len(value) > max_len:
            self.fail(name, TOO_LONG, max=max_len)
        self.clean[name] = value
        return value

    def date(self, name: str, *, required: bool = False, not_future: bool = False,
             allow_month: bool = False, earliest: dt.date | None = None) -> dt.date | None:
        """A date; with `allow_month` also a month (1987.11: stored as its first day, the field
        noted in `month_only`). Dates before `earliest` (default dates.FIRST_DAY) or after
        dates.LAST_DAY are implausible and refused: a typo such as 0025-06-13 or 9999-12-31
        would otherwise stretch every figure that spans the records' months."""
        raw = self.data.get(name)
        if type(raw) is dt.date:  # the usual case: a date already, to the day
            value, month = raw, False
        else:
            raw = None if raw is None else self._raw(name)
            if raw is None:
                if required:
                    self.fail(name, REQUIRED)
                self.clean[name] = None
                return None
            try:
                value, month = parse_dated(raw, allow_month=allow_month)
            except DateParseError:
                self.fail(name, BAD_DATE_OR_MONTH if allow_month else BAD_DATE, value=str(raw))
                self.clean[name] = None
                return None
            if month:
                self.month_only.add(name)
        if not_future and value > (self._today or self.today()):
            self.fail(name, FUTURE_DATE, value=_shown(value, month))
        elif value < (earliest or FIRST_DAY):
            self.fail(name, TOO_EARLY, value=_shown(value, month),
                      earliest=(earliest or FIRST_DAY).isoformat())
        elif value > LAST_DAY:
            self.fail(name, TOO_LATE, value=_shown(value, month), latest=LAST_DAY.isoformat())
        self.clean[name] = value
        return value

    def _number(self, name, convert, bad, required, minimum, maximum):
        raw = self.data.get(name)
        if raw is not None:
            raw = self._raw(name)
        value = None
        if raw is None:
            if required:
                self.fail(name, REQUIRED)
        else:
            try:
                if isinstance(raw, bool):
                    raise ValueError(raw)
                number = parse_number(raw) if isinstance(raw, str) else float(raw)
                if not math.isfinite(number) or (convert is int and not number.is_integer()):
                    raise ValueError(raw)
                value = convert(number)
            except (TypeError, ValueError):
                self.fail(name, bad, value=str(raw))
                value = None
            else:
                if minimum is not None and value < minimum:
                    self.fail(name, TOO_SMALL, min=minimum)
                elif maximum is not None and value > maximum:
                    self.fail(name, TOO_BIG, max=maximum)
        self.clean[name] = value
        return value

    def integer(self, name: str, *, required: bool = False, minimum: int | None = 0,
                maximum: int | None = None) -> int | None:
        return self._number(name, int, BAD_INTEGER, required, minimum, maximum)

    def number(self, name: str, *, required: bool = False, minimum: float | None = 0,
               maximum: float | None = None) -> float | None:
        return self._number(name, float, BAD_NUMBER, required, minimum, maximum)

    def flag(self, name: str, default: bool = False) -> bool:
        """Yes/no. Text from a form or spreadsheet ("0", "false", "否") is read, not
        truth-tested."""
        raw = self.data.get(name)
        if isinstance(raw, str):
            raw = raw.strip() or None
        if raw is None:
            value = default
        elif isinstance(raw, str):
            word = raw.lower()
            value = word in _YES
            if not value and word not in _NO:
                self.fail(name, BAD_CHOICE, value=raw)
        else:
            value = bool(raw)
        self.clean[name] = value
        return value

    def choice(self, name: str, choices: Iterable[object], *, required: bool = True,
               default: object = None) -> object:
        raw = self.data.get(name)
        if isinstance(raw, str):
            raw = raw.strip() or None
        if raw is None:
            raw = default
        if isinstance(raw, str) and raw.isdigit() and all(isinstance(k, int) for k in choices):
            raw = int(raw)
        if raw is None:
            if required:
                self.fail(name, REQUIRED)
            self.clean[name] = None
            return None
        if raw not in choices:
            self.fail(name, BAD_CHOICE, value=str(raw))
        self.clean[name] = raw
        return raw

    def ref(self, name: str, model: type[pw.Model], *, required: bool = True,
            store_as: str | None = None) -> pw.Model | None:
        """A reference to another record: must exist and not be in the trash. Returns the row."""
        raw = self._raw(name)
        if isinstance(raw, pw.Model):
            raw = raw.id
        key = store_as or name
        if raw is None:
            if required:
                self.fail(name, REQUIRED)
            self.clean[key] = None
            return None
        referred = _REFERRED.get()
        row = referred.get((model, raw)) if referred is not None else None
        if row is None:
            row = row_by_id(model, raw)
            if referred is not None and row is not None and not row.deleted:
                referred[model, raw] = row
        if row is None:
            self.fail(name, MISSING_REF)
        elif row.deleted:
            self.fail(name, DELETED_REF)
        self.clean[key] = raw
        return row

    def link(self, name: str, model: type[pw.Model], *, required: bool = True) -> None:
        """`ref` where the caller needs no row: the same rules, asked of the `deleted` flag
        alone (a roster's 2,000 members name a handful of branches)."""
        raw = self.data.get(name)
        if type(raw) is str:
            raw = raw.strip() or None
            linked = _LINKED.get()
            if linked is not None and (model, raw) in linked:  # the usual case in an import
                self.clean[name] = raw
                return
        else:
            raw = self._raw(name)
            if isinstance(raw, pw.Model):
                raw = raw.id
        if raw is None:
            if required:
                self.fail(name, REQUIRED)
            self.clean[name] = None
            return
        linked = _LINKED.get() if isinstance(raw, str) else None
        if linked is not None and (model, raw) in linked:
            self.clean[name] = raw
            return
        known = (_PRELOADED.get() or {}).get(model, {}).get(raw)
        flags = [bool(known.deleted)] if known is not None else deleted_flags(model, "id", raw)
        if not flags:
            self.fail(name, MISSING_REF)
        elif flags[0]:
            self.fail(name, DELETED_REF)
        elif linked is not None:
            linked.add((model, raw))
        self.clean[name] = raw

    def period(self, start: str, end: str) -> None:
        first, last = self.clean.get(start), self.clean.get(end)
        if first and last and last < first:
            self.fail(end, END_BEFORE_START)

    def done(self) -> dict:
        if self.problems:
            raise ValidationError(self.problems)
        return self.clean
