"""Which general branch a database belongs to, and when a new one joins another's.

A database nobody has worked in yet (only its own untouched organisation row, no exchanges)
adopts the general branch of the first full package it imports, or takes another branch's key;
any other database refuses packages of another branch.
"""
from __future__ import annotations

from db.i18n import QT_TRANSLATE_NOOP
from db.models import DatabaseFact, Organisation
from db.sync.keys import is_pristine
from db.sync.package import PackageError, organisation_id

OTHER_BRANCH = QT_TRANSLATE_NOOP(
    "db", "{path} belongs to another general branch (“{name}”). Nothing was imported; exchange "
    "packages only between machines of the same general branch.")
NEEDS_FULL = QT_TRANSLATE_NOOP(
    "db", "{path} holds only recent changes, but this database is new. Nothing was imported; ask "
    "the other machine for a full package (export without choosing a device).")


def check_organisation(path: str, manifest: dict, columns: list[str], rows: list[list]) -> bool:
    """True when this (new) database adopts the package's organisation; raises when refused.

    `columns`/`rows`: the package's organisation rows (empty when it has none)."""
    theirs = manifest["organisation_id"]
    ours = organisation_id()
    if theirs == ours:
        return False
    # Not strict: a row of the wrong length is refused as DAMAGED by the merge, not here.
    incoming = [dict(zip(columns, r, strict=False)) for r in rows if isinstance(r, list)]
    named = next((r for r in incoming if r.get("id") == theirs), None)
    if not is_pristine():
        name = (named or {}).get("name") or theirs
        raise PackageError(OTHER_BRANCH, path=path, name=str(name))
    if named is None:
        raise PackageError(NEEDS_FULL, path=path)
    Organisation.delete().where(Organisation.id == ours).execute()
    DatabaseFact.write("organisation_id", theirs)
    return True
