<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="de">
<context>
    <name>EidLayout</name>
    <message>
        <source>Weitere Möglichkeiten ↓</source>
        <translation>Другие возможности ↓</translation>
    </message>
    <message>
        <source>↑ Vorige Möglichkeiten</source>
        <translation>↑ Предыдущие возможности</translation>
    </message>
    <message>
        <source>Weitere Möglichkeiten zeigen</source>
        <translation>Показать другие возможности</translation>
    </message>
    <message>
        <source>Vorige Möglichkeiten zeigen</source>
        <translation>Показать предыдущие возможности</translation>
    </message>
</context>
<context>
    <name>EidTexts</name>
    <message>
        <source>Bürgerbüro</source>
        <translation>Bürgerbüro (бюро по делам граждан)</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp …</source>
        <translation>Lotse ищет AusweisApp …</translation>
    </message>
    <message>
        <source>Die AusweisApp ist installiert, aber sie läuft nicht. Drücken Sie auf „AusweisApp starten“. Dann verbindet sich Lotse von selbst.</source>
        <translation>AusweisApp установлена, но не запущена. Нажмите «Запустить AusweisApp». Тогда Lotse подключится сам.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist auf diesem Computer nicht installiert. Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>AusweisApp не установлена на этом компьютере. Её можно бесплатно получить на ausweisapp.bund.de. Lotse подключится сам, как только она запустится.</translation>
    </message>
    <message>
        <source>Die AusweisApp läuft nicht. Bitte starten Sie die AusweisApp. Sie ist noch nicht installiert? Sie bekommen sie kostenlos auf ausweisapp.bund.de. Lotse verbindet sich von selbst, sobald sie läuft.</source>
        <translation>AusweisApp не запущена. Пожалуйста, запустите AusweisApp. Она ещё не установлена? Её можно бесплатно получить на ausweisapp.bund.de. Lotse подключится сам, как только она запустится.</translation>
    </message>
    <message>
        <source>Ihre AusweisApp ist zu alt für Lotse (Version {0}). Bitte installieren Sie die neue Version von ausweisapp.bund.de. Das kostet nichts.</source>
        <translation>Ваша AusweisApp слишком старая для Lotse (версия {0}). Пожалуйста, установите новую версию с ausweisapp.bund.de. Это ничего не стоит.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie das andere Programm. Dann geht es von selbst weiter.</source>
        <translation>Сейчас AusweisApp использует другая программа. Пожалуйста, закройте другую программу. Тогда всё продолжится само.</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist weg. Lotse versucht es von selbst wieder.</source>
        <translation>Связь с AusweisApp пропала. Lotse сам попробует снова.</translation>
    </message>
    <message>
        <source>Kein Kartenleser gefunden. Bitte schließen Sie den Kartenleser an. Oder verbinden Sie Ihr Smartphone in der AusweisApp als Kartenleser.</source>
        <translation>Устройство чтения карт не найдено. Пожалуйста, подключите его. Или подключите в AusweisApp ваш смартфон как устройство чтения карт.</translation>
    </message>
    <message>
        <source>Kartenleser gefunden. Bitte legen Sie Ihren Ausweis darauf.</source>
        <translation>Устройство чтения найдено. Пожалуйста, положите на него удостоверение.</translation>
    </message>
    <message>
        <source>Ihr Ausweis liegt auf dem Kartenleser.</source>
        <translation>Ваше удостоверение лежит на устройстве чтения.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben 3 Versuche für die PIN.</source>
        <translation>Удостоверение найдено. У вас 3 попытки для PIN.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben noch 2 Versuche für die PIN.</source>
        <translation>Удостоверение найдено. У вас ещё 2 попытки для PIN.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Sie haben nur noch 1 Versuch. Vorher brauchen Sie die Zugangsnummer.</source>
        <translation>Удостоверение найдено. У вас осталась только 1 попытка. Перед ней нужен номер доступа (Zugangsnummer).</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PIN ist gesperrt. Sie brauchen die PUK.</source>
        <translation>Удостоверение найдено. PIN заблокирован. Нужен PUK.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die PUK ist aufgebraucht. Das {office} hilft.</source>
        <translation>Удостоверение найдено. PUK израсходован. Поможет {office}.</translation>
    </message>
    <message>
        <source>Ausweis gefunden. Die Online-Funktion ist deaktiviert, also ausgeschaltet.</source>
        <translation>Удостоверение найдено. Онлайн-функция деактивирована, то есть выключена.</translation>
    </message>
    <message>
        <source>Ausweis gefunden.</source>
        <translation>Удостоверение найдено.</translation>
    </message>
    <message>
        <source>AusweisApp starten</source>
        <translation>Запустить AusweisApp</translation>
    </message>
    <message>
        <source>Die AusweisApp startet. Das kann einen Moment dauern. Lotse verbindet sich von selbst.</source>
        <translation>AusweisApp запускается. Это может занять немного времени. Lotse подключится сам.</translation>
    </message>
    <message>
        <source>Die AusweisApp ließ sich nicht starten. Bitte starten Sie sie selbst.</source>
        <translation>AusweisApp не удалось запустить. Пожалуйста, запустите её сами.</translation>
    </message>
    <message>
        <source>Übungsmodus – Ihr echter Ausweis wird nicht benutzt</source>
        <translation>Режим упражнения – ваше настоящее удостоверение не используется</translation>
    </message>
    <message>
        <source>Erst üben: Übungsmodus starten</source>
        <translation>Сначала потренироваться: включить режим упражнения</translation>
    </message>
    <message>
        <source>Übungsmodus beenden</source>
        <translation>Закончить упражнение</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: Einmal-PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Номера учебной карты: разовый PIN {0}, номер доступа {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Zahlen der Übungskarte: PIN {0}, Zugangsnummer {1}, PUK {2}.</source>
        <translation>Номера учебной карты: PIN {0}, номер доступа {1}, PUK {2}.</translation>
    </message>
    <message>
        <source>Was möchten Sie üben?</source>
        <translation>Что вы хотите потренировать?</translation>
    </message>
    <message>
        <source>Im Übungsmodus benutzt Lotse eine Übungskarte. Ihr echter Ausweis bleibt unberührt.</source>
        <translation>В режиме упражнения Lotse использует учебную карту. Ваше настоящее удостоверение не затрагивается.</translation>
    </message>
    <message>
        <source>Auch falsche Eingaben kosten hier nichts.</source>
        <translation>Здесь даже неверный ввод ничего не стоит.</translation>
    </message>
    <message>
        <source>Die erste eigene PIN wählen, mit dem PIN-Brief</source>
        <translation>Выбрать первый свой PIN, с письмом с PIN</translation>
    </message>
    <message>
        <source>Meine PIN ändern</source>
        <translation>Изменить мой PIN</translation>
    </message>
    <message>
        <source>Den letzten Versuch, mit der Zugangsnummer</source>
        <translation>Последнюю попытку, с номером доступа</translation>
    </message>
    <message>
        <source>Eine gesperrte PIN mit der PUK entsperren</source>
        <translation>Разблокировать PIN с помощью PUK</translation>
    </message>
    <message>
        <source>Doch nicht üben</source>
        <translation>Не тренироваться</translation>
    </message>
    <message>
        <source>Ohne Lotse in der AusweisApp weitermachen</source>
        <translation>Продолжить в AusweisApp без Lotse</translation>
    </message>
    <message>
        <source>Bild: ein Ausweis liegt auf einem Kartenleser.</source>
        <translation>Рисунок: удостоверение лежит на устройстве чтения карт.</translation>
    </message>
    <message>
        <source>Das war eine Übung. Ihr echter Ausweis und Ihre PIN sind unverändert.</source>
        <translation>Это было упражнение. Ваше настоящее удостоверение и PIN не изменились.</translation>
    </message>
    <message>
        <source>Jetzt mit meinem echten Ausweis</source>
        <translation>Теперь с моим настоящим удостоверением</translation>
    </message>
    <message>
        <source>Noch einmal üben</source>
        <translation>Потренироваться ещё раз</translation>
    </message>
    <message>
        <source>Zurück zur Anleitung</source>
        <translation>Назад к инструкции</translation>
    </message>
    <message>
        <source>Der Übungsmodus konnte nicht starten. Bitte versuchen Sie es noch einmal.</source>
        <translation>Режим упражнения не запустился. Пожалуйста, попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{0} von {1} Ziffern</source>
        <translation>{0} из {1} цифр</translation>
    </message>
    <message>
        <source>Ziffern zeigen</source>
        <translation>Показать цифры</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Ziffer {0}</source>
        <translation>Цифра {0}</translation>
    </message>
    <message>
        <source>Eingabe: {0}</source>
        <translation>Ввод: {0}</translation>
    </message>
    <message>
        <source>Zugangsnummer</source>
        <translation>номер доступа</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>neue PIN</source>
        <translation>новый PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Ich habe den PIN-Brief mit einer Einmal-PIN. Sie hat 5 Ziffern.</source>
        <translation>У меня есть письмо с разовым PIN. В нём 5 цифр.</translation>
    </message>
    <message>
        <source>Ich habe schon eine eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>У меня уже есть свой PIN. В нём 6 цифр.</translation>
    </message>
    <message>
        <source>Ich kenne meine PIN nicht mehr.</source>
        <translation>Я больше не помню свой PIN.</translation>
    </message>
    <message>
        <source>Ich gehe lieber zum {office}</source>
        <translation>Я лучше пойду в {office}</translation>
    </message>
    <message>
        <source>Ja, ich bin sicher. Ich gebe die PIN ein.</source>
        <translation>Да, я уверен. Я ввожу PIN.</translation>
    </message>
    <message>
        <source>Ich habe keine PUK</source>
        <translation>У меня нет PUK</translation>
    </message>
    <message>
        <source>Ich habe eine andere PIN</source>
        <translation>У меня другой PIN</translation>
    </message>
    <message>
        <source>Trotzdem diese PIN nehmen</source>
        <translation>Всё равно взять этот PIN</translation>
    </message>
    <message>
        <source>Eine andere PIN wählen</source>
        <translation>Выбрать другой PIN</translation>
    </message>
    <message>
        <source>Bild: die Vorderseite des Ausweises. Unten rechts steht die Zugangsnummer mit 6 Ziffern. Sie ist gelb markiert.</source>
        <translation>Рисунок: лицевая сторона удостоверения. Справа внизу номер доступа из 6 цифр. Он отмечен жёлтым.</translation>
    </message>
    <message>
        <source>{0} hat {1} Ziffern. Sie haben {2} eingegeben.</source>
        <translation>{0}: {1} цифр. Вы ввели {2}.</translation>
    </message>
    <message>
        <source>Es wurde nichts gesendet. Kein Versuch ist verloren.</source>
        <translation>Ничего не отправлено. Ни одна попытка не потеряна.</translation>
    </message>
    <message>
        <source>Bitte geben Sie nur Ziffern ein. Es wurde nichts gesendet.</source>
        <translation>Пожалуйста, вводите только цифры. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>Die PIN war nicht richtig. Sie haben noch {0} Versuche.</source>
        <translation>PIN был неверным. У вас ещё {0} попытки.</translation>
    </message>
    <message>
        <source>Die PIN war wieder nicht richtig. Sie haben nur noch 1 Versuch.</source>
        <translation>PIN снова был неверным. У вас осталась только 1 попытка.</translation>
    </message>
    <message>
        <source>Die PIN war dreimal nicht richtig. Jetzt ist sie gesperrt.</source>
        <translation>PIN трижды был неверным. Теперь он заблокирован.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer passte nicht. Das kostet keinen Versuch. Bitte prüfen Sie die Ziffern.</source>
        <translation>Номер доступа не подошёл. Это не стоит попытки. Пожалуйста, проверьте цифры.</translation>
    </message>
    <message>
        <source>Die PUK passte nicht. Das kostet nichts. Bitte prüfen Sie die Ziffern im PIN-Brief.</source>
        <translation>PUK не подошёл. Это ничего не стоит. Пожалуйста, проверьте цифры в письме с PIN.</translation>
    </message>
    <message>
        <source>Die PUK war richtig. Ihre PIN ist entsperrt. Sie haben wieder 3 Versuche.</source>
        <translation>PUK был верным. Ваш PIN разблокирован. У вас снова 3 попытки.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer war richtig.</source>
        <translation>Номер доступа был верным.</translation>
    </message>
    <message>
        <source>Die beiden Eingaben waren verschieden. Bitte wählen Sie die neue PIN noch einmal.</source>
        <translation>Два ввода были разными. Пожалуйста, выберите новый PIN ещё раз.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat die Eingabe nicht angenommen. Das hat keinen Versuch gekostet. Bitte noch einmal.</source>
        <translation>AusweisApp не приняла ввод. Это не стоило попытки. Пожалуйста, ещё раз.</translation>
    </message>
    <message>
        <source>Die AusweisApp war noch nicht bereit. Es wurde nichts geändert. Bitte geben Sie die Ziffern noch einmal ein.</source>
        <translation>AusweisApp ещё не была готова. Ничего не изменено. Пожалуйста, введите цифры ещё раз.</translation>
    </message>
    <message>
        <source>Lotse hat eine Antwort der AusweisApp nicht verstanden. Es wurde nichts geändert. Bitte noch einmal.</source>
        <translation>Lotse не понял ответ AusweisApp. Ничего не изменено. Пожалуйста, ещё раз.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist wieder da. Wir fangen mit dem Ausweis neu an. Ihre Antworten sind noch da.</source>
        <translation>AusweisApp снова на связи. Мы начинаем с удостоверением заново. Ваши ответы сохранены.</translation>
    </message>
    <message>
        <source>Der Ausweis liegt wieder auf. Es geht weiter.</source>
        <translation>Удостоверение снова лежит на устройстве. Продолжаем.</translation>
    </message>
    <message>
        <source>Die Zugangsnummer</source>
        <translation>Номер доступа</translation>
    </message>
    <message>
        <source>Die PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>Die neue PIN</source>
        <translation>Новый PIN</translation>
    </message>
    <message>
        <source>Die PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Welche PIN haben Sie?</source>
        <translation>Какой у вас PIN?</translation>
    </message>
    <message>
        <source>Lotse kann das nicht selbst erkennen. Bitte wählen Sie eine Antwort.</source>
        <translation>Lotse не может определить это сам. Пожалуйста, выберите ответ.</translation>
    </message>
    <message>
        <source>Jetzt wird die AusweisApp gebraucht</source>
        <translation>Теперь нужна AusweisApp</translation>
    </message>
    <message>
        <source>Lotse ändert Ihre PIN mit der AusweisApp.</source>
        <translation>Lotse меняет ваш PIN с помощью AusweisApp.</translation>
    </message>
    <message>
        <source>Lotse spricht mit Ihrem Ausweis.</source>
        <translation>Lotse связывается с вашим удостоверением.</translation>
    </message>
    <message>
        <source>Bitte lassen Sie den Ausweis auf dem Kartenleser liegen.</source>
        <translation>Пожалуйста, оставьте удостоверение на устройстве чтения.</translation>
    </message>
    <message>
        <source>Legen Sie Ihren Ausweis auf den Kartenleser</source>
        <translation>Положите удостоверение на устройство чтения карт</translation>
    </message>
    <message>
        <source>Legen Sie den Ausweis flach auf den Kartenleser.</source>
        <translation>Положите удостоверение ровно на устройство чтения.</translation>
    </message>
    <message>
        <source>Lassen Sie ihn dort liegen, bis Lotse fertig ist.</source>
        <translation>Оставьте его там, пока Lotse не закончит.</translation>
    </message>
    <message>
        <source>Es geht von selbst weiter.</source>
        <translation>Дальше всё пойдёт само.</translation>
    </message>
    <message>
        <source>Bitte legen Sie den Ausweis wieder auf</source>
        <translation>Пожалуйста, положите удостоверение снова</translation>
    </message>
    <message>
        <source>Der Ausweis liegt nicht mehr auf dem Kartenleser.</source>
        <translation>Удостоверение больше не лежит на устройстве чтения.</translation>
    </message>
    <message>
        <source>Legen Sie ihn wieder auf. Dann geht es von selbst weiter.</source>
        <translation>Положите его снова. Тогда всё продолжится само.</translation>
    </message>
    <message>
        <source>Es ist nichts verloren.</source>
        <translation>Ничего не потеряно.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre Einmal-PIN ein</source>
        <translation>Введите ваш разовый PIN</translation>
    </message>
    <message>
        <source>Sie steht in Ihrem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>Он в вашем письме с PIN. В нём 5 цифр.</translation>
    </message>
    <message>
        <source>Geben Sie Ihre jetzige PIN ein</source>
        <translation>Введите ваш нынешний PIN</translation>
    </message>
    <message>
        <source>Das ist Ihre eigene PIN. Sie hat 6 Ziffern.</source>
        <translation>Это ваш собственный PIN. В нём 6 цифр.</translation>
    </message>
    <message>
        <source>Geben Sie die Zugangsnummer ein</source>
        <translation>Введите номер доступа</translation>
    </message>
    <message>
        <source>Vor dem letzten Versuch braucht der Ausweis die Zugangsnummer.</source>
        <translation>Перед последней попыткой удостоверению нужен номер доступа.</translation>
    </message>
    <message>
        <source>Sie steht vorne auf dem Ausweis, unten rechts. Sie hat 6 Ziffern.</source>
        <translation>Он на лицевой стороне удостоверения, справа внизу. В нём 6 цифр.</translation>
    </message>
    <message>
        <source>Eine falsche Zugangsnummer kostet keinen Versuch.</source>
        <translation>Неверный номер доступа не стоит попытки.</translation>
    </message>
    <message>
        <source>Sie haben nur noch 1 Versuch für Ihre PIN.</source>
        <translation>У вас осталась только 1 попытка для PIN.</translation>
    </message>
    <message>
        <source>Halt: Jetzt kommt der letzte Versuch</source>
        <translation>Стоп: сейчас последняя попытка</translation>
    </message>
    <message>
        <source>Ist auch diese PIN falsch, wird sie gesperrt.</source>
        <translation>Если и этот PIN неверный, он будет заблокирован.</translation>
    </message>
    <message>
        <source>Dann brauchen Sie die PUK aus dem PIN-Brief.</source>
        <translation>Тогда вам нужен PUK из письма с PIN.</translation>
    </message>
    <message>
        <source>Sind Sie sicher? Wenn nicht: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Вы уверены? Если нет: в {office} вы бесплатно получите новый PIN.</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt</source>
        <translation>Ваш PIN заблокирован</translation>
    </message>
    <message>
        <source>Mit der PUK können Sie die PIN entsperren.</source>
        <translation>С помощью PUK можно разблокировать PIN.</translation>
    </message>
    <message>
        <source>Die PUK hat 10 Ziffern. Sie steht im PIN-Brief unter dem Rubbelfeld.</source>
        <translation>В PUK 10 цифр. Он в письме с PIN под защитным слоем.</translation>
    </message>
    <message>
        <source>Eine falsche PUK kostet nichts.</source>
        <translation>Неверный PUK ничего не стоит.</translation>
    </message>
    <message>
        <source>Wählen Sie Ihre neue PIN</source>
        <translation>Выберите ваш новый PIN</translation>
    </message>
    <message>
        <source>Die neue PIN hat 6 Ziffern.</source>
        <translation>В новом PIN 6 цифр.</translation>
    </message>
    <message>
        <source>Nehmen Sie Ziffern, die Sie sich gut merken können.</source>
        <translation>Возьмите цифры, которые легко запомнить.</translation>
    </message>
    <message>
        <source>Nehmen Sie nicht Ihr Geburtsdatum.</source>
        <translation>Не берите дату рождения.</translation>
    </message>
    <message>
        <source>Diese PIN ist leicht zu erraten</source>
        <translation>Этот PIN легко угадать</translation>
    </message>
    <message>
        <source>Andere könnten sie erraten. Sie dürfen sie trotzdem nehmen.</source>
        <translation>Другие могут его угадать. Но вы можете всё равно его взять.</translation>
    </message>
    <message>
        <source>Geben Sie die neue PIN noch einmal ein</source>
        <translation>Введите новый PIN ещё раз</translation>
    </message>
    <message>
        <source>So prüfen wir, dass Sie sich nicht vertippt haben.</source>
        <translation>Так мы проверяем, что вы не ошиблись.</translation>
    </message>
    <message>
        <source>Die AusweisApp ist nicht mehr da</source>
        <translation>AusweisApp больше нет на связи</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Ihre Antworten bleiben erhalten.</source>
        <translation>Ваши ответы сохраняются.</translation>
    </message>
    <message>
        <source>Lotse sucht die AusweisApp. Einen Moment bitte.</source>
        <translation>Lotse ищет AusweisApp. Минуточку.</translation>
    </message>
    <message>
        <source>Ein anderes Programm benutzt gerade die AusweisApp. Bitte schließen Sie es. Dann geht es von selbst weiter.</source>
        <translation>Сейчас AusweisApp использует другая программа. Пожалуйста, закройте её. Тогда всё продолжится само.</translation>
    </message>
    <message>
        <source>Die AusweisApp wurde geschlossen. Bitte starten Sie sie wieder. Dann geht es von selbst weiter.</source>
        <translation>AusweisApp была закрыта. Пожалуйста, запустите её снова. Тогда всё продолжится само.</translation>
    </message>
    <message>
        <source>Bitte starten Sie die AusweisApp. Dann geht es von selbst weiter.</source>
        <translation>Пожалуйста, запустите AusweisApp. Тогда всё продолжится само.</translation>
    </message>
    <message>
        <source>Sie haben noch 2 Versuche. Raten Sie bitte nicht. Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>У вас ещё 2 попытки. Пожалуйста, не угадывайте. В {office} вы бесплатно получите новый PIN.</translation>
    </message>
    <message>
        <source>Das ist Ihr letzter Versuch. Geben Sie die PIN ein, nicht die Zugangsnummer.</source>
        <translation>Это ваша последняя попытка. Введите PIN, а не номер доступа.</translation>
    </message>
    <message>
        <source>Sie besteht aus lauter gleichen Ziffern.</source>
        <translation>Он состоит из одинаковых цифр.</translation>
    </message>
    <message>
        <source>Die Ziffern folgen der Reihe nach.</source>
        <translation>Цифры идут по порядку.</translation>
    </message>
    <message>
        <source>Die Ziffern wiederholen sich.</source>
        <translation>Цифры повторяются.</translation>
    </message>
    <message>
        <source>Sie sieht aus wie ein Datum, zum Beispiel ein Geburtstag.</source>
        <translation>Он похож на дату, например на день рождения.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Zugangsnummer am Kartenleser ein</source>
        <translation>Пожалуйста, введите номер доступа на устройстве чтения</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PUK am Kartenleser ein</source>
        <translation>Пожалуйста, введите PUK на устройстве чтения</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die neue PIN am Kartenleser ein</source>
        <translation>Пожалуйста, введите новый PIN на устройстве чтения</translation>
    </message>
    <message>
        <source>Wählen Sie 6 Ziffern. Der Kartenleser fragt die neue PIN zweimal.</source>
        <translation>Выберите 6 цифр. Устройство спросит новый PIN дважды.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die PIN am Kartenleser ein</source>
        <translation>Пожалуйста, введите PIN на устройстве чтения</translation>
    </message>
    <message>
        <source>Das ist die Einmal-PIN aus dem PIN-Brief. Sie hat 5 Ziffern.</source>
        <translation>Это разовый PIN из письма с PIN. В нём 5 цифр.</translation>
    </message>
    <message>
        <source>Ihr Kartenleser hat eigene Tasten. Bestätigen Sie dort mit der OK-Taste.</source>
        <translation>У вашего устройства есть свои кнопки. Подтвердите там кнопкой OK.</translation>
    </message>
    <message>
        <source>Lotse sieht die Ziffern nicht.</source>
        <translation>Lotse не видит цифры.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat gemeldet: Ihre neue PIN mit 6 Ziffern gilt.</source>
        <translation>AusweisApp сообщила: ваш новый PIN из 6 цифр действует.</translation>
    </message>
    <message>
        <source>Lassen Sie den Ausweis auf dem Kartenleser liegen. Drücken Sie dann auf „Noch einmal versuchen“.</source>
        <translation>Оставьте удостоверение на устройстве чтения. Потом нажмите «Попробовать ещё раз».</translation>
    </message>
    <message>
        <source>Die Verbindung zur AusweisApp ist abgebrochen. Das war kurz nach der neuen PIN.</source>
        <translation>Связь с AusweisApp прервалась. Это было сразу после нового PIN.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat noch nicht geantwortet.</source>
        <translation>AusweisApp ещё не ответила.</translation>
    </message>
    <message>
        <source>Die AusweisApp hat nicht gemeldet, dass es geklappt hat. Die neue PIN war aber vielleicht schon beim Ausweis.</source>
        <translation>AusweisApp не сообщила, что всё получилось. Но новый PIN, возможно, уже дошёл до удостоверения.</translation>
    </message>
    <message>
        <source>Wir wissen nicht sicher, ob die PIN geändert ist</source>
        <translation>Мы не знаем точно, изменён ли PIN</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht. Auf der nächsten Seite steht, was Sie sicher tun können.</source>
        <translation>Пожалуйста, не угадывайте. На следующей странице написано, что можно сделать без риска.</translation>
    </message>
    <message>
        <source>Im {office} bekommen Sie eine neue PIN. Ihre alte PIN brauchen Sie dort nicht.</source>
        <translation>В {office} вы получите новый PIN. Старый PIN там не нужен.</translation>
    </message>
    <message>
        <source>Die Online-Funktion ist deaktiviert</source>
        <translation>Онлайн-функция деактивирована</translation>
    </message>
    <message>
        <source>Übung geschafft</source>
        <translation>Упражнение выполнено</translation>
    </message>
    <message>
        <source>Das war nur eine Übung. So geht es auch mit Ihrem echten Ausweis.</source>
        <translation>Это было только упражнение. С настоящим удостоверением всё так же.</translation>
    </message>
    <message>
        <source>An Ihrem echten Ausweis hat sich nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>В вашем настоящем удостоверении ничего не изменилось. Ваш PIN прежний.</translation>
    </message>
    <message>
        <source>Übung beendet: {0}</source>
        <translation>Упражнение закончено: {0}</translation>
    </message>
    <message>
        <source>Wir warten auf die AusweisApp</source>
        <translation>Мы ждём AusweisApp</translation>
    </message>
    <message>
        <source>Sie haben „Abbrechen“ gedrückt.</source>
        <translation>Вы нажали «Отмена».</translation>
    </message>
    <message>
        <source>Die neue PIN war vielleicht schon beim Ausweis.</source>
        <translation>Новый PIN, возможно, уже дошёл до удостоверения.</translation>
    </message>
    <message>
        <source>Die AusweisApp sagt uns gleich, ob sie gilt. Bitte lassen Sie den Ausweis liegen.</source>
        <translation>AusweisApp сейчас скажет, действует ли он. Пожалуйста, не убирайте удостоверение.</translation>
    </message>
    <message>
        <source>Nicht mehr warten</source>
        <translation>Больше не ждать</translation>
    </message>
    <message>
        <source>Die Einmal-PIN aus dem Brief gilt nicht mehr.</source>
        <translation>Разовый PIN из письма больше не действует.</translation>
    </message>
    <message>
        <source>Die alte PIN gilt nicht mehr.</source>
        <translation>Старый PIN больше не действует.</translation>
    </message>
    <message>
        <source>Geschafft: Ihre neue PIN gilt</source>
        <translation>Готово: ваш новый PIN действует</translation>
    </message>
    <message>
        <source>Sie haben aufgehört</source>
        <translation>Вы остановились</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert. Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Ничего не изменено. Ваш PIN прежний.</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message>
        <source>Ihre PIN ist dieselbe wie vorher.</source>
        <translation>Ваш PIN прежний.</translation>
    </message>
    <message>
        <source>Vielleicht gilt schon die neue PIN. Vielleicht gilt noch die alte.</source>
        <translation>Возможно, уже действует новый PIN. Возможно, ещё старый.</translation>
    </message>
    <message>
        <source>Bitte raten Sie nicht</source>
        <translation>Пожалуйста, не угадывайте</translation>
    </message>
    <message>
        <source>Jeder falsche Versuch zählt. Nach 3 falschen Versuchen ist die PIN gesperrt.</source>
        <translation>Каждая неверная попытка считается. После 3 неверных попыток PIN заблокирован.</translation>
    </message>
    <message>
        <source>Das {office} hilft Ihnen</source>
        <translation>Вам поможет {office}</translation>
    </message>
    <message>
        <source>Ihre PIN ist gesperrt. Ohne PUK hilft das {office}.</source>
        <translation>Ваш PIN заблокирован. Без PUK поможет {office}.</translation>
    </message>
    <message>
        <source>Ihr Ausweis kann sich noch nicht online ausweisen.</source>
        <translation>Ваше удостоверение пока не работает в интернете.</translation>
    </message>
    <message>
        <source>Die PUK ist aufgebraucht</source>
        <translation>PUK израсходован</translation>
    </message>
    <message>
        <source>Die PUK wurde schon 10-mal benutzt. Jetzt hilft nur das {office}.</source>
        <translation>PUK уже использован 10 раз. Теперь поможет только {office}.</translation>
    </message>
    <message>
        <source>Gut, dass Sie nicht raten</source>
        <translation>Хорошо, что вы не угадываете</translation>
    </message>
    <message>
        <source>Wir prüfen Ihren Ausweis</source>
        <translation>Мы проверяем ваше удостоверение</translation>
    </message>
    <message>
        <source>Lotse fragt die AusweisApp, wie es Ihrem Ausweis geht.</source>
        <translation>Lotse спрашивает AusweisApp о состоянии вашего удостоверения.</translation>
    </message>
    <message>
        <source>Dabei wird keine PIN gebraucht. Es wird nichts verändert.</source>
        <translation>PIN для этого не нужен. Ничего не меняется.</translation>
    </message>
    <message>
        <source>Ohne Kartenleser weiter</source>
        <translation>Дальше без устройства чтения</translation>
    </message>
    <message>
        <source>PIN ändern</source>
        <translation>Изменить PIN</translation>
    </message>
    <message>
        <source>Die Einmal-PIN steht im PIN-Brief und hat 5 Ziffern. Ihre eigene PIN hat 6 Ziffern. Die Zugangsnummer steht vorne auf dem Ausweis, unten rechts. Die PUK steht im PIN-Brief unter dem Rubbelfeld. Wenn Sie unsicher sind: Im {office} bekommen Sie kostenlos eine neue PIN.</source>
        <translation>Разовый PIN есть в письме с PIN, в нём 5 цифр. В вашем собственном PIN 6 цифр. Номер доступа на лицевой стороне удостоверения, справа внизу. PUK в письме с PIN под защитным слоем. Если вы не уверены: в {office} вы бесплатно получите новый PIN.</translation>
    </message>
</context>
</TS>
