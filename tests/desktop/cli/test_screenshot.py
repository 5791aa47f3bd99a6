"""`branch-desk screenshot` renders every page offscreen into a PNG of the asked size."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from desktop.cli import entry as cli
from desktop.pages import PAGE_NAMES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("page", PAGE_NAMES)
def test_every_page_renders(qtbot, tmp_path, page, capsys):
    out = tmp_path / f"{page}.png"
    assert cli.main(["--data-dir", str(tmp_path / "data"), "screenshot", "--page", page,
                     "--out", str(out), "--size", "900x600", "--lang", "en"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)


def test_language_before_or_after_the_command(tmp_path, capsys):
    for argv in (["--lang", "en", "screenshot"], ["screenshot", "--lang", "zh_CN"]):
        out = tmp_path / "shot.png"
        assert cli.main(["--data-dir", str(tmp_path / "data"), *argv, "--page", "visits",
                         "--out", str(out)]) == 0
        assert QImage(str(out)).width() == 1280


def test_a_bad_size_is_a_message_not_a_traceback(tmp_path, capsys):
    assert cli.main(["--data-dir", str(tmp_path / "data"), "--lang", "en", "screenshot",
                     "--page", "visits", "--out", str(tmp_path / "x.png"), "--size", "big"]) == 2
    assert "not a size" in capsys.readouterr().err
