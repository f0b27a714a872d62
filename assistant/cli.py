"""The one command line of every entry point: ``python -m assistant``, the pip scripts ``lotse`` /
``lotse-cli`` and the frozen program (``installer/lotse_entry.py``) all parse their flags with
``build_parser()`` here and run them with ``assistant.__main__.main()``.

``--help`` speaks plain German, or English when ``--lang en`` is given or the system language
(``LC_ALL`` / ``LC_MESSAGES`` / ``LANG`` / ``LANGUAGE``) is English. The README's tool list is tested
against ``OPTIONS`` (tests/core/test_cli.py), so the two cannot drift apart.

Qt-free; the UI is imported by ``assistant.__main__`` only to start the window or ``--tour``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from assistant.core import languages

# (flags, argparse keywords, German help, English help). The first group are the tools: at most one.
TOOLS: tuple[tuple[str, dict, str, str], ...] = (
    (
        "--check-content",
        {"nargs": "?", "const": "", "metavar": "ORDNER"},
        "alle Anleitungen und Stadtprofile prüfen (oder die in ORDNER, vor dem Signieren); Ende mit 1 bei Fehlern",
        "check every guide and city profile (or those in FOLDER, before signing); exit 1 on errors",
    ),
    (
        "--check-deployment",
        {"nargs": "?", "const": "", "metavar": "DATEI"},
        "die Einrichtungsdatei (lotse.conf) prüfen und zeigen, was gilt; Ende mit 1 bei Fehlern",
        "check the deployment file (lotse.conf) and show what applies; exit 1 on a problem",
    ),
    (
        "--make-key",
        {"metavar": "DATEI"},
        "einen neuen Schlüssel der Stadt zum Signieren anlegen; zeigt die Zeile für lotse.conf",
        "make a new signing key for the city; prints the line for lotse.conf",
    ),
    (
        "--make-bundle",
        {"metavar": "ORDNER"},
        "aus ORDNER (guides/, cities/, bundle.yaml) ein signiertes Inhaltspaket machen (mit --key)",
        "make a signed content bundle from FOLDER (guides/, cities/, bundle.yaml) (with --key)",
    ),
    (
        "--export-guide",
        {"metavar": "ID"},
        "eine Anleitung mit allen Wegen als Handbuch ausgeben",
        "print a whole guide, every branch, as a handbook",
    ),
    (
        "--tour",
        {"metavar": "ORDNER"},
        "jeden Bildschirm jeder Anleitung als PNG speichern, mit index.json",
        "render every screen of every guide to PNG, with index.json",
    ),
    (
        "--smoke-test",
        {"action": "store_true"},
        "starten, das Fenster zeichnen; mit 0 enden, mit 1 wenn ein Teil des Programms fehlt",
        "start, paint the main window; exit 0, or 1 when a part of the program is missing",
    ),
    ("--version", {"action": "store_true"}, "die Versionsnummer zeigen", "print the version"),
)
OTHERS: tuple[tuple[str, dict, str, str], ...] = (
    (
        "--lang",
        {"metavar": "|".join(languages.codes()), "choices": languages.codes()},
        "Sprache der Texte (resources/translations/languages.json)",
        "language of the texts (resources/translations/languages.json)",
    ),
    ("--city", {"metavar": "ID"}, "Stadtprofil (Standard: bochum)", "city profile id (default: bochum)"),
    (
        "--key",
        {"metavar": "DATEI"},
        "mit --make-bundle: der geheime Schlüssel der Stadt",
        "with --make-bundle: the city's private key file",
    ),
    (
        "--out",
        {"metavar": "DATEI"},
        "mit --make-bundle: wohin das Paket geschrieben wird (Standard: lotse-content.zip)",
        "with --make-bundle: where the bundle is written (default: lotse-content.zip)",
    ),
    (
        "--format",
        {"choices": ("md", "txt"), "default": "md"},
        "mit --export-guide: md oder txt",
        "with --export-guide: md or txt",
    ),
    (
        "--zoom",
        {"type": int, "default": 100, "metavar": "PROZENT"},
        "mit --tour: Schriftgröße in Prozent (100–200)",
        "with --tour: text size in percent (100-200)",
    ),
)
OPTIONS: tuple[str, ...] = ("-h", "--help", *(o[0] for o in TOOLS + OTHERS))

WORDS = {
    "de": {
        "description": "Lotse – der ruhige Begleiter für den Online-Ausweis und die Dienste Ihrer Stadt. "
        "Ohne Angabe startet das Fenster.",
        "tools": "Werkzeuge (höchstens eines)",
        "options": "weitere Angaben",
        "help": "diese Hilfe zeigen und enden",
        "usage": "Aufruf: ",
        "error": "{prog}: Fehler: {message}\nHilfe: {prog} --help\n",
        "needs_key": "--make-bundle braucht --key DATEI (den geheimen Schlüssel der Stadt).",
    },
    "en": {
        "description": "Lotse – the calm assistant for the online ID card and your city's services. "
        "Without a tool, the window starts.",
        "tools": "tools (at most one)",
        "options": "other options",
        "help": "show this help and exit",
        "usage": "usage: ",
        "error": "{prog}: error: {message}\nHelp: {prog} --help\n",
        "needs_key": "--make-bundle needs --key FILE (the city's private key).",
    },
}


def help_language(argv: Sequence[str], environ: dict[str, str] | None = None) -> str:
    """``--lang`` on the command line, else the system language if it is English, else German."""
    argv = list(argv)
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "de"
        if a.startswith("--lang="):
            return "en" if a.split("=", 1)[1] == "en" else "de"
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "de"
    return "de"


class _Parser(argparse.ArgumentParser):
    words: dict[str, str] = WORDS["de"]

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, self.words["error"].format(prog=self.prog, message=message))


class _Formatter(argparse.HelpFormatter):
    prefix = "usage: "

    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, prefix or self.prefix)


METAVARS_EN = {"ORDNER": "FOLDER", "DATEI": "FILE", "PROZENT": "PERCENT"}


def _localized(kw: dict, lang: str) -> dict:
    if lang == "en" and kw.get("metavar") in METAVARS_EN:
        return {**kw, "metavar": METAVARS_EN[kw["metavar"]]}
    return kw


def build_parser(lang: str = "de") -> argparse.ArgumentParser:
    words = WORDS.get(lang, WORDS["de"])

    class Formatter(_Formatter):
        prefix = words["usage"]

    p = _Parser(prog="lotse", description=words["description"], add_help=False, formatter_class=Formatter)
    p.words = words
    tools = p.add_argument_group(words["tools"]).add_mutually_exclusive_group()
    for flag, kw, de, en in TOOLS:
        tools.add_argument(flag, help=de if lang == "de" else en, **_localized(kw, lang))
    others = p.add_argument_group(words["options"])
    others.add_argument("-h", "--help", action="help", help=words["help"])
    for flag, kw, de, en in OTHERS:
        others.add_argument(flag, help=de if lang == "de" else en, **_localized(kw, lang))
    return p
