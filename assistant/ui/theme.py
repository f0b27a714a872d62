"""The one look of Lotse: calm colours with high contrast, large fonts scaled by the text size.

Everything visual comes from here and ``resources/style/lotse.qss``: colours (``COLORS``), point sizes
at 100 % (``SIZES``), and ``apply(app, zoom)`` which sets the application font and style sheet, so a
change of the text size reaches every widget at once (also pages of other packages). Widgets pick their
look with the dynamic property ``role`` (see docs/ui.md); they never set fonts or colours themselves.

Contrast (checked by tests/a11y): body text ≥ 7:1 against its background, borders and the focus ring
≥ 3:1. Focus: the focused control turns yellow with a 4 px dark ring — visible on every background.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from string import Template

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from assistant.resources import resource

FAMILY = "DejaVu Sans"  # wide, open letters and clear umlauts; bundled in resources/fonts/

COLORS = {
    "bg": "#fdfcf8",  # warm white page
    "text": "#1a1a1a",
    "muted": "#3d3d3d",  # progress line; 11:1 on bg
    "border": "#4a4a4a",  # 8.6:1 on bg
    "rule": "#6b6b6b",  # thin separators between end-screen sections (5.2:1)
    "button": "#ffffff",
    "hover": "#eef3fb",
    "pressed": "#dbe6f7",
    "primary": "#0b3d91",  # 'Weiter' and other main actions; white text on it 10:1
    "primary_hover": "#082e6e",
    "on_primary": "#ffffff",
    "chosen": "#e3ecfa",  # the answer chosen last time
    "focus": "#ffd84d",  # focused control background
    "focus_ring": "#1a1a1a",
    "notice": "#fff4d6",
    "notice_border": "#8a5a00",
    "bar_bg": "#eceff3",
    "scroll_handle": "#5a5a5a",
}

# point sizes at 100 %; every one of them is multiplied by zoom / 100
SIZES = {"title": 26, "heading": 21, "tile": 22, "body": 18, "small": 16, "bar": 16}
MIN_TARGET_PX = 56  # main actions (ours); every target is at least 44 px (WCAG 2.5.5)
CHECK_PX = 40
# inner padding of buttons at 100 % (vertical, horizontal), grows with the text size
PADDING = {"": (10, 18), "bar": (6, 14), "tile": (16, 20), "key": (2, 8)}
FOCUS_BORDER_PX = 4  # the thickest border a button gets (focus, chosen answer)


def whole_px_pt(pt: float) -> float:
    """``pt`` rounded up to the next whole pixel at 96 dpi (the size fonts are really drawn at)."""
    return round(math.ceil(pt * 96 / 72 - 1e-9) * 72 / 96, 2)


@dataclass(frozen=True)
class Metrics:
    """The sizes of one text size (``zoom`` percent): fonts, paddings, touch targets."""

    zoom: int

    @property
    def factor(self) -> float:
        return self.zoom / 100

    def pt(self, role: str) -> float:
        """The point size of ``role``, rounded up to whole pixels at 96 dpi: fonts are drawn at whole
        pixel sizes, so 16 pt (21.3 px) would be drawn at 21 px = 15.75 pt, below the rule."""
        return whole_px_pt(SIZES[role] * self.factor)

    def padding(self, role: str = "") -> tuple[int, int]:
        """(vertical, horizontal) inner padding of a button of this role, in px."""
        v, h = PADDING.get(role, PADDING[""])
        scale = 1 + (self.factor - 1) * 0.6  # grows more slowly than the text
        return round(v * scale), round(h * scale)


_current = Metrics(100)
_script_family = ""  # a language's own font (Noto Sans Arabic), tried before the Lotse font; see i18n


def set_script_family(family: str) -> bool:
    """The font the language in use needs first ("" = none); True if it changed (apply again)."""
    global _script_family
    changed = family != _script_family
    _script_family = family
    return changed


def families() -> list[str]:
    return [_script_family, FAMILY] if _script_family else [FAMILY]


_fonts_loaded = False


def metrics() -> Metrics:
    """The sizes in force now (follows ``apply``)."""
    return _current


def ensure_font() -> bool:
    """Make sure the Lotse font exists: the installed one, else the bundled copy (True if loaded now).

    Asking the font database enumerates every font of the system (~10 ms), so the window does it
    after its first paint and applies the theme again if the bundled copy had to be loaded.
    """
    global _fonts_loaded
    if _fonts_loaded:
        return False
    _fonts_loaded = True
    if QFontDatabase.hasFamily(FAMILY):
        return False
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    return True


def bar_button_style(size: str) -> str:
    """The style sheet of a bar button of the smaller ``size`` ("m", "s"; "" is the bar's own size
    from lotse.qss) when one row would not fit otherwise (assistant/ui/bar.py); never below 16 pt.

    It is the button's own style sheet, so Qt polishes the button again by itself: the bar never
    needs QWidget.style(), whose Python type (QStyle and its enums) costs ≈ 4 ms before the home
    screen can be pressed (tests/ui/test_start_cost.py)."""
    m = _current
    if size == "m":
        return f"font-size: {max(whole_px_pt(m.pt('bar') * 0.8), Metrics(100).pt('bar'))}pt;"
    if size == "s":
        pad_v = m.padding("bar")[0]
        return f"font-size: {max(whole_px_pt(m.pt('bar') * 0.62), Metrics(100).pt('bar'))}pt; padding: {pad_v}px 8px;"
    return ""


def style_sheet(zoom: int) -> str:
    m = Metrics(zoom)
    values = dict(COLORS)
    values.update({k: m.pt(k) for k in SIZES})
    for role, prefix in (("", ""), ("bar", "bar_"), ("tile", "tile_"), ("key", "key_")):
        v, h = m.padding(role)
        values[f"{prefix}pad_v"], values[f"{prefix}pad_h"] = v, h
    values.update(
        family='", "'.join(families()),  # the style sheet quotes it: "Noto Sans Arabic", "DejaVu Sans"
        min_target=MIN_TARGET_PX,
        check=round(CHECK_PX * m.factor),
        scrollbar=round(22 * m.factor),
        check_icon=resource("icons", "check.svg").as_posix(),
    )
    global style_problem
    from assistant.core.store import read_text

    try:
        return Template(read_text(resource("style", "lotse.qss"), 1_000_000)).substitute(values)
    except (OSError, ValueError, KeyError) as exc:  # missing or damaged: the palette and font still apply
        style_problem = f"lotse.qss: {exc.__class__.__name__}"
        return ""


style_problem = ""  # set when the style sheet could not be used (app.build_context shows a notice)


def palette() -> QPalette:
    pal = QPalette()
    c = {k: QColor(v) for k, v in COLORS.items()}
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        pal.setColor(group, QPalette.ColorRole.Window, c["bg"])
        pal.setColor(group, QPalette.ColorRole.Base, c["button"])
        pal.setColor(group, QPalette.ColorRole.Button, c["button"])
        # disabled text stays readable: we explain instead of greying out
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            pal.setColor(group, role, c["text"])
        pal.setColor(group, QPalette.ColorRole.Highlight, c["primary"])
        pal.setColor(group, QPalette.ColorRole.HighlightedText, c["on_primary"])
        pal.setColor(group, QPalette.ColorRole.ToolTipBase, c["bg"])
        pal.setColor(group, QPalette.ColorRole.ToolTipText, c["text"])
        pal.setColor(group, QPalette.ColorRole.PlaceholderText, c["muted"])
    return pal


def apply(app: QApplication, zoom: int, *, check_font: bool = True) -> None:
    """Set font, palette and style sheet for ``zoom`` percent; every widget follows immediately."""
    global _current
    _current = Metrics(zoom)
    if check_font:
        ensure_font()
    font = QFont()
    font.setFamilies(families())
    font.setPointSizeF(_current.pt("body"))
    app.setFont(font)
    app.setPalette(palette())
    app.setStyleSheet(style_sheet(zoom))


# --- contrast (WCAG 2.x relative luminance), used by the accessibility tests ------------------------
def luminance(color: QColor | str) -> float:
    c = QColor(color)

    def chan(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * chan(c.redF()) + 0.7152 * chan(c.greenF()) + 0.0722 * chan(c.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
