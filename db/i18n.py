"""Marking user-facing strings in the Qt-free layer for Qt's translation system.

`pyside6-lupdate` collects calls named QT_TRANSLATE_NOOP wherever they are, so db/ marks its
English message templates with this no-op; the desktop layer translates them at display time
with QCoreApplication.translate(context, text).
"""

CONTEXT = "db"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
