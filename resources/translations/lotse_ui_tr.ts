<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Die Verbindung hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>Bağlantı kurulamadı. Lütfen birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <source>Das Speichern oder Lesen hat nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>Kaydetme veya okuma olmadı. Lütfen tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Die Angaben der Stadt konnten nicht gelesen werden ({0}). Adressen fehlen deshalb. Alles andere funktioniert.</source>
        <translation>Şehrin bilgileri okunamadı ({0}). Bu yüzden adresler eksik. Geri kalan her şey çalışıyor.</translation>
    </message>
    <message>
        <source>Eine Anleitung ist beschädigt und fehlt deshalb auf der Startseite: {0}</source>
        <translation>Bir rehber bozuk, bu yüzden ana sayfada yok: {0}</translation>
    </message>
    <message>
        <source>Ein Teil des Programms fehlt: {0}. Alles andere funktioniert. Technische Angabe: {1}</source>
        <translation>Programın bir parçası eksik: {0}. Geri kalan her şey çalışıyor. Teknik bilgi: {1}</translation>
    </message>
    <message>
        <source>Ihre Einstellungen waren beschädigt ({0}). Die Datei wurde beiseitegelegt. Es gelten die Grundeinstellungen.</source>
        <translation>Ayarlarınız bozuktu ({0}). Dosya bir kenara kondu. Temel ayarlar geçerli.</translation>
    </message>
    <message>
        <source>Die Gestaltung des Programms fehlt oder ist beschädigt ({0}). Alles andere funktioniert.</source>
        <translation>Programın görünümü eksik ya da bozuk ({0}). Geri kalan her şey çalışıyor.</translation>
    </message>
    <message>
        <source>Die Liste der Sprachen ist beschädigt ({0}). Es gibt nur die Sprachen, die sich lesen lassen.</source>
        <translation>Dil listesi bozuk ({0}). Sadece okunabilen diller var.</translation>
    </message>
    <message>
        <source>Eine Übersetzungsdatei fehlt oder ist beschädigt: {0}.</source>
        <translation>Bir çeviri dosyası eksik veya bozuk: {0}.</translation>
    </message>
</context>
<context>
    <name>Bar</name>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Start: zur Startseite</source>
        <translation>Başlangıç: ana sayfaya</translation>
    </message>
    <message>
        <source>Vorlesen beenden</source>
        <translation>Sesli okumayı durdur</translation>
    </message>
    <message>
        <source>Vorlesen</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <source>Schrift größer</source>
        <translation>Yazıyı büyüt</translation>
    </message>
    <message>
        <source>Schrift kleiner</source>
        <translation>Yazıyı küçült</translation>
    </message>
    <message>
        <source>Sprache: {0}</source>
        <translation>Dil: {0}</translation>
    </message>
    <message>
        <source>← Zurück</source>
        <translation>← Geri</translation>
    </message>
    <message>
        <source>⌂ Start</source>
        <translation>⌂ Başlangıç</translation>
    </message>
    <message>
        <source>? Hilfe</source>
        <translation>? Yardım</translation>
    </message>
    <message>
        <source>■ Stopp</source>
        <translation>■ Durdur</translation>
    </message>
    <message>
        <source>▶ Vorlesen</source>
        <translation>▶ Sesli oku</translation>
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
        <translation>Dil seçin. Şu an: {0}</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Die Person sieht den Code unter „Hilfe“, zum Beispiel „P 17“. Tippen Sie ihn hier ein. Sie sehen dann denselben Schritt in Ihrer Sprache, mit den Tipps für Helfende.</source>
        <translation>Kişi kodu „Yardım“ altında görür, örneğin „P 17“. Kodu buraya yazın. O zaman aynı adımı kendi dilinizde, yardımcılar için ipuçlarıyla görürsünüz.</translation>
    </message>
    <message>
        <source>Code, zum Beispiel P 17</source>
        <translation>Kod, örneğin P 17</translation>
    </message>
    <message>
        <source>Schritt zeigen</source>
        <translation>Adımı göster</translation>
    </message>
    <message>
        <source>Ein Code besteht aus einem Buchstaben und einer Zahl. Er sagt nur, welcher Schritt gemeint ist, nichts über die Person.</source>
        <translation>Bir kod, bir harf ve bir sayıdan oluşur. Sadece hangi adımın kastedildiğini söyler, kişi hakkında hiçbir şey söylemez.</translation>
    </message>
    <message>
        <source>Diesen Code gibt es nicht: „{0}“. Ein Code ist ein Buchstabe und eine Zahl, zum Beispiel P 17. Bitte fragen Sie noch einmal nach.</source>
        <translation>Böyle bir kod yok: „{0}“. Kod, bir harf ve bir sayıdır, örneğin P 17. Lütfen bir kez daha sorun.</translation>
    </message>
    <message>
        <source>Schritt {0}.</source>
        <translation>Adım {0}.</translation>
    </message>
    <message>
        <source>Tipp für Helfende: {0}</source>
        <translation>Yardımcılar için ipucu: {0}</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <source>Neue Inhalte der Stadt wurden nicht übernommen. Es gelten die bisherigen. Grund (für die IT): {0}</source>
        <translation>Şehrin yeni içerikleri alınmadı. Eskileri geçerli. Sebep (bilgi işlem için): {0}</translation>
    </message>
    <message>
        <source>Neue Inhalte der Stadt konnten nicht geprüft werden: {0}</source>
        <translation>Şehrin yeni içerikleri kontrol edilemedi: {0}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Code für diesen Schritt: {0}. Nennen Sie ihn, wenn Sie jemanden am Telefon um Hilfe bitten.</source>
        <translation>Bu adımın kodu: {0}. Telefonda birinden yardım isterken bu kodu söyleyin.</translation>
    </message>
    <message>
        <source>Sie können nichts kaputt machen. Mit „Zurück“ kommen Sie immer einen Schritt zurück. Mit „Start“ kommen Sie zur Startseite.</source>
        <translation>Hiçbir şeyi bozamazsınız. „Geri“ ile her zaman bir adım geri gidersiniz. „Başlangıç“ ile ana sayfaya gidersiniz.</translation>
    </message>
    <message>
        <source>Bis Sie fertig sind, merkt sich das Programm, wo Sie waren. Dann wird alles gelöscht.</source>
        <translation>Siz işinizi bitirene kadar program nerede kaldığınızı hatırlar. Sonra her şey silinir.</translation>
    </message>
    <message>
        <source>Das Programm merkt sich, wo Sie waren.</source>
        <translation>Program nerede kaldığınızı hatırlar.</translation>
    </message>
    <message>
        <source>Hilfe schließen</source>
        <translation>Yardımı kapat</translation>
    </message>
    <message>
        <source>Lotse, Version {0}</source>
        <translation>Lotse, sürüm {0}</translation>
    </message>
    <message>
        <source>Code eingeben: einen Schritt über seinen Code zeigen</source>
        <translation>Kodu girin: bir adımı koduyla göster</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Guten Tag! Wobei kann ich helfen?</source>
        <translation>İyi günler! Size nasıl yardım edebilirim?</translation>
    </message>
    <message>
        <source>Wählen Sie ein Thema. Sie können jederzeit zurück.</source>
        <translation>Bir konu seçin. İstediğiniz zaman geri dönebilirsiniz.</translation>
    </message>
    <message>
        <source>Im Moment gibt es hier keine Themen. Bitte fragen Sie die Person, die das Programm eingerichtet hat.</source>
        <translation>Şu anda burada konu yok. Lütfen programı kuran kişiye sorun.</translation>
    </message>
    <message>
        <source>Hier wählen Sie ein Thema. Klicken Sie auf eine große Fläche. Oder drücken Sie die Tabulator-Taste, bis die Fläche gelb ist. Dann drücken Sie die Leertaste.</source>
        <translation>Burada bir konu seçersiniz. Büyük bir alana tıklayın. Ya da alan sarı olana kadar Sekme (Tab) tuşuna basın. Sonra boşluk tuşuna basın.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Wählen Sie Ihre Sprache. Sie können sie jederzeit wieder ändern.</source>
        <translation>Dilinizi seçin. İstediğiniz zaman yine değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Weitere Sprachen ↓</source>
        <translation>Diğer diller ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Sprachen</source>
        <translation>↑ Önceki diller</translation>
    </message>
    <message>
        <source>Weitere Sprachen zeigen</source>
        <translation>Diğer dilleri göster</translation>
    </message>
    <message>
        <source>Vorige Sprachen zeigen</source>
        <translation>Önceki dilleri göster</translation>
    </message>
    <message>
        <source>Sprache nicht ändern</source>
        <translation>Dili değiştirme</translation>
    </message>
    <message>
        <source>Tippen Sie auf die Sprache, in der Sie lesen möchten. Sie bleiben an derselben Stelle.</source>
        <translation>Okumak istediğiniz dile dokunun. Aynı yerde kalırsınız.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Einen Moment bitte …</source>
        <translation>Bir dakika lütfen …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verstanden</source>
        <translation>Anladım</translation>
    </message>
    <message>
        <source>Verstanden: Hinweis schließen</source>
        <translation>Anladım: notu kapat</translation>
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
        <translation>Programın bir parçası yüklenemedi. Geri kalan her şey çalışıyor. Teknik bilgi: {0}</translation>
    </message>
    <message>
        <source>{0} – Lotse</source>
        <translation>{0} – Lotse</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht: „{0}“. Bitte wählen Sie ein Thema auf der Startseite.</source>
        <translation>Böyle bir rehber yok: „{0}“. Lütfen ana sayfada bir konu seçin.</translation>
    </message>
    <message>
        <source>Dieser Teil des Programms geht gerade nicht. Sie sehen stattdessen, was Sie tun können. ({0})</source>
        <translation>Programın bu kısmı şu an çalışmıyor. Bunun yerine ne yapabileceğinizi görürsünüz. ({0})</translation>
    </message>
    <message>
        <source>Dieser Schritt führt ins Leere ({0}). Bitte melden Sie das.</source>
        <translation>Bu adım bir yere çıkmıyor ({0}). Lütfen bunu bildirin.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite. Weiter zurück geht es nicht.</source>
        <translation>Zaten ana sayfadasınız. Daha geri gidilemez.</translation>
    </message>
    <message>
        <source>Sie sind schon auf der Startseite.</source>
        <translation>Zaten ana sayfadasınız.</translation>
    </message>
    <message>
        <source>Lesen Sie den Text in Ruhe. Es gibt keine Zeitgrenze.</source>
        <translation>Metni sakin sakin okuyun. Süre sınırı yok.</translation>
    </message>
    <message>
        <source>Die Hilfe ist schon offen. Mit „Hilfe schließen“ kommen Sie zurück.</source>
        <translation>Yardım zaten açık. „Yardımı kapat“ ile geri dönersiniz.</translation>
    </message>
    <message>
        <source>Die Sprache ist auf diesem Computer fest eingestellt.</source>
        <translation>Bu bilgisayarda dil sabit ayarlı.</translation>
    </message>
    <message>
        <source>Auf dieser Seite gibt es nichts vorzulesen.</source>
        <translation>Bu sayfada sesli okunacak bir şey yok.</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am größten (200 %).</source>
        <translation>Yazı zaten en büyük boyutta (%200).</translation>
    </message>
    <message>
        <source>Die Schrift ist schon am kleinsten (100 %).</source>
        <translation>Yazı zaten en küçük boyutta (%100).</translation>
    </message>
    <message>
        <source>Schriftgröße: {0} %</source>
        <translation>Yazı boyutu: %{0}</translation>
    </message>
    <message>
        <source>Diese Anleitung gibt es nicht in der gewählten Sprache ({0}). Sie sehen sie weiter wie bisher.</source>
        <translation>Bu rehber seçilen dilde yok ({0}). Onu eskisi gibi görmeye devam edersiniz.</translation>
    </message>
    <message>
        <source>Die Einstellung gilt jetzt, konnte aber nicht gespeichert werden ({0}).</source>
        <translation>Ayar şimdi geçerli, ama kaydedilemedi ({0}).</translation>
    </message>
    <message>
        <source>Das Programm kann sich nicht merken, wo Sie sind ({0}). Alles andere funktioniert.</source>
        <translation>Program nerede olduğunuzu hatırlayamıyor ({0}). Geri kalan her şey çalışıyor.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz war beschädigt ({0}). Er wurde beiseitegelegt. Sie fangen neu an.</source>
        <translation>Hatırlanan yer bozuktu ({0}). Bir kenara kondu. Yeniden başlıyorsunuz.</translation>
    </message>
    <message>
        <source>Der gemerkte Platz passt nicht mehr zu den Anleitungen ({0}). Sie fangen neu an.</source>
        <translation>Hatırlanan yer artık rehberlere uymuyor ({0}). Yeniden başlıyorsunuz.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>Hier sind die übrigen Themen. Mit „Zurück“ kommen Sie zur Startseite.</source>
        <translation>Diğer konular burada. „Geri“ ile ana sayfaya dönersiniz.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Weiter lesen ↓</source>
        <translation>Okumaya devam ↓</translation>
    </message>
    <message>
        <source>Zurück nach oben ↑</source>
        <translation>Yukarı dön ↑</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Übung</source>
        <translation>Alıştırma</translation>
    </message>
    <message>
        <source>Übung: {0}</source>
        <translation>Alıştırma: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Bitte warten</source>
        <translation>Lütfen bekleyin</translation>
    </message>
    <message>
        <source>Das dauert länger als sonst. Sie können weiter warten oder abbrechen.</source>
        <translation>Bu, her zamankinden uzun sürüyor. Beklemeye devam edebilir ya da vazgeçebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Vorlesen geht auf diesem Computer nicht: es ist keine Sprachausgabe installiert.</source>
        <translation>Bu bilgisayarda sesli okuma yok: ses programı yüklü değil.</translation>
    </message>
    <message>
        <source>Vorlesen geht gerade nicht: die Sprachausgabe dieses Computers antwortet nicht. Sie können ganz normal weitermachen.</source>
        <translation>Sesli okuma şu an çalışmıyor: bu bilgisayarın ses sistemi cevap vermiyor. Her zamanki gibi devam edebilirsiniz.</translation>
    </message>
    <message>
        <source>Vorlesen hat nicht geklappt: {0}</source>
        <translation>Sesli okuma olmadı: {0}</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Weitermachen, wo Sie aufgehört haben?</source>
        <translation>Kaldığınız yerden devam etmek ister misiniz?</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Diese Anleitung wurde inzwischen verbessert. Deshalb beginnt sie noch einmal von vorn.</source>
        <translation>Kaldığınız yer: {0}. Bu rehber bu arada iyileştirildi. Bu yüzden baştan başlıyor.</translation>
    </message>
    <message>
        <source>Sie waren bei: {0}. Zuletzt: {1}</source>
        <translation>Kaldığınız yer: {0}. En son: {1}</translation>
    </message>
    <message>
        <source>Ja, weitermachen</source>
        <translation>Evet, devam et</translation>
    </message>
    <message>
        <source>Ja, von vorn beginnen</source>
        <translation>Evet, baştan başla</translation>
    </message>
    <message>
        <source>Nein, neu anfangen</source>
        <translation>Hayır, yeniden başla</translation>
    </message>
    <message>
        <source>Das Programm hat sich gemerkt, wo Sie beim letzten Mal waren. Sie können dort weitermachen oder neu anfangen.</source>
        <translation>Program geçen sefer nerede kaldığınızı hatırladı. Oradan devam edebilir veya yeniden başlayabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Weitere Antworten ↓</source>
        <translation>Diğer cevaplar ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Antworten</source>
        <translation>↑ Önceki cevaplar</translation>
    </message>
    <message>
        <source>Weitere Antworten zeigen</source>
        <translation>Diğer cevapları göster</translation>
    </message>
    <message>
        <source>Vorige Antworten zeigen</source>
        <translation>Önceki cevapları göster</translation>
    </message>
    <message>
        <source>Bild verbergen</source>
        <translation>Resmi gizle</translation>
    </message>
    <message>
        <source>Bild zeigen</source>
        <translation>Resmi göster</translation>
    </message>
    <message>
        <source>Bild verbergen: {0}</source>
        <translation>Resmi gizle: {0}</translation>
    </message>
    <message>
        <source>Bild zeigen: {0}</source>
        <translation>Resmi göster: {0}</translation>
    </message>
    <message>
        <source>Bild: {0}</source>
        <translation>Resim: {0}</translation>
    </message>
    <message>
        <source>Ihre letzte Antwort ist mit einem Haken markiert.</source>
        <translation>Son cevabınız bir işaretle gösterilir.</translation>
    </message>
    <message>
        <source>Das hatten Sie zuletzt gewählt.</source>
        <translation>En son bunu seçmiştiniz.</translation>
    </message>
    <message>
        <source>Wohin</source>
        <translation>Nereye</translation>
    </message>
    <message>
        <source>Mehr dazu verbergen ↑</source>
        <translation>Ayrıntıları gizle ↑</translation>
    </message>
    <message>
        <source>Mehr dazu ↓</source>
        <translation>Ayrıntılar ↓</translation>
    </message>
    <message>
        <source>Mehr dazu</source>
        <translation>Daha fazlası</translation>
    </message>
    <message>
        <source>Fertig: zur Startseite</source>
        <translation>Bitti: ana sayfaya</translation>
    </message>
    <message>
        <source>Die weiteren Angaben stehen jetzt darunter.</source>
        <translation>Ayrıntılar şimdi aşağıda.</translation>
    </message>
    <message>
        <source>Zeigt weitere Angaben.</source>
        <translation>Daha fazla bilgi gösterir.</translation>
    </message>
    <message>
        <source>Die Angaben zu den Ämtern fehlen gerade. Fragen Sie unter der Telefonnummer 115.</source>
        <translation>Dairelerin bilgileri şu an eksik. 115 numaralı telefondan sorun.</translation>
    </message>
    <message>
        <source>Das Amt „{0}“ fehlt in den Angaben der Stadt. Fragen Sie unter 115.</source>
        <translation>„{0}“ dairesi şehrin bilgilerinde yok. 115&apos;ten sorun.</translation>
    </message>
    <message>
        <source>Telefon: {0}</source>
        <translation>Telefon: {0}</translation>
    </message>
    <message>
        <source>E-Mail: {0}</source>
        <translation>E-posta: {0}</translation>
    </message>
    <message>
        <source>Im Internet: {0}</source>
        <translation>İnternette: {0}</translation>
    </message>
</context>
<context>
    <name>TilePager</name>
    <message>
        <source>Weitere Themen ↓</source>
        <translation>Diğer konular ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Themen</source>
        <translation>↑ Önceki konular</translation>
    </message>
    <message>
        <source>Weitere Themen zeigen</source>
        <translation>Diğer konuları göster</translation>
    </message>
    <message>
        <source>Vorige Themen zeigen</source>
        <translation>Önceki konuları göster</translation>
    </message>
</context>
<context>
    <name>VScrollArea</name>
    <message>
        <source>Bildlauf</source>
        <translation>Kaydırma</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Weiter</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Noch einmal versuchen</source>
        <translation>Bir kez daha dene</translation>
    </message>
    <message>
        <source>Etwas ändern</source>
        <translation>Bir şeyi değiştir</translation>
    </message>
    <message>
        <source>Zur Startseite</source>
        <translation>Ana sayfaya</translation>
    </message>
    <message>
        <source>Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.</source>
        <translation>Maalesef olmadı. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>Einen Moment bitte</source>
        <translation>Bir dakika lütfen</translation>
    </message>
    <message>
        <source>Schritt {0} von {1}</source>
        <translation>Adım {0} / {1}</translation>
    </message>
    <message>
        <source>Schritt {0} von etwa {1}</source>
        <translation>Adım {0} / yaklaşık {1}</translation>
    </message>
    <message>
        <source>Hilfe</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>Weitere Themen</source>
        <translation>Diğer konular</translation>
    </message>
    <message>
        <source>Sprache wählen</source>
        <translation>Dil seçin</translation>
    </message>
    <message>
        <source>Code eingeben</source>
        <translation>Kodu girin</translation>
    </message>
    <message>
        <source>Einstellungen für Mitarbeitende</source>
        <translation>Çalışanlar için ayarlar</translation>
    </message>
    <message>
        <source>Helfer-Ansicht</source>
        <translation>Yardımcı görünümü</translation>
    </message>
    <message>
        <source>Was Sie jetzt tun</source>
        <translation>Şimdi ne yapacaksınız</translation>
    </message>
    <message>
        <source>Was Sie mitbringen</source>
        <translation>Yanınızda ne getireceksiniz</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Ücret</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Im Internet: %1</source>
        <translation>İnternette: %1</translation>
    </message>
    <message>
        <source>Ort: %1</source>
        <translation>Yer: %1</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Was brauche ich?</source>
        <translation>Neye ihtiyacım var?</translation>
    </message>
    <message>
        <source>Termin buchen</source>
        <translation>Randevu al</translation>
    </message>
    <message>
        <source>Problem melden</source>
        <translation>Sorun bildir</translation>
    </message>
    <message>
        <source>Ihr Termin</source>
        <translation>Randevunuz</translation>
    </message>
    <message>
        <source>Ihre Meldung</source>
        <translation>Bildiriminiz</translation>
    </message>
    <message>
        <source>Meine Termine ansehen</source>
        <translation>Randevularımı gör</translation>
    </message>
    <message>
        <source>Meine Meldungen ansehen</source>
        <translation>Bildirimlerimi gör</translation>
    </message>
    <message>
        <source>Ihre Angaben sind gespeichert.</source>
        <translation>Bilgileriniz kaydedildi.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie, wo das Problem ist.</source>
        <translation>Lütfen sorunun nerede olduğunu yazın.</translation>
    </message>
</context>
</TS>
