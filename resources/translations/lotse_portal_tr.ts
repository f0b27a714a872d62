<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>Wohin Sie gehen und was Sie mitbringen</source>
        <translation>Nereye gideceğiniz ve ne getireceğiniz</translation>
    </message>
    <message>
        <source>Einen Termin im Amt – und Ihre Termine ansehen</source>
        <translation>Dairede randevu – ve randevularınızı görün</translation>
    </message>
    <message>
        <source>Ein Schlagloch, eine kaputte Laterne – und Ihre Meldungen</source>
        <translation>Yolda çukur, bozuk sokak lambası – ve bildirimleriniz</translation>
    </message>
    <message>
        <source>Was brauche ich? (Dienst-Auskunft)</source>
        <translation>Neye ihtiyacım var? (hizmet bilgisi)</translation>
    </message>
    <message>
        <source>Die Einstellungen werden gelesen …</source>
        <translation>Ayarlar okunuyor …</translation>
    </message>
    <message>
        <source>Der Schlüssel ist sicher gespeichert.</source>
        <translation>Anahtar güvenle kaydedildi.</translation>
    </message>
    <message>
        <source>Der Schlüssel ist gelöscht.</source>
        <translation>Anahtar silindi.</translation>
    </message>
    <message>
        <source>Der Schlüssel wurde nicht gespeichert.</source>
        <translation>Anahtar kaydedilmedi.</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gespeichert …</source>
        <translation>Anahtar kaydediliyor …</translation>
    </message>
    <message>
        <source>Der Schlüssel wird gelöscht …</source>
        <translation>Anahtar siliniyor …</translation>
    </message>
    <message>
        <source>Die Einstellung konnte nicht gespeichert werden.</source>
        <translation>Ayar kaydedilemedi.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Welcher Server?</source>
        <translation>Hangi sunucu?</translation>
    </message>
    <message>
        <source>Das Übungsportal läuft nur auf diesem Computer. Dort wird nichts wirklich gesendet.</source>
        <translation>Alıştırma portalı sadece bu bilgisayarda çalışır. Orada hiçbir şey gerçekten gönderilmez.</translation>
    </message>
    <message>
        <source>Die echten Server der Stadt</source>
        <translation>Şehrin gerçek sunucuları</translation>
    </message>
    <message>
        <source>Das Übungsportal</source>
        <translation>Alıştırma portalı</translation>
    </message>
    <message>
        <source>Was diese Stadt anbietet</source>
        <translation>Bu şehrin sundukları</translation>
    </message>
    <message>
        <source>%1: kein Server. Ersatz: %2</source>
        <translation>%1: sunucu yok. Yerine: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(Adresse noch nicht bestätigt)</source>
        <translation>(adres henüz onaylanmadı)</translation>
    </message>
    <message>
        <source>Zugangsschlüssel</source>
        <translation>Erişim anahtarı</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Schlüsselspeicher. Deshalb kann hier kein Schlüssel gespeichert werden. Schlüssel werden niemals offen in eine Datei geschrieben. Bitte richten Sie einen Schlüsselbund des Systems ein.</source>
        <translation>Bu bilgisayarda güvenli anahtar deposu yok. Bu yüzden burada anahtar kaydedilemez. Anahtarlar asla açıkça bir dosyaya yazılmaz. Lütfen sistemin bir anahtarlığını kurun.</translation>
    </message>
    <message>
        <source>Für diese Stadt braucht man keinen Schlüssel.</source>
        <translation>Bu şehir için anahtar gerekmez.</translation>
    </message>
    <message>
        <source>%1: Ein Schlüssel ist gespeichert.</source>
        <translation>%1: Bir anahtar kayıtlı.</translation>
    </message>
    <message>
        <source>%1: Es ist noch kein Schlüssel gespeichert.</source>
        <translation>%1: Henüz anahtar kayıtlı değil.</translation>
    </message>
    <message>
        <source>Neuer Schlüssel für „%1“</source>
        <translation>„%1“ için yeni anahtar</translation>
    </message>
    <message>
        <source>Der Schlüssel wird nur im Schlüsselbund des Systems gespeichert.</source>
        <translation>Anahtar sadece sistemin anahtarlığında kaydedilir.</translation>
    </message>
    <message>
        <source>Schlüssel speichern</source>
        <translation>Anahtarı kaydet</translation>
    </message>
    <message>
        <source>Schlüssel löschen</source>
        <translation>Anahtarı sil</translation>
    </message>
    <message>
        <source>Es gibt gerade keine Verbindung. Prüfen Sie das Internet. Versuchen Sie es dann noch einmal.</source>
        <translation>Şu an bağlantı yok. İnterneti kontrol edin. Sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>Sunucu zamanında cevap vermedi. Lütfen birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <source>Der Server ist gerade überlastet. Bitte versuchen Sie es in ein paar Minuten noch einmal.</source>
        <translation>Sunucu şu an çok yoğun. Lütfen birkaç dakika sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Das wurde nicht gefunden. Vielleicht wurde es schon gelöscht.</source>
        <translation>Bu bulunamadı. Belki zaten silindi.</translation>
    </message>
    <message>
        <source>Der Server hat eine unverständliche Antwort geschickt. Vielleicht wird er gerade gewartet. Bitte versuchen Sie es später noch einmal.</source>
        <translation>Sunucu anlaşılmayan bir cevap gönderdi. Belki şu an bakımda. Lütfen daha sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Für diesen Dienst fehlt ein Zugangsschlüssel. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Bu hizmet için bir erişim anahtarı eksik. Lütfen çalışanlara haber verin.</translation>
    </message>
    <message>
        <source>Der Server lässt uns gerade nicht hinein. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Sunucu şu an bizi içeri almıyor. Lütfen çalışanlara haber verin.</translation>
    </message>
    <message>
        <source>Dieses Amt verlangt eine Prüfung, die dieses Programm nicht kann. Bitte buchen Sie im Internet oder am Telefon.</source>
        <translation>Bu daire, bu programın yapamadığı bir kontrol istiyor. Lütfen internetten veya telefonla randevu alın.</translation>
    </message>
    <message>
        <source>Die Verbindung zum Server ist nicht sicher. Deshalb wird nichts gesendet. Bitte sagen Sie den Mitarbeitenden Bescheid.</source>
        <translation>Sunucuyla bağlantı güvenli değil. Bu yüzden hiçbir şey gönderilmez. Lütfen çalışanlara haber verin.</translation>
    </message>
    <message>
        <source>Das geht in Ihrer Stadt leider nicht über dieses Programm.</source>
        <translation>Bu, şehrinizde maalesef bu programla olmuyor.</translation>
    </message>
    <message>
        <source>Sie haben abgebrochen. Es ist nichts passiert.</source>
        <translation>Vazgeçtiniz. Hiçbir şey olmadı.</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin. Bitte sehen Sie in Ihren E-Mails nach oder rufen Sie 115 an. Wir buchen nicht noch einmal.</source>
        <translation>Belki zaten bir randevunuz var. Lütfen e-postalarınıza bakın ya da 115&apos;i arayın. Bir kez daha randevu almıyoruz.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob es angekommen ist. Deshalb senden wir es nicht doppelt. Beim nächsten Versuch prüfen wir das zuerst.</source>
        <translation>Ulaşıp ulaşmadığını kesin bilmiyoruz. Bu yüzden iki kez göndermiyoruz. Bir sonraki denemede önce bunu kontrol ederiz.</translation>
    </message>
    <message>
        <source>Auf diesem Computer gibt es keinen sicheren Speicher. Deshalb wird hier nichts gespeichert.</source>
        <translation>Bu bilgisayarda güvenli depo yok. Bu yüzden burada hiçbir şey kaydedilmez.</translation>
    </message>
    <message>
        <source>So viele Anliegen passen nicht in einen Termin. Bitte buchen Sie weniger auf einmal.</source>
        <translation>Bu kadar çok işlem bir randevuya sığmaz. Lütfen bir seferde daha az işlem seçin.</translation>
    </message>
    <message>
        <source>Bei diesem Amt sind gerade keine Termine frei. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>Bu dairede şu an boş randevu yok. Lütfen daha sonra tekrar deneyin ya da 115&apos;i arayın.</translation>
    </message>
    <message>
        <source>Eine Angabe wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Bir bilgi kabul edilmedi. Lütfen bilgilerinizi kontrol edin.</translation>
    </message>
    <message>
        <source>Beim Amt fehlen gerade Angaben zu diesem Termin. Bitte versuchen Sie es später noch einmal oder rufen Sie 115 an.</source>
        <translation>Dairede bu randevuyla ilgili bilgiler şu an eksik. Lütfen daha sonra tekrar deneyin ya da 115&apos;i arayın.</translation>
    </message>
    <message>
        <source>Der Server hat die Anfrage dieses Programms nicht verstanden. Das ist nicht Ihr Fehler. Bitte sagen Sie den Mitarbeitenden Bescheid oder rufen Sie 115 an.</source>
        <translation>Sunucu bu programın isteğini anlamadı. Bu sizin hatanız değil. Lütfen çalışanlara haber verin ya da 115&apos;i arayın.</translation>
    </message>
    <message>
        <source>Die Beschreibung ist zu lang. Bitte kürzen Sie sie auf höchstens 4000 Zeichen.</source>
        <translation>Açıklama çok uzun. Lütfen en fazla 4000 karaktere kısaltın.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst eine Uhrzeit.</source>
        <translation>Lütfen önce bir saat seçin.</translation>
    </message>
    <message>
        <source>Die Angaben wurden nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Bilgiler kabul edilmedi. Lütfen kontrol edin.</translation>
    </message>
    <message>
        <source>Dieser Termin ist inzwischen vergeben. Bitte wählen Sie eine andere Uhrzeit.</source>
        <translation>Bu randevu bu arada başkasına verildi. Lütfen başka bir saat seçin.</translation>
    </message>
    <message>
        <source>Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin noch einmal.</source>
        <translation>Ayırma süresi doldu. Lütfen randevuyu bir kez daha seçin.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>E-posta adresi kabul edilmedi. Lütfen kontrol edin.</translation>
    </message>
    <message>
        <source>Dieser Termin kann nicht mehr abgesagt werden. Bitte rufen Sie das Amt an.</source>
        <translation>Bu randevu artık iptal edilemez. Lütfen daireyi arayın.</translation>
    </message>
    <message>
        <source>Die gespeicherten Zugangsdaten passen nicht zu diesem Termin. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>Kayıtlı erişim bilgileri bu randevuya uymuyor. Dairenin e-postasındaki bağlantıyla iptal edebilirsiniz.</translation>
    </message>
    <message>
        <source>Der Name wurde nicht angenommen. Bitte prüfen Sie ihn.</source>
        <translation>İsim kabul edilmedi. Lütfen kontrol edin.</translation>
    </message>
    <message>
        <source>Die Telefonnummer wurde nicht angenommen. Bitte prüfen Sie sie.</source>
        <translation>Telefon numarası kabul edilmedi. Lütfen kontrol edin.</translation>
    </message>
    <message>
        <source>Dieses Amt bietet das nicht an. Bitte wählen Sie ein anderes Anliegen oder Amt.</source>
        <translation>Bu daire bunu sunmuyor. Lütfen başka bir işlem veya daire seçin.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie zuerst, worum es geht.</source>
        <translation>Lütfen önce konuyu seçin.</translation>
    </message>
    <message>
        <source>Sie haben schon zu viele Termine gebucht. Bitte sagen Sie erst einen alten Termin ab.</source>
        <translation>Zaten çok fazla randevu aldınız. Lütfen önce eski bir randevuyu iptal edin.</translation>
    </message>
</context>
<context>
    <name>BookingConfirmation</name>
    <message>
        <source>Ihr Termin ist gebucht.</source>
        <translation>Randevunuz alındı.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Beim Amt ist nichts gebucht, und es kommt keine E-Mail.</source>
        <translation>Bu sadece bir alıştırmaydı. Dairede randevu alınmadı ve e-posta gelmeyecek.</translation>
    </message>
    <message>
        <source>Ihr Termin ist vorgemerkt.</source>
        <translation>Randevunuz ayrıldı.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen eine E-Mail. Bitte klicken Sie dort auf den Link zum Bestätigen.</source>
        <translation>Daire size bir e-posta gönderir. Lütfen oradaki onay bağlantısına tıklayın.</translation>
    </message>
    <message>
        <source>Dieser Computer kann den Termin nicht sicher speichern. Unter „Meine Termine“ steht er deshalb nicht. Bitte schreiben Sie sich die Vorgangsnummer auf.</source>
        <translation>Bu bilgisayar randevuyu güvenle kaydedemiyor. Bu yüzden „Randevularım“ altında görünmez. Lütfen işlem numarasını not edin.</translation>
    </message>
    <message>
        <source>Absagen können Sie über den Link in der E-Mail.</source>
        <translation>E-postadaki bağlantıyla iptal edebilirsiniz.</translation>
    </message>
    <message>
        <source>Sie finden den Termin auch unter „Meine Termine“.</source>
        <translation>Randevuyu „Randevularım“ altında da bulursunuz.</translation>
    </message>
    <message>
        <source>Wann: %1</source>
        <translation>Ne zaman: %1</translation>
    </message>
    <message>
        <source>Wo: %1</source>
        <translation>Nerede: %1</translation>
    </message>
    <message>
        <source>Anliegen: %1</source>
        <translation>İşlem: %1</translation>
    </message>
    <message>
        <source>Vorgangsnummer: %1</source>
        <translation>İşlem numarası: %1</translation>
    </message>
    <message>
        <source>Aufrufnummer: %1</source>
        <translation>Çağrı numarası: %1</translation>
    </message>
    <message>
        <source>Zum Kalender hinzufügen</source>
        <translation>Takvime ekle</translation>
    </message>
    <message>
        <source>Eine Datei speichern geht an diesem Computer nicht. Sie bliebe hier für andere liegen. Bitte drucken Sie den Termin aus.</source>
        <translation>Bu bilgisayarda dosya kaydedilemez. Dosya burada başkaları için kalırdı. Lütfen randevuyu yazdırın.</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Kalender-Dateien (*.ics)</source>
        <translation>Takvim dosyaları (*.ics)</translation>
    </message>
    <message>
        <source>Gespeichert: %1. Öffnen Sie die Datei mit Ihrem Kalender.</source>
        <translation>Kaydedildi: %1. Dosyayı takviminizle açın.</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Bitte wählen Sie einen anderen Ort.</source>
        <translation>Kaydetme olmadı. Lütfen başka bir yer seçin.</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Hier buchen Sie einen Termin in einem Amt. Sie wählen das Amt, das Anliegen, den Tag und die Uhrzeit. Erst auf der letzten Seite wird gebucht.</source>
        <translation>Burada bir dairede randevu alırsınız. Daireyi, işlemi, günü ve saati seçersiniz. Randevu ancak son sayfada alınır.</translation>
    </message>
    <message>
        <source>In %1 kann dieses Programm leider keine Termine buchen.</source>
        <translation>Bu program %1 için maalesef randevu alamıyor.</translation>
    </message>
    <message>
        <source>Ein angefangener Termin konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>Yarım kalan bir randevu okunamadı. Lütfen yeniden başlayın.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, einen Termin zu buchen.</source>
        <translation>Randevu almaya zaten başlamıştınız.</translation>
    </message>
    <message>
        <source>Vielleicht ist er schon gebucht. Wir prüfen das zuerst.</source>
        <translation>Belki randevu zaten alındı. Önce bunu kontrol ediyoruz.</translation>
    </message>
    <message>
        <source>Einen neuen Termin buchen</source>
        <translation>Yeni randevu al</translation>
    </message>
    <message>
        <source>Zuerst prüfen wir den angefangenen Termin. So wird nichts doppelt gebucht.</source>
        <translation>Önce yarım kalan randevuyu kontrol ediyoruz. Böylece hiçbir şey iki kez alınmaz.</translation>
    </message>
    <message>
        <source>Die Ämter werden geladen …</source>
        <translation>Daireler yükleniyor …</translation>
    </message>
    <message>
        <source>In welches Amt möchten Sie gehen?</source>
        <translation>Hangi daireye gitmek istiyorsunuz?</translation>
    </message>
    <message>
        <source>Gerade bietet kein Amt Termine an. Bitte versuchen Sie es später noch einmal.</source>
        <translation>Şu an hiçbir daire randevu vermiyor. Lütfen daha sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Für diesen Termin wurde schon gebucht. Solange wir nicht wissen, ob es geklappt hat, bleibt er so. Auf der letzten Seite prüfen wir das.</source>
        <translation>Bu randevu için istek zaten gönderildi. Olup olmadığını bilene kadar böyle kalır. Son sayfada bunu kontrol ediyoruz.</translation>
    </message>
    <message>
        <source>Was möchten Sie dort erledigen?</source>
        <translation>Orada ne işiniz var?</translation>
    </message>
    <message>
        <source>Die freien Tage werden gesucht …</source>
        <translation>Boş günler aranıyor …</translation>
    </message>
    <message>
        <source>An welchem Tag möchten Sie kommen?</source>
        <translation>Hangi gün gelmek istiyorsunuz?</translation>
    </message>
    <message>
        <source>In den nächsten 30 Tagen ist leider kein Termin frei.</source>
        <translation>Önümüzdeki 30 gün içinde maalesef boş randevu yok.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon nach: %1</source>
        <translation>Telefonla sorun: %1</translation>
    </message>
    <message>
        <source>Ein anderes Amt wählen</source>
        <translation>Başka bir daire seç</translation>
    </message>
    <message>
        <source>Das sind die nächsten Tage mit freien Terminen.</source>
        <translation>Bunlar boş randevusu olan en yakın günler.</translation>
    </message>
    <message>
        <source>1 freier Termin</source>
        <translation>1 boş randevu</translation>
    </message>
    <message>
        <source>%1 freie Termine</source>
        <translation>%1 boş randevu</translation>
    </message>
    <message>
        <source>Spätere Tage zeigen</source>
        <translation>Daha sonraki günleri göster</translation>
    </message>
    <message>
        <source>An diesem Tag ist nichts mehr frei. Bitte wählen Sie einen anderen Tag.</source>
        <translation>Bu günde artık boş yer yok. Lütfen başka bir gün seçin.</translation>
    </message>
    <message>
        <source>Um wie viel Uhr?</source>
        <translation>Saat kaçta?</translation>
    </message>
    <message>
        <source>Der Termin wird gebucht …</source>
        <translation>Randevu alınıyor …</translation>
    </message>
</context>
<context>
    <name>BookingScreens</name>
    <message>
        <source>Auf welchen Namen soll der Termin gehen?</source>
        <translation>Randevu kimin adına olsun?</translation>
    </message>
    <message>
        <source>Ihr Name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Vorname und Nachname</source>
        <translation>Adı ve soyadı</translation>
    </message>
    <message>
        <source>Ihre E-Mail-Adresse</source>
        <translation>E-posta adresiniz</translation>
    </message>
    <message>
        <source>In der Übung wird keine E-Mail geschickt.</source>
        <translation>Alıştırmada e-posta gönderilmez.</translation>
    </message>
    <message>
        <source>Dorthin schickt das Amt die Bestätigung.</source>
        <translation>Daire onayı oraya gönderir.</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer</source>
        <translation>Telefon numaranız</translation>
    </message>
    <message>
        <source>Ihre Telefonnummer (wenn Sie möchten)</source>
        <translation>Telefon numaranız (isterseniz)</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihren Namen in das Feld.</source>
        <translation>Lütfen adınızı alana yazın.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre E-Mail-Adresse. Dorthin kommt die Bestätigung.</source>
        <translation>Lütfen e-posta adresinizi yazın. Onay oraya gelir.</translation>
    </message>
    <message>
        <source>Das Amt nimmt keine E-Mail-Adresse mit ä, ö, ü, ß oder anderen besonderen Buchstaben an. Bitte nehmen Sie eine andere Adresse. Wenn Sie keine haben, buchen Sie bitte am Telefon (115).</source>
        <translation>Daire ä, ö, ü, ß veya başka özel harfler içeren e-posta adreslerini kabul etmiyor. Lütfen başka bir adres kullanın. Başka adresiniz yoksa lütfen telefonla randevu alın (115).</translation>
    </message>
    <message>
        <source>In einer E-Mail-Adresse steht kein Leerzeichen. Bitte prüfen Sie die Adresse.</source>
        <translation>E-posta adresinde boşluk olmaz. Lütfen adresi kontrol edin.</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt. Zum Beispiel: anna.schmidt@beispiel.de</source>
        <translation>E-posta adresi eksik görünüyor. Bir @ ve bir nokta gerekir. Örneğin: anna.schmidt@beispiel.de</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Ihre Telefonnummer in das Feld.</source>
        <translation>Lütfen telefon numaranızı alana yazın.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie in die Telefonnummer nur Ziffern. Zum Beispiel: 0234 123456</source>
        <translation>Lütfen telefon numarasına sadece rakam yazın. Örneğin: 0234 123456</translation>
    </message>
    <message>
        <source>Die Telefonnummer hat zu wenige oder zu viele Ziffern. Bitte prüfen Sie sie. Zum Beispiel: 0234 123456</source>
        <translation>Telefon numarasında rakam çok az ya da çok fazla. Lütfen kontrol edin. Örneğin: 0234 123456</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihren Termin</source>
        <translation>Lütfen randevunuzu kontrol edin</translation>
    </message>
    <message>
        <source>Vielleicht ist dieser Termin schon gebucht. Beim Buchen prüfen wir das zuerst. Er wird nicht doppelt gebucht.</source>
        <translation>Belki bu randevu zaten alındı. Randevu alırken önce bunu kontrol ederiz. İki kez alınmaz.</translation>
    </message>
    <message>
        <source>Amt</source>
        <translation>Daire</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt buchen“ drücken, wird der Termin gebucht.</source>
        <translation>Randevu ancak „Şimdi randevu al“ düğmesine bastığınızda alınır.</translation>
    </message>
    <message>
        <source>Jetzt buchen</source>
        <translation>Şimdi randevu al</translation>
    </message>
    <message>
        <source>Vielleicht haben Sie schon einen Termin.</source>
        <translation>Belki zaten bir randevunuz var.</translation>
    </message>
    <message>
        <source>Das Programm wurde beim Buchen beendet. Dieser Computer konnte sich den Termin nicht merken. Deshalb wissen wir nicht, ob er gebucht ist.</source>
        <translation>Randevu alınırken program kapandı. Bu bilgisayar randevuyu hatırlayamadı. Bu yüzden randevunun alınıp alınmadığını bilmiyoruz.</translation>
    </message>
    <message>
        <source>So prüfen Sie es: Sehen Sie in Ihren E-Mails nach. Wenn der Termin gebucht ist, hat das Amt Ihnen geschrieben. Oder rufen Sie die Behördennummer 115 an.</source>
        <translation>Şöyle kontrol edersiniz: E-postalarınıza bakın. Randevu alındıysa daire size yazmıştır. Ya da resmî daireler numarası 115&apos;i arayın.</translation>
    </message>
    <message>
        <source>Wir buchen nicht noch einmal, damit Sie nicht zwei Termine haben.</source>
        <translation>İki randevunuz olmasın diye bir kez daha randevu almıyoruz.</translation>
    </message>
    <message>
        <source>Ich habe nachgesehen: Es gibt keinen Termin. Neu wählen</source>
        <translation>Baktım: Randevu yok. Yeniden seç</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Sie haben abgebrochen.</source>
        <translation>Vazgeçtiniz.</translation>
    </message>
    <message>
        <source>Weitermachen</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Neu anfangen</source>
        <translation>Yeniden başla</translation>
    </message>
    <message>
        <source>Am Telefon: %1</source>
        <translation>Telefonla: %1</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt gespeichert.</source>
        <translation>Girdikleriniz kayıtlı kalır.</translation>
    </message>
    <message>
        <source>Was Sie eingegeben haben, bleibt, bis Sie fertig sind. Dann wird es gelöscht.</source>
        <translation>Girdikleriniz işiniz bitene kadar kalır. Sonra silinir.</translation>
    </message>
    <message>
        <source>Mit dem Übungsportal üben</source>
        <translation>Alıştırma portalıyla alıştırma yap</translation>
    </message>
</context>
<context>
    <name>FlowScreen</name>
    <message>
        <source>Ihre Wahl</source>
        <translation>Seçiminiz</translation>
    </message>
    <message>
        <source>Details für Helfer</source>
        <translation>Yardımcılar için ayrıntılar</translation>
    </message>
</context>
<context>
    <name>MyAppointments</name>
    <message>
        <source>Meine Termine</source>
        <translation>Randevularım</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Termine war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>Randevu listeniz bozuktu. Bir kenara kondu.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungstermine. Sie sind nicht wirklich beim Amt gebucht.</source>
        <translation>Burada sadece alıştırma randevuları var. Dairede gerçekten alınmadılar.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Termine gespeichert.</source>
        <translation>Burada henüz kayıtlı randevu yok.</translation>
    </message>
    <message>
        <source>ohne Uhrzeit</source>
        <translation>saatsiz</translation>
    </message>
    <message>
        <source>vorgemerkt</source>
        <translation>ayrıldı</translation>
    </message>
    <message>
        <source>noch nicht bestätigt</source>
        <translation>henüz onaylanmadı</translation>
    </message>
    <message>
        <source>gebucht</source>
        <translation>alındı</translation>
    </message>
    <message>
        <source>abgesagt</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>beim Amt in Bearbeitung</source>
        <translation>dairede işlemde</translation>
    </message>
    <message>
        <source>Der Termin wird beim Amt nachgesehen …</source>
        <translation>Randevu dairede kontrol ediliyor …</translation>
    </message>
    <message>
        <source>Die Zugangsdaten für diesen Termin fehlen auf diesem Computer. Absagen können Sie über den Link in der E-Mail des Amtes.</source>
        <translation>Bu randevunun erişim bilgileri bu bilgisayarda yok. Dairenin e-postasındaki bağlantıyla iptal edebilirsiniz.</translation>
    </message>
    <message>
        <source>Aus der Liste entfernen</source>
        <translation>Listeden kaldır</translation>
    </message>
    <message>
        <source>Stand beim Amt: %1</source>
        <translation>Dairedeki durum: %1</translation>
    </message>
    <message>
        <source>Termin absagen</source>
        <translation>Randevuyu iptal et</translation>
    </message>
    <message>
        <source>Zurück zu meinen Terminen</source>
        <translation>Randevularıma geri</translation>
    </message>
    <message>
        <source>Möchten Sie den Termin wirklich absagen?</source>
        <translation>Randevuyu gerçekten iptal etmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Das kann man nicht rückgängig machen. Den Termin bekommt dann jemand anderes.</source>
        <translation>Bu geri alınamaz. Randevuyu sonra başkası alır.</translation>
    </message>
    <message>
        <source>Nein, Termin behalten</source>
        <translation>Hayır, randevu kalsın</translation>
    </message>
    <message>
        <source>Ja, Termin absagen</source>
        <translation>Evet, randevuyu iptal et</translation>
    </message>
    <message>
        <source>Der Termin wird abgesagt …</source>
        <translation>Randevu iptal ediliyor …</translation>
    </message>
    <message>
        <source>Der Termin ist abgesagt.</source>
        <translation>Randevu iptal edildi.</translation>
    </message>
    <message>
        <source>Das Amt schickt Ihnen dazu vielleicht noch eine E-Mail.</source>
        <translation>Daire size bununla ilgili belki bir e-posta daha gönderir.</translation>
    </message>
    <message>
        <source>Der Termin wird entfernt …</source>
        <translation>Randevu kaldırılıyor …</translation>
    </message>
</context>
<context>
    <name>MyReports</name>
    <message>
        <source>Meine Meldungen</source>
        <translation>Bildirimlerim</translation>
    </message>
    <message>
        <source>Die Liste Ihrer Meldungen war beschädigt. Sie wurde beiseitegelegt.</source>
        <translation>Bildirim listeniz bozuktu. Bir kenara kondu.</translation>
    </message>
    <message>
        <source>Hier stehen nur Übungsmeldungen. Sie sind nicht wirklich an die Stadt gegangen.</source>
        <translation>Burada sadece alıştırma bildirimleri var. Gerçekten şehre gitmediler.</translation>
    </message>
    <message>
        <source>Hier sind noch keine Meldungen gespeichert.</source>
        <translation>Burada henüz kayıtlı bildirim yok.</translation>
    </message>
    <message>
        <source>noch ohne Vorgangsnummer</source>
        <translation>henüz işlem numarası yok</translation>
    </message>
    <message>
        <source>Vorgangsnummer %1</source>
        <translation>İşlem numarası %1</translation>
    </message>
    <message>
        <source>Gesendet am %1</source>
        <translation>Gönderildiği tarih: %1</translation>
    </message>
    <message>
        <source>Der Stand wird bei der Stadt nachgefragt …</source>
        <translation>Durum şehre soruluyor …</translation>
    </message>
    <message>
        <source>Die Stadt hat der Meldung noch keine Vorgangsnummer gegeben. Bitte schauen Sie später wieder.</source>
        <translation>Şehir bildirime henüz işlem numarası vermedi. Lütfen daha sonra yine bakın.</translation>
    </message>
    <message>
        <source>Meldung mit der Vorgangsnummer %1</source>
        <translation>İşlem numarası %1 olan bildirim</translation>
    </message>
    <message>
        <source>Die Stadt bearbeitet die Meldung.</source>
        <translation>Şehir bildirim üzerinde çalışıyor.</translation>
    </message>
    <message>
        <source>Die Stadt hat die Meldung erledigt.</source>
        <translation>Şehir bildirimi tamamladı.</translation>
    </message>
    <message>
        <source>Die Stadt schreibt: %1</source>
        <translation>Şehir yazıyor: %1</translation>
    </message>
    <message>
        <source>Zuletzt geändert: %1</source>
        <translation>Son değişiklik: %1</translation>
    </message>
    <message>
        <source>Voraussichtlich erledigt: %1</source>
        <translation>Tahminen bitiş: %1</translation>
    </message>
    <message>
        <source>Zurück zu meinen Meldungen</source>
        <translation>Bildirimlerime geri</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Übung – nichts wird gesendet</source>
        <translation>Alıştırma – hiçbir şey gönderilmez</translation>
    </message>
    <message>
        <source>Übungsportal – es wird nichts wirklich gesendet</source>
        <translation>Alıştırma portalı – hiçbir şey gerçekten gönderilmez</translation>
    </message>
    <message>
        <source>Übung beenden</source>
        <translation>Alıştırmayı bitir</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Hier melden Sie der Stadt ein Problem auf der Straße. Zum Beispiel ein Schlagloch oder eine kaputte Laterne. Erst auf der letzten Seite wird gesendet.</source>
        <translation>Burada şehre sokaktaki bir sorunu bildirirsiniz. Örneğin yolda bir çukur veya bozuk bir sokak lambası. Bildirim ancak son sayfada gönderilir.</translation>
    </message>
    <message>
        <source>In %1 kann dieses Programm leider keine Probleme melden.</source>
        <translation>Bu program %1 için maalesef sorun bildiremiyor.</translation>
    </message>
    <message>
        <source>Eine angefangene Meldung konnte nicht gelesen werden. Bitte fangen Sie neu an.</source>
        <translation>Yarım kalan bir bildirim okunamadı. Lütfen yeniden başlayın.</translation>
    </message>
    <message>
        <source>Sie hatten schon angefangen, ein Problem zu melden.</source>
        <translation>Bir sorun bildirmeye zaten başlamıştınız.</translation>
    </message>
    <message>
        <source>Vielleicht ist die Meldung schon angekommen. Wir prüfen das zuerst.</source>
        <translation>Belki bildirim zaten ulaştı. Önce bunu kontrol ediyoruz.</translation>
    </message>
    <message>
        <source>Ein neues Problem melden</source>
        <translation>Yeni bir sorun bildir</translation>
    </message>
    <message>
        <source>Die Fragen werden geladen …</source>
        <translation>Sorular yükleniyor …</translation>
    </message>
    <message>
        <source>Die Themen werden geladen …</source>
        <translation>Konular yükleniyor …</translation>
    </message>
    <message>
        <source>Worum geht es?</source>
        <translation>Konu ne?</translation>
    </message>
    <message>
        <source>Noch einmal prüfen und senden</source>
        <translation>Bir kez daha kontrol et ve gönder</translation>
    </message>
    <message>
        <source>Trotzdem senden (kann doppelt ankommen)</source>
        <translation>Yine de gönder (iki kez ulaşabilir)</translation>
    </message>
    <message>
        <source>Die Meldung wird gesendet …</source>
        <translation>Bildirim gönderiliyor …</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Bitte lesen Sie das zuerst</source>
        <translation>Lütfen önce bunu okuyun</translation>
    </message>
    <message>
        <source>Frage %1 von %2</source>
        <translation>Soru %1 / %2</translation>
    </message>
    <message>
        <source>Diese Frage müssen Sie beantworten.</source>
        <translation>Bu soruyu cevaplamanız gerekir.</translation>
    </message>
    <message>
        <source>Diese Frage können Sie auch überspringen.</source>
        <translation>Bu soruyu atlayabilirsiniz de.</translation>
    </message>
    <message>
        <source>Überspringen</source>
        <translation>Atla</translation>
    </message>
    <message>
        <source>Bitte wählen Sie mindestens eine Antwort.</source>
        <translation>Lütfen en az bir cevap seçin.</translation>
    </message>
    <message>
        <source>Ihre Antwort</source>
        <translation>Cevabınız</translation>
    </message>
    <message>
        <source>Tag und Uhrzeit, zum Beispiel 24.12.2026 14:30</source>
        <translation>Gün ve saat, örneğin 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Eine Zahl, zum Beispiel 3</source>
        <translation>Bir sayı, örneğin 3</translation>
    </message>
    <message>
        <source>Ihre Antwort auf: %1</source>
        <translation>Cevabınız: %1</translation>
    </message>
    <message>
        <source>Bitte beantworten Sie diese Frage. Ohne Antwort geht es nicht weiter.</source>
        <translation>Lütfen bu soruyu cevaplayın. Cevapsız devam edilemez.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie nur eine Zahl. Zum Beispiel: 3</source>
        <translation>Lütfen sadece bir sayı yazın. Örneğin: 3</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie Tag und Uhrzeit so: 24.12.2026 14:30</source>
        <translation>Lütfen gün ve saati şöyle yazın: 24.12.2026 14:30</translation>
    </message>
    <message>
        <source>Jetzt eintragen</source>
        <translation>Şimdi gir</translation>
    </message>
</context>
<context>
    <name>ReportScreens</name>
    <message>
        <source>Wo ist das Problem?</source>
        <translation>Sorun nerede?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Hauptstraße 5, vor dem Bäcker</source>
        <translation>Örneğin: Hauptstraße 5, fırının önü</translation>
    </message>
    <message>
        <source>Straße und Hausnummer, oder ein bekannter Ort in der Nähe</source>
        <translation>Sokak ve kapı numarası ya da yakındaki bilinen bir yer</translation>
    </message>
    <message>
        <source>Diesen Ort finden wir im Straßenverzeichnis der Stadt nicht. Bitte schreiben Sie eine Straße mit Hausnummer oder einen bekannten Ort in der Nähe, zum Beispiel „Rathaus“.</source>
        <translation>Bu yeri şehrin sokak listesinde bulamıyoruz. Lütfen kapı numarasıyla bir sokak ya da yakında bilinen bir yer yazın, örneğin „Rathaus“ (belediye binası).</translation>
    </message>
    <message>
        <source>Beschreiben Sie das Problem</source>
        <translation>Sorunu anlatın</translation>
    </message>
    <message>
        <source>Was ist los?</source>
        <translation>Ne oldu?</translation>
    </message>
    <message>
        <source>Zum Beispiel: Das Loch ist groß. Radfahrer müssen ausweichen.</source>
        <translation>Örneğin: Çukur büyük. Bisikletliler etrafından dolaşmak zorunda.</translation>
    </message>
    <message>
        <source>Der Text ist zu lang: %1 Zeichen. Erlaubt sind %2. Bitte kürzen Sie ihn.</source>
        <translation>Metin çok uzun: %1 karakter. İzin verilen: %2. Lütfen kısaltın.</translation>
    </message>
    <message>
        <source>Möchte die Stadt Sie erreichen können?</source>
        <translation>Şehir size ulaşabilsin mi?</translation>
    </message>
    <message>
        <source>Das ist freiwillig. Sie können alles leer lassen.</source>
        <translation>Bu isteğe bağlıdır. Her şeyi boş bırakabilirsiniz.</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Dann bekommen Sie Nachricht, wenn das Problem erledigt ist.</source>
        <translation>O zaman sorun giderilince haber alırsınız.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt.</source>
        <translation>E-posta adresi eksik görünüyor. Bir @ ve bir nokta gerekir.</translation>
    </message>
    <message>
        <source>Bitte schreiben Sie die E-Mail-Adresse ohne ä, ö, ü oder ß. Oder lassen Sie das Feld leer.</source>
        <translation>Lütfen e-posta adresini ä, ö, ü veya ß olmadan yazın. Ya da alanı boş bırakın.</translation>
    </message>
    <message>
        <source>Thema: %1</source>
        <translation>Konu: %1</translation>
    </message>
    <message>
        <source>Beschreibung: %1</source>
        <translation>Açıklama: %1</translation>
    </message>
    <message>
        <source>Kontakt: %1</source>
        <translation>İletişim: %1</translation>
    </message>
    <message>
        <source>Kontakt: keine Angabe</source>
        <translation>İletişim: bilgi yok</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie Ihre Meldung</source>
        <translation>Lütfen bildiriminizi kontrol edin</translation>
    </message>
    <message>
        <source>Vielleicht ist diese Meldung schon angekommen. Beim Senden prüfen wir das zuerst.</source>
        <translation>Belki bu bildirim zaten ulaştı. Gönderirken önce bunu kontrol ederiz.</translation>
    </message>
    <message>
        <source>Erst wenn Sie auf „Jetzt senden“ drücken, geht die Meldung an die Stadt.</source>
        <translation>Bildirim ancak „Şimdi gönder“ düğmesine bastığınızda şehre gider.</translation>
    </message>
    <message>
        <source>Jetzt senden</source>
        <translation>Şimdi gönder</translation>
    </message>
    <message>
        <source>Ihre Meldung ist angekommen.</source>
        <translation>Bildiriminiz ulaştı.</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. Die Stadt bekommt diese Meldung nicht.</source>
        <translation>Bu sadece bir alıştırmaydı. Şehir bu bildirimi almaz.</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer:</source>
        <translation>İşlem numaranız:</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer: %1</source>
        <translation>İşlem numaranız: %1</translation>
    </message>
    <message>
        <source>Die Vorgangsnummer ist unter „Meine Meldungen“ gespeichert. Sie können sie auch aufschreiben.</source>
        <translation>İşlem numarası „Bildirimlerim“ altında kayıtlı. İsterseniz not da edebilirsiniz.</translation>
    </message>
    <message>
        <source>Die Stadt gibt der Meldung bald eine Vorgangsnummer. Sie steht dann unter „Meine Meldungen“.</source>
        <translation>Şehir bildirime yakında bir işlem numarası verir. Numara sonra „Bildirimlerim“ altında görünür.</translation>
    </message>
    <message>
        <source>Die Meldung war schon beim ersten Versuch angekommen. Sie wurde nicht doppelt gesendet.</source>
        <translation>Bildirim ilk denemede zaten ulaşmıştı. İki kez gönderilmedi.</translation>
    </message>
    <message>
        <source>Zettel zum Mitnehmen</source>
        <translation>Yanınıza alacağınız kâğıt</translation>
    </message>
</context>
<context>
    <name>ServiceInfoPage</name>
    <message>
        <source>Schreiben Sie in das Feld, was Sie erledigen möchten. Zum Beispiel: Ausweis verloren. Tippfehler sind nicht schlimm. Oder wählen Sie eine Aufgabe aus der Liste.</source>
        <translation>Ne yapmak istediğinizi alana yazın. Örneğin: kimliğimi kaybettim. Yazım hataları sorun değil. Ya da listeden bir iş seçin.</translation>
    </message>
    <message>
        <source>Was möchten Sie erledigen?</source>
        <translation>Ne yapmak istiyorsunuz?</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Zum Beispiel: Ausweis verloren, Wohnung anmelden</source>
        <translation>Örneğin: kimliğimi kaybettim, yeni adres</translation>
    </message>
    <message>
        <source>%1 gefunden: %2</source>
        <translation>%1 bulundu: %2</translation>
    </message>
    <message>
        <source>Das haben wir gefunden:</source>
        <translation>Bunları bulduk:</translation>
    </message>
    <message>
        <source>Das klingt nach einem Problem auf der Straße. Das melden Sie auf der Startseite unter „Problem melden“. Oder wählen Sie aus der Liste.</source>
        <translation>Bu, sokaktaki bir soruna benziyor. Bunu ana sayfada „Sorun bildir“ altından bildirirsiniz. Ya da listeden seçin.</translation>
    </message>
    <message>
        <source>Dazu haben wir nichts gefunden. Fragen Sie am Telefon: %1. Oder sehen Sie auf %2 nach. Oder wählen Sie aus der Liste.</source>
        <translation>Bununla ilgili bir şey bulamadık. Telefonla sorun: %1. Ya da %2 adresine bakın. Ya da listeden seçin.</translation>
    </message>
    <message>
        <source>der Seite Ihrer Stadt</source>
        <translation>şehrinizin internet sayfası</translation>
    </message>
    <message>
        <source>Oder wählen Sie aus der Liste:</source>
        <translation>Ya da listeden seçin:</translation>
    </message>
    <message>
        <source>Die Angaben werden geholt …</source>
        <translation>Bilgiler alınıyor …</translation>
    </message>
    <message>
        <source>Wohin gehen Sie?</source>
        <translation>Nereye gidiyorsunuz?</translation>
    </message>
    <message>
        <source>Wohin können Sie gehen?</source>
        <translation>Nereye gidebilirsiniz?</translation>
    </message>
    <message>
        <source>Telefon: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-Mail: %1</source>
        <translation>E-posta: %1</translation>
    </message>
    <message>
        <source>Öffnungszeiten: %1</source>
        <translation>Çalışma saatleri: %1</translation>
    </message>
    <message>
        <source>Was bringen Sie mit?</source>
        <translation>Yanınızda ne getiriyorsunuz?</translation>
    </message>
    <message>
        <source>Was kostet es?</source>
        <translation>Ücreti ne kadar?</translation>
    </message>
    <message>
        <source>Wie lange dauert es?</source>
        <translation>Ne kadar sürer?</translation>
    </message>
    <message>
        <source>Gibt es eine Frist?</source>
        <translation>Bir son tarih var mı?</translation>
    </message>
    <message>
        <source>Gut zu wissen</source>
        <translation>Bilmekte fayda var</translation>
    </message>
    <message>
        <source>Im Internet</source>
        <translation>İnternette</translation>
    </message>
    <message>
        <source>Einen Termin können Sie auf der Startseite unter „Termin buchen“ vereinbaren.</source>
        <translation>Ana sayfada „Randevu al“ altından randevu alabilirsiniz.</translation>
    </message>
    <message>
        <source>Etwas anderes suchen</source>
        <translation>Başka bir şey ara</translation>
    </message>
    <message>
        <source>Stand: %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Das ist die letzte Antwort, die wir bekommen haben.</source>
        <translation>Şu an bağlantı yok. Bu, aldığımız son cevap.</translation>
    </message>
    <message>
        <source>Das hat die Stadt %1 dazu aufgeschrieben:</source>
        <translation>%1 şehri bununla ilgili şunu yazdı:</translation>
    </message>
    <message>
        <source>Gerade gibt es keine Verbindung. Hier steht, was die Stadt dazu aufgeschrieben hat.</source>
        <translation>Şu an bağlantı yok. Burada şehrin bununla ilgili yazdıkları var.</translation>
    </message>
    <message>
        <source>Dazu haben wir leider keine Angaben.</source>
        <translation>Bununla ilgili maalesef bilgimiz yok.</translation>
    </message>
    <message>
        <source>Der Dienst kennt dafür in Ihrer Stadt keine Angaben.</source>
        <translation>Hizmetin bunun için şehrinizde bilgisi yok.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1 oder im Internet auf %2.</source>
        <translation>Telefonla %1 numarasından veya internette %2 adresinden sorun.</translation>
    </message>
    <message>
        <source>Fragen Sie am Telefon unter %1.</source>
        <translation>Telefonla %1 numarasından sorun.</translation>
    </message>
    <message>
        <source>Mehr steht im Internet auf %1.</source>
        <translation>Daha fazlası internette: %1.</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>yıl</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>yıl</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>Monate</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>Woche</source>
        <translation>hafta</translation>
    </message>
    <message>
        <source>Wochen</source>
        <translation>hafta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>Arbeitstag</source>
        <translation>iş günü</translation>
    </message>
    <message>
        <source>Arbeitstage</source>
        <translation>iş günü</translation>
    </message>
    <message>
        <source>Stunde</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>Stunden</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>dakika</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>dakika</translation>
    </message>
    <message>
        <source>Sekunde</source>
        <translation>saniye</translation>
    </message>
    <message>
        <source>Sekunden</source>
        <translation>saniye</translation>
    </message>
    <message>
        <source>Höchstens %1 %2.</source>
        <translation>En fazla %1 %2.</translation>
    </message>
    <message>
        <source>Etwa %1 bis %2 %3.</source>
        <translation>Yaklaşık %1 ile %2 %3 arası.</translation>
    </message>
    <message>
        <source>Dazu gibt es keine Angabe.</source>
        <translation>Bununla ilgili bilgi yok.</translation>
    </message>
    <message>
        <source>Das geht sofort.</source>
        <translation>Bu hemen yapılır.</translation>
    </message>
    <message>
        <source>Etwa %1 %2.</source>
        <translation>Yaklaşık %1 %2.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Diese Seite ist für die Mitarbeitenden. Hier tragen Sie Zugangsschlüssel ein.</source>
        <translation>Bu sayfa çalışanlar içindir. Burada erişim anahtarlarını girersiniz.</translation>
    </message>
</context>
</TS>
