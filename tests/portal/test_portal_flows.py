"""The portal flow models and the input rules, without Qt (assistant/portal/flows/)."""

from __future__ import annotations

import pytest

from assistant.portal.api import Offline, Rejected, SubmissionUncertain, ZmsOffice
from assistant.portal.drafts import BookingDraft
from assistant.portal.flows import booking as fb
from assistant.portal.flows.validate import contact_problems, email_ok, normalise_phone, phone_ok

PHONE_ON = ZmsOffice("1", "Amt", telephone_activated=True)
PHONE_REQUIRED = ZmsOffice("1", "Amt", telephone_activated=True, telephone_required=True)


@pytest.mark.parametrize(
    "typed, sent",
    [
        ("0234 12 34 56", "0234123456"),
        ("0234/123456", "0234123456"),
        ("+49 234 123456", "+49234123456"),
        ("0234-123456", "0234123456"),
        ("(0234) 12 34 56", "0234123456"),
        ("0171 1234567", "01711234567"),
    ],
)
def test_phone_numbers_as_people_write_them(typed, sent):
    assert not phone_ok(typed)  # the real server refuses them as typed …
    assert normalise_phone(typed) == sent and phone_ok(sent)  # … and takes them normalised; a leading 0 stays


@pytest.mark.parametrize("bad", ["123456", "0234 12 ab 56", "+49+234123456", "0" * 16, "++49234123456"])
def test_phone_numbers_the_server_refuses(bad):
    assert not phone_ok(normalise_phone(bad))


@pytest.mark.parametrize(
    "mail, ok",
    [
        ("erika@example.org", True),
        ("anna.schmidt@beispiel.de", True),
        ("a+b@mail.example.com", True),
        ("erika@müller.de", False),
        ("erika@localhost", False),
        ("erika", False),
        ("erika@example", False),
        ("a..b@example.org", False),
        (".a@example.org", False),
        ("a b@example.org", False),
        ("erika@xn--mller-kva.de", True),
        ("x" * 65 + "@example.org", False),
    ],
)
def test_email_as_php_filter_validate_email(mail, ok):
    assert email_ok(mail) is ok


def test_contact_problems_name_each_field_in_words():
    assert contact_problems("Erika Muster", "erika@example.org", "", PHONE_ON) == {}
    assert contact_problems("", "erika@müller.de", "12", PHONE_ON) == {
        "name": "missing",
        "email": "umlaut",
        "telephone": "length",
    }
    assert contact_problems("Erika", "erika@example.org", "", PHONE_REQUIRED) == {"telephone": "missing"}
    office_without_phone = ZmsOffice("1", "Amt")
    assert contact_problems("Erika", "erika@example.org", "abc", office_without_phone) == {}


def test_set_contact_keeps_the_text_and_normalises_only_a_phone_that_then_fits():
    flow = fb.BookingFlow(BookingDraft())
    assert flow.set_contact(" Erika ", "erika@müller.de", "0234 / 12 34-56", PHONE_ON) == {"email": "umlaut"}
    assert flow.draft.email == "erika@müller.de" and flow.draft.telephone == "0234123456"
    flow.set_contact("Erika", "erika@example.org", "0234 12 ab", PHONE_ON)
    assert flow.draft.telephone == "0234 12 ab"  # not fitting: left as typed, with a message


def test_resume_goes_to_the_check_while_a_booking_is_in_flight():
    flow = fb.BookingFlow(BookingDraft(office_id="1", family_name="E"))
    assert flow.resume_step("real:time") == "time" and flow.steps_before("time") == ("office", "service", "day")
    assert flow.resume_step("real:nonsense") == "office"
    flow.draft.booking_ref = "abc"
    assert flow.in_flight() and flow.resume_step("real:time") == "check"


def test_while_in_flight_the_reserved_time_cannot_change():
    d = BookingDraft(
        office_id="1", service_id="2", day="2026-12-07", start="2026-12-07T09:00:00+01:00", booking_ref="abc"
    )
    flow = fb.BookingFlow(d)
    assert not flow.pick_time("2026-12-07T10:00:00+01:00") and not flow.pick_office("9", "Anderes Amt")
    assert flow.pick_time(d.start)  # the same time: fine
    assert d.start == "2026-12-07T09:00:00+01:00"
    flow.checked_no_booking()  # only on the person's word
    assert not flow.in_flight() and flow.pick_time("2026-12-07T10:00:00+01:00")


@pytest.mark.parametrize(
    "err, then",
    [
        (Rejected("x", reason="slot-taken"), fb.CHOOSE_TIME),
        (Rejected("x", reason="expired"), fb.CHOOSE_TIME),
        (Rejected("x", reason="telephone"), fb.FIX_CONTACT),
        (SubmissionUncertain("x", reason="may-exist"), fb.MAY_EXIST),
        (SubmissionUncertain("x"), fb.PROBLEM),
        (Offline("x"), fb.PROBLEM),
    ],
)
def test_after_a_failure(err, then):
    d = BookingDraft(start="2026-12-07T09:00:00+01:00", booking_ref="abc", server_state="updated")
    assert fb.BookingFlow(d).after_failure(err) == then
    assert (d.booking_ref == "") is (then == fb.CHOOSE_TIME)  # the in-flight marker stays unless the answer is known


# --- "Problem melden" ---------------------------------------------------------------------------


def _q(code, datatype, required=True):
    from assistant.portal.api import Question

    return Question(code=code, datatype=datatype, required=required, description=code, variable=True)


def test_report_answers_are_checked_and_kept_as_the_server_wants_them():
    from assistant.portal.api import Datatype
    from assistant.portal.flows.report import ReportFlow

    flow = ReportFlow()
    assert flow.answer(_q("TIEFE", Datatype.NUMBER), "12,5") == "" and flow.draft.answers["TIEFE"] == "12.5"
    assert flow.answer(_q("TIEFE", Datatype.NUMBER), " 3 ") == "" and flow.draft.answers["TIEFE"] == "3"
    assert flow.answer(_q("TIEFE", Datatype.NUMBER), "drei") == "number" and flow.draft.answers["TIEFE"] == "drei"
    assert flow.answer(_q("SEIT", Datatype.DATETIME), "24.12.2026 14:30 Uhr") == ""
    assert flow.draft.answers["SEIT"].startswith("2026-12-24T14:30:00")
    assert flow.answer(_q("SEIT", Datatype.DATETIME), "morgen") == "datetime"
    assert flow.answer(_q("WAS", Datatype.STRING), "") == "required"
    assert flow.answer(_q("WAS", Datatype.STRING, required=False), "") == "" and "WAS" not in flow.draft.answers
    assert flow.choose(_q("ART", Datatype.MULTI), []) == "required"
    assert flow.choose(_q("ART", Datatype.MULTI), ["a", "b"]) == "" and flow.draft.answers["ART"] == ["a", "b"]


def test_report_place_description_and_contact():
    from assistant.portal.flows.report import ReportFlow

    flow = ReportFlow()
    assert flow.set_place("  ") == {"address": "missing"}
    assert flow.set_place("Kortumstraße 1") == {} and flow.draft.address == "Kortumstraße 1"
    assert (flow.draft.lat, flow.draft.long) == (None, None)  # the server takes the address as said
    text = "Loch ist <10 cm tief, aber >30 cm breit"
    assert flow.set_description(text) == "" and flow.draft.description == text  # kept exactly
    assert flow.set_description("x" * 4001) == "too-long"
    assert flow.description_length() == (4001, 4000)
    assert flow.set_contact("", "", "", "") == {}
    assert flow.set_contact("Gülay", "", "kein-at-zeichen", "") == {"email": "no-at"}


def test_report_resume():
    from assistant.portal.drafts import ReportDraft
    from assistant.portal.flows.report import ReportFlow

    flow = ReportFlow(ReportDraft(service_code="X"))
    assert flow.step_names(2) == ["start", "category", "q0", "q1", "where", "description", "contact", "check"]
    assert flow.resume_step("real:q1", 2) == "q1" and flow.resume_step("real:q5", 2) == "where"
    flow.draft.pending_since = "2026-12-06T05:00:00+00:00"
    assert flow.resume_step("real:q1", 2) == "check"  # may have arrived: look it up first


def _catalog():
    from assistant.portal.api import OfficesAndServices, ZmsService

    offices = (ZmsOffice("1", "Bürgerbüro Mitte"), ZmsOffice("2", "Bürgerbüro Wattenscheid"), ZmsOffice("3", "Leer"))
    services = (ZmsService("10", "Personalausweis"), ZmsService("11", "Meldebescheinigung"))
    return OfficesAndServices(offices, services, (("1", "10", 1), ("2", "10", 1), ("2", "11", 1)))


def test_offices_shown_are_those_with_services_the_remembered_one_first():
    catalog = _catalog()
    assert [o.id for o in fb.offices_to_show(catalog)] == ["1", "2"]  # "Leer" offers nothing
    assert [o.id for o in fb.offices_to_show(catalog, "Wattenscheid")] == ["2", "1"]
    assert [o.id for o in fb.offices_to_show(catalog, "Bürgerbüro Wattenscheid (Rathaus)")] == ["2", "1"]
    assert [o.id for o in fb.offices_to_show(catalog, "Herne")] == ["1", "2"]
    flow = fb.BookingFlow(BookingDraft(office_id="2"))
    assert flow.office(catalog).name == "Bürgerbüro Wattenscheid" and flow.office(None) is None


def test_free_days_first_eight_then_the_rest_and_the_chosen_one():
    from datetime import date, timedelta

    from assistant.portal.api import FreeDay

    days = [FreeDay(date(2026, 12, 7) + timedelta(days=i), (), "1") for i in range(10)]
    shown, later = fb.days_to_show(days, more=False)
    assert len(shown) == fb.DAYS_SHOWN == 8 and later
    assert fb.days_to_show(days, more=True) == (days, False)
    assert fb.days_to_show(days[:8], more=False) == (days[:8], False)
    flow = fb.BookingFlow(BookingDraft(day="2026-12-09"))
    assert flow.free_day(days) is days[2]
    flow.draft.day = "2027-01-01"
    assert flow.free_day(days) is None and flow.free_day(None) is None  # nothing free any more that day


def test_booking_check_lists_what_will_be_sent_telephone_only_if_given():
    d = BookingDraft(
        office_name="Amt",
        service_name="Ausweis",
        start="2026-12-07T09:00:00+01:00",
        family_name="Erika Mustermann",
        email="erika@example.org",
    )
    assert [k for k, _ in fb.BookingFlow(d).summary()] == ["office", "service", "when", "name", "email"]
    d.telephone = "0234123456"
    assert fb.BookingFlow(d).summary()[-1] == ("telephone", "0234123456")


def test_failure_and_resume_jump_to_a_step_with_the_earlier_ones_behind_back():
    flow = fb.BookingFlow()
    assert flow.steps_before("day") == ("office", "service")
    assert flow.steps_before("contact") == ("office", "service", "day", "time")


def _definition():
    from assistant.portal.api import Choice, Datatype, Question, ServiceDefinition

    return ServiceDefinition(
        "S",
        (
            Question("HINWEIS", Datatype.STRING, False, False, "Bei Gefahr: 112"),
            Question(
                "ART",
                Datatype.MULTI,
                True,
                True,
                "Was ist kaputt?",
                choices=(Choice("a", "Lampe"), Choice("b", "Mast")),
            ),
            Question("SEIT", Datatype.DATETIME, False, True, "Seit wann?"),
        ),
    )


def test_report_questions_notes_and_their_order():
    from assistant.portal.flows import report as fr

    d = _definition()
    assert [q.code for q in fr.questions(d)] == ["ART", "SEIT"] and fr.notes(d) == ["Bei Gefahr: 112"]
    assert fr.first_step(d) == "notes"
    assert fr.first_step(type(d)("S", d.questions[1:])) == "q0" and fr.first_step(None) == "where"
    assert fr.step_after_question(-1, 2) == "q0" and fr.step_after_question(0, 2) == "q1"
    assert fr.step_after_question(1, 2) == "where"


def test_report_topic_change_drops_the_old_answers_and_finds_the_service():
    from assistant.portal.api import ReportService, ServiceGroup
    from assistant.portal.drafts import ReportDraft
    from assistant.portal.flows import report as fr

    lamp, hole = ReportService("L", "Laterne"), ReportService("H", "Schlagloch")
    groups = [ServiceGroup("Straße", (hole,)), ServiceGroup("Licht", (lamp,))]
    assert fr.find_service(groups, "L") is lamp and fr.find_service(groups, "X") is None
    flow = fr.ReportFlow(ReportDraft(service_code="L", answers={"ART": ["a"]}))
    flow.pick_service(lamp, "Licht")
    assert flow.draft.answers == {"ART": ["a"]}  # the same topic keeps them
    flow.pick_service(hole, "Straße")
    assert flow.draft.answers == {} and (flow.draft.service_code, flow.draft.group) == ("H", "Straße")


def test_report_shown_answer_and_check_lines():
    from assistant.portal.drafts import ReportDraft
    from assistant.portal.flows import report as fr

    qs = fr.questions(_definition())
    flow = fr.ReportFlow(ReportDraft(service_name="Laterne", address="Hauptstraße 5", description="  Dunkel  "))
    assert flow.shown_answer(qs[1]) == ""
    assert flow.answer(qs[1], "24.12.2026 14:30") == ""
    assert flow.shown_answer(qs[1]) == "24.12.2026 14:30"  # typed the way it is shown
    flow.draft.answers["SEIT"] = "kaputt"
    assert flow.shown_answer(qs[1]) == "kaputt"
    flow.choose(qs[0], ["a", "b"])
    flow.draft.lat, flow.draft.long = 51.48, 7.21
    lines = flow.summary(qs)
    assert lines[0] == ("service", "Laterne")
    assert ("answer", "Was ist kaputt?: Lampe, Mast") in lines and ("answer", "Seit wann?: kaputt") in lines
    assert ("place", "Hauptstraße 5") in lines and lines[-1] == ("contact", "")
    flow.set_contact("Erika", "Muster", "", "0234 1")
    assert flow.summary(qs)[-1] == ("contact", "Erika Muster, 0234 1")


def test_report_failure_status_and_saved_list():
    from assistant.portal.flows import report as fr

    assert fr.after_failure(SubmissionUncertain("?")) == fr.UNCERTAIN
    assert fr.after_failure(Offline("weg")) == fr.PROBLEM
    assert fr.status_state("Open") == "open" and fr.status_state("closed") == "closed"
    assert fr.status_state("In Arbeit") == "In Arbeit"
    assert fr.saved_sent_at({"sent_at": "2026-12-06T05:00:00+00:00"}).year == 2026
    assert fr.saved_sent_at({}) is None and fr.saved_sent_at({"sent_at": "gestern"}) is None


def test_my_appointments_look_up_and_cancel_against_the_practice_portal(clients, memory_keyring):
    from dataclasses import replace

    from assistant.portal import secrets
    from assistant.portal.api import AppointmentState, Unavailable
    from tests.portal.test_portal_appointments import draft_for, first_free

    zms = clients.appointments
    zms.offices_and_services()
    booked = zms.book(draft_for(first_free(zms))).appointment
    (item,), _ = secrets.saved_appointments()
    seen = fb.look_up_saved(item, lambda: zms)
    assert seen.process_id == booked.process_id and seen.state is AppointmentState.CONFIRMED
    with pytest.raises(Unavailable):  # a saved booking, but no appointment server in this mode
        fb.look_up_saved(item, lambda: None)
    gone = fb.cancel_saved(seen, item, zms)
    assert gone.state is AppointmentState.CANCELLED and secrets.saved_appointments()[0] == []
    # access data gone from this computer: nothing to look up, nothing asked of the office
    assert fb.look_up_saved(replace(item, state=AppointmentState.CONFIRMED), lambda: None) is None


def test_my_reports_status_against_the_practice_portal(clients):
    from assistant.portal.flows import report as fr
    from tests.portal.test_portal_reports import pothole

    rid = clients.reports.submit(pothole()).request_id
    status = fr.look_up_status({"request_id": rid}, clients.reports)
    assert status.request_id == rid and status.status == "open"
    assert fr.look_up_status({"request_id": "", "token": ""}, clients.reports) is None  # no number yet
