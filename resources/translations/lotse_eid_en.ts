<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>EidLayout</name>
    <message>
        <source>Weitere Möglichkeiten ↓</source>
        <translation>More options ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Möglichkeiten</source>
        <translation>↑ Previous options</translation>
    </message>
    <message>
        <source>Weitere Möglichkeiten zeigen</source>
        <translation>Show more options</translation>
    </message>
    <message>
        <source>Vorige Möglichkeiten zeigen</source>
        <translation>Show the previous options</translation>
    </message>
</context>
<context>
    <name>EidTexts</name>
    <message>
        <source>Bürgerbüro</source>
        <translation>citizens&apos; office</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp …</source>
        <translation>Lotse is looking for the AusweisApp …</translation>
    </message>
    <message>
        <source>Die AusweisApp ist installiert, aber sie läuft nicht. Drücken Sie auf „AusweisApp starten“. Dann verbindet sich Lotse von selbst.</source>
        <translation>The AusweisApp is installed, but it is not running. Press “Start AusweisApp”. Then Lotse connects by itself.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist auf diesem Computer nicht installiert. Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>The AusweisApp is not installed on this computer. You get it for free at ausweisapp.bund.de. Lotse connects by itself as soon as it runs.</translation>
    </message>
    <message>
        <source>Die AusweisApp läuft nicht. Bitte starten Sie die AusweisApp. Sie ist noch nicht installiert? Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>The AusweisApp is not running. Please start the AusweisApp. Not installed yet? You can get it free at ausweisapp.bund.de. Lotse connects by itself as soon as it runs.</translation>
    </message>
    <message>
        <source>Ihre AusweisApp ist zu alt für Lotse (Version {0}). Bitte installieren Sie die neue Version von ausweisapp.bund.de. Das kostet nichts.</source>
        <translation>Your AusweisApp is too old for Lotse (version {0}). Please install the new version from ausweisapp.bund.de. It costs nothing.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie das andere Programm. Dann geht es von selbst weiter.</source>
        <translation>Another program is using the AusweisApp right now. Please close the other program. Then it goes on by itself.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist weg. Lotse versucht es von selbst wieder.</source>
        <translation>The connection to the AusweisApp is gone. Lotse tries again by itself.</translation>
    </message>
    <message>
        <source>Kein Kartenleser gefunden. Bitte schließen Sie den Kartenleser an. Oder verbinden Sie Ihr Smartphone in der AusweisApp als Kartenleser.</source>
        <translation>No card reader found. Please plug in the card reader. Or connect your smartphone as a card reader in the AusweisApp.</translation>
    </message>
    <message>
        <source>Kartenleser gefunden. Bitte legen Sie Ihren Ausweis darauf.</source>
        <translation>Card reader found. Please lay your ID card on it.</translation>
    </message>
    <message>
        <source>Ihr Ausweis liegt auf dem Kartenleser.</source>
        <translation>Your ID card is on the card reader.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben 3 Versuche für die PIN.</source>
        <translation>ID card found. You have 3 tries for the PIN.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben noch 2 Versuche für die PIN.</source>
        <translation>ID card found. You have 2 tries left for the PIN.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben nur noch 1 Versuch. Vorher brauchen Sie die Zugangsnummer.</source>
        <translation>ID card found. You have only 1 try left. First you need the access number (CAN).</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PIN ist gesperrt. Sie brauchen die PUK.</source>
        <translation>ID card found. The PIN is blocked. You need the PUK.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PUK ist aufgebraucht. Das {office} hilft.</source>
        <translation>ID card found. The PUK is used up. The {office} can help.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die Online-Funktion ist deaktiviert, also ausgeschaltet.</source>
        <translation>ID card found. The online function is deactivated, that is, switched off.</translation>
    </message>
    <message>
        <source>Ausweis gefunden.</source>
        <translation>ID card found.</translation>
    </message>
    <message>
        <source>AusweisApp starten</source>
        <translation>Start AusweisApp</translation>
    </message>
    <message>
        <source>Die AusweisApp startet. Das kann einen Moment dauern. Lotse verbindet sich von selbst.</source>
        <translation>The AusweisApp is starting. This can take a moment. Lotse connects by itself.</translation>
    </message>
    <message>
        <source>Die AusweisApp ließ sich nicht starten. Bitte starten Sie sie selbst.</source>
        <translation>The AusweisApp could not be started. Please start it yourself.</translation>
    </message>
    <message>
        <source>Übungsmodus – Ihr echter Ausweis wird nicht benutzt</source>
        <translation>Practice mode – your real ID card is not used</translation>
    </message>
    <message>
        <source>Erst üben: Übungsmodus starten</source>
        <translation>Practise first: start practice mode</translation>
    </message>
    <message>
        <source>Übungsmodus beenden</source>
        <translation>End practice mode</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: Einmal-PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Numbers of the practice card: one-time PIN {0}, access number {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Numbers of the practice card: PIN {0}, access number {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Was möchten Sie üben?</source>
        <translation>What would you like to practise?</translation>
    </message>
    <message>
        <source>Im Übungsmodus benutzt Lotse eine Übungskarte. Ihr echter Ausweis bleibt unberührt.</source>
        <translation>In practice mode Lotse uses a practice card. Your real ID card is not touched.</translation>
    </message>
    <message>
        <source>Auch falsche Eingaben kosten hier nichts.</source>
        <translation>Wrong entries cost nothing here either.</translation>
    </message>
    <message>
        <source>Die erste eigene PIN wählen, mit dem PIN-Brief</source>
        <translation>Choose my first own PIN, with the PIN letter</translation>
    </message>
    <message>
        <source>Meine PIN ändern</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <source>Den letzten Versuch, mit der Zugangsnummer</source>
        <translation>The last try, with the access number</translation>
    </message>
    <message>
        <source>Eine gesperrte PIN mit der PUK entsperren</source>
        <translation>Unblock a blocked PIN with the PUK</translation>
    </message>
    <message>
        <source>Doch nicht üben</source>
        <translation>Do not practise after all</translation>
    </message>
    <message>
        <source>Ohne Lotse in der AusweisApp weitermachen</source>
        <translation>Go on in the AusweisApp without Lotse</translation>
    </message>
    <message>
        <source>Bild: ein Ausweis liegt auf einem Kartenleser.</source>
        <translation>Picture: an ID card lies on a card reader.</translation>
    </message>
    <message>
        <source>Das war eine Übung. Ihr echter Ausweis und Ihre PIN sind unverändert.</source>
        <translation>That was practice. Your real ID card and your PIN are unchanged.</translation>
    </message>
    <message>
        <source>Jetzt mit meinem echten Ausweis</source>
        <translation>Now with my real ID card</translation>
    </message>
    <message>
        <source>Noch einmal üben</source>
        <translation>Practise again</translation>
    </message>
    <message>
        <source>Zurück zur Anleitung</source>
        <translation>Back to the guide</translation>
    </message>
    <message>
        <source>Der Übungsmodus konnte nicht starten. Bitte versuchen Sie es noch einmal.</source>
        <translation>Practice mode could not start. Please try again.</translation>
    </message>
    <message>
        <source>{0} von {1} Ziffern</source>
        <translation>{0} of {1} digits</translation>
    </message>
    <message>
        <source>Ziffern zeigen</source>
        <translation>Show digits</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ziffer {0}</source>
        <translation>Digit {0}</translation>
    </message>
    <message>
        <source>Eingabe: {0}</source>
        <translation>Entry: {0}</translation>
    </message>
    <message>
        <source>Zugangsnummer</source>
        <translation>access number</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>neue PIN</source>
        <translation>new PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Ich habe den PIN-Brief mit einer Einmal-PIN. Sie hat 5 Ziffern.</source>
        <translation>I have the PIN letter with a one-time PIN. It has 5 digits.</translation>
    </message>
    <message>
        <source>Ich habe schon eine eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>I already have my own PIN. It has 6 digits.</translation>
    </message>
    <message>
        <source>Ich kenne meine PIN nicht mehr.</source>
        <translation>I do not know my PIN any more.</translation>
    </message>
    <message>
        <source>Ich gehe lieber zum {office}</source>
        <translation>I&apos;d rather go to the {office}</translation>
    </message>
    <message>
        <source>Ja, ich bin sicher. Ich gebe die PIN ein.</source>
        <translation>Yes, I am sure. I will enter the PIN.</translation>
    </message>
    <message>
        <source>Ich habe keine PUK</source>
        <translation>I have no PUK</translation>
    </message>
    <message>
        <source>Ich habe eine andere PIN</source>
        <translation>I have a different PIN</translation>
    </message>
    <message>
        <source>Trotzdem diese PIN nehmen</source>
        <translation>Use this PIN anyway</translation>
    </message>
    <message>
        <source>Eine andere PIN wählen</source>
        <translation>Choose another PIN</translation>
    </message>
    <message>
        <source>Bild: die Vorderseite des Ausweises. Unten rechts steht die Zugangsnummer mit 6 Ziffern. Sie ist gelb markiert.</source>
        <translation>Picture: the front of the ID card. Bottom right is the access number with 6 digits. It is marked.</translation>
    </message>
    <message>
        <source>{0} hat {1} Ziffern. Sie haben {2} eingegeben.</source>
        <translation>{0} has {1} digits. You typed {2}.</translation>
    </message>
    <message>
        <source>Es wurde nichts gesendet. Kein Versuch ist verloren.</source>
        <translation>Nothing was sent. No try is lost.</translation>
    </message>
    <message>
        <source>Bitte geben Sie nur Ziffern ein. Es wurde nichts gesendet.</source>
        <translation>Please type digits only. Nothing was sent.</translation>
    </message>
    <message>
        <source>Die PIN war nicht richtig. Sie haben noch {0} Versuche.</source>
        <translation>The PIN was not right. You have {0} tries left.</translation>
    </message>
    <message>
        <source>Die PIN war wieder nicht richtig. Sie haben nur noch 1 Versuch.</source>
        <translation>The PIN was not right again. You have only 1 try left.</translation>
    </message>
    <message>
        <source>Die PIN war dreimal nicht richtig. Jetzt ist sie gesperrt.</source>
        <translation>The PIN was wrong three times. Now it is blocked.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer passte nicht. Das kostet keinen Versuch. Bitte prüfen Sie die Ziffern.</source>
        <translation>The access number did not match. That costs no try. Please check the digits.</translation>
    </message>
    <message>
        <source>Die PUK passte nicht. Das kostet nichts. Bitte prüfen Sie die Ziffern im PIN-Brief.</source>
        <translation>The PUK did not match. That costs nothing. Please check the digits in the PIN letter.</translation>
    </message>
    <message>
        <source>Die PUK war richtig. Ihre PIN ist entsperrt. Sie haben wieder 3 Versuche.</source>
        <translation>The PUK was right. Your PIN is unblocked. You have 3 tries again.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer war richtig.</source>
        <translation>The access number was right.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben waren verschieden. Bitte wählen Sie die neue PIN noch einmal.</source>
        <translation>The two entries were different. Please choose the new PIN again.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat die Eingabe nicht angenommen. Das hat keinen Versuch gekostet. Bitte noch einmal.</source>
        <translation>The AusweisApp did not accept the entry. That cost no try. Please once more.</translation>
    </message>
    <message>
        <source>Die AusweisApp war noch nicht bereit. Es wurde nichts geändert. Bitte geben Sie die Ziffern noch einmal ein.</source>
        <translation>The AusweisApp was not ready yet. Nothing was changed. Please type the digits again.</translation>
    </message>
    <message>
        <source>Lotse hat eine Antwort der AusweisApp nicht verstanden. Es wurde nichts geändert. Bitte noch einmal.</source>
        <translation>Lotse did not understand an answer of the AusweisApp. Nothing was changed. Please once more.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist wieder da. Wir fangen mit dem Ausweis neu an. Ihre Antworten sind noch da.</source>
        <translation>The AusweisApp is back. We start again with the ID card. Your answers are still there.</translation>
    </message>
    <message>
        <source>Der Ausweis liegt wieder auf. Es geht weiter.</source>
        <translation>The ID card is back on the reader. We go on.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer</source>
        <translation>The access number</translation>
    </message>
    <message>
        <source>Die PUK</source>
        <translation>The PUK</translation>
    </message>
    <message>
        <source>Die neue PIN</source>
        <translation>The new PIN</translation>
    </message>
    <message>
        <source>Die PIN</source>
        <translation>The PIN</translation>
    </message>
    <message>
        <source>Welche PIN haben Sie?</source>
        <translation>Which PIN do you have?</translation>
    </message>
    <message>
        <source>Lotse kann das nicht selbst erkennen. Bitte wählen Sie eine Antwort.</source>
        <translation>Lotse cannot tell by itself. Please choose an answer.</translation>
    </message>
    <message>
        <source>Jetzt wird die AusweisApp gebraucht</source>
        <translation>Now the AusweisApp is needed</translation>
    </message>
    <message>
        <source>Lotse ändert Ihre PIN mit der AusweisApp.</source>
        <translation>Lotse changes your PIN with the AusweisApp.</translation>
    </message>
    <message>
        <source>Lotse spricht mit Ihrem Ausweis.</source>
        <translation>Lotse is talking to your ID card.</translation>
    </message>
    <message>
        <source>Bitte lassen Sie den Ausweis auf dem Kartenleser liegen.</source>
        <translation>Please leave the ID card on the card reader.</translation>
    </message>
    <message>
        <source>Legen Sie Ihren Ausweis auf den Kartenleser</source>
        <translation>Lay your ID card on the card reader</translation>
    </message>
    <message>
        <source>Legen Sie den Ausweis flach auf den Kartenleser.</source>
        <translation>Lay the ID card flat on the card reader.</translation>
    </message>
    <message>
        <source>Lassen Sie ihn dort liegen, bis Lotse fertig ist.</source>
        <translation>Leave it there until Lotse is done.</translation>
    </message>
    <message>
        <source>Es geht von selbst weiter.</source>
        <translation>It goes on by itself.</translation>
    </message>
    <message>
        <source>Bitte legen Sie den Ausweis wieder auf</source>
        <translation>Please lay the ID card back on</translation>
    </message>
    <message>
        <source>Der Ausweis liegt nicht mehr auf dem Kartenleser.</source>
        <translation>The ID card is no longer on the card reader.</translation>
    </message>
    <message>
        <source>Legen Sie ihn wieder auf. Dann geht es von selbst weiter.</source>
        <translation>Lay it back on. Then it goes on by itself.</translation>
    </message>
    <message>
        <source>Es ist nichts verloren.</source>
        <translation>Nothing is lost.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre Einmal-PIN ein</source>
        <translation>Enter your one-time PIN</translation>
    </message>
    <message>
        <source>Sie steht in Ihrem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>It is in your PIN letter. It has 5 digits.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre jetzige PIN ein</source>
        <translation>Enter your current PIN</translation>
    </message>
    <message>
        <source>Das ist Ihre eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>That is your own PIN. It has 6 digits.</translation>
    </message>
    <message>
        <source>Geben Sie die Zugangsnummer ein</source>
        <translation>Enter the access number</translation>
    </message>
    <message>
        <source>Vor dem letzten Versuch braucht der Ausweis die Zugangsnummer.</source>
        <translation>Before the last try the ID card needs the access number.</translation>
    </message>
    <message>
        <source>Sie steht vorne auf dem Ausweis, unten rechts. Sie hat 6 Ziffern.</source>
        <translation>It is on the front of the ID card, bottom right. It has 6 digits.</translation>
    </message>
    <message>
        <source>Eine falsche Zugangsnummer kostet keinen Versuch.</source>
        <translation>A wrong access number costs no try.</translation>
    </message>
    <message>
        <source>Sie haben nur noch 1 Versuch für Ihre PIN.</source>
        <translation>You have only 1 try left for your PIN.</translation>
    </message>
    <message>
        <source>Halt: Jetzt kommt der letzte Versuch</source>
        <translation>Stop: now comes the last try</translation>
    </message>
    <message>
        <source>Ist auch diese PIN falsch, wird sie gesperrt.</source>
        <translation>If this PIN is wrong too, it will be blocked.</translation>
    </message>
    <message>
        <source>Dann brauchen Sie die PUK aus dem PIN-Brief.</source>
        <translation>Then you need the PUK from the PIN letter.</translation>
    </message>
    <message>
        <source>Sind Sie sicher? Wenn nicht: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Are you sure? If not: the {office} gives you a new PIN for free.</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt</source>
        <translation>Your PIN is blocked</translation>
    </message>
    <message>
        <source>Mit der PUK können Sie die PIN entsperren.</source>
        <translation>With the PUK you can unblock the PIN.</translation>
    </message>
    <message>
        <source>Die PUK hat 10 Ziffern. Sie steht im PIN-Brief unter dem Rubbelfeld.</source>
        <translation>The PUK has 10 digits. It is in the PIN letter under the scratch field.</translation>
    </message>
    <message>
        <source>Eine falsche PUK kostet nichts.</source>
        <translation>A wrong PUK costs nothing.</translation>
    </message>
    <message>
        <source>Wählen Sie Ihre neue PIN</source>
        <translation>Choose your new PIN</translation>
    </message>
    <message>
        <source>Die neue PIN hat 6 Ziffern.</source>
        <translation>The new PIN has 6 digits.</translation>
    </message>
    <message>
        <source>Nehmen Sie Ziffern, die Sie sich gut merken können.</source>
        <translation>Take digits you can remember well.</translation>
    </message>
    <message>
        <source>Nehmen Sie nicht Ihr Geburtsdatum.</source>
        <translation>Do not take your date of birth.</translation>
    </message>
    <message>
        <source>Diese PIN ist leicht zu erraten</source>
        <translation>This PIN is easy to guess</translation>
    </message>
    <message>
        <source>Andere könnten sie erraten. Sie dürfen sie trotzdem nehmen.</source>
        <translation>Others could guess it. You may still use it.</translation>
    </message>
    <message>
        <source>Geben Sie die neue PIN noch einmal ein</source>
        <translation>Enter the new PIN once more</translation>
    </message>
    <message>
        <source>So prüfen wir, dass Sie sich nicht vertippt haben.</source>
        <translation>This way we check that you did not mistype.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist nicht mehr da</source>
        <translation>The AusweisApp is gone</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Ihre Antworten bleiben erhalten.</source>
        <translation>Your answers are kept.</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp. Einen Moment bitte.</source>
        <translation>Lotse is looking for the AusweisApp. One moment, please.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie es. Dann geht es von selbst weiter.</source>
        <translation>Another program is using the AusweisApp right now. Please close it. Then it goes on by itself.</translation>
    </message>
    <message>
        <source>Die AusweisApp wurde geschlossen. Bitte starten Sie sie wieder. Dann geht es von selbst weiter.</source>
        <translation>The AusweisApp was closed. Please start it again. Then it goes on by itself.</translation>
    </message>
    <message>
        <source>Bitte starten Sie die AusweisApp. Dann geht es von selbst weiter.</source>
        <translation>Please start the AusweisApp. Then it goes on by itself.</translation>
    </message>
    <message>
        <source>Sie haben noch 2 Versuche. Raten Sie bitte nicht. Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>You have 2 tries left. Please do not guess. The {office} gives you a new PIN for free.</translation>
    </message>
    <message>
        <source>Das ist Ihr letzter Versuch. Geben Sie die PIN ein, nicht die Zugangsnummer.</source>
        <translation>This is your last try. Enter the PIN, not the access number.</translation>
    </message>
    <message>
        <source>Sie besteht aus lauter gleichen Ziffern.</source>
        <translation>It has only the same digit.</translation>
    </message>
    <message>
        <source>Die Ziffern folgen der Reihe nach.</source>
        <translation>The digits follow in a row.</translation>
    </message>
    <message>
        <source>Die Ziffern wiederholen sich.</source>
        <translation>The digits repeat.</translation>
    </message>
    <message>
        <source>Sie sieht aus wie ein Datum, zum Beispiel ein Geburtstag.</source>
        <translation>It looks like a date, for example a birthday.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Zugangsnummer am Kartenleser ein</source>
        <translation>Please type the access number on the card reader</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PUK am Kartenleser ein</source>
        <translation>Please type the PUK on the card reader</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die neue PIN am Kartenleser ein</source>
        <translation>Please type the new PIN on the card reader</translation>
    </message>
    <message>
        <source>Wählen Sie 6 Ziffern. Der Kartenleser fragt die neue PIN zweimal.</source>
        <translation>Choose 6 digits. The card reader asks for the new PIN twice.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PIN am Kartenleser ein</source>
        <translation>Please type the PIN on the card reader</translation>
    </message>
    <message>
        <source>Das ist die Einmal-PIN aus dem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>That is the one-time PIN from the PIN letter. It has 5 digits.</translation>
    </message>
    <message>
        <source>Ihr Kartenleser hat eigene Tasten. Bestätigen Sie dort mit der OK-Taste.</source>
        <translation>Your card reader has its own keys. Confirm there with the OK key.</translation>
    </message>
    <message>
        <source>Lotse sieht die Ziffern nicht.</source>
        <translation>Lotse does not see the digits.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat gemeldet: Ihre neue PIN mit 6 Ziffern gilt.</source>
        <translation>The AusweisApp reported: your new 6-digit PIN works.</translation>
    </message>
    <message>
        <source>Lassen Sie den Ausweis auf dem Kartenleser liegen. Drücken Sie dann auf „Noch einmal versuchen“.</source>
        <translation>Leave the ID card on the card reader. Then press “Try again”.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist abgebrochen. Das war kurz nach der neuen PIN.</source>
        <translation>The connection to the AusweisApp was lost. That was just after the new PIN.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat noch nicht geantwortet.</source>
        <translation>The AusweisApp has not answered yet.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat nicht gemeldet, dass es geklappt hat. Die neue PIN war aber vielleicht schon beim Ausweis.</source>
        <translation>The AusweisApp did not report that it worked. But the new PIN may have reached the ID card.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob die PIN geändert ist</source>
        <translation>We do not know for sure whether the PIN is changed</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht. Auf der nächsten Seite steht, was Sie sicher tun können.</source>
        <translation>Please do not guess. The next page says what you can safely do.</translation>
    </message>
    <message>
        <source>Im {office} bekommen Sie eine neue PIN. Ihre alte PIN brauchen Sie dort nicht.</source>
        <translation>At the {office} you get a new PIN. You do not need your old PIN there.</translation>
    </message>
    <message>
        <source>Die Online-Funktion ist deaktiviert</source>
        <translation>The online function is deactivated</translation>
    </message>
    <message>
        <source>Übung geschafft</source>
        <translation>Practice done</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. So geht es auch mit Ihrem echten Ausweis.</source>
        <translation>That was only practice. It works the same way with your real ID card.</translation>
    </message>
    <message>
        <source>An Ihrem echten Ausweis hat sich nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Nothing changed on your real ID card. Your PIN is the same as before.</translation>
    </message>
    <message>
        <source>Übung beendet: {0}</source>
        <translation>Practice ended: {0}</translation>
    </message>
    <message>
        <source>Wir warten auf die AusweisApp</source>
        <translation>We are waiting for the AusweisApp</translation>
    </message>
    <message>
        <source>Sie haben „Abbrechen“ gedrückt.</source>
        <translation>You pressed “Cancel”.</translation>
    </message>
    <message>
        <source>Die neue PIN war vielleicht schon beim Ausweis.</source>
        <translation>The new PIN may already have reached the ID card.</translation>
    </message>
    <message>
        <source>Die AusweisApp sagt uns gleich, ob sie gilt. Bitte lassen Sie den Ausweis liegen.</source>
        <translation>The AusweisApp will tell us in a moment whether it works. Please leave the ID card where it is.</translation>
    </message>
    <message>
        <source>Nicht mehr warten</source>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <source>Die Einmal-PIN aus dem Brief gilt nicht mehr.</source>
        <translation>The one-time PIN from the letter is no longer valid.</translation>
    </message>
    <message>
        <source>Die alte PIN gilt nicht mehr.</source>
        <translation>The old PIN is no longer valid.</translation>
    </message>
    <message>
        <source>Geschafft: Ihre neue PIN gilt</source>
        <translation>Done: your new PIN is valid</translation>
    </message>
    <message>
        <source>Sie haben aufgehört</source>
        <translation>You stopped</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Nothing was changed. Your PIN is the same as before.</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <source>Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Your PIN is the same as before.</translation>
    </message>
    <message>
        <source>Vielleicht gilt schon die neue PIN. Vielleicht gilt noch die alte.</source>
        <translation>Maybe the new PIN is valid already. Maybe the old one still is.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht</source>
        <translation>Please do not guess</translation>
    </message>
    <message>
        <source>Jeder falsche Versuch zählt. Nach 3 falschen Versuchen ist die PIN gesperrt.</source>
        <translation>Every wrong try counts. After 3 wrong tries the PIN is blocked.</translation>
    </message>
    <message>
        <source>Das {office} hilft Ihnen</source>
        <translation>The {office} helps you</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt. Ohne PUK hilft das {office}.</source>
        <translation>Your PIN is blocked. Without a PUK the {office} helps.</translation>
    </message>
    <message>
        <source>Ihr Ausweis kann sich noch nicht online ausweisen.</source>
        <translation>Your ID card cannot identify you online yet.</translation>
    </message>
    <message>
        <source>Die PUK ist aufgebraucht</source>
        <translation>The PUK is used up</translation>
    </message>
    <message>
        <source>Die PUK wurde schon 10-mal benutzt. Jetzt hilft nur das {office}.</source>
        <translation>The PUK was used 10 times already. Now only the {office} can help.</translation>
    </message>
    <message>
        <source>Gut, dass Sie nicht raten</source>
        <translation>Good that you do not guess</translation>
    </message>
    <message>
        <source>Wir prüfen Ihren Ausweis</source>
        <translation>We check your ID card</translation>
    </message>
    <message>
        <source>Lotse fragt die AusweisApp, wie es Ihrem Ausweis geht.</source>
        <translation>Lotse asks the AusweisApp about the state of your ID card.</translation>
    </message>
    <message>
        <source>Dabei wird keine PIN gebraucht. Es wird nichts verändert.</source>
        <translation>No PIN is needed for this. Nothing is changed.</translation>
    </message>
    <message>
        <source>Ohne Kartenleser weiter</source>
        <translation>Continue without a card reader</translation>
    </message>
    <message>
        <source>PIN ändern</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Die Einmal-PIN steht im PIN-Brief und hat 5 Ziffern. Ihre eigene PIN hat 6 Ziffern. Die Zugangsnummer steht vorne auf dem Ausweis, unten rechts. Die PUK steht im PIN-Brief unter dem Rubbelfeld. Wenn Sie unsicher sind: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>The one-time PIN is in the PIN letter and has 5 digits. Your own PIN has 6 digits. The access number is on the front of the ID card, bottom right. The PUK is in the PIN letter under the scratch field. If you are unsure: the {office} gives you a new PIN for free.</translation>
    </message>
</context>
</TS>
