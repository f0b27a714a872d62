"""No damaged file stops the program (issue 17): every state, resource and deployment file ×
truncated / binary / wrong types / huge / directory / symlink / FIFO / unreadable, each with the real
program started as a subprocess (``--smoke-test``, a hard timeout here): it reaches the start page
(exit 0, "screen home") — never a crash, a hang, or "Einen Moment bitte …" for ever. The smoke test
itself fails (exit 1) when the start page is not reached, and, for a damaged file of the program
itself (a guide, a city profile), when a part is broken — after reaching the start page all the same.

"Unreadable" (mode 000) means nothing to root, who runs these tests in CI: those cases are skipped
as root (the same code path — an OSError on open — is covered by the directory and FIFO cases)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared_data import REPO

TIMEOUT = 60  # seconds; a start takes < 2 s here
HUGE = 9_000_000  # above every cap (state files 1 MB, data files 8 MB, deployment 64 kB)

# (where, relative path, a valid content of the right kind to truncate / give wrong types)
STATE = ["settings.json", "resume.json", "role.json", "keyring-entries.json", "keyring-forget.json"]
RESOURCES = ["guides/eid-pin.de.yaml", "guides/guide.schema.json", "cities/bochum.yaml", "style/lotse.qss"]
DAMAGES = ["truncated", "empty", "binary", "wrong-types", "huge", "directory", "symlink", "fifo", "unreadable"]

WRONG_TYPES = {
    ".json": '[1, {"zoom": "groß", "language": 5, "guide": [], "active": {}}]',
    ".yaml": "- 1\n- [2, 3]\n- {id: 5}\n",
    ".qss": "QWidget { color: $nothing; }",
    ".conf": "[lotse]\nrole = 5\ntext_size = groß\n[counter]\nwarning_seconds = -1\n",
}


def damage(path: Path, how: str, valid: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink() or path.is_file():
        path.unlink()
    if how == "truncated":
        path.write_bytes(valid[: max(1, len(valid) // 2)])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "missing":
        pass
    elif how == "binary":
        path.write_bytes(bytes(range(256)) * 8)
    elif how == "wrong-types":
        path.write_text(WRONG_TYPES.get(path.suffix, "[]"), encoding="utf-8")
    elif how == "huge":
        with path.open("wb") as fh:
            fh.write(valid[:1] + b" " * HUGE)
    elif how == "directory":
        path.mkdir()
    elif how == "symlink":
        path.symlink_to("/dev/zero")
    elif how == "fifo":
        os.mkfifo(path)
    elif how == "unreadable":
        if os.geteuid() == 0:
            pytest.skip("mode 000 does not stop root (see the module's note)")
        path.write_bytes(valid)
        path.chmod(0)
    else:  # pragma: no cover
        raise AssertionError(how)


def start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    full = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LOTSE_HOME": str(tmp_path / "Lotse"),
        "LOTSE_DEPLOY_CONFIG": str(tmp_path / "none.conf"),
        **env,
    }
    try:
        return subprocess.run(
            [sys.executable, "-m", "assistant", "--smoke-test"],
            cwd=REPO,
            env=full,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:  # a hang is a failure, never a stuck test run
        raise AssertionError(f"the start hung ({TIMEOUT} s): {exc.stdout!r}") from None


def reached_home(result: subprocess.CompletedProcess) -> bool:
    return result.returncode == 0 and "smoke test ok" in result.stdout and "screen home" in result.stdout


def reached_home_naming_the_broken_part(result: subprocess.CompletedProcess) -> bool:
    """A damaged file of the program itself: the start page is reached all the same, and the smoke
    test says which part is broken and exits 1 (issue 14: an installation that lost a part must not
    pass) — or, where the part has a built-in fallback (the style sheet), passes."""
    if "Traceback" in result.stderr or "screen home" not in result.stdout:
        return False
    return reached_home(result) or (result.returncode == 1 and "lotse: broken: " in result.stdout)


def valid_state(name: str) -> bytes:
    return json.dumps(
        {
            "settings.json": {"zoom": 150, "language": "de"},
            "role.json": {"role": "home"},
            "resume.json": {"guide": "eid-pin", "current": "start", "path": []},
        }.get(name, [["Lotse", "x"]])
    ).encode()


@pytest.mark.parametrize("how", DAMAGES)
@pytest.mark.parametrize("name", STATE)
def test_a_damaged_state_file(tmp_path, name, how):
    damage(tmp_path / "Lotse" / name, how, valid_state(name))
    result = start(tmp_path)
    assert reached_home(result), result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("how", [*DAMAGES, "missing"])
@pytest.mark.parametrize("name", RESOURCES)
def test_a_damaged_resource_file(tmp_path, name, how):
    copy = tmp_path / "resources"
    shutil.copytree(REPO / "resources", copy, copy_function=os.symlink)  # links: cheap, only one is damaged
    damage(copy / name, how, (REPO / "resources" / name).read_bytes())
    result = start(tmp_path, LOTSE_RESOURCES=str(copy))
    assert reached_home_naming_the_broken_part(result), result.stdout + result.stderr
    if name.startswith("guides/") and how != "missing":
        assert "notice:" in result.stdout  # staff read which guide is left out


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_deployment_file_fails_safe(tmp_path, how):
    conf = tmp_path / "lotse.conf"
    damage(conf, how, b"[lotse]\nrole = home\n")
    result = start(tmp_path, LOTSE_DEPLOY_CONFIG=str(conf))
    assert reached_home(result), result.stdout + result.stderr
    if how != "empty":  # an empty file sets nothing, like no file (docs/roles.md)
        assert "notice:" in result.stdout


@pytest.mark.parametrize(
    "settings",
    [
        '{"zoom": Infinity}',
        '{"zoom": 1e400}',
        '{"zoom": NaN}',
        "[" * 100_000 + "]" * 100_000,
        '{"zoom": 1e308, "language": "xx"}',
    ],
)
def test_settings_out_of_range_or_nested_too_deeply(tmp_path, settings):
    home = tmp_path / "Lotse"
    home.mkdir()
    (home / "settings.json").write_text(settings, encoding="utf-8")
    result = start(tmp_path)
    assert reached_home(result), result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("case", ["home-is-a-file", "tmp-is-a-file", "not-creatable"])
def test_an_unusable_user_folder_runs_without_saving(tmp_path, case):
    home = tmp_path / "Lotse"
    if case == "home-is-a-file":
        home.write_text("not a folder")
    elif case == "tmp-is-a-file":
        home.mkdir()
        (home / "tmp").write_text("not a folder")
    else:
        (tmp_path / "file").write_text("x")
        home = tmp_path / "file" / "Lotse"
    result = start(tmp_path, LOTSE_HOME=str(home))
    assert reached_home(result), result.stdout + result.stderr
    assert "merkt sich aber nichts" in result.stdout


STUCK_LOADER = """
import sys
from assistant.ui import main_window
main_window.MainWindow._finish_loading = lambda self: None  # the loader never ends: the old failure
import assistant.app
assistant.app.SMOKE_WAIT_MS = 2000
from assistant.__main__ import main
sys.exit(main(["--smoke-test"]))
"""


def test_the_smoke_test_fails_when_the_start_page_is_never_reached(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LOTSE_HOME": str(tmp_path / "Lotse"),
        "LOTSE_DEPLOY_CONFIG": str(tmp_path / "none.conf"),
    }
    done = subprocess.run(
        [sys.executable, "-c", STUCK_LOADER], cwd=REPO, env=env, capture_output=True, text=True, timeout=TIMEOUT
    )
    assert done.returncode == 1 and "smoke test FAILED" in done.stdout and "screen loading" in done.stdout
