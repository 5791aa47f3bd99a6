"""Files the application ships: fonts, translations, icons, pinyin tables.

Found next to this module, so they work from a wheel as well as from a checkout.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent
FONTS = ROOT / "fonts"
TRANSLATIONS = ROOT / "translations"

CJK_FONT_FILE = FONTS / "wqy-microhei.ttc"
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"

# Each character's readings and the phrase dictionary's words, from pypinyin
# (tools/pinyin_tables.py writes them; db/pinyin.py reads them).
PINYIN_CHARS = ROOT / "pinyin" / "chars.json"
PINYIN_PHRASES = ROOT / "pinyin" / "phrases.txt"

ICONS = ROOT / "icons"
APP_ICON = ICONS / "branch-desk-256.png"  # the window's; branch-desk.svg is the source
DESKTOP_ENTRY = ROOT / "branch-desk.desktop"  # for Linux menus (see README → Set up)
