"""`branch-desk`: the window when run bare, the same db functions as subcommands.

Each feature registers its subcommands from a module of this package listed in
`desktop.cli.common.MODULES`: `register(subparsers)` adds parsers with
`set_defaults(run=...)`, and a command is `run(args) -> int`. User mistakes raise
BranchDeskError (or a file or database error) and are printed to stderr as one translated
line with exit code 2, never as a traceback; what a command prints goes through `common.say`.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
import traceback
from pathlib import Path

from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.arguments import BAD_LANG, CONTEXT, LANGS, Parser, take_lang, use_language
from desktop.cli.common import MODULES, data_dir
from desktop.i18n import DEFAULT_LANGUAGE


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without `commands`, only the options of opening the window
    (importing every command module costs the window's start-up 20 ms)."""
    parser = Parser(
        prog="branch-desk", add_help=commands, exit_on_error=commands,
        description=QT_TRANSLATE_NOOP(
            "cli", "Branch Desk: visits, concerns and monthly reports for a "
                    "workshop party general branch. Run without a command to open the window."),
    )
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help=QT_TRANSLATE_NOOP(
                            "cli", "data folder to use (default: the platform's user data folder, "
                             "e.g. ~/.local/share/BranchDesk)"))
    parser.add_argument("--demo", action="store_true",
                        help=QT_TRANSLATE_NOOP(
                            "cli", "use the demo database in DIR/demo (made on first use)"))
    parser.add_argument("--lang", choices=list(LANGS), default=None,
                        help=QT_TRANSLATE_NOOP(
                            "cli", "language of the window, messages and report (default: zh_CN); "
                             "accepted anywhere on the line"))
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in MODULES:
        importlib.import_module(f"desktop.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    from desktop.i18n import Translations, error_text, system_dates_in

    try:
        lang, argv = take_lang(argv)
        system_dates_in(lang or DEFAULT_LANGUAGE)  # before anything makes Qt read the locale
    except ValueError:
        translations = Translations(DEFAULT_LANGUAGE)
        print(f"branch-desk: {translations.tr(CONTEXT, BAD_LANG)}", file=sys.stderr)
        return 2
    translations = Translations(lang or DEFAULT_LANGUAGE)
    use_language(translations.tr)
    try:
        args, rest = build_parser(commands=False).parse_known_args(argv)
    except argparse.ArgumentError:
        rest = argv
    if rest:  # a command, --help or a mistake: the full parser handles them
        args = build_parser().parse_args(argv)
    else:
        args.command = None
    args.lang = lang
    args.translate = translations.tr
    try:
        if args.command is None:
            from desktop.app import run_app

            return run_app(lambda: data_dir(args), lang=lang, demo=args.demo)
        code = args.run(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        return _pipe_closed()
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - a person gets one line, never a traceback
        from desktop.error_messages import is_expected

        known = is_expected(exc)
        if not known and os.environ.get("BRANCH_DESK_TRACEBACK"):  # for a developer
            traceback.print_exc()
        print(f"branch-desk: {error_text(exc, translations.tr)}", file=sys.stderr)
        return 2 if known else 1


def _pipe_closed() -> int:
    """The reader of our output went away (`branch-desk check | head -1`): stop quietly, with
    the code a shell gives a program ended by SIGPIPE. Python's own flush at exit must not
    meet the closed pipe again either."""
    with contextlib.suppress(OSError, ValueError):  # not a real file (a test's capture)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 141


def window_main() -> int:
    """The `branch-desk-window` launcher (a gui-script: no console window on Windows). Without a
    console Python has no stdout/stderr; whatever would be printed is dropped, and every
    mistake is shown by the window itself."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    return main()
