"""Every portal failure becomes a short, calm sentence that says what to do — never a code."""

from __future__ import annotations

import json
import re

import pytest

from assistant.portal import api
from assistant.ui.portal.texts import error_text
from assistant.ui.worker import describe_failure

REASONS = [
    "",
    "slot-taken",
    "expired",
    "email",
    "name",
    "telephone",
    "captcha",
    "too-many",
    "too-late",
    "not-yours",
    "not-offered",
    "no-key",
    "insecure",
    "tls",
    "no-place",
    "no-category",
    "html",
    "none",
    "may-exist",
    "bad-request",
    "office-data",
    "too-big",
    "no-times",
    "too-long",
    "extra-field",
    "no-time",
]


@pytest.mark.parametrize("kind", api.ERROR_TYPES, ids=lambda k: k.__name__)
@pytest.mark.parametrize("reason", REASONS)
def test_plain_words_for_every_error(kind, reason):
    err = kind("technical detail 503 <html>", reason=reason, status=503)
    text, _retry = error_text(err)
    assert text and "503" not in text and "<" not in text and "technical" not in text
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        assert len(sentence.split()) <= 16, sentence  # plain language: short sentences
    assert describe_failure(err).text == text  # the worker says the same


def _zms_error(entry):
    import json

    from assistant.portal.appointments import refine
    from assistant.portal.http import Response, error_for_status

    body = json.dumps({"errors": [entry]}).encode()
    return refine(error_for_status(Response(entry["statusCode"], {}, body, "application/json"), "zms.example"))


GENERIC = "Die Angaben wurden nicht angenommen"


def test_every_zms_error_code_has_a_plain_german_sentence_and_the_server_words_only_for_helpers(qapp):
    from assistant.ui.portal.texts import helper_details
    from tests.shared_data import require_shared

    table = json.loads((require_shared("portal") / "zms" / "errors.json").read_text(encoding="utf-8"))
    entries = [*table["errors"].values(), table["fallbackForUnknownKey"]]
    assert len(entries) >= 60
    for entry in entries:
        err = _zms_error(entry)
        text, _ = error_text(err)
        assert entry["errorMessage"] not in text, entry["errorCode"]
        assert not re.search(r"\b(the|please|error|invalid|appointment)\b", text, re.I), (entry["errorCode"], text)
        assert GENERIC not in text, (entry["errorCode"], text)  # a sentence of its own, not the catch-all
        assert entry["errorMessage"] in helper_details(err) and entry["errorCode"] in helper_details(err)


def test_the_office_s_own_words_stay_off_the_persons_screen():
    err = api.Rejected(
        "x", reason="slot-taken", user_text="The selected appointment is unfortunately no longer available."
    )
    text, retry = error_text(err)
    assert "andere Uhrzeit" in text and "selected" not in text and retry
    err = api.Rejected("x", user_text="Error in input for POST_Service_Request")  # Open311's own words
    assert "POST_Service_Request" not in error_text(err)[0]
