"""The main-window factory for UI and accessibility tests (napari style): builds the real window from
the real app wiring, closes it on teardown and fails if a test leaves a top-level widget behind.

One factory, one contract (docs/testing.md)::

    make_window(guides=None, lang=None, capabilities=None, cities=None, *, conf=None, clock=None,
                **window_args) -> MainWindow

* ``guides`` / ``cities``: folders instead of the shipped ones; ``lang``: the language to start in.
* ``capabilities``: module paths to plug in. ``None`` means none — unless ``conf`` is given, where it
  means the program's own list, as ``lotse`` starts with a deployment file.
* ``conf``: the text of a deployment file (``lotse.conf``; ``""`` is an empty one). The roles are then
  prepared from it before anything personal is read and attached to the window as the program does
  (with ``clock``, a fake clock by default); ``attached(window)`` (tests/ui/support.py) gives ``(roles, controller)``.
  The in-memory keyring is used for such a window.
* ``window_args`` go to ``MainWindow`` (``offer_resume``, ``remember_place``, ``actions_enabled`` …).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.support import write_sample_guides


@pytest.fixture
def sample_guides(tmp_path) -> Path:
    return write_sample_guides(tmp_path / "guides")


@pytest.fixture
def make_window(qapp, qtbot, tmp_path, request):
    from PySide6.QtWidgets import QApplication

    from assistant.app import build_context
    from assistant.core import paths
    from assistant.ui import theme
    from assistant.ui.main_window import MainWindow

    before = set(QApplication.topLevelWidgets())
    made = []
    prepared = []

    def factory(
        guides: Path | None = None,
        lang: str | None = None,
        capabilities=None,
        cities=None,
        *,
        conf: str | None = None,
        clock=None,
        **window_args,
    ):
        if conf is None:
            ctx = build_context(qapp, lang=lang, guides=guides, cities=cities, capabilities=capabilities or [])
            w = MainWindow(ctx, **window_args)
        else:
            from assistant.ui.roles import prepare
            from tests.fake_clock import FakeClock

            request.getfixturevalue("memory_keyring")
            path = tmp_path / f"lotse-{len(prepared)}.conf"
            path.write_text(conf, encoding="utf-8")
            roles = prepare(path)
            prepared.append(roles)
            ctx = build_context(
                qapp,
                lang=roles.language(lang),
                city_id=roles.city(None),
                guides=guides,
                cities=cities,
                capabilities=capabilities,
            )
            roles.apply_to_context(ctx)
            window_args.setdefault("offer_resume", True)
            w = MainWindow(ctx, **window_args)
            controller = roles.attach(w, clock=clock or FakeClock(5000.0))
            controller._install_keyring_recorder()
        made.append(w)
        w.resize(1200, 860)
        w.show()
        qtbot.waitExposed(w)
        if conf is not None:
            qtbot.waitUntil(lambda: w.ctx.city is not None and w.screen_id in ("home", "resume"))
        return w

    yield factory

    for roles in prepared:
        roles.close()
    for w in made:
        w.read_aloud.stop()
        w.close()
        w.deleteLater()
        if w.ctx.translations is not None:
            w.ctx.translations.uninstall()
    if prepared:
        paths.set_session_folder(None)
    theme.set_script_family("")  # a right-to-left test leaves neither its font nor its direction behind
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    theme.apply(qapp, 100)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert not leaked, f"top-level widgets left open: {[type(w).__name__ + ' ' + w.windowTitle() for w in leaked]}"
