"""One German text, one translation (issue 16): over every catalogue of every language, the same German
source never gets two translations; the shared words (assistant/ui/words.py) live once, in the context
``Words`` of the window's catalogue; and no entry is kept in two areas. scripts/same_words.py --move
puts them there (see its docstring)."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import same_words
finally:
    sys.path.pop(0)


def catalogues() -> list[Path]:
    files = sorted(same_words.FOLDER.glob("lotse_*_*.ts"))
    assert len(files) >= 4
    return files


def test_one_german_text_has_one_translation_in_each_language():
    diff = same_words.differences()
    assert not diff, "the same German text, translated differently (choose one; scripts/same_words.py):\n" + "\n".join(
        diff
    )


def test_shared_words_live_once_in_the_context_words():
    words = same_words.shared_words()
    assert len(words) == len(set(words)) >= 30 and "Weiter" in words and "Einstellungen für Mitarbeitende" in words
    elsewhere = []
    for ts in catalogues():
        area, _lang = same_words.area_lang(ts)
        for name, messages in same_words.contexts(ts.read_text(encoding="utf-8")):
            for msg in messages:
                if same_words.source(msg) in words and (area, name) != ("ui", "Words"):
                    elsewhere.append(f"{ts.name} {name or '(empty)'}: {same_words.source(msg)!r}")
    assert not elsewhere, (
        "a shared word translated outside Words (use assistant/ui/words.py; run "
        "scripts/same_words.py --move):\n" + "\n".join(elsewhere)
    )


def test_every_language_with_a_window_catalogue_has_the_page_words():
    """The words every page needs are there in every language that has the window's catalogue."""
    basic = {"Weiter", "Zurück", "Abbrechen", "Fertig", "Hilfe"}
    for ts in catalogues():
        area, lang = same_words.area_lang(ts)
        if area != "ui":
            continue
        have = {
            same_words.source(m)
            for name, msgs in same_words.contexts(ts.read_text(encoding="utf-8"))
            if name == "Words"
            for m in msgs
            if same_words.translation(m)
        }
        assert basic <= have, f"{ts.name} lacks {sorted(basic - have)}"


def test_the_sheets_shared_words_are_shared_words():
    """The take-home sheet says shared words in the sheet's language (``SheetRenderer.word``)."""
    import re

    text = (ROOT / "assistant" / "ui" / "roles" / "sheet.py").read_text(encoding="utf-8")
    used = re.findall(r'self\.word\("([^"]+)"\)', text)
    assert used and set(used) <= set(same_words.shared_words()), set(used) - set(same_words.shared_words())


def test_no_entry_is_kept_in_two_areas():
    seen: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for ts in catalogues():
        area, lang = same_words.area_lang(ts)
        for name, messages in same_words.contexts(ts.read_text(encoding="utf-8")):
            for msg in messages:
                seen[(lang, name, same_words.source(msg))].append(area)
    twice = [f"{k}: {v}" for k, v in seen.items() if len(v) > 1]
    assert not twice, "\n".join(twice[:20])


def test_the_check_sees_two_translations(tmp_path, monkeypatch):
    (tmp_path / "lotse_ui_en.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">\n<context>\n'
        "    <name>A</name>\n    <message>\n        <source>Was Sie mitbringen</source>\n"
        "        <translation>What to bring</translation>\n    </message>\n</context>\n<context>\n    <name />\n"
        "    <message>\n        <source>Was Sie mitbringen</source>\n        <translation>What you bring</translation>\n"
        "    </message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    (tmp_path / "lotse_roles_en.ts").write_text("<TS></TS>\n", encoding="utf-8")
    monkeypatch.setattr(same_words, "FOLDER", tmp_path)
    assert same_words.differences() == ["en: 'Was Sie mitbringen' → ['What to bring', 'What you bring']"]
