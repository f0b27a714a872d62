"""A short name that changes whenever a text does: the content cache's entries, the program's lock.

``hashlib`` is not used for them: its first import loads OpenSSL and tries each of its algorithms,
≈ 2.7 ms before the home screen can be pressed. These names guard against no attacker (whoever can
change a guide can change the cache beside it too); they only have to differ when the text
differs. ``importlib.util.source_hash`` — the standard library's SipHash of hash-based ``.pyc``
files, 64 bits — taken twice with different salts gives 128 bits. It can change with the Python
version: then a name is simply new (the cache is read anew). No Qt here.
"""

from __future__ import annotations

from importlib.util import source_hash


def digest(*parts: str) -> str:
    """32 hex digits for ``parts`` (each ends with a NUL: ("ab", "c") and ("a", "bc") differ)."""
    data = b"".join(part.encode("utf-8", "surrogatepass") + b"\0" for part in parts)
    return (source_hash(b"1" + data) + source_hash(b"2" + data)).hex()
