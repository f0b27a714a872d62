"""Where to save the take-home sheet as a PDF: a large-print page of our own (issue 9).

Big buttons for the places people know — Dokumente, Schreibtisch (Desktop), each USB stick that is
plugged in — instead of the system's file dialog with its small print and icons. The file gets a name
that is not taken yet ("Merkzettel.pdf", "Merkzettel (2).pdf", …), so nothing is ever overwritten.
"Anderen Ort wählen …" opens Qt's own file dialog in the program's look and text size.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QStorageInfo, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from assistant.ui.roles.dialogs import RoleDialog


@dataclass(frozen=True)
class SaveTarget:
    key: str  # documents, desktop, usb-<n>
    label: str  # what the button says
    folder: Path


def removable_folders() -> list[tuple[str, Path]]:
    """(name, folder) of writable removable media that are mounted now (USB sticks, SD cards)."""
    found: list[tuple[str, Path]] = []
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    roots = (
        [Path("/media") / user, Path("/run/media") / user, Path("/media")] if sys.platform.startswith("linux") else []
    )
    for vol in QStorageInfo.mountedVolumes():
        if not vol.isValid() or not vol.isReady() or vol.isReadOnly():
            continue
        root = Path(vol.rootPath())
        if roots:
            removable = any(root.parent == r for r in roots)
        else:
            removable = sys.platform == "win32" and root.drive not in ("", "C:")
        if removable and root.is_dir() and all(root != f for _, f in found):
            found.append((vol.displayName() or root.name, root))
    return found


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)`` … where that file exists already."""
    stem, suffix = Path(name).stem, Path(name).suffix
    target, n = folder / name, 2
    while target.exists():
        target, n = folder / f"{stem} ({n}){suffix}", n + 1
    return target


class SavePlaceDialog(RoleDialog):
    """Emits ``chosen(path)`` with a free file name in the folder the person picked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None, file_name: str) -> None:
        super().__init__(parent, "save-place")
        self.file_name = file_name
        self.set_title(self.tr("Wohin soll der Merkzettel?"))
        self.add_text(
            self.tr(
                "Wählen Sie einen Ort. Der Merkzettel wird dort als PDF-Datei gespeichert. "
                "Eine Datei, die es schon gibt, wird nicht überschrieben."
            )
        )
        self.places = self._places()
        for place in self.places:
            b = self.add_button(place.label, primary=place.key == "documents", name=f"save-{place.key}")
            b.clicked.connect(lambda _=False, p=place: self._choose(p.folder))
        self.other = self.add_button(self.tr("Anderen Ort wählen …"), name="save-other")
        self.other.clicked.connect(self._ask_other)
        self.cancel = self.add_button(self.tr("Abbrechen: nicht speichern"), name="save-cancel")
        self.cancel.clicked.connect(self.reject)
        self._file_dialog: QFileDialog | None = None
        self.finish()

    def _places(self) -> list[SaveTarget]:
        loc = QStandardPaths.StandardLocation
        places = []
        docs = QStandardPaths.writableLocation(loc.DocumentsLocation)
        if docs:
            places.append(SaveTarget("documents", self.tr("In „Dokumente“ speichern"), Path(docs)))
        desk = QStandardPaths.writableLocation(loc.DesktopLocation)
        if desk and Path(desk) != Path(docs or "/nonexistent"):
            places.append(SaveTarget("desktop", self.tr("Auf den Schreibtisch (Desktop) speichern"), Path(desk)))
        for n, (name, folder) in enumerate(removable_folders(), 1):
            places.append(SaveTarget(f"usb-{n}", self.tr("Auf den USB-Stick „{0}“ speichern").format(name), folder))
        return places

    def _choose(self, folder: Path) -> None:
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)  # a new user may have no "Dokumente" folder yet
        self.chosen.emit(str(free_name(folder, self.file_name)))
        self.accept()

    def _ask_other(self) -> None:
        """Qt's own dialog (not the system's): it follows the program's style sheet and text size."""
        start = self.places[0].folder if self.places else Path.home()
        dialog = QFileDialog(
            self, self.tr("Merkzettel speichern"), str(free_name(start, self.file_name)), self.tr("PDF-Datei (*.pdf)")
        )
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setViewMode(QFileDialog.ViewMode.List)
        dialog.resize(self.size())
        dialog.fileSelected.connect(self._file_chosen)
        self._file_dialog = dialog
        dialog.open()

    def _file_chosen(self, path: str) -> None:
        self.chosen.emit(path)
        self.accept()
