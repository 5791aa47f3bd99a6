"""Shared fixtures: no screen, no user folders, a fresh data folder per test."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A fault of the program is one line for a user; a failing test shows its traceback as well.
os.environ.setdefault("BRANCH_DESK_TRACEBACK", "1")

import gc  # noqa: E402
import itertools  # noqa: E402

import pytest  # noqa: E402

from db.store import Store  # noqa: E402

_TESTS = itertools.count(1)


@pytest.fixture(autouse=True, scope="session")
def _no_collection_in_workers():
    """As the app runs (desktop/collector.py): Python's automatic cycle collector is off, so a
    worker thread (a page's figures, a report) never collects Qt objects; cycles are collected
    on the main thread between tests instead."""
    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    gc.collect(2 if next(_TESTS) % 25 == 0 else 1)


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path_factory, monkeypatch):
    """Settings and the default data folder point into a temporary folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setattr("db.datafolder.default_data_dir", lambda: home / "data" / "BranchDesk")
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency
        return
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture
def store(tmp_path):
    """An open, empty Branch Desk database in a temporary data folder."""
    opened = Store.open(tmp_path / "data")
    yield opened
    # As the app does on quitting (desktop/app.py): background work still reading this store
    # (a window's report, figures) ends before it closes, not against the next test's file.
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
    opened.close()
