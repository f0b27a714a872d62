<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>HelperDock</name>
    <message>
        <source>Helfer-Ansicht für die Helferin oder den Helfer</source>
        <translation>Helper view for the volunteer</translation>
    </message>
    <message>
        <source>Eigenes Fenster</source>
        <translation>Own window</translation>
    </message>
    <message>
        <source>Zurück ins Hauptfenster</source>
        <translation>Back into the main window</translation>
    </message>
    <message>
        <source>Helfer-Ansicht: {0}</source>
        <translation>Helper view: {0}</translation>
    </message>
</context>
<context>
    <name>HelperView</name>
    <message>
        <source>Bitte schauen Sie weg.</source>
        <translation>Please look away.</translation>
    </message>
    <message>
        <source>Die Person tippt die PIN am Lesegerät ein. Bitten Sie sie darum. Helfen Sie nur mit Worten.</source>
        <translation>The person types the PIN on the card reader. Ask them to do so. Help with words only.</translation>
    </message>
    <message>
        <source>Hinweis für Mitarbeitende: {0}</source>
        <translation>Note for staff: {0}</translation>
    </message>
    <message>
        <source>Die Person ist bei: {0}</source>
        <translation>The person is at: {0}</translation>
    </message>
    <message>
        <source>Die Person ist auf der Startseite.</source>
        <translation>The person is on the start page.</translation>
    </message>
    <message>
        <source>Hier sehen Sie, wo die Person in einer Anleitung ist und was als Nächstes kommt. Was die Person eintippt, sehen Sie hier nie.</source>
        <translation>Here you see where the person is in a guide and what comes next. You never see here what the person types.</translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation>Code: {0}</translation>
    </message>
    <message>
        <source>Tipps für diesen Schritt</source>
        <translation>Tips for this step</translation>
    </message>
    <message>
        <source>Für diesen Schritt gibt es keine Tipps.</source>
        <translation>There are no tips for this step.</translation>
    </message>
    <message>
        <source>Was als Nächstes kommt</source>
        <translation>What comes next</translation>
    </message>
    <message>
        <source>Das ist das Ende der Anleitung. Bieten Sie den Merkzettel zum Mitnehmen an.</source>
        <translation>This is the end of the guide. Offer the take-home sheet.</translation>
    </message>
    <message>
        <source>„{0}“ → {1}</source>
        <translation>“{0}” → {1}</translation>
    </message>
    <message>
        <source>Weiter → {0}</source>
        <translation>Next → {0}</translation>
    </message>
    <message>
        <source>(zuletzt gewählt)</source>
        <translation>(chosen last time)</translation>
    </message>
    <message>
        <source>Bisheriger Weg</source>
        <translation>The way so far</translation>
    </message>
    <message>
        <source>Die Person ist am Anfang.</source>
        <translation>The person is at the beginning.</translation>
    </message>
    <message>
        <source>„{0}“</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>Die Person gibt jetzt ihre Geheimzahl ein.</source>
        <translation>The person is entering their secret number now.</translation>
    </message>
    <message>
        <source>Die Person tippt jetzt ihre Geheimzahl ein. Schauen Sie nicht auf den Bildschirm und nicht auf die Tastatur. Helfen Sie nur mit Worten.</source>
        <translation>The person is typing their secret number now. Do not look at the screen or the keyboard. Help with words only.</translation>
    </message>
</context>
<context>
    <name>InactivityWarning</name>
    <message>
        <source>Sind Sie noch da?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Ich bin noch da</source>
        <translation>I&apos;m still here</translation>
    </message>
    <message>
        <source>Niemand hat das Programm eine Weile benutzt. In {0} Sekunden beginnt es von vorn. Dann wird alles gelöscht, was hier eingegeben wurde.</source>
        <translation>Nobody has used the program for a while. In {0} seconds it starts again from the beginning. Then everything typed here is deleted.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Der Ordner für Ihre Daten kann nicht benutzt werden. Das Programm funktioniert, merkt sich aber nichts, bis es wieder geschlossen wird. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>The folder for your data cannot be used. The program works, but it remembers nothing once it is closed. Please tell your IT staff. Technical detail: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer können nicht gelesen werden. Zur Sicherheit gelten die strengsten Regeln: Nichts Persönliches wird aufbewahrt. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>The settings for this computer cannot be read. To be safe, the strictest rules apply: nothing personal is kept. Please tell your IT staff. Technical detail: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer haben Fehler. Es gelten sichere Grundeinstellungen. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>The settings for this computer contain mistakes. Safe basic settings apply. Please tell the IT staff. Technical detail: {0}</translation>
    </message>
    <message>
        <source>Das Programm wurde neu gestartet. Die Sitzung von eben geht weiter.</source>
        <translation>The program was restarted. The session from a moment ago goes on.</translation>
    </message>
    <message>
        <source>Nicht alles aus einer früheren Sitzung konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Not everything from an earlier session could be deleted. The program tries again at the next start.</translation>
    </message>
</context>
<context>
    <name>RolesController</name>
    <message>
        <source>Ihre Angaben bleiben nur auf diesem Computer.</source>
        <translation>What you enter stays on this computer only.</translation>
    </message>
    <message>
        <source>Alles vergessen</source>
        <translation>Forget everything</translation>
    </message>
    <message>
        <source>Hilfe-Sitzung: Am Ende wird alles Persönliche gelöscht.</source>
        <translation>Help session: at the end everything personal is deleted.</translation>
    </message>
    <message>
        <source>Sitzung beenden</source>
        <translation>End the session</translation>
    </message>
    <message>
        <source>Wenn Sie fertig sind: „Nächste Person“ löscht alles von Ihnen.</source>
        <translation>When you are done: “Next person” deletes everything of yours.</translation>
    </message>
    <message>
        <source>Nächste Person</source>
        <translation>Next person</translation>
    </message>
    <message>
        <source>Merkzettel zum Mitnehmen drucken</source>
        <translation>Print a sheet to take home</translation>
    </message>
    <message>
        <source>Helfer-Ansicht schließen</source>
        <translation>Close the helper view</translation>
    </message>
    <message>
        <source>Karte gelesen: 3 Versuche</source>
        <translation>Card read: 3 tries</translation>
    </message>
    <message>
        <source>Karte gelesen: 2 Versuche</source>
        <translation>Card read: 2 tries</translation>
    </message>
    <message>
        <source>Karte gelesen: 1 Versuch (CAN nötig)</source>
        <translation>Card read: 1 try (CAN needed)</translation>
    </message>
    <message>
        <source>PIN gesperrt (PUK nötig)</source>
        <translation>PIN blocked (PUK needed)</translation>
    </message>
    <message>
        <source>PUK aufgebraucht</source>
        <translation>PUK used up</translation>
    </message>
    <message>
        <source>Online-Funktion aus</source>
        <translation>Online function off</translation>
    </message>
    <message>
        <source>PIN geändert</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <source>PIN nicht geändert</source>
        <translation>PIN not changed</translation>
    </message>
    <message>
        <source>Nicht sicher, ob die PIN geändert ist</source>
        <translation>Not sure whether the PIN is changed</translation>
    </message>
    <message>
        <source>Lieber zum Amt</source>
        <translation>Rather go to the office</translation>
    </message>
    <message>
        <source>Termin gebucht</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>Geht hier nicht / übersprungen</source>
        <translation>Not possible here / skipped</translation>
    </message>
    <message>
        <source>Sind Sie fertig?</source>
        <translation>Are you done?</translation>
    </message>
    <message>
        <source>Dann wird alles gelöscht, was Sie hier eingegeben haben. Die nächste Person sieht nichts davon.</source>
        <translation>Then everything you entered here is deleted. The next person sees none of it.</translation>
    </message>
    <message>
        <source>Ja, alles löschen</source>
        <translation>Yes, delete everything</translation>
    </message>
    <message>
        <source>Sitzung beenden?</source>
        <translation>End the session?</translation>
    </message>
    <message>
        <source>Alles Persönliche aus dieser Sitzung wird gelöscht: wo Sie waren, Entwürfe, Termine und Meldungen auf diesem Computer.</source>
        <translation>Everything personal from this session is deleted: where you were, drafts, appointments and reports on this computer.</translation>
    </message>
    <message>
        <source>Ja, Sitzung beenden und alles löschen</source>
        <translation>Yes, end the session and delete everything</translation>
    </message>
    <message>
        <source>Möchten Sie vorher einen Merkzettel drucken?</source>
        <translation>Would you like to print a take-home sheet first?</translation>
    </message>
    <message>
        <source>Merkzettel drucken: {0}</source>
        <translation>Print a sheet: {0}</translation>
    </message>
    <message>
        <source>Abbrechen: weitermachen</source>
        <translation>Cancel: carry on</translation>
    </message>
    <message>
        <source>Programm schließen?</source>
        <translation>Close the program?</translation>
    </message>
    <message>
        <source>Dann endet die Sitzung. Alles Persönliche aus dieser Sitzung wird gelöscht.</source>
        <translation>Then the session ends. Everything personal from this session is deleted.</translation>
    </message>
    <message>
        <source>Nein, weitermachen</source>
        <translation>No, carry on</translation>
    </message>
    <message>
        <source>Ja, schließen und alles löschen</source>
        <translation>Yes, close and delete everything</translation>
    </message>
    <message>
        <source>Die Sitzung ist beendet.</source>
        <translation>The session has ended.</translation>
    </message>
    <message>
        <source>Alles Persönliche ist gelöscht.</source>
        <translation>Everything personal is deleted.</translation>
    </message>
    <message>
        <source>Neue Sitzung beginnen</source>
        <translation>Start a new session</translation>
    </message>
    <message>
        <source>Alles ist gelöscht. Die nächste Person kann beginnen.</source>
        <translation>Everything is deleted. The next person can begin.</translation>
    </message>
    <message>
        <source>Alles vergessen?</source>
        <translation>Forget everything?</translation>
    </message>
    <message>
        <source>Das Programm löscht alles, was es sich über Sie gemerkt hat:</source>
        <translation>The program deletes everything it has kept about you:</translation>
    </message>
    <message>
        <source>wo Sie in einer Anleitung waren, Entwürfe, Ihre Termine und Ihre Meldungen.</source>
        <translation>where you were in a guide, drafts, your appointments and your reports.</translation>
    </message>
    <message>
        <source>Ihre Termine beim Amt bleiben bestehen. Nur dieser Computer vergisst sie.</source>
        <translation>Your appointments at the office still stand. Only this computer forgets them.</translation>
    </message>
    <message>
        <source>Die Schriftgröße bleibt.</source>
        <translation>The text size stays.</translation>
    </message>
    <message>
        <source>Nein, nichts löschen</source>
        <translation>No, delete nothing</translation>
    </message>
    <message>
        <source>Ja, alles vergessen</source>
        <translation>Yes, forget everything</translation>
    </message>
    <message>
        <source>Alles ist vergessen. Sie können neu anfangen.</source>
        <translation>Everything is forgotten. You can start afresh.</translation>
    </message>
    <message>
        <source>Nicht alles konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Not everything could be deleted. The program tries again at the next start.</translation>
    </message>
    <message>
        <source>Das Programm bleibt offen. Wenn Sie fertig sind: „Nächste Person“.</source>
        <translation>The program stays open. When you are done: “Next person”.</translation>
    </message>
</context>
<context>
    <name>SavePlaceDialog</name>
    <message>
        <source>Wohin soll der Merkzettel?</source>
        <translation>Where should the take-home sheet go?</translation>
    </message>
    <message>
        <source>Wählen Sie einen Ort. Der Merkzettel wird dort als PDF-Datei gespeichert. Eine Datei, die es schon gibt, wird nicht überschrieben.</source>
        <translation>Choose a place. The take-home sheet is saved there as a PDF file. A file that is already there is never overwritten.</translation>
    </message>
    <message>
        <source>Anderen Ort wählen …</source>
        <translation>Choose another place …</translation>
    </message>
    <message>
        <source>Abbrechen: nicht speichern</source>
        <translation>Cancel: do not save</translation>
    </message>
    <message>
        <source>In „Dokumente“ speichern</source>
        <translation>Save in “Documents”</translation>
    </message>
    <message>
        <source>Auf den Schreibtisch (Desktop) speichern</source>
        <translation>Save on the desktop</translation>
    </message>
    <message>
        <source>Auf den USB-Stick „{0}“ speichern</source>
        <translation>Save on the USB stick “{0}”</translation>
    </message>
    <message>
        <source>Merkzettel speichern</source>
        <translation>Save the take-home sheet</translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Merkzettel zum Mitnehmen</source>
        <translation>Sheet to take home</translation>
    </message>
    <message>
        <source>Auf dem Zettel steht, was Sie jetzt tun und wohin Sie gehen. Eine Geheimzahl steht nie darauf.</source>
        <translation>The sheet says what to do now and where to go. A secret number is never on it.</translation>
    </message>
    <message>
        <source>Vorschau des Merkzettels: {0}</source>
        <translation>Preview of the sheet: {0}</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>An diesem Computer ist kein Drucker eingerichtet. Bitte fragen Sie die Mitarbeitenden vor Ort.</source>
        <translation>No printer is set up on this computer. Please ask the staff here.</translation>
    </message>
    <message>
        <source>Merkzettel drucken</source>
        <translation>Print the sheet</translation>
    </message>
    <message>
        <source>Hier wird nur auf Papier gedruckt, nicht in eine Datei. Bitte wählen Sie einen Drucker.</source>
        <translation>Here the sheet is only printed on paper, not into a file. Please choose a printer.</translation>
    </message>
    <message>
        <source>Das Drucken hat nicht geklappt. Ist der Drucker an? Versuchen Sie es bitte noch einmal.</source>
        <translation>Printing did not work. Is the printer switched on? Please try again.</translation>
    </message>
    <message>
        <source>Der Merkzettel wird gedruckt.</source>
        <translation>The sheet is being printed.</translation>
    </message>
    <message>
        <source>Merkzettel.pdf</source>
        <translation>Take-home-sheet.pdf</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt ({0}). Versuchen Sie einen anderen Ort.</source>
        <translation>Saving did not work ({0}). Try another place.</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Versuchen Sie einen anderen Ort.</source>
        <translation>Saving did not work. Try another place.</translation>
    </message>
    <message>
        <source>Gespeichert: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>Merkzettel</source>
        <translation>Take-home sheet</translation>
    </message>
    <message>
        <source>Übung – Merkzettel</source>
        <translation>Practice – take-home sheet</translation>
    </message>
    <message>
        <source>Was Sie gesagt haben</source>
        <translation>What you told us</translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <source>Wohin Sie gehen</source>
        <translation>Where you go</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer</source>
        <translation>Your reference number</translation>
    </message>
    <message>
        <source>Ihre Aufrufnummer</source>
        <translation>Your call number</translation>
    </message>
    <message>
        <source>Nennen Sie am Empfang Ihre Vorgangsnummer.</source>
        <translation>Give your reference number at the reception.</translation>
    </message>
    <message>
        <source>Mit der Vorgangsnummer können Sie nachfragen, was daraus geworden ist.</source>
        <translation>With the reference number you can ask what has become of it.</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mehr im Internet</source>
        <translation>More on the web</translation>
    </message>
    <message>
        <source>Oder scannen Sie oben rechts das Bild mit dem Handy.</source>
        <translation>Or scan the picture at the top right with your phone.</translation>
    </message>
    <message>
        <source>Erstellt am {0} mit Lotse. Auf diesem Zettel steht nie eine PIN, CAN oder PUK.</source>
        <translation>Made on {0} with Lotse. This sheet never shows a PIN, CAN or PUK.</translation>
    </message>
    <message>
        <source>Das ist ein Übungstermin. Beim Amt ist nichts gebucht. Niemand erwartet Sie.</source>
        <translation>This is a practice appointment. Nothing is booked at the office. Nobody is expecting you.</translation>
    </message>
    <message>
        <source>Das ist eine Übungsmeldung. Die Stadt hat sie nicht bekommen.</source>
        <translation>This is a practice report. The city has not received it.</translation>
    </message>
    <message>
        <source>Das war eine Übung mit einer Übungskarte. Ihr echter Ausweis wurde nicht benutzt.</source>
        <translation>This was practice with a practice card. Your real ID card was not used.</translation>
    </message>
    <message>
        <source>Wenn Sie es wirklich brauchen: machen Sie es noch einmal ohne Übung.</source>
        <translation>If you really need it: do it again without practice.</translation>
    </message>
    <message>
        <source>Kommen Sie 10 Minuten vor der Zeit.</source>
        <translation>Come 10 minutes early.</translation>
    </message>
    <message>
        <source>Sie können nicht kommen? Sagen Sie den Termin bitte ab.</source>
        <translation>You cannot come? Please cancel the appointment.</translation>
    </message>
    <message>
        <source>Die Stadt prüft Ihre Meldung.</source>
        <translation>The city checks your report.</translation>
    </message>
    <message>
        <source>ÜBUNG</source>
        <translation>PRACTICE</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Programm beenden – nur für Mitarbeitende</source>
        <translation>Close the program – staff only</translation>
    </message>
    <message>
        <source>Das Programm wird geschlossen. Alles Persönliche wird vorher gelöscht.</source>
        <translation>The program closes. Everything personal is deleted first.</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende:</source>
        <translation>Staff code:</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>Abbrechen: weiter arbeiten</source>
        <translation>Cancel: keep working</translation>
    </message>
    <message>
        <source>Programm beenden</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <source>Der Code stimmt nicht. Bitte noch einmal.</source>
        <translation>The code is not right. Please try again.</translation>
    </message>
</context>
</TS>
