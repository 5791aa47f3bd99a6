"""The real window on a real X server, once: Qt's xcb plugin loads with the system libraries README
lists (.ci/run installs exactly those, plus Xvfb and xdotool), the window is shown, the dashboard
fills with the data, Ctrl+Q (a key event from outside, through the X server) closes it, exit 0.

Every other test runs on Qt's offscreen platform, which needs none of the X libraries: without
this one a missing library (libxcb-icccm4 ...) would first show on a user's screen.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from db.store import Store

ROOT = Path(__file__).resolve().parents[2]

# The application's own entry point, watched: after the store is attached and the page has its
# figures, say what it shows. Nothing else is changed in the process.
PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget
from desktop import main_window

attach = main_window.MainWindow.attach

def watched(self, store, **kwargs):
    attach(self, store, **kwargs)
    def report():
        page = self.stack.currentWidget()
        if page.busy():  # its figures are computed in the background
            return QTimer.singleShot(20, report)
        rows = sum(w.count() for w in page.findChildren(QListWidget))
        print(f"shown={self.isVisible()} platform={QApplication.platformName()} "
              f"page={type(page).__name__} rows={rows}", flush=True)
    QTimer.singleShot(0, report)

main_window.MainWindow.attach = watched
from desktop.cli.entry import main
sys.exit(main(sys.argv[1:]))
"""


def _read_line(stream, timeout: float) -> str:
    """One line from `stream`, or "" after `timeout` seconds (the child may hang: fail, not
    wait for ever)."""
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return found[0] if found else ""


@pytest.fixture
def x_display(tmp_path):
    """A display: Xvfb started for the test, or the session's own X server."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("DISPLAY"):
            yield os.environ["DISPLAY"]
            return
        if os.environ.get("CI"):  # .ci/run installs Xvfb: there, a skip would hide a failure
            pytest.fail("CI without Xvfb: .ci/run should have installed it")
        # A developer's machine without any X server: nothing to show a window on.
        pytest.skip("no X server: neither Xvfb installed nor DISPLAY set (.ci/run installs Xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = _read_line(pipe, 30).strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_window_opens_on_xcb_and_closes_with_ctrl_q(x_display, tmp_path):
    xdotool = shutil.which("xdotool")
    assert xdotool, "xdotool is needed to press Ctrl+Q from outside (.ci/run installs it)"
    folder = tmp_path / "data"
    with Store.open(folder):
        from db import demo

        demo.build("small", seed=1)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "share"))
    child = subprocess.Popen([sys.executable, "-c", PROBE, "--data-dir", str(folder)],
                             cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        line = _read_line(child.stdout, 120)
        assert line.startswith("shown=True platform=xcb page=DashboardPage"), (
            line, child.poll(), child.stderr.read() if child.poll() is not None else "")
        assert int(line.rsplit("rows=", 1)[1]) > 0, line  # the dashboard's lists are filled
        run = {"env": env, "capture_output": True, "text": True, "timeout": 60}
        window = subprocess.run([xdotool, "search", "--sync", "--onlyvisible", "--name",
                                 "党总支工作台"], **run).stdout.split()[0]
        subprocess.run([xdotool, "windowfocus", "--sync", window], check=True, **run)
        subprocess.run([xdotool, "key", "--clearmodifiers", "ctrl+q"], check=True, **run)
        code = child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    err = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    assert code == 0, err
    assert "Traceback" not in err and "could not load the Qt platform plugin" not in err, err
