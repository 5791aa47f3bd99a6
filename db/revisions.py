"""Revisions: what a record's revision hashes (its content) and how revisions are made, ordered
and merged. CouchDB-style "generation-hash"; sync compares them, so every way of making one
gives the same text for the same content (make_rev; first_revs for a batch of new rows).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from itertools import repeat
from json.encoder import encode_basestring

from db.models import SyncModel

REV_HISTORY_LIMIT = 100


def jsonable(value: object) -> object:
    """A value as a revision's JSON holds it (a date as its ISO text)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


_PLAIN = frozenset({str, int, float, bool, type(None)})  # JSON-ready as they are
_CONTENT: dict[type[SyncModel], tuple[str, ...]] = {}
# json.dumps(..., sort_keys=True, ensure_ascii=False, default=str), with its encoder made
# once (json.dumps makes one per call when given options).
# (Content holds no cycles: checking for them is left out, which changes no output.)
_REV_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str,
                             check_circular=False)


def content_names(model: type[SyncModel]) -> tuple[str, ...]:
    """The names of the model's content fields (what a revision hashes), in their order."""
    found = _CONTENT.get(model)
    if found is None:
        found = _CONTENT[model] = tuple(model.content_fields())
    return found


def content(model: type[SyncModel], data: dict) -> dict:
    """content_of a row of `model` holding `data` (its __data__)."""
    names = content_names(model)
    return {name: value if type(value) in _PLAIN else jsonable(value)
            for name, value in zip(names, map(data.get, names), strict=True)}


def sorted_json(value: object) -> str:
    """`value` as JSON the way a revision writes it (sorted keys, text as it is)."""
    return _REV_JSON.encode(value)


def content_of(row: SyncModel) -> dict:
    """The record's own fields (foreign keys as ids), JSON-ready: what a revision hashes."""
    return content(type(row), row.__data__)


def make_rev(parent: str | None, content: dict) -> str:
    generation = int(parent.split("-", 1)[0]) + 1 if parent else 1
    payload = _REV_JSON.encode([parent, content])
    return f"{generation}-{hashlib.sha1(payload.encode('utf-8')).hexdigest()[:20]}"


def created_rev(content: dict) -> tuple[str, str]:
    """(make_rev(None, content), the content as JSON with sorted keys): one encoding serves
    the first revision (which hashes [null, content]) and the audit entry of a creation."""
    text = _REV_JSON.encode(content)
    digest = hashlib.sha1(f"[null, {text}]".encode()).hexdigest()[:20]
    return f"1-{digest}", text


# Values whose equal ones are written alike in JSON (not 0.0 and -0.0, not 1 and True): one
# encoding serves every equal value of a column holding one of these types alone.
_MEMO_SAFE = frozenset({str, int, bool, dt.date})


def _json_value(value: object) -> str:
    """A content value as _REV_JSON writes it inside the content."""
    if type(value) is str:
        return encode_basestring(value)
    return _REV_JSON.encode(value if type(value) in _PLAIN else jsonable(value))


def _column_json(column: list) -> str | list[str]:
    """The column's values as JSON: one text when every row holds the same value (of a type
    whose equal values are written alike), else a list; each distinct value encoded once
    where that is safe."""
    kinds = set(map(type, column))
    if kinds == {str}:
        first = column[0]
        if column.count(first) == len(column):
            return encode_basestring(first)
        return list(map(encode_basestring, column))
    kinds.discard(type(None))
    if len(kinds) > 1 or not kinds <= _MEMO_SAFE:
        return [_json_value(value) for value in column]
    memo = {value: "null" if value is None else _json_value(value) for value in set(column)}
    if len(memo) == 1:
        return next(iter(memo.values()))
    return list(map(memo.__getitem__, column))


def first_revs(model: type[SyncModel], columns: dict[str, list], count: int) -> list[str]:
    """`make_rev(None, content)` of each of `count` new rows held as columns (a field left out
    is None, as in content_of): the same revisions, made a column at a time. make_rev hashes
    the JSON of [null, content] with sorted keys: here the keys, and the values of columns
    that hold one value on every row, are written once into the text between the other
    columns' values, each column encoded in one pass (distinct values once: a roster repeats
    its branches, dates and 汉族); each row's text is joined from those pieces and hashed."""
    nothing = [None] * count
    pieces: list = []  # repeat(text between values), a column's values as JSON, ...
    text = "[null, {"
    for index, name in enumerate(sorted(content_names(model))):
        text += (", " if index else "") + encode_basestring(name) + ": "
        values = _column_json(columns.get(name, nothing))
        if isinstance(values, str):
            text += values
        else:
            pieces += [repeat(text), values]
            text = ""
    text += "}]"
    texts = map("".join, zip(*pieces, repeat(text))) if pieces else [text] * count
    return [f"1-{h.hexdigest()[:20]}" for h in map(hashlib.sha1, map(str.encode, texts))]


def rev_key(rev: str) -> tuple[int, str]:
    """Order of revisions for a deterministic winner: higher generation, then higher hash."""
    generation, _, digest = rev.partition("-")
    return int(generation), digest


def make_merge_rev(parents: list[str], content: dict) -> str:
    """A revision that descends from several heads (a resolved conflict): one generation above
    the highest, hashed over all parents so every device resolving alike gets the same rev."""
    generation = max(rev_key(p)[0] for p in parents) + 1
    payload = json.dumps([sorted(parents), content], sort_keys=True, ensure_ascii=False,
                         default=str)
    return f"{generation}-{hashlib.sha1(payload.encode('utf-8')).hexdigest()[:20]}"


def merge_histories(*histories: list[str]) -> list[str]:
    """Union of revision lists, newest first, capped like any history."""
    merged = {rev for history in histories for rev in history}
    return sorted(merged, key=rev_key, reverse=True)[:REV_HISTORY_LIMIT]
