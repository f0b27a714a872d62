"""Issue 11: what the eID pages report is never contradicted by the guide step they lead to, and the
commonest paths stay short (the screens of the live pages counted)."""

from __future__ import annotations

import re

import pytest

from assistant.core.content_check import ACTIONS, ERROR, check_all, path_counts, word_counts

LANGS = ("de", "en")

# What a step reached by an outcome must not say (its title, text, answers and todo), per language.
CONTRADICTS = {
    "changed": {
        "de": r"nicht geändert|noch einmal|gesperrt|verbraucht|deaktiviert|nicht sicher",
        "en": r"not changed|try again|blocked|used up|deactivated|not sure",
    },
    "not-changed": {
        "de": r"Geschafft|ist bereit|neue PIN gilt|Vielleicht gilt",
        "en": r"ready|new PIN works|Maybe the new PIN",
    },
    # "not sure" stays "not sure": no claim either way, no plain "try again"
    "uncertain": {
        "de": r"nicht geändert|ist bereit|Geschafft|Ich versuche es noch einmal|gesperrt",
        "en": r"not changed|is ready|I will try again|blocked",
    },
    "deactivated": {"de": r"PUK|bereit|noch einmal", "en": r"PUK|ready|try again"},
    "inoperative": {"de": r"bereit|noch einmal", "en": r"ready|try again"},
}
MUST_SAY = {
    "changed": {"de": "bereit", "en": "ready"},
    "uncertain": {"de": "Raten Sie nicht", "en": "Do not guess"},
    "deactivated": {"de": "deaktiviert", "en": "deactivated"},
    "inoperative": {"de": "PUK", "en": "PUK"},
}


def shown(step) -> str:
    parts = [step.title, step.text, *(a.text for a in step.answers), *step.todo]
    return " ".join(parts)


@pytest.mark.parametrize("lang", LANGS)
def test_no_outcome_of_the_pin_page_leads_to_a_step_that_contradicts_it(library, lang):
    guide = library.get("eid-pin", lang)
    actions = [s for s in guide.steps.values() if s.action == "eid.change-pin"]
    assert len(actions) == 4
    for step in actions:
        # every outcome the page can report has its own way (none falls back to 'unavailable')
        assert set(step.outcomes) == set(ACTIONS["eid.change-pin"]), step.id
        for outcome, target_id in step.outcomes.items():
            target = guide.steps[target_id]
            bad = CONTRADICTS.get(outcome, {}).get(lang)
            if bad:
                hit = re.search(bad, shown(target))
                assert hit is None, (step.id, outcome, target_id, hit and hit.group(0))
            want = MUST_SAY.get(outcome, {}).get(lang)
            if want:
                assert want in shown(target), (step.id, outcome, target_id)
    # "not sure" has its own end step with safe advice: how to look at the tries without a PIN,
    # what to try first, when to stop and go to the office (shared/domain/eid-pin.md)
    end = guide.steps["end-uncertain"]
    assert end.is_end and end.where == "{office}" and end.bring and end.cost
    assert {"de": "Versuche", "en": "tries"}[lang] in " ".join(end.todo)
    assert {"de": "1 Versuch", "en": "1 try"}[lang] in end.more


@pytest.mark.parametrize("lang", LANGS)
def test_the_commonest_paths_are_short_and_every_screen_is_short(library, lang):
    guide = library.get("eid-pin", lang)
    counts = {c.name: c for c in path_counts(guide)}
    goals = {"new-card-with-pin-letter": 10, "forgot-pin": 7, "two-wrong-pins-last-try": 12}
    for name, goal in goals.items():
        c = counts[name]
        assert not c.problem and c.max <= goal and c.screens <= c.max, c
    assert max(word_counts(guide).values()) <= 60
    for gid in ("eid-pin", "computer-ready"):
        assert max(word_counts(library.get(gid, lang)).values()) <= 60, gid


def test_paths_count_the_same_in_both_languages(library):
    de, en = (path_counts(library.get("eid-pin", lang)) for lang in LANGS)
    assert [(c.name, c.screens) for c in de] == [(c.name, c.screens) for c in en]


def test_no_screen_of_a_shipped_guide_is_over_the_limit():
    found = check_all()
    assert [f for f in found if f.level == ERROR] == []
    assert any("path 'new-card-with-pin-letter': 10 screens (limit 10)" in f.message for f in found)
    assert any("words per screen: at most" in f.message for f in found)


def test_a_named_path_that_grows_is_an_error(tmp_path):
    import shutil

    import yaml

    from assistant.resources import resource

    folder = tmp_path / "guides"
    shutil.copytree(resource("guides"), folder)
    for lang in LANGS:
        f = folder / f"eid-pin.{lang}.yaml"
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        data["paths"]["new-card-with-pin-letter"]["max"] = 9
        data["paths"]["forgot-pin"]["steps"] = ["card-type", "device", "end-office-pin"]
        f.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    found = [str(f) for f in check_all(folder) if f.level == ERROR]
    assert any("'new-card-with-pin-letter': 10 screens (limit 9)" in f for f in found), found
    assert any("'forgot-pin': 'card-type' does not lead to 'device'" in f for f in found), found


def test_fees_and_photo_rules_of_2026_everywhere(library):
    """A new Personalausweis costs 46 € from age 24 (27,60 € below) since 7 Feb 2026; since May 2025
    only digital photos (6 € at the office). Old figures appear only inside a correction."""
    from assistant.resources import resource

    old = re.compile(
        r"37 Euro|37 euros|22,80|22\.80|biometrische[sn]? Passfoto|biometric passport photo|Passfoto auf Papier mit(?!.“)"
    )
    for (gid, lang), guide in library.guides.items():
        for step in guide.steps.values():
            for field, text in step.texts():
                if not field.startswith("corrects["):
                    assert not old.search(text), (gid, lang, step.id, field, text)
    for city in resource("cities").glob("*.yaml"):
        text = city.read_text(encoding="utf-8")
        assert not old.search(text), city.name
        if "personalausweis" in text and "fees:" in text:
            assert "46 Euro" in text and "27,60 Euro" in text, city.name
    for lang in LANGS:
        cost = library.get("eid-pin", lang).steps["old-card"].cost
        assert "46" in cost and "6 " in cost


def test_a_screen_that_only_says_weiter_is_an_error(tmp_path):
    import shutil

    import yaml

    from assistant.resources import resource

    folder = tmp_path / "guides"
    shutil.copytree(resource("guides"), folder)
    for lang in LANGS:
        f = folder / f"eid-pin.{lang}.yaml"
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        data["steps"]["device-help"]["text"] = ""
        f.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    found = [str(f) for f in check_all(folder) if f.level == ERROR]
    assert any("device-help" in f and "only says „Weiter“" in f for f in found), found


@pytest.mark.parametrize("lang", LANGS)
def test_progress_never_promises_fewer_screens_than_a_named_path_has(library, lang):
    """The progress line counts the live screens of the PIN page and, on a commonest path, never says
    "Schritt 1 von etwa 4" when that path takes 12 screens."""
    from assistant.core.engine import GuideRun

    guide = library.get("eid-pin", lang)
    for p in guide.paths:
        run = GuideRun(guide)
        total_screens = guide.screens_on(p.steps)
        numbers = []
        for sid, nxt in zip(p.steps, (*p.steps[1:], None), strict=True):
            assert run.current_id == sid
            pr = run.progress()
            numbers.append(pr.number)
            assert pr.total >= total_screens or pr.exact, (p.name, sid, pr)
            step = guide.steps[sid]
            if step.type == "question":
                run.answer(next(i for i, a in enumerate(step.answers) if a.next == nxt))
            elif step.type == "action":
                run.outcome(next(o for o, t in step.outcomes.items() if t == nxt))
        assert numbers[-1] == total_screens and run.progress().total == total_screens
