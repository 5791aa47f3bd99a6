"""Keyboard-friendly field widgets for record dialogs and filters.

Dates are typed as text (db.dates reads 2024-6-1, 2024.06.01, 2024年6月1日 ...) and numbers too, so
the record layer's own message explains what is wrong; choices show translated labels and keep
the stored code as item data.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from desktop.i18n import choice_label


def date_edit(value: str | dt.date | None = "") -> QLineEdit:
    edit = QLineEdit(value.isoformat() if isinstance(value, dt.date) else value or "")
    edit.setPlaceholderText(QCoreApplication.translate("fields", "YYYY-MM-DD"))
    edit.setMaxLength(20)
    return edit


def number_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(12)
    return edit


def choice_combo(choices: dict, *, blank: str | None = None) -> QComboBox:
    """A combo of db.choices labels (translated) with the codes as data; `blank` adds an empty
    choice ("" as data) first."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, "")
    for code in choices:
        combo.addItem(choice_label(choices, code), code)
    return combo


def record_combo(pairs: list[tuple[str, str]], *, none_label: str | None = None) -> QComboBox:
    """A combo of records given as (id, name); typing the first characters jumps to a name."""
    combo = QComboBox()
    if none_label is not None:
        combo.addItem(none_label, None)
    for record_id, name in pairs:
        combo.addItem(name, record_id)
    return combo


def text_with_completions(words: list[str]) -> QLineEdit:
    """A line edit that offers the values used before (lines, posts ...)."""
    edit = QLineEdit()
    completer = QCompleter(words, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit
