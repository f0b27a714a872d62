<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Wohin Sie gehen und was Sie mitbringen</source>
        <translation>إلى أين تذهب وماذا تحضر معك</translation>
    </message>
    <message>
        <source>Einen Termin im Amt – und Ihre Termine ansehen</source>
        <translation>موعد في المكتب – ومشاهدة مواعيدك</translation>
    </message>
    <message>
        <source>Ein Schlagloch, eine kaputte Laterne – und Ihre Meldungen</source>
        <translation>حفرة في الطريق، مصباح شارع مكسور – وبلاغاتك</translation>
    </message>
    <message>
        <source>Was brauche ich? (Dienst-Auskunft)</source>
        <translation>ماذا أحتاج؟ (معلومات الخدمات)</translation>
    </message>
    <message>
        <source>Die Einstellungen werden gelesen …</source>
        <translation>تُقرأ الإعدادات …</translation>
    </message>
    <message>
        <source>Der Schlüssel ist sicher gespeichert.</source>
        <translation>حُفظ المفتاح بأمان.</translation>
    </message>
    <message>
        <source>Der Schlüssel ist gelöscht.</source>
        <translation>حُذف المفتاح.</translation>
    </message>
    <message>
        <source>Der Schlüssel wurde nicht gespeichert.</source>
        <translation>لم يُحفظ المفتاح.</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gespeichert …</source>
        <translation>يُحفظ المفتاح …</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gelöscht …</source>
        <translation>يُحذف المفتاح …</translation>
    </message>
    <message>
        <source>Die Einstellung konnte nicht gespeichert werden.</source>
        <translation>تعذّر حفظ الإعداد.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Welcher Server?</source>
        <translation>أي خادم؟</translation>
    </message>
    <message>
        <source>Das Übungsportal läuft nur auf diesem Computer. Dort wird nichts wirklich gesendet.</source>
        <translation>بوابة التدريب تعمل على هذا الحاسوب فقط. لا يُرسَل منها شيء فعلًا.</translation>
    </message>
    <message>
        <source>Die echten Server der Stadt</source>
        <translation>خوادم المدينة الحقيقية</translation>
    </message>
    <message>
        <source>Das Übungsportal</source>
        <translation>بوابة التدريب</translation>
    </message>
    <message>
        <source>Was diese Stadt anbietet</source>
        <translation>ما تقدّمه هذه المدينة</translation>
    </message>
    <message>
        <source>%1: kein Server. Ersatz: %2</source>
        <translation>%1: لا يوجد خادم. البديل: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(Adresse noch nicht bestätigt)</source>
        <translation>(العنوان غير مؤكد بعد)</translation>
    </message>
    <message>
        <source>Zugangsschlüssel</source>
        <translation>مفتاح الوصول</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Schlüsselspeicher. Deshalb kann hier kein Schlüssel gespeichert werden. Schlüssel werden niemals offen in eine Datei geschrieben. Bitte richten Sie einen Schlüsselbund des Systems ein.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن آمن للمفاتيح. لذلك لا يمكن حفظ مفتاح هنا. المفاتيح لا تُكتب أبدًا مكشوفة في ملف. من فضلك جهّز سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Für diese Stadt braucht man keinen Schlüssel.</source>
        <translation>هذه المدينة لا تحتاج إلى مفتاح.</translation>
    </message>
    <message>
        <source>%1: Ein Schlüssel ist gespeichert.</source>
        <translation>%1: يوجد مفتاح محفوظ.</translation>
    </message>
    <message>
        <source>%1: Es ist noch kein Schlüssel gespeichert.</source>
        <translation>%1: لا يوجد مفتاح محفوظ بعد.</translation>
    </message>
    <message>
        <source>Neuer Schlüssel für „%1“</source>
        <translation>مفتاح جديد لـ „%1“</translation>
    </message>
    <message>
        <source>Der Schlüssel wird nur im Schlüsselbund des Systems gespeichert.</source>
        <translation>يُحفظ المفتاح فقط في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Schlüssel speichern</source>
        <translation>حفظ المفتاح</translation>
    </message>
    <message>
        <source>Schlüssel löschen</source>
        <translation>حذف المفتاح</translation>
    </message>
    <message>
        <source>Es gibt gerade keine Verbindung. Prüfen Sie das Internet. Versuchen Sie es dann noch einmal.</source>
        <translation>لا يوجد اتصال الآن. افحص الإنترنت. ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>لم يرد الخادم في الوقت. من فضلك حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Der Server ist gerade überlastet. Bitte versuchen Sie es in ein paar Minuten noch einmal.</source>
        <translation>الخادم مشغول جدًا الآن. من فضلك حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>Das wurde nicht gefunden. Vielleicht wurde es schon gelöscht.</source>
        <translation>لم يُعثر على ذلك. ربما حُذف من قبل.</translation>
    </message>
    <message>
        <source>Der Server hat eine unverständliche Antwort geschickt. Vielleicht wird er gerade gewartet. Bitte versuchen Sie es später noch einmal.</source>
        <translation>أرسل الخادم ردًّا غير مفهوم. ربما هو في صيانة الآن. من فضلك حاول لاحقًا.</translation>
    </message>
    <message>
        <source>Für diesen Dienst fehlt ein Zugangsschlüssel. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>ينقص مفتاح وصول لهذه الخدمة. من فضلك أخبر الموظفين.</translation>
    </message>
    <message>
        <source>Der Server lässt uns gerade nicht hinein. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>الخادم لا يسمح لنا بالدخول الآن. من فضلك أخبر الموظفين.</translation>
    </message>
    <message>
        <source>Dieses Amt verlangt eine Prüfung, die dieses Programm nicht kann. Bitte buchen Sie im Internet oder am Telefon.</source>
        <translation>هذا المكتب يطلب فحصًا لا يستطيعه هذا البرنامج. من فضلك احجز على الإنترنت أو بالهاتف.</translation>
    </message>
    <message>
        <source>Die Verbindung zum Server ist nicht sicher. Deshalb wird nichts gesendet. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>الاتصال بالخادم غير آمن. لذلك لا يُرسَل شيء. من فضلك أخبر الموظفين.</translation>
    </message>
    <message>
        <source>Das geht in Ihrer Stadt leider nicht über dieses Programm.</source>
        <translation>للأسف هذا غير ممكن في مدينتك عبر هذا البرنامج.</translation>
    </message>
    <message>
        <source>Sie haben abgebrochen. Es ist nichts passiert.</source>
        <translation>لقد ألغيت. لم يحدث شيء.</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin. Bitte sehen Sie in Ihren E-Mails nach oder rufen Sie 115 an. Wir buchen nicht noch einmal.</source>
        <translation>ربما لديك موعد من قبل. من فضلك انظر في بريدك الإلكتروني أو اتصل بالرقم 115. لن نحجز مرة أخرى.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob es angekommen ist. Deshalb senden wir es nicht doppelt. Beim nächsten Versuch prüfen wir das zuerst.</source>
        <translation>لا نعرف بالتأكيد هل وصل. لذلك لا نرسله مرتين. في المحاولة القادمة نفحص ذلك أولًا.</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Speicher. Deshalb wird hier nichts gespeichert.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن آمن. لذلك لا يُحفظ هنا شيء.</translation>
    </message>
    <message>
        <source>So viele Anliegen passen nicht in einen Termin. Bitte buchen Sie weniger auf einmal.</source>
        <translation>هذا العدد من الطلبات لا يتّسع له موعد واحد. من فضلك احجز طلبات أقل في المرة الواحدة.</translation>
    </message>
    <message>
        <source>Bei diesem Amt sind gerade keine Termine frei. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>لا توجد مواعيد متاحة الآن في هذه الدائرة. من فضلك حاول لاحقًا أو اتصل بالرقم 115.</translation>
    </message>
    <message>
        <source>Eine Angabe wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>لم يُقبل أحد البيانات. من فضلك افحص بياناتك.</translation>
    </message>
    <message>
        <source>Beim Amt fehlen gerade Angaben zu diesem Termin. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>تنقص الدائرةَ الآن بيانات عن هذا الموعد. من فضلك حاول لاحقًا أو اتصل بالرقم 115.</translation>
    </message>
    <message>
        <source>Der Server hat die Anfrage dieses Programms nicht verstanden. Das ist nicht Ihr Fehler. Bitte sagen Sie den Mitarbeitenden Bescheid oder rufen Sie 115 an.</source>
        <translation>لم يفهم الخادم طلب هذا البرنامج. هذا ليس خطأك. من فضلك أخبر الموظفين أو اتصل بالرقم 115.</translation>
    </message>
    <message>
        <source>Die Beschreibung ist zu lang. Bitte kürzen Sie sie auf höchstens 4000 Zeichen.</source>
        <translation>الوصف طويل جدًا. من فضلك اختصره إلى 4000 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst eine Uhrzeit.</source>
        <translation>من فضلك اختر وقتًا أولًا.</translation>
    </message>
    <message>
        <source>Die Angaben wurden nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>لم تُقبل البيانات. من فضلك افحصها.</translation>
    </message>
    <message>
        <source>Dieser Termin ist inzwischen vergeben. Bitte wählen Sie eine andere Uhrzeit.</source>
        <translation>هذا الموعد أُعطي لغيرك في الأثناء. من فضلك اختر وقتًا آخر.</translation>
    </message>
    <message>
        <source>Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin noch einmal.</source>
        <translation>انتهت مدة الحجز المؤقت. من فضلك اختر الموعد مرة أخرى.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>لم يُقبل عنوان البريد الإلكتروني. من فضلك افحصه.</translation>
    </message>
    <message>
        <source>Dieser Termin kann nicht mehr abgesagt werden. Bitte rufen Sie das Amt an.</source>
        <translation>لم يعد ممكنًا إلغاء هذا الموعد. من فضلك اتصل بالمكتب.</translation>
    </message>
    <message>
        <source>Die gespeicherten Zugangsdaten passen nicht zu diesem Termin. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>بيانات الوصول المحفوظة لا تناسب هذا الموعد. يمكنك الإلغاء عبر الرابط في رسالة المكتب.</translation>
    </message>
    <message>
        <source>Der Name wurde nicht angenommen. Bitte prüfen Sie ihn.</source>
        <translation>لم يُقبل الاسم. من فضلك افحصه.</translation>
    </message>
    <message>
        <source>Die Telefonnummer wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>لم يُقبل رقم الهاتف. من فضلك افحصه.</translation>
    </message>
    <message>
        <source>Dieses Amt bietet das nicht an. Bitte wählen Sie ein anderes Anliegen oder Amt.</source>
        <translation>هذا المكتب لا يقدّم ذلك. من فضلك اختر معاملة أخرى أو مكتبًا آخر.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst, worum es geht.</source>
        <translation>من فضلك اختر الموضوع أولًا.</translation>
    </message>
    <message>
        <source>Sie haben schon zu viele Termine gebucht. Bitte sagen Sie erst einen alten Termin ab.</source>
        <translation>حجزت مواعيد كثيرة جدًا. من فضلك ألغِ موعدًا قديمًا أولًا.</translation>
    </message>
</context>
<context>
    <name>BookingConfirmation</name>
    <message>
        <source>Ihr Termin ist gebucht.</source>
        <translation>تم حجز موعدك.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Beim Amt ist nichts gebucht, und es kommt keine E-Mail.</source>
        <translation>كان هذا تدريبًا فقط. لم يُحجز شيء لدى الدائرة، ولن تصلك رسالة بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Ihr Termin ist vorgemerkt.</source>
        <translation>موعدك محجوز مبدئيًا.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen eine E-Mail. Bitte klicken Sie dort auf den Link zum Bestätigen.</source>
        <translation>يرسل لك المكتب رسالة بريد إلكتروني. من فضلك اضغط فيها على رابط التأكيد.</translation>
    </message>
    <message>
        <source>Dieser Computer kann den Termin nicht sicher speichern. Unter „Meine Termine“ steht er deshalb nicht. Bitte schreiben Sie sich die Vorgangsnummer auf.</source>
        <translation>لا يستطيع هذا الحاسوب حفظ الموعد بأمان. لذلك لا يظهر تحت „مواعيدي“. من فضلك اكتب رقم المعاملة على ورقة.</translation>
    </message>
    <message>
        <source>Absagen können Sie über den Link in der E-Mail.</source>
        <translation>يمكنك الإلغاء عبر الرابط في رسالة البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Sie finden den Termin auch unter „Meine Termine“.</source>
        <translation>تجد الموعد أيضًا تحت „مواعيدي“.</translation>
    </message>
    <message>
        <source>Wann: %1</source>
        <translation>متى: %1</translation>
    </message>
    <message>
        <source>Wo: %1</source>
        <translation>أين: %1</translation>
    </message>
    <message>
        <source>Anliegen: %1</source>
        <translation>المعاملة: %1</translation>
    </message>
    <message>
        <source>Vorgangsnummer: %1</source>
        <translation>رقم المعاملة: %1</translation>
    </message>
    <message>
        <source>Aufrufnummer: %1</source>
        <translation>رقم النداء: %1</translation>
    </message>
    <message>
        <source>Zum Kalender hinzufügen</source>
        <translation>إضافة إلى التقويم</translation>
    </message>
    <message>
        <source>Eine Datei speichern geht an diesem Computer nicht. Sie bliebe hier für andere liegen. Bitte drucken Sie den Termin aus.</source>
        <translation>حفظ ملف غير ممكن على هذا الحاسوب. كان سيبقى هنا للآخرين. من فضلك اطبع الموعد.</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kalender-Dateien (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <source>Gespeichert: %1. Öffnen Sie die Datei mit Ihrem Kalender.</source>
        <translation>تم الحفظ: %1. افتح الملف بتقويمك.</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Bitte wählen Sie einen anderen Ort.</source>
        <translation>لم ينجح الحفظ. من فضلك اختر مكانًا آخر.</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Hier buchen Sie einen Termin in einem Amt. Sie wählen das Amt, das Anliegen, den Tag und die Uhrzeit. Erst auf der letzten Seite wird gebucht.</source>
        <translation>هنا تحجز موعدًا في دائرة. تختار الدائرة والطلب واليوم والوقت. الحجز يتم في الصفحة الأخيرة فقط.</translation>
    </message>
    <message>
        <source>In %1 kann dieses Programm leider keine Termine buchen.</source>
        <translation>للأسف لا يستطيع هذا البرنامج حجز مواعيد في %1.</translation>
    </message>
    <message>
        <source>Ein angefangener Termin konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>تعذّرت قراءة موعد بدأت حجزه. من فضلك ابدأ من جديد.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, einen Termin zu buchen.</source>
        <translation>كنت قد بدأت حجز موعد.</translation>
    </message>
    <message>
        <source>Vielleicht ist er schon gebucht. Wir prüfen das zuerst.</source>
        <translation>ربما حُجز بالفعل. نفحص ذلك أولًا.</translation>
    </message>
    <message>
        <source>Einen neuen Termin buchen</source>
        <translation>حجز موعد جديد</translation>
    </message>
    <message>
        <source>Zuerst prüfen wir den angefangenen Termin. So wird nichts doppelt gebucht.</source>
        <translation>أولًا نفحص الموعد الذي بدأته. هكذا لا يُحجز شيء مرتين.</translation>
    </message>
    <message>
        <source>Die Ämter werden geladen …</source>
        <translation>تُحمَّل المكاتب …</translation>
    </message>
    <message>
        <source>In welches Amt möchten Sie gehen?</source>
        <translation>إلى أي مكتب تريد أن تذهب؟</translation>
    </message>
    <message>
        <source>Gerade bietet kein Amt Termine an. Bitte versuchen Sie es später noch einmal.</source>
        <translation>لا يقدّم أي مكتب مواعيد الآن. من فضلك حاول لاحقًا.</translation>
    </message>
    <message>
        <source>Für diesen Termin wurde schon gebucht. Solange wir nicht wissen, ob es geklappt hat, bleibt er so. Auf der letzten Seite prüfen wir das.</source>
        <translation>أُرسل طلب الحجز لهذا الموعد من قبل. يبقى كما هو ما دمنا لا نعرف هل نجح. في الصفحة الأخيرة نفحص ذلك.</translation>
    </message>
    <message>
        <source>Was möchten Sie dort erledigen?</source>
        <translation>ماذا تريد أن تُنجز هناك؟</translation>
    </message>
    <message>
        <source>Die freien Tage werden gesucht …</source>
        <translation>يُبحث عن الأيام المتاحة …</translation>
    </message>
    <message>
        <source>An welchem Tag möchten Sie kommen?</source>
        <translation>في أي يوم تريد أن تأتي؟</translation>
    </message>
    <message>
        <source>In den nächsten 30 Tagen ist leider kein Termin frei.</source>
        <translation>للأسف لا يوجد موعد متاح في الأيام الـ 30 القادمة.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon nach: %1</source>
        <translation>اسأل بالهاتف: %1</translation>
    </message>
    <message>
        <source>Ein anderes Amt wählen</source>
        <translation>اختيار مكتب آخر</translation>
    </message>
    <message>
        <source>Das sind die nächsten Tage mit freien Terminen.</source>
        <translation>هذه أقرب الأيام التي فيها مواعيد متاحة.</translation>
    </message>
    <message>
        <source>1 freier Termin</source>
        <translation>موعد 1 متاح</translation>
    </message>
    <message>
        <source>%1 freie Termine</source>
        <translation>%1 مواعيد متاحة</translation>
    </message>
    <message>
        <source>Spätere Tage zeigen</source>
        <translation>إظهار أيام لاحقة</translation>
    </message>
    <message>
        <source>An diesem Tag ist nichts mehr frei. Bitte wählen Sie einen anderen Tag.</source>
        <translation>لم يعد شيء متاحًا في هذا اليوم. من فضلك اختر يومًا آخر.</translation>
    </message>
    <message>
        <source>Um wie viel Uhr?</source>
        <translation>في أي ساعة؟</translation>
    </message>
    <message>
        <source>Der Termin wird gebucht …</source>
        <translation>يُحجز الموعد …</translation>
    </message>
</context>
<context>
    <name>BookingScreens</name>
    <message>
        <source>Auf welchen Namen soll der Termin gehen?</source>
        <translation>باسم من يكون الموعد؟</translation>
    </message>
    <message>
        <source>Ihr Name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Vorname und Nachname</source>
        <translation>الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <source>Ihre E-Mail-Adresse</source>
        <translation>عنوان بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>In der Übung wird keine E-Mail geschickt.</source>
        <translation>في التدريب لا تُرسَل رسالة بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Dorthin schickt das Amt die Bestätigung.</source>
        <translation>إلى هناك يرسل المكتب التأكيد.</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer</source>
        <translation>رقم هاتفك</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer (wenn Sie möchten)</source>
        <translation>رقم هاتفك (إذا أردت)</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihren Namen in das Feld.</source>
        <translation>من فضلك اكتب اسمك في الحقل.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre E-Mail-Adresse. Dorthin kommt die Bestätigung.</source>
        <translation>من فضلك اكتب عنوان بريدك الإلكتروني. إلى هناك يصل التأكيد.</translation>
    </message>
    <message>
        <source>Das Amt nimmt keine E-Mail-Adresse mit ä, ö, ü, ß oder anderen besonderen Buchstaben an. Bitte nehmen Sie eine andere Adresse. Wenn Sie keine haben, buchen Sie bitte am Telefon (115).</source>
        <translation>الدائرة لا تقبل عنوان بريد إلكتروني فيه ä أو ö أو ü أو ß أو حروف خاصة أخرى. من فضلك استخدم عنوانًا آخر. إن لم يكن لديك عنوان آخر، فاحجز بالهاتف من فضلك (115).</translation>
    </message>
    <message>
        <source>In einer E-Mail-Adresse steht kein Leerzeichen. Bitte prüfen Sie die Adresse.</source>
        <translation>لا توجد مسافة في عنوان البريد الإلكتروني. من فضلك افحص العنوان.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt. Zum Beispiel: anna.schmidt@beispiel.de</source>
        <translation>عنوان البريد الإلكتروني يبدو ناقصًا. يحتاج إلى @ ونقطة. مثلًا: anna.schmidt@beispiel.de</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre Telefonnummer in das Feld.</source>
        <translation>من فضلك اكتب رقم هاتفك في الحقل.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie in die Telefonnummer nur Ziffern. Zum Beispiel: 0234 123456</source>
        <translation>من فضلك اكتب في رقم الهاتف أرقامًا فقط. مثلًا: 0234 123456</translation>
    </message>
    <message>
        <source>Die Telefonnummer hat zu wenige oder zu viele Ziffern. Bitte prüfen Sie sie. Zum Beispiel: 0234 123456</source>
        <translation>في رقم الهاتف أرقام أقل أو أكثر من اللازم. من فضلك افحصه. مثلًا: 0234 123456</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihren Termin</source>
        <translation>من فضلك افحص موعدك</translation>
    </message>
    <message>
        <source>Vielleicht ist dieser Termin schon gebucht. Beim Buchen prüfen wir das zuerst. Er wird nicht doppelt gebucht.</source>
        <translation>ربما حُجز هذا الموعد بالفعل. عند الحجز نفحص ذلك أولًا. لن يُحجز مرتين.</translation>
    </message>
    <message>
        <source>Amt</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt buchen“ drücken, wird der Termin gebucht.</source>
        <translation>يُحجز الموعد فقط عندما تضغط على „احجز الآن“.</translation>
    </message>
    <message>
        <source>Jetzt buchen</source>
        <translation>احجز الآن</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin.</source>
        <translation>ربما لديك موعد من قبل.</translation>
    </message>
    <message>
        <source>Das Programm wurde beim Buchen beendet. Dieser Computer konnte sich den Termin nicht merken. Deshalb wissen wir nicht, ob er gebucht ist.</source>
        <translation>أُغلق البرنامج أثناء الحجز. لم يستطع هذا الحاسوب تذكّر الموعد. لذلك لا نعرف هل حُجز.</translation>
    </message>
    <message>
        <source>So prüfen Sie es: Sehen Sie in Ihren E-Mails nach. Wenn der Termin gebucht ist, hat das Amt Ihnen geschrieben. Oder rufen Sie die Behördennummer 115 an.</source>
        <translation>هكذا تتأكد: انظر في بريدك الإلكتروني. إذا حُجز الموعد فقد كتبت لك الدائرة. أو اتصل برقم الدوائر الحكومية 115.</translation>
    </message>
    <message>
        <source>Wir buchen nicht noch einmal, damit Sie nicht zwei Termine haben.</source>
        <translation>لن نحجز مرة أخرى، حتى لا يكون لديك موعدان.</translation>
    </message>
    <message>
        <source>Ich habe nachgesehen: Es gibt keinen Termin. Neu wählen</source>
        <translation>نظرت: لا يوجد موعد. اختيار جديد</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Sie haben abgebrochen.</source>
        <translation>لقد ألغيت.</translation>
    </message>
    <message>
        <source>Weitermachen</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Neu anfangen</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Am Telefon: %1</source>
        <translation>بالهاتف: %1</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt gespeichert.</source>
        <translation>ما أدخلته يبقى محفوظًا.</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt, bis Sie fertig sind. Dann wird es gelöscht.</source>
        <translation>ما أدخلته يبقى حتى تنتهي. ثم يُحذف.</translation>
    </message>
    <message>
        <source>Mit dem Übungsportal üben</source>
        <translation>التدرّب ببوابة التدريب</translation>
    </message>
</context>
<context>
    <name>FlowScreen</name>
    <message>
        <source>Ihre Wahl</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <source>Details für Helfer</source>
        <translation>تفاصيل للمساعدين</translation>
    </message>
</context>
<context>
    <name>MyAppointments</name>
    <message>
        <source>Meine Termine</source>
        <translation>مواعيدي</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Termine war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>كانت قائمة مواعيدك تالفة. وُضعت جانبًا.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungstermine. Sie sind nicht wirklich beim Amt gebucht.</source>
        <translation>هنا مواعيد تدريب فقط. لم تُحجز فعلًا في المكتب.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Termine gespeichert.</source>
        <translation>لا توجد هنا مواعيد محفوظة بعد.</translation>
    </message>
    <message>
        <source>ohne Uhrzeit</source>
        <translation>بدون وقت</translation>
    </message>
    <message>
        <source>vorgemerkt</source>
        <translation>محجوز مبدئيًا</translation>
    </message>
    <message>
        <source>noch nicht bestätigt</source>
        <translation>غير مؤكد بعد</translation>
    </message>
    <message>
        <source>gebucht</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>abgesagt</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>beim Amt in Bearbeitung</source>
        <translation>قيد المعالجة في المكتب</translation>
    </message>
    <message>
        <source>Der Termin wird beim Amt nachgesehen …</source>
        <translation>يُفحص الموعد عند المكتب …</translation>
    </message>
    <message>
        <source>Die Zugangsdaten für diesen Termin fehlen auf diesem Computer. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>بيانات الوصول لهذا الموعد غير موجودة على هذا الحاسوب. يمكنك الإلغاء عبر الرابط في رسالة المكتب.</translation>
    </message>
    <message>
        <source>Aus der Liste entfernen</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <source>Stand beim Amt: %1</source>
        <translation>الحالة عند المكتب: %1</translation>
    </message>
    <message>
        <source>Termin absagen</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <source>Zurück zu meinen Terminen</source>
        <translation>الرجوع إلى مواعيدي</translation>
    </message>
    <message>
        <source>Möchten Sie den Termin wirklich absagen?</source>
        <translation>هل تريد فعلًا إلغاء الموعد؟</translation>
    </message>
    <message>
        <source>Das kann man nicht rückgängig machen. Den Termin bekommt dann jemand anderes.</source>
        <translation>لا يمكن التراجع عن ذلك. سيأخذ الموعد شخص آخر.</translation>
    </message>
    <message>
        <source>Nein, Termin behalten</source>
        <translation>لا، أبقِ الموعد</translation>
    </message>
    <message>
        <source>Ja, Termin absagen</source>
        <translation>نعم، ألغِ الموعد</translation>
    </message>
    <message>
        <source>Der Termin wird abgesagt …</source>
        <translation>يُلغى الموعد …</translation>
    </message>
    <message>
        <source>Der Termin ist abgesagt.</source>
        <translation>أُلغي الموعد.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen dazu vielleicht noch eine E-Mail.</source>
        <translation>ربما يرسل لك المكتب رسالة بريد إلكتروني بذلك.</translation>
    </message>
    <message>
        <source>Der Termin wird entfernt …</source>
        <translation>يُزال الموعد …</translation>
    </message>
</context>
<context>
    <name>MyReports</name>
    <message>
        <source>Meine Meldungen</source>
        <translation>بلاغاتي</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Meldungen war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>كانت قائمة بلاغاتك تالفة. وُضعت جانبًا.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungsmeldungen. Sie sind nicht wirklich an die Stadt gegangen.</source>
        <translation>هنا بلاغات تدريب فقط. لم تذهب فعلًا إلى المدينة.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Meldungen gespeichert.</source>
        <translation>لا توجد هنا بلاغات محفوظة بعد.</translation>
    </message>
    <message>
        <source>noch ohne Vorgangsnummer</source>
        <translation>بدون رقم معاملة بعد</translation>
    </message>
    <message>
        <source>Vorgangsnummer %1</source>
        <translation>رقم المعاملة %1</translation>
    </message>
    <message>
        <source>Gesendet am %1</source>
        <translation>أُرسل في %1</translation>
    </message>
    <message>
        <source>Der Stand wird bei der Stadt nachgefragt …</source>
        <translation>يُسأل عن الحالة عند المدينة …</translation>
    </message>
    <message>
        <source>Die Stadt hat der Meldung noch keine Vorgangsnummer gegeben. Bitte schauen Sie später wieder.</source>
        <translation>لم تعطِ المدينة البلاغ رقم معاملة بعد. من فضلك انظر مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Meldung mit der Vorgangsnummer %1</source>
        <translation>البلاغ برقم المعاملة %1</translation>
    </message>
    <message>
        <source>Die Stadt bearbeitet die Meldung.</source>
        <translation>المدينة تعالج البلاغ.</translation>
    </message>
    <message>
        <source>Die Stadt hat die Meldung erledigt.</source>
        <translation>أنجزت المدينة البلاغ.</translation>
    </message>
    <message>
        <source>Die Stadt schreibt: %1</source>
        <translation>تكتب المدينة: %1</translation>
    </message>
    <message>
        <source>Zuletzt geändert: %1</source>
        <translation>آخر تغيير: %1</translation>
    </message>
    <message>
        <source>Voraussichtlich erledigt: %1</source>
        <translation>الإنجاز المتوقع: %1</translation>
    </message>
    <message>
        <source>Zurück zu meinen Meldungen</source>
        <translation>الرجوع إلى بلاغاتي</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Übung – nichts wird gesendet</source>
        <translation>تدريب – لا يُرسَل شيء</translation>
    </message>
    <message>
        <source>Übungsportal – es wird nichts wirklich gesendet</source>
        <translation>بوابة التدريب – لا يُرسَل شيء فعلًا</translation>
    </message>
    <message>
        <source>Übung beenden</source>
        <translation>إنهاء التدريب</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Hier melden Sie der Stadt ein Problem auf der Straße. Zum Beispiel ein Schlagloch oder eine kaputte Laterne. Erst auf der letzten Seite wird gesendet.</source>
        <translation>هنا تبلّغ المدينة عن مشكلة في الشارع. مثلًا حفرة في الطريق أو مصباح شارع معطّل. الإرسال يتم في الصفحة الأخيرة فقط.</translation>
    </message>
    <message>
        <source>In %1 kann dieses Programm leider keine Probleme melden.</source>
        <translation>للأسف لا يستطيع هذا البرنامج الإبلاغ عن مشاكل في %1.</translation>
    </message>
    <message>
        <source>Eine angefangene Meldung konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>تعذّرت قراءة بلاغ بدأته. من فضلك ابدأ من جديد.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, ein Problem zu melden.</source>
        <translation>كنت قد بدأت الإبلاغ عن مشكلة.</translation>
    </message>
    <message>
        <source>Vielleicht ist die Meldung schon angekommen. Wir prüfen das zuerst.</source>
        <translation>ربما وصل البلاغ بالفعل. نفحص ذلك أولًا.</translation>
    </message>
    <message>
        <source>Ein neues Problem melden</source>
        <translation>الإبلاغ عن مشكلة جديدة</translation>
    </message>
    <message>
        <source>Die Fragen werden geladen …</source>
        <translation>تُحمَّل الأسئلة …</translation>
    </message>
    <message>
        <source>Die Themen werden geladen …</source>
        <translation>تُحمَّل المواضيع …</translation>
    </message>
    <message>
        <source>Worum geht es?</source>
        <translation>ما الموضوع؟</translation>
    </message>
    <message>
        <source>Noch einmal prüfen und senden</source>
        <translation>الفحص مرة أخرى والإرسال</translation>
    </message>
    <message>
        <source>Trotzdem senden (kann doppelt ankommen)</source>
        <translation>الإرسال رغم ذلك (قد يصل مرتين)</translation>
    </message>
    <message>
        <source>Die Meldung wird gesendet …</source>
        <translation>يُرسَل البلاغ …</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Bitte lesen Sie das zuerst</source>
        <translation>من فضلك اقرأ هذا أولًا</translation>
    </message>
    <message>
        <source>Frage %1 von %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Diese Frage müssen Sie beantworten.</source>
        <translation>يجب أن تجيب عن هذا السؤال.</translation>
    </message>
    <message>
        <source>Diese Frage können Sie auch überspringen.</source>
        <translation>يمكنك أيضًا تخطي هذا السؤال.</translation>
    </message>
    <message>
        <source>Überspringen</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Bitte wählen Sie mindestens eine Antwort.</source>
        <translation>من فضلك اختر إجابة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Ihre Antwort</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>Tag und Uhrzeit, zum Beispiel 24.12.2026 14:30</source>
        <translation>اليوم والوقت، مثلًا 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Eine Zahl, zum Beispiel 3</source>
        <translation>رقم، مثلًا 3</translation>
    </message>
    <message>
        <source>Ihre Antwort auf: %1</source>
        <translation>إجابتك عن: %1</translation>
    </message>
    <message>
        <source>Bitte beantworten Sie diese Frage. Ohne Antwort geht es nicht weiter.</source>
        <translation>من فضلك أجب عن هذا السؤال. بدون إجابة لا يمكن المتابعة.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie nur eine Zahl. Zum Beispiel: 3</source>
        <translation>من فضلك اكتب رقمًا فقط. مثلًا: 3</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Tag und Uhrzeit so: 24.12.2026 14:30</source>
        <translation>من فضلك اكتب اليوم والوقت هكذا: 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Jetzt eintragen</source>
        <translation>إدخال الآن</translation>
    </message>
</context>
<context>
    <name>ReportScreens</name>
    <message>
        <source>Wo ist das Problem?</source>
        <translation>أين المشكلة؟</translation>
    </message>
    <message>
        <source>Zum Beispiel: Hauptstraße 5, vor dem Bäcker</source>
        <translation>مثلًا: Hauptstraße 5، أمام المخبز</translation>
    </message>
    <message>
        <source>Straße und Hausnummer, oder ein bekannter Ort in der Nähe</source>
        <translation>الشارع ورقم المبنى، أو مكان معروف قريب</translation>
    </message>
    <message>
        <source>Diesen Ort finden wir im Straßenverzeichnis der Stadt nicht. Bitte schreiben Sie eine Straße mit Hausnummer oder einen bekannten Ort in der Nähe, zum Beispiel „Rathaus“.</source>
        <translation>لا نجد هذا المكان في قائمة شوارع المدينة. من فضلك اكتب شارعًا مع رقم المبنى أو مكانًا معروفًا قريبًا، مثل „Rathaus“ (مبنى البلدية).</translation>
    </message>
    <message>
        <source>Beschreiben Sie das Problem</source>
        <translation>صِف المشكلة</translation>
    </message>
    <message>
        <source>Was ist los?</source>
        <translation>ماذا حدث؟</translation>
    </message>
    <message>
        <source>Zum Beispiel: Das Loch ist groß. Radfahrer müssen ausweichen.</source>
        <translation>مثلًا: الحفرة كبيرة. راكبو الدراجات يجب أن يتجنبوها.</translation>
    </message>
    <message>
        <source>Der Text ist zu lang: %1 Zeichen. Erlaubt sind %2. Bitte kürzen Sie ihn.</source>
        <translation>النص طويل جدًا: %1 حرفًا. المسموح %2. من فضلك اختصره.</translation>
    </message>
    <message>
        <source>Möchte die Stadt Sie erreichen können?</source>
        <translation>هل تريد أن تستطيع المدينة التواصل معك؟</translation>
    </message>
    <message>
        <source>Das ist freiwillig. Sie können alles leer lassen.</source>
        <translation>هذا اختياري. يمكنك ترك كل شيء فارغًا.</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Dann bekommen Sie Nachricht, wenn das Problem erledigt ist.</source>
        <translation>عندها يصلك خبر عندما تُحل المشكلة.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt.</source>
        <translation>عنوان البريد الإلكتروني يبدو ناقصًا. يحتاج إلى @ ونقطة.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie die E-Mail-Adresse ohne ä, ö, ü oder ß. Oder lassen Sie das Feld leer.</source>
        <translation>من فضلك اكتب عنوان البريد الإلكتروني بدون ä أو ö أو ü أو ß. أو اترك الحقل فارغًا.</translation>
    </message>
    <message>
        <source>Thema: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>Beschreibung: %1</source>
        <translation>الوصف: %1</translation>
    </message>
    <message>
        <source>Kontakt: %1</source>
        <translation>التواصل: %1</translation>
    </message>
    <message>
        <source>Kontakt: keine Angabe</source>
        <translation>التواصل: لا توجد بيانات</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihre Meldung</source>
        <translation>من فضلك افحص بلاغك</translation>
    </message>
    <message>
        <source>Vielleicht ist diese Meldung schon angekommen. Beim Senden prüfen wir das zuerst.</source>
        <translation>ربما وصل هذا البلاغ بالفعل. عند الإرسال نفحص ذلك أولًا.</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt senden“ drücken, geht die Meldung an die Stadt.</source>
        <translation>يذهب البلاغ إلى المدينة فقط عندما تضغط على „أرسل الآن“.</translation>
    </message>
    <message>
        <source>Jetzt senden</source>
        <translation>أرسل الآن</translation>
    </message>
    <message>
        <source>Ihre Meldung ist angekommen.</source>
        <translation>وصل بلاغك.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Die Stadt bekommt diese Meldung nicht.</source>
        <translation>كان هذا تدريبًا فقط. المدينة لا تستلم هذا البلاغ.</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer:</source>
        <translation>رقم معاملتك:</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer: %1</source>
        <translation>رقم معاملتك: %1</translation>
    </message>
    <message>
        <source>Die Vorgangsnummer ist unter „Meine Meldungen“ gespeichert. Sie können sie auch aufschreiben.</source>
        <translation>رقم المعاملة محفوظ تحت „بلاغاتي“. يمكنك أيضًا أن تكتبه على ورقة.</translation>
    </message>
    <message>
        <source>Die Stadt gibt der Meldung bald eine Vorgangsnummer. Sie steht dann unter „Meine Meldungen“.</source>
        <translation>ستعطي المدينة البلاغ رقم معاملة قريبًا. سيظهر بعد ذلك تحت „بلاغاتي“.</translation>
    </message>
    <message>
        <source>Die Meldung war schon beim ersten Versuch angekommen. Sie wurde nicht doppelt gesendet.</source>
        <translation>كان البلاغ قد وصل من المحاولة الأولى. لم يُرسَل مرتين.</translation>
    </message>
    <message>
        <source>Zettel zum Mitnehmen</source>
        <translation>ورقة لتأخذها معك</translation>
    </message>
</context>
<context>
    <name>ServiceInfoPage</name>
    <message>
        <source>Schreiben Sie in das Feld, was Sie erledigen möchten. Zum Beispiel: Ausweis verloren. Tippfehler sind nicht schlimm. Oder wählen Sie eine Aufgabe aus der Liste.</source>
        <translation>اكتب في الحقل ما تريد إنجازه. مثلًا: ضاعت الهوية. الأخطاء الإملائية لا بأس بها. أو اختر مهمة من القائمة.</translation>
    </message>
    <message>
        <source>Was möchten Sie erledigen?</source>
        <translation>ماذا تريد أن تُنجز؟</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Zum Beispiel: Ausweis verloren, Wohnung anmelden</source>
        <translation>مثلًا: ضاعت الهوية، عنوان جديد</translation>
    </message>
    <message>
        <source>%1 gefunden: %2</source>
        <translation>وُجد %1: %2</translation>
    </message>
    <message>
        <source>Das haben wir gefunden:</source>
        <translation>هذا ما وجدناه:</translation>
    </message>
    <message>
        <source>Das klingt nach einem Problem auf der Straße. Das melden Sie auf der Startseite unter „Problem melden“. Oder wählen Sie aus der Liste.</source>
        <translation>يبدو أن هذه مشكلة في الشارع. تبلّغ عنها في الصفحة الرئيسية تحت „الإبلاغ عن مشكلة“. أو اختر من القائمة.</translation>
    </message>
    <message>
        <source>Dazu haben wir nichts gefunden. Fragen Sie am Telefon: %1. Oder sehen Sie auf %2 nach. Oder wählen Sie aus der Liste.</source>
        <translation>لم نجد شيئًا عن هذا. اسأل بالهاتف: %1. أو انظر في %2. أو اختر من القائمة.</translation>
    </message>
    <message>
        <source>der Seite Ihrer Stadt</source>
        <translation>صفحة مدينتك على الإنترنت</translation>
    </message>
    <message>
        <source>Oder wählen Sie aus der Liste:</source>
        <translation>أو اختر من القائمة:</translation>
    </message>
    <message>
        <source>Die Angaben werden geholt …</source>
        <translation>تُجلب البيانات …</translation>
    </message>
    <message>
        <source>Wohin gehen Sie?</source>
        <translation>إلى أين تذهب؟</translation>
    </message>
    <message>
        <source>Wohin können Sie gehen?</source>
        <translation>إلى أين يمكنك الذهاب؟</translation>
    </message>
    <message>
        <source>Telefon: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>E-Mail: %1</source>
        <translation>البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <source>Öffnungszeiten: %1</source>
        <translation>أوقات العمل: %1</translation>
    </message>
    <message>
        <source>Was bringen Sie mit?</source>
        <translation>ماذا تحضر معك؟</translation>
    </message>
    <message>
        <source>Was kostet es?</source>
        <translation>كم التكلفة؟</translation>
    </message>
    <message>
        <source>Wie lange dauert es?</source>
        <translation>كم يستغرق ذلك؟</translation>
    </message>
    <message>
        <source>Gibt es eine Frist?</source>
        <translation>هل توجد مهلة؟</translation>
    </message>
    <message>
        <source>Gut zu wissen</source>
        <translation>من المفيد معرفته</translation>
    </message>
    <message>
        <source>Im Internet</source>
        <translation>على الإنترنت</translation>
    </message>
    <message>
        <source>Einen Termin können Sie auf der Startseite unter „Termin buchen“ vereinbaren.</source>
        <translation>يمكنك حجز موعد من الصفحة الرئيسية تحت „حجز موعد“.</translation>
    </message>
    <message>
        <source>Etwas anderes suchen</source>
        <translation>البحث عن شيء آخر</translation>
    </message>
    <message>
        <source>Stand: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Das ist die letzte Antwort, die wir bekommen haben.</source>
        <translation>لا يوجد اتصال الآن. هذا آخر رد وصلنا.</translation>
    </message>
    <message>
        <source>Das hat die Stadt %1 dazu aufgeschrieben:</source>
        <translation>هذا ما كتبته مدينة %1 عن ذلك:</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Hier steht, was die Stadt dazu aufgeschrieben hat.</source>
        <translation>لا يوجد اتصال الآن. هنا ما كتبته المدينة عن ذلك.</translation>
    </message>
    <message>
        <source>Dazu haben wir leider keine Angaben.</source>
        <translation>للأسف ليست عندنا بيانات عن ذلك.</translation>
    </message>
    <message>
        <source>Der Dienst kennt dafür in Ihrer Stadt keine Angaben.</source>
        <translation>الخدمة لا تعرف بيانات عن ذلك في مدينتك.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1 oder im Internet auf %2.</source>
        <translation>اسأل بالهاتف على %1 أو على الإنترنت في %2.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1.</source>
        <translation>اسأل بالهاتف على %1.</translation>
    </message>
    <message>
        <source>Mehr steht im Internet auf %1.</source>
        <translation>المزيد على الإنترنت في %1.</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>سنوات</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Monate</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>Woche</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Wochen</source>
        <translation>أسابيع</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>Arbeitstag</source>
        <translation>يوم عمل</translation>
    </message>
    <message>
        <source>Arbeitstage</source>
        <translation>أيام عمل</translation>
    </message>
    <message>
        <source>Stunde</source>
        <translation>ساعة</translation>
    </message>
    <message>
        <source>Stunden</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>Sekunde</source>
        <translation>ثانية</translation>
    </message>
    <message>
        <source>Sekunden</source>
        <translation>ثوانٍ</translation>
    </message>
    <message>
        <source>Höchstens %1 %2.</source>
        <translation>على الأكثر %1 %2.</translation>
    </message>
    <message>
        <source>Etwa %1 bis %2 %3.</source>
        <translation>حوالي %1 إلى %2 %3.</translation>
    </message>
    <message>
        <source>Dazu gibt es keine Angabe.</source>
        <translation>لا توجد بيانات عن ذلك.</translation>
    </message>
    <message>
        <source>Das geht sofort.</source>
        <translation>يتم ذلك فورًا.</translation>
    </message>
    <message>
        <source>Etwa %1 %2.</source>
        <translation>حوالي %1 %2.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Diese Seite ist für die Mitarbeitenden. Hier tragen Sie Zugangsschlüssel ein.</source>
        <translation>هذه الصفحة للموظفين. هنا تُدخل مفاتيح الوصول.</translation>
    </message>
</context>
</TS>
