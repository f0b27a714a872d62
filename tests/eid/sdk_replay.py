"""Helpers for replaying the recorded AusweisApp transcripts against the practice card.

A transcript line is ``{"t", "dir": ">>", "msg"|"raw"}`` (sent by the client), ``{"dir": "<<",
"msg"}`` (received) or ``{"dir": "##", "note"}``. The ``.txt`` recordings of the Qt client use the
same lines plus ``#`` comment lines.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

from tests.shared_data import shared_path

TRANSCRIPTS = shared_path("ausweisapp", "transcripts")

# INFO fields the practice card deliberately answers differently: it names itself. The version
# (1.26.2) and the specification fields must match.
IGNORED_VERSION_FIELDS = {"Name", "Implementation-Title", "Implementation-Vendor"}


@dataclass
class Step:
    kind: str  # "send" | "raw" | "expect" | "note"
    payload: Any = None


@dataclass
class Transcript:
    name: str
    steps: list[Step] = field(default_factory=list)

    @property
    def received(self) -> list[dict]:
        return [s.payload for s in self.steps if s.kind == "expect"]

    @property
    def notes(self) -> list[str]:
        return [s.payload for s in self.steps if s.kind == "note"]


def load(path: Path) -> Transcript:
    t = Transcript(path.name.rsplit(".", 1)[0])
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if not isinstance(rec, dict) or "dir" not in rec:
            continue
        if rec["dir"] == ">>":
            t.steps.append(Step("raw", rec["raw"]) if "raw" in rec else Step("send", rec["msg"]))
        elif rec["dir"] == "<<":
            t.steps.append(Step("expect", rec["msg"]))
        else:
            t.steps.append(Step("note", rec.get("note", "")))
    return t


def replayable() -> list[Path]:
    """Every recorded exchange: all .jsonl files and the .txt files made of transcript lines."""
    paths = sorted(TRANSCRIPTS.glob("*.jsonl"))
    for p in sorted(TRANSCRIPTS.glob("*.txt")):
        if load(p).steps:
            paths.append(p)
    return paths


def normalise(msg: Any) -> Any:
    """What is compared: everything, except the INFO fields the practice card names itself with."""
    if isinstance(msg, dict) and msg.get("msg") == "INFO" and isinstance(msg.get("VersionInfo"), dict):
        vi = {k: v for k, v in msg["VersionInfo"].items() if k not in IGNORED_VERSION_FIELDS}
        vi["_keys"] = sorted(msg["VersionInfo"])
        return {**msg, "VersionInfo": vi}
    return msg


def category(msg: dict) -> str:
    """READER updates come in their own order relative to the answers (AusweisApp pushes them from
    another thread: the recordings show both orders), so READER and the rest are matched as two
    ordered streams."""
    return "reader" if isinstance(msg, dict) and msg.get("msg") == "READER" else "answer"


def _initial_simulator(msg: dict) -> bool:
    return msg.get("name") == "Simulator" and msg.get("card") is None


class ReplayMismatch(AssertionError):
    pass


class Replayer:
    """Drives a WebSocket endpoint with the client side of a transcript and checks the answers.

    Event-driven, not timed: before each client action it waits until every message recorded
    before that action has arrived. Matching: two ordered streams (READER / everything else);
    each received message must equal the next expected one of its stream.
    """

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 4.0,
        skip_first_readers: int = 0,
        lenient_start: bool = False,
        user_agent: str = "Lotse-replay",
    ) -> None:
        self._cm = connect(url, user_agent_header=user_agent, open_timeout=5, compression=None)
        self.ws = self._cm.__enter__()
        self.timeout = timeout
        self.pending: dict[str, list[dict]] = {"reader": [], "answer": []}
        self.early: list[dict] = []
        self.log: list[tuple[str, Any]] = []
        self.skip_first_readers = skip_first_readers
        # lenient_start: the Simulator's registration READER pair (insertable false, then true) is
        # optional: expected ones at the start are dropped, received ones skipped whenever they come
        # (the real AusweisApp pushes them only to a client connected while its Simulator reader
        # registers, which may also be mid-way; see tests/integration/conftest.py).
        self.lenient_start = lenient_start
        self._answer_expected = False
        self._answer_received = False
        self._registration_seen = False

    def close(self) -> None:
        self._cm.__exit__(None, None, None)

    def expect(self, msg: dict) -> None:
        if category(msg) == "answer":
            self._answer_expected = True
        elif self.lenient_start and not self._answer_expected and _initial_simulator(msg):
            return
        self.pending[category(msg)].append(normalise(msg))
        self._match_early()

    def send(self, payload: Any, raw: bool = False) -> None:
        text = payload if raw else json.dumps(payload)
        self.log.append((">>", text))
        self.ws.send(text)

    def _take(self, msg: dict) -> bool:
        cat = category(msg)
        queue = self.pending[cat]
        if not queue:
            return False
        got = normalise(msg)
        if got != queue[0]:
            raise ReplayMismatch(f"expected {queue[0]!r}\n     got {got!r}\n  (log: {self.log[-6:]!r})")
        queue.pop(0)
        return True

    def _match_early(self) -> None:
        keep = []
        for m in self.early:
            if not self._take(m):
                keep.append(m)
        self.early = keep

    def _receive(self, timeout: float) -> dict | None:
        try:
            text = self.ws.recv(timeout=timeout)
        except TimeoutError:
            return None
        msg = json.loads(text)
        self.log.append(("<<", msg))
        if self.skip_first_readers and category(msg) == "reader":
            self.skip_first_readers -= 1
            return None
        if category(msg) == "answer":
            self._answer_received = True
        elif self.lenient_start and _initial_simulator(msg):
            # The registration pair (insertable false, then true) may come at any moment.
            if msg.get("insertable") is False:
                self._registration_seen = True
                return None
            if self._registration_seen or not self._answer_received:
                self._registration_seen = False
                return None
        return msg

    def settle(self) -> None:
        """Wait until every expected message so far has arrived (or fail)."""
        deadline = time.monotonic() + self.timeout
        while self.pending["reader"] or self.pending["answer"]:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ReplayMismatch(f"missing {self.pending!r}; unmatched {self.early!r}; log tail {self.log[-6:]!r}")
            msg = self._receive(left)
            if msg is not None and not self._take(msg):
                self.early.append(msg)

    def quiet(self, seconds: float = 0.4) -> list[dict]:
        """Everything that arrives within ``seconds`` and was not expected."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            msg = self._receive(left)
            if msg is not None and not self._take(msg):
                self.early.append(msg)
        extra, self.early = self.early, []
        return extra
