<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Wohin Sie gehen und was Sie mitbringen</source>
        <translation>Where to go and what to bring</translation>
    </message>
    <message>
        <source>Einen Termin im Amt – und Ihre Termine ansehen</source>
        <translation>An appointment at an office – and your appointments</translation>
    </message>
    <message>
        <source>Ein Schlagloch, eine kaputte Laterne – und Ihre Meldungen</source>
        <translation>A pothole, a broken street light – and your reports</translation>
    </message>
    <message>
        <source>Was brauche ich? (Dienst-Auskunft)</source>
        <translation>What do I need? (service information)</translation>
    </message>
    <message>
        <source>Die Einstellungen werden gelesen …</source>
        <translation>Reading the settings …</translation>
    </message>
    <message>
        <source>Der Schlüssel ist sicher gespeichert.</source>
        <translation>The key is stored safely.</translation>
    </message>
    <message>
        <source>Der Schlüssel ist gelöscht.</source>
        <translation>The key has been deleted.</translation>
    </message>
    <message>
        <source>Der Schlüssel wurde nicht gespeichert.</source>
        <translation>The key was not stored.</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gespeichert …</source>
        <translation>Storing the key …</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gelöscht …</source>
        <translation>Deleting the key …</translation>
    </message>
    <message>
        <source>Die Einstellung konnte nicht gespeichert werden.</source>
        <translation>The setting could not be saved.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Welcher Server?</source>
        <translation>Which server?</translation>
    </message>
    <message>
        <source>Das Übungsportal läuft nur auf diesem Computer. Dort wird nichts wirklich gesendet.</source>
        <translation>The practice portal runs only on this computer. Nothing is really sent there.</translation>
    </message>
    <message>
        <source>Die echten Server der Stadt</source>
        <translation>The city&apos;s real servers</translation>
    </message>
    <message>
        <source>Das Übungsportal</source>
        <translation>The practice portal</translation>
    </message>
    <message>
        <source>Was diese Stadt anbietet</source>
        <translation>What this city offers</translation>
    </message>
    <message>
        <source>%1: kein Server. Ersatz: %2</source>
        <translation>%1: no server. Instead: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(Adresse noch nicht bestätigt)</source>
        <translation>(address not yet confirmed)</translation>
    </message>
    <message>
        <source>Zugangsschlüssel</source>
        <translation>Access keys</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Schlüsselspeicher. Deshalb kann hier kein Schlüssel gespeichert werden. Schlüssel werden niemals offen in eine Datei geschrieben. Bitte richten Sie einen Schlüsselbund des Systems ein.</source>
        <translation>This computer has no secure key store. So no key can be stored here. Keys are never written to a file in plain text. Please set up the system keyring.</translation>
    </message>
    <message>
        <source>Für diese Stadt braucht man keinen Schlüssel.</source>
        <translation>This city needs no key.</translation>
    </message>
    <message>
        <source>%1: Ein Schlüssel ist gespeichert.</source>
        <translation>%1: a key is stored.</translation>
    </message>
    <message>
        <source>%1: Es ist noch kein Schlüssel gespeichert.</source>
        <translation>%1: no key is stored yet.</translation>
    </message>
    <message>
        <source>Neuer Schlüssel für „%1“</source>
        <translation>New key for “%1”</translation>
    </message>
    <message>
        <source>Der Schlüssel wird nur im Schlüsselbund des Systems gespeichert.</source>
        <translation>The key is stored only in the system keyring.</translation>
    </message>
    <message>
        <source>Schlüssel speichern</source>
        <translation>Store the key</translation>
    </message>
    <message>
        <source>Schlüssel löschen</source>
        <translation>Delete the key</translation>
    </message>
    <message>
        <source>Es gibt gerade keine Verbindung. Prüfen Sie das Internet. Versuchen Sie es dann noch einmal.</source>
        <translation>There is no connection right now. Check the internet. Then try again.</translation>
    </message>
    <message>
        <source>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>The server did not answer in time. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Der Server ist gerade überlastet. Bitte versuchen Sie es in ein paar Minuten noch einmal.</source>
        <translation>The server is busy right now. Please try again in a few minutes.</translation>
    </message>
    <message>
        <source>Das wurde nicht gefunden. Vielleicht wurde es schon gelöscht.</source>
        <translation>This was not found. Perhaps it has already been deleted.</translation>
    </message>
    <message>
        <source>Der Server hat eine unverständliche Antwort geschickt. Vielleicht wird er gerade gewartet. Bitte versuchen Sie es später noch einmal.</source>
        <translation>The server sent an answer we cannot read. Perhaps it is being serviced. Please try again later.</translation>
    </message>
    <message>
        <source>Für diesen Dienst fehlt ein Zugangsschlüssel. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>This service needs an access key. Please tell the staff.</translation>
    </message>
    <message>
        <source>Der Server lässt uns gerade nicht hinein. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>The server does not let us in right now. Please tell the staff.</translation>
    </message>
    <message>
        <source>Die Verbindung zum Server ist nicht sicher. Deshalb wird nichts gesendet. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>The connection to the server is not secure. So nothing is sent. Please tell the staff.</translation>
    </message>
    <message>
        <source>Das geht in Ihrer Stadt leider nicht über dieses Programm.</source>
        <translation>Sorry, in your city this cannot be done with this program.</translation>
    </message>
    <message>
        <source>Sie haben abgebrochen. Es ist nichts passiert.</source>
        <translation>You cancelled. Nothing has happened.</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin. Bitte sehen Sie in Ihren E-Mails nach oder rufen Sie 115 an. Wir buchen nicht noch einmal.</source>
        <translation>You may already have an appointment. Please look in your e-mails or call 115. We do not book again.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob es angekommen ist. Deshalb senden wir es nicht doppelt. Beim nächsten Versuch prüfen wir das zuerst.</source>
        <translation>We do not know for sure whether it arrived. So we do not send it twice. Next time we check that first.</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Speicher. Deshalb wird hier nichts gespeichert.</source>
        <translation>This computer has no secure store. So nothing is stored here.</translation>
    </message>
    <message>
        <source>So viele Anliegen passen nicht in einen Termin. Bitte buchen Sie weniger auf einmal.</source>
        <translation>That many matters do not fit into one appointment. Please book fewer at once.</translation>
    </message>
    <message>
        <source>Bei diesem Amt sind gerade keine Termine frei. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>This office has no free appointments right now. Please try again later or call 115.</translation>
    </message>
    <message>
        <source>Eine Angabe wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>One entry was not accepted. Please check your entries.</translation>
    </message>
    <message>
        <source>Beim Amt fehlen gerade Angaben zu diesem Termin. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>The office is missing some details for this appointment right now. Please try again later or call 115.</translation>
    </message>
    <message>
        <source>Der Server hat die Anfrage dieses Programms nicht verstanden. Das ist nicht Ihr Fehler. Bitte sagen Sie den Mitarbeitenden Bescheid oder rufen Sie 115 an.</source>
        <translation>The server did not understand this program&apos;s request. It is not your fault. Please tell the staff or call 115.</translation>
    </message>
    <message>
        <source>Die Beschreibung ist zu lang. Bitte kürzen Sie sie auf höchstens 4000 Zeichen.</source>
        <translation>The description is too long. Please shorten it to at most 4000 characters.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst eine Uhrzeit.</source>
        <translation>Please choose a time first.</translation>
    </message>
    <message>
        <source>Die Angaben wurden nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>The details were not accepted. Please check them.</translation>
    </message>
    <message>
        <source>Dieser Termin ist inzwischen vergeben. Bitte wählen Sie eine andere Uhrzeit.</source>
        <translation>This time has been taken in the meantime. Please choose another time.</translation>
    </message>
    <message>
        <source>Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin noch einmal.</source>
        <translation>The reservation has run out. Please choose the appointment again.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>The e-mail address was not accepted. Please check it.</translation>
    </message>
    <message>
        <source>Dieses Amt verlangt eine Prüfung, die dieses Programm nicht kann. Bitte buchen Sie im Internet oder am Telefon.</source>
        <translation>This office asks for a check this program cannot do. Please book on the internet or by phone.</translation>
    </message>
    <message>
        <source>Dieser Termin kann nicht mehr abgesagt werden. Bitte rufen Sie das Amt an.</source>
        <translation>This appointment can no longer be cancelled. Please call the office.</translation>
    </message>
    <message>
        <source>Die gespeicherten Zugangsdaten passen nicht zu diesem Termin. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>The stored access details do not match this appointment. You can cancel with the link in the office&apos;s e-mail.</translation>
    </message>
    <message>
        <source>Der Name wurde nicht angenommen. Bitte prüfen Sie ihn.</source>
        <translation>The name was not accepted. Please check it.</translation>
    </message>
    <message>
        <source>Die Telefonnummer wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>The phone number was not accepted. Please check it.</translation>
    </message>
    <message>
        <source>Dieses Amt bietet das nicht an. Bitte wählen Sie ein anderes Anliegen oder Amt.</source>
        <translation>This office does not offer this. Please choose another service or office.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst, worum es geht.</source>
        <translation>Please choose first what it is about.</translation>
    </message>
    <message>
        <source>Sie haben schon zu viele Termine gebucht. Bitte sagen Sie erst einen alten Termin ab.</source>
        <translation>You have already booked too many appointments. Please cancel an old one first.</translation>
    </message>
</context>
<context>
    <name>BookingConfirmation</name>
    <message>
        <source>Ihr Termin ist gebucht.</source>
        <translation>Your appointment is booked.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Beim Amt ist nichts gebucht, und es kommt keine E-Mail.</source>
        <translation>This was only practice. Nothing is booked at the office, and no e-mail will come.</translation>
    </message>
    <message>
        <source>Ihr Termin ist vorgemerkt.</source>
        <translation>Your appointment is reserved.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen eine E-Mail. Bitte klicken Sie dort auf den Link zum Bestätigen.</source>
        <translation>The office sends you an e-mail. Please click the link in it to confirm.</translation>
    </message>
    <message>
        <source>Dieser Computer kann den Termin nicht sicher speichern. Unter „Meine Termine“ steht er deshalb nicht. Bitte schreiben Sie sich die Vorgangsnummer auf.</source>
        <translation>This computer cannot store the appointment safely. So it is not under “My appointments”. Please write down the reference number.</translation>
    </message>
    <message>
        <source>Absagen können Sie über den Link in der E-Mail.</source>
        <translation>You can cancel with the link in the e-mail.</translation>
    </message>
    <message>
        <source>Sie finden den Termin auch unter „Meine Termine“.</source>
        <translation>You also find the appointment under “My appointments”.</translation>
    </message>
    <message>
        <source>Wann: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>Wo: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Anliegen: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Vorgangsnummer: %1</source>
        <translation>Booking number: %1</translation>
    </message>
    <message>
        <source>Aufrufnummer: %1</source>
        <translation>Number called in the waiting room: %1</translation>
    </message>
    <message>
        <source>Zum Kalender hinzufügen</source>
        <translation>Add to calendar</translation>
    </message>
    <message>
        <source>Eine Datei speichern geht an diesem Computer nicht. Sie bliebe hier für andere liegen. Bitte drucken Sie den Termin aus.</source>
        <translation>You cannot save a file on this computer. It would stay here for others to see. Please print the appointment.</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Kalender-Dateien (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Gespeichert: %1. Öffnen Sie die Datei mit Ihrem Kalender.</source>
        <translation>Saved: %1. Open the file with your calendar.</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Bitte wählen Sie einen anderen Ort.</source>
        <translation>Saving did not work. Please choose another place.</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>In %1 kann dieses Programm leider keine Termine buchen.</source>
        <translation>Sorry, in %1 this program cannot book appointments.</translation>
    </message>
    <message>
        <source>Ein angefangener Termin konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>A booking you started could not be read. Please start again.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, einen Termin zu buchen.</source>
        <translation>You had already started to book an appointment.</translation>
    </message>
    <message>
        <source>Vielleicht ist er schon gebucht. Wir prüfen das zuerst.</source>
        <translation>Perhaps it is already booked. We check that first.</translation>
    </message>
    <message>
        <source>Einen neuen Termin buchen</source>
        <translation>Book a new appointment</translation>
    </message>
    <message>
        <source>Zuerst prüfen wir den angefangenen Termin. So wird nichts doppelt gebucht.</source>
        <translation>First we check the appointment you started. That way nothing is booked twice.</translation>
    </message>
    <message>
        <source>Die Ämter werden geladen …</source>
        <translation>Loading the offices …</translation>
    </message>
    <message>
        <source>In welches Amt möchten Sie gehen?</source>
        <translation>Which office do you want to go to?</translation>
    </message>
    <message>
        <source>Gerade bietet kein Amt Termine an. Bitte versuchen Sie es später noch einmal.</source>
        <translation>No office offers appointments right now. Please try again later.</translation>
    </message>
    <message>
        <source>Für diesen Termin wurde schon gebucht. Solange wir nicht wissen, ob es geklappt hat, bleibt er so. Auf der letzten Seite prüfen wir das.</source>
        <translation>This appointment has already been sent for booking. Until we know whether it worked, it stays as it is. We check that on the last page.</translation>
    </message>
    <message>
        <source>Was möchten Sie dort erledigen?</source>
        <translation>What do you want to do there?</translation>
    </message>
    <message>
        <source>Die freien Tage werden gesucht …</source>
        <translation>Looking for free days …</translation>
    </message>
    <message>
        <source>An welchem Tag möchten Sie kommen?</source>
        <translation>On which day do you want to come?</translation>
    </message>
    <message>
        <source>In den nächsten 30 Tagen ist leider kein Termin frei.</source>
        <translation>Sorry, there is no free appointment in the next 30 days.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon nach: %1</source>
        <translation>Ask by phone: %1</translation>
    </message>
    <message>
        <source>Ein anderes Amt wählen</source>
        <translation>Choose another office</translation>
    </message>
    <message>
        <source>Das sind die nächsten Tage mit freien Terminen.</source>
        <translation>These are the next days with free appointments.</translation>
    </message>
    <message>
        <source>1 freier Termin</source>
        <translation>1 free appointment</translation>
    </message>
    <message>
        <source>%1 freie Termine</source>
        <translation>%1 free appointments</translation>
    </message>
    <message>
        <source>Spätere Tage zeigen</source>
        <translation>Show later days</translation>
    </message>
    <message>
        <source>An diesem Tag ist nichts mehr frei. Bitte wählen Sie einen anderen Tag.</source>
        <translation>Nothing is free on this day any more. Please choose another day.</translation>
    </message>
    <message>
        <source>Um wie viel Uhr?</source>
        <translation>At what time?</translation>
    </message>
    <message>
        <source>Der Termin wird gebucht …</source>
        <translation>Booking the appointment …</translation>
    </message>
    <message>
        <source>Hier buchen Sie einen Termin in einem Amt. Sie wählen das Amt, das Anliegen, den Tag und die Uhrzeit. Erst auf der letzten Seite wird gebucht.</source>
        <translation>Here you book an appointment at an office. You choose the office, the service, the day and the time. Nothing is booked before the last page.</translation>
    </message>
</context>
<context>
    <name>BookingScreens</name>
    <message>
        <source>Auf welchen Namen soll der Termin gehen?</source>
        <translation>In whose name is the appointment?</translation>
    </message>
    <message>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Vorname und Nachname</source>
        <translation>First name and last name</translation>
    </message>
    <message>
        <source>Ihre E-Mail-Adresse</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <source>In der Übung wird keine E-Mail geschickt.</source>
        <translation>In practice no e-mail is sent.</translation>
    </message>
    <message>
        <source>Dorthin schickt das Amt die Bestätigung.</source>
        <translation>The office sends the confirmation there.</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer (wenn Sie möchten)</source>
        <translation>Your phone number (if you like)</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihren Namen in das Feld.</source>
        <translation>Please write your name in the field.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre E-Mail-Adresse. Dorthin kommt die Bestätigung.</source>
        <translation>Please write your e-mail address. The confirmation goes there.</translation>
    </message>
    <message>
        <source>Das Amt nimmt keine E-Mail-Adresse mit ä, ö, ü, ß oder anderen besonderen Buchstaben an. Bitte nehmen Sie eine andere Adresse. Wenn Sie keine haben, buchen Sie bitte am Telefon (115).</source>
        <translation>The office does not accept e-mail addresses with ä, ö, ü, ß or other special letters. Please use another address. If you have none, please book by phone (115).</translation>
    </message>
    <message>
        <source>In einer E-Mail-Adresse steht kein Leerzeichen. Bitte prüfen Sie die Adresse.</source>
        <translation>An e-mail address has no spaces. Please check the address.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt. Zum Beispiel: anna.schmidt@beispiel.de</source>
        <translation>The e-mail address does not look complete. It needs an @ and a dot. For example: anna.schmidt@example.com</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre Telefonnummer in das Feld.</source>
        <translation>Please write your phone number in the field.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie in die Telefonnummer nur Ziffern. Zum Beispiel: 0234 123456</source>
        <translation>Please use only digits in the phone number. For example: 0234 123456</translation>
    </message>
    <message>
        <source>Die Telefonnummer hat zu wenige oder zu viele Ziffern. Bitte prüfen Sie sie. Zum Beispiel: 0234 123456</source>
        <translation>The phone number has too few or too many digits. Please check it. For example: 0234 123456</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihren Termin</source>
        <translation>Please check your appointment</translation>
    </message>
    <message>
        <source>Vielleicht ist dieser Termin schon gebucht. Beim Buchen prüfen wir das zuerst. Er wird nicht doppelt gebucht.</source>
        <translation>Perhaps this appointment is already booked. When booking we check that first. It will not be booked twice.</translation>
    </message>
    <message>
        <source>Amt</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt buchen“ drücken, wird der Termin gebucht.</source>
        <translation>The appointment is booked only when you press “Book now”.</translation>
    </message>
    <message>
        <source>Jetzt buchen</source>
        <translation>Book now</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin.</source>
        <translation>You may already have an appointment.</translation>
    </message>
    <message>
        <source>Das Programm wurde beim Buchen beendet. Dieser Computer konnte sich den Termin nicht merken. Deshalb wissen wir nicht, ob er gebucht ist.</source>
        <translation>The program was closed while booking. This computer could not keep the appointment. So we do not know whether it is booked.</translation>
    </message>
    <message>
        <source>So prüfen Sie es: Sehen Sie in Ihren E-Mails nach. Wenn der Termin gebucht ist, hat das Amt Ihnen geschrieben. Oder rufen Sie die Behördennummer 115 an.</source>
        <translation>How to check: look in your e-mails. If the appointment is booked, the office has written to you. Or call the public service number 115.</translation>
    </message>
    <message>
        <source>Wir buchen nicht noch einmal, damit Sie nicht zwei Termine haben.</source>
        <translation>We do not book again, so that you do not end up with two appointments.</translation>
    </message>
    <message>
        <source>Ich habe nachgesehen: Es gibt keinen Termin. Neu wählen</source>
        <translation>I have checked: there is no appointment. Choose again</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Sie haben abgebrochen.</source>
        <translation>You cancelled.</translation>
    </message>
    <message>
        <source>Weitermachen</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Neu anfangen</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Am Telefon: %1</source>
        <translation>By phone: %1</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt gespeichert.</source>
        <translation>What you have typed is kept.</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt, bis Sie fertig sind. Dann wird es gelöscht.</source>
        <translation>What you have typed is kept until you are done. Then it is deleted.</translation>
    </message>
    <message>
        <source>Mit dem Übungsportal üben</source>
        <translation>Practise with the practice portal</translation>
    </message>
</context>
<context>
    <name>FlowScreen</name>
    <message>
        <source>Ihre Wahl</source>
        <translation>Your choice</translation>
    </message>
    <message>
        <source>Details für Helfer</source>
        <translation>Details for helpers</translation>
    </message>
</context>
<context>
    <name>MyAppointments</name>
    <message>
        <source>Meine Termine</source>
        <translation>My appointments</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Termine war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>The list of your appointments was damaged. It has been put aside.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungstermine. Sie sind nicht wirklich beim Amt gebucht.</source>
        <translation>Only practice appointments are shown here. They are not really booked at the office.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Termine gespeichert.</source>
        <translation>No appointments are stored here yet.</translation>
    </message>
    <message>
        <source>ohne Uhrzeit</source>
        <translation>no time given</translation>
    </message>
    <message>
        <source>vorgemerkt</source>
        <translation>reserved</translation>
    </message>
    <message>
        <source>noch nicht bestätigt</source>
        <translation>not confirmed yet</translation>
    </message>
    <message>
        <source>gebucht</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>beim Amt in Bearbeitung</source>
        <translation>being handled by the office</translation>
    </message>
    <message>
        <source>Der Termin wird beim Amt nachgesehen …</source>
        <translation>Checking the appointment with the office …</translation>
    </message>
    <message>
        <source>Die Zugangsdaten für diesen Termin fehlen auf diesem Computer. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>The access details for this appointment are missing on this computer. You can cancel with the link in the office&apos;s e-mail.</translation>
    </message>
    <message>
        <source>Aus der Liste entfernen</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>Stand beim Amt: %1</source>
        <translation>Status at the office: %1</translation>
    </message>
    <message>
        <source>Termin absagen</source>
        <translation>Cancel the appointment</translation>
    </message>
    <message>
        <source>Zurück zu meinen Terminen</source>
        <translation>Back to my appointments</translation>
    </message>
    <message>
        <source>Möchten Sie den Termin wirklich absagen?</source>
        <translation>Do you really want to cancel the appointment?</translation>
    </message>
    <message>
        <source>Das kann man nicht rückgängig machen. Den Termin bekommt dann jemand anderes.</source>
        <translation>This cannot be undone. Someone else will then get the appointment.</translation>
    </message>
    <message>
        <source>Nein, Termin behalten</source>
        <translation>No, keep the appointment</translation>
    </message>
    <message>
        <source>Ja, Termin absagen</source>
        <translation>Yes, cancel the appointment</translation>
    </message>
    <message>
        <source>Der Termin wird abgesagt …</source>
        <translation>Cancelling the appointment …</translation>
    </message>
    <message>
        <source>Der Termin ist abgesagt.</source>
        <translation>The appointment is cancelled.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen dazu vielleicht noch eine E-Mail.</source>
        <translation>The office may send you an e-mail about it.</translation>
    </message>
    <message>
        <source>Der Termin wird entfernt …</source>
        <translation>Removing the appointment …</translation>
    </message>
</context>
<context>
    <name>MyReports</name>
    <message>
        <source>Meine Meldungen</source>
        <translation>My reports</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Meldungen war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>The list of your reports was damaged. It has been put aside.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungsmeldungen. Sie sind nicht wirklich an die Stadt gegangen.</source>
        <translation>Only practice reports are shown here. They were not really sent to the city.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Meldungen gespeichert.</source>
        <translation>No reports are stored here yet.</translation>
    </message>
    <message>
        <source>noch ohne Vorgangsnummer</source>
        <translation>no reference number yet</translation>
    </message>
    <message>
        <source>Vorgangsnummer %1</source>
        <translation>Reference number %1</translation>
    </message>
    <message>
        <source>Gesendet am %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <source>Der Stand wird bei der Stadt nachgefragt …</source>
        <translation>Asking the city for the status …</translation>
    </message>
    <message>
        <source>Die Stadt hat der Meldung noch keine Vorgangsnummer gegeben. Bitte schauen Sie später wieder.</source>
        <translation>The city has not given the report a reference number yet. Please look again later.</translation>
    </message>
    <message>
        <source>Meldung mit der Vorgangsnummer %1</source>
        <translation>Report with reference number %1</translation>
    </message>
    <message>
        <source>Die Stadt bearbeitet die Meldung.</source>
        <translation>The city is working on the report.</translation>
    </message>
    <message>
        <source>Die Stadt hat die Meldung erledigt.</source>
        <translation>The city has dealt with the report.</translation>
    </message>
    <message>
        <source>Die Stadt schreibt: %1</source>
        <translation>The city writes: %1</translation>
    </message>
    <message>
        <source>Zuletzt geändert: %1</source>
        <translation>Last changed: %1</translation>
    </message>
    <message>
        <source>Voraussichtlich erledigt: %1</source>
        <translation>Expected to be done: %1</translation>
    </message>
    <message>
        <source>Zurück zu meinen Meldungen</source>
        <translation>Back to my reports</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Übung – nichts wird gesendet</source>
        <translation>Practice – nothing is sent</translation>
    </message>
    <message>
        <source>Übungsportal – es wird nichts wirklich gesendet</source>
        <translation>Practice portal – nothing is really sent</translation>
    </message>
    <message>
        <source>Übung beenden</source>
        <translation>End practice</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>In %1 kann dieses Programm leider keine Probleme melden.</source>
        <translation>Sorry, in %1 this program cannot report problems.</translation>
    </message>
    <message>
        <source>Eine angefangene Meldung konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>A report you started could not be read. Please start again.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, ein Problem zu melden.</source>
        <translation>You had already started to report a problem.</translation>
    </message>
    <message>
        <source>Vielleicht ist die Meldung schon angekommen. Wir prüfen das zuerst.</source>
        <translation>Perhaps the report has already arrived. We check that first.</translation>
    </message>
    <message>
        <source>Ein neues Problem melden</source>
        <translation>Report a new problem</translation>
    </message>
    <message>
        <source>Die Themen werden geladen …</source>
        <translation>Loading the topics …</translation>
    </message>
    <message>
        <source>Worum geht es?</source>
        <translation>What is it about?</translation>
    </message>
    <message>
        <source>Die Fragen werden geladen …</source>
        <translation>Loading the questions …</translation>
    </message>
    <message>
        <source>Hier melden Sie der Stadt ein Problem auf der Straße. Zum Beispiel ein Schlagloch oder eine kaputte Laterne. Erst auf der letzten Seite wird gesendet.</source>
        <translation>Here you report a problem in the street to the city. For example a pothole or a broken street light. Nothing is sent before the last page.</translation>
    </message>
    <message>
        <source>Noch einmal prüfen und senden</source>
        <translation>Check again and send</translation>
    </message>
    <message>
        <source>Trotzdem senden (kann doppelt ankommen)</source>
        <translation>Send anyway (may arrive twice)</translation>
    </message>
    <message>
        <source>Die Meldung wird gesendet …</source>
        <translation>Sending the report …</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Bitte lesen Sie das zuerst</source>
        <translation>Please read this first</translation>
    </message>
    <message>
        <source>Frage %1 von %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Diese Frage müssen Sie beantworten.</source>
        <translation>You must answer this question.</translation>
    </message>
    <message>
        <source>Diese Frage können Sie auch überspringen.</source>
        <translation>You may skip this question.</translation>
    </message>
    <message>
        <source>Überspringen</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Bitte wählen Sie mindestens eine Antwort.</source>
        <translation>Please choose at least one answer.</translation>
    </message>
    <message>
        <source>Ihre Antwort</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Tag und Uhrzeit, zum Beispiel 24.12.2026 14:30</source>
        <translation>Day and time, for example 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Eine Zahl, zum Beispiel 3</source>
        <translation>A number, for example 3</translation>
    </message>
    <message>
        <source>Ihre Antwort auf: %1</source>
        <translation>Your answer to: %1</translation>
    </message>
    <message>
        <source>Bitte beantworten Sie diese Frage. Ohne Antwort geht es nicht weiter.</source>
        <translation>Please answer this question. Without an answer you cannot go on.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie nur eine Zahl. Zum Beispiel: 3</source>
        <translation>Please write only a number. For example: 3</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Tag und Uhrzeit so: 24.12.2026 14:30</source>
        <translation>Please write the day and time like this: 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Jetzt eintragen</source>
        <translation>Fill in now</translation>
    </message>
</context>
<context>
    <name>ReportScreens</name>
    <message>
        <source>Wo ist das Problem?</source>
        <translation>Where is the problem?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Hauptstraße 5, vor dem Bäcker</source>
        <translation>For example: Hauptstraße 5, in front of the baker&apos;s</translation>
    </message>
    <message>
        <source>Straße und Hausnummer, oder ein bekannter Ort in der Nähe</source>
        <translation>Street and house number, or a well-known place nearby</translation>
    </message>
    <message>
        <source>Diesen Ort finden wir im Straßenverzeichnis der Stadt nicht. Bitte schreiben Sie eine Straße mit Hausnummer oder einen bekannten Ort in der Nähe, zum Beispiel „Rathaus“.</source>
        <translation>We cannot find this place in the city&apos;s street directory. Please write a street with a house number or a well-known place nearby, for example “Rathaus” (town hall).</translation>
    </message>
    <message>
        <source>Beschreiben Sie das Problem</source>
        <translation>Describe the problem</translation>
    </message>
    <message>
        <source>Was ist los?</source>
        <translation>What is wrong?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Das Loch ist groß. Radfahrer müssen ausweichen.</source>
        <translation>For example: The hole is big. Cyclists have to go around it.</translation>
    </message>
    <message>
        <source>Der Text ist zu lang: %1 Zeichen. Erlaubt sind %2. Bitte kürzen Sie ihn.</source>
        <translation>The text is too long: %1 characters. %2 are allowed. Please shorten it.</translation>
    </message>
    <message>
        <source>Möchte die Stadt Sie erreichen können?</source>
        <translation>Should the city be able to reach you?</translation>
    </message>
    <message>
        <source>Das ist freiwillig. Sie können alles leer lassen.</source>
        <translation>This is up to you. You can leave everything empty.</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Dann bekommen Sie Nachricht, wenn das Problem erledigt ist.</source>
        <translation>Then you hear when the problem has been dealt with.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt.</source>
        <translation>The e-mail address does not look complete. It needs an @ and a dot.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie die E-Mail-Adresse ohne ä, ö, ü oder ß. Oder lassen Sie das Feld leer.</source>
        <translation>Please write the e-mail address without ä, ö, ü or ß. Or leave the field empty.</translation>
    </message>
    <message>
        <source>Thema: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Beschreibung: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>Kontakt: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Kontakt: keine Angabe</source>
        <translation>Contact: none given</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihre Meldung</source>
        <translation>Please check your report</translation>
    </message>
    <message>
        <source>Vielleicht ist diese Meldung schon angekommen. Beim Senden prüfen wir das zuerst.</source>
        <translation>Perhaps this report has already arrived. When sending we check that first.</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt senden“ drücken, geht die Meldung an die Stadt.</source>
        <translation>The report goes to the city only when you press “Send now”.</translation>
    </message>
    <message>
        <source>Jetzt senden</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Ihre Meldung ist angekommen.</source>
        <translation>Your report has arrived.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Die Stadt bekommt diese Meldung nicht.</source>
        <translation>This was only practice. The city does not receive this report.</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer:</source>
        <translation>Your reference number:</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer: %1</source>
        <translation>Your reference number: %1</translation>
    </message>
    <message>
        <source>Die Vorgangsnummer ist unter „Meine Meldungen“ gespeichert. Sie können sie auch aufschreiben.</source>
        <translation>The reference number is saved under “My reports”. You can also write it down.</translation>
    </message>
    <message>
        <source>Die Stadt gibt der Meldung bald eine Vorgangsnummer. Sie steht dann unter „Meine Meldungen“.</source>
        <translation>The city will soon give the report a reference number. It will then be under “My reports”.</translation>
    </message>
    <message>
        <source>Die Meldung war schon beim ersten Versuch angekommen. Sie wurde nicht doppelt gesendet.</source>
        <translation>The report had already arrived at the first try. It was not sent twice.</translation>
    </message>
    <message>
        <source>Zettel zum Mitnehmen</source>
        <translation>A sheet to take home</translation>
    </message>
</context>
<context>
    <name>ServiceInfoPage</name>
    <message>
        <source>Schreiben Sie in das Feld, was Sie erledigen möchten. Zum Beispiel: Ausweis verloren. Tippfehler sind nicht schlimm. Oder wählen Sie eine Aufgabe aus der Liste.</source>
        <translation>Write in the field what you want to do. For example: lost ID card. Typing mistakes do not matter. Or choose a task from the list.</translation>
    </message>
    <message>
        <source>Was möchten Sie erledigen?</source>
        <translation>What do you want to do?</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Zum Beispiel: Ausweis verloren, Wohnung anmelden</source>
        <translation>For example: lost ID card, register an address</translation>
    </message>
    <message>
        <source>%1 gefunden: %2</source>
        <translation>%1 found: %2</translation>
    </message>
    <message>
        <source>Das haben wir gefunden:</source>
        <translation>This is what we found:</translation>
    </message>
    <message>
        <source>Das klingt nach einem Problem auf der Straße. Das melden Sie auf der Startseite unter „Problem melden“. Oder wählen Sie aus der Liste.</source>
        <translation>That sounds like a problem in the street. You can report it on the start page under “Report a problem”. Or choose from the list.</translation>
    </message>
    <message>
        <source>Dazu haben wir nichts gefunden. Fragen Sie am Telefon: %1. Oder sehen Sie auf %2 nach. Oder wählen Sie aus der Liste.</source>
        <translation>We found nothing for that. Ask by phone: %1. Or look at %2. Or choose from the list.</translation>
    </message>
    <message>
        <source>der Seite Ihrer Stadt</source>
        <translation>your city&apos;s website</translation>
    </message>
    <message>
        <source>Oder wählen Sie aus der Liste:</source>
        <translation>Or choose from the list:</translation>
    </message>
    <message>
        <source>Die Angaben werden geholt …</source>
        <translation>Fetching the information …</translation>
    </message>
    <message>
        <source>Wohin gehen Sie?</source>
        <translation>Where do you go?</translation>
    </message>
    <message>
        <source>Wohin können Sie gehen?</source>
        <translation>Where can you go?</translation>
    </message>
    <message>
        <source>Telefon: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-Mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Öffnungszeiten: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <source>Was bringen Sie mit?</source>
        <translation>What do you bring?</translation>
    </message>
    <message>
        <source>Was kostet es?</source>
        <translation>What does it cost?</translation>
    </message>
    <message>
        <source>Wie lange dauert es?</source>
        <translation>How long does it take?</translation>
    </message>
    <message>
        <source>Gibt es eine Frist?</source>
        <translation>Is there a deadline?</translation>
    </message>
    <message>
        <source>Gut zu wissen</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Im Internet</source>
        <translation>On the internet</translation>
    </message>
    <message>
        <source>Einen Termin können Sie auf der Startseite unter „Termin buchen“ vereinbaren.</source>
        <translation>You can book an appointment on the start page under “Book an appointment”.</translation>
    </message>
    <message>
        <source>Etwas anderes suchen</source>
        <translation>Look for something else</translation>
    </message>
    <message>
        <source>Stand: %1</source>
        <translation>As of: %1</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Das ist die letzte Antwort, die wir bekommen haben.</source>
        <translation>There is no connection right now. This is the last answer we received.</translation>
    </message>
    <message>
        <source>Das hat die Stadt %1 dazu aufgeschrieben:</source>
        <translation>This is what the city of %1 has written about it:</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Hier steht, was die Stadt dazu aufgeschrieben hat.</source>
        <translation>There is no connection right now. Here is what the city has written about it.</translation>
    </message>
    <message>
        <source>Dazu haben wir leider keine Angaben.</source>
        <translation>Sorry, we have no information about this.</translation>
    </message>
    <message>
        <source>Der Dienst kennt dafür in Ihrer Stadt keine Angaben.</source>
        <translation>The service has no information about this for your city.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1 oder im Internet auf %2.</source>
        <translation>Ask by phone at %1 or on the internet at %2.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1.</source>
        <translation>Ask by phone at %1.</translation>
    </message>
    <message>
        <source>Mehr steht im Internet auf %1.</source>
        <translation>There is more on the internet at %1.</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>month</translation>
    </message>
    <message>
        <source>Monate</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Woche</source>
        <translation>week</translation>
    </message>
    <message>
        <source>Wochen</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>day</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Arbeitstag</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>Arbeitstage</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>Stunde</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>Stunden</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Sekunde</source>
        <translation>second</translation>
    </message>
    <message>
        <source>Sekunden</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Höchstens %1 %2.</source>
        <translation>At most %1 %2.</translation>
    </message>
    <message>
        <source>Etwa %1 bis %2 %3.</source>
        <translation>About %1 to %2 %3.</translation>
    </message>
    <message>
        <source>Dazu gibt es keine Angabe.</source>
        <translation>No information given.</translation>
    </message>
    <message>
        <source>Das geht sofort.</source>
        <translation>That is done right away.</translation>
    </message>
    <message>
        <source>Etwa %1 %2.</source>
        <translation>About %1 %2.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Diese Seite ist für die Mitarbeitenden. Hier tragen Sie Zugangsschlüssel ein.</source>
        <translation>This page is for staff. Enter access keys here.</translation>
    </message>
</context>
</TS>
