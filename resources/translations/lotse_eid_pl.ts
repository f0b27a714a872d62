<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="de">
<context>
    <name>EidLayout</name>
    <message>
        <source>Weitere Möglichkeiten ↓</source>
        <translation>Więcej możliwości ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Möglichkeiten</source>
        <translation>↑ Poprzednie możliwości</translation>
    </message>
    <message>
        <source>Weitere Möglichkeiten zeigen</source>
        <translation>Pokaż więcej możliwości</translation>
    </message>
    <message>
        <source>Vorige Möglichkeiten zeigen</source>
        <translation>Pokaż poprzednie możliwości</translation>
    </message>
</context>
<context>
    <name>EidTexts</name>
    <message>
        <source>Bürgerbüro</source>
        <translation>Bürgerbüro (biuro obsługi mieszkańców)</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp …</source>
        <translation>Lotse szuka AusweisApp …</translation>
    </message>
    <message>
        <source>Die AusweisApp ist installiert, aber sie läuft nicht. Drücken Sie auf „AusweisApp starten“. Dann verbindet sich Lotse von selbst.</source>
        <translation>AusweisApp jest zainstalowana, ale nie jest uruchomiona. Proszę nacisnąć „Uruchom AusweisApp“. Wtedy Lotse połączy się sam.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist auf diesem Computer nicht installiert. Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>AusweisApp nie jest zainstalowana na tym komputerze. Można ją dostać bezpłatnie na ausweisapp.bund.de. Lotse połączy się sam, gdy tylko zostanie uruchomiona.</translation>
    </message>
    <message>
        <source>Die AusweisApp läuft nicht. Bitte starten Sie die AusweisApp. Sie ist noch nicht installiert? Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>AusweisApp nie jest uruchomiona. Proszę uruchomić AusweisApp. Nie jest jeszcze zainstalowana? Można ją dostać bezpłatnie na ausweisapp.bund.de. Lotse połączy się sam, gdy tylko zostanie uruchomiona.</translation>
    </message>
    <message>
        <source>Ihre AusweisApp ist zu alt für Lotse (Version {0}). Bitte installieren Sie die neue Version von ausweisapp.bund.de. Das kostet nichts.</source>
        <translation>Ta AusweisApp jest za stara dla programu Lotse (wersja {0}). Proszę zainstalować nową wersję z ausweisapp.bund.de. To nic nie kosztuje.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie das andere Programm. Dann geht es von selbst weiter.</source>
        <translation>Inny program używa teraz AusweisApp. Proszę zamknąć ten inny program. Wtedy wszystko pójdzie dalej samo.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist weg. Lotse versucht es von selbst wieder.</source>
        <translation>Połączenie z AusweisApp zostało przerwane. Lotse sam spróbuje ponownie.</translation>
    </message>
    <message>
        <source>Kein Kartenleser gefunden. Bitte schließen Sie den Kartenleser an. Oder verbinden Sie Ihr Smartphone in der AusweisApp als Kartenleser.</source>
        <translation>Nie znaleziono czytnika kart. Proszę podłączyć czytnik kart. Albo połączyć smartfon w AusweisApp jako czytnik kart.</translation>
    </message>
    <message>
        <source>Kartenleser gefunden. Bitte legen Sie Ihren Ausweis darauf.</source>
        <translation>Czytnik kart znaleziony. Proszę położyć na nim dowód.</translation>
    </message>
    <message>
        <source>Ihr Ausweis liegt auf dem Kartenleser.</source>
        <translation>Dowód leży na czytniku kart.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben 3 Versuche für die PIN.</source>
        <translation>Dowód znaleziony. Są 3 próby wpisania PIN-u.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben noch 2 Versuche für die PIN.</source>
        <translation>Dowód znaleziony. Zostały jeszcze 2 próby wpisania PIN-u.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben nur noch 1 Versuch. Vorher brauchen Sie die Zugangsnummer.</source>
        <translation>Dowód znaleziony. Została już tylko 1 próba. Najpierw potrzebny jest numer dostępu.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PIN ist gesperrt. Sie brauchen die PUK.</source>
        <translation>Dowód znaleziony. PIN jest zablokowany. Potrzebny jest kod PUK.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PUK ist aufgebraucht. Das {office} hilft.</source>
        <translation>Dowód znaleziony. Kod PUK jest zużyty. Pomoże urząd {office}.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die Online-Funktion ist deaktiviert, also ausgeschaltet.</source>
        <translation>Dowód znaleziony. Funkcja online jest wyłączona (deaktiviert).</translation>
    </message>
    <message>
        <source>Ausweis gefunden.</source>
        <translation>Dowód znaleziony.</translation>
    </message>
    <message>
        <source>AusweisApp starten</source>
        <translation>Uruchom AusweisApp</translation>
    </message>
    <message>
        <source>Die AusweisApp startet. Das kann einen Moment dauern. Lotse verbindet sich von selbst.</source>
        <translation>AusweisApp się uruchamia. To może chwilę potrwać. Lotse połączy się sam.</translation>
    </message>
    <message>
        <source>Die AusweisApp ließ sich nicht starten. Bitte starten Sie sie selbst.</source>
        <translation>Nie udało się uruchomić AusweisApp. Proszę uruchomić ją samodzielnie.</translation>
    </message>
    <message>
        <source>Übungsmodus – Ihr echter Ausweis wird nicht benutzt</source>
        <translation>Tryb ćwiczeń – prawdziwy dowód nie jest używany</translation>
    </message>
    <message>
        <source>Erst üben: Übungsmodus starten</source>
        <translation>Najpierw poćwiczyć: włącz tryb ćwiczeń</translation>
    </message>
    <message>
        <source>Übungsmodus beenden</source>
        <translation>Zakończ tryb ćwiczeń</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: Einmal-PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Liczby karty do ćwiczeń: jednorazowy PIN {0}, numer dostępu {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Liczby karty do ćwiczeń: PIN {0}, numer dostępu {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Was möchten Sie üben?</source>
        <translation>Co poćwiczyć?</translation>
    </message>
    <message>
        <source>Im Übungsmodus benutzt Lotse eine Übungskarte. Ihr echter Ausweis bleibt unberührt.</source>
        <translation>W trybie ćwiczeń Lotse używa karty do ćwiczeń. Prawdziwy dowód pozostaje nietknięty.</translation>
    </message>
    <message>
        <source>Auch falsche Eingaben kosten hier nichts.</source>
        <translation>Błędne wpisy też nic tu nie kosztują.</translation>
    </message>
    <message>
        <source>Die erste eigene PIN wählen, mit dem PIN-Brief</source>
        <translation>Wybór pierwszego własnego PIN-u, z listem z PIN-em</translation>
    </message>
    <message>
        <source>Meine PIN ändern</source>
        <translation>Zmiana mojego PIN-u</translation>
    </message>
    <message>
        <source>Den letzten Versuch, mit der Zugangsnummer</source>
        <translation>Ostatnia próba, z numerem dostępu</translation>
    </message>
    <message>
        <source>Eine gesperrte PIN mit der PUK entsperren</source>
        <translation>Odblokowanie zablokowanego PIN-u kodem PUK</translation>
    </message>
    <message>
        <source>Doch nicht üben</source>
        <translation>Jednak nie ćwiczę</translation>
    </message>
    <message>
        <source>Ohne Lotse in der AusweisApp weitermachen</source>
        <translation>Dalej w AusweisApp bez Lotse</translation>
    </message>
    <message>
        <source>Bild: ein Ausweis liegt auf einem Kartenleser.</source>
        <translation>Obrazek: dowód leży na czytniku kart.</translation>
    </message>
    <message>
        <source>Das war eine Übung. Ihr echter Ausweis und Ihre PIN sind unverändert.</source>
        <translation>To było ćwiczenie. Prawdziwy dowód i PIN są bez zmian.</translation>
    </message>
    <message>
        <source>Jetzt mit meinem echten Ausweis</source>
        <translation>Teraz z moim prawdziwym dowodem</translation>
    </message>
    <message>
        <source>Noch einmal üben</source>
        <translation>Poćwicz jeszcze raz</translation>
    </message>
    <message>
        <source>Zurück zur Anleitung</source>
        <translation>Z powrotem do instrukcji</translation>
    </message>
    <message>
        <source>Der Übungsmodus konnte nicht starten. Bitte versuchen Sie es noch einmal.</source>
        <translation>Nie udało się włączyć trybu ćwiczeń. Proszę spróbować ponownie.</translation>
    </message>
    <message>
        <source>{0} von {1} Ziffern</source>
        <translation>{0} z {1} cyfr</translation>
    </message>
    <message>
        <source>Ziffern zeigen</source>
        <translation>Pokaż cyfry</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Ziffer {0}</source>
        <translation>Cyfra {0}</translation>
    </message>
    <message>
        <source>Eingabe: {0}</source>
        <translation>Wpis: {0}</translation>
    </message>
    <message>
        <source>Zugangsnummer</source>
        <translation>numer dostępu</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>neue PIN</source>
        <translation>nowy PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Ich habe den PIN-Brief mit einer Einmal-PIN. Sie hat 5 Ziffern.</source>
        <translation>Mam list z PIN-em z jednorazowym PIN-em. Ma on 5 cyfr.</translation>
    </message>
    <message>
        <source>Ich habe schon eine eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>Mam już własny PIN. Ma on 6 cyfr.</translation>
    </message>
    <message>
        <source>Ich kenne meine PIN nicht mehr.</source>
        <translation>Nie pamiętam już swojego PIN-u.</translation>
    </message>
    <message>
        <source>Ich gehe lieber zum {office}</source>
        <translation>Wolę pójść do urzędu {office}</translation>
    </message>
    <message>
        <source>Ja, ich bin sicher. Ich gebe die PIN ein.</source>
        <translation>Tak, na pewno. Wpisuję PIN.</translation>
    </message>
    <message>
        <source>Ich habe keine PUK</source>
        <translation>Nie mam kodu PUK</translation>
    </message>
    <message>
        <source>Ich habe eine andere PIN</source>
        <translation>Mam inny PIN</translation>
    </message>
    <message>
        <source>Trotzdem diese PIN nehmen</source>
        <translation>Mimo to użyj tego PIN-u</translation>
    </message>
    <message>
        <source>Eine andere PIN wählen</source>
        <translation>Wybierz inny PIN</translation>
    </message>
    <message>
        <source>Bild: die Vorderseite des Ausweises. Unten rechts steht die Zugangsnummer mit 6 Ziffern. Sie ist gelb markiert.</source>
        <translation>Obrazek: przód dowodu. Na dole po prawej jest numer dostępu z 6 cyframi. Jest zaznaczony na żółto.</translation>
    </message>
    <message>
        <source>{0} hat {1} Ziffern. Sie haben {2} eingegeben.</source>
        <translation>{0} ma {1} cyfr. Wpisano {2}.</translation>
    </message>
    <message>
        <source>Es wurde nichts gesendet. Kein Versuch ist verloren.</source>
        <translation>Nic nie zostało wysłane. Żadna próba nie przepadła.</translation>
    </message>
    <message>
        <source>Bitte geben Sie nur Ziffern ein. Es wurde nichts gesendet.</source>
        <translation>Proszę wpisywać tylko cyfry. Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Die PIN war nicht richtig. Sie haben noch {0} Versuche.</source>
        <translation>PIN był niepoprawny. Liczba pozostałych prób: {0}.</translation>
    </message>
    <message>
        <source>Die PIN war wieder nicht richtig. Sie haben nur noch 1 Versuch.</source>
        <translation>PIN znów był niepoprawny. Została już tylko 1 próba.</translation>
    </message>
    <message>
        <source>Die PIN war dreimal nicht richtig. Jetzt ist sie gesperrt.</source>
        <translation>PIN był trzy razy niepoprawny. Teraz jest zablokowany.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer passte nicht. Das kostet keinen Versuch. Bitte prüfen Sie die Ziffern.</source>
        <translation>Numer dostępu się nie zgadzał. To nie kosztuje żadnej próby. Proszę sprawdzić cyfry.</translation>
    </message>
    <message>
        <source>Die PUK passte nicht. Das kostet nichts. Bitte prüfen Sie die Ziffern im PIN-Brief.</source>
        <translation>Kod PUK się nie zgadzał. To nic nie kosztuje. Proszę sprawdzić cyfry w liście z PIN-em.</translation>
    </message>
    <message>
        <source>Die PUK war richtig. Ihre PIN ist entsperrt. Sie haben wieder 3 Versuche.</source>
        <translation>Kod PUK był poprawny. PIN jest odblokowany. Znowu są 3 próby.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer war richtig.</source>
        <translation>Numer dostępu był poprawny.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben waren verschieden. Bitte wählen Sie die neue PIN noch einmal.</source>
        <translation>Oba wpisy były różne. Proszę jeszcze raz wybrać nowy PIN.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat die Eingabe nicht angenommen. Das hat keinen Versuch gekostet. Bitte noch einmal.</source>
        <translation>AusweisApp nie przyjęła wpisu. To nie kosztowało żadnej próby. Proszę jeszcze raz.</translation>
    </message>
    <message>
        <source>Die AusweisApp war noch nicht bereit. Es wurde nichts geändert. Bitte geben Sie die Ziffern noch einmal ein.</source>
        <translation>AusweisApp nie była jeszcze gotowa. Nic nie zostało zmienione. Proszę jeszcze raz wpisać cyfry.</translation>
    </message>
    <message>
        <source>Lotse hat eine Antwort der AusweisApp nicht verstanden. Es wurde nichts geändert. Bitte noch einmal.</source>
        <translation>Lotse nie zrozumiał odpowiedzi AusweisApp. Nic nie zostało zmienione. Proszę jeszcze raz.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist wieder da. Wir fangen mit dem Ausweis neu an. Ihre Antworten sind noch da.</source>
        <translation>AusweisApp znowu działa. Zaczynamy od nowa z dowodem. Odpowiedzi są zachowane.</translation>
    </message>
    <message>
        <source>Der Ausweis liegt wieder auf. Es geht weiter.</source>
        <translation>Dowód znowu leży na czytniku. Idziemy dalej.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer</source>
        <translation>Numer dostępu</translation>
    </message>
    <message>
        <source>Die PUK</source>
        <translation>Kod PUK</translation>
    </message>
    <message>
        <source>Die neue PIN</source>
        <translation>Nowy PIN</translation>
    </message>
    <message>
        <source>Die PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Welche PIN haben Sie?</source>
        <translation>Jaki to PIN?</translation>
    </message>
    <message>
        <source>Lotse kann das nicht selbst erkennen. Bitte wählen Sie eine Antwort.</source>
        <translation>Lotse nie może tego sam rozpoznać. Proszę wybrać odpowiedź.</translation>
    </message>
    <message>
        <source>Jetzt wird die AusweisApp gebraucht</source>
        <translation>Teraz potrzebna jest AusweisApp</translation>
    </message>
    <message>
        <source>Lotse ändert Ihre PIN mit der AusweisApp.</source>
        <translation>Lotse zmienia PIN za pomocą AusweisApp.</translation>
    </message>
    <message>
        <source>Lotse spricht mit Ihrem Ausweis.</source>
        <translation>Lotse komunikuje się z dowodem.</translation>
    </message>
    <message>
        <source>Bitte lassen Sie den Ausweis auf dem Kartenleser liegen.</source>
        <translation>Proszę zostawić dowód na czytniku kart.</translation>
    </message>
    <message>
        <source>Legen Sie Ihren Ausweis auf den Kartenleser</source>
        <translation>Proszę położyć dowód na czytniku kart</translation>
    </message>
    <message>
        <source>Legen Sie den Ausweis flach auf den Kartenleser.</source>
        <translation>Proszę położyć dowód płasko na czytniku kart.</translation>
    </message>
    <message>
        <source>Lassen Sie ihn dort liegen, bis Lotse fertig ist.</source>
        <translation>Proszę go tam zostawić, aż Lotse skończy.</translation>
    </message>
    <message>
        <source>Es geht von selbst weiter.</source>
        <translation>Dalej pójdzie samo.</translation>
    </message>
    <message>
        <source>Bitte legen Sie den Ausweis wieder auf</source>
        <translation>Proszę znowu położyć dowód</translation>
    </message>
    <message>
        <source>Der Ausweis liegt nicht mehr auf dem Kartenleser.</source>
        <translation>Dowód nie leży już na czytniku kart.</translation>
    </message>
    <message>
        <source>Legen Sie ihn wieder auf. Dann geht es von selbst weiter.</source>
        <translation>Proszę znowu go położyć. Wtedy dalej pójdzie samo.</translation>
    </message>
    <message>
        <source>Es ist nichts verloren.</source>
        <translation>Nic nie przepadło.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre Einmal-PIN ein</source>
        <translation>Proszę wpisać jednorazowy PIN</translation>
    </message>
    <message>
        <source>Sie steht in Ihrem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>Jest w liście z PIN-em. Ma 5 cyfr.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre jetzige PIN ein</source>
        <translation>Proszę wpisać obecny PIN</translation>
    </message>
    <message>
        <source>Das ist Ihre eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>To własny PIN. Ma 6 cyfr.</translation>
    </message>
    <message>
        <source>Geben Sie die Zugangsnummer ein</source>
        <translation>Proszę wpisać numer dostępu</translation>
    </message>
    <message>
        <source>Vor dem letzten Versuch braucht der Ausweis die Zugangsnummer.</source>
        <translation>Przed ostatnią próbą dowód potrzebuje numeru dostępu.</translation>
    </message>
    <message>
        <source>Sie steht vorne auf dem Ausweis, unten rechts. Sie hat 6 Ziffern.</source>
        <translation>Jest z przodu dowodu, na dole po prawej. Ma 6 cyfr.</translation>
    </message>
    <message>
        <source>Eine falsche Zugangsnummer kostet keinen Versuch.</source>
        <translation>Błędny numer dostępu nie kosztuje żadnej próby.</translation>
    </message>
    <message>
        <source>Sie haben nur noch 1 Versuch für Ihre PIN.</source>
        <translation>Została już tylko 1 próba wpisania PIN-u.</translation>
    </message>
    <message>
        <source>Halt: Jetzt kommt der letzte Versuch</source>
        <translation>Uwaga: teraz ostatnia próba</translation>
    </message>
    <message>
        <source>Ist auch diese PIN falsch, wird sie gesperrt.</source>
        <translation>Jeśli także ten PIN będzie błędny, zostanie zablokowany.</translation>
    </message>
    <message>
        <source>Dann brauchen Sie die PUK aus dem PIN-Brief.</source>
        <translation>Wtedy potrzebny będzie kod PUK z listu z PIN-em.</translation>
    </message>
    <message>
        <source>Sind Sie sicher? Wenn nicht: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Czy na pewno? Jeśli nie: w urzędzie {office} można bezpłatnie dostać nowy PIN.</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt</source>
        <translation>PIN jest zablokowany</translation>
    </message>
    <message>
        <source>Mit der PUK können Sie die PIN entsperren.</source>
        <translation>Kodem PUK można odblokować PIN.</translation>
    </message>
    <message>
        <source>Die PUK hat 10 Ziffern. Sie steht im PIN-Brief unter dem Rubbelfeld.</source>
        <translation>PUK ma 10 cyfr. Jest w liście z PIN-em pod polem do zdrapania.</translation>
    </message>
    <message>
        <source>Eine falsche PUK kostet nichts.</source>
        <translation>Błędny kod PUK nic nie kosztuje.</translation>
    </message>
    <message>
        <source>Wählen Sie Ihre neue PIN</source>
        <translation>Proszę wybrać nowy PIN</translation>
    </message>
    <message>
        <source>Die neue PIN hat 6 Ziffern.</source>
        <translation>Nowy PIN ma 6 cyfr.</translation>
    </message>
    <message>
        <source>Nehmen Sie Ziffern, die Sie sich gut merken können.</source>
        <translation>Proszę wziąć cyfry, które łatwo zapamiętać.</translation>
    </message>
    <message>
        <source>Nehmen Sie nicht Ihr Geburtsdatum.</source>
        <translation>Proszę nie brać daty urodzenia.</translation>
    </message>
    <message>
        <source>Diese PIN ist leicht zu erraten</source>
        <translation>Ten PIN łatwo odgadnąć</translation>
    </message>
    <message>
        <source>Andere könnten sie erraten. Sie dürfen sie trotzdem nehmen.</source>
        <translation>Inni mogliby go odgadnąć. Mimo to można go użyć.</translation>
    </message>
    <message>
        <source>Geben Sie die neue PIN noch einmal ein</source>
        <translation>Proszę jeszcze raz wpisać nowy PIN</translation>
    </message>
    <message>
        <source>So prüfen wir, dass Sie sich nicht vertippt haben.</source>
        <translation>Tak sprawdzamy, czy nie ma pomyłki we wpisie.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist nicht mehr da</source>
        <translation>AusweisApp zniknęła</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert.</source>
        <translation>Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Ihre Antworten bleiben erhalten.</source>
        <translation>Odpowiedzi są zachowane.</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp. Einen Moment bitte.</source>
        <translation>Lotse szuka AusweisApp. Chwileczkę.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie es. Dann geht es von selbst weiter.</source>
        <translation>Inny program używa teraz AusweisApp. Proszę go zamknąć. Wtedy dalej pójdzie samo.</translation>
    </message>
    <message>
        <source>Die AusweisApp wurde geschlossen. Bitte starten Sie sie wieder. Dann geht es von selbst weiter.</source>
        <translation>AusweisApp została zamknięta. Proszę ją znowu uruchomić. Wtedy dalej pójdzie samo.</translation>
    </message>
    <message>
        <source>Bitte starten Sie die AusweisApp. Dann geht es von selbst weiter.</source>
        <translation>Proszę uruchomić AusweisApp. Wtedy dalej pójdzie samo.</translation>
    </message>
    <message>
        <source>Sie haben noch 2 Versuche. Raten Sie bitte nicht. Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Zostały jeszcze 2 próby. Proszę nie zgadywać. W urzędzie {office} można bezpłatnie dostać nowy PIN.</translation>
    </message>
    <message>
        <source>Das ist Ihr letzter Versuch. Geben Sie die PIN ein, nicht die Zugangsnummer.</source>
        <translation>To ostatnia próba. Proszę wpisać PIN, nie numer dostępu.</translation>
    </message>
    <message>
        <source>Sie besteht aus lauter gleichen Ziffern.</source>
        <translation>Składa się z samych jednakowych cyfr.</translation>
    </message>
    <message>
        <source>Die Ziffern folgen der Reihe nach.</source>
        <translation>Cyfry idą po kolei.</translation>
    </message>
    <message>
        <source>Die Ziffern wiederholen sich.</source>
        <translation>Cyfry się powtarzają.</translation>
    </message>
    <message>
        <source>Sie sieht aus wie ein Datum, zum Beispiel ein Geburtstag.</source>
        <translation>Wygląda jak data, na przykład data urodzin.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Zugangsnummer am Kartenleser ein</source>
        <translation>Proszę wpisać numer dostępu na czytniku kart</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PUK am Kartenleser ein</source>
        <translation>Proszę wpisać kod PUK na czytniku kart</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die neue PIN am Kartenleser ein</source>
        <translation>Proszę wpisać nowy PIN na czytniku kart</translation>
    </message>
    <message>
        <source>Wählen Sie 6 Ziffern. Der Kartenleser fragt die neue PIN zweimal.</source>
        <translation>Proszę wybrać 6 cyfr. Czytnik kart zapyta o nowy PIN dwa razy.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PIN am Kartenleser ein</source>
        <translation>Proszę wpisać PIN na czytniku kart</translation>
    </message>
    <message>
        <source>Das ist die Einmal-PIN aus dem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>To jednorazowy PIN z listu z PIN-em. Ma 5 cyfr.</translation>
    </message>
    <message>
        <source>Ihr Kartenleser hat eigene Tasten. Bestätigen Sie dort mit der OK-Taste.</source>
        <translation>Ten czytnik kart ma własne przyciski. Proszę tam potwierdzić przyciskiem OK.</translation>
    </message>
    <message>
        <source>Lotse sieht die Ziffern nicht.</source>
        <translation>Lotse nie widzi cyfr.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat gemeldet: Ihre neue PIN mit 6 Ziffern gilt.</source>
        <translation>AusweisApp zgłosiła: nowy PIN z 6 cyframi jest ważny.</translation>
    </message>
    <message>
        <source>Die Einmal-PIN aus dem Brief gilt nicht mehr.</source>
        <translation>Jednorazowy PIN z listu nie jest już ważny.</translation>
    </message>
    <message>
        <source>Die alte PIN gilt nicht mehr.</source>
        <translation>Stary PIN nie jest już ważny.</translation>
    </message>
    <message>
        <source>Geschafft: Ihre neue PIN gilt</source>
        <translation>Udało się: nowy PIN jest ważny</translation>
    </message>
    <message>
        <source>Sie haben aufgehört</source>
        <translation>Przerwano</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Nic nie zostało zmienione. PIN jest taki sam jak wcześniej.</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert</source>
        <translation>Nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>Ihre PIN ist dieselbe wie vorher.</source>
        <translation>PIN jest taki sam jak wcześniej.</translation>
    </message>
    <message>
        <source>Lassen Sie den Ausweis auf dem Kartenleser liegen. Drücken Sie dann auf „Noch einmal versuchen“.</source>
        <translation>Proszę zostawić dowód na czytniku kart. Potem proszę nacisnąć „Spróbuj jeszcze raz“.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist abgebrochen. Das war kurz nach der neuen PIN.</source>
        <translation>Połączenie z AusweisApp zostało przerwane. Stało się to tuż po nowym PIN-ie.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat noch nicht geantwortet.</source>
        <translation>AusweisApp jeszcze nie odpowiedziała.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat nicht gemeldet, dass es geklappt hat. Die neue PIN war aber vielleicht schon beim Ausweis.</source>
        <translation>AusweisApp nie zgłosiła, że się udało. Ale nowy PIN mógł już dotrzeć do dowodu.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob die PIN geändert ist</source>
        <translation>Nie wiemy na pewno, czy PIN został zmieniony</translation>
    </message>
    <message>
        <source>Vielleicht gilt schon die neue PIN. Vielleicht gilt noch die alte.</source>
        <translation>Może ważny jest już nowy PIN. Może wciąż stary.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht. Auf der nächsten Seite steht, was Sie sicher tun können.</source>
        <translation>Proszę nie zgadywać. Na następnej stronie jest napisane, co można bezpiecznie zrobić.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht</source>
        <translation>Proszę nie zgadywać</translation>
    </message>
    <message>
        <source>Jeder falsche Versuch zählt. Nach 3 falschen Versuchen ist die PIN gesperrt.</source>
        <translation>Każda błędna próba się liczy. Po 3 błędnych próbach PIN jest zablokowany.</translation>
    </message>
    <message>
        <source>Im {office} bekommen Sie eine neue PIN. Ihre alte PIN brauchen Sie dort nicht.</source>
        <translation>W urzędzie {office} można dostać nowy PIN. Stary PIN nie jest tam potrzebny.</translation>
    </message>
    <message>
        <source>Das {office} hilft Ihnen</source>
        <translation>Pomoże urząd {office}</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt. Ohne PUK hilft das {office}.</source>
        <translation>PIN jest zablokowany. Bez kodu PUK pomoże urząd {office}.</translation>
    </message>
    <message>
        <source>Die Online-Funktion ist deaktiviert</source>
        <translation>Funkcja online jest wyłączona</translation>
    </message>
    <message>
        <source>Ihr Ausweis kann sich noch nicht online ausweisen.</source>
        <translation>Tym dowodem nie można się jeszcze wylegitymować online.</translation>
    </message>
    <message>
        <source>Die PUK ist aufgebraucht</source>
        <translation>Kod PUK jest zużyty</translation>
    </message>
    <message>
        <source>Die PUK wurde schon 10-mal benutzt. Jetzt hilft nur das {office}.</source>
        <translation>Kod PUK był już użyty 10 razy. Teraz pomoże tylko urząd {office}.</translation>
    </message>
    <message>
        <source>Gut, dass Sie nicht raten</source>
        <translation>Słusznie: lepiej nie zgadywać</translation>
    </message>
    <message>
        <source>Übung geschafft</source>
        <translation>Ćwiczenie udane</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. So geht es auch mit Ihrem echten Ausweis.</source>
        <translation>To było tylko ćwiczenie. Z prawdziwym dowodem działa to tak samo.</translation>
    </message>
    <message>
        <source>An Ihrem echten Ausweis hat sich nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>W prawdziwym dowodzie nic się nie zmieniło. PIN jest taki sam jak wcześniej.</translation>
    </message>
    <message>
        <source>Übung beendet: {0}</source>
        <translation>Ćwiczenie zakończone: {0}</translation>
    </message>
    <message>
        <source>Wir warten auf die AusweisApp</source>
        <translation>Czekamy na AusweisApp</translation>
    </message>
    <message>
        <source>Sie haben „Abbrechen“ gedrückt.</source>
        <translation>Naciśnięto „Przerwij“.</translation>
    </message>
    <message>
        <source>Die neue PIN war vielleicht schon beim Ausweis.</source>
        <translation>Nowy PIN mógł już dotrzeć do dowodu.</translation>
    </message>
    <message>
        <source>Die AusweisApp sagt uns gleich, ob sie gilt. Bitte lassen Sie den Ausweis liegen.</source>
        <translation>AusweisApp zaraz nam powie, czy jest ważny. Proszę zostawić dowód na czytniku.</translation>
    </message>
    <message>
        <source>Nicht mehr warten</source>
        <translation>Nie czekaj dłużej</translation>
    </message>
    <message>
        <source>Wir prüfen Ihren Ausweis</source>
        <translation>Sprawdzamy dowód</translation>
    </message>
    <message>
        <source>Lotse fragt die AusweisApp, wie es Ihrem Ausweis geht.</source>
        <translation>Lotse pyta AusweisApp, w jakim stanie jest dowód.</translation>
    </message>
    <message>
        <source>Dabei wird keine PIN gebraucht. Es wird nichts verändert.</source>
        <translation>Nie jest do tego potrzebny PIN. Nic nie zostaje zmienione.</translation>
    </message>
    <message>
        <source>Ohne Kartenleser weiter</source>
        <translation>Dalej bez czytnika kart</translation>
    </message>
    <message>
        <source>PIN ändern</source>
        <translation>Zmień PIN</translation>
    </message>
    <message>
        <source>Die Einmal-PIN steht im PIN-Brief und hat 5 Ziffern. Ihre eigene PIN hat 6 Ziffern. Die Zugangsnummer steht vorne auf dem Ausweis, unten rechts. Die PUK steht im PIN-Brief unter dem Rubbelfeld. Wenn Sie unsicher sind: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Jednorazowy PIN jest w liście z PIN-em i ma 5 cyfr. Własny PIN ma 6 cyfr. Numer dostępu jest z przodu dowodu, na dole po prawej. Kod PUK jest w liście z PIN-em pod polem do zdrapania. Przy wątpliwościach: w urzędzie {office} można bezpłatnie dostać nowy PIN.</translation>
    </message>
</context>
</TS>
