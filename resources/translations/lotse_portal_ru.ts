<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Wohin Sie gehen und was Sie mitbringen</source>
        <translation>Куда идти и что взять с собой</translation>
    </message>
    <message>
        <source>Einen Termin im Amt – und Ihre Termine ansehen</source>
        <translation>Запись на приём в ведомство – и ваши записи</translation>
    </message>
    <message>
        <source>Ein Schlagloch, eine kaputte Laterne – und Ihre Meldungen</source>
        <translation>Выбоина, сломанный фонарь – и ваши сообщения</translation>
    </message>
    <message>
        <source>Was brauche ich? (Dienst-Auskunft)</source>
        <translation>Что мне нужно? (справка об услугах)</translation>
    </message>
    <message>
        <source>Die Einstellungen werden gelesen …</source>
        <translation>Настройки читаются …</translation>
    </message>
    <message>
        <source>Der Schlüssel ist sicher gespeichert.</source>
        <translation>Ключ надёжно сохранён.</translation>
    </message>
    <message>
        <source>Der Schlüssel ist gelöscht.</source>
        <translation>Ключ удалён.</translation>
    </message>
    <message>
        <source>Der Schlüssel wurde nicht gespeichert.</source>
        <translation>Ключ не сохранён.</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gespeichert …</source>
        <translation>Ключ сохраняется …</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gelöscht …</source>
        <translation>Ключ удаляется …</translation>
    </message>
    <message>
        <source>Die Einstellung konnte nicht gespeichert werden.</source>
        <translation>Настройку не удалось сохранить.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Welcher Server?</source>
        <translation>Какой сервер?</translation>
    </message>
    <message>
        <source>Das Übungsportal läuft nur auf diesem Computer. Dort wird nichts wirklich gesendet.</source>
        <translation>Учебный портал работает только на этом компьютере. Оттуда ничего по-настоящему не отправляется.</translation>
    </message>
    <message>
        <source>Die echten Server der Stadt</source>
        <translation>Настоящие серверы города</translation>
    </message>
    <message>
        <source>Das Übungsportal</source>
        <translation>Учебный портал</translation>
    </message>
    <message>
        <source>Was diese Stadt anbietet</source>
        <translation>Что предлагает этот город</translation>
    </message>
    <message>
        <source>%1: kein Server. Ersatz: %2</source>
        <translation>%1: нет сервера. Вместо него: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(Adresse noch nicht bestätigt)</source>
        <translation>(адрес ещё не подтверждён)</translation>
    </message>
    <message>
        <source>Zugangsschlüssel</source>
        <translation>Ключи доступа</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Schlüsselspeicher. Deshalb kann hier kein Schlüssel gespeichert werden. Schlüssel werden niemals offen in eine Datei geschrieben. Bitte richten Sie einen Schlüsselbund des Systems ein.</source>
        <translation>На этом компьютере нет надёжного хранилища ключей. Поэтому ключ здесь сохранить нельзя. Ключи никогда не записываются в файл открытым текстом. Пожалуйста, настройте хранилище ключей системы.</translation>
    </message>
    <message>
        <source>Für diese Stadt braucht man keinen Schlüssel.</source>
        <translation>Для этого города ключ не нужен.</translation>
    </message>
    <message>
        <source>%1: Ein Schlüssel ist gespeichert.</source>
        <translation>%1: ключ сохранён.</translation>
    </message>
    <message>
        <source>%1: Es ist noch kein Schlüssel gespeichert.</source>
        <translation>%1: ключ ещё не сохранён.</translation>
    </message>
    <message>
        <source>Neuer Schlüssel für „%1“</source>
        <translation>Новый ключ для «%1»</translation>
    </message>
    <message>
        <source>Der Schlüssel wird nur im Schlüsselbund des Systems gespeichert.</source>
        <translation>Ключ сохраняется только в хранилище ключей системы.</translation>
    </message>
    <message>
        <source>Schlüssel speichern</source>
        <translation>Сохранить ключ</translation>
    </message>
    <message>
        <source>Schlüssel löschen</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <source>Es gibt gerade keine Verbindung. Prüfen Sie das Internet. Versuchen Sie es dann noch einmal.</source>
        <translation>Сейчас нет соединения. Проверьте интернет. Потом попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>Сервер не ответил вовремя. Пожалуйста, попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>Der Server ist gerade überlastet. Bitte versuchen Sie es in ein paar Minuten noch einmal.</source>
        <translation>Сервер сейчас перегружен. Пожалуйста, попробуйте ещё раз через несколько минут.</translation>
    </message>
    <message>
        <source>Das wurde nicht gefunden. Vielleicht wurde es schon gelöscht.</source>
        <translation>Это не найдено. Возможно, это уже удалено.</translation>
    </message>
    <message>
        <source>Der Server hat eine unverständliche Antwort geschickt. Vielleicht wird er gerade gewartet. Bitte versuchen Sie es später noch einmal.</source>
        <translation>Сервер прислал непонятный ответ. Возможно, его сейчас обслуживают. Пожалуйста, попробуйте ещё раз позже.</translation>
    </message>
    <message>
        <source>Für diesen Dienst fehlt ein Zugangsschlüssel. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Для этой услуги не хватает ключа доступа. Пожалуйста, сообщите сотрудникам.</translation>
    </message>
    <message>
        <source>Der Server lässt uns gerade nicht hinein. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Сервер сейчас нас не пускает. Пожалуйста, сообщите сотрудникам.</translation>
    </message>
    <message>
        <source>Die Verbindung zum Server ist nicht sicher. Deshalb wird nichts gesendet. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Соединение с сервером не защищено. Поэтому ничего не отправляется. Пожалуйста, сообщите сотрудникам.</translation>
    </message>
    <message>
        <source>Das geht in Ihrer Stadt leider nicht über dieses Programm.</source>
        <translation>К сожалению, в вашем городе это нельзя сделать через эту программу.</translation>
    </message>
    <message>
        <source>Sie haben abgebrochen. Es ist nichts passiert.</source>
        <translation>Вы отменили. Ничего не произошло.</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin. Bitte sehen Sie in Ihren E-Mails nach oder rufen Sie 115 an. Wir buchen nicht noch einmal.</source>
        <translation>Возможно, у вас уже есть запись. Пожалуйста, проверьте свою электронную почту или позвоните по номеру 115. Мы не записываем повторно.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob es angekommen ist. Deshalb senden wir es nicht doppelt. Beim nächsten Versuch prüfen wir das zuerst.</source>
        <translation>Мы не знаем точно, дошло ли это. Поэтому мы не отправляем повторно. При следующей попытке мы сначала это проверим.</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Speicher. Deshalb wird hier nichts gespeichert.</source>
        <translation>На этом компьютере нет надёжного хранилища. Поэтому здесь ничего не сохраняется.</translation>
    </message>
    <message>
        <source>So viele Anliegen passen nicht in einen Termin. Bitte buchen Sie weniger auf einmal.</source>
        <translation>Столько дел не помещается в одну запись. Пожалуйста, записывайтесь на меньшее число дел за раз.</translation>
    </message>
    <message>
        <source>Bei diesem Amt sind gerade keine Termine frei. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>В этом ведомстве сейчас нет свободных мест. Пожалуйста, попробуйте позже или позвоните по номеру 115.</translation>
    </message>
    <message>
        <source>Eine Angabe wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Одно из полей не принято. Пожалуйста, проверьте свои данные.</translation>
    </message>
    <message>
        <source>Beim Amt fehlen gerade Angaben zu diesem Termin. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>В ведомстве сейчас не хватает данных об этой записи. Пожалуйста, попробуйте позже или позвоните по номеру 115.</translation>
    </message>
    <message>
        <source>Der Server hat die Anfrage dieses Programms nicht verstanden. Das ist nicht Ihr Fehler. Bitte sagen Sie den Mitarbeitenden Bescheid oder rufen Sie 115 an.</source>
        <translation>Сервер не понял запрос этой программы. Это не ваша ошибка. Пожалуйста, сообщите сотрудникам или позвоните по номеру 115.</translation>
    </message>
    <message>
        <source>Die Beschreibung ist zu lang. Bitte kürzen Sie sie auf höchstens 4000 Zeichen.</source>
        <translation>Описание слишком длинное. Пожалуйста, сократите его до 4000 знаков.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst eine Uhrzeit.</source>
        <translation>Пожалуйста, сначала выберите время.</translation>
    </message>
    <message>
        <source>Die Angaben wurden nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Данные не приняты. Пожалуйста, проверьте их.</translation>
    </message>
    <message>
        <source>Dieser Termin ist inzwischen vergeben. Bitte wählen Sie eine andere Uhrzeit.</source>
        <translation>Это время тем временем уже заняли. Пожалуйста, выберите другое время.</translation>
    </message>
    <message>
        <source>Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin noch einmal.</source>
        <translation>Бронь истекла. Пожалуйста, выберите запись ещё раз.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Адрес электронной почты не принят. Пожалуйста, проверьте его.</translation>
    </message>
    <message>
        <source>Dieses Amt verlangt eine Prüfung, die dieses Programm nicht kann. Bitte buchen Sie im Internet oder am Telefon.</source>
        <translation>Это ведомство требует проверку, которую эта программа не умеет. Пожалуйста, запишитесь в интернете или по телефону.</translation>
    </message>
    <message>
        <source>Dieser Termin kann nicht mehr abgesagt werden. Bitte rufen Sie das Amt an.</source>
        <translation>Эту запись больше нельзя отменить. Пожалуйста, позвоните в ведомство.</translation>
    </message>
    <message>
        <source>Die gespeicherten Zugangsdaten passen nicht zu diesem Termin. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>Сохранённые данные доступа не подходят к этой записи. Отменить можно по ссылке в письме ведомства.</translation>
    </message>
    <message>
        <source>Der Name wurde nicht angenommen. Bitte prüfen Sie ihn.</source>
        <translation>Имя не принято. Пожалуйста, проверьте его.</translation>
    </message>
    <message>
        <source>Die Telefonnummer wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Номер телефона не принят. Пожалуйста, проверьте его.</translation>
    </message>
    <message>
        <source>Dieses Amt bietet das nicht an. Bitte wählen Sie ein anderes Anliegen oder Amt.</source>
        <translation>Это ведомство этого не предлагает. Пожалуйста, выберите другое дело или ведомство.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst, worum es geht.</source>
        <translation>Пожалуйста, сначала выберите, о чём речь.</translation>
    </message>
    <message>
        <source>Sie haben schon zu viele Termine gebucht. Bitte sagen Sie erst einen alten Termin ab.</source>
        <translation>Вы уже записались на слишком много приёмов. Пожалуйста, сначала отмените старую запись.</translation>
    </message>
</context>
<context>
    <name>BookingConfirmation</name>
    <message>
        <source>Ihr Termin ist gebucht.</source>
        <translation>Вы записаны на приём.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Beim Amt ist nichts gebucht, und es kommt keine E-Mail.</source>
        <translation>Это было только упражнение. В ведомстве ничего не записано, и письма не будет.</translation>
    </message>
    <message>
        <source>Ihr Termin ist vorgemerkt.</source>
        <translation>Ваша запись предварительно зарезервирована.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen eine E-Mail. Bitte klicken Sie dort auf den Link zum Bestätigen.</source>
        <translation>Ведомство пришлёт вам письмо по электронной почте. Пожалуйста, нажмите там на ссылку для подтверждения.</translation>
    </message>
    <message>
        <source>Dieser Computer kann den Termin nicht sicher speichern. Unter „Meine Termine“ steht er deshalb nicht. Bitte schreiben Sie sich die Vorgangsnummer auf.</source>
        <translation>Этот компьютер не может надёжно сохранить запись. Поэтому её нет в разделе «Мои записи». Пожалуйста, запишите себе номер дела.</translation>
    </message>
    <message>
        <source>Absagen können Sie über den Link in der E-Mail.</source>
        <translation>Отменить можно по ссылке в письме.</translation>
    </message>
    <message>
        <source>Sie finden den Termin auch unter „Meine Termine“.</source>
        <translation>Запись вы найдёте также в разделе «Мои записи».</translation>
    </message>
    <message>
        <source>Wann: %1</source>
        <translation>Когда: %1</translation>
    </message>
    <message>
        <source>Wo: %1</source>
        <translation>Где: %1</translation>
    </message>
    <message>
        <source>Anliegen: %1</source>
        <translation>Дело: %1</translation>
    </message>
    <message>
        <source>Vorgangsnummer: %1</source>
        <translation>Номер дела: %1</translation>
    </message>
    <message>
        <source>Aufrufnummer: %1</source>
        <translation>Номер вызова: %1</translation>
    </message>
    <message>
        <source>Zum Kalender hinzufügen</source>
        <translation>Добавить в календарь</translation>
    </message>
    <message>
        <source>Eine Datei speichern geht an diesem Computer nicht. Sie bliebe hier für andere liegen. Bitte drucken Sie den Termin aus.</source>
        <translation>Сохранить файл на этом компьютере нельзя. Он остался бы здесь для других. Пожалуйста, распечатайте запись.</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-файлы (*.pdf)</translation>
    </message>
    <message>
        <source>Kalender-Dateien (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <source>Gespeichert: %1. Öffnen Sie die Datei mit Ihrem Kalender.</source>
        <translation>Сохранено: %1. Откройте файл в своём календаре.</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Bitte wählen Sie einen anderen Ort.</source>
        <translation>Сохранить не получилось. Пожалуйста, выберите другое место.</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>In %1 kann dieses Programm leider keine Termine buchen.</source>
        <translation>К сожалению, в городе %1 эта программа не может записывать на приём.</translation>
    </message>
    <message>
        <source>Ein angefangener Termin konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>Начатую запись не удалось прочитать. Пожалуйста, начните заново.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, einen Termin zu buchen.</source>
        <translation>Вы уже начали записываться на приём.</translation>
    </message>
    <message>
        <source>Vielleicht ist er schon gebucht. Wir prüfen das zuerst.</source>
        <translation>Возможно, вы уже записаны. Мы сначала это проверим.</translation>
    </message>
    <message>
        <source>Einen neuen Termin buchen</source>
        <translation>Записаться на новый приём</translation>
    </message>
    <message>
        <source>Zuerst prüfen wir den angefangenen Termin. So wird nichts doppelt gebucht.</source>
        <translation>Сначала мы проверим начатую запись. Так ничего не будет записано дважды.</translation>
    </message>
    <message>
        <source>Die Ämter werden geladen …</source>
        <translation>Ведомства загружаются …</translation>
    </message>
    <message>
        <source>In welches Amt möchten Sie gehen?</source>
        <translation>В какое ведомство вы хотите пойти?</translation>
    </message>
    <message>
        <source>Gerade bietet kein Amt Termine an. Bitte versuchen Sie es später noch einmal.</source>
        <translation>Сейчас ни одно ведомство не предлагает запись. Пожалуйста, попробуйте позже.</translation>
    </message>
    <message>
        <source>Für diesen Termin wurde schon gebucht. Solange wir nicht wissen, ob es geklappt hat, bleibt er so. Auf der letzten Seite prüfen wir das.</source>
        <translation>Эта запись уже отправлена. Пока мы не знаем, получилось ли, она остаётся такой. На последней странице мы это проверим.</translation>
    </message>
    <message>
        <source>Was möchten Sie dort erledigen?</source>
        <translation>Что вы хотите там сделать?</translation>
    </message>
    <message>
        <source>Die freien Tage werden gesucht …</source>
        <translation>Ищем свободные дни …</translation>
    </message>
    <message>
        <source>An welchem Tag möchten Sie kommen?</source>
        <translation>В какой день вы хотите прийти?</translation>
    </message>
    <message>
        <source>In den nächsten 30 Tagen ist leider kein Termin frei.</source>
        <translation>К сожалению, в ближайшие 30 дней нет свободного времени.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon nach: %1</source>
        <translation>Спросите по телефону: %1</translation>
    </message>
    <message>
        <source>Ein anderes Amt wählen</source>
        <translation>Выбрать другое ведомство</translation>
    </message>
    <message>
        <source>Das sind die nächsten Tage mit freien Terminen.</source>
        <translation>Это ближайшие дни со свободным временем.</translation>
    </message>
    <message>
        <source>1 freier Termin</source>
        <translation>1 свободное место</translation>
    </message>
    <message>
        <source>%1 freie Termine</source>
        <translation>Свободных мест: %1</translation>
    </message>
    <message>
        <source>Spätere Tage zeigen</source>
        <translation>Показать более поздние дни</translation>
    </message>
    <message>
        <source>An diesem Tag ist nichts mehr frei. Bitte wählen Sie einen anderen Tag.</source>
        <translation>В этот день уже ничего нет. Пожалуйста, выберите другой день.</translation>
    </message>
    <message>
        <source>Um wie viel Uhr?</source>
        <translation>Во сколько?</translation>
    </message>
    <message>
        <source>Der Termin wird gebucht …</source>
        <translation>Записываем на приём …</translation>
    </message>
    <message>
        <source>Hier buchen Sie einen Termin in einem Amt. Sie wählen das Amt, das Anliegen, den Tag und die Uhrzeit. Erst auf der letzten Seite wird gebucht.</source>
        <translation>Здесь вы записываетесь на приём в ведомство. Вы выбираете ведомство, дело, день и время. Запись происходит только на последней странице.</translation>
    </message>
</context>
<context>
    <name>BookingScreens</name>
    <message>
        <source>Auf welchen Namen soll der Termin gehen?</source>
        <translation>На чьё имя записать?</translation>
    </message>
    <message>
        <source>Ihr Name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Vorname und Nachname</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Ihre E-Mail-Adresse</source>
        <translation>Ваш адрес электронной почты</translation>
    </message>
    <message>
        <source>In der Übung wird keine E-Mail geschickt.</source>
        <translation>В упражнении письмо не отправляется.</translation>
    </message>
    <message>
        <source>Dorthin schickt das Amt die Bestätigung.</source>
        <translation>Туда ведомство пришлёт подтверждение.</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer</source>
        <translation>Ваш номер телефона</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer (wenn Sie möchten)</source>
        <translation>Ваш номер телефона (если хотите)</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihren Namen in das Feld.</source>
        <translation>Пожалуйста, напишите своё имя в поле.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre E-Mail-Adresse. Dorthin kommt die Bestätigung.</source>
        <translation>Пожалуйста, напишите свой адрес электронной почты. Туда придёт подтверждение.</translation>
    </message>
    <message>
        <source>Das Amt nimmt keine E-Mail-Adresse mit ä, ö, ü, ß oder anderen besonderen Buchstaben an. Bitte nehmen Sie eine andere Adresse. Wenn Sie keine haben, buchen Sie bitte am Telefon (115).</source>
        <translation>Ведомство не принимает адреса электронной почты с ä, ö, ü, ß или другими особыми буквами. Пожалуйста, возьмите другой адрес. Если у вас его нет, пожалуйста, запишитесь по телефону (115).</translation>
    </message>
    <message>
        <source>In einer E-Mail-Adresse steht kein Leerzeichen. Bitte prüfen Sie die Adresse.</source>
        <translation>В адресе электронной почты нет пробелов. Пожалуйста, проверьте адрес.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt. Zum Beispiel: anna.schmidt@beispiel.de</source>
        <translation>Адрес электронной почты выглядит неполным. Ему нужны @ и точка. Например: anna.schmidt@beispiel.de</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre Telefonnummer in das Feld.</source>
        <translation>Пожалуйста, напишите свой номер телефона в поле.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie in die Telefonnummer nur Ziffern. Zum Beispiel: 0234 123456</source>
        <translation>Пожалуйста, пишите в номере телефона только цифры. Например: 0234 123456</translation>
    </message>
    <message>
        <source>Die Telefonnummer hat zu wenige oder zu viele Ziffern. Bitte prüfen Sie sie. Zum Beispiel: 0234 123456</source>
        <translation>В номере телефона слишком мало или слишком много цифр. Пожалуйста, проверьте его. Например: 0234 123456</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihren Termin</source>
        <translation>Пожалуйста, проверьте свою запись</translation>
    </message>
    <message>
        <source>Vielleicht ist dieser Termin schon gebucht. Beim Buchen prüfen wir das zuerst. Er wird nicht doppelt gebucht.</source>
        <translation>Возможно, вы уже записаны. При записи мы сначала это проверим. Дважды вас не запишут.</translation>
    </message>
    <message>
        <source>Amt</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt buchen“ drücken, wird der Termin gebucht.</source>
        <translation>Запись произойдёт только тогда, когда вы нажмёте «Записаться сейчас».</translation>
    </message>
    <message>
        <source>Jetzt buchen</source>
        <translation>Записаться сейчас</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin.</source>
        <translation>Возможно, у вас уже есть запись.</translation>
    </message>
    <message>
        <source>Das Programm wurde beim Buchen beendet. Dieser Computer konnte sich den Termin nicht merken. Deshalb wissen wir nicht, ob er gebucht ist.</source>
        <translation>Программу закрыли во время записи. Этот компьютер не смог запомнить запись. Поэтому мы не знаем, записаны ли вы.</translation>
    </message>
    <message>
        <source>So prüfen Sie es: Sehen Sie in Ihren E-Mails nach. Wenn der Termin gebucht ist, hat das Amt Ihnen geschrieben. Oder rufen Sie die Behördennummer 115 an.</source>
        <translation>Как это проверить: посмотрите свою электронную почту. Если вы записаны, ведомство вам написало. Или позвоните по номеру ведомств 115.</translation>
    </message>
    <message>
        <source>Wir buchen nicht noch einmal, damit Sie nicht zwei Termine haben.</source>
        <translation>Мы не записываем повторно, чтобы у вас не было двух записей.</translation>
    </message>
    <message>
        <source>Ich habe nachgesehen: Es gibt keinen Termin. Neu wählen</source>
        <translation>Я проверил: записи нет. Выбрать заново</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Sie haben abgebrochen.</source>
        <translation>Вы отменили.</translation>
    </message>
    <message>
        <source>Weitermachen</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Neu anfangen</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Am Telefon: %1</source>
        <translation>По телефону: %1</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt gespeichert.</source>
        <translation>То, что вы ввели, остаётся сохранённым.</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt, bis Sie fertig sind. Dann wird es gelöscht.</source>
        <translation>То, что вы ввели, сохраняется, пока вы не закончите. Потом это удаляется.</translation>
    </message>
    <message>
        <source>Mit dem Übungsportal üben</source>
        <translation>Потренироваться с учебным порталом</translation>
    </message>
</context>
<context>
    <name>FlowScreen</name>
    <message>
        <source>Ihre Wahl</source>
        <translation>Ваш выбор</translation>
    </message>
    <message>
        <source>Details für Helfer</source>
        <translation>Подробности для помощников</translation>
    </message>
</context>
<context>
    <name>MyAppointments</name>
    <message>
        <source>Meine Termine</source>
        <translation>Мои записи</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Termine war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>Список ваших записей был повреждён. Он отложен в сторону.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungstermine. Sie sind nicht wirklich beim Amt gebucht.</source>
        <translation>Здесь только учебные записи. На самом деле в ведомстве их нет.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Termine gespeichert.</source>
        <translation>Здесь ещё нет сохранённых записей.</translation>
    </message>
    <message>
        <source>ohne Uhrzeit</source>
        <translation>без времени</translation>
    </message>
    <message>
        <source>vorgemerkt</source>
        <translation>предварительно зарезервировано</translation>
    </message>
    <message>
        <source>noch nicht bestätigt</source>
        <translation>ещё не подтверждено</translation>
    </message>
    <message>
        <source>gebucht</source>
        <translation>записано</translation>
    </message>
    <message>
        <source>abgesagt</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>beim Amt in Bearbeitung</source>
        <translation>в обработке в ведомстве</translation>
    </message>
    <message>
        <source>Der Termin wird beim Amt nachgesehen …</source>
        <translation>Проверяем запись в ведомстве …</translation>
    </message>
    <message>
        <source>Die Zugangsdaten für diesen Termin fehlen auf diesem Computer. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>Данных доступа к этой записи на этом компьютере нет. Отменить можно по ссылке в письме ведомства.</translation>
    </message>
    <message>
        <source>Aus der Liste entfernen</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>Stand beim Amt: %1</source>
        <translation>Состояние в ведомстве: %1</translation>
    </message>
    <message>
        <source>Termin absagen</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <source>Zurück zu meinen Terminen</source>
        <translation>Назад к моим записям</translation>
    </message>
    <message>
        <source>Möchten Sie den Termin wirklich absagen?</source>
        <translation>Вы действительно хотите отменить запись?</translation>
    </message>
    <message>
        <source>Das kann man nicht rückgängig machen. Den Termin bekommt dann jemand anderes.</source>
        <translation>Это нельзя отменить. Тогда это время получит кто-то другой.</translation>
    </message>
    <message>
        <source>Nein, Termin behalten</source>
        <translation>Нет, оставить запись</translation>
    </message>
    <message>
        <source>Ja, Termin absagen</source>
        <translation>Да, отменить запись</translation>
    </message>
    <message>
        <source>Der Termin wird abgesagt …</source>
        <translation>Запись отменяется …</translation>
    </message>
    <message>
        <source>Der Termin ist abgesagt.</source>
        <translation>Запись отменена.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen dazu vielleicht noch eine E-Mail.</source>
        <translation>Ведомство, возможно, ещё пришлёт вам об этом письмо.</translation>
    </message>
    <message>
        <source>Der Termin wird entfernt …</source>
        <translation>Запись убирается …</translation>
    </message>
</context>
<context>
    <name>MyReports</name>
    <message>
        <source>Meine Meldungen</source>
        <translation>Мои сообщения</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Meldungen war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>Список ваших сообщений был повреждён. Он отложен в сторону.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungsmeldungen. Sie sind nicht wirklich an die Stadt gegangen.</source>
        <translation>Здесь только учебные сообщения. На самом деле в город они не поступали.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Meldungen gespeichert.</source>
        <translation>Здесь ещё нет сохранённых сообщений.</translation>
    </message>
    <message>
        <source>noch ohne Vorgangsnummer</source>
        <translation>ещё без номера дела</translation>
    </message>
    <message>
        <source>Vorgangsnummer %1</source>
        <translation>Номер дела %1</translation>
    </message>
    <message>
        <source>Gesendet am %1</source>
        <translation>Отправлено %1</translation>
    </message>
    <message>
        <source>Der Stand wird bei der Stadt nachgefragt …</source>
        <translation>Спрашиваем состояние у города …</translation>
    </message>
    <message>
        <source>Die Stadt hat der Meldung noch keine Vorgangsnummer gegeben. Bitte schauen Sie später wieder.</source>
        <translation>Город ещё не дал сообщению номер дела. Пожалуйста, посмотрите позже.</translation>
    </message>
    <message>
        <source>Meldung mit der Vorgangsnummer %1</source>
        <translation>Сообщение с номером дела %1</translation>
    </message>
    <message>
        <source>Die Stadt bearbeitet die Meldung.</source>
        <translation>Город работает над сообщением.</translation>
    </message>
    <message>
        <source>Die Stadt hat die Meldung erledigt.</source>
        <translation>Город обработал сообщение.</translation>
    </message>
    <message>
        <source>Die Stadt schreibt: %1</source>
        <translation>Город пишет: %1</translation>
    </message>
    <message>
        <source>Zuletzt geändert: %1</source>
        <translation>Последнее изменение: %1</translation>
    </message>
    <message>
        <source>Voraussichtlich erledigt: %1</source>
        <translation>Ориентировочно будет выполнено: %1</translation>
    </message>
    <message>
        <source>Zurück zu meinen Meldungen</source>
        <translation>Назад к моим сообщениям</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Übung – nichts wird gesendet</source>
        <translation>Упражнение – ничего не отправляется</translation>
    </message>
    <message>
        <source>Übungsportal – es wird nichts wirklich gesendet</source>
        <translation>Учебный портал – на самом деле ничего не отправляется</translation>
    </message>
    <message>
        <source>Übung beenden</source>
        <translation>Закончить упражнение</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>In %1 kann dieses Programm leider keine Probleme melden.</source>
        <translation>К сожалению, в городе %1 эта программа не может сообщать о проблемах.</translation>
    </message>
    <message>
        <source>Eine angefangene Meldung konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>Начатое сообщение не удалось прочитать. Пожалуйста, начните заново.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, ein Problem zu melden.</source>
        <translation>Вы уже начали сообщать о проблеме.</translation>
    </message>
    <message>
        <source>Vielleicht ist die Meldung schon angekommen. Wir prüfen das zuerst.</source>
        <translation>Возможно, сообщение уже дошло. Мы сначала это проверим.</translation>
    </message>
    <message>
        <source>Ein neues Problem melden</source>
        <translation>Сообщить о новой проблеме</translation>
    </message>
    <message>
        <source>Die Themen werden geladen …</source>
        <translation>Темы загружаются …</translation>
    </message>
    <message>
        <source>Worum geht es?</source>
        <translation>О чём речь?</translation>
    </message>
    <message>
        <source>Die Fragen werden geladen …</source>
        <translation>Вопросы загружаются …</translation>
    </message>
    <message>
        <source>Hier melden Sie der Stadt ein Problem auf der Straße. Zum Beispiel ein Schlagloch oder eine kaputte Laterne. Erst auf der letzten Seite wird gesendet.</source>
        <translation>Здесь вы сообщаете городу о проблеме на улице. Например, выбоина или сломанный фонарь. Отправка происходит только на последней странице.</translation>
    </message>
    <message>
        <source>Noch einmal prüfen und senden</source>
        <translation>Ещё раз проверить и отправить</translation>
    </message>
    <message>
        <source>Trotzdem senden (kann doppelt ankommen)</source>
        <translation>Всё равно отправить (может прийти дважды)</translation>
    </message>
    <message>
        <source>Die Meldung wird gesendet …</source>
        <translation>Сообщение отправляется …</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Bitte lesen Sie das zuerst</source>
        <translation>Пожалуйста, сначала прочитайте это</translation>
    </message>
    <message>
        <source>Frage %1 von %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Diese Frage müssen Sie beantworten.</source>
        <translation>На этот вопрос нужно ответить.</translation>
    </message>
    <message>
        <source>Diese Frage können Sie auch überspringen.</source>
        <translation>Этот вопрос можно и пропустить.</translation>
    </message>
    <message>
        <source>Überspringen</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Bitte wählen Sie mindestens eine Antwort.</source>
        <translation>Пожалуйста, выберите хотя бы один ответ.</translation>
    </message>
    <message>
        <source>Ihre Antwort</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>Tag und Uhrzeit, zum Beispiel 24.12.2026 14:30</source>
        <translation>День и время, например 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Eine Zahl, zum Beispiel 3</source>
        <translation>Число, например 3</translation>
    </message>
    <message>
        <source>Ihre Antwort auf: %1</source>
        <translation>Ваш ответ на: %1</translation>
    </message>
    <message>
        <source>Bitte beantworten Sie diese Frage. Ohne Antwort geht es nicht weiter.</source>
        <translation>Пожалуйста, ответьте на этот вопрос. Без ответа дальше нельзя.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie nur eine Zahl. Zum Beispiel: 3</source>
        <translation>Пожалуйста, напишите только число. Например: 3</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Tag und Uhrzeit so: 24.12.2026 14:30</source>
        <translation>Пожалуйста, напишите день и время так: 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Jetzt eintragen</source>
        <translation>Вписать сейчас</translation>
    </message>
</context>
<context>
    <name>ReportScreens</name>
    <message>
        <source>Wo ist das Problem?</source>
        <translation>Где проблема?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Hauptstraße 5, vor dem Bäcker</source>
        <translation>Например: Hauptstraße 5, перед пекарней</translation>
    </message>
    <message>
        <source>Straße und Hausnummer, oder ein bekannter Ort in der Nähe</source>
        <translation>Улица и номер дома или известное место поблизости</translation>
    </message>
    <message>
        <source>Diesen Ort finden wir im Straßenverzeichnis der Stadt nicht. Bitte schreiben Sie eine Straße mit Hausnummer oder einen bekannten Ort in der Nähe, zum Beispiel „Rathaus“.</source>
        <translation>Этого места нет в списке улиц города. Пожалуйста, напишите улицу с номером дома или известное место поблизости, например „Rathaus“ (ратуша).</translation>
    </message>
    <message>
        <source>Beschreiben Sie das Problem</source>
        <translation>Опишите проблему</translation>
    </message>
    <message>
        <source>Was ist los?</source>
        <translation>Что случилось?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Das Loch ist groß. Radfahrer müssen ausweichen.</source>
        <translation>Например: Яма большая. Велосипедистам приходится её объезжать.</translation>
    </message>
    <message>
        <source>Der Text ist zu lang: %1 Zeichen. Erlaubt sind %2. Bitte kürzen Sie ihn.</source>
        <translation>Текст слишком длинный: знаков %1. Разрешено %2. Пожалуйста, сократите его.</translation>
    </message>
    <message>
        <source>Möchte die Stadt Sie erreichen können?</source>
        <translation>Может ли город связаться с вами?</translation>
    </message>
    <message>
        <source>Das ist freiwillig. Sie können alles leer lassen.</source>
        <translation>Это добровольно. Вы можете оставить всё пустым.</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Dann bekommen Sie Nachricht, wenn das Problem erledigt ist.</source>
        <translation>Тогда вы получите сообщение, когда проблему устранят.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt.</source>
        <translation>Адрес электронной почты выглядит неполным. Ему нужны @ и точка.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie die E-Mail-Adresse ohne ä, ö, ü oder ß. Oder lassen Sie das Feld leer.</source>
        <translation>Пожалуйста, напишите адрес электронной почты без ä, ö, ü или ß. Или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Thema: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Beschreibung: %1</source>
        <translation>Описание: %1</translation>
    </message>
    <message>
        <source>Kontakt: %1</source>
        <translation>Контакт: %1</translation>
    </message>
    <message>
        <source>Kontakt: keine Angabe</source>
        <translation>Контакт: не указан</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihre Meldung</source>
        <translation>Пожалуйста, проверьте своё сообщение</translation>
    </message>
    <message>
        <source>Vielleicht ist diese Meldung schon angekommen. Beim Senden prüfen wir das zuerst.</source>
        <translation>Возможно, это сообщение уже дошло. При отправке мы сначала это проверим.</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt senden“ drücken, geht die Meldung an die Stadt.</source>
        <translation>Сообщение уйдёт в город только тогда, когда вы нажмёте «Отправить сейчас».</translation>
    </message>
    <message>
        <source>Jetzt senden</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Ihre Meldung ist angekommen.</source>
        <translation>Ваше сообщение дошло.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Die Stadt bekommt diese Meldung nicht.</source>
        <translation>Это было только упражнение. Город не получит это сообщение.</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer:</source>
        <translation>Ваш номер дела:</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer: %1</source>
        <translation>Ваш номер дела: %1</translation>
    </message>
    <message>
        <source>Die Vorgangsnummer ist unter „Meine Meldungen“ gespeichert. Sie können sie auch aufschreiben.</source>
        <translation>Номер дела сохранён в разделе «Мои сообщения». Вы можете его также записать.</translation>
    </message>
    <message>
        <source>Die Stadt gibt der Meldung bald eine Vorgangsnummer. Sie steht dann unter „Meine Meldungen“.</source>
        <translation>Город скоро даст сообщению номер дела. Тогда он будет в разделе «Мои сообщения».</translation>
    </message>
    <message>
        <source>Die Meldung war schon beim ersten Versuch angekommen. Sie wurde nicht doppelt gesendet.</source>
        <translation>Сообщение дошло ещё с первой попытки. Оно не отправлено дважды.</translation>
    </message>
    <message>
        <source>Zettel zum Mitnehmen</source>
        <translation>Памятка с собой</translation>
    </message>
</context>
<context>
    <name>ServiceInfoPage</name>
    <message>
        <source>Schreiben Sie in das Feld, was Sie erledigen möchten. Zum Beispiel: Ausweis verloren. Tippfehler sind nicht schlimm. Oder wählen Sie eine Aufgabe aus der Liste.</source>
        <translation>Напишите в поле, что вы хотите сделать. Например: потерял удостоверение. Ошибки в написании не страшны. Или выберите дело из списка.</translation>
    </message>
    <message>
        <source>Was möchten Sie erledigen?</source>
        <translation>Что вы хотите сделать?</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Искать</translation>
    </message>
    <message>
        <source>Zum Beispiel: Ausweis verloren, Wohnung anmelden</source>
        <translation>Например: потерял удостоверение, прописка</translation>
    </message>
    <message>
        <source>%1 gefunden: %2</source>
        <translation>Найдено %1: %2</translation>
    </message>
    <message>
        <source>Das haben wir gefunden:</source>
        <translation>Вот что мы нашли:</translation>
    </message>
    <message>
        <source>Das klingt nach einem Problem auf der Straße. Das melden Sie auf der Startseite unter „Problem melden“. Oder wählen Sie aus der Liste.</source>
        <translation>Это похоже на проблему на улице. О ней можно сообщить на главной странице в разделе «Сообщить о проблеме». Или выберите из списка.</translation>
    </message>
    <message>
        <source>Dazu haben wir nichts gefunden. Fragen Sie am Telefon: %1. Oder sehen Sie auf %2 nach. Oder wählen Sie aus der Liste.</source>
        <translation>Мы ничего об этом не нашли. Спросите по телефону: %1. Или посмотрите на %2. Или выберите из списка.</translation>
    </message>
    <message>
        <source>der Seite Ihrer Stadt</source>
        <translation>странице вашего города</translation>
    </message>
    <message>
        <source>Oder wählen Sie aus der Liste:</source>
        <translation>Или выберите из списка:</translation>
    </message>
    <message>
        <source>Die Angaben werden geholt …</source>
        <translation>Данные загружаются …</translation>
    </message>
    <message>
        <source>Wohin gehen Sie?</source>
        <translation>Куда вы идёте?</translation>
    </message>
    <message>
        <source>Wohin können Sie gehen?</source>
        <translation>Куда вы можете пойти?</translation>
    </message>
    <message>
        <source>Telefon: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>E-Mail: %1</source>
        <translation>Эл. почта: %1</translation>
    </message>
    <message>
        <source>Öffnungszeiten: %1</source>
        <translation>Часы работы: %1</translation>
    </message>
    <message>
        <source>Was bringen Sie mit?</source>
        <translation>Что взять с собой?</translation>
    </message>
    <message>
        <source>Was kostet es?</source>
        <translation>Сколько это стоит?</translation>
    </message>
    <message>
        <source>Wie lange dauert es?</source>
        <translation>Сколько это длится?</translation>
    </message>
    <message>
        <source>Gibt es eine Frist?</source>
        <translation>Есть ли срок?</translation>
    </message>
    <message>
        <source>Gut zu wissen</source>
        <translation>Полезно знать</translation>
    </message>
    <message>
        <source>Im Internet</source>
        <translation>В интернете</translation>
    </message>
    <message>
        <source>Einen Termin können Sie auf der Startseite unter „Termin buchen“ vereinbaren.</source>
        <translation>Записаться на приём можно на главной странице в разделе «Записаться на приём».</translation>
    </message>
    <message>
        <source>Etwas anderes suchen</source>
        <translation>Искать что-то другое</translation>
    </message>
    <message>
        <source>Stand: %1</source>
        <translation>По состоянию на: %1</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Das ist die letzte Antwort, die wir bekommen haben.</source>
        <translation>Сейчас нет соединения. Это последний ответ, который мы получили.</translation>
    </message>
    <message>
        <source>Das hat die Stadt %1 dazu aufgeschrieben:</source>
        <translation>Вот что город %1 об этом написал:</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Hier steht, was die Stadt dazu aufgeschrieben hat.</source>
        <translation>Сейчас нет соединения. Вот что город об этом написал.</translation>
    </message>
    <message>
        <source>Dazu haben wir leider keine Angaben.</source>
        <translation>К сожалению, данных об этом у нас нет.</translation>
    </message>
    <message>
        <source>Der Dienst kennt dafür in Ihrer Stadt keine Angaben.</source>
        <translation>У службы нет об этом данных для вашего города.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1 oder im Internet auf %2.</source>
        <translation>Спросите по телефону %1 или в интернете на %2.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1.</source>
        <translation>Спросите по телефону %1.</translation>
    </message>
    <message>
        <source>Mehr steht im Internet auf %1.</source>
        <translation>Больше в интернете на %1.</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Лет</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>Лет</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>Месяцев</translation>
    </message>
    <message>
        <source>Monate</source>
        <translation>Месяцев</translation>
    </message>
    <message>
        <source>Woche</source>
        <translation>Недель</translation>
    </message>
    <message>
        <source>Wochen</source>
        <translation>Недель</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Arbeitstag</source>
        <translation>Рабочих дней</translation>
    </message>
    <message>
        <source>Arbeitstage</source>
        <translation>Рабочих дней</translation>
    </message>
    <message>
        <source>Stunde</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>Stunden</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Sekunde</source>
        <translation>Секунд</translation>
    </message>
    <message>
        <source>Sekunden</source>
        <translation>Секунд</translation>
    </message>
    <message>
        <source>Höchstens %1 %2.</source>
        <translation>%2: не больше %1.</translation>
    </message>
    <message>
        <source>Etwa %1 bis %2 %3.</source>
        <translation>%3: примерно от %1 до %2.</translation>
    </message>
    <message>
        <source>Dazu gibt es keine Angabe.</source>
        <translation>Данных об этом нет.</translation>
    </message>
    <message>
        <source>Das geht sofort.</source>
        <translation>Это делается сразу.</translation>
    </message>
    <message>
        <source>Etwa %1 %2.</source>
        <translation>%2: примерно %1.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Diese Seite ist für die Mitarbeitenden. Hier tragen Sie Zugangsschlüssel ein.</source>
        <translation>Эта страница для сотрудников. Здесь вы вписываете ключи доступа.</translation>
    </message>
</context>
</TS>
