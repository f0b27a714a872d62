"""The practice card ("Übungsmodus"): a simulated AusweisApp with a simulated ID card behind it.

It speaks the AusweisApp SDK protocol over WebSocket on 127.0.0.1 (port 0 → a free port), in a
background thread of this process, so the assistant's own :class:`~assistant.eid.client_qt.SdkClient`
talks to it exactly as to the real AusweisApp. Qt-free (``websockets`` + asyncio).

Practice values (public, never a real card's): PIN ``111111``, CAN ``222222``,
PUK ``3333333333``, transport PIN ``12345`` — the same as the recorded virtual test card.

Usage::

    card = PracticeCard("tries-1")      # or PracticeCard(retry_counter=1, keypad=True, …)
    url = card.start()                  # ws://127.0.0.1:<port>/eID-Kernel
    client.connect_to(url)
    card.remove_card(); card.insert_card()
    card.stop()

Scenarios (:data:`SCENARIOS`): ``tries-3`` (default), ``tries-2``, ``tries-1`` (CAN before the last
try), ``blocked`` (PUK), ``puk-used-up`` (PUK used 10 times; AusweisApp learns it only on trying),
``inoperative`` (known as used up), ``deactivated`` (online function off), ``transport-pin``
(card still has the 5-digit transport PIN), ``keypad`` (a reader with its own keypad),
``no-card`` (reader empty until :meth:`insert_card`), ``simulator-only`` (only AusweisApp's
built-in Simulator reader, like a computer without a card reader).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from assistant.core.json_types import JsonObject
from assistant.eid.practice_engine import (
    SIMULATOR,
    CardSpec,
    Chip,
    PracticeEngine,
    Reader,
)
from assistant.eid.transport import DEFAULT_PATH

if TYPE_CHECKING:  # websockets is imported when the card starts (start-up time)
    from websockets.asyncio.server import Server, ServerConnection
    from websockets.http11 import Request, Response

PRACTICE_PIN = "111111"
PRACTICE_CAN = "222222"
PRACTICE_PUK = "3333333333"
PRACTICE_TRANSPORT_PIN = "12345"
PRACTICE_READER = "Lotse Übungs-Kartenleser"

SCENARIOS: dict[str, dict[str, Any]] = {
    "tries-3": {},
    "tries-2": {"retry_counter": 2},
    "tries-1": {"retry_counter": 1},
    "blocked": {"retry_counter": 0},
    "puk-used-up": {"retry_counter": 0, "puk_uses_left": 0},
    "inoperative": {"retry_counter": 0, "puk_uses_left": 0, "inoperative": True},
    "deactivated": {"deactivated": True},
    "transport-pin": {"transport_pin": PRACTICE_TRANSPORT_PIN},
    "keypad": {"_keypad": True},
    "no-card": {"_card_present": False},
    "simulator-only": {"_readers": ()},
}


# websockets logs every frame at DEBUG level; frames may carry a PIN typed in practice mode.
# Its messages go nowhere, whatever logging the application sets up.
_WS_LOG = logging.getLogger("lotse.practice_card.websockets")
_WS_LOG.addHandler(logging.NullHandler())
_WS_LOG.propagate = False
_WS_LOG.setLevel(logging.CRITICAL)


class PracticeCardError(RuntimeError):
    """The practice card could not start (e.g. the port is taken)."""


class PracticeCard:
    """A practice AusweisApp on loopback. Thread-safe control methods; see the module docstring.

    Explicit keyword arguments override the scenario: ``retry_counter``, ``puk_uses_left``,
    ``deactivated``, ``inoperative``, ``transport_pin`` (None = own 6-digit PIN), ``pin``, ``can``,
    ``puk``, ``keypad``, ``card_present``, ``reader_names`` (the PC/SC readers; the card lies on
    the first), ``simulator_reader`` (AusweisApp's built-in Simulator, default True),
    ``scan_delay`` (seconds until the PC/SC readers appear after a client connects; AusweisApp
    takes 0.4–1 s), ``false_success`` (reproduce the 1.26.2 false-success defect after
    ``SET_CARD Simulator``; default False), ``port`` (0 = any free port).
    """

    def __init__(
        self,
        scenario: str = "tries-3",
        *,
        port: int = 0,
        scan_delay: float = 0.3,
        false_success: bool = False,
        simulator_reader: bool = True,
        reader_names: tuple[str, ...] | list[str] | None = None,
        keypad: bool | None = None,
        card_present: bool | None = None,
        start_race: bool = False,
        **card: Any,
    ) -> None:
        if scenario not in SCENARIOS:
            raise ValueError(f"unknown practice scenario {scenario!r}; known: {', '.join(SCENARIOS)}")
        preset = dict(SCENARIOS[scenario])
        self.scenario = scenario
        preset_keypad = preset.pop("_keypad", False)
        preset_present = preset.pop("_card_present", True)
        default_readers = preset.pop("_readers", (PRACTICE_READER,))
        keypad = preset_keypad if keypad is None else keypad
        card_present = preset_present if card_present is None else card_present
        unknown = set(card) - set(CardSpec.__dataclass_fields__)
        if unknown:
            raise TypeError(f"unknown practice card settings: {', '.join(sorted(unknown))}")
        self.spec = replace(CardSpec(), **{**preset, **card})
        names = tuple(default_readers if reader_names is None else reader_names)
        readers: list[Reader] = []
        if simulator_reader:
            readers.append(Reader(SIMULATOR, keypad=True, builtin=True))
        for i, name in enumerate(names):
            chip = Chip(self.spec) if (i == 0 and card_present) else None
            readers.append(Reader(name, keypad=bool(keypad), chip=chip))
        self.engine = PracticeEngine(readers, false_success=false_success)
        self._removed: Chip | None = None if card_present or not names else Chip(self.spec)
        self.port = port
        self.scan_delay = scan_delay
        # AusweisApp's start-up race (docs/eid.md): on the first connection no READER message is
        # pushed at all; only asking for the reader list (again) shows the readers
        self.start_race = start_race
        self.user_agents: list[str] = []  # User-Agent of every accepted client (tests)
        self.refused = 0  # clients refused with HTTP 429
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: Server | None = None
        self._conn: ServerConnection | None = None
        self._scan_task: asyncio.Task[None] | None = None
        self._close_task: asyncio.Future[None] | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}{DEFAULT_PATH}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 5.0) -> str:
        """Start serving in a background thread; returns the URL. Idempotent."""
        if self.running:
            return self.url
        self._ready.clear()
        self._error = None
        self._thread = threading.Thread(target=self._run, name="lotse-practice-card", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout) or self._error is not None:
            self.stop()
            raise PracticeCardError(f"the practice card did not start: {self._error!r}")
        return self.url

    def stop(self, timeout: float = 5.0) -> None:
        """Close the connection (the client sees AusweisApp go away) and stop serving."""
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            loop.call_soon_threadsafe(self._stop_event.set)
            thread.join(timeout)
        self._thread = None
        self._loop = None

    def __enter__(self) -> PracticeCard:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- control (from any thread) ------------------------------------------------------------

    def call_in_loop(self, fn: Callable[[], Any], timeout: float = 60.0) -> Any:
        """Run ``fn()`` in the card's own thread, between two of its steps, and return its result
        (a test looks at the process's memory with the card held still, never while its event loop
        builds objects in another thread). Runs ``fn()`` here when the card is not serving."""
        loop = self._loop
        if loop is None or not self.running:
            return fn()
        done: concurrent.futures.Future[Any] = concurrent.futures.Future()

        def run() -> None:
            try:
                done.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed to the caller, who raises it
                done.set_exception(exc)

        loop.call_soon_threadsafe(run)
        return done.result(timeout)

    def remove_card(self, reader: str | None = None) -> None:
        """Take the card off the reader (the first practice reader unless named)."""

        def act() -> list[JsonObject]:
            out, chip = self.engine.remove_card(reader)
            if chip is not None:
                self._removed = chip
            return out

        self._control(act)

    def insert_card(self, reader: str | None = None) -> None:
        """Lay the card (back) on the reader."""

        def act() -> list[JsonObject]:
            if self._removed is None:
                return []
            chip, self._removed = self._removed, None
            return self.engine.insert_card(chip, reader)

        self._control(act)

    def type_on_keypad(self, value: str, reader: str | None = None) -> None:
        """Queue what the person 'types on the reader' for the next keypad entry.

        Without a queued entry a keypad reader delivers the right value (practice of the flow).
        """

        def act() -> list[JsonObject]:
            r = self.engine.reader(reader)
            if r is not None:
                r.keypad_entries.append(value)
            return []

        self._control(act)

    def disconnect_client(self) -> None:
        """Drop the current client's connection (as if AusweisApp closed it)."""

        def act() -> list[JsonObject]:
            if self._conn is not None:
                self._close_task = asyncio.ensure_future(self._conn.close())  # kept: the loop holds tasks weakly
            return []

        self._control(act)

    def card_state(self) -> JsonObject | None:
        """What the card's chip says now (``retryCounter`` …), None if off the reader."""
        r = self.engine.reader()
        chip = r.chip if r is not None else None
        return chip.as_dict() if chip is not None else None

    def _control(self, act: Callable[[], list[JsonObject]]) -> None:
        loop = self._loop
        if loop is None or not self.running:
            act()  # not serving: change the state only
            return

        async def run() -> None:
            await self._send_all(act())

        asyncio.run_coroutine_threadsafe(run(), loop).result(5.0)

    # -- server -------------------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except BaseException as exc:  # noqa: BLE001 - reported by start()
            self._error = exc
            self._ready.set()
        finally:
            loop.close()

    async def _main(self) -> None:
        from websockets.asyncio.server import serve

        self._stop_event = asyncio.Event()
        async with serve(
            self._handler,
            "127.0.0.1",
            self.port,
            process_request=self._process,
            process_response=self._process_response,
            compression=None,
            server_header="AusweisApp2/1.26.2 (TR-03124-1/1.3)",
            ping_interval=None,
            max_size=2**20,
            close_timeout=0.2,
            logger=_WS_LOG,
        ) as server:
            self._server = server
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop_event.wait()
            if self._conn is not None:
                # Like a closed AusweisApp: the connection just ends. No closing handshake, so
                # stop() never waits for a client whose event loop is busy (e.g. the GUI thread).
                transport = getattr(self._conn, "transport", None)
                if transport is not None:
                    transport.abort()
        self._server = None

    def _process(self, connection: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?", 1)[0]
        if path != DEFAULT_PATH:
            return connection.respond(HTTPStatus.NOT_FOUND, "")
        if self._conn is not None:
            self.refused += 1
            return connection.respond(HTTPStatus.TOO_MANY_REQUESTS, "")
        self._conn = connection  # claim the single slot before the handshake completes
        self.user_agents.append(request.headers.get("User-Agent", ""))
        return None

    def _process_response(self, connection: ServerConnection, request: Request, response: Response) -> None:
        if response.status_code != 101 and self._conn is connection:
            self._conn = None  # the handshake failed: free the slot again
        return

    async def _send_all(self, out: list[JsonObject]) -> None:
        conn = self._conn
        if conn is None:
            return
        for m in out:
            try:
                await conn.send(json.dumps(m, ensure_ascii=False, sort_keys=True))
            except Exception:  # noqa: BLE001 - the client went away; its handler cleans up
                return

    async def _scan_later(self, silent: bool = False) -> None:
        await asyncio.sleep(self.scan_delay)
        pushed = self.engine.scan()
        if not silent:
            await self._send_all(pushed)

    async def _handler(self, connection: ServerConnection) -> None:
        self._conn = connection
        silent, self.start_race = self.start_race, False
        try:
            pushed = self.engine.connect()
            if not silent:
                await self._send_all(pushed)
            self._scan_task = asyncio.ensure_future(self._scan_later(silent))
            async for frame in connection:
                text = frame if isinstance(frame, str) else bytes(frame).decode("utf-8", "replace")
                try:
                    answers = self.engine.handle(text)
                except Exception:  # noqa: BLE001 - a bug here must not end the practice; the frame is not quoted
                    answers = [{"msg": "INVALID", "error": "The practice card could not read this"}]
                # A frame may carry a PIN typed in practice: drop it now, not when the next one comes
                # (the real path wipes each secret right after sending; issue 17).
                del frame, text
                await self._send_all(answers)
        except Exception:  # noqa: BLE001 - a broken connection ends like a closed one
            pass
        finally:
            if self._scan_task is not None:
                self._scan_task.cancel()
                self._scan_task = None
            self.engine.disconnect()
            self._conn = None
