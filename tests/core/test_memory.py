"""Memory rules of the three roles, proven by listing every file below the user folder and every
keyring entry (in-memory backend) before and after: a restart, a session end, "Alles vergessen"."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest

from assistant.core import paths, store
from assistant.core.memory import (
    KEYRING_PENDING,
    SESSION_MARKER,
    Memory,
    load_screen_role,
    save_screen_role,
)
from assistant.core.roles import Role
from assistant.core.settings import Settings, load_settings, save_settings
from assistant.portal import drafts, secrets
from assistant.portal.api import Appointment, AppointmentState
from tests.fake_clock import FakeClock
from tests.memory_keyring import MemoryKeyring

SECRET = "SENTINEL-AUTHKEY-93511"


@pytest.fixture
def kr(memory_keyring):
    return memory_keyring


@pytest.fixture
def memories():
    made: list[Memory] = []

    def make(role: Role, **kw) -> Memory:
        m = Memory(role, **kw)
        made.append(m)
        return m

    yield make
    for m in made:
        m.close()
    paths.set_session_folder(None)


def use_the_program(memory: Memory) -> None:
    """What a person leaves behind in a visit, written by the modules that own each thing."""
    memory.install_keyring_recorder()
    save_settings(Settings(zoom=150, language="de"))
    store.write_json(paths.user_file("resume.json"), {"guide": "eid-pin", "current": "forgot", "path": []})
    drafts.save_draft(
        drafts.ReportDraft(service_code="pothole", description="Loch vor Haus 12", email="erika@example.org")
    )
    drafts.save_draft(drafts.BookingDraft(office_name="Bürgerbüro Mitte", family_name="Mustermann"))
    secrets.remember_appointment(
        Appointment(
            process_id="4711",
            auth_key=SECRET,
            state=AppointmentState.CONFIRMED,
            start=datetime(2026, 12, 7, 9, 30, tzinfo=UTC),
            office_name="Bürgerbüro Mitte",
            service_name="Personalausweis",
        )
    )
    store.write_json(paths.user_file("portal-cache/catalogue-bochum.json"), {"answer": "cached"})
    (memory.temp_dir() / "merkzettel.pdf").write_bytes(b"%PDF-1.4 print file")
    secrets.store_api_key("bochum", "reports", "staff-key")  # staff configuration: not personal


def personal_keyring(kr: MemoryKeyring) -> list[tuple[str, str]]:
    return [e for e in kr.entries() if not e[1].startswith("api-key:")]


def all_files(base: Path) -> list[str]:
    return sorted(str(p.relative_to(base)) for p in base.rglob("*") if p.is_file() and p.name != paths.FOLDER_MARKER)


# --- home ------------------------------------------------------------------------------------------


def test_home_keeps_everything_between_starts(kr, memories, lotse_home):
    m = memories(Role.HOME)
    report = m.start()
    assert report.folder == lotse_home and not report.resumed
    use_the_program(m)
    before = m.inventory()
    assert set(before.files) >= {
        "settings.json",
        "resume.json",
        "drafts/report.json",
        "drafts/booking.json",
        "portal-appointments.json",
        "portal-cache/catalogue-bochum.json",
        "keyring-entries.json",
        "tmp/merkzettel.pdf",
    }
    assert [(e.service, e.username) for e in before.keyring] == personal_keyring(kr)
    assert len(personal_keyring(kr)) == 1
    m.close()

    again = memories(Role.HOME)
    again.start()  # "the next day"
    after = again.inventory()
    assert set(after.files) == set(before.files) - {"tmp/merkzettel.pdf"}  # print files are temporary
    assert drafts.load_draft(drafts.ReportDraft)[0].description == "Loch vor Haus 12"
    assert [a.office_name for a in secrets.saved_appointments()[0]] == ["Bürgerbüro Mitte"]
    assert secrets.booking_secret(secrets.saved_appointments()[0][0].ref) == ("4711", SECRET)
    assert load_settings()[0].zoom == 150


def test_alles_vergessen_removes_everything_personal(kr, memories, lotse_home):
    m = memories(Role.HOME)
    m.start()
    use_the_program(m)
    save_screen_role(Role.LIBRARY)
    assert len(all_files(lotse_home)) >= 8
    report = m.forget_everything()
    assert report.complete and report.keyring_removed == 1 and report.files_removed >= 6
    # only what is not personal stays: the text size / language and the role chosen on the screen
    assert all_files(lotse_home) == ["role.json", "settings.json"]
    assert personal_keyring(kr) == []
    assert kr.entries() == [("Lotse", "api-key:bochum:reports")]  # staff's key stays
    assert load_settings()[0].zoom == 150 and load_screen_role() is Role.LIBRARY
    assert drafts.load_draft(drafts.ReportDraft)[0].description == ""
    assert secrets.saved_appointments()[0] == []
    assert SECRET not in str(kr.store.values())
    # the program goes on working after forgetting
    drafts.save_draft(drafts.ReportDraft(description="neu"))
    assert drafts.load_draft(drafts.ReportDraft)[0].description == "neu"


# --- library ---------------------------------------------------------------------------------------


def test_library_session_end_leaves_nothing_personal(kr, memories, lotse_home):
    m = memories(Role.LIBRARY)
    m.start()
    first = m.folder
    assert first.parent == lotse_home and first.name.startswith("session-")
    assert paths.user_home() == first  # everything personal goes into the session folder
    use_the_program(m)
    before = all_files(lotse_home)
    prefix = first.name + "/"
    assert {f.removeprefix(prefix) for f in before} >= {
        "settings.json",
        "resume.json",
        "drafts/report.json",
        "drafts/booking.json",
        "portal-appointments.json",
        "portal-cache/catalogue-bochum.json",
        "keyring-entries.json",
        "tmp/merkzettel.pdf",
        SESSION_MARKER,
    }
    assert all(f.startswith(prefix) for f in before)  # nothing personal outside the session folder
    assert len(personal_keyring(kr)) == 1

    report = m.end_session()  # "Sitzung beenden"
    assert report.complete and report.keyring_removed == 1
    assert not first.exists() and m.folder != first
    after = all_files(lotse_home)
    assert after == [f"{m.folder.name}/{SESSION_MARKER}"]  # a fresh, empty session
    assert store.read_json(m.folder / SESSION_MARKER).keys() == {"id", "active"}
    assert personal_keyring(kr) == []
    assert kr.entries() == [("Lotse", "api-key:bochum:reports")]
    assert load_settings()[0].zoom == 100  # the next person starts with the normal size
    assert drafts.load_draft(drafts.BookingDraft)[0].family_name == ""


def test_library_session_comes_back_after_a_crash_only_for_a_while(kr, memories, lotse_home):
    clock = FakeClock(1_700_000_000.0)
    m = memories(Role.LIBRARY, clock=clock, resume_minutes=15)
    m.start()
    use_the_program(m)
    m.mark_activity()
    folder = m.folder
    m.close()  # the program dies here; nothing was ended

    clock.now += 10 * 60  # restarted 10 minutes later: the person still sits there
    again = memories(Role.LIBRARY, clock=clock, resume_minutes=15)
    report = again.start()
    assert report.resumed and again.folder == folder
    assert drafts.load_draft(drafts.ReportDraft)[0].description == "Loch vor Haus 12"
    again.close()

    clock.now += 16 * 60  # the next morning (here: 16 minutes without activity)
    later = memories(Role.LIBRARY, clock=clock, resume_minutes=15)
    report = later.start()
    assert not report.resumed and later.folder != folder and not folder.exists()
    assert report.forgotten.keyring_removed == 1
    assert all_files(lotse_home) == [f"{later.folder.name}/{SESSION_MARKER}"]
    assert personal_keyring(kr) == []


def test_library_without_resume_forgets_at_every_start(kr, memories, lotse_home):
    m = memories(Role.LIBRARY, resume_minutes=0)
    m.start()
    use_the_program(m)
    m.mark_activity()
    m.close()
    again = memories(Role.LIBRARY, resume_minutes=0)
    assert not again.start().resumed
    assert all_files(lotse_home) == [f"{again.folder.name}/{SESSION_MARKER}"]
    assert personal_keyring(kr) == []


# --- counter ---------------------------------------------------------------------------------------


def test_counter_next_person_and_restart_leave_nothing(kr, memories, lotse_home):
    m = memories(Role.COUNTER)
    m.start()
    use_the_program(m)
    m.end_session()  # "Nächste Person"
    assert all_files(lotse_home) == [f"{m.folder.name}/{SESSION_MARKER}"] and personal_keyring(kr) == []

    use_the_program(m)  # the next person
    m.mark_activity()
    m.close()  # … and the program is killed or the PC switched off
    again = memories(Role.COUNTER)
    report = again.start()
    assert not report.resumed and report.forgotten.keyring_removed == 1
    assert all_files(lotse_home) == [f"{again.folder.name}/{SESSION_MARKER}"]
    assert personal_keyring(kr) == []


def test_counter_start_removes_personal_files_from_before(kr, memories, lotse_home):
    """A PC that was used at home (or by a program version without sessions) becomes a counter."""
    home = memories(Role.HOME)
    home.start()
    use_the_program(home)
    home.close()
    counter = memories(Role.COUNTER)
    counter.start()
    assert all_files(lotse_home) == [f"{counter.folder.name}/{SESSION_MARKER}"]
    assert personal_keyring(kr) == []


def test_a_refused_keyring_deletion_is_tried_again_at_the_next_start(kr, memories, lotse_home):
    class Stubborn(MemoryKeyring):
        refuse = True

        def delete_password(self, service, username):
            if Stubborn.refuse:
                from keyring.errors import KeyringError

                raise KeyringError("locked")
            super().delete_password(service, username)

    stubborn = Stubborn()
    keyring.set_keyring(stubborn)
    m = memories(Role.COUNTER)
    m.start()
    use_the_program(m)
    report = m.end_session()
    assert not report.complete and len(report.keyring_failed) == 1
    assert all_files(lotse_home) == sorted([KEYRING_PENDING, f"{m.folder.name}/{SESSION_MARKER}"])
    pending = store.read_json(lotse_home / KEYRING_PENDING)
    assert pending[0][1].startswith("booking:") and SECRET not in str(pending)  # names only
    m.close()

    Stubborn.refuse = False
    again = memories(Role.COUNTER)
    assert again.start().forgotten.keyring_removed == 1
    assert [e for e in stubborn.entries() if not e[1].startswith("api-key:")] == []
    assert all_files(lotse_home) == [f"{again.folder.name}/{SESSION_MARKER}"]


def test_temporary_files_go_into_the_session_and_are_forgotten(kr, memories, lotse_home):
    outside = tempfile.gettempdir()
    m = memories(Role.LIBRARY)
    m.start(redirect_temp=True)
    assert Path(tempfile.gettempdir()) == m.temp_dir()
    with tempfile.NamedTemporaryFile(delete=False, suffix=".ics") as fh:
        fh.write(b"BEGIN:VCALENDAR")
    assert Path(fh.name).parent == m.folder / "tmp"
    pdf = m.temp_file(".pdf")
    assert pdf.parent == m.temp_dir()
    m.end_session()
    assert not Path(fh.name).exists() and not pdf.exists()
    assert Path(tempfile.gettempdir()) == m.temp_dir() and m.temp_dir().is_dir()
    m.close()
    assert tempfile.gettempdir() == outside


def test_the_recorder_only_records_what_it_creates(kr, memories):
    m = memories(Role.HOME)
    m.start()
    assert m.install_keyring_recorder() and m.install_keyring_recorder()  # twice is harmless
    keyring.set_password("Lotse", "booking:abc", "x")
    keyring.set_password("Lotse", "api-key:bochum:reports", "k")
    assert [(e.service, e.username) for e in m.keyring_entries()] == [("Lotse", "booking:abc")]
    keyring.delete_password("Lotse", "booking:abc")
    assert m.keyring_entries() == []
    assert keyring.get_password("Lotse", "api-key:bochum:reports") == "k"


def test_no_recorder_without_a_working_keyring(memories):
    from keyring.backends.fail import Keyring as Fail

    before = keyring.get_keyring()
    keyring.set_keyring(Fail())
    try:
        m = memories(Role.HOME)
        m.start()
        assert not m.install_keyring_recorder()
        assert isinstance(keyring.get_keyring(), Fail)
    finally:
        keyring.set_keyring(before)


def test_home_has_no_sessions(memories):
    m = memories(Role.HOME)
    m.start()
    with pytest.raises(RuntimeError):
        m.end_session()
    assert m.session_id == ""


def test_a_damaged_role_file_means_home(lotse_home):
    lotse_home.mkdir(parents=True)
    (lotse_home / "role.json").write_text("{broken", encoding="utf-8")
    assert load_screen_role() is Role.HOME


def test_a_normal_end_of_the_program_forgets_a_session_but_not_home(kr, memories, lotse_home):
    m = memories(Role.LIBRARY)
    m.start()
    use_the_program(m)
    m.mark_activity()
    assert m.finish().keyring_removed == 1
    assert all_files(lotse_home) == [] and personal_keyring(kr) == []
    assert paths.user_home() == lotse_home
    home = memories(Role.HOME)
    home.start()
    use_the_program(home)
    assert home.finish().files_removed == 0 and "drafts/report.json" in all_files(lotse_home)


def test_a_folder_that_is_not_the_programs_own_keeps_foreign_files(kr, memories, tmp_path, monkeypatch):
    """LOTSE_HOME set to a folder with other things in it: forgetting removes only what the program
    wrote there, never anything else."""
    folder = tmp_path / "erika"
    folder.mkdir()
    (folder / "Urlaub.jpg").write_bytes(b"photo")
    (folder / "Briefe").mkdir()
    (folder / "Briefe" / "an Tante.txt").write_text("Liebe Tante", encoding="utf-8")
    monkeypatch.setenv("LOTSE_HOME", str(folder))
    home = memories(Role.HOME)
    home.start()
    assert not home.owns_base()
    use_the_program(home)
    store.write_json(folder / "resume.json", {"x": 1})
    (folder / "resume.json.broken-1").write_text("{", encoding="utf-8")
    home.forget_everything()
    assert all_files(folder) == ["Briefe/an Tante.txt", "Urlaub.jpg", "settings.json"]
    home.close()
    counter = memories(Role.COUNTER)
    counter.start()
    assert all_files(folder) == ["Briefe/an Tante.txt", "Urlaub.jpg", f"{counter.folder.name}/{SESSION_MARKER}"]
    assert personal_keyring(kr) == []


def test_known_names():
    from assistant.core.memory import _known

    for name in ("resume.json", "resume.json.broken-2", ".resume.json.abc123.tmp", "drafts", "tmp"):
        assert _known(Path("/x") / name), name
    for name in ("Urlaub.jpg", "resume.jsonx", ".bashrc", "drafts.txt"):
        assert not _known(Path("/x") / name), name


def test_the_cache_in_the_user_folder_is_not_personal(kr, memories, lotse_home, monkeypatch):
    """On Windows platformdirs puts the cache into the user folder (``%LOCALAPPDATA%\\Lotse\\Cache``):
    the city's content bundles and the parsed content are nothing personal. "Alles vergessen" leaves
    them, and the inventory of what the program holds does not count them."""
    monkeypatch.setattr(paths, "cache_home", lambda: lotse_home / "Cache")
    from assistant.core.content_source import content_home

    bundle = content_home() / "bochum" / "active.json"
    bundle.parent.mkdir(parents=True)
    bundle.write_text("{}", encoding="utf-8")
    parsed = lotse_home / "Cache" / "parsed" / "0123.json"
    parsed.parent.mkdir(parents=True)
    parsed.write_text("{}", encoding="utf-8")
    m = memories(Role.HOME)
    m.start()
    use_the_program(m)
    assert not [f for f in m.inventory().files if f.startswith("Cache")]
    m.forget_everything()
    assert all_files(lotse_home) == ["Cache/content/bochum/active.json", "Cache/parsed/0123.json", "settings.json"]
