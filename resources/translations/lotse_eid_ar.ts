<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="de">
<context>
    <name>EidLayout</name>
    <message>
        <source>Weitere Möglichkeiten ↓</source>
        <translation>إمكانيات أخرى ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Möglichkeiten</source>
        <translation>↑ الإمكانيات السابقة</translation>
    </message>
    <message>
        <source>Weitere Möglichkeiten zeigen</source>
        <translation>إظهار إمكانيات أخرى</translation>
    </message>
    <message>
        <source>Vorige Möglichkeiten zeigen</source>
        <translation>إظهار الإمكانيات السابقة</translation>
    </message>
</context>
<context>
    <name>EidTexts</name>
    <message>
        <source>Bürgerbüro</source>
        <translation>Bürgerbüro (مكتب خدمة المواطنين)</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp …</source>
        <translation>يبحث Lotse عن برنامج AusweisApp …</translation>
    </message>
    <message>
        <source>Die AusweisApp ist installiert, aber sie läuft nicht. Drücken Sie auf „AusweisApp starten“. Dann verbindet sich Lotse von selbst.</source>
        <translation>برنامج AusweisApp مثبّت، لكنه لا يعمل. اضغط على „تشغيل AusweisApp“. بعدها يتصل Lotse تلقائيًا.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist auf diesem Computer nicht installiert. Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>برنامج AusweisApp غير مثبّت على هذا الحاسوب. تحصل عليه مجانًا من ausweisapp.bund.de. يتصل Lotse تلقائيًا عندما يعمل البرنامج.</translation>
    </message>
    <message>
        <source>Die AusweisApp läuft nicht. Bitte starten Sie die AusweisApp. Sie ist noch nicht installiert? Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>برنامج AusweisApp لا يعمل. من فضلك شغّله. لم يُثبَّت بعد؟ تحصل عليه مجانًا من ausweisapp.bund.de. يتصل Lotse تلقائيًا عندما يعمل البرنامج.</translation>
    </message>
    <message>
        <source>Ihre AusweisApp ist zu alt für Lotse (Version {0}). Bitte installieren Sie die neue Version von ausweisapp.bund.de. Das kostet nichts.</source>
        <translation>برنامج AusweisApp عندك قديم جدًا على Lotse (الإصدار {0}). من فضلك ثبّت الإصدار الجديد من ausweisapp.bund.de. هذا مجاني.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie das andere Programm. Dann geht es von selbst weiter.</source>
        <translation>برنامج آخر يستخدم AusweisApp الآن. من فضلك أغلق البرنامج الآخر. بعدها يستمر كل شيء تلقائيًا.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist weg. Lotse versucht es von selbst wieder.</source>
        <translation>انقطع الاتصال ببرنامج AusweisApp. يحاول Lotse من جديد تلقائيًا.</translation>
    </message>
    <message>
        <source>Kein Kartenleser gefunden. Bitte schließen Sie den Kartenleser an. Oder verbinden Sie Ihr Smartphone in der AusweisApp als Kartenleser.</source>
        <translation>لم يُعثر على قارئ بطاقات. من فضلك وصّل القارئ. أو اربط هاتفك الذكي في البرنامج كقارئ بطاقات.</translation>
    </message>
    <message>
        <source>Kartenleser gefunden. Bitte legen Sie Ihren Ausweis darauf.</source>
        <translation>تم العثور على القارئ. من فضلك ضع بطاقة هويتك عليه.</translation>
    </message>
    <message>
        <source>Ihr Ausweis liegt auf dem Kartenleser.</source>
        <translation>بطاقة هويتك موضوعة على القارئ.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben 3 Versuche für die PIN.</source>
        <translation>تم العثور على البطاقة. عندك 3 محاولات للرقم السري.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben noch 2 Versuche für die PIN.</source>
        <translation>تم العثور على البطاقة. بقيت لك محاولتان (2) للرقم السري.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben nur noch 1 Versuch. Vorher brauchen Sie die Zugangsnummer.</source>
        <translation>تم العثور على البطاقة. بقيت لك محاولة 1 فقط. قبلها تحتاج إلى رقم الدخول (Zugangsnummer).</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PIN ist gesperrt. Sie brauchen die PUK.</source>
        <translation>تم العثور على البطاقة. الرقم السري مقفل. تحتاج إلى رقم PUK.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PUK ist aufgebraucht. Das {office} hilft.</source>
        <translation>تم العثور على البطاقة. رقم PUK انتهى. يساعدك {office}.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die Online-Funktion ist deaktiviert, also ausgeschaltet.</source>
        <translation>تم العثور على البطاقة. الوظيفة الإلكترونية مُعطّلة، أي مُطفأة.</translation>
    </message>
    <message>
        <source>Ausweis gefunden.</source>
        <translation>تم العثور على البطاقة.</translation>
    </message>
    <message>
        <source>AusweisApp starten</source>
        <translation>تشغيل AusweisApp</translation>
    </message>
    <message>
        <source>Die AusweisApp startet. Das kann einen Moment dauern. Lotse verbindet sich von selbst.</source>
        <translation>برنامج AusweisApp يبدأ. قد يستغرق ذلك لحظة. يتصل Lotse تلقائيًا.</translation>
    </message>
    <message>
        <source>Die AusweisApp ließ sich nicht starten. Bitte starten Sie sie selbst.</source>
        <translation>تعذّر تشغيل AusweisApp. من فضلك شغّله بنفسك.</translation>
    </message>
    <message>
        <source>Übungsmodus – Ihr echter Ausweis wird nicht benutzt</source>
        <translation>وضع التدريب – بطاقتك الحقيقية لا تُستخدم</translation>
    </message>
    <message>
        <source>Erst üben: Übungsmodus starten</source>
        <translation>التدريب أولًا: بدء وضع التدريب</translation>
    </message>
    <message>
        <source>Übungsmodus beenden</source>
        <translation>إنهاء وضع التدريب</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: Einmal-PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>أرقام بطاقة التدريب: الرقم السري المؤقت {0}، رقم الدخول {1}، PUK {2}.</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>أرقام بطاقة التدريب: الرقم السري {0}، رقم الدخول {1}، PUK {2}.</translation>
    </message>
    <message>
        <source>Was möchten Sie üben?</source>
        <translation>على ماذا تريد أن تتدرب؟</translation>
    </message>
    <message>
        <source>Im Übungsmodus benutzt Lotse eine Übungskarte. Ihr echter Ausweis bleibt unberührt.</source>
        <translation>في وضع التدريب يستخدم Lotse بطاقة تدريب. بطاقتك الحقيقية لا تُمَس.</translation>
    </message>
    <message>
        <source>Auch falsche Eingaben kosten hier nichts.</source>
        <translation>هنا حتى الإدخال الخاطئ لا يضر.</translation>
    </message>
    <message>
        <source>Die erste eigene PIN wählen, mit dem PIN-Brief</source>
        <translation>اختيار أول رقم سري خاص بك، مع رسالة الرقم السري</translation>
    </message>
    <message>
        <source>Meine PIN ändern</source>
        <translation>تغيير رقمي السري</translation>
    </message>
    <message>
        <source>Den letzten Versuch, mit der Zugangsnummer</source>
        <translation>المحاولة الأخيرة، مع رقم الدخول</translation>
    </message>
    <message>
        <source>Eine gesperrte PIN mit der PUK entsperren</source>
        <translation>فتح رقم سري مقفل برقم PUK</translation>
    </message>
    <message>
        <source>Doch nicht üben</source>
        <translation>لا أريد التدريب</translation>
    </message>
    <message>
        <source>Ohne Lotse in der AusweisApp weitermachen</source>
        <translation>المتابعة في AusweisApp بدون Lotse</translation>
    </message>
    <message>
        <source>Bild: ein Ausweis liegt auf einem Kartenleser.</source>
        <translation>صورة: بطاقة هوية موضوعة على قارئ بطاقات.</translation>
    </message>
    <message>
        <source>Das war eine Übung. Ihr echter Ausweis und Ihre PIN sind unverändert.</source>
        <translation>كان هذا تدريبًا. بطاقتك الحقيقية ورقمك السري لم يتغيرا.</translation>
    </message>
    <message>
        <source>Jetzt mit meinem echten Ausweis</source>
        <translation>الآن مع بطاقتي الحقيقية</translation>
    </message>
    <message>
        <source>Noch einmal üben</source>
        <translation>التدريب مرة أخرى</translation>
    </message>
    <message>
        <source>Zurück zur Anleitung</source>
        <translation>الرجوع إلى الدليل</translation>
    </message>
    <message>
        <source>Der Übungsmodus konnte nicht starten. Bitte versuchen Sie es noch einmal.</source>
        <translation>تعذّر بدء وضع التدريب. من فضلك حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{0} von {1} Ziffern</source>
        <translation>{0} من {1} أرقام</translation>
    </message>
    <message>
        <source>Ziffern zeigen</source>
        <translation>إظهار الأرقام</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Ziffer {0}</source>
        <translation>الرقم {0}</translation>
    </message>
    <message>
        <source>Eingabe: {0}</source>
        <translation>الإدخال: {0}</translation>
    </message>
    <message>
        <source>Zugangsnummer</source>
        <translation>رقم الدخول</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>neue PIN</source>
        <translation>الرقم السري الجديد</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <source>Ich habe den PIN-Brief mit einer Einmal-PIN. Sie hat 5 Ziffern.</source>
        <translation>عندي رسالة الرقم السري مع رقم سري مؤقت. هو من 5 أرقام.</translation>
    </message>
    <message>
        <source>Ich habe schon eine eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>عندي رقم سري خاص بي. هو من 6 أرقام.</translation>
    </message>
    <message>
        <source>Ich kenne meine PIN nicht mehr.</source>
        <translation>لم أعد أعرف رقمي السري.</translation>
    </message>
    <message>
        <source>Ich gehe lieber zum {office}</source>
        <translation>أفضّل الذهاب إلى {office}</translation>
    </message>
    <message>
        <source>Ja, ich bin sicher. Ich gebe die PIN ein.</source>
        <translation>نعم، أنا متأكد. أكتب الرقم السري.</translation>
    </message>
    <message>
        <source>Ich habe keine PUK</source>
        <translation>ليس عندي PUK</translation>
    </message>
    <message>
        <source>Ich habe eine andere PIN</source>
        <translation>عندي رقم سري آخر</translation>
    </message>
    <message>
        <source>Trotzdem diese PIN nehmen</source>
        <translation>أخذ هذا الرقم رغم ذلك</translation>
    </message>
    <message>
        <source>Eine andere PIN wählen</source>
        <translation>اختيار رقم سري آخر</translation>
    </message>
    <message>
        <source>Bild: die Vorderseite des Ausweises. Unten rechts steht die Zugangsnummer mit 6 Ziffern. Sie ist gelb markiert.</source>
        <translation>صورة: وجه بطاقة الهوية. في الأسفل على اليمين رقم الدخول من 6 أرقام. عليه علامة صفراء.</translation>
    </message>
    <message>
        <source>{0} hat {1} Ziffern. Sie haben {2} eingegeben.</source>
        <translation>{0} من {1} أرقام. أنت كتبت {2}.</translation>
    </message>
    <message>
        <source>Es wurde nichts gesendet. Kein Versuch ist verloren.</source>
        <translation>لم يُرسَل شيء. لم تضِع أي محاولة.</translation>
    </message>
    <message>
        <source>Bitte geben Sie nur Ziffern ein. Es wurde nichts gesendet.</source>
        <translation>من فضلك اكتب أرقامًا فقط. لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>Die PIN war nicht richtig. Sie haben noch {0} Versuche.</source>
        <translation>الرقم السري لم يكن صحيحًا. بقيت لك {0} محاولات.</translation>
    </message>
    <message>
        <source>Die PIN war wieder nicht richtig. Sie haben nur noch 1 Versuch.</source>
        <translation>الرقم السري لم يكن صحيحًا مرة أخرى. بقيت لك محاولة 1 فقط.</translation>
    </message>
    <message>
        <source>Die PIN war dreimal nicht richtig. Jetzt ist sie gesperrt.</source>
        <translation>الرقم السري كان خاطئًا ثلاث مرات. الآن هو مقفل.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer passte nicht. Das kostet keinen Versuch. Bitte prüfen Sie die Ziffern.</source>
        <translation>رقم الدخول لم يكن صحيحًا. هذا لا يكلّف محاولة. من فضلك افحص الأرقام.</translation>
    </message>
    <message>
        <source>Die PUK passte nicht. Das kostet nichts. Bitte prüfen Sie die Ziffern im PIN-Brief.</source>
        <translation>رقم PUK لم يكن صحيحًا. هذا لا يضر. من فضلك افحص الأرقام في رسالة الرقم السري.</translation>
    </message>
    <message>
        <source>Die PUK war richtig. Ihre PIN ist entsperrt. Sie haben wieder 3 Versuche.</source>
        <translation>رقم PUK كان صحيحًا. رقمك السري مفتوح. عندك من جديد 3 محاولات.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer war richtig.</source>
        <translation>رقم الدخول كان صحيحًا.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben waren verschieden. Bitte wählen Sie die neue PIN noch einmal.</source>
        <translation>الإدخالان كانا مختلفين. من فضلك اختر الرقم السري الجديد مرة أخرى.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat die Eingabe nicht angenommen. Das hat keinen Versuch gekostet. Bitte noch einmal.</source>
        <translation>لم يقبل البرنامج الإدخال. هذا لم يكلّف محاولة. من فضلك مرة أخرى.</translation>
    </message>
    <message>
        <source>Die AusweisApp war noch nicht bereit. Es wurde nichts geändert. Bitte geben Sie die Ziffern noch einmal ein.</source>
        <translation>البرنامج لم يكن جاهزًا بعد. لم يتغير شيء. من فضلك اكتب الأرقام مرة أخرى.</translation>
    </message>
    <message>
        <source>Lotse hat eine Antwort der AusweisApp nicht verstanden. Es wurde nichts geändert. Bitte noch einmal.</source>
        <translation>لم يفهم Lotse ردًّا من AusweisApp. لم يتغير شيء. من فضلك مرة أخرى.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist wieder da. Wir fangen mit dem Ausweis neu an. Ihre Antworten sind noch da.</source>
        <translation>برنامج AusweisApp عاد. نبدأ مع البطاقة من جديد. إجاباتك ما زالت محفوظة.</translation>
    </message>
    <message>
        <source>Der Ausweis liegt wieder auf. Es geht weiter.</source>
        <translation>البطاقة موضوعة من جديد. نتابع.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer</source>
        <translation>رقم الدخول</translation>
    </message>
    <message>
        <source>Die PUK</source>
        <translation>رقم PUK</translation>
    </message>
    <message>
        <source>Die neue PIN</source>
        <translation>الرقم السري الجديد</translation>
    </message>
    <message>
        <source>Die PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <source>Welche PIN haben Sie?</source>
        <translation>أي رقم سري عندك؟</translation>
    </message>
    <message>
        <source>Lotse kann das nicht selbst erkennen. Bitte wählen Sie eine Antwort.</source>
        <translation>لا يستطيع Lotse معرفة ذلك بنفسه. من فضلك اختر إجابة.</translation>
    </message>
    <message>
        <source>Jetzt wird die AusweisApp gebraucht</source>
        <translation>الآن نحتاج إلى برنامج AusweisApp</translation>
    </message>
    <message>
        <source>Lotse ändert Ihre PIN mit der AusweisApp.</source>
        <translation>يغيّر Lotse رقمك السري بواسطة AusweisApp.</translation>
    </message>
    <message>
        <source>Lotse spricht mit Ihrem Ausweis.</source>
        <translation>يتواصل Lotse مع بطاقة هويتك.</translation>
    </message>
    <message>
        <source>Bitte lassen Sie den Ausweis auf dem Kartenleser liegen.</source>
        <translation>من فضلك اترك البطاقة على القارئ.</translation>
    </message>
    <message>
        <source>Legen Sie Ihren Ausweis auf den Kartenleser</source>
        <translation>ضع بطاقة هويتك على القارئ</translation>
    </message>
    <message>
        <source>Legen Sie den Ausweis flach auf den Kartenleser.</source>
        <translation>ضع البطاقة مسطّحة على القارئ.</translation>
    </message>
    <message>
        <source>Lassen Sie ihn dort liegen, bis Lotse fertig ist.</source>
        <translation>اتركها هناك حتى ينتهي Lotse.</translation>
    </message>
    <message>
        <source>Es geht von selbst weiter.</source>
        <translation>يستمر تلقائيًا.</translation>
    </message>
    <message>
        <source>Bitte legen Sie den Ausweis wieder auf</source>
        <translation>من فضلك ضع البطاقة من جديد</translation>
    </message>
    <message>
        <source>Der Ausweis liegt nicht mehr auf dem Kartenleser.</source>
        <translation>البطاقة لم تعد على القارئ.</translation>
    </message>
    <message>
        <source>Legen Sie ihn wieder auf. Dann geht es von selbst weiter.</source>
        <translation>ضعها من جديد. بعدها يستمر تلقائيًا.</translation>
    </message>
    <message>
        <source>Es ist nichts verloren.</source>
        <translation>لم يضِع شيء.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre Einmal-PIN ein</source>
        <translation>اكتب الرقم السري المؤقت</translation>
    </message>
    <message>
        <source>Sie steht in Ihrem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>هو في رسالة الرقم السري. هو من 5 أرقام.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre jetzige PIN ein</source>
        <translation>اكتب رقمك السري الحالي</translation>
    </message>
    <message>
        <source>Das ist Ihre eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>هذا رقمك السري الخاص. هو من 6 أرقام.</translation>
    </message>
    <message>
        <source>Geben Sie die Zugangsnummer ein</source>
        <translation>اكتب رقم الدخول</translation>
    </message>
    <message>
        <source>Vor dem letzten Versuch braucht der Ausweis die Zugangsnummer.</source>
        <translation>قبل المحاولة الأخيرة تحتاج البطاقة إلى رقم الدخول.</translation>
    </message>
    <message>
        <source>Sie steht vorne auf dem Ausweis, unten rechts. Sie hat 6 Ziffern.</source>
        <translation>هو على وجه البطاقة، في الأسفل على اليمين. هو من 6 أرقام.</translation>
    </message>
    <message>
        <source>Eine falsche Zugangsnummer kostet keinen Versuch.</source>
        <translation>رقم الدخول الخاطئ لا يكلّف محاولة.</translation>
    </message>
    <message>
        <source>Sie haben nur noch 1 Versuch für Ihre PIN.</source>
        <translation>بقيت لك محاولة 1 فقط لرقمك السري.</translation>
    </message>
    <message>
        <source>Halt: Jetzt kommt der letzte Versuch</source>
        <translation>انتبه: الآن المحاولة الأخيرة</translation>
    </message>
    <message>
        <source>Ist auch diese PIN falsch, wird sie gesperrt.</source>
        <translation>إذا كان هذا الرقم خاطئًا أيضًا، يُقفل.</translation>
    </message>
    <message>
        <source>Dann brauchen Sie die PUK aus dem PIN-Brief.</source>
        <translation>عندها تحتاج إلى رقم PUK من رسالة الرقم السري.</translation>
    </message>
    <message>
        <source>Sind Sie sicher? Wenn nicht: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>هل أنت متأكد؟ إذا لم تكن: في {office} تحصل على رقم سري جديد مجانًا.</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt</source>
        <translation>رقمك السري مقفل</translation>
    </message>
    <message>
        <source>Mit der PUK können Sie die PIN entsperren.</source>
        <translation>برقم PUK يمكنك فتح الرقم السري.</translation>
    </message>
    <message>
        <source>Die PUK hat 10 Ziffern. Sie steht im PIN-Brief unter dem Rubbelfeld.</source>
        <translation>رقم PUK من 10 أرقام. هو في رسالة الرقم السري تحت حقل الكشط.</translation>
    </message>
    <message>
        <source>Eine falsche PUK kostet nichts.</source>
        <translation>رقم PUK الخاطئ لا يضر.</translation>
    </message>
    <message>
        <source>Wählen Sie Ihre neue PIN</source>
        <translation>اختر رقمك السري الجديد</translation>
    </message>
    <message>
        <source>Die neue PIN hat 6 Ziffern.</source>
        <translation>الرقم السري الجديد من 6 أرقام.</translation>
    </message>
    <message>
        <source>Nehmen Sie Ziffern, die Sie sich gut merken können.</source>
        <translation>اختر أرقامًا تستطيع تذكّرها جيدًا.</translation>
    </message>
    <message>
        <source>Nehmen Sie nicht Ihr Geburtsdatum.</source>
        <translation>لا تختر تاريخ ميلادك.</translation>
    </message>
    <message>
        <source>Diese PIN ist leicht zu erraten</source>
        <translation>هذا الرقم السري سهل التخمين</translation>
    </message>
    <message>
        <source>Andere könnten sie erraten. Sie dürfen sie trotzdem nehmen.</source>
        <translation>قد يخمّنه آخرون. يمكنك أن تأخذه رغم ذلك.</translation>
    </message>
    <message>
        <source>Geben Sie die neue PIN noch einmal ein</source>
        <translation>اكتب الرقم السري الجديد مرة أخرى</translation>
    </message>
    <message>
        <source>So prüfen wir, dass Sie sich nicht vertippt haben.</source>
        <translation>هكذا نتأكد أنك لم تخطئ في الكتابة.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist nicht mehr da</source>
        <translation>برنامج AusweisApp لم يعد موجودًا</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Ihre Antworten bleiben erhalten.</source>
        <translation>إجاباتك تبقى محفوظة.</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp. Einen Moment bitte.</source>
        <translation>يبحث Lotse عن برنامج AusweisApp. لحظة من فضلك.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie es. Dann geht es von selbst weiter.</source>
        <translation>برنامج آخر يستخدم AusweisApp الآن. من فضلك أغلقه. بعدها يستمر تلقائيًا.</translation>
    </message>
    <message>
        <source>Die AusweisApp wurde geschlossen. Bitte starten Sie sie wieder. Dann geht es von selbst weiter.</source>
        <translation>أُغلق برنامج AusweisApp. من فضلك شغّله من جديد. بعدها يستمر تلقائيًا.</translation>
    </message>
    <message>
        <source>Bitte starten Sie die AusweisApp. Dann geht es von selbst weiter.</source>
        <translation>من فضلك شغّل برنامج AusweisApp. بعدها يستمر تلقائيًا.</translation>
    </message>
    <message>
        <source>Sie haben noch 2 Versuche. Raten Sie bitte nicht. Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>بقيت لك محاولتان (2). من فضلك لا تخمّن. في {office} تحصل على رقم سري جديد مجانًا.</translation>
    </message>
    <message>
        <source>Das ist Ihr letzter Versuch. Geben Sie die PIN ein, nicht die Zugangsnummer.</source>
        <translation>هذه محاولتك الأخيرة. اكتب الرقم السري، وليس رقم الدخول.</translation>
    </message>
    <message>
        <source>Sie besteht aus lauter gleichen Ziffern.</source>
        <translation>يتكون من أرقام متشابهة كلها.</translation>
    </message>
    <message>
        <source>Die Ziffern folgen der Reihe nach.</source>
        <translation>الأرقام متتالية بالترتيب.</translation>
    </message>
    <message>
        <source>Die Ziffern wiederholen sich.</source>
        <translation>الأرقام تتكرر.</translation>
    </message>
    <message>
        <source>Sie sieht aus wie ein Datum, zum Beispiel ein Geburtstag.</source>
        <translation>يشبه تاريخًا، مثلًا تاريخ ميلاد.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Zugangsnummer am Kartenleser ein</source>
        <translation>من فضلك اكتب رقم الدخول على القارئ</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PUK am Kartenleser ein</source>
        <translation>من فضلك اكتب رقم PUK على القارئ</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die neue PIN am Kartenleser ein</source>
        <translation>من فضلك اكتب الرقم السري الجديد على القارئ</translation>
    </message>
    <message>
        <source>Wählen Sie 6 Ziffern. Der Kartenleser fragt die neue PIN zweimal.</source>
        <translation>اختر 6 أرقام. القارئ يطلب الرقم الجديد مرتين.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PIN am Kartenleser ein</source>
        <translation>من فضلك اكتب الرقم السري على القارئ</translation>
    </message>
    <message>
        <source>Das ist die Einmal-PIN aus dem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>هذا هو الرقم السري المؤقت من الرسالة. هو من 5 أرقام.</translation>
    </message>
    <message>
        <source>Ihr Kartenleser hat eigene Tasten. Bestätigen Sie dort mit der OK-Taste.</source>
        <translation>لقارئك أزرار خاصة به. أكّد هناك بزر OK.</translation>
    </message>
    <message>
        <source>Lotse sieht die Ziffern nicht.</source>
        <translation>لا يرى Lotse الأرقام.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat gemeldet: Ihre neue PIN mit 6 Ziffern gilt.</source>
        <translation>أبلغ برنامج AusweisApp: رقمك السري الجديد من 6 أرقام صالح.</translation>
    </message>
    <message>
        <source>Die Einmal-PIN aus dem Brief gilt nicht mehr.</source>
        <translation>الرقم السري المؤقت من الرسالة لم يعد صالحًا.</translation>
    </message>
    <message>
        <source>Die alte PIN gilt nicht mehr.</source>
        <translation>الرقم السري القديم لم يعد صالحًا.</translation>
    </message>
    <message>
        <source>Geschafft: Ihre neue PIN gilt</source>
        <translation>نجحت: رقمك السري الجديد صالح</translation>
    </message>
    <message>
        <source>Sie haben aufgehört</source>
        <translation>لقد توقفت</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>لم يتغير شيء. رقمك السري كما كان.</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert</source>
        <translation>لم يتغير شيء</translation>
    </message>
    <message>
        <source>Ihre PIN ist dieselbe wie vorher.</source>
        <translation>رقمك السري كما كان.</translation>
    </message>
    <message>
        <source>Lassen Sie den Ausweis auf dem Kartenleser liegen. Drücken Sie dann auf „Noch einmal versuchen“.</source>
        <translation>اترك البطاقة على القارئ. ثم اضغط على „المحاولة مرة أخرى“.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist abgebrochen. Das war kurz nach der neuen PIN.</source>
        <translation>انقطع الاتصال ببرنامج AusweisApp. كان ذلك بعد الرقم السري الجديد بقليل.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat noch nicht geantwortet.</source>
        <translation>لم يرد برنامج AusweisApp بعد.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat nicht gemeldet, dass es geklappt hat. Die neue PIN war aber vielleicht schon beim Ausweis.</source>
        <translation>لم يُبلغ البرنامج أن العملية نجحت. لكن ربما وصل الرقم السري الجديد إلى البطاقة.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob die PIN geändert ist</source>
        <translation>لا نعرف بالتأكيد هل تغيّر الرقم السري</translation>
    </message>
    <message>
        <source>Vielleicht gilt schon die neue PIN. Vielleicht gilt noch die alte.</source>
        <translation>ربما يصلح الرقم الجديد. وربما ما زال القديم صالحًا.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht. Auf der nächsten Seite steht, was Sie sicher tun können.</source>
        <translation>من فضلك لا تخمّن. في الصفحة التالية ما يمكنك فعله بأمان.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht</source>
        <translation>من فضلك لا تخمّن</translation>
    </message>
    <message>
        <source>Jeder falsche Versuch zählt. Nach 3 falschen Versuchen ist die PIN gesperrt.</source>
        <translation>كل محاولة خاطئة تُحسب. بعد 3 محاولات خاطئة يُقفل الرقم السري.</translation>
    </message>
    <message>
        <source>Im {office} bekommen Sie eine neue PIN. Ihre alte PIN brauchen Sie dort nicht.</source>
        <translation>في {office} تحصل على رقم سري جديد. لا تحتاج هناك إلى رقمك القديم.</translation>
    </message>
    <message>
        <source>Das {office} hilft Ihnen</source>
        <translation>{office} يساعدك</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt. Ohne PUK hilft das {office}.</source>
        <translation>رقمك السري مقفل. بدون PUK يساعدك {office}.</translation>
    </message>
    <message>
        <source>Die Online-Funktion ist deaktiviert</source>
        <translation>الوظيفة الإلكترونية مُعطّلة</translation>
    </message>
    <message>
        <source>Ihr Ausweis kann sich noch nicht online ausweisen.</source>
        <translation>بطاقتك لا تستطيع بعد إثبات الهوية على الإنترنت.</translation>
    </message>
    <message>
        <source>Die PUK ist aufgebraucht</source>
        <translation>رقم PUK انتهى</translation>
    </message>
    <message>
        <source>Die PUK wurde schon 10-mal benutzt. Jetzt hilft nur das {office}.</source>
        <translation>رقم PUK استُخدم 10 مرات. الآن يساعدك {office} فقط.</translation>
    </message>
    <message>
        <source>Gut, dass Sie nicht raten</source>
        <translation>جيد أنك لا تخمّن</translation>
    </message>
    <message>
        <source>Übung geschafft</source>
        <translation>نجح التدريب</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. So geht es auch mit Ihrem echten Ausweis.</source>
        <translation>كان هذا تدريبًا فقط. هكذا يتم الأمر أيضًا مع بطاقتك الحقيقية.</translation>
    </message>
    <message>
        <source>An Ihrem echten Ausweis hat sich nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>لم يتغير شيء في بطاقتك الحقيقية. رقمك السري كما كان.</translation>
    </message>
    <message>
        <source>Übung beendet: {0}</source>
        <translation>انتهى التدريب: {0}</translation>
    </message>
    <message>
        <source>Wir warten auf die AusweisApp</source>
        <translation>ننتظر برنامج AusweisApp</translation>
    </message>
    <message>
        <source>Sie haben „Abbrechen“ gedrückt.</source>
        <translation>لقد ضغطت على „إلغاء“.</translation>
    </message>
    <message>
        <source>Die neue PIN war vielleicht schon beim Ausweis.</source>
        <translation>ربما وصل الرقم السري الجديد إلى البطاقة.</translation>
    </message>
    <message>
        <source>Die AusweisApp sagt uns gleich, ob sie gilt. Bitte lassen Sie den Ausweis liegen.</source>
        <translation>سيخبرنا البرنامج بعد قليل هل هو صالح. من فضلك اترك البطاقة في مكانها.</translation>
    </message>
    <message>
        <source>Nicht mehr warten</source>
        <translation>عدم الانتظار أكثر</translation>
    </message>
    <message>
        <source>Wir prüfen Ihren Ausweis</source>
        <translation>نفحص بطاقة هويتك</translation>
    </message>
    <message>
        <source>Lotse fragt die AusweisApp, wie es Ihrem Ausweis geht.</source>
        <translation>يسأل Lotse برنامج AusweisApp عن حالة بطاقتك.</translation>
    </message>
    <message>
        <source>Dabei wird keine PIN gebraucht. Es wird nichts verändert.</source>
        <translation>لا حاجة إلى رقم سري لذلك. لا يتغير شيء.</translation>
    </message>
    <message>
        <source>Ohne Kartenleser weiter</source>
        <translation>المتابعة بدون قارئ بطاقات</translation>
    </message>
    <message>
        <source>PIN ändern</source>
        <translation>تغيير الرقم السري</translation>
    </message>
    <message>
        <source>Die Einmal-PIN steht im PIN-Brief und hat 5 Ziffern. Ihre eigene PIN hat 6 Ziffern. Die Zugangsnummer steht vorne auf dem Ausweis, unten rechts. Die PUK steht im PIN-Brief unter dem Rubbelfeld. Wenn Sie unsicher sind: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>الرقم السري المؤقت في رسالة الرقم السري وهو من 5 أرقام. رقمك السري الخاص من 6 أرقام. رقم الدخول على وجه البطاقة، في الأسفل على اليمين. رقم PUK في رسالة الرقم السري تحت حقل الكشط. إذا لم تكن متأكدًا: في {office} تحصل على رقم سري جديد مجانًا.</translation>
    </message>
</context>
</TS>
