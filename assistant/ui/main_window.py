"""The main window: notices on top, one page in the middle, the bar at the bottom.

Pages: home (tiles), "Weitere Themen", a guide step, a capability page (action step or tile),
help, and the resume question. The bar is the same widget on every page. Nothing here ever ends a
step on a timer. The place in the guide is saved after every step (``resume.json``).
"""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt only inside functions, after the first paint
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from assistant.core import store
from assistant.core.errors import ContentError, StateFileError, UnknownGuideError
from assistant.core.paths import user_file
from assistant.core.settings import ZOOM_MAX, ZOOM_MIN, ZOOM_STEP, save_settings
from assistant.ui import theme, widgets, words
from assistant.ui.application import application
from assistant.ui.bar import Bar
from assistant.ui.capabilities import CapabilityPage
from assistant.ui.places import STEP_END, WINDOW_TOP, Place
from assistant.ui.read_aloud import ReadAloud
from assistant.ui.widgets import BigButton, BodyLabel, Notice, Page, TextLabel, TitleLabel

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QScreen

    from assistant.app import AppContext
    from assistant.core.engine import GuideRun
    from assistant.ui.content_updates import ContentUpdates
    from assistant.ui.home import TileSpec
    from assistant.ui.step_page import StepPage

# home.py and step_page.py are imported when first needed (after the first paint)

# The guide engine (and with it YAML) is imported when a guide opens, not before the first paint.
UNAVAILABLE = "unavailable"  # = assistant.core.engine.UNAVAILABLE (checked by a test)
STAFF_SETTINGS = "staff-settings"  # screen id of the staff settings opened from Help
PREPARE_AFTER_MS = 300  # a guide's capability pages are readied this long after its first step shows


HOME_UP_AFTER_MS = 250  # the home screen is up and can be pressed: what the start put off runs now


def _home_is_up() -> None:
    """What the start put off until the home screen can be pressed: the settings that need PySide6's
    Qt namespace (``widgets.when_started``), keeping what was parsed for the next start
    (``content_cache``), and handing the parser's freed memory (a few MiB) back to the system."""
    import gc

    from assistant.core import content_cache

    widgets.started()
    content_cache.save()
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl): nothing to do
            pass


def resume_path():
    return user_file("resume.json")


class HelpPage(Page):
    """Help for the page underneath, large and calm; 'Zurück' or the button returns to it."""

    def __init__(
        self,
        text: str,
        parent: QWidget | None = None,
        *,
        staff_settings: bool = False,
        code: str = "",
        session_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.body.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self.title = TitleLabel(words.help_())
        self.body.setAccessibleName(self.title.text())
        self.column.addWidget(self.title)
        self.text = BodyLabel(text)
        self.column.addWidget(self.text)
        self.code = BodyLabel(
            self.tr(
                "Code für diesen Schritt: {0}. Nennen Sie ihn, wenn Sie jemanden am Telefon um Hilfe bitten."
            ).format(code)
            if code
            else ""
        )
        self.code.setObjectName("step-code")
        self.code.setVisible(bool(code))
        self.column.addWidget(self.code)
        self.column.addWidget(
            BodyLabel(
                self.tr(
                    "Sie können nichts kaputt machen. Mit „Zurück“ kommen Sie immer einen Schritt zurück. "
                    "Mit „Start“ kommen Sie zur Startseite."
                )
                + " "
                + (
                    self.tr("Bis Sie fertig sind, merkt sich das Programm, wo Sie waren. Dann wird alles gelöscht.")
                    if session_only
                    else self.tr("Das Programm merkt sich, wo Sie waren.")
                )
            )
        )
        self.close_button = BigButton(self.tr("Hilfe schließen"), primary=True)
        self.close_button.setObjectName("close-help")
        self.close_button.setAccessibleName(self.close_button.text())
        self.footer_column.addWidget(self.close_button)
        from assistant import __version__

        self.version = BodyLabel(self.tr("Lotse, Version {0}").format(__version__))
        self.version.setObjectName("version")
        self.column.addWidget(self.version)
        self.code_button = BigButton(words.enter_code())  # for a helper on the phone
        self.code_button.setObjectName("enter-code")
        self.code_button.setAccessibleName(self.tr("Code eingeben: einen Schritt über seinen Code zeigen"))
        self.footer_column.addWidget(self.code_button)  # something to press: in the footer, always in view
        self.staff_button: BigButton | None = None
        if staff_settings:  # small and last: for the people who set the computer up
            self.staff_button = BigButton(words.staff_settings())
            self.staff_button.setObjectName("staff-settings")
            self.staff_button.setAccessibleName(self.staff_button.text())
            self.footer_column.addWidget(self.staff_button)
        self.essentials = [self.title]
        self.finish()

    def read_aloud_text(self) -> str:
        return "\n".join(lb.text() for lb in self.body.findChildren(TextLabel))


class ResumePage(Page):
    """'Weitermachen, wo Sie aufgehört haben?' — asked once at start when a place was saved."""

    def __init__(
        self, guide_title: str, step_title: str, parent: QWidget | None = None, *, changed: bool = False
    ) -> None:
        super().__init__(parent)
        self.body.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self.title = TitleLabel(self.tr("Weitermachen, wo Sie aufgehört haben?"))
        self.body.setAccessibleName(self.title.text())
        self.column.addWidget(self.title)
        if changed:  # the guide was improved since: the saved step no longer exists
            self.text = BodyLabel(
                self.tr(
                    "Sie waren bei: {0}. Diese Anleitung wurde inzwischen verbessert. "
                    "Deshalb beginnt sie noch einmal von vorn."
                ).format(guide_title)
            )
        else:
            self.text = BodyLabel(self.tr("Sie waren bei: {0}. Zuletzt: {1}").format(guide_title, step_title))
        self.column.addWidget(self.text)
        self.yes = BigButton(
            self.tr("Ja, weitermachen") if not changed else self.tr("Ja, von vorn beginnen"), primary=True
        )
        self.yes.setObjectName("resume-yes")
        self.no = BigButton(self.tr("Nein, neu anfangen"))
        self.no.setObjectName("resume-no")
        self.footer_column.addWidget(self.yes)
        self.footer_column.addWidget(self.no)
        self.essentials = [self.title]
        self.finish()

    def read_aloud_text(self) -> str:
        return "\n".join([self.title.text(), self.text.text(), self.yes.text(), self.no.text()])

    def help_text(self) -> str:
        return self.tr(
            "Das Programm hat sich gemerkt, wo Sie beim letzten Mal waren. Sie können dort weitermachen oder neu anfangen."
        )


class LoadingPage(QWidget):
    """Shown for the moment between the first paint and the guides being read (no scroll area:
    it is on screen before anything else and must cost little)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 24, 32, 32)
        self.title = QLabel(self.tr("Einen Moment bitte …"))
        self.title.setProperty("role", "title")
        lay.addWidget(self.title)
        lay.addStretch(1)


class MainWindow(QMainWindow):
    """The window. ``screen_id`` names what is shown: home, more, help, resume, code, staff-settings, tile:<id>,
    <guide>/<step> (a step page) or action:<guide>/<step> (a capability page for an action step)."""

    saving_failed = Signal(str)  # from the resume writer thread
    content_loaded = Signal()  # city profile, guides and capabilities have been read (after the first paint)
    # the shown page, its step or its title changed (the roles layer's helper view follows this)
    page_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        *,
        offer_resume: bool = True,
        offer_language: bool = False,
        actions_enabled: bool = True,
        remember_place: bool = True,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.actions_enabled = actions_enabled
        self.remember_place = remember_place
        self._pending_resume: GuideRun | None = None
        self.run: GuideRun | None = None
        self.screen_id = ""
        self.title_text = ""  # the shown page's title, without the program's name
        self.ctx.visit.practised = False  # a page of the current guide practised (practice card, practice portal)
        self.page: QWidget | None = None
        self._under_help: tuple[QWidget, str] | None = None
        self._checked: dict[tuple[str, str], set[int]] = {}
        self._prepared_guides: set[str] = set()
        self._saving_failed = False
        self._writer = None  # ThreadPoolExecutor for resume.json, made on the first save
        self._next_content = None  # a newer content bundle to use from the next home screen (offer_content)
        self.content_updates: ContentUpdates | None = None  # where lotse.conf names a source
        self.saving_failed.connect(self._on_saving_failed)
        self.read_aloud = ReadAloud(self)
        self.read_aloud.problem.connect(self._read_aloud_problem)
        self.read_aloud.state_changed.connect(self._read_aloud_state)
        self._placed = False  # show_on_screen has run: a later change of maximised/normal is the person's
        self._screen = None  # the QScreen whose changes we follow
        self.resize(1200, 860)

        central = QWidget()
        central.setObjectName("central")
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.top_place = Place(WINDOW_TOP)  # the visit's role puts its strip here (offer_places)
        lay.addWidget(self.top_place)
        self.notice_area = QWidget()
        self.notice_layout = QVBoxLayout(self.notice_area)
        self.notice_layout.setContentsMargins(16, 12, 16, 0)
        self.notice_layout.setSpacing(8)
        lay.addWidget(self.notice_area)
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(lambda _index: self.page_changed.emit())  # help, chooser too
        lay.addWidget(self.stack, 1)
        self._step_page: StepPage | None = None  # made on first use, then filled for every step
        self.status = QLabel()  # our own short texts only; a plain QLabel keeps Qt's namespace untouched
        self.status.setProperty("role", "status")
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        self.status.hide()
        status_box = QWidget()
        sb = QVBoxLayout(status_box)
        sb.setContentsMargins(16, 0, 16, 8)
        sb.addWidget(self.status)
        lay.addWidget(status_box)
        self.bar = Bar()
        self.bar.set_language(ctx.language)
        lay.addWidget(self.bar)
        self.setCentralWidget(central)
        # the window takes the screen and the pages fit into it (Page.fit_to_view), never the other way
        # round: a tall page must not push the window (and the bar) beyond the edge of the screen
        from PySide6.QtWidgets import QLayout

        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

        b = self.bar
        b.back.clicked.connect(self.go_back)
        b.start.clicked.connect(self.go_start)
        b.help.clicked.connect(self.show_help)
        b.read.clicked.connect(self.read_screen)
        b.bigger.clicked.connect(lambda: self.change_zoom(+ZOOM_STEP))
        b.smaller.clicked.connect(lambda: self.change_zoom(-ZOOM_STEP))
        b.switch_language.clicked.connect(self.show_language_chooser)
        widgets.when_started(self._add_shortcuts)  # QKeySequence's types: ≈ 0.6 ms before the home screen

        for text in ctx.notices:
            self.add_notice(text)
        self.retranslate()
        self._offer_resume_at_start = offer_resume
        self._offer_language_at_start = offer_language
        self._load_scheduled = False
        if not ctx.loaded:  # paint first, then read guides and capabilities (see app.run)
            self._set_page(LoadingPage(), "loading", "")
            return
        self._start()

    def _add_shortcuts(self) -> None:
        """The keys for text size, Help, Back and Escape (names as text: PySide6's Qt namespace is
        not touched for them)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        for keys, slot in (
            ("Ctrl++", lambda: self.change_zoom(+ZOOM_STEP)),
            ("Ctrl+=", lambda: self.change_zoom(+ZOOM_STEP)),
            ("Ctrl+-", lambda: self.change_zoom(-ZOOM_STEP)),
            ("F1", self.show_help),
            ("Alt+Left", self.go_back),
            ("Esc", self._escape),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    def _start(self) -> None:
        from assistant.ui.widgets import install_heading_role

        install_heading_role()  # before the first page: its title is a heading for screen readers too
        if self._offer_resume_at_start and self._offer_resume():
            return
        self.show_home()
        if self._offer_language_at_start and not self.ctx.settings.language_offered:
            self.ctx.settings.language_offered = True  # offered once: the person's answer is remembered
            self._save_settings()
            self.show_language_chooser()

    # --- the screen ---------------------------------------------------------------------------------
    def show_on_screen(self) -> None:
        """Show the window the way its role wants it: full screen at a counter (set by the roles
        before), else maximised — or at the size the person chose last time (``settings.window``)."""
        if self.isFullScreen():  # (the window state, before the show; not QtCore.Qt before the first paint)
            self.show()
        elif self.ctx.settings.window == "normal":
            self._fit_into_screen()
            self.show()
        else:
            screen = self.screen() or QApplication.primaryScreen()
            if screen is not None:  # laid out once at about the size it gets, not first at 1200 × 860
                self.resize(screen.availableGeometry().size())
            self.showMaximized()
        self._placed = True
        # following the screen needs the window's QWindow (≈ 1 ms of Python types): once the home
        # screen is up; a screen changed meanwhile is caught up with then
        shown_on = self.screen()
        widgets.when_started(lambda: self._follow_screen(since=shown_on))

    def _fit_into_screen(self) -> None:
        """A window that is not maximised stays inside the available part of its screen."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        w, h = min(self.width(), avail.width()), min(self.height(), avail.height())
        if (w, h) != (self.width(), self.height()):
            self.resize(w, h)
        frame = self.frameGeometry()
        if not avail.contains(frame):
            self.move(
                max(avail.left(), min(frame.left(), avail.right() - frame.width() + 1)),
                max(avail.top(), min(frame.top(), avail.bottom() - frame.height() + 1)),
            )

    def _follow_screen(self, since: QScreen | None = None) -> None:
        """Follow the screen the window is on (``since``: the screen it was placed on, if it may have
        moved before this first call)."""
        handle = self.windowHandle()
        if handle is None:
            return
        if not getattr(self, "_screen_hooked", False):
            self._screen_hooked = True
            handle.screenChanged.connect(lambda _s: self._follow_screen())
        screen = handle.screen()
        if screen is self._screen:
            return
        if self._screen is not None:
            for sig in (
                self._screen.availableGeometryChanged,
                self._screen.geometryChanged,
                self._screen.logicalDotsPerInchChanged,
            ):
                with contextlib.suppress(RuntimeError, TypeError):
                    sig.disconnect(self._screen_changed)
        moved = self._screen is not None or (since is not None and screen is not since)
        self._screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self._screen_changed)
            screen.geometryChanged.connect(self._screen_changed)
            screen.logicalDotsPerInchChanged.connect(self._screen_changed)
            if moved:  # to another screen; the first one the window was just placed on (show_on_screen)
                self._screen_changed()

    def _screen_changed(self, *_args) -> None:
        """Another screen, resolution or scaling: fill it again (or stay inside it) and lay out anew."""
        if not self._placed:
            return
        if self.isFullScreen():
            self.showFullScreen()
        elif self.isMaximized():
            self.showMaximized()
        else:
            self._fit_into_screen()
        self.bar.refresh_sizes()
        if self.screen_id not in ("loading", "") and self.page is not None:
            fit = getattr(self.page, "fit_to_view", None)
            if fit is not None:
                fit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.screen_id == "loading" and not self._load_scheduled:
            self._load_scheduled = True
            QTimer.singleShot(0, self._finish_loading)
        return super().event(event)

    def _finish_loading(self) -> None:
        if theme.ensure_font():  # DejaVu Sans was not installed: the bundled copy is loaded now
            theme.apply(application(), self.ctx.settings.zoom)
        try:
            notices = self.ctx.load_content()
        except Exception as exc:  # noqa: BLE001 - never "Einen Moment bitte …" for ever
            notices = [
                self.tr(
                    "Ein Teil des Programms konnte nicht geladen werden. Alles andere funktioniert. "
                    "Technische Angabe: {0}"
                ).format(exc.__class__.__name__)
            ]
            if self.ctx.library is None:
                from assistant.core.guide import GuideLibrary

                self.ctx.library = GuideLibrary()
        for text in notices:
            self.add_notice(text)
        # once the home screen is up: a full collection (≈ 45 ms), the content cache, the hand cursor …
        # would otherwise come before the first tile can be pressed
        QTimer.singleShot(HOME_UP_AFTER_MS, _home_is_up)
        try:
            self.content_loaded.emit()
        except Exception:  # noqa: BLE001 - a listener's failure must not keep the start page away
            import traceback

            traceback.print_exc()
        self._start()

    # --- notices and explanations -------------------------------------------------------------
    def add_notice(self, text: str) -> Notice:
        n = Notice(text, self.tr("Verstanden"))
        n.close_button.setAccessibleName(self.tr("Verstanden: Hinweis schließen"))
        self.notice_layout.addWidget(n)
        n.show()
        return n

    def notices(self) -> list[str]:
        return [n.text() for n in self.notice_area.findChildren(Notice) if not n.isHidden()]

    def explain(self, text: str) -> None:
        """A short explanation beside the bar (why a button did nothing); read out by screen readers."""
        self.status.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()
        from assistant.ui.announce import announce

        announce(self.status, text)

    def clear_explanation(self) -> None:
        self.status.hide()
        self.status.setText("")

    # --- pages --------------------------------------------------------------------------------
    def _set_page(self, page: QWidget, screen_id: str, title: str) -> None:
        # The focused button is about to go (hidden with its page): let go of the focus first, else Qt
        # passes it through the next buttons and the bar (each read out) before it reaches the new page.
        focused = QApplication.focusWidget()
        if focused is not None and self.stack.isAncestorOf(focused):
            focused.clearFocus()
        self.clear_explanation()
        self.read_aloud.stop()
        old = self.page
        if self._under_help is not None:
            under, _ = self._under_help
            self._under_help = None
            if under is not old:
                self._drop(under)
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        self.page = page
        self.screen_id = screen_id
        if old is not None and old is not page:
            self._drop(old)
        self.title_text = title
        self.update_title()
        body = getattr(page, "body", None)
        (body if body is not None else page).setFocus()

    def update_title(self) -> None:
        """'<page> – Lotse' (Qt adds nothing more when the title ends with the program's name), with
        "Übung" first while the page practises; the page's own title where it has one (the eID pages
        change theirs with every screen and say so)."""
        from assistant.ui.practice import practice_title

        page, title = self.page, self.title_text
        if isinstance(page, CapabilityPage):
            title = page.step_title() or title
            if page.is_practice():
                title = practice_title(title)
        self.setWindowTitle(self.tr("{0} – Lotse").format(title) if title else self.tr("Lotse"))
        self.page_changed.emit()

    def offer_places(self) -> None:
        """Let the visit's role fill the window's places (after the roles layer set its fillers;
        see assistant.ui.places). The step page's place is offered with every step it shows."""
        self.ctx.visit.fill(WINDOW_TOP, self.top_place)

    def _drop(self, page: QWidget) -> None:
        if getattr(page, "keep", False):
            return
        if isinstance(page, CapabilityPage):
            with contextlib.suppress(RuntimeError, TypeError):
                page.finished.disconnect(self._capability_finished)
        self.stack.removeWidget(page)
        page.hide()
        page.deleteLater()

    def tiles(self) -> list[TileSpec]:
        from assistant.ui.home import TileSpec

        lang = self.ctx.language
        specs: list[TileSpec] = []
        for gid in self.ctx.library.ids() if self.ctx.library is not None else []:
            g = self.ctx.library.get(gid, lang)
            specs.append(TileSpec(gid, g.title, g.short, g.order, lambda _=False, gid=gid: self.open_guide(gid)))
        for tile in self.ctx.registry.tiles:
            specs.append(
                TileSpec(
                    f"tile:{tile.id}",
                    tile.title(),
                    tile.subtitle(),
                    tile.order,
                    lambda _=False, t=tile: self.open_tile(t),
                )
            )
        specs.sort(key=lambda s: s.order)
        return specs

    def offer_content(self, use) -> None:
        """A newer content bundle is ready (``use()`` puts it into the context). It is used now on the
        home screen, else from the next home screen: a person in a guide finishes it on the version
        they started."""
        self._next_content = use
        if self.run is None and self.screen_id in ("home", "more"):
            self.refresh()

    def show_home(self) -> None:
        from assistant.ui.home import HomePage

        if self._next_content is not None:
            use, self._next_content = self._next_content, None
            use()

        home = HomePage(self.tiles())
        home.more.connect(self.show_more)
        self._set_page(home, "home", "")

    def show_more(self) -> None:
        from assistant.ui.home import MAX_TILES, MorePage

        self._set_page(MorePage(self.tiles()[MAX_TILES:]), "more", words.more_topics())

    def open_guide(self, guide_id: str) -> bool:
        try:
            if self.ctx.library is None:
                raise UnknownGuideError("the guides are not read yet", source=guide_id)
            guide = self.ctx.library.get(guide_id, self.ctx.language)
        except UnknownGuideError:
            self.add_notice(
                self.tr("Diese Anleitung gibt es nicht: „{0}“. Bitte wählen Sie ein Thema auf der Startseite.").format(
                    guide_id
                )
            )
            if self.page is None:
                self.show_home()
            return False
        from assistant.core.engine import GuideRun

        self.run = GuideRun(guide)
        self.ctx.visit.practised = False
        self.show_current()
        return True

    def show_current(self) -> None:
        """Show the run's current step (a capability page for an action step where one is registered)."""
        run = self.run
        assert run is not None
        self.ctx.facts = run.facts
        self._save_place()
        step = run.current
        sid = f"{run.guide.id}/{step.id}"
        if step.type == "action" and self.actions_enabled and step.action in self.ctx.registry.actions:
            page = self._capability_page(lambda: self.ctx.registry.actions[step.action](self.ctx, step))
            if page is not None:
                self._set_page(page, f"action:{sid}", page.step_title() or step.title)
                return
        self._show_step_page(sid)

    @property
    def step_page(self) -> StepPage:
        if self._step_page is None:
            from assistant.ui.step_page import StepPage

            page = StepPage()
            page.answered.connect(self.answer)
            page.forward.connect(self.forward)
            page.unavailable.connect(self._fallback_done)
            page.home.connect(self.go_home)
            self.stack.addWidget(page)
            self._step_page = page
        return self._step_page

    def _show_step_page(self, sid: str) -> None:
        run = self.run
        page = self.step_page
        self.ctx.visit.fill(STEP_END, page.end_place, run)  # the role's offer on an end step (the sheet)
        page.show_step(run, self.ctx.city, self._checked.get((run.guide.id, run.current_id), set()), self._on_checked)
        self._set_page(page, sid, page.title.text())
        if self.actions_enabled and run.guide.id not in self._prepared_guides:
            self._prepared_guides.add(run.guide.id)
            # while the person reads, the guide's capability pages are readied (their imports cost
            # ~0.4 s once): the press that opens one then changes the step at once
            QTimer.singleShot(PREPARE_AFTER_MS, lambda g=run.guide: self._prepare_actions(g))

    def _prepare_actions(self, guide) -> None:
        for step in guide.steps.values():
            factory = self.ctx.registry.actions.get(step.action) if step.type == "action" else None
            prepare = getattr(factory, "prepare", None)
            if prepare is not None:
                # readying is an optimisation; opening the page says what is wrong
                with contextlib.suppress(Exception):
                    prepare()

    def _capability_page(self, make) -> CapabilityPage | None:
        try:
            page = make()
        except Exception as exc:  # noqa: BLE001 - a broken part must not stop the guide
            import traceback

            traceback.print_exc()
            self.add_notice(
                self.tr(
                    "Dieser Teil des Programms geht gerade nicht. Sie sehen stattdessen, was Sie tun können. ({0})"
                ).format(exc.__class__.__name__)
            )
            return None
        page.finished.connect(self._capability_finished)
        page.title_changed.connect(self._page_title_changed)
        page.practice_changed.connect(self._page_practice_changed)
        if page.is_practice():  # practising from its first screen (staff chose the practice portal)
            self.ctx.visit.practised = True
        return page

    def _page_practice_changed(self, on: bool) -> None:
        if on:
            self.ctx.visit.practised = True  # this guide (or tile) was practised: its sheet says "Übung"
        self._page_title_changed()

    def _page_title_changed(self, *_args) -> None:
        if self.sender() is self.page:
            self.update_title()

    def _capability_finished(self, outcome: str) -> None:
        if self.screen_id == STAFF_SETTINGS:
            self._leave_staff_settings()
            return
        if self.screen_id.startswith("tile:"):
            self.go_home()
            return
        if self.run is None:
            return
        if outcome == UNAVAILABLE:  # the page gives up: show the step's fallback text
            self._show_step_page(f"{self.run.guide.id}/{self.run.current_id}")
            return
        self.outcome(outcome)

    def _fallback_done(self) -> None:
        self.outcome(UNAVAILABLE)

    def open_tile(self, tile) -> None:
        page = self._capability_page(lambda: tile.open(self.ctx))
        if page is not None:
            self.run = None
            self._set_page(page, f"tile:{tile.id}", page.step_title() or tile.title())

    def _on_checked(self, index: int, on: bool) -> None:
        if self.run is None:
            return
        key = (self.run.guide.id, self.run.current_id)
        items = self._checked.setdefault(key, set())
        (items.add if on else items.discard)(index)

    # --- moving through a guide ---------------------------------------------------------------
    def answer(self, index: int) -> None:
        self.run.answer(index)
        self.show_current()

    def forward(self) -> None:
        self.run.forward()
        self.show_current()

    def outcome(self, name: str) -> None:
        try:
            self.run.outcome(name)
        except ContentError as exc:
            self.add_notice(self.tr("Dieser Schritt führt ins Leere ({0}). Bitte melden Sie das.").format(str(exc)))
            return
        self.show_current()

    def go_back(self) -> None:
        if self._under_help is not None:
            self.close_help()
            return
        page = self.page
        if isinstance(page, CapabilityPage) and page.go_back():
            return
        if self.screen_id in ("more", "code"):  # "code": Hilfe → Code eingeben (ui/code_entry.py)
            self.show_home()
            return
        if self.screen_id == STAFF_SETTINGS:
            self._leave_staff_settings()
            return
        if self.screen_id == "resume":
            self._resume_no()
            return
        if self.run is not None and self.screen_id.startswith("tile:") is False and self.screen_id != "home":
            if self.run.back():
                self.show_current()
                return
            self.run = None
            self.show_home()
            return
        if self.screen_id.startswith("tile:"):
            self.show_home()
            return
        self.explain(self.tr("Sie sind schon auf der Startseite. Weiter zurück geht es nicht."))

    def go_start(self) -> None:
        if self.screen_id == "loading":
            return
        if self.screen_id == "home":
            self.explain(self.tr("Sie sind schon auf der Startseite."))
            return
        self.go_home()

    def go_home(self) -> None:
        self.run = None
        self.ctx.visit.practised = False
        self.ctx.facts = {}
        self.show_home()

    # --- help ---------------------------------------------------------------------------------
    def current_help(self) -> str:
        page = self.page
        text = page.help_text() if hasattr(page, "help_text") else ""
        return text or self.tr("Lesen Sie den Text in Ruhe. Es gibt keine Zeitgrenze.")

    def show_help(self) -> None:
        if self._under_help is not None:
            self.explain(self.tr("Die Hilfe ist schon offen. Mit „Hilfe schließen“ kommen Sie zurück."))
            return
        under, under_id = self.page, self.screen_id
        help_page = HelpPage(
            self.current_help(),
            staff_settings=self.offers_staff_settings(),
            code=self.step_code(),
            session_only=self.ctx.visit.session_only,
        )
        help_page.close_button.clicked.connect(self.close_help)
        help_page.code_button.clicked.connect(self.show_code_entry)
        if help_page.staff_button is not None:
            help_page.staff_button.clicked.connect(self.open_staff_settings)
        self.stack.addWidget(help_page)
        self.stack.setCurrentWidget(help_page)
        self.page, self.screen_id = help_page, "help"
        self._under_help = (under, under_id)
        help_page.close_button.setFocus()
        self.clear_explanation()

    # --- step codes (help by phone: assistant/ui/code_entry.py) ---------------------------------
    def step_code(self) -> str:
        from assistant.ui.code_entry import step_code

        return step_code(self)

    def show_code_entry(self) -> None:
        from assistant.ui.code_entry import show_code_entry

        show_code_entry(self)

    def close_help(self) -> None:
        if self._under_help is None:
            return
        help_page = self.page
        under, under_id = self._under_help
        self._under_help = None
        self.page, self.screen_id = under, under_id
        self.stack.setCurrentWidget(under)
        self._drop(help_page)
        body = getattr(under, "body", None)
        (body if body is not None else under).setFocus()

    # --- staff settings (from Help) ---------------------------------------------------------------
    def offers_staff_settings(self) -> bool:
        """A capability offers them, and this is not a service counter (``PageContext.staff_locked``)."""
        return self.ctx.registry.staff_settings is not None and not self.ctx.visit.staff_locked

    def open_staff_settings(self) -> None:
        if not self.offers_staff_settings() or self.screen_id == STAFF_SETTINGS:
            return
        page = self._capability_page(lambda: self.ctx.registry.staff_settings(self.ctx))
        if page is not None:  # the guide's place stays in self.run: leaving returns there
            self._set_page(page, STAFF_SETTINGS, page.step_title() or words.staff_settings())

    def _leave_staff_settings(self) -> None:
        if self.run is not None:
            self.show_current()
        else:
            self.show_home()

    # --- language chooser (assistant/ui/language_chooser.py) -----------------------------------
    language_fixed = False  # set by assistant.ui.roles when lotse.conf fixes the language

    def show_language_chooser(self) -> None:
        """Opens over the page the person is on; choosing brings that page back in the new language."""
        if self.language_fixed:
            self.explain(self.tr("Die Sprache ist auf diesem Computer fest eingestellt."))
            return
        if self.screen_id == "language":
            return
        if self._under_help is not None:  # from Help: the chooser takes Help's place over the page
            self.close_help()
        from assistant.ui.language_chooser import LanguagePage

        under, under_id = self.page, self.screen_id
        page = LanguagePage(self.ctx.language)
        page.chosen.connect(self._language_chosen)
        page.close_button.clicked.connect(self._close_language_chooser)
        self._title_under_chooser = self.windowTitle()
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.page, self.screen_id = page, "language"
        self._under_help = (under, under_id)
        self.setWindowTitle(self.tr("Lotse – {0}").format(words.choose_language()))
        page.fit_to_view()
        page.show_page_of(self.ctx.language)
        page.buttons[self.ctx.language].setFocus()
        self.clear_explanation()

    def _close_language_chooser(self) -> None:
        self.close_help()
        self.setWindowTitle(self._title_under_chooser)

    def _language_chosen(self, code: str) -> None:
        self._close_language_chooser()
        self.set_language(code)

    def _escape(self) -> None:
        if self._under_help is not None:
            self.close_help()
            return
        from assistant.ui.worker import ProgressPanel  # Esc while loading: "Abbrechen"

        for panel in self.page.findChildren(ProgressPanel) if self.page is not None else ():
            if panel.cancel():
                return

    # --- read aloud ---------------------------------------------------------------------------
    def read_screen(self) -> None:
        page = self.page
        text = page.read_aloud_text() if hasattr(page, "read_aloud_text") else ""
        if not text:
            self.explain(self.tr("Auf dieser Seite gibt es nichts vorzulesen."))
            return
        if self.read_aloud.speak(text, self.ctx.language):
            self.clear_explanation()

    def _read_aloud_problem(self, why: str) -> None:
        self.bar.set_read_problem(why)
        self.explain(why)

    def _read_aloud_state(self, state: str) -> None:
        self.bar.set_reading(state == "speaking")

    # --- text size and language ---------------------------------------------------------------
    def change_zoom(self, delta: int) -> None:
        s = self.ctx.settings
        new = max(ZOOM_MIN, min(ZOOM_MAX, s.zoom + delta))
        if new == s.zoom:
            if delta > 0:
                self.explain(self.tr("Die Schrift ist schon am größten (200 %)."))
            else:
                self.explain(self.tr("Die Schrift ist schon am kleinsten (100 %)."))
            return
        s.zoom = new
        self._save_settings()
        app = application()
        theme.apply(app, new)
        self.refresh()
        self.explain(self.tr("Schriftgröße: {0} %").format(new))

    def set_language(self, lang: str) -> None:
        s = self.ctx.settings
        if lang == s.language:
            return
        s.language = lang
        self._save_settings()
        if self.ctx.translations is not None:
            self.ctx.translations.switch(lang)
        self.bar.set_language(lang)
        self.retranslate()  # now, not only when Qt's LanguageChange events arrive
        for page in {self.page, self._under_help[0] if self._under_help is not None else None}:
            if isinstance(page, CapabilityPage):
                page.language_changed(lang)  # the open page too (it is not rebuilt like a step)
        if self.run is not None:
            try:
                self.run = self.run.relocalized(self.ctx.library.get(self.run.guide.id, lang))
            except ContentError as exc:
                self.add_notice(
                    self.tr(
                        "Diese Anleitung gibt es nicht in der gewählten Sprache ({0}). Sie sehen sie weiter wie bisher."
                    ).format(str(exc))
                )
        self.refresh()

    def refresh(self) -> None:
        """Build the page shown again (new text size or language); help stays open on top."""
        under_help = self._under_help
        chooser = self.screen_id == "language"
        if under_help is not None:
            self.close_help()
        sid = self.screen_id
        for b in self.findChildren(BigButton):
            b.refresh()
        self.bar.refresh_sizes()
        if sid == "home":
            self.show_home()
        elif sid == "more":
            self.show_more()
        elif sid == "resume":
            self._offer_resume()
        elif self.run is not None and not isinstance(self.page, CapabilityPage):
            self.show_current()
        else:
            self.update_title()  # a capability page keeps its place; its title may be new
        if chooser:
            self.show_language_chooser()
        elif under_help is not None:
            self.show_help()

    def _save_settings(self) -> None:
        try:
            save_settings(self.ctx.settings)
        except OSError as exc:
            self.explain(
                self.tr("Die Einstellung gilt jetzt, konnte aber nicht gespeichert werden ({0}).").format(
                    exc.__class__.__name__
                )
            )

    # --- resume -------------------------------------------------------------------------------
    def _save_place(self) -> None:
        """Write resume.json in the background, in order (one writer thread): the disk's fsync never
        holds up the next screen. A failure comes back to the GUI thread as a notice."""
        if self.run is None or not self.remember_place:
            return
        if self._writer is None:
            from concurrent.futures import ThreadPoolExecutor

            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lotse-resume")
        self._writer.submit(self._write_place, resume_path(), self.run.to_state())

    def _write_place(self, path, state) -> None:  # runs in the writer thread
        from assistant.core.paths import SessionEnded

        try:
            store.write_json(path, state)
        except SessionEnded:
            pass  # the person's session ended meanwhile: their place is not kept (issue 17)
        except OSError as exc:
            self.saving_failed.emit(exc.__class__.__name__)

    def _on_saving_failed(self, reason: str) -> None:
        if not self._saving_failed:
            self._saving_failed = True
            self.add_notice(
                self.tr("Das Programm kann sich nicht merken, wo Sie sind ({0}). Alles andere funktioniert.").format(
                    reason
                )
            )

    def forget_session_state(self) -> None:
        """Hook for assistant.ui.roles: after a session end, "Nächste Person" or "Alles vergessen",
        forget the place, the answers and the ticks, let every capability forget what it holds
        (``Registry.add_forget``), and show the home screen. Waits for the writer first, so no place
        of the person is written after this."""
        self.wait_for_saving()
        if self._under_help is not None:
            self.close_help()
        for forget in self.ctx.registry.forgets if self.ctx.registry is not None else ():
            try:
                forget()
            except Exception:  # noqa: BLE001 - one part failing must not keep the rest from forgetting
                import traceback

                traceback.print_exc()
        store.remove(resume_path())
        self.run = None
        self.ctx.visit.practised = False
        self._pending_resume = None
        self._checked.clear()
        self.ctx.facts = {}
        self.read_aloud.stop()
        self.read_aloud.last_text = ""
        if self.screen_id != "loading":
            self.show_home()

    def wait_for_saving(self) -> None:
        """Block until every place handed to the writer is on disk (closing, tests)."""
        if self._writer is not None:
            self._writer.submit(lambda: None).result()

    def closeEvent(self, event) -> None:
        self.wait_for_saving()
        self.read_aloud.stop()
        super().closeEvent(event)

    def _offer_resume(self) -> bool:
        try:
            state = store.read_json(resume_path())
        except StateFileError as exc:
            self.add_notice(
                self.tr("Der gemerkte Platz war beschädigt ({0}). Er wurde beiseitegelegt. Sie fangen neu an.").format(
                    exc.source
                )
            )
            return False
        if not state:
            return False
        from assistant.core.engine import GuideRun

        changed = False
        try:
            guide = self.ctx.library.get(str(state.get("guide")), self.ctx.language)
        except (UnknownGuideError, AttributeError) as exc:
            self.add_notice(
                self.tr("Der gemerkte Platz passt nicht mehr zu den Anleitungen ({0}). Sie fangen neu an.").format(
                    str(exc)
                )
            )
            return False
        try:
            run = GuideRun.from_state(guide, state)
        except ContentError:  # the guide was updated and the saved step is gone: offer it from the start
            run, changed = GuideRun(guide), True
        except Exception as exc:  # noqa: BLE001 - wrong types in a damaged file: start anew, never stay on loading
            self.add_notice(
                self.tr("Der gemerkte Platz passt nicht mehr zu den Anleitungen ({0}). Sie fangen neu an.").format(
                    exc.__class__.__name__
                )
            )
            return False
        self._pending_resume = run
        page = ResumePage(guide.title, run.current.title, changed=changed)
        page.yes.clicked.connect(self._resume_yes)
        page.no.clicked.connect(self._resume_no)
        self._set_page(page, "resume", page.title.text())
        return True

    def _resume_yes(self) -> None:
        self.run = self._pending_resume
        self.show_current()

    def _resume_no(self) -> None:
        self.wait_for_saving()
        store.remove(resume_path())
        self.go_home()

    # --- language change ------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.screen_id == "home":
            self.update_title()
        for n in self.notice_area.findChildren(Notice):  # the notes themselves keep the words they had
            n.close_button.setText(self.tr("Verstanden"))
            n.close_button.setAccessibleName(self.tr("Verstanden: Hinweis schließen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (
            event.type() == QEvent.Type.WindowStateChange
            and self._placed
            and not self.isFullScreen()
            and not self.isMinimized()
        ):
            wanted = "maximized" if self.isMaximized() else "normal"
            if wanted != self.ctx.settings.window:  # the person changed it: remembered for next time
                self.ctx.settings.window = wanted
                self._save_settings()
        super().changeEvent(event)
