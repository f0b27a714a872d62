"""The Bochum city profile: offices for both card kinds, facts for the guides, unconfirmed facts marked."""

from __future__ import annotations

import re

import pytest
import yaml

from assistant.core.city import load_city
from assistant.core.errors import ContentError
from assistant.resources import resource


@pytest.fixture(scope="module")
def bochum():
    return load_city("bochum")


def test_offices_for_every_card_kind(bochum):
    assert {"buergerbuero", "auslaenderbuero", "rathaus"} <= set(bochum.office_keys())
    for lang in ("de", "en"):
        for key in bochum.office_keys():
            office = bochum.office(key, lang)
            assert office.name, key
            assert office.phone or office.web or office.address, key


def test_offices_speak_both_languages(bochum):
    assert bochum.office("buergerbuero", "de").name == "Bürgerbüro Bochum"
    assert "Citizens' office" in bochum.office("buergerbuero", "en").name
    assert "Willy-Brandt-Platz 2–6, 44777 Bochum" in bochum.office("auslaenderbuero", "de").address
    assert bochum.office("auslaenderbuero", "en").email == "Auslaenderbuero-Service@Bochum.de"
    # the residence permit office asks for the passport as well
    assert "Reisepass" in bochum.office("auslaenderbuero", "de").note
    assert "passport" in bochum.office("auslaenderbuero", "en").note


def test_facts_fill_guide_texts(bochum):
    facts = bochum.facts("de")
    assert facts["hotline_blocking"] == "116 116"
    assert facts["city_phone"] == "115"
    assert facts["city"] == "Bochum"


def test_no_invented_hours_and_unconfirmed_facts_are_not_used(bochum):
    raw = yaml.safe_load(resource("cities", "bochum.yaml").read_text(encoding="utf-8"))
    unconfirmed = raw["unconfirmed"]
    assert any("0234 910-1950" in u for u in unconfirmed)
    text = resource("cities", "bochum.yaml").read_text(encoding="utf-8")
    offices_text = yaml.safe_dump(raw["offices"], allow_unicode=True)
    assert "910-1950" not in offices_text  # named only in the unconfirmed list and a comment
    assert "unconfirmed" in text
    # opening hours are not invented: the Bürgerbüro says how to get an appointment instead
    hours = bochum.office("buergerbuero", "de").hours
    assert "115" in hours and "bochum.de" in hours
    assert not re.search(r"\d{1,2}[:.]\d{2}", hours)  # no invented clock times


def test_broken_city_profile_is_a_content_error(tmp_path):
    (tmp_path / "nowhere.yaml").write_text("name: Nowhere\noffices: [1, 2]\n", encoding="utf-8")
    with pytest.raises(ContentError, match="offices"):
        load_city("nowhere", tmp_path)
    (tmp_path / "bad.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match="cannot read"):
        load_city("bad", tmp_path)
    with pytest.raises(ContentError, match="no city profile"):
        load_city("atlantis", tmp_path)
