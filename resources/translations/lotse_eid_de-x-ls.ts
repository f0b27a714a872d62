<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de-x-ls" sourcelanguage="de">
<context>
    <name>EidLayout</name>
    <message>
        <source>Weitere Möglichkeiten ↓</source>
        <translation>Mehr Möglichkeiten ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Möglichkeiten</source>
        <translation>↑ Möglichkeiten davor</translation>
    </message>
    <message>
        <source>Weitere Möglichkeiten zeigen</source>
        <translation>Mehr Möglichkeiten zeigen</translation>
    </message>
    <message>
        <source>Vorige Möglichkeiten zeigen</source>
        <translation>Möglichkeiten davor zeigen</translation>
    </message>
</context>
<context>
    <name>EidTexts</name>
    <message>
        <source>Bürgerbüro</source>
        <translation>Bürger·büro</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp …</source>
        <translation>Lotse sucht die AusweisApp …</translation>
    </message>
    <message>
        <source>Die AusweisApp ist installiert, aber sie läuft nicht. Drücken Sie auf „AusweisApp starten“. Dann verbindet sich Lotse von selbst.</source>
        <translation>Die AusweisApp ist auf dem Computer. Aber die AusweisApp läuft nicht. Drücken Sie auf „AusweisApp starten“. Dann verbindet sich Lotse von selbst.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist auf diesem Computer nicht installiert. Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>Die AusweisApp ist nicht auf diesem Computer. Sie bekommen die AusweisApp auf ausweisapp.bund.de. Das kostet nichts. Wenn die AusweisApp läuft, verbindet sich Lotse von selbst.</translation>
    </message>
    <message>
        <source>Die AusweisApp läuft nicht. Bitte starten Sie die AusweisApp. Sie ist noch nicht installiert? Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>Die AusweisApp läuft nicht. Bitte starten Sie die AusweisApp. Sie haben die AusweisApp noch nicht? Sie bekommen die AusweisApp auf ausweisapp.bund.de. Das kostet nichts. Wenn die AusweisApp läuft, verbindet sich Lotse von selbst.</translation>
    </message>
    <message>
        <source>Ihre AusweisApp ist zu alt für Lotse (Version {0}). Bitte installieren Sie die neue Version von ausweisapp.bund.de. Das kostet nichts.</source>
        <translation>Ihre AusweisApp ist zu alt für Lotse (Version {0}). Bitte holen Sie die neue AusweisApp von ausweisapp.bund.de. Das kostet nichts.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie das andere Programm. Dann geht es von selbst weiter.</source>
        <translation>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie das andere Programm. Dann geht es von selbst weiter.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist weg. Lotse versucht es von selbst wieder.</source>
        <translation>Die Verbindung zur AusweisApp ist weg. Lotse versucht es von selbst noch einmal.</translation>
    </message>
    <message>
        <source>Kein Kartenleser gefunden. Bitte schließen Sie den Kartenleser an. Oder verbinden Sie Ihr Smartphone in der AusweisApp als Kartenleser.</source>
        <translation>Lotse findet keinen Karten·leser. Bitte stecken Sie den Karten·leser an den Computer. Oder verbinden Sie Ihr Smart·phone als Karten·leser. Das machen Sie in der AusweisApp.</translation>
    </message>
    <message>
        <source>Kartenleser gefunden. Bitte legen Sie Ihren Ausweis darauf.</source>
        <translation>Lotse hat den Karten·leser gefunden. Bitte legen Sie Ihren Ausweis auf den Karten·leser.</translation>
    </message>
    <message>
        <source>Ihr Ausweis liegt auf dem Kartenleser.</source>
        <translation>Ihr Ausweis liegt auf dem Karten·leser.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben 3 Versuche für die PIN.</source>
        <translation>Lotse hat den Ausweis gefunden. Sie haben 3 Versuche für die PIN.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben noch 2 Versuche für die PIN.</source>
        <translation>Lotse hat den Ausweis gefunden. Sie haben noch 2 Versuche für die PIN.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben nur noch 1 Versuch. Vorher brauchen Sie die Zugangsnummer.</source>
        <translation>Lotse hat den Ausweis gefunden. Sie haben nur noch 1 Versuch. Vorher brauchen Sie die Zugangs·nummer.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PIN ist gesperrt. Sie brauchen die PUK.</source>
        <translation>Lotse hat den Ausweis gefunden. Die PIN ist gesperrt. Sie brauchen die PUK.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PUK ist aufgebraucht. Das {office} hilft.</source>
        <translation>Lotse hat den Ausweis gefunden. Die PUK ist verbraucht. Das {office} hilft Ihnen.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die Online-Funktion ist deaktiviert, also ausgeschaltet.</source>
        <translation>Lotse hat den Ausweis gefunden. Die Online-Funktion ist aus.</translation>
    </message>
    <message>
        <source>Ausweis gefunden.</source>
        <translation>Lotse hat den Ausweis gefunden.</translation>
    </message>
    <message>
        <source>AusweisApp starten</source>
        <translation>AusweisApp starten</translation>
    </message>
    <message>
        <source>Die AusweisApp startet. Das kann einen Moment dauern. Lotse verbindet sich von selbst.</source>
        <translation>Die AusweisApp startet. Das dauert vielleicht einen Moment. Lotse verbindet sich von selbst.</translation>
    </message>
    <message>
        <source>Die AusweisApp ließ sich nicht starten. Bitte starten Sie sie selbst.</source>
        <translation>Die AusweisApp startet nicht. Bitte starten Sie die AusweisApp selbst.</translation>
    </message>
    <message>
        <source>Übungsmodus – Ihr echter Ausweis wird nicht benutzt</source>
        <translation>Übung – Ihr echter Ausweis bleibt, wie er ist</translation>
    </message>
    <message>
        <source>Erst üben: Übungsmodus starten</source>
        <translation>Erst üben: Übung starten</translation>
    </message>
    <message>
        <source>Übungsmodus beenden</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: Einmal-PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Zahlen von der Übungs·karte: Einmal-PIN {0}, Zugangs·nummer {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Zahlen von der Übungs·karte: PIN {0}, Zugangs·nummer {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Was möchten Sie üben?</source>
        <translation>Was möchten Sie üben?</translation>
    </message>
    <message>
        <source>Im Übungsmodus benutzt Lotse eine Übungskarte. Ihr echter Ausweis bleibt unberührt.</source>
        <translation>Bei der Übung nimmt Lotse eine Übungs·karte. Ihr echter Ausweis bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Auch falsche Eingaben kosten hier nichts.</source>
        <translation>Sie können hier falsche Zahlen eintippen. Das ist nicht schlimm.</translation>
    </message>
    <message>
        <source>Die erste eigene PIN wählen, mit dem PIN-Brief</source>
        <translation>Die erste eigene PIN wählen, mit dem PIN-Brief</translation>
    </message>
    <message>
        <source>Meine PIN ändern</source>
        <translation>Meine PIN ändern</translation>
    </message>
    <message>
        <source>Den letzten Versuch, mit der Zugangsnummer</source>
        <translation>Den letzten Versuch, mit der Zugangs·nummer</translation>
    </message>
    <message>
        <source>Eine gesperrte PIN mit der PUK entsperren</source>
        <translation>Eine gesperrte PIN mit der PUK wieder frei·machen</translation>
    </message>
    <message>
        <source>Doch nicht üben</source>
        <translation>Doch nicht üben</translation>
    </message>
    <message>
        <source>Ohne Lotse in der AusweisApp weitermachen</source>
        <translation>Ohne Lotse in der AusweisApp weiter·machen</translation>
    </message>
    <message>
        <source>Bild: ein Ausweis liegt auf einem Kartenleser.</source>
        <translation>Bild: Ein Ausweis liegt auf einem Karten·leser.</translation>
    </message>
    <message>
        <source>Das war eine Übung. Ihr echter Ausweis und Ihre PIN sind unverändert.</source>
        <translation>Das war eine Übung. Ihr echter Ausweis ist noch genauso wie vorher. Ihre PIN auch.</translation>
    </message>
    <message>
        <source>Jetzt mit meinem echten Ausweis</source>
        <translation>Jetzt mit meinem echten Ausweis</translation>
    </message>
    <message>
        <source>Noch einmal üben</source>
        <translation>Noch einmal üben</translation>
    </message>
    <message>
        <source>Zurück zur Anleitung</source>
        <translation>Zurück zur Anleitung</translation>
    </message>
    <message>
        <source>Der Übungsmodus konnte nicht starten. Bitte versuchen Sie es noch einmal.</source>
        <translation>Die Übung konnte nicht starten. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{0} von {1} Ziffern</source>
        <translation>{0} von {1} Ziffern</translation>
    </message>
    <message>
        <source>Ziffern zeigen</source>
        <translation>Ziffern zeigen</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Ziffer {0}</source>
        <translation>Ziffer {0}</translation>
    </message>
    <message>
        <source>Eingabe: {0}</source>
        <translation>Eingabe: {0}</translation>
    </message>
    <message>
        <source>Zugangsnummer</source>
        <translation>Zugangs·nummer</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>neue PIN</source>
        <translation>neue PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Ich habe den PIN-Brief mit einer Einmal-PIN. Sie hat 5 Ziffern.</source>
        <translation>Ich habe den PIN-Brief mit einer Einmal-PIN. Die Einmal-PIN hat 5 Ziffern.</translation>
    </message>
    <message>
        <source>Ich habe schon eine eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>Ich habe schon eine eigene PIN. Meine PIN hat 6 Ziffern.</translation>
    </message>
    <message>
        <source>Ich kenne meine PIN nicht mehr.</source>
        <translation>Ich weiß meine PIN nicht mehr.</translation>
    </message>
    <message>
        <source>Ich gehe lieber zum {office}</source>
        <translation>Ich gehe lieber zum {office}</translation>
    </message>
    <message>
        <source>Ja, ich bin sicher. Ich gebe die PIN ein.</source>
        <translation>Ja, ich bin sicher. Ich tippe die PIN ein.</translation>
    </message>
    <message>
        <source>Ich habe keine PUK</source>
        <translation>Ich habe keine PUK</translation>
    </message>
    <message>
        <source>Ich habe eine andere PIN</source>
        <translation>Ich habe eine andere PIN</translation>
    </message>
    <message>
        <source>Trotzdem diese PIN nehmen</source>
        <translation>Diese PIN trotzdem nehmen</translation>
    </message>
    <message>
        <source>Eine andere PIN wählen</source>
        <translation>Eine andere PIN wählen</translation>
    </message>
    <message>
        <source>Bild: die Vorderseite des Ausweises. Unten rechts steht die Zugangsnummer mit 6 Ziffern. Sie ist gelb markiert.</source>
        <translation>Bild: Die Vorder·seite vom Ausweis. Unten rechts steht die Zugangs·nummer mit 6 Ziffern. Die Zugangs·nummer ist gelb.</translation>
    </message>
    <message>
        <source>{0} hat {1} Ziffern. Sie haben {2} eingegeben.</source>
        <translation>{0} hat {1} Ziffern. Sie haben {2} Ziffern eingetippt.</translation>
    </message>
    <message>
        <source>Es wurde nichts gesendet. Kein Versuch ist verloren.</source>
        <translation>Lotse hat nichts geschickt. Sie haben alle Versuche noch.</translation>
    </message>
    <message>
        <source>Bitte geben Sie nur Ziffern ein. Es wurde nichts gesendet.</source>
        <translation>Bitte tippen Sie nur Ziffern ein. Lotse hat nichts geschickt.</translation>
    </message>
    <message>
        <source>Die PIN war nicht richtig. Sie haben noch {0} Versuche.</source>
        <translation>Die PIN war falsch. Sie haben noch {0} Versuche.</translation>
    </message>
    <message>
        <source>Die PIN war wieder nicht richtig. Sie haben nur noch 1 Versuch.</source>
        <translation>Die PIN war wieder falsch. Sie haben nur noch 1 Versuch.</translation>
    </message>
    <message>
        <source>Die PIN war dreimal nicht richtig. Jetzt ist sie gesperrt.</source>
        <translation>Die PIN war 3 Mal falsch. Jetzt ist die PIN gesperrt.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer passte nicht. Das kostet keinen Versuch. Bitte prüfen Sie die Ziffern.</source>
        <translation>Die Zugangs·nummer war falsch. Das ist nicht schlimm. Sie haben noch alle Versuche. Bitte prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>Die PUK passte nicht. Das kostet nichts. Bitte prüfen Sie die Ziffern im PIN-Brief.</source>
        <translation>Die PUK war falsch. Das ist nicht schlimm. Bitte prüfen Sie die Ziffern im PIN-Brief.</translation>
    </message>
    <message>
        <source>Die PUK war richtig. Ihre PIN ist entsperrt. Sie haben wieder 3 Versuche.</source>
        <translation>Die PUK war richtig. Ihre PIN ist wieder frei. Sie haben wieder 3 Versuche.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer war richtig.</source>
        <translation>Die Zugangs·nummer war richtig.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben waren verschieden. Bitte wählen Sie die neue PIN noch einmal.</source>
        <translation>Sie haben 2 verschiedene PINs eingetippt. Bitte wählen Sie die neue PIN noch einmal.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat die Eingabe nicht angenommen. Das hat keinen Versuch gekostet. Bitte noch einmal.</source>
        <translation>Die AusweisApp hat die Zahlen nicht genommen. Sie haben alle Versuche noch. Bitte noch einmal.</translation>
    </message>
    <message>
        <source>Die AusweisApp war noch nicht bereit. Es wurde nichts geändert. Bitte geben Sie die Ziffern noch einmal ein.</source>
        <translation>Die AusweisApp war noch nicht bereit. Alles ist wie vorher. Bitte tippen Sie die Ziffern noch einmal ein.</translation>
    </message>
    <message>
        <source>Lotse hat eine Antwort der AusweisApp nicht verstanden. Es wurde nichts geändert. Bitte noch einmal.</source>
        <translation>Lotse hat die AusweisApp nicht verstanden. Alles ist wie vorher. Bitte noch einmal.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist wieder da. Wir fangen mit dem Ausweis neu an. Ihre Antworten sind noch da.</source>
        <translation>Die AusweisApp ist wieder da. Wir fangen mit dem Ausweis neu an. Ihre Antworten sind noch da.</translation>
    </message>
    <message>
        <source>Der Ausweis liegt wieder auf. Es geht weiter.</source>
        <translation>Der Ausweis liegt wieder auf dem Karten·leser. Es geht weiter.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer</source>
        <translation>Die Zugangs·nummer</translation>
    </message>
    <message>
        <source>Die PUK</source>
        <translation>Die PUK</translation>
    </message>
    <message>
        <source>Die neue PIN</source>
        <translation>Die neue PIN</translation>
    </message>
    <message>
        <source>Die PIN</source>
        <translation>Die PIN</translation>
    </message>
    <message>
        <source>Welche PIN haben Sie?</source>
        <translation>Welche PIN haben Sie?</translation>
    </message>
    <message>
        <source>Lotse kann das nicht selbst erkennen. Bitte wählen Sie eine Antwort.</source>
        <translation>Lotse weiß das nicht. Bitte wählen Sie eine Antwort.</translation>
    </message>
    <message>
        <source>Jetzt wird die AusweisApp gebraucht</source>
        <translation>Jetzt brauchen wir die AusweisApp</translation>
    </message>
    <message>
        <source>Lotse ändert Ihre PIN mit der AusweisApp.</source>
        <translation>Lotse ändert Ihre PIN mit der AusweisApp.</translation>
    </message>
    <message>
        <source>Lotse spricht mit Ihrem Ausweis.</source>
        <translation>Lotse spricht mit Ihrem Ausweis.</translation>
    </message>
    <message>
        <source>Bitte lassen Sie den Ausweis auf dem Kartenleser liegen.</source>
        <translation>Bitte lassen Sie den Ausweis auf dem Karten·leser liegen.</translation>
    </message>
    <message>
        <source>Legen Sie Ihren Ausweis auf den Kartenleser</source>
        <translation>Legen Sie Ihren Ausweis auf den Karten·leser</translation>
    </message>
    <message>
        <source>Legen Sie den Ausweis flach auf den Kartenleser.</source>
        <translation>Legen Sie den Ausweis flach auf den Karten·leser.</translation>
    </message>
    <message>
        <source>Lassen Sie ihn dort liegen, bis Lotse fertig ist.</source>
        <translation>Lassen Sie den Ausweis dort liegen, bis Lotse fertig ist.</translation>
    </message>
    <message>
        <source>Es geht von selbst weiter.</source>
        <translation>Es geht von selbst weiter.</translation>
    </message>
    <message>
        <source>Bitte legen Sie den Ausweis wieder auf</source>
        <translation>Bitte legen Sie den Ausweis wieder auf</translation>
    </message>
    <message>
        <source>Der Ausweis liegt nicht mehr auf dem Kartenleser.</source>
        <translation>Der Ausweis liegt nicht mehr auf dem Karten·leser.</translation>
    </message>
    <message>
        <source>Legen Sie ihn wieder auf. Dann geht es von selbst weiter.</source>
        <translation>Legen Sie den Ausweis wieder auf den Karten·leser. Dann geht es von selbst weiter.</translation>
    </message>
    <message>
        <source>Es ist nichts verloren.</source>
        <translation>Alles ist noch da.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre Einmal-PIN ein</source>
        <translation>Tippen Sie Ihre Einmal-PIN ein</translation>
    </message>
    <message>
        <source>Sie steht in Ihrem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>Die Einmal-PIN steht in Ihrem PIN-Brief. Sie hat 5 Ziffern.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre jetzige PIN ein</source>
        <translation>Tippen Sie Ihre PIN von jetzt ein</translation>
    </message>
    <message>
        <source>Das ist Ihre eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>Das ist Ihre eigene PIN. Sie hat 6 Ziffern.</translation>
    </message>
    <message>
        <source>Geben Sie die Zugangsnummer ein</source>
        <translation>Tippen Sie die Zugangs·nummer ein</translation>
    </message>
    <message>
        <source>Vor dem letzten Versuch braucht der Ausweis die Zugangsnummer.</source>
        <translation>Vor dem letzten Versuch braucht der Ausweis die Zugangs·nummer.</translation>
    </message>
    <message>
        <source>Sie steht vorne auf dem Ausweis, unten rechts. Sie hat 6 Ziffern.</source>
        <translation>Sie steht vorne auf dem Ausweis, unten rechts. Sie hat 6 Ziffern.</translation>
    </message>
    <message>
        <source>Eine falsche Zugangsnummer kostet keinen Versuch.</source>
        <translation>Eine falsche Zugangs·nummer ist nicht schlimm. Sie haben dann alle Versuche noch.</translation>
    </message>
    <message>
        <source>Sie haben nur noch 1 Versuch für Ihre PIN.</source>
        <translation>Sie haben nur noch 1 Versuch für Ihre PIN.</translation>
    </message>
    <message>
        <source>Halt: Jetzt kommt der letzte Versuch</source>
        <translation>Halt: Jetzt kommt der letzte Versuch</translation>
    </message>
    <message>
        <source>Ist auch diese PIN falsch, wird sie gesperrt.</source>
        <translation>Ist diese PIN auch falsch? Dann ist die PIN gesperrt.</translation>
    </message>
    <message>
        <source>Dann brauchen Sie die PUK aus dem PIN-Brief.</source>
        <translation>Dann brauchen Sie die PUK aus dem PIN-Brief.</translation>
    </message>
    <message>
        <source>Sind Sie sicher? Wenn nicht: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Sind Sie sicher? Sie sind unsicher? Im {office} bekommen Sie eine neue PIN. Das kostet nichts.</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt</source>
        <translation>Ihre PIN ist gesperrt</translation>
    </message>
    <message>
        <source>Mit der PUK können Sie die PIN entsperren.</source>
        <translation>Mit der PUK machen Sie die PIN wieder frei.</translation>
    </message>
    <message>
        <source>Die PUK hat 10 Ziffern. Sie steht im PIN-Brief unter dem Rubbelfeld.</source>
        <translation>Die PUK hat 10 Ziffern. Die PUK steht im PIN-Brief unter dem Rubbel·feld.</translation>
    </message>
    <message>
        <source>Eine falsche PUK kostet nichts.</source>
        <translation>Eine falsche PUK ist nicht schlimm.</translation>
    </message>
    <message>
        <source>Wählen Sie Ihre neue PIN</source>
        <translation>Wählen Sie Ihre neue PIN</translation>
    </message>
    <message>
        <source>Die neue PIN hat 6 Ziffern.</source>
        <translation>Die neue PIN hat 6 Ziffern.</translation>
    </message>
    <message>
        <source>Nehmen Sie Ziffern, die Sie sich gut merken können.</source>
        <translation>Nehmen Sie Ziffern, die Sie sich gut merken können.</translation>
    </message>
    <message>
        <source>Nehmen Sie nicht Ihr Geburtsdatum.</source>
        <translation>Nehmen Sie nicht Ihren Geburtstag.</translation>
    </message>
    <message>
        <source>Diese PIN ist leicht zu erraten</source>
        <translation>Diese PIN ist leicht zu raten</translation>
    </message>
    <message>
        <source>Andere könnten sie erraten. Sie dürfen sie trotzdem nehmen.</source>
        <translation>Andere Menschen können diese PIN leicht raten. Sie dürfen die PIN trotzdem nehmen.</translation>
    </message>
    <message>
        <source>Geben Sie die neue PIN noch einmal ein</source>
        <translation>Tippen Sie die neue PIN noch einmal ein</translation>
    </message>
    <message>
        <source>So prüfen wir, dass Sie sich nicht vertippt haben.</source>
        <translation>So prüfen wir: Haben Sie richtig getippt?</translation>
    </message>
    <message>
        <source>Die AusweisApp ist nicht mehr da</source>
        <translation>Die AusweisApp ist nicht mehr da</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert.</source>
        <translation>Alles ist wie vorher.</translation>
    </message>
    <message>
        <source>Ihre Antworten bleiben erhalten.</source>
        <translation>Ihre Antworten sind noch da.</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp. Einen Moment bitte.</source>
        <translation>Lotse sucht die AusweisApp. Einen Moment bitte.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie es. Dann geht es von selbst weiter.</source>
        <translation>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie das andere Programm. Dann geht es von selbst weiter.</translation>
    </message>
    <message>
        <source>Die AusweisApp wurde geschlossen. Bitte starten Sie sie wieder. Dann geht es von selbst weiter.</source>
        <translation>Die AusweisApp ist zu. Bitte starten Sie die AusweisApp wieder. Dann geht es von selbst weiter.</translation>
    </message>
    <message>
        <source>Bitte starten Sie die AusweisApp. Dann geht es von selbst weiter.</source>
        <translation>Bitte starten Sie die AusweisApp. Dann geht es von selbst weiter.</translation>
    </message>
    <message>
        <source>Sie haben noch 2 Versuche. Raten Sie bitte nicht. Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Sie haben noch 2 Versuche. Bitte raten Sie nicht. Im {office} bekommen Sie eine neue PIN. Das kostet nichts.</translation>
    </message>
    <message>
        <source>Das ist Ihr letzter Versuch. Geben Sie die PIN ein, nicht die Zugangsnummer.</source>
        <translation>Das ist Ihr letzter Versuch. Tippen Sie jetzt die PIN ein. Die Zugangs·nummer haben Sie schon eingetippt.</translation>
    </message>
    <message>
        <source>Sie besteht aus lauter gleichen Ziffern.</source>
        <translation>Die PIN hat nur gleiche Ziffern.</translation>
    </message>
    <message>
        <source>Die Ziffern folgen der Reihe nach.</source>
        <translation>Die Ziffern kommen der Reihe nach.</translation>
    </message>
    <message>
        <source>Die Ziffern wiederholen sich.</source>
        <translation>Die Ziffern kommen immer wieder.</translation>
    </message>
    <message>
        <source>Sie sieht aus wie ein Datum, zum Beispiel ein Geburtstag.</source>
        <translation>Die PIN sieht aus wie ein Datum. Zum Beispiel wie ein Geburtstag.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Zugangsnummer am Kartenleser ein</source>
        <translation>Bitte tippen Sie die Zugangs·nummer am Karten·leser ein</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PUK am Kartenleser ein</source>
        <translation>Bitte tippen Sie die PUK am Karten·leser ein</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die neue PIN am Kartenleser ein</source>
        <translation>Bitte tippen Sie die neue PIN am Karten·leser ein</translation>
    </message>
    <message>
        <source>Wählen Sie 6 Ziffern. Der Kartenleser fragt die neue PIN zweimal.</source>
        <translation>Wählen Sie 6 Ziffern. Der Karten·leser fragt 2 Mal nach der neuen PIN.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PIN am Kartenleser ein</source>
        <translation>Bitte tippen Sie die PIN am Karten·leser ein</translation>
    </message>
    <message>
        <source>Das ist die Einmal-PIN aus dem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>Das ist die Einmal-PIN aus dem PIN-Brief. Sie hat 5 Ziffern.</translation>
    </message>
    <message>
        <source>Ihr Kartenleser hat eigene Tasten. Bestätigen Sie dort mit der OK-Taste.</source>
        <translation>Ihr Karten·leser hat eigene Tasten. Drücken Sie dort auf die OK-Taste.</translation>
    </message>
    <message>
        <source>Lotse sieht die Ziffern nicht.</source>
        <translation>Lotse sieht die Ziffern nicht.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat gemeldet: Ihre neue PIN mit 6 Ziffern gilt.</source>
        <translation>Die AusweisApp sagt: Ihre neue PIN mit 6 Ziffern gilt.</translation>
    </message>
    <message>
        <source>Die Einmal-PIN aus dem Brief gilt nicht mehr.</source>
        <translation>Die Einmal-PIN aus dem Brief gilt jetzt nicht mehr.</translation>
    </message>
    <message>
        <source>Die alte PIN gilt nicht mehr.</source>
        <translation>Die alte PIN gilt jetzt nicht mehr.</translation>
    </message>
    <message>
        <source>Geschafft: Ihre neue PIN gilt</source>
        <translation>Geschafft: Ihre neue PIN gilt</translation>
    </message>
    <message>
        <source>Sie haben aufgehört</source>
        <translation>Sie haben aufgehört</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Alles ist wie vorher. Ihre PIN ist noch dieselbe.</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert</source>
        <translation>Alles ist wie vorher</translation>
    </message>
    <message>
        <source>Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Ihre PIN ist noch dieselbe.</translation>
    </message>
    <message>
        <source>Lassen Sie den Ausweis auf dem Kartenleser liegen. Drücken Sie dann auf „Noch einmal versuchen“.</source>
        <translation>Lassen Sie den Ausweis auf dem Karten·leser liegen. Drücken Sie dann auf „Noch einmal versuchen“.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist abgebrochen. Das war kurz nach der neuen PIN.</source>
        <translation>Die Verbindung zur AusweisApp ist weg. Das war kurz nach der neuen PIN.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat noch nicht geantwortet.</source>
        <translation>Die AusweisApp hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat nicht gemeldet, dass es geklappt hat. Die neue PIN war aber vielleicht schon beim Ausweis.</source>
        <translation>Die AusweisApp hat nicht gesagt: Es hat geklappt. Aber vielleicht hat der Ausweis die neue PIN schon.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob die PIN geändert ist</source>
        <translation>Wir wissen nicht sicher: Ist die PIN neu?</translation>
    </message>
    <message>
        <source>Vielleicht gilt schon die neue PIN. Vielleicht gilt noch die alte.</source>
        <translation>Vielleicht gilt schon die neue PIN. Vielleicht gilt noch die alte PIN.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht. Auf der nächsten Seite steht, was Sie sicher tun können.</source>
        <translation>Bitte raten Sie nicht. Auf der nächsten Seite steht: Das können Sie sicher tun.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht</source>
        <translation>Bitte raten Sie nicht</translation>
    </message>
    <message>
        <source>Jeder falsche Versuch zählt. Nach 3 falschen Versuchen ist die PIN gesperrt.</source>
        <translation>Jeder falsche Versuch zählt. Nach 3 falschen Versuchen ist die PIN gesperrt.</translation>
    </message>
    <message>
        <source>Im {office} bekommen Sie eine neue PIN. Ihre alte PIN brauchen Sie dort nicht.</source>
        <translation>Im {office} bekommen Sie eine neue PIN. Dort brauchen Sie Ihre alte PIN nicht.</translation>
    </message>
    <message>
        <source>Das {office} hilft Ihnen</source>
        <translation>Das {office} hilft Ihnen</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt. Ohne PUK hilft das {office}.</source>
        <translation>Ihre PIN ist gesperrt. Sie haben keine PUK? Dann hilft das {office}.</translation>
    </message>
    <message>
        <source>Die Online-Funktion ist deaktiviert</source>
        <translation>Die Online-Funktion ist aus</translation>
    </message>
    <message>
        <source>Ihr Ausweis kann sich noch nicht online ausweisen.</source>
        <translation>Ihr Ausweis kann noch nicht im Internet zeigen, wer Sie sind.</translation>
    </message>
    <message>
        <source>Die PUK ist aufgebraucht</source>
        <translation>Die PUK ist verbraucht</translation>
    </message>
    <message>
        <source>Die PUK wurde schon 10-mal benutzt. Jetzt hilft nur das {office}.</source>
        <translation>Die PUK war schon 10 Mal dran. Jetzt hilft nur das {office}.</translation>
    </message>
    <message>
        <source>Gut, dass Sie nicht raten</source>
        <translation>Gut, dass Sie nicht raten</translation>
    </message>
    <message>
        <source>Übung geschafft</source>
        <translation>Übung geschafft</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. So geht es auch mit Ihrem echten Ausweis.</source>
        <translation>Das war nur eine Übung. Mit Ihrem echten Ausweis geht es genauso.</translation>
    </message>
    <message>
        <source>An Ihrem echten Ausweis hat sich nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Ihr echter Ausweis ist noch genauso wie vorher. Ihre PIN ist noch dieselbe.</translation>
    </message>
    <message>
        <source>Übung beendet: {0}</source>
        <translation>Übung zu Ende: {0}</translation>
    </message>
    <message>
        <source>Wir warten auf die AusweisApp</source>
        <translation>Wir warten auf die AusweisApp</translation>
    </message>
    <message>
        <source>Sie haben „Abbrechen“ gedrückt.</source>
        <translation>Sie haben auf „Abbrechen“ gedrückt.</translation>
    </message>
    <message>
        <source>Die neue PIN war vielleicht schon beim Ausweis.</source>
        <translation>Vielleicht hat der Ausweis die neue PIN schon.</translation>
    </message>
    <message>
        <source>Die AusweisApp sagt uns gleich, ob sie gilt. Bitte lassen Sie den Ausweis liegen.</source>
        <translation>Die AusweisApp sagt uns gleich: Gilt die neue PIN? Bitte lassen Sie den Ausweis liegen.</translation>
    </message>
    <message>
        <source>Nicht mehr warten</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Wir prüfen Ihren Ausweis</source>
        <translation>Wir prüfen Ihren Ausweis</translation>
    </message>
    <message>
        <source>Lotse fragt die AusweisApp, wie es Ihrem Ausweis geht.</source>
        <translation>Lotse fragt die AusweisApp: Wie geht es Ihrem Ausweis?</translation>
    </message>
    <message>
        <source>Dabei wird keine PIN gebraucht. Es wird nichts verändert.</source>
        <translation>Dafür brauchen Sie keine PIN. Alles bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Ohne Kartenleser weiter</source>
        <translation>Ohne Karten·leser weiter</translation>
    </message>
    <message>
        <source>PIN ändern</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Die Einmal-PIN steht im PIN-Brief und hat 5 Ziffern. Ihre eigene PIN hat 6 Ziffern. Die Zugangsnummer steht vorne auf dem Ausweis, unten rechts. Die PUK steht im PIN-Brief unter dem Rubbelfeld. Wenn Sie unsicher sind: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Die Einmal-PIN steht im PIN-Brief. Sie hat 5 Ziffern. Ihre eigene PIN hat 6 Ziffern. Die Zugangs·nummer steht vorne auf dem Ausweis, unten rechts. Die PUK steht im PIN-Brief unter dem Rubbel·feld. Sie sind unsicher? Im {office} bekommen Sie eine neue PIN. Das kostet nichts.</translation>
    </message>
</context>
</TS>
