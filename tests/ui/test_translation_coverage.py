"""Every tr() text is translated in every language of the language list (issue 13).

``scripts/translations.py`` knows each area's sources (``AREAS``). Here lupdate collects the tr() texts
of each area afresh, and every language of ``languages.json`` (German, the source, aside) must have
the area's catalogue with each text in it, finished — and not merely the German text copied in
(``SAME_AS_GERMAN_OK`` lists the few texts that are rightly the same: names, symbols, formats).

A new tr() text fails here for every language at once, with the list of what is missing: run
``scripts/translations.py <area>`` (it adds the text, unfinished, to every catalogue) and translate.
"""

from __future__ import annotations

import json
import shutil
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import translations as tool
finally:
    sys.path.pop(0)

LANGUAGES = tool.target_languages()


def entries(ts: Path) -> dict[tuple[str, str], ET.Element | None]:
    """(context, source) → its <translation> element."""
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m.find("translation")
        for ctx in ET.parse(ts).getroot().iter("context")
        for m in ctx.iter("message")
    }


@cache
def texts_in_code(area: str, folder: str) -> frozenset[tuple[str, str]]:
    """(context, source) of every tr() text of the area's sources, as lupdate finds them now."""
    probe = tool.lupdate(tool.python_files(tool.area_sources(area)), Path(folder) / f"probe_{area}.ts", "en")
    return frozenset(entries(probe))


@pytest.fixture(scope="module")
def probe_folder(tmp_path_factory):
    return str(tmp_path_factory.mktemp("probe"))


def gaps(ts: Path, wanted: frozenset[tuple[str, str]]) -> list[str]:
    have = entries(ts)
    out = []
    for key in sorted(wanted):
        tr = have.get(key)
        if key not in have:
            out.append(f"missing: [{key[0]}] {key[1]}")
        elif tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
            out.append(f"unfinished: [{key[0]}] {key[1]}")
    return out


def test_the_languages_are_those_of_the_list():
    codes = [x["code"] for x in json.loads((tool.FOLDER / "languages.json").read_text(encoding="utf-8"))["languages"]]
    assert [c for c in codes if c != "de"] == LANGUAGES and "en" in LANGUAGES and "de-x-ls" in LANGUAGES


@pytest.mark.parametrize("area", list(tool.AREAS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_tr_text_is_translated_in_every_language(area, lang, probe_folder):
    ts = tool.ts_path(area, lang)
    assert ts.exists(), f"{ts.name} is missing: run scripts/translations.py {area} --lang {lang} and translate"
    todo = gaps(ts, texts_in_code(area, probe_folder))
    assert not todo, (
        f"{ts.name}: {len(todo)} texts not translated — run scripts/translations.py {area}, "
        "translate, --release:\n" + "\n".join(todo)
    )


@pytest.mark.parametrize("area", list(tool.AREAS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_translation_is_the_german_text_copied(area, lang):
    ts = tool.ts_path(area, lang)
    if not ts.exists():
        pytest.skip(f"{ts.name} is missing (the test above fails for it)")
    copied = tool.same_as_german(ts, lang)
    assert not copied, (
        f"{ts.name}: {len(copied)} entries are the German text, not a translation "
        "(translate them; or, if rightly the same, add them to SAME_AS_GERMAN_OK):\n" + "\n".join(copied)
    )


CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="de">
<context><name>Probe</name>
<message><source>Zurück</source><translation>{back}</translation></message>
<message><source>Lotse</source><translation>Lotse</translation></message>
<message><source>PIN</source><translation>PIN</translation></message>
</context>
</TS>
"""


def test_a_german_text_copied_into_a_catalogue_is_flagged_unless_allowed(tmp_path):
    ts = tmp_path / "lotse_probe_tr.ts"
    ts.write_text(CATALOGUE.format(lang="tr", back="Zurück"), encoding="utf-8")
    assert tool.same_as_german(ts, "tr") == ["Zurück"]  # names and "PIN" are allowed, "Zurück" is not
    ts.write_text(CATALOGUE.format(lang="tr", back="Geri"), encoding="utf-8")
    assert tool.same_as_german(ts, "tr") == []
    # Leichte Sprache is German: "Zurück" is rightly the same there
    ts.write_text(CATALOGUE.format(lang="de-x-ls", back="Zurück"), encoding="utf-8")
    assert tool.same_as_german(ts, "de-x-ls") == []


SOURCE = """from PySide6.QtCore import QObject


class Probe(QObject):
    def text(self):
        return self.tr("Ein ganz neuer Satz für die Probe.")
"""


def test_a_new_tr_text_shows_up_unfinished_in_every_language(tmp_path):
    """One call updates the area in every language of the list and reports each one's gaps."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for lang in LANGUAGES:
        shutil.copy(tool.ts_path("ui", lang), folder)
    code = tmp_path / "probe.py"
    code.write_text(SOURCE, encoding="utf-8")
    report = tool.update_area("ui", [str(code)], [*LANGUAGES, "xx"], create=False, folder=folder)
    for lang in LANGUAGES:
        ts = folder / f"lotse_ui_{lang}.ts"
        assert tool.unfinished(ts) == ["Ein ganz neuer Satz für die Probe."], lang
        assert ts.with_suffix(".qm").exists()
        assert f"lotse_ui_{lang}.ts: 1 unfinished" in report
    assert report.count("    Ein ganz neuer Satz für die Probe.") == len(LANGUAGES)
    assert any(line.startswith("lotse_ui_xx.ts: MISSING") for line in report)
    assert not (folder / "lotse_ui_xx.ts").exists()
