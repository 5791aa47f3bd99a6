"""`branch-desk sync ...`: the same exchange functions from the command line."""
from __future__ import annotations

import json

from db import records, workareas
from db.store import Store
from desktop.cli.entry import main


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["--lang", "en", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def _edit_area(folder, area_id, changes):
    with Store.open(folder):
        records.edit(workareas.KIND, area_id, changes)


def test_export_import_conflicts_and_resolve(tmp_path, capsys):
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    with Store.open(office):
        area = records.create(workareas.KIND, {"name": "东站工区"}).id
    package = tmp_path / "usb" / "office.bdsync"
    package.parent.mkdir()
    code, out, _ = _run(capsys, "--data-dir", office, "sync", "export", "--out", package)
    assert code == 0 and package.exists() and "2 rows" in out
    code, _out, err = _run(capsys, "--data-dir", laptop, "sync", "import", package)
    assert code == 2 and "has not joined" in err  # no key yet: nothing is read
    key = tmp_path / "usb" / "branch.bdkey"
    code, out, _ = _run(capsys, "--data-dir", office, "sync", "key", "--out", key)
    assert code == 0 and "sync join" in out
    code, out, _ = _run(capsys, "--data-dir", laptop, "sync", "join", key)
    assert code == 0 and "joined the exchange" in out
    code, out, _ = _run(capsys, "--data-dir", laptop, "sync", "import", package, "--dry-run")
    assert code == 0 and "would import" in out and "2 new" in out and "nothing was changed" in out
    code, out, _ = _run(capsys, "--data-dir", laptop, "sync", "import", package)
    assert code == 0 and "2 new" in out and "joined the general branch" in out

    _edit_area(office, area, {"headcount": 3})
    _edit_area(laptop, area, {"headcount": 4})
    back = tmp_path / "usb" / "laptop.bdsync"
    _run(capsys, "--data-dir", laptop, "sync", "export", "--out", back, "--for", "office-pc")
    code, out, _ = _run(capsys, "--data-dir", office, "sync", "import", back)
    assert code == 0 and "1 in conflict" in out  # ("1 conflicts" before)

    code, out, _ = _run(capsys, "--data-dir", office, "sync", "conflicts", "--json")
    [conflict] = json.loads(out)
    assert conflict["table"] == "work_area" and conflict["title"] == "东站工区"
    assert {conflict["local"]["values"]["headcount"],
            conflict["incoming"]["values"]["headcount"]} == {3, 4}
    code, out, _ = _run(capsys, "--data-dir", office, "sync", "conflicts")
    assert "Workers (all, not only members): here (" in out and "“3”" in out and "“4”" in out
    assert "Work area “东站工区”" in out  # db.table_names.ROW_NAMES
    code, out, _ = _run(capsys, "--data-dir", office, "sync", "resolve", conflict["id"],
                        "--choose", "incoming")
    assert code == 0
    code, out, _ = _run(capsys, "--data-dir", office, "sync", "conflicts", "--json")
    assert json.loads(out) == []
    code, out, _ = _run(capsys, "--data-dir", office, "sync", "history")
    assert "import" in out and "export" in out


def test_refusals_exit_non_zero_with_the_reason_on_stderr(tmp_path, capsys):
    bad = tmp_path / "photo.bdsync"
    bad.write_bytes(b"\x89PNG not a package")
    code, out, err = _run(capsys, "--data-dir", tmp_path / "d", "sync", "import", bad)
    assert code == 2 and out == ""
    assert "not a Branch Desk exchange package" in err and "Traceback" not in err


def test_resolving_an_unknown_conflict_is_refused(tmp_path, capsys):
    code, _out, err = _run(capsys, "--data-dir", tmp_path / "d", "sync", "resolve", "nope",
                           "--choose", "local")
    assert code == 2 and "already resolved or does not exist" in err


def test_a_passphrase_protects_the_key_file(tmp_path, capsys, monkeypatch):
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    key = tmp_path / "branch.bdkey"
    monkeypatch.setenv("BRANCH_DESK_PASSPHRASE", "东站 2024")
    assert _run(capsys, "--data-dir", office, "sync", "key", "--out", key, "--passphrase")[0] == 0
    assert "key" not in json.loads(key.read_text("utf-8"))  # only the protected form
    monkeypatch.setenv("BRANCH_DESK_PASSPHRASE", "wrong")
    code, _out, err = _run(capsys, "--data-dir", laptop, "sync", "join", key)
    assert code == 2 and "does not open" in err
    monkeypatch.setenv("BRANCH_DESK_PASSPHRASE", "东站 2024")
    assert _run(capsys, "--data-dir", laptop, "sync", "join", key)[0] == 0


def test_a_package_of_one_row_says_so_in_the_singular(tmp_path, capsys):
    """A new database holds its general branch's settings alone: it said "1 rows"."""
    package = tmp_path / "one.bdsync"
    code, out, _ = _run(capsys, "--data-dir", tmp_path / "new", "sync", "export", "--out",
                        package)
    assert (code, out) == (0, f"wrote {package}: 1 row, everything\n")
    code, out, _ = _run(capsys, "--data-dir", tmp_path / "new", "--lang", "zh_CN", "sync",
                        "export", "--out", tmp_path / "2.bdsync")
    assert (code, out) == (0, f"已写出 {tmp_path / '2.bdsync'}：1 行，全部数据\n")
