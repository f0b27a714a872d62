<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="de">
<context>
    <name>HelperDock</name>
    <message>
        <source>Helfer-Ansicht für die Helferin oder den Helfer</source>
        <translation>Вигляд для помічниці або помічника</translation>
    </message>
    <message>
        <source>Eigenes Fenster</source>
        <translation>Окреме вікно</translation>
    </message>
    <message>
        <source>Zurück ins Hauptfenster</source>
        <translation>Назад у головне вікно</translation>
    </message>
    <message>
        <source>Helfer-Ansicht: {0}</source>
        <translation>Вигляд для помічника: {0}</translation>
    </message>
</context>
<context>
    <name>HelperView</name>
    <message>
        <source>Bitte schauen Sie weg.</source>
        <translation>Будь ласка, відверніться.</translation>
    </message>
    <message>
        <source>Die Person tippt die PIN am Lesegerät ein. Bitten Sie sie darum. Helfen Sie nur mit Worten.</source>
        <translation>Людина вводить PIN на пристрої для читання. Попросіть її про це. Допомагайте тільки словами.</translation>
    </message>
    <message>
        <source>Hinweis für Mitarbeitende: {0}</source>
        <translation>Примітка для працівників: {0}</translation>
    </message>
    <message>
        <source>Die Person ist bei: {0}</source>
        <translation>Людина зараз тут: {0}</translation>
    </message>
    <message>
        <source>Die Person ist auf der Startseite.</source>
        <translation>Людина на головній сторінці.</translation>
    </message>
    <message>
        <source>Hier sehen Sie, wo die Person in einer Anleitung ist und was als Nächstes kommt. Was die Person eintippt, sehen Sie hier nie.</source>
        <translation>Тут ви бачите, де людина в інструкції і що буде далі. Що людина вводить, ви тут ніколи не бачите.</translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation>Код: {0}</translation>
    </message>
    <message>
        <source>Tipps für diesen Schritt</source>
        <translation>Поради до цього кроку</translation>
    </message>
    <message>
        <source>Für diesen Schritt gibt es keine Tipps.</source>
        <translation>До цього кроку порад немає.</translation>
    </message>
    <message>
        <source>Was als Nächstes kommt</source>
        <translation>Що буде далі</translation>
    </message>
    <message>
        <source>Das ist das Ende der Anleitung. Bieten Sie den Merkzettel zum Mitnehmen an.</source>
        <translation>Це кінець інструкції. Запропонуйте пам’ятку з собою.</translation>
    </message>
    <message>
        <source>„{0}“ → {1}</source>
        <translation>«{0}» → {1}</translation>
    </message>
    <message>
        <source>Weiter → {0}</source>
        <translation>Далі → {0}</translation>
    </message>
    <message>
        <source>(zuletzt gewählt)</source>
        <translation>(вибрано минулого разу)</translation>
    </message>
    <message>
        <source>Bisheriger Weg</source>
        <translation>Пройдений шлях</translation>
    </message>
    <message>
        <source>Die Person ist am Anfang.</source>
        <translation>Людина на початку.</translation>
    </message>
    <message>
        <source>„{0}“</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <source>Die Person gibt jetzt ihre Geheimzahl ein.</source>
        <translation>Людина зараз вводить свій таємний код.</translation>
    </message>
    <message>
        <source>Die Person tippt jetzt ihre Geheimzahl ein. Schauen Sie nicht auf den Bildschirm und nicht auf die Tastatur. Helfen Sie nur mit Worten.</source>
        <translation>Людина зараз вводить свій таємний код. Не дивіться на екран і на клавіатуру. Допомагайте тільки словами.</translation>
    </message>
</context>
<context>
    <name>InactivityWarning</name>
    <message>
        <source>Sind Sie noch da?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Ich bin noch da</source>
        <translation>Я ще тут</translation>
    </message>
    <message>
        <source>Niemand hat das Programm eine Weile benutzt. In {0} Sekunden beginnt es von vorn. Dann wird alles gelöscht, was hier eingegeben wurde.</source>
        <translation>Програмою деякий час ніхто не користувався. Через {0} секунд вона почнеться спочатку. Тоді все, що тут введено, буде видалено.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Der Ordner für Ihre Daten kann nicht benutzt werden. Das Programm funktioniert, merkt sich aber nichts, bis es wieder geschlossen wird. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Папку для ваших даних не можна використати. Програма працює, але нічого не запам’ятовує після закриття. Будь ласка, повідомте IT-службу. Технічні дані: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer können nicht gelesen werden. Zur Sicherheit gelten die strengsten Regeln: Nichts Persönliches wird aufbewahrt. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Налаштування для цього комп’ютера не вдається прочитати. Для безпеки діють найсуворіші правила: нічого особистого не зберігається. Будь ласка, повідомте IT-службу. Технічні дані: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer haben Fehler. Es gelten sichere Grundeinstellungen. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>У налаштуваннях для цього комп’ютера є помилки. Діють безпечні основні налаштування. Будь ласка, повідомте IT-службу. Технічні дані: {0}</translation>
    </message>
    <message>
        <source>Das Programm wurde neu gestartet. Die Sitzung von eben geht weiter.</source>
        <translation>Програму перезапущено. Щойно розпочатий сеанс триває.</translation>
    </message>
    <message>
        <source>Nicht alles aus einer früheren Sitzung konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Не все з попереднього сеансу вдалося видалити. Програма спробує знову під час наступного запуску.</translation>
    </message>
</context>
<context>
    <name>RolesController</name>
    <message>
        <source>Ihre Angaben bleiben nur auf diesem Computer.</source>
        <translation>Ваші дані залишаються тільки на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Alles vergessen</source>
        <translation>Забути все</translation>
    </message>
    <message>
        <source>Hilfe-Sitzung: Am Ende wird alles Persönliche gelöscht.</source>
        <translation>Сеанс допомоги: наприкінці все особисте буде видалено.</translation>
    </message>
    <message>
        <source>Sitzung beenden</source>
        <translation>Завершити сеанс</translation>
    </message>
    <message>
        <source>Wenn Sie fertig sind: „Nächste Person“ löscht alles von Ihnen.</source>
        <translation>Коли ви закінчите: «Наступна людина» видаляє все ваше.</translation>
    </message>
    <message>
        <source>Nächste Person</source>
        <translation>Наступна людина</translation>
    </message>
    <message>
        <source>Merkzettel zum Mitnehmen drucken</source>
        <translation>Надрукувати пам’ятку з собою</translation>
    </message>
    <message>
        <source>Helfer-Ansicht schließen</source>
        <translation>Закрити вигляд для помічника</translation>
    </message>
    <message>
        <source>Karte gelesen: 3 Versuche</source>
        <translation>Картку прочитано: 3 спроби</translation>
    </message>
    <message>
        <source>Karte gelesen: 2 Versuche</source>
        <translation>Картку прочитано: 2 спроби</translation>
    </message>
    <message>
        <source>Karte gelesen: 1 Versuch (CAN nötig)</source>
        <translation>Картку прочитано: 1 спроба (потрібен CAN)</translation>
    </message>
    <message>
        <source>PIN gesperrt (PUK nötig)</source>
        <translation>PIN заблоковано (потрібен PUK)</translation>
    </message>
    <message>
        <source>PUK aufgebraucht</source>
        <translation>PUK вичерпано</translation>
    </message>
    <message>
        <source>Online-Funktion aus</source>
        <translation>Онлайн-функцію вимкнено</translation>
    </message>
    <message>
        <source>PIN geändert</source>
        <translation>PIN змінено</translation>
    </message>
    <message>
        <source>PIN nicht geändert</source>
        <translation>PIN не змінено</translation>
    </message>
    <message>
        <source>Nicht sicher, ob die PIN geändert ist</source>
        <translation>Невідомо, чи змінено PIN</translation>
    </message>
    <message>
        <source>Lieber zum Amt</source>
        <translation>Краще в установу</translation>
    </message>
    <message>
        <source>Termin gebucht</source>
        <translation>Прийом записано</translation>
    </message>
    <message>
        <source>Geht hier nicht / übersprungen</source>
        <translation>Тут неможливо / пропущено</translation>
    </message>
    <message>
        <source>Sind Sie fertig?</source>
        <translation>Ви закінчили?</translation>
    </message>
    <message>
        <source>Dann wird alles gelöscht, was Sie hier eingegeben haben. Die nächste Person sieht nichts davon.</source>
        <translation>Тоді все, що ви тут ввели, буде видалено. Наступна людина нічого з цього не побачить.</translation>
    </message>
    <message>
        <source>Ja, alles löschen</source>
        <translation>Так, видалити все</translation>
    </message>
    <message>
        <source>Sitzung beenden?</source>
        <translation>Завершити сеанс?</translation>
    </message>
    <message>
        <source>Alles Persönliche aus dieser Sitzung wird gelöscht: wo Sie waren, Entwürfe, Termine und Meldungen auf diesem Computer.</source>
        <translation>Усе особисте з цього сеансу буде видалено: де ви були, чернетки, записи на прийом і повідомлення на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Ja, Sitzung beenden und alles löschen</source>
        <translation>Так, завершити сеанс і видалити все</translation>
    </message>
    <message>
        <source>Möchten Sie vorher einen Merkzettel drucken?</source>
        <translation>Бажаєте спершу надрукувати пам’ятку?</translation>
    </message>
    <message>
        <source>Merkzettel drucken: {0}</source>
        <translation>Надрукувати пам’ятку: {0}</translation>
    </message>
    <message>
        <source>Abbrechen: weitermachen</source>
        <translation>Скасувати: продовжити</translation>
    </message>
    <message>
        <source>Programm schließen?</source>
        <translation>Закрити програму?</translation>
    </message>
    <message>
        <source>Dann endet die Sitzung. Alles Persönliche aus dieser Sitzung wird gelöscht.</source>
        <translation>Тоді сеанс закінчиться. Усе особисте з цього сеансу буде видалено.</translation>
    </message>
    <message>
        <source>Nein, weitermachen</source>
        <translation>Ні, продовжити</translation>
    </message>
    <message>
        <source>Ja, schließen und alles löschen</source>
        <translation>Так, закрити і видалити все</translation>
    </message>
    <message>
        <source>Die Sitzung ist beendet.</source>
        <translation>Сеанс завершено.</translation>
    </message>
    <message>
        <source>Alles Persönliche ist gelöscht.</source>
        <translation>Усе особисте видалено.</translation>
    </message>
    <message>
        <source>Neue Sitzung beginnen</source>
        <translation>Почати новий сеанс</translation>
    </message>
    <message>
        <source>Alles ist gelöscht. Die nächste Person kann beginnen.</source>
        <translation>Усе видалено. Наступна людина може починати.</translation>
    </message>
    <message>
        <source>Alles vergessen?</source>
        <translation>Забути все?</translation>
    </message>
    <message>
        <source>Das Programm löscht alles, was es sich über Sie gemerkt hat:</source>
        <translation>Програма видаляє все, що вона запам’ятала про вас:</translation>
    </message>
    <message>
        <source>wo Sie in einer Anleitung waren, Entwürfe, Ihre Termine und Ihre Meldungen.</source>
        <translation>де ви були в інструкції, чернетки, ваші записи на прийом і ваші повідомлення.</translation>
    </message>
    <message>
        <source>Ihre Termine beim Amt bleiben bestehen. Nur dieser Computer vergisst sie.</source>
        <translation>Ваші записи на прийом в установі залишаються в силі. Тільки цей комп’ютер їх забуває.</translation>
    </message>
    <message>
        <source>Die Schriftgröße bleibt.</source>
        <translation>Розмір шрифту залишається.</translation>
    </message>
    <message>
        <source>Nein, nichts löschen</source>
        <translation>Ні, нічого не видаляти</translation>
    </message>
    <message>
        <source>Ja, alles vergessen</source>
        <translation>Так, забути все</translation>
    </message>
    <message>
        <source>Alles ist vergessen. Sie können neu anfangen.</source>
        <translation>Усе забуто. Ви можете почати знову.</translation>
    </message>
    <message>
        <source>Nicht alles konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Не все вдалося видалити. Програма спробує знову під час наступного запуску.</translation>
    </message>
    <message>
        <source>Das Programm bleibt offen. Wenn Sie fertig sind: „Nächste Person“.</source>
        <translation>Програма залишається відкритою. Коли ви закінчите: «Наступна людина».</translation>
    </message>
</context>
<context>
    <name>SavePlaceDialog</name>
    <message>
        <source>Wohin soll der Merkzettel?</source>
        <translation>Куди зберегти пам’ятку?</translation>
    </message>
    <message>
        <source>Wählen Sie einen Ort. Der Merkzettel wird dort als PDF-Datei gespeichert. Eine Datei, die es schon gibt, wird nicht überschrieben.</source>
        <translation>Виберіть місце. Пам’ятку буде збережено там як PDF-файл. Файл, який уже існує, не буде перезаписано.</translation>
    </message>
    <message>
        <source>Anderen Ort wählen …</source>
        <translation>Вибрати інше місце …</translation>
    </message>
    <message>
        <source>Abbrechen: nicht speichern</source>
        <translation>Скасувати: не зберігати</translation>
    </message>
    <message>
        <source>In „Dokumente“ speichern</source>
        <translation>Зберегти в «Документи»</translation>
    </message>
    <message>
        <source>Auf den Schreibtisch (Desktop) speichern</source>
        <translation>Зберегти на робочий стіл (Desktop)</translation>
    </message>
    <message>
        <source>Auf den USB-Stick „{0}“ speichern</source>
        <translation>Зберегти на USB-флешку «{0}»</translation>
    </message>
    <message>
        <source>Merkzettel speichern</source>
        <translation>Зберегти пам’ятку</translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation>PDF-файл (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Merkzettel zum Mitnehmen</source>
        <translation>Пам’ятка з собою</translation>
    </message>
    <message>
        <source>Auf dem Zettel steht, was Sie jetzt tun und wohin Sie gehen. Eine Geheimzahl steht nie darauf.</source>
        <translation>На пам’ятці написано, що ви робите зараз і куди йдете. Таємного коду на ній ніколи немає.</translation>
    </message>
    <message>
        <source>Vorschau des Merkzettels: {0}</source>
        <translation>Попередній перегляд пам’ятки: {0}</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>An diesem Computer ist kein Drucker eingerichtet. Bitte fragen Sie die Mitarbeitenden vor Ort.</source>
        <translation>На цьому комп’ютері не налаштовано принтер. Будь ласка, запитайте працівників на місці.</translation>
    </message>
    <message>
        <source>Merkzettel drucken</source>
        <translation>Надрукувати пам’ятку</translation>
    </message>
    <message>
        <source>Hier wird nur auf Papier gedruckt, nicht in eine Datei. Bitte wählen Sie einen Drucker.</source>
        <translation>Тут друкують тільки на папері, не у файл. Будь ласка, виберіть принтер.</translation>
    </message>
    <message>
        <source>Das Drucken hat nicht geklappt. Ist der Drucker an? Versuchen Sie es bitte noch einmal.</source>
        <translation>Надрукувати не вдалося. Принтер увімкнено? Будь ласка, спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Der Merkzettel wird gedruckt.</source>
        <translation>Пам’ятка друкується.</translation>
    </message>
    <message>
        <source>Merkzettel.pdf</source>
        <translation>Пам’ятка.pdf</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt ({0}). Versuchen Sie einen anderen Ort.</source>
        <translation>Зберегти не вдалося ({0}). Спробуйте інше місце.</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Versuchen Sie einen anderen Ort.</source>
        <translation>Зберегти не вдалося. Спробуйте інше місце.</translation>
    </message>
    <message>
        <source>Gespeichert: {0}</source>
        <translation>Збережено: {0}</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>Merkzettel</source>
        <translation>Пам’ятка</translation>
    </message>
    <message>
        <source>Übung – Merkzettel</source>
        <translation>Вправа – пам’ятка</translation>
    </message>
    <message>
        <source>Was Sie gesagt haben</source>
        <translation>Що ви нам сказали</translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation>Про що йдеться</translation>
    </message>
    <message>
        <source>Wohin Sie gehen</source>
        <translation>Куди ви йдете</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Інтернет</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer</source>
        <translation>Ваш номер справи</translation>
    </message>
    <message>
        <source>Ihre Aufrufnummer</source>
        <translation>Ваш номер виклику</translation>
    </message>
    <message>
        <source>Nennen Sie am Empfang Ihre Vorgangsnummer.</source>
        <translation>Назвіть на рецепції ваш номер справи.</translation>
    </message>
    <message>
        <source>Mit der Vorgangsnummer können Sie nachfragen, was daraus geworden ist.</source>
        <translation>За номером справи ви можете запитати, що з нею сталося.</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Mehr im Internet</source>
        <translation>Більше в інтернеті</translation>
    </message>
    <message>
        <source>Oder scannen Sie oben rechts das Bild mit dem Handy.</source>
        <translation>Або відскануйте телефоном малюнок угорі праворуч.</translation>
    </message>
    <message>
        <source>Erstellt am {0} mit Lotse. Auf diesem Zettel steht nie eine PIN, CAN oder PUK.</source>
        <translation>Створено {0} за допомогою Lotse. На цій пам’ятці ніколи немає PIN, CAN чи PUK.</translation>
    </message>
    <message>
        <source>Das ist ein Übungstermin. Beim Amt ist nichts gebucht. Niemand erwartet Sie.</source>
        <translation>Це навчальний запис. В установі нічого не записано. Вас ніхто не чекає.</translation>
    </message>
    <message>
        <source>Das ist eine Übungsmeldung. Die Stadt hat sie nicht bekommen.</source>
        <translation>Це навчальне повідомлення. Місто його не отримало.</translation>
    </message>
    <message>
        <source>Das war eine Übung mit einer Übungskarte. Ihr echter Ausweis wurde nicht benutzt.</source>
        <translation>Це була вправа з навчальною карткою. Ваше справжнє посвідчення не використовувалося.</translation>
    </message>
    <message>
        <source>Wenn Sie es wirklich brauchen: machen Sie es noch einmal ohne Übung.</source>
        <translation>Якщо вам це справді потрібно: зробіть це ще раз без вправи.</translation>
    </message>
    <message>
        <source>Kommen Sie 10 Minuten vor der Zeit.</source>
        <translation>Приходьте на 10 хвилин раніше.</translation>
    </message>
    <message>
        <source>Sie können nicht kommen? Sagen Sie den Termin bitte ab.</source>
        <translation>Не можете прийти? Будь ласка, скасуйте запис.</translation>
    </message>
    <message>
        <source>Die Stadt prüft Ihre Meldung.</source>
        <translation>Місто перевіряє ваше повідомлення.</translation>
    </message>
    <message>
        <source>ÜBUNG</source>
        <translation>ВПРАВА</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Programm beenden – nur für Mitarbeitende</source>
        <translation>Закрити програму – тільки для працівників</translation>
    </message>
    <message>
        <source>Das Programm wird geschlossen. Alles Persönliche wird vorher gelöscht.</source>
        <translation>Програма закривається. Перед цим усе особисте буде видалено.</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende:</source>
        <translation>Код для працівників:</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende</source>
        <translation>Код для працівників</translation>
    </message>
    <message>
        <source>Abbrechen: weiter arbeiten</source>
        <translation>Скасувати: працювати далі</translation>
    </message>
    <message>
        <source>Programm beenden</source>
        <translation>Закрити програму</translation>
    </message>
    <message>
        <source>Der Code stimmt nicht. Bitte noch einmal.</source>
        <translation>Код неправильний. Будь ласка, ще раз.</translation>
    </message>
</context>
</TS>
