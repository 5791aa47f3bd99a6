"""Python's cycle collector, run on the GUI thread only.

Python collects cycles on whichever thread happens to allocate when a threshold is crossed.
When that is a worker (the dashboard's figures, an import, a report) and the garbage holds a Qt
object (a closed dialog kept in a cycle by a connected lambda), the object is deleted on the
wrong thread and the process can crash: seen once in the suite, a segmentation fault inside a
collection in the figures' worker. So the automatic collector is off, and a timer on the GUI
thread collects instead: the young generations every two seconds (under a millisecond), all of
them once a minute (about 30 ms with the depot's pages open). Anki does the same for the same
reason.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 2_000
FULL_EVERY = 30  # ticks: a full collection once a minute


def collect_on_gui_thread(parent: QObject) -> QTimer:
    """Turn the automatic collector off and collect from a timer of `parent` (the application,
    living on the GUI thread); returns the running timer."""
    gc.disable()
    ticks = 0

    def collect() -> None:
        nonlocal ticks
        ticks += 1
        gc.collect(2 if ticks % FULL_EVERY == 0 else 1)

    timer = QTimer(parent)
    timer.setObjectName("cycle_collector")
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(collect)
    timer.start()
    return timer
