"""The content cache (assistant.core.content_cache): a city profile or guide read once is read from
JSON at the next start — never stale, never personal, and a damaged cache is no cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from assistant.core import content_cache
from assistant.core.city import load_city
from assistant.core.errors import ContentError
from assistant.core.guide import load_guide_file
from assistant.resources import resource
from tests.shared_data import REPO


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("LOTSE_CACHE", str(folder))
    content_cache._pending.clear()
    yield folder
    content_cache._pending.clear()


@pytest.fixture
def city_folder(tmp_path):
    folder = tmp_path / "cities"
    folder.mkdir()
    shutil.copy(resource("cities", "bochum.yaml"), folder / "bochum.yaml")
    return folder


def entries(folder):
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_a_profile_read_once_comes_from_the_cache_next_time(cache, city_folder):
    first = load_city("bochum", city_folder)
    assert content_cache.save() == 1
    (entry,) = entries(cache)
    assert json.loads(entry.read_text(encoding="utf-8"))["name"] == first.name
    # what the cache holds is what the next start gets: mark it, read again
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["name"] = "Bochum (aus dem Zwischenspeicher)"
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert load_city("bochum", city_folder).name == "Bochum (aus dem Zwischenspeicher)"
    assert content_cache.save() == 0  # nothing new was parsed


def test_a_changed_file_is_parsed_anew(cache, city_folder):
    load_city("bochum", city_folder)
    content_cache.save()
    path = city_folder / "bochum.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Bochum", "name: Bochum-Mitte", 1), "utf-8")
    assert load_city("bochum", city_folder).name == "Bochum-Mitte"  # another text, another entry
    assert content_cache.save() == 1
    assert len(entries(cache)) == 2


@pytest.mark.parametrize("damage", [b"{not json", b"", b"\xff\xfe", b"[1, 2"])
def test_a_damaged_entry_is_no_entry(cache, city_folder, damage):
    good = load_city("bochum", city_folder)
    content_cache.save()
    (entry,) = entries(cache)
    entry.write_bytes(damage)
    again = load_city("bochum", city_folder)
    assert again.name == good.name and again.data == good.data
    assert content_cache.save() == 1  # written anew
    assert json.loads(entry.read_text(encoding="utf-8"))["name"] == good.name


def test_a_guide_that_does_not_fit_is_never_kept(cache, tmp_path):
    broken = tmp_path / "computer-ready.de.yaml"
    text = resource("guides", "computer-ready.de.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("type: question", "type: frage", 1), encoding="utf-8")
    with pytest.raises(ContentError):
        load_guide_file(broken)
    assert content_cache.save() == 0
    with pytest.raises(ContentError):  # and the next start says the same, from the file
        load_guide_file(broken)


def test_a_guide_from_the_cache_is_the_same_guide(cache):
    path = resource("guides", "eid-pin.de.yaml")
    parsed = load_guide_file(path)
    assert content_cache.save() == 1
    cached = load_guide_file(path)
    assert cached == parsed


def test_what_json_would_change_is_not_kept(cache):
    schema: dict = {"type": "object"}
    data, fits = content_cache.parse_checked("day: 2026-12-06\n", schema)  # a YAML date
    assert fits and data["day"].isoformat() == "2026-12-06"
    data, fits = content_cache.parse_checked("1: one\n", schema)  # a number as a key
    assert fits and data == {1: "one"}
    assert content_cache.save() == 0


def test_a_moved_user_folder_has_no_cache_unless_one_is_named(monkeypatch, tmp_path):
    monkeypatch.delenv("LOTSE_CACHE", raising=False)
    monkeypatch.setenv("LOTSE_HOME", str(tmp_path / "home"))
    assert content_cache.folder() is None  # tests and portable copies: nothing beside the folder
    monkeypatch.setenv("LOTSE_CACHE", "")
    assert content_cache.folder() is None
    monkeypatch.setenv("LOTSE_CACHE", str(tmp_path / "c"))
    assert content_cache.folder() == tmp_path / "c"
    monkeypatch.delenv("LOTSE_CACHE")
    monkeypatch.delenv("LOTSE_HOME")
    assert content_cache.folder() is not None  # an installed program: the user's cache folder


def test_a_cache_that_cannot_be_written_is_no_error(cache, city_folder):
    cache.parent.mkdir(exist_ok=True)
    cache.write_text("a file where the folder should be", encoding="utf-8")
    assert load_city("bochum", city_folder).name
    assert content_cache.save() == 0


def test_only_the_newest_entries_are_kept(cache, monkeypatch):
    monkeypatch.setattr(content_cache, "KEEP", 3)
    schema: dict = {"type": "object"}
    for n in range(5):
        content_cache.parse_checked(f"n: {n}\n", schema)
        content_cache.save()
        for p in entries(cache):  # written one after the other: the file of n is n seconds old
            os.utime(p, (1e9 + json.loads(p.read_text(encoding="utf-8"))["n"],) * 2)
    kept = sorted(json.loads(p.read_text(encoding="utf-8"))["n"] for p in entries(cache))
    assert kept == [2, 3, 4]


START = """
import sys
from assistant.core.city import load_city
from assistant.core.guide import GuideLibrary
from assistant.core import content_cache
load_city("bochum")
GuideLibrary.load(None, {"de"})
content_cache.save()
print("yaml" in sys.modules)
"""


def test_the_second_start_does_not_even_import_yaml(tmp_path):
    """The point of it: PyYAML (≈ 7 ms to import) and the parse stay out of a start that read the
    same content before (bench/startup.py measures the whole start)."""
    env = {**os.environ, "LOTSE_CACHE": str(tmp_path / "cache"), "LOTSE_HOME": str(tmp_path / "home")}
    runs = [
        subprocess.run([sys.executable, "-c", START], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
        for _ in range(2)
    ]
    assert [r.stdout.strip() for r in runs] == ["True", "False"], [r.stderr for r in runs]
