"""Writing a file the user asked for (a report, a workbook, a calendar, a key) whole or not at all.

A full disk or a medium pulled out halfway must not leave a truncated file that looks like the real
one: the bytes go to `NAME.partial` beside the target and are renamed over it once flushed; on any
failure the partial file is removed and the OSError names the target, so the person reads which
file could not be written (desktop.error_messages turns it into one line).
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP

PARTIAL_SUFFIX = ".partial"
CANNOT_READ = QT_TRANSLATE_NOOP(
    "db", "You have no permission to read {path}. Ask for access, or copy the file to a place "
          "where you can read it.")

FOLDER_GONE = QT_TRANSLATE_NOOP(
    "db", "The folder {folder} is not there any more: was the USB stick pulled out? Nothing was "
          "written; put the stick back or choose another place, then try again.")


def in_chosen_folder(path: Path | str) -> Path:
    """`path`, whose folder a file chooser showed (or a command line named): a one-line refusal
    if that folder is not there (a USB stick pulled out since), rather than making it anew on
    this computer's own disk, where the file would be left while the person believes it on the
    stick. Every writer of db/ that is given a place checks it so (backup_now, export_package,
    write_key_file); only the data folder's own layout (backups/) is ever made."""
    path = Path(path)
    if not path.parent.is_dir():
        raise BranchDeskError(FOLDER_GONE, folder=str(path.parent))
    return path


def safe_name(text: str, default: str = "branch-desk") -> str:
    """`text` as a file name on any system: without the characters Windows forbids (\\ / : * ? "
    < > |), so a name holding a slash (东站/西站工区) is not taken for a folder."""
    return "".join(ch for ch in text if ch not in '\\/:*?"<>|').strip() or default


def may_not_read(path: Path | str) -> bool:
    """Whether `path` exists and this user may not read it."""
    return os.path.exists(path) and not os.access(path, os.R_OK)


def readable(path: Path | str) -> Path:
    """`path`, unless it exists and this user may not read it: then a one-line refusal saying so
    (else a reader's catch-all would call the file damaged, not a workbook or not a key, and an
    unreadable package would read as a place one cannot write to)."""
    if may_not_read(path):
        raise BranchDeskError(CANNOT_READ, path=str(path))
    return Path(path)


def partial_path(path: Path | str) -> Path:
    """Where `write_whole` writes before renaming."""
    path = Path(path)
    return path.with_name(path.name + PARTIAL_SUFFIX)


def write_whole(path: Path | str, data: bytes) -> Path:
    """Write `data` to `path`, replacing it only once all of it is on the disk."""
    path = Path(path)
    partial = partial_path(path)
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise naming(exc, partial, path) from exc
        raise
    return path


def naming(exc: OSError, partial: Path, path: Path) -> OSError:
    """`exc` as naming `path`, when it came from writing `partial` (a write error names no file,
    an open names the partial one): the same class (PermissionError ...) for the same errno."""
    if exc.errno is not None and (exc.filename is None or str(exc.filename) == str(partial)):
        return OSError(exc.errno, exc.strerror, str(path))
    return exc
