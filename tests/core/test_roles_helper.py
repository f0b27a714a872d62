"""What the volunteer's helper view is made of (Qt-free): place, ways on, tips, the way so far."""

from __future__ import annotations

from assistant.core.engine import GuideRun
from assistant.core.guide import GuideLibrary
from assistant.core.helper_snapshot import helper_snapshot


def first_question(run: GuideRun) -> None:
    while run.current.type != "question":
        run.forward()


def test_snapshot_follows_the_run():
    guide = GuideLibrary.load().get("eid-pin", "de")
    run = GuideRun(guide)
    snap = helper_snapshot(run)
    assert (snap.guide_title, snap.step_title, snap.number) == (guide.title, guide.step(guide.start).title, 1)
    assert snap.path == () and len(snap.ways) == len(guide.step(guide.start).answers)
    first_question(run)
    step = run.current
    snap = helper_snapshot(run)
    assert snap.step_type == "question"
    assert [w.label for w in snap.ways] == [a.text for a in step.answers]
    assert [w.leads_to for w in snap.ways] == [guide.step(a.next).title for a in step.answers]
    assert snap.tips == step.helper
    run.answer(1)
    snap = helper_snapshot(run)
    assert snap.path[-1] == (step.title, step.answers[1].text)
    run.back()
    snap = helper_snapshot(run)
    assert [w.chosen_before for w in snap.ways] == [i == 1 for i in range(len(step.answers))]


def test_action_steps_show_their_outcomes_and_helper_tips_are_filled():
    guide = GuideLibrary.load().get("eid-pin", "de")
    with_tips = [s for s in guide.steps.values() if s.helper]
    assert with_tips, "the guide has helper notes"
    action = next(s for s in guide.steps.values() if s.type == "action")
    run = GuideRun(guide, current_id=action.id)
    snap = helper_snapshot(run, {"office_name": "Bürgerbüro Bochum"})
    assert {w.label for w in snap.ways} == set(action.outcomes)
    assert "{" not in snap.step_title
