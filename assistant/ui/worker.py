"""One place for every background job (network, files, card work that may take time).

Modelled on Anki's ``QueryOp`` / ``taskman``: a page describes a job with a small builder, the job
runs in a thread pool, and its result always comes back **on the GUI thread** through one signal
of one long-lived QObject (the ``_Dispatcher``). Nothing is connected to lambdas of short-lived
objects, so a queued result is never silently dropped.

.. code-block:: python

    Op(lambda cancel: client.offices(cancel=cancel), parent=page) \\
        .with_progress(page.tr("Die Ämter werden geladen …")) \\
        .success(page.show_offices) \\
        .failure(page.show_problem) \\
        .run_in_background()

* The job gets a :class:`CancelToken` (a ``threading.Event``). "Abbrechen" sets it and calls the
  hooks the job registered with ``cancel.add_hook`` (a client closes its HTTP session there), so a
  slow call ends at once. The page gets ``cancelled()`` straight away; it never waits for the thread.
* Failures arrive as a :class:`Failure`: the typed error plus a plain-language, translated text.
  Capabilities teach the worker their error types with :func:`register_error_text`.
* ``with_progress`` shows a panel over the page (not over the whole window) after a short delay:
  what is happening, a moving bar and a large "Abbrechen" button. It keeps the keyboard focus while
  it is shown and hands it back afterwards. Every call a person waits for should have one.
* Every job is bound to the session it was started in (``assistant.core.paths.current()``): it runs
  under that binding, so what it writes goes to that session's folder or is refused once the session
  has ended. ``end_session()`` (a session end, "Alles vergessen") cancels every job; a result that
  arrives for an ended session reaches no callback at all, not even ``late``.
* If the page is closed while a job runs, its callbacks are skipped. A job that writes something
  (a booking) can still hand its late result to ``late(cb)``, so a booking that did go through after
  "Abbrechen" is not forgotten.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from assistant.core import paths
from assistant.ui import words
from assistant.ui.application import application

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long a job may run before its progress panel appears (avoids a flash on fast answers).
PROGRESS_DELAY_MS = 250
# After this long the panel says that it takes longer than usual (it never ends anything by itself).
SLOW_NOTE_MS = 10_000


def tr(text: str) -> str:
    # module level: pyside6-lupdate files these texts under the empty context
    return QCoreApplication.translate("", text)


# --------------------------------------------------------------------------------------------
# cancel token and failures


class CancelToken(threading.Event):
    """Set when the person presses "Abbrechen". Jobs check ``is_set()`` or register a hook."""

    def __init__(self) -> None:
        super().__init__()
        self._hooks: list[Callable[[], object]] = []
        self._lock = threading.Lock()

    def add_hook(self, fn: Callable[[], object]) -> None:
        """Call ``fn`` (from the GUI thread) when cancelled; at once if already cancelled."""
        with self._lock:
            if not self.is_set():
                self._hooks.append(fn)
                return
        self._call(fn)

    def cancel(self) -> None:
        with self._lock:
            if self.is_set():
                return
            self.set()
            hooks, self._hooks = self._hooks, []
        for fn in hooks:
            self._call(fn)

    @staticmethod
    def _call(fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception:  # a hook must never break the window
            log.exception("cancel hook failed")


class JobCancelled(Exception):
    """A job may raise this when it notices the token; it is reported as cancelled, not failed."""


@dataclass(frozen=True)
class Failure:
    error: BaseException
    text: str  # plain language, translated: what happened and what to do
    can_retry: bool = True


ErrorText = Callable[[BaseException], "tuple[str, bool] | str"]
_ERROR_TEXTS: list[tuple[type, ErrorText]] = []


def register_error_text(error_type: type, describe: ErrorText) -> None:
    """Teach the worker how to say an error type in plain words (most specific type wins)."""
    _ERROR_TEXTS[:] = [(t, f) for t, f in _ERROR_TEXTS if t is not error_type]
    _ERROR_TEXTS.append((error_type, describe))


def describe_failure(error: BaseException) -> Failure:
    """The error as a person should hear it. Unknown errors get a calm general text."""
    for klass in type(error).__mro__:
        for error_type, describe in _ERROR_TEXTS:
            if klass is error_type:
                out = describe(error)
                if isinstance(out, tuple):
                    return Failure(error, out[0], out[1])
                return Failure(error, out)
    if isinstance(error, (ConnectionError, TimeoutError)):
        return Failure(error, tr("Die Verbindung hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal."))
    if isinstance(error, OSError):
        return Failure(error, tr("Das Speichern oder Lesen hat nicht geklappt. Bitte versuchen Sie es noch einmal."))
    return Failure(error, words.did_not_work())


# --------------------------------------------------------------------------------------------
# the long-lived dispatcher


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole program; every job reports through its one signal."""

    finished = Signal(int, object, object)  # job id, result, error (or None)

    def __init__(self) -> None:
        super().__init__()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(4)
        self.jobs: dict[int, Job] = {}
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object, object)
    def _on_finished(self, job_id: int, result: object, error: BaseException | None) -> None:
        job = self.jobs.pop(job_id, None)
        if job is not None:
            job._deliver(result, error)


_dispatcher: _Dispatcher | None = None
_ids = itertools.count(1)


def dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the worker needs a running QApplication")
        _dispatcher = _Dispatcher()
        _dispatcher.moveToThread(app.thread())
        app.aboutToQuit.connect(_at_quit)  # no thread may outlive the application object
    return _dispatcher


def _at_quit() -> None:
    shutdown(3000)


def running_jobs() -> int:
    return len(dispatcher().jobs)


def end_session() -> int:
    """A session end or "Alles vergessen": cancel every job (their results belong to the person who
    just left; they reach no callback). Returns how many were cancelled. Call after the memory rules
    started the new session, so each job's binding has ended already."""
    d = dispatcher()
    jobs = list(d.jobs.values())
    for job in jobs:
        job.abandon()
    return len(jobs)


def shutdown(timeout_ms: int = 5000) -> bool:
    """Cancel every job and wait for the threads (at exit and after each test)."""
    d = dispatcher()
    for job in list(d.jobs.values()):
        job.cancel()
    done = d.pool.waitForDone(timeout_ms)
    QCoreApplication.processEvents()
    return done


class _Runnable(QRunnable):
    def __init__(
        self, job_id: int, fn: Callable[[CancelToken], Any], token: CancelToken, binding: paths.Binding
    ) -> None:
        super().__init__()
        self.job_id, self.fn, self.token, self.binding = job_id, fn, token, binding
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread: no widgets here
        result: Any = None
        error: BaseException | None = None
        try:
            with paths.bound(self.binding):  # writes go to the job's own session, or nowhere
                result = self.fn(self.token)
        except BaseException as exc:  # noqa: BLE001 - reported, never raised into Qt
            error = exc
        d = _dispatcher
        if d is not None and shiboken6.isValid(d):
            d.finished.emit(self.job_id, result, error)


# --------------------------------------------------------------------------------------------
# the builder


class Op(Generic[T]):
    """Describe a background job; ``run_in_background`` starts it and returns the :class:`Job`."""

    def __init__(self, run: Callable[[CancelToken], T], *, parent: QWidget | None = None) -> None:
        self._run = run
        self._parent = parent
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[Failure], Any] | None = None
        self._cancelled: Callable[[], object] | None = None
        self._late: Callable[[T], Any] | None = None
        self._progress: str | None = None
        self._cancellable = True
        self._over: QWidget | None = None

    def success(self, cb: Callable[[T], Any]) -> Op[T]:
        self._success = cb
        return self

    def failure(self, cb: Callable[[Failure], Any]) -> Op[T]:
        self._failure = cb
        return self

    def cancelled(self, cb: Callable[[], object]) -> Op[T]:
        self._cancelled = cb
        return self

    def late(self, cb: Callable[[T], Any]) -> Op[T]:
        """Called with the result if the job succeeded after it was cancelled or its page closed."""
        self._late = cb
        return self

    def with_progress(self, label: str, *, cancellable: bool = True, over: QWidget | None = None) -> Op[T]:
        """Show a progress panel with "Abbrechen" over ``over`` (default: the parent page)."""
        self._progress = label
        self._cancellable = cancellable
        self._over = over
        return self

    def run_in_background(self, parent: QWidget | None = None) -> Job:
        if parent is not None:
            self._parent = parent
        job = Job(next(_ids), self)
        d = dispatcher()
        d.jobs[job.id] = job
        cover = self._over or self._parent
        if self._progress is not None and cover is not None:
            job._panel = ProgressPanel(cover, self._progress, job.cancel if self._cancellable else None)
        d.pool.start(_Runnable(job.id, self._run, job.token, job.binding))
        return job


class Job:
    """A running job. ``cancel()`` is safe to call at any time and from the GUI thread."""

    def __init__(self, job_id: int, op: Op) -> None:
        self.id = job_id
        self.op = op
        self.token = CancelToken()
        self.binding = paths.current()  # the session this job belongs to
        self.done = False
        self.outcome: str = ""  # "success", "failure", "cancelled" once known on the GUI side
        self._panel: ProgressPanel | None = None

    def cancel(self) -> None:
        if self.done or self.token.is_set():
            return
        self.token.cancel()
        self.outcome = "cancelled"
        self._close_panel()
        if self.op._cancelled and self._alive():
            self.op._cancelled()

    def abandon(self) -> None:
        """Cancel without telling the page (a session end: the page is reset anyway, and nothing
        of the job may run on the GUI thread, where it would write into the next session)."""
        if self.done:
            return
        self.outcome = "abandoned"
        self.token.cancel()
        self._close_panel()

    def _alive(self) -> bool:
        parent = self.op._parent
        return parent is None or shiboken6.isValid(parent)

    def _close_panel(self) -> None:
        if self._panel is not None:
            if shiboken6.isValid(self._panel):
                self._panel.finish()
            self._panel = None

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        self._close_panel()
        if not self.binding.alive:  # the session ended meanwhile: nothing of it may reach the next one
            self.outcome = self.outcome or "abandoned"
            return
        cancelled = self.token.is_set()
        if error is not None and not isinstance(error, JobCancelled):
            if not cancelled:
                failure = describe_failure(error)
                if not isinstance(error, Exception) or failure.text == describe_failure(RuntimeError()).text:
                    # where it happened, but not the message: it might hold a URL with a booking's key
                    frames = "".join(traceback.format_tb(error.__traceback__))
                    log.error("background job failed: %s\n%s", type(error).__name__, frames)
                else:
                    log.info("background job failed: %s", type(error).__name__)
                self.outcome = "failure"
                if self.op._failure and self._alive():
                    self.op._failure(failure)
            return
        if error is not None:  # JobCancelled raised by the job itself
            if not cancelled:
                self.outcome = "cancelled"
                if self.op._cancelled and self._alive():
                    self.op._cancelled()
            return
        if cancelled or not self._alive():
            if self.op._late:
                self.op._late(result)
            return
        self.outcome = "success"
        if self.op._success:
            self.op._success(result)


# --------------------------------------------------------------------------------------------
# the visible progress


class ProgressPanel(QFrame):
    """Covers the page while a job runs: what is happening, a moving bar, a large "Abbrechen"."""

    def __init__(self, page: QWidget, label: str, on_cancel: Callable[[], None] | None) -> None:
        super().__init__(page)
        # Only a timer now: the widgets are built when the panel appears, so a fast job costs nothing.
        self.setObjectName("progressPanel")
        self._page = page
        self._text = label
        self._on_cancel = on_cancel
        self._previous_focus: QWidget | None = None
        self.label: QLabel | None = None
        self.bar: QProgressBar | None = None
        self.cancel_button: QPushButton | None = None
        self.hide()
        page.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._appear)
        self._timer.start(PROGRESS_DELAY_MS)
        self.slow_note: QLabel | None = None
        self._watching = False  # connected to the application's focusChanged while shown
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.timeout.connect(self._say_slow)

    def _build(self) -> QLabel:
        """The panel's widgets, made when it first appears; returns its label."""
        from assistant.ui import theme
        from assistant.ui.widgets import BigButton, TextLabel

        c = theme.COLORS
        # opaque: Qt need not paint the busy page beneath it (no stall when it appears)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"#progressPanel {{ background: {c['bg']}; }}"
            f"#progressCard {{ background: {c['button']}; border: 3px solid {c['border']}; border-radius: 12px; }}"
        )
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(self)
        card.setObjectName("progressCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(20)
        self.label = TextLabel(self._text, "heading", card)
        self.label.setObjectName("progressLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(self._text)
        self.bar = QProgressBar(card)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMinimumHeight(24)
        self.bar.setAccessibleName(self.tr("Bitte warten"))
        inner.addWidget(self.label)
        inner.addWidget(self.bar)
        self.slow_note = TextLabel("", "body", card)
        self.slow_note.setObjectName("slowNote")
        self.slow_note.hide()
        inner.addWidget(self.slow_note)
        if self._on_cancel is not None:
            self.cancel_button = BigButton(words.cancel(), card)
            self.cancel_button.setObjectName("cancelButton")
            self.cancel_button.setAccessibleName(words.cancel())
            self.cancel_button.label().setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.cancel_button.clicked.connect(self._on_cancel)
            inner.addWidget(self.cancel_button)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        card.setMinimumWidth(min(560, max(320, self._page.width() - 40)))
        outer.addStretch(1)
        return self.label

    # keep covering the page when it changes size
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._page and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._page.rect())
        return False

    def _appear(self) -> None:
        label = self.label if self.label is not None else self._build()
        self.setGeometry(self._page.rect())
        window = self._page.window()
        focus = window.focusWidget() if window is not None else None
        self._previous_focus = focus if focus is not None and self._page.isAncestorOf(focus) else None
        self.show()
        self.raise_()
        if self.cancel_button is not None:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, label.text()))
        if not self._watching:
            self._watching = True
            application().focusChanged.connect(self._keep_focus_off_the_page)
        self._slow.start(max(0, SLOW_NOTE_MS - PROGRESS_DELAY_MS))

    def _say_slow(self) -> None:
        """Only words: waiting on is as fine as "Abbrechen" (no time limit ends anything)."""
        if self.slow_note is None or not self.isVisible():
            return
        text = self.tr("Das dauert länger als sonst. Sie können weiter warten oder abbrechen.")
        self.slow_note.setText(text)
        self.slow_note.setAccessibleName(text)
        self.slow_note.show()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.slow_note, text))

    def cancel(self) -> bool:
        """Esc while loading (the window's Esc asks the visible panel first). False: nothing to cancel."""
        if self._on_cancel is None or not self.isVisible():
            return False
        self._on_cancel()
        return True

    def _keep_focus_off_the_page(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The busy page is covered: Tab may go to the bar and the rest of the window, never into it."""
        if (
            new is not None
            and self.isVisible()
            and self.cancel_button is not None
            and self._page.isAncestorOf(new)
            and not self.isAncestorOf(new)
            and new is not self
        ):
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def appear_now(self) -> None:
        """Show without the delay (tests, screenshots)."""
        if self._timer.isActive():
            self._timer.stop()
            self._appear()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves "Abbrechen" for what is outside the busy page (the bar), never into the page.
        start = QApplication.focusWidget() or self.cancel_button
        if start is None:  # nothing has the focus and there is no "Abbrechen": Qt's own order
            return super().focusNextPrevChild(next)
        w = start
        for _ in range(1000):
            following = w.nextInFocusChain() if next else w.previousInFocusChain()
            if following is None or following is start:
                return True
            w = following
            if self._page.isAncestorOf(w) and not self.isAncestorOf(w):
                continue
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                w.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
                return True
        return True

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._on_cancel is not None:
            self._on_cancel()
            return
        super().keyPressEvent(event)

    def finish(self) -> None:
        self._timer.stop()
        self._slow.stop()
        if self._watching:
            self._watching = False
            application().focusChanged.disconnect(self._keep_focus_off_the_page)
        self._page.removeEventFilter(self)
        focus = QApplication.focusWidget()
        had_focus = self.isVisible() and focus is not None and (focus is self or self.isAncestorOf(focus))
        self.hide()
        previous = self._previous_focus
        if (
            had_focus
            and previous is not None
            and shiboken6.isValid(previous)
            and previous.isVisible()
            and previous.isEnabled()
        ):
            previous.setFocus(Qt.FocusReason.OtherFocusReason)
        self.deleteLater()
