"""Drafts of a booking and a report, so nothing a person typed is lost (Qt-free).

The UI fills a draft step by step and calls ``save_draft`` after every step; after a crash, a
cancelled send or a failed one, ``load_draft`` gives everything back. Drafts live in the user
folder (``drafts/<kind>.json``, written atomically by ``assistant.core.store``). They hold what the
person typed (name, e-mail, description) — never a processId/authKey or an API key (those live in
the keyring, see ``secrets``).

``pending_since`` is the "check first" marker: it is set (and saved) right before a sending step
starts and cleared when the answer is known. A draft that still has it after a failure or a crash
may have arrived; the client looks it up before it sends again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.core import store
from assistant.core.errors import StateFileError
from assistant.core.paths import user_file

DESCRIPTION_MAX = 4000  # Open311: description ≤ 4000 characters


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class BookingDraft:
    """Office → service → day → time → name and e-mail → check → book."""

    office_id: str = ""
    office_name: str = ""
    service_id: str = ""
    service_name: str = ""
    count: int = 1
    day: str = ""  # YYYY-MM-DD
    start: str = ""  # ISO datetime of the chosen time
    family_name: str = ""
    email: str = ""
    telephone: str = ""
    step: str = ""  # the UI's current step id (free text for the UI)
    # progress of the booking on the server (no secret here: the keyring holds processId/authKey)
    booking_ref: str = ""  # secrets.booking_ref of the reservation, once reserved
    server_state: str = ""  # "", reserved, updated, preconfirmed, confirmed
    pending_since: str = ""  # ISO UTC: a sending step started and its outcome is not known yet

    kind = "booking"


@dataclass
class ReportDraft:
    """Category → questions → where → description → contact → check → send."""

    service_code: str = ""
    service_name: str = ""
    group: str = ""
    answers: dict[str, Any] = field(default_factory=dict)  # code → str, or list[str] for multivaluelist
    address: str = ""
    lat: float | None = None
    long: float | None = None
    description: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    step: str = ""
    pending_since: str = ""  # ISO UTC: sent, outcome unknown → look up before sending again
    request_id: str = ""  # the request number, once known (kept: "Meine Meldungen")
    token: str = ""

    kind = "report"

    def form(self, api_key: str = "", jurisdiction: str = "") -> list[tuple[str, str]]:
        """The Open311 form fields (repeated ``attribute[CODE]`` for multi-value answers)."""
        out: list[tuple[str, str]] = []
        if api_key:
            out.append(("api_key", api_key))
        if jurisdiction:
            out.append(("jurisdiction_id", jurisdiction))
        out.append(("service_code", self.service_code))
        if self.lat is not None and self.long is not None:
            out += [("lat", _num(self.lat)), ("long", _num(self.long))]
        if self.address.strip():
            out.append(("address_string", self.address.strip()))
        for code, value in self.answers.items():
            values = value if isinstance(value, (list, tuple)) else [value]
            for v in values:
                if v is not None and str(v) != "":
                    out.append((f"attribute[{code}]", str(v)))
        desc = clean_description(self.description)  # exactly what the check screen shows
        if desc:
            out.append(("description", desc))
        for name in ("email", "first_name", "last_name", "phone"):
            value = getattr(self, name).strip()
            if value:
                out.append((name, value))
        return out


def _num(x: float) -> str:
    return f"{float(x):.6f}".rstrip("0").rstrip(".")


def clean_description(text: str) -> str:
    """The description exactly as the person wrote it (without blank space around it) — never changed.

    "Loch ist <10 cm tief, aber >30 cm breit" arrives as written: Open311's "no HTML" is a rule for
    what a server stores and shows, and a form field needs no escaping (``requests`` encodes it). The
    4000-character limit is checked before sending (``description_too_long``), never cut silently."""
    return (text or "").strip()


def description_too_long(text: str) -> bool:
    return len(clean_description(text)) > DESCRIPTION_MAX


Draft = BookingDraft | ReportDraft


def draft_path(kind: str) -> Path:
    return user_file(f"drafts/{kind}.json")


def save_draft(draft: Draft) -> None:
    store.write_json(draft_path(draft.kind), asdict(draft))


def load_draft(cls: type[Draft]) -> tuple[Draft, StateFileError | None]:
    """The saved draft (or an empty one). A damaged file is put aside and reported, never lost."""
    try:
        raw = store.read_json(draft_path(cls.kind), default={})
    except StateFileError as exc:
        return cls(), exc
    names = {f.name for f in fields(cls)}
    draft = cls()
    if isinstance(raw, dict):
        for k, v in raw.items():
            if k in names and _fits(getattr(draft, k), v):
                setattr(draft, k, v)  # a value of the wrong type keeps the empty default
    return draft, None


def _fits(default: Any, value: Any) -> bool:
    """Whether a saved value has the type of the field (a damaged or edited file: ``"step": 5``)."""
    if default is None:  # lat / long
        return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))
    if isinstance(default, bool) or isinstance(value, bool):
        return type(default) is type(value)
    if isinstance(default, int):
        return isinstance(value, int) and 0 < value < 100  # count of people
    return isinstance(value, type(default))


def discard_draft(kind: str) -> None:
    store.remove(draft_path(kind))
