"""Open311 GeoReport v2 in XML — the specification's mandatory format — read with a hardened parser.

``defusedxml`` refuses entity expansion (billion laughs), external entities and DTDs, so an answer
from any server is safe to read. The XML becomes the same Python shape the JSON format gives, so the
client's parsers serve both:

    <services><service>…</service></services>              → [{…}, …]
    <service_definition><service_code/><attributes><attribute>…<values><value>…  → {…, "attributes": [{…, "values": [{…}]}]}
    <service_requests><request>…</request></service_requests> → [{…}, …]
    <errors><error><code/><description/></error></errors>   → [{"code", "description"}, …]

Everything comes as text (as the recorded real server's XML); the parsers already read "true",
numbers as strings and empty elements. The recorded server encodes non-ASCII text twice ("Ã„" for
"Ä"); ``repair_text`` undoes exactly that and leaves all other text alone.
"""

from __future__ import annotations

from typing import Any

from assistant.portal.api import BadAnswer

LISTS = {"services", "service_requests", "errors", "attributes", "values", "keywords"}


def parse_xml(body: bytes, source: str = "") -> Any:
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(body, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError):
        raise BadAnswer("the XML answer cannot be read (cut off, garbled or unsafe)", source=source) from None
    return _value(root)


def _value(el: Any) -> Any:
    children = list(el)
    if el.tag in LISTS:
        return [_value(c) for c in children]
    if not children:
        return repair_text((el.text or "").strip())
    return {c.tag: _value(c) for c in children}


def repair_text(text: str) -> str:
    """UTF-8 read as Latin-1 and encoded again ("Ã„" → "Ä"); anything else is returned unchanged."""
    if not text or all(ord(ch) < 0x80 for ch in text) or not any(ch in text for ch in "ÃÂ"):
        return text
    try:
        fixed = text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return fixed


def looks_xml(content_type: str, body: bytes) -> bool:
    return "xml" in content_type or body.lstrip()[:5] == b"<?xml"
