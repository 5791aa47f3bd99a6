"""Work areas, cadres and branches named on the command line as the window's pickers find them:
the exact name, else the whole pinyin or initials, else a unique part; several are listed in
one line, in the session's language."""
from __future__ import annotations

import shutil

import pytest

from db import clock, members, records
from db.store import Store
from desktop.cli.entry import main
from tests.desktop.cli.test_mistakes import TODAY, demo_folder, state  # noqa: F401 (fixture)

# The small demo's work areas include 石门坎桥隧工区, 鹰嘴岩道口工区 and 鹰嘴岩站线路工区; its
# cadres 朱德鹏, 任晓斌 and 王晓军; its branches 第一党支部 to 第三党支部.


@pytest.fixture
def folder(demo_folder, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.chdir(tmp_path)
    copy = tmp_path / "data"
    shutil.copytree(demo_folder, copy)
    return copy


def run(capsys, folder, *argv, lang="en") -> tuple[int, str, str]:
    code = main(["--data-dir", str(folder), "--lang", lang, *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("given", ["石门坎桥隧工区", "石门坎", "smkqsgq", "smk", "SMK",
                                   "shimenkan"])
def test_packet_area_by_a_part_or_its_pinyin(folder, tmp_path, capsys, given):
    code, out, err = run(capsys, folder, "packet", "--area", given)
    assert (code, err) == (0, "")
    assert out.strip() == "石门坎桥隧工区.pdf"
    assert (tmp_path / "石门坎桥隧工区.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("lang, expected", [
    ("en", "branch-desk: “鹰嘴岩” fits 2 work areas: 鹰嘴岩道口工区、鹰嘴岩站线路工区. Give one of "
           "them as it is listed.\n"),
    ("zh_CN", "branch-desk: “鹰嘴岩”对应 2 个工区：鹰嘴岩道口工区、鹰嘴岩站线路工区。请按列出的写法"
              "给出其中一个。\n")])
def test_an_ambiguous_area_lists_the_candidates_in_one_line(folder, tmp_path, capsys, lang,
                                                           expected):
    before = state(folder)
    code, out, err = run(capsys, folder, "packet", "--area", "鹰嘴岩", lang=lang)
    if lang == "en":  # the names are data; the separator is the session's (、 in Chinese)
        expected = expected.replace("、", ", ")
    assert (code, out, err) == (2, "", expected)
    assert state(folder) == before and not list(tmp_path.glob("*.pdf"))


def test_many_candidates_are_cut_short_in_the_line(folder, capsys):
    code, _out, err = run(capsys, folder, "packet", "--area", "工区")
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("branch-desk: “工区” fits 12 work areas: ") and "…. Give one" in err
    assert err.count(", ") == 9  # ten named


def test_cadre_by_initials_for_a_packet_and_a_calendar(folder, tmp_path, capsys):
    with Store.open(folder, read_only=True):
        from db import names

        zhu = next(c for c in names.cadres() if c.name == "朱德鹏")
    code, out, err = run(capsys, folder, "plan", "--month", "2024-06", "--ics",
                         str(tmp_path / "zdp.ics"), "--cadre", "zdp")
    assert (code, err) == (0, "") and "written to" in out
    assert main(["--data-dir", str(folder), "plan", "--month", "2024-06", "--json"]) == 0
    import json

    planned = [e for e in json.loads(capsys.readouterr().out)["entries"]
               if e["cadre"] == zhu.name and e["state"] != "dropped"]
    assert (tmp_path / "zdp.ics").read_bytes().count(b"BEGIN:VEVENT") == len(planned)
    assert planned
    code, out, err = run(capsys, folder, "packet", "--month", "2024-06", "--cadre", "朱")
    assert (code, err) == (0, "") and out.strip() == "朱德鹏-2024-06.pdf"  # the cadre's name


@pytest.mark.parametrize("lang, expected", [
    ("en", "branch-desk: “晓” fits 2 cadres: 任晓斌, 王晓军. Give one of them as it is listed.\n"),
    ("zh_CN", "branch-desk: “晓”对应 2 名干部：任晓斌、王晓军。请按列出的写法给出其中一个。\n")])
def test_an_ambiguous_cadre_is_listed(folder, capsys, lang, expected):
    code, out, err = run(capsys, folder, "plan", "--month", "2024-06", "--ics", "x.ics",
                         "--cadre", "晓", lang=lang)
    assert (code, out, err) == (2, "", expected)


def test_namesakes_are_listed_with_their_birth_dates_and_picked_by_them(folder, tmp_path,
                                                                         capsys):
    with Store.open(folder):
        for born in ("1975-03-02", "1982-11-20"):
            records.create(members.KIND, {"name": "王伟", "is_cadre": True, "birth_date": born})
    code, _out, err = run(capsys, folder, "plan", "--month", "2024-06", "--ics", "x.ics",
                          "--cadre", "王伟")
    assert code == 2 and err == ("branch-desk: “王伟” fits 2 cadres: 王伟(1975-03-02), "
                                 "王伟(1982-11-20). Give one of them as it is listed.\n")
    code, out, err = run(capsys, folder, "plan", "--month", "2024-06", "--ics",
                         str(tmp_path / "x.ics"), "--cadre", "王伟(1982-11-20)")
    assert (code, err) == (0, "") and out.startswith("0 events written")


def test_meetings_branch_by_a_part_or_initials(folder, capsys):
    code, whole, err = run(capsys, folder, "meetings", "--year", "2024", "--branch", "第二党支部",
                           "--json")
    assert (code, err) == (0, "")
    for given in ("第二", "dedzb", "dierdangzhibu", "dier"):
        code, out, err = run(capsys, folder, "meetings", "--year", "2024", "--branch", given,
                             "--json")
        assert (code, err, out) == (0, "", whole)
    code, _out, err = run(capsys, folder, "meetings", "--year", "2024", "--branch", "支部")
    assert code == 2 and err.startswith("branch-desk: “支部” fits 3 branches: 第一党支部, ")


def test_a_packet_of_an_area_with_a_slash_in_its_name_is_one_file_here(folder, tmp_path,
                                                                      capsys):
    """Its default name was taken for a folder (东站/西站工区.pdf: the folder 东站)."""
    from db import workareas

    with Store.open(folder):
        records.create(workareas.KIND, {"name": "东站/西站工区"})
    code, out, err = run(capsys, folder, "packet", "--area", "东站/西站工区")
    assert (code, err, out) == (0, "", "东站西站工区.pdf\n")
    assert (tmp_path / "东站西站工区.pdf").read_bytes().startswith(b"%PDF")
