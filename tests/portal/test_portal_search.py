"""The task search (issue 12 §6): word boundaries, stop words, title hits first, and a pointer when
nothing fits — measured on a table of realistic queries (tests/portal/search_table.py)."""

from __future__ import annotations

from assistant.portal.catalogue import TaskIndex, first_hit
from tests.portal.search_table import QUERIES


def test_the_table_is_big_enough_and_covers_every_task(bochum):
    assert len(QUERIES) >= 100
    assert {t.id for t in bochum.tasks} <= {want for _q, want in QUERIES}


def test_first_hit_accuracy_is_at_least_95_percent(bochum):
    index = TaskIndex(bochum.tasks, bochum.synonyms)
    wrong = [(q, want, first_hit(index, q)) for q, want in QUERIES if first_hit(index, q) != want]
    assert len(wrong) <= 0.05 * len(QUERIES), wrong


def test_function_words_never_match_inside_other_words(bochum):
    index = TaskIndex(bochum.tasks, bochum.synonyms)
    for q in ("Kindergeld", "Förderung", "Führerschein", "Parkausweis", "Sperrmüll", "für", "der die das"):
        assert index.search(q) == [], q


def test_a_title_hit_ranks_above_the_same_hit_in_a_phrase(bochum):
    index = TaskIndex(bochum.tasks, bochum.synonyms)
    assert index.search("Grundsicherung")[0].task.id == "grundsicherung"
    ranked = [m.task.id for m in index.search("Ausweis")]
    assert ranked[0] == "personalausweis"  # "Personalausweis beantragen" (title) before phrase-only hits


def test_pointers_when_nothing_fits(bochum):
    index = TaskIndex(bochum.tasks, bochum.synonyms)
    assert first_hit(index, "Laterne kaputt") == "report" and first_hit(index, "Kindergeld") == "phone"
