"""Loading translations: every ``lotse_<area>_<lang>.qm`` of resources/translations plus Qt's own
``qtbase_<lang>.qm`` (standard dialogs). German is the source language of all ``tr()`` texts, so for
German only Qt's own file is loaded. Switching at runtime removes the old translators and installs the
new ones; Qt then sends ``LanguageChange`` to every widget (``changeEvent``), which re-translates.

Switching also sets the writing direction of the whole application from the language list
(``core.languages``: Arabic mirrors every layout; ``ltr_field`` keeps digits, PINs, phone numbers and
dates left to right inside it) and puts the font a language needs (Noto Sans Arabic, shipped in
resources/fonts) before the Lotse font, so its glyphs and shaping never depend on the fonts of the
computer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assistant.core import languages
from assistant.resources import resource

SOURCE_LANGUAGE = "de"


def translation_files(lang: str, folder: Path | None = None) -> list[Path]:
    folder = folder or resource("translations")
    if lang == SOURCE_LANGUAGE or not folder.is_dir():
        return []
    return sorted(folder.glob(f"lotse_*_{lang}.qm"))


class Translations:
    """Owns the installed translators of the application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []
        self.problems: list[str] = []  # .qm files that could not be loaded (file names)

    def uninstall(self) -> None:
        for t in self._installed:
            self.app.removeTranslator(t)
            t.deleteLater()  # removed is not deleted: 6 translators a switch stayed alive (soak)
        self._installed.clear()

    def switch(self, lang: str) -> None:
        if lang == self.language:
            return
        self.uninstall()
        self.problems.clear()
        self.language = lang
        QLocale.setDefault(QLocale(lang))
        apply_direction_and_font(self.app, languages.get(lang))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self.app)
        if qt.load(QLocale(lang), "qtbase", "_", qt_dir):  # de-x-ls (Leichte Sprache) → qtbase_de
            self._install(qt)
        for path in translation_files(lang):
            t = QTranslator(self.app)
            if t.load(str(path)):
                self._install(t)
            else:
                self.problems.append(path.name)

    def _install(self, t: QTranslator) -> None:
        self.app.installTranslator(t)
        self._installed.append(t)


_direction_set = False  # set explicitly once a right-to-left language was used
_loaded_fonts: dict[str, str] = {}  # font file → family, loaded once per run


def load_language_font(language: languages.Language) -> str:
    """The family of the font file the language needs ("" if none or not loadable), loaded once."""
    if not language.font:
        return ""
    if language.font not in _loaded_fonts:
        from PySide6.QtGui import QFontDatabase

        families: list[str] = []
        stem = language.font.rsplit("-", 1)[0]  # NotoSansArabic-Regular.ttf → also NotoSansArabic-Bold.ttf
        for path in sorted(resource("fonts").glob(f"{stem}-*.ttf")) or [resource("fonts", language.font)]:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _loaded_fonts[language.font] = families[0] if families else ""
    return _loaded_fonts[language.font]


def apply_direction_and_font(app: QCoreApplication, language: languages.Language) -> None:
    """Right to left for a right-to-left language, else left to right (set explicitly: Qt would
    otherwise guess it from its own catalogue); and the language's font.

    A left-to-right start leaves Qt's default alone: touching ``Qt`` costs ~25 ms before the first
    paint, and the default is left to right."""
    global _direction_set
    from PySide6.QtGui import QGuiApplication

    if not isinstance(app, QGuiApplication):
        return
    from assistant.ui import theme

    # the language's font first (DejaVu Sans has Arabic letters, but not Noto's shaping and forms),
    # the Lotse font for everything it lacks; the style sheet is set again only when this changes
    if theme.set_script_family(load_language_font(language)):
        from PySide6.QtWidgets import QApplication

        if isinstance(app, QApplication):  # fonts and direction need no widgets; the style sheet does
            theme.apply(app, theme.metrics().zoom, check_font=False)
    if not (language.rtl or _direction_set):
        return
    from PySide6.QtCore import Qt

    _direction_set = True
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.rtl else Qt.LayoutDirection.LeftToRight)
