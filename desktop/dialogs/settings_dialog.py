"""Settings (设置): the general branch's names and policy thresholds (in the database, validated as
typed like any record), its branches, and this computer's language and device name."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from db import meetings, organisation, records
from db.choices import MEETING_KINDS, QUOTA_PERIODS
from db.errors import BranchDeskError, Problem, ValidationError
from desktop.context import AppContext
from desktop.i18n import LANGUAGES, choice_label
from desktop.widgets.branch_editor import BranchEditor
from desktop.widgets.fields import choice_combo, number_edit
from desktop.widgets.record_dialog import RecordDialog
from desktop.widgets.tab_keys import tab_keys

ORGANISATION_FIELDS = ("name", "depot", "secretary", "signature_lines", "visits_per_month",
                       "overdue_days", "concern_due_days", "tier1_weight", "tier2_weight",
                       "tier3_weight")
LANGUAGE_KEY = "language"


class SettingsDialog(RecordDialog):
    """The general branch's settings, policy, language and this device's name:
    `SettingsDialog.ask(parent, context)`, or open on a tab: `..., tab="branches"` (TABS)."""

    table = "organisation"
    TABS = ("general", "policy", "meetings", "branches", "device")

    def __init__(self, parent: QWidget | None, context: AppContext, tab: str = "general") -> None:
        self.context = context
        org_id = organisation.get_organisation().id
        super().__init__(parent, "", check=lambda data: self._check_all(data, org_id),
                         save=self._save_all, existing=True)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")
        self.tabs = QTabWidget()
        tab_keys(self.tabs)
        self.layout().insertWidget(0, self.tabs)

        general = self._tab(self.tr("General branch"))
        self.add_field("name", self.tr("Name"), QLineEdit(), form=general)
        self.add_field("depot", self.tr("Depot"), QLineEdit(), form=general)
        self.add_field("secretary", self.tr("Secretary"), QLineEdit(), form=general)
        lines = QPlainTextEdit()
        lines.setTabChangesFocus(True)
        lines.setFixedHeight(70)
        lines.setPlaceholderText(self.tr("One per line, e.g. Prepared by: ____"))
        self.add_field("signature_lines", self.tr("Report signature lines"), lines, form=general)

        policy = self._tab(self.tr("Policy"))
        self.add_field("visits_per_month", self.tr("Visits per work area per month"),
                       number_edit(), form=policy)
        self.add_field("overdue_days", self.tr("Overdue after (days without a visit)"),
                       number_edit(), form=policy)
        self.add_field("concern_due_days", self.tr("Concerns due within (days)"), number_edit(),
                       form=policy)
        for tier, text in ((1, self.tr("Weight of convenient areas")),
                           (2, self.tr("Weight of ordinary areas")),
                           (3, self.tr("Weight of remote areas"))):
            self.add_field(f"tier{tier}_weight", text, number_edit(), form=policy)
        note = QLabel(self.tr("The weights rank the suggested next visits: days since the last "
                              "visit × the area's weight."))
        note.setWordWrap(True)
        policy.addRow(note)

        quotas = self._tab(self.tr("Meetings"))
        quotas.addRow(QLabel(self.tr("How often each kind of meeting is to be held (defaults "
                                     "from the branch work regulations; local rules may differ). "
                                     "0: not required.")))
        for kind, (per, count) in meetings.quota_rules().items():
            self.add_field(f"quota_{kind}_count", choice_label(MEETING_KINDS, kind),
                           number_edit(), form=quotas)
            self.add_field(f"quota_{kind}_per", "", choice_combo(QUOTA_PERIODS), form=quotas)
            self.set_data({f"quota_{kind}_count": count, f"quota_{kind}_per": per})
        self.branches = BranchEditor(context)
        self.tabs.addTab(self.branches, self.tr("Branches"))

        device = self._tab(self.tr("This computer"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.add_field("language", self.tr("Language"), self.language, form=device)
        restart = QLabel(self.tr("A new language is used from the next start of Branch Desk."))
        restart.setWordWrap(True)
        device.addRow("", restart)
        self.add_field("device_name", self.tr("Name of this computer"), QLineEdit(), form=device)
        device.addRow("", QLabel(self.tr("Shown to others when records are exchanged.")))

        self.set_data(records.content_of(organisation.get_organisation()))
        self.set_data({"language": context.settings.value(LANGUAGE_KEY, context.lang),
                       "device_name": context.store.device.name})
        self.resize(560, 460)
        self.tabs.setCurrentIndex(self.TABS.index(tab))

    def _tab(self, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        self.tabs.addTab(page, title)
        return form

    def _check_all(self, data: dict, org_id: str) -> None:
        problems = []
        try:
            records.check(organisation.KIND, self.organisation_data(data), org_id)
        except ValidationError as exc:
            problems += exc.problems
        for kind in MEETING_KINDS:
            try:
                meetings.check_quota(kind, data[f"quota_{kind}_per"],
                                     data[f"quota_{kind}_count"])
            except ValidationError as exc:
                problems += [Problem(f"quota_{kind}_{p.field}", p.template, p.params)
                             for p in exc.problems]
        if problems:
            raise ValidationError(problems)

    @staticmethod
    def organisation_data(data: dict) -> dict:
        return {key: data[key] for key in ORGANISATION_FIELDS if key in data}

    def _save_all(self, data: dict):
        saved = organisation.update_organisation(self.organisation_data(data))
        rules = meetings.quota_rules()
        for kind in MEETING_KINDS:
            clean = meetings.check_quota(kind, data[f"quota_{kind}_per"],
                                         data[f"quota_{kind}_count"])
            if rules.get(kind) != (clean["per"], clean["count"]):
                meetings.set_quota(kind, clean["per"], clean["count"])
                self.context.events.notify("meeting_quota")
        self.context.settings.setValue(LANGUAGE_KEY, data["language"])
        name = data["device_name"].strip()
        if name and name != self.context.store.device.name:
            self.context.store.device = self.context.store.folder.rename_device(name)
        return saved

    def show_problems(self, exc: BranchDeskError | None) -> None:
        """Bring a tab with a problem forward unless the one shown has one: never hide an error."""
        super().show_problems(exc)
        bad = [index for index in range(self.tabs.count())
               if any(not self.errors[key].isHidden()
                      and self.tabs.widget(index).isAncestorOf(widget)
                      for key, widget in self.fields.items())]
        if bad and self.tabs.currentIndex() not in bad:
            self.tabs.setCurrentIndex(bad[0])
