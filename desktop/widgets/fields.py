"""Keyboard-friendly field widgets for record dialogs and filters.

Dates are typed as text (db.dates reads 2024-6-1, 2024.06.01, 2024年6月1日 ...) and numbers too, so
the record layer's own message explains what is wrong; choices show translated labels and keep
the stored code as item data.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QDoubleSpinBox, QLineEdit, QSpinBox

from desktop.i18n import choice_label

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# A small decimal (hours on site, at most 24) has no thousands to group: a comma, or an input
# method's full-width comma or point, is the decimal point people meant ("1,5" is 1.5, not 15).
_DECIMAL_MARKS = str.maketrans({",": ".", "，": ".", "．": ".", "。": "."})


class CountSpinBox(QSpinBox):
    """A whole number where an input method's full-width digits (１２) are digits too."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        text = text.translate(_FULLWIDTH_DIGITS)
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt override
        return super().valueFromText(text.translate(_FULLWIDTH_DIGITS))


class DecimalSpinBox(QDoubleSpinBox):
    """A small decimal (hours) typed as people type it: full-width digits, and a comma or a
    full-width point as the decimal point. Qt alone reads "1,5" as 15 (a group separator)."""

    def _normal(self, text: str) -> str:
        point = self.locale().decimalPoint()
        return text.translate(_FULLWIDTH_DIGITS).translate(_DECIMAL_MARKS).replace(".", point)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(self._normal(text), pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        return super().valueFromText(self._normal(text))


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
