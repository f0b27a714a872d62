<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de-x-ls" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Die Verbindung hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>Die Verbindung hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Das Speichern oder Lesen hat nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>Das Speichern hat nicht geklappt. Oder das Lesen. Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Eine Anleitung ist beschädigt und fehlt deshalb auf der Startseite: {0}</source>
        <translation>Eine Anleitung ist kaputt. Darum ist sie nicht auf der Start·seite: {0}</translation>
    </message>
    <message>
        <source>Die Angaben der Stadt konnten nicht gelesen werden ({0}). Adressen fehlen deshalb. Alles andere funktioniert.</source>
        <translation>Das Programm kann die Angaben der Stadt nicht lesen ({0}). Darum fehlen die Adressen. Alles andere geht.</translation>
    </message>
    <message>
        <source>Ein Teil des Programms fehlt: {0}. Alles andere funktioniert. Technische Angabe: {1}</source>
        <translation>Ein Teil vom Programm fehlt: {0}. Alles andere geht. Für die Technik: {1}</translation>
    </message>
    <message>
        <source>Ihre Einstellungen waren beschädigt ({0}). Die Datei wurde beiseitegelegt. Es gelten die Grundeinstellungen.</source>
        <translation>Ihre Einstellungen waren kaputt ({0}). Das Programm hat die Datei zur Seite gelegt. Jetzt gelten die ersten Einstellungen.</translation>
    </message>
    <message>
        <source>Die Gestaltung des Programms fehlt oder ist beschädigt ({0}). Alles andere funktioniert.</source>
        <translation>Das Aussehen vom Programm fehlt oder ist kaputt ({0}). Alles andere geht.</translation>
    </message>
    <message>
        <source>Die Liste der Sprachen ist beschädigt ({0}). Es gibt nur die Sprachen, die sich lesen lassen.</source>
        <translation>Die Liste der Sprachen ist kaputt ({0}). Sie sehen nur die Sprachen, die das Programm lesen kann.</translation>
    </message>
    <message>
        <source>Eine Übersetzungsdatei fehlt oder ist beschädigt: {0}.</source>
        <translation>Eine Datei mit Übersetzungen fehlt oder ist kaputt: {0}.</translation>
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
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>Vorlesen</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Schrift größer</source>
        <translation>Schrift größer</translation>
    </message>
    <message>
        <source>Schrift kleiner</source>
        <translation>Schrift kleiner</translation>
    </message>
    <message>
        <source>Sprache: {0}</source>
        <translation>Sprache: {0}</translation>
    </message>
    <message>
        <source>← Zurück</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>⌂ Start</source>
        <translation>⌂ Start</translation>
    </message>
    <message>
        <source>? Hilfe</source>
        <translation>? Hilfe</translation>
    </message>
    <message>
        <source>■ Stopp</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <source>▶ Vorlesen</source>
        <translation>▶ Vorlesen</translation>
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
        <translation>Start: zur Start·seite</translation>
    </message>
    <message>
        <source>Sprache wählen. Jetzt: {0}</source>
        <translation>Sprache wählen. Jetzt: {0}</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Die Person sieht den Code unter „Hilfe“, zum Beispiel „P 17“. Tippen Sie ihn hier ein. Sie sehen dann denselben Schritt in Ihrer Sprache, mit den Tipps für Helfende.</source>
        <translation>Die Person sieht den Code bei „Hilfe“. Zum Beispiel: P 17. Tippen Sie den Code hier ein. Dann sehen Sie denselben Schritt in Ihrer Sprache. Dazu Tipps für Helfende.</translation>
    </message>
    <message>
        <source>Code, zum Beispiel P 17</source>
        <translation>Code, zum Beispiel P 17</translation>
    </message>
    <message>
        <source>Schritt zeigen</source>
        <translation>Schritt zeigen</translation>
    </message>
    <message>
        <source>Ein Code besteht aus einem Buchstaben und einer Zahl. Er sagt nur, welcher Schritt gemeint ist, nichts über die Person.</source>
        <translation>Ein Code ist ein Buchstabe und eine Zahl. Der Code sagt nur: Welcher Schritt ist das? Der Code sagt nichts über die Person.</translation>
    </message>
    <message>
        <source>Diesen Code gibt es nicht: „{0}“. Ein Code ist ein Buchstabe und eine Zahl, zum Beispiel P 17. Bitte fragen Sie noch einmal nach.</source>
        <translation>Diesen Code gibt es nicht: „{0}“. Ein Code ist ein Buchstabe und eine Zahl. Zum Beispiel: P 17. Bitte fragen Sie noch einmal.</translation>
    </message>
    <message>
        <source>Schritt {0}.</source>
        <translation>Schritt {0}.</translation>
    </message>
    <message>
        <source>Tipp für Helfende: {0}</source>
        <translation>Tipp für Helfende: {0}</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <source>Neue Inhalte der Stadt wurden nicht übernommen. Es gelten die bisherigen. Grund (für die IT): {0}</source>
        <translation>Die Stadt hat neue Inhalte geschickt. Das Programm nimmt weiter die alten Inhalte. Grund (für die Technik): {0}</translation>
    </message>
    <message>
        <source>Neue Inhalte der Stadt konnten nicht geprüft werden: {0}</source>
        <translation>Das Programm konnte die neuen Inhalte der Stadt nicht prüfen: {0}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Code für diesen Schritt: {0}. Nennen Sie ihn, wenn Sie jemanden am Telefon um Hilfe bitten.</source>
        <translation>Der Code für diesen Schritt: {0}. Sie fragen jemanden am Telefon um Hilfe? Dann sagen Sie den Code.</translation>
    </message>
    <message>
        <source>Sie können nichts kaputt machen. Mit „Zurück“ kommen Sie immer einen Schritt zurück. Mit „Start“ kommen Sie zur Startseite.</source>
        <translation>Sie können nichts kaputt machen. Mit „Zurück“ gehen Sie einen Schritt zurück. Mit „Start“ kommen Sie zur Start·seite.</translation>
    </message>
    <message>
        <source>Bis Sie fertig sind, merkt sich das Programm, wo Sie waren. Dann wird alles gelöscht.</source>
        <translation>Das Programm merkt sich, wo Sie waren. Wenn Sie fertig sind, löscht das Programm alles.</translation>
    </message>
    <message>
        <source>Das Programm merkt sich, wo Sie waren.</source>
        <translation>Das Programm merkt sich, wo Sie waren.</translation>
    </message>
    <message>
        <source>Hilfe schließen</source>
        <translation>Hilfe schließen</translation>
    </message>
    <message>
        <source>Lotse, Version {0}</source>
        <translation>Lotse, Version {0}</translation>
    </message>
    <message>
        <source>Code eingeben: einen Schritt über seinen Code zeigen</source>
        <translation>Code eingeben: einen Schritt mit seinem Code zeigen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Guten Tag! Wobei kann ich helfen?</source>
        <translation>Guten Tag! Wobei kann ich helfen?</translation>
    </message>
    <message>
        <source>Wählen Sie ein Thema. Sie können jederzeit zurück.</source>
        <translation>Wählen Sie ein Thema. Sie können immer zurück.</translation>
    </message>
    <message>
        <source>Im Moment gibt es hier keine Themen. Bitte fragen Sie die Person, die das Programm eingerichtet hat.</source>
        <translation>Hier gibt es gerade keine Themen. Bitte fragen Sie die Person, die das Programm eingerichtet hat.</translation>
    </message>
    <message>
        <source>Hier wählen Sie ein Thema. Klicken Sie auf eine große Fläche. Oder drücken Sie die Tabulator-Taste, bis die Fläche gelb ist. Dann drücken Sie die Leertaste.</source>
        <translation>Hier wählen Sie ein Thema. Klicken Sie auf eine große Fläche. Oder drücken Sie die Tabulator·taste, bis die Fläche gelb ist. Dann drücken Sie die Leer·taste.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Wählen Sie Ihre Sprache. Sie können sie jederzeit wieder ändern.</source>
        <translation>Wählen Sie Ihre Sprache. Sie können die Sprache immer wieder ändern.</translation>
    </message>
    <message>
        <source>Weitere Sprachen ↓</source>
        <translation>Mehr Sprachen ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Sprachen</source>
        <translation>↑ Die Sprachen davor</translation>
    </message>
    <message>
        <source>Weitere Sprachen zeigen</source>
        <translation>Mehr Sprachen zeigen</translation>
    </message>
    <message>
        <source>Vorige Sprachen zeigen</source>
        <translation>Die Sprachen davor zeigen</translation>
    </message>
    <message>
        <source>Sprache nicht ändern</source>
        <translation>Sprache nicht ändern</translation>
    </message>
    <message>
        <source>Tippen Sie auf die Sprache, in der Sie lesen möchten. Sie bleiben an derselben Stelle.</source>
        <translation>Tippen Sie auf Ihre Sprache. Sie bleiben an derselben Stelle.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Einen Moment bitte …</source>
        <translation>Einen Moment bitte …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ein Teil des Programms konnte nicht geladen werden. Alles andere funktioniert. Technische Angabe: {0}</source>
        <translation>Ein Teil vom Programm geht nicht. Alles andere geht. Für die Technik: {0}</translation>
    </message>
    <message>
        <source>Verstanden</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Verstanden: Hinweis schließen</source>
        <translation>Verstanden: Hinweis schließen</translation>
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
        <translation>Diese Anleitung gibt es nicht: „{0}“. Bitte wählen Sie ein Thema auf der Start·seite.</translation>
    </message>
    <message>
        <source>Dieser Teil des Programms geht gerade nicht. Sie sehen stattdessen, was Sie tun können. ({0})</source>
        <translation>Dieser Teil vom Programm geht gerade nicht. Sie sehen: Das können Sie jetzt tun. ({0})</translation>
    </message>
    <message>
        <source>Dieser Schritt führt ins Leere ({0}). Bitte melden Sie das.</source>
        <translation>Dieser Schritt geht nicht weiter ({0}). Bitte sagen Sie das den Mitarbeitenden.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite. Weiter zurück geht es nicht.</source>
        <translation>Sie sind schon auf der Start·seite. Weiter zurück geht es nicht.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite.</source>
        <translation>Sie sind schon auf der Start·seite.</translation>
    </message>
    <message>
        <source>Lesen Sie den Text in Ruhe. Es gibt keine Zeitgrenze.</source>
        <translation>Lesen Sie den Text in Ruhe. Sie haben so viel Zeit, wie Sie brauchen.</translation>
    </message>
    <message>
        <source>Die Hilfe ist schon offen. Mit „Hilfe schließen“ kommen Sie zurück.</source>
        <translation>Die Hilfe ist schon offen. Mit „Hilfe schließen“ kommen Sie zurück.</translation>
    </message>
    <message>
        <source>Die Sprache ist auf diesem Computer fest eingestellt.</source>
        <translation>Die Sprache ist auf diesem Computer fest.</translation>
    </message>
    <message>
        <source>Lotse – {0}</source>
        <translation>Lotse – {0}</translation>
    </message>
    <message>
        <source>Auf dieser Seite gibt es nichts vorzulesen.</source>
        <translation>Auf dieser Seite gibt es nichts zum Vorlesen.</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am größten (200 %).</source>
        <translation>Die Schrift ist schon ganz groß (200 %).</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am kleinsten (100 %).</source>
        <translation>Die Schrift ist schon ganz klein (100 %).</translation>
    </message>
    <message>
        <source>Schriftgröße: {0} %</source>
        <translation>Schrift·größe: {0} %</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht in der gewählten Sprache ({0}). Sie sehen sie weiter wie bisher.</source>
        <translation>Diese Anleitung gibt es nicht in Ihrer Sprache ({0}). Sie sehen die Anleitung weiter wie vorher.</translation>
    </message>
    <message>
        <source>Die Einstellung gilt jetzt, konnte aber nicht gespeichert werden ({0}).</source>
        <translation>Die Einstellung gilt jetzt. Aber das Programm konnte sie nicht speichern ({0}).</translation>
    </message>
    <message>
        <source>Das Programm kann sich nicht merken, wo Sie sind ({0}). Alles andere funktioniert.</source>
        <translation>Das Programm kann sich nicht merken, wo Sie sind ({0}). Alles andere geht.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz war beschädigt ({0}). Er wurde beiseitegelegt. Sie fangen neu an.</source>
        <translation>Das Programm hat sich gemerkt, wo Sie waren. Aber das ist kaputt ({0}). Sie fangen neu an.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz passt nicht mehr zu den Anleitungen ({0}). Sie fangen neu an.</source>
        <translation>Das Programm hat sich gemerkt, wo Sie waren. Aber die Anleitung ist jetzt anders ({0}). Sie fangen neu an.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>Hier sind die übrigen Themen. Mit „Zurück“ kommen Sie zur Startseite.</source>
        <translation>Hier sind die anderen Themen. Mit „Zurück“ kommen Sie zur Start·seite.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Weiter lesen ↓</source>
        <translation>Weiter lesen ↓</translation>
    </message>
    <message>
        <source>Zurück nach oben ↑</source>
        <translation>Zurück nach oben ↑</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Übung</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Übung: {0}</source>
        <translation>Übung: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Bitte warten</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Das dauert länger als sonst. Sie können weiter warten oder abbrechen.</source>
        <translation>Das dauert länger als sonst. Sie können weiter warten. Oder Sie brechen ab.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Vorlesen geht auf diesem Computer nicht: es ist keine Sprachausgabe installiert.</source>
        <translation>Vorlesen geht auf diesem Computer nicht. Es gibt keine Stimme zum Vorlesen.</translation>
    </message>
    <message>
        <source>Vorlesen geht gerade nicht: die Sprachausgabe dieses Computers antwortet nicht. Sie können ganz normal weitermachen.</source>
        <translation>Vorlesen geht gerade nicht. Die Stimme vom Computer antwortet nicht. Sie können ganz normal weiter·machen.</translation>
    </message>
    <message>
        <source>Vorlesen hat nicht geklappt: {0}</source>
        <translation>Vorlesen hat nicht geklappt: {0}</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Weitermachen, wo Sie aufgehört haben?</source>
        <translation>Weiter·machen, wo Sie aufgehört haben?</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Diese Anleitung wurde inzwischen verbessert. Deshalb beginnt sie noch einmal von vorn.</source>
        <translation>Sie waren bei: {0}. Diese Anleitung ist jetzt besser. Darum fängt sie noch einmal von vorne an.</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Zuletzt: {1}</source>
        <translation>Sie waren bei: {0}. Zuletzt: {1}</translation>
    </message>
    <message>
        <source>Ja, weitermachen</source>
        <translation>Ja, weiter·machen</translation>
    </message>
    <message>
        <source>Ja, von vorn beginnen</source>
        <translation>Ja, von vorne anfangen</translation>
    </message>
    <message>
        <source>Nein, neu anfangen</source>
        <translation>Nein, neu anfangen</translation>
    </message>
    <message>
        <source>Das Programm hat sich gemerkt, wo Sie beim letzten Mal waren. Sie können dort weitermachen oder neu anfangen.</source>
        <translation>Das Programm weiß noch, wo Sie beim letzten Mal waren. Sie können dort weiter·machen. Oder Sie fangen neu an.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Weitere Antworten ↓</source>
        <translation>Mehr Antworten ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Antworten</source>
        <translation>↑ Antworten davor</translation>
    </message>
    <message>
        <source>Weitere Antworten zeigen</source>
        <translation>Mehr Antworten zeigen</translation>
    </message>
    <message>
        <source>Vorige Antworten zeigen</source>
        <translation>Antworten davor zeigen</translation>
    </message>
    <message>
        <source>Bild verbergen</source>
        <translation>Bild verstecken</translation>
    </message>
    <message>
        <source>Bild zeigen</source>
        <translation>Bild zeigen</translation>
    </message>
    <message>
        <source>Bild verbergen: {0}</source>
        <translation>Bild verstecken: {0}</translation>
    </message>
    <message>
        <source>Bild zeigen: {0}</source>
        <translation>Bild zeigen: {0}</translation>
    </message>
    <message>
        <source>Bild: {0}</source>
        <translation>Bild: {0}</translation>
    </message>
    <message>
        <source>Ihre letzte Antwort ist mit einem Haken markiert.</source>
        <translation>Ihre letzte Antwort hat einen Haken.</translation>
    </message>
    <message>
        <source>Das hatten Sie zuletzt gewählt.</source>
        <translation>Das haben Sie beim letzten Mal gewählt.</translation>
    </message>
    <message>
        <source>Wohin</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>Mehr dazu verbergen ↑</source>
        <translation>Mehr dazu zu·machen ↑</translation>
    </message>
    <message>
        <source>Mehr dazu ↓</source>
        <translation>Mehr dazu ↓</translation>
    </message>
    <message>
        <source>Mehr dazu</source>
        <translation>Mehr dazu</translation>
    </message>
    <message>
        <source>Fertig: zur Startseite</source>
        <translation>Fertig: zur Start·seite</translation>
    </message>
    <message>
        <source>Die weiteren Angaben stehen jetzt darunter.</source>
        <translation>Mehr Infos stehen jetzt unten.</translation>
    </message>
    <message>
        <source>Zeigt weitere Angaben.</source>
        <translation>Zeigt mehr Infos.</translation>
    </message>
    <message>
        <source>Die Angaben zu den Ämtern fehlen gerade. Fragen Sie unter der Telefonnummer 115.</source>
        <translation>Die Angaben zu den Ämtern fehlen gerade. Rufen Sie die Telefon·nummer 115 an.</translation>
    </message>
    <message>
        <source>Das Amt „{0}“ fehlt in den Angaben der Stadt. Fragen Sie unter 115.</source>
        <translation>Das Amt „{0}“ fehlt in den Angaben der Stadt. Rufen Sie 115 an.</translation>
    </message>
    <message>
        <source>Telefon: {0}</source>
        <translation>Telefon: {0}</translation>
    </message>
    <message>
        <source>E-Mail: {0}</source>
        <translation>E-Mail: {0}</translation>
    </message>
    <message>
        <source>Im Internet: {0}</source>
        <translation>Im Internet: {0}</translation>
    </message>
</context>
<context>
    <name>TilePager</name>
    <message>
        <source>Weitere Themen ↓</source>
        <translation>Mehr Themen ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Themen</source>
        <translation>↑ Themen davor</translation>
    </message>
    <message>
        <source>Weitere Themen zeigen</source>
        <translation>Mehr Themen zeigen</translation>
    </message>
    <message>
        <source>Vorige Themen zeigen</source>
        <translation>Themen davor zeigen</translation>
    </message>
</context>
<context>
    <name>VScrollArea</name>
    <message>
        <source>Bildlauf</source>
        <translation>Bild·lauf</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Weiter</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Noch einmal versuchen</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Etwas ändern</source>
        <translation>Etwas ändern</translation>
    </message>
    <message>
        <source>Zur Startseite</source>
        <translation>Zur Start·seite</translation>
    </message>
    <message>
        <source>Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Einen Moment bitte</source>
        <translation>Einen Moment bitte</translation>
    </message>
    <message>
        <source>Schritt {0} von {1}</source>
        <translation>Schritt {0} von {1}</translation>
    </message>
    <message>
        <source>Schritt {0} von etwa {1}</source>
        <translation>Schritt {0} von etwa {1}</translation>
    </message>
    <message>
        <source>Hilfe</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Weitere Themen</source>
        <translation>Mehr Themen</translation>
    </message>
    <message>
        <source>Sprache wählen</source>
        <translation>Sprache wählen</translation>
    </message>
    <message>
        <source>Code eingeben</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <source>Einstellungen für Mitarbeitende</source>
        <translation>Einstellungen für Mitarbeitende</translation>
    </message>
    <message>
        <source>Helfer-Ansicht</source>
        <translation>Helfer-Ansicht</translation>
    </message>
    <message>
        <source>Was Sie jetzt tun</source>
        <translation>Das tun Sie jetzt</translation>
    </message>
    <message>
        <source>Was Sie mitbringen</source>
        <translation>Das bringen Sie mit</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Im Internet: %1</source>
        <translation>Im Internet: %1</translation>
    </message>
    <message>
        <source>Ort: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Was brauche ich?</source>
        <translation>Was brauche ich?</translation>
    </message>
    <message>
        <source>Termin buchen</source>
        <translation>Termin machen</translation>
    </message>
    <message>
        <source>Problem melden</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>Ihr Termin</source>
        <translation>Ihr Termin</translation>
    </message>
    <message>
        <source>Ihre Meldung</source>
        <translation>Ihre Meldung</translation>
    </message>
    <message>
        <source>Meine Termine ansehen</source>
        <translation>Meine Termine sehen</translation>
    </message>
    <message>
        <source>Meine Meldungen ansehen</source>
        <translation>Meine Meldungen sehen</translation>
    </message>
    <message>
        <source>Ihre Angaben sind gespeichert.</source>
        <translation>Ihre Angaben sind gespeichert.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie, wo das Problem ist.</source>
        <translation>Bitte schreiben Sie: Wo ist das Problem?</translation>
    </message>
</context>
</TS>
