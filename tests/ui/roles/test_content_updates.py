"""Content updates in the real window: fetched in the background after the home screen is up (here from
a real HTTPS server on 127.0.0.1 and from a share folder), used on the home screen, never in the
middle of a guide; a bad bundle tells staff (helper view, log) and never the person."""

from __future__ import annotations

import json

import pytest

from assistant.core.bundle import BUNDLE_NAME, make_bundle, make_key
from assistant.core.content_source import ContentStore
from assistant.core.paths import user_file
from assistant.ui.content_updates import ContentUpdates
from tests.core.content_server import BundleServer, source_folder
from tests.ui.support import attached, settle

NEW_TITLE = "Ist mein Computer wirklich bereit?"


@pytest.fixture
def city_key(tmp_path):
    pem, public = make_key()
    (tmp_path / "city.key").write_bytes(pem)
    return tmp_path / "city.key", public


def signed(tmp_path, key_path, version: int, **kw) -> bytes:
    src = source_folder(tmp_path / f"src-{version}", version, **kw)
    make_bundle(src, key_path, tmp_path / f"b{version}.zip")
    return (tmp_path / f"b{version}.zip").read_bytes()


def attach_updates(window, roles, tmp_path, **kw) -> ContentUpdates:
    content = ContentStore(tmp_path / "content")
    window.ctx.sources["content"] = roles.deployment.content
    window.ctx.sources["content_store"] = content
    updates = ContentUpdates(window, roles, content=content, **kw)
    window.content_updates = updates
    return updates


def tile_titles(window) -> list[str]:
    return [b.text() for b in window.page.grid.buttons] if window.screen_id == "home" else []


def test_new_bundle_over_https_reaches_the_home_screen(qtbot, make_window, tmp_path, city_key):
    key_path, public = city_key
    server = BundleServer(tmp_path)
    try:
        server.body = signed(tmp_path, key_path, 2)
        window = make_window(conf=f"[content]\nurl = {server.url}\npublic_key = {public}\n")
        roles, _ = attached(window)
        updates = attach_updates(window, roles, tmp_path, ca_bundle=str(server.ca))
        qtbot.waitUntil(lambda: updates.result is not None, timeout=20000)
        assert updates.result.state == "installed"
        qtbot.waitUntil(lambda: any(NEW_TITLE in t for t in tile_titles(window)))
        assert window.ctx.library.get("computer-ready", "de").title == NEW_TITLE
        assert not any("Inhalte" in n for n in window.notices())  # nothing for the person to read
    finally:
        server.close()


def test_person_in_a_guide_finishes_on_the_version_they_started(qtbot, make_window, tmp_path, city_key):
    key_path, public = city_key
    share = tmp_path / "share"
    share.mkdir()
    (share / BUNDLE_NAME).write_bytes(signed(tmp_path, key_path, 2))
    window = make_window(conf=f"[content]\nfolder = {share}\npublic_key = {public}\n")
    roles, _ = attached(window)
    assert window.open_guide("computer-ready")
    started = window.run.guide
    window.forward()
    updates = attach_updates(window, roles, tmp_path)
    qtbot.waitUntil(lambda: updates.result is not None, timeout=20000)
    assert updates.result.state == "installed"
    settle()
    assert window.run.guide is started and window.ctx.library.get("computer-ready", "de").title != NEW_TITLE
    window.go_home()  # the guide is left: from now on the new content
    assert window.ctx.library.get("computer-ready", "de").title == NEW_TITLE
    assert any(NEW_TITLE in t for t in tile_titles(window))
    # a PC that runs for days looks again every 4 hours; nothing newer: nothing changes
    assert updates.timer.isActive() and updates.timer.interval() == 4 * 60 * 60 * 1000
    first = updates.result
    updates.timer.timeout.emit()
    qtbot.waitUntil(lambda: updates.result is not first, timeout=20000)
    assert updates.result.state == "current" and window.ctx.library.get("computer-ready", "de").title == NEW_TITLE


def test_bad_bundle_tells_staff_in_the_helper_view_not_the_person(qtbot, make_window, tmp_path, city_key):
    key_path, public = city_key
    other_pem, _ = make_key()
    (tmp_path / "other.key").write_bytes(other_pem)
    share = tmp_path / "share"
    share.mkdir()
    (share / BUNDLE_NAME).write_bytes(signed(tmp_path, tmp_path / "other.key", 2))
    window = make_window(
        conf=f"[lotse]\nrole = library\n[library]\nhelper_view = yes\n[content]\nfolder = {share}\npublic_key = {public}\n"
    )
    roles, controller = attached(window)
    updates = attach_updates(window, roles, tmp_path)
    qtbot.waitUntil(lambda: updates.result is not None, timeout=20000)
    assert updates.result.state == "refused"
    view = controller.dock.view
    qtbot.waitUntil(lambda: any("Hinweis für Mitarbeitende" in t and "wrong-key" in t for t in view.texts()))
    assert not any("wrong-key" in n or "Inhalte" in n for n in window.notices())
    assert window.ctx.library.get("computer-ready", "de").title != NEW_TITLE  # the built-in content stays
    assert window.screen_id == "home"


def test_resume_whose_step_is_gone_starts_the_guide_again_politely(qtbot, make_window, tmp_path):
    user_file("resume.json").parent.mkdir(parents=True, exist_ok=True)
    user_file("resume.json").write_text(
        json.dumps({"guide": "computer-ready", "lang": "de", "current": "a-step-that-was-removed", "path": []})
    )
    window = make_window(conf="")
    roles, _ = attached(window)
    assert window.screen_id == "resume"
    assert "verbessert" in window.page.text.text() and "von vorn" in window.page.text.text()
    window.page.yes.click()
    assert window.run is not None and window.run.current_id == window.run.guide.start
    assert not window.notices()
