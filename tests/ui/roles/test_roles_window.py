"""The three roles in the real main window: strip, "Alles vergessen", session end, "Nächste Person",
helper view (never a digit), counter close guard, the inactivity warning with a fake clock, the sheet."""

from __future__ import annotations

from pathlib import Path

import keyring
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from assistant.core import paths
from assistant.core.roles import Role
from assistant.portal import drafts
from assistant.ui.capabilities import CapabilityPage, Tile
from assistant.ui.roles.dialogs import InactivityWarning, SheetDialog, StaffDialog
from assistant.ui.widgets import BigButton
from tests.ui.support import attached, settle

PIN = "918273"  # a sentinel PIN typed into a secret field


class PinPage(CapabilityPage):
    """A page that follows the capability contract like the eID PIN entry does."""

    def __init__(self, keypad: bool = False) -> None:
        super().__init__()
        self.setWindowTitle("PIN eingeben")
        self.keypad = keypad
        self.field = QLineEdit()
        self.field.setAccessibleName("PIN")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        QVBoxLayout(self).addWidget(self.field)

    def is_secret_entry(self) -> bool:
        return True

    def secret_on_keypad(self) -> bool:
        return self.keypad


def files(base: Path) -> list[str]:
    return sorted(str(p.relative_to(base)) for p in base.rglob("*") if p.is_file() and p.name != paths.FOLDER_MARKER)


def personal(kr) -> list[tuple[str, str]]:
    return [e for e in kr.entries() if not e[1].startswith("api-key:")]


def work_a_little(qtbot, window) -> None:
    """Open the PIN guide, answer twice, half-write a report, keep a booking secret."""
    window.open_guide("eid-pin")
    while window.run.current.type != "question":
        window.forward()
    window.answer(0)
    qtbot.waitUntil(lambda: paths.user_file("resume.json").is_file())
    drafts.save_draft(drafts.ReportDraft(service_code="pothole", description="Loch vor Haus 12"))
    keyring.set_password("Lotse", "booking:abc", '{"processId": "1", "authKey": "SECRET-X"}')


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def dialog_button(controller, name: str) -> BigButton:
    b = controller.dialog.findChild(BigButton, name)
    assert b is not None, name
    return b


def go_to_the_end(qtbot, window, walk) -> BigButton:
    """Walk the PIN guide to the end step "to the office"; the sheet offer button on it."""
    window.open_guide("eid-pin")
    walk(window.run, "end-office-pin")
    window.show_current()
    settle()
    return window.page.findChild(BigButton, "sheet-offer")


def open_sheet_at_the_end(qtbot, window, controller, walk) -> SheetDialog:
    click(qtbot, go_to_the_end(qtbot, window, walk))
    return controller.dialog


def grab(folder: Path, widget, name: str) -> None:
    """Save a screenshot into the test's screenshot_dir (docs/screenshots only for scripts/screenshots.sh)."""
    assert widget.grab().save(str(folder / name))


# --- home ---------------------------------------------------------------------------------------------


def test_home_alles_vergessen_after_a_confirmation(qtbot, make_window, lotse_home, kr, screenshot_dir):
    window = make_window(conf="")
    roles, controller = attached(window)
    assert roles.role is Role.HOME and controller.strip.isVisible()
    assert set(controller.strip.buttons) == {"forget"}
    grab(screenshot_dir, window, "roles-home.png")
    work_a_little(qtbot, window)
    settle()
    assert not controller.strip.isVisible()  # only on the start page
    window.go_home()
    settle()
    assert controller.strip.isVisible()
    before = files(lotse_home)
    assert {"resume.json", "drafts/report.json", "keyring-entries.json"} <= set(before)

    click(qtbot, controller.strip.buttons["forget"])
    assert controller.dialog.objectName() == "forget-dialog" and controller.dialog.isVisible()
    grab(screenshot_dir, controller.dialog, "roles-forget.png")
    click(qtbot, dialog_button(controller, "forget-no"))
    assert files(lotse_home) == before and controller.dialog is None

    click(qtbot, controller.strip.buttons["forget"])
    click(qtbot, dialog_button(controller, "forget-yes"))
    assert set(files(lotse_home)) <= {"settings.json"}
    assert personal(kr) == []
    assert window.screen_id == "home" and window.run is None
    assert "vergessen" in window.status.text()


def test_home_keeps_the_place_for_the_next_start(qtbot, make_window, lotse_home):
    window = make_window(conf="")
    roles, _ = attached(window)
    work_a_little(qtbot, window)
    roles.close()
    again = make_window(conf="")
    _, _ = attached(again)
    assert again.screen_id == "resume"


# --- library -------------------------------------------------------------------------------------------


def test_library_helper_view_follows_the_guide(qtbot, make_window, screenshot_dir):
    window = make_window(conf="[lotse]\nrole = library\n[library]\nhelper_view = yes\n")
    roles, controller = attached(window)
    view = controller.dock.view
    assert controller.dock.isVisible()
    assert "Die Person ist auf der Startseite." in view.texts()
    window.open_guide("eid-pin")
    settle()
    run = window.run
    texts = view.texts()
    assert run.current.title in " ".join(texts) or window.page.title.text() in texts
    assert any(t.startswith("Schritt 1 von") for t in texts)
    while window.run.current.type != "question":
        window.forward()
    settle()
    step = window.run.current
    texts = " ".join(view.texts())
    for answer in step.answers:
        assert f"„{window.run.fill(answer.text)}“ →" in texts
    assert (step.helper and window.run.fill(step.helper)[:30] in texts) or "keine Tipps" in texts
    window.answer(0)
    settle()
    texts = view.texts()
    assert "Bisheriger Weg" in texts and any(step.answers[0].text[:20] in t for t in texts)
    grab(screenshot_dir, window, "roles-helper.png")


def test_helper_view_asks_to_look_away_and_never_shows_digits(qtbot, make_window, screenshot_dir):
    window = make_window(conf="[lotse]\nrole = library\n[library]\nhelper_view = yes\n")
    roles, controller = attached(window)
    page = PinPage()
    window.open_tile(Tile("pin", lambda: "PIN", lambda: "", lambda ctx: page))
    qtbot.keyClicks(page.field, PIN)
    controller.update_helper()
    view = controller.dock.view
    texts = view.texts()
    assert "Bitte schauen Sie weg." in texts
    assert all(PIN not in t and not any(ch.isdigit() for ch in t) for t in texts)
    for label in view.findChildren(QWidget):
        assert PIN not in (label.property("text") or "") and PIN not in label.accessibleName()
    page.keypad = True
    controller.update_helper()
    assert any("am Lesegerät" in t for t in view.texts())
    grab(screenshot_dir, window, "roles-look-away.png")
    window.go_home()
    settle()
    controller.update_helper()
    assert "Die Person ist auf der Startseite." in view.texts()


def test_library_session_end_forgets_everything(qtbot, make_window, lotse_home, kr, screenshot_dir):
    window = make_window(conf="[lotse]\nrole = library\n")
    roles, controller = attached(window)
    assert set(controller.strip.buttons) == {"helper", "end"}
    assert not controller.dock.isVisible()
    click(qtbot, controller.strip.buttons["helper"])
    assert controller.dock.isVisible()
    first = roles.memory.folder
    work_a_little(qtbot, window)
    before = files(lotse_home)
    assert all(f.startswith(first.name + "/") for f in before) and len(before) >= 4
    assert personal(kr) == [("Lotse", "booking:abc")]

    click(qtbot, controller.strip.buttons["end"])
    assert controller.dialog.objectName() == "session-end-dialog"
    grab(screenshot_dir, controller.dialog, "roles-session-end.png")
    click(qtbot, dialog_button(controller, "session-end-yes"))
    assert not first.exists()
    assert files(lotse_home) == [f"{roles.memory.folder.name}/session.json"]
    assert personal(kr) == [] and window.run is None and window.screen_id == "home"
    assert controller.dialog.objectName() == "session-done-dialog"
    click(qtbot, dialog_button(controller, "session-new"))
    assert controller.dialog is None


def test_the_sheet_is_offered_at_the_end_of_a_guide_and_at_the_session_end(
    qtbot, make_window, walk, tmp_path, screenshot_dir
):
    window = make_window(conf="[lotse]\nrole = library\n")
    roles, controller = attached(window)
    offer = go_to_the_end(qtbot, window, walk)
    assert offer is not None and offer.isVisible()
    click(qtbot, offer)
    dialog = controller.dialog
    assert isinstance(dialog, SheetDialog) and dialog.isVisible()
    assert dialog.save_button is None  # in a library the sheet is printed, never left as a file
    grab(screenshot_dir, dialog, "roles-sheet-dialog.png")
    dialog.accept()
    settle()
    window.go_back()  # the step before the end: no sheet there
    settle()
    assert not window.run.finished
    assert not window.page.isAncestorOf(offer) or not offer.isVisible()
    prev = window.run.current
    if prev.type == "question":
        window.answer(next(i for i, a in enumerate(prev.answers) if a.next == "end-office-pin"))
    elif prev.type == "action":
        window.outcome(next(k for k, v in prev.outcomes.items() if v == "end-office-pin"))
    else:
        window.forward()
    settle()
    assert window.run.current_id == "end-office-pin"
    assert window.page.findChild(BigButton, "sheet-offer").isVisible()
    click(qtbot, controller.strip.buttons["end"])
    sheet_button = dialog_button(controller, "session-sheet-0")
    assert "PIN des Online-Ausweises" in sheet_button.text()


def test_at_home_the_sheet_can_be_saved_as_pdf(qtbot, make_window, walk, tmp_path):
    window = make_window(conf="")
    roles, controller = attached(window)
    dialog = open_sheet_at_the_end(qtbot, window, controller, walk)
    assert dialog.save_button is not None
    target = tmp_path / "out" / "merkzettel.pdf"
    dialog.save_to(str(target))
    assert target.read_bytes().startswith(b"%PDF-") and "Gespeichert" in dialog.result_label.text()


def test_saving_as_pdf_asks_where_on_a_large_print_page(qtbot, make_window, walk, tmp_path, monkeypatch):
    """Issue 9: our own page with big buttons (Dokumente, Desktop, USB sticks), never overwriting."""
    from assistant.ui import theme
    from assistant.ui.roles.save_place import SavePlaceDialog, removable_folders

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.delenv("XDG_DESKTOP_DIR", raising=False)
    window = make_window(conf="")
    roles, controller = attached(window)
    dialog = open_sheet_at_the_end(qtbot, window, controller, walk)
    assert isinstance(removable_folders(), list)
    for expected in ("Merkzettel.pdf", "Merkzettel (2).pdf"):  # the second time: a new name, nothing overwritten
        click(qtbot, dialog.save_button)
        place = dialog._file_dialog
        assert isinstance(place, SavePlaceDialog)
        qtbot.waitUntil(place.isVisible)
        keys = [b.objectName() for b in place.buttons]
        assert keys[0] == "save-documents" and "save-other" in keys and "save-cancel" in keys
        for b in place.buttons:
            assert b.height() >= theme.MIN_TARGET_PX and b.accessibleName()
            assert b.label().font().pointSizeF() >= theme.metrics().pt("body")
        click(qtbot, place.buttons[0])
        target = tmp_path / "Documents" / expected
        qtbot.waitUntil(target.is_file)
        assert target.read_bytes().startswith(b"%PDF-") and "Gespeichert" in dialog.result_label.text()


# --- counter ---------------------------------------------------------------------------------------------

COUNTER = "[lotse]\nrole = counter\n[counter]\ninactivity_reset_minutes = 1\nwarning_seconds = 30\nstaff_code = 4711\n"


def test_counter_is_full_screen_and_cannot_be_closed_by_accident(qtbot, make_window):
    window = make_window(conf=COUNTER)
    roles, controller = attached(window)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert set(controller.strip.buttons) == {"next"}  # no way to change the role on the screen
    assert [w.objectName() for w in window.findChildren(BigButton) if w.objectName().startswith("role-")] == [
        "role-next"
    ]
    assert window.close() is False and window.isVisible()
    event = QCloseEvent()
    QApplication.sendEvent(window, event)  # what Alt+F4 / the window manager sends
    assert not event.isAccepted() and window.isVisible()
    assert "bleibt offen" in window.status.text()

    dialog = controller.ask_staff_exit()
    assert isinstance(dialog, StaffDialog) and controller.watch._paused
    dialog.field.setText("1234")
    click(qtbot, dialog.quit)
    assert window.isVisible() and "stimmt nicht" in dialog.problem.text() and dialog.field.text() == ""
    click(qtbot, dialog.cancel)
    assert not controller.watch._paused and window.isVisible()
    dialog = controller.ask_staff_exit()
    dialog.field.setText("4711")
    click(qtbot, dialog.quit)
    assert not window.isVisible()


def test_next_person_forgets_everything(qtbot, make_window, lotse_home, kr):
    window = make_window(conf=COUNTER)
    roles, controller = attached(window)
    work_a_little(qtbot, window)
    window.set_language("en")
    click(qtbot, controller.strip.buttons["next"])
    click(qtbot, dialog_button(controller, "session-end-yes"))
    folder = roles.memory.folder
    # only the fresh session's marker, and the set-up language written back (nothing of the person)
    assert files(lotse_home) == [f"{folder.name}/session.json", f"{folder.name}/settings.json"]
    assert (folder / "settings.json").read_text(encoding="utf-8").count('"de"') == 1
    assert personal(kr) == [] and window.screen_id == "home" and window.run is None
    assert window.ctx.settings.language == "de"  # the next person starts in the set-up language


def test_inactivity_warning_with_a_fake_clock(qtbot, make_window, lotse_home, kr, fake_clock, screenshot_dir):
    clock = fake_clock
    window = make_window(conf=COUNTER, clock=clock)
    roles, controller = attached(window)
    warning = window.findChild(InactivityWarning)
    work_a_little(qtbot, window)
    controller.watch.activity()

    clock.now += 50
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # someone is using it
    clock.now += 50
    controller.tick()
    assert warning.isHidden()
    clock.now += 10
    controller.tick()
    assert warning.isVisible() and "30 Sekunden" in warning.text.text()
    grab(screenshot_dir, window, "roles-counter-warning.png")
    clock.now += 15
    controller.tick()
    assert "15 Sekunden" in warning.text.text()
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # other input does not count during the warning
    click(qtbot, warning.button)  # "Ich bin noch da"
    assert warning.isHidden()
    assert drafts.load_draft(drafts.ReportDraft)[0].description == "Loch vor Haus 12"

    clock.now += 59
    controller.tick()
    assert warning.isHidden()
    dialog = controller.ask_end_session()  # a dialog left open …
    clock.now += 1
    controller.tick()
    assert warning.isVisible() and not dialog.isVisible()  # … never covers the warning
    qtbot.keyClick(warning.button, Qt.Key.Key_Return)  # the keyboard works too
    assert warning.isHidden()
    clock.now += 60
    controller.tick()
    assert warning.isVisible()
    clock.now += 29
    controller.tick()
    assert warning.isVisible() and window.run is not None  # never before the warning ran out
    clock.now += 1
    controller.tick()
    assert warning.isHidden() and window.run is None and window.screen_id == "home"
    assert files(lotse_home) == [f"{roles.memory.folder.name}/session.json"] and personal(kr) == []

    clock.now += 3600  # a PC that slept: first the full warning, never a silent reset
    controller.tick()
    assert warning.isVisible() and "30 Sekunden" in warning.text.text()


def test_portal_addresses_of_the_deployment_file_reach_the_city_profile(qtbot, make_window):
    window = make_window(conf="[portal]\nreports_url = https://maengel.example.de/georeport/v2\n")
    roles, controller = attached(window)
    from assistant.portal.api import Capability
    from assistant.portal.config import portal_config

    cfg = portal_config(window.ctx.city, "de")
    assert cfg.endpoints[Capability.REPORTS].base_url == "https://maengel.example.de/georeport/v2"


def test_no_inactivity_reset_unless_the_file_asks_for_it(qtbot, make_window, fake_clock):
    clock = fake_clock
    window = make_window(conf="[lotse]\nrole = counter\n", clock=clock)
    roles, controller = attached(window)
    clock.now += 10**6
    controller.tick()
    assert window.findChild(InactivityWarning) is None and not controller.watch.enabled


def test_screens_at_200_percent(qtbot, make_window, screenshot_dir):
    window = make_window(conf="[lotse]\nrole = library\ntext_size = 200\n[library]\nhelper_view = yes\n")
    roles, controller = attached(window)
    assert window.ctx.settings.zoom == 200
    window.open_guide("eid-pin")
    settle()
    for b in controller.strip.buttons.values():
        assert b.height() >= 56 and b.label().height() >= b.label().sizeHint().height() - 1
    grab(screenshot_dir, window, "roles-helper-200.png")
    dialog = controller.ask_end_session()
    qtbot.waitExposed(dialog)
    settle()  # the scroll area's layout request
    for b in dialog.buttons:
        assert b.geometry().right() <= dialog.width()  # nothing cut off on the right
        assert b.height() >= 56
    grab(screenshot_dir, dialog, "roles-session-end-200.png")


def test_other_pages_offer_a_booking_sheet_through_the_visit(qtbot, make_window):
    from datetime import datetime

    from assistant.core.sheet import sheet_from_booking

    window = make_window(conf="[lotse]\nrole = counter\n")
    roles, controller = attached(window)
    sheet = sheet_from_booking(
        service_name="Personalausweis",
        office_name="Bürgerbüro Bochum",
        start=datetime(2026, 12, 7, 9, 30),
        number="A-17",
        city=window.ctx.city,
        lang="de",
    )
    visit = window.ctx.visit
    assert visit.session_only and visit.offer_sheet == controller.show_sheet
    dialog = visit.offer_sheet(sheet)
    assert isinstance(dialog, SheetDialog) and dialog.isVisible() and dialog.save_button is None
    assert dialog.sheet.office.phone == "115"  # found in the city profile by the office's name
    roles.close()
    assert visit.offer_sheet is None  # detached: no route to a controller that is gone


def test_accessible_names_and_target_sizes(qtbot, make_window):
    from PySide6.QtWidgets import QAbstractButton

    for zoom in (100, 200):
        window = make_window(conf=f"[lotse]\nrole = library\ntext_size = {zoom}\n[library]\nhelper_view = yes\n")
        roles, controller = attached(window)
        window.open_guide("eid-pin")
        settle()
        dialogs = [controller.ask_end_session()]
        qtbot.waitExposed(dialogs[0])
        ours = [controller.strip, controller.dock, *dialogs]
        for root in ours:
            for b in root.findChildren(QAbstractButton):
                if not b.isVisible() or b.objectName().startswith("qt_"):
                    continue
                assert b.accessibleName(), b.objectName()
                assert b.height() >= 44 and b.width() >= 44, (b.objectName(), b.size())
        for b in controller.strip.buttons.values():
            assert b.height() >= 56
        dialogs[0].reject()
        roles.close()


def test_counter_warning_at_200_percent(qtbot, make_window, fake_clock, screenshot_dir):
    conf = COUNTER.replace("[counter]", "text_size = 200\n[counter]", 1)  # a key of [lotse]
    window = make_window(conf=conf, clock=fake_clock)
    roles, controller = attached(window)
    assert window.ctx.settings.zoom == 200
    fake_clock.now += 61
    controller.tick()
    warning = window.findChild(InactivityWarning)
    settle()
    assert warning.isVisible() and warning.geometry() == window.rect()
    panel = warning.panel.geometry()
    assert warning.rect().contains(panel)  # nothing of the warning is cut off
    button = warning.button
    assert button.height() >= 56 and panel.contains(button.geometry().translated(panel.topLeft()))
    assert button.hasFocus()
    for label in (warning.title, warning.text):  # no wrapped line cut off
        assert label.height() >= label.heightForWidth(label.width())
    grab(screenshot_dir, window, "roles-counter-warning-200.png")


def test_closing_a_library_session_with_something_in_it_asks_first(qtbot, make_window):
    window = make_window(conf="[lotse]\nrole = library\n")
    roles, controller = attached(window)
    assert window.close() is True  # nothing personal yet: it just closes
    window2 = make_window(conf="[lotse]\nrole = library\n")
    roles2, controller2 = attached(window2)
    work_a_little(qtbot, window2)
    assert window2.close() is False and window2.isVisible()
    assert controller2.dialog.objectName() == "close-dialog"
    click(qtbot, dialog_button(controller2, "close-no"))
    assert window2.isVisible() and drafts.load_draft(drafts.ReportDraft)[0].description
    window2.close()
    click(qtbot, dialog_button(controller2, "close-yes"))
    assert not window2.isVisible()


def test_the_roles_follow_the_language(qtbot, make_window):
    window = make_window(conf="[lotse]\nrole = library\nlanguage = en\n[library]\nhelper_view = yes\n")
    roles, controller = attached(window)
    assert controller.strip.buttons["end"].text() == "End the session"
    assert "The person is on the start page." in controller.dock.view.texts()
    window.set_language("de")
    qtbot.waitUntil(lambda: controller.strip.buttons["end"].text() == "Sitzung beenden")
    assert controller.strip.buttons["helper"].text() == "Helfer-Ansicht schließen"
    assert "Die Person ist auf der Startseite." in controller.dock.view.texts()
    assert controller.dock.float_button.text() == "Eigenes Fenster"
    click(qtbot, controller.strip.buttons["end"])
    click(qtbot, dialog_button(controller, "session-end-yes"))
    assert window.ctx.settings.language == "en"  # the next person starts in the set-up language
    qtbot.waitUntil(lambda: controller.strip.buttons["end"].text() == "End the session")


def test_a_counter_comes_only_from_the_deployment_file(tmp_path, lotse_home):
    from assistant.core.memory import save_screen_role
    from assistant.ui.roles import prepare

    no_file = tmp_path / "none.conf"
    lotse_home.mkdir(parents=True, exist_ok=True)
    (lotse_home / "role.json").write_text('{"role": "counter"}', encoding="utf-8")
    roles = prepare(no_file, redirect_temp=False)
    assert roles.role is Role.HOME and not roles.deployment.role_fixed
    roles.close()
    save_screen_role(Role.LIBRARY)
    roles = prepare(no_file, redirect_temp=False)
    assert roles.role is Role.LIBRARY
    roles.close()
    fixed = tmp_path / "fixed.conf"
    fixed.write_text("[lotse]\nrole = counter\n", encoding="utf-8")
    roles = prepare(fixed, redirect_temp=False)
    assert roles.role is Role.COUNTER and roles.deployment.role_fixed
    roles.close()
    paths.set_session_folder(None)
