"""The roles attached to the main window: the strip with the session buttons, the helper view, the
counter mode (full screen, close guard, inactivity warning) and the take-home sheet offers.

Plugs in through the visit (``window.ctx.visit``, assistant.core.visit): it sets the visit's rules
(``session_only``, ``staff_locked``), its sheet offer and what it puts into the places the window
and its pages offer (assistant.ui.places: its strip into ``window-top``, the sheet offer into a
guide's ``step-end``); it never reaches into another page's layout. It follows the window's
``page_changed`` signal and the shown page's ``secret_entry_changed`` (no polling), reads
``window.run`` / ``window.page`` / ``window.screen_id`` and calls ``window.forget_session_state()``
after a session end.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from assistant.core.keyring_hook import when_keyring_opens
from assistant.core.paths import FOLDER_MARKER
from assistant.core.roles import Role, policy
from assistant.ui import theme, words
from assistant.ui.application import application
from assistant.ui.capabilities import CapabilityPage
from assistant.ui.places import STEP_END, WINDOW_TOP, Place
from assistant.ui.widgets import BigButton, SmallLabel

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QDialog

    from assistant.core.inactivity import InactivityWatch
    from assistant.core.sheet import TakeHomeSheet
    from assistant.ui.main_window import MainWindow
    from assistant.ui.roles import Roles
    from assistant.ui.roles.dialogs import InactivityWarning, RoleDialog, SheetDialog

# The dialogs, the helper view, the take-home sheet and the counter's inactivity watch (with its
# staff shortcut) are imported where they are first used, not before the home screen can be
# pressed (bench/startup.py).

STAFF_EXIT_KEYS = "Ctrl+Alt+Shift+Q"
INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}


def _alive(widget: QWidget | None) -> bool:
    import shiboken6

    return widget is not None and shiboken6.isValid(widget)


class RoleStrip(QFrame):
    """A calm line above the pages with the role's buttons: the note on the left (wrapped where it must)
    and the buttons on the right where there is room, the note above the buttons where there is not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("role-strip")
        # its look is lotse.qss's: a style sheet of its own would give it and each widget in it a style
        # object of their own (Qt's style sheet proxies), ≈ 1 ms before the home screen
        self.setProperty("role", "strip")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 6, 16, 6)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.label = SmallLabel("")
        self.row = QWidget()
        self._lay = QHBoxLayout(self.row)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(12)
        self._lay.addStretch(1)
        self.buttons: dict[str, BigButton] = {}
        self.stacked: bool | None = None
        self._arrange(stacked=False)

    def add(self, key: str, text: str, *, primary: bool = False) -> BigButton:
        b = BigButton(text, primary=primary)
        b.setObjectName(f"role-{key}")
        b.setAccessibleName(text)
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        b.setSizePolicy(policy)
        self._lay.addWidget(b)
        self.buttons[key] = b
        return b

    def _arrange(self, *, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self.grid.removeWidget(self.label)
        self.grid.removeWidget(self.row)
        # no alignment: the label fills its cell and centres its text itself (QLabel's own
        # alignment), and PySide6's Qt namespace stays untouched before the home screen (widgets.py)
        self.grid.addWidget(self.label, 0, 0)
        self.grid.addWidget(self.row, 1 if stacked else 0, 0 if stacked else 1)
        self.grid.setColumnStretch(0, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        # a new text size or language changes what the row needs without a resize: decide again
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().event(event)

    def _fit(self) -> None:
        room = self.width() - 40 - sum(b.sizeHint().width() + 12 for b in self.buttons.values())
        one_line = self.label.fontMetrics().horizontalAdvance(self.label.text())
        # beside the buttons while the note has a third of the strip there (it wraps into a few lines,
        # less tall than a line of note above a row of buttons); above them where it would be squeezed
        self._arrange(stacked=room < min(one_line, self.width() // 3))


def _accept_then(dialog: QDialog, act: Callable[[], None]) -> Callable[[], None]:
    """A dialog's "yes": close the dialog, then ``act``."""

    def accept_and_act() -> None:
        dialog.accept()
        act()

    return accept_and_act


class RolesController(QObject):
    def __init__(self, window: MainWindow, roles: Roles, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.roles = roles
        self.memory = roles.memory
        self.deployment = roles.deployment
        self.role = roles.role
        self.policy = policy(self.role)
        self.last_sheet: TakeHomeSheet | None = None
        self.dialog: RoleDialog | None = None
        self._helper_key: tuple[str, int, str, int] | None = None  # what the helper view shows now
        self.sheet_dialog: SheetDialog | None = None  # a sheet shown over the session end's dialog
        self.allow_close = False
        self.dock: Any = None  # assistant.ui.roles.helper_view.HelperDock in a library
        self.sheet_button: BigButton | None = None
        self.warning: InactivityWarning | None = None
        self.watch: InactivityWatch | None = None
        self.timer: QTimer | None = None

        self.strip = RoleStrip()
        self._build_strip()
        # follow the window's pages: a page change, or a new step on the same (reused) step page,
        # or a page's new title; handled once the window is done
        self._follow_scheduled = False
        self._dates_ready = False  # the calendar data is read in the background once a guide starts
        window.page_changed.connect(self._schedule_follow)
        self._follows = True
        window.installEventFilter(self)  # language change; at a counter and in a library: closing

        if self.policy.helper_view:
            from assistant.ui.roles.helper_view import HelperDock

            self.dock = HelperDock(window)
            window.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self._size_dock()
            QTimer.singleShot(0, self._size_dock)  # again once the window is shown
            self.dock.setVisible(self.deployment.library.helper_view)
            self.dock.visibilityChanged.connect(self._dock_visibility)
        self._secret_page: CapabilityPage | None = None  # the page whose "secret entry" signal we listen to
        visit = window.ctx.visit
        visit.session_only = self.policy.sessions  # Help says what is kept only until the end
        visit.offer_sheet = self.show_sheet  # pages reach the controller through the visit
        visit.fillers[WINDOW_TOP] = self._fill_top
        visit.fillers[STEP_END] = self._fill_step_end
        if self.policy.kiosk:
            visit.staff_locked = True  # no staff settings, no practice switch (PageContext)
            self._setup_counter(clock)
        window.offer_places()
        # on the first keyring use, not now: keyring and its backend search cost ≈ 16 MiB at idle
        when_keyring_opens(self._install_keyring_recorder)
        self.refresh()

    # --- the strip --------------------------------------------------------------------------------
    def _build_strip(self) -> None:
        s = self.strip
        if self.role is Role.HOME:
            s.add("forget", "", primary=False).clicked.connect(self.ask_forget_everything)
        elif self.role is Role.LIBRARY:
            s.add("helper", "").clicked.connect(self.toggle_helper)
            s.add("end", "", primary=True).clicked.connect(self.ask_end_session)
        else:
            s.add("next", "", primary=True).clicked.connect(self.ask_end_session)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the language now chosen (also after "English" / "Deutsch" in the bar)."""
        s = self.strip
        texts = {
            Role.HOME: (
                self.tr("Ihre Angaben bleiben nur auf diesem Computer."),
                {"forget": self.tr("Alles vergessen")},
            ),
            Role.LIBRARY: (
                self.tr("Hilfe-Sitzung: Am Ende wird alles Persönliche gelöscht."),
                {
                    "helper": self.tr("Helfer-Ansicht schließen")
                    if self.dock is not None and self.dock.isVisible()
                    else words.helper_view(),
                    "end": self.tr("Sitzung beenden"),
                },
            ),
            Role.COUNTER: (
                self.tr("Wenn Sie fertig sind: „Nächste Person“ löscht alles von Ihnen."),
                {"next": self.tr("Nächste Person")},
            ),
        }[self.role]
        s.label.setText(texts[0])
        for key, text in texts[1].items():
            s.buttons[key].setText(text)
            s.buttons[key].setAccessibleName(text)
        if self.dock is not None:
            self.dock.retranslate()
            self._helper_key = None
            self.update_helper()
        if self.sheet_button is not None and _alive(self.sheet_button):
            self.sheet_button.setText(self.tr("Merkzettel zum Mitnehmen drucken"))
            self.sheet_button.setAccessibleName(self.sheet_button.text())

    def refresh(self) -> None:
        """Follow the page: the home strip only on the start page; the helper view everywhere."""
        self.roles.apply_city(self.window.ctx)
        if self.role is Role.HOME:
            self.strip.setVisible(self.window.screen_id == "home")
        self.update_helper()

    # --- following the window -----------------------------------------------------------------------
    def _schedule_follow(self, *_args) -> None:
        if not self._follow_scheduled:
            self._follow_scheduled = True
            QTimer.singleShot(0, self, self._follow)  # dropped with the controller

    def _follow(self) -> None:
        self._follow_scheduled = False
        if not (_alive(self.window) and _alive(self.strip)):  # queued before the window closed
            return
        run = self.window.run
        if run is not None and not self._dates_ready:  # a guide started: its end screen writes a date
            self._dates_ready = True
            import threading

            from assistant.core import dates

            threading.Thread(target=dates.warm, args=(run.guide.lang,), name="lotse-dates", daemon=True).start()
        self._listen_to_page()
        self.refresh()
        if self.policy.sessions:
            with contextlib.suppress(OSError):
                self.memory.mark_activity()

    # --- the places the window and its pages offer (assistant.ui.places) -------------------------------
    def _fill_top(self, place: Place) -> None:
        place.put(self.strip)

    def _fill_step_end(self, place: Place, run: Any) -> None:
        """A guide's step is shown: on its end step, the take-home sheet is offered (the step page
        shows the place before "Fertig" and lays itself out)."""
        from assistant.core.sheet import sheet_from_run

        if run is None or not run.finished:
            place.show_content(False)  # the step page is reused for the next step
            return
        w = self.window
        try:
            from assistant.ui.step_page import fill_values

            lang, library = run.guide.lang, w.ctx.library
            german = library.get(run.guide.id, "de") if library is not None and lang != "de" else None
            sheet = sheet_from_run(
                run,
                w.ctx.city,
                lang,
                values=fill_values(run, w.ctx.city, lang),
                practice=w.ctx.visit.practised,
                german_guide=german,
                german_values=fill_values(run, w.ctx.city, "de"),
            )
        except Exception:  # noqa: BLE001 - a sheet problem must never break the end screen
            import traceback

            traceback.print_exc()
            place.show_content(False)
            return
        self.last_sheet = sheet
        shown = place.widget()
        button = shown if isinstance(shown, BigButton) else None
        if button is None:
            button = BigButton(self.tr("Merkzettel zum Mitnehmen drucken"))
            button.setObjectName("sheet-offer")
            button.setAccessibleName(self.tr("Merkzettel zum Mitnehmen drucken"))
            button.clicked.connect(lambda: self.last_sheet is not None and self.show_sheet(self.last_sheet))
            place.put(button)
        place.show_content(True)
        self.sheet_button = button

    # --- helper view ----------------------------------------------------------------------------------
    def _size_dock(self) -> None:
        if self.dock is not None:
            width = round(400 * theme.metrics().factor ** 0.5)
            self.window.resizeDocks([self.dock], [width], QtCore.Qt.Orientation.Horizontal)

    def toggle_helper(self) -> None:
        if self.dock is None:
            return
        self.dock.setVisible(not self.dock.isVisible())
        if self.dock.isVisible():
            self.dock.raise_()

    def _listen_to_page(self) -> None:
        """The shown page tells when a PIN, CAN or PUK is being typed (``secret_entry_changed``)."""
        page = self.window.page
        if page is self._secret_page:
            return
        if not _alive(page):  # already deleted (a newer page, or the window closing): nothing to listen to
            page = None
        old, self._secret_page = self._secret_page, page if isinstance(page, CapabilityPage) else None
        if old is not None and _alive(old):
            with contextlib.suppress(RuntimeError, TypeError):
                old.secret_entry_changed.disconnect(self._secret_entry_changed)
        if self._secret_page is not None:
            self._secret_page.secret_entry_changed.connect(self._secret_entry_changed)

    def _secret_entry_changed(self, _on: bool) -> None:
        self.update_helper()

    def _dock_visibility(self, visible: bool) -> None:
        if visible:
            self.update_helper()
        b = self.strip.buttons.get("helper")
        if b is not None:
            text = self.tr("Helfer-Ansicht schließen") if visible else words.helper_view()
            b.setText(text)
            b.setAccessibleName(text)

    def update_helper(self) -> None:
        if self.dock is None:
            return
        view = self.dock.view
        w = self.window
        page = w.page
        if isinstance(page, CapabilityPage) and page.is_secret_entry():
            if not view.secret or view.away_keypad.isVisible() != page.secret_on_keypad():
                view.show_secret_entry(True, page.secret_on_keypad())
            return
        if view.secret:
            view.show_secret_entry(False)
        key = (w.screen_id, id(page), w.run.current_id if w.run is not None else "", len(w.run.path) if w.run else 0)
        if key == self._helper_key:
            return
        self._helper_key = key
        if w.run is not None and w.screen_id not in ("home", "more", "resume"):
            from assistant.core.helper_snapshot import helper_snapshot
            from assistant.ui.step_page import fill_values

            snap = helper_snapshot(w.run, fill_values(w.run, w.ctx.city, w.run.guide.lang))
            from assistant.core.step_codes import load_codes

            view.show_snapshot(snap, self.outcome_names(), code=load_codes().code(w.run.guide.id, w.run.current_id))
        elif w.screen_id in ("home", "more", "resume", ""):
            view.show_place("")
        else:
            title = page.step_title() if isinstance(page, CapabilityPage) else w.title_text
            view.show_place(title)

    def outcome_names(self) -> dict[str, str]:
        """Readable words for the results of the capabilities (action steps) in the helper view."""
        return {
            "tries-3": self.tr("Karte gelesen: 3 Versuche"),
            "tries-2": self.tr("Karte gelesen: 2 Versuche"),
            "tries-1": self.tr("Karte gelesen: 1 Versuch (CAN nötig)"),
            "blocked": self.tr("PIN gesperrt (PUK nötig)"),
            "inoperative": self.tr("PUK aufgebraucht"),
            "deactivated": self.tr("Online-Funktion aus"),
            "changed": self.tr("PIN geändert"),
            "not-changed": self.tr("PIN nicht geändert"),
            "uncertain": self.tr("Nicht sicher, ob die PIN geändert ist"),
            "office": self.tr("Lieber zum Amt"),
            "booked": self.tr("Termin gebucht"),
            "unavailable": self.tr("Geht hier nicht / übersprungen"),
        }

    # --- the take-home sheet --------------------------------------------------------------------------
    def show_sheet(self, sheet: TakeHomeSheet, *, over: QWidget | None = None) -> SheetDialog:
        """The one route to the take-home sheet: a guide's end step, a page's "Drucken" (through
        ``Visit.offer_sheet``) and the session end (``over`` its dialog). Here the role decides how:
        printed everywhere, saved as a PDF only at home (a file would outlive a library or counter
        session). Shown over the window, it is the controller's dialog (a session end closes it)."""
        from assistant.ui.roles.dialogs import SheetDialog

        dialog = SheetDialog(over or self.window, sheet, allow_save=not self.policy.sessions)
        if over is None:
            dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
            self.dialog = dialog
        else:
            dialog.finished.connect(lambda _r: dialog.deleteLater())
            self.sheet_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: RoleDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def session_sheets(self) -> list[TakeHomeSheet]:
        """What this session could put on a sheet: the guide finished last, appointments booked,
        reports sent (read from the session's own files, before they are deleted)."""
        from assistant.core.sheet import sheet_from_booking, sheet_from_report

        out: list[TakeHomeSheet] = []
        if self.last_sheet is not None:
            out.append(self.last_sheet)
        ctx, lang = self.window.ctx, self.window.ctx.language
        try:
            from assistant.portal import secrets

            for a in secrets.saved_appointments("real")[0][:2]:  # a practice booking is no appointment
                out.append(
                    sheet_from_booking(
                        service_name=a.service_name,
                        office_name=a.office_name,
                        start=a.start,
                        number="",
                        city=ctx.city,
                        lang=lang,
                    )
                )
        except Exception:  # noqa: BLE001 - a part of the portal that is missing or broken
            pass
        try:
            from assistant.portal import reports

            for r in reports.saved_reports(mode="real")[0][:2]:
                out.append(
                    sheet_from_report(
                        service_name=str(r.get("service_name", "")),
                        address=str(r.get("address", "")),
                        request_id=str(r.get("request_id") or ""),
                        city=ctx.city,
                        lang=lang,
                    )
                )
        except Exception:  # noqa: BLE001
            pass
        return out[:3]

    # --- session end, "Nächste Person", "Alles vergessen" ----------------------------------------------
    def ask_end_session(self) -> RoleDialog:
        from assistant.ui.roles.dialogs import RoleDialog

        if self.role is Role.COUNTER:
            title = self.tr("Sind Sie fertig?")
            text = self.tr(
                "Dann wird alles gelöscht, was Sie hier eingegeben haben. Die nächste Person sieht nichts davon."
            )
            yes = self.tr("Ja, alles löschen")
        else:
            title = self.tr("Sitzung beenden?")
            text = self.tr(
                "Alles Persönliche aus dieser Sitzung wird gelöscht: wo Sie waren, Entwürfe, "
                "Termine und Meldungen auf diesem Computer."
            )
            yes = self.tr("Ja, Sitzung beenden und alles löschen")
        dialog = RoleDialog(self.window, "session-end-dialog", title, (text,))
        sheets = self.session_sheets()
        if sheets:
            dialog.add_text(self.tr("Möchten Sie vorher einen Merkzettel drucken?"))
            for n, sheet in enumerate(sheets):
                b = dialog.add_button(self.tr("Merkzettel drucken: {0}").format(sheet.title), name=f"session-sheet-{n}")
                b.clicked.connect(lambda _=False, s=sheet: self.show_sheet(s, over=dialog))
        dialog.add_button(yes, primary=True, name="session-end-yes", irreversible=True).clicked.connect(
            _accept_then(dialog, self.end_session)
        )
        dialog.add_button(self.tr("Abbrechen: weitermachen"), name="session-end-no").clicked.connect(dialog.reject)
        dialog.finish()
        return self._open(dialog)

    def _session_has_something(self) -> bool:
        """Anything personal in this session yet (more than the fresh session's own marker)?"""
        try:
            return any(
                p.is_file() and p.name not in ("session.json", FOLDER_MARKER) for p in self.memory.folder.rglob("*")
            )
        except (OSError, RuntimeError):
            return False

    def ask_close_library(self) -> RoleDialog:
        from assistant.ui.roles.dialogs import RoleDialog

        dialog = RoleDialog(
            self.window,
            "close-dialog",
            self.tr("Programm schließen?"),
            (self.tr("Dann endet die Sitzung. Alles Persönliche aus dieser Sitzung wird gelöscht."),),
        )
        dialog.add_button(self.tr("Nein, weitermachen"), primary=True, name="close-no").clicked.connect(dialog.reject)
        dialog.add_button(
            self.tr("Ja, schließen und alles löschen"), name="close-yes", irreversible=True
        ).clicked.connect(_accept_then(dialog, self._close_now))
        dialog.finish()
        return self._open(dialog)

    def _close_now(self) -> None:
        self.allow_close = True
        self.window.close()

    def _open(self, dialog: RoleDialog) -> RoleDialog:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def end_session(self, *, quiet: bool = False) -> None:
        """Forget everything of this session and begin a fresh one (library, counter)."""
        from assistant.ui.roles.dialogs import RoleDialog

        report = self.memory.end_session()
        self._after_forgetting(report)
        if quiet:
            return
        if self.role is Role.LIBRARY:
            done = RoleDialog(
                self.window,
                "session-done-dialog",
                self.tr("Die Sitzung ist beendet."),
                (self.tr("Alles Persönliche ist gelöscht."),),
            )
            done.add_button(self.tr("Neue Sitzung beginnen"), primary=True, name="session-new").clicked.connect(
                done.accept
            )
            done.finish()
            self._open(done)
        else:
            self.window.explain(self.tr("Alles ist gelöscht. Die nächste Person kann beginnen."))

    def ask_forget_everything(self) -> RoleDialog:
        from assistant.ui.roles.dialogs import RoleDialog

        dialog = RoleDialog(
            self.window,
            "forget-dialog",
            self.tr("Alles vergessen?"),
            (
                self.tr("Das Programm löscht alles, was es sich über Sie gemerkt hat:"),
                self.tr("wo Sie in einer Anleitung waren, Entwürfe, Ihre Termine und Ihre Meldungen."),
                self.tr("Ihre Termine beim Amt bleiben bestehen. Nur dieser Computer vergisst sie."),
                self.tr("Die Schriftgröße bleibt."),
            ),
        )
        dialog.add_button(self.tr("Nein, nichts löschen"), primary=True, name="forget-no").clicked.connect(
            dialog.reject
        )
        dialog.add_button(self.tr("Ja, alles vergessen"), name="forget-yes", irreversible=True).clicked.connect(
            _accept_then(dialog, self.forget_everything)
        )
        dialog.finish()
        return self._open(dialog)

    def forget_everything(self) -> None:
        try:  # bookings kept before the keyring recorder existed: their secrets go too
            from assistant.portal import secrets

            for a in secrets.saved_appointments()[0]:
                secrets.delete_booking_secret(a.ref)
        except Exception:  # noqa: BLE001 - no portal, no keyring: the memory rules still run
            pass
        report = self.memory.forget_everything()
        self._after_forgetting(report)
        self.window.explain(self.tr("Alles ist vergessen. Sie können neu anfangen."))

    def _after_forgetting(self, report) -> None:
        from assistant.ui import worker

        worker.end_session()  # bookings, reports, loads in flight: their results belong to no one now
        self._clear_clipboard()
        self.last_sheet = None
        self._helper_key = None
        self.window.forget_session_state()  # first: nothing of the person may be saved again below
        if self.policy.sessions:
            self._reset_person_settings()
        if not report.complete:
            self.window.add_notice(
                self.tr("Nicht alles konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.")
            )
        if self.watch is not None:
            self.watch.reset_done()
        if self.warning is not None:
            self.warning.hide()
        self.update_helper()

    def _clear_clipboard(self) -> None:
        """What the person copied (an e-mail address, a request number) must not reach the next
        person: at every session end and "Alles vergessen" the clipboard and the X11 selection are
        emptied, whoever filled them. Only "if it is ours" would be kinder to another program's copy,
        but ownership cannot be known everywhere (macOS and Wayland never report it), and a copy of
        the person's data that stays would break the promise of both buttons."""
        from PySide6.QtGui import QClipboard

        clipboard = QApplication.clipboard()
        if clipboard is None:
            return
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def _reset_person_settings(self) -> None:
        """The next person starts with the set-up language and text size."""
        w, d = self.window, self.deployment
        lang = d.language or "de"
        if w.ctx.settings.language != lang:
            w.set_language(lang)
        zoom = d.text_size or 100
        if w.ctx.settings.zoom != zoom:
            from assistant.ui import theme

            w.ctx.settings.zoom = zoom
            theme.apply(application(), zoom)
            w.refresh()

    # --- counter: full screen, close guard, inactivity -------------------------------------------------
    def _setup_counter(self, clock: Callable[[], float]) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        from assistant.core.inactivity import InactivityWatch
        from assistant.ui.roles.dialogs import InactivityWarning

        w = self.window
        self.staff_shortcut = QShortcut(QKeySequence(STAFF_EXIT_KEYS), w, self.ask_staff_exit)
        self.staff_shortcut.setContext(QtCore.Qt.ShortcutContext.ApplicationShortcut)
        if self.deployment.counter.fullscreen:
            w.setWindowState(w.windowState() | QtCore.Qt.WindowState.WindowFullScreen)
        minutes = self.deployment.counter.inactivity_reset_minutes
        self.watch = InactivityWatch(
            minutes * 60 if minutes else None, self.deployment.counter.warning_seconds, clock=clock
        )
        if self.watch.enabled:
            self.warning = InactivityWarning(w)
            self.warning.still_here.connect(self.still_here)
            application().installEventFilter(self)
            self.timer = QTimer(self)
            self.timer.setInterval(1000)
            self.timer.timeout.connect(self.tick)
            self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and obj is self.window:
            QTimer.singleShot(0, self.retranslate)
            return False
        if kind == QEvent.Type.Close and obj is self.window and self.policy.kiosk and not self.allow_close:
            event.ignore()  # Alt+F4, the window manager's close button: only staff may close
            self.window.explain(self.tr("Das Programm bleibt offen. Wenn Sie fertig sind: „Nächste Person“."))
            return True
        if (
            kind == QEvent.Type.Close
            and obj is self.window
            and self.role is Role.LIBRARY
            and not self.allow_close
            and self._session_has_something()
        ):
            event.ignore()  # closing ends the session: ask first, nothing typed is lost by accident
            self.ask_close_library()
            return True
        if kind in INPUT_EVENTS and self.watch is not None and (self.warning is None or self.warning.isHidden()):
            self.watch.activity()
        return False

    def tick(self) -> None:
        """Called every second by the counter's timer (tests call it after moving their fake clock)."""
        if self.watch is None:
            return
        from assistant.core.inactivity import Phase

        state = self.watch.poll()
        if state.phase is Phase.WARNING and self.warning is not None:  # a counter has both
            if self.warning.isHidden():
                self._close_dialogs()  # nothing may cover the warning or block its button
            self.warning.show_seconds(state.seconds_left)
        elif state.phase is Phase.RESET:
            self.inactivity_reset()
        elif self.warning is not None and not self.warning.isHidden():
            self.warning.hide()

    def still_here(self) -> None:
        if self.watch is not None:
            self.watch.still_here()
        if self.warning is not None:
            self.warning.hide()

    def _close_dialogs(self) -> None:
        from PySide6.QtWidgets import QDialog

        for d in self.window.findChildren(QDialog):
            if d.isVisible():
                d.reject()

    def inactivity_reset(self) -> None:
        self._close_dialogs()
        self.end_session(quiet=True)

    def ask_staff_exit(self) -> RoleDialog:
        from assistant.ui.roles.dialogs import StaffDialog

        if self.watch is not None:
            self.watch.pause()
        dialog = StaffDialog(self.window, self.deployment.counter.staff_code)
        dialog.confirmed.connect(self.staff_exit)
        dialog.finished.connect(lambda _r: self.watch.resume() if self.watch is not None else None)
        return self._open(dialog)

    def staff_exit(self) -> None:
        self.end_session(quiet=True)
        self.allow_close = True
        self.window.close()  # the last window: the application ends

    # --- keyring, teardown -----------------------------------------------------------------------------
    def _install_keyring_recorder(self) -> None:
        with contextlib.suppress(Exception):  # no keyring at all: nothing can be created either
            self.memory.install_keyring_recorder()

    def detach(self) -> None:
        """At program end: no more timers or filters (and the window may close)."""
        self.allow_close = True
        visit = self.window.ctx.visit
        if visit.offer_sheet == self.show_sheet:
            visit.offer_sheet = None
        for name, fill in ((WINDOW_TOP, self._fill_top), (STEP_END, self._fill_step_end)):
            if visit.fillers.get(name) == fill:
                del visit.fillers[name]
        if self._follows:
            self._follows = False
            self.window.page_changed.disconnect(self._schedule_follow)
        self.window.removeEventFilter(self)
        if self.timer is not None:
            self.timer.stop()
        if self.watch is not None:
            app = QApplication.instance()  # None once the program has ended
            if app is not None:
                app.removeEventFilter(self)
        if self._secret_page is not None and _alive(self._secret_page):
            with contextlib.suppress(RuntimeError, TypeError):
                self._secret_page.secret_entry_changed.disconnect(self._secret_entry_changed)
        self._secret_page = None
