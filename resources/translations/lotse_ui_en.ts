<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Die Verbindung hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>The connection did not work. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Das Speichern oder Lesen hat nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>Saving or reading did not work. Please try again.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Ein Teil des Programms fehlt: {0}. Alles andere funktioniert. Technische Angabe: {1}</source>
        <translation>A part of the program is missing: {0}. Everything else works. Technical detail: {1}</translation>
    </message>
    <message>
        <source>Ihre Einstellungen waren beschädigt ({0}). Die Datei wurde beiseitegelegt. Es gelten die Grundeinstellungen.</source>
        <translation>Your settings were damaged ({0}). The file has been put aside. The standard settings apply.</translation>
    </message>
    <message>
        <source>Die Gestaltung des Programms fehlt oder ist beschädigt ({0}). Alles andere funktioniert.</source>
        <translation>The program&apos;s style is missing or damaged ({0}). Everything else works.</translation>
    </message>
    <message>
        <source>Die Liste der Sprachen ist beschädigt ({0}). Es gibt nur die Sprachen, die sich lesen lassen.</source>
        <translation>The list of languages is damaged ({0}). Only the languages that can be read are offered.</translation>
    </message>
    <message>
        <source>Eine Übersetzungsdatei fehlt oder ist beschädigt: {0}.</source>
        <translation>A translation file is missing or damaged: {0}.</translation>
    </message>
    <message>
        <source>Die Angaben der Stadt konnten nicht gelesen werden ({0}). Adressen fehlen deshalb. Alles andere funktioniert.</source>
        <translation>The city&apos;s details could not be read ({0}). So addresses are missing. Everything else works.</translation>
    </message>
    <message>
        <source>Eine Anleitung ist beschädigt und fehlt deshalb auf der Startseite: {0}</source>
        <translation>A guide is damaged and is therefore missing from the start page: {0}</translation>
    </message>
</context>
<context>
    <name>Bar</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start: zur Startseite</source>
        <translation>Start: to the start page</translation>
    </message>
    <message>
        <source>Vorlesen</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Vorlesen beenden</source>
        <translation>Stop reading aloud</translation>
    </message>
    <message>
        <source>Schrift größer</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Schrift kleiner</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Sprache: {0}</source>
        <translation>Language: {0}</translation>
    </message>
    <message>
        <source>← Zurück</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>⌂ Start</source>
        <translation>⌂ Start</translation>
    </message>
    <message>
        <source>? Hilfe</source>
        <translation>? Help</translation>
    </message>
    <message>
        <source>■ Stopp</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <source>▶ Vorlesen</source>
        <translation>▶ Read aloud</translation>
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
        <source>Sprache wählen. Jetzt: {0}</source>
        <translation>Choose the language. Now: {0}</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Die Person sieht den Code unter „Hilfe“, zum Beispiel „P 17“. Tippen Sie ihn hier ein. Sie sehen dann denselben Schritt in Ihrer Sprache, mit den Tipps für Helfende.</source>
        <translation>The person sees the code under “Help”, for example “P 17”. Type it here. You then see the same step in your language, with the tips for helpers.</translation>
    </message>
    <message>
        <source>Code, zum Beispiel P 17</source>
        <translation>Code, for example P 17</translation>
    </message>
    <message>
        <source>Schritt zeigen</source>
        <translation>Show the step</translation>
    </message>
    <message>
        <source>Ein Code besteht aus einem Buchstaben und einer Zahl. Er sagt nur, welcher Schritt gemeint ist, nichts über die Person.</source>
        <translation>A code is one letter and a number. It only says which step is meant, nothing about the person.</translation>
    </message>
    <message>
        <source>Diesen Code gibt es nicht: „{0}“. Ein Code ist ein Buchstabe und eine Zahl, zum Beispiel P 17. Bitte fragen Sie noch einmal nach.</source>
        <translation>There is no such code: “{0}”. A code is one letter and a number, for example P 17. Please ask again.</translation>
    </message>
    <message>
        <source>Schritt {0}.</source>
        <translation>Step {0}.</translation>
    </message>
    <message>
        <source>Tipp für Helfende: {0}</source>
        <translation>Tip for helpers: {0}</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <source>Neue Inhalte der Stadt wurden nicht übernommen. Es gelten die bisherigen. Grund (für die IT): {0}</source>
        <translation>New content from the city was not taken over. The previous content still applies. Reason (for IT): {0}</translation>
    </message>
    <message>
        <source>Neue Inhalte der Stadt konnten nicht geprüft werden: {0}</source>
        <translation>New content from the city could not be checked: {0}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Code für diesen Schritt: {0}. Nennen Sie ihn, wenn Sie jemanden am Telefon um Hilfe bitten.</source>
        <translation>Code for this step: {0}. Say it when you ask someone for help on the phone.</translation>
    </message>
    <message>
        <source>Sie können nichts kaputt machen. Mit „Zurück“ kommen Sie immer einen Schritt zurück. Mit „Start“ kommen Sie zur Startseite.</source>
        <translation>You cannot break anything. “Back” always takes you one step back. “Start” takes you to the start page.</translation>
    </message>
    <message>
        <source>Bis Sie fertig sind, merkt sich das Programm, wo Sie waren. Dann wird alles gelöscht.</source>
        <translation>Until you are done, the program remembers where you were. Then everything is deleted.</translation>
    </message>
    <message>
        <source>Das Programm merkt sich, wo Sie waren.</source>
        <translation>The program remembers where you were.</translation>
    </message>
    <message>
        <source>Hilfe schließen</source>
        <translation>Close help</translation>
    </message>
    <message>
        <source>Lotse, Version {0}</source>
        <translation>Lotse, version {0}</translation>
    </message>
    <message>
        <source>Code eingeben: einen Schritt über seinen Code zeigen</source>
        <translation>Enter a code: show a step by its code</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Guten Tag! Wobei kann ich helfen?</source>
        <translation>Hello! What can I help you with?</translation>
    </message>
    <message>
        <source>Wählen Sie ein Thema. Sie können jederzeit zurück.</source>
        <translation>Choose a topic. You can always go back.</translation>
    </message>
    <message>
        <source>Im Moment gibt es hier keine Themen. Bitte fragen Sie die Person, die das Programm eingerichtet hat.</source>
        <translation>There are no topics here at the moment. Please ask the person who set up the program.</translation>
    </message>
    <message>
        <source>Hier wählen Sie ein Thema. Klicken Sie auf eine große Fläche. Oder drücken Sie die Tabulator-Taste, bis die Fläche gelb ist. Dann drücken Sie die Leertaste.</source>
        <translation>Here you choose a topic. Click on one of the large areas. Or press the Tab key until the area is yellow. Then press the space bar.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Wählen Sie Ihre Sprache. Sie können sie jederzeit wieder ändern.</source>
        <translation>Choose your language. You can change it again at any time.</translation>
    </message>
    <message>
        <source>Weitere Sprachen ↓</source>
        <translation>More languages ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Sprachen</source>
        <translation>↑ Previous languages</translation>
    </message>
    <message>
        <source>Weitere Sprachen zeigen</source>
        <translation>Show more languages</translation>
    </message>
    <message>
        <source>Vorige Sprachen zeigen</source>
        <translation>Show previous languages</translation>
    </message>
    <message>
        <source>Sprache nicht ändern</source>
        <translation>Keep the language</translation>
    </message>
    <message>
        <source>Tippen Sie auf die Sprache, in der Sie lesen möchten. Sie bleiben an derselben Stelle.</source>
        <translation>Tap the language you want to read. You stay at the same place.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Einen Moment bitte …</source>
        <translation>One moment please …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verstanden</source>
        <translation>Understood</translation>
    </message>
    <message>
        <source>Verstanden: Hinweis schließen</source>
        <translation>Understood: close the note</translation>
    </message>
    <message>
        <source>Lotse – {0}</source>
        <translation>Lotse – {0}</translation>
    </message>
    <message>
        <source>Lotse</source>
        <translation>Lotse</translation>
    </message>
    <message>
        <source>Ein Teil des Programms konnte nicht geladen werden. Alles andere funktioniert. Technische Angabe: {0}</source>
        <translation>A part of the program could not be loaded. Everything else works. Technical detail: {0}</translation>
    </message>
    <message>
        <source>{0} – Lotse</source>
        <translation>{0} – Lotse</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht: „{0}“. Bitte wählen Sie ein Thema auf der Startseite.</source>
        <translation>There is no guide called “{0}”. Please choose a topic on the start page.</translation>
    </message>
    <message>
        <source>Dieser Teil des Programms geht gerade nicht. Sie sehen stattdessen, was Sie tun können. ({0})</source>
        <translation>This part of the program does not work right now. Instead you see what you can do. ({0})</translation>
    </message>
    <message>
        <source>Dieser Schritt führt ins Leere ({0}). Bitte melden Sie das.</source>
        <translation>This step leads nowhere ({0}). Please report this.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite. Weiter zurück geht es nicht.</source>
        <translation>You are already on the start page. You cannot go back further.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite.</source>
        <translation>You are already on the start page.</translation>
    </message>
    <message>
        <source>Lesen Sie den Text in Ruhe. Es gibt keine Zeitgrenze.</source>
        <translation>Read the text at your own pace. There is no time limit.</translation>
    </message>
    <message>
        <source>Die Hilfe ist schon offen. Mit „Hilfe schließen“ kommen Sie zurück.</source>
        <translation>The help is already open. “Close help” takes you back.</translation>
    </message>
    <message>
        <source>Die Sprache ist auf diesem Computer fest eingestellt.</source>
        <translation>The language is fixed on this computer.</translation>
    </message>
    <message>
        <source>Auf dieser Seite gibt es nichts vorzulesen.</source>
        <translation>There is nothing to read aloud on this page.</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am größten (200 %).</source>
        <translation>The text is already at its largest (200 %).</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am kleinsten (100 %).</source>
        <translation>The text is already at its smallest (100 %).</translation>
    </message>
    <message>
        <source>Schriftgröße: {0} %</source>
        <translation>Text size: {0} %</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht in der gewählten Sprache ({0}). Sie sehen sie weiter wie bisher.</source>
        <translation>This guide does not exist in the chosen language ({0}). You keep seeing it as before.</translation>
    </message>
    <message>
        <source>Die Einstellung gilt jetzt, konnte aber nicht gespeichert werden ({0}).</source>
        <translation>The setting applies now, but it could not be saved ({0}).</translation>
    </message>
    <message>
        <source>Das Programm kann sich nicht merken, wo Sie sind ({0}). Alles andere funktioniert.</source>
        <translation>The program cannot remember where you are ({0}). Everything else works.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz war beschädigt ({0}). Er wurde beiseitegelegt. Sie fangen neu an.</source>
        <translation>The remembered place was damaged ({0}). It has been put aside. You start afresh.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz passt nicht mehr zu den Anleitungen ({0}). Sie fangen neu an.</source>
        <translation>The remembered place no longer fits the guides ({0}). You start afresh.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>Hier sind die übrigen Themen. Mit „Zurück“ kommen Sie zur Startseite.</source>
        <translation>Here are the other topics. “Back” takes you to the start page.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Weiter lesen ↓</source>
        <translation>Read on ↓</translation>
    </message>
    <message>
        <source>Zurück nach oben ↑</source>
        <translation>Back to the top ↑</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Übung</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Übung: {0}</source>
        <translation>Practice: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Das dauert länger als sonst. Sie können weiter warten oder abbrechen.</source>
        <translation>This is taking longer than usual. You can keep waiting or cancel.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Vorlesen geht auf diesem Computer nicht: es ist keine Sprachausgabe installiert.</source>
        <translation>Reading aloud does not work on this computer: no speech output is installed.</translation>
    </message>
    <message>
        <source>Vorlesen geht gerade nicht: die Sprachausgabe dieses Computers antwortet nicht. Sie können ganz normal weitermachen.</source>
        <translation>Reading aloud does not work just now: this computer&apos;s speech output does not answer. You can carry on as usual.</translation>
    </message>
    <message>
        <source>Vorlesen hat nicht geklappt: {0}</source>
        <translation>Reading aloud did not work: {0}</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Weitermachen, wo Sie aufgehört haben?</source>
        <translation>Continue where you left off?</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Diese Anleitung wurde inzwischen verbessert. Deshalb beginnt sie noch einmal von vorn.</source>
        <translation>You were at: {0}. This guide has been improved since. That is why it starts again from the beginning.</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Zuletzt: {1}</source>
        <translation>You were at: {0}. Last screen: {1}</translation>
    </message>
    <message>
        <source>Ja, weitermachen</source>
        <translation>Yes, continue</translation>
    </message>
    <message>
        <source>Ja, von vorn beginnen</source>
        <translation>Yes, start from the beginning</translation>
    </message>
    <message>
        <source>Nein, neu anfangen</source>
        <translation>No, start afresh</translation>
    </message>
    <message>
        <source>Das Programm hat sich gemerkt, wo Sie beim letzten Mal waren. Sie können dort weitermachen oder neu anfangen.</source>
        <translation>The program remembered where you were last time. You can continue there or start afresh.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Weitere Antworten ↓</source>
        <translation>More answers ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Antworten</source>
        <translation>↑ Previous answers</translation>
    </message>
    <message>
        <source>Weitere Antworten zeigen</source>
        <translation>Show more answers</translation>
    </message>
    <message>
        <source>Vorige Antworten zeigen</source>
        <translation>Show the previous answers</translation>
    </message>
    <message>
        <source>Bild verbergen</source>
        <translation>Hide the picture</translation>
    </message>
    <message>
        <source>Bild zeigen</source>
        <translation>Show the picture</translation>
    </message>
    <message>
        <source>Bild verbergen: {0}</source>
        <translation>Hide the picture: {0}</translation>
    </message>
    <message>
        <source>Bild zeigen: {0}</source>
        <translation>Show the picture: {0}</translation>
    </message>
    <message>
        <source>Bild: {0}</source>
        <translation>Picture: {0}</translation>
    </message>
    <message>
        <source>Ihre letzte Antwort ist mit einem Haken markiert.</source>
        <translation>Your last answer is marked with a tick.</translation>
    </message>
    <message>
        <source>Das hatten Sie zuletzt gewählt.</source>
        <translation>You chose this last time.</translation>
    </message>
    <message>
        <source>Wohin</source>
        <translation>Where to go</translation>
    </message>
    <message>
        <source>Mehr dazu verbergen ↑</source>
        <translation>Hide more about it ↑</translation>
    </message>
    <message>
        <source>Mehr dazu ↓</source>
        <translation>More about it ↓</translation>
    </message>
    <message>
        <source>Mehr dazu</source>
        <translation>More about it</translation>
    </message>
    <message>
        <source>Fertig: zur Startseite</source>
        <translation>Done: to the start page</translation>
    </message>
    <message>
        <source>Die weiteren Angaben stehen jetzt darunter.</source>
        <translation>The further details are now below.</translation>
    </message>
    <message>
        <source>Zeigt weitere Angaben.</source>
        <translation>Shows further details.</translation>
    </message>
    <message>
        <source>Die Angaben zu den Ämtern fehlen gerade. Fragen Sie unter der Telefonnummer 115.</source>
        <translation>The details of the offices are missing just now. Ask by calling 115.</translation>
    </message>
    <message>
        <source>Das Amt „{0}“ fehlt in den Angaben der Stadt. Fragen Sie unter 115.</source>
        <translation>The office “{0}” is missing from the city&apos;s details. Ask by calling 115.</translation>
    </message>
    <message>
        <source>Telefon: {0}</source>
        <translation>Phone: {0}</translation>
    </message>
    <message>
        <source>E-Mail: {0}</source>
        <translation>E-mail: {0}</translation>
    </message>
    <message>
        <source>Im Internet: {0}</source>
        <translation>On the internet: {0}</translation>
    </message>
</context>
<context>
    <name>TilePager</name>
    <message>
        <source>Weitere Themen ↓</source>
        <translation>More topics ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Themen</source>
        <translation>↑ Previous topics</translation>
    </message>
    <message>
        <source>Weitere Themen zeigen</source>
        <translation>Show more topics</translation>
    </message>
    <message>
        <source>Vorige Themen zeigen</source>
        <translation>Show the previous topics</translation>
    </message>
</context>
<context>
    <name>VScrollArea</name>
    <message>
        <source>Bildlauf</source>
        <translation>Scrolling</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Noch einmal versuchen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Etwas ändern</source>
        <translation>Change something</translation>
    </message>
    <message>
        <source>Zur Startseite</source>
        <translation>To the start page</translation>
    </message>
    <message>
        <source>Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>Sorry, that did not work. Please try again.</translation>
    </message>
    <message>
        <source>Einen Moment bitte</source>
        <translation>One moment, please</translation>
    </message>
    <message>
        <source>Schritt {0} von {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <source>Schritt {0} von etwa {1}</source>
        <translation>Step {0} of about {1}</translation>
    </message>
    <message>
        <source>Hilfe</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Weitere Themen</source>
        <translation>More topics</translation>
    </message>
    <message>
        <source>Sprache wählen</source>
        <translation>Choose the language</translation>
    </message>
    <message>
        <source>Code eingeben</source>
        <translation>Enter a code</translation>
    </message>
    <message>
        <source>Einstellungen für Mitarbeitende</source>
        <translation>Settings for staff</translation>
    </message>
    <message>
        <source>Helfer-Ansicht</source>
        <translation>Helper view</translation>
    </message>
    <message>
        <source>Was Sie jetzt tun</source>
        <translation>What you do now</translation>
    </message>
    <message>
        <source>Was Sie mitbringen</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Im Internet: %1</source>
        <translation>On the internet: %1</translation>
    </message>
    <message>
        <source>Ort: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Was brauche ich?</source>
        <translation>What do I need?</translation>
    </message>
    <message>
        <source>Termin buchen</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>Problem melden</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>Ihr Termin</source>
        <translation>Your appointment</translation>
    </message>
    <message>
        <source>Ihre Meldung</source>
        <translation>Your report</translation>
    </message>
    <message>
        <source>Meine Termine ansehen</source>
        <translation>See my appointments</translation>
    </message>
    <message>
        <source>Meine Meldungen ansehen</source>
        <translation>See my reports</translation>
    </message>
    <message>
        <source>Ihre Angaben sind gespeichert.</source>
        <translation>Your details are kept.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie, wo das Problem ist.</source>
        <translation>Please write where the problem is.</translation>
    </message>
</context>
</TS>
