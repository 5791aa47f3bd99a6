"""Cycles are collected on the GUI thread, never in a worker that happens to allocate (a Qt
object collected there is deleted on the wrong thread)."""
from __future__ import annotations

import gc
import threading

import pytest

from desktop.collector import INTERVAL_MS, collect_on_gui_thread


class Cycle:
    """Garbage in a reference cycle that notes the thread it is collected on."""

    def __init__(self, seen: list) -> None:
        self.me, self.seen = self, seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread())


@pytest.fixture
def collector(qapp):
    was = gc.isenabled()
    timer = collect_on_gui_thread(qapp)
    yield timer
    timer.stop()
    timer.deleteLater()
    if was:
        gc.enable()


def test_garbage_made_on_the_gui_thread_is_collected_there(qtbot, collector):
    seen: list = []
    Cycle(seen)

    def busy_worker() -> None:  # objects kept alive: they cross the thresholds many times
        kept = [[] for _ in range(100_000)]
        assert len(kept) == 100_000

    worker = threading.Thread(target=busy_worker)
    worker.start()
    worker.join()
    assert seen == []  # the worker did not collect it
    qtbot.waitUntil(lambda: bool(seen), timeout=INTERVAL_MS * 3)
    assert seen == [threading.main_thread()]


def test_the_automatic_collector_is_off(collector):
    assert not gc.isenabled()
    assert collector.isActive() and collector.interval() == INTERVAL_MS
