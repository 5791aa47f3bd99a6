"""Marking user-facing strings in the Qt-free layer for Qt's translation system.

`pyside6-lupdate` collects calls named QT_TRANSLATE_NOOP wherever they are, so db/ marks its
English message templates with this no-op; the desktop layer translates them at display time
with QCoreApplication.translate(context, text).

Placeholders are named, `{name}`, in every message of the project (db, window, command line,
report), and filled by `fill` in one pass: a value that itself contains `{x}` or `%2` (a user's
text) is inserted as it is, never substituted again.
"""
from __future__ import annotations

import re

CONTEXT = "db"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, /, **params: object) -> str:
    """`template` with each `{name}` replaced by `str(params[name])`; unknown names stay."""
    return _PLACEHOLDER.sub(
        lambda m: str(params[m.group(1)]) if m.group(1) in params else m.group(0), template)


def fill_joined(template: str, separator: str, /, **params: object) -> str:
    """`fill`, with a list or tuple value joined by `separator` (the reader's language's: 、 in
    Chinese): a message naming several columns."""
    return fill(template, **{k: separator.join(map(str, v)) if isinstance(v, (list, tuple))
                             else v for k, v in params.items()})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
