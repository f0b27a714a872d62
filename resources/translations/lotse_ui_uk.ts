<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Die Verbindung hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>З’єднання не вдалося. Будь ласка, спробуйте ще раз трохи пізніше.</translation>
    </message>
    <message>
        <source>Das Speichern oder Lesen hat nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>Зберегти або прочитати не вдалося. Будь ласка, спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Ein Teil des Programms fehlt: {0}. Alles andere funktioniert. Technische Angabe: {1}</source>
        <translation>Бракує частини програми: {0}. Усе інше працює. Технічні дані: {1}</translation>
    </message>
    <message>
        <source>Ihre Einstellungen waren beschädigt ({0}). Die Datei wurde beiseitegelegt. Es gelten die Grundeinstellungen.</source>
        <translation>Ваші налаштування були пошкоджені ({0}). Файл відкладено вбік. Діють основні налаштування.</translation>
    </message>
    <message>
        <source>Die Gestaltung des Programms fehlt oder ist beschädigt ({0}). Alles andere funktioniert.</source>
        <translation>Оформлення програми відсутнє або пошкоджене ({0}). Усе інше працює.</translation>
    </message>
    <message>
        <source>Die Liste der Sprachen ist beschädigt ({0}). Es gibt nur die Sprachen, die sich lesen lassen.</source>
        <translation>Список мов пошкоджено ({0}). Доступні тільки ті мови, які вдалося прочитати.</translation>
    </message>
    <message>
        <source>Eine Übersetzungsdatei fehlt oder ist beschädigt: {0}.</source>
        <translation>Файл перекладу відсутній або пошкоджений: {0}.</translation>
    </message>
    <message>
        <source>Die Angaben der Stadt konnten nicht gelesen werden ({0}). Adressen fehlen deshalb. Alles andere funktioniert.</source>
        <translation>Дані міста не вдалося прочитати ({0}). Тому адрес немає. Усе інше працює.</translation>
    </message>
    <message>
        <source>Eine Anleitung ist beschädigt und fehlt deshalb auf der Startseite: {0}</source>
        <translation>Одна інструкція пошкоджена, тому її немає на головній сторінці: {0}</translation>
    </message>
</context>
<context>
    <name>Bar</name>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Start: zur Startseite</source>
        <translation>Початок: на головну сторінку</translation>
    </message>
    <message>
        <source>Vorlesen</source>
        <translation>Читати вголос</translation>
    </message>
    <message>
        <source>Vorlesen beenden</source>
        <translation>Зупинити читання</translation>
    </message>
    <message>
        <source>Schrift größer</source>
        <translation>Більший шрифт</translation>
    </message>
    <message>
        <source>Schrift kleiner</source>
        <translation>Менший шрифт</translation>
    </message>
    <message>
        <source>Sprache: {0}</source>
        <translation>Мова: {0}</translation>
    </message>
    <message>
        <source>← Zurück</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>⌂ Start</source>
        <translation>⌂ Початок</translation>
    </message>
    <message>
        <source>? Hilfe</source>
        <translation>? Допомога</translation>
    </message>
    <message>
        <source>■ Stopp</source>
        <translation>■ Стоп</translation>
    </message>
    <message>
        <source>▶ Vorlesen</source>
        <translation>▶ Читати вголос</translation>
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
        <translation>Вибрати мову. Зараз: {0}</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Die Person sieht den Code unter „Hilfe“, zum Beispiel „P 17“. Tippen Sie ihn hier ein. Sie sehen dann denselben Schritt in Ihrer Sprache, mit den Tipps für Helfende.</source>
        <translation>Людина бачить код у розділі «Допомога», наприклад «P 17». Введіть його тут. Тоді ви побачите той самий крок своєю мовою, з порадами для помічників.</translation>
    </message>
    <message>
        <source>Code, zum Beispiel P 17</source>
        <translation>Код, наприклад P 17</translation>
    </message>
    <message>
        <source>Schritt zeigen</source>
        <translation>Показати крок</translation>
    </message>
    <message>
        <source>Ein Code besteht aus einem Buchstaben und einer Zahl. Er sagt nur, welcher Schritt gemeint ist, nichts über die Person.</source>
        <translation>Код — це одна літера і число. Він каже тільки, про який крок ідеться, і нічого про людину.</translation>
    </message>
    <message>
        <source>Diesen Code gibt es nicht: „{0}“. Ein Code ist ein Buchstabe und eine Zahl, zum Beispiel P 17. Bitte fragen Sie noch einmal nach.</source>
        <translation>Такого коду немає: «{0}». Код — це одна літера і число, наприклад P 17. Будь ласка, перепитайте.</translation>
    </message>
    <message>
        <source>Schritt {0}.</source>
        <translation>Крок {0}.</translation>
    </message>
    <message>
        <source>Tipp für Helfende: {0}</source>
        <translation>Порада для помічників: {0}</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <source>Neue Inhalte der Stadt wurden nicht übernommen. Es gelten die bisherigen. Grund (für die IT): {0}</source>
        <translation>Нові матеріали міста не прийнято. Діють попередні. Причина (для IT): {0}</translation>
    </message>
    <message>
        <source>Neue Inhalte der Stadt konnten nicht geprüft werden: {0}</source>
        <translation>Нові матеріали міста не вдалося перевірити: {0}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Code für diesen Schritt: {0}. Nennen Sie ihn, wenn Sie jemanden am Telefon um Hilfe bitten.</source>
        <translation>Код цього кроку: {0}. Назвіть його, коли просите когось про допомогу по телефону.</translation>
    </message>
    <message>
        <source>Sie können nichts kaputt machen. Mit „Zurück“ kommen Sie immer einen Schritt zurück. Mit „Start“ kommen Sie zur Startseite.</source>
        <translation>Ви нічого не можете зламати. Кнопка «Назад» завжди повертає вас на крок назад. Кнопка «Початок» веде на головну сторінку.</translation>
    </message>
    <message>
        <source>Bis Sie fertig sind, merkt sich das Programm, wo Sie waren. Dann wird alles gelöscht.</source>
        <translation>Поки ви не закінчите, програма пам’ятає, де ви були. Потім усе видаляється.</translation>
    </message>
    <message>
        <source>Das Programm merkt sich, wo Sie waren.</source>
        <translation>Програма пам’ятає, де ви були.</translation>
    </message>
    <message>
        <source>Hilfe schließen</source>
        <translation>Закрити допомогу</translation>
    </message>
    <message>
        <source>Lotse, Version {0}</source>
        <translation>Lotse, версія {0}</translation>
    </message>
    <message>
        <source>Code eingeben: einen Schritt über seinen Code zeigen</source>
        <translation>Ввести код: показати крок за його кодом</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Guten Tag! Wobei kann ich helfen?</source>
        <translation>Добрий день! Чим я можу допомогти?</translation>
    </message>
    <message>
        <source>Wählen Sie ein Thema. Sie können jederzeit zurück.</source>
        <translation>Виберіть тему. Ви завжди можете повернутися.</translation>
    </message>
    <message>
        <source>Im Moment gibt es hier keine Themen. Bitte fragen Sie die Person, die das Programm eingerichtet hat.</source>
        <translation>Зараз тут немає тем. Будь ласка, запитайте людину, яка налаштувала програму.</translation>
    </message>
    <message>
        <source>Hier wählen Sie ein Thema. Klicken Sie auf eine große Fläche. Oder drücken Sie die Tabulator-Taste, bis die Fläche gelb ist. Dann drücken Sie die Leertaste.</source>
        <translation>Тут ви вибираєте тему. Натисніть на велике поле. Або натискайте клавішу Tab, поки поле не стане жовтим. Потім натисніть пробіл.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Wählen Sie Ihre Sprache. Sie können sie jederzeit wieder ändern.</source>
        <translation>Виберіть свою мову. Її можна будь-коли змінити знову.</translation>
    </message>
    <message>
        <source>Weitere Sprachen ↓</source>
        <translation>Інші мови ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Sprachen</source>
        <translation>↑ Попередні мови</translation>
    </message>
    <message>
        <source>Weitere Sprachen zeigen</source>
        <translation>Показати інші мови</translation>
    </message>
    <message>
        <source>Vorige Sprachen zeigen</source>
        <translation>Показати попередні мови</translation>
    </message>
    <message>
        <source>Sprache nicht ändern</source>
        <translation>Не змінювати мову</translation>
    </message>
    <message>
        <source>Tippen Sie auf die Sprache, in der Sie lesen möchten. Sie bleiben an derselben Stelle.</source>
        <translation>Натисніть на мову, якою хочете читати. Ви залишитеся на тому самому місці.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Einen Moment bitte …</source>
        <translation>Хвилинку, будь ласка …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verstanden</source>
        <translation>Зрозуміло</translation>
    </message>
    <message>
        <source>Verstanden: Hinweis schließen</source>
        <translation>Зрозуміло: закрити підказку</translation>
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
        <translation>Частину програми не вдалося завантажити. Усе інше працює. Технічні дані: {0}</translation>
    </message>
    <message>
        <source>{0} – Lotse</source>
        <translation>{0} – Lotse</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht: „{0}“. Bitte wählen Sie ein Thema auf der Startseite.</source>
        <translation>Такої інструкції немає: «{0}». Будь ласка, виберіть тему на головній сторінці.</translation>
    </message>
    <message>
        <source>Dieser Teil des Programms geht gerade nicht. Sie sehen stattdessen, was Sie tun können. ({0})</source>
        <translation>Ця частина програми зараз не працює. Замість неї ви бачите, що можна зробити. ({0})</translation>
    </message>
    <message>
        <source>Dieser Schritt führt ins Leere ({0}). Bitte melden Sie das.</source>
        <translation>Цей крок нікуди не веде ({0}). Будь ласка, повідомте про це.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite. Weiter zurück geht es nicht.</source>
        <translation>Ви вже на головній сторінці. Далі назад не можна.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite.</source>
        <translation>Ви вже на головній сторінці.</translation>
    </message>
    <message>
        <source>Lesen Sie den Text in Ruhe. Es gibt keine Zeitgrenze.</source>
        <translation>Читайте текст спокійно. Обмеження часу немає.</translation>
    </message>
    <message>
        <source>Die Hilfe ist schon offen. Mit „Hilfe schließen“ kommen Sie zurück.</source>
        <translation>Допомога вже відкрита. Кнопкою «Закрити допомогу» ви повернетеся.</translation>
    </message>
    <message>
        <source>Die Sprache ist auf diesem Computer fest eingestellt.</source>
        <translation>Мову на цьому комп’ютері встановлено постійно.</translation>
    </message>
    <message>
        <source>Auf dieser Seite gibt es nichts vorzulesen.</source>
        <translation>На цій сторінці немає чого читати вголос.</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am größten (200 %).</source>
        <translation>Шрифт уже найбільший (200 %).</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am kleinsten (100 %).</source>
        <translation>Шрифт уже найменший (100 %).</translation>
    </message>
    <message>
        <source>Schriftgröße: {0} %</source>
        <translation>Розмір шрифту: {0} %</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht in der gewählten Sprache ({0}). Sie sehen sie weiter wie bisher.</source>
        <translation>Цієї інструкції немає вибраною мовою ({0}). Ви бачите її, як і раніше.</translation>
    </message>
    <message>
        <source>Die Einstellung gilt jetzt, konnte aber nicht gespeichert werden ({0}).</source>
        <translation>Налаштування діє, але зберегти його не вдалося ({0}).</translation>
    </message>
    <message>
        <source>Das Programm kann sich nicht merken, wo Sie sind ({0}). Alles andere funktioniert.</source>
        <translation>Програма не може запам’ятати, де ви ({0}). Усе інше працює.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz war beschädigt ({0}). Er wurde beiseitegelegt. Sie fangen neu an.</source>
        <translation>Запам’ятоване місце було пошкоджене ({0}). Його відкладено вбік. Ви починаєте знову.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz passt nicht mehr zu den Anleitungen ({0}). Sie fangen neu an.</source>
        <translation>Запам’ятоване місце більше не підходить до інструкцій ({0}). Ви починаєте знову.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>Hier sind die übrigen Themen. Mit „Zurück“ kommen Sie zur Startseite.</source>
        <translation>Тут решта тем. Кнопкою «Назад» ви повернетеся на головну сторінку.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Weiter lesen ↓</source>
        <translation>Читати далі ↓</translation>
    </message>
    <message>
        <source>Zurück nach oben ↑</source>
        <translation>Назад угору ↑</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Übung</source>
        <translation>Вправа</translation>
    </message>
    <message>
        <source>Übung: {0}</source>
        <translation>Вправа: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Bitte warten</source>
        <translation>Будь ласка, зачекайте</translation>
    </message>
    <message>
        <source>Das dauert länger als sonst. Sie können weiter warten oder abbrechen.</source>
        <translation>Це триває довше, ніж зазвичай. Ви можете чекати далі або скасувати.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Vorlesen geht auf diesem Computer nicht: es ist keine Sprachausgabe installiert.</source>
        <translation>Читання вголос на цьому комп’ютері не працює: синтез мовлення не встановлено.</translation>
    </message>
    <message>
        <source>Vorlesen geht gerade nicht: die Sprachausgabe dieses Computers antwortet nicht. Sie können ganz normal weitermachen.</source>
        <translation>Читання вголос зараз не працює: синтез мовлення цього комп’ютера не відповідає. Ви можете спокійно продовжувати.</translation>
    </message>
    <message>
        <source>Vorlesen hat nicht geklappt: {0}</source>
        <translation>Читання вголос не вдалося: {0}</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Weitermachen, wo Sie aufgehört haben?</source>
        <translation>Продовжити з того місця, де ви зупинилися?</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Diese Anleitung wurde inzwischen verbessert. Deshalb beginnt sie noch einmal von vorn.</source>
        <translation>Ви були тут: {0}. Цю інструкцію тим часом покращено. Тому вона починається спочатку.</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Zuletzt: {1}</source>
        <translation>Ви були тут: {0}. Останній крок: {1}</translation>
    </message>
    <message>
        <source>Ja, weitermachen</source>
        <translation>Так, продовжити</translation>
    </message>
    <message>
        <source>Ja, von vorn beginnen</source>
        <translation>Так, почати спочатку</translation>
    </message>
    <message>
        <source>Nein, neu anfangen</source>
        <translation>Ні, почати знову</translation>
    </message>
    <message>
        <source>Das Programm hat sich gemerkt, wo Sie beim letzten Mal waren. Sie können dort weitermachen oder neu anfangen.</source>
        <translation>Програма запам’ятала, де ви були минулого разу. Ви можете продовжити звідти або почати знову.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Weitere Antworten ↓</source>
        <translation>Інші відповіді ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Antworten</source>
        <translation>↑ Попередні відповіді</translation>
    </message>
    <message>
        <source>Weitere Antworten zeigen</source>
        <translation>Показати інші відповіді</translation>
    </message>
    <message>
        <source>Vorige Antworten zeigen</source>
        <translation>Показати попередні відповіді</translation>
    </message>
    <message>
        <source>Bild verbergen</source>
        <translation>Сховати малюнок</translation>
    </message>
    <message>
        <source>Bild zeigen</source>
        <translation>Показати малюнок</translation>
    </message>
    <message>
        <source>Bild verbergen: {0}</source>
        <translation>Сховати малюнок: {0}</translation>
    </message>
    <message>
        <source>Bild zeigen: {0}</source>
        <translation>Показати малюнок: {0}</translation>
    </message>
    <message>
        <source>Bild: {0}</source>
        <translation>Малюнок: {0}</translation>
    </message>
    <message>
        <source>Ihre letzte Antwort ist mit einem Haken markiert.</source>
        <translation>Вашу останню відповідь позначено галочкою.</translation>
    </message>
    <message>
        <source>Das hatten Sie zuletzt gewählt.</source>
        <translation>Це ви вибрали минулого разу.</translation>
    </message>
    <message>
        <source>Wohin</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Mehr dazu verbergen ↑</source>
        <translation>Сховати подробиці ↑</translation>
    </message>
    <message>
        <source>Mehr dazu ↓</source>
        <translation>Докладніше ↓</translation>
    </message>
    <message>
        <source>Mehr dazu</source>
        <translation>Докладніше</translation>
    </message>
    <message>
        <source>Fertig: zur Startseite</source>
        <translation>Готово: на головну сторінку</translation>
    </message>
    <message>
        <source>Die weiteren Angaben stehen jetzt darunter.</source>
        <translation>Подробиці тепер нижче.</translation>
    </message>
    <message>
        <source>Zeigt weitere Angaben.</source>
        <translation>Показує подробиці.</translation>
    </message>
    <message>
        <source>Die Angaben zu den Ämtern fehlen gerade. Fragen Sie unter der Telefonnummer 115.</source>
        <translation>Зараз немає даних про установи. Запитайте за телефоном 115.</translation>
    </message>
    <message>
        <source>Das Amt „{0}“ fehlt in den Angaben der Stadt. Fragen Sie unter 115.</source>
        <translation>Установи «{0}» немає в даних міста. Запитайте за номером 115.</translation>
    </message>
    <message>
        <source>Telefon: {0}</source>
        <translation>Телефон: {0}</translation>
    </message>
    <message>
        <source>E-Mail: {0}</source>
        <translation>Ел. пошта: {0}</translation>
    </message>
    <message>
        <source>Im Internet: {0}</source>
        <translation>В інтернеті: {0}</translation>
    </message>
</context>
<context>
    <name>TilePager</name>
    <message>
        <source>Weitere Themen ↓</source>
        <translation>Інші теми ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Themen</source>
        <translation>↑ Попередні теми</translation>
    </message>
    <message>
        <source>Weitere Themen zeigen</source>
        <translation>Показати інші теми</translation>
    </message>
    <message>
        <source>Vorige Themen zeigen</source>
        <translation>Показати попередні теми</translation>
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
        <translation>Далі</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Noch einmal versuchen</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Etwas ändern</source>
        <translation>Щось змінити</translation>
    </message>
    <message>
        <source>Zur Startseite</source>
        <translation>На головну сторінку</translation>
    </message>
    <message>
        <source>Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>На жаль, не вдалося. Будь ласка, спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Einen Moment bitte</source>
        <translation>Хвилинку, будь ласка</translation>
    </message>
    <message>
        <source>Schritt {0} von {1}</source>
        <translation>Крок {0} з {1}</translation>
    </message>
    <message>
        <source>Schritt {0} von etwa {1}</source>
        <translation>Крок {0} приблизно з {1}</translation>
    </message>
    <message>
        <source>Hilfe</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>Weitere Themen</source>
        <translation>Інші теми</translation>
    </message>
    <message>
        <source>Sprache wählen</source>
        <translation>Вибрати мову</translation>
    </message>
    <message>
        <source>Code eingeben</source>
        <translation>Ввести код</translation>
    </message>
    <message>
        <source>Einstellungen für Mitarbeitende</source>
        <translation>Налаштування для працівників</translation>
    </message>
    <message>
        <source>Helfer-Ansicht</source>
        <translation>Вигляд для помічника</translation>
    </message>
    <message>
        <source>Was Sie jetzt tun</source>
        <translation>Що ви робите зараз</translation>
    </message>
    <message>
        <source>Was Sie mitbringen</source>
        <translation>Що взяти з собою</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Im Internet: %1</source>
        <translation>В інтернеті: %1</translation>
    </message>
    <message>
        <source>Ort: %1</source>
        <translation>Місце: %1</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Надрукувати</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Зберегти як PDF</translation>
    </message>
    <message>
        <source>Was brauche ich?</source>
        <translation>Що мені потрібно?</translation>
    </message>
    <message>
        <source>Termin buchen</source>
        <translation>Записатися на прийом</translation>
    </message>
    <message>
        <source>Problem melden</source>
        <translation>Повідомити про проблему</translation>
    </message>
    <message>
        <source>Ihr Termin</source>
        <translation>Ваш запис на прийом</translation>
    </message>
    <message>
        <source>Ihre Meldung</source>
        <translation>Ваше повідомлення</translation>
    </message>
    <message>
        <source>Meine Termine ansehen</source>
        <translation>Переглянути мої записи</translation>
    </message>
    <message>
        <source>Meine Meldungen ansehen</source>
        <translation>Переглянути мої повідомлення</translation>
    </message>
    <message>
        <source>Ihre Angaben sind gespeichert.</source>
        <translation>Ваші дані збережено.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie, wo das Problem ist.</source>
        <translation>Будь ласка, напишіть, де проблема.</translation>
    </message>
</context>
</TS>
