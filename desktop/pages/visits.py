"""The visits page (走访): every visit, searchable and filtered, with its detail and the trash.

Only ids are queried up front (db.visit_queries.visit_ids); the table loads a screenful of rows at
a time, so 60,000 visits show at once. Private summaries never reach the table; the detail panel
shows one only after an explicit "Show private content".
"""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db import records, visits
from db.choices import ACCESS_TIERS, CONCERN_CATEGORIES, CONCERN_STATUSES, VISIT_KINDS
from db.dates import DateParseError, parse_date
from db.errors import NotFound
from db.i18n import LIST_SEPARATOR
from db.visit_queries import (
    VisitFilters,
    area_choices,
    people_choices,
    visit_detail,
    visit_ids,
    visit_rows,
)
from desktop.context import AppContext
from desktop.dialogs.visit_dialog import VisitDialog
from desktop.i18n import choice_label, tr_db
from desktop.operations import BackgroundFigures
from desktop.widgets.record_page import RecordPage
from desktop.widgets.record_table import Column

ERROR_STYLE = "color: #b00020;"


def filter_choices() -> tuple[list[dict], list[dict]]:
    """The work areas and cadres the filters offer (off the GUI thread: the areas' pinyin keys
    need pypinyin's dictionary, half a second to load)."""
    return area_choices(include_inactive=True), people_choices(cadres_only=True)


class VisitsPage(RecordPage):
    columns = [
        Column("visited_on", QT_TRANSLATE_NOOP("columns", "Date"), width=96),
        Column("area", QT_TRANSLATE_NOOP("columns", "Work area"), width=110),
        Column("tier", QT_TRANSLATE_NOOP("columns", "Access"), width=70),
        Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), width=110),
        Column("participants", QT_TRANSLATE_NOOP("columns", "Participants"), width=140),
        Column("hours", QT_TRANSLATE_NOOP("columns", "Hours"), align_right=True, width=56),
        Column("workers_met", QT_TRANSLATE_NOOP("columns", "Workers met"), align_right=True,
               width=76),
        Column("summary", QT_TRANSLATE_NOOP("columns", "Summary")),
    ]
    table_name = "visit"
    excel_export = True
    default_sort = ("visited_on", True)
    fill_in_background = True  # 60,000 visits' ids: a tenth of a second and more

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self._ready = False  # RecordPage's table asks to sort before the filters exist
        self._pending_area: str | None = None  # asked for before the area choices came
        super().__init__(context, parent)
        self.choices = BackgroundFigures(self, context, self._show_choices)
        self.setObjectName("visits_page")
        self.new_button.setText(self.tr("Record a &visit"))
        self.new_button.setToolTip("Ctrl+N")
        self.search.setPlaceholderText(self.tr("Search area, summary or cadre (pinyin initials)"))
        self._build_filters()
        self._build_detail()
        self._ready = True
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first: one query

    # filters -----------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.area_filter = QComboBox()
        self.area_filter.setObjectName("area_filter")
        self.area_filter.setEditable(True)
        self.area_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.area_filter.setMinimumContentsLength(8)
        self.cadre_filter = QComboBox()
        self.cadre_filter.setObjectName("cadre_filter")
        self.cadre_filter.setEditable(True)
        self.cadre_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cadre_filter.setMinimumContentsLength(6)
        for combo in (self.area_filter, self.cadre_filter):
            combo.addItem(self.tr("All"), None)  # until the choices come
        self._fill_choice_filters()
        self.add_filter(self.area_filter, self._area_chosen, self.tr("Work area"))
        self.tier_filter = self.add_combo_filter(
            self.tr("Access"), [(choice_label(ACCESS_TIERS, t), t) for t in ACCESS_TIERS])
        self.tier_filter.setObjectName("tier_filter")
        self.kind_filter = self.add_combo_filter(
            self.tr("Kind"), [(choice_label(VISIT_KINDS, k), k) for k in VISIT_KINDS])
        self.kind_filter.setObjectName("kind_filter")
        self.add_filter(self.cadre_filter, self.cadre_filter.currentData, self.tr("Cadre"))
        self.date_from = self._date_filter("date_from", self.tr("from"))
        self.date_to = self._date_filter("date_to", self.tr("to"))
        self.filter_bar.addStretch(1)

    def busy(self) -> bool:
        """The rows or the filters' choices are still being read (in the background)."""
        return self.choices.busy() or super().busy()

    def _area_chosen(self) -> str | None:
        return self._pending_area or self.area_filter.currentData()

    def _fill_choice_filters(self) -> None:
        """(Re)fill the area and cadre filters, keeping what is chosen, off the GUI thread."""
        self.choices.load(filter_choices)

    def _show_choices(self, choices: tuple[list[dict], list[dict]]) -> None:
        for combo, options in zip((self.area_filter, self.cadre_filter), choices, strict=True):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for choice in options:
                combo.addItem(choice["name"], choice["id"])
                combo.setItemData(combo.count() - 1, choice["search"], Qt.ItemDataRole.UserRole + 1)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            completer = QCompleter(combo.model(), combo)
            completer.setCompletionRole(Qt.ItemDataRole.UserRole + 1)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            combo.setCompleter(completer)
            combo.blockSignals(False)
        if self._pending_area is not None:  # the rows are already filtered: the combo says so
            index = self.area_filter.findData(self._pending_area)
            self._pending_area = None
            self.area_filter.blockSignals(True)
            self.area_filter.setCurrentIndex(max(0, index))
            self.area_filter.blockSignals(False)
            if index < 0:  # no such area (any more): all visits
                self.requery()

    def _date_filter(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        edit.setClearButtonEnabled(True)
        edit.setMaximumWidth(110)
        self.add_filter(edit, lambda: self._date_of(edit), label)
        return edit

    def _date_of(self, edit: QLineEdit):
        text = edit.text().strip()
        if not text:
            edit.setStyleSheet("")
            return None
        try:
            day = parse_date(text, allow_month=True)
        except DateParseError:
            edit.setStyleSheet(ERROR_STYLE)
            edit.setToolTip(self.tr("Not a date: the filter is ignored"))
            return None
        edit.setStyleSheet("")
        edit.setToolTip("")
        return day

    def filter_by_area(self, area_id: str | None) -> None:
        """Show the visits to one work area (the coverage page sends people here)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        index = self.area_filter.findData(area_id)
        if index < 0 and area_id is not None:  # not among the choices yet: shown when they come
            self._pending_area = area_id
            self._fill_choice_filters()
            self.requery()
        elif self.area_filter.currentIndex() == index:
            self.requery()
        else:
            self.area_filter.setCurrentIndex(index)  # requeries

    # RecordPage interface ----------------------------------------------------------------------
    def query_ids(self, search: str, filters: list, sort_key: str, descending: bool,
                  deleted: bool) -> list[str]:
        area, tier, kind, cadre, date_from, date_to = filters
        return visit_ids(VisitFilters(search=search, area_id=area, tier=tier, kind=kind,
                                      cadre_id=cadre, date_from=date_from, date_to=date_to,
                                      deleted=deleted),
                         sort=sort_key or "visited_on", descending=descending)

    def load_rows(self, ids: list[str]) -> list[dict]:
        private = self.tr("(private)")
        rows = visit_rows(ids)
        for row in rows:
            row["tier"] = choice_label(ACCESS_TIERS, row["tier"])
            row["kind"] = choice_label(VISIT_KINDS, row["kind"])
            if row["private"]:
                row["summary"] = private
                row["_foreground"] = "#666666"
        return rows

    def delete_record(self, record_id: str) -> None:
        records.delete(visits.KIND, record_id)

    def restore_record(self, record_id: str) -> None:
        records.restore(visits.KIND, record_id)

    def edit_record(self, record_id: str | None) -> bool:
        saved, _accepted = VisitDialog.ask(self, self.context, record_id)
        return saved.id if saved is not None else None

    def record_label(self, record_id: str) -> str:
        row = self.model.record(self.model.row_of(record_id)) if self.model.row_of(record_id) >= 0 \
            else {}
        return f"{row.get('visited_on', '')} {row.get('area', '')}".strip()

    def _sort_requested(self, key: str, descending: bool) -> None:
        if self._ready:
            super()._sort_requested(key, descending)

    def _data_changed(self, table: str) -> None:
        if table in ("*", "work_area", "member"):
            self._fill_choice_filters()
        if table in ("*", "visit", "concern", "work_area", "member"):
            self.requery()

    # detail ------------------------------------------------------------------------------------
    def _build_detail(self) -> None:
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(6, 0, 0, 0)
        self.detail_text = QTextBrowser()
        self.detail_text.setObjectName("detail_text")
        self.detail_text.setOpenLinks(False)
        self.private_box = QWidget()
        private_layout = QHBoxLayout(self.private_box)
        private_layout.setContentsMargins(0, 0, 0, 0)
        self.private_note = QLabel(self.tr("The summary of this visit is private."))
        self.private_note.setWordWrap(True)
        self.show_private_button = QPushButton(self.tr("Show &private content"))
        self.show_private_button.setObjectName("show_private")
        self.show_private_button.clicked.connect(self._reveal_private)
        private_layout.addWidget(self.private_note, 1)
        private_layout.addWidget(self.show_private_button)
        layout.addWidget(self.private_box)
        layout.addWidget(self.detail_text, 1)
        self._revealed: str | None = None
        self.show_detail(None)

    def empty_hint(self) -> str:
        return self.tr("No visits recorded yet. After each visit to a work area, click “Record a "
                       "visit” (Ctrl+N).")

    def show_detail(self, record_id: str | None) -> None:
        if record_id is None:
            self.private_box.hide()
            hint = html.escape(self.tr("Choose a visit to see its detail."))
            self.detail_text.setHtml(f"<p style='color:#666'>{hint}</p>")
            return
        try:
            detail = visit_detail(record_id)
        except NotFound:
            detail = None
        if detail is None:
            return self.show_detail(None)
        revealed = self._revealed == record_id
        self.private_box.setVisible(detail["private"] and not revealed)
        self.detail_text.setHtml(self.detail_html(detail, show_private=revealed))

    def _reveal_private(self) -> None:
        self._revealed = self.current_id()
        self.show_detail(self._revealed)

    def _current_changed(self) -> None:
        if self.current_id() != self._revealed:
            self._revealed = None  # private content is shown for one visit, once asked
        super()._current_changed()

    def detail_html(self, d: dict, *, show_private: bool) -> str:
        e = html.escape
        rows = [
            (self.tr("Date"), d["visited_on"].isoformat()),
            (self.tr("Work area"), f"{d['area']} ({choice_label(ACCESS_TIERS, d['tier'])})"),
            (self.tr("Kind"), choice_label(VISIT_KINDS, d["kind"])),
            (self.tr("Participants"),
             tr_db(LIST_SEPARATOR).join(p["name"] for p in d["participants"])),
            (self.tr("Hours on site"), f"{d['hours']:g}"),
            (self.tr("Workers met"), str(d["workers_met"])),
            (self.tr("Members talked to"),
             tr_db(LIST_SEPARATOR).join(p["name"] for p in d["talked_to"]) or "—"),
        ]
        in_trash, summary = self.tr("In the trash"), self.tr("Summary")
        private, none = self.tr("(private)"), self.tr("None")
        heard = self.tr("Concerns heard on this visit")
        parts = [f"<h3>{e(d['visited_on'].isoformat())} {e(d['area'])}</h3>"]
        if d["deleted"]:
            parts.append(f"<p style='{ERROR_STYLE}'>{e(in_trash)}</p>")
        parts.append("<table cellspacing='0' cellpadding='2'>")
        parts += [f"<tr><td style='color:#555;padding-right:8px'>{e(k)}</td><td>{e(v)}</td></tr>"
                  for k, v in rows]
        parts.append("</table>")
        parts.append(f"<h4>{e(summary)}</h4>")
        if d["private"] and not show_private:
            parts.append(f"<p style='color:#666'>{e(private)}</p>")
        else:
            text = e(d["summary"]).replace("\n", "<br>") or "—"
            parts.append(f"<p>{text}</p>")
        parts.append(f"<h4>{e(heard)}</h4>")
        if d["concerns"]:
            parts.append("<ul>")
            for c in d["concerns"]:
                parts.append(
                    f"<li>{e(choice_label(CONCERN_CATEGORIES, c['category']))} · "
                    f"{e(choice_label(CONCERN_STATUSES, c['status']))}: "
                    f"{e(c['description'][:120])}</li>")
            parts.append("</ul>")
        else:
            parts.append(f"<p style='color:#666'>{e(none)}</p>")
        return "".join(parts)
