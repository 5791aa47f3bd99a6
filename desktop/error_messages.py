"""What went wrong, as a message template and its values: the one mapping from an exception to
the line a person reads (translated by `desktop.i18n.error_text`, for the window and the CLI).

No Qt here, so the mapping is tested without an application.
"""
from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass

import peewee as pw

from db.errors import BranchDeskError
from db.files import CANNOT_READ, may_not_read
from db.i18n import QT_TRANSLATE_NOOP

CONTEXT = "errors"

DISK_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk is full ({path}). Free some space or choose another place, then try again.")
DISK_FULL_NO_PATH = QT_TRANSLATE_NOOP(
    "errors", "The disk is full. Free some space or choose another place, then try again.")
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors", "Cannot write to {path}: it is read-only or you lack permission. "
              "Choose another place or ask for access.")
READ_ONLY_DATABASE = QT_TRANSLATE_NOOP(
    "errors", "The database is read-only (a read-only folder or medium). "
              "Copy the data folder somewhere writable, or open it from there.")
MISSING = QT_TRANSLATE_NOOP("errors", "{path} does not exist. Check the name and folder.")
IS_A_FOLDER = QT_TRANSLATE_NOOP("errors", "{path} is a folder. Give a file name.")
NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "A part of {path} is a file, not a folder. Choose another place.")
DISK_ERROR = QT_TRANSLATE_NOOP(
    "errors", "The disk could not be read or written (a disk error, or the medium was removed). "
              "Check the disk or the USB stick, then try again.")
BUSY = QT_TRANSLATE_NOOP(
    "errors", "The database is busy with another program. Wait a moment and try again.")
FILE_PROBLEM = QT_TRANSLATE_NOOP("errors", "Could not use {path}: {reason}.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors", "Something unexpected went wrong ({kind}). Nothing was saved by this step; "
              "please report it with what you were doing.")


@dataclass(frozen=True)
class Template:
    context: str
    text: str


def _oserror(exc: OSError) -> tuple[str, dict]:
    path = exc.filename if exc.filename is not None else ""
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", None):
        return (DISK_FULL, {"path": path}) if path else (DISK_FULL_NO_PATH, {})
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NO_PERMISSION, {"path": path}
    if isinstance(exc, FileNotFoundError):
        return MISSING, {"path": path}
    if isinstance(exc, IsADirectoryError):
        return IS_A_FOLDER, {"path": path}
    if isinstance(exc, NotADirectoryError):
        return NOT_A_FOLDER, {"path": path}
    return FILE_PROBLEM, {"path": path, "reason": exc.strerror or type(exc).__name__}


def _sqlite(exc: Exception) -> tuple[str, dict] | None:
    text = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", "") or ""
    # "database or disk is full"; or, on opening, the -shm file could not grow (a full disk)
    if "is full" in text or name in ("SQLITE_FULL", "SQLITE_IOERR_SHMSIZE"):
        return DISK_FULL_NO_PATH, {}
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return DISK_ERROR, {}
    if "readonly" in text or "read-only" in text:
        return READ_ONLY_DATABASE, {}
    if "locked" in text or "busy" in text:
        return BUSY, {}
    return None


def _hidden_by_rollback(exc: BaseException) -> BaseException | None:
    """The error a failed rollback ("no transaction is active") was handling, if it is one."""
    if (isinstance(exc, (sqlite3.Error, pw.DatabaseError))
            and "no transaction is active" in str(exc).lower()):
        return exc.__context__
    return None


def describe(exc: BaseException) -> tuple[Template, dict]:
    """The message template (context, English text) and values for `exc`."""
    # On a full disk (or an I/O error) SQLite rolls the transaction back itself; the rollback
    # peewee's atomic() then attempts fails ("no transaction is active") and would hide why.
    while (hidden := _hidden_by_rollback(exc)) is not None:
        exc = hidden
    if isinstance(exc, BranchDeskError):
        return Template("db", exc.template), dict(exc.params)
    if isinstance(exc, OSError):
        if isinstance(exc, PermissionError) and exc.filename and may_not_read(exc.filename):
            return Template("db", CANNOT_READ), {"path": exc.filename}  # a read, not a write
        template, params = _oserror(exc)
        return Template(CONTEXT, template), params
    if isinstance(exc, (sqlite3.Error, pw.DatabaseError, pw.OperationalError)):
        found = _sqlite(exc)
        if found:
            return Template(CONTEXT, found[0]), found[1]
    return Template(CONTEXT, UNEXPECTED), {"kind": type(exc).__name__}


def is_expected(exc: BaseException) -> bool:
    """Whether `exc` is a mistake or mishap with a message of its own (a refusal, a file or
    database problem), not a fault of the program."""
    return describe(exc)[0].text != UNEXPECTED
