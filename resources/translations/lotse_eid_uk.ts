<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="de">
<context>
    <name>EidLayout</name>
    <message>
        <source>Weitere Möglichkeiten ↓</source>
        <translation>Інші можливості ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Möglichkeiten</source>
        <translation>↑ Попередні можливості</translation>
    </message>
    <message>
        <source>Weitere Möglichkeiten zeigen</source>
        <translation>Показати інші можливості</translation>
    </message>
    <message>
        <source>Vorige Möglichkeiten zeigen</source>
        <translation>Показати попередні можливості</translation>
    </message>
</context>
<context>
    <name>EidTexts</name>
    <message>
        <source>Bürgerbüro</source>
        <translation>Bürgerbüro (бюро у справах громадян)</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp …</source>
        <translation>Lotse шукає AusweisApp …</translation>
    </message>
    <message>
        <source>Die AusweisApp ist installiert, aber sie läuft nicht. Drücken Sie auf „AusweisApp starten“. Dann verbindet sich Lotse von selbst.</source>
        <translation>AusweisApp встановлено, але вона не запущена. Натисніть «Запустити AusweisApp». Тоді Lotse під’єднається сам.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist auf diesem Computer nicht installiert. Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>AusweisApp не встановлено на цьому комп’ютері. Її можна безкоштовно отримати на ausweisapp.bund.de. Lotse під’єднається сам, щойно вона запуститься.</translation>
    </message>
    <message>
        <source>Die AusweisApp läuft nicht. Bitte starten Sie die AusweisApp. Sie ist noch nicht installiert? Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>AusweisApp не запущена. Будь ласка, запустіть AusweisApp. Її ще не встановлено? Її можна безкоштовно отримати на ausweisapp.bund.de. Lotse під’єднається сам, щойно вона запуститься.</translation>
    </message>
    <message>
        <source>Ihre AusweisApp ist zu alt für Lotse (Version {0}). Bitte installieren Sie die neue Version von ausweisapp.bund.de. Das kostet nichts.</source>
        <translation>Ваша AusweisApp застара для Lotse (версія {0}). Будь ласка, встановіть нову версію з ausweisapp.bund.de. Це нічого не коштує.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie das andere Programm. Dann geht es von selbst weiter.</source>
        <translation>Зараз AusweisApp використовує інша програма. Будь ласка, закрийте іншу програму. Тоді все продовжиться само.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist weg. Lotse versucht es von selbst wieder.</source>
        <translation>Зв’язок з AusweisApp зник. Lotse сам спробує знову.</translation>
    </message>
    <message>
        <source>Kein Kartenleser gefunden. Bitte schließen Sie den Kartenleser an. Oder verbinden Sie Ihr Smartphone in der AusweisApp als Kartenleser.</source>
        <translation>Пристрій для читання карток не знайдено. Будь ласка, підключіть його. Або підключіть в AusweisApp свій смартфон як пристрій для читання карток.</translation>
    </message>
    <message>
        <source>Kartenleser gefunden. Bitte legen Sie Ihren Ausweis darauf.</source>
        <translation>Пристрій для читання знайдено. Будь ласка, покладіть на нього посвідчення.</translation>
    </message>
    <message>
        <source>Ihr Ausweis liegt auf dem Kartenleser.</source>
        <translation>Ваше посвідчення лежить на пристрої для читання.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben 3 Versuche für die PIN.</source>
        <translation>Посвідчення знайдено. У вас 3 спроби для PIN.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben noch 2 Versuche für die PIN.</source>
        <translation>Посвідчення знайдено. У вас ще 2 спроби для PIN.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben nur noch 1 Versuch. Vorher brauchen Sie die Zugangsnummer.</source>
        <translation>Посвідчення знайдено. У вас залишилася тільки 1 спроба. Перед нею потрібен номер доступу (Zugangsnummer).</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PIN ist gesperrt. Sie brauchen die PUK.</source>
        <translation>Посвідчення знайдено. PIN заблоковано. Потрібен PUK.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PUK ist aufgebraucht. Das {office} hilft.</source>
        <translation>Посвідчення знайдено. PUK вичерпано. Допоможе {office}.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die Online-Funktion ist deaktiviert, also ausgeschaltet.</source>
        <translation>Посвідчення знайдено. Онлайн-функцію деактивовано, тобто вимкнено.</translation>
    </message>
    <message>
        <source>Ausweis gefunden.</source>
        <translation>Посвідчення знайдено.</translation>
    </message>
    <message>
        <source>AusweisApp starten</source>
        <translation>Запустити AusweisApp</translation>
    </message>
    <message>
        <source>Die AusweisApp startet. Das kann einen Moment dauern. Lotse verbindet sich von selbst.</source>
        <translation>AusweisApp запускається. Це може тривати хвилинку. Lotse під’єднається сам.</translation>
    </message>
    <message>
        <source>Die AusweisApp ließ sich nicht starten. Bitte starten Sie sie selbst.</source>
        <translation>AusweisApp не вдалося запустити. Будь ласка, запустіть її самі.</translation>
    </message>
    <message>
        <source>Übungsmodus – Ihr echter Ausweis wird nicht benutzt</source>
        <translation>Режим вправи – ваше справжнє посвідчення не використовується</translation>
    </message>
    <message>
        <source>Erst üben: Übungsmodus starten</source>
        <translation>Спершу потренуватися: увімкнути режим вправи</translation>
    </message>
    <message>
        <source>Übungsmodus beenden</source>
        <translation>Закінчити вправу</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: Einmal-PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Номери навчальної картки: одноразовий PIN {0}, номер доступу {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Номери навчальної картки: PIN {0}, номер доступу {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Was möchten Sie üben?</source>
        <translation>Що ви хочете потренувати?</translation>
    </message>
    <message>
        <source>Im Übungsmodus benutzt Lotse eine Übungskarte. Ihr echter Ausweis bleibt unberührt.</source>
        <translation>У режимі вправи Lotse використовує навчальну картку. Вашого справжнього посвідчення це не стосується.</translation>
    </message>
    <message>
        <source>Auch falsche Eingaben kosten hier nichts.</source>
        <translation>Навіть неправильне введення тут нічого не коштує.</translation>
    </message>
    <message>
        <source>Die erste eigene PIN wählen, mit dem PIN-Brief</source>
        <translation>Вибрати перший власний PIN, з листом із PIN</translation>
    </message>
    <message>
        <source>Meine PIN ändern</source>
        <translation>Змінити мій PIN</translation>
    </message>
    <message>
        <source>Den letzten Versuch, mit der Zugangsnummer</source>
        <translation>Останню спробу, з номером доступу</translation>
    </message>
    <message>
        <source>Eine gesperrte PIN mit der PUK entsperren</source>
        <translation>Розблокувати PIN за допомогою PUK</translation>
    </message>
    <message>
        <source>Doch nicht üben</source>
        <translation>Не тренуватися</translation>
    </message>
    <message>
        <source>Ohne Lotse in der AusweisApp weitermachen</source>
        <translation>Продовжити в AusweisApp без Lotse</translation>
    </message>
    <message>
        <source>Bild: ein Ausweis liegt auf einem Kartenleser.</source>
        <translation>Малюнок: посвідчення лежить на пристрої для читання карток.</translation>
    </message>
    <message>
        <source>Das war eine Übung. Ihr echter Ausweis und Ihre PIN sind unverändert.</source>
        <translation>Це була вправа. Ваше справжнє посвідчення і PIN не змінилися.</translation>
    </message>
    <message>
        <source>Jetzt mit meinem echten Ausweis</source>
        <translation>Тепер із моїм справжнім посвідченням</translation>
    </message>
    <message>
        <source>Noch einmal üben</source>
        <translation>Потренуватися ще раз</translation>
    </message>
    <message>
        <source>Zurück zur Anleitung</source>
        <translation>Назад до інструкції</translation>
    </message>
    <message>
        <source>Der Übungsmodus konnte nicht starten. Bitte versuchen Sie es noch einmal.</source>
        <translation>Режим вправи не запустився. Будь ласка, спробуйте ще раз.</translation>
    </message>
    <message>
        <source>{0} von {1} Ziffern</source>
        <translation>{0} з {1} цифр</translation>
    </message>
    <message>
        <source>Ziffern zeigen</source>
        <translation>Показати цифри</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>Ziffer {0}</source>
        <translation>Цифра {0}</translation>
    </message>
    <message>
        <source>Eingabe: {0}</source>
        <translation>Введення: {0}</translation>
    </message>
    <message>
        <source>Zugangsnummer</source>
        <translation>номер доступу</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>neue PIN</source>
        <translation>новий PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Ich habe den PIN-Brief mit einer Einmal-PIN. Sie hat 5 Ziffern.</source>
        <translation>У мене є лист з одноразовим PIN. У ньому 5 цифр.</translation>
    </message>
    <message>
        <source>Ich habe schon eine eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>У мене вже є власний PIN. У ньому 6 цифр.</translation>
    </message>
    <message>
        <source>Ich kenne meine PIN nicht mehr.</source>
        <translation>Я більше не пам’ятаю свій PIN.</translation>
    </message>
    <message>
        <source>Ich gehe lieber zum {office}</source>
        <translation>Я краще піду в {office}</translation>
    </message>
    <message>
        <source>Ja, ich bin sicher. Ich gebe die PIN ein.</source>
        <translation>Так, я впевнений. Я вводжу PIN.</translation>
    </message>
    <message>
        <source>Ich habe keine PUK</source>
        <translation>У мене немає PUK</translation>
    </message>
    <message>
        <source>Ich habe eine andere PIN</source>
        <translation>У мене інший PIN</translation>
    </message>
    <message>
        <source>Trotzdem diese PIN nehmen</source>
        <translation>Все одно взяти цей PIN</translation>
    </message>
    <message>
        <source>Eine andere PIN wählen</source>
        <translation>Вибрати інший PIN</translation>
    </message>
    <message>
        <source>Bild: die Vorderseite des Ausweises. Unten rechts steht die Zugangsnummer mit 6 Ziffern. Sie ist gelb markiert.</source>
        <translation>Малюнок: лицьова сторона посвідчення. Праворуч унизу номер доступу з 6 цифр. Його позначено жовтим.</translation>
    </message>
    <message>
        <source>{0} hat {1} Ziffern. Sie haben {2} eingegeben.</source>
        <translation>{0}: {1} цифр. Ви ввели {2}.</translation>
    </message>
    <message>
        <source>Es wurde nichts gesendet. Kein Versuch ist verloren.</source>
        <translation>Нічого не надіслано. Жодну спробу не втрачено.</translation>
    </message>
    <message>
        <source>Bitte geben Sie nur Ziffern ein. Es wurde nichts gesendet.</source>
        <translation>Будь ласка, вводьте тільки цифри. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>Die PIN war nicht richtig. Sie haben noch {0} Versuche.</source>
        <translation>PIN був неправильний. Залишилося спроб: {0}.</translation>
    </message>
    <message>
        <source>Die PIN war wieder nicht richtig. Sie haben nur noch 1 Versuch.</source>
        <translation>PIN знову був неправильний. У вас залишилася тільки 1 спроба.</translation>
    </message>
    <message>
        <source>Die PIN war dreimal nicht richtig. Jetzt ist sie gesperrt.</source>
        <translation>PIN тричі був неправильний. Тепер його заблоковано.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer passte nicht. Das kostet keinen Versuch. Bitte prüfen Sie die Ziffern.</source>
        <translation>Номер доступу не підійшов. Це не забирає спробу. Будь ласка, перевірте цифри.</translation>
    </message>
    <message>
        <source>Die PUK passte nicht. Das kostet nichts. Bitte prüfen Sie die Ziffern im PIN-Brief.</source>
        <translation>PUK не підійшов. Це нічого не коштує. Будь ласка, перевірте цифри в листі з PIN.</translation>
    </message>
    <message>
        <source>Die PUK war richtig. Ihre PIN ist entsperrt. Sie haben wieder 3 Versuche.</source>
        <translation>PUK був правильний. Ваш PIN розблоковано. У вас знову 3 спроби.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer war richtig.</source>
        <translation>Номер доступу був правильний.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben waren verschieden. Bitte wählen Sie die neue PIN noch einmal.</source>
        <translation>Два введення були різні. Будь ласка, виберіть новий PIN ще раз.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat die Eingabe nicht angenommen. Das hat keinen Versuch gekostet. Bitte noch einmal.</source>
        <translation>AusweisApp не прийняла введення. Це не забрало спробу. Будь ласка, ще раз.</translation>
    </message>
    <message>
        <source>Die AusweisApp war noch nicht bereit. Es wurde nichts geändert. Bitte geben Sie die Ziffern noch einmal ein.</source>
        <translation>AusweisApp ще не була готова. Нічого не змінено. Будь ласка, введіть цифри ще раз.</translation>
    </message>
    <message>
        <source>Lotse hat eine Antwort der AusweisApp nicht verstanden. Es wurde nichts geändert. Bitte noch einmal.</source>
        <translation>Lotse не зрозумів відповідь AusweisApp. Нічого не змінено. Будь ласка, ще раз.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist wieder da. Wir fangen mit dem Ausweis neu an. Ihre Antworten sind noch da.</source>
        <translation>AusweisApp знову на зв’язку. Ми починаємо з посвідченням знову. Ваші відповіді збережено.</translation>
    </message>
    <message>
        <source>Der Ausweis liegt wieder auf. Es geht weiter.</source>
        <translation>Посвідчення знову лежить на пристрої. Продовжуємо.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer</source>
        <translation>Номер доступу</translation>
    </message>
    <message>
        <source>Die PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>Die neue PIN</source>
        <translation>Новий PIN</translation>
    </message>
    <message>
        <source>Die PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Welche PIN haben Sie?</source>
        <translation>Який у вас PIN?</translation>
    </message>
    <message>
        <source>Lotse kann das nicht selbst erkennen. Bitte wählen Sie eine Antwort.</source>
        <translation>Lotse не може визначити це сам. Будь ласка, виберіть відповідь.</translation>
    </message>
    <message>
        <source>Jetzt wird die AusweisApp gebraucht</source>
        <translation>Тепер потрібна AusweisApp</translation>
    </message>
    <message>
        <source>Lotse ändert Ihre PIN mit der AusweisApp.</source>
        <translation>Lotse змінює ваш PIN за допомогою AusweisApp.</translation>
    </message>
    <message>
        <source>Lotse spricht mit Ihrem Ausweis.</source>
        <translation>Lotse зв’язується з вашим посвідченням.</translation>
    </message>
    <message>
        <source>Bitte lassen Sie den Ausweis auf dem Kartenleser liegen.</source>
        <translation>Будь ласка, залиште посвідчення на пристрої для читання.</translation>
    </message>
    <message>
        <source>Legen Sie Ihren Ausweis auf den Kartenleser</source>
        <translation>Покладіть посвідчення на пристрій для читання карток</translation>
    </message>
    <message>
        <source>Legen Sie den Ausweis flach auf den Kartenleser.</source>
        <translation>Покладіть посвідчення рівно на пристрій для читання.</translation>
    </message>
    <message>
        <source>Lassen Sie ihn dort liegen, bis Lotse fertig ist.</source>
        <translation>Залиште його там, поки Lotse не закінчить.</translation>
    </message>
    <message>
        <source>Es geht von selbst weiter.</source>
        <translation>Далі все піде само.</translation>
    </message>
    <message>
        <source>Bitte legen Sie den Ausweis wieder auf</source>
        <translation>Будь ласка, покладіть посвідчення знову</translation>
    </message>
    <message>
        <source>Der Ausweis liegt nicht mehr auf dem Kartenleser.</source>
        <translation>Посвідчення більше не лежить на пристрої для читання.</translation>
    </message>
    <message>
        <source>Legen Sie ihn wieder auf. Dann geht es von selbst weiter.</source>
        <translation>Покладіть його знову. Тоді все продовжиться само.</translation>
    </message>
    <message>
        <source>Es ist nichts verloren.</source>
        <translation>Нічого не втрачено.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre Einmal-PIN ein</source>
        <translation>Введіть ваш одноразовий PIN</translation>
    </message>
    <message>
        <source>Sie steht in Ihrem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>Він у вашому листі з PIN. У ньому 5 цифр.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre jetzige PIN ein</source>
        <translation>Введіть ваш теперішній PIN</translation>
    </message>
    <message>
        <source>Das ist Ihre eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>Це ваш власний PIN. У ньому 6 цифр.</translation>
    </message>
    <message>
        <source>Geben Sie die Zugangsnummer ein</source>
        <translation>Введіть номер доступу</translation>
    </message>
    <message>
        <source>Vor dem letzten Versuch braucht der Ausweis die Zugangsnummer.</source>
        <translation>Перед останньою спробою посвідченню потрібен номер доступу.</translation>
    </message>
    <message>
        <source>Sie steht vorne auf dem Ausweis, unten rechts. Sie hat 6 Ziffern.</source>
        <translation>Він на лицьовій стороні посвідчення, праворуч унизу. У ньому 6 цифр.</translation>
    </message>
    <message>
        <source>Eine falsche Zugangsnummer kostet keinen Versuch.</source>
        <translation>Неправильний номер доступу не забирає спробу.</translation>
    </message>
    <message>
        <source>Sie haben nur noch 1 Versuch für Ihre PIN.</source>
        <translation>У вас залишилася тільки 1 спроба для PIN.</translation>
    </message>
    <message>
        <source>Halt: Jetzt kommt der letzte Versuch</source>
        <translation>Стоп: зараз остання спроба</translation>
    </message>
    <message>
        <source>Ist auch diese PIN falsch, wird sie gesperrt.</source>
        <translation>Якщо і цей PIN неправильний, його буде заблоковано.</translation>
    </message>
    <message>
        <source>Dann brauchen Sie die PUK aus dem PIN-Brief.</source>
        <translation>Тоді вам потрібен PUK із листа з PIN.</translation>
    </message>
    <message>
        <source>Sind Sie sicher? Wenn nicht: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Ви впевнені? Якщо ні: у {office} ви безкоштовно отримаєте новий PIN.</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt</source>
        <translation>Ваш PIN заблоковано</translation>
    </message>
    <message>
        <source>Mit der PUK können Sie die PIN entsperren.</source>
        <translation>За допомогою PUK можна розблокувати PIN.</translation>
    </message>
    <message>
        <source>Die PUK hat 10 Ziffern. Sie steht im PIN-Brief unter dem Rubbelfeld.</source>
        <translation>PUK має 10 цифр. Він у листі з PIN під захисним шаром.</translation>
    </message>
    <message>
        <source>Eine falsche PUK kostet nichts.</source>
        <translation>Неправильний PUK нічого не коштує.</translation>
    </message>
    <message>
        <source>Wählen Sie Ihre neue PIN</source>
        <translation>Виберіть ваш новий PIN</translation>
    </message>
    <message>
        <source>Die neue PIN hat 6 Ziffern.</source>
        <translation>Новий PIN має 6 цифр.</translation>
    </message>
    <message>
        <source>Nehmen Sie Ziffern, die Sie sich gut merken können.</source>
        <translation>Візьміть цифри, які легко запам’ятати.</translation>
    </message>
    <message>
        <source>Nehmen Sie nicht Ihr Geburtsdatum.</source>
        <translation>Не беріть дату народження.</translation>
    </message>
    <message>
        <source>Diese PIN ist leicht zu erraten</source>
        <translation>Цей PIN легко вгадати</translation>
    </message>
    <message>
        <source>Andere könnten sie erraten. Sie dürfen sie trotzdem nehmen.</source>
        <translation>Інші можуть його вгадати. Але ви можете все одно його взяти.</translation>
    </message>
    <message>
        <source>Geben Sie die neue PIN noch einmal ein</source>
        <translation>Введіть новий PIN ще раз</translation>
    </message>
    <message>
        <source>So prüfen wir, dass Sie sich nicht vertippt haben.</source>
        <translation>Так ми перевіряємо, що ви не помилилися.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist nicht mehr da</source>
        <translation>AusweisApp більше немає на зв’язку</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert.</source>
        <translation>Нічого не змінено.</translation>
    </message>
    <message>
        <source>Ihre Antworten bleiben erhalten.</source>
        <translation>Ваші відповіді зберігаються.</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp. Einen Moment bitte.</source>
        <translation>Lotse шукає AusweisApp. Хвилинку, будь ласка.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie es. Dann geht es von selbst weiter.</source>
        <translation>Зараз AusweisApp використовує інша програма. Будь ласка, закрийте її. Тоді все продовжиться само.</translation>
    </message>
    <message>
        <source>Die AusweisApp wurde geschlossen. Bitte starten Sie sie wieder. Dann geht es von selbst weiter.</source>
        <translation>AusweisApp закрили. Будь ласка, запустіть її знову. Тоді все продовжиться само.</translation>
    </message>
    <message>
        <source>Bitte starten Sie die AusweisApp. Dann geht es von selbst weiter.</source>
        <translation>Будь ласка, запустіть AusweisApp. Тоді все продовжиться само.</translation>
    </message>
    <message>
        <source>Sie haben noch 2 Versuche. Raten Sie bitte nicht. Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>У вас ще 2 спроби. Будь ласка, не вгадуйте. У {office} ви безкоштовно отримаєте новий PIN.</translation>
    </message>
    <message>
        <source>Das ist Ihr letzter Versuch. Geben Sie die PIN ein, nicht die Zugangsnummer.</source>
        <translation>Це ваша остання спроба. Введіть PIN, а не номер доступу.</translation>
    </message>
    <message>
        <source>Sie besteht aus lauter gleichen Ziffern.</source>
        <translation>Він складається з однакових цифр.</translation>
    </message>
    <message>
        <source>Die Ziffern folgen der Reihe nach.</source>
        <translation>Цифри йдуть по порядку.</translation>
    </message>
    <message>
        <source>Die Ziffern wiederholen sich.</source>
        <translation>Цифри повторюються.</translation>
    </message>
    <message>
        <source>Sie sieht aus wie ein Datum, zum Beispiel ein Geburtstag.</source>
        <translation>Він схожий на дату, наприклад на день народження.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Zugangsnummer am Kartenleser ein</source>
        <translation>Будь ласка, введіть номер доступу на пристрої для читання</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PUK am Kartenleser ein</source>
        <translation>Будь ласка, введіть PUK на пристрої для читання</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die neue PIN am Kartenleser ein</source>
        <translation>Будь ласка, введіть новий PIN на пристрої для читання</translation>
    </message>
    <message>
        <source>Wählen Sie 6 Ziffern. Der Kartenleser fragt die neue PIN zweimal.</source>
        <translation>Виберіть 6 цифр. Пристрій запитає новий PIN двічі.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PIN am Kartenleser ein</source>
        <translation>Будь ласка, введіть PIN на пристрої для читання</translation>
    </message>
    <message>
        <source>Das ist die Einmal-PIN aus dem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>Це одноразовий PIN із листа з PIN. У ньому 5 цифр.</translation>
    </message>
    <message>
        <source>Ihr Kartenleser hat eigene Tasten. Bestätigen Sie dort mit der OK-Taste.</source>
        <translation>У вашого пристрою є власні кнопки. Підтвердьте там кнопкою OK.</translation>
    </message>
    <message>
        <source>Lotse sieht die Ziffern nicht.</source>
        <translation>Lotse не бачить цифри.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat gemeldet: Ihre neue PIN mit 6 Ziffern gilt.</source>
        <translation>AusweisApp повідомила: ваш новий PIN з 6 цифр діє.</translation>
    </message>
    <message>
        <source>Lassen Sie den Ausweis auf dem Kartenleser liegen. Drücken Sie dann auf „Noch einmal versuchen“.</source>
        <translation>Залиште посвідчення на пристрої для читання. Потім натисніть «Спробувати ще раз».</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist abgebrochen. Das war kurz nach der neuen PIN.</source>
        <translation>Зв’язок з AusweisApp перервався. Це було одразу після нового PIN.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat noch nicht geantwortet.</source>
        <translation>AusweisApp ще не відповіла.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat nicht gemeldet, dass es geklappt hat. Die neue PIN war aber vielleicht schon beim Ausweis.</source>
        <translation>AusweisApp не повідомила, що все вдалося. Але новий PIN, можливо, вже дійшов до посвідчення.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob die PIN geändert ist</source>
        <translation>Ми не знаємо точно, чи змінено PIN</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht. Auf der nächsten Seite steht, was Sie sicher tun können.</source>
        <translation>Будь ласка, не вгадуйте. На наступній сторінці написано, що можна зробити без ризику.</translation>
    </message>
    <message>
        <source>Im {office} bekommen Sie eine neue PIN. Ihre alte PIN brauchen Sie dort nicht.</source>
        <translation>У {office} ви отримаєте новий PIN. Старий PIN там не потрібен.</translation>
    </message>
    <message>
        <source>Die Online-Funktion ist deaktiviert</source>
        <translation>Онлайн-функцію деактивовано</translation>
    </message>
    <message>
        <source>Übung geschafft</source>
        <translation>Вправу виконано</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. So geht es auch mit Ihrem echten Ausweis.</source>
        <translation>Це була тільки вправа. Із справжнім посвідченням усе так само.</translation>
    </message>
    <message>
        <source>An Ihrem echten Ausweis hat sich nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>У вашому справжньому посвідченні нічого не змінилося. Ваш PIN такий самий, як раніше.</translation>
    </message>
    <message>
        <source>Übung beendet: {0}</source>
        <translation>Вправу закінчено: {0}</translation>
    </message>
    <message>
        <source>Wir warten auf die AusweisApp</source>
        <translation>Ми чекаємо на AusweisApp</translation>
    </message>
    <message>
        <source>Sie haben „Abbrechen“ gedrückt.</source>
        <translation>Ви натиснули «Скасувати».</translation>
    </message>
    <message>
        <source>Die neue PIN war vielleicht schon beim Ausweis.</source>
        <translation>Новий PIN, можливо, вже дійшов до посвідчення.</translation>
    </message>
    <message>
        <source>Die AusweisApp sagt uns gleich, ob sie gilt. Bitte lassen Sie den Ausweis liegen.</source>
        <translation>AusweisApp зараз скаже, чи він діє. Будь ласка, не забирайте посвідчення.</translation>
    </message>
    <message>
        <source>Nicht mehr warten</source>
        <translation>Більше не чекати</translation>
    </message>
    <message>
        <source>Die Einmal-PIN aus dem Brief gilt nicht mehr.</source>
        <translation>Одноразовий PIN із листа більше не діє.</translation>
    </message>
    <message>
        <source>Die alte PIN gilt nicht mehr.</source>
        <translation>Старий PIN більше не діє.</translation>
    </message>
    <message>
        <source>Geschafft: Ihre neue PIN gilt</source>
        <translation>Готово: ваш новий PIN діє</translation>
    </message>
    <message>
        <source>Sie haben aufgehört</source>
        <translation>Ви зупинилися</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Нічого не змінено. Ваш PIN такий самий, як раніше.</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert</source>
        <translation>Нічого не змінено</translation>
    </message>
    <message>
        <source>Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Ваш PIN такий самий, як раніше.</translation>
    </message>
    <message>
        <source>Vielleicht gilt schon die neue PIN. Vielleicht gilt noch die alte.</source>
        <translation>Можливо, вже діє новий PIN. Можливо, ще старий.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht</source>
        <translation>Будь ласка, не вгадуйте</translation>
    </message>
    <message>
        <source>Jeder falsche Versuch zählt. Nach 3 falschen Versuchen ist die PIN gesperrt.</source>
        <translation>Кожна неправильна спроба рахується. Після 3 неправильних спроб PIN заблоковано.</translation>
    </message>
    <message>
        <source>Das {office} hilft Ihnen</source>
        <translation>Вам допоможе {office}</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt. Ohne PUK hilft das {office}.</source>
        <translation>Ваш PIN заблоковано. Без PUK допоможе {office}.</translation>
    </message>
    <message>
        <source>Ihr Ausweis kann sich noch nicht online ausweisen.</source>
        <translation>Ваше посвідчення поки не працює в інтернеті.</translation>
    </message>
    <message>
        <source>Die PUK ist aufgebraucht</source>
        <translation>PUK вичерпано</translation>
    </message>
    <message>
        <source>Die PUK wurde schon 10-mal benutzt. Jetzt hilft nur das {office}.</source>
        <translation>PUK уже використано 10 разів. Тепер допоможе тільки {office}.</translation>
    </message>
    <message>
        <source>Gut, dass Sie nicht raten</source>
        <translation>Добре, що ви не вгадуєте</translation>
    </message>
    <message>
        <source>Wir prüfen Ihren Ausweis</source>
        <translation>Ми перевіряємо ваше посвідчення</translation>
    </message>
    <message>
        <source>Lotse fragt die AusweisApp, wie es Ihrem Ausweis geht.</source>
        <translation>Lotse питає AusweisApp про стан вашого посвідчення.</translation>
    </message>
    <message>
        <source>Dabei wird keine PIN gebraucht. Es wird nichts verändert.</source>
        <translation>PIN для цього не потрібен. Нічого не змінюється.</translation>
    </message>
    <message>
        <source>Ohne Kartenleser weiter</source>
        <translation>Далі без пристрою для читання</translation>
    </message>
    <message>
        <source>PIN ändern</source>
        <translation>Змінити PIN</translation>
    </message>
    <message>
        <source>Die Einmal-PIN steht im PIN-Brief und hat 5 Ziffern. Ihre eigene PIN hat 6 Ziffern. Die Zugangsnummer steht vorne auf dem Ausweis, unten rechts. Die PUK steht im PIN-Brief unter dem Rubbelfeld. Wenn Sie unsicher sind: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Одноразовий PIN є в листі з PIN, у ньому 5 цифр. У вашому власному PIN 6 цифр. Номер доступу на лицьовій стороні посвідчення, праворуч унизу. PUK у листі з PIN під захисним шаром. Якщо ви не впевнені: у {office} ви безкоштовно отримаєте новий PIN.</translation>
    </message>
</context>
</TS>
