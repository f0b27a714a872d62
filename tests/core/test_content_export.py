"""The handbook export: every step, every branch, office details from the city profile."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.core import export
from assistant.core.city import load_city
from assistant.core.guide import GuideLibrary
from assistant.resources import resource

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library() -> GuideLibrary:
    return GuideLibrary.load()


@pytest.fixture(scope="module")
def city():
    return load_city()


@pytest.mark.parametrize("gid", ["eid-pin", "computer-ready"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_step_is_a_numbered_section_and_every_link_points_to_one(library, city, gid, lang):
    guide = library.get(gid, lang)
    text = export.render(guide, city, "md")
    sections = re.findall(r"^## (\d+)\. ", text, flags=re.M)
    assert [int(n) for n in sections] == list(range(1, len(guide.steps) + 1))
    for sid in guide.steps:
        assert f"`{sid}`" in text, sid
    word = "Abschnitt" if lang == "de" else "section"
    refs = {int(n) for n in re.findall(rf"→ {word} (\d+)", text)}
    assert refs and refs <= set(range(1, len(guide.steps) + 1))
    # every answer, outcome and "next" is listed: each link of each step becomes a reference
    order = export.section_order(guide)
    for sid in guide.steps:
        body = text.split(f"`{sid}`", 1)[1].split("\n## ", 1)[0]
        for target in guide.steps[sid].links():
            assert f"→ {word} {order.index(target) + 1}" in body, (sid, target)
    assert not re.search(r"\{[a-z_]+\}", text)  # every placeholder is filled


def test_end_sections_give_todo_where_bring_cost_corrects(library, city):
    guide = library.get("eid-pin", "de")
    text = export.render(guide, city, "md")
    section = text.split("`end-office-pin`", 1)[1].split("\n## ", 1)[0]
    assert "**Was jetzt zu tun ist:**" in section
    assert "**Wohin:**" in section
    # both offices are possible here; each is named with its details and for which cards
    assert "Bürgerbüro Bochum" in section and "Ausländerbüro Bochum" in section
    assert "Auslaenderbuero-Service@Bochum.de" in section
    assert "Willy-Brandt-Platz 2–6" in section
    assert "„Ich habe eine Aufenthaltskarte (Aufenthaltstitel).“" in section
    assert "**Mitbringen:**" in section and "Reisepass" in section
    assert "**Kosten:** Das kostet nichts." in section
    assert "6 Euro" in section and "PIN-Rücksetzbrief" in section
    assert "**Tipp für Helfende:**" in section
    # an end reached with one card only shows only what fits it
    old = text.split("`old-card`", 1)[1].split("\n## ", 1)[0]
    assert "Ausländerbüro" not in old
    assert "Ihren alten Ausweis oder Ihren Reisepass." in old


def test_actions_list_their_results_and_the_fallback(library, city):
    text = export.render(library.get("eid-pin", "en"), city, "md")
    section = text.split("`check-card`", 1)[1].split("\n## ", 1)[0]
    for label in ("All 3 PIN tries left", "1 try left", "PIN blocked", "PUK used up", "switched off", "cannot do it"):
        assert label in section, label
    assert "Where the program cannot do it" in section
    change = text.split("`change-known`", 1)[1].split("\n## ", 1)[0]
    assert "1. Choose »Change my (Transport) PIN«." in change  # the step-by-step fallback keeps its lines
    assert "4 screens" in change  # the live screens of the page are counted


def test_handbook_prints_path_lengths_and_words_per_screen(library, city):
    for lang, label in (("de", "Die häufigsten Wege"), ("en", "The commonest ways")):
        text = export.render(library.get("eid-pin", lang), city, "md")
        head = text.split(label, 1)[1].split("\n## ", 1)[0]
        assert "new-card-with-pin-letter: 10 (10)" in head
        assert "two-wrong-pins-last-try: 12 (12)" in head
        words = [int(n) for n in re.findall(r"\*\*(?:Wörter auf dem Bildschirm|Words on the screen):\*\* (\d+)", text)]
        assert len(words) == len(library.get("eid-pin", lang).steps) and max(words) <= 60


def test_plain_text_format_has_no_markdown(library, city):
    text = export.render(library.get("eid-pin", "de"), city, "txt")
    assert "**" not in text and "## " not in text and "`" not in text
    assert "[end-office-pin] Ergebnis" in text
    assert "Was jetzt zu tun ist:" in text


def test_unreachable_steps_are_exported_and_marked(tmp_path, city):
    data = yaml.safe_load(resource("guides", "computer-ready.de.yaml").read_text(encoding="utf-8"))
    data["steps"]["forgotten"] = {"type": "info", "title": "Vergessen", "next": "intro"}
    folder = tmp_path / "guides"
    folder.mkdir()
    (folder / "computer-ready.de.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    guide = GuideLibrary.load(folder).get("computer-ready", "de")
    text = export.render(guide, city, "md")
    assert "`forgotten` · Information · nicht erreichbar" in text
    assert export.section_order(guide)[-1] == "forgotten"


def test_main_prints_the_guide_and_reports_problems_on_stderr(capsys, tmp_path):
    assert export.main("eid-pin", lang="en", fmt="md") == 0
    out = capsys.readouterr()
    assert out.out.startswith("# The PIN of your online ID")
    assert export.main("no-such-guide") == 2
    err = capsys.readouterr().err
    assert "no-such-guide" in err and "eid-pin" in err
    assert export.main("eid-pin", fmt="pdf") == 2
    assert "pdf" in capsys.readouterr().err
    # a language the guide lacks: the German version, with a note
    assert export.main("eid-pin", lang="nl") == 0  # Dutch: in no guide
    out = capsys.readouterr()
    assert out.out.startswith("# PIN des Online-Ausweises")
    assert "'nl'" in out.err
    # a city profile that cannot be read: offices as keys, with a note, nothing breaks
    assert export.main("eid-pin", lang="de", cities=tmp_path) == 0
    out = capsys.readouterr()
    assert "Stadtprofil" in out.err and "buergerbuero" in out.out


def test_command_line_runs_from_the_shell():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "--export-guide", "eid-pin", "--lang", "en", "--format", "txt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("The PIN of your online ID\n=====")
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "--export-guide", "nope"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 2
    assert "nope" in proc.stderr and proc.stdout == ""
