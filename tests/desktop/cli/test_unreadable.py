"""A file given to a command that this user may not read: one line saying so, not that the file is
damaged, not a workbook or key, or a place one cannot write to; nothing changed.

Root reads everything, so as root the command runs as `nobody` (setpriv) in a folder it may use.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.desktop.cli.test_mistakes import demo_folder, state  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[3]
NOBODY = 65534
COMMANDS = [["import", "{file}.xlsx", "--yes"], ["sync", "import", "{file}.bdsync"],
            ["restore", "{file}.sqlite3"], ["sync", "join", "{file}.bdkey"]]


@pytest.fixture
def place(demo_folder):  # noqa: F811
    """A folder with the data folder and, beside it, files only root may read."""
    folder = Path(tempfile.mkdtemp(prefix="branch-desk-unreadable-"))
    try:
        shutil.copytree(demo_folder, folder / "data")
        for suffix in (".xlsx", ".bdsync", ".sqlite3", ".bdkey"):
            (folder / f"secret{suffix}").write_bytes(b"whatever it holds")
            (folder / f"secret{suffix}").chmod(0o600 if os.geteuid() == 0 else 0)
        if os.geteuid() == 0:
            folder.chmod(0o755)
            for path in (folder / "data", *(folder / "data").rglob("*")):
                os.chown(path, NOBODY, NOBODY)
        yield folder
    finally:
        for path in folder.glob("secret*"):
            path.chmod(0o600)
        shutil.rmtree(folder)


def _run(argv: list[str]) -> tuple[int, str]:
    command = [sys.executable, "-m", "desktop", *argv]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root without setpriv: no unprivileged user to run as")
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                   *command]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tempfile.gettempdir()}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    return done.returncode, done.stderr


@pytest.mark.parametrize("argv", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_a_file_one_may_not_read_is_said_so(place, argv):
    before = state(place / "data")
    secret = place / "secret"
    line = [a.replace("{file}", str(secret)) for a in argv]
    for lang, expected in (("en", "You have no permission to read {path}."),
                           ("zh_CN", "没有读取 {path} 的权限。")):
        code, err = _run(["--data-dir", str(place / "data"), "--lang", lang, *line])
        path = next(a for a in line if a.startswith(str(secret)))
        assert code == 2, err
        assert err.count("\n") == 1, err
        assert err.startswith(f"branch-desk: {expected.format(path=path)}"), err
    assert state(place / "data") == before
