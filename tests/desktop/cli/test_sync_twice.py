"""`sync import` of a package already imported says nothing new was merged, and `sync history`
marks that import as already merged (in either language)."""
from __future__ import annotations

from db import records, workareas
from db.store import Store
from desktop.cli.entry import main


def _run(capsys, lang, *argv) -> tuple[int, str, str]:
    code = main(["--lang", lang, *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_importing_twice(tmp_path, capsys):
    office, laptop, usb = tmp_path / "office", tmp_path / "laptop", tmp_path / "usb"
    usb.mkdir()
    with Store.open(office) as store:
        records.create(workareas.KIND, {"name": "东站工区"})
        source = store.device.name
    package, key = usb / "office.bdsync", usb / "branch.bdkey"
    assert _run(capsys, "en", "--data-dir", office, "sync", "key", "--out", key)[0] == 0
    assert _run(capsys, "en", "--data-dir", laptop, "sync", "join", key)[0] == 0
    assert _run(capsys, "en", "--data-dir", office, "sync", "export", "--out", package)[0] == 0
    code, out, _ = _run(capsys, "en", "--data-dir", laptop, "sync", "import", package)
    assert code == 0 and "2 new" in out and "nothing new" not in out

    code, out, _ = _run(capsys, "en", "--data-dir", laptop, "sync", "import", package)
    assert code == 0
    assert out.splitlines() == [f"nothing new in {package} from {source}: everything in it "
                                "was already merged here"]
    code, out, _ = _run(capsys, "en", "--data-dir", laptop, "sync", "import", package,
                        "--dry-run")
    assert code == 0 and out.splitlines() == [
        f"nothing new in {package} from {source}: everything in it is already merged here",
        "nothing was changed (--dry-run)"]

    code, out, _ = _run(capsys, "en", "--data-dir", laptop, "sync", "history")
    newest, first = out.splitlines()
    assert f"  import, already merged  {source}  unchanged 2" in newest
    assert f"  import  {source}  new 2" in first
    code, out, _ = _run(capsys, "zh_CN", "--data-dir", laptop, "sync", "history")
    newest, first = out.splitlines()
    assert "导入（已合并过）" in newest and "已合并过" not in first
    code, out, _ = _run(capsys, "zh_CN", "--data-dir", laptop, "sync", "import", package)
    assert out.splitlines() == [f"{package}（来自 {source}）没有新内容：其中的记录此前都已合并"
                                "到本机"]
