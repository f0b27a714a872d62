<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="de">
<context>
    <name>HelperDock</name>
    <message>
        <source>Helfer-Ansicht für die Helferin oder den Helfer</source>
        <translation>عرض خاص بالمساعِدة أو المساعِد</translation>
    </message>
    <message>
        <source>Eigenes Fenster</source>
        <translation>نافذة منفصلة</translation>
    </message>
    <message>
        <source>Zurück ins Hauptfenster</source>
        <translation>الرجوع إلى النافذة الرئيسية</translation>
    </message>
    <message>
        <source>Helfer-Ansicht: {0}</source>
        <translation>عرض المساعد: {0}</translation>
    </message>
</context>
<context>
    <name>HelperView</name>
    <message>
        <source>Bitte schauen Sie weg.</source>
        <translation>من فضلك انظر بعيدًا.</translation>
    </message>
    <message>
        <source>Die Person tippt die PIN am Lesegerät ein. Bitten Sie sie darum. Helfen Sie nur mit Worten.</source>
        <translation>الشخص يكتب الرقم السري على القارئ. اطلب منه ذلك. ساعده بالكلام فقط.</translation>
    </message>
    <message>
        <source>Hinweis für Mitarbeitende: {0}</source>
        <translation>ملاحظة للموظفين: {0}</translation>
    </message>
    <message>
        <source>Die Person ist bei: {0}</source>
        <translation>الشخص عند: {0}</translation>
    </message>
    <message>
        <source>Die Person ist auf der Startseite.</source>
        <translation>الشخص في الصفحة الرئيسية.</translation>
    </message>
    <message>
        <source>Hier sehen Sie, wo die Person in einer Anleitung ist und was als Nächstes kommt. Was die Person eintippt, sehen Sie hier nie.</source>
        <translation>هنا ترى أين الشخص في الدليل وما الخطوة التالية. ما يكتبه الشخص لا تراه هنا أبدًا.</translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation>الرمز: {0}</translation>
    </message>
    <message>
        <source>Tipps für diesen Schritt</source>
        <translation>نصائح لهذه الخطوة</translation>
    </message>
    <message>
        <source>Für diesen Schritt gibt es keine Tipps.</source>
        <translation>لا توجد نصائح لهذه الخطوة.</translation>
    </message>
    <message>
        <source>Was als Nächstes kommt</source>
        <translation>ما يأتي بعد ذلك</translation>
    </message>
    <message>
        <source>Das ist das Ende der Anleitung. Bieten Sie den Merkzettel zum Mitnehmen an.</source>
        <translation>هذه نهاية الدليل. اعرض عليه ورقة التذكير ليأخذها معه.</translation>
    </message>
    <message>
        <source>„{0}“ → {1}</source>
        <translation>„{0}“ ← {1}</translation>
    </message>
    <message>
        <source>Weiter → {0}</source>
        <translation>التالي ← {0}</translation>
    </message>
    <message>
        <source>(zuletzt gewählt)</source>
        <translation>(آخر اختيار)</translation>
    </message>
    <message>
        <source>Bisheriger Weg</source>
        <translation>الطريق حتى الآن</translation>
    </message>
    <message>
        <source>Die Person ist am Anfang.</source>
        <translation>الشخص في البداية.</translation>
    </message>
    <message>
        <source>„{0}“</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>Die Person gibt jetzt ihre Geheimzahl ein.</source>
        <translation>الشخص يكتب الآن رقمه السري.</translation>
    </message>
    <message>
        <source>Die Person tippt jetzt ihre Geheimzahl ein. Schauen Sie nicht auf den Bildschirm und nicht auf die Tastatur. Helfen Sie nur mit Worten.</source>
        <translation>الشخص يكتب الآن رقمه السري. لا تنظر إلى الشاشة ولا إلى لوحة المفاتيح. ساعده بالكلام فقط.</translation>
    </message>
</context>
<context>
    <name>InactivityWarning</name>
    <message>
        <source>Sind Sie noch da?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Ich bin noch da</source>
        <translation>أنا هنا</translation>
    </message>
    <message>
        <source>Niemand hat das Programm eine Weile benutzt. In {0} Sekunden beginnt es von vorn. Dann wird alles gelöscht, was hier eingegeben wurde.</source>
        <translation>لم يستخدم أحد البرنامج منذ مدة. بعد {0} ثانية يبدأ من جديد. عندها يُحذف كل ما كُتب هنا.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Der Ordner für Ihre Daten kann nicht benutzt werden. Das Programm funktioniert, merkt sich aber nichts, bis es wieder geschlossen wird. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>لا يمكن استخدام المجلد الخاص ببياناتك. البرنامج يعمل، لكنه لا يتذكّر شيئًا حتى يُغلق. من فضلك أخبر قسم تقنية المعلومات. معلومة تقنية: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer können nicht gelesen werden. Zur Sicherheit gelten die strengsten Regeln: Nichts Persönliches wird aufbewahrt. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>تعذّرت قراءة إعدادات هذا الحاسوب. للأمان تُطبَّق أشد القواعد: لا يُحفظ أي شيء شخصي. من فضلك أخبر قسم تقنية المعلومات. معلومة تقنية: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer haben Fehler. Es gelten sichere Grundeinstellungen. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>في إعدادات هذا الحاسوب أخطاء. تُستخدم إعدادات أساسية آمنة. من فضلك أخبر قسم تقنية المعلومات. معلومة تقنية: {0}</translation>
    </message>
    <message>
        <source>Das Programm wurde neu gestartet. Die Sitzung von eben geht weiter.</source>
        <translation>أُعيد تشغيل البرنامج. الجلسة السابقة مستمرة.</translation>
    </message>
    <message>
        <source>Nicht alles aus einer früheren Sitzung konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>تعذّر حذف كل شيء من جلسة سابقة. سيحاول البرنامج مرة أخرى عند التشغيل القادم.</translation>
    </message>
</context>
<context>
    <name>RolesController</name>
    <message>
        <source>Ihre Angaben bleiben nur auf diesem Computer.</source>
        <translation>بياناتك تبقى على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <source>Alles vergessen</source>
        <translation>نسيان كل شيء</translation>
    </message>
    <message>
        <source>Hilfe-Sitzung: Am Ende wird alles Persönliche gelöscht.</source>
        <translation>جلسة مساعدة: في النهاية يُحذف كل شيء شخصي.</translation>
    </message>
    <message>
        <source>Helfer-Ansicht schließen</source>
        <translation>إغلاق عرض المساعد</translation>
    </message>
    <message>
        <source>Sitzung beenden</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Wenn Sie fertig sind: „Nächste Person“ löscht alles von Ihnen.</source>
        <translation>عندما تنتهي: „الشخص التالي“ يحذف كل ما يخصك.</translation>
    </message>
    <message>
        <source>Nächste Person</source>
        <translation>الشخص التالي</translation>
    </message>
    <message>
        <source>Merkzettel zum Mitnehmen drucken</source>
        <translation>طباعة ورقة التذكير لأخذها معك</translation>
    </message>
    <message>
        <source>Karte gelesen: 3 Versuche</source>
        <translation>قُرئت البطاقة: 3 محاولات</translation>
    </message>
    <message>
        <source>Karte gelesen: 2 Versuche</source>
        <translation>قُرئت البطاقة: محاولتان (2)</translation>
    </message>
    <message>
        <source>Karte gelesen: 1 Versuch (CAN nötig)</source>
        <translation>قُرئت البطاقة: محاولة 1 (يلزم CAN)</translation>
    </message>
    <message>
        <source>PIN gesperrt (PUK nötig)</source>
        <translation>الرقم السري مقفل (يلزم PUK)</translation>
    </message>
    <message>
        <source>PUK aufgebraucht</source>
        <translation>رقم PUK انتهى</translation>
    </message>
    <message>
        <source>Online-Funktion aus</source>
        <translation>الوظيفة الإلكترونية مُطفأة</translation>
    </message>
    <message>
        <source>PIN geändert</source>
        <translation>تغيّر الرقم السري</translation>
    </message>
    <message>
        <source>PIN nicht geändert</source>
        <translation>لم يتغير الرقم السري</translation>
    </message>
    <message>
        <source>Nicht sicher, ob die PIN geändert ist</source>
        <translation>غير مؤكد هل تغيّر الرقم السري</translation>
    </message>
    <message>
        <source>Lieber zum Amt</source>
        <translation>الأفضل الذهاب إلى المكتب</translation>
    </message>
    <message>
        <source>Termin gebucht</source>
        <translation>تم حجز الموعد</translation>
    </message>
    <message>
        <source>Geht hier nicht / übersprungen</source>
        <translation>غير ممكن هنا / تم تخطيه</translation>
    </message>
    <message>
        <source>Sind Sie fertig?</source>
        <translation>هل انتهيت؟</translation>
    </message>
    <message>
        <source>Dann wird alles gelöscht, was Sie hier eingegeben haben. Die nächste Person sieht nichts davon.</source>
        <translation>عندها يُحذف كل ما كتبته هنا. الشخص التالي لا يرى منه شيئًا.</translation>
    </message>
    <message>
        <source>Ja, alles löschen</source>
        <translation>نعم، احذف كل شيء</translation>
    </message>
    <message>
        <source>Sitzung beenden?</source>
        <translation>إنهاء الجلسة؟</translation>
    </message>
    <message>
        <source>Alles Persönliche aus dieser Sitzung wird gelöscht: wo Sie waren, Entwürfe, Termine und Meldungen auf diesem Computer.</source>
        <translation>يُحذف كل شيء شخصي من هذه الجلسة: أين كنت، والمسودات، والمواعيد والبلاغات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Ja, Sitzung beenden und alles löschen</source>
        <translation>نعم، أنهِ الجلسة واحذف كل شيء</translation>
    </message>
    <message>
        <source>Möchten Sie vorher einen Merkzettel drucken?</source>
        <translation>هل تريد طباعة ورقة تذكير قبل ذلك؟</translation>
    </message>
    <message>
        <source>Merkzettel drucken: {0}</source>
        <translation>طباعة ورقة التذكير: {0}</translation>
    </message>
    <message>
        <source>Abbrechen: weitermachen</source>
        <translation>إلغاء: المتابعة</translation>
    </message>
    <message>
        <source>Programm schließen?</source>
        <translation>إغلاق البرنامج؟</translation>
    </message>
    <message>
        <source>Dann endet die Sitzung. Alles Persönliche aus dieser Sitzung wird gelöscht.</source>
        <translation>عندها تنتهي الجلسة. يُحذف كل شيء شخصي من هذه الجلسة.</translation>
    </message>
    <message>
        <source>Nein, weitermachen</source>
        <translation>لا، المتابعة</translation>
    </message>
    <message>
        <source>Ja, schließen und alles löschen</source>
        <translation>نعم، أغلق واحذف كل شيء</translation>
    </message>
    <message>
        <source>Die Sitzung ist beendet.</source>
        <translation>انتهت الجلسة.</translation>
    </message>
    <message>
        <source>Alles Persönliche ist gelöscht.</source>
        <translation>حُذف كل شيء شخصي.</translation>
    </message>
    <message>
        <source>Neue Sitzung beginnen</source>
        <translation>بدء جلسة جديدة</translation>
    </message>
    <message>
        <source>Alles ist gelöscht. Die nächste Person kann beginnen.</source>
        <translation>حُذف كل شيء. يمكن للشخص التالي أن يبدأ.</translation>
    </message>
    <message>
        <source>Alles vergessen?</source>
        <translation>نسيان كل شيء؟</translation>
    </message>
    <message>
        <source>Das Programm löscht alles, was es sich über Sie gemerkt hat:</source>
        <translation>يحذف البرنامج كل ما تذكّره عنك:</translation>
    </message>
    <message>
        <source>wo Sie in einer Anleitung waren, Entwürfe, Ihre Termine und Ihre Meldungen.</source>
        <translation>أين كنت في الدليل، والمسودات، ومواعيدك وبلاغاتك.</translation>
    </message>
    <message>
        <source>Ihre Termine beim Amt bleiben bestehen. Nur dieser Computer vergisst sie.</source>
        <translation>مواعيدك في المكتب تبقى قائمة. هذا الحاسوب فقط ينساها.</translation>
    </message>
    <message>
        <source>Die Schriftgröße bleibt.</source>
        <translation>حجم الخط يبقى.</translation>
    </message>
    <message>
        <source>Nein, nichts löschen</source>
        <translation>لا، لا تحذف شيئًا</translation>
    </message>
    <message>
        <source>Ja, alles vergessen</source>
        <translation>نعم، انسَ كل شيء</translation>
    </message>
    <message>
        <source>Alles ist vergessen. Sie können neu anfangen.</source>
        <translation>نُسي كل شيء. يمكنك البدء من جديد.</translation>
    </message>
    <message>
        <source>Nicht alles konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>تعذّر حذف كل شيء. سيحاول البرنامج مرة أخرى عند التشغيل القادم.</translation>
    </message>
    <message>
        <source>Das Programm bleibt offen. Wenn Sie fertig sind: „Nächste Person“.</source>
        <translation>يبقى البرنامج مفتوحًا. عندما تنتهي: „الشخص التالي“.</translation>
    </message>
</context>
<context>
    <name>SavePlaceDialog</name>
    <message>
        <source>Wohin soll der Merkzettel?</source>
        <translation>أين تُحفظ ورقة التذكير؟</translation>
    </message>
    <message>
        <source>Wählen Sie einen Ort. Der Merkzettel wird dort als PDF-Datei gespeichert. Eine Datei, die es schon gibt, wird nicht überschrieben.</source>
        <translation>اختر مكانًا. تُحفظ ورقة التذكير هناك كملف PDF. الملف الموجود من قبل لا يُكتب فوقه.</translation>
    </message>
    <message>
        <source>Anderen Ort wählen …</source>
        <translation>اختيار مكان آخر …</translation>
    </message>
    <message>
        <source>Abbrechen: nicht speichern</source>
        <translation>إلغاء: عدم الحفظ</translation>
    </message>
    <message>
        <source>In „Dokumente“ speichern</source>
        <translation>الحفظ في „المستندات“ (Dokumente)</translation>
    </message>
    <message>
        <source>Auf den Schreibtisch (Desktop) speichern</source>
        <translation>الحفظ على سطح المكتب (Desktop)</translation>
    </message>
    <message>
        <source>Auf den USB-Stick „{0}“ speichern</source>
        <translation>الحفظ على ذاكرة USB „{0}“</translation>
    </message>
    <message>
        <source>Merkzettel speichern</source>
        <translation>حفظ ورقة التذكير</translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation>ملف PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Merkzettel zum Mitnehmen</source>
        <translation>ورقة تذكير لتأخذها معك</translation>
    </message>
    <message>
        <source>Auf dem Zettel steht, was Sie jetzt tun und wohin Sie gehen. Eine Geheimzahl steht nie darauf.</source>
        <translation>في الورقة ما تفعله الآن وإلى أين تذهب. لا يُكتب عليها أي رقم سري أبدًا.</translation>
    </message>
    <message>
        <source>Vorschau des Merkzettels: {0}</source>
        <translation>معاينة ورقة التذكير: {0}</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>An diesem Computer ist kein Drucker eingerichtet. Bitte fragen Sie die Mitarbeitenden vor Ort.</source>
        <translation>لا توجد طابعة مُعدّة على هذا الحاسوب. من فضلك اسأل الموظفين هنا.</translation>
    </message>
    <message>
        <source>Merkzettel drucken</source>
        <translation>طباعة ورقة التذكير</translation>
    </message>
    <message>
        <source>Hier wird nur auf Papier gedruckt, nicht in eine Datei. Bitte wählen Sie einen Drucker.</source>
        <translation>هنا تتم الطباعة على الورق فقط، لا في ملف. من فضلك اختر طابعة.</translation>
    </message>
    <message>
        <source>Das Drucken hat nicht geklappt. Ist der Drucker an? Versuchen Sie es bitte noch einmal.</source>
        <translation>لم تنجح الطباعة. هل الطابعة تعمل؟ من فضلك حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Der Merkzettel wird gedruckt.</source>
        <translation>ورقة التذكير تُطبع الآن.</translation>
    </message>
    <message>
        <source>Merkzettel.pdf</source>
        <translation>Merkzettel.pdf</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt ({0}). Versuchen Sie einen anderen Ort.</source>
        <translation>لم ينجح الحفظ ({0}). جرّب مكانًا آخر.</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Versuchen Sie einen anderen Ort.</source>
        <translation>لم ينجح الحفظ. جرّب مكانًا آخر.</translation>
    </message>
    <message>
        <source>Gespeichert: {0}</source>
        <translation>تم الحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>Merkzettel</source>
        <translation>ورقة تذكير</translation>
    </message>
    <message>
        <source>Übung – Merkzettel</source>
        <translation>تدريب – ورقة التذكير</translation>
    </message>
    <message>
        <source>Was Sie gesagt haben</source>
        <translation>ما قلته</translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Wohin Sie gehen</source>
        <translation>إلى أين تذهب</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>أوقات العمل</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>الإنترنت</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer</source>
        <translation>رقم معاملتك</translation>
    </message>
    <message>
        <source>Ihre Aufrufnummer</source>
        <translation>رقم النداء الخاص بك</translation>
    </message>
    <message>
        <source>Nennen Sie am Empfang Ihre Vorgangsnummer.</source>
        <translation>قل رقم معاملتك في الاستقبال.</translation>
    </message>
    <message>
        <source>Mit der Vorgangsnummer können Sie nachfragen, was daraus geworden ist.</source>
        <translation>برقم المعاملة يمكنك أن تسأل عمّا حدث فيها.</translation>
    </message>
    <message>
        <source>ÜBUNG</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Mehr im Internet</source>
        <translation>المزيد على الإنترنت</translation>
    </message>
    <message>
        <source>Oder scannen Sie oben rechts das Bild mit dem Handy.</source>
        <translation>أو امسح الصورة في الأعلى على اليمين بالهاتف.</translation>
    </message>
    <message>
        <source>Erstellt am {0} mit Lotse. Auf diesem Zettel steht nie eine PIN, CAN oder PUK.</source>
        <translation>أُنشئت في {0} بواسطة Lotse. لا يُكتب على هذه الورقة أبدًا PIN أو CAN أو PUK.</translation>
    </message>
    <message>
        <source>Das ist ein Übungstermin. Beim Amt ist nichts gebucht. Niemand erwartet Sie.</source>
        <translation>هذا موعد تدريبي. لم يُحجز شيء لدى الدائرة. لا أحد ينتظرك.</translation>
    </message>
    <message>
        <source>Das ist eine Übungsmeldung. Die Stadt hat sie nicht bekommen.</source>
        <translation>هذا بلاغ تدريبي. لم تستلمه المدينة.</translation>
    </message>
    <message>
        <source>Das war eine Übung mit einer Übungskarte. Ihr echter Ausweis wurde nicht benutzt.</source>
        <translation>كان هذا تدريبًا ببطاقة تدريب. لم تُستخدم بطاقتك الحقيقية.</translation>
    </message>
    <message>
        <source>Wenn Sie es wirklich brauchen: machen Sie es noch einmal ohne Übung.</source>
        <translation>إذا كنت تحتاجه فعلًا: افعله مرة أخرى بدون تدريب.</translation>
    </message>
    <message>
        <source>Kommen Sie 10 Minuten vor der Zeit.</source>
        <translation>تعال قبل الموعد بـ 10 دقائق.</translation>
    </message>
    <message>
        <source>Sie können nicht kommen? Sagen Sie den Termin bitte ab.</source>
        <translation>لا تستطيع الحضور؟ من فضلك ألغِ الموعد.</translation>
    </message>
    <message>
        <source>Die Stadt prüft Ihre Meldung.</source>
        <translation>المدينة تفحص بلاغك.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Programm beenden – nur für Mitarbeitende</source>
        <translation>إنهاء البرنامج – للموظفين فقط</translation>
    </message>
    <message>
        <source>Das Programm wird geschlossen. Alles Persönliche wird vorher gelöscht.</source>
        <translation>سيُغلق البرنامج. يُحذف كل شيء شخصي قبل ذلك.</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende:</source>
        <translation>رمز الموظفين:</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende</source>
        <translation>رمز الموظفين</translation>
    </message>
    <message>
        <source>Abbrechen: weiter arbeiten</source>
        <translation>إلغاء: متابعة العمل</translation>
    </message>
    <message>
        <source>Programm beenden</source>
        <translation>إنهاء البرنامج</translation>
    </message>
    <message>
        <source>Der Code stimmt nicht. Bitte noch einmal.</source>
        <translation>الرمز غير صحيح. من فضلك مرة أخرى.</translation>
    </message>
</context>
</TS>
