"""Core test set-up: the shipped guide library, loaded once per module, without problems."""

from __future__ import annotations

import pytest

from assistant.core.guide import GuideLibrary


@pytest.fixture(scope="module")
def library() -> GuideLibrary:
    lib = GuideLibrary.load()
    assert not lib.problems, lib.problems
    return lib
