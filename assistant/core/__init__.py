"""Qt-free domain code: guides, city profiles, settings, sessions. Never imports PySide6."""
