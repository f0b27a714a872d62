<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de-x-ls" sourcelanguage="de">
<context>
    <name>HelperDock</name>
    <message>
        <source>Helfer-Ansicht für die Helferin oder den Helfer</source>
        <translation>Helfer-Ansicht für die Helferin oder den Helfer</translation>
    </message>
    <message>
        <source>Eigenes Fenster</source>
        <translation>Eigenes Fenster</translation>
    </message>
    <message>
        <source>Zurück ins Hauptfenster</source>
        <translation>Zurück ins Haupt·fenster</translation>
    </message>
    <message>
        <source>Helfer-Ansicht: {0}</source>
        <translation>Helfer-Ansicht: {0}</translation>
    </message>
</context>
<context>
    <name>HelperView</name>
    <message>
        <source>Bitte schauen Sie weg.</source>
        <translation>Bitte schauen Sie weg.</translation>
    </message>
    <message>
        <source>Die Person tippt die PIN am Lesegerät ein. Bitten Sie sie darum. Helfen Sie nur mit Worten.</source>
        <translation>Die Person tippt die PIN am Karten·leser ein. Bitten Sie die Person darum. Helfen Sie nur mit Worten.</translation>
    </message>
    <message>
        <source>Hinweis für Mitarbeitende: {0}</source>
        <translation>Hinweis für Mitarbeitende: {0}</translation>
    </message>
    <message>
        <source>Die Person ist bei: {0}</source>
        <translation>Die Person ist bei: {0}</translation>
    </message>
    <message>
        <source>Die Person ist auf der Startseite.</source>
        <translation>Die Person ist auf der Start·seite.</translation>
    </message>
    <message>
        <source>Hier sehen Sie, wo die Person in einer Anleitung ist und was als Nächstes kommt. Was die Person eintippt, sehen Sie hier nie.</source>
        <translation>Hier sehen Sie: Wo ist die Person in der Anleitung? Was kommt als Nächstes? Was die Person eintippt, sehen Sie hier nie.</translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation>Code: {0}</translation>
    </message>
    <message>
        <source>Tipps für diesen Schritt</source>
        <translation>Tipps für diesen Schritt</translation>
    </message>
    <message>
        <source>Für diesen Schritt gibt es keine Tipps.</source>
        <translation>Für diesen Schritt gibt es keine Tipps.</translation>
    </message>
    <message>
        <source>Was als Nächstes kommt</source>
        <translation>Das kommt als Nächstes</translation>
    </message>
    <message>
        <source>Das ist das Ende der Anleitung. Bieten Sie den Merkzettel zum Mitnehmen an.</source>
        <translation>Das ist das Ende der Anleitung. Bieten Sie den Merk·zettel zum Mit·nehmen an.</translation>
    </message>
    <message>
        <source>„{0}“ → {1}</source>
        <translation>„{0}“ → {1}</translation>
    </message>
    <message>
        <source>Weiter → {0}</source>
        <translation>Weiter → {0}</translation>
    </message>
    <message>
        <source>(zuletzt gewählt)</source>
        <translation>(beim letzten Mal gewählt)</translation>
    </message>
    <message>
        <source>Bisheriger Weg</source>
        <translation>Der Weg bis jetzt</translation>
    </message>
    <message>
        <source>Die Person ist am Anfang.</source>
        <translation>Die Person ist am Anfang.</translation>
    </message>
    <message>
        <source>„{0}“</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>Die Person gibt jetzt ihre Geheimzahl ein.</source>
        <translation>Die Person tippt jetzt ihre Geheim·zahl ein.</translation>
    </message>
    <message>
        <source>Die Person tippt jetzt ihre Geheimzahl ein. Schauen Sie nicht auf den Bildschirm und nicht auf die Tastatur. Helfen Sie nur mit Worten.</source>
        <translation>Die Person tippt jetzt ihre Geheim·zahl ein. Schauen Sie nicht auf den Bild·schirm. Schauen Sie nicht auf die Tastatur. Helfen Sie nur mit Worten.</translation>
    </message>
</context>
<context>
    <name>InactivityWarning</name>
    <message>
        <source>Sind Sie noch da?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Ich bin noch da</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <source>Niemand hat das Programm eine Weile benutzt. In {0} Sekunden beginnt es von vorn. Dann wird alles gelöscht, was hier eingegeben wurde.</source>
        <translation>Niemand hat das Programm eine Zeit lang benutzt. In {0} Sekunden fängt das Programm von vorne an. Dann löscht es alles, was hier eingetippt wurde.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Der Ordner für Ihre Daten kann nicht benutzt werden. Das Programm funktioniert, merkt sich aber nichts, bis es wieder geschlossen wird. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Das Programm kann den Ordner für Ihre Daten nicht benutzen. Das Programm geht. Aber es merkt sich nichts, bis Sie es schließen. Bitte sagen Sie es den Technik-Leuten. Für die Technik: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer können nicht gelesen werden. Zur Sicherheit gelten die strengsten Regeln: Nichts Persönliches wird aufbewahrt. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Das Programm kann die Einstellungen für diesen Computer nicht lesen. Darum gelten die strengsten Regeln: Das Programm hebt nichts Persönliches auf. Bitte sagen Sie es den Technik-Leuten. Für die Technik: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer haben Fehler. Es gelten sichere Grundeinstellungen. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Die Einstellungen für diesen Computer haben Fehler. Darum gelten sichere Einstellungen. Bitte sagen Sie es den Technik-Leuten. Für die Technik: {0}</translation>
    </message>
    <message>
        <source>Das Programm wurde neu gestartet. Die Sitzung von eben geht weiter.</source>
        <translation>Das Programm hat neu gestartet. Sie machen da weiter, wo Sie waren.</translation>
    </message>
    <message>
        <source>Nicht alles aus einer früheren Sitzung konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Das Programm konnte nicht alles vom letzten Mal löschen. Beim nächsten Start versucht es das noch einmal.</translation>
    </message>
</context>
<context>
    <name>RolesController</name>
    <message>
        <source>Ihre Angaben bleiben nur auf diesem Computer.</source>
        <translation>Ihre Angaben bleiben nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Alles vergessen</source>
        <translation>Alles vergessen</translation>
    </message>
    <message>
        <source>Hilfe-Sitzung: Am Ende wird alles Persönliche gelöscht.</source>
        <translation>Hilfe-Stunde: Am Ende löscht das Programm alles Persönliche.</translation>
    </message>
    <message>
        <source>Helfer-Ansicht schließen</source>
        <translation>Helfer-Ansicht schließen</translation>
    </message>
    <message>
        <source>Sitzung beenden</source>
        <translation>Hilfe-Stunde beenden</translation>
    </message>
    <message>
        <source>Wenn Sie fertig sind: „Nächste Person“ löscht alles von Ihnen.</source>
        <translation>Sie sind fertig? Dann drücken Sie auf „Nächste Person“. Das löscht alles von Ihnen.</translation>
    </message>
    <message>
        <source>Nächste Person</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <source>Merkzettel zum Mitnehmen drucken</source>
        <translation>Merk·zettel zum Mit·nehmen drucken</translation>
    </message>
    <message>
        <source>Karte gelesen: 3 Versuche</source>
        <translation>Karte gelesen: 3 Versuche</translation>
    </message>
    <message>
        <source>Karte gelesen: 2 Versuche</source>
        <translation>Karte gelesen: 2 Versuche</translation>
    </message>
    <message>
        <source>Karte gelesen: 1 Versuch (CAN nötig)</source>
        <translation>Karte gelesen: 1 Versuch (Zugangs·nummer nötig)</translation>
    </message>
    <message>
        <source>PIN gesperrt (PUK nötig)</source>
        <translation>PIN gesperrt (PUK nötig)</translation>
    </message>
    <message>
        <source>PUK aufgebraucht</source>
        <translation>PUK verbraucht</translation>
    </message>
    <message>
        <source>Online-Funktion aus</source>
        <translation>Online-Funktion aus</translation>
    </message>
    <message>
        <source>PIN geändert</source>
        <translation>PIN geändert</translation>
    </message>
    <message>
        <source>PIN nicht geändert</source>
        <translation>PIN nicht geändert</translation>
    </message>
    <message>
        <source>Nicht sicher, ob die PIN geändert ist</source>
        <translation>Unsicher: Ist die PIN geändert?</translation>
    </message>
    <message>
        <source>Lieber zum Amt</source>
        <translation>Lieber zum Amt</translation>
    </message>
    <message>
        <source>Termin gebucht</source>
        <translation>Termin gemacht</translation>
    </message>
    <message>
        <source>Geht hier nicht / übersprungen</source>
        <translation>Geht hier nicht / übersprungen</translation>
    </message>
    <message>
        <source>Sind Sie fertig?</source>
        <translation>Sind Sie fertig?</translation>
    </message>
    <message>
        <source>Dann wird alles gelöscht, was Sie hier eingegeben haben. Die nächste Person sieht nichts davon.</source>
        <translation>Dann löscht das Programm alles, was Sie hier eingetippt haben. Die nächste Person sieht nichts davon.</translation>
    </message>
    <message>
        <source>Ja, alles löschen</source>
        <translation>Ja, alles löschen</translation>
    </message>
    <message>
        <source>Sitzung beenden?</source>
        <translation>Hilfe-Stunde beenden?</translation>
    </message>
    <message>
        <source>Alles Persönliche aus dieser Sitzung wird gelöscht: wo Sie waren, Entwürfe, Termine und Meldungen auf diesem Computer.</source>
        <translation>Das Programm löscht alles Persönliche von dieser Hilfe-Stunde: wo Sie waren, Entwürfe, Termine und Meldungen auf diesem Computer.</translation>
    </message>
    <message>
        <source>Ja, Sitzung beenden und alles löschen</source>
        <translation>Ja, beenden und alles löschen</translation>
    </message>
    <message>
        <source>Möchten Sie vorher einen Merkzettel drucken?</source>
        <translation>Möchten Sie vorher einen Merk·zettel drucken?</translation>
    </message>
    <message>
        <source>Merkzettel drucken: {0}</source>
        <translation>Merk·zettel drucken: {0}</translation>
    </message>
    <message>
        <source>Abbrechen: weitermachen</source>
        <translation>Abbrechen: weiter·machen</translation>
    </message>
    <message>
        <source>Programm schließen?</source>
        <translation>Programm schließen?</translation>
    </message>
    <message>
        <source>Dann endet die Sitzung. Alles Persönliche aus dieser Sitzung wird gelöscht.</source>
        <translation>Dann ist die Hilfe-Stunde zu Ende. Das Programm löscht alles Persönliche von dieser Hilfe-Stunde.</translation>
    </message>
    <message>
        <source>Nein, weitermachen</source>
        <translation>Nein, weiter·machen</translation>
    </message>
    <message>
        <source>Ja, schließen und alles löschen</source>
        <translation>Ja, schließen und alles löschen</translation>
    </message>
    <message>
        <source>Die Sitzung ist beendet.</source>
        <translation>Die Hilfe-Stunde ist zu Ende.</translation>
    </message>
    <message>
        <source>Alles Persönliche ist gelöscht.</source>
        <translation>Alles Persönliche ist gelöscht.</translation>
    </message>
    <message>
        <source>Neue Sitzung beginnen</source>
        <translation>Neue Hilfe-Stunde anfangen</translation>
    </message>
    <message>
        <source>Alles ist gelöscht. Die nächste Person kann beginnen.</source>
        <translation>Alles ist gelöscht. Die nächste Person kann anfangen.</translation>
    </message>
    <message>
        <source>Alles vergessen?</source>
        <translation>Alles vergessen?</translation>
    </message>
    <message>
        <source>Das Programm löscht alles, was es sich über Sie gemerkt hat:</source>
        <translation>Das Programm löscht alles, was es sich über Sie gemerkt hat:</translation>
    </message>
    <message>
        <source>wo Sie in einer Anleitung waren, Entwürfe, Ihre Termine und Ihre Meldungen.</source>
        <translation>wo Sie in einer Anleitung waren, Entwürfe, Ihre Termine und Ihre Meldungen.</translation>
    </message>
    <message>
        <source>Ihre Termine beim Amt bleiben bestehen. Nur dieser Computer vergisst sie.</source>
        <translation>Ihre Termine beim Amt bleiben. Nur dieser Computer vergisst die Termine.</translation>
    </message>
    <message>
        <source>Die Schriftgröße bleibt.</source>
        <translation>Die Schrift·größe bleibt.</translation>
    </message>
    <message>
        <source>Nein, nichts löschen</source>
        <translation>Nein, nichts löschen</translation>
    </message>
    <message>
        <source>Ja, alles vergessen</source>
        <translation>Ja, alles vergessen</translation>
    </message>
    <message>
        <source>Alles ist vergessen. Sie können neu anfangen.</source>
        <translation>Alles ist vergessen. Sie können neu anfangen.</translation>
    </message>
    <message>
        <source>Nicht alles konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Das Programm konnte nicht alles löschen. Beim nächsten Start versucht es das noch einmal.</translation>
    </message>
    <message>
        <source>Das Programm bleibt offen. Wenn Sie fertig sind: „Nächste Person“.</source>
        <translation>Das Programm bleibt offen. Sie sind fertig? Dann drücken Sie auf „Nächste Person“.</translation>
    </message>
</context>
<context>
    <name>SavePlaceDialog</name>
    <message>
        <source>Wohin soll der Merkzettel?</source>
        <translation>Wohin soll der Merk·zettel?</translation>
    </message>
    <message>
        <source>Wählen Sie einen Ort. Der Merkzettel wird dort als PDF-Datei gespeichert. Eine Datei, die es schon gibt, wird nicht überschrieben.</source>
        <translation>Wählen Sie einen Ort. Dort speichert das Programm den Merk·zettel als PDF-Datei. Eine alte Datei mit gleichem Namen bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Anderen Ort wählen …</source>
        <translation>Anderen Ort wählen …</translation>
    </message>
    <message>
        <source>Abbrechen: nicht speichern</source>
        <translation>Abbrechen: nicht speichern</translation>
    </message>
    <message>
        <source>In „Dokumente“ speichern</source>
        <translation>In „Dokumente“ speichern</translation>
    </message>
    <message>
        <source>Auf den Schreibtisch (Desktop) speichern</source>
        <translation>Auf den Schreib·tisch (Desktop) speichern</translation>
    </message>
    <message>
        <source>Auf den USB-Stick „{0}“ speichern</source>
        <translation>Auf den USB-Stick „{0}“ speichern</translation>
    </message>
    <message>
        <source>Merkzettel speichern</source>
        <translation>Merk·zettel speichern</translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation>PDF-Datei (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Merkzettel zum Mitnehmen</source>
        <translation>Merk·zettel zum Mit·nehmen</translation>
    </message>
    <message>
        <source>Auf dem Zettel steht, was Sie jetzt tun und wohin Sie gehen. Eine Geheimzahl steht nie darauf.</source>
        <translation>Auf dem Zettel steht: Das tun Sie jetzt. Dahin gehen Sie. Eine Geheim·zahl steht nie auf dem Zettel.</translation>
    </message>
    <message>
        <source>Vorschau des Merkzettels: {0}</source>
        <translation>So sieht der Merk·zettel aus: {0}</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>An diesem Computer ist kein Drucker eingerichtet. Bitte fragen Sie die Mitarbeitenden vor Ort.</source>
        <translation>An diesem Computer gibt es keinen Drucker. Bitte fragen Sie die Mitarbeitenden hier.</translation>
    </message>
    <message>
        <source>Merkzettel drucken</source>
        <translation>Merk·zettel drucken</translation>
    </message>
    <message>
        <source>Hier wird nur auf Papier gedruckt, nicht in eine Datei. Bitte wählen Sie einen Drucker.</source>
        <translation>Hier drucken Sie nur auf Papier. Nicht in eine Datei. Bitte wählen Sie einen Drucker.</translation>
    </message>
    <message>
        <source>Das Drucken hat nicht geklappt. Ist der Drucker an? Versuchen Sie es bitte noch einmal.</source>
        <translation>Das Drucken hat nicht geklappt. Ist der Drucker an? Versuchen Sie es bitte noch einmal.</translation>
    </message>
    <message>
        <source>Der Merkzettel wird gedruckt.</source>
        <translation>Der Merk·zettel wird gedruckt.</translation>
    </message>
    <message>
        <source>Merkzettel.pdf</source>
        <translation>Merkzettel.pdf</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt ({0}). Versuchen Sie einen anderen Ort.</source>
        <translation>Das Speichern hat nicht geklappt ({0}). Versuchen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Versuchen Sie einen anderen Ort.</source>
        <translation>Das Speichern hat nicht geklappt. Versuchen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Gespeichert: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>Übung – Merkzettel</source>
        <translation>Übung – Merk·zettel</translation>
    </message>
    <message>
        <source>Merkzettel</source>
        <translation>Merk·zettel</translation>
    </message>
    <message>
        <source>Was Sie gesagt haben</source>
        <translation>Das haben Sie gesagt</translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation>Darum geht es</translation>
    </message>
    <message>
        <source>Wohin Sie gehen</source>
        <translation>Dahin gehen Sie</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>Öffnungs·zeiten</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer</source>
        <translation>Ihre Vorgangs·nummer</translation>
    </message>
    <message>
        <source>Ihre Aufrufnummer</source>
        <translation>Ihre Aufruf·nummer</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Mehr im Internet</source>
        <translation>Mehr im Internet</translation>
    </message>
    <message>
        <source>Oder scannen Sie oben rechts das Bild mit dem Handy.</source>
        <translation>Oder Sie fotografieren oben rechts das Bild mit dem Handy.</translation>
    </message>
    <message>
        <source>Erstellt am {0} mit Lotse. Auf diesem Zettel steht nie eine PIN, CAN oder PUK.</source>
        <translation>Gemacht am {0} mit Lotse. Auf diesem Zettel steht nie eine PIN, eine Zugangs·nummer oder eine PUK.</translation>
    </message>
    <message>
        <source>Das ist ein Übungstermin. Beim Amt ist nichts gebucht. Niemand erwartet Sie.</source>
        <translation>Das ist ein Übungs·termin. Beim Amt gibt es diesen Termin nicht. Niemand wartet auf Sie.</translation>
    </message>
    <message>
        <source>Das ist eine Übungsmeldung. Die Stadt hat sie nicht bekommen.</source>
        <translation>Das ist eine Übungs·meldung. Die Stadt hat die Meldung nicht bekommen.</translation>
    </message>
    <message>
        <source>Das war eine Übung mit einer Übungskarte. Ihr echter Ausweis wurde nicht benutzt.</source>
        <translation>Das war eine Übung mit einer Übungs·karte. Ihr echter Ausweis war nicht dabei.</translation>
    </message>
    <message>
        <source>Wenn Sie es wirklich brauchen: machen Sie es noch einmal ohne Übung.</source>
        <translation>Sie brauchen es wirklich? Dann machen Sie es noch einmal ohne Übung.</translation>
    </message>
    <message>
        <source>Kommen Sie 10 Minuten vor der Zeit.</source>
        <translation>Kommen Sie 10 Minuten vor der Zeit.</translation>
    </message>
    <message>
        <source>Nennen Sie am Empfang Ihre Vorgangsnummer.</source>
        <translation>Sagen Sie am Eingang Ihre Vorgangs·nummer.</translation>
    </message>
    <message>
        <source>Sie können nicht kommen? Sagen Sie den Termin bitte ab.</source>
        <translation>Sie können nicht kommen? Dann sagen Sie den Termin bitte ab.</translation>
    </message>
    <message>
        <source>Die Stadt prüft Ihre Meldung.</source>
        <translation>Die Stadt prüft Ihre Meldung.</translation>
    </message>
    <message>
        <source>Mit der Vorgangsnummer können Sie nachfragen, was daraus geworden ist.</source>
        <translation>Mit der Vorgangs·nummer können Sie später fragen: Was ist mit meiner Meldung passiert?</translation>
    </message>
    <message>
        <source>ÜBUNG</source>
        <translation>ÜBUNG</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Programm beenden – nur für Mitarbeitende</source>
        <translation>Programm beenden – nur für Mitarbeitende</translation>
    </message>
    <message>
        <source>Das Programm wird geschlossen. Alles Persönliche wird vorher gelöscht.</source>
        <translation>Das Programm geht zu. Vorher löscht es alles Persönliche.</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende:</source>
        <translation>Code für Mitarbeitende:</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende</source>
        <translation>Code für Mitarbeitende</translation>
    </message>
    <message>
        <source>Abbrechen: weiter arbeiten</source>
        <translation>Abbrechen: weiter arbeiten</translation>
    </message>
    <message>
        <source>Programm beenden</source>
        <translation>Programm beenden</translation>
    </message>
    <message>
        <source>Der Code stimmt nicht. Bitte noch einmal.</source>
        <translation>Der Code ist falsch. Bitte noch einmal.</translation>
    </message>
</context>
</TS>
