"""Click through guides in the real window: answers, Back, Start, Help, text size, language, resume,
and every kind of bad input (damaged settings/resume files, broken guides, unknown ids, broken parts)."""

from __future__ import annotations

import json
import textwrap

import pytest
from PySide6.QtCore import QLocale, Qt

from assistant.core.paths import user_file
from assistant.ui.step_page import CHOSEN_MARK, StepPage
from assistant.ui.widgets import BigButton, CheckItem
from tests.ui.support import write_sample_guides


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tile(w, gid):
    return w.page.findChild(BigButton, f"tile-{gid}")


def page_texts(w) -> str:
    from assistant.ui.tour import screen_texts

    return "\n".join(screen_texts(w))


def go_to_checklist(qtbot, w, answer=0):
    click(qtbot, tile(w, "probe"))
    assert w.screen_id == "probe/start"
    click(qtbot, w.page.next_button)
    assert w.screen_id == "probe/karte"
    click(qtbot, w.page.answer_buttons[answer])
    assert w.screen_id == "probe/liste"


def test_click_through_a_guide_to_its_end(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    assert w.screen_id == "home"
    assert [b.text() for b in w.page.grid.buttons] == ["Probe-Anleitung", "Zweites Thema"]
    go_to_checklist(qtbot, w)
    assert w.page.progress.text() == "Schritt 3 von 5"
    items = w.page.findChildren(CheckItem)
    assert [c.text() for c in items] == ["Ihren Ausweis", "Ihren PIN-Brief", "Eine Brille, wenn Sie eine brauchen"]
    click(qtbot, items[1])
    assert items[1].isChecked()
    click(qtbot, w.page.next_button)
    # no card capability is registered: the fallback text, with the remembered office filled in
    assert w.screen_id == "probe/pruefen"
    assert "Das geht hier noch nicht. Gehen Sie zu Bürgerbüro Bochum." in page_texts(w)
    click(qtbot, w.page.next_button)
    assert w.screen_id == "probe/ende"
    text = page_texts(w)
    for heading in ("Was Sie jetzt tun", "Wohin", "Was Sie mitbringen", "Kosten", "Mehr dazu"):
        assert heading in text
    assert "1. Machen Sie einen Termin." in text and "Bürgerbüro Bochum" in text
    assert "• Ihren PIN-Brief" in text and "Das kostet nichts." in text
    # the details (phone, hours, corrections) are folded behind a large, named "Mehr dazu" toggle
    assert "Telefon: 115" not in text and "Die PIN kann man nur per Brief" not in text
    toggle = w.page.findChild(BigButton, "more-toggle")
    assert toggle.isVisible() and toggle.accessibleName() == "Mehr dazu" and toggle.isCheckable()
    assert toggle.height() >= 56 and toggle.focusPolicy() == Qt.FocusPolicy.StrongFocus
    click(qtbot, toggle)  # the mouse opens it …
    text = page_texts(w)
    assert toggle.isChecked() and text.index("Mehr dazu") < text.index("Telefon: 115")
    assert "• Die PIN kann man nur per Brief ändern." in text  # a correction says itself what is right
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)  # … the keyboard folds it again
    assert not toggle.isChecked() and "Telefon: 115" not in page_texts(w)
    click(qtbot, toggle)
    click(qtbot, w.page.next_button)  # "Fertig: zur Startseite"
    assert w.screen_id == "home" and w.run is None
    go_to_checklist(qtbot, w)
    click(qtbot, w.page.next_button)
    click(qtbot, w.page.next_button)
    assert w.screen_id == "probe/ende" and not toggle.isChecked()  # nothing remembered: folded again
    assert "Telefon: 115" not in page_texts(w)


def test_picture_with_its_description_and_gone_on_the_next_step(qtbot, make_window, sample_guides):
    from assistant.ui.widgets import Picture

    w = make_window(sample_guides)
    click(qtbot, tile(w, "probe"))
    pictures = [p for p in w.page.findChildren(Picture) if p.isVisibleTo(w.page)]
    assert len(pictures) == 1 and pictures[0].accessibleDescription() == "Ein Ausweis mit Foto und Namen."
    assert not pictures[0].pixmap().isNull()
    click(qtbot, w.page.next_button)  # no event loop runs here: a picture merely deleteLater()'d would still show
    assert [p for p in w.page.findChildren(Picture) if p.isVisibleTo(w.page)] == []


def test_back_keeps_earlier_answers_and_ticks(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    go_to_checklist(qtbot, w, answer=0)
    click(qtbot, w.page.check_items[0])
    click(qtbot, w.bar.back)
    assert w.screen_id == "probe/karte"
    buttons = w.page.answer_buttons
    assert buttons[0].text().startswith(CHOSEN_MARK) and buttons[0].property("chosen") is True
    assert buttons[0].accessibleDescription() == "Das hatten Sie zuletzt gewählt."
    assert not buttons[1].text().startswith(CHOSEN_MARK)
    assert "Ihre letzte Antwort ist mit einem Haken markiert." in page_texts(w)
    # a different answer now: the remembered office follows the new answer
    click(qtbot, buttons[1])
    assert w.page.check_items[0].isChecked(), "the tick made before Back is kept"
    click(qtbot, w.page.next_button)
    assert "Ausländerbüro Bochum" in page_texts(w)
    # Back all the way: start step, then home
    for expected in ("probe/liste", "probe/karte", "probe/start", "home"):
        click(qtbot, w.bar.back)
        assert w.screen_id == expected
    click(qtbot, w.bar.back)
    assert w.status.isVisible() and "schon auf der Startseite" in w.status.text()


def test_start_goes_home_from_anywhere(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    go_to_checklist(qtbot, w)
    click(qtbot, w.bar.start)
    assert w.screen_id == "home" and w.run is None
    click(qtbot, w.bar.start)
    assert "schon auf der Startseite" in w.status.text()


def test_help_shows_this_steps_help_and_returns(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    click(qtbot, tile(w, "probe"))
    click(qtbot, w.page.next_button)
    bar_geometry = w.bar.geometry()
    click(qtbot, w.bar.help)
    assert w.screen_id == "help"
    assert w.page.text.text() == "Auf der Karte steht oben der Name der Karte."
    assert w.bar.geometry() == bar_geometry
    click(qtbot, w.bar.back)  # Zurück closes the help, not the step
    assert w.screen_id == "probe/karte"
    click(qtbot, w.bar.help)
    click(qtbot, w.page.close_button)
    assert w.screen_id == "probe/karte"
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_F1)
    assert w.screen_id == "help"
    qtbot.keyClick(w.page.close_button, Qt.Key.Key_Escape)
    assert w.screen_id == "probe/karte"


def test_text_size_changes_at_once_is_remembered_and_explains_its_limits(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    click(qtbot, tile(w, "probe"))
    size_100 = w.page.title.font().pointSizeF()
    bar_font_100 = w.bar.back.font().pointSizeF()
    click(qtbot, w.bar.bigger)
    assert w.ctx.settings.zoom == 125
    assert w.page.title.font().pointSizeF() == pytest.approx(size_100 * 1.25, abs=0.5)  # whole pixels
    assert w.bar.back.font().pointSizeF() == pytest.approx(bar_font_100 * 1.25, abs=0.5)
    assert json.loads(user_file("settings.json").read_text())["zoom"] == 125
    for _ in range(3):
        click(qtbot, w.bar.bigger)
    assert w.ctx.settings.zoom == 200
    click(qtbot, w.bar.bigger)
    assert w.ctx.settings.zoom == 200 and "schon am größten" in w.status.text()
    assert w.screen_id == "probe/start", "the place is kept"
    for _ in range(5):
        click(qtbot, w.bar.smaller)
    assert w.ctx.settings.zoom == 100 and "schon am kleinsten" in w.status.text()


def choose_language(qtbot, w, code: str) -> None:
    """The real path: 'Sprache' in the bar opens the chooser, the language's button chooses."""
    click(qtbot, w.bar.switch_language)
    assert w.screen_id == "language"
    click(qtbot, w.page.buttons[code])


def test_language_switch_at_runtime_keeps_the_place(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    go_to_checklist(qtbot, w)
    click(qtbot, w.bar.back)
    assert w.page.title.text() == "Welche Karte haben Sie?"
    choose_language(qtbot, w, "en")
    assert w.ctx.language == "en"
    assert w.screen_id == "probe/karte"
    assert w.page.title.text() == "Which card do you have?"
    assert w.page.answer_buttons[0].text() == CHOSEN_MARK + "I have a German ID card."
    assert w.page.progress.text() == "Step 2 of about 4"  # the typical path, not the longest
    assert w.bar.back.text() == "Back" and w.bar.switch_language.text() == "Language: English"
    assert json.loads(user_file("settings.json").read_text())["language"] == "en"
    click(qtbot, w.bar.back)
    assert w.page.title.text() == "Welcome"
    choose_language(qtbot, w, "de")
    assert w.page.title.text() == "Willkommen" and w.bar.back.text() == "Zurück"
    w.add_notice("Probe")
    choose_language(qtbot, w, "en")
    assert w.notice_area.findChildren(BigButton)[0].text() == "Understood"


def test_a_guide_missing_in_english_stays_german_and_says_so(qtbot, make_window, sample_guides):
    w = make_window(sample_guides, lang="en")
    click(qtbot, tile(w, "zweite"))
    assert w.page.title.text() == "Ist alles gut?"  # only German exists: shown rather than nothing
    choose_language(qtbot, w, "de")
    choose_language(qtbot, w, "en")
    assert w.screen_id == "zweite/frage"


def test_resume_after_a_restart(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    go_to_checklist(qtbot, w, answer=1)
    w.wait_for_saving()
    saved = json.loads(user_file("resume.json").read_text())
    assert saved["current"] == "liste" and saved["guide"] == "probe"
    assert "PIN" not in json.dumps(saved).upper().replace("PROBE", "")
    w.close()
    w2 = make_window(sample_guides)
    assert w2.screen_id == "resume"
    assert "Probe-Anleitung" in w2.page.text.text() and "Legen Sie bereit" in w2.page.text.text()
    click(qtbot, w2.page.yes)
    assert w2.screen_id == "probe/liste"
    assert w2.run.facts == {"office": "auslaenderbuero"}
    click(qtbot, w2.bar.back)
    assert w2.screen_id == "probe/karte"
    w2.close()
    w3 = make_window(sample_guides)
    assert w3.screen_id == "resume"
    click(qtbot, w3.page.no)
    assert w3.screen_id == "home" and not user_file("resume.json").exists()
    w4 = make_window(sample_guides)
    assert w4.screen_id == "home"


def test_forget_session_state_leaves_nothing_of_the_person(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    go_to_checklist(qtbot, w, answer=1)
    click(qtbot, w.page.check_items[0])
    w.forget_session_state()
    assert not user_file("resume.json").exists()
    assert w.screen_id == "home" and w.run is None and w.ctx.facts == {}
    go_to_checklist(qtbot, w, answer=0)
    assert not any(c.isChecked() for c in w.page.check_items), "ticks of the person before are gone"
    w.close()
    assert make_window(sample_guides).screen_id == "resume"  # the new person's place, not the old one


def test_damaged_settings_file_is_named_put_aside_and_defaults_used(qtbot, make_window, sample_guides, lotse_home):
    lotse_home.mkdir(parents=True, exist_ok=True)
    (lotse_home / "settings.json").write_text("{zoom: oops", encoding="utf-8")
    w = make_window(sample_guides)
    assert any("Einstellungen waren beschädigt (settings.json)" in n for n in w.notices())
    assert (lotse_home / "settings.json.broken-1").read_text() == "{zoom: oops"
    assert w.ctx.settings.zoom == 100 and w.screen_id == "home"
    click(qtbot, w.notice_area.findChildren(BigButton)[0])
    qtbot.waitUntil(lambda: not w.notices())
    click(qtbot, w.bar.bigger)
    assert json.loads((lotse_home / "settings.json").read_text())["zoom"] == 125


def test_damaged_resume_file_is_named_put_aside_and_a_fresh_start(qtbot, make_window, sample_guides, lotse_home):
    lotse_home.mkdir(parents=True, exist_ok=True)
    (lotse_home / "resume.json").write_bytes(b"\xff\xfe not json")
    w = make_window(sample_guides)
    assert w.screen_id == "home"
    assert any("gemerkte Platz war beschädigt (resume.json)" in n for n in w.notices())
    assert (lotse_home / "resume.json.broken-1").exists()
    go_to_checklist(qtbot, w)


def test_resume_of_a_guide_that_no_longer_exists(qtbot, make_window, sample_guides, lotse_home):
    lotse_home.mkdir(parents=True, exist_ok=True)
    (lotse_home / "resume.json").write_text(json.dumps({"guide": "weg", "lang": "de", "current": "x", "path": []}))
    w = make_window(sample_guides)
    assert w.screen_id == "home"
    assert any("passt nicht mehr" in n and "weg" in n for n in w.notices())


def test_broken_guide_file_is_named_and_left_out(qtbot, make_window, tmp_path):
    folder = write_sample_guides(tmp_path / "g", broken=True)
    w = make_window(folder)
    assert any("kaputt.de.yaml" in n for n in w.notices())
    assert [b.objectName() for b in w.page.grid.buttons] == ["tile-probe", "tile-zweite"]
    go_to_checklist(qtbot, w)


def test_unknown_guide_id_gives_a_message_and_the_rest_works(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    assert w.open_guide("gibt-es-nicht") is False
    assert any("„gibt-es-nicht“" in n for n in w.notices())
    assert w.screen_id == "home"
    go_to_checklist(qtbot, w)


def test_broken_city_profile_keeps_the_guides_working(qtbot, make_window, sample_guides, tmp_path):
    cities = tmp_path / "cities"
    cities.mkdir()
    (cities / "bochum.yaml").write_text("name: [", encoding="utf-8")
    w = make_window(sample_guides, cities=cities)
    assert any("Angaben der Stadt" in n and "bochum.yaml" in n for n in w.notices())
    go_to_checklist(qtbot, w)
    click(qtbot, w.page.next_button)
    click(qtbot, w.page.next_button)
    assert "Fragen Sie unter der Telefonnummer 115" in page_texts(w)


def test_more_than_six_topics(qtbot, make_window, tmp_path):
    folder = write_sample_guides(tmp_path / "g", extra_topics=6)  # 8 guides
    w = make_window(folder)
    assert len(w.page.grid.buttons) == 6
    click(qtbot, w.page.more_button)
    assert w.screen_id == "more"
    assert [b.text() for b in w.page.grid.buttons] == ["Thema 7", "Thema 8"]
    click(qtbot, w.page.grid.buttons[1])
    assert w.screen_id == "thema-5/frage"
    click(qtbot, w.bar.back)
    assert w.screen_id == "home"


def test_keyboard_only_with_tab_space_and_enter(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    assert w.focusWidget() is w.page.grid.buttons[0]
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Return)  # Enter chooses, like the space bar
    assert w.screen_id == "probe/start"
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    assert w.focusWidget() is w.page.next_button
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)
    assert w.screen_id == "probe/karte"
    for _ in range(2):
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    assert w.focusWidget() is w.page.answer_buttons[1]
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Enter)
    assert w.screen_id == "probe/liste" and w.run.facts == {"office": "auslaenderbuero"}


def test_checklist_tick_by_keyboard(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    go_to_checklist(qtbot, w)
    item = w.page.check_items[2]
    item.setFocus()
    qtbot.keyClick(item, Qt.Key.Key_Space)
    assert item.isChecked()


CAPABILITY = textwrap.dedent(
    """
    from PySide6.QtCore import Qt
    from assistant.ui.capabilities import CapabilityPage, Tile
    from assistant.ui.widgets import BigButton, Page

    class CardPage(CapabilityPage):
        def __init__(self, ctx, step):
            super().__init__()
            self.office = ctx.facts.get("office")
            self.setWindowTitle("Kartenprüfung")
            self.ok = BigButton("Karte gelesen", self)
            self.ok.setObjectName("card-ok")
            self.ok.clicked.connect(lambda: self.finished.emit("tries-3"))
            self.giveup = BigButton("Geht nicht", self)
            self.giveup.setObjectName("card-giveup")
            self.giveup.move(0, 80)
            self.giveup.clicked.connect(lambda: self.finished.emit("unavailable"))

        def read_aloud_text(self):
            return "Legen Sie die Karte auf."

        def help_text(self):
            return "Die Karte liegt flach auf dem Lesegerät."

    class BookingPage(CapabilityPage):
        def __init__(self, ctx):
            super().__init__()
            self.done = BigButton("Fertig", self)
            self.done.setObjectName("booking-done")
            self.done.clicked.connect(lambda: self.finished.emit(""))

    def register(registry):
        registry.add_action("eid.read-card", CardPage)
        registry.add_tile(Tile("termin", lambda: "Termin buchen", lambda: "Im Bürgerbüro", BookingPage, order=5))
    """
)


@pytest.fixture
def capability_module(tmp_path, monkeypatch):
    (tmp_path / "lotse_test_capability.py").write_text(CAPABILITY, encoding="utf-8")
    (tmp_path / "lotse_test_broken.py").write_text("import does_not_exist_anywhere\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return "lotse_test_capability"


def test_capability_pages_plug_in(qtbot, make_window, sample_guides, capability_module):
    w = make_window(sample_guides, capabilities=[capability_module, "lotse_test_broken"])
    notices = w.notices()
    assert any("lotse_test_broken" in n and "ModuleNotFoundError" in n for n in notices)
    assert [b.objectName() for b in w.page.grid.buttons] == ["tile-probe", "tile-zweite", "tile-tile:termin"]
    go_to_checklist(qtbot, w)
    click(qtbot, w.page.next_button)
    assert w.screen_id == "action:probe/pruefen"
    assert w.page.office == "buergerbuero", "the page sees the facts remembered so far"
    bar_geometry = w.bar.geometry()
    click(qtbot, w.bar.help)
    assert w.page.text.text() == "Die Karte liegt flach auf dem Lesegerät."
    assert w.bar.geometry() == bar_geometry
    click(qtbot, w.bar.back)
    assert w.screen_id == "action:probe/pruefen"
    click(qtbot, w.page.giveup)  # the page gives up → the fallback text of the step
    assert w.screen_id == "probe/pruefen" and isinstance(w.page, StepPage)
    click(qtbot, w.bar.back)
    assert w.screen_id == "probe/liste"
    click(qtbot, w.page.next_button)
    click(qtbot, w.page.findChild(BigButton, "card-ok"))
    assert w.screen_id == "probe/ende"
    assert w.run.facts["eid_read_card"] == "tries-3"
    click(qtbot, w.bar.start)
    click(qtbot, w.page.findChild(BigButton, "tile-tile:termin"))
    assert w.screen_id == "tile:termin"
    click(qtbot, w.page.findChild(BigButton, "booking-done"))
    assert w.screen_id == "home"


# QtMultimedia (loaded by QtTextToSpeech) notes that this machine has no PipeWire: not ours
@pytest.mark.qt_log_ignore("pipewire")
def test_read_aloud_speaks_the_screen(qtbot, make_window, sample_guides, monkeypatch):
    monkeypatch.setenv("LOTSE_TTS_ENGINE", "mock")  # Qt's mock engine has English voices (en_GB, en_US), no German
    w = make_window(sample_guides, lang="en")
    click(qtbot, tile(w, "probe"))
    click(qtbot, w.page.next_button)
    click(qtbot, w.bar.read)
    said = w.read_aloud.last_text
    assert said.splitlines()[:3] == ["Which card do you have?", "Look at your card.", "I have a German ID card."]
    assert w.read_aloud._tts.locale().language() == QLocale.Language.English  # a voice of the language
    assert not w.status.isVisible()
    qtbot.waitUntil(lambda: w.bar.read.text() == "Stop reading aloud")  # Qt's mock engine "speaks" for a while
    click(qtbot, w.bar.read)
    qtbot.waitUntil(lambda: w.bar.read.text() == "Read aloud")


@pytest.mark.qt_log_ignore("pipewire")
@pytest.mark.parametrize(
    "lang, said",
    [
        ("de", "Vorlesen auf Deutsch geht auf diesem Computer nicht: es ist keine deutsche Stimme installiert."),
        ("tr", "Bu bilgisayarda Türkçe sesli okuma yok: Türkçe ses yüklü değil."),
        ("uk", "Читання вголос українською на цьому комп’ютері не працює: український голос не встановлено."),
        ("pl", "Czytanie na głos po polsku nie działa na tym komputerze: nie ma zainstalowanego polskiego głosu."),
    ],
)
def test_read_aloud_without_a_voice_of_the_language_says_so_in_it(
    qtbot, make_window, sample_guides, monkeypatch, lang, said
):
    monkeypatch.setenv("LOTSE_TTS_ENGINE", "mock")  # no German, no Turkish voice: never a foreign voice instead
    w = make_window(sample_guides, lang=lang)
    click(qtbot, w.bar.read)
    assert w.status.isVisible() and w.status.text() == said
    assert w.read_aloud.last_text == ""


@pytest.mark.qt_log_ignore("pipewire", 'plug-in "no-such-engine" is not supported')
def test_read_aloud_without_a_speech_engine_says_why(qtbot, make_window, sample_guides, monkeypatch):
    monkeypatch.setenv("LOTSE_TTS_ENGINE", "no-such-engine")
    w = make_window(sample_guides)
    click(qtbot, w.bar.read)
    assert w.status.isVisible()
    why = "Vorlesen geht auf diesem Computer nicht: es ist keine Sprachausgabe installiert."
    assert w.status.text() == why
    assert w.bar.read.toolTip() == why and w.bar.read.accessibleDescription() == why


def test_no_timer_ends_a_step(qtbot, make_window, sample_guides, timer_hook):
    """Every timer the program starts while a step is shown goes off at once (as if hours had passed):
    the step is still there. Whatever a timer's length, this test sees it (tests/timer_hook.py)."""
    w = make_window(sample_guides, capabilities=["assistant.ui.eid", "assistant.ui.portal"])
    timer_hook.clear()
    click(qtbot, tile(w, "probe"))
    click(qtbot, w.page.next_button)
    page, title = w.page, w.windowTitle()
    fired = timer_hook.fire_all()
    assert timer_hook.started, "the hook saw no timer at all: is it still installed?"
    assert w.screen_id == "probe/karte" and w.page is page and w.windowTitle() == title, [str(t) for t in fired]


def test_the_timer_hook_would_see_a_timer_that_ends_a_step(qtbot, make_window, sample_guides, timer_hook):
    """The check above can fail: a one-hour one-shot that goes home is found and fired."""
    from pathlib import Path

    from PySide6.QtCore import QTimer

    w = make_window(sample_guides)
    click(qtbot, tile(w, "probe"))
    timer_hook.watched.append(Path(__file__).resolve())
    timer_hook.clear()
    QTimer.singleShot(3_600_000, w.go_home)
    assert [t.interval for t in timer_hook.started] == [3_600_000]
    timer_hook.fire_all()
    assert w.screen_id == "home"
