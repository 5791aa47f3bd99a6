"""Rows as the record layer writes them in batches: a model's values without a model instance,
held a column at a time, and one INSERT run over many rows. For db.records.insert_many, which
stamps and audits them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from operator import itemgetter
from typing import Any

import peewee as pw

from db import journal
from db.models import SyncModel, new_id, new_ids


def new_data(model: type[SyncModel], values: dict) -> dict:
    """`model(**values).__data__`: the fields' defaults (a callable one only where no value is
    given), then the values. A model instance as a value, or a name that is no field, goes
    through peewee's own constructor."""
    fields = model._meta.fields
    if not fields.keys() >= values.keys() or any(
            isinstance(values.get(name), pw.Model) for name in _links(model)):
        return dict(model(**values).__data__)
    static, made = _defaults(model)
    data = static.copy()
    for name, default in made:
        if name not in values:
            data[name] = default()
    data.update(values)
    return data


def new_columns(model: type[SyncModel], values_list: list[dict]) -> dict[str, list]:
    """What `[new_data(model, v) for v in values_list]` holds, a column at a time: {field name:
    [its value on each row]} (a field no row has, and that has no default, is left out). The
    checks are made once for the batch and the missing ids drawn from one read of the random
    source (new_ids); a callable default is called only where a row gives no value."""
    given: set[str] = set().union(*values_list)
    if not model._meta.fields.keys() >= given:
        return columns_of([new_data(model, values) for values in values_list])
    static, made = _defaults(model)
    count = len(values_list)
    columns = {}
    for name in given:
        try:
            columns[name] = list(map(itemgetter(name), values_list))
        except KeyError:  # some rows leave it out: the default there, None without one
            default = static.get(name)
            columns[name] = [values.get(name, default) for values in values_list]
    for name in _links(model):
        if name in columns and any(issubclass(t, pw.Model) for t in set(map(type,
                                                                            columns[name]))):
            return columns_of([new_data(model, values) for values in values_list])
    for name, default in static.items():
        if name not in given:
            columns[name] = [default] * count
    for name, default in made:
        column = columns.get(name)
        if column is None:
            columns[name] = new_ids(count) if default is new_id else [
                default() for _ in range(count)]
        elif name not in static:
            missing = [i for i, values in enumerate(values_list) if name not in values]
            made_ids = new_ids(len(missing)) if default is new_id else None
            for n, i in enumerate(missing):
                column[i] = made_ids[n] if made_ids is not None else default()
    return columns


def columns_of(rows: list[dict]) -> dict[str, list]:
    """Rows as columns: {name: [row.get(name) for each row]} for every name any row has."""
    columns = {}
    for name in set().union(*rows):
        try:
            columns[name] = list(map(itemgetter(name), rows))
        except KeyError:  # a row without the field: None, as peewee writes it
            columns[name] = [row.get(name) for row in rows]
    return columns


_DEFAULTS: dict[type[pw.Model], tuple[dict, tuple]] = {}


def _defaults(model: type[pw.Model]) -> tuple[dict, tuple]:
    """The fields' defaults: ({name: value}, ((name, callable), ...))."""
    found = _DEFAULTS.get(model)
    if found is None:
        defaults = [(f.name, d) for f, d in model._meta.defaults.items()]
        found = _DEFAULTS[model] = ({n: d for n, d in defaults if not callable(d)},
                                    tuple((n, d) for n, d in defaults if callable(d)))
    return found


_LINKS: dict[type[pw.Model], tuple[str, ...]] = {}


def _links(model: type[pw.Model]) -> tuple[str, ...]:
    """The foreign keys: setting one to a model instance stores its id."""
    found = _LINKS.get(model)
    if found is None:
        found = _LINKS[model] = tuple(f.name for f in model._meta.sorted_fields
                                      if isinstance(f, pw.ForeignKeyField))
    return found


_PASSING: dict[type[pw.Model], list[tuple[pw.Field, frozenset]]] = {}


def _passes(field: pw.Field) -> frozenset:
    """Value types that the field's db_value returns unchanged (checked by its methods)."""
    cls = type(field)
    if isinstance(field, pw.ForeignKeyField):
        return _passes(field.rel_field) if cls.db_value is pw.ForeignKeyField.db_value \
            else frozenset()
    if cls.db_value is not pw.Field.db_value:
        return frozenset()
    none = type(None)
    if cls.adapt is pw.Field.adapt:
        return frozenset({str, int, float, bool, none})
    return {pw.CharField.adapt: frozenset({str, none}), pw.IntegerField.adapt:
            frozenset({int, none}), pw.BooleanField.adapt: frozenset({bool, none}),
            pw.DateField.adapt: frozenset({dt.date, none}),  # only a text or datetime changes
            pw.DateTimeField.adapt: frozenset({dt.datetime, none}),  # only a text changes
            }.get(cls.adapt, frozenset({none}))


def _bound(value):
    """What sqlite3's own adapters would bind, without their call back per value."""
    kind = type(value)
    if kind is dt.datetime:
        return value.isoformat(" ")
    if kind is dt.date:
        return value.isoformat()
    if kind is bool:
        return int(value)
    return value


_ADAPTED = frozenset({dt.datetime, dt.date, bool})
# A column of one of these types alone, bound by one call per value made in C.
_BIND_ALL: dict[type, Callable[[Any], object]] = {dt.date: dt.date.isoformat, bool: int}


def _bound_column(column: list, types: set[type]) -> list:
    """`[_bound(v) for v in column]`, a column of dates or of flags alone without a Python
    call per value."""
    if len(types) == 1:
        bind = _BIND_ALL.get(next(iter(types)))
        if bind is not None:
            return list(map(bind, column))
    return list(map(_bound, column))


def _literal(value) -> str | None:
    """`value` as an SQL literal, for the types whose literal is exactly the bound value."""
    kind = type(value)
    if value is None:
        return "NULL"
    if kind is int:
        return str(value)
    if kind is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def insert_rows(model: type[pw.Model], rows: list[dict]) -> None:
    """`insert_columns` of rows given one dict each."""
    insert_columns(model, columns_of(rows))


def dates_as_text(model: type[pw.Model], columns: dict[str, list]) -> dict[str, list]:
    """The columns of dates alone (None aside) as the ISO text SQLite is given for them, for
    fields that store a date as it is bound: one isoformat per value serves both the
    revision's JSON (which writes a date as that text) and the INSERT (insert_columns'
    `bound`)."""
    passing = _PASSING.get(model) or _passing(model)
    out: dict[str, list] = {}
    for field, plain in passing:
        column = columns.get(field.name)
        if column is None or dt.date not in plain:
            continue
        types = set(map(type, column))
        if types == {dt.date}:
            out[field.name] = list(map(dt.date.isoformat, column))
        elif types == {dt.date, type(None)}:
            out[field.name] = [None if v is None else v.isoformat() for v in column]
    return out


def _passing(model: type[pw.Model]) -> list[tuple[pw.Field, frozenset]]:
    found = _PASSING[model] = [(f, _passes(f)) for f in model._meta.sorted_fields]
    return found


def insert_columns(model: type[pw.Model], columns: dict[str, list],
                   bound: Collection[str] = ()) -> None:
    """One INSERT composed once and run over every row (executemany): peewee composing a
    statement for each 30-row chunk was a third of a 2,000-member import. The rows come as
    columns ({field name: [value on each row]}, all as long); a field left out is not
    written. A column whose values its field's db_value would return unchanged is passed as
    it is; a column that holds one value on every row (the batch's moment and device, a
    default) is written once, as a literal in the statement. The columns named in `bound`
    hold what SQLite is to be given already (dates_as_text)."""
    passing = _PASSING.get(model) or _passing(model)
    fields = [(f, p) for f, p in passing if f.name in columns]
    params, values = [], []
    for field, plain in fields:
        column = columns[field.name]
        count = len(column)
        first = column[0]
        types = set(map(type, column))
        if field.name in bound:
            pass
        elif type(first) not in plain and column.count(first) == count:
            column = [field.db_value(first)] * count  # a batch's one moment, made once
            types = {type(column[0])}
        elif not plain.issuperset(types):
            column = [v if type(v) in plain else field.db_value(v) for v in column]
            types = set(map(type, column))
        if types & _ADAPTED:
            column = _bound_column(column, types)
            types = set(map(type, column))
        constant = len(types) == 1 and count > 1 and not field.primary_key
        literal = _literal(column[0]) if constant else None  # the key keeps rows apart
        if literal is not None and column.count(column[0]) == count:
            values.append(literal)
        else:
            values.append("?")
            params.append(column)
    names_sql = ", ".join(f'"{f.column_name}"' for f, _p in fields)
    sql = (f'INSERT INTO "{model._meta.table_name}" ({names_sql}) '
           f'VALUES ({", ".join(values)})')
    journal.executemany(sql, list(zip(*params, strict=True)))
