"""Every user-facing string has a Chinese translation, and the compiled .qm files are fresh."""
from __future__ import annotations

import tempfile
from pathlib import Path

from desktop import translation_tool
from resources import TRANSLATIONS


def test_every_string_is_translated_to_chinese():
    assert translation_tool.missing("zh_CN") == {}


def test_compiled_translations_match_their_sources():
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    assert sources, "no translation sources found"
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sources:
            fresh = Path(tmp) / ts.with_suffix(".qm").name
            translation_tool.compile_one(ts, fresh)
            committed = ts.with_suffix(".qm")
            assert committed.exists(), f"{committed.name} is missing: run translation_tool compile"
            assert committed.read_bytes() == fresh.read_bytes(), (
                f"{committed.name} is stale: run python -m desktop.translation_tool compile")


def test_translations_keep_placeholders():
    """A translated message must keep every {placeholder} and %1 of its source."""
    import re

    pattern = re.compile(r"\{\w+\}|%\d")
    for ts in TRANSLATIONS.glob("*_zh_CN.ts"):
        for context, messages in translation_tool.read_ts(ts).items():
            for source, text in messages.items():
                assert sorted(pattern.findall(source)) == sorted(pattern.findall(text or "")), (
                    ts.name, context, source)


def test_each_message_is_translated_once_and_every_translation_is_used():
    """Two topic files translating one message could disagree (the window would show whichever
    loads first); a translation nothing asks for is clutter. `translation_tool prune` fixes both."""
    assert translation_tool.duplicates("zh_CN") == []
    assert translation_tool.unused("zh_CN") == []
