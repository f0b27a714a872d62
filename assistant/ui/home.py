"""The home screen: a greeting and at most six large tiles (guides and capability tiles).

If there are more than six topics, the first six are shown and a button "Weitere Themen" leads to a
page with the others (same tiles, same look).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from assistant.ui import theme
from assistant.ui.widgets import BigButton, BodyLabel, Page, TitleLabel, joined_name

MAX_TILES = 6


@dataclass
class TileSpec:
    id: str  # guide id, or "tile:<id>" for a capability tile
    title: str
    short: str
    order: int
    open: Callable[[], None]


class TileGrid(QWidget):
    def __init__(self, tiles: list[TileSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(18)
        columns = 2 if theme.metrics().zoom < 150 else 1
        self.buttons: list[BigButton] = []
        for n, tile in enumerate(tiles):
            b = BigButton(tile.title, role="tile", subtitle=tile.short)
            b.setObjectName(f"tile-{tile.id}")
            b.clicked.connect(tile.open)
            self.buttons.append(b)
            grid.addWidget(b, n // columns, n % columns)
        for c in range(columns):
            grid.setColumnStretch(c, 1)


class HomePage(Page):
    more = Signal()

    def __init__(self, tiles: list[TileSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = tiles
        self.body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.title = TitleLabel(self.tr("Guten Tag! Wobei kann ich helfen?"))
        self.body.setAccessibleName(self.title.text())
        self.column.addWidget(self.title)
        self.intro = BodyLabel(self.tr("Wählen Sie ein Thema. Sie können jederzeit zurück."))
        self.column.addWidget(self.intro)
        if not tiles:
            self.column.addWidget(BodyLabel(self.tr("Im Moment gibt es hier keine Themen. Bitte fragen Sie die Person, die das Programm eingerichtet hat.")))
        self.grid = TileGrid(tiles[:MAX_TILES])
        self.column.addWidget(self.grid)
        self.more_button: BigButton | None = None
        if len(tiles) > MAX_TILES:
            self.more_button = BigButton(self.tr("Weitere Themen"))
            self.more_button.setObjectName("more")
            self.more_button.clicked.connect(self.more.emit)
            self.column.addWidget(self.more_button)
        self.finish()

    def read_aloud_text(self) -> str:
        names = [joined_name(t.title, t.short) for t in self.tiles[:MAX_TILES]]
        return "\n".join([self.title.text(), self.intro.text(), *names])

    def help_text(self) -> str:
        return self.tr(
            "Hier wählen Sie ein Thema. Klicken Sie auf eine große Fläche. "
            "Oder drücken Sie die Tabulator-Taste, bis die Fläche gelb ist. Dann drücken Sie die Leertaste."
        )


class MorePage(Page):
    """The topics beyond the first six."""

    def __init__(self, tiles: list[TileSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = tiles
        self.body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.title = TitleLabel(self.tr("Weitere Themen"))
        self.body.setAccessibleName(self.title.text())
        self.column.addWidget(self.title)
        self.grid = TileGrid(tiles)
        self.column.addWidget(self.grid)
        self.finish()

    def read_aloud_text(self) -> str:
        return "\n".join([self.title.text(), *(joined_name(t.title, t.short) for t in self.tiles)])

    def help_text(self) -> str:
        return self.tr("Hier sind die übrigen Themen. Mit „Zurück“ kommen Sie zur Startseite.")
