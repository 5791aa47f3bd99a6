"""`sync import` says which work area it renamed and why: the office and a laptop each added
北岭工区 between two exchanges; the one made later (the laptop's) is 北岭工区 (2) on both, and each
machine's import says so, in either language (the counts alone said "1 new" and "1 updated")."""
from __future__ import annotations

import pytest

from db import records, workareas
from db.store import Store
from desktop.cli.entry import main


def _run(capsys, lang, *argv) -> str:
    code = main(["--lang", lang, *map(str, argv)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def pair(tmp_path, capsys):
    office, laptop, usb = tmp_path / "office", tmp_path / "laptop", tmp_path / "usb"
    usb.mkdir()
    for folder, name in ((office, "office"), (laptop, "laptop")):
        with Store.open(folder) as store:
            store.folder.rename_device(name)
    _run(capsys, "en", "--data-dir", office, "sync", "key", "--out", usb / "k.bdkey")
    _run(capsys, "en", "--data-dir", laptop, "sync", "join", usb / "k.bdkey")
    _run(capsys, "en", "--data-dir", office, "sync", "export", "--out", usb / "first.bdsync")
    _run(capsys, "en", "--data-dir", laptop, "sync", "import", usb / "first.bdsync")
    for folder in (office, laptop):  # the office's first, then the laptop's: made later
        with Store.open(folder):
            records.create(workareas.KIND, {"name": "北岭工区"})
    return office, laptop, usb


LATER = {
    "en": "work area “北岭工区” was made on two machines: the one made later, on laptop, is now "
          "“北岭工区 (2)” on both; rename it, or move its records to “北岭工区” and delete it",
    "zh_CN": "两台电脑都新建了工区“北岭工区”：后建的那个（在 laptop 上建的）现在在两台电脑上都叫"
             "“北岭工区 (2)”；请给它改个名，或把它的记录移到“北岭工区”后删除它",
}
WOULD = {
    "en": "work area “北岭工区” was made on two machines: the one made later, on laptop, would "
          "become “北岭工区 (2)” on both",
    "zh_CN": "两台电脑都新建了工区“北岭工区”：后建的那个（在 laptop 上建的）将在两台电脑上都改叫"
             "“北岭工区 (2)”",
}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_machine_says_which_area_it_renamed(pair, capsys, lang):
    office, laptop, usb = pair
    # the laptop's package reaches the office first: the office renames the arriving area
    _run(capsys, lang, "--data-dir", laptop, "sync", "export", "--out", usb / "l.bdsync")
    assert WOULD[lang] in _run(capsys, lang, "--data-dir", office, "sync", "import",
                               usb / "l.bdsync", "--dry-run").splitlines()
    assert LATER[lang] in _run(capsys, lang, "--data-dir", office, "sync", "import",
                               usb / "l.bdsync").splitlines()
    # the office's package renames the laptop's own area, alike, and the laptop says so too
    _run(capsys, lang, "--data-dir", office, "sync", "export", "--out", usb / "o.bdsync")
    assert LATER[lang] in _run(capsys, lang, "--data-dir", laptop, "sync", "import",
                               usb / "o.bdsync").splitlines()
    # a third exchange renames nothing and says nothing of it
    out = _run(capsys, lang, "--data-dir", laptop, "sync", "import", usb / "o.bdsync")
    assert "北岭工区" not in out
    with Store.open(laptop):
        from db.models import WorkArea

        assert sorted(a.name for a in WorkArea.select()) == ["北岭工区", "北岭工区 (2)"]
