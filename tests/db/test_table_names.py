"""Every synced table has one human name, in English and in Chinese, used by window and CLI."""
from __future__ import annotations

import re

import pytest

from db.models import SYNC_MODELS
from db.table_names import TABLE_NAMES, table_name

TABLES = [m._meta.table_name for m in SYNC_MODELS]


@pytest.mark.parametrize("table", TABLES)
def test_every_synced_table_has_a_name(table):
    assert table in TABLE_NAMES, f"add {table!r} to db/table_names.py TABLE_NAMES"
    assert table_name(table) != table


def test_no_name_for_a_table_that_is_not_synced():
    assert sorted(TABLE_NAMES) == sorted(TABLES)


def test_a_table_without_a_name_shows_its_stored_name():
    assert table_name("not_a_table") == "not_a_table"


@pytest.mark.parametrize("table", TABLES)
def test_the_name_reads_in_both_languages(table):
    from desktop.i18n import Translations, table_label

    english = table_label(table, Translations("en").tr)
    chinese = table_label(table, Translations("zh_CN").tr)
    assert english == TABLE_NAMES[table] and re.fullmatch(r"[A-Za-z][A-Za-z -]*", english)
    assert chinese != english and not re.search(r"[A-Za-z]", chinese), chinese


def test_names_are_distinct_in_each_language():
    from desktop.i18n import Translations, table_label

    for lang in ("en", "zh_CN"):
        names = [table_label(t, Translations(lang).tr) for t in TABLES]
        assert len(set(names)) == len(names), lang
