"""Helpers shared by tests/ui and tests/a11y: small guide files, the window factory, screen walks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from assistant.resources import resource

PROBE_DE = """\
format: 1
id: probe
lang: de
title: Probe-Anleitung
short: Eine kleine Anleitung für die Tests.
order: 1
start: start
steps:
  start:
    type: info
    title: Willkommen
    text: Wir gehen das zusammen durch. Es dauert nur kurz.
    help: Lesen Sie in Ruhe. Dann klicken Sie auf Weiter.
    image: {file: id-card.svg, alt: Ein Ausweis mit Foto und Namen.}
    next: karte
  karte:
    type: question
    title: Welche Karte haben Sie?
    text: Schauen Sie auf Ihre Karte.
    help: Auf der Karte steht oben der Name der Karte.
    answers:
      - {text: Ich habe einen Personalausweis., next: liste, remember: {office: buergerbuero}}
      - {text: Ich habe eine Aufenthaltskarte., next: liste, remember: {office: auslaenderbuero}}
      - {text: Ich weiß es nicht., next: unbekannt}
  unbekannt:
    type: end
    title: Fragen Sie im Bürgerbüro nach
    todo: [Rufen Sie die Nummer 115 an.]
    where: buergerbuero
  liste:
    type: checklist
    title: Legen Sie bereit
    items: [Ihren Ausweis, Ihren PIN-Brief, "Eine Brille, wenn Sie eine brauchen"]
    next: pruefen
  pruefen:
    type: action
    title: Wir prüfen Ihre Karte
    action: eid.read-card
    fallback: Das geht hier noch nicht. Gehen Sie zu {office_name}.
    outcomes: {unavailable: ende, tries-3: ende}
  ende:
    type: end
    title: So geht es weiter
    text: Sie haben alles Nötige.
    todo: [Machen Sie einen Termin., Gehen Sie zum Termin.]
    where: "{office}"
    bring: [Ihren Ausweis, Ihren PIN-Brief]
    cost: Das kostet nichts.
    corrects: [Die PIN kann man nur per Brief ändern. Heute geht es auch im Bürgerbüro.]
"""

PROBE_EN = """\
format: 1
id: probe
lang: en
title: Sample guide
short: A small guide for the tests.
order: 1
start: start
steps:
  start:
    type: info
    title: Welcome
    text: We go through this together. It only takes a moment.
    help: Read at your own pace. Then click Next.
    image: {file: id-card.svg, alt: An ID card with a photo and a name.}
    next: karte
  karte:
    type: question
    title: Which card do you have?
    text: Look at your card.
    help: The name of the card is printed at the top.
    answers:
      - {text: I have a German ID card., next: liste, remember: {office: buergerbuero}}
      - {text: I have a residence permit card., next: liste, remember: {office: auslaenderbuero}}
      - {text: I do not know., next: unbekannt}
  unbekannt:
    type: end
    title: Ask at the citizens' office
    todo: [Call the number 115.]
    where: buergerbuero
  liste:
    type: checklist
    title: Have these ready
    items: [Your ID card, Your PIN letter, "Your glasses, if you need them"]
    next: pruefen
  pruefen:
    type: action
    title: We check your card
    action: eid.read-card
    fallback: This is not possible here yet. Go to {office_name}.
    outcomes: {unavailable: ende, tries-3: ende}
  ende:
    type: end
    title: What comes next
    text: You have everything you need.
    todo: [Book an appointment., Go to the appointment.]
    where: "{office}"
    bring: [Your ID card, Your PIN letter]
    cost: It costs nothing.
    corrects: [You can only change the PIN by letter. Today the citizens' office can do it too.]
"""

SECOND_DE = """\
format: 1
id: zweite
lang: de
title: Zweites Thema
short: Noch eine kurze Anleitung.
order: 2
start: frage
steps:
  frage:
    type: question
    title: Ist alles gut?
    answers:
      - {text: Ja., next: gut}
      - {text: Nein., next: gut}
  gut:
    type: end
    title: Schön
    todo: [Nichts weiter.]
"""


def write_sample_guides(folder: Path, *, broken: bool = False, extra_topics: int = 0) -> Path:
    """The probe guide (de, en), a second guide (de only), optionally a broken file and more topics."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "probe.de.yaml").write_text(PROBE_DE, encoding="utf-8")
    (folder / "probe.en.yaml").write_text(PROBE_EN, encoding="utf-8")
    (folder / "zweite.de.yaml").write_text(SECOND_DE, encoding="utf-8")
    for n in range(extra_topics):
        text = SECOND_DE.replace("id: zweite", f"id: thema-{n}").replace("Zweites Thema", f"Thema {n + 3}")
        text = text.replace("order: 2", f"order: {n + 3}")
        (folder / f"thema-{n}.de.yaml").write_text(text, encoding="utf-8")
    if broken:
        (folder / "kaputt.de.yaml").write_text("format: 1\nid: kaputt\n  title: [unclosed\n", encoding="utf-8")
    (folder / "guide.schema.json").write_bytes(resource("guides", "guide.schema.json").read_bytes())
    return folder


def real_guides_present() -> bool:
    return any(resource("guides").glob("*.yaml"))


def top_level_widgets() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if not w.isHidden() or w.parent() is None}


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    for w in root.findChildren(QWidget):
        if w.isVisibleTo(root) and w.window() is root.window():
            yield w


def process(n: int = 3) -> None:
    for _ in range(n):
        QCoreApplication.processEvents()


def attached(window):
    """(roles, controller) of a window made with ``make_window(conf=…)``."""
    from assistant.ui.roles.controller import RolesController

    controller = window.findChild(RolesController)
    assert controller is not None, "this window was made without conf=: it has no roles"
    return controller.roles, controller


def settle() -> None:
    """Deliver what is queued now — posted events, queued signals, 0 ms timers, layout requests — without
    waiting for any time. Where something must *happen*, wait for it: ``qtbot.waitUntil`` / ``waitSignal``;
    where nothing may happen, prove it with the ``timer_hook`` fixture (tests/timer_hook.py)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
