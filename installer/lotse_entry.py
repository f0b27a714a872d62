"""Entry point of the frozen build (PyInstaller runs this file as ``lotse`` / ``lotse.exe``).

It hands over to ``assistant.__main__.main``: the frozen program takes the same flags as
``python -m assistant`` (``--smoke-test``, ``--version``, ``--city`` …). One flag is added for IT,
who have no Python on the PC to run ``python -m assistant.core.deployment``:

    lotse --check-deployment [FILE]   check the deployment settings file (default: the system one),
                                      print what applies and every problem; exit 1 on a problem

On Windows the program is built as a window program (no console pops up). When it is started from a
command prompt with a flag that prints, it attaches to that prompt's console so the text is seen.
"""

import sys

PRINTING_FLAGS = ("--check-deployment", "--version", "--smoke-test", "--check-content", "--export-guide", "-h",
                  "--help")


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
    if argv[:1] == ["--check-deployment"]:
        from assistant.core.deployment import main as check_deployment

        return check_deployment(argv[1:])
    from assistant.__main__ import main

    return main(argv)


if __name__ == "__main__":
    sys.exit(entry(sys.argv[1:]))
