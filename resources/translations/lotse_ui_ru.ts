<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Die Verbindung hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>Соединение не получилось. Пожалуйста, попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>Das Speichern oder Lesen hat nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>Сохранить или прочитать не получилось. Пожалуйста, попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Ein Teil des Programms fehlt: {0}. Alles andere funktioniert. Technische Angabe: {1}</source>
        <translation>Не хватает части программы: {0}. Всё остальное работает. Техническая информация: {1}</translation>
    </message>
    <message>
        <source>Ihre Einstellungen waren beschädigt ({0}). Die Datei wurde beiseitegelegt. Es gelten die Grundeinstellungen.</source>
        <translation>Ваши настройки были повреждены ({0}). Файл отложен в сторону. Действуют основные настройки.</translation>
    </message>
    <message>
        <source>Die Gestaltung des Programms fehlt oder ist beschädigt ({0}). Alles andere funktioniert.</source>
        <translation>Оформление программы отсутствует или повреждено ({0}). Всё остальное работает.</translation>
    </message>
    <message>
        <source>Die Liste der Sprachen ist beschädigt ({0}). Es gibt nur die Sprachen, die sich lesen lassen.</source>
        <translation>Список языков повреждён ({0}). Доступны только те языки, которые удалось прочитать.</translation>
    </message>
    <message>
        <source>Eine Übersetzungsdatei fehlt oder ist beschädigt: {0}.</source>
        <translation>Файл перевода отсутствует или повреждён: {0}.</translation>
    </message>
    <message>
        <source>Die Angaben der Stadt konnten nicht gelesen werden ({0}). Adressen fehlen deshalb. Alles andere funktioniert.</source>
        <translation>Данные города прочитать не удалось ({0}). Поэтому нет адресов. Всё остальное работает.</translation>
    </message>
    <message>
        <source>Eine Anleitung ist beschädigt und fehlt deshalb auf der Startseite: {0}</source>
        <translation>Одна инструкция повреждена, поэтому её нет на главной странице: {0}</translation>
    </message>
</context>
<context>
    <name>Bar</name>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Start: zur Startseite</source>
        <translation>Начало: на главную страницу</translation>
    </message>
    <message>
        <source>Vorlesen</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <source>Vorlesen beenden</source>
        <translation>Остановить чтение</translation>
    </message>
    <message>
        <source>Schrift größer</source>
        <translation>Шрифт крупнее</translation>
    </message>
    <message>
        <source>Schrift kleiner</source>
        <translation>Шрифт мельче</translation>
    </message>
    <message>
        <source>Sprache: {0}</source>
        <translation>Язык: {0}</translation>
    </message>
    <message>
        <source>← Zurück</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>⌂ Start</source>
        <translation>⌂ Начало</translation>
    </message>
    <message>
        <source>? Hilfe</source>
        <translation>? Помощь</translation>
    </message>
    <message>
        <source>■ Stopp</source>
        <translation>■ Стоп</translation>
    </message>
    <message>
        <source>▶ Vorlesen</source>
        <translation>▶ Читать вслух</translation>
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
        <translation>Выбрать язык. Сейчас: {0}</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Die Person sieht den Code unter „Hilfe“, zum Beispiel „P 17“. Tippen Sie ihn hier ein. Sie sehen dann denselben Schritt in Ihrer Sprache, mit den Tipps für Helfende.</source>
        <translation>Человек видит код в разделе «Помощь», например «P 17». Введите его здесь. Тогда вы увидите тот же шаг на вашем языке, с советами для помощников.</translation>
    </message>
    <message>
        <source>Code, zum Beispiel P 17</source>
        <translation>Код, например P 17</translation>
    </message>
    <message>
        <source>Schritt zeigen</source>
        <translation>Показать шаг</translation>
    </message>
    <message>
        <source>Ein Code besteht aus einem Buchstaben und einer Zahl. Er sagt nur, welcher Schritt gemeint ist, nichts über die Person.</source>
        <translation>Код — это буква и число. Он говорит только, какой шаг имеется в виду, и ничего о человеке.</translation>
    </message>
    <message>
        <source>Diesen Code gibt es nicht: „{0}“. Ein Code ist ein Buchstabe und eine Zahl, zum Beispiel P 17. Bitte fragen Sie noch einmal nach.</source>
        <translation>Такого кода нет: «{0}». Код — это буква и число, например P 17. Пожалуйста, переспросите.</translation>
    </message>
    <message>
        <source>Schritt {0}.</source>
        <translation>Шаг {0}.</translation>
    </message>
    <message>
        <source>Tipp für Helfende: {0}</source>
        <translation>Совет для помощников: {0}</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <source>Neue Inhalte der Stadt wurden nicht übernommen. Es gelten die bisherigen. Grund (für die IT): {0}</source>
        <translation>Новые материалы города не приняты. Действуют прежние. Причина (для IT): {0}</translation>
    </message>
    <message>
        <source>Neue Inhalte der Stadt konnten nicht geprüft werden: {0}</source>
        <translation>Новые материалы города проверить не удалось: {0}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Code für diesen Schritt: {0}. Nennen Sie ihn, wenn Sie jemanden am Telefon um Hilfe bitten.</source>
        <translation>Код этого шага: {0}. Назовите его, когда просите кого-то о помощи по телефону.</translation>
    </message>
    <message>
        <source>Sie können nichts kaputt machen. Mit „Zurück“ kommen Sie immer einen Schritt zurück. Mit „Start“ kommen Sie zur Startseite.</source>
        <translation>Вы ничего не можете сломать. Кнопка «Назад» всегда возвращает на шаг назад. Кнопка «Начало» ведёт на главную страницу.</translation>
    </message>
    <message>
        <source>Bis Sie fertig sind, merkt sich das Programm, wo Sie waren. Dann wird alles gelöscht.</source>
        <translation>Пока вы не закончите, программа помнит, где вы были. Потом всё удаляется.</translation>
    </message>
    <message>
        <source>Das Programm merkt sich, wo Sie waren.</source>
        <translation>Программа помнит, где вы были.</translation>
    </message>
    <message>
        <source>Hilfe schließen</source>
        <translation>Закрыть помощь</translation>
    </message>
    <message>
        <source>Lotse, Version {0}</source>
        <translation>Lotse, версия {0}</translation>
    </message>
    <message>
        <source>Code eingeben: einen Schritt über seinen Code zeigen</source>
        <translation>Ввести код: показать шаг по его коду</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Guten Tag! Wobei kann ich helfen?</source>
        <translation>Здравствуйте! Чем я могу помочь?</translation>
    </message>
    <message>
        <source>Wählen Sie ein Thema. Sie können jederzeit zurück.</source>
        <translation>Выберите тему. Вы всегда можете вернуться.</translation>
    </message>
    <message>
        <source>Im Moment gibt es hier keine Themen. Bitte fragen Sie die Person, die das Programm eingerichtet hat.</source>
        <translation>Сейчас здесь нет тем. Пожалуйста, спросите человека, который настроил программу.</translation>
    </message>
    <message>
        <source>Hier wählen Sie ein Thema. Klicken Sie auf eine große Fläche. Oder drücken Sie die Tabulator-Taste, bis die Fläche gelb ist. Dann drücken Sie die Leertaste.</source>
        <translation>Здесь вы выбираете тему. Нажмите на большое поле. Или нажимайте клавишу Tab, пока поле не станет жёлтым. Потом нажмите пробел.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Wählen Sie Ihre Sprache. Sie können sie jederzeit wieder ändern.</source>
        <translation>Выберите ваш язык. Его можно в любое время изменить снова.</translation>
    </message>
    <message>
        <source>Weitere Sprachen ↓</source>
        <translation>Другие языки ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Sprachen</source>
        <translation>↑ Предыдущие языки</translation>
    </message>
    <message>
        <source>Weitere Sprachen zeigen</source>
        <translation>Показать другие языки</translation>
    </message>
    <message>
        <source>Vorige Sprachen zeigen</source>
        <translation>Показать предыдущие языки</translation>
    </message>
    <message>
        <source>Sprache nicht ändern</source>
        <translation>Не менять язык</translation>
    </message>
    <message>
        <source>Tippen Sie auf die Sprache, in der Sie lesen möchten. Sie bleiben an derselben Stelle.</source>
        <translation>Нажмите на язык, на котором хотите читать. Вы останетесь на том же месте.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Einen Moment bitte …</source>
        <translation>Минуточку …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verstanden</source>
        <translation>Понятно</translation>
    </message>
    <message>
        <source>Verstanden: Hinweis schließen</source>
        <translation>Понятно: закрыть подсказку</translation>
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
        <translation>Часть программы не удалось загрузить. Всё остальное работает. Техническая информация: {0}</translation>
    </message>
    <message>
        <source>{0} – Lotse</source>
        <translation>{0} – Lotse</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht: „{0}“. Bitte wählen Sie ein Thema auf der Startseite.</source>
        <translation>Такой инструкции нет: «{0}». Пожалуйста, выберите тему на главной странице.</translation>
    </message>
    <message>
        <source>Dieser Teil des Programms geht gerade nicht. Sie sehen stattdessen, was Sie tun können. ({0})</source>
        <translation>Эта часть программы сейчас не работает. Вместо неё вы видите, что можно сделать. ({0})</translation>
    </message>
    <message>
        <source>Dieser Schritt führt ins Leere ({0}). Bitte melden Sie das.</source>
        <translation>Этот шаг никуда не ведёт ({0}). Пожалуйста, сообщите об этом.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite. Weiter zurück geht es nicht.</source>
        <translation>Вы уже на главной странице. Дальше назад нельзя.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite.</source>
        <translation>Вы уже на главной странице.</translation>
    </message>
    <message>
        <source>Lesen Sie den Text in Ruhe. Es gibt keine Zeitgrenze.</source>
        <translation>Читайте текст спокойно. Ограничения по времени нет.</translation>
    </message>
    <message>
        <source>Die Hilfe ist schon offen. Mit „Hilfe schließen“ kommen Sie zurück.</source>
        <translation>Помощь уже открыта. Кнопкой «Закрыть помощь» вы вернётесь.</translation>
    </message>
    <message>
        <source>Die Sprache ist auf diesem Computer fest eingestellt.</source>
        <translation>Язык на этом компьютере задан постоянно.</translation>
    </message>
    <message>
        <source>Auf dieser Seite gibt es nichts vorzulesen.</source>
        <translation>На этой странице нечего читать вслух.</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am größten (200 %).</source>
        <translation>Шрифт уже самый крупный (200 %).</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am kleinsten (100 %).</source>
        <translation>Шрифт уже самый мелкий (100 %).</translation>
    </message>
    <message>
        <source>Schriftgröße: {0} %</source>
        <translation>Размер шрифта: {0} %</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht in der gewählten Sprache ({0}). Sie sehen sie weiter wie bisher.</source>
        <translation>Этой инструкции нет на выбранном языке ({0}). Вы видите её, как прежде.</translation>
    </message>
    <message>
        <source>Die Einstellung gilt jetzt, konnte aber nicht gespeichert werden ({0}).</source>
        <translation>Настройка действует, но сохранить её не удалось ({0}).</translation>
    </message>
    <message>
        <source>Das Programm kann sich nicht merken, wo Sie sind ({0}). Alles andere funktioniert.</source>
        <translation>Программа не может запомнить, где вы ({0}). Всё остальное работает.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz war beschädigt ({0}). Er wurde beiseitegelegt. Sie fangen neu an.</source>
        <translation>Запомненное место было повреждено ({0}). Оно отложено в сторону. Вы начинаете заново.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz passt nicht mehr zu den Anleitungen ({0}). Sie fangen neu an.</source>
        <translation>Запомненное место больше не подходит к инструкциям ({0}). Вы начинаете заново.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>Hier sind die übrigen Themen. Mit „Zurück“ kommen Sie zur Startseite.</source>
        <translation>Здесь остальные темы. Кнопкой «Назад» вы вернётесь на главную страницу.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Weiter lesen ↓</source>
        <translation>Читать дальше ↓</translation>
    </message>
    <message>
        <source>Zurück nach oben ↑</source>
        <translation>Назад наверх ↑</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Übung</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <source>Übung: {0}</source>
        <translation>Упражнение: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Bitte warten</source>
        <translation>Пожалуйста, подождите</translation>
    </message>
    <message>
        <source>Das dauert länger als sonst. Sie können weiter warten oder abbrechen.</source>
        <translation>Это занимает больше времени, чем обычно. Вы можете подождать ещё или отменить.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Vorlesen geht auf diesem Computer nicht: es ist keine Sprachausgabe installiert.</source>
        <translation>Чтение вслух на этом компьютере не работает: не установлен синтез речи.</translation>
    </message>
    <message>
        <source>Vorlesen geht gerade nicht: die Sprachausgabe dieses Computers antwortet nicht. Sie können ganz normal weitermachen.</source>
        <translation>Чтение вслух сейчас не работает: синтез речи этого компьютера не отвечает. Вы можете спокойно продолжать.</translation>
    </message>
    <message>
        <source>Vorlesen hat nicht geklappt: {0}</source>
        <translation>Чтение вслух не получилось: {0}</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Weitermachen, wo Sie aufgehört haben?</source>
        <translation>Продолжить с того места, где вы остановились?</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Diese Anleitung wurde inzwischen verbessert. Deshalb beginnt sie noch einmal von vorn.</source>
        <translation>Вы были на: {0}. Эта инструкция тем временем улучшена. Поэтому она начинается сначала.</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Zuletzt: {1}</source>
        <translation>Вы были на: {0}. Последний шаг: {1}</translation>
    </message>
    <message>
        <source>Ja, weitermachen</source>
        <translation>Да, продолжить</translation>
    </message>
    <message>
        <source>Ja, von vorn beginnen</source>
        <translation>Да, начать сначала</translation>
    </message>
    <message>
        <source>Nein, neu anfangen</source>
        <translation>Нет, начать заново</translation>
    </message>
    <message>
        <source>Das Programm hat sich gemerkt, wo Sie beim letzten Mal waren. Sie können dort weitermachen oder neu anfangen.</source>
        <translation>Программа запомнила, где вы были в прошлый раз. Вы можете продолжить оттуда или начать заново.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Weitere Antworten ↓</source>
        <translation>Другие ответы ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Antworten</source>
        <translation>↑ Предыдущие ответы</translation>
    </message>
    <message>
        <source>Weitere Antworten zeigen</source>
        <translation>Показать другие ответы</translation>
    </message>
    <message>
        <source>Vorige Antworten zeigen</source>
        <translation>Показать предыдущие ответы</translation>
    </message>
    <message>
        <source>Bild verbergen</source>
        <translation>Скрыть рисунок</translation>
    </message>
    <message>
        <source>Bild zeigen</source>
        <translation>Показать рисунок</translation>
    </message>
    <message>
        <source>Bild verbergen: {0}</source>
        <translation>Скрыть рисунок: {0}</translation>
    </message>
    <message>
        <source>Bild zeigen: {0}</source>
        <translation>Показать рисунок: {0}</translation>
    </message>
    <message>
        <source>Bild: {0}</source>
        <translation>Рисунок: {0}</translation>
    </message>
    <message>
        <source>Ihre letzte Antwort ist mit einem Haken markiert.</source>
        <translation>Ваш последний ответ отмечен галочкой.</translation>
    </message>
    <message>
        <source>Das hatten Sie zuletzt gewählt.</source>
        <translation>Это вы выбрали в последний раз.</translation>
    </message>
    <message>
        <source>Wohin</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Mehr dazu verbergen ↑</source>
        <translation>Скрыть подробности ↑</translation>
    </message>
    <message>
        <source>Mehr dazu ↓</source>
        <translation>Подробнее ↓</translation>
    </message>
    <message>
        <source>Mehr dazu</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>Fertig: zur Startseite</source>
        <translation>Готово: на главную страницу</translation>
    </message>
    <message>
        <source>Die weiteren Angaben stehen jetzt darunter.</source>
        <translation>Подробности теперь ниже.</translation>
    </message>
    <message>
        <source>Zeigt weitere Angaben.</source>
        <translation>Показывает подробности.</translation>
    </message>
    <message>
        <source>Die Angaben zu den Ämtern fehlen gerade. Fragen Sie unter der Telefonnummer 115.</source>
        <translation>Сейчас нет данных о ведомствах. Спросите по телефону 115.</translation>
    </message>
    <message>
        <source>Das Amt „{0}“ fehlt in den Angaben der Stadt. Fragen Sie unter 115.</source>
        <translation>Ведомства «{0}» нет в данных города. Спросите по номеру 115.</translation>
    </message>
    <message>
        <source>Telefon: {0}</source>
        <translation>Телефон: {0}</translation>
    </message>
    <message>
        <source>E-Mail: {0}</source>
        <translation>Эл. почта: {0}</translation>
    </message>
    <message>
        <source>Im Internet: {0}</source>
        <translation>В интернете: {0}</translation>
    </message>
</context>
<context>
    <name>TilePager</name>
    <message>
        <source>Weitere Themen ↓</source>
        <translation>Другие темы ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Themen</source>
        <translation>↑ Предыдущие темы</translation>
    </message>
    <message>
        <source>Weitere Themen zeigen</source>
        <translation>Показать другие темы</translation>
    </message>
    <message>
        <source>Vorige Themen zeigen</source>
        <translation>Показать предыдущие темы</translation>
    </message>
</context>
<context>
    <name>VScrollArea</name>
    <message>
        <source>Bildlauf</source>
        <translation>Прокрутка</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Weiter</source>
        <translation>Дальше</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Noch einmal versuchen</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Etwas ändern</source>
        <translation>Что-то изменить</translation>
    </message>
    <message>
        <source>Zur Startseite</source>
        <translation>На главную страницу</translation>
    </message>
    <message>
        <source>Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>К сожалению, не получилось. Пожалуйста, попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Einen Moment bitte</source>
        <translation>Минуточку</translation>
    </message>
    <message>
        <source>Schritt {0} von {1}</source>
        <translation>Шаг {0} из {1}</translation>
    </message>
    <message>
        <source>Schritt {0} von etwa {1}</source>
        <translation>Шаг {0} примерно из {1}</translation>
    </message>
    <message>
        <source>Hilfe</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Weitere Themen</source>
        <translation>Другие темы</translation>
    </message>
    <message>
        <source>Sprache wählen</source>
        <translation>Выбрать язык</translation>
    </message>
    <message>
        <source>Code eingeben</source>
        <translation>Ввести код</translation>
    </message>
    <message>
        <source>Einstellungen für Mitarbeitende</source>
        <translation>Настройки для сотрудников</translation>
    </message>
    <message>
        <source>Helfer-Ansicht</source>
        <translation>Вид для помощника</translation>
    </message>
    <message>
        <source>Was Sie jetzt tun</source>
        <translation>Что вы делаете сейчас</translation>
    </message>
    <message>
        <source>Was Sie mitbringen</source>
        <translation>Что взять с собой</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Im Internet: %1</source>
        <translation>В интернете: %1</translation>
    </message>
    <message>
        <source>Ort: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Напечатать</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>Was brauche ich?</source>
        <translation>Что мне нужно?</translation>
    </message>
    <message>
        <source>Termin buchen</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>Problem melden</source>
        <translation>Сообщить о проблеме</translation>
    </message>
    <message>
        <source>Ihr Termin</source>
        <translation>Ваша запись на приём</translation>
    </message>
    <message>
        <source>Ihre Meldung</source>
        <translation>Ваше сообщение</translation>
    </message>
    <message>
        <source>Meine Termine ansehen</source>
        <translation>Посмотреть мои записи</translation>
    </message>
    <message>
        <source>Meine Meldungen ansehen</source>
        <translation>Посмотреть мои сообщения</translation>
    </message>
    <message>
        <source>Ihre Angaben sind gespeichert.</source>
        <translation>Ваши данные сохранены.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie, wo das Problem ist.</source>
        <translation>Пожалуйста, напишите, где проблема.</translation>
    </message>
</context>
</TS>
