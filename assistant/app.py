"""Wiring: settings, translations, city profile, guides, capabilities → the main window.

``run(args)`` is called by ``python -m assistant``. Anything broken on the way (a damaged settings
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
from typing import TYPE_CHECKING, Any

from assistant.core.city import DEFAULT_CITY, CityProfile, load_city
from assistant.core.errors import ContentError
from assistant.core.guide import GuideLibrary
from assistant.core.settings import Settings, load_settings

if TYPE_CHECKING:  # pragma: no cover
    from assistant.ui.capabilities import Registry
    from assistant.ui.i18n import Translations

# Module paths of capability packages; each has register(registry). Append yours here.
CAPABILITIES: list[str] = [
    "assistant.ui.portal",
    "assistant.ui.eid",
]


@dataclass
class AppContext:
    """What pages may ask of the application (implements ``capabilities.PageContext``)."""

    settings: Settings
    city: CityProfile | None
    library: GuideLibrary
    registry: "Registry"
    translations: "Translations | None" = None
    facts: dict[str, str] = field(default_factory=dict)  # facts of the running guide (e.g. office)
    notices: list[str] = field(default_factory=list)  # problems found at start-up, translated

    @property
    def language(self) -> str:
        return self.settings.language


def load_capabilities(registry: "Registry", modules: list[str]) -> list[str]:
    """Import each module and call its register(); returns notices for the ones that failed."""
    from PySide6.QtCore import QCoreApplication

    notices = []
    for name in modules:
        try:
            module = importlib.import_module(name)
            module.register(registry)
        except Exception as exc:  # noqa: BLE001 - any failure of a part must not stop the rest
            print(f"lotse: capability {name} could not be loaded:", file=sys.stderr)
            traceback.print_exc(file=sys.stderr)
            notices.append(
                QCoreApplication.translate(
                "App", "Ein Teil des Programms fehlt: {0}. Alles andere funktioniert. Technische Angabe: {1}").format(
                    name, f"{exc.__class__.__name__}: {exc}"
                )
            )
    return notices


def build_context(
    app: Any,
    *,
    lang: str | None = None,
    city_id: str | None = None,
    guides: Path | None = None,
    cities: Path | None = None,
    capabilities: list[str] | None = None,
) -> AppContext:
    """Everything the window needs, with every problem turned into a translated notice."""
    from PySide6.QtCore import QCoreApplication

    from assistant.core.settings import LANGUAGES
    from assistant.ui import theme
    from assistant.ui.capabilities import Registry
    from assistant.ui.i18n import Translations

    settings, settings_error = load_settings()
    if lang in LANGUAGES:
        settings.language = lang
    translations = Translations(app)
    translations.switch(settings.language)
    theme.apply(app, settings.zoom)
    notices: list[str] = []
    if settings_error is not None:
        notices.append(
            QCoreApplication.translate(
                "App", "Ihre Einstellungen waren beschädigt ({0}). Die Datei wurde beiseitegelegt. Es gelten die Grundeinstellungen.").format(
                settings_error.source
            )
        )
    for name in translations.problems:
        notices.append(QCoreApplication.translate(
                "App", "Eine Übersetzungsdatei fehlt oder ist beschädigt: {0}.").format(name))
    city = None
    try:
        city = load_city(city_id or DEFAULT_CITY, cities)
    except ContentError as exc:
        notices.append(
            QCoreApplication.translate(
                "App", "Die Angaben der Stadt konnten nicht gelesen werden ({0}). Adressen fehlen deshalb. Alles andere funktioniert.").format(
                str(exc)
            )
        )
    library = GuideLibrary.load(guides)
    for problem in library.problems:
        notices.append(
            QCoreApplication.translate(
                "App", "Eine Anleitung ist beschädigt und fehlt deshalb auf der Startseite: {0}").format(str(problem))
        )
    registry = Registry()
    notices += load_capabilities(registry, CAPABILITIES if capabilities is None else capabilities)
    return AppContext(settings, city, library, registry, translations, notices=notices)


def _paint_and_wait(app: Any, window: Any) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while not window.isVisible() or not window.windowHandle() or not window.windowHandle().isExposed():
        app.processEvents()
        if timer.elapsed() > 5000:
            break
    window.grab()  # paints every widget once


def run(args: Any) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Lotse")
    app.setOrganizationName("Lotse")
    app.setApplicationDisplayName("Lotse")
    from assistant.ui.roles import prepare as prepare_roles

    roles = prepare_roles()  # deployment file + memory rules (home/library/counter), before anything personal is read
    ctx = build_context(app, lang=roles.language(getattr(args, "lang", None)), city_id=roles.city(getattr(args, "city", None)))
    roles.apply_to_context(ctx)
    from assistant.ui.main_window import MainWindow

    window = MainWindow(ctx, offer_resume=not getattr(args, "smoke_test", False))
    roles.attach(window)
    window.show()
    if getattr(args, "smoke_test", False):
        _paint_and_wait(app, window)
        print(f"lotse: smoke test ok ({len(ctx.library.ids())} guides, {len(ctx.notices)} notices)")
        for notice in ctx.notices:
            print(f"lotse: notice: {notice}")
        roles.close()
        window.close()
        window.deleteLater()
        return 0
    code = app.exec()
    roles.close()
    return code
