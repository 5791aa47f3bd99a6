"""Render the application icon from its source, resources/icons/branch-desk.svg:

    python tools/icons.py      # writes branch-desk-256.png, branch-desk-48.png, branch-desk.ico

The PNGs are the window's icon and the Linux desktop entry's; the .ico is the Windows bundle's.
They are committed, so an installed copy needs no SVG support. Run this after changing the SVG.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (256, 48)


def render(size: int):
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "branch-desk.svg"))
    if not renderer.isValid():
        raise SystemExit("branch-desk.svg is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - images need an application
    for size in SIZES:
        if not render(size).save(str(ICONS / f"branch-desk-{size}.png")):
            raise SystemExit(f"cannot write branch-desk-{size}.png")
    if not render(256).save(str(ICONS / "branch-desk.ico")):
        raise SystemExit("cannot write branch-desk.ico (Qt's ico image plugin is missing?)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
