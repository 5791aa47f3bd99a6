"""Benchmark (not a test): import a 2,000-row member roster; prints the median of 5 runs.

    PYTHONPATH=$PWD /work/venv/bin/python tests/perf/bench_spreadsheet_import.py [ROWS]

Each run imports the roster into a fresh, empty data folder (commit only, and preview + commit
as the CLI does). The target from issue 8: under 3 s for 2,000 rows.
"""
from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from db.spreadsheet import commit_import, preview_import, read_workbook
from db.store import Store

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌玉兰海峰辉亮"


def roster(path: Path, rows: int, seed: int = 1) -> Path:
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
        sheet.append([i + 1, name, rnd.choice("男男男女"), "汉族", birth, rnd.choice(("大专", "本科")),
                      f"{joined.year}.{joined.month:02d}", (joined + dt.timedelta(days=366))
                      .strftime("%Y年%m月%d日"), f"第{rnd.randrange(1, 9)}党支部",
                      f"{rnd.choice('东西南北')}{rnd.randrange(1, 61)}工区",
                      f"13{rnd.randrange(10**9):09d}"])
    book.save(path)
    return path


def timed(path: Path, with_preview: bool) -> float:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "data")
        try:
            started = time.perf_counter()
            book = read_workbook(path)
            if with_preview:
                preview_import(book)
            result = commit_import(book)
            elapsed = time.perf_counter() - started
            assert result.committed
            return elapsed
        finally:
            store.close()


def main(rows: int = 2000, runs: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = roster(Path(tmp) / "roster.xlsx", rows)
        for with_preview in (False, True):
            times = [timed(path, with_preview) for _ in range(runs)]
            label = "read + preview + commit" if with_preview else "read + commit"
            print(f"{rows} rows, {label}: median {statistics.median(times):.2f} s "
                  f"(runs: {', '.join(f'{t:.2f}' for t in times)})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
