<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="de">
<context>
    <name>HelperDock</name>
    <message>
        <source>Helfer-Ansicht für die Helferin oder den Helfer</source>
        <translation>Yardımcı kişi için görünüm</translation>
    </message>
    <message>
        <source>Eigenes Fenster</source>
        <translation>Ayrı pencere</translation>
    </message>
    <message>
        <source>Zurück ins Hauptfenster</source>
        <translation>Ana pencereye geri</translation>
    </message>
    <message>
        <source>Helfer-Ansicht: {0}</source>
        <translation>Yardımcı görünümü: {0}</translation>
    </message>
</context>
<context>
    <name>HelperView</name>
    <message>
        <source>Bitte schauen Sie weg.</source>
        <translation>Lütfen başka yöne bakın.</translation>
    </message>
    <message>
        <source>Die Person tippt die PIN am Lesegerät ein. Bitten Sie sie darum. Helfen Sie nur mit Worten.</source>
        <translation>Kişi PIN&apos;i kart okuyucuda yazıyor. Bunu ondan rica edin. Sadece sözle yardım edin.</translation>
    </message>
    <message>
        <source>Hinweis für Mitarbeitende: {0}</source>
        <translation>Çalışanlar için not: {0}</translation>
    </message>
    <message>
        <source>Die Person ist bei: {0}</source>
        <translation>Kişinin bulunduğu yer: {0}</translation>
    </message>
    <message>
        <source>Die Person ist auf der Startseite.</source>
        <translation>Kişi ana sayfada.</translation>
    </message>
    <message>
        <source>Hier sehen Sie, wo die Person in einer Anleitung ist und was als Nächstes kommt. Was die Person eintippt, sehen Sie hier nie.</source>
        <translation>Burada kişinin rehberde nerede olduğunu ve sırada ne olduğunu görürsünüz. Kişinin yazdıklarını burada asla görmezsiniz.</translation>
    </message>
    <message>
        <source>Code: {0}</source>
        <translation>Kod: {0}</translation>
    </message>
    <message>
        <source>Tipps für diesen Schritt</source>
        <translation>Bu adım için ipuçları</translation>
    </message>
    <message>
        <source>Für diesen Schritt gibt es keine Tipps.</source>
        <translation>Bu adım için ipucu yok.</translation>
    </message>
    <message>
        <source>Was als Nächstes kommt</source>
        <translation>Sırada ne var</translation>
    </message>
    <message>
        <source>Das ist das Ende der Anleitung. Bieten Sie den Merkzettel zum Mitnehmen an.</source>
        <translation>Rehber burada bitiyor. Yanına alacağı not kâğıdını önerin.</translation>
    </message>
    <message>
        <source>„{0}“ → {1}</source>
        <translation>„{0}“ → {1}</translation>
    </message>
    <message>
        <source>Weiter → {0}</source>
        <translation>İleri → {0}</translation>
    </message>
    <message>
        <source>(zuletzt gewählt)</source>
        <translation>(en son seçilen)</translation>
    </message>
    <message>
        <source>Bisheriger Weg</source>
        <translation>Şimdiye kadarki yol</translation>
    </message>
    <message>
        <source>Die Person ist am Anfang.</source>
        <translation>Kişi başlangıçta.</translation>
    </message>
    <message>
        <source>„{0}“</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>Die Person gibt jetzt ihre Geheimzahl ein.</source>
        <translation>Kişi şimdi şifresini giriyor.</translation>
    </message>
    <message>
        <source>Die Person tippt jetzt ihre Geheimzahl ein. Schauen Sie nicht auf den Bildschirm und nicht auf die Tastatur. Helfen Sie nur mit Worten.</source>
        <translation>Kişi şimdi şifresini yazıyor. Ekrana ve klavyeye bakmayın. Sadece sözle yardım edin.</translation>
    </message>
</context>
<context>
    <name>InactivityWarning</name>
    <message>
        <source>Sind Sie noch da?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <source>Ich bin noch da</source>
        <translation>Buradayım</translation>
    </message>
    <message>
        <source>Niemand hat das Programm eine Weile benutzt. In {0} Sekunden beginnt es von vorn. Dann wird alles gelöscht, was hier eingegeben wurde.</source>
        <translation>Bir süredir kimse programı kullanmadı. {0} saniye sonra baştan başlar. O zaman burada girilen her şey silinir.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Der Ordner für Ihre Daten kann nicht benutzt werden. Das Programm funktioniert, merkt sich aber nichts, bis es wieder geschlossen wird. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Verileriniz için olan klasör kullanılamıyor. Program çalışıyor, ama kapanana kadar hiçbir şeyi hatırlamıyor. Lütfen bilgi işleme haber verin. Teknik bilgi: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer können nicht gelesen werden. Zur Sicherheit gelten die strengsten Regeln: Nichts Persönliches wird aufbewahrt. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Bu bilgisayarın ayarları okunamıyor. Güvenlik için en sıkı kurallar geçerli: Kişisel hiçbir şey saklanmaz. Lütfen bilgi işleme haber verin. Teknik bilgi: {0}</translation>
    </message>
    <message>
        <source>Die Einstellungen für diesen Computer haben Fehler. Es gelten sichere Grundeinstellungen. Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}</source>
        <translation>Bu bilgisayarın ayarlarında hata var. Güvenli temel ayarlar geçerli. Lütfen bilgi işleme haber verin. Teknik bilgi: {0}</translation>
    </message>
    <message>
        <source>Das Programm wurde neu gestartet. Die Sitzung von eben geht weiter.</source>
        <translation>Program yeniden başladı. Az önceki oturum devam ediyor.</translation>
    </message>
    <message>
        <source>Nicht alles aus einer früheren Sitzung konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Önceki bir oturumdan her şey silinemedi. Program bir sonraki başlangıçta yine dener.</translation>
    </message>
</context>
<context>
    <name>RolesController</name>
    <message>
        <source>Ihre Angaben bleiben nur auf diesem Computer.</source>
        <translation>Bilgileriniz sadece bu bilgisayarda kalır.</translation>
    </message>
    <message>
        <source>Alles vergessen</source>
        <translation>Her şeyi unut</translation>
    </message>
    <message>
        <source>Hilfe-Sitzung: Am Ende wird alles Persönliche gelöscht.</source>
        <translation>Yardım oturumu: Sonunda kişisel her şey silinir.</translation>
    </message>
    <message>
        <source>Helfer-Ansicht schließen</source>
        <translation>Yardımcı görünümünü kapat</translation>
    </message>
    <message>
        <source>Sitzung beenden</source>
        <translation>Oturumu bitir</translation>
    </message>
    <message>
        <source>Wenn Sie fertig sind: „Nächste Person“ löscht alles von Ihnen.</source>
        <translation>İşiniz bitince: „Sıradaki kişi“ sizinle ilgili her şeyi siler.</translation>
    </message>
    <message>
        <source>Nächste Person</source>
        <translation>Sıradaki kişi</translation>
    </message>
    <message>
        <source>Merkzettel zum Mitnehmen drucken</source>
        <translation>Yanınıza alacağınız notu yazdırın</translation>
    </message>
    <message>
        <source>Karte gelesen: 3 Versuche</source>
        <translation>Kart okundu: 3 deneme</translation>
    </message>
    <message>
        <source>Karte gelesen: 2 Versuche</source>
        <translation>Kart okundu: 2 deneme</translation>
    </message>
    <message>
        <source>Karte gelesen: 1 Versuch (CAN nötig)</source>
        <translation>Kart okundu: 1 deneme (CAN gerekli)</translation>
    </message>
    <message>
        <source>PIN gesperrt (PUK nötig)</source>
        <translation>PIN kilitli (PUK gerekli)</translation>
    </message>
    <message>
        <source>PUK aufgebraucht</source>
        <translation>PUK bitti</translation>
    </message>
    <message>
        <source>Online-Funktion aus</source>
        <translation>Çevrim içi işlev kapalı</translation>
    </message>
    <message>
        <source>PIN geändert</source>
        <translation>PIN değişti</translation>
    </message>
    <message>
        <source>PIN nicht geändert</source>
        <translation>PIN değişmedi</translation>
    </message>
    <message>
        <source>Nicht sicher, ob die PIN geändert ist</source>
        <translation>PIN&apos;in değişip değişmediği kesin değil</translation>
    </message>
    <message>
        <source>Lieber zum Amt</source>
        <translation>Daireye gitmek daha iyi</translation>
    </message>
    <message>
        <source>Termin gebucht</source>
        <translation>Randevu alındı</translation>
    </message>
    <message>
        <source>Geht hier nicht / übersprungen</source>
        <translation>Burada olmuyor / atlandı</translation>
    </message>
    <message>
        <source>Sind Sie fertig?</source>
        <translation>İşiniz bitti mi?</translation>
    </message>
    <message>
        <source>Dann wird alles gelöscht, was Sie hier eingegeben haben. Die nächste Person sieht nichts davon.</source>
        <translation>O zaman burada girdiğiniz her şey silinir. Sıradaki kişi bunlardan hiçbir şey görmez.</translation>
    </message>
    <message>
        <source>Ja, alles löschen</source>
        <translation>Evet, her şeyi sil</translation>
    </message>
    <message>
        <source>Sitzung beenden?</source>
        <translation>Oturum bitsin mi?</translation>
    </message>
    <message>
        <source>Alles Persönliche aus dieser Sitzung wird gelöscht: wo Sie waren, Entwürfe, Termine und Meldungen auf diesem Computer.</source>
        <translation>Bu oturumdaki kişisel her şey silinir: nerede kaldığınız, taslaklar, bu bilgisayardaki randevular ve bildirimler.</translation>
    </message>
    <message>
        <source>Ja, Sitzung beenden und alles löschen</source>
        <translation>Evet, oturumu bitir ve her şeyi sil</translation>
    </message>
    <message>
        <source>Möchten Sie vorher einen Merkzettel drucken?</source>
        <translation>Önce bir not kâğıdı yazdırmak ister misiniz?</translation>
    </message>
    <message>
        <source>Merkzettel drucken: {0}</source>
        <translation>Not kâğıdını yazdır: {0}</translation>
    </message>
    <message>
        <source>Abbrechen: weitermachen</source>
        <translation>Vazgeç: devam et</translation>
    </message>
    <message>
        <source>Programm schließen?</source>
        <translation>Program kapansın mı?</translation>
    </message>
    <message>
        <source>Dann endet die Sitzung. Alles Persönliche aus dieser Sitzung wird gelöscht.</source>
        <translation>O zaman oturum biter. Bu oturumdaki kişisel her şey silinir.</translation>
    </message>
    <message>
        <source>Nein, weitermachen</source>
        <translation>Hayır, devam et</translation>
    </message>
    <message>
        <source>Ja, schließen und alles löschen</source>
        <translation>Evet, kapat ve her şeyi sil</translation>
    </message>
    <message>
        <source>Die Sitzung ist beendet.</source>
        <translation>Oturum bitti.</translation>
    </message>
    <message>
        <source>Alles Persönliche ist gelöscht.</source>
        <translation>Kişisel her şey silindi.</translation>
    </message>
    <message>
        <source>Neue Sitzung beginnen</source>
        <translation>Yeni oturum başlat</translation>
    </message>
    <message>
        <source>Alles ist gelöscht. Die nächste Person kann beginnen.</source>
        <translation>Her şey silindi. Sıradaki kişi başlayabilir.</translation>
    </message>
    <message>
        <source>Alles vergessen?</source>
        <translation>Her şey unutulsun mu?</translation>
    </message>
    <message>
        <source>Das Programm löscht alles, was es sich über Sie gemerkt hat:</source>
        <translation>Program sizin hakkınızda hatırladığı her şeyi siler:</translation>
    </message>
    <message>
        <source>wo Sie in einer Anleitung waren, Entwürfe, Ihre Termine und Ihre Meldungen.</source>
        <translation>bir rehberde nerede kaldığınızı, taslakları, randevularınızı ve bildirimlerinizi.</translation>
    </message>
    <message>
        <source>Ihre Termine beim Amt bleiben bestehen. Nur dieser Computer vergisst sie.</source>
        <translation>Dairedeki randevularınız geçerli kalır. Sadece bu bilgisayar onları unutur.</translation>
    </message>
    <message>
        <source>Die Schriftgröße bleibt.</source>
        <translation>Yazı boyutu kalır.</translation>
    </message>
    <message>
        <source>Nein, nichts löschen</source>
        <translation>Hayır, hiçbir şeyi silme</translation>
    </message>
    <message>
        <source>Ja, alles vergessen</source>
        <translation>Evet, her şeyi unut</translation>
    </message>
    <message>
        <source>Alles ist vergessen. Sie können neu anfangen.</source>
        <translation>Her şey unutuldu. Yeniden başlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Nicht alles konnte gelöscht werden. Das Programm versucht es beim nächsten Start wieder.</source>
        <translation>Her şey silinemedi. Program bir sonraki başlangıçta yine dener.</translation>
    </message>
    <message>
        <source>Das Programm bleibt offen. Wenn Sie fertig sind: „Nächste Person“.</source>
        <translation>Program açık kalır. İşiniz bitince: „Sıradaki kişi“.</translation>
    </message>
</context>
<context>
    <name>SavePlaceDialog</name>
    <message>
        <source>Wohin soll der Merkzettel?</source>
        <translation>Not kâğıdı nereye kaydedilsin?</translation>
    </message>
    <message>
        <source>Wählen Sie einen Ort. Der Merkzettel wird dort als PDF-Datei gespeichert. Eine Datei, die es schon gibt, wird nicht überschrieben.</source>
        <translation>Bir yer seçin. Not kâğıdı oraya PDF dosyası olarak kaydedilir. Var olan bir dosyanın üzerine yazılmaz.</translation>
    </message>
    <message>
        <source>Anderen Ort wählen …</source>
        <translation>Başka bir yer seçin …</translation>
    </message>
    <message>
        <source>Abbrechen: nicht speichern</source>
        <translation>Vazgeç: kaydetme</translation>
    </message>
    <message>
        <source>In „Dokumente“ speichern</source>
        <translation>„Belgeler“ klasörüne kaydet</translation>
    </message>
    <message>
        <source>Auf den Schreibtisch (Desktop) speichern</source>
        <translation>Masaüstüne (Desktop) kaydet</translation>
    </message>
    <message>
        <source>Auf den USB-Stick „{0}“ speichern</source>
        <translation>„{0}“ USB belleğine kaydet</translation>
    </message>
    <message>
        <source>Merkzettel speichern</source>
        <translation>Not kâğıdını kaydet</translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation>PDF dosyası (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Merkzettel zum Mitnehmen</source>
        <translation>Yanınıza alacağınız not</translation>
    </message>
    <message>
        <source>Auf dem Zettel steht, was Sie jetzt tun und wohin Sie gehen. Eine Geheimzahl steht nie darauf.</source>
        <translation>Kâğıtta şimdi ne yapacağınız ve nereye gideceğiniz yazar. Üzerinde asla şifre yazmaz.</translation>
    </message>
    <message>
        <source>Vorschau des Merkzettels: {0}</source>
        <translation>Not kâğıdının önizlemesi: {0}</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>An diesem Computer ist kein Drucker eingerichtet. Bitte fragen Sie die Mitarbeitenden vor Ort.</source>
        <translation>Bu bilgisayara yazıcı kurulmamış. Lütfen buradaki çalışanlara sorun.</translation>
    </message>
    <message>
        <source>Merkzettel drucken</source>
        <translation>Not kâğıdını yazdır</translation>
    </message>
    <message>
        <source>Hier wird nur auf Papier gedruckt, nicht in eine Datei. Bitte wählen Sie einen Drucker.</source>
        <translation>Burada sadece kâğıda yazdırılır, dosyaya değil. Lütfen bir yazıcı seçin.</translation>
    </message>
    <message>
        <source>Das Drucken hat nicht geklappt. Ist der Drucker an? Versuchen Sie es bitte noch einmal.</source>
        <translation>Yazdırma olmadı. Yazıcı açık mı? Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>Der Merkzettel wird gedruckt.</source>
        <translation>Not kâğıdı yazdırılıyor.</translation>
    </message>
    <message>
        <source>Merkzettel.pdf</source>
        <translation>Not.pdf</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt ({0}). Versuchen Sie einen anderen Ort.</source>
        <translation>Kaydetme olmadı ({0}). Başka bir yer deneyin.</translation>
    </message>
    <message>
        <source>Das Speichern hat nicht geklappt. Versuchen Sie einen anderen Ort.</source>
        <translation>Kaydetme olmadı. Başka bir yer deneyin.</translation>
    </message>
    <message>
        <source>Gespeichert: {0}</source>
        <translation>Kaydedildi: {0}</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>Merkzettel</source>
        <translation>Not kâğıdı</translation>
    </message>
    <message>
        <source>Übung – Merkzettel</source>
        <translation>Alıştırma – Not kâğıdı</translation>
    </message>
    <message>
        <source>Was Sie gesagt haben</source>
        <translation>Söyledikleriniz</translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Wohin Sie gehen</source>
        <translation>Nereye gideceksiniz</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>Çalışma saatleri</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>İnternet</translation>
    </message>
    <message>
        <source>Ihre Vorgangsnummer</source>
        <translation>İşlem numaranız</translation>
    </message>
    <message>
        <source>Ihre Aufrufnummer</source>
        <translation>Sıra numaranız</translation>
    </message>
    <message>
        <source>Nennen Sie am Empfang Ihre Vorgangsnummer.</source>
        <translation>Girişte işlem numaranızı söyleyin.</translation>
    </message>
    <message>
        <source>Mit der Vorgangsnummer können Sie nachfragen, was daraus geworden ist.</source>
        <translation>İşlem numarasıyla ne olduğunu sorabilirsiniz.</translation>
    </message>
    <message>
        <source>ÜBUNG</source>
        <translation>ALIŞTIRMA</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Mehr im Internet</source>
        <translation>İnternette daha fazlası</translation>
    </message>
    <message>
        <source>Oder scannen Sie oben rechts das Bild mit dem Handy.</source>
        <translation>Ya da sağ üstteki resmi cep telefonuyla tarayın.</translation>
    </message>
    <message>
        <source>Erstellt am {0} mit Lotse. Auf diesem Zettel steht nie eine PIN, CAN oder PUK.</source>
        <translation>{0} tarihinde Lotse ile hazırlandı. Bu kâğıtta asla PIN, CAN veya PUK yazmaz.</translation>
    </message>
    <message>
        <source>Das ist ein Übungstermin. Beim Amt ist nichts gebucht. Niemand erwartet Sie.</source>
        <translation>Bu bir alıştırma randevusudur. Dairede hiçbir randevu alınmadı. Kimse sizi beklemiyor.</translation>
    </message>
    <message>
        <source>Das ist eine Übungsmeldung. Die Stadt hat sie nicht bekommen.</source>
        <translation>Bu bir alıştırma bildirimidir. Şehir bunu almadı.</translation>
    </message>
    <message>
        <source>Das war eine Übung mit einer Übungskarte. Ihr echter Ausweis wurde nicht benutzt.</source>
        <translation>Bu, alıştırma kartıyla yapılan bir alıştırmaydı. Gerçek kimliğiniz kullanılmadı.</translation>
    </message>
    <message>
        <source>Wenn Sie es wirklich brauchen: machen Sie es noch einmal ohne Übung.</source>
        <translation>Gerçekten gerekiyorsa: alıştırma olmadan bir kez daha yapın.</translation>
    </message>
    <message>
        <source>Kommen Sie 10 Minuten vor der Zeit.</source>
        <translation>Saatten 10 dakika önce gelin.</translation>
    </message>
    <message>
        <source>Sie können nicht kommen? Sagen Sie den Termin bitte ab.</source>
        <translation>Gelemiyor musunuz? Lütfen randevuyu iptal edin.</translation>
    </message>
    <message>
        <source>Die Stadt prüft Ihre Meldung.</source>
        <translation>Şehir bildiriminizi inceliyor.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Programm beenden – nur für Mitarbeitende</source>
        <translation>Programı kapat – sadece çalışanlar için</translation>
    </message>
    <message>
        <source>Das Programm wird geschlossen. Alles Persönliche wird vorher gelöscht.</source>
        <translation>Program kapanıyor. Kişisel her şey önce silinir.</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende:</source>
        <translation>Çalışanlar için kod:</translation>
    </message>
    <message>
        <source>Code für Mitarbeitende</source>
        <translation>Çalışanlar için kod</translation>
    </message>
    <message>
        <source>Abbrechen: weiter arbeiten</source>
        <translation>Vazgeç: çalışmaya devam et</translation>
    </message>
    <message>
        <source>Programm beenden</source>
        <translation>Programı kapat</translation>
    </message>
    <message>
        <source>Der Code stimmt nicht. Bitte noch einmal.</source>
        <translation>Kod doğru değil. Lütfen bir kez daha.</translation>
    </message>
</context>
</TS>
