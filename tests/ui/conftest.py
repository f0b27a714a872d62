"""The main-window factory for UI and accessibility tests (napari style): builds the real window from
the real app wiring, closes it on teardown and fails if a test leaves a top-level widget behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.support import write_sample_guides


@pytest.fixture
def sample_guides(tmp_path) -> Path:
    return write_sample_guides(tmp_path / "guides")


@pytest.fixture
def make_window(qapp, qtbot):
    """make_window(guides=folder, lang=None, capabilities=[], offer_resume=True, **window_args) → MainWindow."""
    from PySide6.QtWidgets import QApplication

    from assistant.app import build_context
    from assistant.ui import theme
    from assistant.ui.main_window import MainWindow

    before = set(QApplication.topLevelWidgets())
    made = []

    def factory(guides: Path | None = None, lang: str | None = None, capabilities=None, cities=None, **kw):
        ctx = build_context(qapp, lang=lang, guides=guides, cities=cities, capabilities=capabilities or [])
        w = MainWindow(ctx, **kw)
        w.resize(1200, 860)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield factory

    for w in made:
        w.read_aloud.stop()
        w.close()
        w.deleteLater()
        if w.ctx.translations is not None:
            w.ctx.translations.uninstall()
    theme.set_script_family("")  # a right-to-left test leaves neither its font nor its direction behind
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    theme.apply(qapp, 100)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    leaked = [
        w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()
    ]
    assert not leaked, f"top-level widgets left open: {[type(w).__name__ + ' ' + w.windowTitle() for w in leaked]}"
