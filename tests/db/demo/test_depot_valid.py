"""The depot demo (ten years, 600 members) holds only records its own validation accepts: an
exchange checks every incoming row so, and one member who joined at 16 (a member who left in
the period's first years, born late) refused the whole depot's package."""
from __future__ import annotations

import shutil

import pytest

from db import branches, clock, members, records, workareas
from db.models import Branch, Member, WorkArea
from db.store import Store
from tests.perf.common import DEMO_TODAY, depot_folder

pytestmark = pytest.mark.slow


def test_every_member_area_and_branch_of_the_depot_passes_its_validation(tmp_path, monkeypatch):
    folder = tmp_path / "depot"
    shutil.copytree(depot_folder(), folder)
    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)  # the data's own today
    refused = []
    with Store.open(folder):
        for model, kind in ((Member, members.KIND), (WorkArea, workareas.KIND),
                            (Branch, branches.KIND)):
            rows = list(model.select())
            assert rows
            for row in rows:
                try:
                    kind.validate(dict(records.content_of(row)), row)
                except Exception as exc:  # noqa: BLE001 (every refusal listed, not the first)
                    refused.append((model.__name__, row.id, str(exc)))
    assert refused == []
