"""Keeping translations complete: find untranslated strings, add translations, compile .qm files.

    python -m desktop.translation_tool missing [--lang zh_CN]      # JSON of strings lacking one
    python -m desktop.translation_tool add TOPIC FILE.json [--lang zh_CN]
        FILE.json: {"context": {"English source": "译文", ...}, ...}; written to
        resources/translations/TOPIC_<lang>.ts, then every .qm is compiled
    python -m desktop.translation_tool compile
    python -m desktop.translation_tool prune       # drop unused and repeated translations

Strings are found by pyside6-lupdate in db/ and desktop/ (tr(), QCoreApplication.translate,
QT_TRANSLATE_NOOP). tests/desktop/test_i18n.py fails when one lacks a translation or a .qm is stale.
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

from resources import TRANSLATIONS

SOURCE_ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("db", "desktop")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def extract() -> dict[str, set[str]]:
    """Every translatable (context → sources) in the code."""
    files = [str(p) for d in SOURCE_DIRS for p in sorted((SOURCE_ROOT / d).rglob("*.py"))]
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        subprocess.run([_tool("lupdate"), "-silent", *files, "-ts", str(ts)], check=True,
                       capture_output=True)
        return {ctx: set(messages) for ctx, messages in read_ts(ts).items()}


def read_ts(path: Path) -> dict[str, dict[str, str | None]]:
    """context → {source: translation, or None when unfinished}."""
    out: dict[str, dict[str, str | None]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        bucket = out.setdefault(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished")
            bucket[source] = tr.text if done and tr.text else None
    return out


def known(lang: str) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for ts in sorted(TRANSLATIONS.glob(f"*_{lang}.ts")):
        for ctx, messages in read_ts(ts).items():
            for source, text in messages.items():
                if text:
                    merged.setdefault(ctx, {})[source] = text
    return merged


def missing(lang: str = "zh_CN") -> dict[str, list[str]]:
    have = known(lang)
    out: dict[str, list[str]] = {}
    for ctx, sources in sorted(extract().items()):
        lacking = sorted(s for s in sources if s not in have.get(ctx, {}))
        if lacking:
            out[ctx] = lacking
    return out


def write_ts(path: Path, lang: str, messages: dict[str, dict[str, str]]) -> None:
    root = ET.Element("TS", version="2.1", language=lang)
    for ctx in sorted(messages):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for source in sorted(messages[ctx]):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = messages[ctx][source]
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    "utf-8")


def add(topic: str, additions: dict[str, dict[str, str]], lang: str = "zh_CN") -> Path:
    path = TRANSLATIONS / f"{topic}_{lang}.ts"
    current = {ctx: {s: t for s, t in m.items() if t} for ctx, m in read_ts(path).items()} \
        if path.exists() else {}
    for ctx, messages in additions.items():
        current.setdefault(ctx, {}).update(messages)
    write_ts(path, lang, current)
    compile_all()
    return path


def duplicates(lang: str = "zh_CN") -> list[tuple[str, str, list[str]]]:
    """(context, source, [files]) for every message translated in more than one topic file."""
    where: dict[tuple[str, str], list[str]] = {}
    for ts in sorted(TRANSLATIONS.glob(f"*_{lang}.ts")):
        for ctx, messages in read_ts(ts).items():
            for source in messages:
                where.setdefault((ctx, source), []).append(ts.name)
    return [(ctx, source, files) for (ctx, source), files in where.items() if len(files) > 1]


def unused(lang: str = "zh_CN") -> list[tuple[str, str, str]]:
    """(file, context, source) of translations no code asks for any more."""
    wanted = extract()
    return [(ts.name, ctx, source)
            for ts in sorted(TRANSLATIONS.glob(f"*_{lang}.ts"))
            for ctx, messages in read_ts(ts).items()
            for source in messages if source not in wanted.get(ctx, set())]


def prune(lang: str = "zh_CN") -> None:
    """Drop unused translations, and repeats of a message already in an earlier topic file."""
    wanted, kept = extract(), set()
    for ts in sorted(TRANSLATIONS.glob(f"*_{lang}.ts")):
        messages: dict[str, dict[str, str]] = {}
        for ctx, items in read_ts(ts).items():
            for source, text in items.items():
                if text and source in wanted.get(ctx, set()) and (ctx, source) not in kept:
                    kept.add((ctx, source))
                    messages.setdefault(ctx, {})[source] = text
        write_ts(ts, lang, messages)
    compile_all()


def compile_one(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def compile_all() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        compile_one(ts, ts.with_suffix(".qm"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.translation_tool")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("missing")
    p.add_argument("--lang", default="zh_CN")
    p = sub.add_parser("add")
    p.add_argument("topic")
    p.add_argument("file", type=Path)
    p.add_argument("--lang", default="zh_CN")
    sub.add_parser("compile")
    sub.add_parser("prune")
    args = parser.parse_args(argv)
    if args.cmd == "missing":
        print(json.dumps(missing(args.lang), ensure_ascii=False, indent=1))
    elif args.cmd == "add":
        print(add(args.topic, json.loads(args.file.read_text("utf-8")), args.lang))
    elif args.cmd == "prune":
        prune()
    else:
        compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
