"""A damaged city profile (issue 17): sections of the wrong type (a list where a mapping belongs, a
number as a service section) are left out with a notice for staff; every portal page still opens
without a technical notice (no AttributeError), and says where to go instead."""

from __future__ import annotations

import shutil

import pytest
import yaml

from tests.shared_data import REPO

DAMAGES = {
    "portal-is-a-list": lambda d: d.__setitem__("portal", ["catalogue", "reports"]),
    "services-are-numbers": lambda d: d["portal"].update(catalogue=5, appointments="x", reports=[1, 2]),
    "fallback-is-a-list": lambda d: d["portal"]["reports"].__setitem__("fallback", ["web", "phone"]),
    "tasks-hold-strings": lambda d: d["portal"].__setitem__("tasks", ["personalausweis", 7, None]),
    "synonyms-is-a-string": lambda d: d["portal"].__setitem__("synonyms", "Perso"),
    "office-is-a-string": lambda d: d["offices"].__setitem__("buergerbuero", "Rathaus"),
    "facts-is-a-list": lambda d: d.__setitem__("facts", [1, 2]),
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_every_portal_page_opens_with_a_damaged_city_profile(qtbot, make_window, tmp_path, damage, capsys):
    from assistant.ui import worker
    from assistant.ui.portal import servers as portal_session

    cities = tmp_path / "cities"
    shutil.copytree(REPO / "resources" / "cities", cities)
    data = yaml.safe_load((cities / "bochum.yaml").read_text(encoding="utf-8"))
    DAMAGES[damage](data)
    (cities / "bochum.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    window = make_window(cities=cities, capabilities=["assistant.ui.portal"])
    qtbot.waitUntil(lambda: window.screen_id == "home")
    assert any("Angaben der Stadt" in n for n in window.notices())  # staff learn what was left out
    try:
        for tile in window.ctx.registry.tiles:
            window.open_tile(tile)
            qtbot.waitUntil(lambda: not worker.running_jobs(), timeout=10000)
            assert window.screen_id == f"tile:{tile.id}", window.notices()
            window.show_home()
    finally:
        worker.shutdown()
        portal_session.forget_sessions()
    assert not [n for n in window.notices() if "Error" in n], window.notices()
    assert "AttributeError" not in capsys.readouterr().err
