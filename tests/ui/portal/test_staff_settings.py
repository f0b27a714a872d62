"""The staff settings: API keys only in the keyring (never plain text), practice vs real."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtWidgets import QLineEdit

from assistant.portal import secrets
from assistant.portal.api import Capability
from assistant.ui.portal import open_staff_settings
from assistant.ui.portal.servers import load_staff_mode, session_for


def open311_city(context):
    """Köln runs Open311 ("Sag's uns"): reports need a key entered by staff."""
    from assistant.core.city import load_city

    context.city = load_city("koeln")
    return context


def test_key_goes_to_the_keyring_only(context, drive, memory_keyring, lotse_home):
    open311_city(context)
    d = drive(open_staff_settings(context))
    d.wait_title("Einstellungen für Mitarbeitende")
    d.wait_text("noch kein Schlüssel")
    assert "Adresse noch nicht bestätigt" in d.texts()  # the profile marks the address unconfirmed
    edit = d.field("Neuer Schlüssel")
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    d.type("Neuer Schlüssel", "geheim-123")
    d.press("save-key")
    d.wait_text("Ein Schlüssel ist gespeichert")
    assert "sicher gespeichert" in d.problem()
    assert secrets.api_key("koeln", Capability.REPORTS.value) == "geheim-123"
    assert d.field("Neuer Schlüssel").text() == ""  # not kept on screen
    # nowhere in the user folder
    for f in lotse_home.rglob("*"):
        if f.is_file():
            assert b"geheim-123" not in f.read_bytes(), f
    d.press("delete-key")
    d.wait_text("noch kein Schlüssel")
    assert secrets.api_key("koeln", Capability.REPORTS.value) is None


def test_no_keyring_says_so_and_stores_nothing(context, drive, lotse_home):
    open311_city(context)
    keyring.set_keyring(FailKeyring())
    d = drive(open_staff_settings(context))
    d.wait_text("keinen sicheren Schlüsselspeicher")
    assert "niemals offen" in d.texts()
    assert not [w for w in d.page.screen.findChildren(QLineEdit) if w.isVisibleTo(d.page)]  # nothing to type into
    for f in lotse_home.rglob("*") if lotse_home.exists() else []:
        assert f.name != "keys.json"


def test_choose_practice_or_real(context, drive):
    d = drive(open_staff_settings(context))
    d.wait_text("kein Server")  # Bochum: appointments and reports fall back
    d.press("practice-portal")
    assert load_staff_mode() == "practice"
    assert session_for(context).practice and d.page.banner.isVisible()
    assert d.keyed("practice-portal").property("chosen") is True
    d.press("real-servers")
    assert load_staff_mode() == "real"
    assert not d.page.banner.isVisible()
