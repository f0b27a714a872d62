"""The eID pages: the PIN change (``eid.change-pin``) and the card check (``eid.read-card``).

Each page is a thin view of a Qt-free state machine (``assistant.eid.workflow``): the machine says
what to show and what to send; the page shows it in large print, sends through ``EidConnection``
and forwards what the person does. A screen is rebuilt only when what it shows changes, so the
digits on the number pad survive status updates (and a card taken off and laid back).
Nothing here waits or times out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from assistant.eid import locate
from assistant.eid.messages import Command, ProtocolError, get_reader_list
from assistant.eid.workflow import CardCheck, ChangePin, EidNotice, Ending, Entry, Letter, Screen, View, hello
from assistant.ui import theme
from assistant.ui.capabilities import CapabilityPage, PageContext
from assistant.ui.eid.connection import PRACTICE, PRACTICE_CHOICES, EidConnection, use_ausweisapp_simulator
from assistant.ui.eid.pinpad import PinPad, announce_text
from assistant.ui.eid.strip import PracticeBanner, StatusStrip
from assistant.ui.eid.texts import EidTexts, ScreenText
from assistant.ui.step_page import image_path
from assistant.ui.widgets import BigButton, BodyLabel, ButtonPager, HeadingLabel, Page, Picture, TextLabel, TitleLabel

if TYPE_CHECKING:
    from assistant.core.guide import Step
    from assistant.eid.practice_card import PracticeCard

SET_CARD_DELAY_MS = 500  # shared/ausweisapp/README.md: wait ~0.5 s after INSERT_CARD before SET_CARD
READER_LIST_AGAIN_MS = 1500  # while AusweisApp reports no reader at all, ask again (its start-up race)
RETRY_AFTER_START_MS = 1500  # after "AusweisApp starten": try to connect at once, not only every 2 s
CAN_PICTURE = "card-can.svg"  # made for the guide (resources/images); the CAN bottom right
READER_PICTURE = "card-reader.svg"

# guide steps that already said which PIN the person has (R18: never ask again)
LETTER_OF_STEP = {"change-transport": Letter.TRANSPORT, "change-known": Letter.OWN}
LETTER_OF_PRACTICE = {"transport-pin": Letter.TRANSPORT}
# ... or the guide remembered it on an answer (pin_kind), e.g. before the last try or the PUK
LETTER_OF_FACT = {"transport": Letter.TRANSPORT, "own": Letter.OWN}


def _stop_practice_of(mine: list[PracticeCard | None]) -> None:
    if mine[0] is not None and PRACTICE.card is mine[0]:
        PRACTICE.stop()


def _facts(ctx: PageContext | None) -> dict[str, str]:
    facts = ctx.facts if ctx is not None else None
    return dict(facts) if isinstance(facts, dict) else {}


class EidPage(CapabilityPage):
    """What both eID pages share: practice banner, status strip, a content area, the connection.

    Practice mode belongs to the PIN change only (``offers_practice``): it lives as long as that page
    and ends with it, so no later screen can mistake the practice card for the person's own card.
    """

    offers_practice = False

    def __init__(self, ctx: PageContext | None = None, step: Step | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.step = step
        self.t = EidTexts(self, office=_facts(ctx).get("office_name", ""))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.page = Page()
        lay.addWidget(self.page)
        self.body = self.page.body
        self.body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        col = self.page.column
        self.banner = PracticeBanner()
        self.banner.stop.connect(self.stop_practice)
        col.addWidget(self.banner)
        self.strip = StatusStrip()
        self.strip.retry.connect(self.retry)
        self.strip.start_app.connect(self.start_ausweisapp)
        col.addWidget(self.strip)
        self.installed = locate.find_ausweisapp()  # file look-ups only; tells "not installed" from "not running"
        self._strip_note = ""
        self._reask = QTimer(self)
        self._reask.setInterval(READER_LIST_AGAIN_MS)
        self._reask.timeout.connect(self._ask_readers_again)
        self.content = QWidget()
        self.content_lay = QVBoxLayout(self.content)
        self.content_lay.setContentsMargins(0, 4, 0, 0)
        self.content_lay.setSpacing(18)
        col.addWidget(self.content)
        self.page.finish()
        # what a person must press sits in the page's footer, never scrolled (docs/ui.md "Fitting"):
        # the number pad with its message right above it, then the buttons (in pages if they are many)
        translate = QCoreApplication.translate
        self.footer_slot = QVBoxLayout()
        self.footer_slot.setSpacing(12)
        self.page.footer_column.addLayout(self.footer_slot)
        self.pager = ButtonPager(
            translate("EidLayout", "Weitere Möglichkeiten ↓"),
            translate("EidLayout", "↑ Vorige Möglichkeiten"),
            may_fold=True,
        )
        self.pager.more_button.setAccessibleName(translate("EidLayout", "Weitere Möglichkeiten zeigen"))
        self.pager.back_button.setAccessibleName(translate("EidLayout", "Vorige Möglichkeiten zeigen"))
        self.page.footer_column.addWidget(self.pager)
        self.page.essentials = [self.banner, self.strip]
        self.page.fit_footer = self._fit_footer
        self._full_essential_height = self.page.essential_height
        self.page.essential_height = self._essential_height
        self.title: TextLabel | None = None
        self.pad: PinPad | None = None
        self.buttons: dict[str, BigButton] = {}
        self.notice_label: TextLabel | None = None
        self._texts: list[str] = []
        self._choosing = False
        self._shown: object = object()
        # what the PIN change keeps (ChangePinPage); declared here, so the shared code reads it plainly
        self._preset: Letter | None = None  # the letter the guide's step or facts chose
        self._kept_pad: PinPad | None = None  # the pad kept while the card is off the reader
        self._kept_key: tuple[object, ...] | None = None
        self._practice_card: list[PracticeCard | None] | None = None  # None: this page offers no practice
        self._practice_problem = False
        self._said_practising = False
        self._said_secret = (False, False)
        self.conn = EidConnection(self, allow_practice=self.offers_practice)
        self.conn.connected.connect(self._on_connected)
        self.conn.disconnected.connect(self._on_disconnected)
        self.conn.message.connect(self._on_message)
        self.conn.unreadable.connect(self._on_unreadable)

    # --- connection (subclasses feed their state machine) -------------------------------------
    @property
    def machine(self) -> ChangePin | CardCheck:  # pragma: no cover - overridden
        raise NotImplementedError

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def start(self) -> None:
        self.conn.open()
        self.refresh()

    def _on_connected(self) -> None:
        self._strip_note = ""
        self.send(hello() + self.machine.connected())
        self._reask.start()

    def _ask_readers_again(self) -> None:
        """The reader list stays empty on a connection made just as AusweisApp opened its port."""
        if self.machine.watch.needs_reader_list():
            self.conn.send([get_reader_list()])
        elif self.machine.watch.readers:
            self._reask.stop()

    def start_ausweisapp(self) -> None:
        """'AusweisApp starten': start the installed AusweisApp (its window hidden) and connect."""
        if self.installed is None or not locate.start(self.installed):
            self._strip_note = self.t.app_start_failed()
        else:
            self._strip_note = self.t.app_starting()
            QTimer.singleShot(RETRY_AFTER_START_MS, self, self.retry)
        self.refresh()

    def _on_disconnected(self, reason: str) -> None:
        self._reask.stop()
        self.send(self.machine.disconnected(reason))

    def _on_message(self, msg: Any) -> None:
        self.send(self.machine.receive(msg))

    def _on_unreadable(self) -> None:
        self.send(self.machine.receive(ProtocolError("not-json", "unreadable frame")))

    def send(self, commands: list[Command]) -> None:
        later = [c for c in commands if c.cmd == "SET_CARD"]
        self.conn.send([c for c in commands if c.cmd != "SET_CARD"])
        if later:  # AusweisApp 1.26.2: SET_CARD right after INSERT_CARD provokes its false success
            QTimer.singleShot(SET_CARD_DELAY_MS, self, lambda: self.conn.send(later))
        self.refresh()

    def retry(self) -> None:
        self.conn.retry()

    # --- practice mode -------------------------------------------------------------------------
    def choose_practice(self) -> None:
        self._choosing = True
        self.refresh()

    def start_practice(self, scenario: str) -> None:
        self._choosing = False
        self.reset_machine(LETTER_OF_PRACTICE.get(scenario, Letter.OWN))
        if not self.conn.start_practice(scenario=scenario):
            self._practice_problem = True
        if self._practice_card is not None:
            self._practice_card[0] = PRACTICE.card
        self.refresh()

    def stop_practice(self) -> None:
        """'Übungsmodus beenden' / 'Jetzt mit meinem echten Ausweis': from now on the real card."""
        self._choosing = False
        self.conn.stop_practice()
        self.reset_machine(self._preset)
        self.conn.open()
        self.refresh()

    brief_strip = False

    def reset_machine(self, letter: Letter | None) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _practice_screen(self) -> None:
        title, lines, labels, back = self.t.practice_choice()
        self._heading(title)
        for line in lines:
            self._para(line)
        for scenario in PRACTICE_CHOICES:
            self._button(f"practice-{scenario}", labels[scenario], lambda s=scenario: self.start_practice(s))
        self._button("practice-back", back, self._leave_chooser)

    def _leave_chooser(self) -> None:
        self._choosing = False
        self.refresh()

    # --- building screens -----------------------------------------------------------------------
    def _clear(self) -> None:
        keep = self._kept_pad
        old_buttons = list(self.buttons.values())
        self.pager.set_buttons([])
        if self.pad is not None:
            self.pad.set_problem(None)
        for lay in (self.content_lay, self.footer_slot):
            while lay.count():
                item = lay.takeAt(0)
                w = item.widget()
                if w is None:
                    continue
                if w is keep:
                    w.setParent(None)
                    continue
                w.hide()
                w.deleteLater()
        for b in old_buttons:
            b.hide()
            b.deleteLater()
        self.buttons = {}
        self.pad = None
        self.notice_label = None
        self._texts = []

    def _add(self, w: QWidget, *args: Any) -> None:
        """Add to the screen and show at once (so the focus can go there right away)."""
        self.content_lay.addWidget(w, *args)
        w.show()

    def _heading(self, text: str) -> None:
        self.title = TitleLabel(text)
        self.title_changed.emit()  # the window title follows the screen
        self.title.setAccessibleName(text)
        self._add(self.title)
        self._texts.append(text)

    def _para(self, text: str) -> TextLabel | None:
        if not text:
            return None
        label = BodyLabel(text)
        label.setAccessibleName(text)
        self._add(label)
        self._texts.append(text)
        return label

    def _box(self, text: str, *, strong: bool = False) -> TextLabel | None:
        if not text:
            return None
        label = BodyLabel(text)
        label.setProperty("role", "status")
        if strong:
            label.setStyleSheet("font-weight: bold;")
        label.setAccessibleName(text)
        self._add(label)
        self._texts.append(text)
        return label

    def _button(self, key: str, text: str, action: Callable[[], object], *, primary: bool = False) -> BigButton:
        b = BigButton(text, primary=primary)
        b.setObjectName(key)
        b.setAccessibleName(text)
        b.clicked.connect(lambda _=False: action())
        self.buttons[key] = b
        self.pager.set_buttons(list(self.buttons.values()))  # shown at once (the focus may go there)
        self._texts.append(text)
        return b

    def _place_footer(self) -> None:
        """After a screen is drawn: the pad (with the message about it right above it) into the footer,
        the title counted as what must stay in view, then fit the page to the room it has."""
        if self.pad is not None:
            self.content_lay.removeWidget(self.pad)
            self.footer_slot.addWidget(self.pad)
            self.pad.show()
            if self.notice_label is not None:  # the message about the digits: inside the pad, at its field
                self.content_lay.removeWidget(self.notice_label)
            self.pad.set_problem(self.notice_label)
        self.page.essentials = [w for w in (self.banner, self.strip, self.title) if w is not None]
        self.page.scroll.verticalScrollBar().setValue(0)
        self.page.fit_to_view()

    def _essential_height(self, width: int) -> int:
        """The title stays in view unless the number pad would not fit then: the pad wins (the title
        and the text can be scrolled to; the pad is what a person presses)."""
        full = self._full_essential_height(width)
        if self.pad is None:
            return full
        nav = (
            self.pager.more_button.heightForWidth(width) + self.page.footer_column.spacing()
            if self.pager.buttons
            else 0
        )
        need = self.pad.least_height(width) + nav + self.footer_slot.spacing() + self.page.MARGINS[3]
        return max(0, min(full, self.page.height() - need))

    def _fit_footer(self, width: int, room: int) -> None:
        """The buttons first (in pages if needed), then the pad's keys take the room that is left."""
        if self.pad is None:
            if self.pager.columns != 1:
                self.pager.columns, self.pager._fit_key = 1, None
            self.pager.fit(width, room)
            return
        room -= self.footer_slot.spacing() + self.page.footer_column.spacing()
        columns = 2 if width >= 700 else 1  # beside the pad: the other ways side by side
        if self.pager.columns != columns:
            self.pager.columns, self.pager._fit_key = columns, None
        self.pager.fit(width, room - self.pad.least_height(width))
        self.pad.fit(width, room - self.pager.needed_height(width))

    def _picture(self, file: str, alt: str, height: int = 200) -> None:
        path = image_path(file)
        pic = Picture(path, alt, height=height) if path else None
        if pic is not None and pic.ok:
            self._add(pic)
        else:
            self._para(alt)

    def _picture_beside(self, file: str, alt: str, lines: list[str]) -> None:
        """A picture with its text beside it (below it from 175 % text size on: no squeezing)."""
        if theme.metrics().zoom >= 175:
            self._picture(file, alt)
            for line in lines:
                self._para(line)
            return
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(24)
        path = image_path(file)
        pic = Picture(path, alt, height=190) if path else None
        if pic is not None and pic.ok:
            h.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
        else:
            lines = [alt, *lines]
        col = QVBoxLayout()
        col.setSpacing(12)
        for line in lines:
            label = BodyLabel(line)
            label.setAccessibleName(line)
            col.addWidget(label)
            self._texts.append(line)
        col.addStretch(1)
        h.addLayout(col, 1)
        self._add(row)

    def _section(self, heading: str) -> None:
        rule = QFrame()
        rule.setProperty("role", "section")
        rule.setFixedHeight(2)
        self._add(rule)
        h = HeadingLabel(heading)
        h.setAccessibleName(heading)
        self._add(h)
        self._texts.append(heading)

    def _screen_text(self, st: ScreenText) -> None:
        self._heading(st.title)
        for line in st.body:
            self._para(line)

    def _focus_first(self) -> None:
        target: QWidget | None = self.pad
        if target is None:
            for b in self.buttons.values():
                target = b
                break
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _paint_status(self) -> None:
        practising = self.practising
        self.banner.setVisible(practising)
        if practising != self._said_practising:
            self._said_practising = practising
            self.practice_changed.emit(practising)  # the window marks its title "Übung"
        if practising:
            self.banner.set_values(self.t.practice_values(*PRACTICE.values()))
        self.strip.show_status(
            self.machine.watch.status(),
            practising=practising,
            brief=self.strip_brief(),
            offer_retry=self.strip_offers_retry(),
            installed=self.installed is not None,
            note=self._strip_note,
        )
        self.strip.setVisible(self.strip_wanted())

    def strip_brief(self) -> bool:
        return self.brief_strip

    def strip_wanted(self) -> bool:
        return True

    def strip_offers_retry(self) -> bool:
        return True

    @property
    def practising(self) -> bool:
        return self.offers_practice and PRACTICE.active

    def is_practice(self) -> bool:
        return self.practising

    # --- what the window asks ---------------------------------------------------------------------
    def read_aloud_text(self) -> str:
        parts = []
        if self.practising:
            parts.append(self.t.practice_banner())
        parts.append(self.strip.text.text())
        parts += self._texts
        return "\n".join(p for p in parts if p)

    def help_text(self) -> str:
        return self.t.help()

    def step_title(self) -> str:
        return self.title.text() if self.title is not None else self.windowTitle()


class ChangePinPage(EidPage):
    """``eid.change-pin``: the PIN change, one question a screen."""

    brief_strip = True
    offers_practice = True

    def __init__(
        self,
        ctx: PageContext | None = None,
        step: Step | None = None,
        parent: QWidget | None = None,
        *,
        autostart: bool = True,
    ) -> None:
        super().__init__(ctx, step, parent)
        self.setWindowTitle(self.t.change_pin_title())
        self._preset = LETTER_OF_STEP.get(step.id if step is not None else "") or LETTER_OF_FACT.get(
            _facts(ctx).get("pin_kind", "")
        )
        self._pad_key: tuple[object, ...] | None = None
        self.history: list[tuple[Screen, Entry | None]] = []  # screens shown (no digits), for tests
        PRACTICE.stop()  # a new PIN-change page starts with the real card
        # The window may drop this page without finishing it ("Start", a session end): its practice
        # card ends with it — unless a newer page started its own meanwhile.
        practice_card: list[PracticeCard | None] = [None]
        self._practice_card = practice_card
        self.destroyed.connect(lambda _o=None, mine=practice_card: _stop_practice_of(mine))
        self._start_machine(self._preset)
        if autostart:
            self.start()

    @property
    def machine(self) -> ChangePin:
        return self.wf

    def strip_offers_retry(self) -> bool:
        return self._choosing or self.wf.view.screen not in (Screen.WAIT_APP, Screen.APP_GONE)

    def strip_wanted(self) -> bool:
        # an ending reports what happened; "legen Sie den Ausweis auf" would be wrong there
        return self._choosing or not self.wf.ended

    def reset_machine(self, letter: Letter | None) -> None:
        self.conn.send(self.wf.leave())
        self._start_machine(letter)

    def _start_machine(self, letter: Letter | None) -> None:
        self._drop_kept_pad()
        self.wf = ChangePin(connected=False, simulator_card=use_ausweisapp_simulator() and not self.practising)
        if letter is not None:
            self.wf.choose_letter(letter)  # not connected yet: waits for AusweisApp, then starts
        self._shown = object()

    # --- the person's actions (each one: machine → commands → screen) --------------------------
    def act(self, fn: Callable[..., list[Command]], *args: Any) -> None:
        self.send(fn(*args))

    def submit_pad(self) -> None:
        if self.pad is None:
            return
        secret = self.pad.take()
        self._drop_kept_pad()
        self.act(self.wf.submit, secret)

    def finish_page(self) -> None:
        # after practice the person's own PIN is as it was: never report the practice card's result
        outcome = "not-changed" if self.practising else (self.wf.outcome or "not-changed")
        self._close()
        self.finished.emit(outcome)

    def give_up(self) -> None:
        """'Ohne AusweisApp weiter': the guide shows how to do it in AusweisApp itself."""
        self._close()
        self.finished.emit("unavailable")

    def _close(self) -> None:
        self._drop_kept_pad()
        self.conn.send(self.wf.leave())
        self.conn.close()
        PRACTICE.stop()

    def go_back(self) -> bool:
        if self._choosing:
            self._leave_chooser()
            return True
        handled, cmds = self.wf.go_back()
        if handled:
            self.send(cmds)
            return True
        self._close()
        return False

    def is_secret_entry(self) -> bool:
        return not self._choosing and self.wf.view.is_secret_entry

    def secret_on_keypad(self) -> bool:
        """The reader has its own keypad: the person types the PIN, CAN or PUK there (the helper view says so)."""
        return not self._choosing and self.wf.view.screen is Screen.KEYPAD

    # --- drawing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._paint_status()
        key = ("choose",) if self._choosing else self.wf.view
        if key == self._shown:
            return
        self._shown = key
        self._keep_pad_if_card_removed()
        self._clear()
        if self._choosing:
            self._practice_screen()
        else:
            self.history.append((self.wf.view.screen, self.wf.view.entry))
            self._draw(self.wf.view)
        self.content_lay.addStretch(1)
        self._place_footer()
        self._focus_first()
        secret = (self.is_secret_entry(), self.secret_on_keypad())
        if secret != self._said_secret:
            self._said_secret = secret
            self.secret_entry_changed.emit(secret[0])  # the helper view asks to look away (no polling)
        if self.title is not None:
            self.body.setAccessibleName(self.title.text())
            said = self.title.text()
            if self.notice_label is not None:
                said = self.notice_label.text() + " " + said
            announce_text(self, said)

    def _keep_pad_if_card_removed(self) -> None:
        """Card taken off mid-entry: keep what was typed until it is laid back (nothing is lost)."""
        v = self.wf.view
        if self.pad is not None and v.screen is Screen.CARD_REMOVED and v.resume is not None:
            self._kept_pad, self._kept_key = self.pad, self._pad_key
            self.pad.submitted.disconnect()
        elif (
            v.screen not in (Screen.CARD_REMOVED,)
            and self._kept_key is not None
            and self._kept_key != self._view_pad_key(v)
        ):
            self._drop_kept_pad()

    def _drop_kept_pad(self) -> None:
        pad, self._kept_pad, self._kept_key = self._kept_pad, None, None
        if pad is not None:
            pad.clear()
            pad.deleteLater()

    @staticmethod
    def _view_pad_key(v: View) -> tuple:
        return (v.screen, v.entry, v.digits)

    def _add_pad(self, v: View) -> None:
        key = self._view_pad_key(v)
        if self._kept_pad is not None and self._kept_key == key:
            pad, self._kept_pad, self._kept_key = self._kept_pad, None, None
        else:
            self._drop_kept_pad()
            pad = PinPad(v.digits, self.t.entry_name(v.entry))
        pad.setObjectName("pinpad")
        pad.submitted.connect(self.submit_pad)
        self.pad = pad
        self._pad_key = key
        self._add(pad)

    def _draw(self, v: View) -> None:
        s = v.screen
        if s is Screen.END:
            self._draw_end(v)
            return
        st = self.t.screen(v)
        self._heading(st.title)
        notice = self.t.notice(v)
        if notice:
            self.notice_label = self._box(notice)
        if s is Screen.CAN or (s is Screen.KEYPAD and v.entry is Entry.CAN):
            self._picture_beside(CAN_PICTURE, self.t.can_picture(), st.body)
        else:
            for line in st.body:
                self._para(line)
        if st.warning:
            self._box(st.warning, strong=True)
        if s is Screen.LETTER:
            for letter, text in self.t.letter_answers():
                key = {Letter.TRANSPORT: "letter-transport", Letter.OWN: "letter-own", None: "letter-unknown"}[letter]
                self._button(key, text, lambda letter=letter: self.act(self.wf.choose_letter, letter))
            if not self.practising:
                self._button("practice", self.t.practice_start(), self.choose_practice)
            return
        if s is Screen.WAIT_ANSWER:  # no time limit: the person decides when to stop waiting
            self._button("stop-waiting", self.t.stop_waiting(), lambda: self.act(self.wf.stop_waiting))
            return
        if s is Screen.LAST_TRY_STOP:
            self._button("office", self.t.office(), lambda: self.act(self.wf.choose_office), primary=True)
            self._button("sure", self.t.sure(), lambda: self.act(self.wf.confirm_last_try))
            return
        if s is Screen.NEW_PIN_ADVICE:
            self._button("other-pin", self.t.other_pin(), lambda: self.act(self.wf.choose_other_pin), primary=True)
            self._button("keep-pin", self.t.keep_weak(), lambda: self.act(self.wf.keep_weak_pin))
            return
        if s in (Screen.PIN, Screen.CAN, Screen.PUK, Screen.NEW_PIN, Screen.NEW_PIN_REPEAT):
            self._add_pad(v)
        if (s is Screen.PIN and v.tries_left is not None and v.tries_left <= 2) or s is Screen.CAN:
            self._button("office", self.t.office(), lambda: self.act(self.wf.choose_office))
        if s is Screen.KEYPAD and v.entry is Entry.PIN and v.tries_left is not None and v.tries_left <= 2:
            self._button("office", self.t.office(), lambda: self.act(self.wf.choose_office))
        if s is Screen.PUK or (s is Screen.KEYPAD and v.entry is Entry.PUK):
            self._button("no-puk", self.t.no_puk(), lambda: self.act(self.wf.choose_office))
        if s is Screen.PIN and (v.tries_left == 3 or v.notice is EidNotice.WRONG_LENGTH):
            self._button("other-letter", self.t.other_letter(), self.go_back)
        if s in (Screen.WAIT_APP, Screen.APP_GONE):
            self._button("retry", self.t.retry(), self.retry, primary=True)
            if not self.practising:
                self._button("practice", self.t.practice_start(), self.choose_practice)
            self._button("give-up", self.t.without_lotse(), self.give_up)
        if self._practice_problem:
            self._box(self.t.practice_failed())
            self._practice_problem = False
        self._button("cancel", self.t.cancel(), lambda: self.act(self.wf.cancel))

    def _draw_end(self, v: View) -> None:
        st = self.t.practice_ending(v) if self.practising else self.t.ending(v)
        self._heading(st.title)
        for line in st.body:
            self._para(line)
        if st.todo:
            self._section(self.t.todo_heading())
            for n, line in enumerate(st.todo, 1):
                self._para(f"{n}. {line}")
        if self.practising:
            self._button("real-card", self.t.practice_to_real(), self.stop_practice, primary=True)
            self._button("practice-again", self.t.practice_again(), self.choose_practice)
            self._button("next", self.t.practice_back_to_guide(), self.finish_page)
        elif v.ending is Ending.NOTHING_CHANGED:
            self._button("again", self.t.again(), lambda: self.act(self.wf.start_again), primary=True)
            self._button("next", self.t.next(), self.finish_page)
        else:
            self._button("next", self.t.next(), self.finish_page, primary=True)


class ReadCardPage(EidPage):
    """``eid.read-card``: how many tries are left? Never asks for a PIN."""

    def __init__(
        self,
        ctx: PageContext | None = None,
        step: Step | None = None,
        parent: QWidget | None = None,
        *,
        autostart: bool = True,
    ) -> None:
        super().__init__(ctx, step, parent)
        self.setWindowTitle(self.t.read_card_title())
        self._practice_problem = False
        self.chk = CardCheck()
        if autostart:
            self.start()

    @property
    def machine(self) -> CardCheck:
        return self.chk

    def strip_brief(self) -> bool:
        return self.chk.result is not None  # the result box says the card's state: not twice

    def reset_machine(self, letter: Letter | None) -> None:
        self.chk = CardCheck()
        self._shown = object()

    def refresh(self) -> None:
        self._paint_status()
        status = self.chk.status()
        key = ("choose",) if self._choosing else (self.chk.result, status.kind)
        if key == self._shown:
            return
        self._shown = key
        self._clear()
        if self._choosing:
            self._practice_screen()
        else:
            self._heading(self.t.read_card_title())
            if self.chk.result is not None:
                self._box(self.t.card_state(self.chk.result), strong=True)
                self._button("next", self.t.next(), self.finish_page, primary=True)
            else:
                for line in self.t.read_card_body():
                    self._para(line)
                self._picture(READER_PICTURE, self.t.reader_picture(), height=160)
                self._button("skip", self.t.read_card_skip(), self.give_up)
        self.content_lay.addStretch(1)
        self._place_footer()
        if self.title is not None:
            self.body.setAccessibleName(self.title.text())
        if self.chk.result is not None:
            announce_text(self, self.t.card_state(self.chk.result))
            self._focus_first()

    def finish_page(self) -> None:
        result = self.chk.result or "unavailable"
        self.conn.close()
        self.finished.emit(result)

    def give_up(self) -> None:
        self.conn.close()
        self.finished.emit("unavailable")

    def go_back(self) -> bool:
        if self._choosing:
            self._leave_chooser()
            return True
        self.conn.close()
        return False
