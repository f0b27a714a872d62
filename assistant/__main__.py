"""``python -m assistant`` starts the window; the flags run the maintenance tools.

The parser (and its German / English ``--help``) is ``assistant.cli.build_parser``; every entry point
(this module, the pip scripts ``lotse`` / ``lotse-cli``, the frozen ``installer/lotse_entry.py``)
ends up in ``main()`` here.
"""

from __future__ import annotations

import sys

from assistant.cli import WORDS, build_parser, help_language

__all__ = ["build_parser", "main"]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = help_language(argv)
    parser = build_parser(lang)
    args = parser.parse_args(argv)
    if args.version:
        from assistant import __version__

        print(__version__)
        return 0
    if args.check_content is not None:
        from assistant.core.content_source import check_folder_main

        return check_folder_main(args.check_content or None, lang=args.lang)
    if args.check_deployment is not None:
        from assistant.core.deployment import main as check_deployment

        return check_deployment([args.check_deployment] if args.check_deployment else [])
    if args.make_key:
        from assistant.core.bundle import main_make_key

        return main_make_key(args.make_key, lang=lang)
    if args.make_bundle:
        if not args.key:
            parser.error(WORDS[lang]["needs_key"])
        from assistant.core.bundle import main_make_bundle

        return main_make_bundle(args.make_bundle, args.key, args.out or "lotse-content.zip", lang=lang)
    if args.export_guide:
        from assistant.core.export import main as export_main

        return export_main(args.export_guide, lang=args.lang or "de", fmt=args.format)
    if args.tour:
        from assistant.ui.tour import main as tour_main

        return tour_main(args.tour, lang=args.lang, zoom=args.zoom)
    import gc

    # nothing to collect while the program's modules load (≈ 1 ms of the start): app.start puts the
    # collector on a timer of the GUI thread (gc_guard); bench/startup.py starts the same way
    gc.disable()
    from assistant.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
