"""The eID pages against the real AusweisApp2 1.26.2, started headless (tests/integration/conftest.py).

Real AusweisApp has no card here, only its built-in Simulator (a keypad reader, any PIN): the PIN
change runs end to end with it, including the 1.26.2 false success, which the page must call
"nothing changed" and then try again. Without the Simulator the page says "no reader", waits for a
card, and survives AusweisApp being killed and started again.
"""

from __future__ import annotations

import pytest

from assistant.eid.workflow import EidNotice, Ending, Entry, Screen, Strip
from tests.ui.eid.flows import click, wait_screen

pytestmark = pytest.mark.integration


@pytest.fixture
def ausweisapp(tmp_path, monkeypatch):
    from assistant.ui.eid.connection import URL_ENV
    from tests.integration.conftest import AUSWEISAPP, AusweisApp

    if not AUSWEISAPP.exists():
        pytest.skip(f"{AUSWEISAPP} is not installed (apt-get install ausweisapp2)")
    app = AusweisApp(tmp_path / "ausweisapp")
    app.start()
    app.wait_for_simulator()
    monkeypatch.setenv(URL_ENV, app.url)
    try:
        yield app
    finally:
        app.stop()


def strip_is(qtbot, page, kind, timeout=10_000):
    qtbot.waitUntil(lambda: page.strip.status is not None and page.strip.status.kind is kind, timeout=timeout)


def test_pin_change_with_ausweisapps_simulator(qtbot, make_page, ausweisapp, monkeypatch, record_property):
    from assistant.ui.eid.connection import SIMULATOR_ENV

    monkeypatch.setenv(SIMULATOR_ENV, "1")
    page = make_page(step_id="change-known")
    false_successes = 0
    for _attempt in range(8):
        wait_screen(qtbot, page, Screen.END, timeout=15_000)
        if page.wf.view.ending is Ending.CHANGED:
            break
        assert page.wf.view.ending is Ending.NOTHING_CHANGED  # the defect, caught
        assert page.title.text() == "Es wurde nichts geändert"
        false_successes += 1
        click(qtbot, page, "again")
        qtbot.waitUntil(lambda: page.wf.view.screen is not Screen.END, timeout=5000)
    else:
        pytest.fail("AusweisApp reported eight false successes in a row")
    assert (Screen.KEYPAD, Entry.PIN) in page.history and (Screen.KEYPAD, Entry.NEW_PIN) in page.history
    assert page.pad is None or not page.pad.isVisible()  # a keypad reader: no number pad, no values sent
    record_property("ausweisapp_false_successes", false_successes)
    print(f"AusweisApp false successes before the real change: {false_successes}")
    with qtbot.waitSignal(page.finished, timeout=5000) as sig:
        click(qtbot, page, "next")
    assert sig.args == ["changed"]


def test_no_reader_waits_for_a_card_and_cancels_cleanly(qtbot, make_page, ausweisapp):
    page = make_page()
    strip_is(qtbot, page, Strip.NO_READER)  # only AusweisApp's Simulator: not a reader on the desk
    assert page.strip.text.text().startswith("Kein Kartenleser gefunden")
    assert page.strip.retry_button.isVisible()  # never hidden for "no reader"
    # asked at connect: the version and the API levels (too old would be named plainly)
    qtbot.waitUntil(lambda: page.wf.watch.api_levels is not None and bool(page.wf.watch.version), timeout=5000)
    assert page.wf.watch.version.startswith("1.") and 2 in page.wf.watch.api_levels
    click(qtbot, page, "letter-own")
    wait_screen(qtbot, page, Screen.INSERT_CARD)
    click(qtbot, page, "cancel")
    with qtbot.waitSignal(page.finished, timeout=5000) as sig:
        click(qtbot, page, "next")
    assert sig.args == ["not-changed"]


def test_ausweisapp_killed_and_started_again(qtbot, make_page, ausweisapp):
    page = make_page()
    page.conn.client.reconnect_interval = 0.3
    click(qtbot, page, "letter-transport")
    wait_screen(qtbot, page, Screen.INSERT_CARD)
    port = int(ausweisapp.url.split(":")[2].split("/")[0])
    ausweisapp.kill()
    wait_screen(qtbot, page, Screen.APP_GONE)
    assert page.title.text() == "Die AusweisApp ist nicht mehr da"
    ausweisapp.start(port=port)
    wait_screen(qtbot, page, Screen.INSERT_CARD, timeout=15_000)
    assert page.wf.view.notice is EidNotice.RESTARTED
    assert page.wf.letter.value == 5  # the answer given before was kept
    click(qtbot, page, "cancel")
    wait_screen(qtbot, page, Screen.END)


def test_second_program_is_reported_busy(qtbot, make_page, ausweisapp):
    from websockets.sync.client import connect

    with connect(ausweisapp.url, user_agent_header="Another program"):
        page = make_page()
        strip_is(qtbot, page, Strip.APP_BUSY)
        assert "anderes Programm" in page.strip.text.text()
        page.conn.close()


def test_ausweisapp_lost_after_the_new_pin_on_a_keypad_reader_is_not_sure(qtbot, make_page, ausweisapp, monkeypatch):
    """Issue 11, misreport 1, with the real AusweisApp: its Simulator is a keypad reader. AusweisApp is
    killed the moment SET_NEW_PIN (without a value: typed on the reader) has gone out. The page must not
    say "nothing changed" and must not start a new change when AusweisApp is back: it is "changed" only
    if AusweisApp said so first, else "not sure"."""
    from assistant.ui.eid.connection import SIMULATOR_ENV

    monkeypatch.setenv(SIMULATOR_ENV, "1")
    page = make_page(step_id="change-known")
    page.conn.client.reconnect_interval = 0.3
    port = int(ausweisapp.url.split(":")[2].split("/")[0])
    real_send = page.conn.send
    killed = []

    def send_then_kill(commands):
        ok = real_send(commands)
        if any(c.cmd == "SET_NEW_PIN" for c in commands) and not killed:
            ausweisapp.kill()
            killed.append(True)
        return ok

    monkeypatch.setattr(page.conn, "send", send_then_kill)
    for _attempt in range(8):  # AusweisApp 1.26.2's false success (before any new PIN) comes first at times
        wait_screen(qtbot, page, Screen.END, timeout=15_000)
        if killed:
            break
        assert page.wf.view.ending is Ending.NOTHING_CHANGED
        click(qtbot, page, "again")
        qtbot.waitUntil(lambda: page.wf.view.screen is not Screen.END, timeout=5000)
    else:
        pytest.fail("the new PIN was never asked for")
    assert page.wf.outcome in ("uncertain", "changed")
    assert page.wf.view.ending is not Ending.NOTHING_CHANGED and "nichts geändert" not in page.title.text()
    outcome = page.wf.outcome
    ausweisapp.start(port=port)
    qtbot.waitUntil(lambda: page.conn.client.is_connected, timeout=15_000)
    qtbot.wait(500)  # fixed wait (the real AusweisApp): what it sends after a reconnect comes from another process
    assert page.wf.ended and page.wf.outcome == outcome  # no new change started by itself
    with qtbot.waitSignal(page.finished, timeout=5000) as sig:
        click(qtbot, page, "next")
    assert sig.args == [outcome]
    print(f"AusweisApp killed right after SET_NEW_PIN: the page said {outcome!r}")
