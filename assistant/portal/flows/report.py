""""Problem melden" as a plain model: the steps (one per question of the service), resume, and what
each step accepts. The page (``assistant.ui.portal.report_flow``) renders it; tested without Qt."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from assistant.portal.api import Datatype, Question
from assistant.portal.drafts import ReportDraft, description_too_long
from assistant.portal.flows.validate import email_problem

DATETIME_FORMATS = ("%d.%m.%Y %H:%M", "%d.%m.%Y, %H:%M", "%d.%m.%Y %H.%M", "%d.%m.%Y", "%Y-%m-%d %H:%M", "%Y-%m-%d")


def parse_when(text: str) -> datetime | None:
    text = " ".join(text.replace("Uhr", "").split())
    for fmt in DATETIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def parse_number(text: str) -> float | None:
    t = text.strip().replace(" ", "")
    if re.fullmatch(r"[+-]?\d+([.,]\d+)?", t):
        return float(t.replace(",", "."))
    return None


class ReportFlow:
    def __init__(self, draft: ReportDraft | None = None) -> None:
        self.draft = draft or ReportDraft()

    def in_flight(self) -> bool:
        return bool(self.draft.pending_since)

    def has_progress(self) -> bool:
        d = self.draft
        return bool(d.service_code or d.description or d.address or d.pending_since)

    @staticmethod
    def step_names(questions: int) -> list[str]:
        return ["start", "category"] + [f"q{i}" for i in range(questions)] + ["where", "description", "contact", "check"]

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

    def set_place(self, address: str, lat: str, lon: str) -> dict[str, str]:
        """Keep the place; field → why not (bad | both | missing)."""
        d = self.draft
        d.address = address.strip()
        out: dict[str, str] = {}
        values = {}
        for name, text, limit in (("lat", lat.strip(), 90), ("long", lon.strip(), 180)):
            n = parse_number(text) if text else None
            if text and (n is None or not -limit <= n <= limit):
                out[name] = "bad"
            values[name] = n if n is not None and -limit <= n <= limit else None
        d.lat, d.long = values["lat"], values["long"]
        if not out and bool(lat.strip()) != bool(lon.strip()):
            out["long" if not lon.strip() else "lat"] = "both"
        if not d.address and (d.lat is None or d.long is None):
            out["address"] = "missing"
        return out

    def set_description(self, text: str) -> str:
        self.draft.description = text
        return "too-long" if description_too_long(text) else ""

    def set_contact(self, first: str, last: str, email: str, phone: str) -> dict[str, str]:
        """All optional; an e-mail, if given, must be one a server takes (the same rule as booking)."""
        d = self.draft
        d.first_name, d.last_name, d.email, d.phone = first.strip(), last.strip(), email.strip(), phone.strip()
        why = email_problem(d.email) if d.email else ""
        return {"email": why} if why else {}
