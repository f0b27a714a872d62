"""Helpers for the roles tests: walk a real guide to a step; an in-memory keyring. The window itself
comes from the one ``make_window`` (tests/ui/conftest.py) with ``conf=``."""

from __future__ import annotations

import itertools

import pytest

from assistant.core import paths
from assistant.core.engine import GuideRun
from assistant.core.guide import Guide
from tests.fake_clock import FakeClock


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
