"""The window survives PySide6 6.12's lost references: each signal emitted from Python drops one
of True, each call of a method without a result one of None. On Python 3.11 (before immortal
objects) the second preview of a 100,000-row sheet ended the window ("bool_dealloc")."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CALLS = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from desktop.app import create_application

trues, nones = 2 * sys.getrefcount(True), 2 * sys.getrefcount(None)  # before any is pinned
app = create_application(lang="en")

class Source(QObject):
    progress = Signal(int, int)

source = Source()
source.progress.connect(lambda done, total: None)
widget = QWidget()
for _ in range(trues):  # a 100,000-row preview emits 2,000 progress signals
    source.progress.emit(1, 2)
for _ in range(nones):
    widget.setEnabled(True)
print("alive")
"""


def test_many_signals_and_calls_do_not_end_the_process():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CALLS], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "alive", done.stderr[-2000:]
