"""Helpers shared by the portal tests (a module name no other test folder uses)."""

from __future__ import annotations


def user_files(home) -> dict[str, bytes]:
    """Every file below the user folder with its bytes (to prove no secret was written)."""
    return (
        {str(p.relative_to(home)): p.read_bytes() for p in home.rglob("*") if p.is_file() and p.name != ".lotse-folder"}
        if home.exists()
        else {}
    )
