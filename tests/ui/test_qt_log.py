"""Qt's debug category ``qt.text.font.cmap`` prints the characters it shapes (a PIN's digits with
"Ziffern zeigen" on): the program's message handler drops it even when Qt's debug logging is on."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.shared_data import REPO

PROBE = """
import sys
if sys.argv[1] == "filtered":
    from assistant.ui import qt_log
    qt_log.install()
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Ihre neue PIN: 918273")
label.show()
label.grab()
from PySide6.QtCore import qWarning
qWarning("still reported")
"""


def run(mode: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "*.debug=true"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    return done.stderr


def test_the_cmap_category_is_dropped_and_the_rest_still_reported():
    assert "qt.text.font.cmap" in run("plain")  # the reproduction: Qt prints it without the filter
    filtered = run("filtered")
    assert "qt.text.font.cmap" not in filtered
    assert "still reported" in filtered


def test_a_request_number_is_plain_text(qtbot):
    from types import SimpleNamespace

    from PySide6.QtCore import Qt

    from assistant.ui.portal.common import FlowScreen

    screen = FlowScreen(SimpleNamespace())
    qtbot.addWidget(screen)
    label = screen.big_number("<b>4711</b><img src='x'>", "Ihre Nummer")
    assert label.textFormat() == Qt.TextFormat.PlainText
