"""What a screen reader hears in the main window: a step change reaches it once (the step's title as
the name, its text and "Schritt n von m" as the description) without the focus passing through
buttons first; titles and headings have the Heading role; tile names have no "?." artefacts; a
window title names the program once; no irreversible action is the default in the roles' dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from assistant.ui.widgets import BigButton, TextLabel, joined_name


def names(widgets) -> list[str]:
    return [f"{type(x).__name__} {x.objectName()}" if x is not None else "-" for x in widgets]


def test_a_step_change_moves_the_focus_once_to_the_step_with_title_text_and_progress(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    seen = []
    QApplication.instance().focusChanged.connect(lambda _old, new: seen.append(new))
    for press in (
        lambda: w.page.findChild(BigButton, "tile-probe"),
        lambda: w.page.next_button,
        lambda: w.page.answer_buttons[0],
    ):
        button = press()
        button.setFocus()  # as after Tab, Tab, …
        seen.clear()
        qtbot.keyClick(button, Qt.Key.Key_Space)  # pressed with the keyboard
        qtbot.waitUntil(lambda: w.page.body in seen)
        # no button and no bar in between: a screen reader would read each of them first
        assert [x for x in seen if x is not None] == [w.page.body], names(seen)
    assert w.screen_id == "probe/liste"
    iface = QAccessible.queryAccessibleInterface(w.page.body)
    assert iface.text(QAccessible.Text.Name) == "Legen Sie bereit"
    assert iface.text(QAccessible.Text.Description).startswith("Schritt 3 von ")
    # a step with a text: the text, then where the person is, each once
    w.go_back()
    desc = QAccessible.queryAccessibleInterface(w.page.body).text(QAccessible.Text.Description)
    assert desc.startswith("Schauen Sie auf Ihre Karte.\nSchritt 2 von ") and desc.count("Schritt") == 1, desc


def test_titles_and_headings_have_the_heading_role(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    qtbot.mouseClick(w.page.findChild(BigButton, "tile-probe"), Qt.MouseButton.LeftButton)
    title = QAccessible.queryAccessibleInterface(w.page.title)
    assert title.role() == QAccessible.Role.Heading and title.text(QAccessible.Text.Name) == "Willkommen"
    assert title.text(QAccessible.Text.Description) != "title"
    body = QAccessible.queryAccessibleInterface(w.page.text_label)
    assert body.role() == QAccessible.Role.StaticText
    headings = [lb for lb in w.findChildren(TextLabel) if lb.property("role") in ("title", "heading")]
    assert headings and all(
        QAccessible.queryAccessibleInterface(h).role() == QAccessible.Role.Heading for h in headings
    )


def test_tile_names_have_no_question_mark_full_stop():
    assert joined_name("PIN vergessen?", "Neue PIN im Bürgerbüro") == "PIN vergessen? Neue PIN im Bürgerbüro"
    assert joined_name("Termin buchen", "Im Bürgerbüro") == "Termin buchen. Im Bürgerbüro"
    b = BigButton("Was brauche ich?", subtitle="Unterlagen und Ämter")
    assert "?." not in b.accessibleName()


def test_vorlesen_on_the_home_page_has_no_question_mark_full_stop(qtbot, make_window):
    w = make_window(capabilities=["assistant.ui.portal"])
    said = w.page.read_aloud_text()
    assert "Was brauche ich?" in said and "?." not in said


def test_the_window_title_names_the_program_once(qtbot, make_window, sample_guides):
    w = make_window(sample_guides)
    assert w.windowTitle() == "Lotse"
    qtbot.mouseClick(w.page.findChild(BigButton, "tile-probe"), Qt.MouseButton.LeftButton)
    assert w.windowTitle() == "Willkommen – Lotse"  # Qt adds " — Lotse" only to titles that do not end so
