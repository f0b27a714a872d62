"""The frame every portal flow uses: one question a screen, a way back, the practice banner, work in
the background with a visible progress, and problems said in words with "Noch einmal versuchen".

A flow is a ``FlowPage``; each step is a method that fills a fresh ``FlowScreen``. ``go(step)``
shows the next step and remembers the one before (for "Zurück"); a step reads what it shows from
the flow's draft, so going back shows what was typed. ``run(...)`` hands work to the worker.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.core import paths
from assistant.core.visit import forget_at_visit_end
from assistant.ui import theme, words
from assistant.ui.announce import announce
from assistant.ui.application import application
from assistant.ui.capabilities import CapabilityPage, PageContext
from assistant.ui.portal.servers import PortalSession, session_for
from assistant.ui.practice import PracticeBanner as SharedPracticeBanner
from assistant.ui.practice import practice_word
from assistant.ui.widgets import (
    BigButton,
    BodyLabel,
    HeadingLabel,
    Page,
    SmallLabel,
    TextLabel,
    TitleLabel,
    answer_pager,
    column_height,
    keep_left_to_right,
)
from assistant.ui.worker import Failure, Job, Op

if TYPE_CHECKING:
    from assistant.core.sheet import TakeHomeSheet
    from assistant.portal.api import Capability

Step = Callable[["FlowScreen"], None]


def input_style() -> str:
    """Input fields in the Lotse look (the shared style sheet has none yet): a clear border, a thick
    dark ring and the yellow focus colour when focused, at least 44 px high."""
    c = theme.COLORS
    return (
        f"QLineEdit, QPlainTextEdit {{ background: {c['button']}; border: 2px solid {c['border']};"
        f" border-radius: 8px; padding: 8px 10px; min-height: 40px; color: {c['text']}; }}"
        f"QLineEdit:focus, QPlainTextEdit:focus {{ border: 4px solid {c['focus_ring']}; background: #fffbe6; }}"
        f'QLabel[role="error"] {{ color: #8b0000; font-weight: bold; }}'
        # the question holds the focus on long screens: yellow with a dark bar below, nothing moves
        f'QLabel[role="title"] {{ border-bottom: 4px solid transparent; padding-bottom: 2px; }}'
        f'QLabel[role="title"]:focus {{ background: {c["focus"]}; border-bottom: 4px solid {c["focus_ring"]}; }}'
        f'QLabel[role="big-number"] {{ font-size: {theme.metrics().pt("title") * 1.4:.0f}pt; font-weight: bold; }}'
    )


class FlowScreen(Page):
    """One step of a flow. Adds widgets top to bottom; remembers what 'Vorlesen' should read."""

    def __init__(self, flow: FlowPage) -> None:
        super().__init__()
        self.flow = flow
        self.spoken: list[str] = []
        self.first_focus: QWidget | None = None
        self.problem_box: QWidget | None = None
        self._problem_slot = QVBoxLayout()
        self._problem_slot.setContentsMargins(0, 0, 0, 0)
        self.on_leave: Callable[[], object] | None = None  # keeps what was typed when the step is left
        self.title_label: QLabel | None = None
        # answers, "Weiter", "Zurück" sit in the page's footer: never scrolled, always in view; long lists
        # in pages ("Weitere Antworten ↓"). ``inline = True`` keeps them in the text instead (a button
        # that belongs to the field above it, as in the staff settings).
        self.inline = False
        self.pager = answer_pager()
        self.pager.hide()
        self.footer_column.addWidget(self.pager)
        self.footer_items: list[QWidget] = []
        self.keep_all_in_view = False  # a search: the field and what it says stay in view above the list
        self._labels: dict[QWidget, QLabel] = {}  # field -> its visible label (label_of)
        self._finished = False

    # --- text ---------------------------------------------------------------------------------
    def title(self, text: str) -> TextLabel:
        label = TitleLabel(text)
        label.setIndent(0)  # the focus bar below gives it a frame; Qt would indent framed labels
        if self.title_label is None:
            self.title_label = label
        label.setAccessibleName(text)
        self.column.addWidget(label)
        self.column.addLayout(self._problem_slot)
        self.spoken.append(text)
        return label

    def heading(self, text: str) -> TextLabel:
        """A section heading; after the first answer it heads a group of answers (in the footer's list)."""
        label = HeadingLabel(text)
        label.setAccessibleName(text)
        if self.footer_items and not self.inline:
            self.add_to_footer(label)
        else:
            self.column.addWidget(label)
        self.spoken.append(text)
        return label

    # --- the footer: what a person presses -----------------------------------------------------------
    def add_to_footer(self, widget: QWidget) -> None:
        """Below the text, never scrolled (or in the text with ``inline``)."""
        if self.inline:
            self.column.addWidget(widget)
            return
        self.set_footer([*self.footer_items, widget])

    def set_footer(self, widgets: list[QWidget]) -> None:
        """Replace the footer's list (a search refilling its results)."""
        self.footer_items = list(widgets)
        for w in self.footer_items:
            if w.parentWidget() is None:
                w.setParent(self.pager.grid_host)
                w.hide()
        if self._finished:
            self._show_footer()
            self.fit_to_view()

    def _show_footer(self) -> None:
        self.pager.set_buttons(self.footer_items)
        self.pager.setVisible(bool(self.footer_items))

    def finish(self) -> None:
        super().finish()
        self._finished = True
        self._show_footer()
        # the title (and what comes before it, e.g. "Frage 1 von 3") stays in view above the buttons;
        # on a screen with fields also the first field with its label and message (the cursor is there:
        # the person sees where their words go), on a search everything above the list
        essentials: list[QWidget] = []
        field = self.first_focus if self.first_focus is not None and self.body.isAncestorOf(self.first_focus) else None
        until = self.title_label if field is None else field.property("errorLabel") or field
        for i in range(self.column.count()):
            w = self.column.itemAt(i).widget()
            if w is not None:
                essentials.append(w)
                if w is until and not self.keep_all_in_view:
                    break
        if self.title_label in essentials:
            self.essentials = essentials
            # what is typed into is never squeezed for the footer's list: the list gives way first
            self.essentials_first = field is not None or self.keep_all_in_view
            self.pager.fold_pages = self.keep_all_in_view  # a list of answers, never a form's "Weiter"

    def fit_footer(self, width: int, room: int) -> None:
        if self.footer_items:
            self.pager.fit(width, room)

    # --- short of room: "Weiter lesen ↓" beside the last button -------------------------------------
    def fit_to_view(self) -> None:
        if not self._fitting and self.height() > 0 and self.essentials_first and self._finished:
            self._arrange(self._short_of_room(self._column_width()))
            QTimer.singleShot(0, self._show_field)  # once the new heights are laid out
        super().fit_to_view()

    def _show_field(self) -> None:
        """Where even the short arrangement leaves the essentials a few pixels too tall (long words at
        200 % on the smallest screen), the view shows the whole field and lets the title's top go."""
        field = self.first_focus
        if not shiboken6.isValid(self) or field is None or field not in self.essentials or not field.isVisible():
            return
        vp, bar = self.scroll.viewport(), self.scroll.verticalScrollBar()
        over = field.mapTo(vp, QPoint(0, field.height())).y() + 2 - vp.height()
        if over > 0:
            bar.setValue(bar.value() + over)

    def _short_of_room(self, width: int) -> bool:
        """Would the essentials (with everything that gives way given way), the footer's smallest page
        and (where more follows below them) a "Weiter lesen ↓" row of its own not fit above each other?
        From sizes only (never from what is shown now), so the answer never flips. Only for a short
        list (a form's "Weiter")."""
        if not 0 < len(self.footer_items) <= 2:
            return False  # (a list of answers pages instead)
        spacing = self.SPACING
        heights = []
        for w in self.essentials:
            if w in self.gives_way or (w.isHidden() and not isinstance(w.property("fit_height"), int)):
                continue
            least = w.property("fit_min_height")
            hint = w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height()
            heights.append(least if isinstance(least, int) else max(w.minimumHeight(), hint))
        top = self.MARGINS[1] + 16 + sum(heights) + spacing * max(0, len(heights) - 1)
        below = (self.column.itemAt(i).widget() for i in range(self.column.count()))
        more = any(w is not None and w not in self.essentials and not w.isHidden() for w in below)
        row = self.read_on.heightForWidth(width) + self.footer_column.spacing() if more else 0
        footer = column_height(self.footer_column, width, skip=self.read_on) + self.MARGINS[3]
        return top + footer + row > self.height()

    def _arrange(self, short: bool) -> None:
        """Short of room: less room above the title and between the lines of the form, and "Weiter
        lesen ↓" beside "Weiter"."""
        if short == (self.pager.beside is self.read_on):
            return
        m = self.inner.layout().contentsMargins()
        m.setTop(8 if short else self.MARGINS[1])
        self.inner.layout().setContentsMargins(m)
        self.column.setSpacing(10 if short else self.SPACING)
        if short:
            self.footer_column.removeWidget(self.read_on)
            self.read_on_in_row(True)
            self.pager.set_beside(self.read_on)
        else:
            self.pager.set_beside(None)
            self.read_on_in_row(False)
            self.footer_column.insertWidget(0, self.read_on)  # as Page has it: its own row, the text's width

    def read_on_cost(self, width: int) -> int:
        return 0 if self.pager.beside is self.read_on else super().read_on_cost(width)

    def smallest_footer_height(self, width: int) -> int:
        """With the list's first answer only (and "Weitere Antworten ↓")."""
        full = super().smallest_footer_height(width)
        if self.pager.isHidden():
            return full
        return full - self.pager.needed_height(width) + self.pager.smallest_height(width)

    def text(self, text: str, *, small: bool = False, selectable: bool = False) -> TextLabel:
        label = SmallLabel(text) if small else BodyLabel(text)
        label.setAccessibleName(text)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(label)
        self.spoken.append(text)
        return label

    def big_number(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a number from a server: never rich text
        label.setProperty("role", "big-number")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        self.column.addWidget(label)
        self.spoken.append(name)
        return label

    def rule(self) -> None:
        line = QFrame()
        line.setProperty("role", "section")
        line.setFixedHeight(2)
        self.column.addWidget(line)

    # --- answers and buttons --------------------------------------------------------------------
    def choice(
        self,
        text: str,
        on_click: Callable[[], object],
        *,
        subtitle: str | None = None,
        primary: bool = False,
        chosen: bool = False,
        name: str = "",
        irreversible: bool = False,
        key: str = "",
    ) -> BigButton:
        """A large answer button. ``irreversible`` (book, send, delete): it never gets the focus by
        itself, so no Enter pressed twice can commit it. ``key``: its object name, stable whatever
        the words (tests find the button by it; ``name`` is the accessible name)."""
        if chosen:  # the earlier choice, said in words too (not by the border alone)
            mark = self.tr("Ihre Wahl")
            subtitle = f"{subtitle} – {mark}" if subtitle else mark
        button = BigButton(text, primary=primary, subtitle=subtitle)
        if key:
            button.setObjectName(key)
        if name:
            button.setAccessibleName(name)
        if chosen:
            button.set_chosen(True)
        button.clicked.connect(lambda _checked=False: on_click())
        self.add_to_footer(button)
        self.spoken.append(text if not subtitle else f"{text}, {subtitle}")
        if self.first_focus is None and not irreversible:
            self.first_focus = button
        return button

    def row(self, *buttons: tuple[str, Callable[[], object], bool]) -> list[BigButton]:
        """Buttons side by side (e.g. 'Ja, absagen' / 'Nein'); they wrap below each other at 200 %."""
        holder = QWidget()
        lay = QHBoxLayout(holder) if theme.metrics().zoom < 175 else QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        out = []
        for text, on_click, primary in buttons:
            b = BigButton(text, primary=primary)
            b.clicked.connect(lambda _c=False, f=on_click: f())
            lay.addWidget(b)
            out.append(b)
        self.add_to_footer(holder)
        if self.first_focus is None and out:
            self.first_focus = out[0]
        return out

    def small_button(self, text: str, on_click: Callable[[], object], *, key: str = "") -> BigButton:
        """A secondary action at the bottom (staff settings, practice switch): still ≥ 56 px high."""
        b = BigButton(text)
        if key:
            b.setObjectName(key)
        b.clicked.connect(lambda _c=False: on_click())
        if self.inline:
            b.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
            self.column.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.add_to_footer(b)
        return b

    # --- labelled inputs ------------------------------------------------------------------------
    def field(self, label: str, widget: QWidget, *, hint: str = "") -> QLabel:
        """A labelled input (QLabel.setBuddy) with room below for a message in words."""
        lab = BodyLabel(label)
        lab.setBuddy(widget)
        widget.setAccessibleName(label)
        widget.setProperty("hint", hint)
        if hint:
            widget.setAccessibleDescription(hint)
        self.column.addWidget(lab)
        if hint:
            h = SmallLabel(hint)
            self.column.addWidget(h)
            self.gives_way.append(h)  # where room is short (it stays the field's description)
        self.column.addWidget(widget)
        error = BodyLabel("")
        error.setProperty("role", "error")
        error.hide()
        self.column.addWidget(error)
        widget.setProperty("errorLabel", error)
        self._labels[widget] = lab
        if self.first_focus is None:
            self.first_focus = widget
        self.spoken.append(label)
        return lab

    def label_of(self, widget: QWidget) -> QLabel:
        """The visible label of a field made by ``field``."""
        return self._labels[widget]

    def line_edit(self, label: str, value: str = "", *, hint: str = "", ltr: bool = False) -> QLineEdit:
        """``ltr``: phone numbers, dates, times, numbers, addresses: typed left to right also in Arabic."""
        edit = QLineEdit(value)
        if ltr:
            keep_left_to_right(edit)
        self.field(label, edit, hint=hint)
        return edit

    def text_edit(self, label: str, value: str = "", *, hint: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        tall = round(160 * theme.metrics().factor)
        edit.setMinimumHeight(tall)
        # on a short screen the box grows shorter, down to one line (Page.fit_to_view); it scrolls
        edit.setProperty("fit_height", tall)
        edit.setProperty("fit_min_height", min(tall, edit.fontMetrics().lineSpacing() + 24))  # padding, ring
        self.field(label, edit, hint=hint)
        return edit

    def set_error(self, widget: QWidget, text: str) -> None:
        """The message in words below the field; scrolled into view together with the field."""
        label = widget.property("errorLabel")
        if isinstance(label, QLabel):
            label.setText(text)
            label.setAccessibleName(text)
            label.setVisible(bool(text))
            hint = widget.property("hint") or ""
            widget.setAccessibleDescription(" ".join(x for x in (text, hint) if x))  # heard with the field
            if text:
                announce(label, text)  # heard at once, wherever the focus is
                QTimer.singleShot(0, lambda: self._show_both(widget, label))

    def _show_both(self, widget: QWidget, label: QLabel) -> None:
        if shiboken6.isValid(label) and shiboken6.isValid(widget):
            self.scroll.ensureWidgetVisible(label, 20, 20)
            self.scroll.ensureWidgetVisible(widget, 20, 20)

    # --- problems -------------------------------------------------------------------------------
    def problem(
        self, text: str, retry: Callable[[], object] | None = None, retry_text: str = "", *, details: str = ""
    ) -> None:
        """A calm box near the top: what happened, what to do, and a button to try again.
        ``details``: the server's own words, behind a small "Details für Helfer" (never on screen at once)."""
        self.clear_problem()
        box = QFrame()
        box.setProperty("role", "notice")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(16, 12, 16, 12)
        msg = BodyLabel(text)
        msg.setAccessibleName(text)
        lay.addWidget(msg)
        if retry is not None:
            b = BigButton(retry_text or words.try_again(), primary=True)
            b.clicked.connect(lambda _c=False: retry())
            lay.addWidget(b)
            box.setProperty("retryButton", b)
        if details:
            self._details_button(lay, details)
        self._problem_slot.addWidget(box)
        self.problem_box = box
        self.spoken.insert(1, text)
        announce(msg, text)
        retry_button = box.property("retryButton")
        (retry_button or msg).setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(box)

    def _details_button(self, lay: QVBoxLayout, details: str) -> None:
        """The server's words for a helper, built only when asked for (the person's screen stays plain)."""
        b = BigButton(self.tr("Details für Helfer"))
        b.setObjectName("helper-details")
        b.setAccessibleName(self.tr("Details für Helfer"))

        def show() -> None:
            b.hide()
            label = SmallLabel(details)
            label.setObjectName("helperDetails")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(label)

        b.clicked.connect(lambda _c=False: show())
        lay.addWidget(b)

    def add_to_problem(self, widget: QWidget) -> None:
        """A further button in the problem box shown now, below its "try again"."""
        lay = self.problem_box.layout() if self.problem_box is not None else None
        if lay is not None:
            lay.addWidget(widget)

    def clear_problem(self) -> None:
        if self.problem_box is not None:
            self.problem_box.hide()
            self.problem_box.deleteLater()
            text = self.problem_box.findChild(QLabel)
            if text is not None and text.text() in self.spoken:
                self.spoken.remove(text.text())
            self.problem_box = None


def details_of(f: Failure) -> str:
    """What the server itself said about a failure, for "Details für Helfer"."""
    from assistant.ui.portal.texts import helper_details

    return helper_details(f.error)


class DraftWriter:
    """Writes drafts in a background thread, in order, the newest state of each kind winning.

    Saving with fsync takes 10-30 ms (more on a busy disk); after every step on the GUI thread that
    would be a visible stall. The screen keeps a snapshot; a sending job calls ``flush()`` first, so
    the client's own saves (the "check first" marker) always come after ours.

    Each save is bound to the session it was made in (``paths.current()``, captured on the GUI
    thread): after that session's end it is dropped, never written into the next person's session.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._queue: list[tuple[str, str, Any, paths.Binding]] = []  # (op, kind, snapshot, binding)
        self._busy = False
        self._thread: threading.Thread | None = None

    def save(self, draft: Any) -> None:
        self._put(("save", draft.kind, copy.deepcopy(draft)))

    def discard(self, kind: str) -> None:
        self._put(("discard", kind, None))

    def _put(self, item: tuple[str, str, Any]) -> None:
        item = (*item, paths.current())
        with self._cond:
            self._queue = [q for q in self._queue if q[1] != item[1]] + [item]
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="lotse-drafts", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def _run(self) -> None:
        from assistant.portal import drafts

        while True:
            with self._cond:
                if not self._queue:
                    if not self._cond.wait(timeout=5):
                        self._thread = None
                        return
                    continue
                op, kind, snapshot, binding = self._queue.pop(0)
                self._busy = True
            try:
                with paths.bound(binding):  # refused (SessionEnded) once that session has ended
                    if op == "save":
                        drafts.save_draft(snapshot)
                    else:
                        drafts.discard_draft(kind)
            except (OSError, ValueError, paths.SessionEnded):
                pass  # the screen still holds everything; a full disk (or a NaN) must not stop the person
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def forget(self) -> None:
        """A session end: drop what is still queued (a save being written is refused by the store)."""
        with self._cond:
            self._queue = [q for q in self._queue if q[3].alive]
            self._cond.notify_all()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued is on disk (call from a worker job, or in tests)."""
        end = time.monotonic() + timeout
        with self._cond:
            while self._queue or self._busy:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True


draft_writer = DraftWriter()
forget_at_visit_end(draft_writer.forget)  # a draft still queued belongs to the person who left


@dataclass
class Loader:
    """Data a step needs from the server: whether it is there, how to fetch it, where to keep it."""

    have: Callable[[], bool]
    work: Callable[[Any], Any]
    label: str
    store: Callable[[Any], Any]


class PracticeBanner(SharedPracticeBanner):
    """Shown on every portal screen while the practice portal is used: the program's one practice
    banner (``assistant.ui.practice``) with the portal's words."""

    def __init__(self, flow: FlowPage) -> None:
        super().__init__("", "", flow)
        self.flow = flow
        self.retranslate()
        self.stop.connect(lambda: flow.session.set_practice(False))

    def retranslate(self) -> None:
        # on a short screen at 200 % the sentence took three lines above the question: then one line,
        # the shorter sentence or the word "Übung" (a shorter sentence not yet translated is left out:
        # never German words in another language)
        short = "Übung – nichts wird gesendet"
        medium = self.tr("Übung – nichts wird gesendet")
        german = self.flow.session.language.startswith("de")
        self.set_texts(
            self.tr("Übungsportal – es wird nichts wirklich gesendet"),
            self.tr("Übung beenden"),
            (*((medium,) if german or medium != short else ()), practice_word()),
        )


class FlowPage(CapabilityPage):
    """A portal flow: steps on screens, history for 'Zurück', worker jobs with progress."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: PortalSession = session_for(context)
        from assistant.ui.portal.texts import set_language

        set_language(self.session.language)
        self.setStyleSheet(input_style())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.banner = PracticeBanner(self)
        lay.addWidget(self.banner)
        self._layout = lay
        self.screen: FlowScreen | None = None
        self._step: Step | None = None
        self._history: list[Step] = []
        self.job: Job | None = None
        self.sheet_dialog: Any = None  # the take-home sheet offered last (``offer_sheet``)
        self.session.changed.connect(self._mode_changed)
        self._update_banner()
        application().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Whatever gets the keyboard focus is scrolled into view (Tab at 200 %, a field with an error)."""
        screen = self.screen
        if new is not None and screen is not None and shiboken6.isValid(screen) and screen.isAncestorOf(new):
            screen.scroll.ensureWidgetVisible(new, 20, 20)

    # --- to be filled in by each flow ------------------------------------------------------------
    def start(self, screen: FlowScreen) -> None:  # the first step
        raise NotImplementedError

    def on_mode_changed(self) -> None:
        """The portal switched between practice and real: start again from the first step."""
        self.restart(self.start)

    # --- steps ----------------------------------------------------------------------------------
    def go(self, step: Step) -> None:
        self._leave()
        if self._step is not None:
            self._history.append(self._step)
        self._render(step)

    def replace(self, step: Step) -> None:
        """Show ``step`` without remembering the current one (after sending: no way back into it)."""
        self._leave()
        self._render(step)

    def restart(self, step: Step) -> None:
        self._leave()
        self._history.clear()
        self._render(step)

    def refresh(self) -> None:
        if self._step is not None:
            self._leave()
            self._render(self._step)

    def go_back(self) -> bool:
        self._cancel_job()
        if not self._history:
            self._leave()
            return False
        self._leave()
        self._render(self._history.pop())
        return True

    def go_home(self) -> None:
        self._cancel_job()
        self._leave()
        self.finished.emit("")

    def _leave(self) -> None:
        if self.screen is not None and self.screen.on_leave is not None:
            self.screen.on_leave()

    def _render(self, step: Step) -> None:
        self._cancel_job()
        old = self.screen
        screen = FlowScreen(self)
        self.screen = screen
        self._step = step
        step(screen)
        screen.finish()
        if old is not None:
            # hide the old screen first (no repaint, no relayout of it): swapping a visible screen
            # cost 10-20 ms of the GUI thread, this way about 3
            old.setUpdatesEnabled(False)
            old.hide()
            self._layout.replaceWidget(old, screen)
            old.deleteLater()
        else:
            self._layout.addWidget(screen, 1)
        screen.show()
        if self.isVisible():
            self._focus_first(new_screen=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_first)

    def _focus_first(self, new_screen: bool = False) -> None:
        """The cursor goes to the first thing to do on the screen — if it is in view together with
        the question. Where it is not (a long screen at 200 %), the question keeps the focus and the
        view stays at the top: people read the question first; Tab then leads on."""
        screen = self.screen
        if screen is None or not shiboken6.isValid(screen):
            return
        focus = self.focusWidget()
        if not new_screen and focus is not None and screen.isAncestorOf(focus):
            return
        first = screen.first_focus
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        viewport = screen.scroll.viewport()
        if first is not None and shiboken6.isValid(first):
            in_footer = screen.footer.isAncestorOf(first)
            # a field among the essentials of a screen whose essentials come first is in view once the
            # screen is fitted (which may happen only after this)
            kept = screen.essentials_first and first in screen.essentials
            in_view = (
                first.isVisible()
                if in_footer or kept
                else first.mapTo(viewport, QPoint(0, first.height())).y() <= viewport.height()
            )
            if in_view or screen.title_label is None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if screen.title_label is not None:
            screen.title_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            screen.title_label.setFocus(Qt.FocusReason.OtherFocusReason)
            screen.scroll.verticalScrollBar().setValue(0)

    # --- background work ------------------------------------------------------------------------
    def run(
        self,
        work: Callable[[Any], Any],
        label: str,
        on_success: Callable[[Any], Any],
        *,
        on_failure: Callable[[Failure], Any] | None = None,
        late: Callable[[Any], Any] | None = None,
        retry: bool = True,
    ) -> Job:
        """Run ``work(cancel)`` in the worker with a progress panel; problems go on the screen."""

        def again() -> None:
            self.run(work, label, on_success, on_failure=on_failure, late=late, retry=retry)

        job_box: list[Job] = []

        def current() -> bool:
            return bool(job_box) and self.job is job_box[0] and self.screen is not None

        def failed(f: Failure) -> None:
            if not current():
                return
            if on_failure is not None:
                on_failure(f)
            else:
                self.screen.problem(f.text, again if (retry and f.can_retry) else None, details=details_of(f))

        def cancelled() -> None:
            # "Abbrechen" on the panel: the page stays usable; say so and offer to try again
            if current():
                self.screen.problem(self.tr("Sie haben abgebrochen."), again)

        # the panel covers the screen, not the practice banner above it
        op = (
            Op(work, parent=self)
            .with_progress(label, over=self.screen)
            .success(on_success)
            .failure(failed)
            .cancelled(cancelled)
        )
        if late is not None:
            op.late(late)
        self.job = op.run_in_background()
        job_box.append(self.job)
        self.destroyed.connect(self.job.cancel)  # the window dropped the page: end the call too
        return self.job

    def need(self, s: FlowScreen, loader: Loader) -> bool:
        """For a step that needs data: True if it is there; else 'Einen Moment bitte', load, show again."""
        if loader.have():
            return True
        s.title(words.one_moment())
        QTimer.singleShot(0, lambda: self.run(loader.work, loader.label, lambda r: (loader.store(r), self.refresh())))
        return False

    def load_then(self, loader: Loader, step: Step) -> None:
        """Load first (the current screen stays, under the progress panel), then show ``step``."""
        if loader.have():
            self.go(step)
        else:
            self.run(loader.work, loader.label, lambda r: (loader.store(r), self.go(step)))

    def _cancel_job(self) -> None:
        job, self.job = self.job, None
        if job is not None and not job.done:
            job.cancel()

    # --- drafts (one file per kind; a practice draft never goes to the real server) ----------------
    draft: Any = None
    draft_problem: Any = None

    def mode(self) -> str:
        return "practice" if self.session.practice else "real"

    def load_draft(self, cls: type, usable: Callable[[Any], bool] = lambda d: True) -> None:
        from assistant.portal import drafts

        draft_writer.flush()
        draft, self.draft_problem = drafts.load_draft(cls)
        same_mode = (draft.step or "").partition(":")[0] == self.mode()
        self.draft = draft if same_mode and usable(draft) else cls()

    def save(self, step: str) -> None:
        """Save the draft after every step (in the background), with its step and mode."""
        self.draft.step = f"{self.mode()}:{step}"
        draft_writer.save(self.draft)

    def discard_draft(self) -> None:
        draft_writer.discard(self.draft.kind)

    def step_id(self) -> str:
        return (self.draft.step or "").partition(":")[2]

    # --- common screens --------------------------------------------------------------------------
    def first_screen(
        self,
        s: FlowScreen,
        *,
        title: str,
        broken: str,
        started: str,
        details: list[str],
        pending: str,
        in_progress: bool,
        is_pending: bool,
        resume: Callable[[], object],
        new_text: str,
        new: Callable[[], object],
        mine_text: str,
        mine: Step,
        new_key: str = "new",
        mine_key: str = "mine",
    ) -> None:
        """A flow's first screen: continue a draft or start anew, one's own list, practice, settings.
        ``new_key`` / ``mine_key``: the object names of the two buttons (see ``FlowScreen.choice``)."""
        s.title(title)
        if self.draft_problem is not None:
            s.text(broken)
        if in_progress:
            s.text(started)
            for line in details:
                if line:
                    s.text(line)
            if is_pending:
                s.text(pending)
            s.choice(self.tr("Weitermachen"), resume, primary=True, key="resume")
            s.choice(self.tr("Neu anfangen"), new, key="start-again")
        else:
            s.choice(new_text, new, primary=True, key=new_key)
        s.choice(mine_text, lambda: self.go(mine), key=mine_key)
        self.footer(s)

    def fallback_screen(
        self,
        s: FlowScreen,
        capability: Capability,
        title: str,
        sentence: str,
        extra: tuple[str, Step] | None = None,
        extra_key: str = "mine",
    ) -> None:
        """The city has no server for this: say where to go instead (web page, phone), never pretend."""
        fb = self.session.config.fallback(capability)
        s.title(title)
        s.text(sentence.replace("%1", self.session.config.city_name))
        if fb.text:
            s.text(fb.text)
        if fb.web:
            s.text(words.on_the_web().replace("%1", fb.web), selectable=True)
        if fb.phone:
            s.text(self.tr("Am Telefon: %1").replace("%1", fb.phone), selectable=True)
        if extra is not None:
            s.choice(extra[0], lambda: self.go(extra[1]), key=extra_key)
        s.choice(words.to_home(), self.go_home, primary=True, key="home")
        self.footer(s)

    def footer(self, s: FlowScreen) -> None:
        """The practice switch for volunteers. Staff settings are not offered to residents here: staff
        open them from Help ("Einstellungen für Mitarbeitende"), never at a counter."""
        if self.staff_locked():  # at a counter: nothing here that only staff may change
            return
        self.practice_switch(s)

    def staff_locked(self) -> bool:
        """True at a service counter (``PageContext.visit.staff_locked``, set by assistant.ui.roles)."""
        visit = getattr(self.context, "visit", None)  # a page may run without the window (tests)
        return bool(visit is not None and visit.staff_locked)

    # --- mode -----------------------------------------------------------------------------------
    def _update_banner(self) -> None:
        self.banner.setVisible(self.session.practice)
        self.practice_changed.emit(self.session.practice)

    def is_practice(self) -> bool:
        return self.session.practice

    def _mode_changed(self) -> None:
        self._update_banner()
        self.on_mode_changed()

    def practice_switch(self, screen: FlowScreen) -> None:
        """The small 'practise' button at the bottom of a first screen (for volunteers)."""
        if not self.session.practice:
            screen.small_button(
                self.tr("Mit dem Übungsportal üben"), lambda: self.session.set_practice(True), key="practice"
            )

    def kept_text(self) -> str:
        """What happens to what was typed: kept at home; in a library or at a counter only until the
        person is done (a session end deletes it), so Help never promises more."""
        if self.may_keep_files():
            return self.tr("Was Sie eingegeben haben, bleibt gespeichert.")
        return self.tr("Was Sie eingegeben haben, bleibt, bis Sie fertig sind. Dann wird es gelöscht.")

    def offer_sheet(self, sheet: TakeHomeSheet, title: str, lines: list[str]) -> None:
        """The take-home sheet, offered the way this place's role says: through the visit
        (``PageContext.visit.offer_sheet``, set by assistant.ui.roles: print, and at home also save),
        the same route as a guide's end step. A page shown without the roles layer (its own tests)
        prints ``title`` and ``lines`` instead."""
        visit = getattr(self.context, "visit", None)  # a page may run without the window (tests)
        offer = visit.offer_sheet if visit is not None else None
        if offer is None:
            from assistant.ui.portal.printing import print_document

            print_document(self, title, lines)
            return
        self.sheet_dialog = offer(sheet)

    def may_keep_files(self) -> bool:
        """False in a library session or at a counter (``PageContext.visit.session_only``): a saved PDF or
        .ics would outlive the session there, so only printing is offered."""
        visit = getattr(self.context, "visit", None)  # a page may run without the window (tests)
        return not (visit is not None and visit.session_only)

    # --- CapabilityPage -------------------------------------------------------------------------
    def page_title(self) -> str:
        """The flow's name (the window title); each flow says its own."""
        return self.windowTitle()

    def switch_config(self, lang: str) -> None:
        """The city's own texts (task names, fallbacks) in ``lang`` too."""
        from assistant.portal.config import portal_config

        if lang != self.session.language:
            self.session.language = lang
            self.session.config = portal_config(self.session.city, lang)

    def language_changed(self, lang: str) -> None:
        """Show the current step again in the new language (what was typed is kept by ``on_leave``)."""
        from assistant.ui.portal.texts import set_language

        self.switch_config(lang)
        set_language(lang)
        self.banner.retranslate()
        self.setWindowTitle(self.page_title())
        if self.job is not None and not self.job.done:
            return  # never cancel a call for a language switch (a booking being sent): the next screen is new
        self.refresh()

    def read_aloud_text(self) -> str:
        parts = list(self.screen.spoken) if self.screen is not None else []
        if self.session.practice:
            parts.insert(0, self.banner.sentence)  # the whole sentence, also where a short form is shown
        return " ".join(p.rstrip(".") + "." for p in parts if p)

    def step_title(self) -> str:
        return self.windowTitle()
