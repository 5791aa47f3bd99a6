"""db/ is the Qt-free layer: importing every module of it loads neither PySide6 nor desktop."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import importlib, pkgutil, sys
import db
for info in pkgutil.iter_modules(db.__path__):
    importlib.import_module(f"db.{info.name}")
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "desktop"))
print(",".join(bad))
"""


def test_db_imports_neither_qt_nor_desktop():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
