"""Typed errors the record layer raises.

Every message is an English template marked for translation (context "db") plus its parameters,
so the UI can show it in Chinese and the command line can print it as it is.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from db.i18n import fill


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field: `field` is the entity's field name ("" for the whole
    record)."""

    field: str
    template: str
    params: dict = dataclasses.field(default_factory=dict)  # (`field` is a field name here)

    @property
    def message(self) -> str:
        return fill(self.template, **self.params)


class BranchDeskError(Exception):
    """Base for errors a user can cause and must be told about (never shown as a traceback)."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(fill(template, **params))

    @property
    def message(self) -> str:
        return fill(self.template, **self.params)


class ValidationError(BranchDeskError):
    """A record failed validation; nothing was written. Carries one Problem per bad field."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("ValidationError needs at least one problem")
        self.problems = list(problems)
        first = self.problems[0]
        super().__init__(first.template, **first.params)

    def __str__(self) -> str:
        return "; ".join(f"{p.field}: {p.message}" if p.field else p.message for p in self.problems)

    def for_field(self, name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == name]


class NotFound(BranchDeskError):
    """The record asked for does not exist (or is in the trash when a live one is needed)."""


class DataFolderError(BranchDeskError):
    """The data folder or its database cannot be used (locked, corrupt, too new, unwritable)."""
