"""The portal flow models and the input rules, without Qt (assistant/portal/flows/)."""

from __future__ import annotations

import pytest

from assistant.portal.api import Offline, Rejected, SubmissionUncertain, ZmsOffice
from assistant.portal.drafts import BookingDraft
from assistant.portal.flows import booking as fb
from assistant.portal.flows.validate import contact_problems, email_ok, normalise_phone, phone_ok

PHONE_ON = ZmsOffice("1", "Amt", telephone_activated=True)
PHONE_REQUIRED = ZmsOffice("1", "Amt", telephone_activated=True, telephone_required=True)


@pytest.mark.parametrize("typed, sent", [
    ("0234 12 34 56", "0234123456"), ("0234/123456", "0234123456"), ("+49 234 123456", "+49234123456"),
    ("0234-123456", "0234123456"), ("(0234) 12 34 56", "0234123456"), ("0171 1234567", "01711234567"),
])
def test_phone_numbers_as_people_write_them(typed, sent):
    assert not phone_ok(typed)  # the real server refuses them as typed …
    assert normalise_phone(typed) == sent and phone_ok(sent)  # … and takes them normalised; a leading 0 stays


@pytest.mark.parametrize("bad", ["123456", "0234 12 ab 56", "+49+234123456", "0" * 16, "++49234123456"])
def test_phone_numbers_the_server_refuses(bad):
    assert not phone_ok(normalise_phone(bad))


@pytest.mark.parametrize("mail, ok", [
    ("erika@example.org", True), ("anna.schmidt@beispiel.de", True), ("a+b@mail.example.com", True),
    ("erika@müller.de", False), ("erika@localhost", False), ("erika", False), ("erika@example", False),
    ("a..b@example.org", False), (".a@example.org", False), ("a b@example.org", False),
    ("erika@xn--mller-kva.de", True), ("x" * 65 + "@example.org", False),
])
def test_email_as_php_filter_validate_email(mail, ok):
    assert email_ok(mail) is ok


def test_contact_problems_name_each_field_in_words():
    assert contact_problems("Erika Muster", "erika@example.org", "", PHONE_ON) == {}
    assert contact_problems("", "erika@müller.de", "12", PHONE_ON) == {"name": "missing", "email": "umlaut",
                                                                      "telephone": "length"}
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
    d = BookingDraft(office_id="1", service_id="2", day="2026-12-07", start="2026-12-07T09:00:00+01:00",
                     booking_ref="abc")
    flow = fb.BookingFlow(d)
    assert not flow.pick_time("2026-12-07T10:00:00+01:00") and not flow.pick_office("9", "Anderes Amt")
    assert flow.pick_time(d.start)  # the same time: fine
    assert d.start == "2026-12-07T09:00:00+01:00"
    flow.checked_no_booking()  # only on the person's word
    assert not flow.in_flight() and flow.pick_time("2026-12-07T10:00:00+01:00")


@pytest.mark.parametrize("err, then", [
    (Rejected("x", reason="slot-taken"), fb.CHOOSE_TIME),
    (Rejected("x", reason="expired"), fb.CHOOSE_TIME),
    (Rejected("x", reason="telephone"), fb.FIX_CONTACT),
    (SubmissionUncertain("x", reason="may-exist"), fb.MAY_EXIST),
    (SubmissionUncertain("x"), fb.PROBLEM),
    (Offline("x"), fb.PROBLEM),
])
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
    assert flow.set_place("", "", "") == {"address": "missing"}
    assert flow.set_place("", "51.48", "") == {"long": "both", "address": "missing"}
    assert flow.set_place("Kortumstraße 1", "95", "7.2") == {"lat": "bad"}
    assert flow.set_place("", "51.4818", "7.2162") == {} and (flow.draft.lat, flow.draft.long) == (51.4818, 7.2162)
    text = "Loch ist <10 cm tief, aber >30 cm breit"
    assert flow.set_description(text) == "" and flow.draft.description == text  # kept exactly
    assert flow.set_description("x" * 4001) == "too-long"
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
