"""The role's strip above the pages: its note and buttons in one row where they fit, the note above the
buttons where they do not — decided again when the language or the text size changes, not only when
the window is resized (issue 9: after a switch to Arabic at 200 % on 1280 × 720 a stale two-row strip
left the home screen's "Weitere Themen" cut off)."""

from __future__ import annotations

from assistant.ui import theme
from tests.ui.support import settle


def test_the_strip_decides_again_when_the_text_size_changes(make_window, qapp):
    window = make_window(conf="")  # the home role: "Alles vergessen" in the strip
    try:
        window.resize(1100, 700)
        window.show()
        settle()
        from assistant.ui.roles.controller import RoleStrip

        strip = window.findChild(RoleStrip)
        assert strip is not None and strip.isVisible() and strip.stacked is False
        window.change_zoom(+100)  # 100 % → 200 %: the note and the button no longer fit one row
        settle()
        assert strip.stacked is True
        window.change_zoom(-100)  # and back: one row again, without a resize
        settle()
        assert strip.stacked is False
        window.change_zoom(+100)
        window.resize(1270, 700)  # German's note and button need two rows here at 200 %, Arabic's one
        settle()
        assert strip.stacked is True
        window.set_language("ar")  # shorter words, same size: one row
        settle()
        assert strip.stacked is False, (strip.width(), strip.label.text())
    finally:
        window.set_language("de")
        theme.apply(qapp, 100)
