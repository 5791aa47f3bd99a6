"""Files the application ships: fonts, translations, icons.

Found next to this module, so they work from a wheel as well as from a checkout.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent
FONTS = ROOT / "fonts"
TRANSLATIONS = ROOT / "translations"

CJK_FONT_FILE = FONTS / "wqy-microhei.ttc"
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"
