"""Fixtures of the page tests."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.i18n import Translations


@pytest.fixture(params=["en", "zh_CN"])
def lang(request):
    """Each test in English and in Chinese: the window's translators installed."""
    app = QApplication.instance()
    translations = Translations(request.param)
    translations.install(app)
    yield request.param
    translations.uninstall(app)
