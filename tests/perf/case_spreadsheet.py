"""Benchmark case: spreadsheet import."""
from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path

from tests.perf.common import (
    Result,
    median_of,
    result,
)

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


def calamine_read(path: Path) -> None:
    """The baseline: python-calamine (the reader the import uses) reads every cell."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    book.close()


def _written(path: Path, folder: Path) -> list[tuple[type, list[dict]]]:
    """What the import of `path` writes, table by table: the rows' values as the writes take
    them (ids included), read back from an import into `folder`."""
    from db.models import Assignment, Branch, Member, WorkArea
    from db.spreadsheet import commit_import
    from db.store import Store

    tables = []
    with Store.open(folder):
        commit_import(path)
        for model in (Branch, WorkArea, Member, Assignment):
            names = {"id", *(f.name for f in model._meta.sorted_fields
                             if f.name in model.content_fields())}
            tables.append((model, [{k: v for k, v in row.__data__.items() if k in names}
                                   for row in model.select()]))
    return tables


def floor_run(path: Path, tables: list[tuple[type, list[dict]]], folder: Path) -> float:
    """The least any import of `path` does: the file read, then its rows written through the
    one write path (stamped, audited, one transaction), with no row converted or checked."""
    from db import records
    from db.models import database
    from db.store import Store

    copies = [(model, [dict(values) for values in rows]) for model, rows in tables]
    with Store.open(folder):
        started = time.perf_counter()
        calamine_read(path)
        with database.atomic():
            for model, rows in copies:
                records.insert_many(model, rows)
        return time.perf_counter() - started


def case_spreadsheet(_depot: Path, scratch: Path, runs: int, rows: int = 2000) -> list[Result]:
    from db.spreadsheet import commit_import, preview_import, read_workbook
    from db.store import Store

    path = roster(scratch / "roster.xlsx", rows)
    tables = _written(path, scratch / "written")
    ours, base, floor = [], [], []
    for run in range(runs):  # the three alternate, so a change of load falls on all of them
        with Store.open(scratch / f"sheet-{run}"):  # each import into a fresh, empty folder
            started = time.perf_counter()
            book = read_workbook(path)
            preview_import(book)  # as the CLI and the window do: preview, then commit
            assert commit_import(book).committed
            ours.append(time.perf_counter() - started)
        base.append(median_of(lambda: calamine_read(path), 1))
        floor.append(floor_run(path, tables, scratch / f"floor-{run}"))
    again = []
    for run in range(runs):  # the same roster again, as a monthly update: every row unchanged
        with Store.open(scratch / f"sheet-{run}"):
            started = time.perf_counter()
            book = read_workbook(path)
            preview_import(book, existing="update")
            assert commit_import(book, existing="update").counts()["unchanged"] == rows
            again.append(time.perf_counter() - started)
    written = sum(len(values) for _model, values in tables)
    return [result(f"xlsx import of {rows:,} members", statistics.median(ours),
                   statistics.median(base), "ratio ≤ 4", max_ratio=4),
            result(f"its floor: the read, then its {written:,} rows written unchecked",
                   statistics.median(floor), statistics.median(base), "— (no import is faster)"),
            result(f"the same roster again, updating ({rows:,} unchanged)",
                   statistics.median(again), statistics.median(base), "< 1 s", max_seconds=1)]


CASES = {"spreadsheet": (case_spreadsheet, 3)}
