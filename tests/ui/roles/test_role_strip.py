"""The role's strip above the pages: its note and buttons in one row where they fit; the note wrapped
beside the buttons while it keeps a third of the strip; the note above the buttons where it would be
squeezed narrower — decided again when the language or the text size changes, not only when the window
is resized (issue 9: after a switch to Arabic at 200 % on 1280 × 720 a stale two-row strip left the
home screen's "Weitere Themen" cut off)."""

from __future__ import annotations

from assistant.ui import theme
from tests.ui.support import settle


def strip_of(window):
    from assistant.ui.roles.controller import RoleStrip

    strip = window.findChild(RoleStrip)
    assert strip is not None and strip.isVisible()
    return strip


def lines(label) -> int:
    """The lines the note takes at its width (the label itself may be as tall as its row)."""
    return round(label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing())


def test_the_strip_decides_again_when_the_text_size_changes(make_window, qapp):
    window = make_window(conf="[lotse]\nrole = library\n")  # two buttons: "Helfer-Ansicht", "Sitzung beenden"
    try:
        window.resize(1100, 700)
        window.show()
        settle()
        strip = strip_of(window)
        assert strip.stacked is False
        window.change_zoom(+100)  # 100 % → 200 %: beside two wide buttons the note would be squeezed
        settle()
        assert strip.stacked is True
        window.change_zoom(-100)  # and back: one row again, without a resize
        settle()
        assert strip.stacked is False
    finally:
        theme.apply(qapp, 100)


def test_at_home_the_note_wraps_beside_its_button_before_it_goes_above_it(make_window, qapp):
    window = make_window(conf="")  # the home role: "Alles vergessen" in the strip
    try:
        window.resize(1100, 700)
        window.show()
        settle()
        strip = strip_of(window)
        assert strip.stacked is False and lines(strip.label) == 1
        window.change_zoom(+100)  # 200 %: the note takes two or three lines beside the button
        settle()
        button = strip.buttons["forget"]
        assert strip.stacked is False and lines(strip.label) >= 2
        # lower than the note above the button would be
        assert strip.height() < strip.label.heightForWidth(strip.width()) + button.heightForWidth(button.width())
        window.set_language("ar")  # decided again for the other words
        settle()
        assert strip.stacked is False, (strip.width(), strip.label.text())
    finally:
        window.set_language("de")
        theme.apply(qapp, 100)
