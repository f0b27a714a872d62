<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Wohin Sie gehen und was Sie mitbringen</source>
        <translation>Куди йти і що взяти з собою</translation>
    </message>
    <message>
        <source>Einen Termin im Amt – und Ihre Termine ansehen</source>
        <translation>Запис на прийом в установу – і ваші записи</translation>
    </message>
    <message>
        <source>Ein Schlagloch, eine kaputte Laterne – und Ihre Meldungen</source>
        <translation>Вибоїна, зламаний ліхтар – і ваші повідомлення</translation>
    </message>
    <message>
        <source>Was brauche ich? (Dienst-Auskunft)</source>
        <translation>Що мені потрібно? (довідка про послуги)</translation>
    </message>
    <message>
        <source>Die Einstellungen werden gelesen …</source>
        <translation>Налаштування читаються …</translation>
    </message>
    <message>
        <source>Der Schlüssel ist sicher gespeichert.</source>
        <translation>Ключ надійно збережено.</translation>
    </message>
    <message>
        <source>Der Schlüssel ist gelöscht.</source>
        <translation>Ключ видалено.</translation>
    </message>
    <message>
        <source>Der Schlüssel wurde nicht gespeichert.</source>
        <translation>Ключ не збережено.</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gespeichert …</source>
        <translation>Ключ зберігається …</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gelöscht …</source>
        <translation>Ключ видаляється …</translation>
    </message>
    <message>
        <source>Die Einstellung konnte nicht gespeichert werden.</source>
        <translation>Налаштування не вдалося зберегти.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Welcher Server?</source>
        <translation>Який сервер?</translation>
    </message>
    <message>
        <source>Das Übungsportal läuft nur auf diesem Computer. Dort wird nichts wirklich gesendet.</source>
        <translation>Навчальний портал працює тільки на цьому комп’ютері. Звідти нічого насправді не надсилається.</translation>
    </message>
    <message>
        <source>Die echten Server der Stadt</source>
        <translation>Справжні сервери міста</translation>
    </message>
    <message>
        <source>Das Übungsportal</source>
        <translation>Навчальний портал</translation>
    </message>
    <message>
        <source>Was diese Stadt anbietet</source>
        <translation>Що пропонує це місто</translation>
    </message>
    <message>
        <source>%1: kein Server. Ersatz: %2</source>
        <translation>%1: немає сервера. Замість нього: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(Adresse noch nicht bestätigt)</source>
        <translation>(адресу ще не підтверджено)</translation>
    </message>
    <message>
        <source>Zugangsschlüssel</source>
        <translation>Ключі доступу</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Schlüsselspeicher. Deshalb kann hier kein Schlüssel gespeichert werden. Schlüssel werden niemals offen in eine Datei geschrieben. Bitte richten Sie einen Schlüsselbund des Systems ein.</source>
        <translation>На цьому комп’ютері немає надійного сховища ключів. Тому ключ тут зберегти не можна. Ключі ніколи не записуються у файл відкритим текстом. Будь ласка, налаштуйте сховище ключів системи.</translation>
    </message>
    <message>
        <source>Für diese Stadt braucht man keinen Schlüssel.</source>
        <translation>Для цього міста ключ не потрібен.</translation>
    </message>
    <message>
        <source>%1: Ein Schlüssel ist gespeichert.</source>
        <translation>%1: ключ збережено.</translation>
    </message>
    <message>
        <source>%1: Es ist noch kein Schlüssel gespeichert.</source>
        <translation>%1: ключ ще не збережено.</translation>
    </message>
    <message>
        <source>Neuer Schlüssel für „%1“</source>
        <translation>Новий ключ для «%1»</translation>
    </message>
    <message>
        <source>Der Schlüssel wird nur im Schlüsselbund des Systems gespeichert.</source>
        <translation>Ключ зберігається тільки в сховищі ключів системи.</translation>
    </message>
    <message>
        <source>Schlüssel speichern</source>
        <translation>Зберегти ключ</translation>
    </message>
    <message>
        <source>Schlüssel löschen</source>
        <translation>Видалити ключ</translation>
    </message>
    <message>
        <source>Es gibt gerade keine Verbindung. Prüfen Sie das Internet. Versuchen Sie es dann noch einmal.</source>
        <translation>Зараз немає з’єднання. Перевірте інтернет. Потім спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>Сервер не відповів вчасно. Будь ласка, спробуйте ще раз трохи пізніше.</translation>
    </message>
    <message>
        <source>Der Server ist gerade überlastet. Bitte versuchen Sie es in ein paar Minuten noch einmal.</source>
        <translation>Сервер зараз перевантажений. Будь ласка, спробуйте ще раз за кілька хвилин.</translation>
    </message>
    <message>
        <source>Das wurde nicht gefunden. Vielleicht wurde es schon gelöscht.</source>
        <translation>Цього не знайдено. Можливо, це вже видалено.</translation>
    </message>
    <message>
        <source>Der Server hat eine unverständliche Antwort geschickt. Vielleicht wird er gerade gewartet. Bitte versuchen Sie es später noch einmal.</source>
        <translation>Сервер надіслав незрозумілу відповідь. Можливо, його зараз обслуговують. Будь ласка, спробуйте ще раз пізніше.</translation>
    </message>
    <message>
        <source>Für diesen Dienst fehlt ein Zugangsschlüssel. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Для цієї послуги бракує ключа доступу. Будь ласка, повідомте працівників.</translation>
    </message>
    <message>
        <source>Der Server lässt uns gerade nicht hinein. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Сервер зараз нас не пускає. Будь ласка, повідомте працівників.</translation>
    </message>
    <message>
        <source>Die Verbindung zum Server ist nicht sicher. Deshalb wird nichts gesendet. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>З’єднання із сервером не захищене. Тому нічого не надсилається. Будь ласка, повідомте працівників.</translation>
    </message>
    <message>
        <source>Das geht in Ihrer Stadt leider nicht über dieses Programm.</source>
        <translation>На жаль, у вашому місті це не можна зробити через цю програму.</translation>
    </message>
    <message>
        <source>Sie haben abgebrochen. Es ist nichts passiert.</source>
        <translation>Ви скасували. Нічого не сталося.</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin. Bitte sehen Sie in Ihren E-Mails nach oder rufen Sie 115 an. Wir buchen nicht noch einmal.</source>
        <translation>Можливо, у вас уже є запис. Будь ласка, перевірте свою електронну пошту або зателефонуйте за номером 115. Ми не записуємо вдруге.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob es angekommen ist. Deshalb senden wir es nicht doppelt. Beim nächsten Versuch prüfen wir das zuerst.</source>
        <translation>Ми не знаємо точно, чи це надійшло. Тому ми не надсилаємо вдруге. Під час наступної спроби ми спершу це перевіримо.</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Speicher. Deshalb wird hier nichts gespeichert.</source>
        <translation>На цьому комп’ютері немає надійного сховища. Тому тут нічого не зберігається.</translation>
    </message>
    <message>
        <source>So viele Anliegen passen nicht in einen Termin. Bitte buchen Sie weniger auf einmal.</source>
        <translation>Стільки справ не вміщується в один запис. Будь ласка, записуйтеся на менше справ за раз.</translation>
    </message>
    <message>
        <source>Bei diesem Amt sind gerade keine Termine frei. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>У цій установі зараз немає вільних місць. Будь ласка, спробуйте пізніше або зателефонуйте за номером 115.</translation>
    </message>
    <message>
        <source>Eine Angabe wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Одне з полів не прийнято. Будь ласка, перевірте свої дані.</translation>
    </message>
    <message>
        <source>Beim Amt fehlen gerade Angaben zu diesem Termin. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>В установі зараз бракує даних про цей запис. Будь ласка, спробуйте пізніше або зателефонуйте за номером 115.</translation>
    </message>
    <message>
        <source>Der Server hat die Anfrage dieses Programms nicht verstanden. Das ist nicht Ihr Fehler. Bitte sagen Sie den Mitarbeitenden Bescheid oder rufen Sie 115 an.</source>
        <translation>Сервер не зрозумів запит цієї програми. Це не ваша помилка. Будь ласка, повідомте працівників або зателефонуйте за номером 115.</translation>
    </message>
    <message>
        <source>Die Beschreibung ist zu lang. Bitte kürzen Sie sie auf höchstens 4000 Zeichen.</source>
        <translation>Опис задовгий. Будь ласка, скоротіть його до 4000 знаків.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst eine Uhrzeit.</source>
        <translation>Будь ласка, спершу виберіть час.</translation>
    </message>
    <message>
        <source>Die Angaben wurden nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Дані не прийнято. Будь ласка, перевірте їх.</translation>
    </message>
    <message>
        <source>Dieser Termin ist inzwischen vergeben. Bitte wählen Sie eine andere Uhrzeit.</source>
        <translation>Цей час тим часом уже зайняли. Будь ласка, виберіть інший час.</translation>
    </message>
    <message>
        <source>Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin noch einmal.</source>
        <translation>Бронювання закінчилося. Будь ласка, виберіть запис ще раз.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Адресу електронної пошти не прийнято. Будь ласка, перевірте її.</translation>
    </message>
    <message>
        <source>Dieses Amt verlangt eine Prüfung, die dieses Programm nicht kann. Bitte buchen Sie im Internet oder am Telefon.</source>
        <translation>Ця установа вимагає перевірку, яку ця програма не вміє. Будь ласка, запишіться в інтернеті або телефоном.</translation>
    </message>
    <message>
        <source>Dieser Termin kann nicht mehr abgesagt werden. Bitte rufen Sie das Amt an.</source>
        <translation>Цей запис уже не можна скасувати. Будь ласка, зателефонуйте в установу.</translation>
    </message>
    <message>
        <source>Die gespeicherten Zugangsdaten passen nicht zu diesem Termin. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>Збережені дані доступу не підходять до цього запису. Скасувати можна за посиланням в електронному листі установи.</translation>
    </message>
    <message>
        <source>Der Name wurde nicht angenommen. Bitte prüfen Sie ihn.</source>
        <translation>Ім’я не прийнято. Будь ласка, перевірте його.</translation>
    </message>
    <message>
        <source>Die Telefonnummer wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Номер телефону не прийнято. Будь ласка, перевірте його.</translation>
    </message>
    <message>
        <source>Dieses Amt bietet das nicht an. Bitte wählen Sie ein anderes Anliegen oder Amt.</source>
        <translation>Ця установа цього не пропонує. Будь ласка, виберіть іншу справу або установу.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst, worum es geht.</source>
        <translation>Будь ласка, спершу виберіть, про що йдеться.</translation>
    </message>
    <message>
        <source>Sie haben schon zu viele Termine gebucht. Bitte sagen Sie erst einen alten Termin ab.</source>
        <translation>Ви вже записалися на забагато прийомів. Будь ласка, спершу скасуйте старий запис.</translation>
    </message>
</context>
<context>
    <name>BookingConfirmation</name>
    <message>
        <source>Ihr Termin ist gebucht.</source>
        <translation>Вас записано на прийом.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Beim Amt ist nichts gebucht, und es kommt keine E-Mail.</source>
        <translation>Це була тільки вправа. В установі нічого не записано, і електронного листа не буде.</translation>
    </message>
    <message>
        <source>Ihr Termin ist vorgemerkt.</source>
        <translation>Ваш запис попередньо зарезервовано.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen eine E-Mail. Bitte klicken Sie dort auf den Link zum Bestätigen.</source>
        <translation>Установа надішле вам електронний лист. Будь ласка, натисніть там на посилання для підтвердження.</translation>
    </message>
    <message>
        <source>Dieser Computer kann den Termin nicht sicher speichern. Unter „Meine Termine“ steht er deshalb nicht. Bitte schreiben Sie sich die Vorgangsnummer auf.</source>
        <translation>Цей комп’ютер не може надійно зберегти запис. Тому його немає в розділі «Мої записи». Будь ласка, запишіть собі номер справи.</translation>
    </message>
    <message>
        <source>Absagen können Sie über den Link in der E-Mail.</source>
        <translation>Скасувати можна за посиланням в електронному листі.</translation>
    </message>
    <message>
        <source>Sie finden den Termin auch unter „Meine Termine“.</source>
        <translation>Запис ви знайдете також у розділі «Мої записи».</translation>
    </message>
    <message>
        <source>Wann: %1</source>
        <translation>Коли: %1</translation>
    </message>
    <message>
        <source>Wo: %1</source>
        <translation>Де: %1</translation>
    </message>
    <message>
        <source>Anliegen: %1</source>
        <translation>Справа: %1</translation>
    </message>
    <message>
        <source>Vorgangsnummer: %1</source>
        <translation>Номер справи: %1</translation>
    </message>
    <message>
        <source>Aufrufnummer: %1</source>
        <translation>Номер виклику: %1</translation>
    </message>
    <message>
        <source>Zum Kalender hinzufügen</source>
        <translation>Додати в календар</translation>
    </message>
    <message>
        <source>Eine Datei speichern geht an diesem Computer nicht. Sie bliebe hier für andere liegen. Bitte drucken Sie den Termin aus.</source>
        <translation>Зберегти файл на цьому комп’ютері не можна. Він залишився б тут для інших. Будь ласка, надрукуйте запис.</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-файли (*.pdf)</translation>
    </message>
    <message>
        <source>Kalender-Dateien (*.ics)</source>
        <translation>Файли календаря (*.ics)</translation>
    </message>
    <message>
        <source>Gespeichert: %1. Öffnen Sie die Datei mit Ihrem Kalender.</source>
        <translation>Збережено: %1. Відкрийте файл у своєму календарі.</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Bitte wählen Sie einen anderen Ort.</source>
        <translation>Зберегти не вдалося. Будь ласка, виберіть інше місце.</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>In %1 kann dieses Programm leider keine Termine buchen.</source>
        <translation>На жаль, у місті %1 ця програма не може записувати на прийом.</translation>
    </message>
    <message>
        <source>Ein angefangener Termin konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>Розпочатий запис не вдалося прочитати. Будь ласка, почніть знову.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, einen Termin zu buchen.</source>
        <translation>Ви вже почали записуватися на прийом.</translation>
    </message>
    <message>
        <source>Vielleicht ist er schon gebucht. Wir prüfen das zuerst.</source>
        <translation>Можливо, вас уже записано. Ми спершу це перевіримо.</translation>
    </message>
    <message>
        <source>Einen neuen Termin buchen</source>
        <translation>Записатися на новий прийом</translation>
    </message>
    <message>
        <source>Zuerst prüfen wir den angefangenen Termin. So wird nichts doppelt gebucht.</source>
        <translation>Спершу ми перевіримо розпочатий запис. Так нічого не буде записано двічі.</translation>
    </message>
    <message>
        <source>Die Ämter werden geladen …</source>
        <translation>Установи завантажуються …</translation>
    </message>
    <message>
        <source>In welches Amt möchten Sie gehen?</source>
        <translation>До якої установи ви хочете піти?</translation>
    </message>
    <message>
        <source>Gerade bietet kein Amt Termine an. Bitte versuchen Sie es später noch einmal.</source>
        <translation>Зараз жодна установа не пропонує запис. Будь ласка, спробуйте пізніше.</translation>
    </message>
    <message>
        <source>Für diesen Termin wurde schon gebucht. Solange wir nicht wissen, ob es geklappt hat, bleibt er so. Auf der letzten Seite prüfen wir das.</source>
        <translation>Цей запис уже надіслано. Поки ми не знаємо, чи вдалося, він залишається таким. На останній сторінці ми це перевіримо.</translation>
    </message>
    <message>
        <source>Was möchten Sie dort erledigen?</source>
        <translation>Що ви хочете там зробити?</translation>
    </message>
    <message>
        <source>Die freien Tage werden gesucht …</source>
        <translation>Шукаємо вільні дні …</translation>
    </message>
    <message>
        <source>An welchem Tag möchten Sie kommen?</source>
        <translation>Якого дня ви хочете прийти?</translation>
    </message>
    <message>
        <source>In den nächsten 30 Tagen ist leider kein Termin frei.</source>
        <translation>На жаль, у найближчі 30 днів немає вільного часу.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon nach: %1</source>
        <translation>Запитайте телефоном: %1</translation>
    </message>
    <message>
        <source>Ein anderes Amt wählen</source>
        <translation>Вибрати іншу установу</translation>
    </message>
    <message>
        <source>Das sind die nächsten Tage mit freien Terminen.</source>
        <translation>Це найближчі дні з вільним часом.</translation>
    </message>
    <message>
        <source>1 freier Termin</source>
        <translation>1 вільне місце</translation>
    </message>
    <message>
        <source>%1 freie Termine</source>
        <translation>Вільних місць: %1</translation>
    </message>
    <message>
        <source>Spätere Tage zeigen</source>
        <translation>Показати пізніші дні</translation>
    </message>
    <message>
        <source>An diesem Tag ist nichts mehr frei. Bitte wählen Sie einen anderen Tag.</source>
        <translation>Цього дня вже нічого немає. Будь ласка, виберіть інший день.</translation>
    </message>
    <message>
        <source>Um wie viel Uhr?</source>
        <translation>О котрій годині?</translation>
    </message>
    <message>
        <source>Der Termin wird gebucht …</source>
        <translation>Записуємо на прийом …</translation>
    </message>
    <message>
        <source>Hier buchen Sie einen Termin in einem Amt. Sie wählen das Amt, das Anliegen, den Tag und die Uhrzeit. Erst auf der letzten Seite wird gebucht.</source>
        <translation>Тут ви записуєтеся на прийом в установу. Ви вибираєте установу, справу, день і час. Запис відбувається тільки на останній сторінці.</translation>
    </message>
</context>
<context>
    <name>BookingScreens</name>
    <message>
        <source>Auf welchen Namen soll der Termin gehen?</source>
        <translation>На чиє ім’я записати?</translation>
    </message>
    <message>
        <source>Ihr Name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>Vorname und Nachname</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <source>Ihre E-Mail-Adresse</source>
        <translation>Ваша адреса електронної пошти</translation>
    </message>
    <message>
        <source>In der Übung wird keine E-Mail geschickt.</source>
        <translation>У вправі електронний лист не надсилається.</translation>
    </message>
    <message>
        <source>Dorthin schickt das Amt die Bestätigung.</source>
        <translation>Туди установа надішле підтвердження.</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer</source>
        <translation>Ваш номер телефону</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer (wenn Sie möchten)</source>
        <translation>Ваш номер телефону (якщо бажаєте)</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihren Namen in das Feld.</source>
        <translation>Будь ласка, напишіть своє ім’я в поле.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre E-Mail-Adresse. Dorthin kommt die Bestätigung.</source>
        <translation>Будь ласка, напишіть свою адресу електронної пошти. Туди прийде підтвердження.</translation>
    </message>
    <message>
        <source>Das Amt nimmt keine E-Mail-Adresse mit ä, ö, ü, ß oder anderen besonderen Buchstaben an. Bitte nehmen Sie eine andere Adresse. Wenn Sie keine haben, buchen Sie bitte am Telefon (115).</source>
        <translation>Установа не приймає адреси електронної пошти з ä, ö, ü, ß або іншими особливими літерами. Будь ласка, візьміть іншу адресу. Якщо у вас її немає, будь ласка, запишіться телефоном (115).</translation>
    </message>
    <message>
        <source>In einer E-Mail-Adresse steht kein Leerzeichen. Bitte prüfen Sie die Adresse.</source>
        <translation>В адресі електронної пошти немає пробілів. Будь ласка, перевірте адресу.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt. Zum Beispiel: anna.schmidt@beispiel.de</source>
        <translation>Адреса електронної пошти виглядає неповною. Їй потрібні @ і крапка. Наприклад: anna.schmidt@beispiel.de</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre Telefonnummer in das Feld.</source>
        <translation>Будь ласка, напишіть свій номер телефону в поле.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie in die Telefonnummer nur Ziffern. Zum Beispiel: 0234 123456</source>
        <translation>Будь ласка, пишіть у номері телефону тільки цифри. Наприклад: 0234 123456</translation>
    </message>
    <message>
        <source>Die Telefonnummer hat zu wenige oder zu viele Ziffern. Bitte prüfen Sie sie. Zum Beispiel: 0234 123456</source>
        <translation>У номері телефону замало або забагато цифр. Будь ласка, перевірте його. Наприклад: 0234 123456</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihren Termin</source>
        <translation>Будь ласка, перевірте свій запис</translation>
    </message>
    <message>
        <source>Vielleicht ist dieser Termin schon gebucht. Beim Buchen prüfen wir das zuerst. Er wird nicht doppelt gebucht.</source>
        <translation>Можливо, вас уже записано. Під час запису ми спершу це перевіримо. Двічі вас не запишуть.</translation>
    </message>
    <message>
        <source>Amt</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt buchen“ drücken, wird der Termin gebucht.</source>
        <translation>Запис відбудеться тільки тоді, коли ви натиснете «Записатися зараз».</translation>
    </message>
    <message>
        <source>Jetzt buchen</source>
        <translation>Записатися зараз</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin.</source>
        <translation>Можливо, у вас уже є запис.</translation>
    </message>
    <message>
        <source>Das Programm wurde beim Buchen beendet. Dieser Computer konnte sich den Termin nicht merken. Deshalb wissen wir nicht, ob er gebucht ist.</source>
        <translation>Програму закрили під час запису. Цей комп’ютер не зміг запам’ятати запис. Тому ми не знаємо, чи вас записано.</translation>
    </message>
    <message>
        <source>So prüfen Sie es: Sehen Sie in Ihren E-Mails nach. Wenn der Termin gebucht ist, hat das Amt Ihnen geschrieben. Oder rufen Sie die Behördennummer 115 an.</source>
        <translation>Як це перевірити: подивіться свою електронну пошту. Якщо вас записано, установа вам написала. Або зателефонуйте за номером установ 115.</translation>
    </message>
    <message>
        <source>Wir buchen nicht noch einmal, damit Sie nicht zwei Termine haben.</source>
        <translation>Ми не записуємо вдруге, щоб у вас не було двох записів.</translation>
    </message>
    <message>
        <source>Ich habe nachgesehen: Es gibt keinen Termin. Neu wählen</source>
        <translation>Я перевірив: запису немає. Вибрати знову</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Sie haben abgebrochen.</source>
        <translation>Ви скасували.</translation>
    </message>
    <message>
        <source>Weitermachen</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Neu anfangen</source>
        <translation>Почати знову</translation>
    </message>
    <message>
        <source>Am Telefon: %1</source>
        <translation>Телефоном: %1</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt gespeichert.</source>
        <translation>Те, що ви ввели, залишається збереженим.</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt, bis Sie fertig sind. Dann wird es gelöscht.</source>
        <translation>Те, що ви ввели, зберігається, поки ви не закінчите. Потім це видаляється.</translation>
    </message>
    <message>
        <source>Mit dem Übungsportal üben</source>
        <translation>Потренуватися з навчальним порталом</translation>
    </message>
</context>
<context>
    <name>FlowScreen</name>
    <message>
        <source>Ihre Wahl</source>
        <translation>Ваш вибір</translation>
    </message>
    <message>
        <source>Details für Helfer</source>
        <translation>Подробиці для помічників</translation>
    </message>
</context>
<context>
    <name>MyAppointments</name>
    <message>
        <source>Meine Termine</source>
        <translation>Мої записи</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Termine war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>Список ваших записів був пошкоджений. Його відкладено вбік.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungstermine. Sie sind nicht wirklich beim Amt gebucht.</source>
        <translation>Тут тільки навчальні записи. Насправді в установі їх не зроблено.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Termine gespeichert.</source>
        <translation>Тут ще немає збережених записів.</translation>
    </message>
    <message>
        <source>ohne Uhrzeit</source>
        <translation>без часу</translation>
    </message>
    <message>
        <source>vorgemerkt</source>
        <translation>попередньо зарезервовано</translation>
    </message>
    <message>
        <source>noch nicht bestätigt</source>
        <translation>ще не підтверджено</translation>
    </message>
    <message>
        <source>gebucht</source>
        <translation>записано</translation>
    </message>
    <message>
        <source>abgesagt</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>beim Amt in Bearbeitung</source>
        <translation>в установі в обробці</translation>
    </message>
    <message>
        <source>Der Termin wird beim Amt nachgesehen …</source>
        <translation>Перевіряємо запис в установі …</translation>
    </message>
    <message>
        <source>Die Zugangsdaten für diesen Termin fehlen auf diesem Computer. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>Даних доступу до цього запису на цьому комп’ютері немає. Скасувати можна за посиланням в електронному листі установи.</translation>
    </message>
    <message>
        <source>Aus der Liste entfernen</source>
        <translation>Прибрати зі списку</translation>
    </message>
    <message>
        <source>Stand beim Amt: %1</source>
        <translation>Стан в установі: %1</translation>
    </message>
    <message>
        <source>Termin absagen</source>
        <translation>Скасувати запис</translation>
    </message>
    <message>
        <source>Zurück zu meinen Terminen</source>
        <translation>Назад до моїх записів</translation>
    </message>
    <message>
        <source>Möchten Sie den Termin wirklich absagen?</source>
        <translation>Ви справді хочете скасувати запис?</translation>
    </message>
    <message>
        <source>Das kann man nicht rückgängig machen. Den Termin bekommt dann jemand anderes.</source>
        <translation>Цього не можна скасувати. Тоді цей час отримає хтось інший.</translation>
    </message>
    <message>
        <source>Nein, Termin behalten</source>
        <translation>Ні, залишити запис</translation>
    </message>
    <message>
        <source>Ja, Termin absagen</source>
        <translation>Так, скасувати запис</translation>
    </message>
    <message>
        <source>Der Termin wird abgesagt …</source>
        <translation>Запис скасовується …</translation>
    </message>
    <message>
        <source>Der Termin ist abgesagt.</source>
        <translation>Запис скасовано.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen dazu vielleicht noch eine E-Mail.</source>
        <translation>Установа, можливо, ще надішле вам про це електронний лист.</translation>
    </message>
    <message>
        <source>Der Termin wird entfernt …</source>
        <translation>Запис прибирається …</translation>
    </message>
</context>
<context>
    <name>MyReports</name>
    <message>
        <source>Meine Meldungen</source>
        <translation>Мої повідомлення</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Meldungen war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>Список ваших повідомлень був пошкоджений. Його відкладено вбік.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungsmeldungen. Sie sind nicht wirklich an die Stadt gegangen.</source>
        <translation>Тут тільки навчальні повідомлення. Насправді до міста вони не надходили.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Meldungen gespeichert.</source>
        <translation>Тут ще немає збережених повідомлень.</translation>
    </message>
    <message>
        <source>noch ohne Vorgangsnummer</source>
        <translation>ще без номера справи</translation>
    </message>
    <message>
        <source>Vorgangsnummer %1</source>
        <translation>Номер справи %1</translation>
    </message>
    <message>
        <source>Gesendet am %1</source>
        <translation>Надіслано %1</translation>
    </message>
    <message>
        <source>Der Stand wird bei der Stadt nachgefragt …</source>
        <translation>Запитуємо стан у міста …</translation>
    </message>
    <message>
        <source>Die Stadt hat der Meldung noch keine Vorgangsnummer gegeben. Bitte schauen Sie später wieder.</source>
        <translation>Місто ще не дало повідомленню номер справи. Будь ласка, подивіться пізніше.</translation>
    </message>
    <message>
        <source>Meldung mit der Vorgangsnummer %1</source>
        <translation>Повідомлення з номером справи %1</translation>
    </message>
    <message>
        <source>Die Stadt bearbeitet die Meldung.</source>
        <translation>Місто працює над повідомленням.</translation>
    </message>
    <message>
        <source>Die Stadt hat die Meldung erledigt.</source>
        <translation>Місто опрацювало повідомлення.</translation>
    </message>
    <message>
        <source>Die Stadt schreibt: %1</source>
        <translation>Місто пише: %1</translation>
    </message>
    <message>
        <source>Zuletzt geändert: %1</source>
        <translation>Востаннє змінено: %1</translation>
    </message>
    <message>
        <source>Voraussichtlich erledigt: %1</source>
        <translation>Орієнтовно буде виконано: %1</translation>
    </message>
    <message>
        <source>Zurück zu meinen Meldungen</source>
        <translation>Назад до моїх повідомлень</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Übung – nichts wird gesendet</source>
        <translation>Вправа – нічого не надсилається</translation>
    </message>
    <message>
        <source>Übungsportal – es wird nichts wirklich gesendet</source>
        <translation>Навчальний портал – насправді нічого не надсилається</translation>
    </message>
    <message>
        <source>Übung beenden</source>
        <translation>Закінчити вправу</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>In %1 kann dieses Programm leider keine Probleme melden.</source>
        <translation>На жаль, у місті %1 ця програма не може повідомляти про проблеми.</translation>
    </message>
    <message>
        <source>Eine angefangene Meldung konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>Розпочате повідомлення не вдалося прочитати. Будь ласка, почніть знову.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, ein Problem zu melden.</source>
        <translation>Ви вже почали повідомляти про проблему.</translation>
    </message>
    <message>
        <source>Vielleicht ist die Meldung schon angekommen. Wir prüfen das zuerst.</source>
        <translation>Можливо, повідомлення вже надійшло. Ми спершу це перевіримо.</translation>
    </message>
    <message>
        <source>Ein neues Problem melden</source>
        <translation>Повідомити про нову проблему</translation>
    </message>
    <message>
        <source>Die Themen werden geladen …</source>
        <translation>Теми завантажуються …</translation>
    </message>
    <message>
        <source>Worum geht es?</source>
        <translation>Про що йдеться?</translation>
    </message>
    <message>
        <source>Die Fragen werden geladen …</source>
        <translation>Запитання завантажуються …</translation>
    </message>
    <message>
        <source>Hier melden Sie der Stadt ein Problem auf der Straße. Zum Beispiel ein Schlagloch oder eine kaputte Laterne. Erst auf der letzten Seite wird gesendet.</source>
        <translation>Тут ви повідомляєте місту про проблему на вулиці. Наприклад, вибоїна або зламаний ліхтар. Надсилається тільки на останній сторінці.</translation>
    </message>
    <message>
        <source>Noch einmal prüfen und senden</source>
        <translation>Ще раз перевірити і надіслати</translation>
    </message>
    <message>
        <source>Trotzdem senden (kann doppelt ankommen)</source>
        <translation>Все одно надіслати (може надійти двічі)</translation>
    </message>
    <message>
        <source>Die Meldung wird gesendet …</source>
        <translation>Повідомлення надсилається …</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Bitte lesen Sie das zuerst</source>
        <translation>Будь ласка, спершу прочитайте це</translation>
    </message>
    <message>
        <source>Frage %1 von %2</source>
        <translation>Запитання %1 з %2</translation>
    </message>
    <message>
        <source>Diese Frage müssen Sie beantworten.</source>
        <translation>На це запитання треба відповісти.</translation>
    </message>
    <message>
        <source>Diese Frage können Sie auch überspringen.</source>
        <translation>Це запитання можна й пропустити.</translation>
    </message>
    <message>
        <source>Überspringen</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>Bitte wählen Sie mindestens eine Antwort.</source>
        <translation>Будь ласка, виберіть хоча б одну відповідь.</translation>
    </message>
    <message>
        <source>Ihre Antwort</source>
        <translation>Ваша відповідь</translation>
    </message>
    <message>
        <source>Tag und Uhrzeit, zum Beispiel 24.12.2026 14:30</source>
        <translation>День і час, наприклад 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Eine Zahl, zum Beispiel 3</source>
        <translation>Число, наприклад 3</translation>
    </message>
    <message>
        <source>Ihre Antwort auf: %1</source>
        <translation>Ваша відповідь на: %1</translation>
    </message>
    <message>
        <source>Bitte beantworten Sie diese Frage. Ohne Antwort geht es nicht weiter.</source>
        <translation>Будь ласка, дайте відповідь на це запитання. Без відповіді далі не можна.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie nur eine Zahl. Zum Beispiel: 3</source>
        <translation>Будь ласка, напишіть тільки число. Наприклад: 3</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Tag und Uhrzeit so: 24.12.2026 14:30</source>
        <translation>Будь ласка, напишіть день і час так: 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Jetzt eintragen</source>
        <translation>Вписати зараз</translation>
    </message>
</context>
<context>
    <name>ReportScreens</name>
    <message>
        <source>Wo ist das Problem?</source>
        <translation>Де проблема?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Hauptstraße 5, vor dem Bäcker</source>
        <translation>Наприклад: Hauptstraße 5, перед пекарнею</translation>
    </message>
    <message>
        <source>Straße und Hausnummer, oder ein bekannter Ort in der Nähe</source>
        <translation>Вулиця й номер будинку або відоме місце поблизу</translation>
    </message>
    <message>
        <source>Diesen Ort finden wir im Straßenverzeichnis der Stadt nicht. Bitte schreiben Sie eine Straße mit Hausnummer oder einen bekannten Ort in der Nähe, zum Beispiel „Rathaus“.</source>
        <translation>Цього місця немає в переліку вулиць міста. Будь ласка, напишіть вулицю з номером будинку або відоме місце поблизу, наприклад „Rathaus“ (ратуша).</translation>
    </message>
    <message>
        <source>Beschreiben Sie das Problem</source>
        <translation>Опишіть проблему</translation>
    </message>
    <message>
        <source>Was ist los?</source>
        <translation>Що сталося?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Das Loch ist groß. Radfahrer müssen ausweichen.</source>
        <translation>Наприклад: Яма велика. Велосипедисти мусять її об’їжджати.</translation>
    </message>
    <message>
        <source>Der Text ist zu lang: %1 Zeichen. Erlaubt sind %2. Bitte kürzen Sie ihn.</source>
        <translation>Текст задовгий: знаків %1. Дозволено %2. Будь ласка, скоротіть його.</translation>
    </message>
    <message>
        <source>Möchte die Stadt Sie erreichen können?</source>
        <translation>Чи має місто змогу зв’язатися з вами?</translation>
    </message>
    <message>
        <source>Das ist freiwillig. Sie können alles leer lassen.</source>
        <translation>Це добровільно. Ви можете залишити все порожнім.</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <translation>Адреса електронної пошти</translation>
    </message>
    <message>
        <source>Dann bekommen Sie Nachricht, wenn das Problem erledigt ist.</source>
        <translation>Тоді ви отримаєте повідомлення, коли проблему буде усунено.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt.</source>
        <translation>Адреса електронної пошти виглядає неповною. Їй потрібні @ і крапка.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie die E-Mail-Adresse ohne ä, ö, ü oder ß. Oder lassen Sie das Feld leer.</source>
        <translation>Будь ласка, напишіть адресу електронної пошти без ä, ö, ü чи ß. Або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>Thema: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Beschreibung: %1</source>
        <translation>Опис: %1</translation>
    </message>
    <message>
        <source>Kontakt: %1</source>
        <translation>Контакт: %1</translation>
    </message>
    <message>
        <source>Kontakt: keine Angabe</source>
        <translation>Контакт: не вказано</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihre Meldung</source>
        <translation>Будь ласка, перевірте своє повідомлення</translation>
    </message>
    <message>
        <source>Vielleicht ist diese Meldung schon angekommen. Beim Senden prüfen wir das zuerst.</source>
        <translation>Можливо, це повідомлення вже надійшло. Під час надсилання ми спершу це перевіримо.</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt senden“ drücken, geht die Meldung an die Stadt.</source>
        <translation>Повідомлення піде до міста тільки тоді, коли ви натиснете «Надіслати зараз».</translation>
    </message>
    <message>
        <source>Jetzt senden</source>
        <translation>Надіслати зараз</translation>
    </message>
    <message>
        <source>Ihre Meldung ist angekommen.</source>
        <translation>Ваше повідомлення надійшло.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Die Stadt bekommt diese Meldung nicht.</source>
        <translation>Це була тільки вправа. Місто не отримає це повідомлення.</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer:</source>
        <translation>Ваш номер справи:</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer: %1</source>
        <translation>Ваш номер справи: %1</translation>
    </message>
    <message>
        <source>Die Vorgangsnummer ist unter „Meine Meldungen“ gespeichert. Sie können sie auch aufschreiben.</source>
        <translation>Номер справи збережено в розділі «Мої повідомлення». Ви можете його також записати.</translation>
    </message>
    <message>
        <source>Die Stadt gibt der Meldung bald eine Vorgangsnummer. Sie steht dann unter „Meine Meldungen“.</source>
        <translation>Місто скоро дасть повідомленню номер справи. Тоді він буде в розділі «Мої повідомлення».</translation>
    </message>
    <message>
        <source>Die Meldung war schon beim ersten Versuch angekommen. Sie wurde nicht doppelt gesendet.</source>
        <translation>Повідомлення надійшло ще з першої спроби. Його не надіслано двічі.</translation>
    </message>
    <message>
        <source>Zettel zum Mitnehmen</source>
        <translation>Пам’ятка з собою</translation>
    </message>
</context>
<context>
    <name>ServiceInfoPage</name>
    <message>
        <source>Schreiben Sie in das Feld, was Sie erledigen möchten. Zum Beispiel: Ausweis verloren. Tippfehler sind nicht schlimm. Oder wählen Sie eine Aufgabe aus der Liste.</source>
        <translation>Напишіть у поле, що ви хочете зробити. Наприклад: загубив посвідчення. Помилки в написанні не страшні. Або виберіть справу зі списку.</translation>
    </message>
    <message>
        <source>Was möchten Sie erledigen?</source>
        <translation>Що ви хочете зробити?</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Шукати</translation>
    </message>
    <message>
        <source>Zum Beispiel: Ausweis verloren, Wohnung anmelden</source>
        <translation>Наприклад: загубив посвідчення, прописка</translation>
    </message>
    <message>
        <source>%1 gefunden: %2</source>
        <translation>Знайдено %1: %2</translation>
    </message>
    <message>
        <source>Das haben wir gefunden:</source>
        <translation>Ось що ми знайшли:</translation>
    </message>
    <message>
        <source>Das klingt nach einem Problem auf der Straße. Das melden Sie auf der Startseite unter „Problem melden“. Oder wählen Sie aus der Liste.</source>
        <translation>Це схоже на проблему на вулиці. Про це можна повідомити на головній сторінці в розділі «Повідомити про проблему». Або виберіть зі списку.</translation>
    </message>
    <message>
        <source>Dazu haben wir nichts gefunden. Fragen Sie am Telefon: %1. Oder sehen Sie auf %2 nach. Oder wählen Sie aus der Liste.</source>
        <translation>Ми нічого про це не знайшли. Запитайте телефоном: %1. Або подивіться на %2. Або виберіть зі списку.</translation>
    </message>
    <message>
        <source>der Seite Ihrer Stadt</source>
        <translation>сторінці вашого міста</translation>
    </message>
    <message>
        <source>Oder wählen Sie aus der Liste:</source>
        <translation>Або виберіть зі списку:</translation>
    </message>
    <message>
        <source>Die Angaben werden geholt …</source>
        <translation>Дані завантажуються …</translation>
    </message>
    <message>
        <source>Wohin gehen Sie?</source>
        <translation>Куди ви йдете?</translation>
    </message>
    <message>
        <source>Wohin können Sie gehen?</source>
        <translation>Куди ви можете піти?</translation>
    </message>
    <message>
        <source>Telefon: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>E-Mail: %1</source>
        <translation>Ел. пошта: %1</translation>
    </message>
    <message>
        <source>Öffnungszeiten: %1</source>
        <translation>Години роботи: %1</translation>
    </message>
    <message>
        <source>Was bringen Sie mit?</source>
        <translation>Що взяти з собою?</translation>
    </message>
    <message>
        <source>Was kostet es?</source>
        <translation>Скільки це коштує?</translation>
    </message>
    <message>
        <source>Wie lange dauert es?</source>
        <translation>Скільки це триває?</translation>
    </message>
    <message>
        <source>Gibt es eine Frist?</source>
        <translation>Чи є кінцевий строк?</translation>
    </message>
    <message>
        <source>Gut zu wissen</source>
        <translation>Корисно знати</translation>
    </message>
    <message>
        <source>Im Internet</source>
        <translation>В інтернеті</translation>
    </message>
    <message>
        <source>Einen Termin können Sie auf der Startseite unter „Termin buchen“ vereinbaren.</source>
        <translation>Записатися на прийом можна на головній сторінці в розділі «Записатися на прийом».</translation>
    </message>
    <message>
        <source>Etwas anderes suchen</source>
        <translation>Шукати щось інше</translation>
    </message>
    <message>
        <source>Stand: %1</source>
        <translation>Станом на: %1</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Das ist die letzte Antwort, die wir bekommen haben.</source>
        <translation>Зараз немає з’єднання. Це остання відповідь, яку ми отримали.</translation>
    </message>
    <message>
        <source>Das hat die Stadt %1 dazu aufgeschrieben:</source>
        <translation>Ось що місто %1 про це написало:</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Hier steht, was die Stadt dazu aufgeschrieben hat.</source>
        <translation>Зараз немає з’єднання. Ось що місто про це написало.</translation>
    </message>
    <message>
        <source>Dazu haben wir leider keine Angaben.</source>
        <translation>На жаль, даних про це в нас немає.</translation>
    </message>
    <message>
        <source>Der Dienst kennt dafür in Ihrer Stadt keine Angaben.</source>
        <translation>Служба не має про це даних для вашого міста.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1 oder im Internet auf %2.</source>
        <translation>Запитайте телефоном за номером %1 або в інтернеті на %2.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1.</source>
        <translation>Запитайте телефоном за номером %1.</translation>
    </message>
    <message>
        <source>Mehr steht im Internet auf %1.</source>
        <translation>Більше в інтернеті на %1.</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Років</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>Років</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>Місяців</translation>
    </message>
    <message>
        <source>Monate</source>
        <translation>Місяців</translation>
    </message>
    <message>
        <source>Woche</source>
        <translation>Тижнів</translation>
    </message>
    <message>
        <source>Wochen</source>
        <translation>Тижнів</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Днів</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>Днів</translation>
    </message>
    <message>
        <source>Arbeitstag</source>
        <translation>Робочих днів</translation>
    </message>
    <message>
        <source>Arbeitstage</source>
        <translation>Робочих днів</translation>
    </message>
    <message>
        <source>Stunde</source>
        <translation>Годин</translation>
    </message>
    <message>
        <source>Stunden</source>
        <translation>Годин</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Хвилин</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Хвилин</translation>
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
        <translation>%2: не більше ніж %1.</translation>
    </message>
    <message>
        <source>Etwa %1 bis %2 %3.</source>
        <translation>%3: приблизно від %1 до %2.</translation>
    </message>
    <message>
        <source>Dazu gibt es keine Angabe.</source>
        <translation>Даних про це немає.</translation>
    </message>
    <message>
        <source>Das geht sofort.</source>
        <translation>Це робиться одразу.</translation>
    </message>
    <message>
        <source>Etwa %1 %2.</source>
        <translation>%2: приблизно %1.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Diese Seite ist für die Mitarbeitenden. Hier tragen Sie Zugangsschlüssel ein.</source>
        <translation>Ця сторінка для працівників. Тут ви вписуєте ключі доступу.</translation>
    </message>
</context>
</TS>
