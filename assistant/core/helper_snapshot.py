"""What the volunteer's helper view in a library shows of the current step (Qt-free): the guide and
step, the ways on and the path so far — only guide content, never anything typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.core.engine import GuideRun


@dataclass(frozen=True)
class Way:
    """One way on from the current step: the answer (or "Weiter") and the step it leads to."""

    label: str  # the answer's text; "" for a plain "Weiter"; the outcome name for an action step
    leads_to: str  # the title of the step it leads to
    chosen_before: bool = False  # the person chose this last time (came back with "Zurück")


@dataclass(frozen=True)
class HelperSnapshot:
    """What the volunteer's helper view shows of the current step (never anything typed)."""

    guide_title: str
    step_title: str
    step_type: str
    number: int
    total: int
    exact: bool
    tips: str  # the step's ``helper:`` text from the guide
    ways: tuple[Way, ...]
    path: tuple[tuple[str, str], ...]  # (step title, what the person chose there) oldest first


def helper_snapshot(run: GuideRun, values: Mapping[str, str] | None = None) -> HelperSnapshot:
    """Where the person is in the guide, for the helper view. Only guide content: nothing typed."""
    guide, step = run.guide, run.current

    def fill(text: str) -> str:
        return run.fill(text, values or {})

    def title(step_id: str) -> str:
        s = guide.steps.get(step_id)
        return fill(s.title) if s is not None else step_id

    kept = run.previous_answer()
    if step.type == "question":
        ways = tuple(Way(fill(a.text), title(a.next), kept == i) for i, a in enumerate(step.answers))
    elif step.type == "action":
        ways = tuple(Way(name, title(target), kept == name) for name, target in step.outcomes.items())
    elif step.next:
        ways = (Way("", title(step.next)),)
    else:
        ways = ()
    path = []
    for visit in run.path:
        s = guide.steps.get(visit.step)
        if s is None:
            continue
        chose = ""
        if s.type == "question" and isinstance(visit.choice, int) and 0 <= visit.choice < len(s.answers):
            chose = fill(s.answers[visit.choice].text)
        elif s.type == "action" and isinstance(visit.choice, str):
            chose = visit.choice
        path.append((fill(s.title), chose))
    p = run.progress()
    return HelperSnapshot(
        guide_title=guide.title,
        step_title=fill(step.title),
        step_type=step.type,
        number=p.number,
        total=p.total,
        exact=p.exact,
        tips=fill(step.helper),
        ways=ways,
        path=tuple(path),
    )
