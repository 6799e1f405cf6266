<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountCheck</name>
    <message>
        <source>Running the password command…</source>
        <translation>Выполнение команды получения пароля…</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Чтение пароля из хранилища паролей…</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>logged in as %1 with %2</source>
        <translation>вход выполнен как %1 (%2)</translation>
    </message>
    <message>
        <source>the server offers %1</source>
        <translation>сервер предлагает %1</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>an account name may hold only letters, digits and . _ - @ (at most 64)</source>
        <translation>в имени учётной записи допустимы только буквы, цифры и символы . _ - @ (не более 64)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>no account named %1</source>
        <translation>нет учётной записи с именем %1</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>TLS (encrypted from the start)</source>
        <translation>TLS (шифрование с самого начала)</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (обязательно)</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Нет (открытый текст)</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation>Субъект: %1
Издатель: %2
Действителен: с %3 по %4
SHA-256: %5</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>&amp;Учётные записи:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Удали&amp;ть</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <source>Account and SMTP</source>
        <translation>Учётная запись и SMTP</translation>
    </message>
    <message>
        <source>IMAP and POP3</source>
        <translation>IMAP и POP3</translation>
    </message>
    <message>
        <source>Test Results</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>Проверить учётную запись</translation>
    </message>
    <message>
        <source>Connects to the servers with these settings and logs in; sends nothing</source>
        <translation>Подключается к серверам с этими настройками и выполняет вход; ничего не отправляет</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Профиль отправителя</translation>
    </message>
    <message>
        <source>work (letters, digits, . _ - @)</source>
        <translation>work (буквы, цифры, . _ - @)</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Имя учётной записи</translation>
    </message>
    <message>
        <source>A short unique name; letters, digits and . _ - @ only</source>
        <translation>Короткое уникальное имя: только буквы, цифры и . _ - @</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Имя учётной записи:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Адрес &amp;электронной почты:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Added below a line &quot;-- &quot; in new messages</source>
        <translation>Добавляется в новые сообщения под строкой «-- »</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Подпи&amp;сь:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Исходящая почта (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Сервер SMTP</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Серв&amp;ер:</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Защита соединения SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Порт SMTP</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>&amp;Защита:</translation>
    </message>
    <message>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Автоматически (самая надёжная из предлагаемых сервером)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Способ аутентификации</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Аутентифика&amp;ция:</translation>
    </message>
    <message>
        <source>empty: the server needs no login</source>
        <translation>пусто: сервер не требует входа</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Имя пользователя SMTP</translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation>Оставьте пустым, если сервер не требует входа</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>пусто: %1</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Имя HELO</translation>
    </message>
    <message>
        <source>The name this computer gives in EHLO</source>
        <translation>Имя, которым этот компьютер представляется в EHLO</translation>
    </message>
    <message>
        <source>HEL&amp;O name:</source>
        <translation>Им&amp;я HELO:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>пусто: системные центры сертификации</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Файл ЦС</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities (PEM)</source>
        <translation>Дополнительные доверенные центры сертификации (PEM)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Выберите файл ЦС</translation>
    </message>
    <message>
        <source>Certificate Authorities</source>
        <translation>Центры сертификации</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>Фа&amp;йл ЦС:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Закреплённый сертификат</translation>
    </message>
    <message>
        <source>SHA-256 of the one server certificate trusted besides the CAs</source>
        <translation>SHA-256 единственного сертификата сервера, которому доверяют помимо ЦС</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>Clear the pinned certificate</source>
        <translation>Сбросить закреплённый сертификат</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>Закреплённый сертификат:</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Системное хранилище паролей</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Команда получения пароля</translation>
    </message>
    <message>
        <source>This build of Outbound has no keychain support</source>
        <translation>Эта сборка Outbound не поддерживает хранилище паролей</translation>
    </message>
    <message>
        <source>Password source</source>
        <translation>Источник пароля</translation>
    </message>
    <message>
        <source>Where the password is kept; never in a file of Outbound&apos;s</source>
        <translation>Где хранится пароль; в файлах Outbound он не хранится никогда</translation>
    </message>
    <message>
        <source>Password &amp;kept in:</source>
        <translation>Пароль &amp;хранится в:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save; used as typed when you test</source>
        <translation>При сохранении помещается в системное хранилище паролей; при проверке используется так, как введён</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>e.g. pass show mail/work</source>
        <translation>например, pass show mail/work</translation>
    </message>
    <message>
        <source>A shell command whose first line of output is the password</source>
        <translation>Команда оболочки, первая строка вывода которой — пароль</translation>
    </message>
    <message>
        <source>Password comman&amp;d:</source>
        <translation>&amp;Команда получения пароля:</translation>
    </message>
    <message>
        <source>only for testing</source>
        <translation>только для проверки</translation>
    </message>
    <message>
        <source>Outbound only sends mail. These servers are kept with the account and can be tested, so all of its settings live in one place.</source>
        <translation>Outbound только отправляет почту. Эти серверы хранятся вместе с учётной записью и могут быть проверены, чтобы все её настройки были в одном месте.</translation>
    </message>
    <message>
        <source>&amp;IMAP</source>
        <translation>&amp;IMAP</translation>
    </message>
    <message>
        <source>&amp;POP3</source>
        <translation>&amp;POP3</translation>
    </message>
    <message>
        <source>Mailbox password (IMAP and POP3)</source>
        <translation>Пароль почтового ящика (IMAP и POP3)</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>Сервер %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>%1 security</source>
        <translation>Защита соединения %1</translation>
    </message>
    <message>
        <source>%1 port</source>
        <translation>Порт %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <source>%1 user name</source>
        <translation>Имя пользователя %1</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>%1 CA file</source>
        <translation>Файл ЦС %1</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Файл ЦС:</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>По умолчанию (%1)</translation>
    </message>
    <message>
        <source>Test connects to the servers with the settings in the form and logs in. No mail is sent.</source>
        <translation>Проверка подключается к серверам с настройками из формы и выполняет вход. Почта не отправляется.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <source>Pi&amp;n This Certificate</source>
        <translation>&amp;Закрепить этот сертификат</translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation>Закрепить этот сертификат</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this account from now on</source>
        <translation>Отныне доверять для этой учётной записи именно этому сертификату</translation>
    </message>
    <message>
        <source>The certificate is pinned. Test again, then save.</source>
        <translation>Сертификат закреплён. Проверьте ещё раз, затем сохраните.</translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation>&amp;Шаги:</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Шаги проверки</translation>
    </message>
    <message>
        <source>Transcri&amp;pt:</source>
        <translation>Прото&amp;кол:</translation>
    </message>
    <message>
        <source>Test transcript</source>
        <translation>Протокол проверки</translation>
    </message>
    <message>
        <source>Every line sent (C:) and received (S:); # marks the client&apos;s own notes</source>
        <translation>Каждая отправленная (C:) и полученная (S:) строка; # отмечает собственные заметки клиента</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>Отменить изменения в «%1»?</translation>
    </message>
    <message>
        <source>the new account</source>
        <translation>новой учётной записи</translation>
    </message>
    <message>
        <source>New account: fill in the form, test it, then save.</source>
        <translation>Новая учётная запись: заполните форму, проверьте её и сохраните.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>The account name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation>В имени учётной записи допустимы только буквы, цифры и символы . _ - @ (не более 64).</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Учётная запись с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>The email address is not valid: %1</source>
        <translation>Недопустимый адрес электронной почты: %1</translation>
    </message>
    <message>
        <source>give exactly one address</source>
        <translation>укажите ровно один адрес</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s host name.</source>
        <translation>Укажите имя хоста сервера SMTP.</translation>
    </message>
    <message>
        <source>SMTP CA file: %1</source>
        <translation>Файл ЦС для SMTP: %1</translation>
    </message>
    <message>
        <source>Give the %1 server&apos;s host name, or switch %1 off.</source>
        <translation>Укажите имя хоста сервера %1 или отключите %1.</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>почтового ящика</translation>
    </message>
    <message>
        <source>Give the %1 password command, or choose the keychain.</source>
        <translation>Укажите команду получения пароля %1 или выберите хранилище паролей.</translation>
    </message>
    <message>
        <source>Type the %1 password to store it in the keychain, or choose a password command.</source>
        <translation>Введите пароль %1, чтобы сохранить его в хранилище паролей, или выберите команду получения пароля.</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Сохранение пароля в системном хранилище паролей…</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1
Outbound does not write passwords to files. Start a keychain (such as GNOME Keyring or KWallet) and save again, or give a password command that prints the password, such as &quot;pass show mail/%2&quot;. The account was not saved.</source>
        <translation>Не удалось сохранить пароль в системном хранилище паролей: %1
Outbound не записывает пароли в файлы. Запустите хранилище паролей (например, GNOME Keyring или KWallet) и сохраните снова или укажите команду, которая выводит пароль, например «pass show mail/%2». Учётная запись не сохранена.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Не удалось сохранить учётную запись: %1</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>Учётная запись «%1» сохранена.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Удаление учётной записи</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Messages queued for it stay in the outbox but cannot be sent until an account of that name exists again.</source>
        <translation>Удалить учётную запись «%1»? Сообщения, поставленные для неё в очередь, останутся в исходящих, но не смогут быть отправлены, пока снова не появится учётная запись с таким именем.</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Не удалось удалить учётную запись: %1</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Учётная запись «%1» удалена.</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>Закрыть без сохранения изменений?</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s host name first.</source>
        <translation>Сначала укажите имя хоста сервера SMTP.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Остановить проверку</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>Pin it only if you know this is your server&apos;s certificate (compare the SHA-256 with what your provider publishes).</source>
        <translation>Закрепляйте его, только если уверены, что это сертификат вашего сервера (сравните SHA-256 с тем, что публикует ваш провайдер).</translation>
    </message>
    <message>
        <source>This account is already set up, so Outbound does not offer to trust this certificate. If the server&apos;s certificate really changed, remove the pin or add its CA file.</source>
        <translation>Эта учётная запись уже настроена, поэтому Outbound не предлагает доверять этому сертификату. Если сертификат сервера действительно изменился, сбросьте закрепление или добавьте файл его ЦС.</translation>
    </message>
    <message>
        <source>%1: %2 port %3, security %4</source>
        <translation>%1: %2, порт %3, защита: %4</translation>
    </message>
    <message>
        <source>%1: no password: %2</source>
        <translation>%1: нет пароля: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Сбой %1: %2</translation>
    </message>
    <message>
        <source>✔ Test passed: the account can connect and log in.</source>
        <translation>✔ Проверка пройдена: учётная запись может подключиться и выполнить вход.</translation>
    </message>
    <message>
        <source>✘ Test failed: %1</source>
        <translation>✘ Проверка не пройдена: %1</translation>
    </message>
    <message>
        <source>Test passed.</source>
        <translation>Проверка пройдена.</translation>
    </message>
    <message>
        <source>Test failed; see the Test Results tab.</source>
        <translation>Проверка не пройдена; см. вкладку «Результаты проверки».</translation>
    </message>
    <message>
        <source>&amp;View Certificate Chain…</source>
        <translation>Показать &amp;цепочку сертификатов…</translation>
    </message>
    <message>
        <source>Every certificate the server presented, with its names, validity and fingerprints</source>
        <translation>Все сертификаты, предъявленные сервером, с их именами, сроками действия и отпечатками</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source>How long to wait for each reply; the reply to the end of the message gets twice as long</source>
        <translation>Сколько ждать каждого ответа; ответ на конец сообщения ожидается вдвое дольше</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Тай&amp;м-аут:</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Outbound Sandbox</source>
        <translation>Песочница Outbound</translation>
    </message>
    <message>
        <source>the message is already on its way</source>
        <translation>сообщение уже отправляется</translation>
    </message>
</context>
<context>
    <name>AttemptOutcome</name>
    <message numerus="yes">
        <source>gave up after %n day(s): %1</source>
        <translation>
            <numerusform>попытки прекращены через %n день: %1</numerusform>
            <numerusform>попытки прекращены через %n дня: %1</numerusform>
            <numerusform>попытки прекращены через %n дней: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the server takes fewer recipients at a time; the rest go in the next transaction</source>
        <translation>сервер принимает меньше получателей за раз; остальные будут отправлены в следующей транзакции</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) deferred: %1</source>
        <translation>
            <numerusform>%n получатель отложен: %1</numerusform>
            <numerusform>%n получателя отложены: %1</numerusform>
            <numerusform>%n получателей отложено: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>отклонено: %1</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>opaque key</source>
        <translation>непрозрачный ключ</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 бит</translation>
    </message>
    <message>
        <source>Server Certificate</source>
        <translation>Сертификат сервера</translation>
    </message>
    <message>
        <source>Certificate c&amp;hain, the server&apos;s own first:</source>
        <translation>&amp;Цепочка сертификатов, первым — сертификат сервера:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Цепочка сертификатов</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Кому выдан</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Not valid now</source>
        <translation>Сейчас недействителен</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Сведения о сертификате</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>&amp;Копировать PEM</translation>
    </message>
    <message>
        <source>Copy the selected certificate in PEM form</source>
        <translation>Скопировать выбранный сертификат в формате PEM</translation>
    </message>
    <message>
        <source>&amp;Save Chain…</source>
        <translation>&amp;Сохранить цепочку…</translation>
    </message>
    <message>
        <source>Save the whole chain as a PEM file, e.g. to use as an account&apos;s CA file</source>
        <translation>Сохранить всю цепочку в файл PEM, например чтобы использовать его как файл ЦС учётной записи</translation>
    </message>
    <message>
        <source>The session reported no certificates.</source>
        <translation>Сеанс не сообщил ни одного сертификата.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (срок истёк)</translation>
    </message>
    <message>
        <source> (not yet valid)</source>
        <translation> (ещё не действует)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Субъект: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Издатель: %1</translation>
    </message>
    <message>
        <source>Self-signed: %1</source>
        <translation>Самоподписанный: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Действителен: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Имена: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>Серийный номер: %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Открытый ключ: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>SHA-1: %1</source>
        <translation>SHA-1: %1</translation>
    </message>
    <message>
        <source>Save Certificate Chain</source>
        <translation>Сохранение цепочки сертификатов</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot Save the Chain</source>
        <translation>Не удаётся сохранить цепочку</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Files sent with the message; press Delete to remove the selected ones</source>
        <translation>Файлы, отправляемые с сообщением; нажмите Delete, чтобы удалить выбранные</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Удали&amp;ть</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>Cannot attach %1: it is not a readable file.</source>
        <translation>Не удаётся вложить %1: файл недоступен для чтения.</translation>
    </message>
    <message>
        <source>Cannot insert %1: %2</source>
        <translation>Не удаётся вставить %1: %2</translation>
    </message>
    <message>
        <source>No attachments; drop files here to attach them.</source>
        <translation>Вложений нет; перетащите сюда файлы, чтобы вложить их.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n вложение, всего %1</numerusform>
            <numerusform>%n вложения, всего %1</numerusform>
            <numerusform>%n вложений, всего %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — encoded, about %2: more than the %3 the server accepts.</source>
        <translation>%1 — после кодирования около %2: больше допустимых сервером %3.</translation>
    </message>
    <message>
        <source>(the server accepts up to %1)</source>
        <translation>(сервер принимает до %1)</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Вставить изображение</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Вложить…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the window)</source>
        <translation>Вложить файлы (или перетащите их в окно)</translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation>Вставить &amp;изображение…</translation>
    </message>
    <message>
        <source>Insert an image into the text (switches to rich text)</source>
        <translation>Вставить изображение в текст (включает форматирование)</translation>
    </message>
    <message>
        <source>&amp;Rich Text</source>
        <translation>&amp;Форматированный текст</translation>
    </message>
    <message>
        <source>Write with formatting (sent as HTML with a plain-text copy)</source>
        <translation>Писать с форматированием (отправляется как HTML с копией в виде простого текста)</translation>
    </message>
    <message>
        <source>Switch to plain text</source>
        <translation>Переключиться на простой текст</translation>
    </message>
    <message>
        <source>Plain text cannot hold images or formatting. Remove them?</source>
        <translation>Простой текст не может содержать изображения и форматирование. Удалить их?</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>Полу&amp;жирный</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>Кур&amp;сив</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>По&amp;дчёркнутый</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Спис&amp;ок</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>The account and address the message is sent from</source>
        <translation>Учётная запись и адрес, от имени которых отправляется сообщение</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>О&amp;т:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>Ко&amp;пия:</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Скрытая копия</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Скр&amp;ытая копия:</translation>
    </message>
    <message>
        <source>name@example.org, &quot;Name&quot; &lt;name@example.org&gt;</source>
        <translation>name@example.org, &quot;Имя&quot; &lt;name@example.org&gt;</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>Адреса через запятую</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Subj&amp;ect:</source>
        <translation>Те&amp;ма:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;, sent through %2</source>
        <translation>Учётная запись «%1», отправка через %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>Поле «%1» заполнено неверно: %2</translation>
    </message>
</context>
<context>
    <name>ComposeRequest</name>
    <message>
        <source>unknown --compose field &quot;%1&quot;</source>
        <translation>неизвестное поле --compose «%1»</translation>
    </message>
    <message>
        <source>--compose %1: %2</source>
        <translation>--compose %1: %2</translation>
    </message>
    <message>
        <source>--compose attachment: no such file %1</source>
        <translation>--compose attachment: файл %1 не существует</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>&amp;Send</source>
        <translation>Отп&amp;равить</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Отправить сообщение (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send &amp;Later…</source>
        <translation>Отправить по&amp;зже…</translation>
    </message>
    <message>
        <source>Choose when the message is sent</source>
        <translation>Выбрать время отправки сообщения</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Отм&amp;енить</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>Отменить отправку</translation>
    </message>
    <message>
        <source>Takes the message back before it is sent</source>
        <translation>Возвращает сообщение, пока оно не отправлено</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Sends the message (Ctrl+Return)</source>
        <translation>Отправляет сообщение (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Writing the message</source>
        <translation>Формирование сообщения</translation>
    </message>
    <message>
        <source>The message has been sent</source>
        <translation>Сообщение отправлено</translation>
    </message>
    <message>
        <source>Set up an account first</source>
        <translation>Сначала настройте учётную запись</translation>
    </message>
    <message>
        <source>Correct the marked addresses first</source>
        <translation>Сначала исправьте отмеченные адреса</translation>
    </message>
    <message>
        <source>Add a recipient first</source>
        <translation>Сначала добавьте получателя</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Не отправлено. %1</translation>
    </message>
    <message>
        <source>Writing the message (%1)…</source>
        <translation>Формирование сообщения (%1)…</translation>
    </message>
    <message>
        <source>The message was not sent; everything is still here. %1</source>
        <translation>Сообщение не отправлено; всё осталось на месте. %1</translation>
    </message>
    <message>
        <source>Queued to be sent %1</source>
        <translation>Поставлено в очередь на отправку: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Отправка через %n секунду…</numerusform>
            <numerusform>Отправка через %n секунды…</numerusform>
            <numerusform>Отправка через %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late to undo: %1.</source>
        <translation>Отменять уже поздно: %1.</translation>
    </message>
    <message>
        <source>Sending was undone. The message is back here.</source>
        <translation>Отправка отменена. Сообщение снова здесь.</translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation>Отправить позже</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Время отправки</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>Отправить &amp;в:</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>Поставить в &amp;очередь</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Новое сообщение</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <source>%1 (saved %2)</source>
        <translation>%1 (сохранено %2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop writing the message; nothing is sent</source>
        <translation>Прервать запись сообщения; ничего не будет отправлено</translation>
    </message>
    <message>
        <source>Writing the message…</source>
        <translation>Запись сообщения…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>SMTP Console</source>
        <translation>Консоль SMTP</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation>Подключиться или отключиться</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Диалог с сервером</translation>
    </message>
    <message>
        <source>Type a command, e.g. NOOP, VRFY user, HELP — Enter sends</source>
        <translation>Введите команду, например NOOP, VRFY user, HELP; Enter — отправить</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Отключиться</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>! Choose an account first (Settings → Accounts).</source>
        <translation>! Сначала выберите учётную запись (Настройка → Учётные записи).</translation>
    </message>
    <message>
        <source>Getting the password…</source>
        <translation>Получение пароля…</translation>
    </message>
    <message>
        <source>! %1</source>
        <translation>! %1</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Show Outbound</source>
        <translation>Показать Outbound</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Сообщение не отправлено</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Message delayed</source>
        <translation>Сообщение задерживается</translation>
    </message>
    <message>
        <source>“%1” will be tried again: %2</source>
        <translation>«%1» будет отправлено повторно: %2</translation>
    </message>
    <message>
        <source>“%1”: the connection was lost after the whole message was sent. Check before sending it again.</source>
        <translation>«%1»: соединение прервалось после передачи всего сообщения. Проверьте, дошло ли оно, прежде чем отправлять его снова.</translation>
    </message>
    <message>
        <source>Message held</source>
        <translation>Сообщение приостановлено</translation>
    </message>
    <message>
        <source>Delivery uncertain</source>
        <translation>Доставка не подтверждена</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>%1 is not a draft: %2</source>
        <translation>%1 не является черновиком: %2</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Не удалось сохранить «%1»: %2</translation>
    </message>
    <message>
        <source>Saved “%1”, but could not flush its folder to disk: %2</source>
        <translation>Файл «%1» сохранён, но не удалось сбросить на диск данные его папки: %2</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>Адрес пуст.</translation>
    </message>
    <message>
        <source>The name “%1” contains a line break or a NUL character.</source>
        <translation>Имя «%1» содержит перевод строки или символ NUL.</translation>
    </message>
    <message>
        <source>The address “%1” contains a line break or a NUL character.</source>
        <translation>Адрес «%1» содержит перевод строки или символ NUL.</translation>
    </message>
    <message>
        <source>“%1” is not a single address of the form name@example.org.</source>
        <translation>«%1» не является одиночным адресом вида name@example.org.</translation>
    </message>
    <message>
        <source>The address list contains a line break or a NUL character.</source>
        <translation>Список адресов содержит перевод строки или символ NUL.</translation>
    </message>
    <message>
        <source>“%1” has no domain: an address looks like name@example.org.</source>
        <translation>В «%1» нет домена: адрес выглядит как name@example.org.</translation>
    </message>
    <message>
        <source>“%1” has a domain that is not a valid internationalised domain name.</source>
        <translation>Домен в «%1» не является допустимым интернационализированным доменным именем.</translation>
    </message>
    <message>
        <source>The address “%1” contains a control character.</source>
        <translation>Адрес «%1» содержит управляющий символ.</translation>
    </message>
    <message>
        <source>The address list cannot be read.</source>
        <translation>Не удаётся разобрать список адресов.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>«%1» — недопустимый адрес.</translation>
    </message>
    <message>
        <source>The address list cannot be read: a quote, parenthesis or angle bracket is not closed.</source>
        <translation>Не удаётся разобрать список адресов: не закрыта кавычка, круглая или угловая скобка.</translation>
    </message>
    <message>
        <source>The address list cannot be read: a group cannot hold another group.</source>
        <translation>Не удалось прочитать список адресов: группа не может содержать другую группу.</translation>
    </message>
    <message>
        <source>“%1” has a domain literal with characters other than ASCII letters, digits and punctuation.</source>
        <translation>«%1» содержит доменный литерал с символами, отличными от букв, цифр и знаков пунктуации ASCII.</translation>
    </message>
    <message>
        <source>“%1” has a domain literal with “@” in it: an address literal is an IP address in brackets, as in name@[192.0.2.1].</source>
        <translation>«%1» содержит доменный литерал с «@»: литерал адреса — это IP-адрес в квадратных скобках, например name@[192.0.2.1].</translation>
    </message>
</context>
<context>
    <name>MailboxLoginTest</name>
    <message>
        <source>idle</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>ожидание приветствия</translation>
    </message>
    <message>
        <source>asking for capabilities</source>
        <translation>запрос возможностей</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>запуск TLS</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>согласование TLS</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>logging out</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>No server host name is set.</source>
        <translation>Не задано имя хоста сервера.</translation>
    </message>
    <message>
        <source>No user name is set.</source>
        <translation>Не задано имя пользователя.</translation>
    </message>
    <message>
        <source>This build has no TLS support.</source>
        <translation>Эта сборка не поддерживает TLS.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2, %3)</source>
        <translation>Подключение к %1 (%2, %3)</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>соединения</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Сбой: %1</translation>
    </message>
    <message>
        <source>Login test succeeded</source>
        <translation>Проверка входа прошла успешно</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Сервер прислал строку длиннее %1 байт.</translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes.</source>
        <translation>Сервер объявил литерал размером %1 байт.</translation>
    </message>
    <message>
        <source>(%1 bytes of literal data not shown)</source>
        <translation>(данные литерала, %1 байт, не показаны)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>согласования TLS</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>приветствия</translation>
    </message>
    <message>
        <source>Certificate problem accepted by the pinned certificate: %1</source>
        <translation>Проблема с сертификатом допущена благодаря закреплённому сертификату: %1</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Проблема с сертификатом: %1</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>TLS установлен: %1</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Хост %1 не найден.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 отклонил соединение.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Сбой согласования TLS: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation>Сертификат сервера не является доверенным: %1.</translation>
    </message>
    <message>
        <source>Certificate: %1.</source>
        <translation>Сертификат: %1.</translation>
    </message>
    <message>
        <source>The server closed the connection while we were waiting for %1.</source>
        <translation>Сервер закрыл соединение, пока мы ожидали %1.</translation>
    </message>
    <message>
        <source>No answer to the logout; the login itself succeeded</source>
        <translation>Нет ответа на выход; сам вход выполнен успешно</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds while we were waiting for %3.</source>
        <translation>%1 не ответил за %2 с в ожидании %3.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n byte(s) after agreeing to start TLS and before the handshake; they may have been injected, so the connection was closed.</source>
        <translation>
            <numerusform>Сервер прислал %n байт после согласия начать TLS и до начала согласования; они могли быть внедрены злоумышленником, поэтому соединение закрыто.</numerusform>
            <numerusform>Сервер прислал %n байта после согласия начать TLS и до начала согласования; они могли быть внедрены злоумышленником, поэтому соединение закрыто.</numerusform>
            <numerusform>Сервер прислал %n байт после согласия начать TLS и до начала согласования; они могли быть внедрены злоумышленником, поэтому соединение закрыто.</numerusform>
        </translation>
    </message>
    <message>
        <source>the capabilities</source>
        <translation>списка возможностей</translation>
    </message>
    <message>
        <source>The server sent something that is not an IMAP response: %1</source>
        <translation>Сервер прислал нечто, не являющееся ответом IMAP: %1</translation>
    </message>
    <message>
        <source>The server answered a command we did not send (tag %1).</source>
        <translation>Сервер ответил на команду, которую мы не отправляли (тег %1).</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Сервер закрывает соединение: %1</translation>
    </message>
    <message>
        <source>The server did not start with a greeting.</source>
        <translation>Сервер не начал с приветствия.</translation>
    </message>
    <message>
        <source>The server logged us in before STARTTLS (PREAUTH), so the connection cannot be secured.</source>
        <translation>Сервер выполнил вход до STARTTLS (PREAUTH), поэтому соединение нельзя защитить.</translation>
    </message>
    <message>
        <source>The server pre-authenticated the connection; no credentials were tested</source>
        <translation>Сервер заранее аутентифицировал соединение; учётные данные не проверялись</translation>
    </message>
    <message>
        <source>the logout</source>
        <translation>ответа на выход</translation>
    </message>
    <message>
        <source>Unexpected greeting: %1</source>
        <translation>Неожиданное приветствие: %1</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation>Приветствие: %1</translation>
    </message>
    <message>
        <source>The server refused CAPABILITY: %1</source>
        <translation>Сервер отклонил CAPABILITY: %1</translation>
    </message>
    <message>
        <source>The server answered CAPABILITY without listing its capabilities.</source>
        <translation>Сервер ответил на CAPABILITY, не перечислив своих возможностей.</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Возможности: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; nothing was sent in plaintext.</source>
        <translation>Сервер не предлагает STARTTLS; открытым текстом ничего не отправлено.</translation>
    </message>
    <message>
        <source>the answer to STARTTLS</source>
        <translation>ответа на STARTTLS</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Сервер отклонил STARTTLS: %1</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>ответа на вход</translation>
    </message>
    <message>
        <source>The server offers no OAuth mechanism (it offers: %1).</source>
        <translation>Сервер не предлагает ни одного механизма OAuth (предлагает: %1).</translation>
    </message>
    <message>
        <source>The server disables LOGIN here and offers no mechanism we support (it offers: %1).</source>
        <translation>Сервер запрещает здесь LOGIN и не предлагает ни одного поддерживаемого нами механизма (предлагает: %1).</translation>
    </message>
    <message>
        <source>The server asked for more than the login needs.</source>
        <translation>Сервер запросил больше, чем нужно для входа.</translation>
    </message>
    <message>
        <source>The server rejected the login for %1 (%2):%3 %4</source>
        <translation>Сервер отклонил вход для %1 (%2):%3 %4</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password (%1); it may be an impostor.</source>
        <translation>Сервер принял вход, не доказав, что знает пароль (%1); возможно, это поддельный сервер.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not a POP3 greeting: %1</source>
        <translation>Приветствие сервера не является приветствием POP3: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Сервер отказал в соединении: %1</translation>
    </message>
    <message>
        <source>Unexpected answer to CAPA: %1</source>
        <translation>Неожиданный ответ на CAPA: %1</translation>
    </message>
    <message>
        <source>Capabilities: none listed (no CAPA)</source>
        <translation>Возможности: не перечислены (нет CAPA)</translation>
    </message>
    <message>
        <source>The server does not offer STLS; nothing was sent in plaintext.</source>
        <translation>Сервер не предлагает STLS; открытым текстом ничего не отправлено.</translation>
    </message>
    <message>
        <source>the answer to STLS</source>
        <translation>ответа на STLS</translation>
    </message>
    <message>
        <source>Unexpected answer to STLS: %1</source>
        <translation>Неожиданный ответ на STLS: %1</translation>
    </message>
    <message>
        <source>The server refused STLS: %1</source>
        <translation>Сервер отклонил STLS: %1</translation>
    </message>
    <message>
        <source>The server allows neither USER/PASS nor a mechanism we support here (it offers: %1).</source>
        <translation>Сервер не разрешает ни USER/PASS, ни какой-либо поддерживаемый здесь механизм (предлагает: %1).</translation>
    </message>
    <message>
        <source>Unexpected answer during login: %1</source>
        <translation>Неожиданный ответ при входе: %1</translation>
    </message>
    <message>
        <source>Unexpected answer during login.</source>
        <translation>Неожиданный ответ при входе.</translation>
    </message>
    <message>
        <source>The server does not offer %1 (it offers: %2), or it does not fit the credentials.</source>
        <translation>Сервер не предлагает %1 (предлагает: %2), или этот механизм не подходит для учётных данных.</translation>
    </message>
    <message>
        <source>The server sent a malformed %1 challenge.</source>
        <translation>Сервер прислал некорректный запрос %1.</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Вход выполнен как %1 (%2)</translation>
    </message>
    <message>
        <source>The server sent a response of more than %1 lines.</source>
        <translation>Сервер прислал ответ длиннее %1 строк.</translation>
    </message>
    <message>
        <source>The server sent a response of more than %1 bytes.</source>
        <translation>Сервер прислал ответ длиннее %1 байт.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Outbound outbox</source>
        <translation>Исходящие Outbound</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Пока&amp;зывать:</translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation>Показывать сообщения в состоянии</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Фи&amp;льтр:</translation>
    </message>
    <message>
        <source>Filter messages by text</source>
        <translation>Фильтровать сообщения по тексту</translation>
    </message>
    <message>
        <source>Subject, recipient, account or reply</source>
        <translation>Тема, получатель, учётная запись или ответ</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Сообщения в исходящих</translation>
    </message>
    <message>
        <source>Account %1 needs attention: %2</source>
        <translation>Учётная запись %1 требует внимания: %2</translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation>&amp;Новое сообщение…</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>Написать новое сообщение</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Повторить сейчас</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Send the selected messages now</source>
        <translation>Отправить выбранные сообщения сейчас</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>При&amp;остановить</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Keep the selected messages back</source>
        <translation>Приостановить отправку выбранных сообщений</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Let held messages go</source>
        <translation>Возобновить отправку приостановленных сообщений</translation>
    </message>
    <message>
        <source>&amp;Edit and Requeue…</source>
        <translation>&amp;Изменить и вернуть в очередь…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the message in a compose window</source>
        <translation>Открыть сообщение в окне редактирования</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>Показать исход&amp;ный текст</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Show the message as it is sent</source>
        <translation>Показать сообщение в том виде, в каком оно отправляется</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the outbox</source>
        <translation>Удалить выбранные сообщения из исходящих</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <source>Set up the accounts messages are sent through</source>
        <translation>Настроить учётные записи, через которые отправляются сообщения</translation>
    </message>
    <message>
        <source>&amp;Filter Messages</source>
        <translation>&amp;Фильтр сообщений</translation>
    </message>
    <message>
        <source>Type to filter the outbox</source>
        <translation>Введите текст для фильтрации исходящих</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Закрыть все окна и выйти</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Outbox actions</source>
        <translation>Действия с исходящими</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Исходящие</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Протокол сеанса</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Show or hide the live transcript</source>
        <translation>Показать или скрыть протокол сеанса в реальном времени</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>Панель &amp;инструментов</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройка</translation>
    </message>
    <message>
        <source>Messages under way</source>
        <translation>Сообщения в процессе отправки</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>Состояние сети</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Messages are sent as they become due.</source>
        <translation>Сообщения отправляются по мере наступления срока.</translation>
    </message>
    <message>
        <source>No network: messages wait until it returns.</source>
        <translation>Нет сети: сообщения ждут её появления.</translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n отправляется</numerusform>
            <numerusform>%n отправляются</numerusform>
            <numerusform>%n отправляются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n в очереди</numerusform>
            <numerusform>%n в очереди</numerusform>
            <numerusform>%n в очереди</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Сообщение %1: %2</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Delete Messages</source>
        <translation>Удаление сообщений</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Edit and Requeue</source>
        <translation>Изменить и вернуть в очередь</translation>
    </message>
    <message>
        <source>SMTP &amp;Console…</source>
        <translation>&amp;Консоль SMTP…</translation>
    </message>
    <message>
        <source>Type SMTP commands to an account&apos;s server</source>
        <translation>Вводить команды SMTP для сервера учётной записи</translation>
    </message>
    <message>
        <source>&amp;Sandbox…</source>
        <translation>&amp;Песочница…</translation>
    </message>
    <message>
        <source>Read what the built-in sandbox server captured, and rehearse failures</source>
        <translation>Просмотреть, что перехватил встроенный сервер-песочница, и имитировать сбои</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Инс&amp;трументы</translation>
    </message>
    <message>
        <source>Saved &amp;Drafts</source>
        <translation>Сохранённые &amp;черновики</translation>
    </message>
    <message>
        <source>No saved drafts</source>
        <translation>Нет сохранённых черновиков</translation>
    </message>
    <message>
        <source>not sent yet; it will not be sent</source>
        <translation>ещё не отправлено; отправлено не будет</translation>
    </message>
    <message>
        <source>being sent right now; it cannot be deleted</source>
        <translation>сейчас отправляется; удалить его нельзя</translation>
    </message>
    <message>
        <source>refused, not delivered; only the record is removed</source>
        <translation>отклонено, не доставлено; удаляется только запись</translation>
    </message>
    <message>
        <source>already sent; only the record is removed</source>
        <translation>уже отправлено; удаляется только запись</translation>
    </message>
    <message>
        <source>may already have been delivered; only the record is removed, and it will not be sent again</source>
        <translation>возможно, уже доставлено; удаляется только запись, повторно отправлено не будет</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <source>Bring back the messages deleted last</source>
        <translation>Вернуть последние удалённые сообщения</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Send again a message that may already have been delivered?</source>
        <translation>Отправить повторно сообщение, которое, возможно, уже доставлено?</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Отправить повторно</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>сообщение %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n получатель</numerusform>
            <numerusform>%1 и ещё %n получателя</numerusform>
            <numerusform>%1 и ещё %n получателей</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” to %2 — %3</source>
        <translation>«%1» для %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n сообщение</numerusform>
            <numerusform>… и ещё %n сообщения</numerusform>
            <numerusform>… и ещё %n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox?</source>
        <translation>
            <numerusform>Удалить из исходящих %n сообщение?</numerusform>
            <numerusform>Удалить из исходящих %n сообщения?</numerusform>
            <numerusform>Удалить из исходящих %n сообщений?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted messages are kept for %n day(s); Edit → Undo Delete brings them back.</source>
        <translation>
            <numerusform>Удалённые сообщения хранятся %n день; их можно вернуть командой Правка → Отменить удаление.</numerusform>
            <numerusform>Удалённые сообщения хранятся %n дня; их можно вернуть командой Правка → Отменить удаление.</numerusform>
            <numerusform>Удалённые сообщения хранятся %n дней; их можно вернуть командой Правка → Отменить удаление.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted; Edit → Undo Delete brings them back.</source>
        <translation>
            <numerusform>Удалено %n сообщение; команда Правка → Отменить удаление вернёт удалённое.</numerusform>
            <numerusform>Удалено %n сообщения; команда Правка → Отменить удаление вернёт удалённое.</numerusform>
            <numerusform>Удалено %n сообщений; команда Правка → Отменить удаление вернёт удалённое.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>Восстановлено %n сообщение.</numerusform>
            <numerusform>Восстановлено %n сообщения.</numerusform>
            <numerusform>Восстановлено %n сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Отмена удаления</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message had been sent, so the server may have accepted it. Sending it again may deliver it twice: check with the recipients or the server&apos;s logs first.</source>
        <translation>Соединение прервалось после передачи всего сообщения, поэтому сервер мог его принять. При повторной отправке оно может быть доставлено дважды: сначала уточните у получателей или проверьте журналы сервера.</translation>
    </message>
    <message>
        <source>Possible Duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>Edit and send again a message that may already have been delivered?</source>
        <translation>Изменить и повторно отправить сообщение, которое, возможно, уже доставлено?</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>Всё равно &amp;изменить</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Сведения о сообщении</translation>
    </message>
    <message>
        <source>Select a message to see its recipients, attempts and source.</source>
        <translation>Выберите сообщение, чтобы увидеть его получателей, попытки и исходный текст.</translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation>Сводка по сообщению</translation>
    </message>
    <message>
        <source>Message detail pages</source>
        <translation>Страницы сведений о сообщении</translation>
    </message>
    <message>
        <source>Recipients and their results</source>
        <translation>Получатели и результаты</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Получатели</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Попытки доставки</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Transcript of the selected attempt</source>
        <translation>Протокол выбранной попытки</translation>
    </message>
    <message>
        <source>Select an attempt to see its transcript.</source>
        <translation>Выберите попытку, чтобы увидеть её протокол.</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>П&amp;опытки</translation>
    </message>
    <message>
        <source>MIME structure</source>
        <translation>Структура MIME</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Header fields of the selected part</source>
        <translation>Поля заголовка выбранной части</translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation>&amp;Структура</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Исходный текст сообщения</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Исходный текст</translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation>Этого сообщения больше нет в исходящих.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>From %1 through %2, %3</source>
        <translation>От %1, учётная запись %2, %3</translation>
    </message>
    <message>
        <source>%1 — created %2</source>
        <translation>%1 — создано %2</translation>
    </message>
    <message>
        <source>, sent %1</source>
        <translation>, отправлено %1</translation>
    </message>
    <message>
        <source>, server queue id %1</source>
        <translation>, ID в очереди сервера: %1</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>Не удаётся прочитать сообщение: %1</translation>
    </message>
    <message numerus="yes">
        <source>The message nests deeper than %n level(s); the deepest parts are not shown.</source>
        <translation>
            <numerusform>Вложенность сообщения глубже %n уровня; самые глубокие части не показаны.</numerusform>
            <numerusform>Вложенность сообщения глубже %n уровней; самые глубокие части не показаны.</numerusform>
            <numerusform>Вложенность сообщения глубже %n уровней; самые глубокие части не показаны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Показаны первые %1 из %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected. The actions apply to all of them; select one to see its details.</source>
        <translation>
            <numerusform>Выбрано %n сообщение. Действия применяются ко всем выбранным; выберите одно, чтобы увидеть подробности.</numerusform>
            <numerusform>Выбрано %n сообщения. Действия применяются ко всем выбранным; выберите одно, чтобы увидеть подробности.</numerusform>
            <numerusform>Выбрано %n сообщений. Действия применяются ко всем выбранным; выберите одно, чтобы увидеть подробности.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered to %1</source>
        <translation>Не доставлено: %1</translation>
    </message>
</context>
<context>
    <name>MessageDraftReader</name>
    <message>
        <source>The message&apos;s From field must hold exactly one address.</source>
        <translation>Поле From сообщения должно содержать ровно один адрес.</translation>
    </message>
    <message>
        <source>The message has no From field.</source>
        <translation>В сообщении нет поля From.</translation>
    </message>
    <message>
        <source>The message&apos;s %1 field cannot be read: %2</source>
        <translation>Не удаётся разобрать поле %1 сообщения: %2</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”: %2</source>
        <translation>Не удаётся сохранить часть «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”: too many files of that name.</source>
        <translation>Не удаётся сохранить часть «%1»: слишком много файлов с таким именем.</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”.</source>
        <translation>Не удаётся сохранить часть «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a message file.</source>
        <translation>«%1» не является файлом сообщения.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Не удалось открыть «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail message: it does not start with header fields.</source>
        <translation>«%1» не является сообщением электронной почты: файл не начинается с полей заголовка.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Не удалось создать папку «%1».</translation>
    </message>
</context>
<context>
    <name>MessageEnvelopeReader</name>
    <message>
        <source>The message is not open for reading.</source>
        <translation>Сообщение не открыто для чтения.</translation>
    </message>
    <message>
        <source>Could not create a temporary file: %1</source>
        <translation>Не удалось создать временный файл: %1</translation>
    </message>
    <message>
        <source>Could not copy the message: %1</source>
        <translation>Не удалось скопировать сообщение: %1</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Не удалось открыть «%1»: %2</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Не удалось создать «%1»: %2</translation>
    </message>
    <message>
        <source>Could not read the message file.</source>
        <translation>Не удалось прочитать файл сообщения.</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields.</source>
        <translation>Это не сообщение электронной почты: оно не начинается с полей заголовка.</translation>
    </message>
    <message>
        <source>The message header has a line that is not a header field: “%1”.</source>
        <translation>В заголовке сообщения есть строка, не являющаяся полем заголовка: «%1».</translation>
    </message>
    <message>
        <source>The %1 field cannot be read: %2</source>
        <translation>Не удаётся разобрать поле %1: %2</translation>
    </message>
    <message>
        <source>The message has no sender: neither a From nor a Sender field.</source>
        <translation>У сообщения нет отправителя: нет ни поля From, ни поля Sender.</translation>
    </message>
    <message>
        <source>The message has no recipients in its Resent-To, Resent-Cc or Resent-Bcc fields.</source>
        <translation>В полях Resent-To, Resent-Cc и Resent-Bcc сообщения нет получателей.</translation>
    </message>
    <message>
        <source>The message has no recipients: no address in To, Cc or Bcc.</source>
        <translation>У сообщения нет получателей: ни одного адреса в To, Cc или Bcc.</translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation>Не удалось прочитать сообщение: %1</translation>
    </message>
    <message>
        <source>Could not write the copy to send: %1</source>
        <translation>Не удалось записать копию для отправки: %1</translation>
    </message>
    <message>
        <source>Line %1 of the message header is too long.</source>
        <translation>Строка %1 заголовка сообщения слишком длинная.</translation>
    </message>
    <message>
        <source>The message header starts with a continuation line.</source>
        <translation>Заголовок сообщения начинается со строки продолжения.</translation>
    </message>
    <message>
        <source>Line %1 of the message header is not a header field.</source>
        <translation>Строка %1 заголовка сообщения не является полем заголовка.</translation>
    </message>
    <message>
        <source>The message cannot be sent as SMTP data: %1.</source>
        <translation>Сообщение нельзя передать как данные SMTP: %1.</translation>
    </message>
    <message>
        <source>The message header cannot be read as a whole: field %1 is read differently by the MIME parser.</source>
        <translation>Заголовок сообщения не удаётся прочитать однозначно: парсер MIME читает поле № %1 иначе.</translation>
    </message>
</context>
<context>
    <name>MessageTree</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Не удалось открыть «%1»: %2</translation>
    </message>
    <message>
        <source>The message is not open for reading.</source>
        <translation>Сообщение не открыто для чтения.</translation>
    </message>
    <message>
        <source>Could not create a temporary file: %1</source>
        <translation>Не удалось создать временный файл: %1</translation>
    </message>
    <message>
        <source>Could not copy the message: %1</source>
        <translation>Не удалось скопировать сообщение: %1</translation>
    </message>
    <message>
        <source>Could not read the message file.</source>
        <translation>Не удалось прочитать файл сообщения.</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields.</source>
        <translation>Это не сообщение электронной почты: оно не начинается с полей заголовка.</translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: %2</source>
        <translation>Не удаётся вложить «%1»: %2</translation>
    </message>
    <message>
        <source>Line %1 of the message would be longer than 998 octets.</source>
        <translation>Строка %1 сообщения оказалась бы длиннее 998 октетов.</translation>
    </message>
    <message>
        <source>Line %1 of the message has a bare CR or LF.</source>
        <translation>Строка %1 сообщения содержит одиночный CR или LF.</translation>
    </message>
    <message>
        <source>The message has no sender (From).</source>
        <translation>У сообщения нет отправителя (From).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the address “%2” has a non-ASCII local part, which only a server with SMTPUTF8 can carry.</source>
        <translation>%1: в локальной части адреса «%2» есть символы вне ASCII, а такой адрес может передать только сервер с поддержкой SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message has no recipients (To, Cc or Bcc).</source>
        <translation>У сообщения нет получателей (To, Cc или Bcc).</translation>
    </message>
    <message>
        <source>The subject contains a line break or a NUL character.</source>
        <translation>Тема содержит перевод строки или символ NUL.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>«%1» — недопустимое имя заголовка.</translation>
    </message>
    <message>
        <source>The %1 header is set by the message writer, not as an extra header.</source>
        <translation>Заголовок %1 задаётся модулем формирования сообщения, а не как дополнительный заголовок.</translation>
    </message>
    <message>
        <source>The value of the %1 header contains a line break or a NUL character.</source>
        <translation>Значение заголовка %1 содержит перевод строки или символ NUL.</translation>
    </message>
    <message>
        <source>An attachment has no file.</source>
        <translation>У вложения нет файла.</translation>
    </message>
    <message>
        <source>The attachment “%1” has no file name.</source>
        <translation>У вложения «%1» нет имени файла.</translation>
    </message>
    <message>
        <source>The file name “%1” contains a line break or a NUL character.</source>
        <translation>Имя файла «%1» содержит перевод строки или символ NUL.</translation>
    </message>
    <message>
        <source>The file name “%1…” is longer than 1,000 characters.</source>
        <translation>Имя файла «%1…» длиннее 1000 символов.</translation>
    </message>
    <message>
        <source>“%1” is not a media type of the form type/subtype.</source>
        <translation>«%1» не является типом данных вида type/subtype.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Content-ID: it looks like part1.x@example.org.</source>
        <translation>«%1» — недопустимый Content-ID: он должен выглядеть как part1.x@example.org.</translation>
    </message>
    <message>
        <source>Inline parts are referred to from the HTML body, but there is none.</source>
        <translation>Встроенные части предназначены для ссылок из HTML-текста, но HTML-текста нет.</translation>
    </message>
    <message>
        <source>The DSN envelope id must be at most 100 printable ASCII characters.</source>
        <translation>Идентификатор конверта DSN должен содержать не более 100 печатных символов ASCII.</translation>
    </message>
    <message>
        <source>Could not write the message: %1</source>
        <translation>Не удалось записать сообщение: %1</translation>
    </message>
    <message>
        <source>Could not write the message: an attachment could not be read.</source>
        <translation>Не удалось записать сообщение: не удалось прочитать вложение.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Не удалось создать «%1»: %2</translation>
    </message>
    <message>
        <source>Line %1 of the message would have a NUL byte.</source>
        <translation>Строка %1 сообщения содержала бы байт NUL.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Partly sent</source>
        <translation>Отправлено частично</translation>
    </message>
    <message>
        <source>%1, partly sent</source>
        <translation>%1, отправлено частично</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>попыток ещё не было</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Accepted as %1</source>
        <translation>Принято как %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Последний ответ</translation>
    </message>
    <message>
        <source>Sending, %1%</source>
        <translation>Отправляется, %1%</translation>
    </message>
    <message>
        <source>Not delivered to %1</source>
        <translation>Не доставлено: %1</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Все сообщения</translation>
    </message>
    <message>
        <source>Waiting to go</source>
        <translation>Ожидают отправки</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Требуют внимания</translation>
    </message>
</context>
<context>
    <name>OutboxReader</name>
    <message>
        <source>no queue database in %1</source>
        <translation>в %1 нет базы данных очереди</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 не является базой данных SQLite</translation>
    </message>
    <message>
        <source>queue database error: %1</source>
        <translation>ошибка базы данных очереди: %1</translation>
    </message>
</context>
<context>
    <name>OutboxScheduler</name>
    <message>
        <source>the account &quot;%1&quot; does not exist</source>
        <translation>учётная запись «%1» не существует</translation>
    </message>
    <message>
        <source>no password for &quot;%1&quot;: %2</source>
        <translation>нет пароля для «%1»: %2</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be read: %2</source>
        <translation>не удаётся прочитать файл очереди %1: %2</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>cannot take the outbox lock in %1</source>
        <translation>не удаётся заблокировать исходящие в %1</translation>
    </message>
    <message>
        <source>cannot open the queue database %1: %2</source>
        <translation>не удаётся открыть базу данных очереди %1: %2</translation>
    </message>
    <message>
        <source>cannot create the queue database: %1</source>
        <translation>не удаётся создать базу данных очереди: %1</translation>
    </message>
    <message>
        <source>queue database error (%1): %2</source>
        <translation>ошибка базы данных очереди (%1): %2</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>в сообщении нет получателей</translation>
    </message>
    <message>
        <source>cannot write to the spool: %1</source>
        <translation>не удаётся записать в каталог очереди: %1</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>сообщение пустое</translation>
    </message>
    <message>
        <source>queue database error: %1</source>
        <translation>ошибка базы данных очереди: %1</translation>
    </message>
    <message>
        <source>held when queued</source>
        <translation>приостановлено при постановке в очередь</translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation>в исходящих нет сообщения %1</translation>
    </message>
    <message>
        <source>message %1 is not claimed by this process</source>
        <translation>сообщение %1 не захвачено этим процессом</translation>
    </message>
    <message>
        <source>message %1 is %2; it cannot become %3</source>
        <translation>сообщение %1 в состоянии «%2»; перевести его в состояние «%3» нельзя</translation>
    </message>
    <message>
        <source>held by the user</source>
        <translation>приостановлено пользователем</translation>
    </message>
    <message>
        <source>message %1 is being sent right now; it cannot be deleted</source>
        <translation>сообщение %1 сейчас отправляется; удалить его нельзя</translation>
    </message>
    <message>
        <source>the process sending it stopped after the whole message was sent; the server may have it</source>
        <translation>процесс, отправлявший сообщение, остановился после передачи всего сообщения; возможно, оно уже на сервере</translation>
    </message>
    <message>
        <source>the process sending it stopped before the message was complete</source>
        <translation>процесс, отправлявший сообщение, остановился, не передав его полностью</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>the message cannot be sent as SMTP data: %1</source>
        <translation>сообщение нельзя передать как данные SMTP: %1</translation>
    </message>
    <message numerus="yes">
        <source>no deleted message %1 (deleted messages are kept %n day(s))</source>
        <translation>
            <numerusform>нет удалённого сообщения %1 (удалённые сообщения хранятся %n день)</numerusform>
            <numerusform>нет удалённого сообщения %1 (удалённые сообщения хранятся %n дня)</numerusform>
            <numerusform>нет удалённого сообщения %1 (удалённые сообщения хранятся %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot update the queue database: %1</source>
        <translation>не удаётся обновить базу данных очереди: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>не удаётся создать папку профиля %1</translation>
    </message>
    <message>
        <source>cannot read the profile folder %1: %2</source>
        <translation>не удаётся прочитать папку профиля %1: %2</translation>
    </message>
    <message>
        <source>the profile %1 is not a folder</source>
        <translation>профиль %1 не является папкой</translation>
    </message>
    <message>
        <source>the profile folder %1 belongs to another user (uid %2); refusing to use it. Use a profile of your own (--profile DIR), or, if it is yours, chown it to yourself</source>
        <translation>папка профиля %1 принадлежит другому пользователю (uid %2); использовать её нельзя. Используйте собственный профиль (--profile DIR) или, если папка ваша, сделайте себя её владельцем (chown)</translation>
    </message>
    <message>
        <source>the profile folder %1 can be written by other users, who could change its accounts and the commands they run; refusing to use it. Check its files, then run: chmod 700 %1</source>
        <translation>в папку профиля %1 могут записывать другие пользователи, а значит, изменить её учётные записи и запускаемые ими команды; использовать её нельзя. Проверьте её файлы, затем выполните: chmod 700 %1</translation>
    </message>
    <message>
        <source>%1 belongs to another user or can be written by others; refusing to use it. Check what it holds, then make it a file of your own that only you can write (chmod 600 %1)</source>
        <translation>%1 принадлежит другому пользователю или доступен другим для записи; использовать его нельзя. Проверьте его содержимое, затем сделайте его своим файлом, запись в который разрешена только вам (chmod 600 %1)</translation>
    </message>
    <message>
        <source>cannot make the profile folder %1 private (chmod 700): %2</source>
        <translation>не удаётся сделать папку профиля %1 закрытой (chmod 700): %2</translation>
    </message>
</context>
<context>
    <name>SandboxConnection</name>
    <message>
        <source>Greeting</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <source>Waiting for a command</source>
        <translation>Ожидание команды</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>Receiving message data</source>
        <translation>Приём данных сообщения</translation>
    </message>
    <message>
        <source>Receiving a BDAT chunk</source>
        <translation>Приём фрагмента BDAT</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>a line longer than %1 octets</source>
        <translation>строка длиннее %1 октетов</translation>
    </message>
    <message>
        <source>message data: %1 octets</source>
        <translation>данные сообщения: %1 октетов</translation>
    </message>
    <message>
        <source>closed by the sandbox</source>
        <translation>закрыто песочницей</translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation>закрыто клиентом</translation>
    </message>
    <message>
        <source>the client did not take the last reply in time</source>
        <translation>клиент не забрал последний ответ вовремя</translation>
    </message>
    <message>
        <source>no input for %1 s: closing</source>
        <translation>нет ввода %1 с: закрытие соединения</translation>
    </message>
    <message>
        <source>recipient failure rehearsed</source>
        <translation>сымитирован отказ получателю</translation>
    </message>
    <message>
        <source>authenticated as %1 (any password is accepted)</source>
        <translation>аутентифицирован как %1 (принимается любой пароль)</translation>
    </message>
    <message>
        <source>end-of-data failure rehearsed; nothing stored</source>
        <translation>сымитирован отказ в конце данных; ничего не сохранено</translation>
    </message>
    <message>
        <source>the message could not be stored</source>
        <translation>не удалось сохранить сообщение</translation>
    </message>
    <message>
        <source>stored message %1 (%2 octets)</source>
        <translation>сохранено сообщение %1 (%2 октетов)</translation>
    </message>
    <message>
        <source>dropped after the end of data, before replying (rehearsal)</source>
        <translation>соединение разорвано после конца данных, до ответа (имитация)</translation>
    </message>
    <message>
        <source>refused: the program that connected could not be identified</source>
        <translation>отклонено: не удалось определить, какая программа подключилась</translation>
    </message>
    <message>
        <source>refused: the program that connected belongs to another user (uid %1)</source>
        <translation>отклонено: подключившаяся программа принадлежит другому пользователю (uid %1)</translation>
    </message>
    <message>
        <source>refused: the sandbox is full (%1 messages, %2 octets); clear it to make room</source>
        <translation>отклонено: песочница заполнена (сообщений: %1, октетов: %2); очистите её, чтобы освободить место</translation>
    </message>
    <message>
        <source>refused: the message does not fit in the sandbox (%1 messages, %2 octets); nothing stored</source>
        <translation>отклонено: сообщение не помещается в песочницу (сообщений: %1, октетов: %2); ничего не сохранено</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>No folder was given for captured messages</source>
        <translation>Не указана папка для перехваченных сообщений</translation>
    </message>
    <message>
        <source>Could not listen on %1:%2: %3</source>
        <translation>Не удалось начать прослушивание на %1:%2: %3</translation>
    </message>
    <message>
        <source>the sandbox stopped</source>
        <translation>песочница остановлена</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Не удалось создать «%1»: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>The message was already stored or discarded</source>
        <translation>Сообщение уже сохранено или отброшено</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Не удалось сохранить «%1»: %2</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”</source>
        <translation>Не удалось создать папку «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a sandbox message id</source>
        <translation>«%1» не является идентификатором сообщения песочницы</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>Не удалось удалить «%1»: %2</translation>
    </message>
</context>
<context>
    <name>SandboxWindow</name>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation>Адрес песочницы</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принимать</translation>
    </message>
    <message>
        <source>4xx: try again later</source>
        <translation>4xx: повторить позже</translation>
    </message>
    <message>
        <source>5xx: refuse</source>
        <translation>5xx: отказать</translation>
    </message>
    <message>
        <source>Reply to RCPT TO</source>
        <translation>Ответ на RCPT TO</translation>
    </message>
    <message>
        <source>1 fails every recipient; N fails the Nth, 2Nth, …</source>
        <translation>1 — отказ всем получателям; N — отказ N-му, 2N-му, …</translation>
    </message>
    <message>
        <source>&amp;RCPT TO:</source>
        <translation>&amp;RCPT TO:</translation>
    </message>
    <message>
        <source>Store, then drop the connection</source>
        <translation>Сохранить, затем разорвать соединение</translation>
    </message>
    <message>
        <source>Reply at the end of data</source>
        <translation>Ответ в конце данных</translation>
    </message>
    <message>
        <source>&amp;End of data:</source>
        <translation>&amp;Конец данных:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Без задержки</translation>
    </message>
    <message>
        <source>Delay before every reply, in milliseconds</source>
        <translation>Задержка перед каждым ответом, в миллисекундах</translation>
    </message>
    <message>
        <source>S&amp;low replies:</source>
        <translation>&amp;Медленные ответы:</translation>
    </message>
    <message>
        <source>What the outbox will show</source>
        <translation>Что покажут исходящие</translation>
    </message>
    <message>
        <source>Captured messages</source>
        <translation>Перехваченные сообщения</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Исходный текст сообщения</translation>
    </message>
    <message>
        <source>Select a message to see its source.</source>
        <translation>Выберите сообщение, чтобы увидеть его исходный текст.</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>&amp;Очистить…</translation>
    </message>
    <message>
        <source>Delete every captured message</source>
        <translation>Удалить все перехваченные сообщения</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>Прослушивание на %1:%2</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Не работает: %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <source>&lt;&gt;</source>
        <translation>&lt;&gt;</translation>
    </message>
    <message>
        <source>Cannot read the message: %1</source>
        <translation>Не удаётся прочитать сообщение: %1</translation>
    </message>
    <message>
        <source>[… shown: the first %1 of %2]</source>
        <translation>[… показаны первые %1 из %2]</translation>
    </message>
    <message>
        <source>Clear the Sandbox</source>
        <translation>Очистка песочницы</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n captured message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n перехваченное сообщение? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить все %n перехваченных сообщения? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить все %n перехваченных сообщений? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Не удалось удалить: %1</translation>
    </message>
    <message>
        <source>every recipient</source>
        <translation>всех получателей</translation>
    </message>
    <message>
        <source>4xx on RCPT for %1: messages are deferred and retried.</source>
        <translation>4xx на RCPT для %1: сообщения откладываются и отправляются повторно.</translation>
    </message>
    <message>
        <source>5xx on RCPT for %1: those recipients are refused for good and the outbox shows the message as failed.</source>
        <translation>5xx на RCPT для %1: этим получателям отказано окончательно, и исходящие показывают сообщение как неотправленное.</translation>
    </message>
    <message>
        <source>4xx after the data: nothing is stored; messages are deferred and retried.</source>
        <translation>4xx после данных: ничего не сохраняется; сообщения откладываются и отправляются повторно.</translation>
    </message>
    <message>
        <source>5xx after the data: nothing is stored; messages fail for good.</source>
        <translation>5xx после данных: ничего не сохраняется; сообщения окончательно не отправляются.</translation>
    </message>
    <message>
        <source>Dropped after the dot: the message is stored here, but the outbox cannot tell whether it went; a retry shows up here as a duplicate.</source>
        <translation>Разрыв после точки: сообщение сохраняется здесь, но исходящие не могут определить, ушло ли оно; повторная отправка появится здесь как дубликат.</translation>
    </message>
    <message>
        <source>Every reply waits %1 ms: sending is slow and may time out.</source>
        <translation>Каждый ответ задерживается на %1 мс: отправка идёт медленно и может прерваться по тайм-ауту.</translation>
    </message>
    <message>
        <source>No failures: every message is accepted and shows as sent.</source>
        <translation>Без сбоев: каждое сообщение принимается и отображается как отправленное.</translation>
    </message>
    <message>
        <source>1 in </source>
        <translation>1 из </translation>
    </message>
    <message>
        <source>Fail one recipient in N</source>
        <translation>Отказ одному получателю из N</translation>
    </message>
    <message numerus="yes">
        <source>1 in %n recipient(s)</source>
        <translation>
            <numerusform>1 из %n получателя</numerusform>
            <numerusform>1 из %n получателей</numerusform>
            <numerusform>1 из %n получателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sasl</name>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation>Сервер прислал запрос SCRAM до первого сообщения клиента.</translation>
    </message>
    <message>
        <source>The server sent a challenge after the exchange ended.</source>
        <translation>Сервер прислал запрос после завершения обмена.</translation>
    </message>
    <message>
        <source>The SCRAM exchange has already failed.</source>
        <translation>Обмен SCRAM уже завершился неудачей.</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message is malformed.</source>
        <translation>Первое сообщение SCRAM от сервера некорректно.</translation>
    </message>
    <message>
        <source>The server rejected the authentication: %1</source>
        <translation>Сервер отклонил аутентификацию: %1</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension this client does not support.</source>
        <translation>Сервер требует расширение SCRAM, которое этот клиент не поддерживает.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not match the client&apos;s.</source>
        <translation>Одноразовое значение (nonce) SCRAM сервера не совпадает с клиентским.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM salt is missing or malformed.</source>
        <translation>Соль SCRAM от сервера отсутствует или некорректна.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM iteration count is malformed.</source>
        <translation>Число итераций SCRAM от сервера некорректно.</translation>
    </message>
    <message>
        <source>The server asked for only %1 SCRAM iterations; at least %2 are required.</source>
        <translation>Сервер запросил всего %1 итераций SCRAM; требуется не менее %2.</translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; at most %2 are accepted.</source>
        <translation>Сервер запросил %1 итераций SCRAM; допускается не более %2.</translation>
    </message>
    <message>
        <source>The SCRAM key could not be derived.</source>
        <translation>Не удалось вычислить ключ SCRAM.</translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message is malformed.</source>
        <translation>Последнее сообщение SCRAM от сервера некорректно.</translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password: its SCRAM signature is wrong. It may be an impostor.</source>
        <translation>Сервер не смог доказать, что знает пароль: его подпись SCRAM неверна. Возможно, это поддельный сервер.</translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which PLAIN cannot send.</source>
        <translation>Имя пользователя или пароль содержит символ NUL, который нельзя передать через PLAIN.</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>Сервер прислал пустой запрос CRAM-MD5.</translation>
    </message>
    <message>
        <source>The user name, host or access token contains a control character.</source>
        <translation>Имя пользователя, хост или токен доступа содержит управляющий символ.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>A Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>Hello from Outbound</source>
        <translation>Привет от Outbound</translation>
    </message>
    <message>
        <source>This message went to the built-in sandbox server.
</source>
        <translation>Это сообщение отправлено на встроенный сервер-песочницу.
</translation>
    </message>
</context>
<context>
    <name>SecretRequest</name>
    <message>
        <source>the account&apos;s password command is empty</source>
        <translation>команда получения пароля для учётной записи не задана</translation>
    </message>
    <message>
        <source>the password command did not finish within %1 s</source>
        <translation>команда получения пароля не завершилась за %1 с</translation>
    </message>
    <message>
        <source>cannot run the password command: %1</source>
        <translation>не удаётся запустить команду получения пароля: %1</translation>
    </message>
    <message>
        <source>the password command failed (exit code %1)%2</source>
        <translation>команда получения пароля завершилась с ошибкой (код выхода %1)%2</translation>
    </message>
    <message>
        <source>the password command printed nothing</source>
        <translation>команда получения пароля ничего не вывела</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); store the password in a keychain that runs, or use a password command</source>
        <translation>системное хранилище паролей недоступно (%1); сохраните пароль в работающем хранилище или используйте команду получения пароля</translation>
    </message>
    <message>
        <source>the keychain has no password for this account; set one with `outboundctl account add`</source>
        <translation>в хранилище паролей нет пароля для этой учётной записи; задайте его с помощью `outboundctl account add`</translation>
    </message>
    <message>
        <source>this build of Outbound has no keychain support; use a password command</source>
        <translation>эта сборка Outbound не поддерживает хранилище паролей; используйте команду получения пароля</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>no private folder for the instance socket: set XDG_RUNTIME_DIR, or use a profile with a shorter path</source>
        <translation>нет закрытой папки для сокета экземпляра: задайте XDG_RUNTIME_DIR или используйте профиль с более коротким путём</translation>
    </message>
</context>
<context>
    <name>SmtpAddress</name>
    <message>
        <source>The part before @ has an empty segment (a leading, trailing or double dot).</source>
        <translation>Часть до @ содержит пустой сегмент (точка в начале, в конце или две точки подряд).</translation>
    </message>
    <message>
        <source>The address contains a space; spaces are allowed only in quotes.</source>
        <translation>Адрес содержит пробел; пробелы допустимы только в кавычках.</translation>
    </message>
    <message>
        <source>The part before @ contains a character not allowed there: &apos;%1&apos;.</source>
        <translation>Часть до @ содержит недопустимый в ней символ: «%1».</translation>
    </message>
    <message>
        <source>The address literal after @ is missing its closing &apos;]&apos;.</source>
        <translation>В литерале адреса после @ нет закрывающей скобки «]».</translation>
    </message>
    <message>
        <source>The IPv6 address literal after @ is not a valid IPv6 address.</source>
        <translation>Литерал адреса IPv6 после @ не является допустимым адресом IPv6.</translation>
    </message>
    <message>
        <source>The address literal after @ is neither an IPv4 address nor &quot;IPv6:&quot; and an IPv6 address.</source>
        <translation>Литерал адреса после @ не является ни адресом IPv4, ни «IPv6:» с адресом IPv6.</translation>
    </message>
    <message>
        <source>The domain after @ is not a valid internationalised domain name.</source>
        <translation>Домен после @ не является допустимым интернационализированным доменным именем.</translation>
    </message>
    <message>
        <source>The domain after @ is longer than %1 octets.</source>
        <translation>Домен после @ длиннее %1 октетов.</translation>
    </message>
    <message>
        <source>The domain after @ has an empty label (a leading, trailing or double dot).</source>
        <translation>Домен после @ содержит пустую метку (точка в начале, в конце или две точки подряд).</translation>
    </message>
    <message>
        <source>A label of the domain after @ is longer than %1 octets.</source>
        <translation>Метка домена после @ длиннее %1 октетов.</translation>
    </message>
    <message>
        <source>A label of the domain after @ starts or ends with a hyphen.</source>
        <translation>Метка домена после @ начинается или заканчивается дефисом.</translation>
    </message>
    <message>
        <source>The domain after @ contains a character not allowed in a host name.</source>
        <translation>Домен после @ содержит символ, недопустимый в имени хоста.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Адрес пуст.</translation>
    </message>
    <message>
        <source>The address contains a line break or a NUL character.</source>
        <translation>Адрес содержит перевод строки или символ NUL.</translation>
    </message>
    <message>
        <source>The address is not valid Unicode.</source>
        <translation>Адрес не является допустимой строкой Unicode.</translation>
    </message>
    <message>
        <source>The quoted part before @ ends in a lone backslash or escapes a character that cannot be escaped.</source>
        <translation>Часть в кавычках до @ заканчивается одиночной обратной косой чертой или экранирует символ, который нельзя экранировать.</translation>
    </message>
    <message>
        <source>The quoted part before @ contains a character not allowed there.</source>
        <translation>Часть в кавычках до @ содержит недопустимый в ней символ.</translation>
    </message>
    <message>
        <source>The quoted part before @ is missing its closing quote.</source>
        <translation>В части в кавычках до @ нет закрывающей кавычки.</translation>
    </message>
    <message>
        <source>The part before @ is empty.</source>
        <translation>Часть до @ пуста.</translation>
    </message>
    <message>
        <source>The quoted part before @ must be followed directly by @.</source>
        <translation>Сразу за частью в кавычках должен следовать символ @.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>В адресе нет @.</translation>
    </message>
    <message>
        <source>The part before @ is longer than %1 octets.</source>
        <translation>Часть до @ длиннее %1 октетов.</translation>
    </message>
    <message>
        <source>The domain after @ is empty.</source>
        <translation>Домен после @ пуст.</translation>
    </message>
    <message>
        <source>The address is longer than %1 octets.</source>
        <translation>Адрес длиннее %1 октетов.</translation>
    </message>
</context>
<context>
    <name>SmtpDataCheck</name>
    <message>
        <source>a NUL byte at offset %1 (line %2), which SMTP cannot carry</source>
        <translation>байт NUL по смещению %1 (строка %2), который SMTP не может передать</translation>
    </message>
    <message>
        <source>line %1 (at offset %2) is longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6)</source>
        <translation>строка %1 (по смещению %2) длиннее 998 октетов, допустимых в SMTP (RFC 5321 §4.5.3.1.6)</translation>
    </message>
</context>
<context>
    <name>SmtpError</name>
    <message>
        <source>%1 refused</source>
        <translation>%1: отказ</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>неожиданный ответ</translation>
    </message>
    <message>
        <source>unexpected reply to %1</source>
        <translation>неожиданный ответ (%1)</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Нет ошибки</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found</source>
        <translation>Не удалось найти имя хоста сервера</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Сервер отклонил соединение</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly</source>
        <translation>Сервер неожиданно закрыл соединение</translation>
    </message>
    <message>
        <source>A network error occurred</source>
        <translation>Произошла сетевая ошибка</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Сервер не ответил вовремя</translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent; the server may have accepted it</source>
        <translation>Соединение прервалось после отправки сообщения; возможно, сервер его принял</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted</source>
        <translation>Сервер не предлагает STARTTLS, поэтому соединение нельзя зашифровать</translation>
    </message>
    <message>
        <source>The server refused to start TLS</source>
        <translation>Сервер отказался начать TLS</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>Сбой согласования TLS</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Сертификат сервера не является доверенным</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned certificate</source>
        <translation>Сертификат сервера не совпадает с закреплённым</translation>
    </message>
    <message>
        <source>TLS is not available on this system</source>
        <translation>TLS недоступен в этой системе</translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism that can be used</source>
        <translation>Сервер не предлагает ни одного пригодного механизма аутентификации</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Ошибка аутентификации</translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password</source>
        <translation>Сервер не смог доказать, что знает пароль</translation>
    </message>
    <message>
        <source>Authentication requires an encrypted connection</source>
        <translation>Для аутентификации требуется зашифрованное соединение</translation>
    </message>
    <message>
        <source>The password could not be obtained</source>
        <translation>Не удалось получить пароль</translation>
    </message>
    <message>
        <source>The server reported a temporary failure</source>
        <translation>Сервер сообщил о временном сбое</translation>
    </message>
    <message>
        <source>The server is not available and closed the connection</source>
        <translation>Сервер недоступен и закрыл соединение</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Сервер отклонил запрос</translation>
    </message>
    <message>
        <source>The server rejected all recipients</source>
        <translation>Сервер отклонил всех получателей</translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation>Сообщение слишком велико для сервера</translation>
    </message>
    <message>
        <source>The server did not follow the SMTP protocol</source>
        <translation>Сервер нарушил протокол SMTP</translation>
    </message>
    <message>
        <source>The server sent a malformed reply</source>
        <translation>Сервер прислал некорректный ответ</translation>
    </message>
    <message>
        <source>The server sent a reply that is too long</source>
        <translation>Сервер прислал слишком длинный ответ</translation>
    </message>
    <message>
        <source>The server sent unexpected data before the TLS handshake</source>
        <translation>Сервер прислал неожиданные данные до согласования TLS</translation>
    </message>
    <message>
        <source>An address is not valid</source>
        <translation>Недопустимый адрес</translation>
    </message>
    <message>
        <source>The message has no recipients</source>
        <translation>В сообщении нет получателей</translation>
    </message>
    <message>
        <source>The message could not be read</source>
        <translation>Не удалось прочитать сообщение</translation>
    </message>
    <message>
        <source>The message needs 8-bit transport, which the server does not support</source>
        <translation>Сообщению требуется 8-битная передача, которую сервер не поддерживает</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8, which the server does not support</source>
        <translation>Адресу требуется SMTPUTF8, который сервер не поддерживает</translation>
    </message>
    <message>
        <source>The account settings are not valid</source>
        <translation>Недопустимые настройки учётной записи</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>Отправка отменена</translation>
    </message>
    <message>
        <source>Unknown error %1</source>
        <translation>Неизвестная ошибка %1</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>ответ сервера: %1</translation>
    </message>
    <message>
        <source>The server on this port is not run by you: another user may be listening in its place, so nothing was sent</source>
        <translation>Сервер на этом порту запущен не вами: вместо него может слушать другой пользователь, поэтому ничего не отправлено</translation>
    </message>
    <message>
        <source>The server takes no more messages on this connection</source>
        <translation>Сервер больше не принимает сообщения в этом соединении</translation>
    </message>
    <message>
        <source>The message holds data that SMTP cannot carry</source>
        <translation>Сообщение содержит данные, которые SMTP не может передать</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Сервер прислал строку длиннее %1 байт.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply.</source>
        <translation>Сервер прислал строку, не являющуюся ответом SMTP.</translation>
    </message>
    <message>
        <source>The server changed the reply code from %1 to %2 within one reply.</source>
        <translation>Сервер сменил код ответа с %1 на %2 в пределах одного ответа.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Сервер прислал ответ длиннее %1 строк.</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>the session was closed</source>
        <translation>сеанс был закрыт</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет соединения</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>ожидание приветствия</translation>
    </message>
    <message>
        <source>saying EHLO</source>
        <translation>отправка EHLO</translation>
    </message>
    <message>
        <source>saying HELO</source>
        <translation>отправка HELO</translation>
    </message>
    <message>
        <source>asking for STARTTLS</source>
        <translation>запрос STARTTLS</translation>
    </message>
    <message>
        <source>negotiating TLS</source>
        <translation>согласование TLS</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>аутентификация</translation>
    </message>
    <message>
        <source>waiting for the reply to your command</source>
        <translation>ожидание ответа на вашу команду</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>sending the envelope</source>
        <translation>отправка конверта</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>отправка сообщения</translation>
    </message>
    <message>
        <source>resetting</source>
        <translation>сброс</translation>
    </message>
    <message>
        <source>saying goodbye</source>
        <translation>завершение сеанса</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>no server host name is set</source>
        <translation>не задано имя хоста сервера</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be given in EHLO: use a domain name</source>
        <translation>«%1» нельзя указать в EHLO: используйте доменное имя</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Подключение к %1, порт %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Подключено к %1, порт %2</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>TLS установлен: %1</translation>
    </message>
    <message>
        <source>Certificate accepted because it matches the pinned SHA-256 fingerprint</source>
        <translation>Сертификат принят, так как совпадает с закреплённым отпечатком SHA-256</translation>
    </message>
    <message>
        <source>%1; the server presented %2</source>
        <translation>%1; сервер предъявил %2</translation>
    </message>
    <message>
        <source>the connection was not established within %1 s</source>
        <translation>соединение не установлено за %1 с</translation>
    </message>
    <message>
        <source>the server accepted no message data for %1 s</source>
        <translation>сервер не принимал данные сообщения %1 с</translation>
    </message>
    <message>
        <source>no reply within %1 s while %2</source>
        <translation>нет ответа в течение %1 с (%2)</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Тайм-аут: %1</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation>сервер прислал ответ, который никто не запрашивал</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>приветствие</translation>
    </message>
    <message>
        <source>Capabilities%1: %2</source>
        <translation>Возможности%1: %2</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (зашифровано)</translation>
    </message>
    <message>
        <source>the server refused EHLO, so STARTTLS is not possible; refusing to continue in plaintext</source>
        <translation>сервер отклонил EHLO, поэтому STARTTLS невозможен; продолжать без шифрования нельзя</translation>
    </message>
    <message>
        <source>The server speaks plain SMTP only (HELO): no extensions</source>
        <translation>Сервер поддерживает только простой SMTP (HELO): расширений нет</translation>
    </message>
    <message>
        <source>the server did not offer STARTTLS; refusing to continue in plaintext</source>
        <translation>сервер не предложил STARTTLS; продолжать без шифрования нельзя</translation>
    </message>
    <message>
        <source>the server refused STARTTLS; refusing to continue in plaintext</source>
        <translation>сервер отклонил STARTTLS; продолжать без шифрования нельзя</translation>
    </message>
    <message>
        <source>%1 bytes arrived after the server&apos;s 220 to STARTTLS and before TLS began</source>
        <translation>после ответа сервера 220 на STARTTLS и до начала TLS пришло байт: %1</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>Запуск TLS</translation>
    </message>
    <message>
        <source>refusing to authenticate without TLS</source>
        <translation>аутентификация без TLS не выполняется</translation>
    </message>
    <message>
        <source>the server offers no AUTH mechanism</source>
        <translation>сервер не предлагает ни одного механизма AUTH</translation>
    </message>
    <message>
        <source>none that Outbound supports for this kind of credential</source>
        <translation>механизм, который Outbound поддерживает для такого вида учётных данных</translation>
    </message>
    <message>
        <source>the server offers %1; wanted %2</source>
        <translation>сервер предлагает %1; нужен %2</translation>
    </message>
    <message>
        <source>the server&apos;s AUTH challenge is not base64</source>
        <translation>запрос AUTH от сервера не в формате base64</translation>
    </message>
    <message>
        <source>the server accepted the login without proving its own identity</source>
        <translation>сервер принял вход, не подтвердив собственную подлинность</translation>
    </message>
    <message>
        <source>Authenticated as %1 with %2</source>
        <translation>Аутентификация выполнена как %1 с помощью %2</translation>
    </message>
    <message>
        <source>AUTH %1 was refused</source>
        <translation>AUTH %1: отказ</translation>
    </message>
    <message>
        <source>the message must come from a file or a buffer that is open for reading</source>
        <translation>сообщение должно поступать из файла или буфера, открытого для чтения</translation>
    </message>
    <message>
        <source>the session is closed</source>
        <translation>сеанс закрыт</translation>
    </message>
    <message>
        <source>the session is %1; wait until it is ready</source>
        <translation>состояние сеанса: %1; дождитесь готовности</translation>
    </message>
    <message>
        <source>a command is one line of text</source>
        <translation>команда должна быть одной строкой текста</translation>
    </message>
    <message>
        <source>%1 is done by Outbound from the account&apos;s settings when the session opens</source>
        <translation>%1 выполняется Outbound автоматически по настройкам учётной записи при открытии сеанса</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>the connection was dropped to cancel another message on it</source>
        <translation>соединение разорвано, чтобы отменить другое сообщение, передававшееся по нему</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>в сообщении нет получателей</translation>
    </message>
    <message>
        <source>the message has UTF-8 headers but the server does not offer SMTPUTF8</source>
        <translation>в сообщении есть заголовки в UTF-8, но сервер не предлагает SMTPUTF8</translation>
    </message>
    <message>
        <source>the message has 8-bit data but the server does not offer 8BITMIME</source>
        <translation>в сообщении есть 8-битные данные, но сервер не предлагает 8BITMIME</translation>
    </message>
    <message>
        <source>the message is %1 bytes; the server accepts at most %2</source>
        <translation>размер сообщения — %1 байт; сервер принимает не более %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation>%1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; has a non-ASCII local part and the server does not offer SMTPUTF8</source>
        <translation>%1 &lt;%2&gt;: в локальной части есть символы вне ASCII, а сервер не предлагает SMTPUTF8</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>получатель</translation>
    </message>
    <message>
        <source>an address or parameter contains a line break or NUL</source>
        <translation>адрес или параметр содержит перевод строки или NUL</translation>
    </message>
    <message>
        <source>every recipient was refused, some only for now</source>
        <translation>все получатели отклонены, некоторые — временно</translation>
    </message>
    <message>
        <source>every recipient was refused</source>
        <translation>все получатели отклонены</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>сообщение пустое</translation>
    </message>
    <message>
        <source>only %1 of the message&apos;s %2 bytes could be read</source>
        <translation>удалось прочитать только %1 из %2 байт сообщения</translation>
    </message>
    <message>
        <source>the connection was dropped because another message could not be read</source>
        <translation>соединение разорвано, так как не удалось прочитать другое сообщение</translation>
    </message>
    <message>
        <source>no message body</source>
        <translation>нет тела сообщения</translation>
    </message>
    <message>
        <source>Message data: %1 lines, %2 bytes</source>
        <translation>Данные сообщения: строк — %1, байт — %2</translation>
    </message>
    <message>
        <source>Message data: %1 bytes</source>
        <translation>Данные сообщения: %1 байт</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>конец данных</translation>
    </message>
    <message>
        <source>%1 after the whole message was sent</source>
        <translation>%1 после передачи всего сообщения</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Сбой: %1</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Соединение закрыто</translation>
    </message>
    <message>
        <source>%1 sends a message: use New Message, which streams it safely</source>
        <translation>%1 передаёт сообщение: воспользуйтесь командой «Новое сообщение», которая безопасно передаёт его потоком</translation>
    </message>
    <message>
        <source>%1 port %2 is held by a program of user id %3</source>
        <translation>порт %2 на %1 занят программой пользователя с идентификатором %3</translation>
    </message>
    <message>
        <source>who runs the server on %1 port %2 cannot be found out</source>
        <translation>не удаётся определить, кто запустил сервер на %1, порт %2</translation>
    </message>
    <message>
        <source>the server refused STARTTLS for now; refusing to continue in plaintext</source>
        <translation>сервер временно отклонил STARTTLS; продолжать без шифрования нельзя</translation>
    </message>
    <message numerus="yes">
        <source>the server takes at most %n message(s) per connection (LIMITS MAILMAX)</source>
        <translation>
            <numerusform>сервер принимает не более %n сообщения за соединение (LIMITS MAILMAX)</numerusform>
            <numerusform>сервер принимает не более %n сообщений за соединение (LIMITS MAILMAX)</numerusform>
            <numerusform>сервер принимает не более %n сообщений за соединение (LIMITS MAILMAX)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server takes at most %n message(s) per connection (LIMITS MAILMAX); recipients left for another connection: %1</source>
        <translation>
            <numerusform>сервер принимает не более %n сообщения за соединение (LIMITS MAILMAX); получателей, оставленных для другого соединения: %1</numerusform>
            <numerusform>сервер принимает не более %n сообщений за соединение (LIMITS MAILMAX); получателей, оставленных для другого соединения: %1</numerusform>
            <numerusform>сервер принимает не более %n сообщений за соединение (LIMITS MAILMAX); получателей, оставленных для другого соединения: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection was dropped because another message could not be sent</source>
        <translation>соединение разорвано, так как не удалось отправить другое сообщение</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Не удаётся прочитать файл сертификатов ЦС %1.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 contains no PEM certificate.</source>
        <translation>Файл сертификатов ЦС %1 не содержит сертификатов PEM.</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>Соединение не зашифровано.</translation>
    </message>
    <message>
        <source>The server negotiated %1; TLS 1.2 or newer is required.</source>
        <translation>Сервер согласовал %1; требуется TLS 1.2 или новее.</translation>
    </message>
    <message>
        <source>an unknown protocol</source>
        <translation>неизвестный протокол</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) is not the pinned certificate (%2).</source>
        <translation>Сертификат сервера (SHA-256 %1) не является закреплённым (%2).</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>нет сертификата</translation>
    </message>
    <message>
        <source>%1 issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>%1, выдан: %2, действителен с %3 по %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>%1; the server presented %2</source>
        <translation>%1; сервер предъявил %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for %1: it names %2</source>
        <translation>Сертификат сервера недействителен для %1 — имена в сертификате: %2</translation>
    </message>
    <message>
        <source>no host at all</source>
        <translation>нет ни одного имени хоста</translation>
    </message>
    <message>
        <source>(its subject CN=%1 is not used, because the certificate has subject alternative names)</source>
        <translation>(CN=%1 из его субъекта не используется, так как в сертификате есть альтернативные имена субъекта)</translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <source>Transcript</source>
        <translation>Протокол сеанса</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Протокол сеанса в реальном времени</translation>
    </message>
    <message>
        <source>Transcript tools</source>
        <translation>Инструменты протокола</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Пок&amp;азывать:</translation>
    </message>
    <message>
        <source>Show the lines of</source>
        <translation>Показывать строки</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>Поиск в протоколе</translation>
    </message>
    <message>
        <source>Text in a line</source>
        <translation>Текст в строке</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Найти пре&amp;дыдущее</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;следующее</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>&amp;Копировать строки</translation>
    </message>
    <message>
        <source>&amp;Save Transcript…</source>
        <translation>Со&amp;хранить протокол…</translation>
    </message>
    <message>
        <source>C&amp;lear Transcript</source>
        <translation>&amp;Очистить протокол</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate…</source>
        <translation>Се&amp;ртификат…</translation>
    </message>
    <message>
        <source>Show the TLS details of the selected line&apos;s session</source>
        <translation>Показать сведения о TLS для сеанса выбранной строки</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Результат поиска</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Строки протокола</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Все сеансы</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Учётная запись %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Сеанс %1</translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation>Сеанс %1 (%2)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Сохранение протокола</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>Протоколы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation>Не удалось сохранить протокол: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>%n byte(s) of this line not shown</source>
        <translation>
            <numerusform>%n байт этой строки не показан</numerusform>
            <numerusform>%n байта этой строки не показаны</numerusform>
            <numerusform>%n байт этой строки не показаны</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outbound</name>
    <message>
        <source>Cannot compose</source>
        <translation>Не удаётся создать сообщение</translation>
    </message>
    <message>
        <source>Cannot edit the message</source>
        <translation>Не удаётся изменить сообщение</translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>Этого сообщения больше нет в исходящих.</translation>
    </message>
    <message>
        <source>Cannot remove the original message</source>
        <translation>Не удаётся удалить исходное сообщение</translation>
    </message>
    <message>
        <source>Outbound, a mail client built for sending.</source>
        <translation>Outbound — почтовый клиент для отправки почты.</translation>
    </message>
    <message>
        <source>Keep all state in DIR.</source>
        <translation>Хранить всё состояние в каталоге DIR.</translation>
    </message>
    <message>
        <source>Open a compose window: a mailto: URL, or to=&apos;…&apos;,subject=&apos;…&apos;,body=&apos;…&apos;,attachment=&apos;…&apos; (&quot;&quot; for an empty one).</source>
        <translation>Открыть окно нового сообщения: URL mailto: или to=&apos;…&apos;,subject=&apos;…&apos;,body=&apos;…&apos;,attachment=&apos;…&apos; (&quot;&quot; — пустое значение).</translation>
    </message>
    <message>
        <source>mailto: URLs to compose.</source>
        <translation>URL mailto: для создания сообщений.</translation>
    </message>
    <message>
        <source>Outbound cannot start</source>
        <translation>Outbound не может запуститься</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>Не удалось открыть черновик</translation>
    </message>
</context>
</TS>
