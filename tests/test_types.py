"""Type hints that hold: mypy passes over db/ and desktop/ at the strictness pyproject.toml keeps
([tool.mypy]), and every public function of every module of db/ and desktop/ has annotations
for its parameters and its return."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Packages held to mypy's disallow_untyped_defs (private functions too), and never skipped.
STRICT_PACKAGES = ("db.concerns", "db.coverage")

# Every module of db/ and desktop/ (packages at any depth): each public function, and each public
# method of a public class, is annotated (issue 12's sweep is complete; a new module joins by
# existing).
ANNOTATED = tuple(str(p.relative_to(ROOT)) for tree in ("db", "desktop")
                  for p in sorted((ROOT / tree).rglob("*.py")))


def unannotated(path: Path) -> list[str]:
    """`file:line name [what lacks a hint]` for each public function lacking one."""
    found = []

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                visit(node.body, f"{prefix}{node.name}.")
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                if node.name.startswith("_") and node.name != "__init__":
                    continue
                args = node.args
                params = [*args.posonlyargs, *args.args, *args.kwonlyargs,
                          *(a for a in (args.vararg, args.kwarg) if a)]
                lacking = [p.arg for p in params
                           if p.annotation is None and p.arg not in ("self", "cls")]
                lacking += ["return"] if node.returns is None else []
                if lacking:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {prefix}{node.name} "
                                 f"{lacking}")

    visit(ast.parse(path.read_text(encoding="utf-8")).body, "")
    return found


def test_the_finder_sees_a_missing_hint(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("def f(a: int, b) -> int: ...\ndef _g(x): ...\n"
                      "class C:\n    def m(self, x: int): ...\n", "utf-8")
    copy = ROOT / "tests" / ".annotation_probe.py"
    copy.write_text(source.read_text("utf-8"), "utf-8")
    try:
        assert [line.split(" ", 1)[1] for line in unannotated(copy)] == [
            "f ['b']", "C.m ['return']"]
    finally:
        copy.unlink()


def test_public_functions_are_annotated():
    missing = [line for name in ANNOTATED for line in unannotated(ROOT / name)]
    assert missing == []


def test_mypy_passes():
    env = {**os.environ, "MYPY_FORCE_COLOR": "0"}
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def test_strict_packages_stay_strict():
    overrides = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mypy"][
        "overrides"]
    for package in STRICT_PACKAGES:
        pattern = f"{package}.*"
        held = [o for o in overrides if pattern in o["module"]]
        assert any(o.get("disallow_untyped_defs") for o in held), package
        assert not any(o.get("ignore_errors") for o in held), package


def test_the_rule_reaches_every_module():
    """The glob sees the ground floor, nested packages and desktop/ alike (the modules that were
    the last to be annotated among them)."""
    assert {"db/journal.py", "db/spreadsheet/cells.py", "db/demo/meetings.py",
            "desktop/cli/entry.py", "desktop/pages/__init__.py"} <= set(ANNOTATED)
    assert len(ANNOTATED) == len(list(ROOT.glob("db/**/*.py"))) + len(
        list(ROOT.glob("desktop/**/*.py")))
