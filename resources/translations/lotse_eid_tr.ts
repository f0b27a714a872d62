<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="de">
<context>
    <name>EidLayout</name>
    <message>
        <source>Weitere Möglichkeiten ↓</source>
        <translation>Diğer seçenekler ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Möglichkeiten</source>
        <translation>↑ Önceki seçenekler</translation>
    </message>
    <message>
        <source>Weitere Möglichkeiten zeigen</source>
        <translation>Diğer seçenekleri göster</translation>
    </message>
    <message>
        <source>Vorige Möglichkeiten zeigen</source>
        <translation>Önceki seçenekleri göster</translation>
    </message>
</context>
<context>
    <name>EidTexts</name>
    <message>
        <source>Bürgerbüro</source>
        <translation>Bürgerbüro (vatandaş bürosu)</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp …</source>
        <translation>Lotse, AusweisApp&apos;i arıyor …</translation>
    </message>
    <message>
        <source>Die AusweisApp ist installiert, aber sie läuft nicht. Drücken Sie auf „AusweisApp starten“. Dann verbindet sich Lotse von selbst.</source>
        <translation>AusweisApp yüklü, ama çalışmıyor. „AusweisApp&apos;i başlat“ düğmesine basın. Sonra Lotse kendiliğinden bağlanır.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist auf diesem Computer nicht installiert. Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>AusweisApp bu bilgisayarda yüklü değil. Onu ausweisapp.bund.de sitesinden ücretsiz alırsınız. Program çalışınca Lotse kendiliğinden bağlanır.</translation>
    </message>
    <message>
        <source>Die AusweisApp läuft nicht. Bitte starten Sie die AusweisApp. Sie ist noch nicht installiert? Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>AusweisApp çalışmıyor. Lütfen AusweisApp&apos;i başlatın. Henüz yüklü değil mi? Onu ausweisapp.bund.de sitesinden ücretsiz alırsınız. Program çalışınca Lotse kendiliğinden bağlanır.</translation>
    </message>
    <message>
        <source>Ihre AusweisApp ist zu alt für Lotse (Version {0}). Bitte installieren Sie die neue Version von ausweisapp.bund.de. Das kostet nichts.</source>
        <translation>AusweisApp&apos;iniz Lotse için çok eski (sürüm {0}). Lütfen ausweisapp.bund.de sitesinden yeni sürümü yükleyin. Bu ücretsizdir.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie das andere Programm. Dann geht es von selbst weiter.</source>
        <translation>Şu an başka bir program AusweisApp&apos;i kullanıyor. Lütfen diğer programı kapatın. Sonra kendiliğinden devam eder.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist weg. Lotse versucht es von selbst wieder.</source>
        <translation>AusweisApp ile bağlantı koptu. Lotse kendiliğinden yeniden dener.</translation>
    </message>
    <message>
        <source>Kein Kartenleser gefunden. Bitte schließen Sie den Kartenleser an. Oder verbinden Sie Ihr Smartphone in der AusweisApp als Kartenleser.</source>
        <translation>Kart okuyucu bulunamadı. Lütfen kart okuyucuyu takın. Ya da akıllı telefonunuzu AusweisApp&apos;te kart okuyucu olarak bağlayın.</translation>
    </message>
    <message>
        <source>Kartenleser gefunden. Bitte legen Sie Ihren Ausweis darauf.</source>
        <translation>Kart okuyucu bulundu. Lütfen kimliğinizi üstüne koyun.</translation>
    </message>
    <message>
        <source>Ihr Ausweis liegt auf dem Kartenleser.</source>
        <translation>Kimliğiniz kart okuyucunun üstünde.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben 3 Versuche für die PIN.</source>
        <translation>Kimlik bulundu. PIN için 3 deneme hakkınız var.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben noch 2 Versuche für die PIN.</source>
        <translation>Kimlik bulundu. PIN için daha 2 deneme hakkınız var.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben nur noch 1 Versuch. Vorher brauchen Sie die Zugangsnummer.</source>
        <translation>Kimlik bulundu. Sadece 1 denemeniz kaldı. Önce erişim numarası (Zugangsnummer) gerekir.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PIN ist gesperrt. Sie brauchen die PUK.</source>
        <translation>Kimlik bulundu. PIN kilitli. PUK gerekir.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PUK ist aufgebraucht. Das {office} hilft.</source>
        <translation>Kimlik bulundu. PUK bitti. Şu daire yardım eder: {office}.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die Online-Funktion ist deaktiviert, also ausgeschaltet.</source>
        <translation>Kimlik bulundu. Çevrim içi işlev devre dışı, yani kapalı.</translation>
    </message>
    <message>
        <source>Ausweis gefunden.</source>
        <translation>Kimlik bulundu.</translation>
    </message>
    <message>
        <source>AusweisApp starten</source>
        <translation>AusweisApp&apos;i başlat</translation>
    </message>
    <message>
        <source>Die AusweisApp startet. Das kann einen Moment dauern. Lotse verbindet sich von selbst.</source>
        <translation>AusweisApp başlıyor. Bu biraz sürebilir. Lotse kendiliğinden bağlanır.</translation>
    </message>
    <message>
        <source>Die AusweisApp ließ sich nicht starten. Bitte starten Sie sie selbst.</source>
        <translation>AusweisApp başlatılamadı. Lütfen onu kendiniz başlatın.</translation>
    </message>
    <message>
        <source>Übungsmodus – Ihr echter Ausweis wird nicht benutzt</source>
        <translation>Alıştırma modu – gerçek kimliğiniz kullanılmıyor</translation>
    </message>
    <message>
        <source>Erst üben: Übungsmodus starten</source>
        <translation>Önce alıştırma: alıştırma modunu başlat</translation>
    </message>
    <message>
        <source>Übungsmodus beenden</source>
        <translation>Alıştırma modunu bitir</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: Einmal-PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Alıştırma kartının numaraları: tek kullanımlık PIN {0}, erişim numarası {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Alıştırma kartının numaraları: PIN {0}, erişim numarası {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Was möchten Sie üben?</source>
        <translation>Neyi alıştırma yapmak istiyorsunuz?</translation>
    </message>
    <message>
        <source>Im Übungsmodus benutzt Lotse eine Übungskarte. Ihr echter Ausweis bleibt unberührt.</source>
        <translation>Alıştırma modunda Lotse bir alıştırma kartı kullanır. Gerçek kimliğinize dokunulmaz.</translation>
    </message>
    <message>
        <source>Auch falsche Eingaben kosten hier nichts.</source>
        <translation>Burada yanlış girişler de bir şeye mal olmaz.</translation>
    </message>
    <message>
        <source>Die erste eigene PIN wählen, mit dem PIN-Brief</source>
        <translation>PIN mektubuyla ilk kendi PIN&apos;inizi seçmek</translation>
    </message>
    <message>
        <source>Meine PIN ändern</source>
        <translation>PIN&apos;imi değiştirmek</translation>
    </message>
    <message>
        <source>Den letzten Versuch, mit der Zugangsnummer</source>
        <translation>Erişim numarasıyla son denemeyi</translation>
    </message>
    <message>
        <source>Eine gesperrte PIN mit der PUK entsperren</source>
        <translation>Kilitli bir PIN&apos;i PUK ile açmak</translation>
    </message>
    <message>
        <source>Doch nicht üben</source>
        <translation>Alıştırma yapmayayım</translation>
    </message>
    <message>
        <source>Ohne Lotse in der AusweisApp weitermachen</source>
        <translation>Lotse olmadan AusweisApp&apos;te devam et</translation>
    </message>
    <message>
        <source>Bild: ein Ausweis liegt auf einem Kartenleser.</source>
        <translation>Resim: bir kimlik kartı, kart okuyucunun üstünde duruyor.</translation>
    </message>
    <message>
        <source>Das war eine Übung. Ihr echter Ausweis und Ihre PIN sind unverändert.</source>
        <translation>Bu bir alıştırmaydı. Gerçek kimliğiniz ve PIN&apos;iniz değişmedi.</translation>
    </message>
    <message>
        <source>Jetzt mit meinem echten Ausweis</source>
        <translation>Şimdi gerçek kimliğimle</translation>
    </message>
    <message>
        <source>Noch einmal üben</source>
        <translation>Bir kez daha alıştırma yap</translation>
    </message>
    <message>
        <source>Zurück zur Anleitung</source>
        <translation>Rehbere geri dön</translation>
    </message>
    <message>
        <source>Der Übungsmodus konnte nicht starten. Bitte versuchen Sie es noch einmal.</source>
        <translation>Alıştırma modu başlayamadı. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>{0} von {1} Ziffern</source>
        <translation>{1} rakamdan {0} tanesi</translation>
    </message>
    <message>
        <source>Ziffern zeigen</source>
        <translation>Rakamları göster</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Ziffer {0}</source>
        <translation>Rakam {0}</translation>
    </message>
    <message>
        <source>Eingabe: {0}</source>
        <translation>Giriş: {0}</translation>
    </message>
    <message>
        <source>Zugangsnummer</source>
        <translation>erişim numarası</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>neue PIN</source>
        <translation>yeni PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Ich habe den PIN-Brief mit einer Einmal-PIN. Sie hat 5 Ziffern.</source>
        <translation>Tek kullanımlık PIN&apos;li PIN mektubum var. O PIN 5 hanelidir.</translation>
    </message>
    <message>
        <source>Ich habe schon eine eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>Zaten kendi PIN&apos;im var. O PIN 6 hanelidir.</translation>
    </message>
    <message>
        <source>Ich kenne meine PIN nicht mehr.</source>
        <translation>PIN&apos;imi artık bilmiyorum.</translation>
    </message>
    <message>
        <source>Ich gehe lieber zum {office}</source>
        <translation>Daireye gitmeyi tercih ederim: {office}</translation>
    </message>
    <message>
        <source>Ja, ich bin sicher. Ich gebe die PIN ein.</source>
        <translation>Evet, eminim. PIN&apos;i giriyorum.</translation>
    </message>
    <message>
        <source>Ich habe keine PUK</source>
        <translation>PUK&apos;um yok</translation>
    </message>
    <message>
        <source>Ich habe eine andere PIN</source>
        <translation>Başka bir PIN&apos;im var</translation>
    </message>
    <message>
        <source>Trotzdem diese PIN nehmen</source>
        <translation>Yine de bu PIN&apos;i al</translation>
    </message>
    <message>
        <source>Eine andere PIN wählen</source>
        <translation>Başka bir PIN seç</translation>
    </message>
    <message>
        <source>Bild: die Vorderseite des Ausweises. Unten rechts steht die Zugangsnummer mit 6 Ziffern. Sie ist gelb markiert.</source>
        <translation>Resim: kimliğin ön yüzü. Sağ altta 6 haneli erişim numarası yazar. Sarı ile işaretlidir.</translation>
    </message>
    <message>
        <source>{0} hat {1} Ziffern. Sie haben {2} eingegeben.</source>
        <translation>{0} {1} hanelidir. Siz {2} rakam girdiniz.</translation>
    </message>
    <message>
        <source>Es wurde nichts gesendet. Kein Versuch ist verloren.</source>
        <translation>Hiçbir şey gönderilmedi. Hiçbir deneme kaybolmadı.</translation>
    </message>
    <message>
        <source>Bitte geben Sie nur Ziffern ein. Es wurde nichts gesendet.</source>
        <translation>Lütfen sadece rakam girin. Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Die PIN war nicht richtig. Sie haben noch {0} Versuche.</source>
        <translation>PIN doğru değildi. Daha {0} denemeniz var.</translation>
    </message>
    <message>
        <source>Die PIN war wieder nicht richtig. Sie haben nur noch 1 Versuch.</source>
        <translation>PIN yine doğru değildi. Sadece 1 denemeniz kaldı.</translation>
    </message>
    <message>
        <source>Die PIN war dreimal nicht richtig. Jetzt ist sie gesperrt.</source>
        <translation>PIN üç kez doğru değildi. Şimdi kilitli.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer passte nicht. Das kostet keinen Versuch. Bitte prüfen Sie die Ziffern.</source>
        <translation>Erişim numarası uymadı. Bu bir denemeye mal olmaz. Lütfen rakamları kontrol edin.</translation>
    </message>
    <message>
        <source>Die PUK passte nicht. Das kostet nichts. Bitte prüfen Sie die Ziffern im PIN-Brief.</source>
        <translation>PUK uymadı. Bu bir şeye mal olmaz. Lütfen PIN mektubundaki rakamları kontrol edin.</translation>
    </message>
    <message>
        <source>Die PUK war richtig. Ihre PIN ist entsperrt. Sie haben wieder 3 Versuche.</source>
        <translation>PUK doğruydu. PIN&apos;inizin kilidi açıldı. Yine 3 denemeniz var.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer war richtig.</source>
        <translation>Erişim numarası doğruydu.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben waren verschieden. Bitte wählen Sie die neue PIN noch einmal.</source>
        <translation>İki giriş farklıydı. Lütfen yeni PIN&apos;i bir kez daha seçin.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat die Eingabe nicht angenommen. Das hat keinen Versuch gekostet. Bitte noch einmal.</source>
        <translation>AusweisApp girişi kabul etmedi. Bu bir denemeye mal olmadı. Lütfen bir kez daha.</translation>
    </message>
    <message>
        <source>Die AusweisApp war noch nicht bereit. Es wurde nichts geändert. Bitte geben Sie die Ziffern noch einmal ein.</source>
        <translation>AusweisApp henüz hazır değildi. Hiçbir şey değişmedi. Lütfen rakamları bir kez daha girin.</translation>
    </message>
    <message>
        <source>Lotse hat eine Antwort der AusweisApp nicht verstanden. Es wurde nichts geändert. Bitte noch einmal.</source>
        <translation>Lotse, AusweisApp&apos;in bir cevabını anlamadı. Hiçbir şey değişmedi. Lütfen bir kez daha.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist wieder da. Wir fangen mit dem Ausweis neu an. Ihre Antworten sind noch da.</source>
        <translation>AusweisApp yine burada. Kimlikle yeniden başlıyoruz. Cevaplarınız duruyor.</translation>
    </message>
    <message>
        <source>Der Ausweis liegt wieder auf. Es geht weiter.</source>
        <translation>Kimlik yine üstünde. Devam ediyor.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer</source>
        <translation>Erişim numarası</translation>
    </message>
    <message>
        <source>Die PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>Die neue PIN</source>
        <translation>Yeni PIN</translation>
    </message>
    <message>
        <source>Die PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Welche PIN haben Sie?</source>
        <translation>Hangi PIN sizde?</translation>
    </message>
    <message>
        <source>Lotse kann das nicht selbst erkennen. Bitte wählen Sie eine Antwort.</source>
        <translation>Lotse bunu kendisi anlayamaz. Lütfen bir cevap seçin.</translation>
    </message>
    <message>
        <source>Jetzt wird die AusweisApp gebraucht</source>
        <translation>Şimdi AusweisApp gerekiyor</translation>
    </message>
    <message>
        <source>Lotse ändert Ihre PIN mit der AusweisApp.</source>
        <translation>Lotse, PIN&apos;inizi AusweisApp ile değiştirir.</translation>
    </message>
    <message>
        <source>Lotse spricht mit Ihrem Ausweis.</source>
        <translation>Lotse kimliğinizle konuşuyor.</translation>
    </message>
    <message>
        <source>Bitte lassen Sie den Ausweis auf dem Kartenleser liegen.</source>
        <translation>Lütfen kimliği kart okuyucunun üstünde bırakın.</translation>
    </message>
    <message>
        <source>Legen Sie Ihren Ausweis auf den Kartenleser</source>
        <translation>Kimliğinizi kart okuyucunun üstüne koyun</translation>
    </message>
    <message>
        <source>Legen Sie den Ausweis flach auf den Kartenleser.</source>
        <translation>Kimliği düz bir şekilde kart okuyucunun üstüne koyun.</translation>
    </message>
    <message>
        <source>Lassen Sie ihn dort liegen, bis Lotse fertig ist.</source>
        <translation>Lotse bitirene kadar orada bırakın.</translation>
    </message>
    <message>
        <source>Es geht von selbst weiter.</source>
        <translation>Kendiliğinden devam eder.</translation>
    </message>
    <message>
        <source>Bitte legen Sie den Ausweis wieder auf</source>
        <translation>Lütfen kimliği yine üstüne koyun</translation>
    </message>
    <message>
        <source>Der Ausweis liegt nicht mehr auf dem Kartenleser.</source>
        <translation>Kimlik artık kart okuyucunun üstünde değil.</translation>
    </message>
    <message>
        <source>Legen Sie ihn wieder auf. Dann geht es von selbst weiter.</source>
        <translation>Onu yine üstüne koyun. Sonra kendiliğinden devam eder.</translation>
    </message>
    <message>
        <source>Es ist nichts verloren.</source>
        <translation>Hiçbir şey kaybolmadı.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre Einmal-PIN ein</source>
        <translation>Tek kullanımlık PIN&apos;inizi girin</translation>
    </message>
    <message>
        <source>Sie steht in Ihrem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>PIN mektubunuzda yazar. 5 hanelidir.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre jetzige PIN ein</source>
        <translation>Şu anki PIN&apos;inizi girin</translation>
    </message>
    <message>
        <source>Das ist Ihre eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>Bu sizin kendi PIN&apos;inizdir. 6 hanelidir.</translation>
    </message>
    <message>
        <source>Geben Sie die Zugangsnummer ein</source>
        <translation>Erişim numarasını girin</translation>
    </message>
    <message>
        <source>Vor dem letzten Versuch braucht der Ausweis die Zugangsnummer.</source>
        <translation>Son denemeden önce kimlik, erişim numarasını ister.</translation>
    </message>
    <message>
        <source>Sie steht vorne auf dem Ausweis, unten rechts. Sie hat 6 Ziffern.</source>
        <translation>Kimliğin ön yüzünde, sağ altta yazar. 6 hanelidir.</translation>
    </message>
    <message>
        <source>Eine falsche Zugangsnummer kostet keinen Versuch.</source>
        <translation>Yanlış bir erişim numarası bir denemeye mal olmaz.</translation>
    </message>
    <message>
        <source>Sie haben nur noch 1 Versuch für Ihre PIN.</source>
        <translation>PIN&apos;iniz için sadece 1 denemeniz kaldı.</translation>
    </message>
    <message>
        <source>Halt: Jetzt kommt der letzte Versuch</source>
        <translation>Durun: Şimdi son deneme geliyor</translation>
    </message>
    <message>
        <source>Ist auch diese PIN falsch, wird sie gesperrt.</source>
        <translation>Bu PIN de yanlışsa, PIN kilitlenir.</translation>
    </message>
    <message>
        <source>Dann brauchen Sie die PUK aus dem PIN-Brief.</source>
        <translation>O zaman PIN mektubundaki PUK gerekir.</translation>
    </message>
    <message>
        <source>Sind Sie sicher? Wenn nicht: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Emin misiniz? Değilseniz: Şu daire size ücretsiz yeni bir PIN verir: {office}.</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt</source>
        <translation>PIN&apos;iniz kilitli</translation>
    </message>
    <message>
        <source>Mit der PUK können Sie die PIN entsperren.</source>
        <translation>PUK ile PIN&apos;in kilidini açabilirsiniz.</translation>
    </message>
    <message>
        <source>Die PUK hat 10 Ziffern. Sie steht im PIN-Brief unter dem Rubbelfeld.</source>
        <translation>PUK 10 hanelidir. PIN mektubunda, kazıma alanının altında yazar.</translation>
    </message>
    <message>
        <source>Eine falsche PUK kostet nichts.</source>
        <translation>Yanlış bir PUK bir şeye mal olmaz.</translation>
    </message>
    <message>
        <source>Wählen Sie Ihre neue PIN</source>
        <translation>Yeni PIN&apos;inizi seçin</translation>
    </message>
    <message>
        <source>Die neue PIN hat 6 Ziffern.</source>
        <translation>Yeni PIN 6 hanelidir.</translation>
    </message>
    <message>
        <source>Nehmen Sie Ziffern, die Sie sich gut merken können.</source>
        <translation>İyi hatırlayabileceğiniz rakamlar seçin.</translation>
    </message>
    <message>
        <source>Nehmen Sie nicht Ihr Geburtsdatum.</source>
        <translation>Doğum tarihinizi seçmeyin.</translation>
    </message>
    <message>
        <source>Diese PIN ist leicht zu erraten</source>
        <translation>Bu PIN kolay tahmin edilir</translation>
    </message>
    <message>
        <source>Andere könnten sie erraten. Sie dürfen sie trotzdem nehmen.</source>
        <translation>Başkaları onu tahmin edebilir. Yine de seçebilirsiniz.</translation>
    </message>
    <message>
        <source>Geben Sie die neue PIN noch einmal ein</source>
        <translation>Yeni PIN&apos;i bir kez daha girin</translation>
    </message>
    <message>
        <source>So prüfen wir, dass Sie sich nicht vertippt haben.</source>
        <translation>Böylece yanlış yazmadığınızı kontrol ediyoruz.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist nicht mehr da</source>
        <translation>AusweisApp artık yok</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert.</source>
        <translation>Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Ihre Antworten bleiben erhalten.</source>
        <translation>Cevaplarınız duruyor.</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp. Einen Moment bitte.</source>
        <translation>Lotse, AusweisApp&apos;i arıyor. Bir dakika lütfen.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie es. Dann geht es von selbst weiter.</source>
        <translation>Şu an başka bir program AusweisApp&apos;i kullanıyor. Lütfen onu kapatın. Sonra kendiliğinden devam eder.</translation>
    </message>
    <message>
        <source>Die AusweisApp wurde geschlossen. Bitte starten Sie sie wieder. Dann geht es von selbst weiter.</source>
        <translation>AusweisApp kapatıldı. Lütfen onu yine başlatın. Sonra kendiliğinden devam eder.</translation>
    </message>
    <message>
        <source>Bitte starten Sie die AusweisApp. Dann geht es von selbst weiter.</source>
        <translation>Lütfen AusweisApp&apos;i başlatın. Sonra kendiliğinden devam eder.</translation>
    </message>
    <message>
        <source>Sie haben noch 2 Versuche. Raten Sie bitte nicht. Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Daha 2 denemeniz var. Lütfen tahmin etmeyin. Şu daire size ücretsiz yeni bir PIN verir: {office}.</translation>
    </message>
    <message>
        <source>Das ist Ihr letzter Versuch. Geben Sie die PIN ein, nicht die Zugangsnummer.</source>
        <translation>Bu son denemeniz. Erişim numarasını değil, PIN&apos;i girin.</translation>
    </message>
    <message>
        <source>Sie besteht aus lauter gleichen Ziffern.</source>
        <translation>Hep aynı rakamlardan oluşuyor.</translation>
    </message>
    <message>
        <source>Die Ziffern folgen der Reihe nach.</source>
        <translation>Rakamlar sırayla gidiyor.</translation>
    </message>
    <message>
        <source>Die Ziffern wiederholen sich.</source>
        <translation>Rakamlar tekrar ediyor.</translation>
    </message>
    <message>
        <source>Sie sieht aus wie ein Datum, zum Beispiel ein Geburtstag.</source>
        <translation>Bir tarihe benziyor, örneğin bir doğum gününe.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Zugangsnummer am Kartenleser ein</source>
        <translation>Lütfen erişim numarasını kart okuyucuda yazın</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PUK am Kartenleser ein</source>
        <translation>Lütfen PUK&apos;u kart okuyucuda yazın</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die neue PIN am Kartenleser ein</source>
        <translation>Lütfen yeni PIN&apos;i kart okuyucuda yazın</translation>
    </message>
    <message>
        <source>Wählen Sie 6 Ziffern. Der Kartenleser fragt die neue PIN zweimal.</source>
        <translation>6 rakam seçin. Kart okuyucu yeni PIN&apos;i iki kez sorar.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PIN am Kartenleser ein</source>
        <translation>Lütfen PIN&apos;i kart okuyucuda yazın</translation>
    </message>
    <message>
        <source>Das ist die Einmal-PIN aus dem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>Bu, PIN mektubundaki tek kullanımlık PIN&apos;dir. 5 hanelidir.</translation>
    </message>
    <message>
        <source>Ihr Kartenleser hat eigene Tasten. Bestätigen Sie dort mit der OK-Taste.</source>
        <translation>Kart okuyucunuzun kendi tuşları var. Orada OK tuşuyla onaylayın.</translation>
    </message>
    <message>
        <source>Lotse sieht die Ziffern nicht.</source>
        <translation>Lotse rakamları görmez.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat gemeldet: Ihre neue PIN mit 6 Ziffern gilt.</source>
        <translation>AusweisApp bildirdi: 6 haneli yeni PIN&apos;iniz geçerli.</translation>
    </message>
    <message>
        <source>Die Einmal-PIN aus dem Brief gilt nicht mehr.</source>
        <translation>Mektuptaki tek kullanımlık PIN artık geçerli değil.</translation>
    </message>
    <message>
        <source>Die alte PIN gilt nicht mehr.</source>
        <translation>Eski PIN artık geçerli değil.</translation>
    </message>
    <message>
        <source>Geschafft: Ihre neue PIN gilt</source>
        <translation>Başardınız: Yeni PIN&apos;iniz geçerli</translation>
    </message>
    <message>
        <source>Sie haben aufgehört</source>
        <translation>Yarıda bıraktınız</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Hiçbir şey değişmedi. PIN&apos;iniz öncekiyle aynı.</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert</source>
        <translation>Hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>Ihre PIN ist dieselbe wie vorher.</source>
        <translation>PIN&apos;iniz öncekiyle aynı.</translation>
    </message>
    <message>
        <source>Lassen Sie den Ausweis auf dem Kartenleser liegen. Drücken Sie dann auf „Noch einmal versuchen“.</source>
        <translation>Kimliği kart okuyucunun üstünde bırakın. Sonra „Bir kez daha dene“ düğmesine basın.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist abgebrochen. Das war kurz nach der neuen PIN.</source>
        <translation>AusweisApp ile bağlantı koptu. Bu, yeni PIN&apos;den hemen sonraydı.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat noch nicht geantwortet.</source>
        <translation>AusweisApp henüz cevap vermedi.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat nicht gemeldet, dass es geklappt hat. Die neue PIN war aber vielleicht schon beim Ausweis.</source>
        <translation>AusweisApp işlemin olduğunu bildirmedi. Ama yeni PIN belki kimliğe ulaşmıştı.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob die PIN geändert ist</source>
        <translation>PIN&apos;in değişip değişmediğini kesin bilmiyoruz</translation>
    </message>
    <message>
        <source>Vielleicht gilt schon die neue PIN. Vielleicht gilt noch die alte.</source>
        <translation>Belki yeni PIN geçerli. Belki hâlâ eskisi geçerli.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht. Auf der nächsten Seite steht, was Sie sicher tun können.</source>
        <translation>Lütfen tahmin etmeyin. Sonraki sayfada güvenle ne yapabileceğiniz yazıyor.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht</source>
        <translation>Lütfen tahmin etmeyin</translation>
    </message>
    <message>
        <source>Jeder falsche Versuch zählt. Nach 3 falschen Versuchen ist die PIN gesperrt.</source>
        <translation>Her yanlış deneme sayılır. 3 yanlış denemeden sonra PIN kilitlenir.</translation>
    </message>
    <message>
        <source>Im {office} bekommen Sie eine neue PIN. Ihre alte PIN brauchen Sie dort nicht.</source>
        <translation>Şu daire size yeni bir PIN verir: {office}. Orada eski PIN&apos;iniz gerekmez.</translation>
    </message>
    <message>
        <source>Das {office} hilft Ihnen</source>
        <translation>Şu daire size yardım eder: {office}</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt. Ohne PUK hilft das {office}.</source>
        <translation>PIN&apos;iniz kilitli. PUK yoksa şu daire yardım eder: {office}.</translation>
    </message>
    <message>
        <source>Die Online-Funktion ist deaktiviert</source>
        <translation>Çevrim içi işlev kapalı</translation>
    </message>
    <message>
        <source>Ihr Ausweis kann sich noch nicht online ausweisen.</source>
        <translation>Kimliğiniz henüz internette kullanılamıyor.</translation>
    </message>
    <message>
        <source>Die PUK ist aufgebraucht</source>
        <translation>PUK bitti</translation>
    </message>
    <message>
        <source>Die PUK wurde schon 10-mal benutzt. Jetzt hilft nur das {office}.</source>
        <translation>PUK zaten 10 kez kullanıldı. Şimdi sadece şu daire yardım eder: {office}.</translation>
    </message>
    <message>
        <source>Gut, dass Sie nicht raten</source>
        <translation>Tahmin etmemeniz iyi</translation>
    </message>
    <message>
        <source>Übung geschafft</source>
        <translation>Alıştırma tamam</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. So geht es auch mit Ihrem echten Ausweis.</source>
        <translation>Bu sadece bir alıştırmaydı. Gerçek kimliğinizle de böyle olur.</translation>
    </message>
    <message>
        <source>An Ihrem echten Ausweis hat sich nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Gerçek kimliğinizde hiçbir şey değişmedi. PIN&apos;iniz öncekiyle aynı.</translation>
    </message>
    <message>
        <source>Übung beendet: {0}</source>
        <translation>Alıştırma bitti: {0}</translation>
    </message>
    <message>
        <source>Wir warten auf die AusweisApp</source>
        <translation>AusweisApp&apos;i bekliyoruz</translation>
    </message>
    <message>
        <source>Sie haben „Abbrechen“ gedrückt.</source>
        <translation>„Vazgeç“ düğmesine bastınız.</translation>
    </message>
    <message>
        <source>Die neue PIN war vielleicht schon beim Ausweis.</source>
        <translation>Yeni PIN belki kimliğe ulaşmıştı.</translation>
    </message>
    <message>
        <source>Die AusweisApp sagt uns gleich, ob sie gilt. Bitte lassen Sie den Ausweis liegen.</source>
        <translation>AusweisApp birazdan geçerli olup olmadığını söyler. Lütfen kimliği orada bırakın.</translation>
    </message>
    <message>
        <source>Nicht mehr warten</source>
        <translation>Artık bekleme</translation>
    </message>
    <message>
        <source>Wir prüfen Ihren Ausweis</source>
        <translation>Kimliğinizi kontrol ediyoruz</translation>
    </message>
    <message>
        <source>Lotse fragt die AusweisApp, wie es Ihrem Ausweis geht.</source>
        <translation>Lotse, AusweisApp&apos;e kimliğinizin durumunu soruyor.</translation>
    </message>
    <message>
        <source>Dabei wird keine PIN gebraucht. Es wird nichts verändert.</source>
        <translation>Bunun için PIN gerekmez. Hiçbir şey değiştirilmez.</translation>
    </message>
    <message>
        <source>Ohne Kartenleser weiter</source>
        <translation>Kart okuyucu olmadan devam et</translation>
    </message>
    <message>
        <source>PIN ändern</source>
        <translation>PIN&apos;i değiştir</translation>
    </message>
    <message>
        <source>Die Einmal-PIN steht im PIN-Brief und hat 5 Ziffern. Ihre eigene PIN hat 6 Ziffern. Die Zugangsnummer steht vorne auf dem Ausweis, unten rechts. Die PUK steht im PIN-Brief unter dem Rubbelfeld. Wenn Sie unsicher sind: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Tek kullanımlık PIN, PIN mektubunda yazar ve 5 hanelidir. Kendi PIN&apos;iniz 6 hanelidir. Erişim numarası kimliğin ön yüzünde, sağ alttadır. PUK, PIN mektubunda kazıma alanının altında yazar. Emin değilseniz: Şu daire size ücretsiz yeni bir PIN verir: {office}.</translation>
    </message>
</context>
</TS>
