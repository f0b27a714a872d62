"""Command line: ``python -m assistant`` starts the window; the flags run the maintenance tools."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lotse", description="Lotse – the calm assistant for the online ID card.")
    p.add_argument("--lang", default=None, help="language of the texts (de, en)")
    p.add_argument("--city", default=None, help="city profile id (default: bochum)")
    tools = p.add_mutually_exclusive_group()
    tools.add_argument("--check-content", action="store_true", help="check every guide and city profile; exit 1 on errors")
    tools.add_argument("--export-guide", metavar="ID", help="print a whole guide, every branch, as a handbook")
    tools.add_argument("--tour", metavar="DIR", help="render every screen of every guide to PNG, with index.json")
    tools.add_argument("--smoke-test", action="store_true", help="start, paint the main window, exit 0")
    tools.add_argument("--version", action="store_true", help="print the version")
    p.add_argument("--format", default="md", choices=["md", "txt"], help="with --export-guide")
    p.add_argument("--zoom", type=int, default=100, help="with --tour: text size in percent (100-200)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.version:
        from assistant import __version__

        print(__version__)
        return 0
    if args.check_content:
        from assistant.core.content_check import main as check_main

        return check_main(lang=args.lang)
    if args.export_guide:
        from assistant.core.export import main as export_main

        return export_main(args.export_guide, lang=args.lang or "de", fmt=args.format)
    if args.tour:
        from assistant.ui.tour import main as tour_main

        return tour_main(args.tour, lang=args.lang, zoom=args.zoom)
    from assistant.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
