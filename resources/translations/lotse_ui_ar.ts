<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Die Verbindung hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>لم ينجح الاتصال. من فضلك حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Das Speichern oder Lesen hat nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>لم ينجح الحفظ أو القراءة. من فضلك حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Die Angaben der Stadt konnten nicht gelesen werden ({0}). Adressen fehlen deshalb. Alles andere funktioniert.</source>
        <translation>تعذّرت قراءة بيانات المدينة ({0}). لذلك العناوين ناقصة. كل شيء آخر يعمل.</translation>
    </message>
    <message>
        <source>Eine Anleitung ist beschädigt und fehlt deshalb auf der Startseite: {0}</source>
        <translation>أحد الأدلة تالف، لذلك لا يظهر في الصفحة الرئيسية: {0}</translation>
    </message>
    <message>
        <source>Ein Teil des Programms fehlt: {0}. Alles andere funktioniert. Technische Angabe: {1}</source>
        <translation>جزء من البرنامج ناقص: {0}. كل شيء آخر يعمل. معلومة تقنية: {1}</translation>
    </message>
    <message>
        <source>Ihre Einstellungen waren beschädigt ({0}). Die Datei wurde beiseitegelegt. Es gelten die Grundeinstellungen.</source>
        <translation>كانت إعداداتك تالفة ({0}). وُضع الملف جانبًا. تُستخدم الإعدادات الأساسية.</translation>
    </message>
    <message>
        <source>Die Gestaltung des Programms fehlt oder ist beschädigt ({0}). Alles andere funktioniert.</source>
        <translation>مظهر البرنامج ناقص أو تالف ({0}). كل شيء آخر يعمل.</translation>
    </message>
    <message>
        <source>Die Liste der Sprachen ist beschädigt ({0}). Es gibt nur die Sprachen, die sich lesen lassen.</source>
        <translation>قائمة اللغات تالفة ({0}). تتوفر فقط اللغات التي يمكن قراءتها.</translation>
    </message>
    <message>
        <source>Eine Übersetzungsdatei fehlt oder ist beschädigt: {0}.</source>
        <translation>ملف ترجمة ناقص أو تالف: {0}.</translation>
    </message>
</context>
<context>
    <name>Bar</name>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Start: zur Startseite</source>
        <translation>البداية: إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>Vorlesen beenden</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>Vorlesen</source>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Schrift größer</source>
        <translation>تكبير الخط</translation>
    </message>
    <message>
        <source>Schrift kleiner</source>
        <translation>تصغير الخط</translation>
    </message>
    <message>
        <source>Sprache: {0}</source>
        <translation>اللغة: {0}</translation>
    </message>
    <message>
        <source>← Zurück</source>
        <translation>→ رجوع</translation>
    </message>
    <message>
        <source>⌂ Start</source>
        <translation>⌂ البداية</translation>
    </message>
    <message>
        <source>? Hilfe</source>
        <translation>؟ مساعدة</translation>
    </message>
    <message>
        <source>■ Stopp</source>
        <translation>■ إيقاف</translation>
    </message>
    <message>
        <source>▶ Vorlesen</source>
        <translation>▶ قراءة بصوت عالٍ</translation>
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
        <translation>اختيار اللغة. الآن: {0}</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Die Person sieht den Code unter „Hilfe“, zum Beispiel „P 17“. Tippen Sie ihn hier ein. Sie sehen dann denselben Schritt in Ihrer Sprache, mit den Tipps für Helfende.</source>
        <translation>يرى الشخص الرمز تحت „مساعدة“، مثلًا „P 17“. اكتبه هنا. عندها ترى نفس الخطوة بلغتك، مع نصائح للمساعدين.</translation>
    </message>
    <message>
        <source>Code, zum Beispiel P 17</source>
        <translation>الرمز، مثلًا P 17</translation>
    </message>
    <message>
        <source>Schritt zeigen</source>
        <translation>عرض الخطوة</translation>
    </message>
    <message>
        <source>Ein Code besteht aus einem Buchstaben und einer Zahl. Er sagt nur, welcher Schritt gemeint ist, nichts über die Person.</source>
        <translation>الرمز حرف ورقم. هو يبيّن فقط أي خطوة المقصودة، ولا شيء عن الشخص.</translation>
    </message>
    <message>
        <source>Diesen Code gibt es nicht: „{0}“. Ein Code ist ein Buchstabe und eine Zahl, zum Beispiel P 17. Bitte fragen Sie noch einmal nach.</source>
        <translation>هذا الرمز غير موجود: „{0}“. الرمز حرف ورقم، مثلًا P 17. من فضلك اسأل مرة أخرى.</translation>
    </message>
    <message>
        <source>Schritt {0}.</source>
        <translation>الخطوة {0}.</translation>
    </message>
    <message>
        <source>Tipp für Helfende: {0}</source>
        <translation>نصيحة للمساعدين: {0}</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <source>Neue Inhalte der Stadt wurden nicht übernommen. Es gelten die bisherigen. Grund (für die IT): {0}</source>
        <translation>لم تُعتمد محتويات المدينة الجديدة. تبقى المحتويات السابقة. السبب (لقسم تقنية المعلومات): {0}</translation>
    </message>
    <message>
        <source>Neue Inhalte der Stadt konnten nicht geprüft werden: {0}</source>
        <translation>تعذّر فحص محتويات المدينة الجديدة: {0}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Code für diesen Schritt: {0}. Nennen Sie ihn, wenn Sie jemanden am Telefon um Hilfe bitten.</source>
        <translation>رمز هذه الخطوة: {0}. قله عندما تطلب المساعدة من أحد على الهاتف.</translation>
    </message>
    <message>
        <source>Sie können nichts kaputt machen. Mit „Zurück“ kommen Sie immer einen Schritt zurück. Mit „Start“ kommen Sie zur Startseite.</source>
        <translation>لا يمكنك أن تُفسد شيئًا. بزر „رجوع“ تعود دائمًا خطوة واحدة. وبزر „البداية“ تصل إلى الصفحة الرئيسية.</translation>
    </message>
    <message>
        <source>Bis Sie fertig sind, merkt sich das Programm, wo Sie waren. Dann wird alles gelöscht.</source>
        <translation>يتذكّر البرنامج أين كنت حتى تنتهي. ثم يُحذف كل شيء.</translation>
    </message>
    <message>
        <source>Das Programm merkt sich, wo Sie waren.</source>
        <translation>يتذكّر البرنامج أين كنت.</translation>
    </message>
    <message>
        <source>Hilfe schließen</source>
        <translation>إغلاق المساعدة</translation>
    </message>
    <message>
        <source>Lotse, Version {0}</source>
        <translation>Lotse، الإصدار {0}</translation>
    </message>
    <message>
        <source>Code eingeben: einen Schritt über seinen Code zeigen</source>
        <translation>إدخال الرمز: عرض خطوة برمزها</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Guten Tag! Wobei kann ich helfen?</source>
        <translation>مرحبًا! بماذا أستطيع أن أساعدك؟</translation>
    </message>
    <message>
        <source>Wählen Sie ein Thema. Sie können jederzeit zurück.</source>
        <translation>اختر موضوعًا. يمكنك الرجوع في أي وقت.</translation>
    </message>
    <message>
        <source>Im Moment gibt es hier keine Themen. Bitte fragen Sie die Person, die das Programm eingerichtet hat.</source>
        <translation>لا توجد مواضيع هنا حاليًا. من فضلك اسأل الشخص الذي جهّز البرنامج.</translation>
    </message>
    <message>
        <source>Hier wählen Sie ein Thema. Klicken Sie auf eine große Fläche. Oder drücken Sie die Tabulator-Taste, bis die Fläche gelb ist. Dann drücken Sie die Leertaste.</source>
        <translation>هنا تختار موضوعًا. اضغط على مساحة كبيرة. أو اضغط زر Tab حتى تصبح المساحة صفراء. ثم اضغط زر المسافة.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Wählen Sie Ihre Sprache. Sie können sie jederzeit wieder ändern.</source>
        <translation>اختر لغتك. يمكنك تغييرها مرة أخرى في أي وقت.</translation>
    </message>
    <message>
        <source>Weitere Sprachen ↓</source>
        <translation>لغات أخرى ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Sprachen</source>
        <translation>↑ اللغات السابقة</translation>
    </message>
    <message>
        <source>Weitere Sprachen zeigen</source>
        <translation>عرض لغات أخرى</translation>
    </message>
    <message>
        <source>Vorige Sprachen zeigen</source>
        <translation>عرض اللغات السابقة</translation>
    </message>
    <message>
        <source>Sprache nicht ändern</source>
        <translation>عدم تغيير اللغة</translation>
    </message>
    <message>
        <source>Tippen Sie auf die Sprache, in der Sie lesen möchten. Sie bleiben an derselben Stelle.</source>
        <translation>اضغط على اللغة التي تريد القراءة بها. تبقى في نفس المكان.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Einen Moment bitte …</source>
        <translation>لحظة من فضلك …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verstanden</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <source>Verstanden: Hinweis schließen</source>
        <translation>فهمت: إغلاق الملاحظة</translation>
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
        <translation>تعذّر تحميل جزء من البرنامج. كل شيء آخر يعمل. معلومة تقنية: {0}</translation>
    </message>
    <message>
        <source>{0} – Lotse</source>
        <translation>{0} – Lotse</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht: „{0}“. Bitte wählen Sie ein Thema auf der Startseite.</source>
        <translation>هذا الدليل غير موجود: „{0}“. من فضلك اختر موضوعًا في الصفحة الرئيسية.</translation>
    </message>
    <message>
        <source>Dieser Teil des Programms geht gerade nicht. Sie sehen stattdessen, was Sie tun können. ({0})</source>
        <translation>هذا الجزء من البرنامج لا يعمل الآن. بدلًا منه ترى ما يمكنك فعله. ({0})</translation>
    </message>
    <message>
        <source>Dieser Schritt führt ins Leere ({0}). Bitte melden Sie das.</source>
        <translation>هذه الخطوة لا تؤدي إلى أي مكان ({0}). من فضلك أبلغ عن ذلك.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite. Weiter zurück geht es nicht.</source>
        <translation>أنت في الصفحة الرئيسية. لا يمكن الرجوع أكثر.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite.</source>
        <translation>أنت في الصفحة الرئيسية.</translation>
    </message>
    <message>
        <source>Lesen Sie den Text in Ruhe. Es gibt keine Zeitgrenze.</source>
        <translation>اقرأ النص بهدوء. لا يوجد حد للوقت.</translation>
    </message>
    <message>
        <source>Die Hilfe ist schon offen. Mit „Hilfe schließen“ kommen Sie zurück.</source>
        <translation>المساعدة مفتوحة. بزر „إغلاق المساعدة“ تعود.</translation>
    </message>
    <message>
        <source>Die Sprache ist auf diesem Computer fest eingestellt.</source>
        <translation>اللغة ثابتة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Auf dieser Seite gibt es nichts vorzulesen.</source>
        <translation>لا يوجد في هذه الصفحة شيء للقراءة.</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am größten (200 %).</source>
        <translation>الخط في أكبر حجم (200 %).</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am kleinsten (100 %).</source>
        <translation>الخط في أصغر حجم (100 %).</translation>
    </message>
    <message>
        <source>Schriftgröße: {0} %</source>
        <translation>حجم الخط: {0} %</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht in der gewählten Sprache ({0}). Sie sehen sie weiter wie bisher.</source>
        <translation>هذا الدليل غير موجود باللغة المختارة ({0}). تراه كما كان من قبل.</translation>
    </message>
    <message>
        <source>Die Einstellung gilt jetzt, konnte aber nicht gespeichert werden ({0}).</source>
        <translation>الإعداد يعمل الآن، لكن تعذّر حفظه ({0}).</translation>
    </message>
    <message>
        <source>Das Programm kann sich nicht merken, wo Sie sind ({0}). Alles andere funktioniert.</source>
        <translation>البرنامج لا يستطيع أن يتذكر أين أنت ({0}). كل شيء آخر يعمل.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz war beschädigt ({0}). Er wurde beiseitegelegt. Sie fangen neu an.</source>
        <translation>المكان المحفوظ كان تالفًا ({0}). وُضع جانبًا. تبدأ من جديد.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz passt nicht mehr zu den Anleitungen ({0}). Sie fangen neu an.</source>
        <translation>المكان المحفوظ لم يعد يناسب الأدلة ({0}). تبدأ من جديد.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>Hier sind die übrigen Themen. Mit „Zurück“ kommen Sie zur Startseite.</source>
        <translation>هنا المواضيع الأخرى. بزر „رجوع“ تعود إلى الصفحة الرئيسية.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Weiter lesen ↓</source>
        <translation>تابع القراءة ↓</translation>
    </message>
    <message>
        <source>Zurück nach oben ↑</source>
        <translation>العودة إلى الأعلى ↑</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Übung</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Übung: {0}</source>
        <translation>تدريب: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Bitte warten</source>
        <translation>من فضلك انتظر</translation>
    </message>
    <message>
        <source>Das dauert länger als sonst. Sie können weiter warten oder abbrechen.</source>
        <translation>هذا يستغرق وقتًا أطول من المعتاد. يمكنك أن تواصل الانتظار أو أن تلغي.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Vorlesen geht auf diesem Computer nicht: es ist keine Sprachausgabe installiert.</source>
        <translation>القراءة بصوت عالٍ لا تعمل على هذا الحاسوب: لا يوجد برنامج صوت مثبّت.</translation>
    </message>
    <message>
        <source>Vorlesen geht gerade nicht: die Sprachausgabe dieses Computers antwortet nicht. Sie können ganz normal weitermachen.</source>
        <translation>القراءة بصوت عالٍ لا تعمل الآن: نظام النطق في هذا الحاسوب لا يستجيب. يمكنك أن تتابع بشكل عادي.</translation>
    </message>
    <message>
        <source>Vorlesen hat nicht geklappt: {0}</source>
        <translation>لم تنجح القراءة بصوت عالٍ: {0}</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Weitermachen, wo Sie aufgehört haben?</source>
        <translation>هل تريد المتابعة من حيث توقفت؟</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Diese Anleitung wurde inzwischen verbessert. Deshalb beginnt sie noch einmal von vorn.</source>
        <translation>كنت عند: {0}. تم تحسين هذا الدليل منذ ذلك الحين. لذلك يبدأ من البداية مرة أخرى.</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Zuletzt: {1}</source>
        <translation>كنت عند: {0}. آخر خطوة: {1}</translation>
    </message>
    <message>
        <source>Ja, weitermachen</source>
        <translation>نعم، متابعة</translation>
    </message>
    <message>
        <source>Ja, von vorn beginnen</source>
        <translation>نعم، البدء من البداية</translation>
    </message>
    <message>
        <source>Nein, neu anfangen</source>
        <translation>لا، البدء من جديد</translation>
    </message>
    <message>
        <source>Das Programm hat sich gemerkt, wo Sie beim letzten Mal waren. Sie können dort weitermachen oder neu anfangen.</source>
        <translation>البرنامج تذكّر أين كنت في المرة الماضية. يمكنك المتابعة من هناك أو البدء من جديد.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Weitere Antworten ↓</source>
        <translation>إجابات أخرى ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Antworten</source>
        <translation>↑ الإجابات السابقة</translation>
    </message>
    <message>
        <source>Weitere Antworten zeigen</source>
        <translation>إظهار إجابات أخرى</translation>
    </message>
    <message>
        <source>Vorige Antworten zeigen</source>
        <translation>إظهار الإجابات السابقة</translation>
    </message>
    <message>
        <source>Bild verbergen</source>
        <translation>إخفاء الصورة</translation>
    </message>
    <message>
        <source>Bild zeigen</source>
        <translation>إظهار الصورة</translation>
    </message>
    <message>
        <source>Bild verbergen: {0}</source>
        <translation>إخفاء الصورة: {0}</translation>
    </message>
    <message>
        <source>Bild zeigen: {0}</source>
        <translation>إظهار الصورة: {0}</translation>
    </message>
    <message>
        <source>Bild: {0}</source>
        <translation>صورة: {0}</translation>
    </message>
    <message>
        <source>Ihre letzte Antwort ist mit einem Haken markiert.</source>
        <translation>إجابتك الأخيرة عليها علامة.</translation>
    </message>
    <message>
        <source>Das hatten Sie zuletzt gewählt.</source>
        <translation>هذا ما اخترته آخر مرة.</translation>
    </message>
    <message>
        <source>Wohin</source>
        <translation>إلى أين</translation>
    </message>
    <message>
        <source>Mehr dazu verbergen ↑</source>
        <translation>إخفاء التفاصيل ↑</translation>
    </message>
    <message>
        <source>Mehr dazu ↓</source>
        <translation>تفاصيل أكثر ↓</translation>
    </message>
    <message>
        <source>Mehr dazu</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>Fertig: zur Startseite</source>
        <translation>انتهى: إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>Die weiteren Angaben stehen jetzt darunter.</source>
        <translation>التفاصيل الإضافية موجودة الآن في الأسفل.</translation>
    </message>
    <message>
        <source>Zeigt weitere Angaben.</source>
        <translation>يعرض معلومات إضافية.</translation>
    </message>
    <message>
        <source>Die Angaben zu den Ämtern fehlen gerade. Fragen Sie unter der Telefonnummer 115.</source>
        <translation>بيانات المكاتب ناقصة الآن. اسأل على الهاتف 115.</translation>
    </message>
    <message>
        <source>Das Amt „{0}“ fehlt in den Angaben der Stadt. Fragen Sie unter 115.</source>
        <translation>المكتب „{0}“ غير موجود في بيانات المدينة. اسأل على 115.</translation>
    </message>
    <message>
        <source>Telefon: {0}</source>
        <translation>الهاتف: {0}</translation>
    </message>
    <message>
        <source>E-Mail: {0}</source>
        <translation>البريد الإلكتروني: {0}</translation>
    </message>
    <message>
        <source>Im Internet: {0}</source>
        <translation>على الإنترنت: {0}</translation>
    </message>
</context>
<context>
    <name>TilePager</name>
    <message>
        <source>Weitere Themen ↓</source>
        <translation>مواضيع أخرى ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Themen</source>
        <translation>↑ المواضيع السابقة</translation>
    </message>
    <message>
        <source>Weitere Themen zeigen</source>
        <translation>إظهار مواضيع أخرى</translation>
    </message>
    <message>
        <source>Vorige Themen zeigen</source>
        <translation>إظهار المواضيع السابقة</translation>
    </message>
</context>
<context>
    <name>VScrollArea</name>
    <message>
        <source>Bildlauf</source>
        <translation>التمرير</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Weiter</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Noch einmal versuchen</source>
        <translation>المحاولة مرة أخرى</translation>
    </message>
    <message>
        <source>Etwas ändern</source>
        <translation>تغيير شيء</translation>
    </message>
    <message>
        <source>Zur Startseite</source>
        <translation>إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>للأسف لم ينجح ذلك. من فضلك حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Einen Moment bitte</source>
        <translation>لحظة من فضلك</translation>
    </message>
    <message>
        <source>Schritt {0} von {1}</source>
        <translation>الخطوة {0} من {1}</translation>
    </message>
    <message>
        <source>Schritt {0} von etwa {1}</source>
        <translation>الخطوة {0} من حوالي {1}</translation>
    </message>
    <message>
        <source>Hilfe</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Weitere Themen</source>
        <translation>مواضيع أخرى</translation>
    </message>
    <message>
        <source>Sprache wählen</source>
        <translation>اختيار اللغة</translation>
    </message>
    <message>
        <source>Code eingeben</source>
        <translation>إدخال الرمز</translation>
    </message>
    <message>
        <source>Einstellungen für Mitarbeitende</source>
        <translation>إعدادات للموظفين</translation>
    </message>
    <message>
        <source>Helfer-Ansicht</source>
        <translation>عرض المساعد</translation>
    </message>
    <message>
        <source>Was Sie jetzt tun</source>
        <translation>ما تفعله الآن</translation>
    </message>
    <message>
        <source>Was Sie mitbringen</source>
        <translation>ما تحضره معك</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Im Internet: %1</source>
        <translation>على الإنترنت: %1</translation>
    </message>
    <message>
        <source>Ort: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Was brauche ich?</source>
        <translation>ماذا أحتاج؟</translation>
    </message>
    <message>
        <source>Termin buchen</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <source>Problem melden</source>
        <translation>الإبلاغ عن مشكلة</translation>
    </message>
    <message>
        <source>Ihr Termin</source>
        <translation>موعدك</translation>
    </message>
    <message>
        <source>Ihre Meldung</source>
        <translation>بلاغك</translation>
    </message>
    <message>
        <source>Meine Termine ansehen</source>
        <translation>مشاهدة مواعيدي</translation>
    </message>
    <message>
        <source>Meine Meldungen ansehen</source>
        <translation>مشاهدة بلاغاتي</translation>
    </message>
    <message>
        <source>Ihre Angaben sind gespeichert.</source>
        <translation>بياناتك محفوظة.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie, wo das Problem ist.</source>
        <translation>من فضلك اكتب أين المشكلة.</translation>
    </message>
</context>
</TS>
