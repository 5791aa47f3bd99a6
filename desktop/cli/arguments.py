"""The command line's own words: argparse's messages in the session's language, a mistake in the
arguments as one line, and `--lang` taken from anywhere on the line.

argparse looks its messages up through the module-level `_` (gettext); `use_language` points it
at our catalogue (context "argparse"), so "the following arguments are required" reads in
Chinese in a Chinese session like every other answer.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, NoReturn

from db.i18n import QT_TRANSLATE_NOOP, fill

CONTEXT = "argparse"
LANGS = ("zh_CN", "en")

# The messages a person can meet (argparse's own msgids, placeholders as argparse fills them).
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)
ERROR_LINE = QT_TRANSLATE_NOOP("argparse", "{message} (see: {prog} --help)")
BAD_LANG = QT_TRANSLATE_NOOP("argparse", "--lang takes zh_CN or en.")


HELP_CONTEXT = "cli"  # where the commands mark their help texts


class HelpFormatter(argparse.HelpFormatter):
    """Help texts (marked QT_TRANSLATE_NOOP("cli", ...) where they are written) in the
    session's language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:  # argparse's name
        text = super()._get_help_string(action)
        return Parser.translate(HELP_CONTEXT, text) if text else text


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that answers a mistake with one translated line and exit code 2, and
    gives its help in the session's language."""

    translate: Callable[[str, str], str] = staticmethod(lambda context, text: text)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def format_help(self) -> str:
        described = self.description
        if described:
            self.description = self.translate(HELP_CONTEXT, described)
        try:
            return super().format_help()
        finally:
            self.description = described

    def error(self, message: str) -> NoReturn:  # argparse's name
        line = fill(self.translate(CONTEXT, ERROR_LINE), message=message, prog=self.prog)
        self.exit(2, f"{self.prog.split()[0]}: {line}\n")


def use_language(translate: Callable[[str, str], str]) -> None:
    """argparse's messages (and Parser's line) through `translate` from now on."""
    Parser.translate = staticmethod(translate)
    argparse._ = lambda text: translate(CONTEXT, text)  # type: ignore[attr-defined]


def take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """(`--lang` value, the line without it), wherever it stands: before or after the command.

    The last one given wins; a value other than zh_CN or en raises ValueError.
    """
    lang, rest, items = None, [], iter(argv)
    for item in items:
        if item == "--":
            rest += [item, *items]
            break
        if item == "--lang" or item.startswith("--lang="):
            value = item.partition("=")[2] if "=" in item else next(items, "")
            if value not in LANGS:
                raise ValueError(value)
            lang = value
            continue
        rest.append(item)
    return lang, rest
