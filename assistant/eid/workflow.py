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
import itertools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, cast

from assistant.eid import messages as m
from assistant.eid.messages import CardInfo, Command, ReaderInfo, Secret
from assistant.eid.transport import Reason

log = logging.getLogger(__name__)

_DIGITS = re.compile(r"[0-9]*")


def wipe(cmd: Command) -> None:
    """Forget the secret a command carried (call right after sending it)."""
    if cmd.secret is not None:
        cmd.secret.wipe()


def parsed(message: Any) -> m.AnyMessage | m.ProtocolError:
    """A received message as a typed message: plain dicts (tests, replays) are parsed here."""
    if isinstance(message, m.ProtocolError):
        return message
    if isinstance(message, m.Message):
        return cast("m.AnyMessage", message)  # every Message class is one of AnyMessage
    return m.parse_object(message)


def counter_of(card: CardInfo | None) -> int | None:
    """The card's retry counter, None if AusweisApp did not say (missing, or -1 = unknown)."""
    if card is None or card.retry_counter is None or not 0 <= card.retry_counter <= 3:
        return None
    return card.retry_counter


def outcome_of(reader: ReaderInfo | None) -> str | None:
    """The ``eid.read-card`` outcome for the card on ``reader``; None if unknown or no card."""
    if reader is None or reader.card is None:
        return None
    if not reader.card.deactivated and not reader.card.inoperative and counter_of(reader.card) is None:
        return None
    state = m.card_state(reader)
    return state.kind if state is not None else None


SIMULATOR = "Simulator"
NEEDED_API_LEVEL = 2  # READER messages with the card's state, SET_CARD, GET_STATUS (AusweisApp 1.26.2: 1 and 2)


def hello() -> list[Command]:
    """What a page asks as soon as AusweisApp answers: its version and API levels."""
    return [m.get_info(), m.get_api_level()]


def is_builtin_simulator(reader: ReaderInfo) -> bool:
    """AusweisApp's own "Simulator" reader, present whenever a client is connected."""
    return reader.name == SIMULATOR


# --------------------------------------------------------------------------------------------
# readers and cards
# --------------------------------------------------------------------------------------------


class ConnectionState(str, Enum):
    """The connection to AusweisApp, as the status strip tells it."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    NOT_RUNNING = "not-running"
    BUSY = "busy"
    LOST = "lost"  # it was there and went away


class Strip(str, Enum):
    CONNECTING = "connecting"
    APP_MISSING = "app-missing"
    APP_TOO_OLD = "app-too-old"  # it answers, but without the API level Lotse needs
    APP_BUSY = "app-busy"
    APP_LOST = "app-lost"
    NO_READER = "no-reader"
    NO_CARD = "no-card"
    CARD = "card"


@dataclass(frozen=True)
class StripStatus:
    kind: Strip
    card: CardInfo | None = None
    keypad: bool = False
    outcome: str | None = None  # the eid.read-card outcome the card's state means (CARD only)
    version: str = ""  # AusweisApp's version, as it said (APP_TOO_OLD names it)


def link_for_reason(reason: str) -> ConnectionState:
    """The connection layer's disconnect reason (``transport.Reason``) as a ConnectionState."""
    if reason == Reason.BUSY:
        return ConnectionState.BUSY
    if reason in (Reason.NOT_RUNNING, Reason.WRONG_SERVICE, Reason.REFUSED_ADDRESS):
        return ConnectionState.NOT_RUNNING
    return ConnectionState.LOST


class ReaderWatch:
    """The readers AusweisApp reported (pushed ``READER``, ``READER_LIST``, the reader of ``ENTER_*``).

    AusweisApp's built-in "Simulator" reader is always listed; it is not a card reader on the desk,
    so it never counts (unless ``include_simulator``: tests against AusweisApp's Simulator).
    """

    def __init__(self, *, include_simulator: bool = False) -> None:
        self.readers: dict[str, ReaderInfo] = {}
        self.link = ConnectionState.CONNECTING
        self.include_simulator = include_simulator
        self.version = ""  # INFO's Implementation-Version, once asked (GET_INFO at connect)
        self.api_levels: tuple[int, ...] | None = None  # API_LEVEL's available levels, once asked

    @property
    def too_old(self) -> bool:
        """AusweisApp does not offer the API level Lotse speaks (it needs a newer AusweisApp)."""
        return self.api_levels is not None and NEEDED_API_LEVEL not in self.api_levels

    def feed(self, message: Any) -> bool:
        """Take one received message; True if the reader picture changed."""
        msg = parsed(message)
        before = dict(self.readers)
        if isinstance(msg, m.InfoMessage) and msg.version:
            self.version = msg.version
        elif isinstance(msg, m.ApiLevelMessage) and msg.available is not None:
            self.api_levels = tuple(msg.available)
        if isinstance(msg, m.ReaderMessage):
            r = msg.reader
            if r is None:
                return False
            if r.attached:
                self.readers[r.name] = r
            else:
                self.readers.pop(r.name, None)
        elif isinstance(msg, m.ReaderListMessage):
            self.readers = {r.name: r for r in msg.readers if r.attached}
        elif isinstance(msg, m.EnterMessage) and msg.reader is not None and msg.reader.attached:
            self.readers[msg.reader.name] = msg.reader
        return before != self.readers

    def set_link(self, link: ConnectionState) -> None:
        self.link = link
        if link is not ConnectionState.CONNECTED:
            self.readers.clear()
            self.version, self.api_levels = "", None  # another AusweisApp may answer next time

    def needs_reader_list(self) -> bool:
        """Connected, and AusweisApp reported no reader at all (not even its Simulator): the start-up
        race of docs/eid.md, where the list stays empty on this connection. Ask again."""
        return self.link is ConnectionState.CONNECTED and not self.readers

    def counted(self) -> list[ReaderInfo]:
        return [r for r in self.readers.values() if self.include_simulator or not is_builtin_simulator(r)]

    def card_reader(self, prefer: str | None = None) -> ReaderInfo | None:
        """The reader with a card on it (``prefer`` first), else None."""
        counted = [r for r in self.counted() if r.card is not None]
        for r in counted:
            if r.name == prefer:
                return r
        return counted[0] if counted else None

    def status(self) -> StripStatus:
        simple = {
            ConnectionState.CONNECTING: Strip.CONNECTING,
            ConnectionState.NOT_RUNNING: Strip.APP_MISSING,
            ConnectionState.BUSY: Strip.APP_BUSY,
            ConnectionState.LOST: Strip.APP_LOST,
        }
        if self.link in simple:
            return StripStatus(simple[self.link])
        if self.too_old:
            return StripStatus(Strip.APP_TOO_OLD, version=self.version)
        counted = self.counted()
        if not counted:
            return StripStatus(Strip.NO_READER)
        r = self.card_reader()
        if r is None:
            return StripStatus(Strip.NO_CARD, keypad=any(x.keypad for x in counted))
        return StripStatus(Strip.CARD, card=r.card, keypad=r.keypad, outcome=outcome_of(r))


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
    WAIT_ANSWER = "wait-answer"  # "Abbrechen" after the new PIN may have reached the card: AusweisApp's answer decides
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
    UNCERTAIN = "uncertain"  # the new PIN may have reached the card, and AusweisApp did not say it worked
    OFFICE = "office"  # the person chose the office
    FORGOT = "forgot"  # the person does not know the PIN: office, do not guess
    NO_PUK = "no-puk"  # blocked, no PUK at hand: office
    DEACTIVATED = "deactivated"  # online function switched off: office
    INOPERATIVE = "inoperative"  # PUK used up: office

    @property
    def outcome(self) -> str:
        """The ``eid.change-pin`` outcome (see assistant/ui/capabilities.py)."""
        if self in (Ending.CHANGED, Ending.UNCERTAIN, Ending.DEACTIVATED, Ending.INOPERATIVE):
            return str(self.value)
        if self in (Ending.CANCELLED, Ending.NOTHING_CHANGED):
            return "not-changed"
        return "office"


class EidNotice(str, Enum):
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
    notice: EidNotice | None = None
    notice_args: tuple[int, ...] = ()
    weak: Weak | None = None
    ending: Ending | None = None
    app_reason: ConnectionState | None = None  # on APP_GONE / WAIT_APP
    cause: str = (
        ""  # UNCERTAIN: "lost" (the connection went), "failed" (AusweisApp said no), "stopped" (no more waiting)
    )
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
    steps = {(b - a) for a, b in itertools.pairwise(d)}
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
    return 1920 <= year_first <= 2029 and 1 <= int(pin[4:]) <= 12  # yyyymm: 198512


# --------------------------------------------------------------------------------------------
# the PIN change
# --------------------------------------------------------------------------------------------


class ChangePin:
    """RUN_CHANGE_PIN, step by step. Each method returns the commands to send (maybe none).

    The driver (the UI page) sends each command and calls :func:`wipe` on it right after.
    ``view`` says what to show. Nothing here blocks or waits; nothing times out.
    """

    def __init__(
        self, *, connected: bool = False, include_simulator: bool = False, simulator_card: bool = False
    ) -> None:
        """``simulator_card``: use AusweisApp's built-in Simulator card (``SET_CARD`` after
        ``INSERT_CARD``) instead of a card on a reader — demonstrations and tests with the real
        AusweisApp; it implies ``include_simulator``."""
        self.watch = ReaderWatch(include_simulator=include_simulator or simulator_card)
        self.watch.set_link(ConnectionState.CONNECTED if connected else ConnectionState.CONNECTING)
        self.simulator_card = simulator_card
        self.letter: Letter | None = None
        self._held_new_pin: Secret | None = None
        self._carry: EidNotice | None = None  # a notice for the next screen (AusweisApp came back)
        self.view = View(Screen.LETTER)
        self._reset_run()

    # -- run bookkeeping ---------------------------------------------------------------------
    def _reset_run(self) -> None:
        self._running = False  # RUN_CHANGE_PIN sent and not finished
        self._sent_new_pin = False  # this run really sent SET_NEW_PIN
        self._keypad_new_pin = False  # ... or reached ENTER_NEW_PIN on a keypad reader
        self._cancel_pending = False  # "Abbrechen" in the new-PIN window: waiting for AusweisApp's answer
        self._awaiting: Entry | None = None  # the SET_* just sent, waiting for its answer
        self._sent_counter: int | None = None
        self._counter: int | None = None
        self._keypad = False
        self._reader: str | None = None
        self._stop_confirmed = False
        self._restart_after_cancel = False
        self._inoperative = False
        self._entry_screen: View | None = None  # the last screen AusweisApp asked for
        self._had_card = False
        self._drop_held()

    def _drop_held(self) -> None:
        if self._held_new_pin is not None:
            self._held_new_pin.wipe()
        self._held_new_pin = None

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
        if self._carry is not None and kw.get("notice") is None and screen is not Screen.END:
            kw["notice"], kw["notice_args"] = self._carry, ()
            if screen is not Screen.WORKING:
                self._carry = None  # said once, on the first screen the person acts on
        kw.setdefault("letter", self.letter)
        kw.setdefault("keypad", self._keypad)
        kw.setdefault("tries_left", self._counter)
        self.view = View(screen, **kw)
        if screen in ENTRY_SCREENS or screen in (Screen.KEYPAD, Screen.LAST_TRY_STOP):
            self._entry_screen = self.view

    @property
    def new_pin_may_be_on_card(self) -> bool:
        """The new PIN may have reached the card: this run sent ``SET_NEW_PIN``, or a keypad reader
        was asked for it. From here on the only endings are CHANGED (AusweisApp said so for this
        run) and UNCERTAIN."""
        return self._sent_new_pin or self._keypad_new_pin

    def _end(self, ending: Ending, *, tries_left: int | None = None, cause: str = "") -> list[Command]:
        if self.new_pin_may_be_on_card and ending not in (Ending.CHANGED, Ending.UNCERTAIN):
            log.info("eID: ending %s after the new PIN may have reached the card; said as uncertain", ending.value)
            ending, cause = Ending.UNCERTAIN, cause or "failed"
        out = [m.cancel()] if self._running else []
        self._drop_held()
        self.view = View(
            Screen.END,
            ending=ending,
            letter=self.letter,
            cause=cause,
            tries_left=self._counter if tries_left is None else tries_left,
        )
        return out

    def _start_run(self) -> list[Command]:
        self._reset_run()
        self._running = True
        self._show(Screen.WORKING)
        return [m.run_change_pin()]

    # -- connection events -------------------------------------------------------------------
    def connected(self) -> list[Command]:
        was = self.view
        self.watch.set_link(ConnectionState.CONNECTED)
        if was.screen in (Screen.WAIT_APP, Screen.APP_GONE):
            if was.screen is Screen.APP_GONE:
                self._carry = EidNotice.RESTARTED
            return self._start_run()
        return []

    def disconnected(self, reason: str = Reason.CLOSED) -> list[Command]:
        if reason == Reason.STOPPED:
            self._running = False
            return []
        link = link_for_reason(reason)
        self.watch.set_link(link)
        if self.ended:
            self._running = False
            return []
        if self.new_pin_may_be_on_card:
            self._running = False  # AusweisApp ends the workflow with the connection: no answer will come
            return self._end(Ending.UNCERTAIN, cause="lost")
        if self.view.screen is Screen.LETTER and not self._running:
            return []
        if self.view.screen in (Screen.APP_GONE, Screen.WAIT_APP):
            self.view = replace(self.view, app_reason=link)
            return []
        resume = self.view.screen
        self._reset_run()  # AusweisApp ends the workflow when the connection goes
        self._show(Screen.APP_GONE, app_reason=link, resume=resume)
        return []

    # -- the person's actions ----------------------------------------------------------------
    def choose_letter(self, letter: Letter | None) -> list[Command]:
        """The answer to 'which PIN do you have?'; None = 'I do not know my PIN' (office)."""
        if self.ended:
            return []
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
        if self.watch.link is not ConnectionState.CONNECTED:
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
        if not _DIGITS.fullmatch(secret.reveal()):
            secret.wipe()
            self.view = replace(v, notice=EidNotice.NOT_DIGITS, notice_args=())
            return []
        if len(secret) != v.digits:
            typed = len(secret)
            secret.wipe()
            self.view = replace(v, notice=EidNotice.WRONG_LENGTH, notice_args=(v.digits, typed))
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
                self._show(Screen.NEW_PIN, entry=Entry.NEW_PIN, digits=6, notice=EidNotice.MISMATCH)
                return []
            self._drop_held()
            self._sent_new_pin = True
            return self._send(Entry.NEW_PIN, secret)
        return self._send(v.entry, secret)

    def _send(self, entry: Entry, secret: Secret | None) -> list[Command]:
        self._awaiting = entry
        self._sent_counter = self._counter
        if secret is None:  # keypad reader: the person types on the reader
            self._show(Screen.KEYPAD, entry=entry, digits=self._digits(entry))
            if entry is Entry.NEW_PIN:
                self._keypad_new_pin = True
        else:
            self._show(Screen.WORKING, entry=entry)
        return [_BUILDERS[entry](secret)]

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
        """'Abbrechen': stop here. Before the new PIN may have reached the card nothing is changed;
        after that, AusweisApp's answer to ``CANCEL`` decides (the screen says we wait for it)."""
        if self.ended or self.view.screen is Screen.WAIT_ANSWER:
            return []
        if self.new_pin_may_be_on_card and self._running:
            self._cancel_pending = True
            self._awaiting = None
            self._show(Screen.WAIT_ANSWER)
            return [m.cancel()]
        return self._end(Ending.CANCELLED)

    def stop_waiting(self) -> list[Command]:
        """'Nicht mehr warten' on the wait for AusweisApp's answer: we do not know, so we say so."""
        if self.view.screen is not Screen.WAIT_ANSWER:
            return []
        self._running = False
        return self._end(Ending.UNCERTAIN, cause="stopped")

    def go_back(self) -> tuple[bool, list[Command]]:
        """'Zurück' inside the flow. (False, …) means: leave the page (then call ``leave``)."""
        s = self.view.screen
        if self.new_pin_may_be_on_card and not self.ended:
            return True, self.cancel()  # leaving now could hide a changed PIN: wait for the answer
        if s is Screen.NEW_PIN_REPEAT or s is Screen.NEW_PIN_ADVICE:
            self._drop_held()
            self._show(Screen.NEW_PIN, entry=Entry.NEW_PIN, digits=6)
            return True, []
        if s is Screen.PIN and self._awaiting is None:
            # AusweisApp keeps waiting for the PIN; the person may correct which letter they have
            self.view = View(Screen.LETTER, letter=self.letter)
            return True, []
        return False, []

    def leave(self) -> list[Command]:
        """The page is closed: cancel a running workflow and forget everything held."""
        self._drop_held()
        if self._running:
            self._running = False
            return [m.cancel()]
        return []

    def start_again(self) -> list[Command]:
        """'Noch einmal versuchen' on an ending where nothing changed."""
        if not self.ended:
            return []
        out = [m.cancel()] if self._running else []
        if self.letter is None:
            self._reset_run()
            self.view = View(Screen.LETTER)
            return out
        if self.watch.link is not ConnectionState.CONNECTED:
            self._reset_run()
            self._show(Screen.WAIT_APP, app_reason=self.watch.link)
            return out
        return out + self._start_run()

    # -- what AusweisApp says ----------------------------------------------------------------
    def receive(self, message: Any) -> list[Command]:
        msg = parsed(message)
        if isinstance(msg, m.ProtocolError):
            log.info("eID: a message could not be read (%s)", msg.kind)
            return self._misunderstood()
        self.watch.feed(msg)
        handler = _HANDLERS.get(type(msg))
        if self._cancel_pending and not isinstance(msg, (m.ChangePinMessage, m.BadStateMessage)):
            return []  # waiting for AusweisApp's answer to CANCEL: nothing else is asked now
        if handler is None:
            log.info("eID: message %s ignored here", msg.msg[:40] if isinstance(msg.msg, str) else "?")
            return []
        return handler(self, msg)

    def _misunderstood(self) -> list[Command]:
        if self.ended:
            return []
        if self.view.screen is Screen.WAIT_ANSWER:
            return []  # still waiting for the answer to CANCEL
        back = self._entry_screen if self.view.screen is Screen.WORKING and self._entry_screen else self.view
        # an unreadable message proves nothing about the new PIN: the window stays open
        self._awaiting = None
        self.view = replace(back, notice=EidNotice.MISUNDERSTOOD, notice_args=())
        return []

    def _take_reader(self, reader: ReaderInfo | None) -> CardInfo | None:
        if reader is None:
            return None
        self._reader = reader.name
        self._keypad = reader.keypad
        card = reader.card
        if card is not None:
            self._had_card = True
            if counter_of(card) is not None:
                self._counter = counter_of(card)
            self._inoperative = self._inoperative or card.inoperative
        return card

    def _answered(self) -> Entry | None:
        """The SET_* this ENTER_* message answers (None: AusweisApp asks for the first time)."""
        sent, self._awaiting = self._awaiting, None
        return sent

    def _asked_again(
        self, msg: m.EnterMessage, entry: Entry, wrong: EidNotice
    ) -> tuple[EidNotice | None, tuple[int, ...]]:
        """Why AusweisApp asks for the CAN/PUK (again): a format error, the value was wrong, or the
        PIN before was wrong (then ``self._counter`` tries are left); None the first time."""
        sent = self._answered()
        if msg.error:
            return EidNotice.REFUSED_FORMAT, ()
        if sent is entry:
            return wrong, ()
        if sent is Entry.PIN:
            return EidNotice.PIN_WRONG, (self._counter or 0,)
        return None, ()

    def _on_change_pin(self, msg: m.ChangePinMessage) -> list[Command]:
        if msg.started:
            # a card seen before this run may already tell: switched off (AusweisApp then waits
            # silently) or PUK used up (AusweisApp will fail)
            on = self.watch.card_reader(self._reader)
            if self._running and not self.ended and on is not None and on.card is not None:
                if on.card.deactivated:
                    return self._end(Ending.DEACTIVATED)
                self._inoperative = self._inoperative or on.card.inoperative
            return []
        was_running, self._running = self._running, False
        if self._restart_after_cancel:
            self._restart_after_cancel = False
            return self._start_run()
        if msg.success and self.new_pin_may_be_on_card and (not self.ended or self.view.ending is Ending.UNCERTAIN):
            return self._end(Ending.CHANGED, tries_left=3)  # a success for a run that sent the new PIN always wins
        if self.ended or not was_running:
            return []
        if self._cancel_pending:
            return self._end(Ending.UNCERTAIN, cause="failed")
        if msg.success:
            log.info("eID: AusweisApp reported success without a new PIN; treated as nothing changed")
            return self._end(Ending.NOTHING_CHANGED)
        if self._inoperative:
            return self._end(Ending.INOPERATIVE)
        return self._end(Ending.NOTHING_CHANGED)

    def _ask(self, entry: Entry, notice: EidNotice | None, args: tuple[int, ...] = ()) -> list[Command]:
        """Show the entry screen for what AusweisApp asks (keypad readers: send without a value)."""
        if self._keypad:
            cmds = self._send(entry, None)
            self.view = replace(self.view, notice=notice, notice_args=args)
            return cmds
        self._show(_ENTRY_SCREEN[entry], entry=entry, digits=self._digits(entry), notice=notice, notice_args=args)
        return []

    def _on_enter_pin(self, msg: m.EnterPinMessage) -> list[Command]:
        if self.ended or not self._running:
            return []
        before = self._sent_counter
        card = self._take_reader(msg.reader)
        sent = self._answered()
        notice: EidNotice | None = None
        args: tuple[int, ...] = ()
        if msg.error:
            notice = EidNotice.REFUSED_FORMAT
        elif sent is Entry.PIN and before is not None and self._counter is not None and self._counter < before:
            notice, args = EidNotice.PIN_WRONG, (self._counter,)
        elif sent is Entry.PUK:
            notice = EidNotice.PUK_OK
            self._stop_confirmed = False
        elif sent is Entry.CAN:
            notice = EidNotice.CAN_OK
        if card is not None and card.deactivated:
            return self._end(Ending.DEACTIVATED)
        if self._counter == 1 and not self._stop_confirmed:
            self._show(Screen.LAST_TRY_STOP, notice=notice, notice_args=args)
            return []
        return self._ask(Entry.PIN, notice, args)

    def _on_enter_can(self, msg: m.EnterCanMessage) -> list[Command]:
        if self.ended or not self._running:
            return []
        self._take_reader(msg.reader)
        self._counter = 1  # the CAN is asked exactly before the last PIN try
        notice, args = self._asked_again(msg, Entry.CAN, EidNotice.CAN_WRONG)
        self._stop_confirmed = False
        return self._ask(Entry.CAN, notice, args)

    def _on_enter_puk(self, msg: m.EnterPukMessage) -> list[Command]:
        if self.ended or not self._running:
            return []
        card = self._take_reader(msg.reader)
        if card is not None and card.deactivated:
            return self._end(Ending.DEACTIVATED)
        self._counter = 0
        notice, args = self._asked_again(msg, Entry.PUK, EidNotice.PUK_WRONG)
        if self._inoperative:
            return self._end(Ending.INOPERATIVE)
        return self._ask(Entry.PUK, notice, args)

    def _on_enter_new_pin(self, msg: m.EnterNewPinMessage) -> list[Command]:
        if self.ended or not self._running:
            return []
        self._take_reader(msg.reader)
        sent = self._answered()
        notice = None
        if msg.error:
            notice = EidNotice.REFUSED_FORMAT
        elif sent is Entry.NEW_PIN:
            notice = EidNotice.NOT_READY
        if sent is Entry.NEW_PIN or self._keypad_new_pin:
            # asked again: the new PIN was not taken; a success now would be a false one
            self._sent_new_pin = self._keypad_new_pin = False
        if self._cancel_pending:
            return []  # the answer to CANCEL decides
        self._drop_held()
        if self._keypad:
            return self._ask(Entry.NEW_PIN, notice)
        self._show(Screen.NEW_PIN, entry=Entry.NEW_PIN, digits=6, notice=notice)
        return []

    def _on_insert_card(self, msg: m.InsertCardMessage) -> list[Command]:
        if self.ended or not self._running or msg.error:
            return []
        self._awaiting = None  # a value sent now waits inside AusweisApp until the card is back
        self._show(Screen.CARD_REMOVED if self._had_card else Screen.INSERT_CARD)
        if self.simulator_card and not self._had_card:
            return [m.set_card(SIMULATOR)]
        return []

    def _on_reader(self, msg: m.ReaderMessage) -> list[Command]:
        r = msg.reader
        if self.ended or r is None:
            return []
        if not self._running:
            if self.view.screen is Screen.LETTER:
                # the card already answers some questions: skip them
                on = self.watch.card_reader()
                if on is not None and on.card is not None:
                    if on.card.deactivated:
                        return self._end(Ending.DEACTIVATED)
                    if on.card.inoperative and counter_of(on.card) == 0:
                        return self._end(Ending.INOPERATIVE)
            return []
        if self._reader is None:
            if r.card is None or (is_builtin_simulator(r) and not self.watch.include_simulator):
                return []
            self._reader = r.name  # the card for this run lies on this reader
        if r.name != self._reader:
            return []
        if r.card is None or not r.attached:
            if self._had_card and self.view.screen not in (Screen.CARD_REMOVED, Screen.INSERT_CARD):
                e = self._entry_screen
                resume = e.screen if e is not None and self._awaiting is None else None
                self._show(Screen.CARD_REMOVED, resume=resume)
            return []
        self._take_reader(r)
        if r.card.deactivated:
            return self._end(Ending.DEACTIVATED)
        if self.view.screen is Screen.CARD_REMOVED and self.view.resume is not None and self._entry_screen:
            self.view = replace(self._entry_screen, notice=EidNotice.CARD_BACK, notice_args=())
        elif self.view.screen in (Screen.CARD_REMOVED, Screen.INSERT_CARD):
            self._show(Screen.WORKING)
        return []

    def _on_bad_state(self, msg: m.BadStateMessage) -> list[Command]:
        cmd = msg.error
        if cmd == "RUN_CHANGE_PIN":  # a workflow was still running: end it, start ours
            self._restart_after_cancel = True
            return [m.cancel()]
        if cmd == "CANCEL":
            self._running = False
            if self._cancel_pending and not self.ended:
                return self._end(Ending.UNCERTAIN, cause="failed")  # no workflow left to answer
            if self._restart_after_cancel:
                self._restart_after_cancel = False
                return self._start_run()
            return []
        if self.ended or self._cancel_pending:
            return []
        if isinstance(cmd, str) and cmd.startswith("SET_"):
            if cmd == "SET_NEW_PIN":
                self._sent_new_pin = False
            self._awaiting = None
            back = self._entry_screen or self.view
            if back.screen is Screen.NEW_PIN_REPEAT:
                back = replace(back, screen=Screen.NEW_PIN)
            self.view = replace(back, notice=EidNotice.NOT_READY, notice_args=())
            return []
        return self._misunderstood()

    def _on_invalid(self, msg: Any) -> list[Command]:
        return self._misunderstood()


_ENTRY_SCREEN = {Entry.PIN: Screen.PIN, Entry.CAN: Screen.CAN, Entry.PUK: Screen.PUK, Entry.NEW_PIN: Screen.NEW_PIN}
_BUILDERS = {Entry.PIN: m.set_pin, Entry.CAN: m.set_can, Entry.PUK: m.set_puk, Entry.NEW_PIN: m.set_new_pin}
_HANDLERS: dict[type[m.Message], Callable[..., list[Command]]] = {
    m.ChangePinMessage: ChangePin._on_change_pin,
    m.EnterPinMessage: ChangePin._on_enter_pin,
    m.EnterCanMessage: ChangePin._on_enter_can,
    m.EnterPukMessage: ChangePin._on_enter_puk,
    m.EnterNewPinMessage: ChangePin._on_enter_new_pin,
    m.InsertCardMessage: ChangePin._on_insert_card,
    m.ReaderMessage: ChangePin._on_reader,
    m.BadStateMessage: ChangePin._on_bad_state,
    m.InvalidMessage: ChangePin._on_invalid,
    m.UnknownCommandMessage: ChangePin._on_invalid,
}


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
        self.watch.set_link(ConnectionState.CONNECTED)
        self.result = None
        return [m.get_reader_list()]

    def disconnected(self, reason: str = Reason.CLOSED) -> list[Command]:
        if reason != Reason.STOPPED:
            self.watch.set_link(link_for_reason(reason))
        self._probing = False
        return []

    def receive(self, message: Any) -> list[Command]:
        msg = parsed(message)
        if isinstance(msg, m.ProtocolError):
            return []
        self.watch.feed(msg)
        if self._probing:
            return self._probe_answer(msg)
        if isinstance(msg, (m.ReaderMessage, m.ReaderListMessage)):
            return self._look()
        return []

    def _look(self) -> list[Command]:
        r = self.watch.card_reader()
        self.result = outcome_of(r)
        if r is None or self.result is not None:
            return []
        self._probing = True  # a card whose counter AusweisApp did not tell
        return [m.run_change_pin()]

    def _probe_answer(self, msg: Any) -> list[Command]:
        if isinstance(msg, m.EnterCanMessage):
            self.result = "tries-1"
        elif isinstance(msg, m.EnterPukMessage):
            card = msg.reader.card if msg.reader else None
            self.result = "inoperative" if card is not None and card.inoperative else "blocked"
        elif isinstance(msg, (m.EnterPinMessage, m.EnterNewPinMessage)):
            self.result = outcome_of(msg.reader) or "tries-3"
        elif isinstance(msg, m.ReaderMessage):
            r = self.watch.card_reader()
            if r is None or r.card is None or not r.card.deactivated:
                return []
            self.result = "deactivated"
        elif isinstance(msg, m.ChangePinMessage) and not msg.started:
            self._probing = False
            return []
        elif isinstance(msg, m.BadStateMessage) and msg.error == "RUN_CHANGE_PIN":
            return [m.cancel()]
        else:
            return []
        return [m.cancel()]
