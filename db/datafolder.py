"""The data folder: where the database, its backups and this installation's device identity live.

The platform's user data folder by default; `--data-dir` points elsewhere (a USB stick).
A lock file keeps a second process off the same folder.
"""
from __future__ import annotations

import errno
import json
import platform
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import DataFolderError
from db.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import filelock

DB_FILE_NAME = "branch-desk.sqlite3"
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "db", "The data folder {path} is read-only, so nothing can be changed in it. Copy it "
    "somewhere writable and use that copy; commands that only read (coverage, report, "
    "concerns, meetings, plan, packet, export, check, backup --out, screenshot, sync "
    "conflicts, sync history) work here as it is.")


def default_data_dir() -> Path:
    import platformdirs  # imported when needed: start-up paints the window first

    return Path(platformdirs.user_data_dir("BranchDesk", appauthor=False))


@dataclass(frozen=True)
class Device:
    id: str
    name: str


class DataFolder:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().resolve()
        self._lock: filelock.BaseFileLock | None = None

    @property
    def db_path(self) -> Path:
        return self.path / DB_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.path / "backups"

    def ensure(self) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.backups.mkdir(exist_ok=True)
        except OSError as exc:
            if self.path.is_dir() and (isinstance(exc, PermissionError)
                                       or exc.errno == errno.EROFS):
                raise DataFolderError(READ_ONLY_FOLDER, path=str(self.path)) from exc
            raise DataFolderError(
                QT_TRANSLATE_NOOP("db", "Cannot create the data folder {path}: {reason}"),
                path=str(self.path), reason=exc.strerror or str(exc),
            ) from exc

    def device(self, *, create: bool = True) -> Device:
        """This installation's identity, made on first use and kept in device.json (without
        `create`, a reader's stand-in when there is none yet)."""
        file = self.path / "device.json"
        if file.exists():
            try:
                data = json.loads(file.read_text("utf-8"))
                return Device(str(data["id"]), str(data.get("name", "")))
            except (ValueError, KeyError, TypeError):
                pass  # unreadable: make a fresh identity rather than refuse to start
        if not create:
            return Device("", platform.node() or "device")
        device = Device(str(uuid.uuid4()), platform.node() or "device")
        self.ensure()
        file.write_text(json.dumps({"id": device.id, "name": device.name}, ensure_ascii=False),
                        "utf-8")
        return device

    def rename_device(self, name: str) -> Device:
        device = Device(self.device().id, name.strip() or self.device().name)
        (self.path / "device.json").write_text(
            json.dumps({"id": device.id, "name": device.name}, ensure_ascii=False), "utf-8")
        return device

    def lock(self) -> None:
        """Claim the folder for this process, or refuse with a clear message."""
        import filelock  # imported when needed: start-up paints the window first

        self.ensure()
        lock = filelock.FileLock(str(self.path / ".lock"), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise DataFolderError(
                QT_TRANSLATE_NOOP(
                    "db",
                    "Another Branch Desk is already using the data folder {path}. "
                    "Close it first, or use a different data folder.",
                ),
                path=str(self.path),
            ) from None
        except OSError as exc:  # the folder is read-only (or we may not write in it)
            raise DataFolderError(READ_ONLY_FOLDER, path=str(self.path)) from exc
        self._lock = lock

    def unlock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
