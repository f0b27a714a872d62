""" "Was brauche ich?" in the person's own language (issue 13), typed into the real page: Turkish,
Arabic, Polish, Russian and Ukrainian words find the German-named service, and a street problem in
those words points to "Problem melden" — before, each of these found nothing."""

from __future__ import annotations

import pytest

from assistant.ui.portal import open_service_info

STREET = (
    "Das klingt nach einem Problem auf der Straße. Das melden Sie auf der Startseite "
    "unter „Problem melden“. Oder wählen Sie aus der Liste."
)

CASES = [
    ("tr", "pasaport", "reisepass", "yolda çukur var"),
    ("ar", "جواز سفر", "reisepass", "حفرة في الشارع"),
    ("pl", "dowód osobisty", "personalausweis", "dziura w jezdni"),
    ("ru", "справка о прописке", "meldebescheinigung", "яма на дороге"),
    ("uk", "паспорт", "reisepass", "ліхтар не світить"),
]


@pytest.mark.parametrize(("lang", "need", "task", "street"), CASES)
def test_the_person_finds_the_service_in_their_own_words(context, drive, lang, need, task, street):
    context.language = lang
    d = drive(open_service_info(context))
    d.type("Suchen", need)
    d.qtbot.waitUntil(lambda: bool(d.page.result_tasks))
    assert d.page.result_tasks[0].id == task
    first = d.page.result_buttons[0]
    assert first.isVisibleTo(d.page) and first.text() == d.page.result_tasks[0].title
    d.type("Suchen", street)
    d.qtbot.waitUntil(lambda: not d.page.result_tasks)
    assert d.page.results_heading.text() == d.page.tr(STREET)  # in the person's language
