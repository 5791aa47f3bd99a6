"""Benchmark case: a hand-kept visit log and a meetings register (no ID column) imported into
the depot's database.

Each row is matched by its natural key against the records the depot already holds (60,000
visits, 3,000 meetings), so this is what a secretary brings on the first day, and brings again
next month.
"""
from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from tests.perf.case_spreadsheet import calamine_read
from tests.perf.common import DEMO_TODAY, Result, copy_of, result

KINDS = ("跟班", "谈心", "座谈", "检查", "宣讲")


def one_sheet(path: Path, title: str, rows: Iterable[list]) -> Path:
    """A workbook of one sheet holding `rows` (the header first)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def visit_log(path: Path, rows: int, cadres: list[str], areas: list[str]) -> Path:
    """A log as people keep it: their own headers, names joined by 、, dates as dates."""
    rnd = random.Random(3)

    def lines() -> Iterator[list]:
        yield ["日期", "工区", "参加走访人员", "方式", "时长（小时）", "见到职工数", "情况"]
        for i in range(rows):
            day = DEMO_TODAY - dt.timedelta(days=rnd.randrange(700))
            yield [day, rnd.choice(areas), "、".join(rnd.sample(cadres, rnd.randint(1, 2))),
                   rnd.choice(KINDS), rnd.choice((1, 2, 3.5)), rnd.randint(1, 20),
                   f"第{i + 1}次：查看作业现场，听取职工意见"]
    return one_sheet(path, "下现场登记", lines())


MEETING_KINDS = ("支部委员会", "党小组会", "支部党员大会", "党课", "主题党日")


def meetings_register(path: Path, rows: int, branches: list[str], people: list[str]) -> Path:
    """A register typed in after the fact: one meeting a row, its people by name."""
    rnd = random.Random(5)

    def lines() -> Iterator[list]:
        yield ["会议日期", "支部", "会议类型", "主持人", "出席人员", "缺席人员及原因", "会议内容"]
        seen: set[tuple] = set()
        while len(seen) < rows:
            day = DEMO_TODAY - dt.timedelta(days=rnd.randrange(3650))
            key = (day, rnd.choice(branches), rnd.choice(MEETING_KINDS))
            if key not in seen:
                seen.add(key)
                yield [*key, rnd.choice(people), "、".join(rnd.sample(people, 6)), "",
                       f"学习记录{len(seen)}"]
    return one_sheet(path, "三会一课登记", lines())


def case_logs(depot: Path, scratch: Path, runs: int, rows: int = 2000) -> list[Result]:
    from db import clock
    from db.models import Branch, Member, WorkArea
    from db.spreadsheet import commit_import, preview_import, read_workbook
    from db.store import Store

    clock.today = lambda: DEMO_TODAY  # the data's own today (the bench runs in its own process)
    times: dict[str, list[float]] = {}
    for run in range(runs):
        with Store.open(copy_of(depot, scratch, f"logs-{run}")):
            members = Member.select().where(~Member.deleted, Member.status == "active")
            cadres = sorted({m.name for m in members if m.is_cadre})
            # names that are one person each, so that every row of the register is clean
            names = [m.name for m in members]
            unique = sorted(n for n in set(names) if names.count(n) == 1)
            areas = sorted(a.name for a in WorkArea.select().where(~WorkArea.deleted))
            branches = sorted(b.name for b in Branch.select().where(~Branch.deleted))
            files = {"visits": visit_log(scratch / f"log-{run}.xlsx", rows, cadres, areas),
                     "meetings": meetings_register(scratch / f"register-{run}.xlsx", rows,
                                                   branches, unique)}
            for kind, path in files.items():
                for step in ("first", "again"):  # the file, then the same file again
                    started = time.perf_counter()
                    book = read_workbook(path)
                    preview = preview_import(book)
                    assert not preview.problems, [str(p) for p in preview.problems[:3]]
                    counts = commit_import(book).counts()
                    assert counts["create"] + counts["skip"] == rows
                    times.setdefault(f"{kind} {step}", []).append(time.perf_counter() - started)
            started = time.perf_counter()
            calamine_read(files["visits"])
            times.setdefault("read", []).append(time.perf_counter() - started)
    base = statistics.median(times["read"])
    return [result(f"hand-kept log of {rows:,} visits into the depot (read, preview, commit)",
                   statistics.median(times["visits first"]), base, "< 1 s", max_seconds=1),
            result("the same log again (every row found, skipped)",
                   statistics.median(times["visits again"]), base, "< 1 s", max_seconds=1),
            result(f"a register of {rows:,} meetings typed in after the fact, into the depot",
                   statistics.median(times["meetings first"]), base, "< 1 s", max_seconds=1),
            result("the same register again", statistics.median(times["meetings again"]), base,
                   "< 1 s", max_seconds=1)]


CASES = {"logs": (case_logs, 3)}
