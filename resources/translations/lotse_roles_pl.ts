<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="de">
<context>
    <name>HelperDock</name>
    <message>
        <source>Helfer-Ansicht für die Helferin oder den Helfer</source>
        <translation>Widok dla osoby pomagającej</translation>
    </message>
    <message>
        <source>Eigenes Fenster</source>
        <translation>Osobne okno</translation>
    </message>
    <message>
        <source>Zurück ins Hauptfenster</source>
        <translation>Z powrotem do głównego okna</translation>
    </message>
    <message>
        <source>Helfer-Ansicht: {0}</source>
        <translation>Widok dla pomagających: {0}</translation>
    </message>
</context>
<context>
    <name>HelperView</name>
    <message>
        <source>Bitte schauen Sie weg.</source>
        <translation>Proszę odwrócić wzrok.</translation>
    </message>
    <message>
        <source>Die Person tippt die PIN am Lesegerät ein. Bitten Sie sie darum. Helfen Sie nur mit Worten.</source>
        <translation>Ta osoba wpisuje PIN na czytniku. Proszę ją o to poprosić. Pomagać tylko słowami.</translation>
    </message>
    <message>
        <source>Hinweis für Mitarbeitende: {0}</source>
        <translation>Wskazówka dla pracowników: {0}</translation>
    </message>
    <message>
        <source>Die Person ist bei: {0}</source>
        <translation>Ta osoba jest przy: {0}</translation>
    </message>
    <message>
        <source>Die Person ist auf der Startseite.</source>
        <translation>Ta osoba jest na stronie startowej.</translation>
    </message>
    <message>
        <source>Hier sehen Sie, wo die Person in einer Anleitung ist und was als Nächstes kommt. Was die Person eintippt, sehen Sie hier nie.</source>
        <translation>Tutaj widać, w którym miejscu instrukcji jest ta osoba i co będzie dalej. To, co ta osoba wpisuje, nigdy nie jest tu widoczne.</translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation>Kod: {0}</translation>
    </message>
    <message>
        <source>Tipps für diesen Schritt</source>
        <translation>Wskazówki do tego kroku</translation>
    </message>
    <message>
        <source>Für diesen Schritt gibt es keine Tipps.</source>
        <translation>Do tego kroku nie ma wskazówek.</translation>
    </message>
    <message>
        <source>Was als Nächstes kommt</source>
        <translation>Co będzie dalej</translation>
    </message>
    <message>
        <source>Das ist das Ende der Anleitung. Bieten Sie den Merkzettel zum Mitnehmen an.</source>
        <translation>To koniec instrukcji. Proszę zaproponować kartkę do zabrania do domu.</translation>
    </message>
    <message>
        <source>„{0}“ → {1}</source>
        <translation>„{0}“ → {1}</translation>
    </message>
    <message>
        <source>Weiter → {0}</source>
        <translation>Dalej → {0}</translation>
    </message>
    <message>
        <source>(zuletzt gewählt)</source>
        <translation>(ostatnio wybrane)</translation>
    </message>
    <message>
        <source>Bisheriger Weg</source>
        <translation>Dotychczasowa droga</translation>
    </message>
    <message>
        <source>Die Person ist am Anfang.</source>
        <translation>Ta osoba jest na początku.</translation>
    </message>
    <message>
        <source>„{0}“</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>Die Person gibt jetzt ihre Geheimzahl ein.</source>
        <translation>Ta osoba wpisuje teraz swój tajny numer.</translation>
    </message>
    <message>
        <source>Die Person tippt jetzt ihre Geheimzahl ein. Schauen Sie nicht auf den Bildschirm und nicht auf die Tastatur. Helfen Sie nur mit Worten.</source>
        <translation>Ta osoba wpisuje teraz swój tajny numer. Proszę nie patrzeć na ekran ani na klawiaturę. Pomagać tylko słowami.</translation>
    </message>
</context>
<context>
    <name>InactivityWarning</name>
    <message>
        <source>Sind Sie noch da?</source>
        <translation>Czy ktoś tu jeszcze jest?</translation>
    </message>
    <message>
        <source>Ich bin noch da</source>
        <translation>Tak, jestem tutaj</translation>
    </message>
    <message>
        <source>Niemand hat das Programm eine Weile benutzt. In {0} Sekunden beginnt es von vorn. Dann wird alles gelöscht, was hier eingegeben wurde.</source>
        <translation>Od jakiegoś czasu nikt nie używał programu. Za {0} sekund zacznie on od początku. Wtedy zostanie usunięte wszystko, co tu wpisano.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Der Ordner für Ihre Daten kann nicht benutzt werden. Das Programm funktioniert, merkt sich aber nichts, bis es wieder geschlossen wird. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Folderu na dane nie można użyć. Program działa, ale niczego nie zapamięta po zamknięciu. Proszę powiadomić dział IT. Informacja techniczna: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer können nicht gelesen werden. Zur Sicherheit gelten die strengsten Regeln: Nichts Persönliches wird aufbewahrt. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Nie można odczytać ustawień tego komputera. Dla bezpieczeństwa obowiązują najostrzejsze zasady: nic osobistego nie jest przechowywane. Proszę powiadomić dział IT. Informacja techniczna: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer haben Fehler. Es gelten sichere Grundeinstellungen. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Ustawienia tego komputera zawierają błędy. Obowiązują bezpieczne ustawienia podstawowe. Proszę powiadomić dział IT. Informacja techniczna: {0}</translation>
    </message>
    <message>
        <source>Das Programm wurde neu gestartet. Die Sitzung von eben geht weiter.</source>
        <translation>Program został uruchomiony ponownie. Dotychczasowa sesja trwa dalej.</translation>
    </message>
    <message>
        <source>Nicht alles aus einer früheren Sitzung konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Nie wszystko z wcześniejszej sesji udało się usunąć. Program spróbuje ponownie przy następnym uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>RolesController</name>
    <message>
        <source>Ihre Angaben bleiben nur auf diesem Computer.</source>
        <translation>Wpisane dane zostają tylko na tym komputerze.</translation>
    </message>
    <message>
        <source>Alles vergessen</source>
        <translation>Zapomnij wszystko</translation>
    </message>
    <message>
        <source>Hilfe-Sitzung: Am Ende wird alles Persönliche gelöscht.</source>
        <translation>Sesja pomocy: na końcu wszystko osobiste zostanie usunięte.</translation>
    </message>
    <message>
        <source>Helfer-Ansicht schließen</source>
        <translation>Zamknij widok dla pomagających</translation>
    </message>
    <message>
        <source>Sitzung beenden</source>
        <translation>Zakończ sesję</translation>
    </message>
    <message>
        <source>Wenn Sie fertig sind: „Nächste Person“ löscht alles von Ihnen.</source>
        <translation>Na koniec: „Następna osoba“ usuwa wszystkie wpisane dane.</translation>
    </message>
    <message>
        <source>Nächste Person</source>
        <translation>Następna osoba</translation>
    </message>
    <message>
        <source>Merkzettel zum Mitnehmen drucken</source>
        <translation>Wydrukuj kartkę do zabrania do domu</translation>
    </message>
    <message>
        <source>Karte gelesen: 3 Versuche</source>
        <translation>Karta odczytana: 3 próby</translation>
    </message>
    <message>
        <source>Karte gelesen: 2 Versuche</source>
        <translation>Karta odczytana: 2 próby</translation>
    </message>
    <message>
        <source>Karte gelesen: 1 Versuch (CAN nötig)</source>
        <translation>Karta odczytana: 1 próba (potrzebny CAN)</translation>
    </message>
    <message>
        <source>PIN gesperrt (PUK nötig)</source>
        <translation>PIN zablokowany (potrzebny PUK)</translation>
    </message>
    <message>
        <source>PUK aufgebraucht</source>
        <translation>PUK zużyty</translation>
    </message>
    <message>
        <source>Online-Funktion aus</source>
        <translation>Funkcja online wyłączona</translation>
    </message>
    <message>
        <source>PIN geändert</source>
        <translation>PIN zmieniony</translation>
    </message>
    <message>
        <source>PIN nicht geändert</source>
        <translation>PIN niezmieniony</translation>
    </message>
    <message>
        <source>Nicht sicher, ob die PIN geändert ist</source>
        <translation>Nie wiadomo na pewno, czy PIN jest zmieniony</translation>
    </message>
    <message>
        <source>Lieber zum Amt</source>
        <translation>Raczej do urzędu</translation>
    </message>
    <message>
        <source>Termin gebucht</source>
        <translation>Wizyta umówiona</translation>
    </message>
    <message>
        <source>Geht hier nicht / übersprungen</source>
        <translation>Tu nie działa / pominięte</translation>
    </message>
    <message>
        <source>Sind Sie fertig?</source>
        <translation>Czy to już koniec?</translation>
    </message>
    <message>
        <source>Dann wird alles gelöscht, was Sie hier eingegeben haben. Die nächste Person sieht nichts davon.</source>
        <translation>Wtedy zostanie usunięte wszystko, co tu wpisano. Następna osoba nic z tego nie zobaczy.</translation>
    </message>
    <message>
        <source>Ja, alles löschen</source>
        <translation>Tak, usuń wszystko</translation>
    </message>
    <message>
        <source>Sitzung beenden?</source>
        <translation>Zakończyć sesję?</translation>
    </message>
    <message>
        <source>Alles Persönliche aus dieser Sitzung wird gelöscht: wo Sie waren, Entwürfe, Termine und Meldungen auf diesem Computer.</source>
        <translation>Wszystko osobiste z tej sesji zostanie usunięte: miejsce w instrukcji, szkice, wizyty i zgłoszenia na tym komputerze.</translation>
    </message>
    <message>
        <source>Ja, Sitzung beenden und alles löschen</source>
        <translation>Tak, zakończ sesję i usuń wszystko</translation>
    </message>
    <message>
        <source>Möchten Sie vorher einen Merkzettel drucken?</source>
        <translation>Wydrukować najpierw kartkę do zabrania do domu?</translation>
    </message>
    <message>
        <source>Merkzettel drucken: {0}</source>
        <translation>Wydrukuj kartkę: {0}</translation>
    </message>
    <message>
        <source>Abbrechen: weitermachen</source>
        <translation>Przerwij: pracuj dalej</translation>
    </message>
    <message>
        <source>Programm schließen?</source>
        <translation>Zamknąć program?</translation>
    </message>
    <message>
        <source>Dann endet die Sitzung. Alles Persönliche aus dieser Sitzung wird gelöscht.</source>
        <translation>Wtedy sesja się skończy. Wszystko osobiste z tej sesji zostanie usunięte.</translation>
    </message>
    <message>
        <source>Nein, weitermachen</source>
        <translation>Nie, pracuj dalej</translation>
    </message>
    <message>
        <source>Ja, schließen und alles löschen</source>
        <translation>Tak, zamknij i usuń wszystko</translation>
    </message>
    <message>
        <source>Die Sitzung ist beendet.</source>
        <translation>Sesja jest zakończona.</translation>
    </message>
    <message>
        <source>Alles Persönliche ist gelöscht.</source>
        <translation>Wszystko osobiste jest usunięte.</translation>
    </message>
    <message>
        <source>Neue Sitzung beginnen</source>
        <translation>Zacznij nową sesję</translation>
    </message>
    <message>
        <source>Alles ist gelöscht. Die nächste Person kann beginnen.</source>
        <translation>Wszystko jest usunięte. Następna osoba może zaczynać.</translation>
    </message>
    <message>
        <source>Alles vergessen?</source>
        <translation>Zapomnieć wszystko?</translation>
    </message>
    <message>
        <source>Das Programm löscht alles, was es sich über Sie gemerkt hat:</source>
        <translation>Program usunie wszystko, co zapamiętał:</translation>
    </message>
    <message>
        <source>wo Sie in einer Anleitung waren, Entwürfe, Ihre Termine und Ihre Meldungen.</source>
        <translation>miejsce w instrukcji, szkice, umówione wizyty i zgłoszenia.</translation>
    </message>
    <message>
        <source>Ihre Termine beim Amt bleiben bestehen. Nur dieser Computer vergisst sie.</source>
        <translation>Umówione wizyty w urzędzie pozostają ważne. Zapomina je tylko ten komputer.</translation>
    </message>
    <message>
        <source>Die Schriftgröße bleibt.</source>
        <translation>Wielkość liter zostaje.</translation>
    </message>
    <message>
        <source>Nein, nichts löschen</source>
        <translation>Nie, niczego nie usuwaj</translation>
    </message>
    <message>
        <source>Ja, alles vergessen</source>
        <translation>Tak, zapomnij wszystko</translation>
    </message>
    <message>
        <source>Alles ist vergessen. Sie können neu anfangen.</source>
        <translation>Wszystko jest zapomniane. Można zacząć od nowa.</translation>
    </message>
    <message>
        <source>Nicht alles konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Nie wszystko udało się usunąć. Program spróbuje ponownie przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>Das Programm bleibt offen. Wenn Sie fertig sind: „Nächste Person“.</source>
        <translation>Program zostaje otwarty. Na koniec: „Następna osoba“.</translation>
    </message>
</context>
<context>
    <name>SavePlaceDialog</name>
    <message>
        <source>Wohin soll der Merkzettel?</source>
        <translation>Gdzie zapisać kartkę?</translation>
    </message>
    <message>
        <source>Wählen Sie einen Ort. Der Merkzettel wird dort als PDF-Datei gespeichert. Eine Datei, die es schon gibt, wird nicht überschrieben.</source>
        <translation>Proszę wybrać miejsce. Kartka zostanie tam zapisana jako plik PDF. Istniejący już plik nie zostanie nadpisany.</translation>
    </message>
    <message>
        <source>Anderen Ort wählen …</source>
        <translation>Wybierz inne miejsce …</translation>
    </message>
    <message>
        <source>Abbrechen: nicht speichern</source>
        <translation>Przerwij: nie zapisuj</translation>
    </message>
    <message>
        <source>In „Dokumente“ speichern</source>
        <translation>Zapisz w „Dokumentach“</translation>
    </message>
    <message>
        <source>Auf den Schreibtisch (Desktop) speichern</source>
        <translation>Zapisz na pulpicie</translation>
    </message>
    <message>
        <source>Auf den USB-Stick „{0}“ speichern</source>
        <translation>Zapisz na pendrivie „{0}“</translation>
    </message>
    <message>
        <source>Merkzettel speichern</source>
        <translation>Zapisz kartkę</translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation>Plik PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Merkzettel zum Mitnehmen</source>
        <translation>Kartka do zabrania do domu</translation>
    </message>
    <message>
        <source>Auf dem Zettel steht, was Sie jetzt tun und wohin Sie gehen. Eine Geheimzahl steht nie darauf.</source>
        <translation>Na kartce jest napisane, co teraz zrobić i dokąd pójść. Tajnego numeru nigdy na niej nie ma.</translation>
    </message>
    <message>
        <source>Vorschau des Merkzettels: {0}</source>
        <translation>Podgląd kartki: {0}</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>An diesem Computer ist kein Drucker eingerichtet. Bitte fragen Sie die Mitarbeitenden vor Ort.</source>
        <translation>Do tego komputera nie jest podłączona drukarka. Proszę zapytać pracowników na miejscu.</translation>
    </message>
    <message>
        <source>Merkzettel drucken</source>
        <translation>Drukuj kartkę</translation>
    </message>
    <message>
        <source>Hier wird nur auf Papier gedruckt, nicht in eine Datei. Bitte wählen Sie einen Drucker.</source>
        <translation>Tutaj drukuje się tylko na papierze, nie do pliku. Proszę wybrać drukarkę.</translation>
    </message>
    <message>
        <source>Das Drucken hat nicht geklappt. Ist der Drucker an? Versuchen Sie es bitte noch einmal.</source>
        <translation>Drukowanie się nie udało. Czy drukarka jest włączona? Proszę spróbować ponownie.</translation>
    </message>
    <message>
        <source>Der Merkzettel wird gedruckt.</source>
        <translation>Kartka jest drukowana.</translation>
    </message>
    <message>
        <source>Merkzettel.pdf</source>
        <translation>Kartka.pdf</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt ({0}). Versuchen Sie einen anderen Ort.</source>
        <translation>Zapisywanie się nie udało ({0}). Proszę wybrać inne miejsce.</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Versuchen Sie einen anderen Ort.</source>
        <translation>Zapisywanie się nie udało. Proszę wybrać inne miejsce.</translation>
    </message>
    <message>
        <source>Gespeichert: {0}</source>
        <translation>Zapisano: {0}</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>Übung – Merkzettel</source>
        <translation>Ćwiczenie – kartka do zabrania</translation>
    </message>
    <message>
        <source>Merkzettel</source>
        <translation>Kartka do zabrania</translation>
    </message>
    <message>
        <source>Was Sie gesagt haben</source>
        <translation>Udzielone odpowiedzi</translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation>O co chodzi</translation>
    </message>
    <message>
        <source>Wohin Sie gehen</source>
        <translation>Dokąd pójść</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer</source>
        <translation>Numer sprawy</translation>
    </message>
    <message>
        <source>Ihre Aufrufnummer</source>
        <translation>Numer wywoławczy</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Mehr im Internet</source>
        <translation>Więcej w internecie</translation>
    </message>
    <message>
        <source>Oder scannen Sie oben rechts das Bild mit dem Handy.</source>
        <translation>Albo zeskanować telefonem obrazek w prawym górnym rogu.</translation>
    </message>
    <message>
        <source>Erstellt am {0} mit Lotse. Auf diesem Zettel steht nie eine PIN, CAN oder PUK.</source>
        <translation>Utworzono programem Lotse, data: {0}. Na tej kartce nigdy nie ma numeru PIN, CAN ani PUK.</translation>
    </message>
    <message>
        <source>Das ist ein Übungstermin. Beim Amt ist nichts gebucht. Niemand erwartet Sie.</source>
        <translation>To wizyta ćwiczebna. W urzędzie nic nie jest zarezerwowane. Nikt nie czeka.</translation>
    </message>
    <message>
        <source>Das ist eine Übungsmeldung. Die Stadt hat sie nicht bekommen.</source>
        <translation>To zgłoszenie ćwiczebne. Miasto go nie dostało.</translation>
    </message>
    <message>
        <source>Das war eine Übung mit einer Übungskarte. Ihr echter Ausweis wurde nicht benutzt.</source>
        <translation>To było ćwiczenie z kartą do ćwiczeń. Prawdziwy dowód nie był używany.</translation>
    </message>
    <message>
        <source>Wenn Sie es wirklich brauchen: machen Sie es noch einmal ohne Übung.</source>
        <translation>Jeśli to naprawdę potrzebne: proszę zrobić to jeszcze raz, bez ćwiczenia.</translation>
    </message>
    <message>
        <source>Kommen Sie 10 Minuten vor der Zeit.</source>
        <translation>Proszę przyjść 10 minut wcześniej.</translation>
    </message>
    <message>
        <source>Nennen Sie am Empfang Ihre Vorgangsnummer.</source>
        <translation>Proszę podać w recepcji numer sprawy.</translation>
    </message>
    <message>
        <source>Sie können nicht kommen? Sagen Sie den Termin bitte ab.</source>
        <translation>Nie da się przyjść? Proszę odwołać wizytę.</translation>
    </message>
    <message>
        <source>Die Stadt prüft Ihre Meldung.</source>
        <translation>Miasto sprawdza zgłoszenie.</translation>
    </message>
    <message>
        <source>Mit der Vorgangsnummer können Sie nachfragen, was daraus geworden ist.</source>
        <translation>Z numerem sprawy można zapytać, co się z nim dzieje.</translation>
    </message>
    <message>
        <source>ÜBUNG</source>
        <translation>ĆWICZENIE</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Programm beenden – nur für Mitarbeitende</source>
        <translation>Zamknij program – tylko dla pracowników</translation>
    </message>
    <message>
        <source>Das Programm wird geschlossen. Alles Persönliche wird vorher gelöscht.</source>
        <translation>Program zostanie zamknięty. Wszystko osobiste zostanie najpierw usunięte.</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende:</source>
        <translation>Kod dla pracowników:</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende</source>
        <translation>Kod dla pracowników</translation>
    </message>
    <message>
        <source>Abbrechen: weiter arbeiten</source>
        <translation>Przerwij: pracuj dalej</translation>
    </message>
    <message>
        <source>Programm beenden</source>
        <translation>Zamknij program</translation>
    </message>
    <message>
        <source>Der Code stimmt nicht. Bitte noch einmal.</source>
        <translation>Kod jest niepoprawny. Proszę jeszcze raz.</translation>
    </message>
</context>
</TS>
