"""Dialogs opened from several places (quick visit entry, concerns …)."""
