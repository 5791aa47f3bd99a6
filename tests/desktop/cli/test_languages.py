"""One language per session: every command's output in Chinese has no English words, and in
English no Chinese but the data (names, descriptions, sheet names); `--lang` anywhere."""
from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest

from db import clock
from db.datafolder import DB_FILE_NAME
from db.models import SYNC_MODELS
from db.store import Store
from desktop.cli.entry import main

TODAY = dt.date(2024, 6, 15)

# Every command, as a person would run it; {out} is a scratch folder, {copy} a backup file.
COMMANDS = [
    ["check"],
    ["backup"],
    ["backup", "--out", "{out}/copy2.sqlite3"],
    ["restore", "{copy}"],
    ["demo"],
    ["screenshot", "--page", "dashboard", "--out", "{out}/shot.png", "--size", "400x300"],
    ["concerns", "--month", "2024-05"],
    ["concerns", "--month", "2024-05", "--overdue"],
    ["coverage", "--month", "2024-05"],
    ["coverage", "--from", "2024-05-01", "--to", "2024-05-15"],
    ["report", "--month", "2024-05", "--out", "{out}/may.pdf"],
    ["export", "{out}/all.xlsx"],
    ["export", "--template", "{out}/template.xlsx"],
    ["import", "{out}/roster.xlsx", "--yes"],
    ["sync", "export", "--out", "{out}/mine.bdsync"],
    ["sync", "import", "{out}/p.bdsync"],
    ["sync", "conflicts"],
    ["sync", "history"],
    ["plan", "--month", "2024-05"],
    ["plan", "--month", "2024-07", "--fill"],
    ["packet", "--area", "{area}", "--out", "{out}/packet.pdf"],
    ["plan", "--month", "2024-06", "--ics", "{out}/plan.ics"],
    ["meetings", "--quarter", "2024-Q2"],
    ["meetings", "--year", "2024", "--branch", "第一"],
    ["sync", "key", "--out", "{out}/k.bdkey"],
]

# Words that are the same in a Chinese sentence: option names, formats, file names and the
# like are removed before looking (paths, dates, --options, ids); these few stay as they are.
AREA = "石门坎桥隧工区"  # one of the demo's work areas
ROSTER_SHEET = "花名册"  # the user's workbook: its sheet name and headers are data too
ROSTER = (["姓名", "性别", "出生日期", "所在工区"], ["新来的", "男", "1990-01-02", "新工区"])
TECHNICAL = {"wal", "ok", "png", "pdf", "xlsx", "sqlite", "bdsync", "s",
             "sync", "join", "bdkey"}  # (a command line to type: "branch-desk sync join FILE")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    saved, clock.today = clock.today, lambda: TODAY
    try:
        with Store.open(folder):
            from db import demo

            demo.build("small", seed=1)
            from db.sync import exchange_key

            exchange_key()  # the office PC's exchange key, shared by the folder's copies
    finally:
        clock.today = saved
    return folder


def _data_strings(folder) -> list[str]:
    """The text a person wrote (every value with Chinese in it), the device's name and the
    workbook's sheet names: data, not the program's words. Stored codes such as `in_progress`
    are not data here: printing one is the mistake this test is for."""
    from db.spreadsheet.layout import EXPORT_ORDER

    values = {spec.title for spec in EXPORT_ORDER} | {ROSTER_SHEET, *ROSTER[0]}
    with Store.open(folder, read_only=True) as store:
        values.add(store.device.name)
        for model in SYNC_MODELS:
            for row in model.select().dicts():  # names, descriptions (not stored codes)
                values.update(v for v in row.values() if isinstance(v, str) and CJK.search(v))
    return sorted(values, key=len, reverse=True)


def chinese_not_in_data(text: str, data: list[str]) -> list[str]:
    """Runs of Chinese in `text` that are no part of a data value (a table may cut a name)."""
    runs = re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", re.sub(r"\S*/\S*", " ", text))
    return [run for run in runs if not any(run in value for value in data)]


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


def english_words(text: str, data: list[str]) -> set[str]:
    """Latin words in `text` that are not in a path, an option, an id or the data (a cut
    description still has its data's words)."""
    text = re.sub(r"\S*/\S*", " ", text)  # paths
    text = re.sub(r"--[\w-]+|\b[0-9a-f]{8}-[0-9a-f-]{27}\b", " ", text)  # options, ids
    return _words(text) - TECHNICAL - set().union(*map(_words, data))


def _run(capsys, argv, lang, folder, out):
    if argv[0] == "demo":  # demo data goes into an empty folder
        folder = out / "fresh"
    code = main(["--data-dir", str(folder), *_place_lang(argv, lang, out)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _place_lang(argv, lang, out) -> list[str]:
    """The command with `--lang` after it (or after its action), as a person may type it."""
    line = [a.replace("{out}", str(out)).replace("{copy}", str(out / "copy.sqlite3"))
            .replace("{area}", AREA) for a in argv]
    at = 2 if line[0] == "sync" else 1
    return [*line[:at], "--lang", lang, *line[at:]]


@pytest.fixture
def session(demo_folder, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(folder / DB_FILE_NAME, out / "copy.sqlite3")
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = ROSTER_SHEET
    for row in ROSTER:
        book.active.append(row)
    book.save(out / "roster.xlsx")
    other = tmp_path / "other"  # another machine of the same general branch, with a change
    shutil.copytree(demo_folder, other)
    (other / "device.json").unlink()
    with Store.open(other):
        from db import records, workareas

        records.create(workareas.KIND, {"name": "另一台电脑的工区"})
    assert main(["--data-dir", str(other), "sync", "export", "--out", str(out / "p.bdsync")]) == 0
    capsys.readouterr()
    return folder, out


@pytest.mark.parametrize("argv", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_chinese_output_has_no_english_words(session, capsys, argv):
    folder, out = session
    code, text = _run(capsys, argv, "zh_CN", folder, out)
    assert code == 0, text
    assert english_words(text, _data_strings(folder)) == set(), text


@pytest.mark.parametrize("argv", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_english_output_has_no_chinese_but_the_data(session, capsys, argv):
    folder, out = session
    code, text = _run(capsys, argv, "en", folder, out)
    assert code == 0, text
    assert chinese_not_in_data(text, _data_strings(folder)) == [], text


def test_lang_is_taken_before_or_after_the_command(session, capsys):
    folder, _out = session
    for line in (["--lang", "en", "coverage", "--month", "2024-05"],
                 ["coverage", "--lang", "en", "--month", "2024-05"],
                 ["coverage", "--month", "2024-05", "--lang=en"]):
        assert main(["--data-dir", str(folder), *line]) == 0
        assert capsys.readouterr().out.startswith("Coverage 2024-05-01 – 2024-05-31")
    assert main(["--data-dir", str(folder), "coverage", "--month", "2024-05"]) == 0
    assert capsys.readouterr().out.startswith("走访覆盖 2024-05-01 至 2024-05-31")


def _parsers(parser):
    """The parser and every subcommand's parser, depth first."""
    import argparse

    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _parsers(child)


def test_every_help_text_reads_in_chinese(capsys):
    from desktop.cli.entry import build_parser
    from desktop.i18n import Translations

    translate = Translations("zh_CN").tr
    untranslated = []
    for parser in _parsers(build_parser()):
        texts = [parser.description] + [a.help for a in parser._actions]
        texts += [c.help for a in parser._actions for c in getattr(a, "_choices_actions", [])]
        untranslated += [t for t in texts if t and not CJK.search(translate("cli", t))
                         and translate("argparse", t) == t]
    assert untranslated == []
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    help_text = capsys.readouterr().out
    assert help_text.startswith("用法：branch-desk report") and "写到哪里" in help_text


def test_english_help_has_no_chinese(capsys):
    """The window's Chinese name, 谈心谈话 and 走访准备单 were glossed in the English help."""
    from desktop.cli.arguments import use_language
    from desktop.cli.entry import build_parser
    from desktop.i18n import Translations

    use_language(Translations("en").tr)
    try:
        found = {parser.prog: CJK.findall(parser.format_help())
                 for parser in _parsers(build_parser())}
    finally:
        use_language(Translations("zh_CN").tr)
    assert {prog: runs for prog, runs in found.items() if runs} == {}


def test_the_import_preview_names_what_each_sheet_holds_in_english(session, capsys):
    """The template's sheet of 包保 rows was called "包保 duties" in English."""
    from db.spreadsheet.layout import EXPORT_ORDER

    folder, out = session
    assert main(["--data-dir", str(folder), "export", "--template", str(out / "t.xlsx")]) == 0
    capsys.readouterr()
    code, text = _run(capsys, ["import", "{out}/t.xlsx", "--yes"], "en", folder, out)
    headers = [c.header for spec in EXPORT_ORDER for c in spec.columns]
    assert code == 0 and "Sheet “包保”: Responsibilities," in text
    assert chinese_not_in_data(text, [*_data_strings(folder), *headers]) == [], text


def test_english_columns_and_refusals_about_own_areas_have_no_chinese(session, capsys):
    """"Own 包保 areas" headed the per-cadre table (and the report's); "responsible (包保)"
    refused a responsibility."""
    import io

    from pypdf import PdfReader

    from db import assignments, records
    from db.errors import ValidationError
    from db.models import Member, WorkArea
    from desktop.i18n import Translations, error_text

    folder, out = session
    code, text = _run(capsys, ["coverage", "--month", "2024-05"], "en", folder, out)
    heads = [line for line in text.splitlines() if line.startswith(("Work area", "Cadre"))]
    assert code == 0 and len(heads) == 2 and "Own areas" in heads[1]
    assert not CJK.search("".join(heads)), heads
    code, _text = _run(capsys, ["report", "--month", "2024-05", "--out", "{out}/en.pdf"], "en",
                       folder, out)
    pages = PdfReader(io.BytesIO((out / "en.pdf").read_bytes())).pages
    assert code == 0 and "To own areas" in "".join(p.extract_text() for p in pages)
    with Store.open(folder):
        worker = Member.select().where(~Member.is_cadre).first()
        with pytest.raises(ValidationError) as refused:
            records.create(assignments.RESPONSIBILITY, {
                "member": worker.id, "work_area": WorkArea.select().first().id,
                "start_on": "2024-01-01"})
    assert error_text(refused.value, Translations("en").tr) == (
        "Only a cadre can be responsible for a work area.")
