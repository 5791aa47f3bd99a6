"""screenshot: render one page of the window offscreen into a PNG, with the data in the folder."""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import (
    CANNOT_WRITE_HERE,
    Subcommands,
    opened_store,
    output_file,
    ready_to_write,
)
from desktop.pages import PAGE_NAMES


def register(sub: Subcommands) -> None:
    p = sub.add_parser("screenshot", help=QT_TRANSLATE_NOOP(
        "cli", "render a page of the window to a PNG and exit"))
    p.add_argument("--page", choices=PAGE_NAMES, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--size", default="1280x800", help=QT_TRANSLATE_NOOP(
        "cli", "WIDTHxHEIGHT (default 1280x800)"))
    p.set_defaults(run=run_screenshot)


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
        if not (200 <= width <= 8000 and 200 <= height <= 8000):
            raise ValueError
    except ValueError:
        raise BranchDeskError(QT_TRANSLATE_NOOP("db", "“{value}” is not a size like 1280x800."),
                              value=text) from None
    return width, height


def run_screenshot(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLayout

    from desktop.app import create_application, offscreen_if_headless, open_window

    width, height = parse_size(args.size)
    output_file(args.out)
    offscreen_if_headless()
    app = create_application()
    # Throw-away settings: a screenshot must not depend on, or change, the user's own.
    with opened_store(args) as store, tempfile.TemporaryDirectory() as scratch:
        app_settings = QSettings(str(Path(scratch) / "settings.ini"),
                                 QSettings.Format.IniFormat)
        window = open_window(store, lang=args.lang or "zh_CN", app_settings=app_settings)
        # The size asked for, even where a page would like more room (it is then squeezed, as
        # on a small screen, rather than the picture growing).
        window.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        window.setMinimumSize(1, 1)
        window.resize(width, height)
        window.show_page(args.page)
        window.show()
        page = window.page(args.page)
        deadline = time.monotonic() + 60
        # Pages that work in the background (the report) say when they are busy.
        while True:
            app.processEvents()
            if not getattr(page, "busy", lambda: False)() or time.monotonic() > deadline:
                break
            time.sleep(0.02)
        settle = time.monotonic() + 0.5  # views that paint in the background (the PDF preview)
        while time.monotonic() < settle:
            app.processEvents()
            time.sleep(0.02)
        if not window.grab().save(str(ready_to_write(args.out))):
            raise BranchDeskError(CANNOT_WRITE_HERE, path=str(args.out))
        window.close()
        window.deleteLater()
        # In-process callers (tests, documentation scripts) keep their own language.
        app._branch_desk_translations.uninstall(app)  # type: ignore[attr-defined]
    print(args.out)
    return 0
