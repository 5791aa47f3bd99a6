"""Add/edit dialogs of the window, built on desktop.widgets.record_dialog.RecordDialog."""
