"""Portal secrets in the OS keyring: staff's API keys and each booking's processId + authKey.

Never a plain-text fallback: when no keyring works (a headless Linux picks keyring's ``fail``
backend), every call raises ``SecretStoreError`` ("portal.no-keyring") and nothing is written
anywhere. The UI says the key/booking could not be kept and how to proceed (write the booking
number down from the confirmation; cancel by the link in the e-mail or by phone).

"Meine Termine" keeps a list in the user folder (``portal-appointments.json``) with what a person
may see on screen — time, office, service, state — and a random ``ref``; the keyring entry
``booking:<ref>`` holds ``{"processId", "authKey"}``. Whoever has both can cancel the booking, so
neither is ever in a file, a URL that is logged, or a log line. Each entry says whether it was booked
at the practice portal (``"mode": "practice"``); entries without the field are real.
"""

from __future__ import annotations

import json
import secrets as _random
import threading
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from assistant.core import store
from assistant.core.errors import StateFileError
from assistant.core.keyring_hook import keyring_opened
from assistant.core.paths import user_file
from assistant.core.visit import forget_at_visit_end
from assistant.portal.api import Appointment, AppointmentState, SavedAppointment, SecretStoreError, entry_mode

SERVICE = "Lotse"


def _keyring() -> ModuleType:
    import keyring  # lazy: backend discovery costs ~170 ms (design/architecture.md)

    keyring_opened(keyring)  # the memory rules' recorder wraps the backend before the first entry
    return keyring


def _errors() -> ModuleType:
    from keyring import errors

    return errors


def _set(name: str, value: str) -> None:
    kr = _keyring()
    try:
        kr.set_password(SERVICE, name, value)
    except _errors().KeyringError as exc:
        raise SecretStoreError(f"keyring refused to store ({exc.__class__.__name__})", reason=_reason(exc)) from None


def _get(name: str) -> str | None:
    kr = _keyring()
    try:
        value: str | None = kr.get_password(SERVICE, name)
        return value
    except _errors().KeyringError as exc:
        raise SecretStoreError(f"keyring refused to read ({exc.__class__.__name__})", reason=_reason(exc)) from None


def _delete(name: str) -> None:
    kr = _keyring()
    errors = _errors()
    try:
        kr.delete_password(SERVICE, name)
    except errors.PasswordDeleteError:
        pass  # not there: nothing to delete
    except errors.KeyringError as exc:
        raise SecretStoreError(f"keyring refused to delete ({exc.__class__.__name__})", reason=_reason(exc)) from None


def _reason(exc: Exception) -> str:
    return "none" if exc.__class__.__name__ == "NoKeyringError" else "refused"


def keyring_works() -> bool:
    """True if a real keyring backend is there (for the settings screen's notice)."""
    try:
        from keyring.backends.fail import Keyring as FailKeyring

        return not isinstance(_keyring().get_keyring(), FailKeyring)
    except Exception:  # noqa: BLE001 - discovery may fail in odd ways; then it does not work
        return False


# --- API keys (entered once by staff in the settings screen) -----------------------------------


def _key_name(city_id: str, capability: str) -> str:
    return f"api-key:{city_id}:{capability}"


def store_api_key(city_id: str, capability: str, key: str) -> None:
    key = key.strip()
    if not key:
        delete_api_key(city_id, capability)
        return
    _set(_key_name(city_id, capability), key)


def api_key(city_id: str, capability: str) -> str | None:
    return _get(_key_name(city_id, capability))


def delete_api_key(city_id: str, capability: str) -> None:
    _delete(_key_name(city_id, capability))


# --- Bookings ---------------------------------------------------------------------------------


# The secrets of this session's bookings that the keyring could not take, in memory (never in a
# file): they keep an open booking reachable when no keyring works (library and counter PCs), so a
# booking whose fate is not known is looked up instead of being made a second time. Forgotten at
# the session's end (``forget_held_secrets``, called by the portal's forget hook).
_held: dict[str, tuple[str, str]] = {}
_held_lock = threading.Lock()


def new_booking_ref() -> str:
    return _random.token_hex(8)


def hold_booking_secret(ref: str, process_id: str, auth_key: str) -> None:
    """Keep processId + authKey in memory for the life of the session (whatever the keyring does)."""
    with _held_lock:
        _held[ref] = (str(process_id), auth_key)


@forget_at_visit_end
def forget_held_secrets() -> None:
    """Session end ("Nächste Person", "Alles vergessen", program end): drop every held secret."""
    with _held_lock:
        _held.clear()


def store_booking_secret(ref: str, process_id: str, auth_key: str) -> None:
    """To the keyring; where it does not work, held in memory for this session — and SecretStoreError
    is still raised, so the caller says the booking cannot be kept beyond this session."""
    try:
        _set(f"booking:{ref}", json.dumps({"processId": str(process_id), "authKey": auth_key}))
    except SecretStoreError:
        hold_booking_secret(ref, process_id, auth_key)
        raise


def booking_secret(ref: str) -> tuple[str, str] | None:
    """processId + authKey of a booking: from this session's memory first, then the keyring."""
    with _held_lock:
        pair = _held.get(ref)
    if pair is not None:
        return pair
    raw = _get(f"booking:{ref}")
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return str(data["processId"]), str(data["authKey"])
    except (ValueError, KeyError, TypeError):
        return None


def delete_booking_secret(ref: str) -> None:
    with _held_lock:
        _held.pop(ref, None)
    _delete(f"booking:{ref}")


def _list_path() -> Path:
    return user_file("portal-appointments.json")


def saved_appointments(mode: str | None = None) -> tuple[list[SavedAppointment], StateFileError | None]:
    """ "Meine Termine": what is on screen (no secret), newest first; only ``mode``'s entries if given."""
    try:
        raw = store.read_json(_list_path(), default=[])
    except StateFileError as exc:
        return [], exc
    out: list[SavedAppointment] = []
    for item in raw if isinstance(raw, list) else []:
        try:
            out.append(
                SavedAppointment(
                    ref=str(item["ref"]),
                    start=datetime.fromisoformat(item["start"]) if item.get("start") else None,
                    office_name=str(item.get("office_name", "")),
                    service_name=str(item.get("service_name", "")),
                    state=AppointmentState(item.get("state", "other")),
                    saved_at=datetime.fromisoformat(item["saved_at"]),
                    mode=entry_mode(item),
                )
            )
        except (KeyError, ValueError, TypeError, AttributeError):
            continue
    if mode is not None:
        out = [a for a in out if a.mode == mode]
    out.sort(key=lambda a: a.saved_at, reverse=True)
    return out, None


def remember_appointment(appointment: Appointment, ref: str | None = None, *, mode: str = "real") -> SavedAppointment:
    """Keep the booking: secret to the keyring first (SecretStoreError → nothing kept), then the list.
    ``mode``: "practice" for a booking at the practice portal."""
    from assistant.portal.drafts import now_utc

    ref = ref or new_booking_ref()
    store_booking_secret(ref, appointment.process_id, appointment.auth_key)
    saved = SavedAppointment(
        ref=ref,
        start=appointment.start,
        office_name=appointment.office_name,
        service_name=appointment.service_name,
        state=appointment.state,
        saved_at=now_utc(),
        mode="practice" if mode == "practice" else "real",
    )
    _write_entry(saved)
    return saved


def _write_entry(saved: SavedAppointment) -> None:
    try:
        raw = store.read_json(_list_path(), default=[])
    except StateFileError:
        raw = []
    items: list[dict[str, Any]] = [
        i for i in (raw if isinstance(raw, list) else []) if isinstance(i, dict) and i.get("ref") != saved.ref
    ]
    items.append(
        {
            "ref": saved.ref,
            "start": saved.start.isoformat() if saved.start else "",
            "office_name": saved.office_name,
            "service_name": saved.service_name,
            "state": saved.state.value,
            "saved_at": saved.saved_at.isoformat(),
            "mode": saved.mode,
        }
    )
    store.write_json(_list_path(), items)


def update_saved_state(ref: str, state: AppointmentState) -> None:
    items, _ = saved_appointments()
    for s in items:
        if s.ref == ref:
            _write_entry(replace(s, state=state))


def forget_appointment(ref: str) -> None:
    """Remove from "Meine Termine" and the keyring (after a cancel, or when the person wishes)."""
    delete_booking_secret(ref)
    try:
        raw = store.read_json(_list_path(), default=[])
    except StateFileError:
        raw = []
    store.write_json(
        _list_path(), [i for i in (raw if isinstance(raw, list) else []) if isinstance(i, dict) and i.get("ref") != ref]
    )
