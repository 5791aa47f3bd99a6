"""The shipped files are where resources/ says and usable: catches packaging slips early."""
from reportlab.pdfbase.ttfonts import TTFont

import resources


def test_the_cjk_font_is_there_and_reportlab_can_load_it():
    assert resources.CJK_FONT_FILE.is_file()
    font = TTFont("BranchDeskCJK", str(resources.CJK_FONT_FILE), subfontIndex=0)
    assert font.face.charToGlyph.get(ord("党"))  # has the glyphs the report needs
    assert font.face.charToGlyph.get(ord("访"))


def test_compiled_translations_ship():
    assert sorted(resources.TRANSLATIONS.glob("*_zh_CN.qm"))
