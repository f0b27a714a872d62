"""Every write is bound to the session it belongs to (issue 17): work that started in one person's
session and ends after "Sitzung beenden" / "Nächste Person" / "Alles vergessen" writes nothing — not
into the next session, and not into the ended one (no folder is re-created). The assertion is always
the list of files and keyring entries in the new session."""

from __future__ import annotations

import os
import threading
import time

import pytest

from assistant.core import paths, store
from assistant.core.memory import SESSION_MARKER, Memory
from assistant.core.roles import Role
from assistant.portal import drafts, secrets
from tests.core.test_memory import all_files, personal_keyring


def _started(role: Role):
    m = Memory(role)
    m.start()
    m.install_keyring_recorder()
    yield m
    m.close()
    paths.set_session_folder(None)


@pytest.fixture
def library(memory_keyring, lotse_home):
    yield from _started(Role.LIBRARY)


@pytest.fixture
def home(memory_keyring, lotse_home):
    yield from _started(Role.HOME)


def in_a_job(binding: paths.Binding, work) -> tuple[threading.Thread, list[BaseException]]:
    """``work()`` in a thread bound to ``binding``, as the worker runs a job; errors are collected."""
    errors: list[BaseException] = []

    def job():
        with paths.bound(binding):
            try:
                work()
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

    t = threading.Thread(target=job)
    t.start()
    return t, errors


def fresh_session_only(m: Memory, base) -> bool:
    return all_files(base) == [f"{m.folder.name}/{SESSION_MARKER}"]


def test_work_of_an_ended_session_writes_nowhere(library, memory_keyring, lotse_home):
    old = paths.current()
    old_folder = library.folder
    library.end_session()
    with paths.bound(old):
        assert paths.user_home() == old_folder  # the job's own session, never a path looked up later
        with pytest.raises(paths.SessionEnded):
            drafts.save_draft(drafts.ReportDraft(description="Loch vor Haus 12"))
        with pytest.raises(paths.SessionEnded):
            secrets.store_booking_secret("00000000000000aa", "4711", "SENTINEL-AUTHKEY")
    assert not old_folder.exists()  # not re-created by the late write
    assert fresh_session_only(library, lotse_home)
    assert personal_keyring(memory_keyring) == []
    assert library.inventory().keyring == ()


def test_a_path_looked_up_before_the_end_is_refused(library, lotse_home):
    stale = paths.user_file("drafts/report.json")
    library.end_session()
    with pytest.raises(paths.SessionEnded):
        store.write_json(stale, {"description": "Loch vor Haus 12"})
    assert fresh_session_only(library, lotse_home)


def test_slow_fsync_during_the_session_end(library, memory_keyring, lotse_home, monkeypatch):
    """A save already past its check, waiting 0.3 s on the disk while the session ends."""
    real_fsync = os.fsync
    in_fsync = threading.Event()

    def slow_fsync(fd):
        in_fsync.set()
        time.sleep(0.3)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", slow_fsync)
    t, errors = in_a_job(
        paths.current(),
        lambda: drafts.save_draft(drafts.BookingDraft(family_name="Mustermann", email="erika@example.org")),
    )
    assert in_fsync.wait(5)
    library.end_session()
    t.join(5)
    assert errors and isinstance(errors[0], (paths.SessionEnded, FileNotFoundError))
    assert fresh_session_only(library, lotse_home)
    assert personal_keyring(memory_keyring) == []


def test_keyring_entry_made_while_the_session_ends_is_deleted(library, memory_keyring, lotse_home, monkeypatch):
    """The backend is slow: the entry is recorded, the session ends, then the backend creates it."""
    import keyring

    binding = paths.current()
    inner = keyring.get_keyring().inner
    real_set = inner.set_password
    started = threading.Event()

    def slow_set(service, username, password):
        started.set()
        time.sleep(0.3)
        real_set(service, username, password)

    monkeypatch.setattr(inner, "set_password", slow_set)
    t, errors = in_a_job(binding, lambda: secrets.store_booking_secret("00000000000000bb", "4712", "SENTINEL-AUTHKEY"))
    assert started.wait(5)
    library.end_session()
    t.join(5)
    assert errors and isinstance(errors[0], paths.SessionEnded)
    assert personal_keyring(memory_keyring) == []
    assert fresh_session_only(library, lotse_home)


def test_alles_vergessen_ends_the_work_begun_before(home, memory_keyring, lotse_home):
    before = paths.current()
    home.forget_everything()
    with paths.bound(before), pytest.raises(paths.SessionEnded):
        drafts.save_draft(drafts.ReportDraft(description="Loch vor Haus 12"))
    assert drafts.load_draft(drafts.ReportDraft)[0].description == ""
    drafts.save_draft(drafts.ReportDraft(description="neu"))  # the program goes on working
    assert drafts.load_draft(drafts.ReportDraft)[0].description == "neu"
