"""The recordings still hold for the installed AusweisApp2: replay the Simulator-only transcripts
against the real app (the same replay that checks the practice card, tests/eid).

So the practice card is checked against the recordings, and the recordings against the real app.
Left out: recordings that need the virtual PC/SC card (``*vcard*``), and those that insert the
Simulator card with SET_CARD and go on (the 1.26.2 card-connection race makes their course vary).
The Simulator's READER messages at the start of a connection are optional here (``lenient_start``):
the real app pushes them only to a client connected while its Simulator reader registers.
"""

from __future__ import annotations

import pytest

from sdk_replay import load, replayable
from test_transcript_replay import replay

pytestmark = pytest.mark.integration

STABLE = ["basic.jsonl", "badinput.jsonl", "changepin_cancel.jsonl", "undocumented.jsonl",
          "auto_api1_simulator.jsonl", "set_card_custom.jsonl"]


class _Endpoint:
    """What ``replay`` needs of the other side: a URL (card actions are never used here)."""

    def __init__(self, url: str) -> None:
        self.url = url


def test_the_stable_list_exists():
    names = {p.name for p in replayable()}
    assert set(STABLE) <= names


@pytest.mark.parametrize("name", STABLE)
def test_real_ausweisapp_still_answers_as_recorded(ausweisapp, name):
    transcript = load(next(p for p in replayable() if p.name == name))
    replay(transcript, _Endpoint(ausweisapp.url), lenient_start=True)
