"""`sync conflicts` reads in the session's language: the fields by their labels and the values as
people read them (a tier by its name, a flag as yes/no), never the stored column names."""
from __future__ import annotations

import json
import re

from db import records, workareas
from db.store import Store
from desktop.cli.entry import main


def _edit_area(folder, area_id, changes):
    with Store.open(folder):
        records.edit(workareas.KIND, area_id, changes)


def test_conflicts_name_fields_and_values_in_both_languages(tmp_path, capsys):
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    with Store.open(office):
        area = records.create(workareas.KIND, {"name": "东站工区", "access_tier": 1}).id
    usb = tmp_path / "usb"
    usb.mkdir()
    for argv in ((office, "sync", "key", "--out", usb / "k.bdkey"), (laptop, "sync", "join",
                 usb / "k.bdkey"), (office, "sync", "export", "--out", usb / "a.bdsync"),
                 (laptop, "sync", "import", usb / "a.bdsync")):
        assert main(["--data-dir", *map(str, argv)]) == 0
    _edit_area(office, area, {"access_tier": 2, "active": False})
    _edit_area(laptop, area, {"access_tier": 3})
    assert main(["--data-dir", str(laptop), "sync", "export", "--out", str(usb / "b.bdsync")]) == 0
    assert main(["--data-dir", str(office), "sync", "import", str(usb / "b.bdsync")]) == 0
    capsys.readouterr()

    assert main(["--data-dir", str(office), "--lang", "en", "sync", "conflicts"]) == 0
    english = capsys.readouterr().out
    assert "Access tier: here (" in english and "“Remote”" in english and "“Ordinary”" in english
    assert "In use: here (" in english and "“Yes”" in english and "“No”" in english
    assert "access_tier" not in english and "active" not in english
    # both computers by name (this one's versions were named by its raw id)
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)",
                         english), english

    assert main(["--data-dir", str(office), "sync", "conflicts", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", listed["detected_at"])  # UTC, said so
    assert set(listed["local"]["values"]) == {"access_tier", "active", "deactivated_on"}

    assert main(["--data-dir", str(office), "sync", "conflicts"]) == 0
    chinese = capsys.readouterr().out
    assert "交通条件：本机（" in chinese and "“偏远艰苦”" in chinese and "“一般”" in chinese
    assert "“是”" in chinese and "“否”" in chinese
    devices = {json.loads((f / "device.json").read_text())["name"] for f in (office, laptop)}
    for name in devices:  # the computers' names are data
        chinese = chinese.replace(name, " ")
    words = set(re.findall(r"[A-Za-z_]{2,}", re.sub(r"[0-9a-f-]{36}", " ", chinese)))
    assert words == set(), chinese


def test_every_column_a_conflict_can_show_has_a_label():
    """A table added later (plans, meetings) showed its columns by their stored names
    (held_on, minutes) in the window's conflicts view and in `sync conflicts`."""
    from db.models import SYNC_MODELS, SyncModel
    from db.sync.package import sync_columns
    from desktop.widgets.conflict_fields import FIELD_LABELS

    missing = {(m._meta.table_name, c) for m in SYNC_MODELS for c in sync_columns(m)
               if c not in SyncModel.IDENTITY_FIELDS and c not in FIELD_LABELS}
    assert missing == set()
