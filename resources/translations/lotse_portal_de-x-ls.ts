<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de-x-ls" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Wohin Sie gehen und was Sie mitbringen</source>
        <translation>Wohin gehen Sie? Was bringen Sie mit?</translation>
    </message>
    <message>
        <source>Einen Termin im Amt – und Ihre Termine ansehen</source>
        <translation>Einen Termin im Amt machen – und Ihre Termine sehen</translation>
    </message>
    <message>
        <source>Ein Schlagloch, eine kaputte Laterne – und Ihre Meldungen</source>
        <translation>Ein Loch in der Straße, eine kaputte Lampe – und Ihre Meldungen</translation>
    </message>
    <message>
        <source>Was brauche ich? (Dienst-Auskunft)</source>
        <translation>Was brauche ich? (Auskunft)</translation>
    </message>
    <message>
        <source>Die Einstellungen werden gelesen …</source>
        <translation>Das Programm liest die Einstellungen …</translation>
    </message>
    <message>
        <source>Der Schlüssel ist sicher gespeichert.</source>
        <translation>Der Schlüssel ist sicher gespeichert.</translation>
    </message>
    <message>
        <source>Der Schlüssel ist gelöscht.</source>
        <translation>Der Schlüssel ist gelöscht.</translation>
    </message>
    <message>
        <source>Der Schlüssel wurde nicht gespeichert.</source>
        <translation>Das Programm hat den Schlüssel nicht gespeichert.</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gespeichert …</source>
        <translation>Das Programm speichert den Schlüssel …</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gelöscht …</source>
        <translation>Das Programm löscht den Schlüssel …</translation>
    </message>
    <message>
        <source>Die Einstellung konnte nicht gespeichert werden.</source>
        <translation>Das Programm konnte die Einstellung nicht speichern.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Welcher Server?</source>
        <translation>Welcher Server?</translation>
    </message>
    <message>
        <source>Das Übungsportal läuft nur auf diesem Computer. Dort wird nichts wirklich gesendet.</source>
        <translation>Das Übungs·portal läuft nur auf diesem Computer. Das Programm schickt dort nichts wirklich ab.</translation>
    </message>
    <message>
        <source>Die echten Server der Stadt</source>
        <translation>Die echten Server der Stadt</translation>
    </message>
    <message>
        <source>Das Übungsportal</source>
        <translation>Das Übungs·portal</translation>
    </message>
    <message>
        <source>Was diese Stadt anbietet</source>
        <translation>Das bietet diese Stadt an</translation>
    </message>
    <message>
        <source>%1: kein Server. Ersatz: %2</source>
        <translation>%1: kein Server. Stattdessen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(Adresse noch nicht bestätigt)</source>
        <translation>(Adresse noch nicht sicher)</translation>
    </message>
    <message>
        <source>Zugangsschlüssel</source>
        <translation>Zugangs·schlüssel</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Schlüsselspeicher. Deshalb kann hier kein Schlüssel gespeichert werden. Schlüssel werden niemals offen in eine Datei geschrieben. Bitte richten Sie einen Schlüsselbund des Systems ein.</source>
        <translation>Dieser Computer hat keinen sicheren Speicher für Schlüssel. Darum kann das Programm hier keinen Schlüssel speichern. Das Programm schreibt Schlüssel nie offen in eine Datei. Bitte richten Sie einen Schlüssel·bund vom System ein.</translation>
    </message>
    <message>
        <source>Für diese Stadt braucht man keinen Schlüssel.</source>
        <translation>Für diese Stadt brauchen Sie keinen Schlüssel.</translation>
    </message>
    <message>
        <source>%1: Ein Schlüssel ist gespeichert.</source>
        <translation>%1: Ein Schlüssel ist gespeichert.</translation>
    </message>
    <message>
        <source>%1: Es ist noch kein Schlüssel gespeichert.</source>
        <translation>%1: Es ist noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Neuer Schlüssel für „%1“</source>
        <translation>Neuer Schlüssel für „%1“</translation>
    </message>
    <message>
        <source>Der Schlüssel wird nur im Schlüsselbund des Systems gespeichert.</source>
        <translation>Das Programm speichert den Schlüssel nur im Schlüssel·bund vom System.</translation>
    </message>
    <message>
        <source>Schlüssel speichern</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Schlüssel löschen</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Es gibt gerade keine Verbindung. Prüfen Sie das Internet. Versuchen Sie es dann noch einmal.</source>
        <translation>Es gibt gerade keine Verbindung. Prüfen Sie das Internet. Dann versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>Der Server hat zu spät geantwortet. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Der Server ist gerade überlastet. Bitte versuchen Sie es in ein paar Minuten noch einmal.</source>
        <translation>Der Server hat gerade zu viel zu tun. Bitte versuchen Sie es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>Das wurde nicht gefunden. Vielleicht wurde es schon gelöscht.</source>
        <translation>Das Programm hat das nicht gefunden. Vielleicht ist es schon gelöscht.</translation>
    </message>
    <message>
        <source>Der Server hat eine unverständliche Antwort geschickt. Vielleicht wird er gerade gewartet. Bitte versuchen Sie es später noch einmal.</source>
        <translation>Der Server hat eine falsche Antwort geschickt. Vielleicht wird er gerade repariert. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Für diesen Dienst fehlt ein Zugangsschlüssel. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Für diesen Dienst fehlt ein Zugangs·schlüssel. Bitte sagen Sie es den Mitarbeitenden.</translation>
    </message>
    <message>
        <source>Der Server lässt uns gerade nicht hinein. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Der Server lässt uns gerade nicht hinein. Bitte sagen Sie es den Mitarbeitenden.</translation>
    </message>
    <message>
        <source>Dieses Amt verlangt eine Prüfung, die dieses Programm nicht kann. Bitte buchen Sie im Internet oder am Telefon.</source>
        <translation>Dieses Amt will eine Prüfung. Diese Prüfung kann das Programm nicht. Bitte machen Sie den Termin im Internet. Oder am Telefon.</translation>
    </message>
    <message>
        <source>Die Verbindung zum Server ist nicht sicher. Deshalb wird nichts gesendet. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Die Verbindung zum Server ist nicht sicher. Darum schickt das Programm nichts. Bitte sagen Sie es den Mitarbeitenden.</translation>
    </message>
    <message>
        <source>Das geht in Ihrer Stadt leider nicht über dieses Programm.</source>
        <translation>Das geht in Ihrer Stadt leider nicht mit diesem Programm.</translation>
    </message>
    <message>
        <source>Sie haben abgebrochen. Es ist nichts passiert.</source>
        <translation>Sie haben abgebrochen. Alles ist wie vorher.</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin. Bitte sehen Sie in Ihren E-Mails nach oder rufen Sie 115 an. Wir buchen nicht noch einmal.</source>
        <translation>Vielleicht haben Sie schon einen Termin. Bitte schauen Sie in Ihre E-Mails. Oder rufen Sie 115 an. Wir machen den Termin nicht noch einmal.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob es angekommen ist. Deshalb senden wir es nicht doppelt. Beim nächsten Versuch prüfen wir das zuerst.</source>
        <translation>Wir wissen nicht sicher: Ist es angekommen? Darum schicken wir es nicht 2 Mal. Beim nächsten Versuch prüfen wir das zuerst.</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Speicher. Deshalb wird hier nichts gespeichert.</source>
        <translation>Dieser Computer hat keinen sicheren Speicher. Darum speichert das Programm hier nichts.</translation>
    </message>
    <message>
        <source>Dieser Termin ist inzwischen vergeben. Bitte wählen Sie eine andere Uhrzeit.</source>
        <translation>Diesen Termin hat jetzt schon jemand anderes. Bitte wählen Sie eine andere Uhr·zeit.</translation>
    </message>
    <message>
        <source>Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin noch einmal.</source>
        <translation>Der Termin war nur eine Zeit lang für Sie frei gehalten. Die Zeit ist vorbei. Bitte wählen Sie den Termin noch einmal.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Das Amt nimmt diese E-Mail-Adresse nicht. Bitte prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Dieser Termin kann nicht mehr abgesagt werden. Bitte rufen Sie das Amt an.</source>
        <translation>Diesen Termin können Sie nicht mehr absagen. Bitte rufen Sie das Amt an.</translation>
    </message>
    <message>
        <source>Die gespeicherten Zugangsdaten passen nicht zu diesem Termin. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>Die gespeicherten Daten passen nicht zu diesem Termin. Zum Absagen nehmen Sie den Link in der E-Mail vom Amt.</translation>
    </message>
    <message>
        <source>Der Name wurde nicht angenommen. Bitte prüfen Sie ihn.</source>
        <translation>Das Amt nimmt diesen Namen nicht. Bitte prüfen Sie den Namen.</translation>
    </message>
    <message>
        <source>Die Telefonnummer wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Das Amt nimmt diese Telefon·nummer nicht. Bitte prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>Dieses Amt bietet das nicht an. Bitte wählen Sie ein anderes Anliegen oder Amt.</source>
        <translation>Dieses Amt macht das nicht. Bitte wählen Sie etwas anderes. Oder ein anderes Amt.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst, worum es geht.</source>
        <translation>Bitte wählen Sie zuerst: Worum geht es?</translation>
    </message>
    <message>
        <source>Sie haben schon zu viele Termine gebucht. Bitte sagen Sie erst einen alten Termin ab.</source>
        <translation>Sie haben schon zu viele Termine. Bitte sagen Sie zuerst einen alten Termin ab.</translation>
    </message>
    <message>
        <source>So viele Anliegen passen nicht in einen Termin. Bitte buchen Sie weniger auf einmal.</source>
        <translation>Das ist zu viel für einen Termin. Bitte wählen Sie weniger Dinge für einen Termin.</translation>
    </message>
    <message>
        <source>Bei diesem Amt sind gerade keine Termine frei. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>Bei diesem Amt sind gerade keine Termine frei. Bitte versuchen Sie es später noch einmal. Oder rufen Sie 115 an.</translation>
    </message>
    <message>
        <source>Eine Angabe wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Das Amt nimmt eine Angabe nicht. Bitte prüfen Sie Ihre Angaben.</translation>
    </message>
    <message>
        <source>Beim Amt fehlen gerade Angaben zu diesem Termin. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>Beim Amt fehlen gerade Angaben zu diesem Termin. Bitte versuchen Sie es später noch einmal. Oder rufen Sie 115 an.</translation>
    </message>
    <message>
        <source>Der Server hat die Anfrage dieses Programms nicht verstanden. Das ist nicht Ihr Fehler. Bitte sagen Sie den Mitarbeitenden Bescheid oder rufen Sie 115 an.</source>
        <translation>Der Server hat das Programm nicht verstanden. Das ist nicht Ihr Fehler. Bitte sagen Sie es den Mitarbeitenden. Oder rufen Sie 115 an.</translation>
    </message>
    <message>
        <source>Die Beschreibung ist zu lang. Bitte kürzen Sie sie auf höchstens 4000 Zeichen.</source>
        <translation>Der Text ist zu lang. Bitte schreiben Sie höchstens 4000 Zeichen.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst eine Uhrzeit.</source>
        <translation>Bitte wählen Sie zuerst eine Uhr·zeit.</translation>
    </message>
    <message>
        <source>Die Angaben wurden nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Das Amt nimmt die Angaben nicht. Bitte prüfen Sie die Angaben.</translation>
    </message>
</context>
<context>
    <name>BookingConfirmation</name>
    <message>
        <source>Ihr Termin ist gebucht.</source>
        <translation>Ihr Termin ist fest.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Beim Amt ist nichts gebucht, und es kommt keine E-Mail.</source>
        <translation>Das war nur eine Übung. Beim Amt gibt es keinen Termin. Es kommt auch keine E-Mail.</translation>
    </message>
    <message>
        <source>Ihr Termin ist vorgemerkt.</source>
        <translation>Ihr Termin ist für Sie frei gehalten.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen eine E-Mail. Bitte klicken Sie dort auf den Link zum Bestätigen.</source>
        <translation>Das Amt schickt Ihnen eine E-Mail. Bitte klicken Sie in der E-Mail auf den Link. Dann ist der Termin fest.</translation>
    </message>
    <message>
        <source>Dieser Computer kann den Termin nicht sicher speichern. Unter „Meine Termine“ steht er deshalb nicht. Bitte schreiben Sie sich die Vorgangsnummer auf.</source>
        <translation>Dieser Computer kann den Termin nicht sicher speichern. Darum steht er nicht bei „Meine Termine“. Bitte schreiben Sie sich die Vorgangs·nummer auf.</translation>
    </message>
    <message>
        <source>Absagen können Sie über den Link in der E-Mail.</source>
        <translation>Zum Absagen nehmen Sie den Link in der E-Mail.</translation>
    </message>
    <message>
        <source>Sie finden den Termin auch unter „Meine Termine“.</source>
        <translation>Sie finden den Termin auch bei „Meine Termine“.</translation>
    </message>
    <message>
        <source>Wann: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>Wo: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Anliegen: %1</source>
        <translation>Was: %1</translation>
    </message>
    <message>
        <source>Vorgangsnummer: %1</source>
        <translation>Vorgangs·nummer: %1</translation>
    </message>
    <message>
        <source>Aufrufnummer: %1</source>
        <translation>Aufruf·nummer: %1</translation>
    </message>
    <message>
        <source>Zum Kalender hinzufügen</source>
        <translation>In den Kalender schreiben</translation>
    </message>
    <message>
        <source>Eine Datei speichern geht an diesem Computer nicht. Sie bliebe hier für andere liegen. Bitte drucken Sie den Termin aus.</source>
        <translation>Eine Datei speichern geht an diesem Computer nicht. Sonst sehen andere Menschen die Datei. Bitte drucken Sie den Termin aus.</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Kalender-Dateien (*.ics)</source>
        <translation>Kalender-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Gespeichert: %1. Öffnen Sie die Datei mit Ihrem Kalender.</source>
        <translation>Gespeichert: %1. Öffnen Sie die Datei mit Ihrem Kalender.</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Bitte wählen Sie einen anderen Ort.</source>
        <translation>Das Speichern hat nicht geklappt. Bitte wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Hier buchen Sie einen Termin in einem Amt. Sie wählen das Amt, das Anliegen, den Tag und die Uhrzeit. Erst auf der letzten Seite wird gebucht.</source>
        <translation>Hier machen Sie einen Termin in einem Amt. Sie wählen das Amt, was Sie dort wollen, den Tag und die Uhr·zeit. Fest ist der Termin erst auf der letzten Seite.</translation>
    </message>
    <message>
        <source>In %1 kann dieses Programm leider keine Termine buchen.</source>
        <translation>In %1 kann dieses Programm leider keine Termine machen.</translation>
    </message>
    <message>
        <source>Ein angefangener Termin konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>Sie hatten einen Termin angefangen. Das Programm kann ihn nicht lesen. Bitte fangen Sie neu an.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, einen Termin zu buchen.</source>
        <translation>Sie hatten schon angefangen, einen Termin zu machen.</translation>
    </message>
    <message>
        <source>Vielleicht ist er schon gebucht. Wir prüfen das zuerst.</source>
        <translation>Vielleicht ist der Termin schon fest. Wir prüfen das zuerst.</translation>
    </message>
    <message>
        <source>Einen neuen Termin buchen</source>
        <translation>Einen neuen Termin machen</translation>
    </message>
    <message>
        <source>Zuerst prüfen wir den angefangenen Termin. So wird nichts doppelt gebucht.</source>
        <translation>Zuerst prüfen wir den angefangenen Termin. So bekommen Sie keinen Termin 2 Mal.</translation>
    </message>
    <message>
        <source>Die Ämter werden geladen …</source>
        <translation>Das Programm lädt die Ämter …</translation>
    </message>
    <message>
        <source>In welches Amt möchten Sie gehen?</source>
        <translation>In welches Amt möchten Sie gehen?</translation>
    </message>
    <message>
        <source>Gerade bietet kein Amt Termine an. Bitte versuchen Sie es später noch einmal.</source>
        <translation>Gerade hat kein Amt Termine. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Für diesen Termin wurde schon gebucht. Solange wir nicht wissen, ob es geklappt hat, bleibt er so. Auf der letzten Seite prüfen wir das.</source>
        <translation>Für diesen Termin haben wir schon etwas abgeschickt. Wir wissen noch nicht: Hat es geklappt? Darum bleibt der Termin so. Auf der letzten Seite prüfen wir das.</translation>
    </message>
    <message>
        <source>Was möchten Sie dort erledigen?</source>
        <translation>Was möchten Sie dort machen?</translation>
    </message>
    <message>
        <source>Die freien Tage werden gesucht …</source>
        <translation>Das Programm sucht freie Tage …</translation>
    </message>
    <message>
        <source>An welchem Tag möchten Sie kommen?</source>
        <translation>An welchem Tag möchten Sie kommen?</translation>
    </message>
    <message>
        <source>In den nächsten 30 Tagen ist leider kein Termin frei.</source>
        <translation>In den nächsten 30 Tagen ist leider kein Termin frei.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon nach: %1</source>
        <translation>Fragen Sie am Telefon: %1</translation>
    </message>
    <message>
        <source>Ein anderes Amt wählen</source>
        <translation>Ein anderes Amt wählen</translation>
    </message>
    <message>
        <source>Das sind die nächsten Tage mit freien Terminen.</source>
        <translation>Das sind die nächsten Tage mit freien Terminen.</translation>
    </message>
    <message>
        <source>1 freier Termin</source>
        <translation>1 freier Termin</translation>
    </message>
    <message>
        <source>%1 freie Termine</source>
        <translation>%1 freie Termine</translation>
    </message>
    <message>
        <source>Spätere Tage zeigen</source>
        <translation>Spätere Tage zeigen</translation>
    </message>
    <message>
        <source>An diesem Tag ist nichts mehr frei. Bitte wählen Sie einen anderen Tag.</source>
        <translation>An diesem Tag ist nichts mehr frei. Bitte wählen Sie einen anderen Tag.</translation>
    </message>
    <message>
        <source>Um wie viel Uhr?</source>
        <translation>Um wie viel Uhr?</translation>
    </message>
    <message>
        <source>Der Termin wird gebucht …</source>
        <translation>Das Programm macht den Termin fest …</translation>
    </message>
</context>
<context>
    <name>BookingScreens</name>
    <message>
        <source>Auf welchen Namen soll der Termin gehen?</source>
        <translation>Auf welchen Namen soll der Termin sein?</translation>
    </message>
    <message>
        <source>Ihr Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Vorname und Nachname</source>
        <translation>Vor·name und Nach·name</translation>
    </message>
    <message>
        <source>Ihre E-Mail-Adresse</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>In der Übung wird keine E-Mail geschickt.</source>
        <translation>In der Übung kommt keine E-Mail.</translation>
    </message>
    <message>
        <source>Dorthin schickt das Amt die Bestätigung.</source>
        <translation>Dahin schickt das Amt eine E-Mail zum Termin.</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer</source>
        <translation>Ihre Telefon·nummer</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer (wenn Sie möchten)</source>
        <translation>Ihre Telefon·nummer (wenn Sie möchten)</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihren Namen in das Feld.</source>
        <translation>Bitte schreiben Sie Ihren Namen in das Feld.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre E-Mail-Adresse. Dorthin kommt die Bestätigung.</source>
        <translation>Bitte schreiben Sie Ihre E-Mail-Adresse. Dahin kommt die E-Mail zum Termin.</translation>
    </message>
    <message>
        <source>Das Amt nimmt keine E-Mail-Adresse mit ä, ö, ü, ß oder anderen besonderen Buchstaben an. Bitte nehmen Sie eine andere Adresse. Wenn Sie keine haben, buchen Sie bitte am Telefon (115).</source>
        <translation>Das Amt nimmt keine E-Mail-Adresse mit ä, ö, ü, ß oder anderen besonderen Buchstaben. Bitte nehmen Sie eine andere Adresse. Sie haben keine andere Adresse? Dann machen Sie den Termin bitte am Telefon (115).</translation>
    </message>
    <message>
        <source>In einer E-Mail-Adresse steht kein Leerzeichen. Bitte prüfen Sie die Adresse.</source>
        <translation>In einer E-Mail-Adresse ist keine Lücke. Bitte prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt. Zum Beispiel: anna.schmidt@beispiel.de</source>
        <translation>In der E-Mail-Adresse fehlt etwas. Sie braucht ein @ und einen Punkt. Zum Beispiel: anna.schmidt@beispiel.de</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre Telefonnummer in das Feld.</source>
        <translation>Bitte schreiben Sie Ihre Telefon·nummer in das Feld.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie in die Telefonnummer nur Ziffern. Zum Beispiel: 0234 123456</source>
        <translation>Bitte schreiben Sie in die Telefon·nummer nur Ziffern. Zum Beispiel: 0234 123456</translation>
    </message>
    <message>
        <source>Die Telefonnummer hat zu wenige oder zu viele Ziffern. Bitte prüfen Sie sie. Zum Beispiel: 0234 123456</source>
        <translation>Die Telefon·nummer hat zu wenige oder zu viele Ziffern. Bitte prüfen Sie die Nummer. Zum Beispiel: 0234 123456</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihren Termin</source>
        <translation>Bitte prüfen Sie Ihren Termin</translation>
    </message>
    <message>
        <source>Vielleicht ist dieser Termin schon gebucht. Beim Buchen prüfen wir das zuerst. Er wird nicht doppelt gebucht.</source>
        <translation>Vielleicht ist dieser Termin schon fest. Wir prüfen das zuerst. Sie bekommen den Termin nicht 2 Mal.</translation>
    </message>
    <message>
        <source>Amt</source>
        <translation>Amt</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt buchen“ drücken, wird der Termin gebucht.</source>
        <translation>Erst wenn Sie auf „Jetzt buchen“ drücken, ist der Termin fest.</translation>
    </message>
    <message>
        <source>Jetzt buchen</source>
        <translation>Jetzt buchen</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin.</source>
        <translation>Vielleicht haben Sie schon einen Termin.</translation>
    </message>
    <message>
        <source>Das Programm wurde beim Buchen beendet. Dieser Computer konnte sich den Termin nicht merken. Deshalb wissen wir nicht, ob er gebucht ist.</source>
        <translation>Das Programm ist beim Termin·machen zu·gegangen. Dieser Computer konnte sich den Termin nicht merken. Darum wissen wir nicht: Ist der Termin fest?</translation>
    </message>
    <message>
        <source>So prüfen Sie es: Sehen Sie in Ihren E-Mails nach. Wenn der Termin gebucht ist, hat das Amt Ihnen geschrieben. Oder rufen Sie die Behördennummer 115 an.</source>
        <translation>So prüfen Sie es: Schauen Sie in Ihre E-Mails. Ist der Termin fest? Dann hat das Amt Ihnen geschrieben. Oder rufen Sie die Nummer 115 an.</translation>
    </message>
    <message>
        <source>Wir buchen nicht noch einmal, damit Sie nicht zwei Termine haben.</source>
        <translation>Wir machen den Termin nicht noch einmal. Sonst haben Sie 2 Termine.</translation>
    </message>
    <message>
        <source>Ich habe nachgesehen: Es gibt keinen Termin. Neu wählen</source>
        <translation>Ich habe nachgesehen: Es gibt keinen Termin. Neu wählen</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Sie haben abgebrochen.</source>
        <translation>Sie haben abgebrochen.</translation>
    </message>
    <message>
        <source>Weitermachen</source>
        <translation>Weiter·machen</translation>
    </message>
    <message>
        <source>Neu anfangen</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <source>Am Telefon: %1</source>
        <translation>Am Telefon: %1</translation>
    </message>
    <message>
        <source>Mit dem Übungsportal üben</source>
        <translation>Mit dem Übungs·portal üben</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt gespeichert.</source>
        <translation>Was Sie eingetippt haben, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt, bis Sie fertig sind. Dann wird es gelöscht.</source>
        <translation>Was Sie eingetippt haben, bleibt, bis Sie fertig sind. Dann löscht das Programm es.</translation>
    </message>
</context>
<context>
    <name>FlowScreen</name>
    <message>
        <source>Ihre Wahl</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>Details für Helfer</source>
        <translation>Genaue Angaben für Helfende</translation>
    </message>
</context>
<context>
    <name>MyAppointments</name>
    <message>
        <source>Meine Termine</source>
        <translation>Meine Termine</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Termine war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>Die Liste Ihrer Termine war kaputt. Das Programm hat sie zur Seite gelegt.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungstermine. Sie sind nicht wirklich beim Amt gebucht.</source>
        <translation>Hier stehen nur Übungs·termine. Beim Amt gibt es diese Termine nicht.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Termine gespeichert.</source>
        <translation>Hier sind noch keine Termine gespeichert.</translation>
    </message>
    <message>
        <source>ohne Uhrzeit</source>
        <translation>ohne Uhr·zeit</translation>
    </message>
    <message>
        <source>vorgemerkt</source>
        <translation>frei gehalten</translation>
    </message>
    <message>
        <source>noch nicht bestätigt</source>
        <translation>noch nicht fest</translation>
    </message>
    <message>
        <source>gebucht</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>abgesagt</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>beim Amt in Bearbeitung</source>
        <translation>das Amt ist dran</translation>
    </message>
    <message>
        <source>Der Termin wird beim Amt nachgesehen …</source>
        <translation>Das Programm fragt beim Amt nach dem Termin …</translation>
    </message>
    <message>
        <source>Die Zugangsdaten für diesen Termin fehlen auf diesem Computer. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>Die Daten für diesen Termin fehlen auf diesem Computer. Zum Absagen nehmen Sie den Link in der E-Mail vom Amt.</translation>
    </message>
    <message>
        <source>Aus der Liste entfernen</source>
        <translation>Aus der Liste nehmen</translation>
    </message>
    <message>
        <source>Stand beim Amt: %1</source>
        <translation>Stand beim Amt: %1</translation>
    </message>
    <message>
        <source>Termin absagen</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Zurück zu meinen Terminen</source>
        <translation>Zurück zu meinen Terminen</translation>
    </message>
    <message>
        <source>Möchten Sie den Termin wirklich absagen?</source>
        <translation>Möchten Sie den Termin wirklich absagen?</translation>
    </message>
    <message>
        <source>Das kann man nicht rückgängig machen. Den Termin bekommt dann jemand anderes.</source>
        <translation>Das können Sie nicht zurück·nehmen. Dann bekommt jemand anderes den Termin.</translation>
    </message>
    <message>
        <source>Nein, Termin behalten</source>
        <translation>Nein, Termin behalten</translation>
    </message>
    <message>
        <source>Ja, Termin absagen</source>
        <translation>Ja, Termin absagen</translation>
    </message>
    <message>
        <source>Der Termin wird abgesagt …</source>
        <translation>Das Programm sagt den Termin ab …</translation>
    </message>
    <message>
        <source>Der Termin ist abgesagt.</source>
        <translation>Der Termin ist abgesagt.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen dazu vielleicht noch eine E-Mail.</source>
        <translation>Vielleicht schickt Ihnen das Amt noch eine E-Mail dazu.</translation>
    </message>
    <message>
        <source>Der Termin wird entfernt …</source>
        <translation>Das Programm nimmt den Termin aus der Liste …</translation>
    </message>
</context>
<context>
    <name>MyReports</name>
    <message>
        <source>Meine Meldungen</source>
        <translation>Meine Meldungen</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Meldungen war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>Die Liste Ihrer Meldungen war kaputt. Das Programm hat sie zur Seite gelegt.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungsmeldungen. Sie sind nicht wirklich an die Stadt gegangen.</source>
        <translation>Hier stehen nur Übungs·meldungen. Die Stadt hat diese Meldungen nicht bekommen.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Meldungen gespeichert.</source>
        <translation>Hier sind noch keine Meldungen gespeichert.</translation>
    </message>
    <message>
        <source>noch ohne Vorgangsnummer</source>
        <translation>noch ohne Vorgangs·nummer</translation>
    </message>
    <message>
        <source>Vorgangsnummer %1</source>
        <translation>Vorgangs·nummer %1</translation>
    </message>
    <message>
        <source>Gesendet am %1</source>
        <translation>Abgeschickt am %1</translation>
    </message>
    <message>
        <source>Der Stand wird bei der Stadt nachgefragt …</source>
        <translation>Das Programm fragt bei der Stadt nach …</translation>
    </message>
    <message>
        <source>Die Stadt hat der Meldung noch keine Vorgangsnummer gegeben. Bitte schauen Sie später wieder.</source>
        <translation>Die Stadt hat der Meldung noch keine Vorgangs·nummer gegeben. Bitte schauen Sie später wieder.</translation>
    </message>
    <message>
        <source>Meldung mit der Vorgangsnummer %1</source>
        <translation>Meldung mit der Vorgangs·nummer %1</translation>
    </message>
    <message>
        <source>Die Stadt bearbeitet die Meldung.</source>
        <translation>Die Stadt arbeitet an der Meldung.</translation>
    </message>
    <message>
        <source>Die Stadt hat die Meldung erledigt.</source>
        <translation>Die Stadt ist mit der Meldung fertig.</translation>
    </message>
    <message>
        <source>Die Stadt schreibt: %1</source>
        <translation>Die Stadt schreibt: %1</translation>
    </message>
    <message>
        <source>Zuletzt geändert: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>Voraussichtlich erledigt: %1</source>
        <translation>Wahrscheinlich fertig: %1</translation>
    </message>
    <message>
        <source>Zurück zu meinen Meldungen</source>
        <translation>Zurück zu meinen Meldungen</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Übung – nichts wird gesendet</source>
        <translation>Übung – das Programm schickt nichts ab</translation>
    </message>
    <message>
        <source>Übungsportal – es wird nichts wirklich gesendet</source>
        <translation>Übungs·portal – das Programm schickt nichts wirklich ab</translation>
    </message>
    <message>
        <source>Übung beenden</source>
        <translation>Übung beenden</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Hier melden Sie der Stadt ein Problem auf der Straße. Zum Beispiel ein Schlagloch oder eine kaputte Laterne. Erst auf der letzten Seite wird gesendet.</source>
        <translation>Hier sagen Sie der Stadt: Auf der Straße ist ein Problem. Zum Beispiel ein Loch in der Straße. Oder eine kaputte Lampe. Abgeschickt wird erst auf der letzten Seite.</translation>
    </message>
    <message>
        <source>In %1 kann dieses Programm leider keine Probleme melden.</source>
        <translation>In %1 kann dieses Programm leider keine Probleme melden.</translation>
    </message>
    <message>
        <source>Eine angefangene Meldung konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>Sie hatten eine Meldung angefangen. Das Programm kann sie nicht lesen. Bitte fangen Sie neu an.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, ein Problem zu melden.</source>
        <translation>Sie hatten schon angefangen, ein Problem zu melden.</translation>
    </message>
    <message>
        <source>Vielleicht ist die Meldung schon angekommen. Wir prüfen das zuerst.</source>
        <translation>Vielleicht ist die Meldung schon angekommen. Wir prüfen das zuerst.</translation>
    </message>
    <message>
        <source>Ein neues Problem melden</source>
        <translation>Ein neues Problem melden</translation>
    </message>
    <message>
        <source>Die Fragen werden geladen …</source>
        <translation>Das Programm lädt die Fragen …</translation>
    </message>
    <message>
        <source>Die Themen werden geladen …</source>
        <translation>Das Programm lädt die Themen …</translation>
    </message>
    <message>
        <source>Worum geht es?</source>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <source>Noch einmal prüfen und senden</source>
        <translation>Noch einmal prüfen und abschicken</translation>
    </message>
    <message>
        <source>Trotzdem senden (kann doppelt ankommen)</source>
        <translation>Trotzdem abschicken (kommt vielleicht 2 Mal an)</translation>
    </message>
    <message>
        <source>Die Meldung wird gesendet …</source>
        <translation>Das Programm schickt die Meldung ab …</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Bitte lesen Sie das zuerst</source>
        <translation>Bitte lesen Sie das zuerst</translation>
    </message>
    <message>
        <source>Frage %1 von %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Diese Frage müssen Sie beantworten.</source>
        <translation>Diese Frage müssen Sie beantworten.</translation>
    </message>
    <message>
        <source>Diese Frage können Sie auch überspringen.</source>
        <translation>Diese Frage können Sie auch weg·lassen.</translation>
    </message>
    <message>
        <source>Überspringen</source>
        <translation>Weg·lassen</translation>
    </message>
    <message>
        <source>Bitte wählen Sie mindestens eine Antwort.</source>
        <translation>Bitte wählen Sie mindestens eine Antwort.</translation>
    </message>
    <message>
        <source>Ihre Antwort</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Tag und Uhrzeit, zum Beispiel 24.12.2026 14:30</source>
        <translation>Tag und Uhr·zeit, zum Beispiel 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Eine Zahl, zum Beispiel 3</source>
        <translation>Eine Zahl, zum Beispiel 3</translation>
    </message>
    <message>
        <source>Ihre Antwort auf: %1</source>
        <translation>Ihre Antwort auf: %1</translation>
    </message>
    <message>
        <source>Bitte beantworten Sie diese Frage. Ohne Antwort geht es nicht weiter.</source>
        <translation>Bitte beantworten Sie diese Frage. Ohne Antwort geht es nicht weiter.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie nur eine Zahl. Zum Beispiel: 3</source>
        <translation>Bitte schreiben Sie nur eine Zahl. Zum Beispiel: 3</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Tag und Uhrzeit so: 24.12.2026 14:30</source>
        <translation>Bitte schreiben Sie Tag und Uhr·zeit so: 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Jetzt eintragen</source>
        <translation>Jetzt eintragen</translation>
    </message>
</context>
<context>
    <name>ReportScreens</name>
    <message>
        <source>Wo ist das Problem?</source>
        <translation>Wo ist das Problem?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Hauptstraße 5, vor dem Bäcker</source>
        <translation>Zum Beispiel: Hauptstraße 5, vor dem Bäcker</translation>
    </message>
    <message>
        <source>Straße und Hausnummer, oder ein bekannter Ort in der Nähe</source>
        <translation>Straße und Haus·nummer. Oder ein bekannter Ort in der Nähe.</translation>
    </message>
    <message>
        <source>Diesen Ort finden wir im Straßenverzeichnis der Stadt nicht. Bitte schreiben Sie eine Straße mit Hausnummer oder einen bekannten Ort in der Nähe, zum Beispiel „Rathaus“.</source>
        <translation>Wir finden diesen Ort nicht in der Liste von den Straßen. Bitte schreiben Sie eine Straße und eine Haus·nummer. Oder schreiben Sie einen bekannten Ort in der Nähe. Zum Beispiel: Rathaus.</translation>
    </message>
    <message>
        <source>Beschreiben Sie das Problem</source>
        <translation>Beschreiben Sie das Problem</translation>
    </message>
    <message>
        <source>Was ist los?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Das Loch ist groß. Radfahrer müssen ausweichen.</source>
        <translation>Zum Beispiel: Das Loch ist groß. Menschen mit dem Fahrrad müssen um das Loch herum·fahren.</translation>
    </message>
    <message>
        <source>Der Text ist zu lang: %1 Zeichen. Erlaubt sind %2. Bitte kürzen Sie ihn.</source>
        <translation>Der Text ist zu lang: %1 Zeichen. Es dürfen nur %2 sein. Bitte schreiben Sie weniger.</translation>
    </message>
    <message>
        <source>Möchte die Stadt Sie erreichen können?</source>
        <translation>Soll die Stadt Sie erreichen können?</translation>
    </message>
    <message>
        <source>Das ist freiwillig. Sie können alles leer lassen.</source>
        <translation>Das müssen Sie nicht machen. Sie können alles leer lassen.</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>Vor·name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Nach·name</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Dann bekommen Sie Nachricht, wenn das Problem erledigt ist.</source>
        <translation>Dann bekommen Sie eine Nachricht, wenn das Problem weg ist.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Telefon·nummer</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt.</source>
        <translation>In der E-Mail-Adresse fehlt etwas. Sie braucht ein @ und einen Punkt.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie die E-Mail-Adresse ohne ä, ö, ü oder ß. Oder lassen Sie das Feld leer.</source>
        <translation>Bitte schreiben Sie die E-Mail-Adresse ohne ä, ö, ü oder ß. Oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Thema: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Beschreibung: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Kontakt: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Kontakt: keine Angabe</source>
        <translation>Kontakt: keine Angabe</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihre Meldung</source>
        <translation>Bitte prüfen Sie Ihre Meldung</translation>
    </message>
    <message>
        <source>Vielleicht ist diese Meldung schon angekommen. Beim Senden prüfen wir das zuerst.</source>
        <translation>Vielleicht ist diese Meldung schon angekommen. Beim Abschicken prüfen wir das zuerst.</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt senden“ drücken, geht die Meldung an die Stadt.</source>
        <translation>Erst wenn Sie auf „Jetzt senden“ drücken, bekommt die Stadt die Meldung.</translation>
    </message>
    <message>
        <source>Jetzt senden</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Ihre Meldung ist angekommen.</source>
        <translation>Ihre Meldung ist angekommen.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Die Stadt bekommt diese Meldung nicht.</source>
        <translation>Das war nur eine Übung. Die Stadt bekommt diese Meldung nicht.</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer:</source>
        <translation>Ihre Vorgangs·nummer:</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer: %1</source>
        <translation>Ihre Vorgangs·nummer: %1</translation>
    </message>
    <message>
        <source>Die Vorgangsnummer ist unter „Meine Meldungen“ gespeichert. Sie können sie auch aufschreiben.</source>
        <translation>Die Vorgangs·nummer ist bei „Meine Meldungen“ gespeichert. Sie können die Nummer auch aufschreiben.</translation>
    </message>
    <message>
        <source>Die Stadt gibt der Meldung bald eine Vorgangsnummer. Sie steht dann unter „Meine Meldungen“.</source>
        <translation>Die Stadt gibt der Meldung bald eine Vorgangs·nummer. Die Nummer steht dann bei „Meine Meldungen“.</translation>
    </message>
    <message>
        <source>Die Meldung war schon beim ersten Versuch angekommen. Sie wurde nicht doppelt gesendet.</source>
        <translation>Die Meldung war schon beim ersten Versuch angekommen. Das Programm hat sie nur 1 Mal abgeschickt.</translation>
    </message>
    <message>
        <source>Zettel zum Mitnehmen</source>
        <translation>Zettel zum Mit·nehmen</translation>
    </message>
</context>
<context>
    <name>ServiceInfoPage</name>
    <message>
        <source>Schreiben Sie in das Feld, was Sie erledigen möchten. Zum Beispiel: Ausweis verloren. Tippfehler sind nicht schlimm. Oder wählen Sie eine Aufgabe aus der Liste.</source>
        <translation>Schreiben Sie in das Feld: Was möchten Sie machen? Zum Beispiel: Ausweis verloren. Tipp·fehler sind nicht schlimm. Oder wählen Sie etwas aus der Liste.</translation>
    </message>
    <message>
        <source>Was möchten Sie erledigen?</source>
        <translation>Was möchten Sie machen?</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Zum Beispiel: Ausweis verloren, Wohnung anmelden</source>
        <translation>Zum Beispiel: Ausweis verloren, Wohnung anmelden</translation>
    </message>
    <message>
        <source>%1 gefunden: %2</source>
        <translation>%1 gefunden: %2</translation>
    </message>
    <message>
        <source>Das haben wir gefunden:</source>
        <translation>Das haben wir gefunden:</translation>
    </message>
    <message>
        <source>Das klingt nach einem Problem auf der Straße. Das melden Sie auf der Startseite unter „Problem melden“. Oder wählen Sie aus der Liste.</source>
        <translation>Das ist wohl ein Problem auf der Straße. Das melden Sie auf der Start·seite bei „Problem melden“. Oder wählen Sie etwas aus der Liste.</translation>
    </message>
    <message>
        <source>Dazu haben wir nichts gefunden. Fragen Sie am Telefon: %1. Oder sehen Sie auf %2 nach. Oder wählen Sie aus der Liste.</source>
        <translation>Dazu haben wir nichts gefunden. Fragen Sie am Telefon: %1. Oder schauen Sie auf %2. Oder wählen Sie etwas aus der Liste.</translation>
    </message>
    <message>
        <source>der Seite Ihrer Stadt</source>
        <translation>der Internet·seite Ihrer Stadt</translation>
    </message>
    <message>
        <source>Oder wählen Sie aus der Liste:</source>
        <translation>Oder wählen Sie etwas aus der Liste:</translation>
    </message>
    <message>
        <source>Die Angaben werden geholt …</source>
        <translation>Das Programm holt die Angaben …</translation>
    </message>
    <message>
        <source>Wohin gehen Sie?</source>
        <translation>Wohin gehen Sie?</translation>
    </message>
    <message>
        <source>Wohin können Sie gehen?</source>
        <translation>Wohin können Sie gehen?</translation>
    </message>
    <message>
        <source>Telefon: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-Mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Öffnungszeiten: %1</source>
        <translation>Öffnungs·zeiten: %1</translation>
    </message>
    <message>
        <source>Was bringen Sie mit?</source>
        <translation>Was bringen Sie mit?</translation>
    </message>
    <message>
        <source>Was kostet es?</source>
        <translation>Was kostet es?</translation>
    </message>
    <message>
        <source>Wie lange dauert es?</source>
        <translation>Wie lange dauert es?</translation>
    </message>
    <message>
        <source>Gibt es eine Frist?</source>
        <translation>Bis wann müssen Sie es machen?</translation>
    </message>
    <message>
        <source>Gut zu wissen</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Im Internet</source>
        <translation>Im Internet</translation>
    </message>
    <message>
        <source>Einen Termin können Sie auf der Startseite unter „Termin buchen“ vereinbaren.</source>
        <translation>Einen Termin machen Sie auf der Start·seite bei „Termin machen“.</translation>
    </message>
    <message>
        <source>Etwas anderes suchen</source>
        <translation>Etwas anderes suchen</translation>
    </message>
    <message>
        <source>Stand: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Das ist die letzte Antwort, die wir bekommen haben.</source>
        <translation>Gerade gibt es keine Verbindung. Das ist die letzte Antwort, die wir bekommen haben.</translation>
    </message>
    <message>
        <source>Das hat die Stadt %1 dazu aufgeschrieben:</source>
        <translation>Das hat die Stadt %1 dazu geschrieben:</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Hier steht, was die Stadt dazu aufgeschrieben hat.</source>
        <translation>Gerade gibt es keine Verbindung. Hier steht, was die Stadt dazu geschrieben hat.</translation>
    </message>
    <message>
        <source>Dazu haben wir leider keine Angaben.</source>
        <translation>Dazu haben wir leider keine Angaben.</translation>
    </message>
    <message>
        <source>Der Dienst kennt dafür in Ihrer Stadt keine Angaben.</source>
        <translation>Der Dienst hat dazu keine Angaben für Ihre Stadt.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1 oder im Internet auf %2.</source>
        <translation>Fragen Sie am Telefon: %1. Oder schauen Sie im Internet auf %2.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1.</source>
        <translation>Fragen Sie am Telefon: %1.</translation>
    </message>
    <message>
        <source>Mehr steht im Internet auf %1.</source>
        <translation>Mehr steht im Internet auf %1.</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Monate</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Woche</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Wochen</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Arbeitstag</source>
        <translation>Arbeits·tag</translation>
    </message>
    <message>
        <source>Arbeitstage</source>
        <translation>Arbeits·tage</translation>
    </message>
    <message>
        <source>Stunde</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Stunden</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Sekunde</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>Sekunden</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Höchstens %1 %2.</source>
        <translation>Höchstens %1 %2.</translation>
    </message>
    <message>
        <source>Etwa %1 bis %2 %3.</source>
        <translation>Etwa %1 bis %2 %3.</translation>
    </message>
    <message>
        <source>Dazu gibt es keine Angabe.</source>
        <translation>Dazu gibt es keine Angabe.</translation>
    </message>
    <message>
        <source>Das geht sofort.</source>
        <translation>Das geht sofort.</translation>
    </message>
    <message>
        <source>Etwa %1 %2.</source>
        <translation>Etwa %1 %2.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Diese Seite ist für die Mitarbeitenden. Hier tragen Sie Zugangsschlüssel ein.</source>
        <translation>Diese Seite ist für die Mitarbeitenden. Hier schreiben Sie Zugangs·schlüssel hinein.</translation>
    </message>
</context>
</TS>
