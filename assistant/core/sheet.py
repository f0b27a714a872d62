"""The take-home sheet ("Merkzettel"): what goes on it, built without Qt.

One A4 page in large print that a person takes home: what was done, what to do next, where to go
(office, address, opening hours, phone), what to bring, the appointment or request number, and a web
address for the QR code. Built from a finished guide run and the city profile, or from a booking or a
report. The UI (``assistant.ui.roles.sheet``) adds the headings in the person's language and renders
it to PDF or a printer.

It never holds a PIN, CAN or PUK, nor a booking's authKey: the builders take only guide content, city
facts and the public parts of a booking or report — there is no parameter a secret could come through.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from assistant.core.city import CityProfile, Office
from assistant.core.dates import day_in_words, time_in_words
from assistant.core.engine import GuideRun
from assistant.core.errors import ContentError
from assistant.core.guide import Guide

MAX_DONE = 6  # the path so far: the last few answers are enough on one page


@dataclass(frozen=True)
class TakeHomeSheet:
    kind: str  # guide | booking | report
    lang: str
    title: str  # what it is about: the guide's title, "Termin: Personalausweis", …
    result: str = ""  # the outcome in one line: the end step's title, "Ihr Termin ist gebucht"
    done: tuple[str, ...] = ()  # what the person did / said, in their words
    next_steps: tuple[str, ...] = ()
    office: Office | None = None
    bring: tuple[str, ...] = ()
    cost: str = ""
    when: str = ""  # appointment time in words
    reference: str = ""  # the "Vorgangsnummer": a booking's processId or a report's request number
    call_number: str = ""  # a booking's "Aufrufnummer" (ZMS displayNumber), what the office calls out
    status: str = ""  # a report's status as the server said it
    web: str = ""  # the page behind the QR code
    printed: str = ""  # the day the sheet was made, in words
    practice: bool = False  # made in practice (practice portal, practice card): "ÜBUNG" across the sheet
    extra: Mapping[str, str] = field(default_factory=dict)
    german: TakeHomeSheet | None = None  # the same sheet in German, printed beside it for the office

    @property
    def web_url(self) -> str:
        """The web address as the QR code holds it ("bochum.de" → "https://bochum.de")."""
        web = self.web.strip()
        if not web:
            return ""
        return web if re.match(r"^[a-z][a-z0-9+.-]*://", web, re.I) else f"https://{web}"

    def texts(self) -> list[str]:
        """Every piece of text on the sheet (for checks: nothing secret, nothing empty)."""
        out = [
            self.title,
            self.result,
            *self.done,
            *self.next_steps,
            *self.bring,
            self.cost,
            self.when,
            self.reference,
            self.call_number,
            self.status,
            self.web,
            self.printed,
        ]
        if self.office is not None:
            out += self.office.lines()
        if self.german is not None:
            out += self.german.texts()
        return [t for t in out if t]


def side_by_side(sheet: TakeHomeSheet, german: TakeHomeSheet | None) -> TakeHomeSheet:
    """``sheet`` with its German twin, so the office understands what the person brings: the page
    then shows both, side by side. A German sheet stays one column."""
    if sheet.lang == "de" or german is None:
        return sheet
    if german.lang != "de":
        raise ValueError(f"the twin of a sheet is German, not {german.lang!r}")
    return replace(sheet, german=replace(german, practice=sheet.practice, german=None))


def _office(city: CityProfile | None, key: str, lang: str) -> Office | None:
    if city is None or not key:
        return None
    try:
        return city.office(key, lang)
    except ContentError:
        return None


def find_office(city: CityProfile | None, name: str, lang: str) -> Office | None:
    """The city profile's office with this name (a booking knows only the office's name)."""
    if city is None or not name:
        return None
    wanted = _simple(name)
    for key in city.office_keys():
        office = _office(city, key, lang)
        if office is not None and (_simple(office.name) == wanted or wanted in _simple(office.name)):
            return office
    return None


def _simple(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def sheet_from_run(
    run: GuideRun,
    city: CityProfile | None,
    lang: str | None = None,
    *,
    values: Mapping[str, str] | None = None,
    today: date | None = None,
    practice: bool = False,
    german_guide: Guide | None = None,
    german_values: Mapping[str, str] | None = None,
) -> TakeHomeSheet:
    """The sheet for a guide that reached its end step. ``values`` fills ``{placeholders}`` (the
    window's ``step_page.fill_values``: city facts and office names). ``practice``: an action of the
    guide was done in practice (the practice card): the sheet is marked as practice.
    ``german_guide`` (with ``german_values``): the German version of the guide, for the German twin
    printed beside a sheet in another language (the same place, answers and end in German)."""
    lang = lang or run.guide.lang
    if lang != "de" and german_guide is not None and german_guide.lang == "de":
        sheet = sheet_from_run(run, city, lang, values=values, today=today, practice=practice)
        try:
            twin = sheet_from_run(
                run.relocalized(german_guide), city, "de", values=german_values, today=today, practice=practice
            )
        except ContentError:  # the German guide has other steps: the person's language alone
            return sheet
        return side_by_side(sheet, twin)
    step = run.current
    if not step.is_end:
        raise ValueError(f"step '{step.id}' is not an end step: there is nothing to take home yet")

    def fill(text: str) -> str:
        return run.fill(text, values or {})

    done: list[str] = []
    for visit in run.path:
        s = run.guide.steps.get(visit.step)
        if (
            s is not None
            and s.type == "question"
            and isinstance(visit.choice, int)
            and 0 <= visit.choice < len(s.answers)
        ):
            done.append(fill(s.answers[visit.choice].text))
    office = _office(city, run.fill(step.where).strip() if step.where else "", lang)
    web = fill(step.web) if step.web else (office.web if office else "")
    if not web and city is not None:
        web = city.value("city_web", lang)
    return TakeHomeSheet(
        kind="guide",
        lang=lang,
        title=run.guide.title,
        result=fill(step.title),
        done=tuple(done[-MAX_DONE:]),
        next_steps=tuple(fill(t) for t in (*step.todo, *((step.more,) if step.more else ()))),
        office=office,
        bring=tuple(fill(t) for t in step.bring),
        cost=fill(step.cost) if step.cost else "",
        web=web,
        printed=day_in_words(today or date.today(), lang),
        practice=practice,
    )


def sheet_from_booking(*, lang: str, **facts: Any) -> TakeHomeSheet:
    """The sheet for a booked appointment in ``lang`` with its German twin beside it (see
    ``_booking`` for the facts)."""
    sheet = _booking(lang=lang, **facts)
    return side_by_side(sheet, _booking(lang="de", **facts)) if lang != "de" else sheet


def _booking(
    *,
    service_name: str,
    office_name: str,
    start: datetime | None,
    number: str,
    city: CityProfile | None,
    lang: str,
    office_key: str = "",
    bring: tuple[str, ...] = (),
    web: str = "",
    today: date | None = None,
    practice: bool = False,
    call_number: str = "",
    office_address: str = "",
) -> TakeHomeSheet:
    """The sheet for a booked appointment (``practice``: booked at the practice portal). ``number`` is
    the Vorgangsnummer (the processId), ``call_number`` the number the office calls out (ZMS
    ``displayNumber``); the authKey is never passed here. ``office_address``: where the appointment
    service says the office is, for an office the city profile does not know."""
    office = _office(city, office_key, lang) or find_office(city, office_name, lang)
    if office is None and office_name:
        office = Office(key="", name=office_name, address=office_address)
    elif office is not None and not office.address and office_address:
        office = replace(office, address=office_address)
    return TakeHomeSheet(
        kind="booking",
        lang=lang,
        title=service_name,
        office=office,
        bring=bring,
        when=time_in_words(start, lang) if start else "",
        reference=str(number or ""),
        call_number=str(call_number or ""),
        web=web or (office.web if office else "") or (city.value("city_web", lang) if city else ""),
        printed=day_in_words(today or date.today(), lang),
        practice=practice,
    )


def sheet_from_report(*, lang: str, **facts: Any) -> TakeHomeSheet:
    """The sheet for a problem report in ``lang`` with its German twin beside it (see ``_report``)."""
    sheet = _report(lang=lang, **facts)
    return side_by_side(sheet, _report(lang="de", **facts)) if lang != "de" else sheet


def _report(
    *,
    service_name: str,
    address: str,
    request_id: str,
    city: CityProfile | None,
    lang: str,
    status: str = "",
    web: str = "",
    today: date | None = None,
    practice: bool = False,
) -> TakeHomeSheet:
    """The sheet for a problem report that was sent (``practice``: to the practice portal)."""
    return TakeHomeSheet(
        kind="report",
        lang=lang,
        title=service_name,
        done=(address,) if address else (),
        reference=str(request_id or ""),
        status=status,
        web=web or (city.value("reports_web", lang) or city.value("city_web", lang) if city else ""),
        printed=day_in_words(today or date.today(), lang),
        practice=practice,
    )
