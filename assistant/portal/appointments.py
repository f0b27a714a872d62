""" "Termin buchen": the ZMS citizen API (``/terminvereinbarung/api/citizen/``).

Office → service → day → time → name and e-mail → check → ``book``: reserve → update →
preconfirm → confirm. Each sending step is a POST that is never repeated blindly:

* update / preconfirm / confirm / cancel carry processId + authKey, so after an unclear failure
  (timeout, dropped connection, 5xx, unreadable 200) the client reads the appointment
  (``GET appointment/``) and looks whether the step took effect. Done → carry on, nothing sent
  twice. Not done → ``delivered=False``, the person may try again. The look-up fails too →
  ``SubmissionUncertain``; the draft keeps its marker and the next attempt looks up first.
* reserve has no secret yet, so there is nothing to look up by. After an unclear failure the client
  reads the free times again: the slot still free → it was not reserved (``delivered=False``);
  gone → ``Rejected("slot-taken")``, pick another time. A reservation we never heard of is not a
  booking: ZMS lets it expire by itself (``reservationDuration``), so nothing is booked twice.

processId + authKey go to the OS keyring right after reserve (``secrets``), never to a file.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any

from assistant.core import paths
from assistant.portal import parse
from assistant.portal.api import (
    Appointment,
    AppointmentState,
    BadAnswer,
    BookingResult,
    Cancelled,
    FreeDay,
    NotFound,
    OfficesAndServices,
    PortalError,
    Rejected,
    SecretStoreError,
    SubmissionUncertain,
    Unavailable,
    ZmsOffice,
    ZmsService,
    as_mapping,
)
from assistant.portal.http import Http, json_of

if TYPE_CHECKING:
    from assistant.portal.api import Endpoint
    from assistant.portal.drafts import BookingDraft

# Every ZMS errorCode (shared/portal/zms/errors.json, 67 keys) → our reason: the message key
# portal.<kind>.<reason> that the screens say in plain words. The server's own (English) words stay
# in error.user_text, shown only under "Details für Helfer".
REASONS = {
    "appointmentNotAvailable": "slot-taken",
    "noAppointmentForThisDay": "slot-taken",
    "processAlreadyExists": "slot-taken",
    "noAppointmentForThisScope": "no-times",
    "scopesNotFound": "no-times",
    "processNotReservedAnymore": "expired",
    "preconfirmationExpired": "expired",
    "processNotPreconfirmedAnymore": "expired",
    "tooManyAppointmentsWithSameMail": "too-many",
    "tooManySlotsPerAppointment": "too-big",
    "tooManyServicesPerAppointment": "too-big",
    "invalidEmail": "email",
    "emailIsRequired": "email",
    "invalidFamilyName": "name",
    "invalidTelephone": "telephone",
    "telephoneIsRequired": "telephone",
    "invalidCustomTextfield": "extra-field",
    "invalidCustomTextfield2": "extra-field",
    "authKeyMismatch": "not-yours",
    "invalidAuthKey": "not-yours",
    "invalidCredentials": "not-yours",
    "unauthorized": "not-yours",
    "appointmentCanNotBeCanceled": "too-late",
    "processAlreadyCalled": "too-late",
    "captchaMissing": "captcha",
    "captchaInvalid": "captcha",
    "captchaExpired": "captcha",
    "captchaVerificationFailed": "captcha",
    "captchaVerificationError": "captcha",
    "invalidLocationAndServiceCombination": "not-offered",
    # the office's data are incomplete on the server: nothing the person can change
    "sourceNotFound": "office-data",
    "departmentNotFound": "office-data",
    "mailNotFound": "office-data",
    "organisationNotFound": "office-data",
    "providerNotFound": "office-data",
    "requestNotFound": "office-data",
    "scopeNotFound": "office-data",
    # a request this program should not have sent (a bug, or a server that changed): said as such
    "invalidRequest": "bad-request",
    "invalidOfficeId": "bad-request",
    "invalidServiceId": "bad-request",
    "EMPTY_SERVICE_ARRAYS": "bad-request",
    "MISMATCHED_ARRAYS": "bad-request",
    "invalidServiceCount": "bad-request",
    "invalidScopeId": "bad-request",
    "invalidDate": "bad-request",
    "invalidTimestamp": "bad-request",
    "invalidStartDate": "bad-request",
    "invalidEndDate": "bad-request",
    "invalidSlotsStartDate": "bad-request",
    "invalidSlotsEndDate": "bad-request",
    "slotsStartDateAfterEndDate": "bad-request",
    "invalidSchema": "bad-request",
    "invalidApiClient": "bad-request",
    "requestMethodNotAllowed": "bad-request",
    "requestEntityTooLarge": "bad-request",
    "unknownError": "bad-request",
}
LEGACY_DAYS = 10  # older ZMS needs one request per day: ask for the first ten free days only
NOT_FOUND_CODES = {"appointmentNotFound", "processInvalid", "invalidProcessId"}


def berlin() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Berlin")
    except Exception:  # noqa: BLE001 - no tz database (Windows without tzdata): show UTC+1
        return timezone(timedelta(hours=1), "MEZ")


def refine(err: PortalError) -> PortalError:
    """Give a ZMS error its reason: known codes become Rejected(reason) or NotFound."""
    for code in err.codes:
        if code in NOT_FOUND_CODES:
            return retype(err, NotFound, "appointment")
        if code in REASONS:
            return retype(err, Rejected, REASONS[code])
    return err


def retype(err: PortalError, cls: type[PortalError], reason: str) -> PortalError:
    if isinstance(err, cls) and err.reason == reason:
        return err
    return cls(
        err.detail,
        source=err.source,
        reason=reason,
        user_text=err.user_text,
        status=err.status,
        codes=err.codes,
        delivered=err.delivered,
        retry_after=err.retry_after,
    )


class ZmsClient:
    def __init__(self, endpoint: Endpoint, *, http: Http | None = None) -> None:
        self.endpoint = endpoint
        self.http = http or Http(endpoint.base_url)
        self.source = self.http.host
        self._offices: dict[str, ZmsOffice] = {}
        self._legacy = False  # set when the server has no /available-calendar/ (before 2.25.00-muc46)

    # --- reading ---

    def _get(self, path: str, params: Mapping[str, Any] | None = None, *, cancel: threading.Event | None = None) -> Any:
        try:
            return json_of(self.http.get(path, params, cancel=cancel), self.source)
        except PortalError as exc:
            raise refine(exc) from None

    @parse.guarded
    def offices_and_services(self, *, cancel: threading.Event | None = None) -> OfficesAndServices:
        d = parse.obj(self._get("offices-and-services/", cancel=cancel), "offices-and-services", self.source)
        offices = tuple(self._office(o) for o in parse.arr(d.get("offices"), "offices", self.source) if o is not None)
        services = []
        for s in parse.arr(d.get("services"), "services", self.source):
            s = parse.obj(s, "service", self.source)
            if s.get("public") is False:
                continue
            services.append(
                ZmsService(
                    id=parse.text(s.get("id"), "service id", self.source, required=True),
                    name=parse.text(s.get("name"), "service name", self.source),
                    max_quantity=parse.integer(s.get("maxQuantity"), "maxQuantity", self.source, default=1) or 1,
                )
            )
        relations = []
        for r in parse.arr(d.get("relations"), "relations", self.source):
            r = parse.obj(r, "relation", self.source)
            relations.append(
                (
                    parse.text(r.get("officeId"), "officeId", self.source, required=True),
                    parse.text(r.get("serviceId"), "serviceId", self.source, required=True),
                    parse.integer(r.get("slots"), "slots", self.source, default=1) or 1,
                )
            )
        self._offices = {o.id: o for o in offices}
        return OfficesAndServices(offices=offices, services=tuple(services), relations=tuple(relations))

    def _office(self, o: Any) -> ZmsOffice:
        o = parse.obj(o, "office", self.source)
        scope = as_mapping(o.get("scope"))
        provider = as_mapping(scope.get("provider"))
        contact = as_mapping(provider.get("contact"))
        addr = as_mapping(o.get("address"))
        street = " ".join(
            x
            for x in (
                _t(addr.get("street")) or _t(contact.get("street")),
                _t(addr.get("house_number")) or _t(contact.get("streetNumber")),
            )
            if x
        )
        town = " ".join(
            x
            for x in (
                _t(addr.get("postal_code")) or _t(contact.get("postalCode")),
                _t(addr.get("city")) or _t(contact.get("city")),
            )
            if x
        )
        geo = as_mapping(o.get("geo"))
        return ZmsOffice(
            id=parse.text(o.get("id"), "office id", self.source, required=True),
            name=parse.text(o.get("name"), "office name", self.source) or _t(provider.get("displayName")),
            address=", ".join(x for x in (street, town) if x),
            lat=_num_or_none(geo.get("lat", provider.get("lat"))),
            lon=_num_or_none(geo.get("lon", provider.get("lon"))),
            hint=_t(scope.get("hint")),
            email_required=parse.flag(scope.get("emailRequired")),
            telephone_activated=parse.flag(scope.get("telephoneActivated")),
            telephone_required=parse.flag(scope.get("telephoneRequired")),
            captcha_required=parse.flag(scope.get("captchaActivatedRequired")),
        )

    @parse.guarded
    def free_days(
        self,
        office_id: str,
        service_id: str,
        *,
        count: int = 1,
        start: date | None = None,
        days: int = 30,
        cancel: threading.Event | None = None,
    ) -> list[FreeDay]:
        tz = berlin()
        now = datetime.now(tz)
        start = start or now.date()
        end = start + timedelta(days=max(1, min(days, 365)))
        office = self._offices.get(str(office_id))
        if office is not None and office.captcha_required:
            raise Unavailable("this office asks for a captcha", source=self.source, reason="captcha")
        if not self._legacy:
            try:
                d = parse.obj(
                    self._get(
                        "available-calendar/",
                        {
                            "startDate": start.isoformat(),
                            "endDate": end.isoformat(),
                            "officeIds": str(office_id),
                            "serviceIds": str(service_id),
                            "serviceCounts": str(int(count)),
                        },
                        cancel=cancel,
                    ),
                    "available-calendar",
                    self.source,
                )
            except NotFound as exc:
                if "notFound" not in exc.codes:
                    raise
                self._legacy = True  # a ZMS release before 2.25.00-muc46: no /available-calendar/
            else:
                return self._calendar_days(d, str(office_id), now)
        return self._legacy_days(str(office_id), str(service_id), int(count), start, end, now, cancel)

    def _times(self, values: Any, now: datetime) -> set[datetime]:
        out: set[datetime] = set()
        for ts in parse.items(values, "appointments", self.source):
            n = parse.integer(ts, "appointment time", self.source)
            if n is None or n < 0 or n > 253402300799:
                raise BadAnswer("an appointment time is out of range", source=self.source)
            t = datetime.fromtimestamp(n, now.tzinfo)
            if t > now:
                out.add(t)
        return out

    def _calendar_days(self, d: Mapping[str, Any], office_id: str, now: datetime) -> list[FreeDay]:
        out: list[FreeDay] = []
        for day in parse.arr(d.get("availableDays"), "availableDays", self.source):
            day = parse.obj(day, "available day", self.source)
            the_day = _day(parse.text(day.get("date"), "date", self.source, required=True), self.source)
            times: set[datetime] = set()
            for o in parse.items(day.get("offices"), "offices", self.source):
                o = parse.obj(o, "office slots", self.source)
                if parse.text(o.get("officeId"), "officeId", self.source) == office_id:
                    times |= self._times(o.get("appointments"), now)
            if times:
                out.append(FreeDay(day=the_day, times=tuple(sorted(times)), office_id=office_id))
        out.sort(key=lambda f: f.day)
        return out

    def _legacy_days(
        self,
        office_id: str,
        service_id: str,
        count: int,
        start: date,
        end: date,
        now: datetime,
        cancel: threading.Event | None,
    ) -> list[FreeDay]:
        """Older ZMS: ``available-days/`` then ``available-appointments/`` for the first few days."""
        base = {"officeId": office_id, "serviceId": service_id, "serviceCount": str(count)}
        try:
            d = parse.obj(
                self._get(
                    "available-days/",
                    {**base, "startDate": start.isoformat(), "endDate": end.isoformat()},
                    cancel=cancel,
                ),
                "available-days",
                self.source,
            )
        except PortalError as exc:
            if "noAppointmentForThisDay" in exc.codes:
                return []
            raise
        days = sorted(
            {
                _day(parse.text(x, "day", self.source, required=True), self.source)
                for x in parse.arr(d.get("availableDays"), "availableDays", self.source)
            }
        )
        out: list[FreeDay] = []
        for day in [x for x in days if x >= now.date()][:LEGACY_DAYS]:
            try:
                a = parse.obj(
                    self._get("available-appointments/", {**base, "date": day.isoformat()}, cancel=cancel),
                    "available-appointments",
                    self.source,
                )
            except PortalError as exc:
                if "noAppointmentForThisDay" in exc.codes or "appointmentNotAvailable" in exc.codes:
                    continue
                raise
            times = self._times(a.get("appointmentTimestamps"), now)
            if times:
                out.append(FreeDay(day=day, times=tuple(sorted(times)), office_id=office_id))
        return out

    @parse.guarded
    def appointment(self, process_id: str, auth_key: str, *, cancel: threading.Event | None = None) -> Appointment:
        d = self._get("appointment/", {"processId": str(process_id), "authKey": auth_key}, cancel=cancel)
        return self._process(d, auth_key)

    def _process(self, d: Any, auth_key: str = "") -> Appointment:
        d = parse.obj(d, "appointment", self.source)
        pid = parse.text(d.get("processId"), "processId", self.source, required=True)
        status = parse.text(d.get("status"), "status", self.source)
        try:
            state = AppointmentState(status)
        except ValueError:
            state = AppointmentState.OTHER
        ts = parse.integer(d.get("timestamp"), "timestamp", self.source)
        start = datetime.fromtimestamp(ts, berlin()) if ts and 0 < ts < 253402300799 else None
        return Appointment(
            process_id=pid,
            auth_key=parse.text(d.get("authKey"), "authKey", self.source) or auth_key,
            state=state,
            start=start,
            office_id=parse.text(d.get("officeId"), "officeId", self.source),
            office_name=parse.text(d.get("officeName"), "officeName", self.source)
            or self._offices.get(parse.text(d.get("officeId")), ZmsOffice("", "")).name,
            service_id=parse.text(d.get("serviceId"), "serviceId", self.source),
            service_name=parse.text(d.get("serviceName"), "serviceName", self.source),
            family_name=parse.text(d.get("familyName"), "familyName", self.source),
            email=parse.text(d.get("email"), "email", self.source),
            telephone=parse.text(d.get("telephone"), "telephone", self.source),
            display_number=parse.text(d.get("displayNumber"), "displayNumber", self.source),
            ics=d.get("icsContent") if isinstance(d.get("icsContent"), str) else "",
        )

    # --- sending ---

    def _post(
        self,
        path: str,
        body: Mapping[str, Any],
        *,
        cancel: threading.Event | None = None,
        keep: Appointment | None = None,
    ) -> Appointment:
        try:
            data = json_of(self.http.post_json(path, dict(body), cancel=cancel), self.source)
            appt = self._process(data, str(body.get("authKey", "")))
        except BadAnswer as exc:
            if exc.delivered is None or exc.status is None or 200 <= (exc.status or 0) < 300:
                exc.delivered = None  # an unreadable 200 may well have done its work
            raise refine(exc) from None
        except PortalError as exc:
            raise refine(exc) from None
        if keep is not None:  # fill what a thin answer left out
            appt = replace(
                appt,
                office_name=appt.office_name or keep.office_name,
                service_name=appt.service_name or keep.service_name,
                start=appt.start or keep.start,
                office_id=appt.office_id or keep.office_id,
                service_id=appt.service_id or keep.service_id,
            )
        return appt

    @parse.guarded
    def reserve(
        self, office_id: str, service_id: str, start: datetime, *, count: int = 1, cancel: threading.Event | None = None
    ) -> Appointment:
        body = {
            "officeId": _int(office_id),
            "serviceId": [_int(service_id)],
            "serviceCount": [int(count)],
            "timestamp": int(start.timestamp()),
        }
        try:
            return self._post("reserve-appointment/", body, cancel=cancel)
        except Cancelled:
            raise
        except PortalError as exc:
            if exc.delivered is not None:
                raise
            # unclear: is the slot still free? then nothing was reserved
            try:
                days = self.free_days(office_id, service_id, count=count, start=start.date(), days=1, cancel=cancel)
            except PortalError:
                raise SubmissionUncertain(
                    "reserve failed unclearly; the look-up failed too", source=self.source, delivered=None
                ) from None
            if any(t == start.astimezone(t.tzinfo) for d in days for t in d.times):
                exc.delivered = False
                raise exc
            raise Rejected(
                "the time is no longer free", source=self.source, reason="slot-taken", delivered=None
            ) from None

    def _step(
        self,
        path: str,
        appt: Appointment,
        body: Mapping[str, Any],
        done: Callable[[Appointment | None], bool],
        *,
        cancel: threading.Event | None = None,
    ) -> tuple[Appointment, bool]:
        """Send one step; after an unclear failure look it up. Returns (appointment, recovered)."""
        full = {"processId": _int(appt.process_id), "authKey": appt.auth_key, **body}
        try:
            return self._post(path, full, cancel=cancel, keep=appt), False
        except Cancelled:
            raise  # fate unknown: the draft keeps booking_ref, and the next try looks it up first
        except PortalError as exc:
            if exc.delivered is not None:
                raise
            return self._look(appt, done, exc, cancel=cancel)

    def _look(
        self,
        appt: Appointment,
        done: Callable[[Appointment | None], bool],
        exc: PortalError,
        *,
        cancel: threading.Event | None = None,
    ) -> tuple[Appointment, bool]:
        try:
            now = self.appointment(appt.process_id, appt.auth_key, cancel=cancel)
        except NotFound as nf:
            if done(None):
                return replace(appt, state=AppointmentState.CANCELLED), True
            raise nf from None
        except PortalError:
            raise SubmissionUncertain(
                "a step failed unclearly; the look-up failed too", source=self.source, delivered=None, reason=exc.reason
            ) from None
        if done(now):
            return replace(
                now,
                office_name=now.office_name or appt.office_name,
                service_name=now.service_name or appt.service_name,
                start=now.start or appt.start,
            ), True
        exc.delivered = False  # looked it up: it did not arrive, sending again is safe
        raise exc

    @parse.guarded
    def update(
        self,
        appointment: Appointment,
        *,
        family_name: str,
        email: str,
        telephone: str = "",
        cancel: threading.Event | None = None,
    ) -> Appointment:
        return self._update(appointment, family_name=family_name, email=email, telephone=telephone, cancel=cancel)[0]

    def _update(
        self,
        appointment: Appointment,
        *,
        family_name: str,
        email: str,
        telephone: str = "",
        cancel: threading.Event | None = None,
    ) -> tuple[Appointment, bool]:
        from assistant.portal.flows.validate import normalise_phone

        body = {
            "familyName": family_name.strip(),
            "email": email.strip(),
            "telephone": normalise_phone(telephone.strip()) or None,
            "customTextfield": None,
            "customTextfield2": None,
        }

        def done(a: Appointment | None) -> bool:
            return a is not None and a.family_name == family_name.strip() and a.email.lower() == email.strip().lower()

        return self._step("update-appointment/", appointment, body, done, cancel=cancel)

    @parse.guarded
    def preconfirm(self, appointment: Appointment, *, cancel: threading.Event | None = None) -> Appointment:
        return self._step(
            "preconfirm-appointment/",
            appointment,
            {},
            _state_in(AppointmentState.PRECONFIRMED, AppointmentState.CONFIRMED),
            cancel=cancel,
        )[0]

    @parse.guarded
    def confirm(self, appointment: Appointment, *, cancel: threading.Event | None = None) -> Appointment:
        return self._step(
            "confirm-appointment/", appointment, {}, _state_in(AppointmentState.CONFIRMED), cancel=cancel
        )[0]

    @parse.guarded
    def cancel_appointment(self, appointment: Appointment, *, cancel: threading.Event | None = None) -> Appointment:
        def done(a: Appointment | None) -> bool:
            return a is None or a.state == AppointmentState.CANCELLED

        return self._step("cancel-appointment/", appointment, {}, done, cancel=cancel)[0]

    # --- the whole booking, resumable ---

    @parse.guarded
    def book(
        self,
        draft: BookingDraft,
        *,
        cancel: threading.Event | None = None,
        save: Callable[[BookingDraft], None] | None = None,
    ) -> BookingResult:
        """Reserve → update → preconfirm → confirm for a ``drafts.BookingDraft``; resumable.

        ``save`` (default ``drafts.save_draft``) is called after every change of the draft, so a crash
        or Cancel at any point leaves a draft that ``book`` continues from (looking up first).

        If the session this booking belongs to ends while it runs (``paths.current()`` no longer
        alive: "Sitzung beenden", "Nächste Person"), nothing of it may be kept for the next person,
        so the appointment is cancelled on the server (best effort) instead of being left orphaned.
        """
        held: list[Appointment] = []
        binding = paths.current()
        try:
            return self._book(draft, cancel=cancel, save=save, held=held)
        except BaseException:
            if held and not binding.alive:
                with contextlib.suppress(Exception):  # best effort: a reservation also expires by itself
                    self.cancel_appointment(held[-1])
            raise

    def _book(
        self,
        draft: BookingDraft,
        *,
        cancel: threading.Event | None,
        save: Callable[[BookingDraft], None] | None,
        held: list[Appointment],
    ) -> BookingResult:
        from assistant.portal import drafts, secrets
        from assistant.portal.flows.validate import contact_problems

        save = save or drafts.save_draft
        # what the server would refuse later is caught before a reservation exists
        if not draft.start:
            raise Rejected("no time chosen", reason="no-time", delivered=False)
        office = self._offices.get(str(draft.office_id))
        problems = contact_problems(draft.family_name, draft.email, draft.telephone, office)
        if problems:
            field, reason = next(iter(problems.items()))
            raise Rejected(f"the {field} would be refused ({reason})", reason=field, delivered=False)
        secret_error: PortalError | None = None
        recovered = False
        appt: Appointment | None = None
        if draft.booking_ref:
            # a booking of ours is in flight: never reserve again before its fate is known
            try:
                pair = secrets.booking_secret(draft.booking_ref)
            except SecretStoreError as exc:
                pair, secret_error = None, exc
            if not pair:
                raise SubmissionUncertain(
                    "a booking was started but its secret is gone (no keyring, program restarted)",
                    source=self.source,
                    reason="may-exist",
                    delivered=None,
                )
            try:
                appt = self.appointment(pair[0], pair[1], cancel=cancel)
                held.append(appt)
            except NotFound:
                appt = None  # the reservation expired (or was cancelled): start again
            if appt is None or appt.state in (AppointmentState.CANCELLED, AppointmentState.OTHER):
                appt = None
                _forget_quietly(secrets, draft.booking_ref)
                draft.booking_ref, draft.server_state = "", ""
        if appt is None:
            start = datetime.fromisoformat(draft.start)
            draft.pending_since = drafts.now_utc().isoformat()
            save(draft)
            try:
                appt = self.reserve(draft.office_id, draft.service_id, start, count=draft.count, cancel=cancel)
                held.append(appt)
            except PortalError as exc:
                if exc.delivered is False or isinstance(exc, Rejected):
                    draft.pending_since = ""  # nothing (of ours) is held: the person may choose again
                    save(draft)
                raise
            draft.pending_since = ""
            draft.server_state = "reserved"
            ref = secrets.new_booking_ref()
            try:
                secrets.store_booking_secret(ref, appt.process_id, appt.auth_key)
            except SecretStoreError as exc:
                secret_error = exc  # held in memory for this session instead (secrets.hold_booking_secret)
            draft.booking_ref = ref
            save(draft)
        if appt.state == AppointmentState.RESERVED and draft.server_state in ("", "reserved"):
            appt, rec = self._update(
                appt, family_name=draft.family_name, email=draft.email, telephone=draft.telephone, cancel=cancel
            )
            recovered |= rec
            draft.server_state = "updated"
            save(draft)
        if appt.state == AppointmentState.RESERVED:
            appt, rec = self._step(
                "preconfirm-appointment/",
                appt,
                {},
                _state_in(AppointmentState.PRECONFIRMED, AppointmentState.CONFIRMED),
                cancel=cancel,
            )
            recovered |= rec
            draft.server_state = "preconfirmed"
            save(draft)
        if appt.state == AppointmentState.PRECONFIRMED:
            appt, rec = self._step(
                "confirm-appointment/", appt, {}, _state_in(AppointmentState.CONFIRMED), cancel=cancel
            )
            recovered |= rec
        draft.server_state = appt.state.value
        saved = None
        if draft.booking_ref and secret_error is None:
            try:
                saved = secrets.remember_appointment(
                    appt, ref=draft.booking_ref, mode="practice" if self.endpoint.practice else "real"
                )
            except SecretStoreError as exc:
                secret_error = exc
        save(draft)
        return BookingResult(appointment=appt, saved=saved, secret_error=secret_error, recovered=recovered)

    def ics(self, appointment: Appointment, *, minutes: int = 30, location: str = "") -> bytes:
        return appointment_ics(appointment, minutes=minutes, location=location)


def _forget_quietly(secrets: Any, ref: str) -> None:
    with contextlib.suppress(SecretStoreError):  # nothing we can do; the entry is useless anyway
        secrets.delete_booking_secret(ref)


def appointment_ics(appointment: Appointment, *, minutes: int = 30, location: str = "") -> bytes:
    """An .ics for the appointment (our own: the booking number, never the authKey)."""
    import icalendar

    if appointment.start is None:
        raise Rejected("the appointment has no time", reason="no-time")
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Lotse//Termin//DE")
    cal.add("version", "2.0")
    ev = icalendar.Event()
    start = appointment.start.astimezone(UTC)
    ev.add("uid", f"zms-{appointment.process_id}@lotse")
    ev.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    ev.add("dtstart", start)
    ev.add("dtend", start + timedelta(minutes=minutes))
    ev.add(
        "summary", f"Termin: {appointment.service_name}".strip().rstrip(":") if appointment.service_name else "Termin"
    )
    ev.add("location", location or appointment.office_name)
    desc = [f"Vorgangsnummer: {appointment.process_id}"]
    if appointment.display_number:
        desc.append(f"Aufrufnummer: {appointment.display_number}")
    ev.add("description", "\n".join(desc))
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", "Termin morgen")
    alarm.add("trigger", timedelta(days=-1))
    ev.add_component(alarm)
    cal.add_component(ev)
    ical: bytes = cal.to_ical()
    return ical


def _state_in(*states: AppointmentState) -> Callable[[Appointment | None], bool]:
    def done(a: Appointment | None) -> bool:
        return a is not None and a.state in states

    return done


def _day(value: str, source: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadAnswer("a day is not a date", source=source) from None


def _int(v: Any) -> int | str:
    s = str(v).strip()
    return int(s) if s.isdigit() else s


def _t(v: Any) -> str:
    return "" if isinstance(v, (dict, list)) or v is None else parse.text(v)


def _num_or_none(v: Any) -> float | None:
    try:
        return parse.number(v)
    except BadAnswer:
        return None
