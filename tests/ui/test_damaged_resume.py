"""A damaged resume.json (issue 17) with the real start's resume offer: wrong types, a wrong guide,
a list instead of an object — the window says so and shows the start page, never stays loading."""

from __future__ import annotations

import json

import pytest

from tests.integration.test_damaged_files import DAMAGES, damage

WRONG = [
    [1, 2],
    {"guide": 5, "current": [], "path": "x"},
    {"guide": "eid-pin", "current": "nirgends", "path": [7]},
    {"guide": "eid-pin", "current": "start", "path": {"a": 1}, "answers": "x"},
    "text",
    3.5,
]


@pytest.mark.parametrize("state", WRONG, ids=range(len(WRONG)))
def test_a_resume_file_of_wrong_types(make_window, qtbot, lotse_home, state):
    lotse_home.mkdir(parents=True, exist_ok=True)
    (lotse_home / "resume.json").write_text(json.dumps(state), encoding="utf-8")
    window = make_window(offer_resume=True)
    qtbot.waitUntil(lambda: window.screen_id in ("home", "resume"), timeout=10000)


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_resume_file(make_window, qtbot, lotse_home, how):
    damage(lotse_home / "resume.json", how, b'{"guide": "eid-pin", "current": "start", "path": []}')
    window = make_window(offer_resume=True)
    qtbot.waitUntil(lambda: window.screen_id == "home", timeout=10000)
