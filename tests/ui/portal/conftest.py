"""Fixtures for the portal screens: the real practice portal on loopback, an in-memory keyring, the
Bochum city profile, and a small driver that clicks and types like a person (no mocks of our code)."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from assistant.core.city import load_city
from assistant.ui import theme, worker
from assistant.ui.portal import servers as portal_session
from assistant.ui.portal import texts
from assistant.ui.widgets import BigButton


@pytest.fixture(autouse=True)
def memory_keyring(memory_keyring):
    """Every test here gets the in-memory keyring of tests/conftest.py."""
    return memory_keyring


@pytest.fixture(autouse=True)
def clean_sessions(qapp, lotse_home):
    from assistant.ui.portal.common import draft_writer

    theme.apply(qapp, 100)
    texts.register()
    yield
    worker.shutdown()
    draft_writer.flush()  # before the test's user folder goes away
    portal_session.forget_sessions()
    theme.apply(qapp, 100)


@pytest.fixture
def context():
    """A page on its own, without the window and its roles layer (tests/ui/roles has those)."""
    return SimpleNamespace(language="de", city=load_city("bochum"), facts={})


class Driver:
    """Drives a FlowPage the way a person does: reads the title, clicks large buttons, types."""

    def __init__(self, qtbot, page) -> None:
        self.qtbot = qtbot
        self.page = page

    def title(self) -> str:
        return self.page.screen.spoken[0] if self.page.screen and self.page.screen.spoken else ""

    def texts(self) -> str:
        return " ".join(self.page.screen.spoken)

    def buttons(self) -> list[BigButton]:
        """The buttons in view; "Weiter lesen" and the footer list's page-turning buttons last."""
        shown = [b for b in self.page.screen.findChildren(BigButton) if b.isVisibleTo(self.page)]
        return sorted(shown, key=lambda b: b.objectName() in ("pager-more", "pager-back", "read-on"))

    def button(self, text: str) -> BigButton:
        """The button whose text starts with ``text``; like a person, turns the footer list's pages to find it."""
        found: list[BigButton] = []

        def look() -> bool:
            found[:] = [b for b in self.buttons() if b.text().startswith(text)]
            if not found:
                pager = self.page.screen.pager
                if pager.can_go_on():
                    pager.more_button.click()
                elif pager.index > 0 and all(not b.text().startswith(text) for b in pager.buttons):
                    return False
                elif pager.index > 0:
                    while pager.index > 0:
                        pager.back_button.click()
            return bool(found)

        if look() or wait_for(look, 2.0):
            return found[0]
        raise AssertionError(f"no button {text!r} on {self.title()!r}: {[b.text() for b in self.buttons()]}")

    def click(self, text: str) -> None:
        """Click the button whose words start with ``text``: for what the portal sends (an office, a
        category) and for tests that read our words on purpose. Our own buttons: ``press(key)``."""
        b = self.button(text)
        self.qtbot.mouseClick(b, Qt.MouseButton.LeftButton)

    def keyed(self, key: str) -> BigButton:
        """Our own button by its object name (``FlowScreen.choice(..., key=…)``), whatever its words."""
        found: list[BigButton] = []

        def look() -> bool:
            found[:] = [b for b in self.buttons() if b.objectName() == key]
            return bool(found)

        if look() or wait_for(look, 2.0):
            return found[0]
        raise AssertionError(f"no button {key!r} on {self.title()!r}: {[b.objectName() for b in self.buttons()]}")

    def press(self, key: str) -> None:
        self.qtbot.mouseClick(self.keyed(key), Qt.MouseButton.LeftButton)

    def wait_title(self, part: str, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(lambda: part in self.title() and not self.busy(), timeout=timeout)

    def wait_text(self, part: str, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(lambda: part in self.texts() and not self.busy(), timeout=timeout)

    def busy(self) -> bool:
        return self.page.job is not None and not self.page.job.done and not self.page.job.token.is_set()

    def field(self, label: str):
        for w in self.page.screen.findChildren(QLineEdit) + self.page.screen.findChildren(QPlainTextEdit):
            if w.accessibleName().startswith(label):
                return w
        raise AssertionError(f"no field {label!r}")

    def type(self, label: str, text: str) -> None:
        w = self.field(label)
        if isinstance(w, QLineEdit):
            w.clear()
        else:
            w.setPlainText("")
        w.setFocus()
        for ch in text:  # like a keyboard, umlauts included (keyClicks aborts on non-ASCII)
            QTest.sendKeyEvent(QTest.KeyAction.Click, w, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)

    def error_of(self, label: str) -> str:
        lab = self.field(label).property("errorLabel")
        return lab.text() if lab.isVisibleTo(self.page) else ""

    def problem(self) -> str:
        box = self.page.screen.problem_box
        if box is None:
            return ""
        from PySide6.QtWidgets import QLabel

        return " ".join(lb.text() for lb in box.findChildren(QLabel) if lb.text())

    def retry_button(self) -> BigButton:
        return self.page.screen.problem_box.property("retryButton")


@pytest.fixture
def drive(qtbot):
    made = []

    def factory(page, width: int = 1000, height: int = 800) -> Driver:
        page.resize(width, height)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        made.append(page)
        return Driver(qtbot, page)

    yield factory
    for p in made:
        p.close()
    QApplication.processEvents()


@pytest.fixture
def practice(context, portal):
    """The portal session of the context, talking to the test's practice portal."""
    s = portal_session.session_for(context)
    s.attach_practice(portal)
    return s


def wait_for(pred, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if pred():
            return True
        time.sleep(0.01)
    return False
