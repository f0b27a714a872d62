"""The deployment file: valid, invalid (line and key named, safe defaults), overrides, locations."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.core.city import CityProfile
from assistant.core.deployment import (
    ENV_VAR,
    Deployment,
    default_path,
    load_deployment,
    parse_deployment,
)
from assistant.core.roles import Role, RoleLocked, change_role, screen_choices
from assistant.resources import resource

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = resource("deploy", "lotse.conf.example")


@pytest.fixture
def cities(tmp_path):
    folder = tmp_path / "cities"
    folder.mkdir()
    for cid in ("bochum", "musterstadt"):
        (folder / f"{cid}.yaml").write_text(f"name: {cid}\noffices: {{}}\n", encoding="utf-8")
    return folder


def write(tmp_path, text: str, name="lotse.conf") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_no_file_means_home_and_nothing_fixed(tmp_path):
    d = load_deployment(tmp_path / "missing.conf")
    assert d == Deployment()
    assert d.role is Role.HOME and not d.role_fixed and d.ok
    assert d.language_or("en") == "en" and d.city_or("bochum") == "bochum"


def test_example_file_is_valid_and_complete(cities):
    d = load_deployment(EXAMPLE, cities=cities)
    assert d.problems == ()
    assert d.role is Role.COUNTER and d.role_fixed
    assert (d.city, d.language, d.text_size) == ("bochum", "de", 125)
    assert d.counter.fullscreen and d.counter.inactivity_reset_minutes == 5 and d.counter.warning_seconds == 30
    assert d.library.helper_view and d.library.resume_after_crash_minutes == 15
    # every key the program knows is documented in the example (commented or not)
    from assistant.core.deployment import KNOWN_KEYS

    text = EXAMPLE.read_text(encoding="utf-8")
    for section, keys in KNOWN_KEYS.items():
        assert f"[{section}]" in text
        for key in keys:
            assert f"{key} =" in text or f"{key}    =" in text or f"{key} " in text, key


def test_full_valid_file(tmp_path, cities):
    p = write(
        tmp_path,
        """
# comment
[lotse]
role = library   ; inline comment
city = musterstadt
language = EN

[portal]
reports_url = https://maengel.example.de/georeport/v2/
appointments_url = http://127.0.0.1:8080/zms

[library]
helper_view = ja
resume_after_crash_minutes = 0
""",
    )
    d = load_deployment(p, cities=cities)
    assert d.ok, d.problems
    assert d.role is Role.LIBRARY and d.role_fixed
    assert d.city == "musterstadt" and d.language == "en" and d.text_size is None
    assert d.portal == {
        "reports_url": "https://maengel.example.de/georeport/v2",
        "appointments_url": "http://127.0.0.1:8080/zms",
    }
    assert d.library.helper_view and d.library.resume_after_crash_minutes == 0
    # counter options are never active outside a counter
    assert not d.counter.fullscreen and d.counter.inactivity_reset_minutes is None


def test_counter_defaults_to_fullscreen_without_reset(tmp_path):
    d = load_deployment(write(tmp_path, "[lotse]\nrole = counter\n"))
    assert d.ok and d.counter.fullscreen and d.counter.inactivity_reset_minutes is None
    d = load_deployment(write(tmp_path, "[lotse]\nrole=counter\n[counter]\ninactivity_reset_minutes = off\n"))
    assert d.ok and d.counter.inactivity_reset_minutes is None


@pytest.mark.parametrize(
    "text, line, key, words",
    [
        ("[lotse]\nrole = kiosk\n", 2, "lotse.role", "home, library, counter"),
        ("[lotse]\nrole = counter\n\n[counter]\nwarning_seconds = 10\n", 5, "counter.warning_seconds", "20 to 120"),
        (
            "[lotse]\nrole = counter\n[counter]\ninactivity_reset_minutes = fünf\n",
            4,
            "counter.inactivity_reset_minutes",
            "or off",
        ),
        ("[lotse]\nlanguage = fr\n", 2, "lotse.language", "de, en"),
        ("[lotse]\nrol = counter\n", 2, "lotse.rol", "unknown key"),
        ("[lotse]\nrole = home\n[kiosk]\nx = 1\n", 3, "[kiosk]", "unknown section"),
        ("[portal]\nreports_url = http://maengel.example.de/\n", 2, "portal.reports_url", "https://"),
        ("[portal]\ncatalogue_url = ftp://x\n", 2, "portal.catalogue_url", "https://"),
        ("[lotse]\ncity = Bochum Stadt\n", 2, "lotse.city", "city profile id"),
        ("[lotse]\ncity = atlantis\n", 2, "lotse.city", "no city profile"),
        ("[lotse]\ntext_size = 300\n", 2, "lotse.text_size", "100 to 200"),
        ("[library]\nhelper_view = vielleicht\n", 2, "library.helper_view", "yes or no"),
        ("[counter]\nstaff_code = 12\n", 2, "counter.staff_code", "4 to 32"),
    ],
)
def test_a_wrong_value_names_line_and_key_and_keeps_the_safe_default(tmp_path, cities, text, line, key, words):
    d = load_deployment(write(tmp_path, text), cities=cities)
    assert len(d.problems) == 1, d.problems
    p = d.problems[0]
    assert (p.line, p.key, p.file) == (line, key, "lotse.conf")
    assert words in p.what
    assert f"line {line}" in str(p) and key in str(p)
    # the safe defaults for what was wrong
    if key == "lotse.role" or key == "lotse.rol":
        assert d.role is Role.HOME and not d.role_fixed
    assert d.language is None or key != "lotse.language"
    assert d.portal == {}
    assert d.counter.inactivity_reset_minutes is None or key != "counter.inactivity_reset_minutes"


def test_wrong_keys_do_not_spoil_right_ones(tmp_path):
    d = load_deployment(
        write(
            tmp_path,
            "[lotse]\nrole = counter\nlanguage = xx\n[counter]\ninactivity_reset_minutes = 3\nwarning_seconds = 5\n",
        )
    )
    assert [p.key for p in d.problems] == ["lotse.language", "counter.warning_seconds"]
    assert d.role is Role.COUNTER and d.counter.inactivity_reset_minutes == 3
    assert d.counter.warning_seconds == 30  # the safe default, never below 20


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("role = counter\n", 1, "before the first [section]"),
        ("[lotse]\nrole = counter\n[lotse]\n", 3, "appears twice"),
        ("[lotse]\nrole = counter\nrole = home\n", 3, "appears twice"),
        ("[lotse]\nrole = counter\nthis is not a setting\n", 3, "neither"),
    ],
)
def test_a_broken_file_uses_nothing_and_says_where(tmp_path, text, line, words):
    d = load_deployment(write(tmp_path, text))
    # nothing of the file is used; the role fails safe: the counter's rules (nothing kept), fixed
    assert d.role is Role.COUNTER and d.role_fixed and not d.counter.fullscreen and d.city is None
    assert len(d.problems) == 1 and d.problems[0].line == line
    assert words in d.problems[0].what and "nothing in the file was used" in d.problems[0].what


def test_unreadable_files(tmp_path):
    p = tmp_path / "lotse.conf"
    p.write_bytes(b"[lotse]\nrole = counter\ncity = m\xfcnster\n")
    d = load_deployment(p)
    assert d.role is Role.COUNTER and d.role_fixed and d.problems[0].line == 3 and "UTF-8" in d.problems[0].what
    p.write_bytes(b"[lotse]\n" + b"; x\n" * 20000)
    assert "larger" in load_deployment(p).problems[0].what
    folder = tmp_path / "dir.conf"
    folder.mkdir()
    assert load_deployment(folder).problems[0].code == "unreadable"
    assert load_deployment(folder).role is Role.COUNTER


def test_a_fifo_or_a_device_is_never_read(tmp_path):
    """A FIFO would block the start for ever, /dev/zero would fill the memory: the counter's rules."""
    fifo = tmp_path / "lotse.conf"
    os.mkfifo(fifo)
    d = load_deployment(fifo)
    assert d.role is Role.COUNTER and d.role_fixed and d.problems[0].code == "unreadable"
    link = tmp_path / "zero.conf"
    link.symlink_to("/dev/zero")
    d = load_deployment(link)
    assert d.role is Role.COUNTER and d.problems[0].code == "unreadable"


def test_no_file_is_still_home(tmp_path):
    d = load_deployment(tmp_path / "none.conf")
    assert d.role is Role.HOME and not d.role_fixed and not d.problems


def test_locations(tmp_path):
    assert default_path("linux", {}) == Path("/etc/lotse/lotse.conf")
    assert default_path("win32", {"PROGRAMDATA": r"D:\PD"}) == Path(r"D:\PD") / "Lotse" / "lotse.conf"
    assert default_path("darwin", {}) == Path("/Library/Application Support/Lotse/lotse.conf")
    assert default_path("linux", {ENV_VAR: str(tmp_path / "x.conf")}) == tmp_path / "x.conf"


def test_environment_variable_is_used(tmp_path, monkeypatch):
    p = write(tmp_path, "[lotse]\nrole = library\n")
    monkeypatch.setenv(ENV_VAR, str(p))
    assert load_deployment().role is Role.LIBRARY


def test_portal_addresses_override_the_city_profile():
    city = CityProfile(
        id="x",
        name="X",
        data={
            "offices": {},
            "portal": {
                "reports": {
                    "base_url": "https://old.example/311",
                    "jurisdiction": "x.de",
                    "fallback": {"phone": "115"},
                },
                "appointments": {"enabled": False},
            },
        },
    )
    d = parse_deployment(
        "[portal]\nreports_url = https://new.example/311\nappointments_url = https://zms.example/api\n"
    )
    moved = d.apply_to_city(city)
    assert moved.data["portal"]["reports"] == {
        "base_url": "https://new.example/311",
        "jurisdiction": "x.de",
        "fallback": {"phone": "115"},
        "enabled": True,
        "confirmed": True,
    }
    assert moved.data["portal"]["appointments"]["base_url"] == "https://zms.example/api"
    assert city.data["portal"]["reports"]["base_url"] == "https://old.example/311"  # the original is untouched
    assert Deployment().apply_to_city(city) is city


def test_the_portal_reads_the_overridden_addresses():
    pytest.importorskip("assistant.portal.config")
    from assistant.portal.api import Capability
    from assistant.portal.config import portal_config

    city = CityProfile(id="x", name="X", data={"offices": {}, "portal": {}})
    d = parse_deployment("[portal]\nreports_url = https://new.example/311\n")
    cfg = portal_config(d.apply_to_city(city), "de")
    assert cfg.endpoints[Capability.REPORTS].base_url == "https://new.example/311"


def test_the_screen_cannot_change_a_fixed_role_or_a_counter():
    assert screen_choices(Role.COUNTER, fixed_by_file=True) == ()
    assert screen_choices(Role.COUNTER, fixed_by_file=False) == ()
    assert screen_choices(Role.LIBRARY, fixed_by_file=True) == ()
    assert screen_choices(Role.HOME, fixed_by_file=False) == (Role.HOME, Role.LIBRARY)
    with pytest.raises(RoleLocked) as err:
        change_role(Role.COUNTER, Role.HOME, fixed_by_file=True)
    assert err.value.by_file
    with pytest.raises(RoleLocked):
        change_role(Role.HOME, Role.COUNTER, fixed_by_file=False)  # a counter only by the file
    with pytest.raises(RoleLocked):
        change_role(Role.LIBRARY, Role.HOME, fixed_by_file=True)
    assert change_role(Role.HOME, Role.LIBRARY, fixed_by_file=False) is Role.LIBRARY
    assert change_role(Role.COUNTER, Role.COUNTER, fixed_by_file=True) is Role.COUNTER


def test_check_command(tmp_path):
    good = write(tmp_path, "[lotse]\nrole = counter\n[counter]\ninactivity_reset_minutes = 4\n", "good.conf")
    bad = write(tmp_path, "[lotse]\nrole = kounter\n", "bad.conf")
    run = [sys.executable, "-m", "assistant.core.deployment"]
    ok = subprocess.run([*run, str(good)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert ok.returncode == 0 and "role = counter (fixed)" in ok.stdout and "4 min + 30 s warning" in ok.stdout
    ko = subprocess.run([*run, str(bad)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert ko.returncode == 1 and "bad.conf, line 2: lotse.role" in ko.stdout and "role = home" in ko.stdout
