"""Every user-facing string has a Chinese translation in the one catalogue, and its .qm is fresh."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from resources import TRANSLATIONS
from tools import translations


def test_one_catalogue_per_language():
    assert sorted(p.name for p in TRANSLATIONS.glob("*.ts")) == [
        f"branch_desk_{lang}.ts" for lang in translations.LANGUAGES]


def test_every_string_is_translated_to_chinese():
    assert translations.missing("zh_CN") == {}


def test_every_translation_is_asked_for():
    assert translations.unused("zh_CN") == []


def test_compiled_catalogue_matches_its_source():
    for lang in translations.LANGUAGES:
        ts = translations.catalogue_path(lang)
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.qm"
            translations.compile_one(ts, fresh)
            committed = ts.with_suffix(".qm")
            assert committed.exists(), f"{committed.name} is missing: run translations.py compile"
            assert committed.read_bytes() == fresh.read_bytes(), (
                f"{committed.name} is stale: run python tools/translations.py compile")


def test_translations_keep_placeholders():
    """A translated message must keep every {placeholder} and %1 of its source."""
    pattern = re.compile(r"\{\w+\}|%\d")
    for lang in translations.LANGUAGES:
        for context, messages in translations.read_ts(translations.catalogue_path(lang)).items():
            for source, text in messages.items():
                assert sorted(pattern.findall(source)) == sorted(pattern.findall(text or "")), (
                    context, source)


# Chinese an English message may hold: the program's own name, and the header words a sheet
# must carry (a person types them into the workbook as they are).
CHINESE_IN_ENGLISH = {"党总支工作台", "姓名", "出生日期", "工区名称", "走访日期", "参加干部"}


def test_english_messages_have_no_chinese_words():
    """The English window speaks English: “Responsible cadres (包保)”, “Own 包保 areas” and
    “private visits (谈心谈话)” were English messages (their Chinese is in the translation)."""
    han = re.compile(r"[\u3400-\u9fff]+")
    found = [(context, source) for context, messages in
             translations.read_ts(translations.catalogue_path("zh_CN")).items()
             for source in messages if set(han.findall(source)) - CHINESE_IN_ENGLISH]
    assert found == []


def test_merge_driver_joins_both_sides(tmp_path):
    """Two branches adding strings to the catalogue merge without a conflict; a string one side
    removed stays removed; a translation beats an unfinished entry."""
    base, ours, theirs = (tmp_path / n for n in ("base.ts", "ours.ts", "theirs.ts"))
    translations.write_ts(base, "zh_CN", {"c": {"Kept": "保留", "Dropped": "删"}})
    translations.write_ts(ours, "zh_CN", {"c": {"Kept": "保留", "Ours": "我方", "Late": None}})
    translations.write_ts(theirs, "zh_CN", {"c": {"Kept": "保留", "Dropped": "删",
                                                   "Theirs": "他方", "Late": "迟"}})
    translations.merge(base, ours, theirs)
    assert translations.read_ts(ours) == {"c": {"Kept": "保留", "Ours": "我方", "Theirs": "他方",
                                                "Late": "迟"}}
