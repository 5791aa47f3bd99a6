"""Benchmark cases: the dashboard's figures shown after start-up, and the longest stall of the
GUI thread while starting and switching through every page (depot scale, fresh processes)."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from tests.perf.common import ROOT, Result, copy_of, result

# The child starts Branch Desk through its real entry point. It notes the main window's first
# paint and the moment the dashboard's figures (cards and pictures) are on screen. With "walk"
# it then shows every page in turn, each once the previous one is idle: its background work
# done and the probe's timer run on time since it was shown (a user's click comes when the
# event loop is free, not queued behind the previous page's paint and detail). A 5 ms timer on
# the GUI thread measures the longest gap between its ticks from before the window to the end.
CHILD = """
import sys, time
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

mode = sys.argv[1]
marks = {}

class Probe(QObject):
    def __init__(self):
        super().__init__()
        self.clock = QElapsedTimer()
        self.last = None
        self.worst = 0.0
        self.phase = "start"
        self.worst_phase = ""
        self.by_phase = {}
        self.on_time = 0  # ticks that came within 5 ms of due: the event loop was free
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def start(self):
        self.clock.start()
        self.last = 0
        self.timer.start()

    def tick(self):
        now = self.clock.elapsed()
        gap = (now - self.last - 5) / 1000
        self.by_phase[self.phase] = max(self.by_phase.get(self.phase, 0.0), gap)
        if gap > self.worst:
            self.worst, self.worst_phase = gap, self.phase
        self.last = now
        self.on_time += gap < 0.005

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if "paint" not in marks and event.type() == QEvent.Type.Paint:
            marks["paint"] = time.perf_counter()
        return False

probe, watcher, real_exec = Probe(), FirstPaint(), QApplication.exec

def finish():
    if "checked" not in marks:  # the figures came before the file check passed: wait for it
        return QTimer.singleShot(5, finish)
    probe.tick()
    print("PAINT", marks["paint"], "SHOWN", marks["shown"], "STALL", probe.worst,
          "CHECKED", marks["checked"], probe.worst_phase, flush=True)
    print("PHASES", {k: round(v, 3) for k, v in probe.by_phase.items()},
          {k: round(v - marks["paint"], 3) for k, v in marks.items()}, flush=True)
    QApplication.instance().exit(0)

def when_idle(page, then):  # then() once the page's work is done and the probe ran on time
    on_time = probe.on_time
    def check():
        if getattr(page, "busy", lambda: False)() or probe.on_time == on_time:
            QTimer.singleShot(5, check)
        else:
            then()
    QTimer.singleShot(0, check)

def walk(window, names):
    if not names:
        return finish()
    probe.phase = names[0]
    when_idle(window.show_page(names[0]), lambda: walk(window, names[1:]))

def shown(window):
    probe.phase = "dashboard shown"
    page = window.page("dashboard")
    page.pictures.repaint()
    marks["shown"] = time.perf_counter()
    if mode == "walk":
        from desktop.pages import PAGE_NAMES
        names = [n for n in PAGE_NAMES if n != "dashboard"] + ["dashboard"]
        when_idle(page, lambda: walk(window, names))
    else:
        finish()

import desktop.main_window as main_window
real_attach = main_window.MainWindow.attach

def attach(self, store, **kwargs):
    probe.phase = "attach"
    marks["attach"] = time.perf_counter()
    real_attach(self, store, **kwargs)
    marks["attached"] = time.perf_counter()
    probe.phase = "dashboard figures"
    page = self.page("dashboard")
    if page.busy():
        page.figures_shown.connect(lambda: shown(self))
    else:
        QTimer.singleShot(0, lambda: shown(self))

main_window.MainWindow.attach = attach
real_checked = main_window.MainWindow.checked

def checked(self):
    marks.setdefault("checked", time.perf_counter())  # the open's file check has passed
    real_checked(self)

main_window.MainWindow.checked = checked

def exec_watched(*_self):
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            widget.installEventFilter(watcher)
    probe.start()
    return real_exec()

QApplication.exec = exec_watched
from desktop.cli.entry import main
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


def run_child(mode: str, folder: Path, env: dict) -> tuple[float, float, float]:
    """(seconds from the first paint to the dashboard's figures shown, longest stall, seconds
    from the first paint to the open's file check passed)."""
    child = subprocess.run([sys.executable, "-c", CHILD, mode, str(folder)], env=env,
                           capture_output=True, text=True, timeout=300)
    line = next((x for x in child.stdout.splitlines() if x.startswith("PAINT")), None)
    if child.returncode != 0 or line is None:
        raise RuntimeError(f"dashboard child ({mode}) failed: {child.stderr[-2000:]}")
    words = line.split()
    if os.environ.get("BENCH_VERBOSE"):
        print(line, *[x for x in child.stdout.splitlines() if x.startswith("PHASES")],
              file=sys.stderr)
    return (float(words[3]) - float(words[1]), float(words[5]),
            float(words[7]) - float(words[1]))


def environment(scratch: Path) -> dict:
    import compileall

    # An installed app runs from bytecode (see case_startup): compile once, not in each child.
    for package in ("db", "desktop", "resources"):
        compileall.compile_dir(ROOT / package, quiet=1)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
            "XDG_CONFIG_HOME": str(scratch / "config-dashboard")}


def case_dashboard(depot: Path, scratch: Path, runs: int) -> list[Result]:
    folder = copy_of(depot, scratch, "dashboard")
    env = environment(scratch)
    run_child("start", folder, env)  # warm the file cache and make today's backup
    times = [run_child("start", folder, env) for _ in range(runs)]
    seconds = statistics.median(t[0] for t in times)
    check = statistics.median(t[2] for t in times)  # until the file check has passed
    return [result("dashboard figures shown, after 1st paint (depot)", seconds, check,
                   "< 0.5 s (baseline: file check)", max_seconds=0.5)]


def case_stall(depot: Path, scratch: Path, runs: int) -> list[Result]:
    folder = copy_of(depot, scratch, "stall")
    env = environment(scratch)
    run_child("walk", folder, env)
    stall = statistics.median(run_child("walk", folder, env)[1] for _ in range(runs))
    return [result("longest GUI stall: start + every page (depot)", stall, None, "< 0.1 s",
                   max_seconds=0.1)]


CASES = {"dashboard": (case_dashboard, 5), "stall": (case_stall, 3)}
