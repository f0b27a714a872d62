"""One command line for every entry point: the parser, its German / English help, the README's tool
list, and the tools that used to answer "unrecognized arguments" outside the frozen build."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from assistant.cli import OPTIONS, build_parser, help_language

ROOT = Path(__file__).resolve().parents[2]


def parser_options() -> set[str]:
    return {s for a in build_parser()._actions for s in a.option_strings}


def test_readme_tool_list_is_the_parser():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- cli-options -->", 2)[1]
    assert set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+|-h)\b", block)) == parser_options() == set(OPTIONS)


def test_help_language():
    assert help_language([], {}) == "de"
    assert help_language([], {"LANG": "en_GB.UTF-8"}) == "en"
    assert help_language([], {"LANG": "de_DE.UTF-8"}) == "de"
    assert help_language(["--lang", "en"], {"LANG": "de_DE.UTF-8"}) == "en"
    assert help_language(["--lang=de"], {"LC_ALL": "en_US"}) == "de"
    assert help_language([], {"LC_ALL": "C", "LANG": "en_US"}) == "de"  # the first one set counts


def test_help_german_and_english(capsys):
    import pytest

    for lang, words in (
        ("de", ("Werkzeuge", "Aufruf:", "Einrichtungsdatei")),
        ("en", ("tools", "usage:", "deployment file")),
    ):
        with pytest.raises(SystemExit) as done:
            build_parser(lang).parse_args(["--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert all(w in out for w in words), out


def run(*args: str, env_extra: dict[str, str] | None = None, tmp: Path) -> subprocess.CompletedProcess:
    import os

    env = {
        **os.environ,
        "LANG": "de_DE.UTF-8",
        "LOTSE_HOME": str(tmp / "home"),
        "LOTSE_CONTENT_HOME": str(tmp / "content"),
        **(env_extra or {}),
    }
    env.pop("LC_ALL", None)
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_every_entry_point_knows_check_deployment(tmp_path):
    conf = tmp_path / "lotse.conf"
    conf.write_text("[lotse]\nrole = library\n", encoding="utf-8")
    for entry in (["-m", "assistant"], ["installer/lotse_entry.py"]):
        done = run(*entry, "--check-deployment", str(conf), tmp=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "role = library (fixed)" in done.stdout
    bad = run("-m", "assistant", "--no-such-thing", tmp=tmp_path)
    assert bad.returncode == 2 and "Fehler" in bad.stderr


def test_make_key_and_bundle_from_the_command_line(tmp_path):
    from tests.core.content_server import source_folder

    made = run("-m", "assistant", "--make-key", str(tmp_path / "city.key"), tmp=tmp_path)
    assert made.returncode == 0, made.stderr
    public = re.search(r"^public_key = (\S+)$", made.stdout, re.M).group(1)
    assert (tmp_path / "city.key").stat().st_mode & 0o077 == 0  # only the owner may read it
    again = run("-m", "assistant", "--make-key", str(tmp_path / "city.key"), tmp=tmp_path)
    assert again.returncode == 1  # never overwrites a key
    src = source_folder(tmp_path / "src", 7)
    out = tmp_path / "lotse-content.zip"
    no_key = run("-m", "assistant", "--make-bundle", str(src), tmp=tmp_path)
    assert no_key.returncode == 2 and "--key" in no_key.stderr
    done = run(
        "-m",
        "assistant",
        "--make-bundle",
        str(src),
        "--key",
        str(tmp_path / "city.key"),
        "--out",
        str(out),
        tmp=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "Version 7" in done.stdout
    from assistant.core.bundle import load_public_key, read_bundle

    assert read_bundle(out.read_bytes(), load_public_key(public)).manifest.version == 7
    checked = run("-m", "assistant", "--check-content", str(src), tmp=tmp_path)
    assert checked.returncode == 0, checked.stdout


def test_pip_scripts_and_the_frozen_entry_share_main():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["lotse-cli"] == project["gui-scripts"]["lotse"] == "assistant.__main__:main"
    entry = (ROOT / "installer" / "lotse_entry.py").read_text(encoding="utf-8")
    assert "from assistant.__main__ import main" in entry and "argparse" not in entry  # no parser of its own
