"""The content check: clean on the shipped files, and it catches each kind of problem on broken ones."""

from __future__ import annotations

import ast
import copy
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.core import content_check
from assistant.core.content_check import ACTIONS, ERROR, INFO, WARNING, Finding, check_all
from assistant.resources import resource

ROOT = Path(__file__).resolve().parents[2]


def small_guide(lang: str = "de") -> dict:
    """A tiny valid guide: a question with two answers, an action, two ends."""
    t = {
        "de": ("Frage?", "Ja, ich habe ihn.", "Nein, er ist weg.", "Fertig.", "Gehen Sie ins {office_name}."),
        "en": ("Question?", "Yes, I have it.", "No, it is gone.", "Done.", "Go to the {office_name}."),
    }[lang]
    return {
        "format": 1,
        "id": "tiny",
        "lang": lang,
        "title": "Tiny",
        "start": "ask",
        "steps": {
            "ask": {
                "type": "question",
                "title": t[0],
                "help": t[3],
                "answers": [
                    {
                        "text": t[1],
                        "next": "check",
                        "remember": {"office": "buergerbuero", "office_name": "Bürgerbüro"},
                    },
                    {
                        "text": t[2],
                        "next": "gone",
                        "remember": {"office": "auslaenderbuero", "office_name": "Ausländerbüro"},
                    },
                ],
            },
            "check": {
                "type": "action",
                "action": "eid.read-card",
                "title": t[0],
                "help": t[3],
                "fallback": t[3],
                "outcomes": {"tries-3": "done", "unavailable": "done"},
            },
            "done": {"type": "end", "title": t[3], "help": t[3], "todo": [t[4]], "where": "{office}", "cost": t[3]},
            "gone": {"type": "end", "title": t[3], "help": t[3], "todo": [t[4]], "where": "rathaus", "cost": t[3]},
        },
    }


def write(folder: Path, data: dict, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{data['id']}.{data['lang']}.yaml")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def write_both(folder: Path, change) -> None:
    """Write the German and English small guide, both changed the same way by ``change(data, lang)``."""
    for lang in ("de", "en"):
        data = small_guide(lang)
        change(data, lang)
        write(folder, data)


def check(folder: Path, **kw) -> list[Finding]:
    return check_all(folder, cities=resource("cities"), **kw)


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.level == ERROR]


def only(findings: list[Finding], level: str, fragment: str) -> list[Finding]:
    return [f for f in findings if f.level == level and fragment in f.message]


@pytest.fixture
def guides(tmp_path) -> Path:
    folder = tmp_path / "guides"
    write(folder, small_guide("de"))
    write(folder, small_guide("en"))
    return folder


# --- the shipped content -----------------------------------------------------------------------------


def test_shipped_guides_and_city_profile_are_clean():
    findings = check_all()
    assert errors(findings) == []
    assert [f for f in findings if f.level == WARNING] == []
    lix = [f for f in findings if f.level == INFO and "LIX" in f.message]
    assert len(lix) == len(list(resource("guides").glob("*.yaml")))  # one figure per guide file


def test_the_small_guide_is_clean(guides):
    found = check(guides)
    assert errors(found) == [], found


def test_action_table_matches_the_capability_registry():
    """core cannot import the UI; read assistant/ui/capabilities.py as text and compare."""
    source = (ROOT / "assistant" / "ui" / "capabilities.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    ids = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "ACTION_IDS" for t in node.targets)
    )
    assert tuple(ACTIONS) == tuple(ids)
    doc = ast.get_docstring(tree)
    for action, outcomes in ACTIONS.items():
        # the table row of the action: from its id at the start of a line to the next row
        section = doc.split(f"\n``{action}``", 1)[1].split("\n``", 1)[0]
        for outcome in outcomes:
            assert f"``{outcome}``" in section, (action, outcome)


# --- each kind of problem ------------------------------------------------------------------------------


def test_invalid_yaml_names_the_file_and_line(guides):
    (guides / "tiny.de.yaml").write_text("format: 1\nid: tiny\nsteps: [unclosed\n", encoding="utf-8")
    found = errors(check(guides))
    assert any(f.file == "tiny.de.yaml" and "not valid YAML at line" in f.message for f in found), found


def test_schema_error_names_the_step(guides):
    data = small_guide("de")
    del data["steps"]["done"]["title"]
    data["steps"]["ask"]["answers"] *= 3  # six answers: at most four
    write(guides, data)
    found = errors(check(guides))
    assert any(f.step == "done" and "title" in f.message for f in found), found
    assert any(f.step == "ask" for f in found), found


def test_link_to_an_unknown_step(guides):
    data = small_guide("de")
    data["steps"]["ask"]["answers"][0]["next"] = "nowhere"
    write(guides, data)
    found = errors(check(guides))
    assert any(f.step == "ask" and "unknown step 'nowhere'" in f.message for f in found), found


def test_dead_end_and_unreachable_step(guides):
    for lang in ("de", "en"):
        data = small_guide(lang)
        # two info steps that only lead to each other: no end can be reached from them
        data["steps"]["ask"]["answers"][1]["next"] = "loop-a"
        data["steps"]["loop-a"] = {"type": "info", "title": "A.", "help": "A.", "next": "loop-b"}
        data["steps"]["loop-b"] = {"type": "info", "title": "B.", "help": "B.", "next": "loop-a"}
        write(guides, data)
    found = errors(check(guides))
    dead = {(f.file, f.step) for f in found if "dead end" in f.message}
    assert ("tiny.de.yaml", "loop-a") in dead and ("tiny.de.yaml", "loop-b") in dead
    unreachable = {(f.file, f.step) for f in found if "unreachable" in f.message}
    assert unreachable == {("tiny.de.yaml", "gone"), ("tiny.en.yaml", "gone")}


def test_missing_language_version(guides):
    other = small_guide("de")
    other["id"] = "other"
    write(guides, other)  # 'other' has German only, while 'tiny' has English too
    found = errors(check(guides))
    assert any(f.file == "other.en.yaml" and "missing" in f.message for f in found), found
    # the language filter keeps it for English and drops it for German
    assert any(f.file == "other.en.yaml" for f in check(guides, lang="en"))
    assert not any(f.file == "other.en.yaml" for f in check(guides, lang="de"))


def test_step_ids_and_links_must_match_between_languages(guides):
    en = small_guide("en")
    en["steps"]["finish"] = en["steps"].pop("done")
    en["steps"]["check"]["outcomes"] = {"tries-3": "finish", "unavailable": "finish"}
    en["steps"]["ask"]["answers"].reverse()
    write(guides, en)
    found = errors(check(guides))
    msgs = [(f.file, f.step, f.message) for f in found]
    assert any(file == "tiny.en.yaml" and "step 'done' is missing" in m for file, _, m in msgs), msgs
    assert any(step == "finish" and "does not exist in the other language" in m for _, step, m in msgs), msgs
    assert any(step == "ask" and "links differs" in m for _, step, m in msgs), msgs


def test_a_missing_translation_of_one_text(guides):
    en = small_guide("en")
    en["steps"]["ask"]["text"] = "   "  # left empty
    del en["steps"]["done"]["help"]
    write(guides, en)
    found = errors(check(guides))
    assert any(f.step == "ask" and "empty text" in f.message for f in found), found
    assert any(f.step == "done" and "'help' is not translated" in f.message for f in found), found


def test_unknown_action_and_unknown_outcome(guides):
    for lang in ("de", "en"):
        data = small_guide(lang)
        data["steps"]["check"]["action"] = "eid.teleport"
        write(guides, data)
    found = errors(check(guides))
    assert any(f.step == "check" and "unknown action 'eid.teleport'" in f.message for f in found), found
    data = small_guide("de")
    data["steps"]["check"]["outcomes"]["exploded"] = "done"
    write(guides, data)
    found = errors(check(guides))
    assert any(f.step == "check" and "no outcome 'exploded'" in f.message for f in found), found


def test_where_names_an_office_the_city_profile_lacks(guides):
    data = small_guide("de")
    data["steps"]["gone"]["where"] = "passamt"
    data["steps"]["ask"]["answers"][0]["remember"]["office"] = "zulassungsstelle"
    write(guides, data)
    found = errors(check(guides))
    assert any(f.step == "gone" and "no office 'passamt'" in f.message for f in found), found
    assert any(f.step == "done" and "no office 'zulassungsstelle'" in f.message for f in found), found


def test_unknown_placeholder_and_placeholder_missing_on_some_paths(guides):
    data = small_guide("de")
    data["steps"]["done"]["text"] = "Rufen Sie {hotline_blocking} an. {nonsense}"  # a city fact, and nothing
    data["steps"]["check"]["text"] = "Ihr {card} wird geprüft."  # card is remembered on no path
    data["steps"]["ask"]["answers"][1]["next"] = "check"
    data["steps"]["ask"]["answers"][0].pop("remember")  # now {office_name} is missing on one path
    data["steps"]["gone"]["todo"] = ["Fertig."]
    data["steps"]["ask"]["text"] = "Eine { ohne Ende"
    write(guides, data)
    found = errors(check(guides))
    msgs = {(f.step, f.message) for f in found}
    assert any(s == "done" and "{nonsense}" in m for s, m in msgs), msgs
    assert not any("{hotline_blocking}" in m for _, m in msgs)
    assert any(s == "check" and "unknown placeholder {card}" in m for s, m in msgs), msgs
    assert any(s == "done" and "{office_name} is not remembered on every path" in m for s, m in msgs), msgs
    assert any(s == "ask" and "without its partner" in m for s, m in msgs), msgs


def test_missing_picture(guides, tmp_path):
    write_both(guides, lambda d, _: d["steps"]["ask"].update(image={"file": "no-such-picture.svg", "alt": "Bild."}))
    found = errors(check(guides))
    assert any(f.step == "ask" and "picture 'no-such-picture.svg' not found" in f.message for f in found)
    write_both(guides, lambda d, _: d["steps"]["ask"].update(image={"file": "card-can.svg", "alt": "Der Ausweis."}))
    assert not any("picture" in f.message for f in check(guides))
    # pictures are looked up in the folder given
    assert any("picture" in f.message for f in check(guides, images=tmp_path / "empty"))


def test_file_name_must_match_id_and_language(guides):
    data = small_guide("de")
    (guides / "tiny.de.yaml").unlink()
    write(guides, data, name="winzig.de.yaml")
    found = errors(check(guides))
    assert any(f.file == "winzig.de.yaml" and "tiny.de.yaml" in f.message for f in found), found


def test_plain_language_warnings(guides):
    def change(data, lang):
        data["steps"]["ask"]["text"] = {
            "de": "Dies ist ein sehr langer Satz mit viel zu vielen Wörtern für eine Person, die schlecht sieht. "
            "Bringen Sie z. B. den Ausweis mit. Die Vorlage ist erforderlich. " + "Noch ein Satz. " * 20,
            "en": "Fine.",
        }[lang]

    write_both(guides, change)
    found = check(guides)
    assert only(found, WARNING, "sentence of 17 words")
    assert only(found, WARNING, "“z. B.” – say “zum Beispiel”")
    assert only(found, WARNING, "“erforderlich”")
    # a screen's running text over 60 words is an error (issue 11): it cannot creep back
    assert only(found, ERROR, "screen: 97 words on one screen (limit 60)")
    assert [f.step for f in errors(found)] == ["ask"]
    assert all(f.step == "ask" for f in found if f.level == WARNING)


def test_high_lix_is_a_warning(guides):
    long = (
        "Personalausweisbehörde Verwaltungsverfahrensgesetz Zuständigkeitsregelungen Antragsformulare "
        "Bearbeitungsgebühren Identitätsnachweis Ausstellungsbehörde Vorlagepflicht Mitwirkungspflichten."
    )

    def change(data, lang):
        for step in data["steps"].values():
            step["help"] = long

    write_both(guides, change)
    found = check(guides)
    lix = [f for f in found if "LIX" in f.message and f.file == "tiny.de.yaml"]
    assert lix and lix[0].level == WARNING


def test_missing_help_is_a_warning(guides):
    write_both(guides, lambda d, _: d["steps"]["gone"].pop("help"))
    found = check(guides)
    assert any(f.level == WARNING and f.step == "gone" and "help" in f.message for f in found)


def test_broken_city_profile_is_an_error(guides, tmp_path):
    cities = tmp_path / "cities"
    shutil.copytree(resource("cities"), cities)
    (cities / "gotham.yaml").write_text("offices: nope\n", encoding="utf-8")
    found = errors(check_all(guides, cities=cities))
    assert any(f.file == "gotham.yaml" for f in found), found
    empty = tmp_path / "no-cities"
    empty.mkdir()
    assert any("no city profile loads" in f.message for f in errors(check_all(guides, cities=empty)))


# --- the command ---------------------------------------------------------------------------------------


def test_main_prints_file_and_step_and_returns_1_on_errors(guides, capsys):
    data = small_guide("de")
    data["steps"]["ask"]["answers"][0]["next"] = "nowhere"
    write(guides, data)
    assert content_check.main(folder=guides) == 1
    out = capsys.readouterr().out.splitlines()
    assert "ERROR: tiny.de.yaml: steps/ask: leads to unknown step 'nowhere'" in out
    n_cities = len(list(resource("cities").glob("*.yaml")))
    assert out[-1].startswith(f"Checked 2 guide file(s) and {n_cities} city profile(s): ")


def test_main_returns_0_when_only_warnings(guides, capsys):
    write_both(
        guides,
        lambda d, lang: d["steps"]["ask"].update(
            text={"de": "Bringen Sie z. B. den Ausweis mit.", "en": "Fine."}[lang]
        ),
    )
    assert content_check.main(folder=guides) == 0
    out = capsys.readouterr().out
    assert "WARNING: tiny.de.yaml: steps/ask:" in out


def test_command_line_runs_from_the_shell():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "--check-content"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 error(s)" in proc.stdout
    assert "eid-pin.de.yaml" in proc.stdout and "eid-pin.en.yaml" in proc.stdout


def test_no_pyside_import_in_the_content_tools():
    code = "import sys, assistant.core.content_check, assistant.core.export; print('PySide6' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr


def test_facts_analysis_follows_every_path():
    from assistant.core.guide import guide_from_data

    data = copy.deepcopy(small_guide("de"))
    guide = guide_from_data(data)
    sure = content_check.guaranteed_facts(guide)
    assert sure["ask"] == set()
    assert {"office", "office_name"} <= sure["done"]
    assert "eid_read_card" in sure["done"]
    possible = content_check.possible_facts(guide)
    assert possible["done"]["office"] == {"buergerbuero"}
    assert possible["gone"]["office"] == {"auslaenderbuero"}


def test_a_correction_must_quote_the_outdated_advice(guides):
    def change(data, lang):
        data["steps"]["done"]["corrects"] = {
            "de": ["Es kostet nichts mehr."],
            "en": ["“It costs 6 euros.” In fact, it is free."],
        }[lang]

    write_both(guides, change)
    found = [f for f in check(guides) if "quote the outdated advice" in f.message]
    assert [(f.file, f.step, f.level) for f in found] == [("tiny.de.yaml", "done", WARNING)]


def test_odd_files_never_crash_the_check(tmp_path):
    """Whatever a file holds, the check answers with findings, never with a traceback."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    leaves = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
    values = st.recursive(
        leaves, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=6), c, max_size=4), max_leaves=20
    )
    base = small_guide("de")
    keys = st.sampled_from(["format", "id", "lang", "title", "start", "steps"])
    step_keys = st.sampled_from(
        ["type", "title", "next", "answers", "outcomes", "action", "where", "image", "todo", "text"]
    )
    folder = tmp_path / "odd"

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(top=st.dictionaries(keys, values, max_size=3), step=st.dictionaries(step_keys, values, max_size=3))
    def run(top, step):
        data = copy.deepcopy(base)
        data.update(top)
        if isinstance(data.get("steps"), dict) and isinstance(data["steps"].get("ask"), dict):
            data["steps"]["ask"].update(step)
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        (folder / "tiny.de.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        found = check_all(folder, cities=resource("cities"))
        assert all(isinstance(f, Finding) for f in found)

    run()
