"""The PIN change and the read-only card check, as plain-Python state machines (no Qt).

``ChangePin`` consumes what AusweisApp says (SDK messages: plain dicts with ``"msg"`` or the parsed
objects of ``assistant.eid.messages``) and what the person does (answers, digits typed, buttons),
and says what to show next (``view``) and what to send (the commands each call returns).

``CardCheck`` reads the card's state without touching a PIN: the ``READER`` messages AusweisApp
pushes carry ``retryCounter``, ``deactivated`` and ``inoperative``. Only when a reader reports a card
without a usable counter (``retryCounter`` missing or -1) does it start ``RUN_CHANGE_PIN`` and
``CANCEL`` at the very first ``ENTER_*`` message: the card's counter is then read from that message.
It never sends ``SET_PIN``, ``SET_CAN`` or ``SET_PUK``.

``ReaderWatch`` keeps the readers AusweisApp reported and says, in one value, what the status strip
shows (AusweisApp missing or busy, no reader, no card, the card's state).

Secrets (PIN, CAN, PUK, new PIN) pass through here as ``Secret`` values: they are checked for
format before anything is sent, held only as long as needed (the first new PIN until the repeat is
typed) and wiped as soon as the command carrying them has been handed to the connection. No secret
is part of a ``View``, a ``repr``, a log line or an exception text.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, Iterable, Mapping

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------
# secrets and commands
# --------------------------------------------------------------------------------------------


class Secret:
    """Digits a person typed. Never shows them in ``repr``/``str``; ``wipe()`` forgets them."""

    __slots__ = ("_chars",)

    def __init__(self, digits: str | Iterable[str] = "") -> None:
        self._chars: bytearray = bytearray(str(d).encode("ascii", "replace")[0] for d in digits)

    def __len__(self) -> int:
        return len(self._chars)

    def __repr__(self) -> str:
        return f"<Secret: {len(self._chars)} characters>"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:  # compare two secrets without revealing either
        if not isinstance(other, Secret):
            return NotImplemented
        return bytes(self._chars) == bytes(other._chars)

    __hash__ = None  # type: ignore[assignment]

    def is_digits(self) -> bool:
        return all(0x30 <= c <= 0x39 for c in self._chars)

    def reveal(self) -> str:
        """The digits, for the one place that sends them. Do not keep the result."""
        return self._chars.decode("ascii", "replace")

    def wipe(self) -> None:
        for i in range(len(self._chars)):
            self._chars[i] = 0
        self._chars = bytearray()


@dataclass(eq=False)
class Command:
    """One SDK command to send. ``value`` is a Secret (or None: keypad readers, plain commands)."""

    cmd: str
    value: Secret | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_wire(self) -> dict[str, Any]:
        """The JSON object to send. Call it right before sending, then call ``wipe()``."""
        out: dict[str, Any] = {"cmd": self.cmd, **self.extra}
        if self.value is not None:
            out["value"] = self.value.reveal()
        return out

    def wipe(self) -> None:
        if self.value is not None:
            self.value.wipe()

    def __repr__(self) -> str:
        secret = f", value=<{len(self.value)} digits>" if self.value is not None else ""
        return f"Command({self.cmd}{secret})"


def _msg(m: Any) -> dict[str, Any]:
    """A received message as a plain dict, whatever shape the protocol layer hands over."""
    if isinstance(m, Mapping):
        return dict(m)
    for attr in ("raw", "data", "payload"):
        v = getattr(m, attr, None)
        if isinstance(v, Mapping):
            return dict(v)
    to_dict = getattr(m, "to_dict", None)
    if callable(to_dict):
        v = to_dict()
        if isinstance(v, Mapping):
            return dict(v)
    return {}


# --------------------------------------------------------------------------------------------
# readers and cards
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    retry_counter: int | None  # None: AusweisApp did not say (or said -1)
    deactivated: bool = False
    inoperative: bool = False

    @classmethod
    def from_sdk(cls, raw: Any) -> "Card | None":
        if not isinstance(raw, Mapping):
            return None
        rc = raw.get("retryCounter")
        counter = rc if isinstance(rc, int) and not isinstance(rc, bool) and 0 <= rc <= 3 else None
        return cls(counter, raw.get("deactivated") is True, raw.get("inoperative") is True)

    @property
    def outcome(self) -> str | None:
        """The ``eid.read-card`` outcome this card state means, None if the counter is unknown."""
        if self.deactivated:
            return "deactivated"
        if self.retry_counter is None:
            return None
        if self.retry_counter == 0:
            return "inoperative" if self.inoperative else "blocked"
        return f"tries-{self.retry_counter}"


@dataclass(frozen=True)
class Reader:
    name: str
    attached: bool
    keypad: bool
    insertable: bool
    card: Card | None

    @classmethod
    def from_sdk(cls, raw: Mapping[str, Any]) -> "Reader | None":
        name = raw.get("name")
        if not isinstance(name, str) or not name:
            return None
        return cls(
            name=name,
            attached=raw.get("attached") is True,
            keypad=raw.get("keypad") is True,
            insertable=raw.get("insertable") is True,
            card=Card.from_sdk(raw.get("card")),
        )

    @property
    def is_builtin_simulator(self) -> bool:
        """AusweisApp's own "Simulator" reader, present whenever a client is connected."""
        return self.name == "Simulator"


class Link(str, Enum):
    """The connection to AusweisApp, as the status strip tells it."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    NOT_RUNNING = "not-running"
    BUSY = "busy"
    LOST = "lost"  # it was there and went away


class Strip(str, Enum):
    CONNECTING = "connecting"
    APP_MISSING = "app-missing"
    APP_BUSY = "app-busy"
    APP_LOST = "app-lost"
    NO_READER = "no-reader"
    NO_CARD = "no-card"
    CARD = "card"


@dataclass(frozen=True)
class StripStatus:
    kind: Strip
    card: Card | None = None
    keypad: bool = False


def link_for_reason(reason: str) -> Link:
    """The connection layer's disconnect reason ('not-running', 'busy', 'closed', …) as a Link."""
    if reason == "busy":
        return Link.BUSY
    if reason in ("not-running", "refused", "not-found"):
        return Link.NOT_RUNNING
    return Link.LOST


class ReaderWatch:
    """The readers AusweisApp reported (pushed ``READER`` and ``READER_LIST`` answers).

    AusweisApp's built-in "Simulator" reader is always listed; it is not a card reader on the desk,
    so it never counts (unless ``include_simulator``: tests against the Simulator).
    """

    def __init__(self, *, include_simulator: bool = False) -> None:
        self.readers: dict[str, Reader] = {}
        self.link = Link.CONNECTING
        self.include_simulator = include_simulator

    def feed(self, message: Any) -> bool:
        """Take one received message; True if the reader picture changed."""
        d = _msg(message)
        kind = d.get("msg")
        before = dict(self.readers)
        if kind == "READER":
            if "error" in d and "name" not in d:
                return False
            r = Reader.from_sdk(d)
            if r is None:
                return False
            if r.attached:
                self.readers[r.name] = r
            else:
                self.readers.pop(r.name, None)
        elif kind == "READER_LIST":
            items = d.get("readers", d.get("reader"))  # 'reader' at API level 1
            if not isinstance(items, list):
                return False
            fresh = {}
            for raw in items:
                r = Reader.from_sdk(raw) if isinstance(raw, Mapping) else None
                if r is not None and r.attached:
                    fresh[r.name] = r
            self.readers = fresh
        elif kind in ("ENTER_PIN", "ENTER_CAN", "ENTER_PUK", "ENTER_NEW_PIN"):
            raw = d.get("reader")
            r = Reader.from_sdk(raw) if isinstance(raw, Mapping) else None
            if r is not None and r.attached:
                self.readers[r.name] = r
        return before != self.readers

    def set_link(self, link: Link) -> None:
        self.link = link
        if link is not Link.CONNECTED:
            self.readers.clear()

    def counted(self) -> list[Reader]:
        return [r for r in self.readers.values() if self.include_simulator or not r.is_builtin_simulator]

    def card_reader(self, prefer: str | None = None) -> Reader | None:
        """The reader with a card on it (``prefer`` first), else None."""
        counted = self.counted()
        if prefer:
            for r in counted:
                if r.name == prefer and r.card is not None:
                    return r
        for r in counted:
            if r.card is not None:
                return r
        return None

    def status(self) -> StripStatus:
        if self.link is Link.CONNECTING:
            return StripStatus(Strip.CONNECTING)
        if self.link is Link.NOT_RUNNING:
            return StripStatus(Strip.APP_MISSING)
        if self.link is Link.BUSY:
            return StripStatus(Strip.APP_BUSY)
        if self.link is Link.LOST:
            return StripStatus(Strip.APP_LOST)
        counted = self.counted()
        if not counted:
            return StripStatus(Strip.NO_READER)
        r = self.card_reader()
        if r is None:
            return StripStatus(Strip.NO_CARD, keypad=any(x.keypad for x in counted))
        return StripStatus(Strip.CARD, card=r.card, keypad=r.keypad)


# --------------------------------------------------------------------------------------------
# what the person sees
# --------------------------------------------------------------------------------------------


class Letter(Enum):
    """Which PIN the person has: the SDK cannot tell a transport PIN from an own PIN."""

    TRANSPORT = 5  # 5-digit Einmal-PIN / Transport-PIN from the PIN letter
    OWN = 6  # own 6-digit PIN


class Screen(str, Enum):
    LETTER = "letter"  # which PIN do you have?
    WAIT_APP = "wait-app"  # AusweisApp is not there (yet); the strip says why
    WORKING = "working"  # waiting for AusweisApp or the card
    INSERT_CARD = "insert-card"
    CARD_REMOVED = "card-removed"
    PIN = "pin"
    CAN = "can"
    LAST_TRY_STOP = "last-try-stop"
    PUK = "puk"
    NEW_PIN = "new-pin"
    NEW_PIN_ADVICE = "new-pin-advice"
    NEW_PIN_REPEAT = "new-pin-repeat"
    KEYPAD = "keypad"  # please type on the reader (entry names what)
    APP_GONE = "app-gone"
    END = "end"


class Entry(str, Enum):
    PIN = "pin"
    CAN = "can"
    PUK = "puk"
    NEW_PIN = "new-pin"


class Ending(str, Enum):
    CHANGED = "changed"
    CANCELLED = "cancelled"  # the person stopped; nothing changed
    NOTHING_CHANGED = "nothing-changed"  # it did not work (or AusweisApp reported a false success)
    UNCERTAIN = "uncertain"  # the connection broke right after the new PIN was sent
    OFFICE = "office"  # the person chose the office
    FORGOT = "forgot"  # the person does not know the PIN: office, do not guess
    NO_PUK = "no-puk"  # blocked, no PUK at hand: office
    DEACTIVATED = "deactivated"  # online function switched off: office
    INOPERATIVE = "inoperative"  # PUK used up: office

    @property
    def outcome(self) -> str:
        """The ``eid.change-pin`` outcome (see assistant/ui/capabilities.py)."""
        if self is Ending.CHANGED:
            return "changed"
        if self in (Ending.CANCELLED, Ending.NOTHING_CHANGED, Ending.UNCERTAIN):
            return "not-changed"
        return "office"


class Notice(str, Enum):
    """A short message above the current screen: what happened, what to do."""

    WRONG_LENGTH = "wrong-length"  # args: (expected, typed)
    NOT_DIGITS = "not-digits"
    PIN_WRONG = "pin-wrong"  # args: (tries_left,)
    CAN_WRONG = "can-wrong"
    PUK_WRONG = "puk-wrong"
    PUK_OK = "puk-ok"
    CAN_OK = "can-ok"
    MISMATCH = "mismatch"
    REFUSED_FORMAT = "refused-format"  # AusweisApp said the format is wrong (it never should)
    NOT_READY = "not-ready"  # BAD_STATE: AusweisApp was not ready for that; please again
    MISUNDERSTOOD = "misunderstood"  # INVALID / UNKNOWN_COMMAND / a message we cannot read
    RESTARTED = "restarted"  # AusweisApp came back; we start the change again
    CARD_BACK = "card-back"


class Weak(str, Enum):
    """Why a new PIN is easy to guess (advice only; the person may keep it)."""

    SAME = "same"  # 111111
    SEQUENCE = "sequence"  # 123456, 654321
    PATTERN = "pattern"  # 121212, 123123
    DATE = "date"  # 010190, 121985, 198512


ENTRY_DIGITS = {Entry.CAN: 6, Entry.PUK: 10, Entry.NEW_PIN: 6}
ENTRY_SCREENS = (Screen.PIN, Screen.CAN, Screen.PUK, Screen.NEW_PIN, Screen.NEW_PIN_REPEAT)
_SENDS = {Entry.PIN: "SET_PIN", Entry.CAN: "SET_CAN", Entry.PUK: "SET_PUK", Entry.NEW_PIN: "SET_NEW_PIN"}


@dataclass(frozen=True)
class View:
    screen: Screen
    entry: Entry | None = None  # what is typed on this screen (or on the reader, for KEYPAD)
    digits: int = 0  # how many digits this entry has
    tries_left: int | None = None
    keypad: bool = False
    letter: Letter | None = None
    notice: Notice | None = None
    notice_args: tuple[int, ...] = ()
    weak: Weak | None = None
    ending: Ending | None = None
    app_reason: Link | None = None  # on APP_GONE / WAIT_APP
    resume: Screen | None = None  # CARD_REMOVED / APP_GONE: where the person was

    @property
    def is_secret_entry(self) -> bool:
        return self.screen in ENTRY_SCREENS or self.screen is Screen.KEYPAD


def weak_pin(pin: str) -> Weak | None:
    """Advice for a new 6-digit PIN that is easy to guess (None: fine). Digits only."""
    if len(pin) != 6 or not pin.isdigit():
        return None
    d = [int(c) for c in pin]
    if len(set(d)) == 1:
        return Weak.SAME
    steps = {(b - a) for a, b in zip(d, d[1:])}
    if steps in ({1}, {-1}):
        return Weak.SEQUENCE
    if pin[:2] * 3 == pin or pin[:3] * 2 == pin or pin[::2] == pin[1::2] or len(set(pin[:3])) == len(set(pin[3:])) == 1:
        return Weak.PATTERN  # 121212, 123123, 112233, 111222
    if _looks_like_date(pin):
        return Weak.DATE
    return None


def _looks_like_date(pin: str) -> bool:
    dd, mm, yy = int(pin[:2]), int(pin[2:4]), int(pin[4:])
    try:  # ddmmyy: 010190, 241263
        datetime.date(2000 + yy if yy < 30 else 1900 + yy, mm, dd)
        return True
    except ValueError:
        pass
    year_first, year_last = int(pin[:4]), int(pin[2:])
    if 1 <= int(pin[:2]) <= 12 and 1920 <= year_last <= 2029:  # mmyyyy: 121985
        return True
    if 1920 <= year_first <= 2029 and 1 <= int(pin[4:]) <= 12:  # yyyymm: 198512
        return True
    return False


# --------------------------------------------------------------------------------------------
# the PIN change
# --------------------------------------------------------------------------------------------


class ChangePin:
    """RUN_CHANGE_PIN, step by step. Each method returns the commands to send (maybe none).

    The driver (the UI page) sends each command with ``cmd.to_wire()`` and calls ``cmd.wipe()``
    right after. ``view`` says what to show. Nothing here blocks or waits; nothing times out.
    """

    def __init__(self, *, connected: bool = False, include_simulator: bool = False) -> None:
        self.watch = ReaderWatch(include_simulator=include_simulator)
        self.watch.set_link(Link.CONNECTED if connected else Link.CONNECTING)
        self.letter: Letter | None = None
        self.view = View(Screen.LETTER)
        self._reset_run()

    # -- run bookkeeping ---------------------------------------------------------------------
    def _reset_run(self) -> None:
        self._running = False  # RUN_CHANGE_PIN sent and not finished
        self._sent_new_pin = False  # this run really sent SET_NEW_PIN
        self._keypad_new_pin = False  # ... or reached ENTER_NEW_PIN on a keypad reader
        self._awaiting: Entry | None = None  # the SET_* just sent, waiting for its answer
        self._sent_counter: int | None = None
        self._counter: int | None = None
        self._keypad = False
        self._reader: str | None = None
        self._stop_confirmed = False
        self._cancel_ending: Ending | None = None
        self._restart_after_cancel = False
        self._inoperative = False
        self._entry_screen: View | None = None  # the last ENTER_* screen shown
        self._had_card = False
        self._drop_held()

    def _drop_held(self) -> None:
        held = getattr(self, "_held_new_pin", None)
        if held is not None:
            held.wipe()
        self._held_new_pin: Secret | None = None

    @property
    def ended(self) -> bool:
        return self.view.screen is Screen.END

    @property
    def outcome(self) -> str | None:
        return self.view.ending.outcome if self.view.ending else None

    @property
    def running(self) -> bool:
        return self._running

    def _show(self, screen: Screen, **kw: Any) -> None:
        kw.setdefault("letter", self.letter)
        kw.setdefault("keypad", self._keypad)
        kw.setdefault("tries_left", self._counter)
        self.view = View(screen, **kw)
        if screen in ENTRY_SCREENS or screen in (Screen.KEYPAD, Screen.LAST_TRY_STOP):
            self._entry_screen = self.view

    def _end(self, ending: Ending) -> list[Command]:
        out = [Command("CANCEL")] if self._running else []
        if self._running:
            self._cancel_ending = ending
        self._drop_held()
        self.view = View(Screen.END, ending=ending, letter=self.letter, tries_left=self._counter)
        return out

    def _start_run(self) -> list[Command]:
        self._reset_run()
        self._running = True
        self._show(Screen.WORKING)
        return [Command("RUN_CHANGE_PIN")]

    # -- connection events -------------------------------------------------------------------
    def connected(self) -> list[Command]:
        was = self.view
        self.watch.set_link(Link.CONNECTED)
        if was.screen in (Screen.WAIT_APP, Screen.APP_GONE):
            cmds = self._start_run()
            if was.screen is Screen.APP_GONE:
                self.view = replace(self.view, notice=Notice.RESTARTED)
            return cmds
        return []

    def disconnected(self, reason: str = "closed") -> list[Command]:
        link = link_for_reason(reason)
        self.watch.set_link(link)
        if self.ended:
            return []
        if self._sent_new_pin and self._awaiting is Entry.NEW_PIN:
            self._running = False
            return self._end(Ending.UNCERTAIN)
        if self.view.screen is Screen.LETTER:
            return []
        resume = self.view.screen if self.view.screen is not Screen.APP_GONE else self.view.resume
        self._reset_run()  # AusweisApp ends the workflow when the connection goes
        self._show(Screen.APP_GONE, app_reason=link, resume=resume)
        return []

    def retry_connection(self) -> list[Command]:
        """'Noch einmal versuchen' on the AusweisApp-gone screen (the client reconnects too)."""
        if self.watch.link is Link.CONNECTED and self.view.screen in (Screen.APP_GONE, Screen.WAIT_APP):
            return self.connected()
        return []

    # -- the person's actions ----------------------------------------------------------------
    def choose_letter(self, letter: Letter | None) -> list[Command]:
        """The answer to 'which PIN do you have?'; None = 'I do not know my PIN' (office)."""
        if letter is None:
            return self._end(Ending.FORGOT)
        self.letter = letter
        if self._running and self._entry_screen is not None and self._entry_screen.entry is Entry.PIN:
            # came back to the question from the PIN screen: AusweisApp still waits for the PIN
            self._show(Screen.PIN, entry=Entry.PIN, digits=letter.value)
            return []
        if self._running:
            self.view = replace(self.view, letter=letter)
            return []
        if self.watch.link is not Link.CONNECTED:
            self._show(Screen.WAIT_APP, app_reason=self.watch.link)
            return []
        return self._start_run()

    def submit(self, digits: Secret | str) -> list[Command]:
        """The digits typed on an entry screen ('Fertig'). The format is checked before sending."""
        secret = digits if isinstance(digits, Secret) else Secret(digits)
        v = self.view
        if v.screen not in ENTRY_SCREENS or v.entry is None:
            secret.wipe()
            return []
        if not secret.is_digits():
            secret.wipe()
            self.view = replace(v, notice=Notice.NOT_DIGITS, notice_args=())
            return []
        if len(secret) != v.digits:
            typed = len(secret)
            secret.wipe()
            self.view = replace(v, notice=Notice.WRONG_LENGTH, notice_args=(v.digits, typed))
            return []
        if v.screen is Screen.NEW_PIN:
            self._drop_held()
            weak = weak_pin(secret.reveal())
            self._held_new_pin = secret
            if weak is not None:
                self._show(Screen.NEW_PIN_ADVICE, entry=Entry.NEW_PIN, digits=6, weak=weak)
            else:
                self._show(Screen.NEW_PIN_REPEAT, entry=Entry.NEW_PIN, digits=6)
            return []
        if v.screen is Screen.NEW_PIN_REPEAT:
            held = self._held_new_pin
            if held is None or held != secret:
                secret.wipe()
                self._drop_held()
                self._show(Screen.NEW_PIN, entry=Entry.NEW_PIN, digits=6, notice=Notice.MISMATCH)
                return []
            held.wipe()
            self._held_new_pin = None
            self._sent_new_pin = True
            return self._send(Entry.NEW_PIN, secret)
        return self._send(v.entry, secret)

    def _send(self, entry: Entry, secret: Secret | None) -> list[Command]:
        self._awaiting = entry
        self._sent_counter = self._counter
        if secret is None:  # keypad reader: the person types on the reader
            self._show(Screen.KEYPAD, entry=entry, digits=self._digits(entry))
        else:
            self._show(Screen.WORKING, entry=entry)
        return [Command(_SENDS[entry], secret)]

    def _digits(self, entry: Entry) -> int:
        if entry is Entry.PIN:
            return self.letter.value if self.letter else 6
        return ENTRY_DIGITS[entry]

    def keep_weak_pin(self) -> list[Command]:
        """'Trotzdem diese PIN nehmen' on the advice screen."""
        if self.view.screen is Screen.NEW_PIN_ADVICE and self._held_new_pin is not None:
            self._show(Screen.NEW_PIN_REPEAT, entry=Entry.NEW_PIN, digits=6)
        return []

    def choose_other_pin(self) -> list[Command]:
        """'Eine andere PIN wählen' on the advice screen."""
        if self.view.screen is Screen.NEW_PIN_ADVICE:
            self._drop_held()
            self._show(Screen.NEW_PIN, entry=Entry.NEW_PIN, digits=6)
        return []

    def confirm_last_try(self) -> list[Command]:
        """'Ja, ich bin sicher' on the full stop before the last PIN try."""
        if self.view.screen is not Screen.LAST_TRY_STOP:
            return []
        self._stop_confirmed = True
        if self._keypad:
            return self._send(Entry.PIN, None)
        self._show(Screen.PIN, entry=Entry.PIN, digits=self._digits(Entry.PIN))
        return []

    def choose_office(self) -> list[Command]:
        """'Ich gehe lieber zum Bürgerbüro' (stop screen, tries-left screens, PUK screen)."""
        if self.ended:
            return []
        if self.view.screen is Screen.PUK or self._counter == 0:
            return self._end(Ending.NO_PUK)
        return self._end(Ending.OFFICE)

    def cancel(self) -> list[Command]:
        """'Abbrechen': stop here; nothing is changed."""
        if self.ended:
            return []
        return self._end(Ending.CANCELLED)

    def go_back(self) -> tuple[bool, list[Command]]:
        """'Zurück' inside the flow. (False, …) means: leave the page (the caller cancels)."""
        s = self.view.screen
        if s is Screen.NEW_PIN_REPEAT or s is Screen.NEW_PIN_ADVICE:
            self._drop_held()
            self._show(Screen.NEW_PIN, entry=Entry.NEW_PIN, digits=6)
            return True, []
        if s is Screen.PIN and self._awaiting is None:
            # the SDK keeps waiting for the PIN; the person may correct which letter they have
            self.view = View(Screen.LETTER, letter=self.letter)
            return True, []
        return False, []

    def leave(self) -> list[Command]:
        """The page is closed: cancel a running workflow and forget everything held."""
        self._drop_held()
        if self._running:
            self._running = False
            return [Command("CANCEL")]
        return []

    def start_again(self) -> list[Command]:
        """'Noch einmal versuchen' on an ending where nothing changed."""
        if not self.ended:
            return []
        if self.watch.link is not Link.CONNECTED:
            self._reset_run()
            self._show(Screen.WAIT_APP, app_reason=self.watch.link)
            return []
        if self.letter is None:
            self._reset_run()
            self.view = View(Screen.LETTER)
            return []
        out = [Command("CANCEL")] if self._running else []
        return out + self._start_run()

    # -- what AusweisApp says ----------------------------------------------------------------
    def receive(self, message: Any) -> list[Command]:
        d = _msg(message)
        kind = d.get("msg")
        self.watch.feed(d)
        if not isinstance(kind, str):
            log.info("eID: a message without a type was ignored")
            return self._misunderstood()
        handler = getattr(self, "_on_" + kind.lower(), None)
        if handler is None:
            log.info("eID: message %s ignored here", kind if kind.isupper() and len(kind) < 40 else "?")
            return []
        try:
            return handler(d)
        except (TypeError, ValueError, AttributeError, KeyError):
            log.warning("eID: message %s had an unexpected shape", kind[:40])
            return self._misunderstood()

    def _misunderstood(self) -> list[Command]:
        if self.ended:
            return []
        back = self._entry_screen if self.view.screen is Screen.WORKING and self._entry_screen else self.view
        self.view = replace(back, notice=Notice.MISUNDERSTOOD, notice_args=())
        self._awaiting = None
        return []

    def _reader_info(self, d: Mapping[str, Any]) -> Card | None:
        raw = d.get("reader")
        r = Reader.from_sdk(raw) if isinstance(raw, Mapping) else None
        if r is None:
            return None
        self._reader = r.name
        self._keypad = r.keypad
        if r.card is not None:
            self._had_card = True
            if r.card.retry_counter is not None:
                self._counter = r.card.retry_counter
            self._inoperative = self._inoperative or r.card.inoperative
        return r.card

    def _answered(self, entry: Entry) -> Entry | None:
        """The SET_* this ENTER_* message answers (None: AusweisApp asks for the first time)."""
        sent, self._awaiting = self._awaiting, None
        return sent

    def _on_change_pin(self, d: Mapping[str, Any]) -> list[Command]:
        if "success" not in d:
            return []  # the workflow has started
        was_running = self._running
        self._running = False
        if self._restart_after_cancel:
            self._restart_after_cancel = False
            return self._start_run()
        if self.ended:
            return []
        if not was_running:
            return []
        if d.get("success") is True:
            if self._sent_new_pin or self._keypad_new_pin:
                self._drop_held()
                self.view = View(Screen.END, ending=Ending.CHANGED, letter=self.letter, tries_left=3)
                return []
            log.info("eID: AusweisApp reported success without a new PIN; treated as nothing changed")
            return self._end(Ending.NOTHING_CHANGED)
        if self._cancel_ending is not None:
            return self._end(self._cancel_ending)
        if self._inoperative:
            return self._end(Ending.INOPERATIVE)
        return self._end(Ending.NOTHING_CHANGED)

    def _entry_or_keypad(self, entry: Entry, **kw: Any) -> list[Command]:
        if self._keypad:
            self._send(entry, None)
            self.view = replace(self.view, **{k: v for k, v in kw.items() if k in ("notice", "notice_args")})
            if entry is Entry.NEW_PIN:
                self._keypad_new_pin = True
            return [Command(_SENDS[entry])]
        self._show(_ENTRY_SCREEN[entry], entry=entry, digits=self._digits(entry), **kw)
        return []

    def _on_enter_pin(self, d: Mapping[str, Any]) -> list[Command]:
        if self.ended or not self._running:
            return []
        before = self._sent_counter
        card = self._reader_info(d)
        sent = self._answered(Entry.PIN)
        notice, args = None, ()
        if d.get("error"):
            notice = Notice.REFUSED_FORMAT
        elif sent is Entry.PIN and before is not None and self._counter is not None and self._counter < before:
            notice, args = Notice.PIN_WRONG, (self._counter,)
        elif sent is Entry.PUK:
            notice = Notice.PUK_OK
            self._stop_confirmed = False
        elif sent is Entry.CAN:
            notice = Notice.CAN_OK
        if card is not None and card.deactivated:
            return self._end(Ending.DEACTIVATED)
        if self._counter == 1 and not self._stop_confirmed:
            self._show(Screen.LAST_TRY_STOP, notice=notice, notice_args=args)
            return []
        return self._entry_or_keypad(Entry.PIN, notice=notice, notice_args=args)

    def _on_enter_can(self, d: Mapping[str, Any]) -> list[Command]:
        if self.ended or not self._running:
            return []
        self._reader_info(d)
        self._counter = 1  # the CAN is asked exactly before the last PIN try
        sent = self._answered(Entry.CAN)
        notice, args = None, ()
        if d.get("error"):
            notice = Notice.REFUSED_FORMAT
        elif sent is Entry.CAN:
            notice = Notice.CAN_WRONG
        elif sent is Entry.PIN:
            notice, args = Notice.PIN_WRONG, (1,)
        self._stop_confirmed = False
        return self._entry_or_keypad(Entry.CAN, notice=notice, notice_args=args)

    def _on_enter_puk(self, d: Mapping[str, Any]) -> list[Command]:
        if self.ended or not self._running:
            return []
        card = self._reader_info(d)
        if card is not None and card.deactivated:
            return self._end(Ending.DEACTIVATED)
        self._counter = 0
        sent = self._answered(Entry.PUK)
        notice, args = None, ()
        if d.get("error"):
            notice = Notice.REFUSED_FORMAT
        elif sent is Entry.PUK:
            notice = Notice.PUK_WRONG
        elif sent is Entry.PIN:
            notice, args = Notice.PIN_WRONG, (0,)
        if self._inoperative:
            return self._end(Ending.INOPERATIVE)
        return self._entry_or_keypad(Entry.PUK, notice=notice, notice_args=args)

    def _on_enter_new_pin(self, d: Mapping[str, Any]) -> list[Command]:
        if self.ended or not self._running:
            return []
        self._reader_info(d)
        sent = self._answered(Entry.NEW_PIN)
        notice = None
        if d.get("error"):
            notice = Notice.REFUSED_FORMAT
        elif sent is Entry.NEW_PIN:
            notice = Notice.NOT_READY
        if sent is Entry.NEW_PIN:
            self._sent_new_pin = False  # it was not taken; a success now would be false
        if self._keypad:
            return self._entry_or_keypad(Entry.NEW_PIN, notice=notice)
        self._drop_held()
        self._show(Screen.NEW_PIN, entry=Entry.NEW_PIN, digits=6, notice=notice)
        return []

    def _on_insert_card(self, d: Mapping[str, Any]) -> list[Command]:
        if self.ended or not self._running or d.get("error"):
            return []
        self._awaiting = None  # a value sent now waits inside AusweisApp until the card is back
        if self._had_card:
            self._show(Screen.CARD_REMOVED, resume=None)
        else:
            self._show(Screen.INSERT_CARD)
        return []

    def _on_reader(self, d: Mapping[str, Any]) -> list[Command]:
        if self.ended:
            return []
        r = Reader.from_sdk(d)
        if r is None:
            return []
        if self.view.screen is Screen.LETTER and not self._running:
            # the card already answers some questions: skip them
            card = self.watch.card_reader()
            if card is not None and card.card is not None:
                if card.card.deactivated:
                    return self._end(Ending.DEACTIVATED)
                if card.card.inoperative and card.card.retry_counter == 0:
                    return self._end(Ending.INOPERATIVE)
            return []
        if not self._running:
            return []
        if self._reader is not None and r.name != self._reader:
            return []
        if self._reader is None:
            if r.card is None or (r.is_builtin_simulator and not self.watch.include_simulator):
                return []
            self._reader = r.name  # the card for this run lies on this reader
        if r.card is None:
            if self._had_card and self.view.screen not in (Screen.CARD_REMOVED, Screen.INSERT_CARD):
                self._show(Screen.CARD_REMOVED, resume=self.view.screen)
                self.view = replace(self.view, resume=self._resume_target())
            return []
        self._had_card = True
        if r.card.retry_counter is not None:
            self._counter = r.card.retry_counter
        if r.card.inoperative:
            self._inoperative = True
        if r.card.deactivated:
            return self._end(Ending.DEACTIVATED)
        if self.view.screen is Screen.CARD_REMOVED and self.view.resume is not None:
            target = self._entry_screen
            if target is not None:
                self.view = replace(target, notice=Notice.CARD_BACK, notice_args=())
        elif self.view.screen is Screen.CARD_REMOVED or self.view.screen is Screen.INSERT_CARD:
            self._show(Screen.WORKING)
        return []

    def _resume_target(self) -> Screen | None:
        e = self._entry_screen
        return e.screen if e is not None and self._awaiting is None else None

    def _on_bad_state(self, d: Mapping[str, Any]) -> list[Command]:
        cmd = d.get("error")
        if cmd == "RUN_CHANGE_PIN":  # a workflow was still running: end it, start ours
            self._restart_after_cancel = True
            return [Command("CANCEL")]
        if cmd == "CANCEL":
            self._running = False
            if self._restart_after_cancel:
                self._restart_after_cancel = False
                return self._start_run()
            if self._cancel_ending is not None and not self.ended:
                return self._end(self._cancel_ending)
            return []
        if self.ended:
            return []
        if isinstance(cmd, str) and cmd.startswith("SET_"):
            if cmd == "SET_NEW_PIN":
                self._sent_new_pin = False
            self._awaiting = None
            back = self._entry_screen or self.view
            self.view = replace(back, notice=Notice.NOT_READY, notice_args=())
            if back.screen is Screen.NEW_PIN_REPEAT:
                self.view = replace(self.view, screen=Screen.NEW_PIN)
            return []
        return self._misunderstood()

    def _on_invalid(self, d: Mapping[str, Any]) -> list[Command]:
        return self._misunderstood()

    _on_unknown_command = _on_invalid


_ENTRY_SCREEN = {Entry.PIN: Screen.PIN, Entry.CAN: Screen.CAN, Entry.PUK: Screen.PUK, Entry.NEW_PIN: Screen.NEW_PIN}


# --------------------------------------------------------------------------------------------
# the read-only card check
# --------------------------------------------------------------------------------------------


class CardCheck:
    """``eid.read-card``: what state is the card in? Never sends a PIN, CAN or PUK.

    Usually the pushed ``READER`` message says it all. If the counter is unknown, it starts
    ``RUN_CHANGE_PIN`` and cancels at the first ``ENTER_*`` (its reader info carries the counter;
    ``ENTER_CAN`` means 1 try left, ``ENTER_PUK`` blocked).
    """

    def __init__(self, *, include_simulator: bool = False) -> None:
        self.watch = ReaderWatch(include_simulator=include_simulator)
        self.result: str | None = None
        self._probing = False

    def status(self) -> StripStatus:
        return self.watch.status()

    def connected(self) -> list[Command]:
        self.watch.set_link(Link.CONNECTED)
        self.result = None
        return [Command("GET_READER_LIST")]

    def disconnected(self, reason: str = "closed") -> list[Command]:
        self.watch.set_link(link_for_reason(reason))
        self._probing = False
        return []

    def receive(self, message: Any) -> list[Command]:
        d = _msg(message)
        kind = d.get("msg")
        self.watch.feed(d)
        if self._probing:
            return self._probe_answer(kind, d)
        if kind in ("READER", "READER_LIST"):
            return self._look()
        return []

    def _look(self) -> list[Command]:
        r = self.watch.card_reader()
        if r is None or r.card is None:
            self.result = None
            return []
        outcome = r.card.outcome
        if outcome is not None:
            self.result = outcome
            return []
        self._probing = True
        return [Command("RUN_CHANGE_PIN")]

    def _probe_answer(self, kind: Any, d: Mapping[str, Any]) -> list[Command]:
        raw = d.get("reader") if isinstance(d.get("reader"), Mapping) else {}
        card = Card.from_sdk(raw.get("card")) if raw else None
        if kind == "ENTER_PIN":
            self.result = card.outcome if card and card.outcome else "tries-3"
        elif kind == "ENTER_CAN":
            self.result = "tries-1"
        elif kind == "ENTER_PUK":
            self.result = "inoperative" if card and card.inoperative else "blocked"
        elif kind == "ENTER_NEW_PIN":
            self.result = "tries-3"
        elif kind == "READER":
            r = self.watch.card_reader()
            if r is not None and r.card is not None and r.card.deactivated:
                self.result = "deactivated"
            else:
                return []
        elif kind == "CHANGE_PIN" and "success" in d:
            self._probing = False
            return self._look() if self.result is None else []
        elif kind == "BAD_STATE" and d.get("error") == "RUN_CHANGE_PIN":
            return [Command("CANCEL")]
        else:
            return []
        return [Command("CANCEL")]
