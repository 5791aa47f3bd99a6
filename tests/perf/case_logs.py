"""Benchmark case: a hand-kept visit log (no ID column) imported into the depot's database.

Each row is matched by its natural key against the visits the depot already holds (60,000), so
this is the log a secretary brings on the first day, and brings again next month.
"""
from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from pathlib import Path

from tests.perf.case_spreadsheet import calamine_read
from tests.perf.common import DEMO_TODAY, Result, copy_of, result

KINDS = ("跟班", "谈心", "座谈", "检查", "宣讲")


def visit_log(path: Path, rows: int, cadres: list[str], areas: list[str]) -> Path:
    """A log as people keep it: their own headers, names joined by 、, dates as dates."""
    import openpyxl

    rnd = random.Random(3)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "下现场登记"
    sheet.append(["日期", "工区", "参加走访人员", "方式", "时长（小时）", "见到职工数", "情况"])
    for i in range(rows):
        day = DEMO_TODAY - dt.timedelta(days=rnd.randrange(700))
        sheet.append([day, rnd.choice(areas), "、".join(rnd.sample(cadres, rnd.randint(1, 2))),
                      rnd.choice(KINDS), rnd.choice((1, 2, 3.5)), rnd.randint(1, 20),
                      f"第{i + 1}次：查看作业现场，听取职工意见"])
    book.save(path)
    return path


def case_logs(depot: Path, scratch: Path, runs: int, rows: int = 2000) -> list[Result]:
    from db import clock
    from db.models import Member, WorkArea
    from db.spreadsheet import commit_import, preview_import, read_workbook
    from db.store import Store

    clock.today = lambda: DEMO_TODAY  # the data's own today (the bench runs in its own process)
    first, again, base = [], [], []
    for run in range(runs):
        with Store.open(copy_of(depot, scratch, f"logs-{run}")):
            cadres = [m.name for m in Member.select().where(Member.is_cadre, ~Member.deleted)]
            areas = [a.name for a in WorkArea.select().where(~WorkArea.deleted)]
            path = visit_log(scratch / f"log-{run}.xlsx", rows, sorted(set(cadres)),
                             sorted(areas))
            for times, made in ((first, rows), (again, 0)):  # the log, then the same log again
                started = time.perf_counter()
                book = read_workbook(path)
                preview = preview_import(book)
                assert not preview.problems, [str(p) for p in preview.problems[:3]]
                assert commit_import(book).counts()["create"] == made
                times.append(time.perf_counter() - started)
        started = time.perf_counter()
        calamine_read(path)
        base.append(time.perf_counter() - started)
    return [result(f"hand-kept log of {rows:,} visits into the depot (read, preview, commit)",
                   statistics.median(first), statistics.median(base), "< 1 s", max_seconds=1),
            result("the same log again (every row found, skipped)", statistics.median(again),
                   statistics.median(base), "< 1 s", max_seconds=1)]


CASES = {"logs": (case_logs, 3)}
