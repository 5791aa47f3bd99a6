"""`branch-desk screenshot` renders every page offscreen into a PNG of the asked size."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.cli import entry as cli
from desktop.pages import PAGE_NAMES
from tests.desktop.cli.test_mistakes import demo_folder, state  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[3]
NOBODY = 65534

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("page", PAGE_NAMES)
def test_every_page_renders(qtbot, tmp_path, page, capsys):
    out = tmp_path / f"{page}.png"
    assert cli.main(["--data-dir", str(tmp_path / "data"), "screenshot", "--page", page,
                     "--out", str(out), "--size", "900x600", "--lang", "en"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)


def test_language_before_or_after_the_command(tmp_path, capsys):
    for n, argv in enumerate((["--lang", "en", "screenshot"], ["screenshot", "--lang", "zh_CN"])):
        out = tmp_path / f"shot{n}.png"
        assert cli.main(["--data-dir", str(tmp_path / "data"), *argv, "--page", "visits",
                         "--out", str(out)]) == 0
        assert QImage(str(out)).width() == 1280


def test_a_bad_size_is_a_message_not_a_traceback(tmp_path, capsys):
    assert cli.main(["--data-dir", str(tmp_path / "data"), "--lang", "en", "screenshot",
                     "--page", "visits", "--out", str(tmp_path / "x.png"), "--size", "big"]) == 2
    assert "not a size" in capsys.readouterr().err


def test_waiting_for_the_page_calls_no_process_events_in_a_loop(tmp_path, capsys, monkeypatch):
    """PySide6 6.12 loses a reference to None per processEvents() call (a few thousand end the
    process): the screenshot waits in an event loop, even for the report's background work."""
    from PySide6.QtCore import QCoreApplication

    calls = []
    real = QCoreApplication.processEvents
    monkeypatch.setattr(QCoreApplication, "processEvents",
                        staticmethod(lambda *a: calls.append(a) or real(*a)))
    out = tmp_path / "report.png"
    assert cli.main(["--data-dir", str(tmp_path / "data"), "screenshot", "--page", "report",
                     "--out", str(out), "--lang", "en"]) == 0
    assert QImage(str(out)).width() == 1280
    assert calls == []


def test_a_read_only_data_folder_is_shown(read_only_place):
    """The screenshot only reads: a data folder this user may not write to is opened read-only,
    not refused, and nothing in it changes."""
    data, out = read_only_place
    before = state(data)
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data), "--lang", "en",
               "screenshot", "--page", "visits", "--out", str(out / "shot.png"),
               "--size", "900x600"]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root without setpriv: no unprivileged user to run as")
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                   *command]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(out)}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out / "shot.png"))
    assert (image.width(), image.height()) == (900, 600)
    assert state(data) == before


@pytest.fixture
def read_only_place(demo_folder):  # noqa: F811
    """(a copy of the demo folder this user may only read, a folder it may write to). Root
    writes everywhere, so as root the copy stays root's and the command runs as `nobody`."""
    place = Path(tempfile.mkdtemp(prefix="branch-desk-read-only-"))
    data, out = place / "data", place / "out"
    try:
        shutil.copytree(demo_folder, data)
        out.mkdir()
        place.chmod(0o755)
        if os.geteuid() == 0:
            os.chown(out, NOBODY, NOBODY)
        for path in (*data.rglob("*"), data):
            path.chmod(0o555 if path.is_dir() else 0o444)
        yield data, out
    finally:
        for path in (data, *data.rglob("*")):
            path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(place)
