from __future__ import annotations

import subprocess
import sys

from assistant.core.digest import digest


def test_a_digest_is_stable_and_follows_every_part():
    a = digest("1", "schema", "Guten Tag")
    assert a == digest("1", "schema", "Guten Tag")
    assert len(a) == 32 and int(a, 16) >= 0
    assert a != digest("1", "schema", "Guten Tag!")
    assert digest("ab", "c") != digest("a", "bc")  # where one part ends counts
    assert digest("\udcff") != digest("?")  # a file name Python could not decode still names itself


def test_a_digest_is_the_same_in_another_process():
    code = "from assistant.core.digest import digest; print(digest('Bochum', 'ä'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == digest("Bochum", "ä")  # not Python's per-process hash()
