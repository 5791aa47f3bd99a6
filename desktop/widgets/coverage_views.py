"""Pieces the coverage and dashboard pages share: the heatmap model, the rows of the area, cadre and
suggestion tables (shown through the shared RecordTableModel), colours, plain-language sentences,
and "open this area's visits".
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from db.choices import ACCESS_TIERS
from db.coverage import (
    STATUS_LABELS,
    AreaCoverage,
    CadreCoverage,
    Coverage,
    Heatmap,
    Reason,
    Suggestion,
)
from db.i18n import fill
from desktop.i18n import choice_label
from desktop.widgets.record_table import Column

C = "coverage"
DASH = "—"
STATUS_COLOURS = {"none": "#f6d5d1", "below": "#fbe8b5", "met": "#cfe9d9"}
NOT_YET = "#ececec"
NO_RECORDS_HATCH = "#b8b8b8"  # diagonal lines on the base colour: a month before the records


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def translated(text: str) -> str:
    """A string marked elsewhere with QT_TRANSLATE_NOOP("coverage", ...)."""
    return QCoreApplication.translate(C, text)


def tier_label(tier: int) -> str:
    return choice_label(ACCESS_TIERS, tier)


def number(value: float | None, digits: int = 2) -> str:
    return DASH if value is None else f"{value:.{digits}f}"


def percent(value: float | None) -> str:
    return DASH if value is None else f"{value:.0%}"


AREA_COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("columns", "Work area")),
    Column("tier", QT_TRANSLATE_NOOP("columns", "Access")),
    Column("visits", QT_TRANSLATE_NOOP("columns", "Visits"), True),
    Column("target", QT_TRANSLATE_NOOP("columns", "Target"), True),
    Column("status", QT_TRANSLATE_NOOP("columns", "Status")),
    Column("last_visit", QT_TRANSLATE_NOOP("columns", "Last visit")),
    Column("days_since", QT_TRANSLATE_NOOP("columns", "Days since"), True),
    Column("overdue", QT_TRANSLATE_NOOP("columns", "Overdue")),
    Column("cadre_visits", QT_TRANSLATE_NOOP("columns", "Cadre-visits"), True),
    Column("visitors", QT_TRANSLATE_NOOP("columns", "Visitors"), True),
    Column("hours", QT_TRANSLATE_NOOP("columns", "Hours"), True),
    Column("open_concerns", QT_TRANSLATE_NOOP("columns", "Open concerns"), True),
    Column("overdue_concerns", QT_TRANSLATE_NOOP("columns", "Overdue concerns"), True),
]
CADRE_COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("columns", "Cadre")),
    Column("visits", QT_TRANSLATE_NOOP("columns", "Visits"), True),
    Column("own_area_visits", QT_TRANSLATE_NOOP("columns", "Own areas"), True),
    Column("other_area_visits", QT_TRANSLATE_NOOP("columns", "Elsewhere"), True),
    Column("distinct_areas", QT_TRANSLATE_NOOP("columns", "Areas visited"), True),
]
SUGGESTION_COLUMNS = [
    Column("area", QT_TRANSLATE_NOOP("columns", "Work area"), width=110, sortable=False),
    Column("tier", QT_TRANSLATE_NOOP("columns", "Access"), width=70, sortable=False),
    Column("score", QT_TRANSLATE_NOOP("columns", "Score"), True, 70, sortable=False),
    Column("why", QT_TRANSLATE_NOOP("columns", "Why"), sortable=False),
]


def area_row(area: AreaCoverage) -> dict:
    tooltip = fill(translate("coverage", "{area}: {visits} visits of a target of {target}; "
                                         "{cadre_visits} cadre-visits by {cadres} cadres, "
                                         "{hours} hours on site"),
                   area=area.name, visits=area.visits, target=area.target,
                   cadre_visits=area.cadre_visits, cadres=area.visitors, hours=f"{area.hours:g}")
    return {
        "id": area.area_id, "name": area.name, "tier": tier_label(area.tier),
        "visits": area.visits, "target": area.target,
        "status": translated(STATUS_LABELS[area.status]),
        "last_visit": area.last_visit or translate("coverage", "never"),
        "days_since": DASH if area.days_since is None else area.days_since,
        "overdue": area.overdue, "cadre_visits": area.cadre_visits, "visitors": area.visitors,
        "hours": area.hours, "open_concerns": area.open_concerns,
        "overdue_concerns": area.overdue_concerns,
        "_background": STATUS_COLOURS[area.status], "_foreground": "#1f1f1f", "_tooltip": tooltip,
    }


def cadre_row(cadre: CadreCoverage) -> dict:
    return {"id": cadre.member_id, "name": cadre.name, "visits": cadre.visits,
            "own_area_visits": cadre.own_area_visits,
            "other_area_visits": cadre.other_area_visits, "distinct_areas": cadre.distinct_areas}


def reason_text(reason: Reason) -> str:
    return fill(translate("db", reason.template), **reason.params)


def suggestion_row(suggestion: Suggestion) -> dict:
    reasons = [reason_text(r) for r in suggestion.reasons]
    return {"id": suggestion.area_id, "area": suggestion.area, "tier": tier_label(suggestion.tier),
            "score": f"{suggestion.score:g}", "why": translate("coverage", "; ").join(reasons),
            "_tooltip": "\n".join(reasons)}


def sort_key(value: object, names: Mapping[str, str]) -> tuple[bool, Any]:
    """Sort None last, Chinese names by their pinyin in `names` (made off the GUI thread: the
    first use of pypinyin loads its dictionary, half a second), and compare like with like."""
    if isinstance(value, str):
        value = names.get(value, value)
    return (value is None, value if value is not None else 0)


def no_records_sentence(cov: Coverage) -> str | None:
    """The plain sentence of a period before the records begin (None when it has records)."""
    note = cov.no_records_note
    return None if note is None else fill(translate("coverage", note[0]), **note[1])


def bias_sentence(bias: float | None) -> str:
    if bias is None:
        return translate("coverage", "Not defined for this period: it needs convenient and "
                                     "remote work areas, and visits to the convenient ones.")
    return fill(translate("coverage", "On average a remote work area got {bias} times the "
                                      "visits of a convenient one."), bias=f"{bias:.2f}")


def gini_sentence(gini: float | None) -> str:
    if gini is None:
        return translate("coverage", "No visits to compare in this period.")
    if gini < 0.2:
        text = translate("coverage", "Visits per 100 workers are spread fairly evenly over the "
                                     "work areas.")
    elif gini < 0.4:
        text = translate("coverage", "Visits per 100 workers are spread unevenly over the work "
                                     "areas.")
    else:
        text = translate("coverage", "Visits per 100 workers are very uneven: a few work areas "
                                     "get most of them.")
    return text + " " + translate("coverage", "(0 = perfectly even, 1 = all in one area)")


def heat_colour(visits: int | None, target: int) -> str:
    if visits is None:
        return NOT_YET
    if visits == 0:
        return STATUS_COLOURS["none"] if target else "#f7f7f7"
    if visits < target:
        return STATUS_COLOURS["below"]
    ratio = min(visits / target, 3.0) if target else 3.0  # deeper green the more above target
    light, deep = QColor("#cfe9d9"), QColor("#5fb98a")
    mix = (ratio - 1) / 2
    return QColor(*(round(a + (b - a) * mix)
                    for a, b in zip(light.getRgb()[:3], deep.getRgb()[:3], strict=True))).name()


class HeatmapModel(QAbstractTableModel):
    """Work areas (by access tier) down, the 12 months across, visits in each cell."""

    AREA_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.heatmap = Heatmap([], [])

    def set_heatmap(self, heatmap: Heatmap) -> None:
        self.beginResetModel()
        self.heatmap = heatmap
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.heatmap.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.heatmap.months)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.heatmap.months):
                month = self.heatmap.months[section]
                return f"{month.year % 100:02d}-{month.month:02d}"
            return None
        if not 0 <= section < len(self.heatmap.rows):
            return None
        row = self.heatmap.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name}  {tier_label(row.tier)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(self.tr("{area} ({tier}): target {target} a month"), area=row.name,
                        tier=tier_label(row.tier), target=row.target_per_month)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.heatmap.rows)) \
                or not (0 <= index.column() < len(self.heatmap.months)):
            return None
        row = self.heatmap.rows[index.row()]
        visits = row.cells[index.column()]
        month = self.heatmap.months[index.column()]
        recorded = self.heatmap.recorded(month)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if visits is None else str(visits)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not recorded:  # hatched: no records that month, not a month of misses
                return QBrush(QColor(NO_RECORDS_HATCH), Qt.BrushStyle.BDiagPattern)
            return QBrush(QColor(heat_colour(visits, row.target_per_month)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f1f1f"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not recorded:
                return fill(self.tr("{month}: no records (they begin in {first})"),
                            month=month.isoformat()[:7],
                            first=(self.heatmap.records_from or month).isoformat()[:7])
            if visits is None:
                return fill(self.tr("{area}, {month}: not yet in the figures"), area=row.name,
                            month=month.isoformat()[:7])
            return fill(self.tr("{area}, {month}: {visits} visits (target {target})"),
                        area=row.name, month=month.isoformat()[:7], visits=visits,
                        target=row.target_per_month)
        if role == self.AREA_ROLE:
            return row.area_id
        return None


class FigureCard(QFrame):
    """A headline figure: a title, the number, and one plain sentence of what it means."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#figure_card { background: palette(base); border-radius: 6px; }")
        self.title = QLabel(title)
        self.value = QLabel("…")  # until the figures come (computed in the background)
        self.value.setObjectName("figure_value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.sentence, 1)

    def show_figure(self, value: str, sentence: str = "") -> None:
        self.value.setText(value)
        self.sentence.setText(sentence)


def management_aid_note(text: str | None = None) -> QLabel:
    """The line under a page's figures; `text` for figures that are not about visits."""
    note = QLabel(text or translate("coverage", "These figures are a management aid for "
                                                "planning visits, not a score for rating "
                                                "people."))
    note.setObjectName("management_aid")
    note.setWordWrap(True)
    note.setStyleSheet("color: #5f5f5f; font-style: italic;")
    return note
