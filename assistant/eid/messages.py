"""The AusweisApp SDK protocol as typed Python values (Qt-free).

* :func:`parse` turns one received text frame into a message object or a :class:`ProtocolError`.
  It never raises: bad JSON, a non-object, a missing or non-text ``msg`` and fields of the wrong
  type all become a ``ProtocolError``; a ``msg`` this module does not model becomes :class:`Unknown`.
* The command builders (:func:`get_info` … :func:`cancel`) return :class:`Command` objects; a PIN,
  CAN or PUK inside one is held in a :class:`Secret` and shown as ``***`` by ``repr``/``str``.
  Only :meth:`Command.to_json` (called by the transport right before sending) reveals it.
* :func:`card_state` sums up what a reader says about the card (tries left, switched off, …).
* :func:`check_value` checks the format of a PIN/CAN/PUK the way AusweisApp 1.26.2 does, with the
  exact ``error`` texts it answers (used by the practice card and, before sending, by the workflow).

Field names follow the SDK with snake_case (``retryCounter`` → ``retry_counter``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from assistant.core.json_types import JsonObject

__all__ = [
    "FORMAT_ERRORS",
    "VALUE_DEFINED",
    "VALUE_INVALID",
    "VALUE_UNDEFINED",
    "ApiLevelMessage",
    "BadStateMessage",
    "CardInfo",
    "CardState",
    "ChangePinMessage",
    "Command",
    "EnterCanMessage",
    "EnterMessage",
    "EnterNewPinMessage",
    "EnterPinMessage",
    "EnterPukMessage",
    "InfoMessage",
    "InsertCardMessage",
    "InvalidMessage",
    "Message",
    "ProtocolError",
    "ReaderInfo",
    "ReaderListMessage",
    "ReaderMessage",
    "Secret",
    "StatusMessage",
    "Unknown",
    "UnknownCommandMessage",
    "cancel",
    "card_state",
    "check_value",
    "get_api_level",
    "get_info",
    "get_reader",
    "get_reader_list",
    "get_status",
    "parse",
    "parse_object",
    "run_change_pin",
    "set_api_level",
    "set_can",
    "set_card",
    "set_new_pin",
    "set_pin",
    "set_puk",
]


# --------------------------------------------------------------------------------------------
# Secrets


class Secret:
    """A PIN, CAN or PUK in memory. ``repr``/``str``/``format`` show ``***``; it cannot be pickled.

    ``reveal()`` gives the digits (only for sending or comparing); ``wipe()`` drops the reference.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("a Secret holds text")  # never the value itself in the message
        self._value: str | None = value

    def reveal(self) -> str:
        return self._value or ""

    def wipe(self) -> None:
        self._value = None

    def __len__(self) -> int:
        return len(self._value or "")

    def __repr__(self) -> str:
        return "***"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return "***"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Secret):
            return self._value == other._value
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> str:  # pickling would write the value somewhere
        raise TypeError("a Secret cannot be pickled")


def _as_secret(value: str | Secret | None) -> Secret | None:
    if value is None or isinstance(value, Secret):
        return value
    return Secret(value)


# --------------------------------------------------------------------------------------------
# Errors and models


@dataclass(frozen=True)
class ProtocolError:
    """A received frame that is not a valid SDK message. Returned by :func:`parse`, never raised.

    ``kind``: ``not-json`` | ``not-object`` | ``no-msg`` | ``bad-field``. ``field`` names the
    offending field for ``bad-field``. ``detail`` is a short English text for logs; it never
    contains the frame's content.
    """

    kind: str
    detail: str
    field: str = ""

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


class _BadField(Exception):
    def __init__(self, name: str, expected: str) -> None:
        super().__init__(name)
        self.name = name
        self.expected = expected


@dataclass(frozen=True)
class CardInfo:
    """The ``card`` object of a reader. ``retry_counter`` may be None if AusweisApp leaves it out."""

    retry_counter: int | None
    deactivated: bool = False
    inoperative: bool = False


@dataclass(frozen=True)
class ReaderInfo:
    """One reader as AusweisApp describes it. ``card`` is None when no card lies on it."""

    name: str
    attached: bool = False
    insertable: bool = False
    keypad: bool = False
    card: CardInfo | None = None

    @property
    def card_state(self) -> CardState | None:
        return card_state(self)


@dataclass(frozen=True)
class CardState:
    """What the card tells us, summed up for the guide.

    ``kind`` is one of ``tries-3``, ``tries-2``, ``tries-1`` (CAN before the last try),
    ``blocked`` (PUK needed), ``inoperative`` (PUK used up), ``deactivated`` (online function
    switched off) — the same names as the outcomes of the ``eid.read-card`` action.
    """

    tries_left: int | None
    deactivated: bool
    inoperative: bool
    keypad: bool
    reader_name: str = ""

    @property
    def kind(self) -> str:
        if self.deactivated:
            return "deactivated"
        if self.inoperative:
            return "inoperative"
        if self.tries_left is None:
            return "tries-3"
        if self.tries_left <= 0:
            return "blocked"
        return f"tries-{min(self.tries_left, 3)}"

    @property
    def needs_can(self) -> bool:
        return not self.deactivated and not self.inoperative and self.tries_left == 1

    @property
    def blocked(self) -> bool:
        return not self.deactivated and not self.inoperative and self.tries_left == 0


def card_state(reader: ReaderInfo | None) -> CardState | None:
    """The card's state on ``reader``, or None if no card is on it (or the reader is gone)."""
    if reader is None or not reader.attached or reader.card is None:
        return None
    c = reader.card
    return CardState(c.retry_counter, c.deactivated, c.inoperative, reader.keypad, reader.name)


# --------------------------------------------------------------------------------------------
# Messages


@dataclass(frozen=True)
class Message:
    """Base of every received message. ``raw`` is the decoded object (never shown by repr)."""

    MSG: ClassVar[str] = ""
    raw: JsonObject = field(default_factory=dict, repr=False, compare=False)

    @property
    def msg(self) -> str:
        return self.MSG or str(self.raw.get("msg", ""))


@dataclass(frozen=True)
class ReaderMessage(Message):
    """``READER``: one reader (pushed when it changes, or the answer to GET_READER).

    ``reader`` is None only with ``error`` (GET_READER without a name).
    """

    MSG: ClassVar[str] = "READER"
    reader: ReaderInfo | None = None
    error: str | None = None


@dataclass(frozen=True)
class ReaderListMessage(Message):
    """``READER_LIST``: ``readers`` at API level 2, ``reader`` at level 1 — both land in ``readers``."""

    MSG: ClassVar[str] = "READER_LIST"
    readers: tuple[ReaderInfo, ...] = ()


@dataclass(frozen=True)
class InfoMessage(Message):
    """``INFO``: ``version`` is ``VersionInfo["Implementation-Version"]`` (e.g. ``1.26.2``)."""

    MSG: ClassVar[str] = "INFO"
    version: str | None = None
    name: str | None = None
    version_info: JsonObject = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ApiLevelMessage(Message):
    """``API_LEVEL``: ``available`` only as the answer to GET_API_LEVEL; ``error`` on a bad level."""

    MSG: ClassVar[str] = "API_LEVEL"
    current: int | None = None
    available: tuple[int, ...] | None = None
    error: str | None = None


@dataclass(frozen=True)
class StatusMessage(Message):
    """``STATUS`` (API level 2): all None outside a workflow."""

    MSG: ClassVar[str] = "STATUS"
    workflow: str | None = None
    state: str | None = None
    progress: int | None = None


@dataclass(frozen=True)
class ChangePinMessage(Message):
    """``CHANGE_PIN``: ``success`` is None when the workflow has just started, else True/False.

    AusweisApp 1.26.2 can send ``success: True`` although nothing was changed; the workflow must
    only believe it if this run sent SET_NEW_PIN (or reached ENTER_NEW_PIN on a keypad reader).
    """

    MSG: ClassVar[str] = "CHANGE_PIN"
    success: bool | None = None

    @property
    def started(self) -> bool:
        return self.success is None


@dataclass(frozen=True)
class _WithError(Message):
    """A message whose only field is ``error``."""

    error: str | None = None


@dataclass(frozen=True)
class InsertCardMessage(_WithError):
    """``INSERT_CARD``: lay a card on a reader. ``error`` answers a bad SET_CARD."""

    MSG: ClassVar[str] = "INSERT_CARD"


@dataclass(frozen=True)
class EnterMessage(Message):
    """Base of ENTER_PIN / ENTER_CAN / ENTER_PUK / ENTER_NEW_PIN.

    ``error`` set = the last value had the wrong **format** (counter untouched; see
    :data:`FORMAT_ERRORS`). A wrong value shows only as a repeated message with a lower counter.
    """

    reader: ReaderInfo | None = None
    error: str | None = None

    @property
    def card(self) -> CardState | None:
        return card_state(self.reader)

    @property
    def keypad(self) -> bool:
        return bool(self.reader and self.reader.keypad)


@dataclass(frozen=True)
class EnterPinMessage(EnterMessage):
    MSG: ClassVar[str] = "ENTER_PIN"


@dataclass(frozen=True)
class EnterCanMessage(EnterMessage):
    MSG: ClassVar[str] = "ENTER_CAN"


@dataclass(frozen=True)
class EnterPukMessage(EnterMessage):
    MSG: ClassVar[str] = "ENTER_PUK"


@dataclass(frozen=True)
class EnterNewPinMessage(EnterMessage):
    MSG: ClassVar[str] = "ENTER_NEW_PIN"


@dataclass(frozen=True)
class InvalidMessage(_WithError):
    """``INVALID``: the command was not valid JSON or had no ``cmd`` text."""

    MSG: ClassVar[str] = "INVALID"


@dataclass(frozen=True)
class UnknownCommandMessage(_WithError):
    """``UNKNOWN_COMMAND``: ``error`` is the command name AusweisApp did not know."""

    MSG: ClassVar[str] = "UNKNOWN_COMMAND"


@dataclass(frozen=True)
class BadStateMessage(_WithError):
    """``BAD_STATE``: ``error`` is the command that was not allowed now."""

    MSG: ClassVar[str] = "BAD_STATE"


@dataclass(frozen=True)
class Unknown(Message):
    """A well-formed message whose ``msg`` this module does not model (AUTH, ACCESS_RIGHTS, …)."""

    msg_type: str = ""

    @property
    def msg(self) -> str:
        return self.msg_type


AnyMessage: TypeAlias = (
    ReaderMessage
    | ReaderListMessage
    | InfoMessage
    | ApiLevelMessage
    | StatusMessage
    | ChangePinMessage
    | InsertCardMessage
    | EnterPinMessage
    | EnterCanMessage
    | EnterPukMessage
    | EnterNewPinMessage
    | InvalidMessage
    | UnknownCommandMessage
    | BadStateMessage
    | Unknown
)


# --------------------------------------------------------------------------------------------
# Parsing

_MISSING = object()


def _get(obj: JsonObject, name: str, kind: str, *, optional: bool = True, nullable: bool = True) -> Any:
    """Field ``name`` of ``obj`` checked against ``kind`` (bool/int/str/dict/list)."""
    value = obj.get(name, _MISSING)
    if value is _MISSING:
        if optional:
            return None
        raise _BadField(name, kind)
    if value is None:
        if nullable:
            return None
        raise _BadField(name, kind)
    ok = {
        "bool": lambda v: isinstance(v, bool),
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "str": lambda v: isinstance(v, str),
        "dict": lambda v: isinstance(v, dict),
        "list": lambda v: isinstance(v, list),
    }[kind](value)
    if not ok:
        raise _BadField(name, kind)
    return value


def _card(obj: Any) -> CardInfo | None:
    if obj is None:
        return None
    if not isinstance(obj, dict):
        raise _BadField("card", "dict")
    return CardInfo(
        retry_counter=_get(obj, "retryCounter", "int"),
        deactivated=bool(_get(obj, "deactivated", "bool")),
        inoperative=bool(_get(obj, "inoperative", "bool")),
    )


def _reader(obj: Any, *, where: str = "reader") -> ReaderInfo:
    if not isinstance(obj, dict):
        raise _BadField(where, "dict")
    name = _get(obj, "name", "str", optional=False, nullable=False)
    return ReaderInfo(
        name=name,
        attached=bool(_get(obj, "attached", "bool")),
        insertable=bool(_get(obj, "insertable", "bool")),
        keypad=bool(_get(obj, "keypad", "bool")),
        card=_card(obj.get("card")),
    )


def _error(obj: JsonObject) -> str | None:
    error: str | None = _get(obj, "error", "str")
    return error


def _p_reader(o: JsonObject) -> AnyMessage:
    err = _error(o)
    if err is not None and "name" not in o:
        return ReaderMessage(raw=o, reader=None, error=err)
    return ReaderMessage(raw=o, reader=_reader(o, where="name"), error=err)


def _p_reader_list(o: JsonObject) -> AnyMessage:
    items = o.get("readers", o.get("reader", []))
    if items is None:
        items = []
    if not isinstance(items, list):
        raise _BadField("readers", "list")
    return ReaderListMessage(raw=o, readers=tuple(_reader(r, where="readers") for r in items))


def _p_info(o: JsonObject) -> AnyMessage:
    vi = _get(o, "VersionInfo", "dict") or {}
    version = vi.get("Implementation-Version")
    name = vi.get("Name")
    return InfoMessage(
        raw=o,
        version=version if isinstance(version, str) else None,
        name=name if isinstance(name, str) else None,
        version_info=dict(vi),
    )


def _p_api_level(o: JsonObject) -> AnyMessage:
    available = _get(o, "available", "list")
    if available is not None:
        if not all(isinstance(a, int) and not isinstance(a, bool) for a in available):
            raise _BadField("available", "list of int")
        available = tuple(available)
    return ApiLevelMessage(raw=o, current=_get(o, "current", "int"), available=available, error=_error(o))


def _p_status(o: JsonObject) -> AnyMessage:
    return StatusMessage(
        raw=o, workflow=_get(o, "workflow", "str"), state=_get(o, "state", "str"), progress=_get(o, "progress", "int")
    )


def _p_change_pin(o: JsonObject) -> AnyMessage:
    return ChangePinMessage(raw=o, success=_get(o, "success", "bool"))


def _enter(cls: Callable[..., AnyMessage]) -> Callable[[JsonObject], AnyMessage]:
    def p(o: JsonObject) -> AnyMessage:
        r = o.get("reader")
        return cls(raw=o, reader=None if r is None else _reader(r), error=_error(o))

    return p


def _simple(cls: Callable[..., AnyMessage]) -> Callable[[JsonObject], AnyMessage]:
    def p(o: JsonObject) -> AnyMessage:
        return cls(raw=o, error=_error(o))

    return p


_PARSERS: dict[str, Callable[[JsonObject], AnyMessage]] = {
    "READER": _p_reader,
    "READER_LIST": _p_reader_list,
    "INFO": _p_info,
    "API_LEVEL": _p_api_level,
    "STATUS": _p_status,
    "CHANGE_PIN": _p_change_pin,
    "INSERT_CARD": _simple(InsertCardMessage),
    "ENTER_PIN": _enter(EnterPinMessage),
    "ENTER_CAN": _enter(EnterCanMessage),
    "ENTER_PUK": _enter(EnterPukMessage),
    "ENTER_NEW_PIN": _enter(EnterNewPinMessage),
    "INVALID": _simple(InvalidMessage),
    "UNKNOWN_COMMAND": _simple(UnknownCommandMessage),
    "BAD_STATE": _simple(BadStateMessage),
}


def parse_object(obj: Any) -> AnyMessage | ProtocolError:
    """Like :func:`parse` for an already decoded JSON value."""
    if not isinstance(obj, dict):
        return ProtocolError("not-object", f"expected a JSON object, got {type(obj).__name__}")
    msg = obj.get("msg", _MISSING)
    if msg is _MISSING:
        return ProtocolError("no-msg", "the message has no 'msg' field", "msg")
    if not isinstance(msg, str):
        return ProtocolError("no-msg", "the 'msg' field is not text", "msg")
    parser = _PARSERS.get(msg)
    if parser is None:
        return Unknown(raw=obj, msg_type=msg)
    try:
        return parser(obj)
    except _BadField as exc:
        return ProtocolError("bad-field", f"{msg}: field '{exc.name}' is not {exc.expected}", exc.name)
    except Exception as exc:  # noqa: BLE001 - defensive: a parser bug must not escape into the GUI
        return ProtocolError("bad-field", f"{msg}: {type(exc).__name__}")


def parse(text: str | bytes | Any) -> AnyMessage | ProtocolError:
    """One received frame → a message object or a :class:`ProtocolError`. Never raises."""
    try:
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8")
        if not isinstance(text, str):
            return ProtocolError("not-json", f"expected text, got {type(text).__name__}")
        obj = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        return ProtocolError("not-json", f"not valid JSON ({type(exc).__name__})")
    return parse_object(obj)


# --------------------------------------------------------------------------------------------
# Value formats (exactly as AusweisApp 1.26.2 checks and answers them)

VALUE_UNDEFINED = "Value cannot be undefined"
VALUE_DEFINED = "Value cannot be defined"  # a value sent to a keypad reader
VALUE_INVALID = "Invalid value"  # a value that is not text (e.g. a number)

#: command → (regular expression, AusweisApp's error text for a wrong format)
FORMAT_ERRORS: dict[str, tuple[str, str]] = {
    "SET_PIN": (r"[0-9]{5,6}", "You must provide 5 - 6 digits"),
    "SET_NEW_PIN": (r"[0-9]{6}", "You must provide 6 digits"),
    "SET_CAN": (r"[0-9]{6}", "You must provide 6 digits"),
    "SET_PUK": (r"[0-9]{10}", "You must provide 10 digits"),
}


def check_value(cmd: str, value: Any = _MISSING, *, keypad: bool = False) -> str | None:
    """AusweisApp's ``error`` text for ``value`` of command ``cmd``, or None if the format is fine.

    ``value`` may be a str, a :class:`Secret`, None/missing (no ``value`` field) or anything else
    that JSON carries. With ``keypad=True`` the value must be missing (typed on the reader).
    """
    if isinstance(value, Secret):
        value = value.reveal()
    if value is _MISSING or value is None:
        return None if keypad else VALUE_UNDEFINED
    if keypad:
        return VALUE_DEFINED
    if not isinstance(value, str):
        return VALUE_INVALID
    pattern, text = FORMAT_ERRORS[cmd]
    return None if re.fullmatch(pattern, value) else text


# --------------------------------------------------------------------------------------------
# Commands


@dataclass(frozen=True)
class Command:
    """One command to send. ``secret`` is the PIN/CAN/PUK value (sent as ``value``), if any."""

    cmd: str
    fields: tuple[tuple[str, Any], ...] = ()
    secret: Secret | None = None

    def to_dict(self) -> JsonObject:
        """The wire object, **with** the secret revealed — only for the transport."""
        d: dict[str, Any] = {"cmd": self.cmd}
        d.update(self.fields)
        if self.secret is not None:
            d["value"] = self.secret.reveal()
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @property
    def has_value(self) -> bool:
        return self.secret is not None

    def __repr__(self) -> str:
        parts = [f"cmd={self.cmd!r}"] + [f"{k}={v!r}" for k, v in self.fields]
        if self.secret is not None:
            parts.append("value=***")
        return f"Command({', '.join(parts)})"

    __str__ = __repr__


def get_info() -> Command:
    return Command("GET_INFO")


def get_api_level() -> Command:
    return Command("GET_API_LEVEL")


def set_api_level(level: int) -> Command:
    return Command("SET_API_LEVEL", (("level", level),))


def get_reader_list() -> Command:
    return Command("GET_READER_LIST")


def get_reader(name: str) -> Command:
    return Command("GET_READER", (("name", name),))


def get_status() -> Command:
    return Command("GET_STATUS")


def run_change_pin() -> Command:
    return Command("RUN_CHANGE_PIN")


def set_pin(value: str | Secret | None = None) -> Command:
    """SET_PIN; ``value=None`` for keypad readers (the person types on the reader)."""
    return Command("SET_PIN", secret=_as_secret(value))


def set_new_pin(value: str | Secret | None = None) -> Command:
    return Command("SET_NEW_PIN", secret=_as_secret(value))


def set_can(value: str | Secret | None = None) -> Command:
    return Command("SET_CAN", secret=_as_secret(value))


def set_puk(value: str | Secret | None = None) -> Command:
    return Command("SET_PUK", secret=_as_secret(value))


def set_card(name: str = "Simulator") -> Command:
    """SET_CARD (API level 2, only after INSERT_CARD): e.g. AusweisApp's built-in Simulator."""
    return Command("SET_CARD", (("name", name),))


def cancel() -> Command:
    return Command("CANCEL")
