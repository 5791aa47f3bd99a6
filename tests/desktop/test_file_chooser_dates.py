"""The file chooser's dates in the session's language, on a machine set to C or English. Qt's
file chooser writes them with the system's locale (QLocale.system(), read once, at start, from
LC_TIME), not the default locale the translations set: the window showed “5 3 2026 08:00” in
a Chinese session although Qt's default locale was Chinese. Each case is a fresh process,
started as the command line starts the window (its messages' translators first)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import datetime as dt, os, sys, time
from PySide6.QtWidgets import QFileSystemModel
from desktop.app import create_application
from desktop.cli.entry import main
try:
    main(["--lang", sys.argv[2], "--data-dir", sys.argv[1], "--help"])  # the command line first
except SystemExit:
    pass
app = create_application(lang=sys.argv[2])
model = QFileSystemModel()
root = model.setRootPath(sys.argv[1])
deadline = time.monotonic() + 20
while not model.rowCount(root) and time.monotonic() < deadline:
    app.processEvents()
print("DATE", model.data(model.index(0, 3, root)), flush=True)
os._exit(0)  # (PySide's teardown of a live model can crash at exit)
"""


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there Qt asks the system")
@pytest.mark.parametrize(("lang", "environment", "shown"), [
    ("zh_CN", {"LANG": "C.UTF-8"}, "2026/3/5 08:00"),
    ("zh_CN", {"LANG": "en_US.UTF-8"}, "2026/3/5 08:00"),
    ("en", {"LANG": "zh_CN.UTF-8"}, "3/5/26 8:00\u202fAM"),
])
def test_file_chooser_dates_follow_the_session(tmp_path, lang, environment, shown):
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "roster.xlsx").write_bytes(b"x")
    stamp = 1772697600  # 2026-03-05 08:00 in UTC
    os.utime(folder / "roster.xlsx", (stamp, stamp))
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANG"}
    env.update(environment, TZ="UTC", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PROBE, str(folder), lang], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == f"DATE {shown}"
