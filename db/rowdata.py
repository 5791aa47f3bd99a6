"""Rows as the record layer writes them in batches: a model's values without a model instance,
and one INSERT run over many rows. For db.records.insert_many, which stamps and audits them.
"""
from __future__ import annotations

import datetime as dt
from operator import itemgetter

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


def new_rows(model: type[SyncModel], values_list: list[dict]) -> list[dict]:
    """`[new_data(model, v) for v in values_list]`, the checks made once for the batch and the
    missing ids drawn from one read of the random source (new_ids)."""
    fields, links = model._meta.fields, _links(model)
    if any(not fields.keys() >= values.keys() or any(isinstance(values.get(n), pw.Model)
                                                     for n in links) for values in values_list):
        return [new_data(model, values) for values in values_list]
    static, made = _defaults(model)
    if not made:
        return [{**static, **values} for values in values_list]
    rows = []
    for values in values_list:
        data = static.copy()
        for name, default in made:
            if name not in values:
                data[name] = default
        data.update(values)
        rows.append(data)
    for name, default in made:  # a callable default: called only where no value was given
        missing = [data for data in rows if data[name] is default]
        made_ids = new_ids(len(missing)) if default is new_id else None
        for index, data in enumerate(missing):
            data[name] = made_ids[index] if made_ids is not None else default()
    return rows


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
    """One INSERT composed once and run over every row (executemany): peewee composing a
    statement for each 30-row chunk was a third of a 2,000-member import. The parameters are
    made a column at a time, a column whose values its field's db_value would return
    unchanged passed as it is; a column that holds one value on every row (the batch's
    moment and device, a default) is written once, as a literal in the statement."""
    names = set().union(*rows)
    passing = _PASSING.get(model)
    if passing is None:
        passing = _PASSING[model] = [(f, _passes(f)) for f in model._meta.sorted_fields]
    fields = [(f, p) for f, p in passing if f.name in names]
    columns, values = [], []
    for field, plain in fields:
        name = field.name
        try:
            column = list(map(itemgetter(name), rows))
        except KeyError:  # a row without the field: None, as peewee writes it
            column = [row.get(name) for row in rows]
        first = column[0]
        if type(first) not in plain and column.count(first) == len(column):
            column = [field.db_value(first)] * len(column)  # a batch's one moment, made once
        elif not plain.issuperset(map(type, column)):
            column = [v if type(v) in plain else field.db_value(v) for v in column]
        types = set(map(type, column))
        if types & _ADAPTED:
            column = list(map(_bound, column))
            types = set(map(type, column))
        constant = len(types) == 1 and len(rows) > 1 and not field.primary_key
        literal = _literal(column[0]) if constant else None  # the key keeps rows apart
        if literal is not None and column.count(column[0]) == len(column):
            values.append(literal)
        else:
            values.append("?")
            columns.append(column)
    names_sql = ", ".join(f'"{f.column_name}"' for f, _p in fields)
    sql = (f'INSERT INTO "{model._meta.table_name}" ({names_sql}) '
           f'VALUES ({", ".join(values)})')
    journal.executemany(sql, list(zip(*columns, strict=True)))
