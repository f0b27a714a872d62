"""Every text of the eID screens, in one place (German source, translated with tr()).

The workflow (``assistant.eid.workflow``) says *what* to show as typed values (Screen, EidNotice,
Ending, Strip); this turns them into plain words. Sentences stay short; numbers are digits;
errors say what to do. Never a PIN, CAN or PUK in here: only how many digits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from assistant.eid.workflow import (
    ConnectionState,
    EidNotice,
    Ending,
    Entry,
    Letter,
    Screen,
    Strip,
    StripStatus,
    View,
    Weak,
)
from assistant.ui import words


@dataclass
class ScreenText:
    title: str
    body: list[str] = field(default_factory=list)
    warning: str = ""  # a calm but clear line in the notice box (tries left)
    todo: list[str] = field(default_factory=list)  # endings: what to do next


class EidTexts(QObject):
    """Context 'EidTexts' in lotse_eid_<lang>.ts. ``{office}`` in a text becomes the office to go to
    (the guide's remembered ``office_name``: Bürgerbüro, or Ausländerbüro for a residence permit)."""

    def __init__(self, parent: QObject | None = None, office: str = "") -> None:
        super().__init__(parent)
        self.office_name = office

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        out = super().tr(text, disambiguation, n)
        if "{office}" in out:
            out = out.replace("{office}", self.office_name or self.default_office())
        return out

    def default_office(self) -> str:
        return self.tr("Bürgerbüro")

    # --- the status strip --------------------------------------------------------------------
    def strip(self, status: StripStatus, *, brief: bool = False, installed: bool | None = None) -> str:
        """``brief``: during the PIN change the screen itself explains CAN and PUK. ``installed``:
        whether AusweisApp was found on this computer (None: not looked)."""
        k = status.kind
        if k is Strip.CONNECTING:
            return self.tr("Lotse sucht die AusweisApp …")
        if k is Strip.APP_MISSING and installed is True:
            return self.tr(
                "Die AusweisApp ist installiert, aber sie läuft nicht. "
                "Drücken Sie auf „AusweisApp starten“. Dann verbindet sich Lotse von selbst."
            )
        if k is Strip.APP_MISSING and installed is False:
            return self.tr(
                "Die AusweisApp ist auf diesem Computer nicht installiert. "
                "Sie bekommen sie kostenlos auf ausweisapp.bund.de. "
                "Lotse verbindet sich von selbst, sobald sie läuft."
            )
        if k is Strip.APP_MISSING:
            return self.tr(
                "Die AusweisApp läuft nicht. Bitte starten Sie die AusweisApp. "
                "Sie ist noch nicht installiert? Sie bekommen sie kostenlos auf ausweisapp.bund.de. "
                "Lotse verbindet sich von selbst, sobald sie läuft."
            )
        if k is Strip.APP_TOO_OLD:
            return self.tr(
                "Ihre AusweisApp ist zu alt für Lotse (Version {0}). "
                "Bitte installieren Sie die neue Version von ausweisapp.bund.de. Das kostet nichts."
            ).format(status.version or "?")
        if k is Strip.APP_BUSY:
            return self.tr(
                "Ein anderes Programm benutzt gerade die AusweisApp. "
                "Bitte schließen Sie das andere Programm. Dann geht es von selbst weiter."
            )
        if k is Strip.APP_LOST:
            return self.tr("Die Verbindung zur AusweisApp ist weg. Lotse versucht es von selbst wieder.")
        if k is Strip.NO_READER:
            return self.tr(
                "Kein Kartenleser gefunden. Bitte schließen Sie den Kartenleser an. "
                "Oder verbinden Sie Ihr Smartphone in der AusweisApp als Kartenleser."
            )
        if k is Strip.NO_CARD:
            return self.tr("Kartenleser gefunden. Bitte legen Sie Ihren Ausweis darauf.")
        if brief:
            return self.tr("Ihr Ausweis liegt auf dem Kartenleser.")
        return self.card_state(status.outcome)

    def card_state(self, outcome: str | None) -> str:
        if outcome == "tries-3":
            return self.tr("Ausweis gefunden. Sie haben 3 Versuche für die PIN.")
        if outcome == "tries-2":
            return self.tr("Ausweis gefunden. Sie haben noch 2 Versuche für die PIN.")
        if outcome == "tries-1":
            return self.tr("Ausweis gefunden. Sie haben nur noch 1 Versuch. Vorher brauchen Sie die Zugangsnummer.")
        if outcome == "blocked":
            return self.tr("Ausweis gefunden. Die PIN ist gesperrt. Sie brauchen die PUK.")
        if outcome == "inoperative":
            return self.tr("Ausweis gefunden. Die PUK ist aufgebraucht. Das {office} hilft.")
        if outcome == "deactivated":
            return self.tr("Ausweis gefunden. Die Online-Funktion ist deaktiviert, also ausgeschaltet.")
        return self.tr("Ausweis gefunden.")

    def retry(self) -> str:
        return words.try_again()

    def start_app(self) -> str:
        return self.tr("AusweisApp starten")

    def app_starting(self) -> str:
        return self.tr("Die AusweisApp startet. Das kann einen Moment dauern. Lotse verbindet sich von selbst.")

    def app_start_failed(self) -> str:
        return self.tr("Die AusweisApp ließ sich nicht starten. Bitte starten Sie sie selbst.")

    def practice_banner(self) -> str:
        return self.tr("Übungsmodus – Ihr echter Ausweis wird nicht benutzt")

    def practice_start(self) -> str:
        return self.tr("Erst üben: Übungsmodus starten")

    def practice_stop(self) -> str:
        return self.tr("Übungsmodus beenden")

    def practice_values(self, transport: str | None, pin: str, can: str, puk: str) -> str:
        """The made-up numbers of the practice card (not secrets: they belong to nobody's card)."""
        if transport:
            return self.tr("Zahlen der Übungskarte: Einmal-PIN {0}, Zugangsnummer {1}, PUK {2}.").format(
                transport, can, puk
            )
        return self.tr("Zahlen der Übungskarte: PIN {0}, Zugangsnummer {1}, PUK {2}.").format(pin, can, puk)

    def practice_choice(self) -> tuple[str, list[str], dict[str, str], str]:
        return (
            self.tr("Was möchten Sie üben?"),
            [
                self.tr("Im Übungsmodus benutzt Lotse eine Übungskarte. Ihr echter Ausweis bleibt unberührt."),
                self.tr("Auch falsche Eingaben kosten hier nichts."),
            ],
            {
                "transport-pin": self.tr("Die erste eigene PIN wählen, mit dem PIN-Brief"),
                "tries-3": self.tr("Meine PIN ändern"),
                "tries-1": self.tr("Den letzten Versuch, mit der Zugangsnummer"),
                "blocked": self.tr("Eine gesperrte PIN mit der PUK entsperren"),
            },
            self.tr("Doch nicht üben"),
        )

    def without_lotse(self) -> str:
        return self.tr("Ohne Lotse in der AusweisApp weitermachen")

    def reader_picture(self) -> str:
        return self.tr("Bild: ein Ausweis liegt auf einem Kartenleser.")

    def practice_done(self) -> str:
        return self.tr("Das war eine Übung. Ihr echter Ausweis und Ihre PIN sind unverändert.")

    def practice_to_real(self) -> str:
        return self.tr("Jetzt mit meinem echten Ausweis")

    def practice_again(self) -> str:
        return self.tr("Noch einmal üben")

    def practice_back_to_guide(self) -> str:
        return self.tr("Zurück zur Anleitung")

    def practice_failed(self) -> str:
        return self.tr("Der Übungsmodus konnte nicht starten. Bitte versuchen Sie es noch einmal.")

    # --- the number pad ----------------------------------------------------------------------
    def count(self, typed: int, total: int) -> str:
        return self.tr("{0} von {1} Ziffern").format(typed, total)

    def show_digits(self) -> str:
        return self.tr("Ziffern zeigen")

    def delete(self) -> str:
        return self.tr("Löschen")

    def done(self) -> str:
        return words.done()

    def digit_name(self, d: str) -> str:
        return self.tr("Ziffer {0}").format(d)

    def display_name(self, what: str) -> str:
        return self.tr("Eingabe: {0}").format(what)

    def entry_name(self, entry: Entry | None) -> str:
        if entry is Entry.CAN:
            return self.tr("Zugangsnummer")
        if entry is Entry.PUK:
            return self.tr("PUK")
        if entry is Entry.NEW_PIN:
            return self.tr("neue PIN")
        return self.tr("PIN")

    # --- buttons -----------------------------------------------------------------------------
    def letter_answers(self) -> list[tuple[Letter | None, str]]:
        return [
            (Letter.TRANSPORT, self.tr("Ich habe den PIN-Brief mit einer Einmal-PIN. Sie hat 5 Ziffern.")),
            (Letter.OWN, self.tr("Ich habe schon eine eigene PIN. Sie hat 6 Ziffern.")),
            (None, self.tr("Ich kenne meine PIN nicht mehr.")),
        ]

    def office(self) -> str:
        return self.tr("Ich gehe lieber zum {office}")

    def sure(self) -> str:
        return self.tr("Ja, ich bin sicher. Ich gebe die PIN ein.")

    def no_puk(self) -> str:
        return self.tr("Ich habe keine PUK")

    def other_letter(self) -> str:
        return self.tr("Ich habe eine andere PIN")

    def keep_weak(self) -> str:
        return self.tr("Trotzdem diese PIN nehmen")

    def other_pin(self) -> str:
        return self.tr("Eine andere PIN wählen")

    def cancel(self) -> str:
        return words.cancel()

    def next(self) -> str:
        return words.next_step()

    def again(self) -> str:
        return words.try_again()

    def can_picture(self) -> str:
        return self.tr(
            "Bild: die Vorderseite des Ausweises. Unten rechts steht die Zugangsnummer mit 6 Ziffern. "
            "Sie ist gelb markiert."
        )

    # --- notices -----------------------------------------------------------------------------
    def notice(self, view: View) -> str:
        n, a = view.notice, view.notice_args
        if n is None:
            return ""
        if n is EidNotice.WRONG_LENGTH:
            expected, typed = a
            what = self._length_subject(view)
            return (
                self.tr("{0} hat {1} Ziffern. Sie haben {2} eingegeben.").format(what, expected, typed)
                + " "
                + self.tr("Es wurde nichts gesendet. Kein Versuch ist verloren.")
            )
        if n is EidNotice.NOT_DIGITS:
            return self.tr("Bitte geben Sie nur Ziffern ein. Es wurde nichts gesendet.")
        if n is EidNotice.PIN_WRONG:
            left = a[0] if a else 0
            if left >= 2:
                return self.tr("Die PIN war nicht richtig. Sie haben noch {0} Versuche.").format(left)
            if left == 1:
                return self.tr("Die PIN war wieder nicht richtig. Sie haben nur noch 1 Versuch.")
            return self.tr("Die PIN war dreimal nicht richtig. Jetzt ist sie gesperrt.")
        if n is EidNotice.CAN_WRONG:
            return self.tr("Die Zugangsnummer passte nicht. Das kostet keinen Versuch. Bitte prüfen Sie die Ziffern.")
        if n is EidNotice.PUK_WRONG:
            return self.tr("Die PUK passte nicht. Das kostet nichts. Bitte prüfen Sie die Ziffern im PIN-Brief.")
        if n is EidNotice.PUK_OK:
            return self.tr("Die PUK war richtig. Ihre PIN ist entsperrt. Sie haben wieder 3 Versuche.")
        if n is EidNotice.CAN_OK:
            return self.tr("Die Zugangsnummer war richtig.")
        if n is EidNotice.MISMATCH:
            return self.tr("Die beiden Eingaben waren verschieden. Bitte wählen Sie die neue PIN noch einmal.")
        if n is EidNotice.REFUSED_FORMAT:
            return self.tr(
                "Die AusweisApp hat die Eingabe nicht angenommen. Das hat keinen Versuch gekostet. Bitte noch einmal."
            )
        if n is EidNotice.NOT_READY:
            return self.tr(
                "Die AusweisApp war noch nicht bereit. Es wurde nichts geändert. Bitte geben Sie die Ziffern noch einmal ein."
            )
        if n is EidNotice.MISUNDERSTOOD:
            return self.tr(
                "Lotse hat eine Antwort der AusweisApp nicht verstanden. Es wurde nichts geändert. Bitte noch einmal."
            )
        if n is EidNotice.RESTARTED:
            return self.tr(
                "Die AusweisApp ist wieder da. Wir fangen mit dem Ausweis neu an. Ihre Antworten sind noch da."
            )
        if n is EidNotice.CARD_BACK:
            return self.tr("Der Ausweis liegt wieder auf. Es geht weiter.")
        return ""

    def _length_subject(self, view: View) -> str:
        if view.entry is Entry.CAN:
            return self.tr("Die Zugangsnummer")
        if view.entry is Entry.PUK:
            return self.tr("Die PUK")
        if view.entry is Entry.NEW_PIN:
            return self.tr("Die neue PIN")
        return self.tr("Die PIN")

    # --- screens -----------------------------------------------------------------------------
    def screen(self, view: View) -> ScreenText:
        s = view.screen
        if s is Screen.LETTER:
            return ScreenText(
                self.tr("Welche PIN haben Sie?"),
                [self.tr("Lotse kann das nicht selbst erkennen. Bitte wählen Sie eine Antwort.")],
            )
        if s is Screen.WAIT_APP:
            return ScreenText(
                self.tr("Jetzt wird die AusweisApp gebraucht"),
                [self.tr("Lotse ändert Ihre PIN mit der AusweisApp."), self._app_reason(view.app_reason)],
            )
        if s is Screen.WORKING:
            return ScreenText(
                words.one_moment(),
                [
                    self.tr("Lotse spricht mit Ihrem Ausweis."),
                    self.tr("Bitte lassen Sie den Ausweis auf dem Kartenleser liegen."),
                ],
            )
        if s is Screen.INSERT_CARD:
            return ScreenText(
                self.tr("Legen Sie Ihren Ausweis auf den Kartenleser"),
                [
                    self.tr("Legen Sie den Ausweis flach auf den Kartenleser."),
                    self.tr("Lassen Sie ihn dort liegen, bis Lotse fertig ist."),
                    self.tr("Es geht von selbst weiter."),
                ],
            )
        if s is Screen.CARD_REMOVED:
            return ScreenText(
                self.tr("Bitte legen Sie den Ausweis wieder auf"),
                [
                    self.tr("Der Ausweis liegt nicht mehr auf dem Kartenleser."),
                    self.tr("Legen Sie ihn wieder auf. Dann geht es von selbst weiter."),
                    self.tr("Es ist nichts verloren."),
                ],
            )
        if s is Screen.PIN:
            if view.letter is Letter.TRANSPORT:
                t = ScreenText(
                    self.tr("Geben Sie Ihre Einmal-PIN ein"),
                    [self.tr("Sie steht in Ihrem PIN-Brief. Sie hat 5 Ziffern.")],
                )
            else:
                t = ScreenText(
                    self.tr("Geben Sie Ihre jetzige PIN ein"),
                    [self.tr("Das ist Ihre eigene PIN. Sie hat 6 Ziffern.")],
                )
            t.warning = self._tries_warning(view.tries_left)
            return t
        if s is Screen.CAN:
            return ScreenText(
                self.tr("Geben Sie die Zugangsnummer ein"),
                [
                    self.tr("Vor dem letzten Versuch braucht der Ausweis die Zugangsnummer."),
                    self.tr("Sie steht vorne auf dem Ausweis, unten rechts. Sie hat 6 Ziffern."),
                    self.tr("Eine falsche Zugangsnummer kostet keinen Versuch."),
                ],
                warning=self.tr("Sie haben nur noch 1 Versuch für Ihre PIN."),
            )
        if s is Screen.LAST_TRY_STOP:
            return ScreenText(
                self.tr("Halt: Jetzt kommt der letzte Versuch"),
                [
                    self.tr("Sie haben nur noch 1 Versuch für Ihre PIN."),
                    self.tr("Ist auch diese PIN falsch, wird sie gesperrt."),
                    self.tr("Dann brauchen Sie die PUK aus dem PIN-Brief."),
                ],
                warning=self.tr("Sind Sie sicher? Wenn nicht: Im {office} bekommen Sie kostenlos eine neue PIN."),
            )
        if s is Screen.PUK:
            return ScreenText(
                self.tr("Ihre PIN ist gesperrt"),
                [
                    self.tr("Mit der PUK können Sie die PIN entsperren."),
                    self.tr("Die PUK hat 10 Ziffern. Sie steht im PIN-Brief unter dem Rubbelfeld."),
                    self.tr("Eine falsche PUK kostet nichts."),
                ],
            )
        if s is Screen.NEW_PIN:
            return ScreenText(
                self.tr("Wählen Sie Ihre neue PIN"),
                [
                    self.tr("Die neue PIN hat 6 Ziffern."),
                    self.tr("Nehmen Sie Ziffern, die Sie sich gut merken können."),
                    self.tr("Nehmen Sie nicht Ihr Geburtsdatum."),
                ],
            )
        if s is Screen.NEW_PIN_ADVICE:
            return ScreenText(
                self.tr("Diese PIN ist leicht zu erraten"),
                [self._weak(view.weak), self.tr("Andere könnten sie erraten. Sie dürfen sie trotzdem nehmen.")],
            )
        if s is Screen.NEW_PIN_REPEAT:
            return ScreenText(
                self.tr("Geben Sie die neue PIN noch einmal ein"),
                [self.tr("So prüfen wir, dass Sie sich nicht vertippt haben.")],
            )
        if s is Screen.KEYPAD:
            return self._keypad(view)
        if s is Screen.WAIT_ANSWER:
            return self.wait_answer()
        if s is Screen.APP_GONE:
            return ScreenText(
                self.tr("Die AusweisApp ist nicht mehr da"),
                [
                    self.tr("Es wurde nichts geändert."),
                    self._app_reason(view.app_reason),
                    self.tr("Ihre Antworten bleiben erhalten."),
                ],
            )
        return self.ending(view)

    def _app_reason(self, link: ConnectionState | None) -> str:
        if link is ConnectionState.CONNECTING or link is ConnectionState.CONNECTED:
            return self.tr("Lotse sucht die AusweisApp. Einen Moment bitte.")
        if link is ConnectionState.BUSY:
            return self.tr(
                "Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie es. Dann geht es von selbst weiter."
            )
        if link is ConnectionState.LOST:
            return self.tr(
                "Die AusweisApp wurde geschlossen. Bitte starten Sie sie wieder. Dann geht es von selbst weiter."
            )
        return self.tr("Bitte starten Sie die AusweisApp. Dann geht es von selbst weiter.")

    def _tries_warning(self, left: int | None) -> str:
        if left == 2:
            return self.tr(
                "Sie haben noch 2 Versuche. Raten Sie bitte nicht. Im {office} bekommen Sie kostenlos eine neue PIN."
            )
        if left == 1:
            return self.tr("Das ist Ihr letzter Versuch. Geben Sie die PIN ein, nicht die Zugangsnummer.")
        return ""

    def _weak(self, weak: Weak | None) -> str:
        if weak is Weak.SAME:
            return self.tr("Sie besteht aus lauter gleichen Ziffern.")
        if weak is Weak.SEQUENCE:
            return self.tr("Die Ziffern folgen der Reihe nach.")
        if weak is Weak.PATTERN:
            return self.tr("Die Ziffern wiederholen sich.")
        return self.tr("Sie sieht aus wie ein Datum, zum Beispiel ein Geburtstag.")

    def _keypad(self, view: View) -> ScreenText:
        e = view.entry
        if e is Entry.CAN:
            title = self.tr("Bitte tippen Sie die Zugangsnummer am Kartenleser ein")
            first = self.tr("Sie steht vorne auf dem Ausweis, unten rechts. Sie hat 6 Ziffern.")
        elif e is Entry.PUK:
            title = self.tr("Bitte tippen Sie die PUK am Kartenleser ein")
            first = self.tr("Die PUK hat 10 Ziffern. Sie steht im PIN-Brief unter dem Rubbelfeld.")
        elif e is Entry.NEW_PIN:
            title = self.tr("Bitte tippen Sie die neue PIN am Kartenleser ein")
            first = self.tr("Wählen Sie 6 Ziffern. Der Kartenleser fragt die neue PIN zweimal.")
        else:
            title = self.tr("Bitte tippen Sie die PIN am Kartenleser ein")
            first = (
                self.tr("Das ist die Einmal-PIN aus dem PIN-Brief. Sie hat 5 Ziffern.")
                if view.letter is Letter.TRANSPORT
                else self.tr("Das ist Ihre eigene PIN. Sie hat 6 Ziffern.")
            )
        t = ScreenText(
            title,
            [
                first,
                self.tr("Ihr Kartenleser hat eigene Tasten. Bestätigen Sie dort mit der OK-Taste."),
                self.tr("Lotse sieht die Ziffern nicht."),
            ],
        )
        if e is Entry.PIN:
            t.warning = self._tries_warning(view.tries_left)
        return t

    def ending(self, view: View) -> ScreenText:
        """What happened, nothing more: the guide's end step says what to do next, where and with what."""
        e = view.ending
        if e is Ending.CHANGED:
            body = [self.tr("Die AusweisApp hat gemeldet: Ihre neue PIN mit 6 Ziffern gilt.")]
            if view.letter is Letter.TRANSPORT:
                body.append(self.tr("Die Einmal-PIN aus dem Brief gilt nicht mehr."))
            else:
                body.append(self.tr("Die alte PIN gilt nicht mehr."))
            return ScreenText(self.tr("Geschafft: Ihre neue PIN gilt"), body)
        if e is Ending.CANCELLED:
            return ScreenText(
                self.tr("Sie haben aufgehört"),
                [self.tr("Es wurde nichts geändert. Ihre PIN ist dieselbe wie vorher.")],
            )
        if e is Ending.NOTHING_CHANGED:
            return ScreenText(
                self.tr("Es wurde nichts geändert"),
                [
                    self.tr("Ihre PIN ist dieselbe wie vorher."),
                    self.tr(
                        "Lassen Sie den Ausweis auf dem Kartenleser liegen. Drücken Sie dann auf „Noch einmal versuchen“."
                    ),
                ],
            )
        if e is Ending.UNCERTAIN:
            if view.cause == "lost":
                why = self.tr("Die Verbindung zur AusweisApp ist abgebrochen. Das war kurz nach der neuen PIN.")
            elif view.cause == "stopped":
                why = self.tr("Die AusweisApp hat noch nicht geantwortet.")
            else:
                why = self.tr(
                    "Die AusweisApp hat nicht gemeldet, dass es geklappt hat. Die neue PIN war aber vielleicht schon beim Ausweis."
                )
            return ScreenText(
                self.tr("Wir wissen nicht sicher, ob die PIN geändert ist"),
                [
                    why,
                    self.tr("Vielleicht gilt schon die neue PIN. Vielleicht gilt noch die alte."),
                    self.tr("Bitte raten Sie nicht. Auf der nächsten Seite steht, was Sie sicher tun können."),
                ],
            )
        if e is Ending.FORGOT:
            return ScreenText(
                self.tr("Bitte raten Sie nicht"),
                [
                    self.tr("Jeder falsche Versuch zählt. Nach 3 falschen Versuchen ist die PIN gesperrt."),
                    self.tr("Im {office} bekommen Sie eine neue PIN. Ihre alte PIN brauchen Sie dort nicht."),
                ],
            )
        if e is Ending.NO_PUK:
            return ScreenText(
                self.tr("Das {office} hilft Ihnen"),
                [self.tr("Ihre PIN ist gesperrt. Ohne PUK hilft das {office}.")],
            )
        if e is Ending.DEACTIVATED:
            return ScreenText(
                self.tr("Die Online-Funktion ist deaktiviert"),
                [self.tr("Ihr Ausweis kann sich noch nicht online ausweisen."), self.tr("Es wurde nichts geändert.")],
            )
        if e is Ending.INOPERATIVE:
            return ScreenText(
                self.tr("Die PUK ist aufgebraucht"),
                [self.tr("Die PUK wurde schon 10-mal benutzt. Jetzt hilft nur das {office}.")],
            )
        return ScreenText(
            self.tr("Gut, dass Sie nicht raten"),
            [
                self.tr("Es wurde nichts geändert."),
                self.tr("Im {office} bekommen Sie eine neue PIN. Ihre alte PIN brauchen Sie dort nicht."),
            ],
        )

    def practice_ending(self, view: View) -> ScreenText:
        """Practice never says the PIN changed: nothing on the real card did."""
        if view.ending is Ending.CHANGED:
            return ScreenText(
                self.tr("Übung geschafft"),
                [
                    self.tr("Das war nur eine Übung. So geht es auch mit Ihrem echten Ausweis."),
                    self.tr("An Ihrem echten Ausweis hat sich nichts geändert. Ihre PIN ist dieselbe wie vorher."),
                ],
            )
        st = self.ending(view)
        return ScreenText(self.tr("Übung beendet: {0}").format(st.title), [self.practice_done()])

    def wait_answer(self) -> ScreenText:
        return ScreenText(
            self.tr("Wir warten auf die AusweisApp"),
            [
                self.tr("Sie haben „Abbrechen“ gedrückt."),
                self.tr("Die neue PIN war vielleicht schon beim Ausweis."),
                self.tr("Die AusweisApp sagt uns gleich, ob sie gilt. Bitte lassen Sie den Ausweis liegen."),
            ],
        )

    def stop_waiting(self) -> str:
        return self.tr("Nicht mehr warten")

    def todo_heading(self) -> str:
        return words.what_to_do_now()

    def read_card_title(self) -> str:
        return self.tr("Wir prüfen Ihren Ausweis")

    def read_card_body(self) -> list[str]:
        return [
            self.tr("Lotse fragt die AusweisApp, wie es Ihrem Ausweis geht."),
            self.tr("Dabei wird keine PIN gebraucht. Es wird nichts verändert."),
        ]

    def read_card_skip(self) -> str:
        return self.tr("Ohne Kartenleser weiter")

    def change_pin_title(self) -> str:
        return self.tr("PIN ändern")

    def help(self) -> str:
        return self.tr(
            "Die Einmal-PIN steht im PIN-Brief und hat 5 Ziffern. Ihre eigene PIN hat 6 Ziffern. "
            "Die Zugangsnummer steht vorne auf dem Ausweis, unten rechts. "
            "Die PUK steht im PIN-Brief unter dem Rubbelfeld. "
            "Wenn Sie unsicher sind: Im {office} bekommen Sie kostenlos eine neue PIN."
        )
