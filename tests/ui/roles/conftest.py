"""Helpers for the roles tests: walk a real guide to a step; an in-memory keyring."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from assistant.app import build_context
from assistant.core import paths
from assistant.core.engine import GuideRun
from assistant.core.guide import Guide
from assistant.ui.main_window import MainWindow
from assistant.ui.roles import prepare
from tests.fake_clock import FakeClock
import itertools


def walk_to(run: GuideRun, target: str) -> GuideRun:
    """Answer the guide's questions along the shortest way from the start to ``target``."""
    g: Guide = run.guide
    prev: dict[str, str | None] = {g.start: None}
    todo = [g.start]
    while todo:
        sid = todo.pop(0)
        for n in g.steps[sid].links():
            if n not in prev:
                prev[n] = sid
                todo.append(n)
    chain = [target]
    while prev[chain[-1]] is not None:
        chain.append(prev[chain[-1]])  # type: ignore[arg-type]
    chain.reverse()
    for a, b in itertools.pairwise(chain):
        s = g.steps[a]
        if s.type == "question":
            run.answer(next(i for i, x in enumerate(s.answers) if x.next == b))
        elif s.type == "action":
            run.outcome(next(k for k, v in s.outcomes.items() if v == b))
        else:
            run.forward()
    assert run.current_id == target
    return run


@pytest.fixture
def kr(memory_keyring):
    yield memory_keyring
    paths.set_session_folder(None)


@pytest.fixture
def walk():
    return walk_to


@pytest.fixture
def fake_clock():
    return FakeClock(5000.0)


@pytest.fixture
def make_window(qtbot, tmp_path, kr):
    made = []

    def make(conf: str = "", clock=None):
        path = tmp_path / "lotse.conf"
        path.write_text(conf, encoding="utf-8")
        roles = prepare(path)
        ctx = build_context(QApplication.instance(), lang=roles.language(None), city_id=roles.city(None))
        roles.apply_to_context(ctx)
        window = MainWindow(ctx, offer_resume=True)
        qtbot.addWidget(window)
        controller = roles.attach(window, clock=clock or FakeClock(5000.0))
        controller._install_keyring_recorder()
        window.resize(1200, 860)
        window.show()
        qtbot.waitUntil(lambda: window.ctx.city is not None and window.screen_id in ("home", "resume"))
        made.append((roles, window))
        return roles, window, controller

    yield make
    for roles, window in made:
        roles.close()
        window.close()
        if window.ctx.translations is not None:
            window.ctx.translations.switch("de")  # the next test starts in German at 100 %
    from assistant.ui import theme

    theme.apply(QApplication.instance(), 100)
    paths.set_session_folder(None)
