<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="de">
<context>
    <name>HelperDock</name>
    <message>
        <source>Helfer-Ansicht für die Helferin oder den Helfer</source>
        <translation>Вид для помощницы или помощника</translation>
    </message>
    <message>
        <source>Eigenes Fenster</source>
        <translation>Отдельное окно</translation>
    </message>
    <message>
        <source>Zurück ins Hauptfenster</source>
        <translation>Назад в главное окно</translation>
    </message>
    <message>
        <source>Helfer-Ansicht: {0}</source>
        <translation>Вид для помощника: {0}</translation>
    </message>
</context>
<context>
    <name>HelperView</name>
    <message>
        <source>Bitte schauen Sie weg.</source>
        <translation>Пожалуйста, отвернитесь.</translation>
    </message>
    <message>
        <source>Die Person tippt die PIN am Lesegerät ein. Bitten Sie sie darum. Helfen Sie nur mit Worten.</source>
        <translation>Человек вводит PIN на устройстве чтения. Попросите его об этом. Помогайте только словами.</translation>
    </message>
    <message>
        <source>Hinweis für Mitarbeitende: {0}</source>
        <translation>Примечание для сотрудников: {0}</translation>
    </message>
    <message>
        <source>Die Person ist bei: {0}</source>
        <translation>Человек сейчас здесь: {0}</translation>
    </message>
    <message>
        <source>Die Person ist auf der Startseite.</source>
        <translation>Человек на главной странице.</translation>
    </message>
    <message>
        <source>Hier sehen Sie, wo die Person in einer Anleitung ist und was als Nächstes kommt. Was die Person eintippt, sehen Sie hier nie.</source>
        <translation>Здесь вы видите, где человек в инструкции и что будет дальше. Что человек вводит, вы здесь никогда не видите.</translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation>Код: {0}</translation>
    </message>
    <message>
        <source>Tipps für diesen Schritt</source>
        <translation>Советы к этому шагу</translation>
    </message>
    <message>
        <source>Für diesen Schritt gibt es keine Tipps.</source>
        <translation>К этому шагу советов нет.</translation>
    </message>
    <message>
        <source>Was als Nächstes kommt</source>
        <translation>Что будет дальше</translation>
    </message>
    <message>
        <source>Das ist das Ende der Anleitung. Bieten Sie den Merkzettel zum Mitnehmen an.</source>
        <translation>Это конец инструкции. Предложите памятку с собой.</translation>
    </message>
    <message>
        <source>„{0}“ → {1}</source>
        <translation>«{0}» → {1}</translation>
    </message>
    <message>
        <source>Weiter → {0}</source>
        <translation>Дальше → {0}</translation>
    </message>
    <message>
        <source>(zuletzt gewählt)</source>
        <translation>(выбрано в прошлый раз)</translation>
    </message>
    <message>
        <source>Bisheriger Weg</source>
        <translation>Пройденный путь</translation>
    </message>
    <message>
        <source>Die Person ist am Anfang.</source>
        <translation>Человек в начале.</translation>
    </message>
    <message>
        <source>„{0}“</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <source>Die Person gibt jetzt ihre Geheimzahl ein.</source>
        <translation>Человек сейчас вводит свой секретный код.</translation>
    </message>
    <message>
        <source>Die Person tippt jetzt ihre Geheimzahl ein. Schauen Sie nicht auf den Bildschirm und nicht auf die Tastatur. Helfen Sie nur mit Worten.</source>
        <translation>Человек сейчас вводит свой секретный код. Не смотрите на экран и на клавиатуру. Помогайте только словами.</translation>
    </message>
</context>
<context>
    <name>InactivityWarning</name>
    <message>
        <source>Sind Sie noch da?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Ich bin noch da</source>
        <translation>Я ещё здесь</translation>
    </message>
    <message>
        <source>Niemand hat das Programm eine Weile benutzt. In {0} Sekunden beginnt es von vorn. Dann wird alles gelöscht, was hier eingegeben wurde.</source>
        <translation>Программой какое-то время никто не пользовался. Через {0} секунд она начнётся сначала. Тогда всё, что здесь введено, будет удалено.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Der Ordner für Ihre Daten kann nicht benutzt werden. Das Programm funktioniert, merkt sich aber nichts, bis es wieder geschlossen wird. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Папку для ваших данных нельзя использовать. Программа работает, но после закрытия ничего не запоминает. Пожалуйста, сообщите в IT-службу. Техническая информация: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer können nicht gelesen werden. Zur Sicherheit gelten die strengsten Regeln: Nichts Persönliches wird aufbewahrt. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Настройки для этого компьютера не удаётся прочитать. Для безопасности действуют самые строгие правила: ничего личного не сохраняется. Пожалуйста, сообщите в IT-службу. Техническая информация: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer haben Fehler. Es gelten sichere Grundeinstellungen. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>В настройках для этого компьютера есть ошибки. Действуют безопасные основные настройки. Пожалуйста, сообщите в IT-службу. Техническая информация: {0}</translation>
    </message>
    <message>
        <source>Das Programm wurde neu gestartet. Die Sitzung von eben geht weiter.</source>
        <translation>Программа перезапущена. Только что начатый сеанс продолжается.</translation>
    </message>
    <message>
        <source>Nicht alles aus einer früheren Sitzung konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Не всё из прошлого сеанса удалось удалить. Программа попробует снова при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>RolesController</name>
    <message>
        <source>Ihre Angaben bleiben nur auf diesem Computer.</source>
        <translation>Ваши данные остаются только на этом компьютере.</translation>
    </message>
    <message>
        <source>Alles vergessen</source>
        <translation>Забыть всё</translation>
    </message>
    <message>
        <source>Hilfe-Sitzung: Am Ende wird alles Persönliche gelöscht.</source>
        <translation>Сеанс помощи: в конце всё личное будет удалено.</translation>
    </message>
    <message>
        <source>Sitzung beenden</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <source>Wenn Sie fertig sind: „Nächste Person“ löscht alles von Ihnen.</source>
        <translation>Когда вы закончите: «Следующий человек» удаляет всё ваше.</translation>
    </message>
    <message>
        <source>Nächste Person</source>
        <translation>Следующий человек</translation>
    </message>
    <message>
        <source>Merkzettel zum Mitnehmen drucken</source>
        <translation>Напечатать памятку с собой</translation>
    </message>
    <message>
        <source>Helfer-Ansicht schließen</source>
        <translation>Закрыть вид для помощника</translation>
    </message>
    <message>
        <source>Karte gelesen: 3 Versuche</source>
        <translation>Карта прочитана: 3 попытки</translation>
    </message>
    <message>
        <source>Karte gelesen: 2 Versuche</source>
        <translation>Карта прочитана: 2 попытки</translation>
    </message>
    <message>
        <source>Karte gelesen: 1 Versuch (CAN nötig)</source>
        <translation>Карта прочитана: 1 попытка (нужен CAN)</translation>
    </message>
    <message>
        <source>PIN gesperrt (PUK nötig)</source>
        <translation>PIN заблокирован (нужен PUK)</translation>
    </message>
    <message>
        <source>PUK aufgebraucht</source>
        <translation>PUK израсходован</translation>
    </message>
    <message>
        <source>Online-Funktion aus</source>
        <translation>Онлайн-функция выключена</translation>
    </message>
    <message>
        <source>PIN geändert</source>
        <translation>PIN изменён</translation>
    </message>
    <message>
        <source>PIN nicht geändert</source>
        <translation>PIN не изменён</translation>
    </message>
    <message>
        <source>Nicht sicher, ob die PIN geändert ist</source>
        <translation>Неизвестно, изменён ли PIN</translation>
    </message>
    <message>
        <source>Lieber zum Amt</source>
        <translation>Лучше в ведомство</translation>
    </message>
    <message>
        <source>Termin gebucht</source>
        <translation>Запись на приём сделана</translation>
    </message>
    <message>
        <source>Geht hier nicht / übersprungen</source>
        <translation>Здесь невозможно / пропущено</translation>
    </message>
    <message>
        <source>Sind Sie fertig?</source>
        <translation>Вы закончили?</translation>
    </message>
    <message>
        <source>Dann wird alles gelöscht, was Sie hier eingegeben haben. Die nächste Person sieht nichts davon.</source>
        <translation>Тогда всё, что вы здесь ввели, будет удалено. Следующий человек ничего из этого не увидит.</translation>
    </message>
    <message>
        <source>Ja, alles löschen</source>
        <translation>Да, удалить всё</translation>
    </message>
    <message>
        <source>Sitzung beenden?</source>
        <translation>Завершить сеанс?</translation>
    </message>
    <message>
        <source>Alles Persönliche aus dieser Sitzung wird gelöscht: wo Sie waren, Entwürfe, Termine und Meldungen auf diesem Computer.</source>
        <translation>Всё личное из этого сеанса будет удалено: где вы были, черновики, записи на приём и сообщения на этом компьютере.</translation>
    </message>
    <message>
        <source>Ja, Sitzung beenden und alles löschen</source>
        <translation>Да, завершить сеанс и удалить всё</translation>
    </message>
    <message>
        <source>Möchten Sie vorher einen Merkzettel drucken?</source>
        <translation>Хотите сначала напечатать памятку?</translation>
    </message>
    <message>
        <source>Merkzettel drucken: {0}</source>
        <translation>Напечатать памятку: {0}</translation>
    </message>
    <message>
        <source>Abbrechen: weitermachen</source>
        <translation>Отмена: продолжить</translation>
    </message>
    <message>
        <source>Programm schließen?</source>
        <translation>Закрыть программу?</translation>
    </message>
    <message>
        <source>Dann endet die Sitzung. Alles Persönliche aus dieser Sitzung wird gelöscht.</source>
        <translation>Тогда сеанс закончится. Всё личное из этого сеанса будет удалено.</translation>
    </message>
    <message>
        <source>Nein, weitermachen</source>
        <translation>Нет, продолжить</translation>
    </message>
    <message>
        <source>Ja, schließen und alles löschen</source>
        <translation>Да, закрыть и удалить всё</translation>
    </message>
    <message>
        <source>Die Sitzung ist beendet.</source>
        <translation>Сеанс завершён.</translation>
    </message>
    <message>
        <source>Alles Persönliche ist gelöscht.</source>
        <translation>Всё личное удалено.</translation>
    </message>
    <message>
        <source>Neue Sitzung beginnen</source>
        <translation>Начать новый сеанс</translation>
    </message>
    <message>
        <source>Alles ist gelöscht. Die nächste Person kann beginnen.</source>
        <translation>Всё удалено. Следующий человек может начинать.</translation>
    </message>
    <message>
        <source>Alles vergessen?</source>
        <translation>Забыть всё?</translation>
    </message>
    <message>
        <source>Das Programm löscht alles, was es sich über Sie gemerkt hat:</source>
        <translation>Программа удаляет всё, что она запомнила о вас:</translation>
    </message>
    <message>
        <source>wo Sie in einer Anleitung waren, Entwürfe, Ihre Termine und Ihre Meldungen.</source>
        <translation>где вы были в инструкции, черновики, ваши записи на приём и ваши сообщения.</translation>
    </message>
    <message>
        <source>Ihre Termine beim Amt bleiben bestehen. Nur dieser Computer vergisst sie.</source>
        <translation>Ваши записи на приём в ведомстве остаются в силе. Только этот компьютер их забывает.</translation>
    </message>
    <message>
        <source>Die Schriftgröße bleibt.</source>
        <translation>Размер шрифта остаётся.</translation>
    </message>
    <message>
        <source>Nein, nichts löschen</source>
        <translation>Нет, ничего не удалять</translation>
    </message>
    <message>
        <source>Ja, alles vergessen</source>
        <translation>Да, забыть всё</translation>
    </message>
    <message>
        <source>Alles ist vergessen. Sie können neu anfangen.</source>
        <translation>Всё забыто. Вы можете начать заново.</translation>
    </message>
    <message>
        <source>Nicht alles konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Не всё удалось удалить. Программа попробует снова при следующем запуске.</translation>
    </message>
    <message>
        <source>Das Programm bleibt offen. Wenn Sie fertig sind: „Nächste Person“.</source>
        <translation>Программа остаётся открытой. Когда вы закончите: «Следующий человек».</translation>
    </message>
</context>
<context>
    <name>SavePlaceDialog</name>
    <message>
        <source>Wohin soll der Merkzettel?</source>
        <translation>Куда сохранить памятку?</translation>
    </message>
    <message>
        <source>Wählen Sie einen Ort. Der Merkzettel wird dort als PDF-Datei gespeichert. Eine Datei, die es schon gibt, wird nicht überschrieben.</source>
        <translation>Выберите место. Памятка будет сохранена там как PDF-файл. Уже существующий файл не будет перезаписан.</translation>
    </message>
    <message>
        <source>Anderen Ort wählen …</source>
        <translation>Выбрать другое место …</translation>
    </message>
    <message>
        <source>Abbrechen: nicht speichern</source>
        <translation>Отмена: не сохранять</translation>
    </message>
    <message>
        <source>In „Dokumente“ speichern</source>
        <translation>Сохранить в «Документы»</translation>
    </message>
    <message>
        <source>Auf den Schreibtisch (Desktop) speichern</source>
        <translation>Сохранить на рабочий стол (Desktop)</translation>
    </message>
    <message>
        <source>Auf den USB-Stick „{0}“ speichern</source>
        <translation>Сохранить на USB-флешку «{0}»</translation>
    </message>
    <message>
        <source>Merkzettel speichern</source>
        <translation>Сохранить памятку</translation>
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
        <translation>Памятка с собой</translation>
    </message>
    <message>
        <source>Auf dem Zettel steht, was Sie jetzt tun und wohin Sie gehen. Eine Geheimzahl steht nie darauf.</source>
        <translation>В памятке написано, что вы делаете сейчас и куда идёте. Секретного кода в ней никогда нет.</translation>
    </message>
    <message>
        <source>Vorschau des Merkzettels: {0}</source>
        <translation>Предварительный просмотр памятки: {0}</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>An diesem Computer ist kein Drucker eingerichtet. Bitte fragen Sie die Mitarbeitenden vor Ort.</source>
        <translation>На этом компьютере не настроен принтер. Пожалуйста, спросите сотрудников на месте.</translation>
    </message>
    <message>
        <source>Merkzettel drucken</source>
        <translation>Напечатать памятку</translation>
    </message>
    <message>
        <source>Hier wird nur auf Papier gedruckt, nicht in eine Datei. Bitte wählen Sie einen Drucker.</source>
        <translation>Здесь печатают только на бумаге, не в файл. Пожалуйста, выберите принтер.</translation>
    </message>
    <message>
        <source>Das Drucken hat nicht geklappt. Ist der Drucker an? Versuchen Sie es bitte noch einmal.</source>
        <translation>Напечатать не получилось. Принтер включён? Пожалуйста, попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Der Merkzettel wird gedruckt.</source>
        <translation>Памятка печатается.</translation>
    </message>
    <message>
        <source>Merkzettel.pdf</source>
        <translation>Памятка.pdf</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt ({0}). Versuchen Sie einen anderen Ort.</source>
        <translation>Сохранить не получилось ({0}). Попробуйте другое место.</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Versuchen Sie einen anderen Ort.</source>
        <translation>Сохранить не получилось. Попробуйте другое место.</translation>
    </message>
    <message>
        <source>Gespeichert: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>Merkzettel</source>
        <translation>Памятка</translation>
    </message>
    <message>
        <source>Übung – Merkzettel</source>
        <translation>Упражнение – памятка</translation>
    </message>
    <message>
        <source>Was Sie gesagt haben</source>
        <translation>Что вы нам сказали</translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation>О чём речь</translation>
    </message>
    <message>
        <source>Wohin Sie gehen</source>
        <translation>Куда вы идёте</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer</source>
        <translation>Ваш номер дела</translation>
    </message>
    <message>
        <source>Ihre Aufrufnummer</source>
        <translation>Ваш номер вызова</translation>
    </message>
    <message>
        <source>Nennen Sie am Empfang Ihre Vorgangsnummer.</source>
        <translation>Назовите в приёмной ваш номер дела.</translation>
    </message>
    <message>
        <source>Mit der Vorgangsnummer können Sie nachfragen, was daraus geworden ist.</source>
        <translation>По номеру дела вы можете узнать, что с ним стало.</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Mehr im Internet</source>
        <translation>Больше в интернете</translation>
    </message>
    <message>
        <source>Oder scannen Sie oben rechts das Bild mit dem Handy.</source>
        <translation>Или отсканируйте телефоном картинку справа вверху.</translation>
    </message>
    <message>
        <source>Erstellt am {0} mit Lotse. Auf diesem Zettel steht nie eine PIN, CAN oder PUK.</source>
        <translation>Создано {0} с помощью Lotse. В этой памятке никогда нет PIN, CAN или PUK.</translation>
    </message>
    <message>
        <source>Das ist ein Übungstermin. Beim Amt ist nichts gebucht. Niemand erwartet Sie.</source>
        <translation>Это учебная запись. В ведомстве ничего не записано. Вас никто не ждёт.</translation>
    </message>
    <message>
        <source>Das ist eine Übungsmeldung. Die Stadt hat sie nicht bekommen.</source>
        <translation>Это учебное сообщение. Город его не получил.</translation>
    </message>
    <message>
        <source>Das war eine Übung mit einer Übungskarte. Ihr echter Ausweis wurde nicht benutzt.</source>
        <translation>Это было упражнение с учебной картой. Ваше настоящее удостоверение не использовалось.</translation>
    </message>
    <message>
        <source>Wenn Sie es wirklich brauchen: machen Sie es noch einmal ohne Übung.</source>
        <translation>Если вам это действительно нужно: сделайте это ещё раз без упражнения.</translation>
    </message>
    <message>
        <source>Kommen Sie 10 Minuten vor der Zeit.</source>
        <translation>Приходите на 10 минут раньше.</translation>
    </message>
    <message>
        <source>Sie können nicht kommen? Sagen Sie den Termin bitte ab.</source>
        <translation>Не можете прийти? Пожалуйста, отмените запись.</translation>
    </message>
    <message>
        <source>Die Stadt prüft Ihre Meldung.</source>
        <translation>Город проверяет ваше сообщение.</translation>
    </message>
    <message>
        <source>ÜBUNG</source>
        <translation>УПРАЖНЕНИЕ</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Programm beenden – nur für Mitarbeitende</source>
        <translation>Закрыть программу – только для сотрудников</translation>
    </message>
    <message>
        <source>Das Programm wird geschlossen. Alles Persönliche wird vorher gelöscht.</source>
        <translation>Программа закрывается. Перед этим всё личное будет удалено.</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende:</source>
        <translation>Код для сотрудников:</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende</source>
        <translation>Код для сотрудников</translation>
    </message>
    <message>
        <source>Abbrechen: weiter arbeiten</source>
        <translation>Отмена: работать дальше</translation>
    </message>
    <message>
        <source>Programm beenden</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <source>Der Code stimmt nicht. Bitte noch einmal.</source>
        <translation>Код неверный. Пожалуйста, ещё раз.</translation>
    </message>
</context>
</TS>
