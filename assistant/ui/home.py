"""The home screen: a greeting and at most six large tiles (guides and capability tiles).

If there are more than six topics, the first six are shown and a button "Weitere Themen" leads to a
page with the others (same tiles, same look).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from assistant.ui import theme, words
from assistant.ui.widgets import BigButton, BodyLabel, ButtonPager, Page, TitleLabel, joined_name, set_named

MAX_TILES = 6


@dataclass
class TileSpec:
    """One tile of the home screen: a guide or a capability's tile, in the language shown."""

    id: str  # guide id, or "tile:<id>" for a capability tile
    title: str
    short: str
    order: int
    open: Callable[[], None]


def tile_buttons(tiles: list[TileSpec]) -> list[BigButton]:
    buttons = []
    for tile in tiles:
        b = BigButton(tile.title, role="tile", subtitle=tile.short)
        b.setObjectName(f"tile-{tile.id}")
        b.clicked.connect(tile.open)
        buttons.append(b)
    return buttons


class TilePager(ButtonPager):
    """The tiles in pages that fit the room under the greeting: two columns up to 125 %, one above."""

    def __init__(self, tiles: list[TileSpec], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Weitere Themen ↓"), self.tr("↑ Vorige Themen"), 2 if theme.metrics().zoom < 150 else 1, parent
        )
        self.more_button.setAccessibleName(self.tr("Weitere Themen zeigen"))
        self.back_button.setAccessibleName(self.tr("Vorige Themen zeigen"))
        self.tiles = tile_buttons(tiles)
        self.set_buttons(self.tiles)

    def show_subtitles(self, shown: bool) -> None:
        for b in self.tiles:
            b.show_subtitle(shown)

    def fit(self, width: int, room: int) -> None:
        """Titles only where not even one row of tiles with their subtitles fits the room."""
        self.show_subtitles(True)
        rows = self._row_heights(width)
        nav = self.more_button.heightForWidth(width) + 14 if len(rows) > 1 else 0
        if rows and max(rows) + nav > room:
            self.show_subtitles(False)
        self._fit_key = None
        super().fit(width, room)


class HomePage(Page):
    more = Signal()

    def __init__(self, tiles: list[TileSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = tiles
        set_named(self.body, "focusPolicy", "ClickFocus")  # not Qt.FocusPolicy: see set_named
        self.title = TitleLabel(self.tr("Guten Tag! Wobei kann ich helfen?"))
        self.body.setAccessibleName(self.title.text())
        self.column.addWidget(self.title)
        self.intro = BodyLabel(self.tr("Wählen Sie ein Thema. Sie können jederzeit zurück."))
        self.column.addWidget(self.intro)
        if not tiles:
            self.column.addWidget(
                BodyLabel(
                    self.tr(
                        "Im Moment gibt es hier keine Themen. Bitte fragen Sie die Person, die das Programm eingerichtet hat."
                    )
                )
            )
        self.grid = TilePager(tiles[:MAX_TILES])
        self.footer_column.addWidget(self.grid)
        self.more_button: BigButton | None = None
        if len(tiles) > MAX_TILES:
            self.more_button = BigButton(words.more_topics())
            self.more_button.setObjectName("more")
            self.more_button.clicked.connect(self.more.emit)
            self.footer_column.addWidget(self.more_button)
        self.essentials = [self.title, self.intro]  # the line counts while shown (fit_to_view)
        self.finish()

    def _one_row(self, width: int) -> int:
        """The least the tiles need: one row (titles only), its page-turning row, "Weitere Themen"."""
        self.grid.show_subtitles(False)
        rows = self.grid._row_heights(width)
        one_row = (max(rows) if rows else 0) + (
            self.grid.more_button.heightForWidth(width) + 14 if len(rows) > 1 else 0
        )
        if self.more_button is not None:
            one_row += self.more_button.heightForWidth(width) + self.footer_column.spacing()
        return one_row

    def essential_height(self, width: int) -> int:
        """The greeting stays in view unless even one row of tiles would not fit then: the tiles win
        (the greeting can be scrolled to; the tiles are what a person presses)."""
        full = super().essential_height(width)
        return max(0, min(full, self.height() - self._one_row(width) - self.MARGINS[3]))

    def fit_to_view(self) -> None:
        """Short of room, the line under the greeting gives way first (it is still read aloud, and Help
        says the same): the whole greeting and a row of tiles, not half a greeting and "Weiter lesen ↓"."""
        if not self._fitting and self.height() > 0:
            width = self._column_width()
            text = super().essential_height(width) + self.column.spacing() + self.intro.heightForWidth(width)
            self.intro.setVisible(text + self._one_row(width) + self.MARGINS[3] <= self.height())
        super().fit_to_view()

    def fit_footer(self, width: int, room: int) -> None:
        if self.more_button is not None:
            room -= self.more_button.heightForWidth(width) + self.footer_column.spacing()
        self.grid.fit(width, room)

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
        set_named(self.body, "focusPolicy", "ClickFocus")
        self.title = TitleLabel(words.more_topics())
        self.body.setAccessibleName(self.title.text())
        self.column.addWidget(self.title)
        self.grid = TilePager(tiles)
        self.footer_column.addWidget(self.grid)
        self.essentials = [self.title]
        self.finish()

    def fit_footer(self, width: int, room: int) -> None:
        self.grid.fit(width, room)

    def read_aloud_text(self) -> str:
        return "\n".join([self.title.text(), *(joined_name(t.title, t.short) for t in self.tiles)])

    def help_text(self) -> str:
        return self.tr("Hier sind die übrigen Themen. Mit „Zurück“ kommen Sie zur Startseite.")
