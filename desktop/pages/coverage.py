"""Coverage (走访覆盖): which work areas are visited, how often, by whom, and where to go next.

The figures come from db.coverage.compute_coverage, with the pictures and the month's plan, all
computed off the GUI thread (a depot's month: a tenth of a second). Double-clicking a work area
opens its visits.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import plans
from db.coverage import Coverage, Pictures, compute_coverage, pictures, stored_pinyin
from db.i18n import fill
from db.periods import Period
from desktop.context import AppContext
from desktop.operations import BackgroundFigures
from desktop.widgets.coverage_views import (
    AREA_COLUMNS,
    CADRE_COLUMNS,
    DASH,
    SUGGESTION_COLUMNS,
    FigureCard,
    HeatmapModel,
    area_row,
    bias_sentence,
    cadre_row,
    gini_sentence,
    management_aid_note,
    no_records_sentence,
    number,
    percent,
    sort_key,
    suggestion_row,
    tier_label,
)
from desktop.widgets.figures_page import FiguresPage
from desktop.widgets.period_selector import PeriodSelector
from desktop.widgets.pictures_panel import CoveragePictures
from desktop.widgets.plan_panel import PlanPanel
from desktop.widgets.record_table import ID_ROLE, RecordTableModel
from desktop.widgets.tab_keys import tab_keys
from desktop.widgets.table_sort import sort_from_keyboard


def table_view(model: QAbstractItemModel,
               sort: tuple[str, Qt.SortOrder] | None = None) -> QTableView:
    """A read-only table of whole rows; `sort` (column key, order) sorts it by that at first."""
    view = QTableView()
    view.setModel(model)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    if any(column.width for column in model.columns):
        for index, column in enumerate(model.columns):
            if column.width:
                view.setColumnWidth(index, column.width)
    else:  # a few dozen rows: fit the numbers, give the rest to the names
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setStretchLastSection(False)
    if sort:
        keys = [column.key for column in model.columns]
        view.horizontalHeader().setSortIndicator(keys.index(sort[0]), sort[1])
        view.setSortingEnabled(True)
        sort_from_keyboard(view)
    return view


@dataclass(frozen=True)
class CoverageFigures:
    coverage: Coverage
    pictures: Pictures
    plan: plans.Plan
    sort_names: dict[str, str]  # each name in the tables -> its pinyin, to sort by


def plan_month(cov: Coverage) -> dt.date:
    """The month whose plan the page shows: the period's (its last for a longer one)."""
    return cov.period.start if cov.period.kind == "month" else cov.period.end.replace(day=1)


def coverage_figures(period: Period) -> CoverageFigures:
    """Everything the page shows, from the db (run off the GUI thread)."""
    cov = compute_coverage(period)
    # The tables sort names by the pinyin stored with them, read here, not on a click.
    names = stored_pinyin([a.area_id for a in cov.areas],
                          [c.member_id for c in cov.cadres])
    return CoverageFigures(cov, pictures(cov), plans.month_plan(plan_month(cov)), names)


class SortedRows:
    """Rows of one table kept in memory (a few dozen), sorted on the figures, not their labels."""

    def __init__(self, model: RecordTableModel, make_row: Callable[[Any], dict],
                 id_of: Callable[[Any], str]) -> None:
        self.model, self.make_row, self.id_of = model, make_row, id_of
        self.items: dict[str, object] = {}
        self.rows: dict[str, dict] = {}
        self.names: dict[str, str] = {}
        self.order: tuple[str, bool] | None = None
        self.view: QTableView | None = None  # its table, whose current row a new order keeps
        model.loader = lambda ids: [self.rows[i] for i in ids if i in self.rows]
        model.sort_requested.connect(self.sort)

    def show_ids(self, ids: list[str]) -> None:
        """Show the rows in this order; the row the table's cursor was on stays current (a
        refresh or a sort would otherwise send the keyboard back to no row at all)."""
        current = self.view.currentIndex() if self.view is not None else None
        current_id = self.model.data(current, ID_ROLE) if current is not None \
            and current.isValid() else None
        column = current.column() if current is not None and current.isValid() else 0
        self.model.set_ids(ids)
        row = self.model.row_of(current_id) if current_id else -1
        if self.view is not None and row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def set_items(self, items: list, names: dict[str, str]) -> None:
        """`names`: each name among the items -> the pinyin it sorts by."""
        self.items = {self.id_of(item): item for item in items}
        self.names = names
        self.rows = {key: self.make_row(item) for key, item in self.items.items()}
        if self.order:
            self.sort(*self.order)
        else:
            self.show_ids(list(self.items))

    def sort(self, key: str, descending: bool) -> None:
        self.order = (key, descending)
        ids = sorted(self.items, key=lambda i: sort_key(getattr(self.items[i], key, None),
                                                        self.names), reverse=descending)
        self.show_ids(ids)


class CoveragePage(FiguresPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.figures: Coverage | None = None

        title = QLabel(self.tr("Coverage of work areas"))
        title.setObjectName("page_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.selector = PeriodSelector()
        self.selector.period_changed.connect(lambda _p: self.refresh())
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.selector, 1)

        self.rate_card = FigureCard(self.tr("Coverage rate"))
        self.bias_card = FigureCard(self.tr("Remoteness bias"))
        self.gini_card = FigureCard(self.tr("Evenness (Gini)"))
        self.tail_card = FigureCard(self.tr("Overdue work areas"))
        cards = QHBoxLayout()
        for card in (self.rate_card, self.bias_card, self.gini_card, self.tail_card):
            cards.addWidget(card, 1)
        self.tier_line = QLabel()
        self.tier_line.setWordWrap(True)

        self.area_model = RecordTableModel(AREA_COLUMNS, lambda ids: [], self)
        self.areas = SortedRows(self.area_model, area_row, lambda a: a.area_id)
        self.area_table = table_view(self.area_model, ("days_since", Qt.SortOrder.DescendingOrder))
        self.areas.view = self.area_table
        self.area_table.activated.connect(self._open_index)

        self.heat_model = HeatmapModel(self)
        self.heat_table = QTableView()
        self.heat_table.setTabKeyNavigation(False)
        self.heat_table.setModel(self.heat_model)
        self.heat_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heat_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.heat_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heat_table.horizontalHeader().setMinimumSectionSize(44)
        self.heat_table.verticalHeader().setDefaultSectionSize(22)
        self.heat_table.clicked.connect(self._open_heat_cell)
        self.heat_table.activated.connect(self._open_heat_cell)  # Enter on the current cell
        self.heat_table.verticalHeader().sectionClicked.connect(self._open_heat_row)
        heat_page = QWidget()
        heat_layout = QVBoxLayout(heat_page)
        heat_layout.addWidget(self.heat_table, 1)
        legend = QLabel(self.tr("Red: no visit. Amber: below target. Green: target met (deeper "
                                "green: more visits). Grey: not yet in the figures. Hatched: no "
                                "records yet that month."))
        legend.setWordWrap(True)
        heat_layout.addWidget(legend)

        self.cadre_model = RecordTableModel(CADRE_COLUMNS, lambda ids: [], self)
        self.cadres = SortedRows(self.cadre_model, cadre_row, lambda c: c.member_id)
        self.cadre_table = table_view(self.cadre_model, ("visits", Qt.SortOrder.DescendingOrder))
        self.cadres.view = self.cadre_table
        cadre_page = QWidget()
        cadre_layout = QVBoxLayout(cadre_page)
        cadre_layout.addWidget(QLabel(self.tr(
            "Own areas: visits to a work area the cadre was responsible for on that day.")))
        cadre_layout.addWidget(self.cadre_table, 1)

        self.suggestion_model = RecordTableModel(SUGGESTION_COLUMNS, lambda ids: [], self)
        self.suggestions = SortedRows(self.suggestion_model, suggestion_row, lambda s: s.area_id)
        self.suggestion_table = table_view(self.suggestion_model)
        self.suggestions.view = self.suggestion_table
        self.suggestion_table.setWordWrap(True)
        self.suggestion_table.activated.connect(self._open_index)
        suggestion_page = QWidget()
        suggestion_layout = QVBoxLayout(suggestion_page)
        suggestion_layout.addWidget(QLabel(self.tr(
            "Score = days since the last visit × the access weight, + 10 for each open concern "
            "and 30 more for each overdue one.")))
        suggestion_layout.addWidget(self.suggestion_table, 1)

        self.pictures = CoveragePictures()
        self.pictures.area_clicked.connect(self.open_visits)
        self.loader = BackgroundFigures(self, context, self.show_figures)

        self.tabs = QTabWidget()
        tab_keys(self.tabs)
        self.tabs.addTab(self.pictures, self.tr("At a glance"))
        self.tabs.addTab(self.area_table, self.tr("Work areas"))
        self.tabs.addTab(heat_page, self.tr("Last 12 months"))
        self.tabs.addTab(cadre_page, self.tr("Cadres"))
        self.tabs.addTab(suggestion_page, self.tr("Suggested visits"))
        self.plan_panel = PlanPanel(context)
        self.tabs.addTab(self.plan_panel, self.tr("Visit plan"))

        hint = QLabel(self.tr("Double-click a work area, or press Enter on it, to see its visits; "
                              "the Menu key sorts a table; Ctrl+PgDn / Ctrl+PgUp change the tab."))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(management_aid_note())
        layout.addLayout(cards)
        layout.addWidget(self.tier_line)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        self.refresh()

    # data --------------------------------------------------------------------------------------
    def busy(self) -> bool:
        """The figures are still being computed (in the background)."""
        return self.loader.busy()

    def refresh(self) -> None:
        """Recompute off the GUI thread; the figures shown stay until the new ones arrive."""
        super().refresh()
        self.loader.load(coverage_figures, self.selector.period())

    def show_figures(self, figures: CoverageFigures) -> None:
        cov = self.figures = figures.coverage
        nothing = no_records_sentence(cov)
        if nothing:  # before the records begin: no figure, not a period of misses
            for card in (self.rate_card, self.bias_card, self.gini_card, self.tail_card):
                card.show_figure(DASH, "")
            self.rate_card.show_figure(DASH, nothing)
        else:
            self.rate_card.show_figure(percent(cov.coverage_rate), fill(
                self.tr("{met} of {areas} work areas met their target."), met=cov.met,
                areas=len(cov.areas)))
            self.bias_card.show_figure(number(cov.remoteness_bias),
                                       bias_sentence(cov.remoteness_bias))
            self.gini_card.show_figure(number(cov.gini), gini_sentence(cov.gini))
            self.tail_card.show_figure(str(len(cov.overdue_areas)), fill(
                self.tr("No visit for over {days} days ({never} never visited)."),
                days=cov.overdue_days, never=len(cov.never_visited)))
        per_tier = "  ·  ".join(
            f"{tier_label(t.tier)} {number(t.per_100_workers, 1)}" for t in cov.tiers.values())
        self.tier_line.setText(fill(self.tr("Visits per 100 workers: {tiers}"), tiers=per_tier))
        self.areas.set_items(cov.areas, figures.sort_names)
        self.heat_model.set_heatmap(cov.heatmap)
        self.cadres.set_items(cov.cadres, figures.sort_names)
        self.suggestions.set_items(cov.suggestions, figures.sort_names)
        self.suggestion_table.resizeRowsToContents()
        self.plan_panel.month, self.plan_panel.plan = plan_month(cov), figures.plan
        self.plan_panel.show_plan(figures.plan)
        self.pictures.show_figures(figures.pictures)
    # opening visits ----------------------------------------------------------------------------
    def open_visits(self, area_id: str | None) -> None:
        self.context.navigator.open_area_visits(area_id)

    def _open_index(self, index) -> None:
        self.open_visits(index.model().data(index, ID_ROLE))

    def _open_heat_cell(self, index) -> None:
        self.open_visits(self.heat_model.data(index, HeatmapModel.AREA_ROLE))

    def _open_heat_row(self, row: int) -> None:
        if 0 <= row < len(self.heat_model.heatmap.rows):
            self.open_visits(self.heat_model.heatmap.rows[row].area_id)
