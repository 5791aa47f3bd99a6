"""Every synced table has one human name, and one for a record of it, in English and in Chinese,
used by the window and the command line alike."""
from __future__ import annotations

import re

import pytest

from db.models import SYNC_MODELS
from db.table_names import ROW_NAMES, TABLE_NAMES, row_name, table_name

TABLES = [m._meta.table_name for m in SYNC_MODELS]


@pytest.mark.parametrize("table", TABLES)
def test_every_synced_table_has_its_names(table):
    assert table in TABLE_NAMES, f"add {table!r} to TABLE_NAMES in db/table_names.py"
    assert table in ROW_NAMES, f"add {table!r} to ROW_NAMES in db/table_names.py"
    assert table_name(table) != table and row_name(table) != table


def test_no_name_for_a_table_that_is_not_synced():
    assert sorted(TABLE_NAMES) == sorted(TABLES) == sorted(ROW_NAMES)


def test_a_table_without_a_name_shows_its_stored_name():
    assert table_name("not_a_table") == row_name("not_a_table") == "not_a_table"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_names_read_in_each_language_and_differ(lang):
    from desktop.i18n import Translations, row_label, table_label

    translate = Translations(lang).tr
    for label, names in ((table_label, TABLE_NAMES), (row_label, ROW_NAMES)):
        shown = [label(table, translate) for table in TABLES]
        assert len(set(shown)) == len(shown), shown
        for table, text in zip(TABLES, shown, strict=True):
            if lang == "en":
                assert text == names[table] and re.fullmatch(r"[A-Za-z][A-Za-z -]*", text)
            else:
                assert not re.search(r"[A-Za-z]", text), (table, text)


def test_the_cli_and_the_window_use_the_same_names(tmp_path):
    import argparse

    from desktop.cli.maintenance import row_name as cli_row_name
    from desktop.cli.maintenance import table_name as cli_table_name
    from desktop.i18n import Translations, row_label, table_label

    args = argparse.Namespace(lang="zh_CN", translate=Translations("zh_CN").tr)
    assert cli_table_name(args, "make_up") == table_label("make_up", args.translate) == "补课"
    assert cli_row_name(args, "meeting") == row_label("meeting", args.translate) == "会议"
