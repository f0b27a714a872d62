"""City profiles have a schema like the guides (resources/cities/city.schema.json).

issue 14: a misspelt section (``appointmens:``), a wrong type or a malformed service key passed
``--check-content`` with 0 errors, and the appointment fallback then showed empty text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.core.city import load_city
from assistant.core.errors import ContentError
from assistant.portal.api import Capability
from assistant.portal.config import portal_config
from assistant.resources import resource

ROOT = Path(__file__).resolve().parents[2]


def bochum_with(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(resource("cities", "bochum.yaml").read_text(encoding="utf-8"))
    change(data)
    folder = tmp_path / "content"
    (folder / "cities").mkdir(parents=True)
    (folder / "cities" / "bochum.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def check_content(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "--check-content", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def misspelt_section(d):
    d["portal"]["appointmens"] = d["portal"].pop("appointments")


def wrong_type(d):
    d["offices"]["rathaus"]["phone"] = ["0234", "910-0"]


def malformed_service_key(d):
    d["portal"]["tasks"][0]["leika"] = "9910201310400"  # 13 digits


def empty_fallback(d):
    d["portal"]["appointments"]["fallback"] = {"web": "https://www.bochum.de"}


@pytest.mark.parametrize(
    "change, where",
    [
        (misspelt_section, "portal: Additional properties are not allowed ('appointmens' was unexpected)"),
        (wrong_type, "offices/rathaus/phone"),
        (malformed_service_key, "portal/tasks/0/leika"),
        (empty_fallback, "portal/appointments/fallback: 'text' is a required property"),
    ],
)
def test_a_broken_profile_fails_check_content(tmp_path, change, where):
    done = check_content(bochum_with(tmp_path, change))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "bochum.yaml" in done.stdout and where in done.stdout, done.stdout
    assert "0 error(s)" not in done.stdout


def test_a_broken_profile_is_refused_where_checked_and_named_where_it_runs(tmp_path):
    folder = bochum_with(tmp_path, misspelt_section)
    with pytest.raises(ContentError, match="appointmens"):  # --check-content, a city's bundle
        load_city("bochum", folder / "cities", strict=True)
    city = load_city("bochum", folder / "cities")  # the running program: every page, and a staff notice
    assert any("appointmens" in p for p in city.problems)


def test_every_shipped_profile_fits_and_every_fallback_has_text():
    for path in sorted(resource("cities").glob("*.yaml")):
        city = load_city(path.stem, strict=True)  # raises on any schema error
        for lang in ("de", "en"):
            cfg = portal_config(city, lang)
            for cap in Capability:
                assert cfg.fallback(cap).text.strip(), (path.name, lang, cap)
