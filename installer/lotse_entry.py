"""Entry point of the frozen build (PyInstaller runs this file as ``lotse`` / ``lotse.exe``).

It hands over to ``assistant.__main__.main``: the frozen program takes exactly the flags of
``python -m assistant`` and the pip-installed ``lotse`` (one parser, ``assistant/cli.py``; see
``lotse --help``), e.g. ``lotse --check-deployment [FILE]`` for IT, who have no Python on the PC.

On Windows the program is built as a window program (no console pops up). When it is started from a
command prompt with a flag that prints, it attaches to that prompt's console so the text is seen.
"""

import sys

from assistant.cli import TOOLS

PRINTING_FLAGS = ("-h", "--help", *(flag for flag, *_ in TOOLS))  # every tool prints something


def _attach_windows_console() -> None:
    """Windows window programs have no stdout; borrow the console of the prompt that started us."""
    import ctypes

    if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS; fails when started by a click
        return
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115 - lives as long as we do
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115


def entry(argv: list[str]) -> int:
    if sys.platform == "win32" and any(a.split("=")[0] in PRINTING_FLAGS for a in argv):
        _attach_windows_console()
    from assistant.__main__ import main

    return main(argv)


if __name__ == "__main__":
    sys.exit(entry(sys.argv[1:]))
