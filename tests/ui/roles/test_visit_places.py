"""One owner for a person's visit (issue 10): the window and its pages offer named places that the
visit's role fills; the roles layer never reaches into another page's layout; a visit's end runs
every registered forget exactly once."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt

from assistant.core import visit as visit_mod
from assistant.core.visit import forget_at_visit_end
from assistant.ui.places import STEP_END, WINDOW_TOP, Place
from assistant.ui.widgets import BigButton
from tests.ui.support import attached

ROOT = Path(__file__).resolve().parents[3]
ROLES = ROOT / "assistant" / "ui" / "roles"

# what belongs to the window's or a page's own layout: the roles layer never touches these
NEVER = {
    "centralWidget",
    "insertWidget",
    "footer_column",
    "next_button",
    "next_button_widget",
    "stack",
    "notice_layout",
    "notice_area",
    "top_place",
    "end_place",
    "WindowTitleChange",
}
# fine on the roles layer's own widgets, never on the window's or a page's
NOT_ON_OTHERS = {"layout", "column", "addWidget", "removeWidget", "setLayout"}
OTHERS = {"window", "w", "page", "parent_window"}


def _chain(node: ast.AST) -> list[str]:
    """``self.window.centralWidget().layout`` -> ["self", "window", "centralWidget", "layout"]."""
    out: list[str] = []
    while True:
        if isinstance(node, ast.Attribute):
            out.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Name):
            out.append(node.id)
            break
        else:
            break
    return out[::-1]


def reaches_into_others(source: str) -> list[str]:
    hits = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and node.value in NEVER:  # getattr(page, "footer_column")
            hits.append(node.value)
        if not isinstance(node, ast.Attribute):
            continue
        chain = _chain(node)
        if node.attr in NEVER or (node.attr in NOT_ON_OTHERS and OTHERS & set(chain[:-1])):
            hits.append(".".join(chain))
    return hits


def test_the_check_finds_what_the_roles_layer_did_before():
    """The old controller inserted its strip into the window's layout and its button into a page's footer."""
    before = (
        "layout = window.centralWidget().layout()\n"
        "layout.insertWidget(0, self.strip)\n"
        "column = getattr(page, 'footer_column', None) or page.column\n"
        "kind == QEvent.Type.WindowTitleChange\n"
    )
    assert sorted(reaches_into_others(before)) == sorted(
        [
            "window.centralWidget.layout",
            "window.centralWidget",
            "layout.insertWidget",
            "footer_column",
            "page.column",
            "QEvent.Type.WindowTitleChange",
        ]
    )


def test_the_roles_layer_does_not_reach_into_other_pages_layouts():
    hits = {p.name: reaches_into_others(p.read_text(encoding="utf-8")) for p in ROLES.glob("*.py")}
    assert {k: v for k, v in hits.items() if v} == {}


def test_the_role_fills_the_places_the_window_and_the_step_page_offer(qtbot, make_window, walk):
    window = make_window(conf="[lotse]\nrole = library\n")
    _, controller = attached(window)
    assert isinstance(window.top_place, Place) and window.top_place.widget() is controller.strip
    assert window.top_place.isVisible() and controller.strip.isVisible()
    assert set(window.ctx.visit.fillers) == {WINDOW_TOP, STEP_END}
    window.open_guide("eid-pin")
    walk(window.run, "end-office-pin")
    window.show_current()
    offer = window.step_page.end_place.widget()
    assert isinstance(offer, BigButton) and offer.objectName() == "sheet-offer" and offer.isVisible()
    window.go_back()
    assert not offer.isVisible() and not window.step_page.end_place.isVisible()


def test_the_helper_view_follows_the_windows_signal_not_its_title(qtbot, make_window, walk):
    """A new step on the reused step page reaches the helper view through ``page_changed``."""
    window = make_window(conf="[lotse]\nrole = library\n[library]\nhelper_view = yes\n")
    _, controller = attached(window)
    window.open_guide("eid-pin")
    qtbot.waitUntil(lambda: controller._helper_key is not None and controller._helper_key[2] == window.run.current_id)
    first = window.run.current_id
    followed = []
    window.page_changed.connect(lambda: followed.append(window.run.current_id if window.run else None))
    window.forward() if window.run.current.type == "info" else window.answer(0)
    assert window.run.current_id != first and followed and followed[-1] == window.run.current_id
    qtbot.waitUntil(lambda: controller._helper_key[2] == window.run.current_id)


def test_after_detach_the_role_fills_nothing(qtbot, make_window):
    window = make_window(conf="")
    roles, controller = attached(window)
    roles.close()
    assert window.ctx.visit.fillers == {} and window.ctx.visit.offer_sheet is None


def test_a_visits_end_runs_every_registered_forget_exactly_once(qtbot, make_window, monkeypatch):
    monkeypatch.setattr(visit_mod, "_FORGETS", list(visit_mod._FORGETS))
    counts = {"module": 0, "capability": 0}

    def module_forget():
        counts["module"] += 1

    def capability_forget():
        counts["capability"] += 1

    forget_at_visit_end(module_forget)
    forget_at_visit_end(module_forget)  # a module loaded twice (reload) still forgets once
    window = make_window(conf="[lotse]\nrole = counter\n[counter]\nfullscreen = no\n")
    _, controller = attached(window)
    window.ctx.registry.add_forget(capability_forget)
    qtbot.mouseClick(controller.strip.buttons["next"], Qt.MouseButton.LeftButton)
    yes = controller.dialog.findChild(BigButton, "session-end-yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert counts == {"module": 1, "capability": 1}
    controller.end_session(quiet=True)
    assert counts == {"module": 2, "capability": 2}


def test_the_deployment_is_applied_to_each_city_profile_once_without_marking_it(qtbot, make_window):
    window = make_window(conf="[lotse]\nrole = library\n[portal]\nreports_url = https://melden.example/v2\n")
    roles, _ = attached(window)
    city = window.ctx.city
    assert city.section("portal")["reports"]["base_url"] == "https://melden.example/v2"
    assert not hasattr(city, "_lotse_deployed")  # nothing is set on the profile at run time
    roles.apply_city(window.ctx)
    assert window.ctx.city is city  # applied once per profile read


def test_following_a_page_that_is_already_gone_is_harmless(qtbot, make_window):
    """The helper view follows the shown page a moment later (queued); a page deleted meanwhile (the
    window closing, a newer page) must not raise "Signal source has been deleted" (seen once in CI)."""
    import shiboken6

    from assistant.ui.capabilities import CapabilityPage

    window = make_window(conf="[lotse]\nrole = library\n")
    _, controller = attached(window)
    gone = CapabilityPage()
    shiboken6.delete(gone)
    window.page = gone
    controller._listen_to_page()  # the queued follow, run after the page went
    assert controller._secret_page is None


def test_a_follow_queued_before_the_window_closed_does_nothing(qtbot, make_window):
    """The queued follow may run after the window and its strip are gone (a test's or the program's
    end): it does nothing instead of touching a deleted strip (seen once in a full run)."""
    import shiboken6

    window = make_window(conf="[lotse]\nrole = library\n")
    _, controller = attached(window)
    shiboken6.delete(controller.strip)
    controller._follow()  # was: RuntimeError "Internal C++ object (RoleStrip) already deleted"
