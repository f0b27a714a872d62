"""The portal screens: "Was brauche ich?", "Termin buchen" (with "Meine Termine"), "Problem melden"
(with "Meine Meldungen"), the guide action ``appointment.book`` and the staff settings.

``register(registry)`` adds three home tiles and the action. The staff settings open from a small
button on each flow's first screen ("Einstellungen für Mitarbeitende"), or as a page of their own
(``StaffSettingsPage``) where the main window offers them (Help). docs/portal-ui.md explains it all.

Imports of the flows are lazy: the home screen paints without loading them.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer

from assistant.ui import words
from assistant.ui.capabilities import CapabilityPage, PageContext, Registry, Tile

if TYPE_CHECKING:
    from assistant.core.guide import Step


def tr(text: str) -> str:
    # module level: pyside6-lupdate files these texts under the empty context
    return QCoreApplication.translate("", text)


def _open(module: str, name: str, context: PageContext, **kw: Any) -> CapabilityPage:
    import importlib

    from assistant.ui.portal import texts

    texts.register()  # portal errors in plain words for every worker job
    return getattr(importlib.import_module(f"assistant.ui.portal.{module}"), name)(context, **kw)


def open_service_info(context: PageContext) -> CapabilityPage:
    return _open("service_info", "ServiceInfoPage", context)


def open_booking(context: PageContext) -> CapabilityPage:
    return _open("booking", "BookingPage", context)


def open_reports(context: PageContext) -> CapabilityPage:
    return _open("report_flow", "ReportPage", context)


def open_staff_settings(context: PageContext) -> CapabilityPage:
    return _open("staff_settings", "StaffSettingsPage", context)


def book_action(context: PageContext, step: Step | None) -> CapabilityPage:
    """Guide action ``appointment.book``: outcomes ``booked`` or ``unavailable``."""
    from assistant.portal.api import Capability
    from assistant.ui.portal.booking import BookingPage  # loaded by _open

    page = _open("booking", "BookingPage", context, action=True)
    assert isinstance(page, BookingPage)
    if not page.session.has(Capability.APPOINTMENTS):
        # no appointment server in this city: the guide shows its own fallback text
        QTimer.singleShot(0, lambda: page.finished.emit("unavailable"))
    return page


TILES = (  # id, title (a shared word), subtitle (QT_TRANSLATE_NOOP: lupdate finds it), page, order, icon
    (
        "portal.service-info",
        words.what_do_i_need,
        QT_TRANSLATE_NOOP("", "Wohin Sie gehen und was Sie mitbringen"),
        open_service_info,
        40,
        "topic.svg",
    ),
    (
        "portal.booking",
        words.book_appointment,
        QT_TRANSLATE_NOOP("", "Einen Termin im Amt – und Ihre Termine ansehen"),
        open_booking,
        50,
        "calendar.svg",
    ),
    (
        "portal.reports",
        words.report_problem,
        QT_TRANSLATE_NOOP("", "Ein Schlagloch, eine kaputte Laterne – und Ihre Meldungen"),
        open_reports,
        60,
        "check.svg",
    ),
)


def register(registry: Registry) -> None:
    for tile_id, title, subtitle, page, order, icon in TILES:
        registry.add_tile(
            Tile(
                id=tile_id,
                title=title,
                subtitle=functools.partial(tr, str(subtitle)),  # the stubs type QT_TRANSLATE_NOOP's text as object
                open=page,
                order=order,
                icon=icon,
            )
        )
    registry.add_action("appointment.book", book_action)
    # sessions, drafts and held booking secrets register their own forgetting (assistant.core.visit)
    registry.staff_settings = open_staff_settings  # offered in the window's Help
