"""Every path through the shipped guides, walked with the real engine, in every language.

The walk answers every answer, reports every outcome each capability can report (plus one it never
reports, which must take the 'unavailable' way) and goes Back after each branch, so Back is exercised
on every step as well. A step already on the current path is not entered again (loops are cut).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

import pytest

from assistant.core.city import load_city
from assistant.core.content_check import ACTIONS
from assistant.core.engine import GuideRun
from assistant.core.languages import all_languages
from assistant.resources import resource

LANGS = ("de", "en")  # tests that look for the words of a language
ALL_LANGS = tuple(
    lang.code for lang in all_languages() if (resource("guides") / f"eid-pin.{lang.code}.yaml").is_file()
)  # every language with guides
OFFICE_ENDS = ("end-office-pin", "end-office-blocked", "end-puk-used", "end-deactivated", "end-no-reader")


@dataclass(frozen=True)
class Walk:
    steps: tuple[str, ...]  # step ids, start … end
    choices: tuple[object, ...]  # answer index / outcome per step left
    facts: dict
    end: str


ENTERED: dict[tuple[str, str], set[str]] = {}  # every step the walk entered, per (guide, language)


def walks(guide) -> list[Walk]:
    out: list[Walk] = []
    run = GuideRun(guide)
    entered = ENTERED.setdefault((guide.id, guide.lang), set())

    def visit() -> None:
        step = run.current
        entered.add(run.current_id)
        on_path = {v.step for v in run.path} | {run.current_id}
        if step.is_end:
            out.append(
                Walk(
                    (*(v.step for v in run.path), run.current_id),
                    tuple(v.choice for v in run.path),
                    dict(run.facts),
                    run.current_id,
                )
            )
            return
        if step.type == "question":
            moves = [(run.answer, i, a.next) for i, a in enumerate(step.answers)]
        elif step.type == "action":
            names = [*ACTIONS[step.action], "never-reported"]
            moves = [(run.outcome, n, step.outcomes.get(n, step.outcomes["unavailable"])) for n in names]
        else:
            moves = [(lambda _: run.forward(), None, step.next)]
        assert moves, f"{guide.source}: {step.id} has no way on"
        for move, arg, target in moves:
            if target in on_path:
                continue
            before = (run.current_id, len(run.path), dict(run.facts))
            move(arg)
            visit()
            assert run.back()
            assert (run.current_id, len(run.path), dict(run.facts)) == before  # Back restores everything

    visit()
    return out


@pytest.fixture(scope="module")
def all_walks(library) -> dict[tuple[str, str], list[Walk]]:
    return {(gid, lang): walks(library.get(gid, lang)) for gid in ("eid-pin", "computer-ready") for lang in ALL_LANGS}


@pytest.fixture(scope="module")
def city():
    return load_city()


class _Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def filled(run_facts: dict, text: str, city, lang: str) -> str:
    """A text as the window shows it at the end of a walk: remembered facts and city facts put in."""
    values = dict(city.facts(lang))
    values.update(run_facts)
    return string.Formatter().vformat(text, (), _Keep(values)) if "{" in text else text


def distinct_ends(found: list[Walk]) -> list[Walk]:
    """One walk per (end step, remembered facts): the end screen depends on nothing else."""
    seen: dict[tuple, Walk] = {}
    for w in found:
        seen.setdefault((w.end, tuple(sorted(w.facts.items()))), w)
    return list(seen.values())


@pytest.mark.parametrize("gid", ["eid-pin", "computer-ready"])
@pytest.mark.parametrize("lang", ALL_LANGS)
def test_every_step_is_on_some_path_and_every_path_ends(all_walks, library, gid, lang):
    guide = library.get(gid, lang)
    found = all_walks[(gid, lang)]
    assert found
    assert ENTERED[(gid, lang)] == set(guide.steps)  # nothing unreachable
    on_a_walk = {s for w in found for s in w.steps}
    for sid in set(guide.steps) - on_a_walk:
        # a step on no finished walk only leads back into the path it came from (a "how to find out" loop)
        back_to = guide.steps[sid].links()
        assert back_to and all(t in on_a_walk for t in back_to), sid
    for w in found:
        assert guide.steps[w.end].is_end


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_every_eid_path_ends_with_todo_and_a_where_that_resolves(all_walks, library, city, lang):
    guide = library.get("eid-pin", lang)
    for w in distinct_ends(all_walks[("eid-pin", lang)]):
        end = guide.steps[w.end]
        assert end.todo, w.end
        assert end.where, w.end
        office_key = filled(w.facts, end.where, city, lang)
        assert office_key in city.office_keys(), (w.steps, office_key)
        office = city.office(office_key, lang)
        assert office.name and (office.phone or office.address)
        for field, text in end.texts():
            text = filled(w.facts, text, city, lang)
            assert "{" not in text and "}" not in text, (w.end, field, text)
        assert end.cost, w.end


def test_paths_are_the_same_in_every_language(all_walks):
    assert {"de", "en", "tr", "ar", "ru", "uk", "pl"} <= set(ALL_LANGS)
    for gid in ("eid-pin", "computer-ready"):
        de = sorted((w.steps, w.choices) for w in all_walks[(gid, "de")])
        for lang in ALL_LANGS:
            assert sorted((w.steps, w.choices) for w in all_walks[(gid, lang)]) == de, lang


def test_every_capability_outcome_is_handled_where_an_action_stands(library):
    for gid in ("eid-pin", "computer-ready"):
        guide = library.get(gid, "de")
        for step in guide.steps.values():
            if step.type == "action":
                assert set(step.outcomes) <= set(ACTIONS[step.action])
                if step.action == "eid.read-card":
                    # a card check must route every state of the card somewhere specific
                    assert set(step.outcomes) == set(ACTIONS["eid.read-card"]), step.id
                assert step.fallback


# --- the decision tree of shared/domain/eid-pin.md -----------------------------------------------------


def chosen(guide, w: Walk, step_id: str):
    """The answer text (question) or outcome (action) chosen at step_id on this walk, else None."""
    if step_id not in w.steps[:-1]:
        return None
    choice = w.choices[w.steps.index(step_id)]
    step = guide.steps[step_id]
    return step.answers[choice].text if step.type == "question" else choice


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_card_type_decides_the_office(all_walks, library, city, lang):
    guide = library.get("eid-pin", lang)
    passport = {
        "de": "Reisepass",
        "en": "passport",
        "tr": "pasaport",
        "ar": "جواز سفر",
        "ru": "паспорт",
        "uk": "паспорт",
        "pl": "paszport",
        "de-x-ls": "Reise·pass",
    }[lang]
    eat_walks = [w for w in distinct_ends(all_walks[("eid-pin", lang)]) if w.facts.get("card") == "aufenthaltskarte"]
    assert eat_walks
    for w in eat_walks:
        end = guide.steps[w.end]
        assert filled(w.facts, end.where, city, lang) == "auslaenderbuero"
        if w.end in OFFICE_ENDS:
            assert any(passport in filled(w.facts, b, city, lang) for b in end.bring), w.steps
    for w in distinct_ends(all_walks[("eid-pin", lang)]):
        if w.facts.get("card") in ("personalausweis", "eid-karte", "alt"):
            assert filled(w.facts, guide.steps[w.end].where, city, lang) == "buergerbuero"


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_old_card_or_passport_only_needs_a_new_id_card(all_walks, library, lang):
    guide = library.get("eid-pin", lang)
    old = [w for w in all_walks[("eid-pin", lang)] if w.facts.get("card") == "alt"]
    assert old and all(w.end == "old-card" for w in old)
    cost = guide.steps["old-card"].cost
    assert (
        "46" in cost
        and {
            "de": "27,60",
            "en": "27.60",
            "tr": "27,60",
            "ar": "27,60",
            "ru": "27,60",
            "uk": "27,60",
            "pl": "27,60",
            "de-x-ls": "27,60",
        }[lang]
        in cost
        and "6 " in cost
    )  # since 7 Feb 2026
    assert "37" not in cost
    # the button says "before November 2010", and nationality decides: only Germans get a Personalausweis
    assert "2010" in guide.steps["card-type"].answers[3].text
    routes = {a.next for a in guide.steps["old-nationality"].answers}
    assert {"old-card", "end-eu-card", "end-residence-card", "lost"} == routes
    assert guide.steps["end-residence-card"].where == "auslaenderbuero"
    assert guide.steps["end-eu-card"].where == "buergerbuero"


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_lost_card_is_blocked_at_116_116(library, city, lang):
    guide = library.get("eid-pin", lang)
    end = guide.steps["end-lost"]
    todo = " ".join(filled({}, t, city, lang) for t in end.todo)
    assert "116 116" in todo
    # never print a wrong number in full, not even to correct it: people dial what they see
    for g in ("eid-pin", "computer-ready"):
        for s in library.get(g, lang).steps.values():
            for _, t in s.texts():
                assert not re.search(r"0180|01801", t), (s.id, t)
    assert {
        "de": "nur eine Sperr-Nummer",
        "en": "only one blocking number",
        "tr": "Tek bir kapatma numarası",
        "ar": "رقم إيقاف واحد فقط",
        "ru": "только один номер для блокировки",
        "uk": "тільки один номер для блокування",
        "pl": "tylko jeden numer do blokady",
        "de-x-ls": "nur eine Telefon·nummer für die Sperre",
    }[lang] in end.text
    assert guide.steps["lost"].answers[1].next == "end-lost"


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_one_try_left_shows_the_can_and_a_safe_way_out_before_the_last_try(all_walks, library, lang):
    """The guide explains the CAN and offers the office; the live page then asks the CAN and stops
    once ("Halt: Jetzt kommt der letzte Versuch") before the PIN: one stop, not two."""
    guide = library.get("eid-pin", lang)
    last = [w for w in all_walks[("eid-pin", lang)] if "change-last" in w.steps]
    assert last
    for w in last:
        before = w.steps[: w.steps.index("change-last")]
        assert before[-1] == "tries-1"
        assert w.facts.get("pin_kind") in ("own", "transport")  # the live page does not ask again
    tries1 = guide.steps["tries-1"]
    assert tries1.image.file == "card-can.svg"
    assert {
        "de": "unten rechts",
        "en": "bottom right",
        "tr": "sağ alt",
        "ar": "في الأسفل على اليمين",
        "ru": "справа внизу",
        "uk": "праворуч унизу",
        "pl": "na dole po prawej",
        "de-x-ls": "unten rechts",
    }[lang] in tries1.text
    assert any(a.next == "end-office-pin" for a in tries1.answers)
    assert "6" in tries1.help
    # only the read-card outcome or an answer about one try left (or a retry) leads to the CAN step
    into = {(s.id, a.text) for s in guide.steps.values() for a in s.answers if a.next == "tries-1"}
    into |= {(s.id, o) for s in guide.steps.values() for o, t in s.outcomes.items() if t == "tries-1"}
    assert {sid for sid, _ in into} == {"check-card", "wrong-tries", "last-result", "last-retry"}


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_forgotten_pin_leads_to_the_office_never_to_entering_a_pin(all_walks, library, lang):
    guide = library.get("eid-pin", lang)
    forgot = {
        "de": "vergessen",
        "en": "forgot",
        "tr": "unuttum",
        "ar": "نسيت",
        "ru": "забыл",
        "uk": "забув",
        "pl": "Nie pamiętam",
        "de-x-ls": "vergessen",
    }[lang]
    hits = 0
    for w in all_walks[("eid-pin", lang)]:
        for i, sid in enumerate(w.steps[:-1]):
            step = guide.steps[sid]
            if step.type == "question" and forgot in step.answers[w.choices[i]].text:
                hits += 1
                rest = w.steps[i + 1 :]
                assert not any(guide.steps[s].action == "eid.change-pin" for s in rest), w.steps
                assert w.end == "end-office-pin"
    assert hits
    end = guide.steps["end-office-pin"]
    assert end.where == "{office}"
    joined = " ".join(end.corrects)
    assert (
        "6" in joined
        and {
            "de": "PIN-Rücksetzbrief",
            "en": "PIN reset letter",
            "tr": "PIN-Rücksetzbrief",
            "ar": "PIN-Rücksetzbrief",
            "ru": "PIN-Rücksetzbrief",
            "uk": "PIN-Rücksetzbrief",
            "pl": "PIN-Rücksetzbrief",
            "de-x-ls": "PIN-Rücksetz·brief",
        }[lang]
        in joined
    )


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_blocked_pin_asks_for_the_puk_and_without_it_goes_to_the_office(all_walks, library, lang):
    guide = library.get("eid-pin", lang)
    assert guide.steps["check-card"].outcomes["blocked"] == "puk-at-hand"
    assert guide.steps["puk-at-hand"].image.file == "pin-letter.svg"
    assert "10" in guide.steps["puk-at-hand"].text
    nexts = [a.next for a in guide.steps["puk-at-hand"].answers]
    assert nexts == ["unblock", "unblock", "end-office-blocked"]  # PUK and a known PIN, else the office
    for w in all_walks[("eid-pin", lang)]:
        if "unblock" in w.steps:
            assert "puk-at-hand" in w.steps[: w.steps.index("unblock")]
    assert guide.steps["check-card"].outcomes["inoperative"] == "end-puk-used"
    assert any(a.next == "end-puk-used" for a in guide.steps["puk-result"].answers)


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_switched_off_function_goes_to_the_office_and_not_to_the_puk(all_walks, library, lang):
    guide = library.get("eid-pin", lang)
    assert guide.steps["check-card"].outcomes["deactivated"] == "end-deactivated"
    for w in all_walks[("eid-pin", lang)]:
        if chosen(guide, w, "check-card") == "deactivated":
            assert w.end == "end-deactivated"
            assert "puk-at-hand" not in w.steps


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_card_check_comes_after_card_type_lost_and_reader_and_unavailable_asks_by_hand(library, lang):
    guide = library.get("eid-pin", lang)
    order = ["card-type", "lost", "device", "check-card"]
    assert guide.start == "card-type"
    assert guide.steps["card-type"].answers[0].next == "lost"
    assert guide.steps["lost"].answers[0].next == "device"
    assert guide.steps["device"].answers[0].next == "check-card"
    assert guide.steps["check-card"].outcomes["unavailable"] == "switched-off"
    assert [a.next for a in guide.steps["switched-off"].answers][1:] == ["what-have", "what-have"]
    assert len(order) == 4
    # no reader and no NFC phone → office
    assert guide.steps["device"].answers[2].next == "end-no-reader"


@pytest.mark.parametrize("lang", LANGS)
def test_transport_pin_and_known_pin_reach_the_pin_change(library, lang):
    guide = library.get("eid-pin", lang)
    assert guide.steps["change-transport"].action == "eid.change-pin"
    assert guide.steps["change-known"].action == "eid.change-pin"
    five = {"de": "»Fünfstellige Transport-PIN«", "en": "»Five-digit Transport PIN«"}[lang]
    assert five in guide.steps["change-transport"].fallback
    for sid in ("change-transport", "change-known", "change-last", "unblock"):
        step = guide.steps[sid]
        assert step.outcomes["changed"] == "end-ready"
        assert step.outcomes["uncertain"] == "end-uncertain"
        assert step.outcomes["deactivated"] == "end-deactivated"
        assert step.outcomes["inoperative"] == "end-puk-used"
        assert "AusweisApp" in step.fallback
        assert len(step.fallback.splitlines()) >= 6  # step by step, one line each
        assert step.helper  # look away


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_costs_say_free_except_a_new_id_card(library, lang):
    guide = library.get("eid-pin", lang)
    free = {
        "de": "kostet nichts",
        "en": "costs nothing",
        "tr": "ücretsiz",
        "ar": "مجاني",
        "ru": "ничего не стоит",
        "uk": "нічого не коштує",
        "pl": "nic nie kosztuje",
        "de-x-ls": "kostet nichts",
    }[lang]
    for step in guide.steps.values():
        if step.is_end and step.id not in ("old-card", "end-eu-card", "end-residence-card"):
            assert free in step.cost.lower() or free in step.cost, (step.id, step.cost)


@pytest.mark.parametrize("lang", LANGS)
def test_outdated_advice_is_corrected_somewhere(library, lang):
    guide = library.get("eid-pin", lang)
    corrects = " ".join(c for s in guide.steps.values() for c in s.corrects)
    # each correction quotes the outdated advice, then says what is right. "no longer true" only for
    # what once was true (it says since when); what never was true gets "Richtig ist:" / "In fact,"
    once = {"de": "Das stimmt seit ", "en": "This is no longer true since "}[lang]
    never = {"de": "Richtig ist:", "en": "In fact,"}[lang]
    for c in (c for s in guide.steps.values() for c in s.corrects):
        assert c[0] in "„“" and (once in c) != (never in c), c
        if once in c:
            assert re.search(r"(19|20)\d\d", c.split(once)[1]), c
    for needle in {
        "de": [
            "6 Euro",
            "PIN-Rücksetzbrief",
            "Smart-eID",
            "37 Euro",
            "Passfoto",
            "6 Ziffern steht im PIN-Brief",
            "unten rechts",
        ],
        "en": [
            "6 euros",
            "PIN reset letter",
            "Smart-eID",
            "37 euros",
            "photo",
            "6-digit PIN is in the PIN letter",
            "bottom right",
        ],
    }[lang]:
        assert needle in corrects, needle


@pytest.mark.parametrize("gid", ["eid-pin", "computer-ready"])
@pytest.mark.parametrize("lang", ALL_LANGS)
def test_plain_language_rules_hold(library, gid, lang):
    guide = library.get(gid, lang)
    for step in guide.steps.values():
        assert step.help, f"{step.id} has no help"
        assert len(step.answers) <= 4
        for a in step.answers:
            # answers are full short sentences the person would say
            first = a.text[0]
            assert (first.isupper() or first.lower() == first.upper()) and a.text.rstrip('“”"')[-1] in ".?!؟", a.text
        for _, text in step.texts():
            assert not re.search(r"\bz\. ?B\.|\be\.g\.", text), text


@pytest.mark.parametrize("lang", LANGS)
def test_computer_ready_covers_app_reader_and_what_to_do_if_not(all_walks, library, lang):
    guide = library.get("computer-ready", lang)
    texts = " ".join(t for s in guide.steps.values() for _, t in s.texts())
    for needle in ("ausweisapp.bund.de", "64", "1.24", "NFC", "WLAN" if lang == "de" else "Wi-Fi"):
        assert needle in texts, needle
    ends = {w.end for w in all_walks[("computer-ready", lang)]}
    assert {"end-ready", "end-no-device", "end-no-app", "end-reader-problem", "end-ready-pin"} == ends
    assert guide.steps["end-no-device"].where == "buergerbuero"
    # Windows 11 has its Start button in the middle of the taskbar by default
    assert {"de": "Windows 11", "en": "Windows 11"}[lang] in guide.steps["find-app"].text
    assert {"de": "in der Mitte", "en": "in the middle"}[lang] in guide.steps["find-app"].text
    assert guide.steps["test-card"].action == "eid.read-card"
