"""Benchmark (run by hand, not by CI or pytest): Branch Desk at depot scale, against baselines.

    PYTHONPATH=$PWD /work/venv/bin/python tests/perf/bench.py [--json] [--runs N] [--only NAME]

Depot demo data (60 work areas, ten years, ~60,000 visits) is built once and cached in
tests/perf/.cache/, keyed by the demo seed and a hash of the modules that shape it; a case that
writes gets its own copy. Each case is timed several times and reports the median, next to a
baseline timed in the same run, so the ratios hold on a busy machine. `--json` prints a list of
{name, seconds, baseline_seconds, ratio, target, ok}; the exit code is 1 if any case misses.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 1
DEMO_TODAY = dt.date(2025, 6, 15)  # pinned, so the cached data and the figures never drift
MONTH = dt.date(2025, 5, 1)        # the month the coverage and report cases are about
SHAPED_BY = ("db/demo.py", "db/demo_rows.py", "db/demo_people.py", "db/demo_visits.py",
             "db/demo_concerns.py", "db/demo_words.py", "db/migrations.py", "db/models.py",
             "db/store.py")


@dataclass
class Result:
    name: str
    seconds: float
    baseline_seconds: float | None
    ratio: float | None
    target: str
    ok: bool


def median_of(fn: Callable[[], float | None], runs: int) -> float:
    """Median of `runs` calls; `fn` returns its own elapsed seconds, or None to be timed whole."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        elapsed = fn()
        times.append(elapsed if elapsed is not None else time.perf_counter() - started)
    return statistics.median(times)


def result(name: str, seconds: float, baseline: float | None, target: str, *,
           max_ratio: float | None = None, max_seconds: float | None = None) -> Result:
    ratio = seconds / baseline if baseline else None
    ok = ((max_ratio is None or (ratio is not None and ratio <= max_ratio))
          and (max_seconds is None or seconds < max_seconds))
    return Result(name, round(seconds, 4), None if baseline is None else round(baseline, 4),
                  None if ratio is None else round(ratio, 2), target, ok)


# depot data ------------------------------------------------------------------------------------
def depot_folder() -> Path:
    """The cached depot data folder, built on first use or when the demo code changed."""
    digest = hashlib.sha256()
    for name in SHAPED_BY:
        digest.update((ROOT / name).read_bytes())
    folder = CACHE / f"depot-seed{SEED}-{DEMO_TODAY.isoformat()}-{digest.hexdigest()[:12]}"
    if folder.is_dir():
        return folder
    from db import demo
    from db.store import Store

    CACHE.mkdir(parents=True, exist_ok=True)
    for stale in CACHE.glob("depot-*"):
        shutil.rmtree(stale, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix="building-", dir=CACHE))
    started = time.perf_counter()
    with Store.open(building):
        demo.build("depot", seed=SEED, today=DEMO_TODAY)
    for leftover in [building / ".lock", *building.glob("backups/*")]:
        leftover.unlink()
    building.rename(folder)
    print(f"(built depot demo data in {time.perf_counter() - started:.0f} s: {folder.name})",
          file=sys.stderr)
    return folder


def copy_of(folder: Path, scratch: Path, name: str) -> Path:
    target = scratch / name
    shutil.copytree(folder, target)
    return target


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


# coverage ---------------------------------------------------------------------------------------
def coverage_by_hand(conn, start: dt.date, end: dt.date, as_of: dt.date) -> dict:
    """The numbers compute_coverage gives, in plain sqlite3 and no more: per area visits, hours,
    cadre-visits, distinct visitors, first and last visit, open and overdue concerns on the
    as-of day; per cadre visits, visits to own 包保 areas, distinct areas; and visits per month
    for the 12 months ending with the period."""
    s, e, day = start.isoformat(), end.isoformat(), as_of.isoformat()
    heat_start = dt.date(end.year - 1 + (end.month == 12), end.month % 12 + 1, 1).isoformat()
    visits = {a: (n, h) for a, n, h in conn.execute(
        "SELECT work_area_id, COUNT(*), TOTAL(hours) FROM visit WHERE deleted = 0 "
        "AND visited_on BETWEEN ? AND ? GROUP BY work_area_id", (s, e))}
    cadre = {a: (n, people) for a, n, people in conn.execute(
        "SELECT v.work_area_id, COUNT(*), COUNT(DISTINCT p.member_id) FROM visit_person p "
        "JOIN visit v ON v.id = p.visit_id WHERE p.deleted = 0 AND v.deleted = 0 "
        "AND p.role = 'participant' AND v.visited_on BETWEEN ? AND ? GROUP BY v.work_area_id",
        (s, e))}
    spans = {a: (first, last) for a, first, last in conn.execute(
        "SELECT a.id, (SELECT MIN(visited_on) FROM visit v WHERE v.work_area_id = a.id "
        "AND v.deleted = 0 AND v.visited_on <= ?), (SELECT MAX(visited_on) FROM visit v "
        "WHERE v.work_area_id = a.id AND v.deleted = 0 AND v.visited_on <= ?) FROM work_area a "
        "WHERE a.deleted = 0 AND (a.active = 1 OR a.deactivated_on >= ?)", (e, e, s))}
    concerns = {a: (n, int(late)) for a, n, late in conn.execute(
        "SELECT work_area_id, COUNT(*), TOTAL(due_on < ?) FROM concern WHERE deleted = 0 "
        "AND raised_on <= ? AND (status NOT IN ('resolved', 'explained') OR closed_on > ?) "
        "GROUP BY work_area_id", (day, day, day))}
    cadres = {m: (n, own, areas) for m, n, own, areas in conn.execute(
        "SELECT p.member_id, COUNT(DISTINCT v.id), COUNT(DISTINCT CASE WHEN EXISTS ("
        " SELECT 1 FROM responsibility r WHERE r.member_id = p.member_id"
        " AND r.work_area_id = v.work_area_id AND r.deleted = 0 AND r.start_on <= v.visited_on"
        " AND (r.end_on IS NULL OR r.end_on > v.visited_on)) THEN v.id END),"
        " COUNT(DISTINCT v.work_area_id) FROM visit_person p JOIN visit v ON v.id = p.visit_id"
        " JOIN work_area a ON a.id = v.work_area_id WHERE p.deleted = 0"
        " AND p.role = 'participant' AND v.deleted = 0 AND a.deleted = 0"
        " AND v.visited_on BETWEEN ? AND ? GROUP BY p.member_id", (s, e))}
    monthly = {(a, m): n for a, m, n in conn.execute(
        "SELECT work_area_id, substr(visited_on, 1, 7), COUNT(*) FROM visit WHERE deleted = 0 "
        "AND visited_on BETWEEN ? AND ? GROUP BY 1, 2", (heat_start, e))}
    return {"visits": visits, "cadre": cadre, "spans": spans, "concerns": concerns,
            "cadres": cadres, "monthly": monthly}


def check_same_numbers(coverage, by_hand: dict) -> None:
    """The baseline is only honest if it computes what compute_coverage does."""
    for area in coverage.areas:
        n, hours = by_hand["visits"].get(area.area_id, (0, 0.0))
        assert (area.visits, area.hours) == (n, round(hours, 2)), area.name
        assert (area.cadre_visits, area.visitors) == by_hand["cadre"].get(area.area_id, (0, 0))
        last = by_hand["spans"][area.area_id][1]
        assert area.last_visit == (dt.date.fromisoformat(last) if last else None), area.name
        assert (area.open_concerns, area.overdue_concerns) == \
            by_hand["concerns"].get(area.area_id, (0, 0)), area.name
    for cadre in coverage.cadres:
        n, own, areas = by_hand["cadres"].get(cadre.member_id, (0, 0, 0))
        assert (cadre.visits, cadre.own_area_visits, cadre.distinct_areas) == (n, own, areas)
    for row in coverage.heatmap.rows:
        for month, cell in zip(coverage.heatmap.months, row.cells, strict=True):
            expected = by_hand["monthly"].get((row.area_id, month.isoformat()[:7]), 0)
            assert cell in (None, expected), (row.name, month)


def case_coverage(depot: Path, scratch: Path, runs: int) -> list[Result]:
    import sqlite3

    from db.coverage import compute_coverage
    from db.periods import month_period
    from db.store import Store

    folder = copy_of(depot, scratch, "coverage")
    period = month_period(MONTH)
    with Store.open(folder) as store:
        conn = sqlite3.connect(store.folder.db_path)
        figures = compute_coverage(period, today=DEMO_TODAY)
        check_same_numbers(figures, coverage_by_hand(conn, period.start, period.end,
                                                     figures.as_of))
        ours, base = [], []
        for _ in range(runs * 3):  # fast: more runs for a steadier median
            ours.append(median_of(lambda: compute_coverage(period, today=DEMO_TODAY) and None, 1))
            base.append(median_of(lambda: coverage_by_hand(conn, period.start, period.end,
                                                           figures.as_of) and None, 1))
        conn.close()
    seconds, baseline = statistics.median(ours), statistics.median(base)
    return [result("coverage figures + 12-month heatmap (month)", seconds, baseline,
                   "ratio <= 2 and < 0.1 s", max_ratio=2, max_seconds=0.1)]


# monthly report -----------------------------------------------------------------------------------
def one_page_pdf() -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from desktop.report.fonts import register_fonts

    font = register_fonts()
    out = io.BytesIO()
    style = ParagraphStyle("body", fontName=font, fontSize=10, leading=14)
    SimpleDocTemplate(out, pagesize=A4).build(
        [Paragraph("党总支工作台 月度报告 2025-05 走访 工区 诉求 已解决 已解释", style)] * 20)
    return out.getvalue()


def case_report(depot: Path, scratch: Path, runs: int) -> list[Result]:
    from db.store import Store
    from desktop.report.render import monthly_pdf

    folder = copy_of(depot, scratch, "report")
    with Store.open(folder):
        one_page_pdf()  # font registered once for both, as in the app
        base, ours = [], []
        for _ in range(runs):
            base.append(median_of(lambda: one_page_pdf() and None, 1))
            ours.append(median_of(lambda: monthly_pdf(MONTH) and None, 1))
    return [result("monthly PDF report", statistics.median(ours), statistics.median(base),
                   "< 1.5 s", max_seconds=1.5)]


# visits page ------------------------------------------------------------------------------------
SEARCHES = ["长", "zs", "道岔", "liu", "xyz"]


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
            page.grab()
            app.processEvents()
            page.close()
            page.deleteLater()
            app.processEvents()

        shown_seconds = median_of(shown, runs)
        page = VisitsPage(context)
        page.resize(1100, 760)
        page.show()
        app.processEvents()
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


# sync import ------------------------------------------------------------------------------------
def build_office(folder: Path, rows: int):
    """An office database with rows/2 visits and rows/2 participant links."""
    from db import records
    from db.members import create_member
    from db.models import Visit, VisitPerson, database
    from db.store import Store
    from db.visits import link_id
    from db.workareas import create_work_area

    store = Store.open(folder)
    areas = [create_work_area({"name": f"工区{i}"}).id for i in range(40)]
    cadres = [create_member({"name": f"干部{i}", "is_cadre": True}).id for i in range(20)]
    start = dt.date(2020, 1, 1)
    with database.atomic():
        for i in range(rows // 2):
            visit = records.insert(Visit, {
                "visited_on": start + dt.timedelta(days=i % 1800), "work_area": areas[i % 40],
                "kind": "work_along", "hours": 2.0, "workers_met": 5, "summary": f"走访记录 {i}",
                "private": False})
            member = cadres[i % 20]
            records.insert(VisitPerson, {"id": link_id(visit.id, member, "participant"),
                                         "visit": visit.id, "member": member,
                                         "role": "participant"})
    return store


def edit_all() -> None:
    from db import records
    from db.models import Visit, VisitPerson, database

    with database.atomic():
        for visit in Visit.select():
            records.update(visit, {"hours": 3.0})
        for link in VisitPerson.select():
            records.update(link, {"role": "talked"})


def plain_executemany(db_path: Path, package) -> None:
    """The baseline: the package's rows written with sqlite3 executemany, nothing checked."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    seq = 10**9  # change numbers past any the database has given
    with conn:
        for table, (columns, rows) in package.tables.items():
            marks = ", ".join("?" for _ in [*columns, "seq"])
            names = ", ".join(f'"{c}"' for c in [*columns, "seq"])
            conn.executemany(f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})',
                             [[*(json.dumps(v) if isinstance(v, list | dict) else v
                                 for v in row), seq + n] for n, row in enumerate(rows)])
    conn.close()


def case_sync(_depot: Path, scratch: Path, runs: int, rows: int = 20000) -> list[Result]:
    from db.store import Store
    from db.sync import export_package, import_package, read_package

    office = build_office(scratch / "office", rows)
    first = scratch / "first.bdsync"
    export_package(office.device, first)
    office.close()
    with Store.open(scratch / "laptop") as laptop:
        import_package(first, laptop.device)
    changed = scratch / "changed.bdsync"
    with Store.open(scratch / "office") as office:
        edit_all()  # every visit and link edited at the office: the laptop's rows fast-forward
        export_package(office.device, changed)
    package = read_package(changed)
    ours, base = [], []
    for run in range(runs):
        target = copy_of(scratch / "laptop", scratch, f"sync-{run}")
        with Store.open(target) as store:
            started = time.perf_counter()
            summary = import_package(changed, store.device)
            ours.append(time.perf_counter() - started)
        assert summary.updated == rows, summary.as_dict()
        target = copy_of(scratch / "laptop", scratch, f"plain-{run}")
        started = time.perf_counter()
        plain_executemany(target / "branch-desk.sqlite3", package)
        base.append(time.perf_counter() - started)
    return [result(f"sync import of {rows:,} changed rows", statistics.median(ours),
                   statistics.median(base), "< 5 s", max_seconds=5)]


# spreadsheet import -----------------------------------------------------------------------------
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭"
            "曾肖田董袁潘于蒋蔡余杜叶程")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌玉兰海峰辉亮"


def roster(path: Path, rows: int, seed: int = 1) -> Path:
    """A member roster as a secretary keeps it: a title row, merged, then the headers."""
    import random

    import openpyxl

    rnd = random.Random(seed)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "党员花名册"
    sheet.append(["某工务段线路车间党员花名册"])
    sheet.merge_cells("A1:K1")
    sheet.append(["序号", "姓名", "性别", "民族", "出生年月", "学历", "入党时间", "转正时间",
                  "所在支部", "所在工区", "手机"])
    for i in range(rows):
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        birth = dt.date(1965, 1, 1) + dt.timedelta(days=rnd.randrange(365 * 25))
        joined = birth + dt.timedelta(days=365 * 22 + rnd.randrange(3000))
        sheet.append([i + 1, name, rnd.choice("男男男女"), "汉族", birth,
                      rnd.choice(("大专", "本科")),
                      f"{joined.year}.{joined.month:02d}", (joined + dt.timedelta(days=366))
                      .strftime("%Y年%m月%d日"), f"第{rnd.randrange(1, 9)}党支部",
                      f"{rnd.choice('东西南北')}{rnd.randrange(1, 61)}工区",
                      f"13{rnd.randrange(10**9):09d}"])
    book.save(path)
    return path


def openpyxl_read(path: Path) -> None:
    """The baseline: openpyxl loads the file and every cell is read."""
    import openpyxl

    book = openpyxl.load_workbook(path, data_only=True)
    for sheet in book.worksheets:
        for _row in sheet.iter_rows(values_only=True):
            pass
    book.close()


def case_spreadsheet(_depot: Path, scratch: Path, runs: int, rows: int = 2000) -> list[Result]:
    from db.spreadsheet import commit_import, preview_import, read_workbook
    from db.store import Store

    path = roster(scratch / "roster.xlsx", rows)
    ours, base = [], []
    for run in range(runs):
        with Store.open(scratch / f"sheet-{run}"):  # each import into a fresh, empty folder
            started = time.perf_counter()
            book = read_workbook(path)
            preview_import(book)  # as the CLI and the window do: preview, then commit
            assert commit_import(book).committed
            ours.append(time.perf_counter() - started)
        base.append(median_of(lambda: openpyxl_read(path), 1))
    return [result(f"xlsx import of {rows:,} members", statistics.median(ours),
                   statistics.median(base), "< 3 s", max_seconds=3)]


# running ----------------------------------------------------------------------------------------
CASES = {"startup": (case_startup, 7), "coverage": (case_coverage, 5), "report": (case_report, 3),
         "visits": (case_visits, 5), "sync": (case_sync, 3), "spreadsheet": (case_spreadsheet, 3)}


def table(results: list[Result]) -> str:
    def fmt(value: float | None, unit: str = " s") -> str:
        return "—" if value is None else f"{value:.3f}{unit}" if unit else f"{value:.2f}"

    lines = [f"{'case':<46} {'median':>9} {'baseline':>9} {'ratio':>6}  {'target':<24} ok",
             "-" * 102]
    for r in results:
        lines.append(f"{r.name:<46} {fmt(r.seconds):>9} {fmt(r.baseline_seconds):>9} "
                     f"{fmt(r.ratio, ''):>6}  {r.target:<24} {'yes' if r.ok else 'NO'}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--only", choices=list(CASES), action="append",
                        help="run only this case (repeatable)")
    parser.add_argument("--runs", type=int, help="timed runs per case (default: per case)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    depot = depot_folder()
    results = []
    for name in args.only or CASES:
        fn, runs = CASES[name]
        with tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as scratch:
            results.extend(fn(depot, Path(scratch), args.runs or runs))
    if args.json:
        print(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=1))
    else:
        print(table(results))
        print(f"\n{time.perf_counter() - started:.0f} s in all")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
