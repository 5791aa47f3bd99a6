"""The house rules a newcomer relies on, read from the source: no import circle among the modules
of db/ and desktop/ (imports inside functions and under TYPE_CHECKING count: a circle hidden by a
local import is still a circle of the design), no private name imported from another module,
and no module over 400 lines."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOPS = ("db", "desktop")
MAX_LINES = 400


def modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of db/ and desktop/."""
    found = {}
    for top in TOPS:
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def imports(name: str, path: Path) -> list[tuple[str, list[str], int]]:
    """Every import in the file, anywhere in it: (absolute module, names taken from it, line)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")
                up = up[:len(up) - (node.level - 1)] if node.level > 1 else up
                base = ".".join(up + ([base] if base else []))
            found.append((base, [alias.name for alias in node.names], node.lineno))
    return found


def graph(mods: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the project modules it imports (a package's module counts as itself when
    `from package import module` names one)."""

    def resolve(target: str) -> str | None:
        while target and target not in mods:
            target = target.rpartition(".")[0]
        return target or None

    edges: dict[str, set[str]] = {m: set() for m in mods}
    for name, path in mods.items():
        for base, names, _line in imports(name, path):
            for target in [base] + [f"{base}.{n}" for n in names]:
                hit = resolve(target)
                # A package's own __init__ names it; its modules importing it is not a cycle of
                # theirs only if they take a submodule, which resolve() already picked.
                if hit and hit != name and not (
                        path.name != "__init__.py" and name.startswith(hit + ".")
                        and target == hit):
                    edges[name].add(hit)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_cycle_finder_sees_a_circle_through_a_local_import():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_in_db_or_desktop():
    mods = modules()
    assert "db.demo.build" in mods and "desktop.cli.entry" in mods
    edges = graph(mods)
    assert "db.demo.rows" in edges["db.demo.people"]        # the graph is the real one
    assert cycles(edges) == []


def test_no_private_name_imported_across_modules():
    mods = modules()
    offences = []
    for name, path in mods.items():
        for base, names, line in imports(name, path):
            if base.split(".")[0] not in TOPS:
                continue
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            private += [part for part in base.split(".") if part.startswith("_")
                        and not part.startswith("__")]
            if private:
                offences.append(f"{path.relative_to(ROOT)}:{line} {base} {private}")
    assert offences == []


def test_no_module_over_400_lines():
    long = {str(path.relative_to(ROOT)): n for path in modules().values()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
