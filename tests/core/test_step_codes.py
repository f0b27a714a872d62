"""Step codes ("P 17"): one per step id, the same in every language, unique, checked by --check-content,
listed in the handbook, and never anything about the person."""

from __future__ import annotations

import re

import yaml

from assistant.core.content_check import check_all
from assistant.core.export import render
from assistant.core.guide import GuideLibrary
from assistant.core.step_codes import codes_from_data, load_codes, parse
from assistant.resources import resource


def test_every_shipped_step_has_a_unique_code_shared_by_its_languages(library):
    codes = load_codes()
    assert codes.problems == ()
    for (gid, lang), guide in library.guides.items():
        found = {codes.code(gid, sid) for sid in guide.steps}
        assert "" not in found and len(found) == len(guide.steps), (gid, lang)
        assert all(re.fullmatch(r"[A-Z] \d{1,4}", c) for c in found)
    for gid in library.ids():
        langs = [library.guides[(gid, lang)] for lang in library.languages(gid)]
        assert len({tuple(sorted(codes.code(gid, s) for s in g.steps)) for g in langs}) == 1
    assert len(set(codes.letters.values())) == len(codes.letters)
    assert codes.find("p 1") == ("eid-pin", "welcome") == codes.find("P-1") == codes.find(" p1 ")


def test_parse_is_forgiving_but_strict():
    assert parse("P 17") == ("P", 17) == parse("p17") == parse("P-17") == parse("p.17")
    for bad in ("", "17", "PP 17", "P", "P 1.5", "12345 P", "P 12345"):
        assert parse(bad) is None, bad


def test_duplicates_and_bad_letters_are_errors():
    codes = codes_from_data(
        {
            "guides": {
                "a": {"letter": "P", "steps": {"one": 1, "two": 1}},
                "b": {"letter": "P", "steps": {"x": 1}},
                "c": {"letter": "pp", "steps": {}},
                "d": {"letter": "D", "steps": {"x": "1"}},
            }
        }
    )
    text = " | ".join(codes.problems)
    assert "P 1 is given to both 'one' and 'two'" in text
    assert "guides/b: letter P is used by another guide" in text
    assert "guides/c: 'letter' must be one capital letter" in text
    assert "guides/d: 'steps' must map step ids to numbers" in text


def test_a_new_step_without_a_code_is_named_with_the_next_free_number(tmp_path):
    folder = tmp_path / "guides"
    folder.mkdir()
    for lang in ("de", "en"):
        data = yaml.safe_load(resource("guides", f"computer-ready.{lang}.yaml").read_text(encoding="utf-8"))
        data["steps"]["brand-new"] = {"type": "end", "title": "Neu", "help": "Hilfe.", "todo": ["Nichts."]}
        (folder / f"computer-ready.{lang}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    last = max(load_codes().numbers["computer-ready"].values())
    found = [f for f in check_all(folder) if "step code" in f.message]
    assert {(f.level, f.step) for f in found} == {("warning", "brand-new")}
    assert f"brand-new: {last + 1}" in found[0].message


def test_the_handbook_lists_the_code_beside_each_step(library):
    guide = library.get("computer-ready", "de")
    text = render(guide, None, "md")
    codes = load_codes()
    for sid in guide.steps:
        assert f"`{sid}` · " in text and f"Code {codes.code('computer-ready', sid)}" in text
    assert "code C 1" in render(library.get("computer-ready", "en"), None, "txt")


def test_the_codes_file_holds_only_step_ids_and_numbers():
    data = yaml.safe_load(resource("guides", "codes", "step-codes.yaml").read_text(encoding="utf-8"))
    for _gid, raw in data["guides"].items():
        assert set(raw) == {"letter", "steps"}
        assert all(isinstance(n, int) for n in raw["steps"].values())
    assert GuideLibrary.load().problems == []  # the side file is not read as a guide
