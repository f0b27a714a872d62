"""The portal screens: "Was brauche ich?", "Termin buchen" (with "Meine Termine"), "Problem melden"
(with "Meine Meldungen"), the guide action ``appointment.book`` and the staff settings.

``register(registry)`` adds three home tiles and the action. The staff settings open from a small
button on each flow's first screen ("Einstellungen für Mitarbeitende"), or as a page of their own
(``StaffSettingsPage``) where the main window offers them (Help). docs/portal-ui.md explains it all.

Imports of the flows are lazy: the home screen paints without loading them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

from assistant.ui.capabilities import CapabilityPage, Registry, Tile


def tr(text: str) -> str:
    # module level: pyside6-lupdate files these texts under the empty context
    return QCoreApplication.translate("", text)


def _open(module: str, name: str, context: Any, **kw: Any) -> CapabilityPage:
    import importlib

    from assistant.ui.portal import texts

    texts.register()  # portal errors in plain words for every worker job
    return getattr(importlib.import_module(f"assistant.ui.portal.{module}"), name)(context, **kw)


def open_service_info(context: Any) -> CapabilityPage:
    return _open("service_info", "ServiceInfoPage", context)


def open_booking(context: Any) -> CapabilityPage:
    return _open("booking", "BookingPage", context)


def open_reports(context: Any) -> CapabilityPage:
    return _open("report_flow", "ReportPage", context)


def open_staff_settings(context: Any) -> CapabilityPage:
    return _open("staff_settings", "StaffSettingsPage", context)


def book_action(context: Any, step: Any) -> CapabilityPage:
    """Guide action ``appointment.book``: outcomes ``booked`` or ``unavailable``."""
    from assistant.portal.api import Capability

    page = _open("booking", "BookingPage", context, action=True)
    if not page.session.has(Capability.APPOINTMENTS):
        # no appointment server in this city: the guide shows its own fallback text
        QTimer.singleShot(0, lambda: page.finished.emit("unavailable"))
    return page


def register(registry: Registry) -> None:
    registry.add_tile(Tile(
        id="portal.service-info",
        title=lambda: tr("Was brauche ich?"),
        subtitle=lambda: tr("Wohin Sie gehen und was Sie mitbringen"),
        open=open_service_info,
        order=40,
        icon="topic.svg",
    ))
    registry.add_tile(Tile(
        id="portal.booking",
        title=lambda: tr("Termin buchen"),
        subtitle=lambda: tr("Einen Termin im Amt – und Ihre Termine ansehen"),
        open=open_booking,
        order=50,
        icon="calendar.svg",
    ))
    registry.add_tile(Tile(
        id="portal.reports",
        title=lambda: tr("Problem melden"),
        subtitle=lambda: tr("Ein Schlagloch, eine kaputte Laterne – und Ihre Meldungen"),
        open=open_reports,
        order=60,
        icon="check.svg",
    ))
    registry.add_action("appointment.book", book_action)
