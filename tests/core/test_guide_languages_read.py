"""The start reads only the guides of the language in use (and German); the others are read when asked
for, and a damaged file among them is still found (the smoke test reads them all)."""

from __future__ import annotations

import shutil

from assistant.core.guide import GuideLibrary
from assistant.resources import resource


def test_only_the_languages_in_use_are_read_at_first(tmp_path):
    shutil.copytree(resource("guides"), tmp_path / "guides")
    (tmp_path / "guides" / "eid-pin.tr.yaml").write_text("steps: [1, 2]\n", encoding="utf-8")  # damaged
    lib = GuideLibrary.load(tmp_path / "guides", {"de"})
    assert {lang for _, lang in lib.guides} == {"de"}
    assert "en" in lib.pending and "tr" in lib.pending and not lib.problems
    full = GuideLibrary.load(tmp_path / "guides")
    assert lib.ids() == full.ids()  # the home screen lists the same guides
    en = lib.get("eid-pin", "en")  # a switch to English reads the English files then
    assert en.lang == "en" and en == full.get("eid-pin", "en") and "en" not in lib.pending
    assert lib.get("eid-pin", "tr").lang == "de"  # the damaged Turkish file: German instead
    assert [p.source for p in lib.problems] == ["eid-pin.tr.yaml"]
    lib2 = GuideLibrary.load(tmp_path / "guides", {"de"})
    assert [p.source for p in lib2.read_all()] == ["eid-pin.tr.yaml"] and not lib2.pending
    assert lib2.languages("eid-pin") == full.languages("eid-pin")
