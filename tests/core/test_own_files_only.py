"""Never touch what is not ours (issue 17): a link is never followed when deleting, and where
``LOTSE_HOME`` points at a person's own folder with a ``tmp/`` or ``drafts/`` of their own, only the
files the program wrote are deleted. Stray temporary copies from a kill during a write are removed."""

from __future__ import annotations

import pytest

from assistant.core import paths, store
from assistant.core.memory import Memory
from assistant.core.roles import Role
from assistant.portal import drafts
from tests.core.test_memory import all_files


@pytest.fixture
def memories(memory_keyring):
    made: list[Memory] = []

    def make(role: Role) -> Memory:
        m = Memory(role)
        made.append(m)
        return m

    yield make
    for m in made:
        m.close()
    paths.set_session_folder(None)


def someone_elses(tmp_path):
    target = tmp_path / "Eigene Dateien"
    target.mkdir()
    (target / "Steuer 2025.pdf").write_bytes(b"%PDF")
    (target / "Fotos").mkdir()
    (target / "Fotos" / "Enkel.jpg").write_bytes(b"jpg")
    return target


@pytest.mark.parametrize("role", [Role.HOME, Role.LIBRARY, Role.COUNTER])
def test_a_tmp_link_is_never_followed(memories, lotse_home, tmp_path, role):
    target = someone_elses(tmp_path)
    lotse_home.mkdir()
    (lotse_home / "tmp").symlink_to(target, target_is_directory=True)
    m = memories(role)
    m.start()
    (m.temp_dir() / "merkzettel.pdf").write_bytes(b"print")
    if role is Role.HOME:
        m.forget_everything()
    else:
        m.end_session()
    m.finish()
    assert sorted(p.name for p in target.rglob("*")) == ["Enkel.jpg", "Fotos", "Steuer 2025.pdf"]


def test_a_link_inside_a_session_folder_is_removed_as_a_link(memories, lotse_home, tmp_path):
    target = someone_elses(tmp_path)
    m = memories(Role.COUNTER)
    m.start()
    (m.folder / "drafts").symlink_to(target, target_is_directory=True)
    (m.folder / "portal-appointments.json").symlink_to(target / "Steuer 2025.pdf")
    m.end_session()
    assert sorted(p.name for p in target.rglob("*")) == ["Enkel.jpg", "Fotos", "Steuer 2025.pdf"]


def test_a_persons_own_tmp_and_drafts_folders_keep_their_files(memories, tmp_path, monkeypatch):
    folder = tmp_path / "erika"
    (folder / "tmp").mkdir(parents=True)
    (folder / "tmp" / "Einkaufsliste.txt").write_text("Milch")
    (folder / "drafts").mkdir()
    (folder / "drafts" / "Brief an die Stadt.odt").write_bytes(b"odt")
    monkeypatch.setenv("LOTSE_HOME", str(folder))
    m = memories(Role.HOME)
    m.start()  # every start empties tmp/ — but only of what the program put there
    assert (folder / "tmp" / "Einkaufsliste.txt").exists()
    drafts.save_draft(drafts.ReportDraft(description="Loch vor Haus 12"))
    m.temp_file(".pdf").write_bytes(b"print")
    m.forget_everything()
    assert all_files(folder) == ["drafts/Brief an die Stadt.odt", "tmp/Einkaufsliste.txt"]
    m.finish()
    counter = memories(Role.COUNTER)
    counter.start()
    assert "drafts/Brief an die Stadt.odt" in all_files(folder) and "tmp/Einkaufsliste.txt" in all_files(folder)


def test_stray_temporary_copies_are_removed_at_the_next_start(memories, lotse_home):
    m = memories(Role.HOME)
    m.start()
    drafts.save_draft(drafts.ReportDraft(description="Loch vor Haus 12"))
    # what a kill -9 between writing and renaming leaves behind
    (lotse_home / "drafts" / ".report.json.k1ll3d99.tmp").write_text('{"description": "Loch vor')
    (lotse_home / ".settings.json.abc12345.tmp").write_text("{")
    m.close()
    again = memories(Role.HOME)
    again.start()
    assert all_files(lotse_home) == ["drafts/report.json"]
    assert drafts.load_draft(drafts.ReportDraft)[0].description == "Loch vor Haus 12"


@pytest.mark.parametrize("step", [5, None, ["real:check"], {"x": 1}, True])
def test_a_draft_whose_step_has_the_wrong_type(memories, lotse_home, step):
    m = memories(Role.HOME)
    m.start()
    store.write_json(
        paths.user_file("drafts/report.json"),
        {"step": step, "description": "Loch", "lat": "x", "answers": [], "count": 10**9},
    )
    draft, problem = drafts.load_draft(drafts.ReportDraft)
    assert problem is None and draft.step == "" and draft.description == "Loch"
    assert draft.lat is None and draft.answers == {}
    assert (draft.step or "").partition(":")[0] == ""  # what the flow's first screen does with it


def test_a_user_folder_that_is_a_link_is_still_forgotten(memories, tmp_path, monkeypatch):
    """IT may put the user folder elsewhere with a link: forgetting still works inside it."""
    real = tmp_path / "disk2" / "Lotse"
    real.mkdir(parents=True)
    link = tmp_path / "Lotse"
    link.symlink_to(real, target_is_directory=True)
    monkeypatch.setenv("LOTSE_HOME", str(link))
    m = memories(Role.HOME)
    m.start()
    drafts.save_draft(drafts.ReportDraft(description="Loch vor Haus 12"))
    m.forget_everything()
    assert all_files(real) == []


def test_only_the_programs_own_temporary_copies_are_removed(memories, tmp_path, monkeypatch):
    folder = tmp_path / "erika"
    (folder / "Projekt").mkdir(parents=True)
    (folder / ".notizen.txt.tmp").write_text("mine")
    (folder / "Projekt" / ".report.json.abcd1234.tmp").write_text("mine too: not in a folder of the program")
    (folder / ".settings.json.k1ll3d00.tmp").write_text("{")
    monkeypatch.setenv("LOTSE_HOME", str(folder))
    memories(Role.HOME).start()
    assert sorted(p.name for p in folder.rglob("*.tmp")) == [".notizen.txt.tmp", ".report.json.abcd1234.tmp"]
