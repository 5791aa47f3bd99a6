"""Which general branch a database belongs to, and when a new one joins another's.

A database nobody has worked in yet (only its own untouched organisation row, no exchanges)
adopts the general branch of the first full package it imports, or takes another branch's key;
any other database refuses packages of another branch.
"""
from __future__ import annotations

from db.datafolder import Device
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

OWN_PACKAGE = QT_TRANSLATE_NOOP(
    "db", "{path} was exported by this machine. Nothing was imported; import it on the other "
    "machine.")
FOR_ANOTHER = QT_TRANSLATE_NOOP(
    "db", "{path} was made for {device}, not for this machine ({here}). Nothing was imported; "
    "import it on {device}, or on {source} export a package for this machine or for everyone.")


def check_addressee(path: str, manifest: dict, device: Device) -> None:
    """Refuses a package this machine made, or one made for another machine: it holds only what
    that one lacked, so taken here it would quietly bring part of the changes, and the stick
    would go on to the wrong machine (a package for everyone goes anywhere)."""
    source = manifest["source"]
    if source["id"] == device.id:
        raise PackageError(OWN_PACKAGE, path=path)
    target = manifest.get("for_device")
    if isinstance(target, dict) and isinstance(target.get("id"), str) and target["id"] and \
            target["id"] != device.id:
        raise PackageError(FOR_ANOTHER, path=path, device=str(target.get("name") or target["id"]),
                           here=device.name or device.id, source=source.get("name") or source["id"])


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
