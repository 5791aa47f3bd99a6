"""Pinyin keys: every reading of a polyphonic character, the likely one first; the per-character
table reads a name exactly as pypinyin reads it whole."""
from __future__ import annotations

import itertools

from db import pinyin


def whole_name(name: str) -> tuple[str, str]:
    """The keys as pypinyin gives them for the whole name (the path before the table)."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin import pinyin as readings

    likely = tuple(s.lower().replace(" ", "") for s in
                   lazy_pinyin(name, style=Style.NORMAL, errors="default"))
    options = [[r.lower().replace(" ", "") for r in found if r] or [""]
               for found in readings(name, style=Style.NORMAL, heteronym=True, errors="default")]
    combos = [likely] if len(likely) == len(options) else []
    for combo in itertools.islice(itertools.product(*options), pinyin.MAX_READINGS):
        if combo not in combos:
            combos.append(combo)
    fulls = dict.fromkeys("".join(c) for c in combos)
    initials = dict.fromkeys("".join(s[0] for s in c if s) for c in combos)
    return " ".join(fulls), " ".join(initials)


def test_polyphonic_characters_keep_every_reading():
    assert pinyin.keys("曾伟") == ("cengwei zengwei", "cw zw")
    assert pinyin.keys("单丽") == ("danli chanli shanli", "dl cl sl")
    assert pinyin.keys("长岭") == ("zhangling changling", "zl cl")
    assert {"cl", "zl", "changling"} <= pinyin.variants("长岭")
    assert pinyin.keys("张三") == ("zhangsan", "zs")


def test_a_word_of_the_phrase_dictionary_is_read_as_that_word():
    assert pinyin.keys("重庆") == ("chongqing", "cq")
    assert pinyin.keys("单位") == ("danwei", "dw")


def test_the_table_reads_names_as_pypinyin_does():
    chars = "王李张刘陈杨曾单长解朴查仇区覃盖乐重朝行藏伟芳娜敏静丽强国华建海峰玉兰文红"
    names = ["".join(p) for n in (1, 2, 3) for p in itertools.permutations(chars[:14], n)]
    names += ["欧阳修", "张 三", "Li Ming", "张A", "王建国", "〇", "李ü", ""]
    for name in names:
        assert pinyin.keys(name) == whole_name(name), name


def test_the_tables_hold_what_pypinyin_gives():
    """resources/pinyin/ is what tools/pinyin_tables.py makes from the installed pypinyin (run
    it after an upgrade of pypinyin, and commit the tables)."""
    from resources import PINYIN_CHARS, PINYIN_PHRASES
    from tools.pinyin_tables import tables

    chars, phrases = tables()
    assert PINYIN_CHARS.read_text("utf-8") == chars
    assert PINYIN_PHRASES.read_text("utf-8") == phrases


def test_a_first_name_is_keyed_without_loading_pypinyin():
    """Importing pypinyin and reading its first name took 0.44 s, on the window's thread at the
    first save of a session; the tables load in a few hundredths of a second."""
    import subprocess
    import sys
    from pathlib import Path

    probe = ("import sys; from db import pinyin; print(pinyin.keys('曾伟'), "
             "'pypinyin' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=60, check=True)
    assert done.stdout.strip() == "('cengwei zengwei', 'cw zw') False"
