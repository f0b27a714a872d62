"""Wiring: settings, translations, city profile, guides, capabilities → the main window.

``run(args)`` is called by ``python -m assistant``. The window paints first and then reads the city
profile, guides and capabilities (start to first paint stays close to a bare Qt window; requests and
keyring are never imported at start-up). Anything broken on the way (a damaged settings
file, a broken city profile or guide, a capability that cannot be loaded) becomes a calm notice in the
window that names the problem; the rest of the program keeps working.

Capabilities: each module in ``CAPABILITIES`` has a function ``register(registry)`` (see
``assistant/ui/capabilities.py``). Add yours with one line.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from assistant.core.settings import Settings
from assistant.core.visit import Visit

if TYPE_CHECKING:  # pragma: no cover
    import argparse

    from PySide6.QtWidgets import QApplication

    from assistant.core.city import CityProfile
    from assistant.core.guide import GuideLibrary
    from assistant.ui.capabilities import Registry
    from assistant.ui.i18n import Translations
    from assistant.ui.main_window import MainWindow
    from assistant.ui.roles import Roles

# Module paths of capability packages; each has register(registry). Append yours here.
CAPABILITIES: list[str] = [
    "assistant.ui.portal",
    "assistant.ui.eid",
]


@dataclass(slots=True)  # no attribute is added at run time: the visit is a declared field
class AppContext:
    """What pages may ask of the application (implements ``capabilities.PageContext``).

    Made in two parts: ``build_context`` reads the settings and sets language and look (fast, before
    the first paint); ``load_content`` reads the city profile, the guides and the capabilities.
    """

    settings: Settings
    registry: Registry
    translations: Translations | None = None
    city: CityProfile | None = None
    library: GuideLibrary | None = None
    facts: dict[str, str] = field(default_factory=dict)  # facts of the running guide (e.g. office)
    notices: list[str] = field(default_factory=list)  # problems found at start-up, translated
    # parts of the program itself that failed (a capability, a guide, a translation, the city profile):
    # a defect of the build or of the installed content, so ``--smoke-test`` fails on them (a damaged
    # settings file of the person is not one of them)
    broken_parts: list[str] = field(default_factory=list)
    sources: dict[str, Any] = field(default_factory=dict)  # where load_content reads from
    visit: Visit = field(default_factory=Visit)  # the person's visit: role limits, what is forgotten

    @property
    def language(self) -> str:
        return self.settings.language

    @property
    def loaded(self) -> bool:
        return self.library is not None

    def load_content(self) -> list[str]:
        """City profile, guides, capabilities; returns the new notices (also added to ``notices``)."""
        from PySide6.QtCore import QCoreApplication

        from assistant.core.city import DEFAULT_CITY, load_city
        from assistant.core.content_layers import city_folder as content_city_folder
        from assistant.core.content_layers import load_library, use_codes
        from assistant.core.errors import ContentError
        from assistant.core.guide import GuideLibrary

        src = self.sources
        notices: list[str] = []
        installed = self.installed_content()
        use_codes(installed)
        city_id = src.get("city_id") or DEFAULT_CITY
        try:
            self.city = load_city(city_id, src.get("cities") or content_city_folder(city_id, installed))
        except (ContentError, Exception) as exc:  # noqa: BLE001 - a damaged profile never stops the start
            if not isinstance(exc, ContentError):
                exc = ContentError(f"cannot read ({exc.__class__.__name__})", source=str(city_id))
            self.broken_parts.append(f"city profile {city_id}: {exc}")
            notices.append(city_notice(str(exc)))
        if self.city is not None and self.city.problems:
            self.broken_parts.append(f"city profile {city_id}: " + "; ".join(self.city.problems[:3]))
            notices.append(city_notice(f"{self.city.source}: " + "; ".join(self.city.problems[:3])))
        try:
            in_use = {self.language, "de"}  # the others are read when the person switches to them
            if src.get("guides") or installed is None:
                library = GuideLibrary.load(src.get("guides"), in_use)
            else:
                library = load_library(installed, in_use)
        except Exception as exc:  # noqa: BLE001 - the folder itself unreadable: the rest still works
            library = GuideLibrary(
                problems=[ContentError(f"cannot read the guides ({exc.__class__.__name__})", source="guides")]
            )
        for problem in library.problems:
            self.broken_parts.append(f"guide: {problem}")
            notices.append(
                QCoreApplication.translate(
                    "App", "Eine Anleitung ist beschädigt und fehlt deshalb auf der Startseite: {0}"
                ).format(str(problem))
            )
        modules = src.get("capabilities")
        notices += load_capabilities(self.registry, CAPABILITIES if modules is None else modules, self.broken_parts)
        self.library = library
        self.notices += notices
        return notices

    def installed_content(self) -> Any:
        """The city's content bundle in use (``sources["content"]``: lotse.conf's [content], and
        ``sources["content_store"]``), or None: the built-in content only."""
        options = self.sources.get("content")
        if options is None or not getattr(options, "configured", False):
            return None
        from assistant.core.content_source import ContentStore

        content = self.sources.get("content_store") or ContentStore()
        return content.active()


def city_notice(detail: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "App",
        "Die Angaben der Stadt konnten nicht gelesen werden ({0}). Adressen fehlen deshalb. Alles andere funktioniert.",
    ).format(detail)


def load_capabilities(registry: Registry, modules: list[str], failed: list[str] | None = None) -> list[str]:
    """Import each module and call its register(); returns notices for the ones that failed (their
    names are added to ``failed``)."""
    from PySide6.QtCore import QCoreApplication

    notices = []
    for name in modules:
        try:
            module = importlib.import_module(name)
            module.register(registry)
        except Exception as exc:  # noqa: BLE001 - any failure of a part must not stop the rest
            print(f"lotse: capability {name} could not be loaded:", file=sys.stderr)
            traceback.print_exc(file=sys.stderr)
            if failed is not None:
                failed.append(f"capability {name}: {exc.__class__.__name__}: {exc}")
            notices.append(
                QCoreApplication.translate(
                    "App", "Ein Teil des Programms fehlt: {0}. Alles andere funktioniert. Technische Angabe: {1}"
                ).format(name, f"{exc.__class__.__name__}: {exc}")
            )
    return notices


def build_context(
    app: QApplication,
    *,
    lang: str | None = None,
    city_id: str | None = None,
    guides: Path | None = None,
    cities: Path | None = None,
    capabilities: list[str] | None = None,
    load: bool = True,
) -> AppContext:
    """Settings, language and look; with ``load`` also the content (see ``AppContext.load_content``).

    Every problem becomes a translated notice in ``ctx.notices``; nothing stops the start.
    """
    from PySide6.QtCore import QCoreApplication

    from assistant.core import languages
    from assistant.core.settings import load_settings
    from assistant.ui import theme
    from assistant.ui.capabilities import Registry
    from assistant.ui.i18n import Translations

    settings, settings_error = load_settings()
    if lang is not None and languages.known(lang):
        settings.language = lang
    translations = Translations(app)
    translations.switch(settings.language)
    theme.apply(app, settings.zoom, check_font=load)  # without load: the window checks after its first paint
    ctx = AppContext(settings, Registry(), translations)
    ctx.sources = {"city_id": city_id, "guides": guides, "cities": cities, "capabilities": capabilities}
    if settings_error is not None:
        ctx.notices.append(
            QCoreApplication.translate(
                "App",
                "Ihre Einstellungen waren beschädigt ({0}). Die Datei wurde beiseitegelegt. "
                "Es gelten die Grundeinstellungen.",
            ).format(settings_error.source)
        )
    if theme.style_problem:
        ctx.notices.append(
            QCoreApplication.translate(
                "App", "Die Gestaltung des Programms fehlt oder ist beschädigt ({0}). Alles andere funktioniert."
            ).format(theme.style_problem)
        )
    if languages.problem():
        ctx.notices.append(
            QCoreApplication.translate(
                "App", "Die Liste der Sprachen ist beschädigt ({0}). Es gibt nur die Sprachen, die sich lesen lassen."
            ).format(languages.problem())
        )
    for name in translations.problems:
        ctx.broken_parts.append(f"translation {name}")
        ctx.notices.append(
            QCoreApplication.translate("App", "Eine Übersetzungsdatei fehlt oder ist beschädigt: {0}.").format(name)
        )
    if load:
        ctx.load_content()
    return ctx


SMOKE_WAIT_MS = 20000  # --smoke-test: longest wait for the start page


def _paint_and_wait(app: QApplication, window: MainWindow) -> None:
    """Process events until the window is exposed, its content loaded, and every widget painted."""
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < SMOKE_WAIT_MS and (
        not window.isVisible()
        or not window.windowHandle()
        or not window.windowHandle().isExposed()
        or not window.ctx.loaded
        or window.screen_id == "loading"
    ):
        app.processEvents()
    window.grab()  # paints every widget once


def create_window(app: QApplication, args: argparse.Namespace, roles: Roles | None = None) -> tuple[MainWindow, Roles]:
    """The window as ``run`` starts it: roles first (unless ``roles`` were prepared already, see
    ``start``), then settings and look; the window paints ("Einen Moment bitte …") and reads city,
    guides and capabilities right after (``load=False``). Returns (window, roles)."""
    if roles is None:
        from assistant.ui.roles import prepare as prepare_roles

        roles = (
            prepare_roles()
        )  # deployment file + memory rules (home/library/counter), before anything personal is read
    ctx = build_context(
        app,
        lang=roles.language(getattr(args, "lang", None)),
        city_id=roles.city(getattr(args, "city", None)),
        load=False,
    )
    roles.apply_to_context(ctx)
    ctx.sources["content"] = roles.deployment.content  # lotse.conf [content]: the city's signed bundle
    from assistant.ui.main_window import MainWindow

    smoke = getattr(args, "smoke_test", False)
    d = roles.deployment
    # the first start offers the language chooser once, unless lotse.conf or the command line chose one
    window = MainWindow(
        ctx, offer_resume=not smoke, offer_language=not smoke and not d.language and not getattr(args, "lang", None)
    )
    window.language_fixed = d.language_fixed
    window.content_loaded.connect(lambda: roles.apply_city(ctx))  # the city profile is read after the first paint
    if roles.deployment.content.configured and not getattr(args, "smoke_test", False):
        from assistant.ui.content_updates import ContentUpdates

        window.content_updates = ContentUpdates(window, roles)  # fetches after the home screen is up
    if roles.role.value == "home":
        # at home the roles' strip shows only on the home screen, so nothing of it is visible while
        # "Einen Moment bitte" is: attach (≈ 45 ms) after the first paint, with the content
        window.content_loaded.connect(lambda: roles.attach(window))
    else:  # library and counter: the helper view and counter mode are there from the first frame
        roles.attach(window)
    window.show_on_screen()  # maximised (home, library), full screen at a counter
    return window, roles


_instance: Any = None  # assistant.ui.single_instance.Instance of this program
LISTEN_AFTER_MS = 300  # after the content is read: the home screen is painted first


class AlreadyRunning(Exception):
    """This user's program runs already; its window was asked to come forward."""


def start(args: Any) -> tuple[Any, Any, Any]:
    """The program's start, used by ``run`` and by bench/startup.py: returns (app, window, roles).

    One program per user (``assistant.ui.single_instance``): a second start asks the first to show
    its window and raises ``AlreadyRunning`` *before* the memory rules run — they would delete the
    first program's running session. PySide6's ``__feature__`` import hook asks of every module
    imported after it whether it uses PySide6; ``pyside_imports`` answers that from the file's bytes
    (≈ 10 ms of the start). The window then paints and reads the content after its first paint."""
    import gc

    # nothing to collect yet, while PySide6 makes its types: gc_guard collects from now on (≈ 3 ms)
    gc.disable()
    from PySide6.QtWidgets import QApplication

    from assistant.ui import pyside_imports, qt_log

    pyside_imports.install()  # before the program's own modules that use Qt are imported
    from assistant.ui.roles import prepare as prepare_roles

    qt_log.install()  # before Qt logs anything: no category that could print typed digits
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))  # a widget program
    from assistant.ui import gc_guard, single_instance

    gc_guard.install(app)  # cycles are collected on the GUI thread only (Qt objects die where they live)

    instance = single_instance.claim()
    if instance is None:
        raise AlreadyRunning()
    roles = prepare_roles()  # deployment file + memory rules (home/library/counter), before anything personal is read
    from assistant.ui import widgets

    widgets.hold_until_started()  # the hand cursor & co. once the home screen is up (MainWindow)
    app.setApplicationName("Lotse")
    app.setOrganizationName("Lotse")
    app.setDesktopFileName("de.lotse.Lotse")  # matches installer/linux/de.lotse.Lotse.desktop (icon on Wayland)
    app.setApplicationDisplayName("Lotse")
    window, roles = create_window(app, args, roles)
    instance.window = window
    from PySide6.QtCore import QTimer

    # a second start is answered once the home screen is up (it keeps asking for two seconds)
    window.content_loaded.connect(lambda: QTimer.singleShot(LISTEN_AFTER_MS, instance.listen))
    global _instance
    _instance = instance  # listens as long as the program runs
    return app, window, roles


def run(args: Any) -> int:
    try:
        app, window, roles = start(args)
    except AlreadyRunning:
        print("lotse: the program is running already; its window was brought forward", file=sys.stderr)
        return 1 if getattr(args, "smoke_test", False) else 0
    ctx = window.ctx
    if getattr(args, "smoke_test", False):
        _paint_and_wait(app, window)
        guides = len(ctx.library.ids()) if ctx.library is not None else 0
        broken = list(ctx.broken_parts)
        if ctx.library is not None:  # the guides of the languages not in use are read only now
            broken += [f"guide: {problem}" for problem in ctx.library.read_all()]
        if not broken and not guides:
            broken.append("guides: none found")
        # the start page (or, on a first start, the language chooser it offers), not "Einen Moment bitte …"
        if not (ctx.loaded and window.screen_id in ("home", "language")):
            broken.append(f"start page not reached: screen {window.screen_id or '?'}")
        verdict = "FAILED, parts missing or broken" if broken else "ok"
        print(
            f"lotse: smoke test {verdict} ({guides} guides, {len(ctx.notices)} notices, screen {window.screen_id or '?'})"
        )
        for notice in ctx.notices:
            print(f"lotse: notice: {notice}")
        for part in broken:
            print(f"lotse: broken: {part}")
        roles.close()
        window.close()
        window.deleteLater()
        _instance.close()
        return 1 if broken else 0  # a build that lost a part must not pass (installer tests, CI)
    code = app.exec()
    from assistant.core import content_cache

    content_cache.save()  # guides of a language chosen since the start
    roles.close()
    _instance.close()  # the next start may be the first again
    return code
