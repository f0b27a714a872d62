"""An in-memory keyring backend for tests (keyring ships none). Use with ``keyring.set_keyring``.

``entries()`` lists every (service, username) it holds, so a test can prove what a session left.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")

    def entries(self) -> list[tuple[str, str]]:
        return sorted(self.store)


class FileKeyring(MemoryKeyring):
    """Like MemoryKeyring, but kept in a JSON file, so it outlives a process killed with SIGKILL —
    as the OS keyring does. For crash tests only."""

    def __init__(self, path: str) -> None:
        super().__init__()
        import json
        from pathlib import Path

        self.path = Path(path)
        if self.path.is_file():
            self.store = {tuple(k.split("\x00", 1)): v for k, v in json.loads(self.path.read_text()).items()}

    def _save(self) -> None:
        import json
        import os

        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"\x00".join(k): v for k, v in self.store.items()}))
        os.replace(tmp, self.path)

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username)
        self._save()
