"""Benchmark case: visits page."""
from __future__ import annotations

import time
from pathlib import Path

from tests.perf.common import (
    Result,
    copy_of,
    median_of,
    result,
)

# visits page ------------------------------------------------------------------------------------
SEARCHES = ["长", "zs", "道岔", "liu", "xyz"]


def wait_idle(page) -> None:
    """Until the page's background work is shown, in an event loop: not by calling
    processEvents in a loop (PySide6 6.12 loses a reference to None at each call; some 5,000
    calls end the process)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, timer = QEventLoop(), QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: None if page.busy() else loop.quit())
    timer.start()
    if page.busy():
        loop.exec()
    timer.stop()


def case_visits(depot: Path, scratch: Path, runs: int) -> list[Result]:
    from PySide6.QtCore import QSettings

    from db.store import Store
    from desktop.app import create_application
    from desktop.context import AppContext
    from desktop.pages.visits import VisitsPage

    app = create_application()
    folder = copy_of(depot, scratch, "visits")
    with Store.open(folder) as store:
        settings = QSettings(str(scratch / "visits.ini"), QSettings.Format.IniFormat)
        context = AppContext(store=store, settings=settings)

        def shown() -> None:  # construct, first query, first screenful of rows, paint
            page = VisitsPage(context)
            page.resize(1100, 760)
            page.show()
            wait_idle(page)  # the ids and the filters' choices come from the background
            page.grab()
            app.processEvents()
            page.close()
            page.deleteLater()
            app.processEvents()

        shown_seconds = median_of(shown, runs)
        page = VisitsPage(context)
        page.resize(1100, 760)
        page.show()
        wait_idle(page)
        slowest = 0.0
        for text in SEARCHES:
            def search(text=text) -> float:  # typed query answered: ids, reset, rows, paint
                page.search.blockSignals(True)
                page.search.setText(text)
                page.search.blockSignals(False)
                started = time.perf_counter()
                page.requery()
                page.table.viewport().grab()
                elapsed = time.perf_counter() - started
                page.search.clear()
                return elapsed

            slowest = max(slowest, median_of(search, runs))
        page.close()
    return [result("visits page shown (depot)", shown_seconds, None, "< 0.5 s", max_seconds=0.5),
            result("visits search answered (slowest of 5)", slowest, None, "< 0.2 s",
                   max_seconds=0.2)]


CASES = {"visits": (case_visits, 5)}
