#!/usr/bin/env python3
"""One German text, one translation: move the shared words into their one place, and list where one
text has two translations.

    .venv/bin/python scripts/same_words.py --move     # every catalogue: shared words → context "Words"
    .venv/bin/python scripts/same_words.py --check    # only list the differences; exit 1 if any
    .venv/bin/python scripts/translations.py --release

The shared words are the texts of ``assistant/ui/words.py`` (context ``Words``, window area ``ui``).
``--move`` works on every catalogue ``resources/translations/lotse_<area>_<lang>.ts`` as text (so
nothing else in the file changes, and a catalogue that is behind the code stays as it is):

* each shared word is taken out of every other context, in every area, and put once into the context
  ``Words`` of ``lotse_ui_<lang>.ts`` with the translation it had (a word the language never had is
  left out: the screen shows German there, as before);
* an entry (same context, same text) that the ``ui`` area has is taken out of the other areas (the
  portal area once also read ``assistant/ui/worker.py``).

Where a shared word had two different translations in one language, nothing is chosen: it is listed
and left out; fix one of them and run ``--move`` again. ``tests/ui/test_one_translation.py`` fails
while any German text has two translations in one language, or a shared word lives anywhere but
``Words``. Run it for a new language's catalogues too (after ``scripts/translations.py``).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
WORDS_PY = ROOT / "assistant" / "ui" / "words.py"
CONTEXT = "Words"

CONTEXT_RE = re.compile(r"<context>\n\s*(?:<name>(.*?)</name>|<name\s*/>)\n(.*?)</context>\n", re.S)
MESSAGE_RE = re.compile(r"[ \t]*<message[^>]*>.*?</message>\n", re.S)


def shared_words() -> list[str]:
    """The German texts of assistant/ui/words.py, in its order."""
    text = WORDS_PY.read_text(encoding="utf-8")
    return [html.unescape(m) for m in re.findall(r'translate\("' + CONTEXT + r'", "((?:[^"\\]|\\.)*)"\)', text)]


def area_lang(ts: Path) -> tuple[str, str]:
    _, area, lang = ts.stem.split("_", 2)
    return area, lang


def source(message: str) -> str:
    m = re.search(r"<source>(.*?)</source>", message, re.S)
    return html.unescape(m.group(1)) if m else ""


def translation(message: str) -> str | None:
    """The finished translation of a <message> block, or None."""
    m = re.search(r"<translation([^>]*)>(.*?)</translation>", message, re.S)
    if m is None or "type=" in m.group(1) or not m.group(2).strip():
        return None
    return html.unescape(m.group(2))


def contexts(text: str) -> list[tuple[str, list[str]]]:
    return [(html.unescape(m.group(1) or ""), MESSAGE_RE.findall(m.group(2))) for m in CONTEXT_RE.finditer(text)]


def render(name: str, messages: list[str]) -> str:
    return f"<context>\n    <name>{html.escape(name, quote=False)}</name>\n{''.join(messages)}</context>\n"


def translations() -> dict[str, dict[str, set[str]]]:
    """language → German text → its finished translations, over every catalogue."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for ts in sorted(FOLDER.glob("lotse_*_*.ts")):
        lang = area_lang(ts)[1]
        for _name, messages in contexts(ts.read_text(encoding="utf-8")):
            for msg in messages:
                tr = translation(msg)
                if tr is not None:
                    found[lang][source(msg)].add(tr)
    return found


def differences() -> list[str]:
    return [
        f"{lang}: {text!r} → {sorted(tr)}"
        for lang, texts in sorted(translations().items())
        for text, tr in sorted(texts.items())
        if len(tr) > 1
    ]


def move() -> list[str]:
    """Shared words into ``Words`` (in lotse_ui_<lang>.ts), ui entries out of the other areas."""
    words = shared_words()
    wanted = set(words)
    problems: list[str] = []
    files = sorted(FOLDER.glob("lotse_*_*.ts"))
    by_lang: dict[str, list[Path]] = defaultdict(list)
    for ts in files:
        by_lang[area_lang(ts)[1]].append(ts)
    for lang, group in sorted(by_lang.items()):
        ui = FOLDER / f"lotse_ui_{lang}.ts"
        if ui not in group:
            continue
        ui_entries = {
            (name, source(m))
            for name, msgs in contexts(ui.read_text(encoding="utf-8"))
            if name != CONTEXT
            for m in msgs
        }
        found: dict[str, list[str]] = defaultdict(list)  # word → its <message> blocks (finished)
        for ts in group:
            text = ts.read_text(encoding="utf-8")
            area = area_lang(ts)[0]
            new = text
            for m in CONTEXT_RE.finditer(text):
                name = html.unescape(m.group(1) or "")
                keep, messages = [], MESSAGE_RE.findall(m.group(2))
                for msg in messages:
                    src = source(msg)
                    if src in wanted:
                        if translation(msg) is not None:
                            found[src].append(msg)
                        continue
                    if area != "ui" and (name, src) in ui_entries:
                        continue
                    keep.append(msg)
                if len(keep) != len(messages):
                    new = new.replace(m.group(0), render(name, keep) if keep else "", 1)
            if new != text:
                ts.write_text(new, encoding="utf-8")
        blocks = []
        for word in words:
            msgs = found.get(word, [])
            if len({translation(x) for x in msgs}) > 1:
                problems.append(f"{lang}: {word!r} has {sorted({translation(x) for x in msgs})}: left out")
            elif msgs:
                blocks.append(msgs[0])
        text = ui.read_text(encoding="utf-8")
        if blocks:
            block = render(CONTEXT, blocks)
            after = [m for m in CONTEXT_RE.finditer(text) if html.unescape(m.group(1) or "") > CONTEXT]
            at = after[0].start() if after else text.rindex("</TS>")
            text = text[:at] + block + text[at:]
            ui.write_text(text, encoding="utf-8")
        print(f"{lang}: {len(blocks)} of {len(words)} shared words in {ui.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--move", action="store_true", help="put the shared words into their one place")
    p.add_argument("--check", action="store_true", help="only list texts with two translations; exit 1 if any")
    a = p.parse_args(argv)
    problems = move() if a.move else []
    problems += [f"two translations: {d}" for d in differences()]
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
