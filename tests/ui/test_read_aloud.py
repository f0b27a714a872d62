""" "Vorlesen" never holds the window: a speech-dispatcher socket that accepts and never answers
(``SPEECHD_ADDRESS`` points Qt's speechd engine and our check at it) leaves every button working,
and the person is told plainly that speech does not come."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from assistant.core.settings import ZOOM_STEP
from tests.unix_server import UnixServer


@pytest.fixture
def silent_speechd(tmp_path, monkeypatch):
    server = UnixServer(tmp_path / "speechd.sock", None)  # accepts, never answers
    monkeypatch.setenv("SPEECHD_ADDRESS", server.address)
    monkeypatch.setenv("LOTSE_TTS_ENGINE", "speechd")
    monkeypatch.setattr("assistant.core.speechd.TIMEOUT_S", 1.0)
    yield server.held
    server.close()


# QtMultimedia (loaded by QtTextToSpeech) notes that this machine has no PipeWire: not ours
@pytest.mark.qt_log_ignore("pipewire")
def test_a_speech_daemon_that_never_answers_leaves_the_window_working(
    qtbot, make_window, sample_guides, silent_speechd
):
    w = make_window(sample_guides)
    qtbot.mouseClick(w.bar.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(silent_speechd) >= 1, timeout=3000)  # the daemon was really asked
    started = time.monotonic()
    qtbot.mouseClick(w.bar.start, Qt.MouseButton.LeftButton)  # while speech hangs (the page stays)
    assert time.monotonic() - started < 0.5
    assert w.status.text() == "Sie sind schon auf der Startseite."
    assert w.read_aloud.busy()
    qtbot.waitUntil(lambda: "antwortet nicht" in w.status.text(), timeout=5000)
    assert w.status.isVisible() and "antwortet nicht" in w.bar.read.accessibleDescription()
    assert w.read_aloud._tts is None  # Qt's engine, which would wait for ever, was never made
    # a second press asks again, and the window still answers meanwhile (a new page, a new size)
    zoom = w.ctx.settings.zoom
    qtbot.mouseClick(w.bar.read, Qt.MouseButton.LeftButton)
    started = time.monotonic()
    qtbot.mouseClick(w.bar.bigger, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 0.5 and w.ctx.settings.zoom == zoom + ZOOM_STEP
    qtbot.waitUntil(lambda: not w.read_aloud.busy(), timeout=5000)
