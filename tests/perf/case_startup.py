"""Benchmark case: start-up."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.perf.common import (
    ROOT,
    Result,
    copy_of,
    result,
)

# start-up ---------------------------------------------------------------------------------------
# The child runs with `python -c`, so both processes import only what they show: a bare
# QMainWindow, or Branch Desk through its real entry point (desktop.cli.entry, unchanged:
# QApplication.exec is wrapped to print the time once the main window has had its first paint).
STARTUP_CHILD = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)  # runs once this paint has finished
        return False

    def report(self):
        print("SHOWN", time.time(), flush=True)
        QApplication.instance().exit(0)

watcher, real_exec = FirstPaint(), QApplication.exec

def exec_watched(*_self):  # set on the class: called as a method or as a static
    # Watch only the main window: a filter on the whole application would make PySide wrap
    # every object of every class that gets an event, which costs a busy window 25 ms.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            widget.installEventFilter(watcher)
    return real_exec()

QApplication.exec = exec_watched
if sys.argv[1] == "bare":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    sys.exit(app.exec())
from desktop.cli.entry import main
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


def spawn_until_shown(mode: str, folder: Path, env: dict) -> float:
    started = time.time()
    child = subprocess.Popen([sys.executable, "-c", STARTUP_CHILD, mode, str(folder)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    shown = None
    for line in child.stdout:
        if line.startswith("SHOWN"):
            shown = float(line.split()[1])
    if child.wait() != 0 or shown is None:
        raise RuntimeError(f"start-up child ({mode}) failed with exit code {child.returncode}")
    return shown - started


def case_startup(depot: Path, scratch: Path, runs: int) -> list[Result]:
    import compileall

    # An installed app runs from bytecode; here PYTHONDONTWRITEBYTECODE may be set, which would
    # make every child compile the modules it imports (10 ms) on top of what we measure.
    for package in ("db", "desktop", "resources"):
        compileall.compile_dir(ROOT / package, quiet=1)
    folder = copy_of(depot, scratch, "startup")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(scratch / "config")}  # the window's settings stay in scratch
    spawn_until_shown("app", folder, env)  # warm the file cache and make today's backup
    app, bare = [], []
    for _ in range(runs):  # interleaved, so both see the same noise
        bare.append(spawn_until_shown("bare", folder, env))
        app.append(spawn_until_shown("app", folder, env))
    return [result("start-up to the main window shown (depot)", statistics.median(app),
                   statistics.median(bare), "ratio <= 1.5", max_ratio=1.5)]


CASES = {"startup": (case_startup, 7)}
