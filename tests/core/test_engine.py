"""The guide engine on the shipped eID PIN guide: Back, facts, progress, saving and resuming."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from assistant.core.engine import GuideRun, Progress
from assistant.core.errors import ContentError
from assistant.core.guide import guide_from_data
from assistant.resources import resource


def answer_index(run: GuideRun, fragment: str) -> int:
    """The answer on the current step whose text contains ``fragment``."""
    hits = [i for i, a in enumerate(run.current.answers) if fragment in a.text]
    assert len(hits) == 1, (run.current_id, fragment, [a.text for a in run.current.answers])
    return hits[0]


def test_back_restores_the_earlier_answer_and_its_facts(library):
    run = GuideRun(library.get("eid-pin", "de"))
    run.answer(answer_index(run, "Aufenthaltskarte"))
    assert run.current_id == "lost"
    assert run.facts["office"] == "auslaenderbuero"
    assert "Reisepass" in run.facts["bring_card"]

    assert run.back() is True
    assert run.current_id == "card-type"
    assert run.facts == {}  # nothing stale is left behind
    assert run.previous_answer() == answer_index(run, "Aufenthaltskarte")  # shown as chosen before

    run.answer(answer_index(run, "Personalausweis"))
    assert run.facts["office"] == "buergerbuero"
    assert run.facts["card"] == "personalausweis"


def test_back_at_the_start_does_nothing(library):
    run = GuideRun(library.get("eid-pin", "de"))
    assert not run.can_go_back
    assert run.back() is False
    assert run.current_id == "card-type"


def test_action_outcome_becomes_a_fact_and_unknown_outcomes_take_the_unavailable_way(library):
    guide = library.get("eid-pin", "de")
    run = GuideRun(guide, current_id="check-card")
    run.outcome("no-such-outcome")
    assert run.current_id == guide.steps["check-card"].outcomes["unavailable"]
    assert run.facts["eid_read_card"] == "unavailable"
    run.back()
    run.outcome("tries-1")
    assert run.current_id == "tries-1"
    assert run.facts["eid_read_card"] == "tries-1"


def test_progress_is_honest_on_branching_paths(library):
    run = GuideRun(library.get("eid-pin", "de"))
    p = run.progress()
    assert isinstance(p, Progress)
    assert p.number == 1
    assert p.exact is False  # the eID guide branches from the start
    assert p.total > p.number
    run.answer(answer_index(run, "Personalausweis"))
    p2 = run.progress()
    assert p2.number == 2
    assert p2.total >= p2.number
    assert 0 < p2.fraction <= 1
    # an end step: nothing left, the figure is exact
    run.answer(answer_index(run, "verloren"))
    p3 = run.progress()
    assert run.finished
    assert (p3.number, p3.total, p3.exact) == (3, 3, True)


def test_progress_words_read_naturally(library):
    """'Schritt n von etwa m' is what the window shows; the numbers must make such a sentence true."""
    run = GuideRun(library.get("computer-ready", "de"))
    seen = []

    def words() -> str:
        p = run.progress()
        return f"Schritt {p.number} von {'' if p.exact else 'etwa '}{p.total}"

    while not run.finished:
        seen.append(words())
        step = run.current
        if step.type == "question":
            run.answer(0)
        elif step.type == "action":
            run.outcome("tries-3")
        else:
            run.forward()
    seen.append(words())
    assert seen[0].startswith("Schritt 1 von etwa ")  # the guide branches: an honest "etwa"
    numbers = [int(s.split()[1]) for s in seen]
    assert numbers == list(range(1, len(seen) + 1))
    assert seen[-1] == f"Schritt {len(seen)} von {len(seen)}"  # at the end the figure is exact
    # "von etwa m" never promises fewer steps than the path really had
    assert all(int(s.rsplit(" ", 1)[1]) >= n for s, n in zip(seen, numbers, strict=True))


def test_state_round_trip_is_plain_json_and_keeps_the_place(library):
    guide = library.get("eid-pin", "de")
    run = GuideRun(guide)
    run.answer(answer_index(run, "eID-Karte"))
    run.answer(answer_index(run, "hier"))
    run.answer(answer_index(run, "Kartenleser"))
    run.outcome("tries-2")
    state = json.loads(json.dumps(run.to_state()))
    assert state["guide"] == "eid-pin" and state["lang"] == "de"
    again = GuideRun.from_state(guide, state)
    assert again.current_id == run.current_id == "tries-2"
    assert again.facts == run.facts
    assert again.back() and again.current_id == "check-card"


def test_from_state_on_a_changed_guide_raises_content_error(library):
    guide = library.get("eid-pin", "de")
    run = GuideRun(guide)
    run.answer(0)
    state = run.to_state()
    data = yaml.safe_load(resource("guides", "eid-pin.de.yaml").read_text(encoding="utf-8"))
    changed = copy.deepcopy(data)
    # the step the person stood on is renamed in a new release of the guide
    changed["steps"]["where-is-card"] = changed["steps"].pop("lost")
    for step in changed["steps"].values():
        for a in step.get("answers", ()):
            if a["next"] == "lost":
                a["next"] = "where-is-card"
    new_guide = guide_from_data(changed, source="eid-pin.de.yaml")
    with pytest.raises(ContentError, match="changed"):
        GuideRun.from_state(new_guide, state)
    with pytest.raises(ContentError):
        GuideRun.from_state(guide, {"path": "nonsense"})


def test_relocalized_keeps_place_and_facts_in_the_other_language(library):
    run = GuideRun(library.get("eid-pin", "de"))
    run.answer(answer_index(run, "Aufenthaltskarte"))
    en = run.relocalized(library.get("eid-pin", "en"))
    assert en.current_id == "lost"
    assert en.guide.lang == "en"
    assert en.facts["office"] == "auslaenderbuero"
    assert "passport" in en.facts["bring_card"]


def test_fill_uses_facts_and_city_values_and_keeps_unknown_names(library):
    from assistant.core.city import load_city

    run = GuideRun(library.get("eid-pin", "de"))
    run.answer(answer_index(run, "Aufenthaltskarte"))
    city = load_city()
    text = run.fill("Gehen Sie ins {office_name}. Sperren: {hotline_blocking}. {unknown}", city.facts("de"))
    assert text == "Gehen Sie ins Ausländerbüro. Sperren: 116 116. {unknown}"
