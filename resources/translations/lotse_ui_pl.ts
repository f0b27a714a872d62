<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Die Verbindung hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>Połączenie się nie udało. Proszę spróbować ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Das Speichern oder Lesen hat nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>Zapisywanie albo odczyt się nie udały. Proszę spróbować ponownie.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Eine Anleitung ist beschädigt und fehlt deshalb auf der Startseite: {0}</source>
        <translation>Jedna instrukcja jest uszkodzona i dlatego nie ma jej na stronie startowej: {0}</translation>
    </message>
    <message>
        <source>Die Angaben der Stadt konnten nicht gelesen werden ({0}). Adressen fehlen deshalb. Alles andere funktioniert.</source>
        <translation>Nie udało się odczytać danych miasta ({0}). Dlatego brakuje adresów. Wszystko inne działa.</translation>
    </message>
    <message>
        <source>Ein Teil des Programms fehlt: {0}. Alles andere funktioniert. Technische Angabe: {1}</source>
        <translation>Brakuje części programu: {0}. Wszystko inne działa. Informacja techniczna: {1}</translation>
    </message>
    <message>
        <source>Ihre Einstellungen waren beschädigt ({0}). Die Datei wurde beiseitegelegt. Es gelten die Grundeinstellungen.</source>
        <translation>Ustawienia były uszkodzone ({0}). Plik został odłożony na bok. Obowiązują ustawienia podstawowe.</translation>
    </message>
    <message>
        <source>Die Gestaltung des Programms fehlt oder ist beschädigt ({0}). Alles andere funktioniert.</source>
        <translation>Brakuje wyglądu programu albo jest uszkodzony ({0}). Wszystko inne działa.</translation>
    </message>
    <message>
        <source>Die Liste der Sprachen ist beschädigt ({0}). Es gibt nur die Sprachen, die sich lesen lassen.</source>
        <translation>Lista języków jest uszkodzona ({0}). Dostępne są tylko języki, które da się odczytać.</translation>
    </message>
    <message>
        <source>Eine Übersetzungsdatei fehlt oder ist beschädigt: {0}.</source>
        <translation>Brakuje pliku z tłumaczeniem albo jest uszkodzony: {0}.</translation>
    </message>
</context>
<context>
    <name>Bar</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Vorlesen beenden</source>
        <translation>Zakończ czytanie</translation>
    </message>
    <message>
        <source>Vorlesen</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <source>Schrift größer</source>
        <translation>Większe litery</translation>
    </message>
    <message>
        <source>Schrift kleiner</source>
        <translation>Mniejsze litery</translation>
    </message>
    <message>
        <source>Sprache: {0}</source>
        <translation>Język: {0}</translation>
    </message>
    <message>
        <source>← Zurück</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <source>⌂ Start</source>
        <translation>⌂ Start</translation>
    </message>
    <message>
        <source>? Hilfe</source>
        <translation>? Pomoc</translation>
    </message>
    <message>
        <source>■ Stopp</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <source>▶ Vorlesen</source>
        <translation>▶ Czytaj</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Start: zur Startseite</source>
        <translation>Start: do strony startowej</translation>
    </message>
    <message>
        <source>Sprache wählen. Jetzt: {0}</source>
        <translation>Wybór języka. Teraz: {0}</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Die Person sieht den Code unter „Hilfe“, zum Beispiel „P 17“. Tippen Sie ihn hier ein. Sie sehen dann denselben Schritt in Ihrer Sprache, mit den Tipps für Helfende.</source>
        <translation>Ta osoba widzi kod w „Pomocy“, na przykład „P 17“. Proszę go tu wpisać. Pojawi się ten sam krok w języku tego komputera, ze wskazówkami dla pomagających.</translation>
    </message>
    <message>
        <source>Code, zum Beispiel P 17</source>
        <translation>Kod, na przykład P 17</translation>
    </message>
    <message>
        <source>Schritt zeigen</source>
        <translation>Pokaż krok</translation>
    </message>
    <message>
        <source>Ein Code besteht aus einem Buchstaben und einer Zahl. Er sagt nur, welcher Schritt gemeint ist, nichts über die Person.</source>
        <translation>Kod to jedna litera i liczba. Mówi tylko, o który krok chodzi, nic o tej osobie.</translation>
    </message>
    <message>
        <source>Diesen Code gibt es nicht: „{0}“. Ein Code ist ein Buchstabe und eine Zahl, zum Beispiel P 17. Bitte fragen Sie noch einmal nach.</source>
        <translation>Nie ma takiego kodu: „{0}“. Kod to jedna litera i liczba, na przykład P 17. Proszę zapytać jeszcze raz.</translation>
    </message>
    <message>
        <source>Schritt {0}.</source>
        <translation>Krok {0}.</translation>
    </message>
    <message>
        <source>Tipp für Helfende: {0}</source>
        <translation>Wskazówka dla pomagających: {0}</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <source>Neue Inhalte der Stadt wurden nicht übernommen. Es gelten die bisherigen. Grund (für die IT): {0}</source>
        <translation>Nowe treści miasta nie zostały przejęte. Obowiązują dotychczasowe. Powód (dla działu IT): {0}</translation>
    </message>
    <message>
        <source>Neue Inhalte der Stadt konnten nicht geprüft werden: {0}</source>
        <translation>Nie udało się sprawdzić nowych treści miasta: {0}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Code für diesen Schritt: {0}. Nennen Sie ihn, wenn Sie jemanden am Telefon um Hilfe bitten.</source>
        <translation>Kod tego kroku: {0}. Proszę go podać, gdy prosi się kogoś o pomoc przez telefon.</translation>
    </message>
    <message>
        <source>Sie können nichts kaputt machen. Mit „Zurück“ kommen Sie immer einen Schritt zurück. Mit „Start“ kommen Sie zur Startseite.</source>
        <translation>Niczego nie można tu zepsuć. Przycisk „Wstecz“ zawsze cofa o jeden krok. Przycisk „Start“ prowadzi do strony startowej.</translation>
    </message>
    <message>
        <source>Bis Sie fertig sind, merkt sich das Programm, wo Sie waren. Dann wird alles gelöscht.</source>
        <translation>Do końca sesji program pamięta ostatnie miejsce. Potem wszystko zostaje usunięte.</translation>
    </message>
    <message>
        <source>Das Programm merkt sich, wo Sie waren.</source>
        <translation>Program zapamiętuje ostatnie miejsce.</translation>
    </message>
    <message>
        <source>Hilfe schließen</source>
        <translation>Zamknij pomoc</translation>
    </message>
    <message>
        <source>Lotse, Version {0}</source>
        <translation>Lotse, wersja {0}</translation>
    </message>
    <message>
        <source>Code eingeben: einen Schritt über seinen Code zeigen</source>
        <translation>Wpisz kod: pokaż krok według jego kodu</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Guten Tag! Wobei kann ich helfen?</source>
        <translation>Dzień dobry! W czym mogę pomóc?</translation>
    </message>
    <message>
        <source>Wählen Sie ein Thema. Sie können jederzeit zurück.</source>
        <translation>Proszę wybrać temat. Zawsze można wrócić.</translation>
    </message>
    <message>
        <source>Im Moment gibt es hier keine Themen. Bitte fragen Sie die Person, die das Programm eingerichtet hat.</source>
        <translation>W tej chwili nie ma tu tematów. Proszę zapytać osobę, która zainstalowała program.</translation>
    </message>
    <message>
        <source>Hier wählen Sie ein Thema. Klicken Sie auf eine große Fläche. Oder drücken Sie die Tabulator-Taste, bis die Fläche gelb ist. Dann drücken Sie die Leertaste.</source>
        <translation>Tutaj wybiera się temat. Proszę kliknąć jedno z dużych pól. Albo naciskać klawisz Tab, aż pole będzie żółte. Potem proszę nacisnąć spację.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Wählen Sie Ihre Sprache. Sie können sie jederzeit wieder ändern.</source>
        <translation>Proszę wybrać swój język. Zawsze można go znowu zmienić.</translation>
    </message>
    <message>
        <source>Weitere Sprachen ↓</source>
        <translation>Więcej języków ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Sprachen</source>
        <translation>↑ Poprzednie języki</translation>
    </message>
    <message>
        <source>Weitere Sprachen zeigen</source>
        <translation>Pokaż więcej języków</translation>
    </message>
    <message>
        <source>Vorige Sprachen zeigen</source>
        <translation>Pokaż poprzednie języki</translation>
    </message>
    <message>
        <source>Sprache nicht ändern</source>
        <translation>Nie zmieniaj języka</translation>
    </message>
    <message>
        <source>Tippen Sie auf die Sprache, in der Sie lesen möchten. Sie bleiben an derselben Stelle.</source>
        <translation>Proszę wybrać język do czytania. Strona pozostaje ta sama.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Einen Moment bitte …</source>
        <translation>Chwileczkę …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ein Teil des Programms konnte nicht geladen werden. Alles andere funktioniert. Technische Angabe: {0}</source>
        <translation>Nie udało się wczytać części programu. Wszystko inne działa. Informacja techniczna: {0}</translation>
    </message>
    <message>
        <source>Verstanden</source>
        <translation>Rozumiem</translation>
    </message>
    <message>
        <source>Verstanden: Hinweis schließen</source>
        <translation>Rozumiem: zamknij informację</translation>
    </message>
    <message>
        <source>{0} – Lotse</source>
        <translation>{0} – Lotse</translation>
    </message>
    <message>
        <source>Lotse</source>
        <translation>Lotse</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht: „{0}“. Bitte wählen Sie ein Thema auf der Startseite.</source>
        <translation>Nie ma takiej instrukcji: „{0}“. Proszę wybrać temat na stronie startowej.</translation>
    </message>
    <message>
        <source>Dieser Teil des Programms geht gerade nicht. Sie sehen stattdessen, was Sie tun können. ({0})</source>
        <translation>Ta część programu w tej chwili nie działa. Zamiast tego widać, co można zrobić. ({0})</translation>
    </message>
    <message>
        <source>Dieser Schritt führt ins Leere ({0}). Bitte melden Sie das.</source>
        <translation>Ten krok prowadzi donikąd ({0}). Proszę to zgłosić.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite. Weiter zurück geht es nicht.</source>
        <translation>To już jest strona startowa. Dalej wstecz się nie da.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite.</source>
        <translation>To już jest strona startowa.</translation>
    </message>
    <message>
        <source>Lesen Sie den Text in Ruhe. Es gibt keine Zeitgrenze.</source>
        <translation>Proszę spokojnie przeczytać tekst. Nie ma limitu czasu.</translation>
    </message>
    <message>
        <source>Die Hilfe ist schon offen. Mit „Hilfe schließen“ kommen Sie zurück.</source>
        <translation>Pomoc jest już otwarta. Przycisk „Zamknij pomoc“ prowadzi z powrotem.</translation>
    </message>
    <message>
        <source>Die Sprache ist auf diesem Computer fest eingestellt.</source>
        <translation>Język jest na tym komputerze ustawiony na stałe.</translation>
    </message>
    <message>
        <source>Lotse – {0}</source>
        <translation>Lotse – {0}</translation>
    </message>
    <message>
        <source>Auf dieser Seite gibt es nichts vorzulesen.</source>
        <translation>Na tej stronie nie ma nic do czytania na głos.</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am größten (200 %).</source>
        <translation>Litery są już największe (200 %).</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am kleinsten (100 %).</source>
        <translation>Litery są już najmniejsze (100 %).</translation>
    </message>
    <message>
        <source>Schriftgröße: {0} %</source>
        <translation>Wielkość liter: {0} %</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht in der gewählten Sprache ({0}). Sie sehen sie weiter wie bisher.</source>
        <translation>Tej instrukcji nie ma w wybranym języku ({0}). Pozostaje tak, jak było.</translation>
    </message>
    <message>
        <source>Die Einstellung gilt jetzt, konnte aber nicht gespeichert werden ({0}).</source>
        <translation>Ustawienie już działa, ale nie udało się go zapisać ({0}).</translation>
    </message>
    <message>
        <source>Das Programm kann sich nicht merken, wo Sie sind ({0}). Alles andere funktioniert.</source>
        <translation>Program nie może zapamiętać ostatniego miejsca ({0}). Wszystko inne działa.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz war beschädigt ({0}). Er wurde beiseitegelegt. Sie fangen neu an.</source>
        <translation>Zapamiętane miejsce było uszkodzone ({0}). Zostało odłożone na bok. Zaczyna się od nowa.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz passt nicht mehr zu den Anleitungen ({0}). Sie fangen neu an.</source>
        <translation>Zapamiętane miejsce nie pasuje już do instrukcji ({0}). Zaczyna się od nowa.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>Hier sind die übrigen Themen. Mit „Zurück“ kommen Sie zur Startseite.</source>
        <translation>Tu są pozostałe tematy. Przycisk „Wstecz“ prowadzi do strony startowej.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Weiter lesen ↓</source>
        <translation>Czytaj dalej ↓</translation>
    </message>
    <message>
        <source>Zurück nach oben ↑</source>
        <translation>Z powrotem na górę ↑</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Übung</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Übung: {0}</source>
        <translation>Ćwiczenie: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Bitte warten</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <source>Das dauert länger als sonst. Sie können weiter warten oder abbrechen.</source>
        <translation>To trwa dłużej niż zwykle. Można dalej czekać albo przerwać.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Vorlesen geht auf diesem Computer nicht: es ist keine Sprachausgabe installiert.</source>
        <translation>Czytanie na głos nie działa na tym komputerze: nie ma zainstalowanego programu mowy.</translation>
    </message>
    <message>
        <source>Vorlesen geht gerade nicht: die Sprachausgabe dieses Computers antwortet nicht. Sie können ganz normal weitermachen.</source>
        <translation>Czytanie na głos w tej chwili nie działa: program mowy tego komputera nie odpowiada. Można normalnie kontynuować.</translation>
    </message>
    <message>
        <source>Vorlesen hat nicht geklappt: {0}</source>
        <translation>Czytanie na głos się nie udało: {0}</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Weitermachen, wo Sie aufgehört haben?</source>
        <translation>Kontynuować od ostatniego miejsca?</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Diese Anleitung wurde inzwischen verbessert. Deshalb beginnt sie noch einmal von vorn.</source>
        <translation>Ostatnio: {0}. Ta instrukcja została w międzyczasie poprawiona. Dlatego zaczyna się od początku.</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Zuletzt: {1}</source>
        <translation>Ostatnio: {0}. Ostatni ekran: {1}</translation>
    </message>
    <message>
        <source>Ja, weitermachen</source>
        <translation>Tak, kontynuuj</translation>
    </message>
    <message>
        <source>Ja, von vorn beginnen</source>
        <translation>Tak, zacznij od początku</translation>
    </message>
    <message>
        <source>Nein, neu anfangen</source>
        <translation>Nie, zacznij od nowa</translation>
    </message>
    <message>
        <source>Das Programm hat sich gemerkt, wo Sie beim letzten Mal waren. Sie können dort weitermachen oder neu anfangen.</source>
        <translation>Program zapamiętał ostatnie miejsce z poprzedniego razu. Można tam kontynuować albo zacząć od nowa.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Weitere Antworten ↓</source>
        <translation>Więcej odpowiedzi ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Antworten</source>
        <translation>↑ Poprzednie odpowiedzi</translation>
    </message>
    <message>
        <source>Weitere Antworten zeigen</source>
        <translation>Pokaż więcej odpowiedzi</translation>
    </message>
    <message>
        <source>Vorige Antworten zeigen</source>
        <translation>Pokaż poprzednie odpowiedzi</translation>
    </message>
    <message>
        <source>Bild verbergen</source>
        <translation>Ukryj obrazek</translation>
    </message>
    <message>
        <source>Bild zeigen</source>
        <translation>Pokaż obrazek</translation>
    </message>
    <message>
        <source>Bild verbergen: {0}</source>
        <translation>Ukryj obrazek: {0}</translation>
    </message>
    <message>
        <source>Bild zeigen: {0}</source>
        <translation>Pokaż obrazek: {0}</translation>
    </message>
    <message>
        <source>Bild: {0}</source>
        <translation>Obrazek: {0}</translation>
    </message>
    <message>
        <source>Ihre letzte Antwort ist mit einem Haken markiert.</source>
        <translation>Ostatnia odpowiedź jest zaznaczona haczykiem.</translation>
    </message>
    <message>
        <source>Das hatten Sie zuletzt gewählt.</source>
        <translation>To była ostatnio wybrana odpowiedź.</translation>
    </message>
    <message>
        <source>Wohin</source>
        <translation>Dokąd</translation>
    </message>
    <message>
        <source>Mehr dazu verbergen ↑</source>
        <translation>Ukryj szczegóły ↑</translation>
    </message>
    <message>
        <source>Mehr dazu ↓</source>
        <translation>Więcej szczegółów ↓</translation>
    </message>
    <message>
        <source>Mehr dazu</source>
        <translation>Więcej o tym</translation>
    </message>
    <message>
        <source>Fertig: zur Startseite</source>
        <translation>Gotowe: do strony startowej</translation>
    </message>
    <message>
        <source>Die weiteren Angaben stehen jetzt darunter.</source>
        <translation>Szczegóły są teraz poniżej.</translation>
    </message>
    <message>
        <source>Zeigt weitere Angaben.</source>
        <translation>Pokazuje więcej informacji.</translation>
    </message>
    <message>
        <source>Die Angaben zu den Ämtern fehlen gerade. Fragen Sie unter der Telefonnummer 115.</source>
        <translation>W tej chwili brakuje danych o urzędach. Proszę zapytać pod numerem telefonu 115.</translation>
    </message>
    <message>
        <source>Das Amt „{0}“ fehlt in den Angaben der Stadt. Fragen Sie unter 115.</source>
        <translation>Urzędu „{0}“ brakuje w danych miasta. Proszę zapytać pod numerem 115.</translation>
    </message>
    <message>
        <source>Telefon: {0}</source>
        <translation>Telefon: {0}</translation>
    </message>
    <message>
        <source>E-Mail: {0}</source>
        <translation>E-mail: {0}</translation>
    </message>
    <message>
        <source>Im Internet: {0}</source>
        <translation>W internecie: {0}</translation>
    </message>
</context>
<context>
    <name>TilePager</name>
    <message>
        <source>Weitere Themen ↓</source>
        <translation>Więcej tematów ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Themen</source>
        <translation>↑ Poprzednie tematy</translation>
    </message>
    <message>
        <source>Weitere Themen zeigen</source>
        <translation>Pokaż więcej tematów</translation>
    </message>
    <message>
        <source>Vorige Themen zeigen</source>
        <translation>Pokaż poprzednie tematy</translation>
    </message>
</context>
<context>
    <name>VScrollArea</name>
    <message>
        <source>Bildlauf</source>
        <translation>Przewijanie</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Weiter</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Noch einmal versuchen</source>
        <translation>Spróbuj jeszcze raz</translation>
    </message>
    <message>
        <source>Etwas ändern</source>
        <translation>Zmień coś</translation>
    </message>
    <message>
        <source>Zur Startseite</source>
        <translation>Do strony startowej</translation>
    </message>
    <message>
        <source>Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>Niestety to się nie udało. Proszę spróbować ponownie.</translation>
    </message>
    <message>
        <source>Einen Moment bitte</source>
        <translation>Chwileczkę</translation>
    </message>
    <message>
        <source>Schritt {0} von {1}</source>
        <translation>Krok {0} z {1}</translation>
    </message>
    <message>
        <source>Schritt {0} von etwa {1}</source>
        <translation>Krok {0} z około {1}</translation>
    </message>
    <message>
        <source>Hilfe</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Weitere Themen</source>
        <translation>Więcej tematów</translation>
    </message>
    <message>
        <source>Sprache wählen</source>
        <translation>Wybór języka</translation>
    </message>
    <message>
        <source>Code eingeben</source>
        <translation>Wpisz kod</translation>
    </message>
    <message>
        <source>Einstellungen für Mitarbeitende</source>
        <translation>Ustawienia dla pracowników</translation>
    </message>
    <message>
        <source>Helfer-Ansicht</source>
        <translation>Widok dla pomagających</translation>
    </message>
    <message>
        <source>Was Sie jetzt tun</source>
        <translation>Co teraz zrobić</translation>
    </message>
    <message>
        <source>Was Sie mitbringen</source>
        <translation>Co zabrać ze sobą</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Koszty</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Im Internet: %1</source>
        <translation>W internecie: %1</translation>
    </message>
    <message>
        <source>Ort: %1</source>
        <translation>Miejsce: %1</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>Was brauche ich?</source>
        <translation>Co jest potrzebne?</translation>
    </message>
    <message>
        <source>Termin buchen</source>
        <translation>Umów wizytę</translation>
    </message>
    <message>
        <source>Problem melden</source>
        <translation>Zgłoś problem</translation>
    </message>
    <message>
        <source>Ihr Termin</source>
        <translation>Umówiona wizyta</translation>
    </message>
    <message>
        <source>Ihre Meldung</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Meine Termine ansehen</source>
        <translation>Pokaż moje wizyty</translation>
    </message>
    <message>
        <source>Meine Meldungen ansehen</source>
        <translation>Pokaż moje zgłoszenia</translation>
    </message>
    <message>
        <source>Ihre Angaben sind gespeichert.</source>
        <translation>Wpisane dane są zapisane.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie, wo das Problem ist.</source>
        <translation>Proszę napisać, gdzie jest problem.</translation>
    </message>
</context>
</TS>
