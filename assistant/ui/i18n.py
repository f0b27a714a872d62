"""Loading translations: every ``lotse_<area>_<lang>.qm`` of resources/translations plus Qt's own
``qtbase_<lang>.qm`` (standard dialogs). German is the source language of all ``tr()`` texts, so for
German only Qt's own file is loaded. Switching at runtime removes the old translators and installs the
new ones; Qt then sends ``LanguageChange`` to every widget (``changeEvent``), which re-translates.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{lang}", qt_dir):
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
