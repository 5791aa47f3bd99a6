"""Dialogs of the window, built on desktop.widgets.record_dialog.RecordDialog; some open from
more than one page."""
