"""Checks of what a person types, exactly as the real servers check it — so nothing is refused
after a slot was reserved.

* ZMS (``zmscitizenapi`` ValidationService): ``telephone`` must match ``^\\+?[0-9]\\d{6,14}$`` when the
  office has the phone field on (``telephoneActivated``) and is required with ``telephoneRequired``;
  ``email`` must pass PHP's ``FILTER_VALIDATE_EMAIL``; ``familyName`` must not be empty.
* What can be made to fit without changing its meaning is: spaces, slashes, dashes, dots and
  brackets in a phone number go ("0234 / 12 34-56" → "0234123456"; a leading 0 or + stays).
  Everything else is explained to the person in words (the page's texts), never changed silently.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.portal.api import ZmsOffice

PHONE_RE = re.compile(r"^\+?[0-9]\d{6,14}$")
_PHONE_NOISE = re.compile(r"[\s/\-.()]")

# PHP's FILTER_VALIDATE_EMAIL (ext/filter/logical_filters.c, php_filter_validate_email, without
# FILTER_FLAG_EMAIL_UNICODE): Michael Rushton's expression, at most 320 characters. Only ASCII:
# "erika@müller.de" is refused by the server, so it is refused (and explained) here too.
_PHP_EMAIL = re.compile(
    r"^(?!(?:(?:\x22?\x5C[\x00-\x7E]\x22?)|(?:\x22?[^\x5C\x22]\x22?)){255,})"
    r"(?!(?:(?:\x22?\x5C[\x00-\x7E]\x22?)|(?:\x22?[^\x5C\x22]\x22?)){65,}@)"
    r"(?:(?:[\x21\x23-\x27\x2A\x2B\x2D\x2F-\x39\x3D\x3F\x5E-\x7E]+)|(?:\x22(?:[\x01-\x08\x0B\x0C\x0E-\x1F\x21\x23-\x5B\x5D-\x7F]|(?:\x5C[\x00-\x7F]))*\x22))"
    r"(?:\.(?:(?:[\x21\x23-\x27\x2A\x2B\x2D\x2F-\x39\x3D\x3F\x5E-\x7E]+)|(?:\x22(?:[\x01-\x08\x0B\x0C\x0E-\x1F\x21\x23-\x5B\x5D-\x7F]|(?:\x5C[\x00-\x7F]))*\x22)))*"
    r"@(?:(?:(?!.*[^.]{64,})(?:(?:(?:xn--)?[a-z0-9]+(?:-+[a-z0-9]+)*\.){1,126}){1,}(?:(?:[a-z][a-z0-9]*)|(?:(?:xn--)[a-z0-9]+))(?:-+[a-z0-9]+)*)"
    r"|(?:\[(?:(?:IPv6:(?:(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){7})|(?:(?!(?:.*[a-f0-9][:\]]){7,})(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,5})?::(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,5})?)))"
    r"|(?:(?:IPv6:(?:(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){5}:)|(?:(?!(?:.*[a-f0-9]:){5,})(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,3})?::(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,3}:)?)))?"
    r"(?:(?:25[0-5])|(?:2[0-4][0-9])|(?:1[0-9]{2})|(?:[1-9]?[0-9]))(?:\.(?:(?:25[0-5])|(?:2[0-4][0-9])|(?:1[0-9]{2})|(?:[1-9]?[0-9]))){3}))\]))\Z",
    re.IGNORECASE,
)


def normalise_phone(text: str) -> str:
    """ "0234 / 12 34-56" → "0234123456", "+49 (234) 123456" → "+49234123456"; other text unchanged."""
    return _PHONE_NOISE.sub("", text or "")


def phone_ok(text: str) -> bool:
    """What ZMS accepts (after ``normalise_phone``)."""
    return bool(PHONE_RE.match(text))


def email_ok(text: str) -> bool:
    """PHP ``filter_var($email, FILTER_VALIDATE_EMAIL)``."""
    return 0 < len(text) <= 320 and bool(_PHP_EMAIL.match(text))


def email_problem(text: str) -> str:
    """'' if the server takes it, else why not: missing | no-at | umlaut | space | invalid."""
    t = text.strip()
    if not t:
        return "missing"
    if any(ch.isspace() for ch in t):
        return "space"
    if "@" not in t:
        return "no-at"
    if any(ord(ch) > 127 for ch in t):
        return "umlaut"
    return "" if email_ok(t) else "invalid"


def phone_problem(text: str, *, required: bool) -> str:
    """'' if fine (or empty and not required), else: missing | letters | length."""
    t = normalise_phone(text.strip())
    if not t:
        return "missing" if required else ""
    if phone_ok(t):
        return ""
    if re.search(r"[^0-9+]", t) or "+" in t[1:]:
        return "letters"
    return "length"


def contact_problems(family_name: str, email: str, telephone: str, office: ZmsOffice | None = None) -> dict[str, str]:
    """Every field the server would refuse → why ({} if all is fine). ``office``: a ZmsOffice or None.

    Keys: ``name``, ``email``, ``telephone`` (the reasons of ``Rejected`` too)."""
    out: dict[str, str] = {}
    if len(family_name.strip()) < 2:
        out["name"] = "missing" if not family_name.strip() else "short"
    why = email_problem(email)
    if why:
        out["email"] = why
    phone_on = office is None or office.telephone_activated or office.telephone_required
    if phone_on:
        why = phone_problem(telephone, required=office is not None and office.telephone_required)
        if why:
            out["telephone"] = why
    return out
