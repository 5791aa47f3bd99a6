"""Dialogs opened from more than one page."""
