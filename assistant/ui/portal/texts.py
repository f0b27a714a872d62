"""Plain-language texts for portal errors, and dates written out the way people say them.

The portal clients raise typed errors with a stable ``key`` (docs/portal.md); here each key becomes
a short, calm German sentence (translated through ``tr``) that says what to do. The worker learns
them through ``register_error_text`` so every background job of the portal speaks the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from assistant.core import dates
from assistant.portal.api import PortalError
from assistant.ui import words
from assistant.ui.worker import register_error_text


def tr(text: str) -> str:
    # module level: pyside6-lupdate files these texts under the empty context
    return QCoreApplication.translate("", text)


def error_text(error: PortalError) -> tuple[str, bool]:
    """(what to tell the person, whether trying again may help)."""
    key = error.key
    base = key.split(".")[1] if key.count(".") >= 1 else key
    reason = key.split(".", 2)[2] if key.count(".") >= 2 else ""
    if base == "offline":
        return tr("Es gibt gerade keine Verbindung. Prüfen Sie das Internet. Versuchen Sie es dann noch einmal."), True
    if base == "timeout":
        return tr("Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal."), True
    if base == "busy":
        return tr("Der Server ist gerade überlastet. Bitte versuchen Sie es in ein paar Minuten noch einmal."), True
    if base == "not-found":
        return tr("Das wurde nicht gefunden. Vielleicht wurde es schon gelöscht."), False
    if base == "bad-answer":
        return tr(
            "Der Server hat eine unverständliche Antwort geschickt. Vielleicht wird er gerade gewartet. "
            "Bitte versuchen Sie es später noch einmal."
        ), True
    if base == "not-allowed":
        if reason == "no-key":
            return tr(
                "Für diesen Dienst fehlt ein Zugangsschlüssel. Bitte sagen Sie den Mitarbeitenden Bescheid."
            ), False
        return tr("Der Server lässt uns gerade nicht hinein. Bitte sagen Sie den Mitarbeitenden Bescheid."), False
    if base == "unavailable":
        if reason == "captcha":
            return tr(
                "Dieses Amt verlangt eine Prüfung, die dieses Programm nicht kann. "
                "Bitte buchen Sie im Internet oder am Telefon."
            ), False
        if reason in ("insecure", "tls"):
            return tr(
                "Die Verbindung zum Server ist nicht sicher. Deshalb wird nichts gesendet. "
                "Bitte sagen Sie den Mitarbeitenden Bescheid."
            ), False
        return tr("Das geht in Ihrer Stadt leider nicht über dieses Programm."), False
    if base == "cancelled":
        return tr("Sie haben abgebrochen. Es ist nichts passiert."), True
    if base == "uncertain":
        if reason == "may-exist":
            return tr(
                "Vielleicht haben Sie schon einen Termin. Bitte sehen Sie in Ihren E-Mails nach "
                "oder rufen Sie 115 an. Wir buchen nicht noch einmal."
            ), False
        return tr(
            "Wir wissen nicht sicher, ob es angekommen ist. Deshalb senden wir es nicht doppelt. "
            "Beim nächsten Versuch prüfen wir das zuerst."
        ), True
    if base == "no-keyring":
        return tr("Auf diesem Computer gibt es keinen sicheren Speicher. Deshalb wird hier nichts gespeichert."), False
    if base == "rejected":
        # the server's own words (often English) never go on the person's screen: "Details für Helfer"
        return _rejected(reason), reason not in (
            "expired",
            "too-late",
            "captcha",
            "not-offered",
            "bad-request",
            "office-data",
            "too-long",
        )
    return words.did_not_work(), True


def _rejected(reason: str) -> str:
    if reason in ("slot-taken", "not-available", "appointment-not-available"):
        return tr("Dieser Termin ist inzwischen vergeben. Bitte wählen Sie eine andere Uhrzeit.")
    if reason in ("expired",):
        return tr("Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin noch einmal.")
    if reason in ("email", "invalid-email"):
        return tr("Die E-Mail-Adresse wurde nicht angenommen. Bitte prüfen Sie sie.")
    if reason == "too-late":
        return tr("Dieser Termin kann nicht mehr abgesagt werden. Bitte rufen Sie das Amt an.")
    if reason == "not-yours":
        return tr(
            "Die gespeicherten Zugangsdaten passen nicht zu diesem Termin. "
            "Absagen können Sie über den Link in der E-Mail des Amtes."
        )
    if reason == "name":
        return tr("Der Name wurde nicht angenommen. Bitte prüfen Sie ihn.")
    if reason == "telephone":
        return tr("Die Telefonnummer wurde nicht angenommen. Bitte prüfen Sie sie.")
    if reason == "not-offered":
        return tr("Dieses Amt bietet das nicht an. Bitte wählen Sie ein anderes Anliegen oder Amt.")
    if reason == "no-place":
        return words.where_is_the_problem()
    if reason == "no-category":
        return tr("Bitte wählen Sie zuerst, worum es geht.")
    if reason in ("captcha",):
        return tr(
            "Dieses Amt verlangt eine Prüfung, die dieses Programm nicht kann. Bitte buchen Sie im Internet oder am Telefon."
        )
    if reason in ("too-many",):
        return tr("Sie haben schon zu viele Termine gebucht. Bitte sagen Sie erst einen alten Termin ab.")
    if reason == "too-big":
        return tr("So viele Anliegen passen nicht in einen Termin. Bitte buchen Sie weniger auf einmal.")
    if reason == "no-times":
        return tr(
            "Bei diesem Amt sind gerade keine Termine frei. Bitte versuchen Sie es später noch einmal "
            "oder rufen Sie 115 an."
        )
    if reason == "extra-field":
        return tr("Eine Angabe wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.")
    if reason == "office-data":
        return tr(
            "Beim Amt fehlen gerade Angaben zu diesem Termin. Bitte versuchen Sie es später noch einmal "
            "oder rufen Sie 115 an."
        )
    if reason in ("bad-request", "bad-key", "bad-region", "bad-code"):
        return tr(
            "Der Server hat die Anfrage dieses Programms nicht verstanden. Das ist nicht Ihr Fehler. "
            "Bitte sagen Sie den Mitarbeitenden Bescheid oder rufen Sie 115 an."
        )
    if reason == "too-long":
        return tr("Die Beschreibung ist zu lang. Bitte kürzen Sie sie auf höchstens 4000 Zeichen.")
    if reason == "no-time":
        return tr("Bitte wählen Sie zuerst eine Uhrzeit.")
    return tr("Die Angaben wurden nicht angenommen. Bitte prüfen Sie sie.")


def helper_details(error: BaseException) -> str:
    """For "Details für Helfer": what the server itself said (its words, codes and status), never a
    secret (PortalError keeps none). Empty when there is nothing beyond the plain sentence."""
    if not isinstance(error, PortalError):
        return ""
    parts = []
    if error.user_text.strip():
        parts.append(error.user_text.strip())
    if error.codes:
        parts.append(", ".join(error.codes))
    if error.status:
        parts.append(f"HTTP {error.status}")
    if parts and error.source:
        parts.append(error.source)
    return " · ".join(parts)


def register() -> None:
    register_error_text(PortalError, lambda e: error_text(e))  # type: ignore[arg-type]


# --- dates and times, written out ("Montag, 7. Dezember", "9:30 Uhr") ---------------------------


_language = ""


def set_language(lang: str) -> None:
    """Dates follow the language of the person's texts (not the computer's region)."""
    global _language
    _language = lang


def _lang() -> str:
    return _language or QLocale().name().split("_")[0]


def day_text(d: date) -> str:
    """ "Montag, 7. Dezember" in the person's language (assistant/core/dates.py)."""
    return dates.day_in_words(d, _lang(), year=False)


def time_text(t: datetime) -> str:
    """ "9:30 Uhr" / "09:30"."""
    return dates.clock(t, _lang())


def when_text(t: datetime) -> str:
    """ "Montag, 7. Dezember, 9:30 Uhr" in the local time of the office."""
    local = t.astimezone() if t.tzinfo is None else t
    return dates.time_in_words(local, _lang(), year=False)


def stamp_text(t: datetime) -> str:
    """When something was fetched: "7. Dezember 2026, 9:30 Uhr" (local time)."""
    local = t.astimezone()
    return f"{dates.date_in_words(local.date(), _lang())}, {time_text(local)}"
