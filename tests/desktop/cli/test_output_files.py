"""The one rule for every file a command writes (desktop.cli.common.output_file), command by
command: an existing file is left as it is unless --overwrite is given; a folder that does not
exist is named, not made."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db import clock
from desktop.cli.entry import main
from tests.desktop.cli.read_only import read_only
from tests.desktop.cli.test_full_disk import WRITERS, planned
from tests.desktop.cli.test_mistakes import TODAY, demo_folder, state  # noqa: F401 (fixture)
from tests.desktop.full_disk import full_disk

# The writers that have a default name (report and packet without --out write here).
DEFAULT_NAMED = [["report", "--month", "2024-05"], ["packet", "--area", "{area}"]]
EXISTS = {"en": "{path} already exists and was left as it is. Give another name, or add "
                "--overwrite to replace it.",
          "zh_CN": "{path} 已经存在，没有改动它。请换一个文件名，或加上 --overwrite 替换它。"}


NO_FOLDER = {"en": "The folder {folder} does not exist, so {path} was not written. Check the "
                   "name, or make the folder first.",
             "zh_CN": "文件夹 {folder} 不存在，{path} 没有写出。请检查名称，或先建好这个文件夹。"}


@pytest.fixture
def folder(demo_folder, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.chdir(tmp_path)
    copy = tmp_path / "data"
    shutil.copytree(demo_folder, copy)
    return copy


def _line(argv, out, folder) -> tuple[list[str], str]:
    """The command line with its places filled in, and the file it writes."""
    area, cadre = planned(folder)
    line = [a.replace("{out}", str(out)).replace("{area}", area).replace("{cadre}", cadre)
            for a in argv]
    for option in ("--out", "--ics"):
        if option in line:
            return line, line[line.index(option) + 1]
    return line, line[-1]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("argv", WRITERS, ids=[" ".join(a[:2]) for a in WRITERS])
def test_an_existing_file_is_left_as_it_is_without_overwrite(folder, tmp_path, capsys, argv,
                                                             lang):
    out = tmp_path / "out"
    out.mkdir()
    line, target = _line(argv, out, folder)
    Path(target).write_bytes(b"the user's own file")
    before = state(folder)
    code = main(["--data-dir", str(folder), "--lang", lang, *line])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err == f"branch-desk: {EXISTS[lang].format(path=target)}\n"
    assert Path(target).read_bytes() == b"the user's own file"
    assert sorted(p.name for p in out.iterdir()) == [target.rsplit("/", 1)[1]]
    assert state(folder) == before


@pytest.mark.parametrize("argv", WRITERS, ids=[" ".join(a[:2]) for a in WRITERS])
def test_overwrite_replaces_it(folder, tmp_path, capsys, argv):
    out = tmp_path / "out"
    out.mkdir()
    line, target = _line(argv, out, folder)
    Path(target).write_bytes(b"an old copy")
    assert main(["--data-dir", str(folder), "--lang", "en", *line, "--overwrite"]) == 0, \
        capsys.readouterr().err
    assert Path(target).read_bytes() != b"an old copy"
    assert sorted(p.name for p in out.iterdir()) == [target.rsplit("/", 1)[1]]


@pytest.mark.parametrize("argv", DEFAULT_NAMED, ids=[a[0] for a in DEFAULT_NAMED])
def test_a_default_name_is_not_written_over_either(folder, tmp_path, capsys, argv):
    line, _target = _line(argv, tmp_path, folder)
    assert main(["--data-dir", str(folder), "--lang", "en", *line]) == 0
    name = capsys.readouterr().out.strip()
    (tmp_path / name).write_bytes(b"last month's copy, signed")
    assert main(["--data-dir", str(folder), "--lang", "en", *line]) == 2
    assert capsys.readouterr().err.startswith(f"branch-desk: {name} already exists")
    assert (tmp_path / name).read_bytes() == b"last month's copy, signed"
    assert main(["--data-dir", str(folder), "--lang", "en", *line, "--overwrite"]) == 0
    assert (tmp_path / name).read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("argv", WRITERS, ids=[" ".join(a[:2]) for a in WRITERS])
def test_a_folder_that_does_not_exist_is_named_not_made(folder, tmp_path, capsys, argv, lang):
    """A typo in the folder (报表 for 报告) made new folders and put the file where nobody looks."""
    out = tmp_path / "typo" / "deeper"
    line, target = _line(argv, out, folder)
    before = state(folder)
    code = main(["--data-dir", str(folder), "--lang", lang, *line])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err == f"branch-desk: {NO_FOLDER[lang].format(folder=out, path=target)}\n"
    assert not (tmp_path / "typo").exists()
    assert state(folder) == before


CANNOT_WRITE = ("Cannot write to {path}: it is read-only or you lack permission. Choose another "
                "place or ask for access.")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("argv", WRITERS, ids=[" ".join(a[:2]) for a in WRITERS])
def test_a_read_only_folder_is_one_line_and_nothing_is_left(folder, tmp_path, capsys, argv,
                                                           lang):
    """A write-protected stick (EROFS as root, no write permission otherwise)."""
    from desktop.i18n import Translations

    out = tmp_path / "stick"
    out.mkdir()
    (out / "notes.txt").write_text("on the stick before")
    line, target = _line(argv, out, folder)
    before = state(folder)
    with read_only(out):
        code = main(["--data-dir", str(folder), "--lang", lang, *line])
    captured = capsys.readouterr()
    expected = Translations(lang).tr("db", CANNOT_WRITE).format(path=target)
    assert code == 2 and captured.out == ""
    assert captured.err == f"branch-desk: {expected}\n"
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    assert state(folder) == before


@pytest.mark.parametrize("argv", WRITERS, ids=[" ".join(a[:2]) for a in WRITERS])
def test_overwrite_on_a_full_disk_keeps_the_old_file_whole(folder, tmp_path, capsys, argv):
    """The new copy does not fit: the old one stays as it was, nothing half-written beside it."""
    line, target = _line(argv, tmp_path / "full", folder)
    name = target.rsplit("/", 1)[1]
    old = b"the copy made last month" * 100
    with full_disk(tmp_path / "full",
                   before_filling=lambda mount: (mount / name).write_bytes(old)) as full:
        code = main(["--data-dir", str(folder), "--lang", "en", *line, "--overwrite"])
        err = capsys.readouterr().err
        assert code == 2 and err == (f"branch-desk: The disk is full ({target}). Free some space "
                                     "or choose another place, then try again.\n")
        assert sorted(p.name for p in full.iterdir()) == sorted(["filler", name])
        assert (full / name).read_bytes() == old
