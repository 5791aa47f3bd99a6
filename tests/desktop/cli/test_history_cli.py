"""`sync history` says when an exchange happened by the person's clock (it printed the stored UTC
time as if it were local: eight hours early in China), and lists counts as the language does."""
from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from db.models import ExchangeLog
from db.store import Store
from desktop.cli.entry import main


@pytest.fixture
def in_beijing(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_history_is_in_local_time_and_in_the_language(tmp_path, capsys, in_beijing):
    with Store.open(tmp_path / "d"):
        ExchangeLog.create(at=dt.datetime(2024, 6, 14, 23, 30), direction="export",
                           device_id="", device_name="", file_name="a.bdsync",
                           counts=json.dumps({"member": 2, "visit": 3}))
    assert main(["--data-dir", str(tmp_path / "d"), "sync", "history"]) == 0
    chinese = capsys.readouterr().out
    assert chinese.startswith("2024-06-15 07:30")  # 23:30 UTC is 07:30 the next day in Beijing
    assert "党员 2，走访 3" in chinese and ", " not in chinese
    assert main(["--data-dir", str(tmp_path / "d"), "--lang", "en", "sync", "history"]) == 0
    english = capsys.readouterr().out
    assert english.startswith("2024-06-15 07:30") and "Members 2, Visits 3" in english
