"""`branch-desk`: the window when run bare, the same db functions as subcommands.

Each feature registers its subcommands from a module of this package listed in
`desktop.cli.common.MODULES`: `register(subparsers)` adds parsers with
`set_defaults(run=...)`, and a command is `run(args) -> int`. User mistakes raise
BranchDeskError and are printed to stderr (translated), never as a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from db.errors import BranchDeskError
from desktop.cli.common import MODULES, data_dir


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without `commands`, only the options of opening the window
    (importing every command module costs the window's start-up 20 ms)."""
    parser = argparse.ArgumentParser(
        prog="branch-desk", add_help=commands, exit_on_error=commands,
        description="Branch Desk (党总支工作台): visits, concerns and monthly reports for a "
                    "workshop party general branch. Run without a command to open the window.",
    )
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="data folder to use (default: the platform's user data folder, "
                             "e.g. ~/.local/share/BranchDesk)")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo database in DIR/demo (made on first use)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None,
                        help="language of the window, messages and report (default: zh_CN)")
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in MODULES:
        importlib.import_module(f"desktop.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args, rest = build_parser(commands=False).parse_known_args(argv)
    except argparse.ArgumentError:
        rest = argv
    if rest:  # a command, --help or a mistake: the full parser handles them
        args = build_parser().parse_args(argv)
    else:
        args.command = None
    from desktop.i18n import Translations, error_text

    translations = Translations(args.lang or "zh_CN")
    try:
        if args.command is None:
            from desktop.app import run_app

            return run_app(lambda: data_dir(args), lang=args.lang, demo=args.demo)
        return args.run(args)
    except BranchDeskError as exc:
        print(f"branch-desk: {error_text(exc, translations.tr)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
