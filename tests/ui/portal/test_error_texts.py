"""Every portal failure becomes a short, calm sentence that says what to do — never a code."""

from __future__ import annotations

import re

import pytest

from assistant.portal import api
from assistant.ui.portal.texts import error_text
from assistant.ui.worker import describe_failure

REASONS = ["", "slot-taken", "expired", "email", "name", "telephone", "captcha", "too-many", "too-late",
           "not-yours", "not-offered", "no-key", "insecure", "tls", "no-place", "no-category", "html", "none"]


@pytest.mark.parametrize("kind", api.ERROR_TYPES, ids=lambda k: k.__name__)
@pytest.mark.parametrize("reason", REASONS)
def test_plain_words_for_every_error(kind, reason):
    err = kind("technical detail 503 <html>", reason=reason, status=503)
    text, _retry = error_text(err)
    assert text and "503" not in text and "<" not in text and "technical" not in text
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        assert len(sentence.split()) <= 16, sentence  # plain language: short sentences
    assert describe_failure(err).text == text  # the worker says the same


def test_the_office_s_own_words_are_quoted():
    err = api.Rejected("x", reason="slot-taken", user_text="Der Termin ist leider nicht mehr verfügbar.")
    text, retry = error_text(err)
    assert text.startswith("Das Amt sagt:") and "andere Uhrzeit" in text and retry
