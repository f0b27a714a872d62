"""The plain-language helpers behind the content check: sentences, words, LIX, discouraged words."""

from __future__ import annotations

import pytest

from assistant.core import plain_language as pl


def test_sentences_split_at_ends_lines_and_numbered_items():
    text = "Das kann passieren. Sie haben noch 2 Versuche!\nSo geht es:\n1. Öffnen Sie die AusweisApp.\n2. Wählen Sie „PIN ändern“."
    assert pl.sentences(text) == [
        "Das kann passieren.",
        "Sie haben noch 2 Versuche!",
        "So geht es:",
        "Öffnen Sie die AusweisApp.",
        "Wählen Sie „PIN ändern“.",
    ]
    # a web address and a version number do not end a sentence
    assert len(pl.sentences("Laden Sie Version 1.24 von ausweisapp.bund.de herunter.")) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Die Frist endet am 3. Oktober. Danach gilt die neue Regel.",
            ["Die Frist endet am 3. Oktober.", "Danach gilt die neue Regel."],
        ),
        ("Fragen Sie Dr. Müller. Er hilft.", ["Fragen Sie Dr. Müller.", "Er hilft."]),
        (
            "Geöffnet Mo. bis Fr. von 8 bis 12 Uhr. Am Wochenende nicht.",
            ["Geöffnet Mo. bis Fr. von 8 bis 12 Uhr.", "Am Wochenende nicht."],
        ),
        ("Bringen Sie z. B. den Pass mit. Danke.", ["Bringen Sie z. B. den Pass mit.", "Danke."]),
        ("Sie haben 3. Das reicht.", ["Sie haben 3.", "Das reicht."]),  # a number that does end one
        ("So geht es:\n3. Oktober wählen.", ["So geht es:", "Oktober wählen."]),  # a list item stays one
        # Polish case endings after a hyphen are no abbreviation: the sentence ends there
        ("Nie pamiętam PIN-u. Co teraz?", ["Nie pamiętam PIN-u.", "Co teraz?"]),
    ],
)
def test_abbreviations_and_dates_do_not_end_a_sentence(text, expected):
    """issue 14: the checker split at "3. Oktober", "Dr.", "Mo. bis Fr.", contrary to its docstring."""
    assert pl.sentences(text) == expected


def test_words_count_like_a_reader():
    assert pl.words("Rufen Sie 116 116 an.") == ["Rufen", "Sie", "116", "116", "an"]
    assert pl.words("Der PIN-Brief liegt bereit.") == ["Der", "PIN-Brief", "liegt", "bereit"]
    assert pl.screen_words("So geht es:\n1. Öffnen Sie die App.\n2. Fertig.") == 8


def test_long_sentences():
    long = "Dies ist ein Satz mit ganz genau vierzehn Wörtern für die Prüfung hier jetzt."
    assert pl.long_sentences(long) == [(14, long)]
    assert pl.long_sentences("Kurz und klar.") == []


@pytest.mark.parametrize(
    "text, lang, found",
    [
        ("Bringen Sie z. B. den Ausweis mit.", "de", "z. B."),
        ("Die Vorlage ist erforderlich.", "de", "erforderlich"),
        ("Legen Sie ihn auf das Lesegerät.", "de", "Lesegerät"),
        ("Bring e.g. your passport.", "en", "e.g."),
    ],
)
def test_discouraged_words(text, lang, found):
    assert found in [bad for bad, _ in pl.discouraged(text, lang)]


def test_glossary_word_is_not_flagged_inside_another():
    assert pl.discouraged("Legen Sie den Ausweis auf den Kartenleser.", "de") == []


def test_lix_separates_plain_from_official_german():
    plain = pl.readability(["Legen Sie den Ausweis auf den Kartenleser. Das kostet nichts."])
    official = pl.readability(
        [
            (
                "Die Neusetzung der Geheimnummer ist unter Vorlage des Personalausweises bei der zuständigen "
                "Personalausweisbehörde persönlich zu beantragen; die Gebühr ist bei Antragstellung zu entrichten."
            )
        ]
    )
    assert plain.lix < 40 < 55 < official.lix
    assert pl.readability([]).lix == 0.0
