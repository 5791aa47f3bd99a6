from db.models import DatabaseFact, Organisation
from db.organisation import get_organisation, update_organisation
from db.validate import BAD_INTEGER, REQUIRED, TOO_BIG, TOO_SMALL
from tests.db.helpers import assert_refused, audit_entries


def test_a_new_database_has_one_organisation_with_default_policy(store):
    org = get_organisation()
    assert Organisation.select().count() == 1
    assert DatabaseFact.get_by_id("organisation_id").value == org.id
    assert (org.visits_per_month, org.overdue_days, org.concern_due_days) == (1, 45, 15)
    assert get_organisation().id == org.id


def test_update_organisation_is_revised_and_audited(store, unchanged):
    org = get_organisation()
    updated = update_organisation({"name": "柳州工务段线路车间党总支", "overdue_days": "30",
                                   "tier3_weight": "3"})
    assert updated.rev.startswith("2-") and updated.seq > org.seq
    assert audit_entries(org.id)[-1] == {
        "action": "update", "table": "organisation",
        "changes": {"name": [org.name, "柳州工务段线路车间党总支"], "overdue_days": [45, 30],
                    "tier3_weight": [2.5, 3.0]}}
    with unchanged():
        update_organisation({"overdue_days": 30})


def test_organisation_refusals(store, unchanged):
    assert_refused(unchanged, lambda: update_organisation({"overdue_days": ""}), "overdue_days",
                   REQUIRED)
    assert_refused(unchanged, lambda: update_organisation({"visits_per_month": -1}),
                   "visits_per_month", TOO_SMALL)
    assert_refused(unchanged, lambda: update_organisation({"concern_due_days": 0}),
                   "concern_due_days", TOO_SMALL)
    assert_refused(unchanged, lambda: update_organisation({"tier1_weight": -0.1}),
                   "tier1_weight", TOO_SMALL)
    assert_refused(unchanged, lambda: update_organisation({"visits_per_month": 32}),
                   "visits_per_month", TOO_BIG)
    assert_refused(unchanged, lambda: update_organisation({"overdue_days": "三十"}),
                   "overdue_days", BAD_INTEGER)
