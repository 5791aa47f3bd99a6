"""Measure the visits page at depot scale (not a test: prints medians).

    PYTHONPATH=$PWD python -m desktop --data-dir /tmp/depot demo --size depot
    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen python tests/perf/visits_page.py /tmp/depot

"shown" is construct + first query + first screenful of rows + paint; "search" is typing a
query answered (ids, model reset, rows on screen, paint). Targets: 0.5 s and 0.2 s.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from db.store import Store  # noqa: E402
from desktop.app import create_application  # noqa: E402
from desktop.context import AppContext  # noqa: E402
from desktop.pages.visits import VisitsPage  # noqa: E402

SEARCHES = ["长", "zs", "道岔", "liu", "xyz"]
RUNS = 7


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms (min {min(values) * 1000:.1f}," \
           f" max {max(values) * 1000:.1f})"


def main(folder: str) -> None:
    app = create_application()
    store = Store.open(Path(folder))
    scratch = tempfile.TemporaryDirectory()
    settings = QSettings(str(Path(scratch.name) / "s.ini"), QSettings.Format.IniFormat)
    context = AppContext(store=store, settings=settings)
    print(f"visits: {store.counts()['visit']}")
    shown = []
    for _ in range(RUNS):
        started = time.perf_counter()
        page = VisitsPage(context)
        page.resize(1100, 760)
        page.show()
        page.grab()  # paints the visible rows, loading them
        app.processEvents()
        shown.append(time.perf_counter() - started)
        page.close()
        page.deleteLater()
        app.processEvents()
    print(f"page shown      {median_ms(shown)}")
    page = VisitsPage(context)
    page.resize(1100, 760)
    page.show()
    app.processEvents()
    for text in SEARCHES:
        times = []
        for _ in range(RUNS):
            page.search.blockSignals(True)
            page.search.setText(text)
            page.search.blockSignals(False)
            started = time.perf_counter()
            page.requery()
            page.table.viewport().grab()
            times.append(time.perf_counter() - started)
            page.search.clear()
        print(f"search {text!r:8} {median_ms(times)}  → {page.model.rowCount()} rows")
    store.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/depot")
