""" "Problem melden" as a plain model: the steps (one per question of the service), resume, and what
each step accepts. The page (``assistant.ui.portal.report_flow``) renders it; tested without Qt."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.portal.api import Datatype, Question, ReportService, ServiceDefinition, ServiceGroup, SubmissionUncertain
from assistant.portal.drafts import DESCRIPTION_MAX, ReportDraft, clean_description, description_too_long
from assistant.portal.flows.validate import email_problem
from assistant.portal.places import ADDRESS, COORDINATES, KnownPlace, find_place

if TYPE_CHECKING:
    from assistant.portal.api import Cancel, ReportStatus
    from assistant.portal.reports import Open311Client

DATETIME_FORMATS = ("%d.%m.%Y %H:%M", "%d.%m.%Y, %H:%M", "%d.%m.%Y %H.%M", "%d.%m.%Y", "%Y-%m-%d %H:%M", "%Y-%m-%d")


def parse_when(text: str) -> datetime | None:
    text = " ".join(text.replace("Uhr", "").split())
    for fmt in DATETIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def questions(definition: ServiceDefinition | None) -> list[Question]:
    """The questions a person answers (one a screen); the others are notes to read."""
    return [q for q in (definition.questions if definition else ()) if q.variable]


def notes(definition: ServiceDefinition | None) -> list[str]:
    return [q.description for q in (definition.questions if definition else ()) if not q.variable and q.description]


def first_step(definition: ServiceDefinition | None) -> str:
    """After the topic: the notes to read first, else the first question, else the place."""
    if notes(definition):
        return "notes"
    return "q0" if questions(definition) else "where"


def step_after_question(index: int, count: int) -> str:
    return f"q{index + 1}" if index + 1 < count else "where"


def find_service(groups: list[ServiceGroup] | None, code: str) -> ReportService | None:
    return next((sv for g in groups or [] for sv in g.services if sv.code == code), None)


# what the page does after a failed "Jetzt senden"
UNCERTAIN = "uncertain"  # it may have arrived: look up and send, or send anyway (may arrive twice)
PROBLEM = "problem"  # say what happened; retry where that can help


def after_failure(err: BaseException) -> str:
    return UNCERTAIN if isinstance(err, SubmissionUncertain) else PROBLEM


def status_state(status: str) -> str:
    """open | closed | the city's own word (shown as it is)."""
    return status.lower() if status.lower() in ("open", "closed") else status


def saved_sent_at(item: dict[str, str]) -> datetime | None:
    """When a saved report was sent, or None if the list has no readable time."""
    try:
        return datetime.fromisoformat(item.get("sent_at", ""))
    except ValueError:
        return None


def look_up_status(item: dict[str, str], client: Open311Client, cancel: Cancel | None = None) -> ReportStatus | None:
    """One of "Meine Meldungen" as the city has it now (a ReportStatus), off the GUI thread; a report
    that only has a token gets its number first; None while the city has given it none."""
    rid = item.get("request_id") or ""
    if not rid and item.get("token"):
        rid = client.resolve_token(item["token"], cancel=cancel)
    if not rid:
        return None
    return client.status(rid, cancel=cancel)


def parse_number(text: str) -> float | None:
    t = text.strip().replace(" ", "")
    if re.fullmatch(r"[+-]?\d+([.,]\d+)?", t):
        return float(t.replace(",", "."))
    return None


class ReportFlow:
    def __init__(
        self, draft: ReportDraft | None = None, *, location: str = ADDRESS, places: tuple[KnownPlace, ...] = ()
    ) -> None:
        self.draft = draft or ReportDraft()
        self.location = location  # what the city's server needs: an address, or coordinates too
        self.places = places  # the city's own list of places with coordinates (portal.places)

    def in_flight(self) -> bool:
        return bool(self.draft.pending_since)

    def pick_service(self, service: ReportService, group: str) -> None:
        """A different topic has other questions: the answers of the old one go."""
        d = self.draft
        if service.code != d.service_code:
            d.answers = {}
        d.service_code, d.service_name, d.group = service.code, service.name, group

    def has_progress(self) -> bool:
        d = self.draft
        return bool(d.service_code or d.description or d.address or d.pending_since)

    @staticmethod
    def step_names(questions: int) -> list[str]:
        return (
            ["start", "category"] + [f"q{i}" for i in range(questions)] + ["where", "description", "contact", "check"]
        )

    def resume_step(self, saved_step: str, questions: int) -> str:
        """Where "Weitermachen" goes: the check while a sending may have arrived, else the saved step."""
        step = saved_step.split(":", 1)[-1]
        if self.in_flight() or step == "send":
            return "check"
        return step if step in self.step_names(questions) else "where"

    # --- what each step accepts -------------------------------------------------------------------
    def answer(self, q: Question, text: str) -> str:
        """Keep the answer to a typed question; "" if accepted, else why not: required | number | datetime."""
        t = text.strip()
        answers = self.draft.answers
        if not t:
            answers.pop(q.code, None)
            return "required" if q.required else ""
        if q.datatype is Datatype.NUMBER:
            n = parse_number(t)
            if n is None:
                answers[q.code] = t
                return "number"
            answers[q.code] = str(int(n)) if n == int(n) else str(n)
        elif q.datatype is Datatype.DATETIME:
            when = parse_when(t)
            if when is None:
                answers[q.code] = t
                return "datetime"
            answers[q.code] = when.astimezone().isoformat(timespec="seconds")
        else:
            answers[q.code] = t
        return ""

    def choose(self, q: Question, keys: Any) -> str:
        """A single key, a list of keys, or None (skip). "" if accepted, else "required"."""
        if keys is None:
            self.draft.answers.pop(q.code, None)
        else:
            self.draft.answers[q.code] = keys
        return "required" if q.required and not keys else ""

    def set_place(self, address: str) -> dict[str, str]:
        """Keep the place as the person gave it (street and house number, a landmark); where the
        city's server needs coordinates, look them up in the city's own list. Field → why not:
        ``missing`` (nothing said) or ``unknown`` (coordinates needed, the place is not in the list)."""
        d = self.draft
        d.address = address.strip()
        d.lat = d.long = None  # coordinates only ever come from the city's list, never typed
        if not d.address:
            return {"address": "missing"}
        if self.location == COORDINATES:
            place = find_place(d.address, self.places)
            if place is None:
                return {"address": "unknown"}
            d.lat, d.long = place.lat, place.long
        return {}

    def shown_answer(self, q: Question) -> str:
        """What the question's field shows: the kept answer, a date and time the way it is typed here."""
        current = self.draft.answers.get(q.code)
        value = "" if current is None else str(current)
        if q.datatype is Datatype.DATETIME and value:
            try:
                return datetime.fromisoformat(value).strftime("%d.%m.%Y %H:%M")
            except ValueError:
                return value
        return value

    def summary(self, qs: list[Question]) -> list[tuple[str, str]]:
        """The check screen's lines: (service|answer|place|description|contact, text); an answer is
        "question: chosen names", a contact "" when none was given."""
        d = self.draft
        lines = [("service", d.service_name)]
        names = {q.code: q for q in qs}
        for code, value in d.answers.items():
            q = names.get(code)
            label = q.description if q is not None and q.description else code
            if q is not None and q.choices:
                by_key = {c.key: c.name for c in q.choices}
                vals = value if isinstance(value, list) else [value]
                value = ", ".join(by_key.get(v) or v for v in vals)
            elif isinstance(value, list):
                value = ", ".join(value)
            if value:
                lines.append(("answer", f"{label}: {value}"))
        lines.append(("place", d.address))  # as the person said it (coordinates are for the server)
        if d.description.strip():
            lines.append(("description", clean_description(d.description)))
        contact = " ".join(x for x in (d.first_name, d.last_name) if x)
        for extra in (d.email, d.phone):
            if extra:
                contact = f"{contact}, {extra}" if contact else extra
        lines.append(("contact", contact))
        return lines

    def set_description(self, text: str) -> str:
        self.draft.description = text
        return "too-long" if description_too_long(text) else ""

    def description_length(self) -> tuple[int, int]:
        """(characters as they will be sent, the most the city takes) for "Der Text ist zu lang: …"."""
        return len(clean_description(self.draft.description)), DESCRIPTION_MAX

    def set_contact(self, first: str, last: str, email: str, phone: str) -> dict[str, str]:
        """All optional; an e-mail, if given, must be one a server takes (the same rule as booking)."""
        d = self.draft
        d.first_name, d.last_name, d.email, d.phone = first.strip(), last.strip(), email.strip(), phone.strip()
        why = email_problem(d.email) if d.email else ""
        return {"email": why} if why else {}
