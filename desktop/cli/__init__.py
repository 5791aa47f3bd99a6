"""`branch-desk`, the command line: one module per command, sharing `common`."""
from desktop.cli.entry import main, window_main

__all__ = ["main", "window_main"]
