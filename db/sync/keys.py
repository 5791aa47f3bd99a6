"""The general branch's exchange key: made once, carried to each laptop in a key file.

The key seals every exchange package and every backup written outside the data folder
(db.sealed). It is made on the first machine that needs one (the office PC, when it first exports
or saves the key) and kept in the database's facts. `write_key_file` saves it for another machine;
`join` installs it there. A key file may itself be protected by a passphrase (scrypt + AES-GCM),
so a stick that carries it is no worse than one that carries a package.
"""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from db import sealed
from db.errors import BranchDeskError
from db.files import in_chosen_folder, readable, write_whole
from db.i18n import QT_TRANSLATE_NOOP
from db.models import SYNC_MODELS, DatabaseFact, ExchangeLog, Organisation, database

KEY_FACT = "exchange_key"
KEY_FORMAT = "branch-desk-exchange-key"
KEY_SUFFIX = ".bdkey"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1

NOT_A_KEY_FILE = QT_TRANSLATE_NOOP(
    "db", "{path} is not a Branch Desk exchange key file. Choose the file that “sync key” wrote "
    "on the office computer.")
NEEDS_PASSPHRASE = QT_TRANSLATE_NOOP(
    "db", "The key file {path} is protected by a passphrase. Give the passphrase it was saved "
    "with.")
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "db", "The passphrase does not open the key file {path}. Check it and try again.")
OTHER_BRANCH_KEY = QT_TRANSLATE_NOOP(
    "db", "The key file {path} belongs to another general branch (“{name}”). The key was not "
    "installed.")


class KeyFileError(BranchDeskError):
    """A key file that cannot be used; the message says why."""


def installed_key() -> bytes | None:
    """This database's exchange key, or None before it made or joined one."""
    text = DatabaseFact.read(KEY_FACT)
    return base64.b64decode(text) if text else None


def exchange_key() -> bytes:
    """The exchange key, made now if this machine has none yet (the first machine)."""
    key = installed_key()
    if key is None:
        key = sealed.new_key()
        keep_key(key)
    return key


def keep_key(key: bytes) -> None:
    """Store `key` as this machine's exchange key (one made by `sealed.new_key` for a file that
    is now written whole)."""
    with database.atomic():
        DatabaseFact.write(KEY_FACT, base64.b64encode(key).decode("ascii"))


def is_pristine() -> bool:
    """True for a database nobody has worked in yet."""
    if ExchangeLog.select().exists():
        return False
    for model in SYNC_MODELS[1:]:
        if model.select().exists():
            return False
    return all(org.rev.startswith("1-") for org in Organisation.select())


def _organisation() -> tuple[str, str]:
    org_id = DatabaseFact.read("organisation_id")
    row = Organisation.get_or_none(Organisation.id == org_id)
    return org_id, (row.name if row else "")


def _wrap_key(passphrase: str) -> tuple[dict, bytes]:
    salt = os.urandom(16)
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return ({"kdf": "scrypt", "salt": base64.b64encode(salt).decode("ascii"), "n": SCRYPT_N,
             "r": SCRYPT_R, "p": SCRYPT_P}, kdf.derive(passphrase.encode("utf-8")))


def write_key_file(out: Path | str, passphrase: str = "") -> Path:
    """Save the exchange key (made now if needed) for another machine of this general branch.
    A key made now is kept only if the file is written; a folder not there (a USB stick pulled
    out) is refused before anything is made, and never made."""
    out = in_chosen_folder(out)
    with database.atomic():
        return _write_key_file(out, exchange_key(), passphrase)


def _write_key_file(out: Path, key: bytes, passphrase: str) -> Path:
    org_id, org_name = _organisation()
    content: dict = {"format": KEY_FORMAT, "version": 1, "organisation_id": org_id,
                     "organisation_name": org_name,
                     "key_id": sealed.key_id(key).hex()}
    if passphrase:
        params, wrapping = _wrap_key(passphrase)
        nonce = os.urandom(12)
        content["protected"] = {**params, "nonce": base64.b64encode(nonce).decode("ascii"),
                                "key": base64.b64encode(AESGCM(wrapping).encrypt(
                                    nonce, key, KEY_FORMAT.encode())).decode("ascii")}
    else:
        content["key"] = base64.b64encode(key).decode("ascii")
    # Written whole or not at all; an OSError (a full disk ...) is said by error_text, in the
    # user's language, not with the system's English reason.
    return write_whole(out, json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8"))


def read_key_file(path: Path | str, passphrase: str = "") -> tuple[bytes, dict]:
    """The key in a key file and what the file says about it (organisation id and name)."""
    path = readable(path)
    try:
        if path.stat().st_size > 64 * 1024:
            raise KeyFileError(NOT_A_KEY_FILE, path=str(path))
        content = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise KeyFileError(NOT_A_KEY_FILE, path=str(path)) from exc
    if not isinstance(content, dict) or content.get("format") != KEY_FORMAT:
        raise KeyFileError(NOT_A_KEY_FILE, path=str(path))
    try:
        if "protected" in content:
            if not passphrase:
                raise KeyFileError(NEEDS_PASSPHRASE, path=str(path))
            p = content["protected"]
            kdf = Scrypt(salt=base64.b64decode(p["salt"]), length=32, n=int(p["n"]),
                         r=int(p["r"]), p=int(p["p"]))
            wrapping = kdf.derive(passphrase.encode("utf-8"))
            try:
                key = AESGCM(wrapping).decrypt(base64.b64decode(p["nonce"]),
                                               base64.b64decode(p["key"]), KEY_FORMAT.encode())
            except InvalidTag as exc:
                raise KeyFileError(WRONG_PASSPHRASE, path=str(path)) from exc
        else:
            key = base64.b64decode(content["key"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileError(NOT_A_KEY_FILE, path=str(path)) from exc
    if len(key) != sealed.KEY_SIZE:
        raise KeyFileError(NOT_A_KEY_FILE, path=str(path))
    return key, {"organisation_id": str(content.get("organisation_id", "")),
                 "organisation_name": str(content.get("organisation_name", ""))}


def needs_passphrase(path: Path | str) -> bool:
    try:
        return "protected" in json.loads(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, TypeError):
        return False


def join(path: Path | str, passphrase: str = "") -> dict:
    """Install the exchange key from a key file on this machine.

    A database that holds its own general branch's records refuses another branch's key; a new
    one takes it and adopts that branch with its first full package. Returns what the file said,
    plus "replaced" (this machine had another key before).
    """
    key, about = read_key_file(path, passphrase)
    ours = DatabaseFact.read("organisation_id")
    if about["organisation_id"] and about["organisation_id"] != ours and not is_pristine():
        raise KeyFileError(OTHER_BRANCH_KEY, path=str(path),
                        name=about["organisation_name"] or about["organisation_id"])
    before = installed_key()
    with database.atomic():
        DatabaseFact.write(KEY_FACT, base64.b64encode(key).decode("ascii"))
    return {**about, "replaced": before is not None and before != key}
