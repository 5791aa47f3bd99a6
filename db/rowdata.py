"""Rows as the record layer writes them in batches: a model's values without a model instance,
and one INSERT run over many rows. For db.records.insert_many, which stamps and audits them.
"""
from __future__ import annotations

import datetime as dt

import peewee as pw

from db import journal
from db.models import SyncModel


def shell(model: type[SyncModel], data: dict) -> SyncModel:
    """A model instance over `data` (for its methods), made without peewee's constructor."""
    row = model.__new__(model)
    row.__data__, row._dirty, row.__rel__ = data, set(), {}
    return row


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


def insert_rows(model: type[pw.Model], rows: list[dict]) -> None:
    """One INSERT composed once and run over every row (executemany): peewee composing a
    statement for each 30-row chunk was a third of a 2,000-member import. The parameters are
    made a column at a time, a column whose values its field's db_value would return
    unchanged passed as it is."""
    names = set().union(*rows)
    passing = _PASSING.get(model)
    if passing is None:
        passing = _PASSING[model] = [(f, _passes(f)) for f in model._meta.sorted_fields]
    fields = [(f, p) for f, p in passing if f.name in names]
    sql, _params = model.insert_many([[rows[0].get(f.name) for f, _p in fields]],
                                     fields=[f for f, _p in fields]).sql()
    columns = []
    for field, plain in fields:
        name = field.name
        column = [row.get(name) for row in rows]
        if not plain.issuperset(map(type, column)):
            column = [v if type(v) in plain else field.db_value(v) for v in column]
        if dt.datetime in map(type, column):  # sqlite3's own adapter, without its call back
            column = [v.isoformat(" ") if type(v) is dt.datetime else v for v in column]
        columns.append(column)
    journal.executemany(sql, list(zip(*columns, strict=True)))
