"""Keeping the translation catalogues complete: one `.ts` (and its compiled `.qm`) per language.

    python tools/translations.py update              # collect strings from db/ and desktop/
    python tools/translations.py missing [--lang L]  # JSON of strings without a translation
    python tools/translations.py add FILE.json       # {"ctx": {"English": "译文"}}, then compile
    python tools/translations.py compile             # .ts -> .qm
    python tools/translations.py merge-driver BASE OURS THEIRS   # git merge driver (see below)

Strings are found by Qt's own pyside6-lupdate (tr(), QCoreApplication.translate, QT_TRANSLATE_NOOP)
and compiled by pyside6-lrelease. Catalogues are written without source locations and with sorted
messages, so two changes that add strings touch the file only where they add them.

Two branches that both add strings still meet in the same file; `merge-driver` joins both sides'
messages (a translation on either side wins over none). Set it up once per clone:

    git config merge.branch-desk-ts.driver "python3 tools/translations.py merge-driver %O %A %B"

and recompile afterwards (.gitattributes keeps our .qm during a merge; the freshness test in
tests/resources/test_translations.py fails until `compile` has run).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_DIRS = ("db", "desktop")
LANGUAGES = ("zh_CN",)  # English is the source language

Catalogue = dict[str, dict[str, str | None]]  # context -> {source: translation or None}


def catalogue_path(lang: str) -> Path:
    return TRANSLATIONS / f"branch_desk_{lang}.ts"


def _tool(name: str) -> str:
    return shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")


def _sources() -> list[str]:
    return [str(p) for d in SOURCE_DIRS for p in sorted((ROOT / d).rglob("*.py"))]


def lupdate(ts: Path, *, keep_obsolete: bool = False) -> None:
    args = [_tool("lupdate"), "-silent", "-locations", "none", "-sort-messages"]
    if not keep_obsolete:
        args.append("-no-obsolete")
    subprocess.run([*args, *_sources(), "-ts", str(ts)], check=True, capture_output=True)


def extract() -> dict[str, set[str]]:
    """Every translatable (context -> sources) in the code."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        lupdate(ts)
        return {ctx: set(messages) for ctx, messages in read_ts(ts).items()}


def read_ts(path: Path) -> Catalogue:
    out: Catalogue = {}
    for context in ET.parse(path).getroot().iter("context"):
        bucket = out.setdefault(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished")
            bucket[source] = tr.text if done and tr is not None and tr.text else None
    return out


def write_ts(path: Path, lang: str, messages: Catalogue) -> None:
    """The catalogue in lupdate's own layout (sorted, no locations), so `update` keeps it as is."""
    root = ET.Element("TS", version="2.1", language=lang)
    for ctx in sorted(messages):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for source in sorted(messages[ctx]):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            text = messages[ctx][source]
            translation = ET.SubElement(message, "translation")
            if text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    "utf-8")


def missing(lang: str = "zh_CN") -> dict[str, list[str]]:
    have = read_ts(catalogue_path(lang))
    out: dict[str, list[str]] = {}
    for ctx, sources in sorted(extract().items()):
        lacking = sorted(s for s in sources if not have.get(ctx, {}).get(s))
        if lacking:
            out[ctx] = lacking
    return out


def unused(lang: str = "zh_CN") -> list[tuple[str, str]]:
    wanted = extract()
    return [(ctx, source) for ctx, messages in read_ts(catalogue_path(lang)).items()
            for source in messages if source not in wanted.get(ctx, set())]


def update(lang: str = "zh_CN") -> Path:
    """Add the code's new strings (unfinished) to the catalogue and drop the ones no code asks
    for; then keep lupdate's output in this module's layout."""
    path = catalogue_path(lang)
    wanted = extract()
    current = read_ts(path) if path.exists() else {}
    merged: Catalogue = {ctx: {s: current.get(ctx, {}).get(s) for s in sources}
                         for ctx, sources in wanted.items()}
    write_ts(path, lang, merged)
    return path


def add(additions: dict[str, dict[str, str]], lang: str = "zh_CN") -> Path:
    path = catalogue_path(lang)
    current = read_ts(path) if path.exists() else {}
    for ctx, messages in additions.items():
        current.setdefault(ctx, {}).update(messages)
    write_ts(path, lang, current)
    compile_all()
    return path


def merge(base: Path, ours: Path, theirs: Path) -> None:
    """Both sides' messages into `ours`; a translation beats none; a message one side removed
    (present in the base, gone on that side) stays removed."""
    old, a, b = (read_ts(p) if p.exists() and p.stat().st_size else {}
                 for p in (base, ours, theirs))
    out: Catalogue = {}
    for ctx in set(a) | set(b):
        for source in set(a.get(ctx, {})) | set(b.get(ctx, {})):
            in_a, in_b = source in a.get(ctx, {}), source in b.get(ctx, {})
            in_base = source in old.get(ctx, {})
            if in_base and not (in_a and in_b):
                continue  # removed on one side
            text = a.get(ctx, {}).get(source) or b.get(ctx, {}).get(source)
            out.setdefault(ctx, {})[source] = text
    lang = ET.parse(ours).getroot().get("language", "zh_CN") if ours.exists() else "zh_CN"
    write_ts(ours, lang, out)


def compile_one(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def compile_all() -> None:
    for lang in LANGUAGES:
        ts = catalogue_path(lang)
        compile_one(ts, ts.with_suffix(".qm"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/translations.py")
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("missing", "update"):
        sub.add_parser(name).add_argument("--lang", default="zh_CN")
    p = sub.add_parser("add")
    p.add_argument("file", type=Path)
    p.add_argument("--lang", default="zh_CN")
    sub.add_parser("compile")
    p = sub.add_parser("merge-driver")
    for name in ("base", "ours", "theirs"):
        p.add_argument(name, type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "missing":
        print(json.dumps(missing(args.lang), ensure_ascii=False, indent=1))
    elif args.cmd == "update":
        print(update(args.lang))
    elif args.cmd == "add":
        print(add(json.loads(args.file.read_text("utf-8")), args.lang))
    elif args.cmd == "merge-driver":
        merge(args.base, args.ours, args.theirs)
    else:
        compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
