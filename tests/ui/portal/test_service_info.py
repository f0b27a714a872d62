""" "Was brauche ich?": forgiving live search, the answer from the practice portal, offline answers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from assistant.ui.portal import open_service_info
from assistant.ui.widgets import BigButton


def result_titles(d):
    """The tasks offered below the field (in the footer's list, some maybe on its next page)."""
    return [
        b.text()
        for b in d.page.screen.footer_items
        if isinstance(b, BigButton) and b.objectName().startswith(("result-", "task-"))
    ]


def test_search_forgives_typos_and_everyday_words(context, drive):
    d = drive(open_service_info(context))
    d.qtbot.waitUntil(d.field("Suchen").hasFocus)  # the cursor is in the search field
    # without a word: the city's curated list
    assert "Personalausweis beantragen" in result_titles(d)
    for typed, expected in (
        ("Persnalausweis", "Personalausweis beantragen"),
        ("Ausweiß verloren", "Personalausweis verloren oder gestohlen"),
        ("Wohnung anmelden", "Wohnsitz anmelden oder ummelden"),
    ):
        d.type("Suchen", typed)
        d.qtbot.waitUntil(lambda: bool(result_titles(d)))
        assert result_titles(d)[0] == expected, (typed, result_titles(d))
        assert "gefunden" in d.texts()
    d.type("Suchen", "xqzxqz")
    assert "nichts gefunden" in d.texts()
    d.qtbot.waitUntil(lambda: "Personalausweis beantragen" in result_titles(d))  # the whole list is still offered
    # nothing fits: where help is — a street problem to "Problem melden", anything else to 115 and the city
    d.type("Suchen", "Kindergeld")  # once: "der" inside the word found the disability card
    assert "115" in d.texts() and "bochum.de" in d.texts() and "Schwerbehinderten" not in " ".join(result_titles(d)[:1])
    d.type("Suchen", "Laterne kaputt")
    assert "Problem melden" in d.texts()


def test_service_page_live_then_offline_from_cache(context, portal, practice, drive):
    d = drive(open_service_info(context))
    d.type("Suchen", "Persnalausweis")
    d.qtbot.keyClick(d.field("Suchen"), Qt.Key.Key_Return)  # Enter opens the best match
    d.wait_title("Personalausweis beantragen", timeout=15000)
    live = d.texts()
    assert "Wohin" in live and "Was bringen Sie mit" in live
    assert "Was kostet es" in live and "46 Euro" in live
    assert "Wie lange dauert es" in live
    assert "Stand:" not in live  # a live answer is not dated as old
    # offline: the last good answer with its date, never pretending to be live
    portal.stop()
    d.press("search-again")
    d.type("Suchen", "Personalausweis beantragen")
    d.click("Personalausweis beantragen")
    d.wait_title("Personalausweis beantragen", timeout=20000)
    offline = d.texts()
    assert "Stand:" in offline and "keine Verbindung" in offline
    assert "Was bringen Sie mit" in offline
    d.keyed("retry")


def test_offline_without_cache_shows_the_city_text(context, portal, practice, drive):
    practice.clients()  # the clients know the address; then the server goes away
    portal.stop()
    d = drive(open_service_info(context))
    d.click("Personalausweis verloren")
    d.wait_title("Personalausweis verloren oder gestohlen", timeout=20000)
    t = d.texts()
    assert "keine Verbindung" in t and "was die Stadt dazu aufgeschrieben hat" in t
    assert "116 116" in t  # the profile's own text
    assert "Stand:" not in t


def test_where_to_go_says_what_each_fact_is_and_says_it_once(context, portal, practice, drive):
    """The city's own office text (offline): "Telefon: 115", "Im Internet: …", the opening hours once —
    never a bare "115" or a bare web address."""
    practice.clients()
    portal.stop()
    d = drive(open_service_info(context))
    d.click("Personalausweis verloren")
    d.wait_title("Personalausweis verloren oder gestohlen", timeout=20000)
    office = next(t for t in d.page.screen.spoken if t.startswith("Bürgerbüro Bochum"))
    lines = office.splitlines()
    assert "115" not in lines and not any(line.startswith("http") for line in lines), lines
    assert "Telefon: 115" in lines and any(line.startswith("Im Internet: https://") for line in lines)
    hours = context.city.office("buergerbuero", "de").hours
    assert sum(hours in line for line in lines) == 1, lines


def test_a_time_of_nothing_is_said_as_right_away(context, drive):
    """The practice portal gives 0 days for registering an address: not "Etwa 0 Tage." (seen in Polish
    as "Około 0 dni.")."""
    from assistant.portal.api import Duration

    page = drive(open_service_info(context)).page
    assert page.duration_text(Duration(0, 0, "day")) == "Das geht sofort."
    assert page.duration_text(Duration(None, 0, "workday")) == "Das geht sofort."
    assert page.duration_text(Duration(0, 3, "day")) == "Höchstens 3 Tage."
    assert page.duration_text(Duration(2, 2, "week")) == "Etwa 2 Wochen."
    assert page.duration_text(Duration(1, 1, "day")) == "Etwa 1 Tag."
