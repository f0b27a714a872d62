"""While a page loads (the worker's progress panel over it, in the real window): Tab can leave
"Abbrechen" for the bar but never walks into the busy page; Esc cancels; after a while the panel
says that it takes longer — and nothing ends by itself."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout

from assistant.ui import worker
from assistant.ui.capabilities import CapabilityPage
from assistant.ui.widgets import BigButton


class BusyPage(CapabilityPage):
    def __init__(self) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        self.button = BigButton("Jetzt senden")
        lay.addWidget(self.button)


def test_tab_esc_and_the_long_wait_note(qtbot, make_window, sample_guides, monkeypatch):
    monkeypatch.setattr(worker, "SLOW_NOTE_MS", 600)
    w = make_window(sample_guides)
    page = BusyPage()
    w._set_page(page, "tile:busy", "Beschäftigt")
    gate = threading.Event()
    events: list[str] = []
    job = (
        worker.Op(lambda c: gate.wait(10), parent=page)
        .with_progress("Die Meldung wird gesendet …")
        .cancelled(lambda: events.append("cancelled"))
        .run_in_background()
    )
    panel = job._panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.cancel_button.hasFocus()
    # Tab: out of the panel to the bar, round the window, never onto the covered page
    visited = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert any(w.bar.isAncestorOf(x) for x in visited)
    assert page.button not in visited
    assert all(not page.isAncestorOf(x) or panel.isAncestorOf(x) for x in visited)
    # after a while: said in words that it takes longer; nothing is ended
    qtbot.waitUntil(lambda: panel.slow_note is not None and panel.slow_note.isVisible(), timeout=3000)
    assert "länger als sonst" in panel.slow_note.text() and not job.done and events == []
    # Esc (wherever the focus is in the window) cancels
    w.bar.start.setFocus()
    qtbot.keyClick(w.bar.start, Qt.Key.Key_Escape)
    assert events == ["cancelled"]
    qtbot.waitUntil(lambda: not panel.isVisible() if panel is not None else True)
    gate.set()
    worker.shutdown()
