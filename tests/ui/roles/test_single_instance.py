"""One program per user (issue 17): a second start must not run the memory rules — at a counter they
would delete the first program's running session (keyring entry included), in a library take it
over. The real program, twice, as subprocesses."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time

import pytest

from tests.shared_data import REPO


def env_for(tmp_path, role: str) -> dict[str, str]:
    conf = tmp_path / "lotse.conf"
    conf.write_text(f"[lotse]\nrole = {role}\n[counter]\nfullscreen = no\n", encoding="utf-8")
    run = tmp_path / "run"  # the socket and lock of a killed program stay in the test's own folder
    run.mkdir(exist_ok=True)
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LOTSE_HOME": str(tmp_path / "Lotse"),
        "LOTSE_DEPLOY_CONFIG": str(conf),
        "XDG_RUNTIME_DIR": str(run),
    }


def sessions(tmp_path) -> list[str]:
    home = tmp_path / "Lotse"
    return sorted(p.name for p in home.glob("session-*")) if home.is_dir() else []


@pytest.mark.parametrize("role", ["counter", "library"])
def test_a_second_start_leaves_the_running_session_alone(tmp_path, role):
    env = env_for(tmp_path, role)
    # the with closes the pipes (an unclosed one is a ResourceWarning, an error in the tests)
    with subprocess.Popen(
        [sys.executable, "-m", "assistant"], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as first:
        try:
            deadline = time.monotonic() + 30
            while not sessions(tmp_path) and time.monotonic() < deadline:
                time.sleep(0.1)
            running = sessions(tmp_path)
            assert len(running) == 1, "the first program did not start its session"
            time.sleep(0.5)  # its listener is up once the window exists
            (tmp_path / "Lotse" / running[0] / "resume.json").write_text("{}")  # something of the person
            second = subprocess.run(
                [sys.executable, "-m", "assistant", "--smoke-test"],
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert second.returncode == 1 and "running already" in second.stderr, second.stdout + second.stderr
            assert sessions(tmp_path) == running  # the first person's session is still there …
            assert (tmp_path / "Lotse" / running[0] / "resume.json").exists()  # … with what it holds
            assert first.poll() is None  # and the first program still runs
        finally:
            first.kill()
            first.wait(10)


def test_a_listener_left_by_a_crash_does_not_block_the_next_start(tmp_path):
    env = env_for(tmp_path, "home")
    with subprocess.Popen(
        [sys.executable, "-m", "assistant"], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as first:
        time.sleep(2)
        first.kill()  # no clean-up: the local socket's name stays behind
        first.wait(10)
    again = subprocess.run(
        [sys.executable, "-m", "assistant", "--smoke-test"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 0 and "screen home" in again.stdout, again.stdout + again.stderr


def test_two_starts_at_the_same_moment_make_one_program(tmp_path):
    """A double-click twice: both starts race; exactly one program runs, with one session."""
    env = env_for(tmp_path, "counter")
    with contextlib.ExitStack() as started:  # closes the pipes of both at the end
        both = [
            started.enter_context(
                subprocess.Popen(
                    [sys.executable, "-m", "assistant"],
                    cwd=REPO,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                )
            )
            for _ in range(2)
        ]
        _exactly_one_runs(tmp_path, both)


def _exactly_one_runs(tmp_path, both):
    try:
        deadline = time.monotonic() + 30
        while sum(p.poll() is None for p in both) > 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)
        running = [p for p in both if p.poll() is None]
        assert len(running) == 1, [p.returncode for p in both]
        assert [p.returncode for p in both if p.poll() is not None] == [0]  # the second: "running already"
        assert len(sessions(tmp_path)) == 1
    finally:
        for p in both:
            if p.poll() is None:
                p.kill()
            p.wait(10)
