"""What every subcommand shares: the list of command modules, the data folder they work on, the
session's language for what they print, and the checks of the files they are given.

Output: a command prints through `say(args, template, **params)` (or builds a line with
`text(...)`); templates are English, marked `QT_TRANSLATE_NOOP("cli", ...)` where they are
written, and translated into the session's language (`--lang`, anywhere on the line).

Files: every file a command writes is checked by `output_file` before any work (and again by
`ready_to_write` just before writing): its folder must exist, an existing file is replaced only
with the command's `--overwrite` (`add_overwrite`). Names: `area_named`, `cadre_named` and
`branch_named` find the record a person means as the window's pickers do (db.names).
"""
from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from db.names import Named
    from db.store import Store

DEMO_FOLDER_NAME = "demo"
CONTEXT = "cli"

MODULES = ["maintenance", "demo", "screenshot", "concerns", "coverage", "report", "sync", "sheets",
           "plan", "packet", "meetings"]

NO_SUCH_FILE = QT_TRANSLATE_NOOP("db", "{path} does not exist. Check the name and folder.")
IS_A_FOLDER = QT_TRANSLATE_NOOP("db", "{path} is a folder. Give a file name.")
NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "db", "A part of {path} is a file, not a folder. Choose another place.")
WRONG_SUFFIX = QT_TRANSLATE_NOOP(
    "db", "{path} does not end in {suffix}: this command writes a {suffix} file. Give a name "
          "ending in {suffix}.")
CANNOT_WRITE_HERE = QT_TRANSLATE_NOOP(
    "db", "Cannot write to {path}: it is read-only or you lack permission. "
      "Choose another place or ask for access.")
NO_SUCH_FOLDER = QT_TRANSLATE_NOOP(
    "db", "The folder {folder} does not exist, so {path} was not written. Check the name, or "
          "make the folder first.")
ALREADY_THERE = QT_TRANSLATE_NOOP(
    "db", "{path} already exists and was left as it is. Give another name, or add --overwrite "
          "to replace it.")

NO_AREA = QT_TRANSLATE_NOOP("db", "No work area is named “{name}”.")
NO_CADRE = QT_TRANSLATE_NOOP("db", "No cadre is named “{name}”.")
MANY_AREAS = QT_TRANSLATE_NOOP(
    "db", "“{name}” fits {count} work areas: {names}. Give one of them as it is listed.")
MANY_CADRES = QT_TRANSLATE_NOOP(
    "db", "“{name}” fits {count} cadres: {names}. Give one of them as it is listed.")
MANY_BRANCHES = QT_TRANSLATE_NOOP(
    "db", "“{name}” fits {count} branches: {names}. Give one of them as it is listed.")
NAME_SEPARATOR = QT_TRANSLATE_NOOP("db", ", ")
MAX_LISTED = 10  # candidates named in the one line; more are "…"


class Subcommands(Protocol):
    """What a command module's `register(sub)` is given: argparse's subparsers action."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser: ...


def data_dir(args: argparse.Namespace) -> Path:
    from db.datafolder import default_data_dir  # not needed before the window's first paint

    folder = args.data_dir or default_data_dir()
    return folder / DEMO_FOLDER_NAME if args.demo else folder


@contextmanager
def opened_store(args: argparse.Namespace, *, read_only: bool = False) -> Iterator[Store]:
    """The data folder's database, open for the command; `read_only` for commands that only read
    (they work beside an open window and on read-only media)."""
    from db.store import Store

    store = Store.open(data_dir(args), read_only=read_only)
    try:
        yield store
    finally:
        store.close()


def translator(args: argparse.Namespace) -> Callable[[str, str], str]:
    """The session's `translate(context, text)` (made once per run by the entry point)."""
    found = getattr(args, "translate", None)
    if found is None:
        from desktop.i18n import Translations

        found = args.translate = Translations(getattr(args, "lang", None) or "zh_CN").tr
    return found


def text(args: argparse.Namespace, template: str, /, **params: object) -> str:
    """`template` (context "cli") in the session's language, its `{name}`s filled."""
    return fill(translator(args)(CONTEXT, template), **params)


def say(args: argparse.Namespace, template: str, /, **params: object) -> None:
    """Print one line of a command's output in the session's language."""
    print(text(args, template, **params))


def label(args: argparse.Namespace, choices: dict, code: object) -> str:
    """A stored code from db.choices (a status, a kind) as the session's language names it."""
    from desktop.i18n import choice_label

    return choice_label(choices, code, translator(args))


def not_a_folder(path: Path) -> Path:
    """`path`, unless it is a folder where a file was wanted."""
    if path.is_dir():
        raise BranchDeskError(IS_A_FOLDER, path=str(path))
    return path


def input_file(path: Path) -> Path:
    """`path` if it is a file that can be read; a one-line refusal otherwise."""
    if not not_a_folder(path).exists():
        raise BranchDeskError(NO_SUCH_FILE, path=str(path))
    return readable(path)


def readable(path: Path) -> Path:
    """`path`, unless it exists and this user may not read it (db.files.readable)."""
    from db.files import readable as checked

    return checked(path)


def add_overwrite(parser: argparse.ArgumentParser) -> None:
    """`--overwrite` on a command that writes a file: the one way to replace an existing one."""
    parser.add_argument("--overwrite", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "replace the output file if it exists (without it an existing file is refused)"))


def output_file(path: Path, suffix: str | None = None, *, overwrite: bool = False) -> Path:
    """`path` if a file can be written there; else a refusal naming what is wrong, before any
    work is done. The house's one rule for every file a command writes (report, packet, export,
    backup --out, screenshot, plan --ics, sync export/key):

    - the folder must exist: a typo in its name is told, never made into new folders;
    - an existing file is kept unless `overwrite` (the command's `--overwrite`): a key file or a
      backup written over cannot be had back;
    - a folder in the file's place, a file in a folder's place, a read-only place and a name that
      does not end in `suffix` (a workbook named all.csv opens as gibberish in the program the
      name promises) are refused."""
    if path.is_dir():
        raise BranchDeskError(IS_A_FOLDER, path=str(path))
    if suffix is not None and path.suffix.lower() != suffix:
        raise BranchDeskError(WRONG_SUFFIX, path=str(path), suffix=suffix)
    folder = path.parent
    if not folder.is_dir():
        if folder.exists() or any(p.exists() and not p.is_dir() for p in folder.parents):
            raise BranchDeskError(NOT_A_FOLDER, path=str(path))
        raise BranchDeskError(NO_SUCH_FOLDER, folder=str(folder), path=str(path))
    if not os.access(folder, os.W_OK):
        raise BranchDeskError(CANNOT_WRITE_HERE, path=str(path))
    if os.path.lexists(path):
        if not overwrite:
            raise BranchDeskError(ALREADY_THERE, path=str(path))
        if not os.access(path, os.W_OK):
            raise BranchDeskError(CANNOT_WRITE_HERE, path=str(path))
    return path


def ready_to_write(path: Path, *, overwrite: bool = False) -> Path:
    """`path` checked by `output_file` again just before it is written (the work before may
    have taken a while; a file that appeared meanwhile is not written over either)."""
    return output_file(path, overwrite=overwrite)


def writable_folder(folder: Path) -> Path:
    """`folder` if files can be made in it (it need not exist yet); else a one-line refusal."""
    existing = next(p for p in (folder, *folder.parents) if p.exists() or p == p.parent)
    if not existing.is_dir():
        raise BranchDeskError(NOT_A_FOLDER, path=str(folder))
    if not os.access(existing, os.W_OK):
        raise BranchDeskError(CANNOT_WRITE_HERE, path=str(folder))
    return folder


def pick(args: argparse.Namespace, given: str, rows: list[Named], none: str, many: str
         ) -> Named:
    """The one of `rows` that `given` names (db.names.matches: the exact name, else the name
    written loosely, else the whole pinyin or initials, else a part); none or several is a
    one-line refusal (`none`, `many`), the several listed as they can be given."""
    from db.names import matches

    found = matches(given, rows)
    if not found:
        raise BranchDeskError(none, name=given.strip())
    if len(found) > 1:
        names = translator(args)("db", NAME_SEPARATOR).join(r.label for r in found[:MAX_LISTED])
        raise BranchDeskError(many, name=given.strip(), count=len(found),
                              names=names + ("…" if len(found) > MAX_LISTED else ""))
    return found[0]


def area_named(args: argparse.Namespace, given: str) -> Named:
    """The live work area `given` names (`pick`)."""
    from db.names import work_areas

    return pick(args, given, work_areas(), NO_AREA, MANY_AREAS)


def cadre_named(args: argparse.Namespace, given: str) -> Named:
    """The live cadre `given` names (`pick`)."""
    from db.names import cadres

    return pick(args, given, cadres(), NO_CADRE, MANY_CADRES)


def branch_named(args: argparse.Namespace, given: str) -> Named:
    """The live branch `given` names (`pick`)."""
    from db.meetings.entity import NO_BRANCH
    from db.names import branches

    return pick(args, given, branches(), NO_BRANCH, MANY_BRANCHES)
