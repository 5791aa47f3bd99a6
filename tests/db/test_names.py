"""db.names.matches: the exact name first, then the whole pinyin or initials, then a part."""
from __future__ import annotations

import datetime as dt

from db import pinyin
from db.names import Named, matches, member_label


def named(name: str, label: str | None = None) -> Named:
    full, initials = pinyin.keys(name)
    return Named(name, name, label or name, (*full.split(), *initials.split()))


ROWS = [named("张三"), named("张三丰"), named("李四"), named("曾伟")]


def names(found: list[Named]) -> list[str]:
    return [r.id for r in found]


def test_the_exact_name_wins_over_a_longer_one_holding_it():
    assert names(matches("张三", ROWS)) == ["张三"]
    assert names(matches(" 张三丰 ", ROWS)) == ["张三丰"]


def test_whole_initials_or_full_pinyin_win_over_a_part_of_them():
    assert names(matches("zs", ROWS)) == ["张三"]  # zsf holds zs: the whole one wins
    assert names(matches("ZhangSan", ROWS)) == ["张三"]
    assert names(matches("ＺＳＦ", ROWS)) == ["张三丰"]  # full-width letters, as an IME types
    assert names(matches("zw", ROWS)) == ["曾伟"] == names(matches("cw", ROWS))  # every reading


def test_a_part_finds_every_row_holding_it():
    assert names(matches("张", ROWS)) == ["张三", "张三丰"]
    assert names(matches("四", ROWS)) == ["李四"]
    assert names(matches("zha", ROWS)) == ["张三", "张三丰"]
    assert matches("王", ROWS) == [] and matches("  ", ROWS) == []


def test_namesakes_are_both_found_and_each_by_its_label():
    one, two = (named("张三", member_label("张三", dt.date(y, 1, 31))) for y in (1980, 1990))
    rows = [one, two, named("李四")]
    assert matches("张三", rows) == [one, two]
    assert matches("张三(1990-01-31)", rows) == [two]


def test_a_name_written_loosely_finds_the_one_it_means_before_any_part():
    rows = [named("第一党支部"), named("第二党支部"), named("东站工区"), named("东站线路工区")]
    assert names(matches("第1支部", rows)) == ["第一党支部"]
    assert names(matches("二支部", rows)) == ["第二党支部"]
    assert names(matches("东站", rows)) == ["东站工区"]  # not both that hold 东站
    assert names(matches("东站线路", rows)) == ["东站线路工区"]
