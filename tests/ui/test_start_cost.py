"""What the start does not spend before the home screen can be pressed (issue 9: start → usable home
≤ 1.5 × a bare window, measured by bench/startup.py). Each test keeps one of the savings from coming
back unnoticed; the figures themselves are the benchmark's."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QWidget

import assistant.core.paths  # noqa: F401 - a module without Qt, for the check below
from assistant.ui import pyside_imports, single_instance
from assistant.ui.widgets import VScrollArea
from tests.shared_data import REPO


def run_python(code: str, tmp_path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOTSE_HOME": str(tmp_path / "home")}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_quick_pyside_check_answers_as_pyside_does():
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        pytest.skip("this PySide6 has no __feature__ import check")
    try:
        installed = pyside_imports.install()
        quick = feature._mod_uses_pyside  # type: ignore[union-attr]
        assert installed and quick is not original
        assert not pyside_imports.install()  # once
        modules = [m for m in list(sys.modules.values()) if m is not None]
        assert len(modules) > 300
        differ = [m.__name__ for m in modules if bool(quick(m)) != bool(original(m))]
        assert differ == []
        assert quick(sys.modules["assistant.ui.widgets"]) and not quick(sys.modules["assistant.core.paths"])
    finally:
        if original is not None and feature is not None:
            feature._mod_uses_pyside = original  # type: ignore[attr-defined]


def test_claiming_the_program_does_not_load_qt_network(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from assistant.ui import single_instance\n"
        "first = single_instance.claim()\n"
        "print(first is not None, 'PySide6.QtNetwork' in sys.modules)\n"
        "first.listen()\n"
        "print('PySide6.QtNetwork' in sys.modules)\n"
        "first.close()\n"
    )
    assert run_python(code, tmp_path).split() == ["True", "False", "True"]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stacking
def test_a_second_start_is_answered_once_the_first_listens(qtbot, tmp_path):
    name = str(tmp_path / "lotse-test")
    first = single_instance.claim(name)
    assert first is not None
    window = QWidget()
    qtbot.addWidget(window)
    first.window = window
    try:
        early = QLocalSocket()
        early.connectToServer(name)
        qtbot.waitUntil(lambda: early.state() == QLocalSocket.LocalSocketState.UnconnectedState)
        assert early.error() == QLocalSocket.LocalSocketError.ServerNotFoundError  # not listening yet
        first.listen()
        first.listen()  # once
        second = QLocalSocket()
        second.connectToServer(name)
        qtbot.waitUntil(lambda: second.state() == QLocalSocket.LocalSocketState.ConnectedState)
        second.write(b"show\n")
        qtbot.waitUntil(lambda: first.shown_by_second == 1)
        assert window.isVisible()
        second.disconnectFromServer()
    finally:
        first.close()


def test_a_page_scroll_area_keeps_pyside_from_looking_through_every_widget_class(tmp_path):
    """Qt's own viewport, asked for the first time, made PySide6 build every widget class it knows
    (≈ 80 enum types, ≈ 8 ms); the page's scroll area brings its own."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "from assistant.ui.widgets import VScrollArea\n"
        "made = []\n"
        "def spy(frame, event, arg):\n"
        "    if event == 'call' and frame.f_code.co_name == '_create_':\n"
        "        made.append(frame.f_locals.get('class_name'))\n"
        "sys.setprofile(spy)\n"
        "area = VScrollArea(QWidget())\n"
        "area.viewport(); area.verticalScrollBar()\n"
        "sys.setprofile(None)\n"
        "print(sorted({'WizardButton', 'TabPosition', 'FileMode', 'LineWrapMode'} & set(made)))\n"
    )
    assert run_python(code, tmp_path) == "[]"  # enums of classes a page never uses


def test_the_page_viewport_paints_the_window_colour(qtbot):
    content = QWidget()
    area = VScrollArea(content)
    qtbot.addWidget(area)
    viewport = area.viewport()
    assert viewport.autoFillBackground()
    assert viewport.backgroundRole() == viewport.palette().ColorRole.Window
    assert area.widget() is content


def test_the_home_screen_is_up_before_pyside_builds_the_qt_namespace(tmp_path):
    """PySide6 builds the Python types of the whole ``Qt`` namespace (≈ 90 enum types, ≈ 10 ms) and
    of QStyle (≈ 4 ms) the first time one of their names is used. The start reaches a usable home
    screen without them — at 200 %, where the tiles are paged and "Weiter lesen ↓" shows
    (``widgets.set_named``); the hand cursor and the labels' mouse transparency follow once it is up.
    Nor does it import hashlib (OpenSSL, ≈ 2.7 ms) or getpass (``assistant.core.digest``); the
    window's keys (QKeySequence's types) come with the hand cursor."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_text('{"zoom": 200, "language": "de"}', encoding="utf-8")
    code = (
        "import argparse\n"
        "import PySide6.QtCore as core, PySide6.QtWidgets as widgets_module\n"
        "from assistant.app import start\n"
        "app, window, roles = start(argparse.Namespace(lang=None, city=None, smoke_test=True))\n"
        "while window.screen_id in ('', 'loading'):\n"
        "    app.processEvents()\n"
        "window.grab()\n"
        "page = window.page\n"
        "print(window.screen_id, len(page.grid.pages) > 1, not page.read_on.isHidden())\n"
        "print('Qt' in vars(core), 'QStyle' in vars(widgets_module))\n"
        "import sys\n"
        "print('hashlib' in sys.modules, 'getpass' in sys.modules)\n"
        "from PySide6.QtGui import QShortcut\n"
        "keys_before = len(window.findChildren(QShortcut))\n"
        "from assistant.ui import widgets\n"
        "widgets.started()\n"
        "print(keys_before, len(window.findChildren(QShortcut)))\n"
        "tile = page.grid.visible_buttons()[0]\n"
        "Qt = core.Qt\n"
        "print(tile.cursor().shape() == Qt.CursorShape.PointingHandCursor,\n"
        "      tile.label().testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents))\n"
        "roles.close()\n"
    )
    shown = run_python(code, tmp_path).split()
    assert shown == ["home", "True", "True", "False", "False", "False", "False", "0", "6", "True", "True"]
