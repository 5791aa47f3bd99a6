"""Choosing the period a page's figures are about: a month, a quarter, a year or a custom range.

Emits `period_changed(Period)` whenever the choice changes; ◀ and ▶ step to the period before or
after. The Period itself (db.periods) knows its bounds, so the widget holds no date rules; it
opens on db.periods.review_month, the month the monthly report opens on too.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from db import clock
from db.dates import FIRST_DAY, LAST_DAY, add_months
from db.i18n import fill
from db.periods import (
    Period,
    month_period,
    quarter_period,
    range_period,
    review_month,
    year_period,
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class PeriodSelector(QWidget):
    period_changed = Signal(object)

    KINDS = ("month", "quarter", "year", "range")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        for code, label in zip(self.KINDS, (self.tr("Month"), self.tr("Quarter"), self.tr("Year"),
                                            self.tr("Custom range")), strict=True):
            self.kind.addItem(label, code)
        self.previous = QToolButton(text="◀")
        self.previous.setToolTip(self.tr("Previous period"))
        self.next = QToolButton(text="▶")
        self.next.setToolTip(self.tr("Next period"))
        self.anchor = QDateEdit(calendarPopup=True)
        self.start = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        for edit in (self.anchor, self.start, self.end):  # the years a period may lie in
            edit.setDateRange(_qdate(FIRST_DAY), _qdate(LAST_DAY))
        self.to_label = QLabel(self.tr("to"))
        self.summary = QLabel()
        self.summary.setObjectName("period_summary")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.previous, self.anchor, self.start, self.to_label, self.end,
                       self.next, self.summary):
            layout.addWidget(widget)
        layout.addStretch()

        self._quiet = False
        self.set_period(review_month(clock.today()))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.anchor, self.start, self.end):
            edit.dateChanged.connect(self._changed)
        self.previous.clicked.connect(lambda: self.set_period(self.period().previous(), emit=True))
        self.next.clicked.connect(self._step_forward)

    def period(self) -> Period:
        code = self.kind.currentData()
        day = _date(self.anchor.date())
        if code == "month":
            return month_period(day)
        if code == "quarter":
            return quarter_period(day)
        if code == "year":
            return year_period(day.year)
        start, end = _date(self.start.date()), _date(self.end.date())
        return range_period(min(start, end), max(start, end))

    def set_period(self, period: Period, *, emit: bool = False) -> None:
        self._quiet = True
        try:
            self.kind.setCurrentIndex(self.KINDS.index(period.kind))
            self.anchor.setDate(_qdate(period.start))
            self.start.setDate(_qdate(period.start))
            self.end.setDate(_qdate(period.end))
            self._show_fields(period.kind)
        finally:
            self._quiet = False
        self._update_summary()
        if emit:
            self.period_changed.emit(self.period())

    def _step_forward(self) -> None:
        period = self.period()
        if period.kind == "range":
            days = (period.end - period.start).days + 1
            start = period.end + dt.timedelta(days=1)
            self.set_period(range_period(start, start + dt.timedelta(days=days - 1)), emit=True)
        else:
            step = {"month": 1, "quarter": 3, "year": 12}[period.kind]
            following = add_months(period.start, step)
            maker = {"month": month_period, "quarter": quarter_period,
                     "year": lambda d: year_period(d.year)}[period.kind]
            self.set_period(maker(following), emit=True)

    def _show_fields(self, code: str) -> None:
        custom = code == "range"
        self.anchor.setVisible(not custom)
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(custom)
        self.anchor.setDisplayFormat({"year": "yyyy"}.get(code, "yyyy-MM"))

    def _kind_changed(self) -> None:
        if self._quiet:
            return
        shown = self._current  # a custom range starts as the period that was shown
        self._quiet = True
        self.start.setDate(_qdate(shown.start))
        self.end.setDate(_qdate(shown.end))
        self._quiet = False
        self._show_fields(self.kind.currentData())
        self._changed()

    def _changed(self) -> None:
        if self._quiet:
            return
        self._update_summary()
        self.period_changed.emit(self.period())

    def _update_summary(self) -> None:
        period = self._current = self.period()
        if period.kind in ("quarter", "year"):
            self.summary.setText(fill(self.tr("{start} to {end}"), start=period.start.isoformat(),
                                      end=period.end.isoformat()))
        else:
            self.summary.setText("")
