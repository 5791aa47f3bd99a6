"""`branch-desk`, the command line: one module per command, sharing `common`."""
from desktop.cli.entry import main

__all__ = ["main"]
