"""Help by phone in the real window: Help and the helper view show the step's code; a helper types it
under Hilfe → "Code eingeben" and sees the same step in their own language, with the helper tip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from assistant.core.step_codes import load_codes
from tests.ui.support import attached


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_help_and_helper_view_show_the_code(qtbot, make_window, walk):
    window = make_window(conf="[lotse]\nrole = library\n[library]\nhelper_view = yes\n")
    roles, controller = attached(window)
    window.open_guide("eid-pin")
    walk(window.run, "card-type")
    window.show_current()
    code = load_codes().code("eid-pin", "card-type")
    assert code == "P 2"
    click(qtbot, window.bar.help)
    assert window.screen_id == "help"
    assert window.page.code.isVisible() and "P 2" in window.page.code.text()
    assert "P 2" in window.page.read_aloud_text()
    window.close_help()
    controller.update_helper()
    qtbot.waitUntil(lambda: any(t == "Code: P 2" for t in controller.dock.view.texts()))
    # on the home screen there is no step, so no code
    window.go_home()
    click(qtbot, window.bar.help)
    assert not window.page.code.isVisible()
    window.close_help()


def test_a_helper_types_the_code_and_sees_the_step_in_english(qtbot, make_window, walk):
    window = make_window(conf="[lotse]\nlanguage = en\n")  # the helper's own computer, in English
    roles, _ = attached(window)
    click(qtbot, window.bar.help)
    click(qtbot, window.page.code_button)
    assert window.screen_id == "code"
    page = window.page
    qtbot.keyClicks(page.field, "x 99")
    click(qtbot, page.show_button)
    assert window.screen_id == "code" and page.problem.isVisible() and "x 99" in page.problem.text()
    assert page.problem.text().startswith("There is no such code")  # in the helper's language
    page.field.clear()
    sid = "tries-1"
    code = load_codes().code("eid-pin", sid)
    qtbot.keyClicks(page.field, code.replace(" ", "").lower())  # typed as heard: "p17"
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    guide_en = window.ctx.library.get("eid-pin", "en")
    assert window.screen_id == f"eid-pin/{sid}" and window.run.guide is guide_en
    assert window.step_page.title.text() == window.run.fill(guide_en.steps[sid].title, window.ctx.city.facts("en"))
    helper = guide_en.steps[sid].helper
    assert helper and any(helper in n for n in window.notices())
    assert any(n == f"Step {code}. Tip for helpers: {helper}" for n in window.notices())
    # Back leaves the step (it has no way back), Start goes home as always
    window.go_start()
    assert window.screen_id == "home"


def test_code_page_back_returns_home(qtbot, make_window):
    window = make_window(conf="")
    roles, _ = attached(window)
    click(qtbot, window.bar.help)
    click(qtbot, window.page.code_button)
    assert window.screen_id == "code"
    click(qtbot, window.bar.back)
    assert window.screen_id == "home"
