"""The task search in every language of the list (issue 13): its words are data
(resources/translations/search_<code>.yaml), a query in the person's own words finds the German-named
service or points to "Problem melden", a new language needs only its file, and a damaged file leaves
the search working with what can be read."""

from __future__ import annotations

import json
import shutil

import pytest

from assistant.core import languages, search_words
from assistant.core.city import load_city
from assistant.portal.api import InfoSource
from assistant.portal.catalogue import TaskIndex, first_hit, normalise
from assistant.portal.config import open_clients, portal_config
from assistant.resources import resource, resource_root

# Typical queries of older residents, typed as they type them (also without diacritics), with the
# task they must find first in Bochum — or "report" ("Problem melden") / "phone" (115, nothing fits).
QUERIES: dict[str, list[tuple[str, str]]] = {
    "tr": [
        ("pasaport", "reisepass"),
        ("kimliğimi kaybettim", "personalausweis-verloren"),
        ("kimligim calindi", "personalausweis-verloren"),
        ("yeni kimlik", "personalausweis"),
        ("PIN şifremi unuttum", "pin-ruecksetzen"),
        ("ikamet kaydı", "wohnsitz-anmelden"),
        ("taşındım", "wohnsitz-anmelden"),
        ("ikamet belgesi", "meldebescheinigung"),
        ("engelli kartı", "schwerbehindertenausweis"),
        ("kira yardımı", "wohngeld"),
        ("emekli maaşı yetmiyor", "grundsicherung"),
        ("sabıka kaydı", "fuehrungszeugnis"),
        ("çukur", "report"),
        ("yolda çukur var", "report"),
        ("sokak lambasi yanmiyor", "report"),
        ("cop konteyneri dolu", "report"),
        ("ehliyet", "phone"),
        ("internet çalışmıyor", "phone"),  # "çalı" (bush) once made it a street problem
        ("otomatik ödeme", "phone"),
    ],
    "ru": [
        ("паспорт", "reisepass"),
        ("потерял аусвайс", "personalausweis-verloren"),
        ("прописка", "wohnsitz-anmelden"),
        ("справка о прописке", "meldebescheinigung"),
        ("яма на дороге", "report"),
        ("фонарь не горит", "report"),
        ("мусор на улице", "report"),
        ("водительские права", "phone"),
    ],
    "uk": [
        ("паспорт", "reisepass"),
        ("не пам'ятаю PIN", "pin-ruecksetzen"),
        ("довідка про реєстрацію", "meldebescheinigung"),
        ("яма на дорозі", "report"),
        ("ліхтар не світить", "report"),
        ("сміття біля будинку", "report"),
    ],
    "ar": [
        ("جواز سفر", "reisepass"),
        ("جواز السفر", "reisepass"),
        ("بطاقة الهوية", "personalausweis"),
        ("ضاعت هويتي", "personalausweis-verloren"),
        ("نسيت الرقم السري", "pin-ruecksetzen"),
        ("تسجيل السكن", "wohnsitz-anmelden"),
        ("شهادة السكن", "meldebescheinigung"),
        ("بطاقة الإعاقة", "schwerbehindertenausweis"),
        ("مساعدة الإيجار", "wohngeld"),
        ("شهادة حسن السيرة والسلوك", "fuehrungszeugnis"),
        ("حفرة", "report"),
        ("حفرة في الشارع", "report"),
        ("الإنارة لا تعمل", "report"),
        ("رخصة القيادة", "phone"),
    ],
    "pl": [
        ("paszport", "reisepass"),
        ("dowód osobisty", "personalausweis"),
        ("zgubilem dowod", "personalausweis-verloren"),
        ("zapomniałem PIN", "pin-ruecksetzen"),
        ("zameldowanie", "wohnsitz-anmelden"),
        ("zaświadczenie o zameldowaniu", "meldebescheinigung"),
        ("dodatek mieszkaniowy", "wohngeld"),
        ("emerytura nie wystarcza", "grundsicherung"),
        ("zaświadczenie o niekaralności", "fuehrungszeugnis"),
        ("dziura w jezdni", "report"),
        ("latarnia nie swieci", "report"),
        ("śmieci na chodniku", "report"),
        ("prawo jazdy", "phone"),
        ("ile to kosztuje", "phone"),  # "kosz" (bin) is no street word: it starts "kosztuje"
    ],
    "en": [
        ("passport", "reisepass"),
        ("lost my id card", "personalausweis-verloren"),
        ("register address", "wohnsitz-anmelden"),
        ("housing benefit", "wohngeld"),
        ("pothole", "report"),
        ("street light broken", "report"),
        ("driving licence", "phone"),
    ],
    "de-x-ls": [
        ("Ausweis ist weg", "personalausweis-verloren"),
        ("Geld für die Miete", "wohngeld"),
        ("Melde·bescheinigung", "meldebescheinigung"),
        ("Loch in der Straße", "report"),
        ("Straßen·lampe kaputt", "report"),
    ],
}


def test_every_language_of_the_list_has_search_words_and_queries():
    assert set(QUERIES) | {"de"} == set(languages.codes())
    for code in languages.codes():
        words = search_words.read(search_words.words_file(code))
        assert not words.problems, words.problems
        assert words.stop and words.street, code
        if code != "de":
            assert words.synonyms, code


@pytest.mark.parametrize("lang", sorted(QUERIES))
def test_a_query_in_the_persons_language_finds_the_service(lang):
    config = portal_config(load_city("bochum"), lang)
    index = TaskIndex(config.tasks, config.synonyms, config.lang)
    wrong = [(q, want, first_hit(index, q)) for q, want in QUERIES[lang] if first_hit(index, q) != want]
    assert not wrong


@pytest.mark.parametrize(
    ("lang", "typed"), [("tr", "pasaport"), ("ar", "جواز سفر"), ("pl", "paszport"), ("ru", "паспорт")]
)
def test_the_service_found_in_the_persons_language_is_answered_by_the_portal(portal, lang, typed):
    """The whole way: the search in the person's words, then the practice portal's catalogue answer."""
    clients = open_clients(portal_config(load_city("bochum"), lang), practice=portal)
    hits = clients.catalogue.search_tasks(typed)
    assert hits and hits[0].task.id == "reisepass"
    info = clients.catalogue.routes(hits[0].task.leika)
    assert info.source is InfoSource.LIVE and info.problem is None and info.offices


def test_german_words_work_in_every_language():
    """Task titles and offices stay German: a German word finds its task whatever the language."""
    for lang in QUERIES:
        config = portal_config(load_city("bochum"), lang)
        index = TaskIndex(config.tasks, config.synonyms, lang)
        assert first_hit(index, "Reisepass") == "reisepass", lang
        assert first_hit(index, "Schlagloch") == "report", lang


def test_german_search_keeps_its_words():
    index = TaskIndex([], lang="de")
    assert {"der", "fuer", "moechte"} <= index.stop and {"beantragen", "brauche"} <= index.weak
    assert "schlagloch" in index.street and "sperrmuell" in index.not_street
    assert "pasaport" not in index._syn  # another language's words stay out of German


def test_normalise_keeps_every_script_and_folds_what_people_type_plain():
    assert normalise("ЯМА на дороге") == "яма на дороге"
    assert normalise("حفرة في الشارع") == "حفره في الشارع"  # taa marbuta and heh meet
    assert normalise("الهُوِيَّة") == "الهويه"  # short vowels dropped
    assert normalise("KAYIP kimliğimi") == normalise("kayip kimligimi") == "kayip kimligimi"
    assert normalise("zgubiłem dowód") == "zgubilem dowod"
    assert normalise("пам'ятаю") == normalise("пам’ятаю") == "памятаю"
    assert normalise("Bürger·büro") == "buergerbuero"


# --- a new language from data only -----------------------------------------------------------------


@pytest.fixture
def own_resources(tmp_path, monkeypatch):
    """A copy of resources/ (without pictures, fonts and catalogues) that the program reads instead."""
    root = tmp_path / "resources"
    shutil.copytree(resource_root(), root, ignore=shutil.ignore_patterns("images", "fonts", "*.qm", "*.ts"))
    monkeypatch.setenv("LOTSE_RESOURCES", str(root))
    resource_root.cache_clear()
    languages._read.cache_clear()
    yield root
    monkeypatch.delenv("LOTSE_RESOURCES")
    resource_root.cache_clear()
    languages._read.cache_clear()


DUTCH_WORDS = """\
review: not-reviewed
stop: [de, het, een, ik, mijn, in, op, van, voor, is]
weak: [aanvragen, nieuw, nodig]
street: [kuil, gat, stoep, lantaarn, straatlantaarn, afval, vuilnis]
synonyms:
  reisepass: [paspoort]
  personalausweis: [identiteitskaart, id-kaart]
  verloren: [kwijt, verloren, gestolen]
"""


def test_a_language_is_added_with_its_search_words_only(own_resources):
    listing = own_resources / "translations" / "languages.json"
    data = json.loads(listing.read_text(encoding="utf-8"))
    data["languages"].append({"code": "nl", "name": "Nederlands", "english": "Dutch", "review": "not-reviewed"})
    listing.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (own_resources / "translations" / "search_nl.yaml").write_text(DUTCH_WORDS, encoding="utf-8")
    assert "nl" in languages.codes() and resource("translations") == own_resources / "translations"
    config = portal_config(load_city("bochum"), "nl")
    index = TaskIndex(config.tasks, config.synonyms, config.lang)
    assert first_hit(index, "mijn paspoort") == "reisepass"
    assert first_hit(index, "identiteitskaart kwijt") == "personalausweis-verloren"
    assert first_hit(index, "een kuil in de straat") == "report"
    assert first_hit(index, "Schlagloch") == "report"  # German's words count in every language
    from assistant.core.content_check import awaiting_review

    assert any(f.file == "search_nl.yaml" for f in awaiting_review([]))


# --- a damaged file ----------------------------------------------------------------------------------


def write_words(tmp_path, code, text):
    folder = tmp_path / "translations"
    folder.mkdir(exist_ok=True)
    shutil.copy(search_words.words_file("de"), folder / "search_de.yaml")
    (folder / f"search_{code}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_broken_yaml_is_named_and_the_search_keeps_german(tmp_path):
    folder = write_words(tmp_path, "tr", "stop: [bir, ve\nstreet: çukur]\n  synonyms: {\n")
    words = search_words.for_language("tr", folder)
    assert words.problems == ("search_tr.yaml is not valid YAML in line 2; its words are not used",)
    index = TaskIndex(portal_config(load_city("bochum"), "tr").tasks, lang="tr", words=words)
    assert first_hit(index, "Personalausweis") == "personalausweis" and first_hit(index, "Schlagloch") == "report"


def test_wrong_types_are_named_and_the_rest_is_used(tmp_path):
    folder = write_words(
        tmp_path,
        "tr",
        "review: maybe\nstop: bir\nstreet: [çukur, {lamba: 1}, true]\nsynonym: [x]\n"
        "synonyms:\n  reisepass: [pasaport]\n  personalausweis: kimlik\n",
    )
    words = search_words.for_language("tr", folder)
    problems = " | ".join(words.problems)
    for part in (
        "unknown key(s) synonym",
        "'stop' must be a list of words",
        "'street', entry 2 is not a word",
        "'street', entry 3 is not a word (True)",
        "'synonyms' of 'personalausweis' must be a list of words",
        "'review' must be one of",
    ):
        assert part in problems, (part, problems)
    index = TaskIndex(portal_config(load_city("bochum"), "tr").tasks, lang="tr", words=words)
    assert first_hit(index, "pasaport") == "reisepass"  # what could be read is used
    assert first_hit(index, "yolda çukur") == "report"
    from assistant.core.content_check import ERROR, search_word_findings

    found = search_word_findings(folder)
    assert found and all(f.level == ERROR and f.file == "search_tr.yaml" and f.lang == "tr" for f in found)


@pytest.mark.parametrize("text", ["- just\n- a list\n", "\x00\x01", ""])
def test_a_file_that_is_no_mapping_or_empty_leaves_the_search_working(tmp_path, text):
    folder = write_words(tmp_path, "pl", text)
    words = search_words.for_language("pl", folder)
    assert len(words.problems) == (1 if text.strip() else 0)
    assert "schlagloch" in TaskIndex([], lang="pl", words=words).street


def test_a_missing_file_is_no_problem(tmp_path):
    words = search_words.for_language("xx", tmp_path)  # not even German's file here
    assert words.problems == () and words.stop == () and TaskIndex([], lang="xx", words=words).search("Pass") == []
