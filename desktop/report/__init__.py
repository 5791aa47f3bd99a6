"""The printed monthly summary (reportlab). No Qt here, so the command line prints without a
screen."""
