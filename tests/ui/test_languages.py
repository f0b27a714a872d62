"""Languages as data: the list, adding a language without a program change, the chooser, right to left.

Everything here runs the real window (make_window) and the real resources; adding a language uses a
copy of resources/ in a temporary folder ($LOTSE_RESOURCES), so the test proves that the five kinds of
files named in docs/languages.md are all a new language needs.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from assistant.core import languages
from assistant.core.bidi import LRI, PDI
from assistant.resources import resource, resource_root
from assistant.ui.widgets import BigButton, BodyLabel
from tests.ui.support import settle
from tests.ui.test_main_window import click, tile

REPO = Path(__file__).resolve().parents[2]
# the entry, the guide files, a catalogue, the city profile texts, the search words (docs/languages.md)
NEW_LANGUAGE_FILES = 5


@pytest.fixture
def own_resources(tmp_path, monkeypatch):
    """A copy of resources/ that the program reads instead of its own."""
    root = tmp_path / "resources"
    shutil.copytree(resource_root(), root, ignore=shutil.ignore_patterns("*.ttf", "images"))
    for name in ("images",):
        (root / name).symlink_to(resource(name))
    for font in resource("fonts").glob("*.ttf"):
        (root / "fonts" / font.name).symlink_to(font)
    monkeypatch.setenv("LOTSE_RESOURCES", str(root))
    resource_root.cache_clear()
    yield root
    monkeypatch.delenv("LOTSE_RESOURCES")
    resource_root.cache_clear()


def add_dutch(root: Path) -> list[Path]:
    """Dutch, added the documented way; returns the files touched (no Python file among them)."""
    touched = []
    listing = root / "translations" / "languages.json"
    data = json.loads(listing.read_text(encoding="utf-8"))
    data["languages"].append(
        {
            "code": "nl",
            "name": "Nederlands",
            "english": "Dutch",
            "direction": "ltr",
            "voice": "nl",
            "font": "",
            "review": "not-reviewed",
            "word": "Taal",
            "choose": "Verder in het Nederlands",
            "no_voice": "Voorlezen in het Nederlands werkt niet op deze computer.",
        }
    )
    listing.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    touched.append(listing)
    for gid, title in (("eid-pin", "PIN van de identiteitskaart"), ("computer-ready", "Is mijn computer klaar?")):
        text = (root / "guides" / f"{gid}.de.yaml").read_text(encoding="utf-8")
        title_line = next(line for line in text.splitlines() if line.startswith("title: "))
        text = text.replace("\nlang: de\n", "\nlang: nl\nreview: not-reviewed\n", 1).replace(
            title_line, f"title: {title}", 1
        )
        (root / "guides" / f"{gid}.nl.yaml").write_text(text, encoding="utf-8")
        touched.append(root / "guides" / f"{gid}.nl.yaml")
    ts = root / "translations" / "lotse_ui_nl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl" sourcelanguage="de">\n'
        "<context><name>Words</name>\n"  # the words every page shares (assistant/ui/words.py)
        "<message><source>Zurück</source><translation>Terug</translation></message>\n"
        "</context>\n<context><name>Bar</name>\n"
        "<message><source>Sprache: {0}</source><translation>Taal: {0}</translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    touched.append(ts)
    city = root / "cities" / "bochum.yaml"
    city.write_text(
        city.read_text(encoding="utf-8").replace(
            "      en: Citizens' office (Bürgerbüro) Bochum\n",
            "      en: Citizens' office (Bürgerbüro) Bochum\n      nl: Burgerbureau (Bürgerbüro) Bochum\n",
            1,
        ),
        encoding="utf-8",
    )
    touched.append(city)
    words = root / "translations" / "search_nl.yaml"
    words.write_text(
        "review: not-reviewed\nstop: [de, het, een, mijn]\nstreet: [kuil, stoep, lantaarn]\n"
        "synonyms:\n  reisepass: [paspoort]\n  verloren: [kwijt]\n",
        encoding="utf-8",
    )
    touched.append(words)
    return touched


def test_a_language_is_added_with_data_files_only(own_resources, make_window, qtbot, tmp_path):
    touched = add_dutch(own_resources)
    assert not [p for p in touched if p.suffix == ".py"]
    kinds = {p.parent.name if p.parent.name in ("guides", "cities") else p.name.split(".")[-1] for p in touched}
    assert len(kinds) == NEW_LANGUAGE_FILES
    # the README's "adding a language" says how many files it takes
    for doc in (REPO / "README.md", REPO / "docs" / "languages.md"):
        assert f"**{len(touched)} files**" in doc.read_text(encoding="utf-8"), doc
    assert "nl" in languages.codes()
    # the deployment file accepts it
    from assistant.core.deployment import load_deployment

    conf = tmp_path / "lotse.conf"
    conf.write_text("[lotse]\nlanguage = nl\n", encoding="utf-8")
    assert load_deployment(conf).language == "nl" and load_deployment(conf).ok
    # the window chooses it, and shows the guide, the catalogue and the city's text in it
    w = make_window()
    click(qtbot, w.bar.switch_language)
    assert w.page.buttons["nl"].text() == "Nederlands"
    assert w.page.buttons["nl"].subtitle() == "Verder in het Nederlands"
    click(qtbot, w.page.buttons["nl"])
    assert (
        w.ctx.language == "nl" and w.bar.back.text() == "Terug" and w.bar.switch_language.text() == "Taal: Nederlands"
    )
    assert tile(w, "computer-ready").text() == "Is mijn computer klaar?"
    assert w.ctx.city.office("buergerbuero", "nl").name == "Burgerbureau (Bürgerbüro) Bochum"
    # the task search understands Dutch words (its search words file)
    from assistant.portal.catalogue import TaskIndex, first_hit
    from assistant.portal.config import portal_config

    config = portal_config(w.ctx.city, "nl")
    index = TaskIndex(config.tasks, config.synonyms, config.lang)
    assert first_hit(index, "mijn paspoort") == "reisepass" and first_hit(index, "een kuil") == "report"
    # --check-content checks it like every other language (same steps and numbers: a copy of German)
    from assistant.core.content_check import ERROR, check_all

    findings = check_all(own_resources / "guides", cities=own_resources / "cities")
    assert not [f for f in findings if f.level == ERROR], [str(f) for f in findings if f.level == ERROR]
    assert any(f.file == "eid-pin.nl.yaml" and "awaits review" in f.message for f in findings)


def test_the_language_list_is_the_only_one(tmp_path):
    """settings, deployment, the CLI's --lang and the frozen build read the one list."""
    for path in ("assistant/core/settings.py", "assistant/core/deployment.py", "assistant/ui/bar.py"):
        text = (REPO / path).read_text(encoding="utf-8")
        assert "LANGUAGES" not in text and '"en"' not in text, path
    assert "languages.json" in (REPO / "installer" / "lotse.spec").read_text(encoding="utf-8")
    assert [x.code for x in languages.all_languages()][:4] == ["de", "en", "tr", "ar"]
    assert languages.get("ar").rtl and languages.get("ar").font == "NotoSansArabic-Regular.ttf"
    assert (REPO / "resources" / "fonts" / "LICENSE-NotoSansArabic.txt").read_text().count("SIL Open Font License") >= 1


def test_the_chooser_shows_each_language_in_its_own_words_with_big_named_targets(make_window, qtbot):
    w = make_window()
    click(qtbot, w.bar.switch_language)
    assert w.screen_id == "language"
    page = w.page
    assert set(page.buttons) == set(languages.codes())
    from assistant.ui import theme

    for code, b in page.buttons.items():
        lang = languages.get(code)
        assert b.text() == lang.name and lang.name in b.accessibleName() and lang.choose in b.accessibleName()
        assert b.height() >= theme.MIN_TARGET_PX and b.width() >= 300
        expected = Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight
        assert b.layoutDirection() == expected, code
    assert page.buttons["ar"].text() == "العربية" and page.buttons["tr"].text() == "Türkçe"
    for word in ("Sprache", "Language", "Dil", "اللغة"):
        assert word in page.title.text()
    assert w.focusWidget() is page.buttons["de"]  # the language in use, ready for Enter
    click(qtbot, page.close_button)  # "Sprache nicht ändern": back where the person was
    assert w.screen_id == "home" and w.ctx.language == "de"


def test_switching_keeps_the_step_and_mirrors_for_arabic(make_window, qtbot):
    w = make_window()
    click(qtbot, tile(w, "computer-ready"))
    click(qtbot, w.page.next_button)
    step = w.screen_id
    click(qtbot, w.bar.switch_language)
    click(qtbot, w.page.buttons["ar"])
    assert w.screen_id == step and w.ctx.language == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.bar.back.text() != "Zurück"  # the Arabic catalogue
    click(qtbot, w.bar.switch_language)
    click(qtbot, w.page.buttons["de"])
    assert w.screen_id == step and QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def hit_by_a_real_click(w, button) -> bool:
    """A real pointer pressing the button's middle reaches the button (nothing covers it, it is in view)."""
    from PySide6.QtCore import QPoint

    top = w.childAt(w.mapFromGlobal(button.mapToGlobal(QPoint(button.width() // 2, button.height() // 2))))
    return top is button or (top is not None and button.isAncestorOf(top))


@pytest.mark.parametrize("start", ["de", "ar"])
def test_the_chooser_by_mouse_on_the_smallest_screen_at_200(make_window, qtbot, qapp, start):
    """qtbot.mouseClick (not .click()) on the real chooser at 1024×768, 200 %, from German and from Arabic
    (right to left): every language is reached by pressing buttons a pointer really hits."""
    from assistant.ui import theme

    w = make_window(lang=start)
    w.ctx.settings.zoom = 200
    theme.apply(qapp, 200)
    w.refresh()
    w.resize(1024, 768)
    settle()
    current = start
    for code in [c for c in languages.codes() if c != start] + [start]:
        assert hit_by_a_real_click(w, w.bar.switch_language)
        click(qtbot, w.bar.switch_language)
        settle()
        assert w.screen_id == "language"
        page = w.page
        while page.buttons[code] not in page.pager.visible_buttons():  # it opens at the language in use
            later = page.pager.buttons.index(page.buttons[code]) >= page.pager.pages[page.pager.index][1]
            turn = page.pager.more_button if later else page.pager.back_button
            assert hit_by_a_real_click(w, turn), (current, code, page.pager.page_number())
            click(qtbot, turn)
            settle()
        assert hit_by_a_real_click(w, page.buttons[code]), (current, code)
        click(qtbot, page.buttons[code])
        settle()
        assert w.screen_id == "home" and w.ctx.language == code, (current, code)
        current = code
    assert w.ctx.language == start


def test_the_first_start_offers_the_chooser_once(make_window, qtbot):
    w = make_window(offer_language=True)
    assert w.screen_id == "language"
    click(qtbot, w.page.buttons["tr"])
    assert w.screen_id == "home" and w.ctx.language == "tr"
    w2 = make_window(offer_language=True)  # the next start: remembered, not offered again
    assert w2.screen_id == "home" and w2.ctx.language == "tr"


def test_a_fixed_language_explains_instead_of_choosing(make_window, qtbot):
    w = make_window()
    w.language_fixed = True
    click(qtbot, w.bar.switch_language)
    assert w.screen_id == "home" and w.status.text() == "Die Sprache ist auf diesem Computer fest eingestellt."


# --- right to left: what stays left to right, one test per kind of widget ------------------------


def visual_x(label: QLabel, text: str, index: int) -> float:
    """Where the cursor at ``index`` of ``text`` stands on screen when laid out as ``label`` lays it out
    (the window's direction; measured inside a run, never at its edge, where it is ambiguous)."""
    layout = QTextLayout(text, label.font())
    option = layout.textOption()
    option.setTextDirection(QApplication.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return line.cursorToX(index)[0]


@pytest.fixture
def arabic(make_window, qtbot):
    w = make_window(lang="ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return w


@pytest.mark.parametrize(
    "number", ["0234 910-0", "116 116", "7.12.2026", "9:30", "Willy-Brandt-Platz 2-8", "A 123 456"]
)
def test_numbers_in_arabic_text_keep_their_order(arabic, number):
    """Phone numbers, dates, times, house and request numbers: read left to right inside Arabic text.
    Without the isolate the groups of "0234 910-0" come out as "910-0 0234" (checked below, too)."""
    label = BodyLabel(f"الرقم {number} هنا")
    shown = label.text()
    assert shown.replace(LRI, "").replace(PDI, "") == f"الرقم {number} هنا"
    at = [i for i, c in enumerate(shown) if c not in (LRI, PDI)]  # plain position → position in ``shown``
    begin = len("الرقم ")
    inside_first, inside_last = at[begin + 1], at[begin + len(number) - 1]
    assert visual_x(label, shown, inside_first) < visual_x(label, shown, inside_last), number
    if number == "0234 910-0":  # the reason for the isolate: bare, its groups would turn round
        bare = f"الرقم {number} هنا"
        at = bare.index(number)
        assert visual_x(label, bare, at + 1) > visual_x(label, bare, at + len(number) - 1)
    label.deleteLater()


def test_the_number_pad_and_pin_display_stay_left_to_right(arabic):
    from assistant.ui.eid.pinpad import PinPad

    pad = PinPad(6, "PIN")
    pad.resize(600, 700)
    pad.show()
    assert pad.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the words around it mirror
    assert pad.display.layoutDirection() == Qt.LayoutDirection.LeftToRight
    one, three = pad.buttons["1"], pad.buttons["3"]
    assert one.mapTo(pad, one.rect().topLeft()).x() < three.mapTo(pad, three.rect().topLeft()).x()  # 1 2 3, not 3 2 1
    assert pad.delete_button.x() < pad.buttons["0"].x() < pad.done_button.x()
    pad.close()
    pad.deleteLater()


def test_phone_date_and_number_fields_stay_left_to_right(arabic):
    from assistant.ui.portal.common import FlowScreen

    screen = FlowScreen(None)  # the fields need no flow
    phone = screen.line_edit("هاتف", "0234 910-0", ltr=True)
    words = screen.line_edit("وصف", "")
    assert phone.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert words.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert isinstance(phone, QLineEdit)
    screen.deleteLater()


def test_buttons_keep_numbers_in_order_and_their_names_plain(arabic):
    b = BigButton("اتصل بالرقم 116 116")
    assert LRI in b.label().text() and b.text() == "اتصل بالرقم 116 116"
    assert LRI not in b.accessibleName()
    b.deleteLater()


def test_the_bar_mirrors_and_a_line_that_starts_in_german_still_reads_right_to_left(arabic, qtbot):
    w = arabic
    qtbot.waitUntil(lambda: w.bar.back.width() > 0)
    assert w.bar.back.x() > w.bar.start.x() > w.bar.switch_language.x()  # "رجوع" first, on the right
    label = BodyLabel("Bürgerbüro (مكتب خدمة المواطنين) بوخوم")
    assert label.text().startswith("\u200f")  # a right-to-left paragraph, though it begins with a German name
    label.deleteLater()


def test_arabic_is_set_in_the_shipped_noto_sans_arabic(arabic):
    from PySide6.QtGui import QFontInfo

    label = BodyLabel("مرحبًا")
    label.ensurePolished()
    assert label.font().families()[0] == "Noto Sans Arabic" and QFontInfo(label.font()).family() == "Noto Sans Arabic"
    label.deleteLater()


def test_back_to_german_drops_the_arabic_font(make_window, qtbot):
    w = make_window(lang="ar")
    click(qtbot, w.bar.switch_language)
    click(qtbot, w.page.buttons["de"])
    label = BodyLabel("Guten Tag")
    label.ensurePolished()
    assert label.font().families() == ["DejaVu Sans"]
    label.deleteLater()


def test_a_damaged_language_list_is_said_and_german_and_english_stay(own_resources, make_window, qtbot):
    (own_resources / "translations" / "languages.json").write_text("{ not json", encoding="utf-8")
    w = make_window()
    assert any("Die Liste der Sprachen ist beschädigt (languages.json" in n for n in w.notices())
    click(qtbot, w.bar.switch_language)
    assert set(w.page.buttons) == {"de", "en"}


def test_the_answer_pages_buttons_follow_a_language_switch(make_window, qtbot):
    """The open step's "Weitere Antworten ↓" is said in the new language too (the fit matrix found it
    German on an Arabic screen)."""
    w = make_window()
    click(qtbot, tile(w, "eid-pin"))
    pager = w.page.answer_pager
    assert pager.more_button.text() == "Weitere Antworten ↓"
    w.set_language("en")
    settle()  # Qt's LanguageChange events are posted
    assert w.page.answer_pager.more_button.text() == "More answers ↓"
    assert w.page.answer_pager.more_button.accessibleName() == "Show more answers"


def test_a_line_without_arabic_letters_lines_up_on_the_right(arabic, qtbot):
    """An office's address ("Willy-Brandt-Platz 2–6, 44777 Bochum") among Arabic lines: it stays in its
    order, but lines up on the right like the lines around it (it was on the left)."""
    address = "Willy-Brandt-Platz 2–6, 44777 Bochum"
    from PySide6.QtGui import QColor, QImage

    label = BodyLabel(address)
    label.resize(900, label.heightForWidth(900))
    assert label.text() == f"\u200f{LRI}{address}{PDI}"
    image = QImage(label.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    label.render(image)
    dark = [
        x
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).value() < 100
    ]
    assert dark and min(dark) > image.width() / 2, (min(dark), image.width())  # the text sits on the right half
    arabic_line = BodyLabel("الرقم 116 116 هنا")
    assert arabic_line.text().count(LRI) == 1  # Arabic text as before: only the number is isolated
    label.deleteLater()
    arabic_line.deleteLater()
