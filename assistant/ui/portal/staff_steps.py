"""The staff settings as a step of any portal flow ("Einstellungen für Mitarbeitende"): API keys and
practice vs real. (``staff_settings.StaffSettingsPage`` shows the same step as a page of its own.)

Keys are entered once and kept only in the OS keyring (``assistant.portal.secrets``). The screen
never shows a stored key, only whether one is there. Where no keyring works, it says so plainly and
stores nothing — there is no plain-text fallback. Keyring calls run in the worker (an unlocking
Secret Service may take a moment).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from assistant.portal import secrets
from assistant.portal.api import Capability, PortalError
from assistant.ui import words
from assistant.ui.portal.servers import load_staff_mode, save_staff_mode
from assistant.ui.portal.texts import error_text


def tr(text: str) -> str:
    # module level: pyside6-lupdate files these texts under the empty context
    return QCoreApplication.translate("", text)


def capability_name(flow: Any, cap: Capability) -> str:
    return {
        Capability.CATALOGUE: tr("Was brauche ich? (Dienst-Auskunft)"),
        Capability.APPOINTMENTS: words.book_appointment(),
        Capability.REPORTS: words.report_problem(),
    }[cap]


def staff_settings_steps(flow: Any) -> Callable[[Any], None]:
    """The settings as a step of any portal flow (so every flow's first screen can open it)."""
    state: dict[str, Any] = {"loaded": False, "keyring": False, "keys": {}, "message": ""}
    cfg = flow.session.config
    key_caps = [cap for cap, ep in cfg.endpoints.items() if ep.needs_key]

    def load() -> None:
        def work(cancel):
            works = secrets.keyring_works()
            keys = {}
            if works:
                for cap in key_caps:
                    try:
                        keys[cap] = bool(secrets.api_key(cfg.city_id, cap.value))
                    except PortalError:
                        keys[cap] = False
            return works, keys

        def got(result) -> None:
            state["loaded"] = True
            state["keyring"], state["keys"] = result
            flow.refresh()

        flow.run(work, tr("Die Einstellungen werden gelesen …"), got)

    def store_key(cap: Capability, edit: QLineEdit) -> None:
        key = edit.text()
        edit.clear()  # the key does not stay on screen or in the widget

        def work(cancel):
            secrets.store_api_key(cfg.city_id, cap.value, key)
            return bool(key.strip())

        def got(stored: bool) -> None:
            state["keys"][cap] = stored
            state["message"] = (
                tr("Der Schlüssel ist sicher gespeichert.") if stored else tr("Der Schlüssel ist gelöscht.")
            )
            flow.refresh()

        def failed(f) -> None:
            text = error_text(f.error)[0] if isinstance(f.error, PortalError) else f.text
            state["message"] = text + " " + tr("Der Schlüssel wurde nicht gespeichert.")
            flow.refresh()

        flow.run(work, tr("Der Schlüssel wird gespeichert …"), got, on_failure=failed)

    def delete_key(cap: Capability) -> None:
        def work(cancel):
            secrets.delete_api_key(cfg.city_id, cap.value)

        def got(_r) -> None:
            state["keys"][cap] = False
            state["message"] = tr("Der Schlüssel ist gelöscht.")
            flow.refresh()

        flow.run(work, tr("Der Schlüssel wird gelöscht …"), got)

    def set_mode(mode: str) -> None:
        try:
            save_staff_mode(mode)
        except OSError:
            state["message"] = tr("Die Einstellung konnte nicht gespeichert werden.")
        else:
            state["message"] = tr("Gespeichert.")
        flow.session.set_practice(mode == "practice")
        flow.refresh()

    def step(s: Any) -> None:
        s.inline = True  # each button belongs to the field above it
        s.title(words.staff_settings())
        if not state["loaded"]:
            s.text(words.one_moment())
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, load)
            return
        if state["message"]:
            s.problem(state["message"])
            state["message"] = ""
        s.heading(tr("Welcher Server?"))
        s.text(tr("Das Übungsportal läuft nur auf diesem Computer. Dort wird nichts wirklich gesendet."))
        mode = load_staff_mode()
        s.choice(tr("Die echten Server der Stadt"), lambda: set_mode("real"), chosen=mode == "real", key="real-servers")
        s.choice(tr("Das Übungsportal"), lambda: set_mode("practice"), chosen=mode == "practice", key="practice-portal")
        s.heading(tr("Was diese Stadt anbietet"))
        for cap in Capability:
            ep = cfg.endpoints.get(cap)
            if ep is None:
                fb = cfg.fallback(cap)
                where = ", ".join(x for x in (fb.web, fb.phone) if x)
                line = (
                    tr("%1: kein Server. Ersatz: %2")
                    .replace("%1", capability_name(flow, cap))
                    .replace("%2", where or "–")
                )
            else:
                line = tr("%1: %2").replace("%1", capability_name(flow, cap)).replace("%2", ep.base_url)
                if not ep.confirmed:
                    line += " " + tr("(Adresse noch nicht bestätigt)")
            s.text(line, small=True, selectable=True)
        s.heading(tr("Zugangsschlüssel"))
        if not state["keyring"]:
            s.text(
                tr(
                    "Auf diesem Computer gibt es keinen sicheren Schlüsselspeicher. Deshalb kann hier kein Schlüssel "
                    "gespeichert werden. Schlüssel werden niemals offen in eine Datei geschrieben. "
                    "Bitte richten Sie einen Schlüsselbund des Systems ein."
                )
            )
        elif not key_caps:
            s.text(tr("Für diese Stadt braucht man keinen Schlüssel."))
        else:
            for cap in key_caps:
                name = capability_name(flow, cap)
                has = state["keys"].get(cap, False)
                s.text(
                    tr("%1: Ein Schlüssel ist gespeichert.").replace("%1", name)
                    if has
                    else tr("%1: Es ist noch kein Schlüssel gespeichert.").replace("%1", name)
                )
                edit = QLineEdit()
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                s.field(
                    tr("Neuer Schlüssel für „%1“").replace("%1", name),
                    edit,
                    hint=tr("Der Schlüssel wird nur im Schlüsselbund des Systems gespeichert."),
                )
                s.choice(tr("Schlüssel speichern"), lambda c=cap, e=edit: store_key(c, e), primary=True, key="save-key")
                if has:
                    s.choice(tr("Schlüssel löschen"), lambda c=cap: delete_key(c), key="delete-key")
        s.choice(words.back(), lambda: flow.go_back() or flow.go_home(), key="back")

    return step
