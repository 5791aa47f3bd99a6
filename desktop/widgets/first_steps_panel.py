"""The dashboard's getting-started panel: on a new database, the first steps in order, each a
button that opens where it is done, each ticked once done (db.first_steps says which), and the
panel gone once the branch has work areas and members. Alt+1 … Alt+6 press the steps' buttons."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from db.first_steps import STEPS, FirstSteps
from desktop.context import AppContext

DONE_STYLE = "color: #1b7f3b; font-weight: bold;"
TO_DO_STYLE = "color: #5f6368;"


class FirstStepsPanel(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_steps")
        self.setTitle(self.tr("Getting started: the first steps, in this order"))
        nav = context.navigator
        # step → (its buttons: (label, action)), what it is for
        rows = {
            "settings": ([(self.tr("&1 General branch…"), lambda: nav.open_settings("general"))],
                         self.tr("Settings: the general branch's name and the monthly report's "
                                 "signature lines.")),
            "branches": ([(self.tr("&2 Branches…"), lambda: nav.open_settings("branches"))],
                         self.tr("Settings → Branches: each party branch, which members and "
                                 "meetings belong to.")),
            "areas": ([(self.tr("&3 Add a work area…"), lambda: nav.new_record("areas"))],
                      self.tr("Each work area with its in-use date and access tier: mark the "
                              "remote ones Remote.")),
            "members": ([(self.tr("&4 Add a member…"), lambda: nav.new_record("members")),
                         (self.tr("Import a roster &workbook…"), nav.import_workbook)],
                        self.tr("Type the members in, or import the roster workbook you keep "
                                "(also File → Import from Excel…).")),
            "visits": ([(self.tr("&5 Record a visit…"), lambda: nav.record_visit())],
                       self.tr("Then each visit to a work area: who went, whom they talked to.")),
            "concerns": ([(self.tr("&6 Log a concern…"), nav.log_concern)],
                         self.tr("And each concern a worker raises, with an owner, until it is "
                                 "resolved or explained.")),
        }
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        self.ticks: dict[str, QLabel] = {}
        self.buttons: dict[str, list[QPushButton]] = {}
        self.notes: dict[str, QLabel] = {}
        for row, step in enumerate(STEPS):
            buttons, note = rows[step]
            tick = QLabel()
            font = tick.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            tick.setFont(font)
            tick.setMinimumWidth(tick.fontMetrics().horizontalAdvance("✓✓"))
            grid.addWidget(tick, row, 0)
            self.buttons[step] = []
            text = QLabel(note)
            text.setWordWrap(True)
            line = QHBoxLayout()
            for column, (label, action) in enumerate(buttons, start=1):
                button = QPushButton(label)
                button.setObjectName(f"first_step_{step}_{column}")
                button.clicked.connect(lambda _checked=False, a=action: a())
                if column == 1:
                    grid.addWidget(button, row, 1)
                else:  # another way to the same step, before what the step is for
                    line.addWidget(button)
                self.buttons[step].append(button)
            line.addWidget(text, 1)
            grid.addLayout(line, row, 2)
            self.ticks[step], self.notes[step] = tick, text
        self.hide()  # until the figures say whether it is needed

    def done_steps(self) -> list[str]:
        """The steps shown as done (ticked)."""
        return [step for step, tick in self.ticks.items() if tick.text() == "✓"]

    def show_steps(self, steps: FirstSteps) -> None:
        for step in STEPS:
            done = steps.done(step)
            tick = self.ticks[step]
            tick.setText("✓" if done else "○")
            tick.setStyleSheet(DONE_STYLE if done else TO_DO_STYLE)
            tick.setAccessibleName(self.tr("done") if done else self.tr("to do"))
            for button in self.buttons[step]:
                button.setAccessibleDescription(tick.accessibleName())
        self.setVisible(steps.needed)
