"""Fixtures for record-layer tests: a pinned calendar, factories, an "unchanged" guard."""
from __future__ import annotations

import pytest

from db import clock
from tests.db.helpers import TODAY, Make, digest
from tests.db.sync.devices import Devices


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    """Every record-layer test runs on 2024-06-15 so 'in the future' is deterministic."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


@pytest.fixture
def make(store):
    return Make()


@pytest.fixture
def unchanged(store):
    """Use as `with unchanged(): ...` to assert a block leaves every table as it was."""
    from contextlib import contextmanager

    @contextmanager
    def check():
        before = digest(store.db)
        yield
        assert digest(store.db) == before, "the database changed"

    return check


@pytest.fixture
def devices(tmp_path):
    """Three machines of one general branch: office, laptop_a, laptop_b."""
    machines = Devices(tmp_path)
    yield machines
    machines.close()
