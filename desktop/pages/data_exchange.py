"""Exchange section: export a package for a device, import one, and the history of exchanges."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import clock
from db.i18n import fill
from db.sync import (
    SUFFIX,
    ImportSummary,
    exchange_history,
    export_package,
    list_peers,
)
from desktop.context import AppContext
from desktop.i18n import error_text, table_label
from desktop.operations import Operation

PACKAGE_FILTER_TEMPLATE = "{name} (*{suffix})"


class ExchangeSection(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pending = None  # the package whose preview is being read

        self.target = QComboBox()
        self.export_button = QPushButton(self.tr("E&xport package…"))
        self.export_button.clicked.connect(self.export_clicked)
        self.import_button = QPushButton(self.tr("&Import package…"))
        self.import_button.clicked.connect(self.import_clicked)
        self.key_button = QPushButton(self.tr("Sa&ve exchange key…"))
        self.key_button.clicked.connect(self.save_key_clicked)
        self.join_button = QPushButton(self.tr("&Join with a key file…"))
        self.join_button.clicked.connect(self.join_clicked)
        # Progress shows in the section itself, so a page closed meanwhile leaves no dialog behind.
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        export_box = QGroupBox(self.tr("Send records to another machine"))
        form = QFormLayout(export_box)
        form.addRow(self.tr("For device:"), self.target)
        hint = QLabel(self.tr("Only what that device has not confirmed yet goes into the package. "
                              "Choose “Everything” for a machine that is new or was restored."))
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.export_button)

        import_box = QGroupBox(self.tr("Receive records from another machine"))
        import_layout = QVBoxLayout(import_box)
        import_hint = QLabel(self.tr(
            "Importing twice changes nothing; rows edited on both machines become conflicts."))
        import_hint.setWordWrap(True)  # one line made the page too wide for 1024 pixels
        import_layout.addWidget(import_hint)
        import_layout.addWidget(self.import_button)
        import_layout.addWidget(self.busy)
        import_layout.addWidget(self.result)

        key_box = QGroupBox(self.tr("Exchange key"))
        key_layout = QVBoxLayout(key_box)
        key_hint = QLabel(self.tr(
            "Packages are locked with the general branch's exchange key. On the office computer "
            "save the key to a USB stick; on each laptop join with that file once, then delete "
            "it from the stick."))
        key_hint.setWordWrap(True)
        key_layout.addWidget(key_hint)
        key_layout.addWidget(self.key_button)
        key_layout.addWidget(self.join_button)

        top = QHBoxLayout()
        top.addWidget(export_box, 1)
        top.addWidget(import_box, 1)
        top.addWidget(key_box, 1)

        self.history = QTableWidget(0, 8)
        self.history.setTabKeyNavigation(False)
        self.history.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Direction"), self.tr("Device"), self.tr("Rows sent"),
            self.tr("New"), self.tr("Updated"), self.tr("Conflicts"), self.tr("File")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Sized to their contents but never squeezed to a two-character header (~30 px): room
        # for a time, a device's name and a count with its header in either language.
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("0000-00-00") + 16)
        self.no_history = QLabel(self.tr(
            "No exchanges yet. Export a package here, carry it on a USB stick to the other "
            "computer and import it there; then bring that computer's package back."))
        self.no_history.setWordWrap(True)
        history_box = QGroupBox(self.tr("History of exchanges"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.no_history)
        history_layout.addWidget(self.history)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(history_box, 1)
        self.refresh()

    # data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.target.currentData()
        self.target.clear()
        self.target.addItem(self.tr("Everything (a new or restored machine)"), "")
        for peer in list_peers():
            self.target.addItem(peer.name or peer.device_id, peer.device_id)
        index = self.target.findData(chosen)
        self.target.setCurrentIndex(max(index, 0))
        entries = exchange_history()
        self.no_history.setVisible(not entries)
        self.history.setRowCount(len(entries))
        directions = {"export": self.tr("Sent"), "import": self.tr("Received")}
        for row, entry in enumerate(entries):
            counts = entry.counts
            exported = entry.direction == "export"
            figures = [str(sum(counts.values())), "", "", ""] if exported else [
                "", *(str(counts.get(k, 0)) for k in ("new", "updated", "conflicts"))]
            direction = self.tr("Received, already merged") if entry.already_merged else \
                directions.get(entry.direction, entry.direction)
            cells = [clock.local_minute(entry.at), direction,
                     entry.device_name or self.tr("everyone"), *figures, entry.file_name]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 3 <= column <= 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.history.setItem(row, column, item)

    def _filter(self) -> str:
        return fill(PACKAGE_FILTER_TEMPLATE, name=self.tr("Exchange packages"), suffix=SUFFIX)

    # export ------------------------------------------------------------------------------------
    def export_clicked(self) -> None:
        device_id = self.target.currentData() or None
        store = self.context.store
        name = (self.target.currentText() if device_id else self.tr("everyone")).replace(" ", "-")
        suggested = f"{store.device.name}-{name}{SUFFIX}"
        path = self.context.dialogs.save_file(self.tr("Export package"), self._filter(), suggested)
        if path is None:
            return
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        self._run(export_package, store.device, path, for_device=device_id,
                  done=self._exported, label=self.tr("Writing the package…"))

    def _exported(self, result) -> None:
        text = fill(self.tr("Wrote {count} rows to {path}."), count=result.total,
                    path=result.path)
        self.result.setText(text)
        self.context.dialogs.info(self.tr("Export package"), text)
        self.refresh()

    # import ------------------------------------------------------------------------------------
    def import_clicked(self) -> None:
        path = self.context.dialogs.open_file(self.tr("Import package"), self._filter())
        if path is None:
            return
        from db.sync import preview_package

        self.pending = path
        self._run(preview_package, path, self.context.store.device, done=self._previewed,
                  label=self.tr("Reading the package…"))

    def preview_text(self, summary: ImportSummary) -> str:
        """What the package will do, per table, as the question before importing it."""
        if summary.nothing_new:
            return "\n".join([fill(self.tr(
                "The package from {source} holds nothing new: everything in it is already "
                "merged here."), source=summary.source.name or summary.source.id), self.tr(
                "Import it anyway? No record changes; the history notes the import as already "
                "merged.")])
        lines = [fill(self.tr("The package from {source} will change this database:"),
                      source=summary.source.name or summary.source.id)]
        for table, counts in summary.per_table.items():
            if any(counts.get(k) for k in ("new", "updated", "deleted", "conflicts")):
                lines.append(fill(self.tr(
                    "{table}: {new} new, {updated} updated, {deleted} deleted, "
                    "{conflicts} conflicts"), table=table_label(table),
                    new=counts.get("new", 0), updated=counts.get("updated", 0),
                    deleted=counts.get("deleted", 0), conflicts=counts.get("conflicts", 0)))
        lines += [fill(self.tr(
            "Work area “{name}” was made on two machines: the one made later, on {machine}, "
            "will be named “{new_name}” on both."), name=r.name, new_name=r.new_name,
            machine=r.made_on) for r in summary.renamed]
        if summary.many_deletions:
            lines.append(fill(self.tr(
                "Warning: it moves {count} records to the trash. Import only if those records "
                "were really deleted on the other machine."), count=summary.deleted))
        if summary.adopted_organisation:
            lines.append(self.tr("This new database will join that general branch."))
        lines.append(self.tr("Import it?"))
        return "\n".join(lines)

    def _previewed(self, summary) -> None:
        path, self.pending = self.pending, None
        text = self.preview_text(summary)
        self.result.setText("")
        if path is None or not self.context.dialogs.confirm(self.tr("Import package"), text):
            self.result.setText(self.tr("Nothing was imported."))
            return
        from db.sync import import_package

        self._run(import_package, path, self.context.store.device, done=self._imported,
                  label=self.tr("Merging the package…"), changes=("*",))

    def _imported(self, summary) -> None:
        if summary.nothing_new:  # imported before: the history marks this one so
            text = fill(self.tr("Nothing new from {source}: everything in the package was "
                                "already merged here."),
                        source=summary.source.name or summary.source.id)
            self.result.setText(text)
            self.context.dialogs.info(self.tr("Import package"), text)
            return
        text = fill(self.tr("From {source}: {new} new, {updated} updated, {conflicts} "
                            "conflicts, {unchanged} already here."),
                    source=summary.source.name or summary.source.id, new=summary.new,
                    updated=summary.updated, conflicts=summary.conflicts,
                    unchanged=summary.unchanged + summary.kept)
        # Sentences follow one another after a space in English, with none in Chinese.
        after = self.tr("{text} {more}")
        if summary.adopted_organisation:
            text = fill(after, text=text, more=self.tr(
                "This new database joined that general branch."))
        if summary.conflicts:
            text = fill(after, text=text, more=self.tr(
                "Settle the conflicts on the Conflicts tab."))
        for renamed in summary.renamed:
            text += "\n" + fill(self.tr(
                "Work area “{name}” was made on two machines: the one made later, on {machine}, "
                "is now named “{new_name}” on both. Rename it, or move its records to "
                "“{name}” and delete it."), name=renamed.name, new_name=renamed.new_name,
                machine=renamed.made_on)
        self.result.setText(text)
        self.context.dialogs.info(self.tr("Import package"), text)

    # the key -----------------------------------------------------------------------------------
    def _key_filter(self) -> str:
        from db.sync import KEY_SUFFIX

        return fill("{label} (*{suffix})", label=self.tr("Exchange key files"), suffix=KEY_SUFFIX)

    def save_key_clicked(self) -> None:
        from db.sync import KEY_SUFFIX, write_key_file

        path = self.context.dialogs.save_file(self.tr("Save exchange key"), self._key_filter(),
                                              f"branch{KEY_SUFFIX}")
        if path is None:
            return
        try:
            written = write_key_file(path)
        except Exception as exc:  # noqa: BLE001 (every failure is shown as one line)
            self.context.dialogs.error(self.tr("Save exchange key"), error_text(exc))
            return
        self.context.dialogs.info(self.tr("Save exchange key"), fill(self.tr(
            "Saved the exchange key to {path}. On each laptop choose “Join with a key file…” "
            "and this file. Keep it like a key: whoever holds it can read packages."),
            path=str(written)))

    def join_clicked(self) -> None:
        from db.sync import join

        path = self.context.dialogs.open_file(self.tr("Join with a key file"), self._key_filter())
        if path is None:
            return
        try:
            about = join(path)
        except Exception as exc:  # noqa: BLE001 (every failure is shown as one line)
            self.context.dialogs.error(self.tr("Join with a key file"), error_text(exc))
            return
        self.context.dialogs.info(self.tr("Join with a key file"), fill(self.tr(
            "This computer joined the exchange of {name}. Now import a package for everyone "
            "from the office computer."), name=about["organisation_name"] or
            about["organisation_id"]))

    # running -----------------------------------------------------------------------------------
    def _run(self, fn, *args, done, label: str, changes: tuple[str, ...] = (),
             **kwargs) -> Operation:
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.busy.setFormat(label)
        self.busy.show()
        self.result.setText(label)
        return (Operation(self, self.context, fn, *args, **kwargs)
                .always(self._finished).success(done).failure(self._failed).changes(*changes)
                .run(title=QCoreApplication.translate("data", "Exchange failed")))

    def _finished(self) -> None:
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.import_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.result.setText(text)
        self.context.dialogs.error(QCoreApplication.translate("data", "Exchange failed"), text)
