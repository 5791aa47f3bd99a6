"""A new database's first steps, in the order a secretary takes them, and which are done: the
dashboard's getting-started panel asks here (widgets never query the records themselves).

    steps = first_steps()
    steps.done("areas")        # True once a work area exists
    steps.needed               # False once there are work areas and members
"""
from __future__ import annotations

from dataclasses import dataclass

from db.models import Branch, Concern, Member, Organisation, Visit, WorkArea

# The steps in order: the general branch's names (settings), its branches, work areas,
# members (typed or imported), then visits and concerns.
STEPS = ("settings", "branches", "areas", "members", "visits", "concerns")


@dataclass(frozen=True)
class FirstSteps:
    done_steps: frozenset[str]

    def done(self, step: str) -> bool:
        return step in self.done_steps

    @property
    def needed(self) -> bool:
        """The panel is shown until the branch has work areas and members: the figures of an
        office with neither are no help."""
        return not (self.done("areas") and self.done("members"))


def _any(model) -> bool:
    return model.select(model.id).where(~model.deleted).exists()


def first_steps() -> FirstSteps:
    """Which of STEPS are done: settings once the general branch has its name and the report's
    signature lines, each other step once a live record of its kind exists."""
    org = (Organisation.select().where(~Organisation.deleted)
           .order_by(Organisation.created_at).first())
    done = {"settings"} if org is not None and org.name.strip() \
        and org.signature_lines.strip() else set()
    for step, model in (("branches", Branch), ("areas", WorkArea), ("members", Member),
                        ("visits", Visit), ("concerns", Concern)):
        if _any(model):
            done.add(step)
    return FirstSteps(frozenset(done))
