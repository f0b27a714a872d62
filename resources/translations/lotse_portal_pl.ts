<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Wohin Sie gehen und was Sie mitbringen</source>
        <translation>Dokąd pójść i co zabrać ze sobą</translation>
    </message>
    <message>
        <source>Einen Termin im Amt – und Ihre Termine ansehen</source>
        <translation>Wizyta w urzędzie – i przegląd umówionych wizyt</translation>
    </message>
    <message>
        <source>Ein Schlagloch, eine kaputte Laterne – und Ihre Meldungen</source>
        <translation>Dziura w jezdni, zepsuta latarnia – i przegląd zgłoszeń</translation>
    </message>
    <message>
        <source>Was brauche ich? (Dienst-Auskunft)</source>
        <translation>Co jest potrzebne? (informacja o usługach)</translation>
    </message>
    <message>
        <source>Die Einstellungen werden gelesen …</source>
        <translation>Ustawienia są odczytywane …</translation>
    </message>
    <message>
        <source>Der Schlüssel ist sicher gespeichert.</source>
        <translation>Klucz jest bezpiecznie zapisany.</translation>
    </message>
    <message>
        <source>Der Schlüssel ist gelöscht.</source>
        <translation>Klucz jest usunięty.</translation>
    </message>
    <message>
        <source>Der Schlüssel wurde nicht gespeichert.</source>
        <translation>Klucz nie został zapisany.</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gespeichert …</source>
        <translation>Klucz jest zapisywany …</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gelöscht …</source>
        <translation>Klucz jest usuwany …</translation>
    </message>
    <message>
        <source>Die Einstellung konnte nicht gespeichert werden.</source>
        <translation>Nie udało się zapisać ustawienia.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Welcher Server?</source>
        <translation>Który serwer?</translation>
    </message>
    <message>
        <source>Das Übungsportal läuft nur auf diesem Computer. Dort wird nichts wirklich gesendet.</source>
        <translation>Portal do ćwiczeń działa tylko na tym komputerze. Nic nie jest stamtąd naprawdę wysyłane.</translation>
    </message>
    <message>
        <source>Die echten Server der Stadt</source>
        <translation>Prawdziwe serwery miasta</translation>
    </message>
    <message>
        <source>Das Übungsportal</source>
        <translation>Portal do ćwiczeń</translation>
    </message>
    <message>
        <source>Was diese Stadt anbietet</source>
        <translation>Co oferuje to miasto</translation>
    </message>
    <message>
        <source>%1: kein Server. Ersatz: %2</source>
        <translation>%1: brak serwera. Zamiast tego: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(Adresse noch nicht bestätigt)</source>
        <translation>(adres jeszcze niepotwierdzony)</translation>
    </message>
    <message>
        <source>Zugangsschlüssel</source>
        <translation>Klucze dostępu</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Schlüsselspeicher. Deshalb kann hier kein Schlüssel gespeichert werden. Schlüssel werden niemals offen in eine Datei geschrieben. Bitte richten Sie einen Schlüsselbund des Systems ein.</source>
        <translation>Na tym komputerze nie ma bezpiecznego magazynu kluczy. Dlatego nie można tu zapisać klucza. Klucze nigdy nie są zapisywane otwartym tekstem w pliku. Proszę skonfigurować systemowy pęk kluczy.</translation>
    </message>
    <message>
        <source>Für diese Stadt braucht man keinen Schlüssel.</source>
        <translation>To miasto nie wymaga klucza.</translation>
    </message>
    <message>
        <source>%1: Ein Schlüssel ist gespeichert.</source>
        <translation>%1: klucz jest zapisany.</translation>
    </message>
    <message>
        <source>%1: Es ist noch kein Schlüssel gespeichert.</source>
        <translation>%1: nie zapisano jeszcze klucza.</translation>
    </message>
    <message>
        <source>Neuer Schlüssel für „%1“</source>
        <translation>Nowy klucz dla „%1“</translation>
    </message>
    <message>
        <source>Der Schlüssel wird nur im Schlüsselbund des Systems gespeichert.</source>
        <translation>Klucz jest zapisywany tylko w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>Schlüssel speichern</source>
        <translation>Zapisz klucz</translation>
    </message>
    <message>
        <source>Schlüssel löschen</source>
        <translation>Usuń klucz</translation>
    </message>
    <message>
        <source>Es gibt gerade keine Verbindung. Prüfen Sie das Internet. Versuchen Sie es dann noch einmal.</source>
        <translation>W tej chwili nie ma połączenia. Proszę sprawdzić internet. Potem proszę spróbować ponownie.</translation>
    </message>
    <message>
        <source>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>Serwer nie odpowiedział na czas. Proszę spróbować ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Der Server ist gerade überlastet. Bitte versuchen Sie es in ein paar Minuten noch einmal.</source>
        <translation>Serwer jest teraz przeciążony. Proszę spróbować ponownie za kilka minut.</translation>
    </message>
    <message>
        <source>Das wurde nicht gefunden. Vielleicht wurde es schon gelöscht.</source>
        <translation>Nie znaleziono tego. Może zostało już usunięte.</translation>
    </message>
    <message>
        <source>Der Server hat eine unverständliche Antwort geschickt. Vielleicht wird er gerade gewartet. Bitte versuchen Sie es später noch einmal.</source>
        <translation>Serwer wysłał niezrozumiałą odpowiedź. Może trwa konserwacja. Proszę spróbować później.</translation>
    </message>
    <message>
        <source>Für diesen Dienst fehlt ein Zugangsschlüssel. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Do tej usługi brakuje klucza dostępu. Proszę powiadomić pracowników.</translation>
    </message>
    <message>
        <source>Der Server lässt uns gerade nicht hinein. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Serwer w tej chwili nas nie wpuszcza. Proszę powiadomić pracowników.</translation>
    </message>
    <message>
        <source>Dieses Amt verlangt eine Prüfung, die dieses Programm nicht kann. Bitte buchen Sie im Internet oder am Telefon.</source>
        <translation>Ten urząd wymaga sprawdzenia, którego ten program nie potrafi. Proszę umówić się przez internet albo telefonicznie.</translation>
    </message>
    <message>
        <source>Die Verbindung zum Server ist nicht sicher. Deshalb wird nichts gesendet. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Połączenie z serwerem nie jest bezpieczne. Dlatego nic nie jest wysyłane. Proszę powiadomić pracowników.</translation>
    </message>
    <message>
        <source>Das geht in Ihrer Stadt leider nicht über dieses Programm.</source>
        <translation>W tym mieście niestety nie da się tego załatwić tym programem.</translation>
    </message>
    <message>
        <source>Sie haben abgebrochen. Es ist nichts passiert.</source>
        <translation>Przerwano. Nic się nie stało.</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin. Bitte sehen Sie in Ihren E-Mails nach oder rufen Sie 115 an. Wir buchen nicht noch einmal.</source>
        <translation>Może wizyta jest już umówiona. Proszę sprawdzić e-maile albo zadzwonić pod 115. Nie rezerwujemy drugi raz.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob es angekommen ist. Deshalb senden wir es nicht doppelt. Beim nächsten Versuch prüfen wir das zuerst.</source>
        <translation>Nie wiemy na pewno, czy to dotarło. Dlatego nie wysyłamy tego podwójnie. Przy następnej próbie najpierw to sprawdzimy.</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Speicher. Deshalb wird hier nichts gespeichert.</source>
        <translation>Na tym komputerze nie ma bezpiecznego magazynu. Dlatego nic nie jest tu zapisywane.</translation>
    </message>
    <message>
        <source>Dieser Termin ist inzwischen vergeben. Bitte wählen Sie eine andere Uhrzeit.</source>
        <translation>Ten termin jest już zajęty. Proszę wybrać inną godzinę.</translation>
    </message>
    <message>
        <source>Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin noch einmal.</source>
        <translation>Rezerwacja wygasła. Proszę jeszcze raz wybrać termin.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Adres e-mail nie został przyjęty. Proszę go sprawdzić.</translation>
    </message>
    <message>
        <source>Dieser Termin kann nicht mehr abgesagt werden. Bitte rufen Sie das Amt an.</source>
        <translation>Tej wizyty nie można już odwołać. Proszę zadzwonić do urzędu.</translation>
    </message>
    <message>
        <source>Die gespeicherten Zugangsdaten passen nicht zu diesem Termin. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>Zapisane dane dostępu nie pasują do tej wizyty. Odwołać można przez link w e-mailu z urzędu.</translation>
    </message>
    <message>
        <source>Der Name wurde nicht angenommen. Bitte prüfen Sie ihn.</source>
        <translation>Nazwisko nie zostało przyjęte. Proszę je sprawdzić.</translation>
    </message>
    <message>
        <source>Die Telefonnummer wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Numer telefonu nie został przyjęty. Proszę go sprawdzić.</translation>
    </message>
    <message>
        <source>Dieses Amt bietet das nicht an. Bitte wählen Sie ein anderes Anliegen oder Amt.</source>
        <translation>Ten urząd tego nie oferuje. Proszę wybrać inną sprawę albo inny urząd.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst, worum es geht.</source>
        <translation>Proszę najpierw wybrać, o co chodzi.</translation>
    </message>
    <message>
        <source>Sie haben schon zu viele Termine gebucht. Bitte sagen Sie erst einen alten Termin ab.</source>
        <translation>Umówionych wizyt jest już za dużo. Proszę najpierw odwołać jakąś starą.</translation>
    </message>
    <message>
        <source>So viele Anliegen passen nicht in einen Termin. Bitte buchen Sie weniger auf einmal.</source>
        <translation>Tyle spraw nie zmieści się w jednej wizycie. Proszę umówić mniej naraz.</translation>
    </message>
    <message>
        <source>Bei diesem Amt sind gerade keine Termine frei. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>W tym urzędzie nie ma teraz wolnych terminów. Proszę spróbować później albo zadzwonić pod 115.</translation>
    </message>
    <message>
        <source>Eine Angabe wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Jedna informacja nie została przyjęta. Proszę sprawdzić wpisane dane.</translation>
    </message>
    <message>
        <source>Beim Amt fehlen gerade Angaben zu diesem Termin. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>W urzędzie brakuje teraz informacji o tej wizycie. Proszę spróbować później albo zadzwonić pod 115.</translation>
    </message>
    <message>
        <source>Der Server hat die Anfrage dieses Programms nicht verstanden. Das ist nicht Ihr Fehler. Bitte sagen Sie den Mitarbeitenden Bescheid oder rufen Sie 115 an.</source>
        <translation>Serwer nie zrozumiał zapytania tego programu. Wpisane dane są w porządku. Proszę powiadomić pracowników albo zadzwonić pod 115.</translation>
    </message>
    <message>
        <source>Die Beschreibung ist zu lang. Bitte kürzen Sie sie auf höchstens 4000 Zeichen.</source>
        <translation>Opis jest za długi. Proszę skrócić go do najwyżej 4000 znaków.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst eine Uhrzeit.</source>
        <translation>Proszę najpierw wybrać godzinę.</translation>
    </message>
    <message>
        <source>Die Angaben wurden nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Dane nie zostały przyjęte. Proszę je sprawdzić.</translation>
    </message>
</context>
<context>
    <name>BookingConfirmation</name>
    <message>
        <source>Ihr Termin ist gebucht.</source>
        <translation>Wizyta jest umówiona.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Beim Amt ist nichts gebucht, und es kommt keine E-Mail.</source>
        <translation>To było tylko ćwiczenie. W urzędzie nic nie jest zarezerwowane i nie przyjdzie żaden e-mail.</translation>
    </message>
    <message>
        <source>Ihr Termin ist vorgemerkt.</source>
        <translation>Wizyta jest wstępnie zarezerwowana.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen eine E-Mail. Bitte klicken Sie dort auf den Link zum Bestätigen.</source>
        <translation>Urząd wyśle e-mail. Proszę kliknąć w nim link, żeby potwierdzić.</translation>
    </message>
    <message>
        <source>Dieser Computer kann den Termin nicht sicher speichern. Unter „Meine Termine“ steht er deshalb nicht. Bitte schreiben Sie sich die Vorgangsnummer auf.</source>
        <translation>Ten komputer nie może bezpiecznie zapisać wizyty. Dlatego nie ma jej w „Moich wizytach“. Proszę zapisać sobie numer sprawy.</translation>
    </message>
    <message>
        <source>Absagen können Sie über den Link in der E-Mail.</source>
        <translation>Odwołać można przez link w e-mailu.</translation>
    </message>
    <message>
        <source>Sie finden den Termin auch unter „Meine Termine“.</source>
        <translation>Wizyta jest też w „Moich wizytach“.</translation>
    </message>
    <message>
        <source>Wann: %1</source>
        <translation>Kiedy: %1</translation>
    </message>
    <message>
        <source>Wo: %1</source>
        <translation>Gdzie: %1</translation>
    </message>
    <message>
        <source>Anliegen: %1</source>
        <translation>Sprawa: %1</translation>
    </message>
    <message>
        <source>Vorgangsnummer: %1</source>
        <translation>Numer sprawy: %1</translation>
    </message>
    <message>
        <source>Aufrufnummer: %1</source>
        <translation>Numer wywoławczy: %1</translation>
    </message>
    <message>
        <source>Zum Kalender hinzufügen</source>
        <translation>Dodaj do kalendarza</translation>
    </message>
    <message>
        <source>Eine Datei speichern geht an diesem Computer nicht. Sie bliebe hier für andere liegen. Bitte drucken Sie den Termin aus.</source>
        <translation>Na tym komputerze nie można zapisać pliku. Zostałby tu dla innych. Proszę wydrukować wizytę.</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kalender-Dateien (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <source>Gespeichert: %1. Öffnen Sie die Datei mit Ihrem Kalender.</source>
        <translation>Zapisano: %1. Proszę otworzyć plik w swoim kalendarzu.</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Bitte wählen Sie einen anderen Ort.</source>
        <translation>Zapisywanie się nie udało. Proszę wybrać inne miejsce.</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Hier buchen Sie einen Termin in einem Amt. Sie wählen das Amt, das Anliegen, den Tag und die Uhrzeit. Erst auf der letzten Seite wird gebucht.</source>
        <translation>Tutaj umawia się wizytę w urzędzie. Wybiera się urząd, sprawę, dzień i godzinę. Rezerwacja następuje dopiero na ostatniej stronie.</translation>
    </message>
    <message>
        <source>In %1 kann dieses Programm leider keine Termine buchen.</source>
        <translation>W mieście %1 ten program niestety nie może umawiać wizyt.</translation>
    </message>
    <message>
        <source>Ein angefangener Termin konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>Nie udało się odczytać rozpoczętej rezerwacji. Proszę zacząć od nowa.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, einen Termin zu buchen.</source>
        <translation>Rezerwacja wizyty była już rozpoczęta.</translation>
    </message>
    <message>
        <source>Vielleicht ist er schon gebucht. Wir prüfen das zuerst.</source>
        <translation>Może wizyta jest już umówiona. Najpierw to sprawdzimy.</translation>
    </message>
    <message>
        <source>Einen neuen Termin buchen</source>
        <translation>Umów nową wizytę</translation>
    </message>
    <message>
        <source>Zuerst prüfen wir den angefangenen Termin. So wird nichts doppelt gebucht.</source>
        <translation>Najpierw sprawdzimy rozpoczętą rezerwację. Dzięki temu nic nie zostanie zarezerwowane podwójnie.</translation>
    </message>
    <message>
        <source>Die Ämter werden geladen …</source>
        <translation>Wczytywanie urzędów …</translation>
    </message>
    <message>
        <source>In welches Amt möchten Sie gehen?</source>
        <translation>Do którego urzędu?</translation>
    </message>
    <message>
        <source>Gerade bietet kein Amt Termine an. Bitte versuchen Sie es später noch einmal.</source>
        <translation>W tej chwili żaden urząd nie oferuje terminów. Proszę spróbować później.</translation>
    </message>
    <message>
        <source>Für diesen Termin wurde schon gebucht. Solange wir nicht wissen, ob es geklappt hat, bleibt er so. Auf der letzten Seite prüfen wir das.</source>
        <translation>Ta wizyta została już wysłana do rezerwacji. Dopóki nie wiemy, czy się udało, zostaje bez zmian. Sprawdzimy to na ostatniej stronie.</translation>
    </message>
    <message>
        <source>Was möchten Sie dort erledigen?</source>
        <translation>Jaka sprawa do załatwienia?</translation>
    </message>
    <message>
        <source>Die freien Tage werden gesucht …</source>
        <translation>Szukanie wolnych dni …</translation>
    </message>
    <message>
        <source>An welchem Tag möchten Sie kommen?</source>
        <translation>W którym dniu?</translation>
    </message>
    <message>
        <source>In den nächsten 30 Tagen ist leider kein Termin frei.</source>
        <translation>W ciągu najbliższych 30 dni niestety nie ma wolnego terminu.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon nach: %1</source>
        <translation>Proszę zapytać telefonicznie: %1</translation>
    </message>
    <message>
        <source>Ein anderes Amt wählen</source>
        <translation>Wybierz inny urząd</translation>
    </message>
    <message>
        <source>Das sind die nächsten Tage mit freien Terminen.</source>
        <translation>To najbliższe dni z wolnymi terminami.</translation>
    </message>
    <message>
        <source>1 freier Termin</source>
        <translation>1 wolny termin</translation>
    </message>
    <message>
        <source>%1 freie Termine</source>
        <translation>Wolne terminy: %1</translation>
    </message>
    <message>
        <source>Spätere Tage zeigen</source>
        <translation>Pokaż późniejsze dni</translation>
    </message>
    <message>
        <source>An diesem Tag ist nichts mehr frei. Bitte wählen Sie einen anderen Tag.</source>
        <translation>W tym dniu nie ma już wolnych terminów. Proszę wybrać inny dzień.</translation>
    </message>
    <message>
        <source>Um wie viel Uhr?</source>
        <translation>O której godzinie?</translation>
    </message>
    <message>
        <source>Der Termin wird gebucht …</source>
        <translation>Rezerwacja wizyty …</translation>
    </message>
</context>
<context>
    <name>BookingScreens</name>
    <message>
        <source>Auf welchen Namen soll der Termin gehen?</source>
        <translation>Na jakie nazwisko ma być wizyta?</translation>
    </message>
    <message>
        <source>Ihr Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Vorname und Nachname</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Ihre E-Mail-Adresse</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>In der Übung wird keine E-Mail geschickt.</source>
        <translation>W ćwiczeniu nie jest wysyłany żaden e-mail.</translation>
    </message>
    <message>
        <source>Dorthin schickt das Amt die Bestätigung.</source>
        <translation>Tam urząd wyśle potwierdzenie.</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer (wenn Sie möchten)</source>
        <translation>Numer telefonu (nieobowiązkowo)</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihren Namen in das Feld.</source>
        <translation>Proszę wpisać imię i nazwisko w pole.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre E-Mail-Adresse. Dorthin kommt die Bestätigung.</source>
        <translation>Proszę wpisać adres e-mail. Tam przyjdzie potwierdzenie.</translation>
    </message>
    <message>
        <source>Das Amt nimmt keine E-Mail-Adresse mit ä, ö, ü, ß oder anderen besonderen Buchstaben an. Bitte nehmen Sie eine andere Adresse. Wenn Sie keine haben, buchen Sie bitte am Telefon (115).</source>
        <translation>Urząd nie przyjmuje adresów e-mail z ä, ö, ü, ß ani z innymi szczególnymi literami (także ą, ę, ł, ó, ś). Proszę podać inny adres. Jeśli nie ma innego, proszę umówić się telefonicznie (115).</translation>
    </message>
    <message>
        <source>In einer E-Mail-Adresse steht kein Leerzeichen. Bitte prüfen Sie die Adresse.</source>
        <translation>W adresie e-mail nie ma spacji. Proszę sprawdzić adres.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt. Zum Beispiel: anna.schmidt@beispiel.de</source>
        <translation>Adres e-mail wygląda na niepełny. Potrzebny jest znak @ i kropka. Na przykład: anna.kowalska@przyklad.pl</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre Telefonnummer in das Feld.</source>
        <translation>Proszę wpisać numer telefonu w pole.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie in die Telefonnummer nur Ziffern. Zum Beispiel: 0234 123456</source>
        <translation>Proszę wpisać w numerze telefonu tylko cyfry. Na przykład: 0234 123456</translation>
    </message>
    <message>
        <source>Die Telefonnummer hat zu wenige oder zu viele Ziffern. Bitte prüfen Sie sie. Zum Beispiel: 0234 123456</source>
        <translation>Numer telefonu ma za mało albo za dużo cyfr. Proszę go sprawdzić. Na przykład: 0234 123456</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihren Termin</source>
        <translation>Proszę sprawdzić wizytę</translation>
    </message>
    <message>
        <source>Vielleicht ist dieser Termin schon gebucht. Beim Buchen prüfen wir das zuerst. Er wird nicht doppelt gebucht.</source>
        <translation>Może ta wizyta jest już umówiona. Przy rezerwacji najpierw to sprawdzimy. Nie zostanie zarezerwowana podwójnie.</translation>
    </message>
    <message>
        <source>Amt</source>
        <translation>Urząd</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt buchen“ drücken, wird der Termin gebucht.</source>
        <translation>Wizyta zostanie zarezerwowana dopiero po naciśnięciu „Umów teraz“.</translation>
    </message>
    <message>
        <source>Jetzt buchen</source>
        <translation>Umów teraz</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin.</source>
        <translation>Może wizyta jest już umówiona.</translation>
    </message>
    <message>
        <source>Das Programm wurde beim Buchen beendet. Dieser Computer konnte sich den Termin nicht merken. Deshalb wissen wir nicht, ob er gebucht ist.</source>
        <translation>Program został zamknięty w trakcie rezerwacji. Ten komputer nie mógł zapamiętać wizyty. Dlatego nie wiemy, czy jest umówiona.</translation>
    </message>
    <message>
        <source>So prüfen Sie es: Sehen Sie in Ihren E-Mails nach. Wenn der Termin gebucht ist, hat das Amt Ihnen geschrieben. Oder rufen Sie die Behördennummer 115 an.</source>
        <translation>Jak to sprawdzić: proszę zajrzeć do e-maili. Jeśli wizyta jest umówiona, urząd przysłał wiadomość. Albo proszę zadzwonić pod numer urzędów 115.</translation>
    </message>
    <message>
        <source>Wir buchen nicht noch einmal, damit Sie nicht zwei Termine haben.</source>
        <translation>Nie rezerwujemy drugi raz, żeby nie było dwóch wizyt.</translation>
    </message>
    <message>
        <source>Ich habe nachgesehen: Es gibt keinen Termin. Neu wählen</source>
        <translation>Sprawdzone: nie ma wizyty. Wybierz od nowa</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Sie haben abgebrochen.</source>
        <translation>Przerwano.</translation>
    </message>
    <message>
        <source>Weitermachen</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Neu anfangen</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Am Telefon: %1</source>
        <translation>Telefonicznie: %1</translation>
    </message>
    <message>
        <source>Mit dem Übungsportal üben</source>
        <translation>Poćwicz z portalem do ćwiczeń</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt gespeichert.</source>
        <translation>Wpisane dane pozostają zapisane.</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt, bis Sie fertig sind. Dann wird es gelöscht.</source>
        <translation>Wpisane dane pozostają do końca pracy. Potem zostaną usunięte.</translation>
    </message>
</context>
<context>
    <name>FlowScreen</name>
    <message>
        <source>Ihre Wahl</source>
        <translation>Wybór</translation>
    </message>
    <message>
        <source>Details für Helfer</source>
        <translation>Szczegóły dla pomagających</translation>
    </message>
</context>
<context>
    <name>MyAppointments</name>
    <message>
        <source>Meine Termine</source>
        <translation>Moje wizyty</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Termine war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>Lista wizyt była uszkodzona. Została odłożona na bok.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungstermine. Sie sind nicht wirklich beim Amt gebucht.</source>
        <translation>Tu są tylko wizyty ćwiczebne. Nie są naprawdę umówione w urzędzie.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Termine gespeichert.</source>
        <translation>Nie ma tu jeszcze zapisanych wizyt.</translation>
    </message>
    <message>
        <source>ohne Uhrzeit</source>
        <translation>bez godziny</translation>
    </message>
    <message>
        <source>vorgemerkt</source>
        <translation>wstępnie zarezerwowana</translation>
    </message>
    <message>
        <source>noch nicht bestätigt</source>
        <translation>jeszcze niepotwierdzona</translation>
    </message>
    <message>
        <source>gebucht</source>
        <translation>umówiona</translation>
    </message>
    <message>
        <source>abgesagt</source>
        <translation>odwołana</translation>
    </message>
    <message>
        <source>beim Amt in Bearbeitung</source>
        <translation>w trakcie załatwiania w urzędzie</translation>
    </message>
    <message>
        <source>Der Termin wird beim Amt nachgesehen …</source>
        <translation>Sprawdzanie wizyty w urzędzie …</translation>
    </message>
    <message>
        <source>Die Zugangsdaten für diesen Termin fehlen auf diesem Computer. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>Na tym komputerze brakuje danych dostępu do tej wizyty. Odwołać można przez link w e-mailu z urzędu.</translation>
    </message>
    <message>
        <source>Aus der Liste entfernen</source>
        <translation>Usuń z listy</translation>
    </message>
    <message>
        <source>Stand beim Amt: %1</source>
        <translation>Stan w urzędzie: %1</translation>
    </message>
    <message>
        <source>Termin absagen</source>
        <translation>Odwołaj wizytę</translation>
    </message>
    <message>
        <source>Zurück zu meinen Terminen</source>
        <translation>Z powrotem do moich wizyt</translation>
    </message>
    <message>
        <source>Möchten Sie den Termin wirklich absagen?</source>
        <translation>Czy na pewno odwołać wizytę?</translation>
    </message>
    <message>
        <source>Das kann man nicht rückgängig machen. Den Termin bekommt dann jemand anderes.</source>
        <translation>Tego nie da się cofnąć. Termin dostanie wtedy ktoś inny.</translation>
    </message>
    <message>
        <source>Nein, Termin behalten</source>
        <translation>Nie, zachowaj wizytę</translation>
    </message>
    <message>
        <source>Ja, Termin absagen</source>
        <translation>Tak, odwołaj wizytę</translation>
    </message>
    <message>
        <source>Der Termin wird abgesagt …</source>
        <translation>Odwoływanie wizyty …</translation>
    </message>
    <message>
        <source>Der Termin ist abgesagt.</source>
        <translation>Wizyta jest odwołana.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen dazu vielleicht noch eine E-Mail.</source>
        <translation>Urząd może jeszcze przysłać w tej sprawie e-mail.</translation>
    </message>
    <message>
        <source>Der Termin wird entfernt …</source>
        <translation>Usuwanie wizyty …</translation>
    </message>
</context>
<context>
    <name>MyReports</name>
    <message>
        <source>Meine Meldungen</source>
        <translation>Moje zgłoszenia</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Meldungen war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>Lista zgłoszeń była uszkodzona. Została odłożona na bok.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungsmeldungen. Sie sind nicht wirklich an die Stadt gegangen.</source>
        <translation>Tu są tylko zgłoszenia ćwiczebne. Nie zostały naprawdę wysłane do miasta.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Meldungen gespeichert.</source>
        <translation>Nie ma tu jeszcze zapisanych zgłoszeń.</translation>
    </message>
    <message>
        <source>noch ohne Vorgangsnummer</source>
        <translation>jeszcze bez numeru sprawy</translation>
    </message>
    <message>
        <source>Vorgangsnummer %1</source>
        <translation>Numer sprawy %1</translation>
    </message>
    <message>
        <source>Gesendet am %1</source>
        <translation>Wysłano %1</translation>
    </message>
    <message>
        <source>Der Stand wird bei der Stadt nachgefragt …</source>
        <translation>Pytamy miasto o stan sprawy …</translation>
    </message>
    <message>
        <source>Die Stadt hat der Meldung noch keine Vorgangsnummer gegeben. Bitte schauen Sie später wieder.</source>
        <translation>Miasto nie nadało jeszcze zgłoszeniu numeru sprawy. Proszę sprawdzić później.</translation>
    </message>
    <message>
        <source>Meldung mit der Vorgangsnummer %1</source>
        <translation>Zgłoszenie z numerem sprawy %1</translation>
    </message>
    <message>
        <source>Die Stadt bearbeitet die Meldung.</source>
        <translation>Miasto zajmuje się zgłoszeniem.</translation>
    </message>
    <message>
        <source>Die Stadt hat die Meldung erledigt.</source>
        <translation>Miasto załatwiło zgłoszenie.</translation>
    </message>
    <message>
        <source>Die Stadt schreibt: %1</source>
        <translation>Miasto pisze: %1</translation>
    </message>
    <message>
        <source>Zuletzt geändert: %1</source>
        <translation>Ostatnia zmiana: %1</translation>
    </message>
    <message>
        <source>Voraussichtlich erledigt: %1</source>
        <translation>Przewidywane załatwienie: %1</translation>
    </message>
    <message>
        <source>Zurück zu meinen Meldungen</source>
        <translation>Z powrotem do moich zgłoszeń</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Übung – nichts wird gesendet</source>
        <translation>Ćwiczenie – nic nie jest wysyłane</translation>
    </message>
    <message>
        <source>Übungsportal – es wird nichts wirklich gesendet</source>
        <translation>Portal do ćwiczeń – nic nie jest naprawdę wysyłane</translation>
    </message>
    <message>
        <source>Übung beenden</source>
        <translation>Zakończ ćwiczenie</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Hier melden Sie der Stadt ein Problem auf der Straße. Zum Beispiel ein Schlagloch oder eine kaputte Laterne. Erst auf der letzten Seite wird gesendet.</source>
        <translation>Tutaj zgłasza się miastu problem na ulicy. Na przykład dziurę w jezdni albo zepsutą latarnię. Wysyłka następuje dopiero na ostatniej stronie.</translation>
    </message>
    <message>
        <source>In %1 kann dieses Programm leider keine Probleme melden.</source>
        <translation>W mieście %1 ten program niestety nie może zgłaszać problemów.</translation>
    </message>
    <message>
        <source>Eine angefangene Meldung konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>Nie udało się odczytać rozpoczętego zgłoszenia. Proszę zacząć od nowa.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, ein Problem zu melden.</source>
        <translation>Zgłoszenie problemu było już rozpoczęte.</translation>
    </message>
    <message>
        <source>Vielleicht ist die Meldung schon angekommen. Wir prüfen das zuerst.</source>
        <translation>Może zgłoszenie już dotarło. Najpierw to sprawdzimy.</translation>
    </message>
    <message>
        <source>Ein neues Problem melden</source>
        <translation>Zgłoś nowy problem</translation>
    </message>
    <message>
        <source>Die Fragen werden geladen …</source>
        <translation>Wczytywanie pytań …</translation>
    </message>
    <message>
        <source>Die Themen werden geladen …</source>
        <translation>Wczytywanie tematów …</translation>
    </message>
    <message>
        <source>Worum geht es?</source>
        <translation>O co chodzi?</translation>
    </message>
    <message>
        <source>Noch einmal prüfen und senden</source>
        <translation>Sprawdź jeszcze raz i wyślij</translation>
    </message>
    <message>
        <source>Trotzdem senden (kann doppelt ankommen)</source>
        <translation>Mimo to wyślij (może dotrzeć podwójnie)</translation>
    </message>
    <message>
        <source>Die Meldung wird gesendet …</source>
        <translation>Wysyłanie zgłoszenia …</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Bitte lesen Sie das zuerst</source>
        <translation>Proszę najpierw to przeczytać</translation>
    </message>
    <message>
        <source>Frage %1 von %2</source>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <source>Diese Frage müssen Sie beantworten.</source>
        <translation>Na to pytanie trzeba odpowiedzieć.</translation>
    </message>
    <message>
        <source>Diese Frage können Sie auch überspringen.</source>
        <translation>To pytanie można też pominąć.</translation>
    </message>
    <message>
        <source>Überspringen</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Bitte wählen Sie mindestens eine Antwort.</source>
        <translation>Proszę wybrać co najmniej jedną odpowiedź.</translation>
    </message>
    <message>
        <source>Ihre Antwort</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Tag und Uhrzeit, zum Beispiel 24.12.2026 14:30</source>
        <translation>Dzień i godzina, na przykład 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Eine Zahl, zum Beispiel 3</source>
        <translation>Liczba, na przykład 3</translation>
    </message>
    <message>
        <source>Ihre Antwort auf: %1</source>
        <translation>Odpowiedź na: %1</translation>
    </message>
    <message>
        <source>Bitte beantworten Sie diese Frage. Ohne Antwort geht es nicht weiter.</source>
        <translation>Proszę odpowiedzieć na to pytanie. Bez odpowiedzi nie można iść dalej.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie nur eine Zahl. Zum Beispiel: 3</source>
        <translation>Proszę wpisać tylko liczbę. Na przykład: 3</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Tag und Uhrzeit so: 24.12.2026 14:30</source>
        <translation>Proszę wpisać dzień i godzinę tak: 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Jetzt eintragen</source>
        <translation>Wpisz teraz</translation>
    </message>
</context>
<context>
    <name>ReportScreens</name>
    <message>
        <source>Wo ist das Problem?</source>
        <translation>Gdzie jest problem?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Hauptstraße 5, vor dem Bäcker</source>
        <translation>Na przykład: Hauptstraße 5, przed piekarnią</translation>
    </message>
    <message>
        <source>Straße und Hausnummer, oder ein bekannter Ort in der Nähe</source>
        <translation>Ulica i numer domu albo znane miejsce w pobliżu</translation>
    </message>
    <message>
        <source>Diesen Ort finden wir im Straßenverzeichnis der Stadt nicht. Bitte schreiben Sie eine Straße mit Hausnummer oder einen bekannten Ort in der Nähe, zum Beispiel „Rathaus“.</source>
        <translation>Nie znajdujemy tego miejsca w spisie ulic miasta. Proszę wpisać ulicę z numerem domu albo znane miejsce w pobliżu, na przykład „Rathaus” (ratusz).</translation>
    </message>
    <message>
        <source>Beschreiben Sie das Problem</source>
        <translation>Proszę opisać problem</translation>
    </message>
    <message>
        <source>Was ist los?</source>
        <translation>Co się dzieje?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Das Loch ist groß. Radfahrer müssen ausweichen.</source>
        <translation>Na przykład: Dziura jest duża. Rowerzyści muszą ją omijać.</translation>
    </message>
    <message>
        <source>Der Text ist zu lang: %1 Zeichen. Erlaubt sind %2. Bitte kürzen Sie ihn.</source>
        <translation>Tekst jest za długi: %1 znaków. Dozwolone: %2. Proszę go skrócić.</translation>
    </message>
    <message>
        <source>Möchte die Stadt Sie erreichen können?</source>
        <translation>Czy miasto może się skontaktować?</translation>
    </message>
    <message>
        <source>Das ist freiwillig. Sie können alles leer lassen.</source>
        <translation>To dobrowolne. Wszystko można zostawić puste.</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>Dann bekommen Sie Nachricht, wenn das Problem erledigt ist.</source>
        <translation>Wtedy przyjdzie wiadomość, gdy problem zostanie załatwiony.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt.</source>
        <translation>Adres e-mail wygląda na niepełny. Potrzebny jest znak @ i kropka.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie die E-Mail-Adresse ohne ä, ö, ü oder ß. Oder lassen Sie das Feld leer.</source>
        <translation>Proszę wpisać adres e-mail bez ä, ö, ü, ß i bez polskich liter. Albo zostawić pole puste.</translation>
    </message>
    <message>
        <source>Thema: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>Beschreibung: %1</source>
        <translation>Opis: %1</translation>
    </message>
    <message>
        <source>Kontakt: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Kontakt: keine Angabe</source>
        <translation>Kontakt: nie podano</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihre Meldung</source>
        <translation>Proszę sprawdzić zgłoszenie</translation>
    </message>
    <message>
        <source>Vielleicht ist diese Meldung schon angekommen. Beim Senden prüfen wir das zuerst.</source>
        <translation>Może to zgłoszenie już dotarło. Przy wysyłaniu najpierw to sprawdzimy.</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt senden“ drücken, geht die Meldung an die Stadt.</source>
        <translation>Zgłoszenie trafi do miasta dopiero po naciśnięciu „Wyślij teraz“.</translation>
    </message>
    <message>
        <source>Jetzt senden</source>
        <translation>Wyślij teraz</translation>
    </message>
    <message>
        <source>Ihre Meldung ist angekommen.</source>
        <translation>Zgłoszenie dotarło.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Die Stadt bekommt diese Meldung nicht.</source>
        <translation>To było tylko ćwiczenie. Miasto nie dostanie tego zgłoszenia.</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer:</source>
        <translation>Numer sprawy:</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer: %1</source>
        <translation>Numer sprawy: %1</translation>
    </message>
    <message>
        <source>Die Vorgangsnummer ist unter „Meine Meldungen“ gespeichert. Sie können sie auch aufschreiben.</source>
        <translation>Numer sprawy jest zapisany w „Moich zgłoszeniach“. Można go też zapisać na kartce.</translation>
    </message>
    <message>
        <source>Die Stadt gibt der Meldung bald eine Vorgangsnummer. Sie steht dann unter „Meine Meldungen“.</source>
        <translation>Miasto wkrótce nada zgłoszeniu numer sprawy. Będzie on wtedy w „Moich zgłoszeniach“.</translation>
    </message>
    <message>
        <source>Die Meldung war schon beim ersten Versuch angekommen. Sie wurde nicht doppelt gesendet.</source>
        <translation>Zgłoszenie dotarło już przy pierwszej próbie. Nie zostało wysłane podwójnie.</translation>
    </message>
    <message>
        <source>Zettel zum Mitnehmen</source>
        <translation>Kartka do zabrania do domu</translation>
    </message>
</context>
<context>
    <name>ServiceInfoPage</name>
    <message>
        <source>Schreiben Sie in das Feld, was Sie erledigen möchten. Zum Beispiel: Ausweis verloren. Tippfehler sind nicht schlimm. Oder wählen Sie eine Aufgabe aus der Liste.</source>
        <translation>Proszę wpisać w pole, co jest do załatwienia. Na przykład: zgubiony dowód. Literówki nie szkodzą. Albo wybrać zadanie z listy.</translation>
    </message>
    <message>
        <source>Was möchten Sie erledigen?</source>
        <translation>Co jest do załatwienia?</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Zum Beispiel: Ausweis verloren, Wohnung anmelden</source>
        <translation>Na przykład: zgubiony dowód, zameldowanie mieszkania</translation>
    </message>
    <message>
        <source>%1 gefunden: %2</source>
        <translation>Znaleziono %1: %2</translation>
    </message>
    <message>
        <source>Das haben wir gefunden:</source>
        <translation>Oto, co znaleźliśmy:</translation>
    </message>
    <message>
        <source>Das klingt nach einem Problem auf der Straße. Das melden Sie auf der Startseite unter „Problem melden“. Oder wählen Sie aus der Liste.</source>
        <translation>To brzmi jak problem na ulicy. Zgłasza się go na stronie startowej w „Zgłoś problem“. Albo proszę wybrać z listy.</translation>
    </message>
    <message>
        <source>Dazu haben wir nichts gefunden. Fragen Sie am Telefon: %1. Oder sehen Sie auf %2 nach. Oder wählen Sie aus der Liste.</source>
        <translation>Nic do tego nie znaleźliśmy. Proszę zapytać telefonicznie: %1. Albo zajrzeć na %2. Albo wybrać z listy.</translation>
    </message>
    <message>
        <source>der Seite Ihrer Stadt</source>
        <translation>stronę swojego miasta</translation>
    </message>
    <message>
        <source>Oder wählen Sie aus der Liste:</source>
        <translation>Albo proszę wybrać z listy:</translation>
    </message>
    <message>
        <source>Die Angaben werden geholt …</source>
        <translation>Pobieranie informacji …</translation>
    </message>
    <message>
        <source>Wohin gehen Sie?</source>
        <translation>Dokąd pójść?</translation>
    </message>
    <message>
        <source>Wohin können Sie gehen?</source>
        <translation>Dokąd można pójść?</translation>
    </message>
    <message>
        <source>Telefon: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-Mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Öffnungszeiten: %1</source>
        <translation>Godziny otwarcia: %1</translation>
    </message>
    <message>
        <source>Was bringen Sie mit?</source>
        <translation>Co zabrać ze sobą?</translation>
    </message>
    <message>
        <source>Was kostet es?</source>
        <translation>Ile to kosztuje?</translation>
    </message>
    <message>
        <source>Wie lange dauert es?</source>
        <translation>Jak długo to trwa?</translation>
    </message>
    <message>
        <source>Gibt es eine Frist?</source>
        <translation>Czy jest termin do dotrzymania?</translation>
    </message>
    <message>
        <source>Gut zu wissen</source>
        <translation>Dobrze wiedzieć</translation>
    </message>
    <message>
        <source>Im Internet</source>
        <translation>W internecie</translation>
    </message>
    <message>
        <source>Einen Termin können Sie auf der Startseite unter „Termin buchen“ vereinbaren.</source>
        <translation>Wizytę można umówić na stronie startowej w „Umów wizytę“.</translation>
    </message>
    <message>
        <source>Etwas anderes suchen</source>
        <translation>Szukaj czegoś innego</translation>
    </message>
    <message>
        <source>Stand: %1</source>
        <translation>Stan na: %1</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Das ist die letzte Antwort, die wir bekommen haben.</source>
        <translation>W tej chwili nie ma połączenia. To ostatnia odpowiedź, jaką dostaliśmy.</translation>
    </message>
    <message>
        <source>Das hat die Stadt %1 dazu aufgeschrieben:</source>
        <translation>Oto, co miasto %1 o tym napisało:</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Hier steht, was die Stadt dazu aufgeschrieben hat.</source>
        <translation>W tej chwili nie ma połączenia. Tu jest to, co miasto o tym napisało.</translation>
    </message>
    <message>
        <source>Dazu haben wir leider keine Angaben.</source>
        <translation>Niestety nie mamy o tym informacji.</translation>
    </message>
    <message>
        <source>Der Dienst kennt dafür in Ihrer Stadt keine Angaben.</source>
        <translation>Usługa nie ma o tym informacji dla tego miasta.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1 oder im Internet auf %2.</source>
        <translation>Proszę zapytać telefonicznie pod %1 albo w internecie na %2.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1.</source>
        <translation>Proszę zapytać telefonicznie pod %1.</translation>
    </message>
    <message>
        <source>Mehr steht im Internet auf %1.</source>
        <translation>Więcej jest w internecie na %1.</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>roku</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>lat</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>miesiąca</translation>
    </message>
    <message>
        <source>Monate</source>
        <translation>miesięcy</translation>
    </message>
    <message>
        <source>Woche</source>
        <translation>tygodnia</translation>
    </message>
    <message>
        <source>Wochen</source>
        <translation>tygodni</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>dnia</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>Arbeitstag</source>
        <translation>dnia roboczego</translation>
    </message>
    <message>
        <source>Arbeitstage</source>
        <translation>dni roboczych</translation>
    </message>
    <message>
        <source>Stunde</source>
        <translation>godziny</translation>
    </message>
    <message>
        <source>Stunden</source>
        <translation>godzin</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>minuty</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>minut</translation>
    </message>
    <message>
        <source>Sekunde</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <source>Sekunden</source>
        <translation>sekund</translation>
    </message>
    <message>
        <source>Höchstens %1 %2.</source>
        <translation>Do %1 %2.</translation>
    </message>
    <message>
        <source>Etwa %1 bis %2 %3.</source>
        <translation>Od około %1 do %2 %3.</translation>
    </message>
    <message>
        <source>Dazu gibt es keine Angabe.</source>
        <translation>Brak informacji.</translation>
    </message>
    <message>
        <source>Das geht sofort.</source>
        <translation>To załatwia się od ręki.</translation>
    </message>
    <message>
        <source>Etwa %1 %2.</source>
        <translation>Około %1 %2.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Diese Seite ist für die Mitarbeitenden. Hier tragen Sie Zugangsschlüssel ein.</source>
        <translation>Ta strona jest dla pracowników. Tutaj wpisuje się klucze dostępu.</translation>
    </message>
</context>
</TS>
