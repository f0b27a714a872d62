"""The practice card's behaviour, without any I/O (Qt-free, asyncio-free).

:class:`PracticeEngine` answers SDK commands exactly like AusweisApp2 1.26.2 with a card behind it,
as recorded in ``shared/ausweisapp/transcripts``. Every method returns the list of messages (dicts)
to send to the connected client, in order. :mod:`assistant.eid.practice_card` puts it behind a
WebSocket server.

The simulated card (:class:`Chip`) keeps its PIN, CAN and PUK only as salted HMAC digests, so a
real PIN typed into the practice mode by mistake is never held in plain form.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets as _secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.core.json_types import JsonObject
from assistant.eid import qtjson
from assistant.eid.messages import VALUE_DEFINED, VALUE_INVALID, check_value

API_LEVELS = (1, 2)
SIMULATOR = "Simulator"

VERSION_INFO = {
    # Field names and the version as AusweisApp2 1.26.2 sends them; the names say "practice card".
    "Implementation-Title": "Lotse practice card",
    "Implementation-Vendor": "Lotse",
    "Implementation-Version": "1.26.2",
    "Name": "Lotse practice card (AusweisApp2 SDK simulation)",
    "Specification-Title": "TR-03124",
    "Specification-Vendor": "Federal Office for Information Security",
    "Specification-Version": "1.3",
}

# Commands AusweisApp 1.26.2 knows but that need an authentication workflow: BAD_STATE here.
_AUTH_ONLY = {"ACCEPT", "GET_CERTIFICATE", "GET_ACCESS_RIGHTS", "SET_ACCESS_RIGHTS"}


class _Digest:
    """A value kept only as a keyed hash (per process random key)."""

    _KEY = _secrets.token_bytes(32)
    __slots__ = ("_d",)

    def __init__(self, value: str) -> None:
        self._d = hmac.new(self._KEY, value.encode(), hashlib.sha256).digest()

    def matches(self, value: str) -> bool:
        other = hmac.new(self._KEY, value.encode(), hashlib.sha256).digest()
        return hmac.compare_digest(self._d, other)

    def __repr__(self) -> str:
        return "***"


@dataclass
class CardSpec:
    """How a practice card starts. Values are the public practice values (as the recorded vcard)."""

    pin: str = field(default="111111", repr=False)
    can: str = field(default="222222", repr=False)
    puk: str = field(default="3333333333", repr=False)
    # "12345": the card still has its 5-digit transport PIN
    transport_pin: str | None = field(default=None, repr=False)
    retry_counter: int = 3
    puk_uses_left: int = 10
    deactivated: bool = False  # online function switched off (counter reads 0)
    inoperative: bool = False  # PUK used up and already known as such
    any_value: bool = False  # AusweisApp's Simulator card: every PIN is right


class Chip:
    """The simulated card's state. Only digests of the secrets are kept."""

    def __init__(self, spec: CardSpec) -> None:
        self._pin = _Digest(spec.pin)
        self._transport = _Digest(spec.transport_pin) if spec.transport_pin else None
        self._can = _Digest(spec.can)
        self._puk = _Digest(spec.puk)
        self.retry_counter = spec.retry_counter
        self.puk_uses_left = spec.puk_uses_left if not spec.inoperative else 0
        self.deactivated = spec.deactivated
        self.inoperative_known = spec.inoperative
        self.any_value = spec.any_value

    @property
    def has_transport_pin(self) -> bool:
        return self._transport is not None

    def pin_matches(self, value: str) -> bool:
        if self.any_value:
            return True
        if self._transport is not None:
            return len(value) == 5 and self._transport.matches(value)
        return len(value) == 6 and self._pin.matches(value)

    def can_matches(self, value: str) -> bool:
        return self.any_value or self._can.matches(value)

    def puk_matches(self, value: str) -> bool:
        return self.any_value or self._puk.matches(value)

    def set_pin(self, value: str) -> None:
        self._pin = _Digest(value)
        self._transport = None

    def as_dict(self) -> JsonObject:
        return {
            "deactivated": self.deactivated,
            "inoperative": self.inoperative_known,
            "retryCounter": 0 if self.deactivated else self.retry_counter,
        }

    def __repr__(self) -> str:
        return f"Chip(retry_counter={self.retry_counter}, deactivated={self.deactivated})"


@dataclass
class Reader:
    """A reader of the practice AusweisApp. ``builtin`` = AusweisApp's own Simulator reader."""

    name: str
    keypad: bool = False
    chip: Chip | None = None
    builtin: bool = False
    visible: bool = False  # PC/SC readers appear only after the scan (per connection)
    broken_card: bool = False  # SET_CARD with custom simulator data (not simulated)
    keypad_entries: list[str | None] = field(default_factory=list, repr=False)

    @property
    def insertable(self) -> bool:
        return self.builtin

    def as_dict(self, with_msg: bool = True) -> JsonObject:
        d = {
            "attached": True,
            "card": self.chip.as_dict() if self.chip is not None else None,
            "insertable": self.insertable,
            "keypad": self.keypad,
            "name": self.name,
        }
        if with_msg:
            d["msg"] = "READER"
        return d


@dataclass
class _Workflow:
    state: str | None = "INSERT_CARD"
    reader: str | None = None
    can_ok: bool = False
    pending: tuple[str, Any] | None = None  # a SET_* sent while the card was off the reader


class PracticeEngine:
    """The protocol behaviour of AusweisApp2 1.26.2 with practice readers and cards.

    ``false_success=True`` reproduces the 1.26.2 defect (CHANGE_PIN success:true right after
    SET_CARD Simulator, nothing changed) for tests of the workflow's guard; off by default.
    """

    def __init__(self, readers: list[Reader], *, false_success: bool = False) -> None:
        self.readers = readers
        self.false_success = false_success
        self.api_level = 2
        self.workflow: _Workflow | None = None
        self._announced: dict[str, Any] = {}
        self.connected = False

    # -- helpers ------------------------------------------------------------------------------

    def reader(self, name: str | None = None) -> Reader | None:
        if name is None:
            return next((r for r in self.readers if not r.builtin), None)
        return next((r for r in self.readers if r.name == name), None)

    def _visible(self) -> list[Reader]:
        return [r for r in self.readers if r.visible]

    def _reader_msg(self, r: Reader) -> JsonObject:
        d = r.as_dict()
        self._announced[r.name] = d["card"]
        return d

    def _update(self, r: Reader) -> list[JsonObject]:
        """A READER message if what the client last heard about this reader's card changed."""
        if not r.visible:
            return []
        card = r.chip.as_dict() if r.chip is not None else None
        if self._announced.get(r.name, "?") == card:
            return []
        return [self._reader_msg(r)]

    def _enter(self, kind: str, r: Reader, error: str | None = None) -> JsonObject:
        d = {"msg": kind, "reader": r.as_dict(with_msg=False)}
        if error is not None:
            d["error"] = error
        return d

    # -- connection ---------------------------------------------------------------------------

    def connect(self) -> list[JsonObject]:
        """A client connected: AusweisApp announces its Simulator reader (twice, as recorded)."""
        self.connected = True
        self.api_level = 2
        self.workflow = None
        self._announced = {}
        out = []
        for r in self.readers:
            if r.builtin:
                r.visible = True
                first = r.as_dict()
                first["insertable"] = False
                out.append(first)
                out.append(self._reader_msg(r))
        return out

    def scan(self) -> list[JsonObject]:
        """The PC/SC scan finished (0.4–1 s after connecting with the real AusweisApp)."""
        out = []
        for r in self.readers:
            if not r.builtin and not r.visible:
                r.visible = True
                out.append(self._reader_msg(r))
        out += self._card_arrived()
        return out

    def disconnect(self) -> None:
        """The client went away: AusweisApp kills the workflow; a new connection starts clean."""
        self.connected = False
        self._end_workflow()
        for r in self.readers:
            r.visible = False
        self._announced = {}

    # -- card on / off ------------------------------------------------------------------------

    def remove_card(self, name: str | None = None) -> tuple[list[JsonObject], Chip | None]:
        r = self.reader(name)
        if r is None or r.chip is None:
            return [], None
        chip, r.chip = r.chip, None
        return self._update(r), chip

    def insert_card(self, chip: Chip, name: str | None = None) -> list[JsonObject]:
        r = self.reader(name)
        if r is None:
            return []
        r.chip = chip
        out = self._update(r)
        return out + self._card_arrived(r)

    def _card_arrived(self, only: Reader | None = None) -> list[JsonObject]:
        wf = self.workflow
        if wf is None or wf.state != "INSERT_CARD":
            return []
        r = only if only is not None else self._workflow_reader()
        if r is None or r.chip is None or not r.visible:
            return []
        wf.reader = r.name
        if wf.pending is not None:
            cmd, value = wf.pending
            wf.pending = None
            wf.state = {
                "SET_PIN": "ENTER_PIN",
                "SET_CAN": "ENTER_CAN",
                "SET_PUK": "ENTER_PUK",
                "SET_NEW_PIN": "ENTER_NEW_PIN",
            }[cmd]
            return self._apply(cmd, value, r)
        return self._advance(r)

    def _workflow_reader(self) -> Reader | None:
        wf = self.workflow
        if wf is not None and wf.reader is not None:
            r = self.reader(wf.reader)
            if r is not None and r.chip is not None and r.visible:
                return r
        return next((r for r in self.readers if not r.builtin and r.visible and r.chip), None)

    # -- the change-PIN workflow ----------------------------------------------------------------

    def _advance(self, r: Reader) -> list[JsonObject]:
        """The card is there: ask for what it needs next."""
        wf = self.workflow
        assert wf is not None and r.chip is not None
        chip = r.chip
        if chip.deactivated:
            wf.state = None  # AusweisApp waits silently; only CANCEL ends it
            return []
        if chip.inoperative_known:
            return self._finish(False)
        if chip.retry_counter <= 0:
            wf.state = "ENTER_PUK"
        elif chip.retry_counter == 1 and not wf.can_ok:
            wf.state = "ENTER_CAN"
        else:
            wf.state = "ENTER_PIN"
        return [self._enter(wf.state, r)]

    def _finish(self, success: bool) -> list[JsonObject]:
        out = [{"msg": "CHANGE_PIN", "success": success}]
        out += self._end_workflow()
        return out

    def _end_workflow(self) -> list[JsonObject]:
        self.workflow = None
        out = []
        for r in self.readers:
            if r.builtin and (r.chip is not None or r.broken_card):
                r.chip = None
                r.broken_card = False
                if self.connected:
                    out.append(self._reader_msg(r))
        return out

    def _apply(self, cmd: str, value: Any, r: Reader) -> list[JsonObject]:
        """A well-formed value for the current step, with the card on the reader."""
        wf = self.workflow
        assert wf is not None and r.chip is not None
        chip = r.chip
        if value is None:  # keypad: the person typed on the reader
            value = r.keypad_entries.pop(0) if r.keypad_entries else None
        if cmd == "SET_PIN":
            if value is None or chip.pin_matches(value):
                # The counter goes back to 3; like AusweisApp, the READER update for it follows
                # only with the next card access (SET_NEW_PIN), ENTER_NEW_PIN already shows it.
                chip.retry_counter = 3
                wf.state = "ENTER_NEW_PIN"
                return [self._enter("ENTER_NEW_PIN", r)]
            chip.retry_counter = max(0, chip.retry_counter - 1)
            wf.can_ok = False
            return self._update(r) + self._advance(r)
        if cmd == "SET_CAN":
            if value is None or chip.can_matches(value):
                wf.can_ok = True
                wf.state = "ENTER_PIN"
                return [self._enter("ENTER_PIN", r)]
            return [self._enter("ENTER_CAN", r)]
        if cmd == "SET_PUK":
            if chip.puk_uses_left <= 0 and not chip.any_value:
                chip.inoperative_known = True
                return self._update(r) + self._finish(False)
            if value is None or chip.puk_matches(value):
                chip.puk_uses_left -= 1
                chip.retry_counter = 3
                wf.can_ok = False
                return self._update(r) + self._advance(r)
            return [self._enter("ENTER_PUK", r)]
        if cmd == "SET_NEW_PIN":
            if value is not None:  # typed on a keypad without a queued entry: PIN unchanged
                chip.set_pin(value)
            return self._update(r) + self._finish(True)
        raise AssertionError(cmd)

    # -- commands -----------------------------------------------------------------------------

    def handle(self, text: str) -> list[JsonObject]:
        """One received text frame → the answers."""
        obj, err = qtjson.loads(text)
        if err is not None:
            return [{"msg": "INVALID", "error": err}]
        if not isinstance(obj, dict) or not isinstance(obj.get("cmd"), str) or not obj["cmd"]:
            return [{"msg": "INVALID", "error": "Command cannot be undefined"}]
        cmd = obj["cmd"]
        # one method a command: _cmd_GET_INFO, _cmd_SET_PIN …
        handler: Callable[[JsonObject], list[JsonObject]] | None = (
            getattr(self, "_cmd_" + cmd, None) if cmd.isupper() else None
        )
        if handler is None:
            if cmd in _AUTH_ONLY:
                return [{"msg": "BAD_STATE", "error": cmd}]
            return [{"msg": "UNKNOWN_COMMAND", "error": cmd}]
        return handler(obj)

    def _cmd_GET_INFO(self, obj: JsonObject) -> list[JsonObject]:
        return [{"msg": "INFO", "VersionInfo": dict(VERSION_INFO)}]

    def _cmd_GET_API_LEVEL(self, obj: JsonObject) -> list[JsonObject]:
        return [{"msg": "API_LEVEL", "available": list(API_LEVELS), "current": self.api_level}]

    def _cmd_SET_API_LEVEL(self, obj: JsonObject) -> list[JsonObject]:
        level = obj.get("level")
        if "level" not in obj:
            error = "Level cannot be undefined"
        elif not isinstance(level, (int, float)) or isinstance(level, bool):
            error = "Invalid level"  # also "2" (text); 2.0 counts as 2, as in AusweisApp
        elif level not in API_LEVELS:
            error = "Unknown level"
        else:
            self.api_level = int(level)
            return [{"msg": "API_LEVEL", "current": self.api_level}]
        return [{"msg": "API_LEVEL", "current": self.api_level, "error": error}]

    def _cmd_GET_READER_LIST(self, obj: JsonObject) -> list[JsonObject]:
        key = "readers" if self.api_level >= 2 else "reader"
        return [{"msg": "READER_LIST", key: [r.as_dict(with_msg=False) for r in self._visible()]}]

    def _cmd_GET_READER(self, obj: JsonObject) -> list[JsonObject]:
        if "name" not in obj:
            return [{"msg": "READER", "error": "Name cannot be undefined"}]
        name = obj["name"]
        if not isinstance(name, str):
            return [{"msg": "READER", "error": "Invalid name"}]
        r = self.reader(name)
        if r is None or not r.visible:
            return [{"msg": "READER", "name": name, "attached": False}]
        return [self._reader_msg(r)]

    def _cmd_GET_STATUS(self, obj: JsonObject) -> list[JsonObject]:
        if self.api_level < 2:
            return [{"msg": "UNKNOWN_COMMAND", "error": "GET_STATUS"}]
        wf = self.workflow
        if wf is None:
            return [{"msg": "STATUS", "workflow": None, "state": None, "progress": None}]
        return [{"msg": "STATUS", "workflow": "CHANGE_PIN", "state": wf.state, "progress": 0}]

    def _cmd_RUN_CHANGE_PIN(self, obj: JsonObject) -> list[JsonObject]:
        if self.workflow is not None:
            return [{"msg": "BAD_STATE", "error": "RUN_CHANGE_PIN"}]
        self.workflow = _Workflow()
        out = [{"msg": "CHANGE_PIN"}]
        r = self._workflow_reader()
        if r is None:
            return [*out, {"msg": "INSERT_CARD"}]
        self.workflow.reader = r.name
        return out + self._advance(r)

    def _cmd_RUN_AUTH(self, obj: JsonObject) -> list[JsonObject]:
        if self.workflow is not None:
            return [{"msg": "BAD_STATE", "error": "RUN_AUTH"}]
        if not isinstance(obj.get("tcTokenURL"), str):
            return [{"msg": "AUTH", "error": "tcTokenURL cannot be undefined"}]
        # The practice card does not simulate online authentication.
        return [{"msg": "AUTH", "error": "The practice card does not simulate online authentication"}]

    def _cmd_CANCEL(self, obj: JsonObject) -> list[JsonObject]:
        if self.workflow is None:
            return [{"msg": "BAD_STATE", "error": "CANCEL"}]
        out = self._end_workflow()
        return [*out, {"msg": "CHANGE_PIN", "success": False}]

    def _cmd_SET_CARD(self, obj: JsonObject) -> list[JsonObject]:
        if self.api_level < 2:
            return [{"msg": "UNKNOWN_COMMAND", "error": "SET_CARD"}]
        wf = self.workflow
        if wf is None or wf.state != "INSERT_CARD":
            return [{"msg": "BAD_STATE", "error": "SET_CARD"}]
        if "name" not in obj:
            return [{"msg": "INSERT_CARD", "error": "Name cannot be undefined"}]
        name = obj["name"]
        if not isinstance(name, str):
            return [{"msg": "INSERT_CARD", "error": "Invalid name"}]
        r = self.reader(name)
        if r is None or not r.visible or not r.insertable:
            return [{"msg": "INSERT_CARD", "error": "Unknown reader name"}]
        if "simulator" in obj:
            # Custom simulator files are not simulated; like AusweisApp with unusable files the
            # reader shows no card and the workflow keeps waiting.
            r.broken_card = True
            return [self._reader_msg(r)]
        r.chip = Chip(CardSpec(any_value=True))
        out = [self._reader_msg(r)]
        wf.reader = r.name
        if self.false_success:
            return out + self._finish(True)
        return out + self._advance(r)

    def _set_value(self, cmd: str, step: str, obj: JsonObject) -> list[JsonObject]:
        wf = self.workflow
        if wf is None or wf.state != step:
            return [{"msg": "BAD_STATE", "error": cmd}]
        r = self.reader(wf.reader)
        assert r is not None
        has_value = "value" in obj
        value = obj.get("value")
        if r.keypad:  # any value field, even null, is refused by a keypad reader
            error = VALUE_DEFINED if has_value else None
        elif has_value and value is None:
            error = VALUE_INVALID
        else:
            error = check_value(cmd, value if has_value else None)
        if error is not None:
            return [self._enter(step, r, error)]
        if r.chip is None:
            wf.pending = (cmd, value)
            wf.state = "INSERT_CARD"
            return [{"msg": "INSERT_CARD"}]
        return self._apply(cmd, value, r)

    def _cmd_SET_PIN(self, obj: JsonObject) -> list[JsonObject]:
        return self._set_value("SET_PIN", "ENTER_PIN", obj)

    def _cmd_SET_NEW_PIN(self, obj: JsonObject) -> list[JsonObject]:
        return self._set_value("SET_NEW_PIN", "ENTER_NEW_PIN", obj)

    def _cmd_SET_CAN(self, obj: JsonObject) -> list[JsonObject]:
        return self._set_value("SET_CAN", "ENTER_CAN", obj)

    def _cmd_SET_PUK(self, obj: JsonObject) -> list[JsonObject]:
        return self._set_value("SET_PUK", "ENTER_PUK", obj)
