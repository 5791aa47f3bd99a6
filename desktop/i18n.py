"""Languages: Qt translators for the window, and the same translations for code without widgets.

One catalogue per language in resources/translations: `branch_desk_<lang>.ts` (the source, kept
with tools/translations.py) and `branch_desk_<lang>.qm` (compiled, committed; a test checks that it
is fresh). Qt's own base translations are loaded after it, for Qt's dialogs.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from db.errors import Problem
from db.i18n import fill
from db.table_names import ROW_NAMES, TABLE_NAMES
from resources import TRANSLATIONS

Translate = Callable[[str, str], str]

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


def normalise(lang: str | None) -> str:
    if not lang:
        return DEFAULT_LANGUAGE
    lang = lang.replace("-", "_")
    if lang in LANGUAGES:
        return lang
    if lang.lower().startswith("zh"):
        return "zh_CN"
    return "en" if lang.lower().startswith("en") else DEFAULT_LANGUAGE


class Translations:
    """All translators of one language; keeps them alive for as long as they are installed."""

    def __init__(self, lang: str) -> None:
        self.lang = normalise(lang)
        self.translators: list[QTranslator] = []
        if self.lang == "en":
            return  # source strings are English
        translator = QTranslator()
        if translator.load(str(TRANSLATIONS / f"branch_desk_{self.lang}.qm")):
            self.translators.append(translator)
        qt_base = QTranslator()
        if qt_base.load(QLocale(self.lang), "qtbase", "_",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.translators.append(qt_base)

    def tr(self, context: str, text: str) -> str:
        """Translate without an application (command line, report)."""
        for translator in self.translators:
            found = translator.translate(context, text)
            if found:
                return found
        return text

    def install(self, app: QCoreApplication) -> None:
        """The translators, and the session's language as Qt's default locale: Qt's own widgets
        (the file chooser's dates, a spin box's digits) then write as the session speaks, not
        as the system does (a Chinese session on an English system showed "1 12 2026")."""
        for translator in self.translators:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale("en_US" if self.lang == "en" else self.lang))

    def uninstall(self, app: QCoreApplication) -> None:
        for translator in self.translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())


def system_dates_in(lang: str) -> None:
    """Qt's file chooser writes its dates with the system's locale, which Qt reads once (from
    LC_TIME on Linux, at its first look at a locale, a setting or its own paths: the command
    line calls this first), never with the default locale a session sets: a Chinese session
    on a machine set to C or English showed “5 3 2026”. So the session's language becomes
    LC_TIME, unless LC_ALL (which wins over it) is set or the system already speaks it.
    Windows and macOS answer Qt themselves."""
    import os
    import sys

    if sys.platform in ("win32", "darwin") or os.environ.get("LC_ALL"):
        return
    wanted = "en_US" if normalise(lang) == "en" else normalise(lang)
    current = os.environ.get("LC_TIME") or os.environ.get("LANG") or "C"
    if current.split(".")[0].split("@")[0] != wanted and \
            current.split("_")[0] != wanted.split("_")[0]:
        os.environ["LC_TIME"] = f"{wanted}.UTF-8"


def tr_db(text: str) -> str:
    """Translate a message template from the record layer (context "db") in a running app."""
    return QCoreApplication.translate("db", text)


def error_text(exc: BaseException, translate: Translate | None = None) -> str:
    """The one line a person is shown for any error, in the current language (or `translate`'s).

    A BranchDeskError carries its own message; a file-system or SQLite error is named by what
    happened (disk full, no permission, missing) with the path; anything else says so plainly,
    without a traceback.
    """
    from desktop.error_messages import describe

    translate = translate or _qt_translate
    template, params = describe(exc)
    problem = getattr(exc, "problem", None)  # a package row's first problem (sync InvalidRow)
    if isinstance(problem, Problem):
        params["problem"] = fill(translate("db", problem.template), **problem.params)
    return fill(translate(template.context, template.text), **params)


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def choice_label(choices: dict, code: object,
                 translate: Translate | None = None) -> str:
    """The label of a stored code from db.choices, translated ("" for no value)."""
    if code is None or code == "":
        return ""
    label = choices.get(code)
    if label is None:
        return str(code)
    translate = translate or (lambda context, text: QCoreApplication.translate(context, text))
    return translate("choices", label)


def table_label(table: str, translate: Translate | None = None) -> str:
    """A synced table as a person calls it (db.table_names), translated; unknown names stay."""
    if table not in TABLE_NAMES:
        return table
    return (translate or _qt_translate)("db", TABLE_NAMES[table])


def row_label(table: str, translate: Translate | None = None) -> str:
    """One record of a synced table as a person calls it (a conflict's "Visit"), translated."""
    if table not in ROW_NAMES:
        return table
    return (translate or _qt_translate)("db", ROW_NAMES[table])
