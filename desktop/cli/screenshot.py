"""screenshot: render one page of the window offscreen into a PNG, with the data in the folder."""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import BranchDeskError
from db.files import write_whole
from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import (
    CANNOT_WRITE_HERE,
    Subcommands,
    add_overwrite,
    opened_store,
    output_file,
    ready_to_write,
)
from desktop.pages import PAGE_NAMES

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap


def register(sub: Subcommands) -> None:
    p = sub.add_parser("screenshot", help=QT_TRANSLATE_NOOP(
        "cli", "render a page of the window to a PNG and exit"))
    p.add_argument("--page", choices=PAGE_NAMES, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    p.add_argument("--size", default="1280x800", help=QT_TRANSLATE_NOOP(
        "cli", "WIDTHxHEIGHT (default 1280x800)"))
    add_overwrite(p)
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


def png_bytes(pixmap: QPixmap, path: Path) -> bytes:
    """`pixmap` as PNG bytes, made in memory so that a full disk is told as such (Qt writing the
    file itself says only that it failed, after libpng's own line on stderr)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise BranchDeskError(CANNOT_WRITE_HERE, path=str(path))
    buffer.close()
    return bytes(data.data())


def wait_until_idle(page: object, *, limit_ms: int = 60_000, settle_ms: int = 500) -> None:
    """Run the event loop until `page` is no longer busy (pages that work in the background, the
    report, say so; at most `limit_ms`), then `settle_ms` more for views that paint in the
    background (the PDF preview). One QEventLoop woken by timers, not processEvents() in a loop:
    PySide6 6.12 loses a reference to None on each processEvents() call, and a few thousand
    calls end the process ("none_dealloc")."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    loop = QEventLoop()
    clock = QElapsedTimer()
    clock.start()
    poll = QTimer()
    poll.setInterval(20)

    settled = QTimer()
    settled.setSingleShot(True)
    settled.setInterval(settle_ms)
    settled.timeout.connect(loop.quit)

    def check() -> None:
        if settled.isActive():
            return
        if not getattr(page, "busy", lambda: False)() or clock.elapsed() > limit_ms:
            poll.stop()
            settled.start()

    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(0, check)  # not busy at all: no first 20 ms wait
    loop.exec()
    poll.stop()
    settled.stop()


def run_screenshot(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLayout

    from desktop.app import create_application, offscreen_if_headless, open_window

    width, height = parse_size(args.size)
    output_file(args.out, ".png", overwrite=args.overwrite)  # PNG bytes under any name
    offscreen_if_headless()
    app = create_application(lang=args.lang or "zh_CN")
    # Throw-away settings: a screenshot must not depend on, or change, the user's own.
    # Only reads: a read-only data folder (a CD, a locked stick) or one open in a window will do.
    with opened_store(args, read_only=True) as store, tempfile.TemporaryDirectory() as scratch:
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
        wait_until_idle(window.page(args.page))
        shot = png_bytes(window.grab(), args.out)
        window.close()
        window.deleteLater()
        # In-process callers (tests, documentation scripts) keep their own language, also when
        # the file cannot be written.
        app._branch_desk_translations.uninstall(app)  # type: ignore[attr-defined]
    write_whole(ready_to_write(args.out, overwrite=args.overwrite), shot)
    print(args.out)
    return 0
