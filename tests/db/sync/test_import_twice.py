"""A package imported a second time merges nothing: the summary says so, and the history keeps
the second import (the secretary did carry that stick in again) marked as already merged, not
as a second exchange that brought records."""
from __future__ import annotations

import pytest

from db import records, workareas
from db.sync import exchange_history
from tests.db.sync.devices import Devices


@pytest.fixture
def devices(tmp_path):
    machines = Devices(tmp_path / "machines", ["office", "laptop_a"])
    yield machines
    machines.close()


def test_the_second_import_merges_nothing_and_the_history_says_so(devices):
    with devices.on("office"):
        records.create(workareas.KIND, {"name": "东站工区"})
    package = devices.export("office", full=True)
    first = devices.import_("laptop_a", package)
    before = devices.snapshot("laptop_a")
    again = devices.import_("laptop_a", package)
    assert first.new == 2 and not first.nothing_new      # the organisation and the area
    assert again.nothing_new and (again.new, again.updated, again.unchanged) == (0, 0, 2)
    assert devices.snapshot("laptop_a") == before
    with devices.on("laptop_a"):
        second, first_line = exchange_history()
    assert (second.direction, first_line.direction) == ("import", "import")
    assert second.already_merged and not first_line.already_merged
    assert second.counts["unchanged"] == 2 and first_line.counts["new"] == 2


def test_an_export_is_never_already_merged(devices):
    devices.export("office", full=True)
    with devices.on("office"):
        [export] = exchange_history()
    assert export.direction == "export" and not export.already_merged
