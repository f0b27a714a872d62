"""Words many pages share — "Weiter", "Zurück", "Abbrechen", "Einstellungen für Mitarbeitende" … —
translated once, in the context ``Words`` of the window's catalogue (``lotse_ui_<lang>.ts``), and
used by the window, the eID pages, the portal pages and the roles alike. So a word means the same on
every screen in every language, and a better word is changed in one place.

A text that only one page says stays in that page's own ``tr()``. ``tests/ui/test_one_translation.py``
fails when the same German text gets two translations in one language, and when a text of this
module is translated anywhere else too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


# --- moving through the steps ---------------------------------------------------------------------
def next_step() -> str:
    return QCoreApplication.translate("Words", "Weiter")


def back() -> str:
    return QCoreApplication.translate("Words", "Zurück")


def cancel() -> str:
    return QCoreApplication.translate("Words", "Abbrechen")


def done() -> str:
    return QCoreApplication.translate("Words", "Fertig")


def try_again() -> str:
    return QCoreApplication.translate("Words", "Noch einmal versuchen")


def change_something() -> str:
    return QCoreApplication.translate("Words", "Etwas ändern")


def to_home() -> str:
    return QCoreApplication.translate("Words", "Zur Startseite")


def did_not_work() -> str:
    return QCoreApplication.translate("Words", "Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.")


def one_moment() -> str:
    return QCoreApplication.translate("Words", "Einen Moment bitte")


def step_n_of_m() -> str:
    """ "Schritt {0} von {1}": fill with ``.format(number, total)``."""
    return QCoreApplication.translate("Words", "Schritt {0} von {1}")


def step_n_of_about_m() -> str:
    """ "Schritt {0} von etwa {1}": fill with ``.format(number, total)``."""
    return QCoreApplication.translate("Words", "Schritt {0} von etwa {1}")


# --- the window -----------------------------------------------------------------------------------
def help_() -> str:
    return QCoreApplication.translate("Words", "Hilfe")


def more_topics() -> str:
    return QCoreApplication.translate("Words", "Weitere Themen")


def choose_language() -> str:
    return QCoreApplication.translate("Words", "Sprache wählen")


def enter_code() -> str:
    return QCoreApplication.translate("Words", "Code eingeben")


def staff_settings() -> str:
    return QCoreApplication.translate("Words", "Einstellungen für Mitarbeitende")


def helper_view() -> str:
    return QCoreApplication.translate("Words", "Helfer-Ansicht")


# --- what a step or a sheet says ------------------------------------------------------------------
def what_to_do_now() -> str:
    return QCoreApplication.translate("Words", "Was Sie jetzt tun")


def what_to_bring() -> str:
    return QCoreApplication.translate("Words", "Was Sie mitbringen")


def cost() -> str:
    return QCoreApplication.translate("Words", "Kosten")


def phone() -> str:
    return QCoreApplication.translate("Words", "Telefon")


def email() -> str:
    return QCoreApplication.translate("Words", "E-Mail")


def on_the_web() -> str:
    """ "Im Internet: %1": fill with ``.replace("%1", address)``."""
    return QCoreApplication.translate("Words", "Im Internet: %1")


def place() -> str:
    """ "Ort: %1": fill with ``.replace("%1", where)``."""
    return QCoreApplication.translate("Words", "Ort: %1")


def print_() -> str:
    return QCoreApplication.translate("Words", "Drucken")


def save_as_pdf() -> str:
    return QCoreApplication.translate("Words", "Als PDF speichern")


# --- the city's services --------------------------------------------------------------------------
def what_do_i_need() -> str:
    return QCoreApplication.translate("Words", "Was brauche ich?")


def book_appointment() -> str:
    return QCoreApplication.translate("Words", "Termin buchen")


def report_problem() -> str:
    return QCoreApplication.translate("Words", "Problem melden")


def your_appointment() -> str:
    return QCoreApplication.translate("Words", "Ihr Termin")


def your_report() -> str:
    return QCoreApplication.translate("Words", "Ihre Meldung")


def see_my_appointments() -> str:
    return QCoreApplication.translate("Words", "Meine Termine ansehen")


def see_my_reports() -> str:
    return QCoreApplication.translate("Words", "Meine Meldungen ansehen")


def details_saved() -> str:
    return QCoreApplication.translate("Words", "Ihre Angaben sind gespeichert.")


def where_is_the_problem() -> str:
    return QCoreApplication.translate("Words", "Bitte schreiben Sie, wo das Problem ist.")
