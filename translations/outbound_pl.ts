<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AccountCheck</name>
    <message>
        <source>Running the password command…</source>
        <translation>Uruchamianie polecenia hasła…</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Odczytywanie hasła z magazynu haseł…</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>logged in as %1 with %2</source>
        <translation>zalogowano jako %1 metodą %2</translation>
    </message>
    <message>
        <source>the server offers %1</source>
        <translation>serwer oferuje %1</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>an account name may hold only letters, digits and . _ - @ (at most 64)</source>
        <translation>nazwa konta może zawierać tylko litery, cyfry oraz . _ - @ (najwyżej 64 znaki)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>nie można zapisać %1</translation>
    </message>
    <message>
        <source>no account named %1</source>
        <translation>nie ma konta o nazwie %1</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>TLS (encrypted from the start)</source>
        <translation>TLS (szyfrowanie od początku)</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (wymagane)</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Brak (zwykły tekst)</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation>Podmiot: %1
Wystawca: %2
Ważny: od %3 do %4
SHA-256: %5</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>&amp;Konta:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Account and SMTP</source>
        <translation>Konto i SMTP</translation>
    </message>
    <message>
        <source>IMAP and POP3</source>
        <translation>IMAP i POP3</translation>
    </message>
    <message>
        <source>Test Results</source>
        <translation>Wyniki testu</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testuj</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>Przetestuj konto</translation>
    </message>
    <message>
        <source>Connects to the servers with these settings and logs in; sends nothing</source>
        <translation>Łączy się z serwerami przy użyciu tych ustawień i loguje się; niczego nie wysyła</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Tożsamość</translation>
    </message>
    <message>
        <source>work (letters, digits, . _ - @)</source>
        <translation>praca (litery, cyfry, . _ - @)</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <source>A short unique name; letters, digits and . _ - @ only</source>
        <translation>Krótka, niepowtarzalna nazwa; tylko litery, cyfry oraz . _ - @</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nazwa konta:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>I&amp;mię i nazwisko:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adres &amp;e-mail:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Added below a line &quot;-- &quot; in new messages</source>
        <translation>Dodawany w nowych wiadomościach pod wierszem „-- ”</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Podp&amp;is:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Poczta wychodząca (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serwer SMTP</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Zabezpieczenia SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>&amp;Zabezpieczenia:</translation>
    </message>
    <message>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Automatycznie (najsilniejsze, jakie oferuje serwer)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Metoda uwierzytelniania</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Uwie&amp;rzytelnianie:</translation>
    </message>
    <message>
        <source>empty: the server needs no login</source>
        <translation>puste: serwer nie wymaga logowania</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nazwa użytkownika SMTP</translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation>Pozostaw puste, jeśli serwer nie wymaga logowania</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>Nazwa u&amp;żytkownika:</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>puste: %1</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nazwa HELO</translation>
    </message>
    <message>
        <source>The name this computer gives in EHLO</source>
        <translation>Nazwa, którą ten komputer podaje w EHLO</translation>
    </message>
    <message>
        <source>HEL&amp;O name:</source>
        <translation>Nazwa HEL&amp;O:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>puste: systemowe urzędy certyfikacji</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Plik CA</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities (PEM)</source>
        <translation>Dodatkowe zaufane urzędy certyfikacji (PEM)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Wybierz plik CA</translation>
    </message>
    <message>
        <source>Certificate Authorities</source>
        <translation>Urzędy certyfikacji</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certyfikaty PEM (*.pem *.crt *.cer);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>P&amp;lik CA:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Przypięty certyfikat</translation>
    </message>
    <message>
        <source>SHA-256 of the one server certificate trusted besides the CAs</source>
        <translation>SHA-256 jedynego certyfikatu serwera zaufanego poza urzędami certyfikacji</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wyczyść</translation>
    </message>
    <message>
        <source>Clear the pinned certificate</source>
        <translation>Usuń przypięty certyfikat</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>Przypięty certyfikat:</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Systemowy magazyn haseł</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Polecenie hasła</translation>
    </message>
    <message>
        <source>This build of Outbound has no keychain support</source>
        <translation>Ta wersja programu Outbound nie obsługuje magazynu haseł</translation>
    </message>
    <message>
        <source>Password source</source>
        <translation>Źródło hasła</translation>
    </message>
    <message>
        <source>Where the password is kept; never in a file of Outbound&apos;s</source>
        <translation>Gdzie przechowywane jest hasło; nigdy w pliku programu Outbound</translation>
    </message>
    <message>
        <source>Password &amp;kept in:</source>
        <translation>Miejsce prze&amp;chowywania hasła:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save; used as typed when you test</source>
        <translation>Zapisywane w systemowym magazynie haseł przy zapisie konta; przy teście używane tak, jak zostało wpisane</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>e.g. pass show mail/work</source>
        <translation>np. pass show mail/work</translation>
    </message>
    <message>
        <source>A shell command whose first line of output is the password</source>
        <translation>Polecenie powłoki, którego pierwszy wiersz wyjścia jest hasłem</translation>
    </message>
    <message>
        <source>Password comman&amp;d:</source>
        <translation>Polecenie h&amp;asła:</translation>
    </message>
    <message>
        <source>only for testing</source>
        <translation>tylko do testów</translation>
    </message>
    <message>
        <source>Outbound only sends mail. These servers are kept with the account and can be tested, so all of its settings live in one place.</source>
        <translation>Outbound tylko wysyła pocztę. Te serwery są przechowywane razem z kontem i można je przetestować, aby wszystkie ustawienia konta były w jednym miejscu.</translation>
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
        <translation>Hasło skrzynki pocztowej (IMAP i POP3)</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>Serwer %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>%1 security</source>
        <translation>Zabezpieczenia %1</translation>
    </message>
    <message>
        <source>%1 port</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Zabezpieczenia:</translation>
    </message>
    <message>
        <source>%1 user name</source>
        <translation>Nazwa użytkownika %1</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>%1 CA file</source>
        <translation>Plik CA %1</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Plik CA:</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Domyślny (%1)</translation>
    </message>
    <message>
        <source>Test connects to the servers with the settings in the form and logs in. No mail is sent.</source>
        <translation>Test łączy się z serwerami przy użyciu ustawień z formularza i loguje się. Żadna poczta nie jest wysyłana.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certyfikat niezaufany</translation>
    </message>
    <message>
        <source>Pi&amp;n This Certificate</source>
        <translation>Prz&amp;ypnij ten certyfikat</translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation>Przypnij ten certyfikat</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this account from now on</source>
        <translation>Od teraz ufaj dokładnie temu certyfikatowi dla tego konta</translation>
    </message>
    <message>
        <source>The certificate is pinned. Test again, then save.</source>
        <translation>Certyfikat został przypięty. Przetestuj ponownie, a następnie zapisz.</translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation>Kr&amp;oki:</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Kroki testu</translation>
    </message>
    <message>
        <source>Transcri&amp;pt:</source>
        <translation>T&amp;ranskrypcja:</translation>
    </message>
    <message>
        <source>Test transcript</source>
        <translation>Transkrypcja testu</translation>
    </message>
    <message>
        <source>Every line sent (C:) and received (S:); # marks the client&apos;s own notes</source>
        <translation>Każdy wysłany (C:) i odebrany (S:) wiersz; znakiem # oznaczono uwagi klienta</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>Odrzucić zmiany w „%1”?</translation>
    </message>
    <message>
        <source>the new account</source>
        <translation>nowe konto</translation>
    </message>
    <message>
        <source>New account: fill in the form, test it, then save.</source>
        <translation>Nowe konto: wypełnij formularz, przetestuj je, a następnie zapisz.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>The account name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation>Nazwa konta może zawierać tylko litery, cyfry oraz . _ - @ (najwyżej 64 znaki).</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Konto o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <source>The email address is not valid: %1</source>
        <translation>Adres e-mail jest nieprawidłowy: %1</translation>
    </message>
    <message>
        <source>give exactly one address</source>
        <translation>podaj dokładnie jeden adres</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s host name.</source>
        <translation>Podaj nazwę hosta serwera SMTP.</translation>
    </message>
    <message>
        <source>SMTP CA file: %1</source>
        <translation>Plik CA dla SMTP: %1</translation>
    </message>
    <message>
        <source>Give the %1 server&apos;s host name, or switch %1 off.</source>
        <translation>Podaj nazwę hosta serwera %1 albo wyłącz %1.</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>skrzynki pocztowej</translation>
    </message>
    <message>
        <source>Give the %1 password command, or choose the keychain.</source>
        <translation>Podaj polecenie hasła %1 albo wybierz magazyn haseł.</translation>
    </message>
    <message>
        <source>Type the %1 password to store it in the keychain, or choose a password command.</source>
        <translation>Wpisz hasło %1, aby zapisać je w magazynie haseł, albo wybierz polecenie hasła.</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Zapisywanie hasła w systemowym magazynie haseł…</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1
Outbound does not write passwords to files. Start a keychain (such as GNOME Keyring or KWallet) and save again, or give a password command that prints the password, such as &quot;pass show mail/%2&quot;. The account was not saved.</source>
        <translation>Nie udało się zapisać hasła w systemowym magazynie haseł: %1
Outbound nie zapisuje haseł w plikach. Uruchom magazyn haseł (np. GNOME Keyring lub KWallet) i zapisz ponownie albo podaj polecenie wypisujące hasło, np. „pass show mail/%2”. Konto nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Nie udało się zapisać konta: %1</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>Zapisano konto „%1”.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Messages queued for it stay in the outbox but cannot be sent until an account of that name exists again.</source>
        <translation>Usunąć konto „%1”? Wiadomości czekające na nie w kolejce pozostaną w skrzynce nadawczej, ale nie będzie można ich wysłać, dopóki znów nie będzie istniało konto o tej nazwie.</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Nie udało się usunąć konta: %1</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Usunięto konto „%1”.</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>Zamknąć bez zapisywania zmian?</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s host name first.</source>
        <translation>Najpierw podaj nazwę hosta serwera SMTP.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testowanie…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Zatrzymaj test</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zatrzymano</translation>
    </message>
    <message>
        <source>Pin it only if you know this is your server&apos;s certificate (compare the SHA-256 with what your provider publishes).</source>
        <translation>Przypnij go tylko wtedy, gdy masz pewność, że to certyfikat Twojego serwera (porównaj SHA-256 z wartością publikowaną przez dostawcę).</translation>
    </message>
    <message>
        <source>This account is already set up, so Outbound does not offer to trust this certificate. If the server&apos;s certificate really changed, remove the pin or add its CA file.</source>
        <translation>To konto jest już skonfigurowane, więc Outbound nie proponuje zaufania temu certyfikatowi. Jeśli certyfikat serwera rzeczywiście się zmienił, usuń przypięcie albo dodaj plik jego urzędu certyfikacji.</translation>
    </message>
    <message>
        <source>%1: %2 port %3, security %4</source>
        <translation>%1: %2, port %3, zabezpieczenia: %4</translation>
    </message>
    <message>
        <source>%1: no password: %2</source>
        <translation>%1: brak hasła: %2</translation>
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
        <translation>%1: niepowodzenie: %2</translation>
    </message>
    <message>
        <source>✔ Test passed: the account can connect and log in.</source>
        <translation>✔ Test zakończony powodzeniem: konto może się połączyć i zalogować.</translation>
    </message>
    <message>
        <source>✘ Test failed: %1</source>
        <translation>✘ Test nieudany: %1</translation>
    </message>
    <message>
        <source>Test passed.</source>
        <translation>Test zakończony powodzeniem.</translation>
    </message>
    <message>
        <source>Test failed; see the Test Results tab.</source>
        <translation>Test nieudany; zobacz kartę „Wyniki testu”.</translation>
    </message>
    <message>
        <source>&amp;View Certificate Chain…</source>
        <translation>&amp;Wyświetl łańcuch certyfikatów…</translation>
    </message>
    <message>
        <source>Every certificate the server presented, with its names, validity and fingerprints</source>
        <translation>Wszystkie certyfikaty przedstawione przez serwer, z nazwami, okresem ważności i odciskami</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Limit czasu</translation>
    </message>
    <message>
        <source>How long to wait for each reply; the reply to the end of the message gets twice as long</source>
        <translation>Jak długo czekać na każdą odpowiedź; na odpowiedź po końcu wiadomości czas jest dwa razy dłuższy</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Li&amp;mit czasu:</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Outbound Sandbox</source>
        <translation>Piaskownica Outbound</translation>
    </message>
    <message>
        <source>the message is already on its way</source>
        <translation>wiadomość jest już w drodze</translation>
    </message>
</context>
<context>
    <name>AttemptOutcome</name>
    <message numerus="yes">
        <source>gave up after %n day(s): %1</source>
        <translation>
            <numerusform>zrezygnowano po %n dniu: %1</numerusform>
            <numerusform>zrezygnowano po %n dniach: %1</numerusform>
            <numerusform>zrezygnowano po %n dniach: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the server takes fewer recipients at a time; the rest go in the next transaction</source>
        <translation>serwer przyjmuje mniej odbiorców naraz; pozostali zostaną obsłużeni w następnej transakcji</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) deferred: %1</source>
        <translation>
            <numerusform>%n odbiorca odroczony: %1</numerusform>
            <numerusform>%n odbiorcy odroczeni: %1</numerusform>
            <numerusform>%n odbiorców odroczonych: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>odrzucono: %1</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>opaque key</source>
        <translation>klucz nieprzezroczysty</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2-bitowy</translation>
    </message>
    <message>
        <source>Server Certificate</source>
        <translation>Certyfikat serwera</translation>
    </message>
    <message>
        <source>Certificate c&amp;hain, the server&apos;s own first:</source>
        <translation>&amp;Łańcuch certyfikatów, najpierw certyfikat serwera:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Łańcuch certyfikatów</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Wystawiony dla</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Wystawca</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Not valid now</source>
        <translation>Obecnie nieważny</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Szczegóły certyfikatu</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>&amp;Kopiuj PEM</translation>
    </message>
    <message>
        <source>Copy the selected certificate in PEM form</source>
        <translation>Skopiuj zaznaczony certyfikat w formacie PEM</translation>
    </message>
    <message>
        <source>&amp;Save Chain…</source>
        <translation>&amp;Zapisz łańcuch…</translation>
    </message>
    <message>
        <source>Save the whole chain as a PEM file, e.g. to use as an account&apos;s CA file</source>
        <translation>Zapisz cały łańcuch jako plik PEM, np. do użycia jako plik CA konta</translation>
    </message>
    <message>
        <source>The session reported no certificates.</source>
        <translation>Sesja nie zgłosiła żadnych certyfikatów.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (wygasł)</translation>
    </message>
    <message>
        <source> (not yet valid)</source>
        <translation> (jeszcze nieważny)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Podmiot: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Wystawca: %1</translation>
    </message>
    <message>
        <source>Self-signed: %1</source>
        <translation>Samopodpisany: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Ważny: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Nazwy: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>Numer seryjny: %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Klucz publiczny: %1</translation>
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
        <translation>Zapisz łańcuch certyfikatów</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certyfikaty PEM (*.pem *.crt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Cannot Save the Chain</source>
        <translation>Nie można zapisać łańcucha</translation>
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
        <translation>Załącznik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>Files sent with the message; press Delete to remove the selected ones</source>
        <translation>Pliki wysyłane razem z wiadomością; naciśnij Delete, aby usunąć zaznaczone</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Usuń załącznik</translation>
    </message>
    <message>
        <source>Cannot attach %1: it is not a readable file.</source>
        <translation>Nie można dołączyć %1: to nie jest plik do odczytu.</translation>
    </message>
    <message>
        <source>Cannot insert %1: %2</source>
        <translation>Nie można wstawić %1: %2</translation>
    </message>
    <message>
        <source>No attachments; drop files here to attach them.</source>
        <translation>Brak załączników; upuść tu pliki, aby je dołączyć.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n załącznik, łącznie %1</numerusform>
            <numerusform>%n załączniki, łącznie %1</numerusform>
            <numerusform>%n załączników, łącznie %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — encoded, about %2: more than the %3 the server accepts.</source>
        <translation>%1 — po zakodowaniu ok. %2, czyli więcej niż %3 przyjmowane przez serwer.</translation>
    </message>
    <message>
        <source>(the server accepts up to %1)</source>
        <translation>(serwer przyjmuje do %1)</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Wstaw obraz</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Obrazy (%1)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Dołącz…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the window)</source>
        <translation>Dołącz pliki (lub upuść je na okno)</translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation>Wstaw &amp;obraz…</translation>
    </message>
    <message>
        <source>Insert an image into the text (switches to rich text)</source>
        <translation>Wstaw obraz do tekstu (przełącza na tekst sformatowany)</translation>
    </message>
    <message>
        <source>&amp;Rich Text</source>
        <translation>&amp;Tekst sformatowany</translation>
    </message>
    <message>
        <source>Write with formatting (sent as HTML with a plain-text copy)</source>
        <translation>Pisz z formatowaniem (wysyłane jako HTML z kopią w zwykłym tekście)</translation>
    </message>
    <message>
        <source>Switch to plain text</source>
        <translation>Przełącz na zwykły tekst</translation>
    </message>
    <message>
        <source>Plain text cannot hold images or formatting. Remove them?</source>
        <translation>Zwykły tekst nie może zawierać obrazów ani formatowania. Usunąć je?</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>Pogru&amp;bienie</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursywa</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>Podk&amp;reślenie</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>The account and address the message is sent from</source>
        <translation>Konto i adres, z którego wiadomość jest wysyłana</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>DW</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>D&amp;W:</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>UDW</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;UDW:</translation>
    </message>
    <message>
        <source>name@example.org, &quot;Name&quot; &lt;name@example.org&gt;</source>
        <translation>name@example.org, &quot;Name&quot; &lt;name@example.org&gt;</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>Adresy oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Subj&amp;ect:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Treść wiadomości</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;, sent through %2</source>
        <translation>Konto „%1”, wysyłka przez %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>Pole %1 jest nieprawidłowe: %2</translation>
    </message>
</context>
<context>
    <name>ComposeRequest</name>
    <message>
        <source>unknown --compose field &quot;%1&quot;</source>
        <translation>nieznane pole --compose „%1”</translation>
    </message>
    <message>
        <source>--compose %1: %2</source>
        <translation>--compose %1: %2</translation>
    </message>
    <message>
        <source>--compose attachment: no such file %1</source>
        <translation>--compose attachment: nie ma pliku %1</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Wyślij wiadomość (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send &amp;Later…</source>
        <translation>Wyślij &amp;później…</translation>
    </message>
    <message>
        <source>Choose when the message is sent</source>
        <translation>Wybierz, kiedy wiadomość zostanie wysłana</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>Cofnij wysłanie</translation>
    </message>
    <message>
        <source>Takes the message back before it is sent</source>
        <translation>Zabiera wiadomość z powrotem, zanim zostanie wysłana</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Sends the message (Ctrl+Return)</source>
        <translation>Wysyła wiadomość (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Writing the message</source>
        <translation>Tworzenie wiadomości</translation>
    </message>
    <message>
        <source>The message has been sent</source>
        <translation>Wiadomość została wysłana</translation>
    </message>
    <message>
        <source>Set up an account first</source>
        <translation>Najpierw skonfiguruj konto</translation>
    </message>
    <message>
        <source>Correct the marked addresses first</source>
        <translation>Najpierw popraw zaznaczone adresy</translation>
    </message>
    <message>
        <source>Add a recipient first</source>
        <translation>Najpierw dodaj odbiorcę</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Nie wysłano. %1</translation>
    </message>
    <message>
        <source>Writing the message (%1)…</source>
        <translation>Tworzenie wiadomości (%1)…</translation>
    </message>
    <message>
        <source>The message was not sent; everything is still here. %1</source>
        <translation>Wiadomość nie została wysłana; wszystko nadal jest tutaj. %1</translation>
    </message>
    <message>
        <source>Queued to be sent %1</source>
        <translation>W kolejce do wysłania: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Wysyłanie za %n sekundę…</numerusform>
            <numerusform>Wysyłanie za %n sekundy…</numerusform>
            <numerusform>Wysyłanie za %n sekund…</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late to undo: %1.</source>
        <translation>Za późno na cofnięcie: %1.</translation>
    </message>
    <message>
        <source>Sending was undone. The message is back here.</source>
        <translation>Wysłanie zostało cofnięte. Wiadomość wróciła tutaj.</translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation>Wyślij później</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Wyślij o</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>Wyślij &amp;o:</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Zakolejkuj</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Nie udało się zapisać szkicu: %1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Szkic zapisany</translation>
    </message>
    <message>
        <source>%1 (saved %2)</source>
        <translation>%1 (zapisano %2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop writing the message; nothing is sent</source>
        <translation>Przerwij zapisywanie wiadomości; nic nie zostanie wysłane</translation>
    </message>
    <message>
        <source>Writing the message…</source>
        <translation>Zapisywanie wiadomości…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <source>SMTP Console</source>
        <translation>Konsola SMTP</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation>Połącz lub rozłącz</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Type a command, e.g. NOOP, VRFY user, HELP — Enter sends</source>
        <translation>Wpisz polecenie, np. NOOP, VRFY użytkownik, HELP — Enter wysyła</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Rozłącz</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>! Choose an account first (Settings → Accounts).</source>
        <translation>! Najpierw wybierz konto (Ustawienia → Konta).</translation>
    </message>
    <message>
        <source>Getting the password…</source>
        <translation>Pobieranie hasła…</translation>
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
        <translation>Pokaż Outbound</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Wiadomość nie została wysłana</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>Message delayed</source>
        <translation>Wiadomość opóźniona</translation>
    </message>
    <message>
        <source>“%1” will be tried again: %2</source>
        <translation>„%1” – nastąpi ponowna próba: %2</translation>
    </message>
    <message>
        <source>“%1”: the connection was lost after the whole message was sent. Check before sending it again.</source>
        <translation>„%1”: połączenie zostało przerwane po wysłaniu całej wiadomości. Sprawdź, zanim wyślesz ją ponownie.</translation>
    </message>
    <message>
        <source>Message held</source>
        <translation>Wiadomość wstrzymana</translation>
    </message>
    <message>
        <source>Delivery uncertain</source>
        <translation>Doręczenie niepewne</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>nie można utworzyć %1</translation>
    </message>
    <message>
        <source>%1 is not a draft: %2</source>
        <translation>%1 nie jest szkicem: %2</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Nie udało się zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>Saved “%1”, but could not flush its folder to disk: %2</source>
        <translation>Zapisano „%1”, ale nie udało się zrzucić jego folderu na dysk: %2</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>Adres jest pusty.</translation>
    </message>
    <message>
        <source>The name “%1” contains a line break or a NUL character.</source>
        <translation>Nazwa „%1” zawiera znak nowego wiersza lub znak NUL.</translation>
    </message>
    <message>
        <source>The address “%1” contains a line break or a NUL character.</source>
        <translation>Adres „%1” zawiera znak nowego wiersza lub znak NUL.</translation>
    </message>
    <message>
        <source>“%1” is not a single address of the form name@example.org.</source>
        <translation>„%1” nie jest pojedynczym adresem w postaci name@example.org.</translation>
    </message>
    <message>
        <source>The address list contains a line break or a NUL character.</source>
        <translation>Lista adresów zawiera znak nowego wiersza lub znak NUL.</translation>
    </message>
    <message>
        <source>“%1” has no domain: an address looks like name@example.org.</source>
        <translation>„%1” nie ma domeny: adres wygląda tak: name@example.org.</translation>
    </message>
    <message>
        <source>“%1” has a domain that is not a valid internationalised domain name.</source>
        <translation>„%1” ma domenę, która nie jest prawidłową umiędzynarodowioną nazwą domeny.</translation>
    </message>
    <message>
        <source>The address “%1” contains a control character.</source>
        <translation>Adres „%1” zawiera znak sterujący.</translation>
    </message>
    <message>
        <source>The address list cannot be read.</source>
        <translation>Nie można odczytać listy adresów.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>„%1” nie jest prawidłowym adresem.</translation>
    </message>
    <message>
        <source>The address list cannot be read: a quote, parenthesis or angle bracket is not closed.</source>
        <translation>Nie można odczytać listy adresów: cudzysłów, nawias lub nawias ostry nie został zamknięty.</translation>
    </message>
    <message>
        <source>The address list cannot be read: a group cannot hold another group.</source>
        <translation>Nie można odczytać listy adresów: grupa nie może zawierać innej grupy.</translation>
    </message>
    <message>
        <source>“%1” has a domain literal with characters other than ASCII letters, digits and punctuation.</source>
        <translation>„%1” zawiera literał domenowy ze znakami innymi niż litery, cyfry i znaki interpunkcyjne ASCII.</translation>
    </message>
    <message>
        <source>“%1” has a domain literal with “@” in it: an address literal is an IP address in brackets, as in name@[192.0.2.1].</source>
        <translation>„%1” zawiera literał domenowy z „@”: literał adresu to adres IP w nawiasach kwadratowych, np. name@[192.0.2.1].</translation>
    </message>
</context>
<context>
    <name>MailboxLoginTest</name>
    <message>
        <source>idle</source>
        <translation>bezczynny</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>łączenie</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>oczekiwanie na powitanie</translation>
    </message>
    <message>
        <source>asking for capabilities</source>
        <translation>pytanie o możliwości serwera</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>uruchamianie TLS</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>negocjacja TLS</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>logowanie</translation>
    </message>
    <message>
        <source>logging out</source>
        <translation>wylogowywanie</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>zakończono</translation>
    </message>
    <message>
        <source>No server host name is set.</source>
        <translation>Nie ustawiono nazwy hosta serwera.</translation>
    </message>
    <message>
        <source>No user name is set.</source>
        <translation>Nie ustawiono nazwy użytkownika.</translation>
    </message>
    <message>
        <source>This build has no TLS support.</source>
        <translation>Ta wersja nie obsługuje TLS.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2, %3)</source>
        <translation>Łączenie z %1 (%2, %3)</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>nawiązanie połączenia</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message>
        <source>Login test succeeded</source>
        <translation>Test logowania zakończony powodzeniem</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Serwer wysłał wiersz dłuższy niż %1 bajtów.</translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes.</source>
        <translation>Serwer zapowiedział literał o długości %1 bajtów.</translation>
    </message>
    <message>
        <source>(%1 bytes of literal data not shown)</source>
        <translation>(nie pokazano %1 bajtów danych literału)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Połączono z %1</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>negocjację TLS</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>powitanie</translation>
    </message>
    <message>
        <source>Certificate problem accepted by the pinned certificate: %1</source>
        <translation>Problem z certyfikatem zaakceptowany dzięki przypiętemu certyfikatowi: %1</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problem z certyfikatem: %1</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>Nawiązano TLS: %1</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Nie znaleziono hosta %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>Serwer %1 odrzucił połączenie.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Negocjacja TLS nie powiodła się: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation>Certyfikat serwera nie jest zaufany: %1.</translation>
    </message>
    <message>
        <source>Certificate: %1.</source>
        <translation>Certyfikat: %1.</translation>
    </message>
    <message>
        <source>The server closed the connection while we were waiting for %1.</source>
        <translation>Serwer zamknął połączenie podczas oczekiwania na %1.</translation>
    </message>
    <message>
        <source>No answer to the logout; the login itself succeeded</source>
        <translation>Brak odpowiedzi na wylogowanie; samo logowanie się powiodło</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds while we were waiting for %3.</source>
        <translation>Serwer %1 nie odpowiedział w ciągu %2 s podczas oczekiwania na %3.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n byte(s) after agreeing to start TLS and before the handshake; they may have been injected, so the connection was closed.</source>
        <translation>
            <numerusform>Serwer wysłał %n bajt po zgodzie na rozpoczęcie TLS, a przed negocjacją; mógł on zostać wstrzyknięty, więc połączenie zostało zamknięte.</numerusform>
            <numerusform>Serwer wysłał %n bajty po zgodzie na rozpoczęcie TLS, a przed negocjacją; mogły one zostać wstrzyknięte, więc połączenie zostało zamknięte.</numerusform>
            <numerusform>Serwer wysłał %n bajtów po zgodzie na rozpoczęcie TLS, a przed negocjacją; mogły one zostać wstrzyknięte, więc połączenie zostało zamknięte.</numerusform>
        </translation>
    </message>
    <message>
        <source>the capabilities</source>
        <translation>listę możliwości</translation>
    </message>
    <message>
        <source>The server sent something that is not an IMAP response: %1</source>
        <translation>Serwer wysłał coś, co nie jest odpowiedzią IMAP: %1</translation>
    </message>
    <message>
        <source>The server answered a command we did not send (tag %1).</source>
        <translation>Serwer odpowiedział na polecenie, którego nie wysłaliśmy (znacznik %1).</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Serwer zamyka połączenie: %1</translation>
    </message>
    <message>
        <source>The server did not start with a greeting.</source>
        <translation>Serwer nie rozpoczął od powitania.</translation>
    </message>
    <message>
        <source>The server logged us in before STARTTLS (PREAUTH), so the connection cannot be secured.</source>
        <translation>Serwer zalogował nas przed STARTTLS (PREAUTH), więc połączenia nie można zabezpieczyć.</translation>
    </message>
    <message>
        <source>The server pre-authenticated the connection; no credentials were tested</source>
        <translation>Serwer uwierzytelnił połączenie z góry; nie przetestowano żadnych danych logowania</translation>
    </message>
    <message>
        <source>the logout</source>
        <translation>wylogowanie</translation>
    </message>
    <message>
        <source>Unexpected greeting: %1</source>
        <translation>Nieoczekiwane powitanie: %1</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation>Powitanie: %1</translation>
    </message>
    <message>
        <source>The server refused CAPABILITY: %1</source>
        <translation>Serwer odrzucił CAPABILITY: %1</translation>
    </message>
    <message>
        <source>The server answered CAPABILITY without listing its capabilities.</source>
        <translation>Serwer odpowiedział na CAPABILITY, nie podając swoich możliwości.</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Możliwości: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; nothing was sent in plaintext.</source>
        <translation>Serwer nie oferuje STARTTLS; nic nie zostało wysłane otwartym tekstem.</translation>
    </message>
    <message>
        <source>the answer to STARTTLS</source>
        <translation>odpowiedź na STARTTLS</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Serwer odrzucił STARTTLS: %1</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>wynik logowania</translation>
    </message>
    <message>
        <source>The server offers no OAuth mechanism (it offers: %1).</source>
        <translation>Serwer nie oferuje żadnego mechanizmu OAuth (oferuje: %1).</translation>
    </message>
    <message>
        <source>The server disables LOGIN here and offers no mechanism we support (it offers: %1).</source>
        <translation>Serwer wyłącza tu LOGIN i nie oferuje żadnego obsługiwanego mechanizmu (oferuje: %1).</translation>
    </message>
    <message>
        <source>The server asked for more than the login needs.</source>
        <translation>Serwer zażądał więcej, niż wymaga logowanie.</translation>
    </message>
    <message>
        <source>The server rejected the login for %1 (%2):%3 %4</source>
        <translation>Serwer odrzucił logowanie dla %1 (%2):%3 %4</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password (%1); it may be an impostor.</source>
        <translation>Serwer zaakceptował logowanie, nie udowadniając, że zna hasło (%1); może to być oszust.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not a POP3 greeting: %1</source>
        <translation>Powitanie serwera nie jest powitaniem POP3: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Serwer odrzucił połączenie: %1</translation>
    </message>
    <message>
        <source>Unexpected answer to CAPA: %1</source>
        <translation>Nieoczekiwana odpowiedź na CAPA: %1</translation>
    </message>
    <message>
        <source>Capabilities: none listed (no CAPA)</source>
        <translation>Możliwości: brak listy (brak CAPA)</translation>
    </message>
    <message>
        <source>The server does not offer STLS; nothing was sent in plaintext.</source>
        <translation>Serwer nie oferuje STLS; nic nie zostało wysłane otwartym tekstem.</translation>
    </message>
    <message>
        <source>the answer to STLS</source>
        <translation>odpowiedź na STLS</translation>
    </message>
    <message>
        <source>Unexpected answer to STLS: %1</source>
        <translation>Nieoczekiwana odpowiedź na STLS: %1</translation>
    </message>
    <message>
        <source>The server refused STLS: %1</source>
        <translation>Serwer odrzucił STLS: %1</translation>
    </message>
    <message>
        <source>The server allows neither USER/PASS nor a mechanism we support here (it offers: %1).</source>
        <translation>Serwer nie pozwala ani na USER/PASS, ani na żaden obsługiwany tu mechanizm (oferuje: %1).</translation>
    </message>
    <message>
        <source>Unexpected answer during login: %1</source>
        <translation>Nieoczekiwana odpowiedź podczas logowania: %1</translation>
    </message>
    <message>
        <source>Unexpected answer during login.</source>
        <translation>Nieoczekiwana odpowiedź podczas logowania.</translation>
    </message>
    <message>
        <source>The server does not offer %1 (it offers: %2), or it does not fit the credentials.</source>
        <translation>Serwer nie oferuje %1 (oferuje: %2) albo mechanizm nie pasuje do danych logowania.</translation>
    </message>
    <message>
        <source>The server sent a malformed %1 challenge.</source>
        <translation>Serwer wysłał błędne wezwanie %1.</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Zalogowano jako %1 (%2)</translation>
    </message>
    <message>
        <source>The server sent a response of more than %1 lines.</source>
        <translation>Serwer wysłał odpowiedź przekraczającą limit %1 wierszy.</translation>
    </message>
    <message>
        <source>The server sent a response of more than %1 bytes.</source>
        <translation>Serwer wysłał odpowiedź przekraczającą limit %1 bajtów.</translation>
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
        <translation>Skrzynka nadawcza Outbound</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation>Pokaż wiadomości w stanie</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <source>Filter messages by text</source>
        <translation>Filtruj wiadomości według tekstu</translation>
    </message>
    <message>
        <source>Subject, recipient, account or reply</source>
        <translation>Temat, odbiorca, konto lub odpowiedź</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Wiadomości w skrzynce nadawczej</translation>
    </message>
    <message>
        <source>Account %1 needs attention: %2</source>
        <translation>Konto %1 wymaga uwagi: %2</translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation>&amp;Nowa wiadomość…</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>Napisz nową wiadomość</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Ponów teraz</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Send the selected messages now</source>
        <translation>Wyślij teraz zaznaczone wiadomości</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Keep the selected messages back</source>
        <translation>Wstrzymaj wysyłanie zaznaczonych wiadomości</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Wz&amp;nów</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Let held messages go</source>
        <translation>Wznów wysyłanie wstrzymanych wiadomości</translation>
    </message>
    <message>
        <source>&amp;Edit and Requeue…</source>
        <translation>&amp;Edytuj i ponownie zakolejkuj…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the message in a compose window</source>
        <translation>Otwórz wiadomość w oknie redagowania</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>Pokaż ź&amp;ródło</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Show the message as it is sent</source>
        <translation>Pokaż wiadomość w postaci, w jakiej jest wysyłana</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the outbox</source>
        <translation>Usuń zaznaczone wiadomości ze skrzynki nadawczej</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konta…</translation>
    </message>
    <message>
        <source>Set up the accounts messages are sent through</source>
        <translation>Skonfiguruj konta, przez które wysyłane są wiadomości</translation>
    </message>
    <message>
        <source>&amp;Filter Messages</source>
        <translation>&amp;Filtruj wiadomości</translation>
    </message>
    <message>
        <source>Type to filter the outbox</source>
        <translation>Pisz, aby filtrować skrzynkę nadawczą</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Zamknij wszystkie okna i zakończ</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Outbox actions</source>
        <translation>Działania skrzynki nadawczej</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transkrypcja</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Show or hide the live transcript</source>
        <translation>Pokaż lub ukryj transkrypcję na żywo</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>&amp;Pasek narzędzi</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>Messages under way</source>
        <translation>Wiadomości w toku</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>Stan sieci</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>W sieci</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Poza siecią</translation>
    </message>
    <message>
        <source>Messages are sent as they become due.</source>
        <translation>Wiadomości są wysyłane, gdy nadejdzie ich czas.</translation>
    </message>
    <message>
        <source>No network: messages wait until it returns.</source>
        <translation>Brak sieci: wiadomości czekają, aż wróci.</translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n wysyłana</numerusform>
            <numerusform>%n wysyłane</numerusform>
            <numerusform>%n wysyłanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n w kolejce</numerusform>
            <numerusform>%n w kolejce</numerusform>
            <numerusform>%n w kolejce</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Wiadomość %1: %2</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Ponów teraz</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Delete Messages</source>
        <translation>Usuń wiadomości</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Edit and Requeue</source>
        <translation>Edytuj i ponownie zakolejkuj</translation>
    </message>
    <message>
        <source>SMTP &amp;Console…</source>
        <translation>&amp;Konsola SMTP…</translation>
    </message>
    <message>
        <source>Type SMTP commands to an account&apos;s server</source>
        <translation>Wpisuj polecenia SMTP dla serwera konta</translation>
    </message>
    <message>
        <source>&amp;Sandbox…</source>
        <translation>&amp;Piaskownica…</translation>
    </message>
    <message>
        <source>Read what the built-in sandbox server captured, and rehearse failures</source>
        <translation>Przeglądaj wiadomości przechwycone przez wbudowany serwer piaskownicy i symuluj błędy</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>Saved &amp;Drafts</source>
        <translation>Zapisane &amp;szkice</translation>
    </message>
    <message>
        <source>No saved drafts</source>
        <translation>Brak zapisanych szkiców</translation>
    </message>
    <message>
        <source>not sent yet; it will not be sent</source>
        <translation>jeszcze niewysłana; nie zostanie wysłana</translation>
    </message>
    <message>
        <source>being sent right now; it cannot be deleted</source>
        <translation>właśnie wysyłana; nie można jej usunąć</translation>
    </message>
    <message>
        <source>refused, not delivered; only the record is removed</source>
        <translation>odrzucona, niedoręczona; usuwany jest tylko wpis</translation>
    </message>
    <message>
        <source>already sent; only the record is removed</source>
        <translation>już wysłana; usuwany jest tylko wpis</translation>
    </message>
    <message>
        <source>may already have been delivered; only the record is removed, and it will not be sent again</source>
        <translation>mogła już zostać doręczona; usuwany jest tylko wpis i wiadomość nie zostanie ponownie wysłana</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Cofnij usunięcie</translation>
    </message>
    <message>
        <source>Bring back the messages deleted last</source>
        <translation>Przywróć ostatnio usunięte wiadomości</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>Send again a message that may already have been delivered?</source>
        <translation>Wysłać ponownie wiadomość, która mogła już zostać doręczona?</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>Wyślij &amp;ponownie</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>wiadomość %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 i jeszcze %n odbiorca</numerusform>
            <numerusform>%1 i jeszcze %n odbiorcy</numerusform>
            <numerusform>%1 i jeszcze %n odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” to %2 — %3</source>
        <translation>„%1” do %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i jeszcze %n wiadomość</numerusform>
            <numerusform>… i jeszcze %n wiadomości</numerusform>
            <numerusform>… i jeszcze %n wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox?</source>
        <translation>
            <numerusform>Usunąć %n wiadomość ze skrzynki nadawczej?</numerusform>
            <numerusform>Usunąć %n wiadomości ze skrzynki nadawczej?</numerusform>
            <numerusform>Usunąć %n wiadomości ze skrzynki nadawczej?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted messages are kept for %n day(s); Edit → Undo Delete brings them back.</source>
        <translation>
            <numerusform>Usunięte wiadomości są przechowywane przez %n dzień; można je przywrócić poleceniem Edycja → Cofnij usunięcie.</numerusform>
            <numerusform>Usunięte wiadomości są przechowywane przez %n dni; można je przywrócić poleceniem Edycja → Cofnij usunięcie.</numerusform>
            <numerusform>Usunięte wiadomości są przechowywane przez %n dni; można je przywrócić poleceniem Edycja → Cofnij usunięcie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted; Edit → Undo Delete brings them back.</source>
        <translation>
            <numerusform>Usunięto %n wiadomość; można ją przywrócić poleceniem Edycja → Cofnij usunięcie.</numerusform>
            <numerusform>Usunięto %n wiadomości; można je przywrócić poleceniem Edycja → Cofnij usunięcie.</numerusform>
            <numerusform>Usunięto %n wiadomości; można je przywrócić poleceniem Edycja → Cofnij usunięcie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>Przywrócono %n wiadomość.</numerusform>
            <numerusform>Przywrócono %n wiadomości.</numerusform>
            <numerusform>Przywrócono %n wiadomości.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Cofnij usunięcie</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message had been sent, so the server may have accepted it. Sending it again may deliver it twice: check with the recipients or the server&apos;s logs first.</source>
        <translation>Połączenie zostało przerwane po wysłaniu całej wiadomości, więc serwer mógł ją przyjąć. Ponowne wysłanie może spowodować jej dwukrotne doręczenie: najpierw sprawdź to u odbiorców lub w dziennikach serwera.</translation>
    </message>
    <message>
        <source>Possible Duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <source>Edit and send again a message that may already have been delivered?</source>
        <translation>Edytować i ponownie wysłać wiadomość, która mogła już zostać doręczona?</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>&amp;Edytuj mimo to</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <source>Pending</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęty</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Szczegóły wiadomości</translation>
    </message>
    <message>
        <source>Select a message to see its recipients, attempts and source.</source>
        <translation>Zaznacz wiadomość, aby zobaczyć jej odbiorców, próby doręczenia i źródło.</translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation>Podsumowanie wiadomości</translation>
    </message>
    <message>
        <source>Message detail pages</source>
        <translation>Strony szczegółów wiadomości</translation>
    </message>
    <message>
        <source>Recipients and their results</source>
        <translation>Odbiorcy i wyniki</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Odpowiedź serwera</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Odbiorcy</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Próby doręczenia</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Transcript of the selected attempt</source>
        <translation>Transkrypcja zaznaczonej próby</translation>
    </message>
    <message>
        <source>Select an attempt to see its transcript.</source>
        <translation>Zaznacz próbę, aby zobaczyć jej transkrypcję.</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Próby</translation>
    </message>
    <message>
        <source>MIME structure</source>
        <translation>Struktura MIME</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Dyspozycja</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Header fields of the selected part</source>
        <translation>Pola nagłówka zaznaczonej części</translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation>&amp;Struktura</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Źródło wiadomości</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>Ź&amp;ródło</translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation>Tej wiadomości nie ma już w skrzynce nadawczej.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>From %1 through %2, %3</source>
        <translation>Od %1 przez %2, %3</translation>
    </message>
    <message>
        <source>%1 — created %2</source>
        <translation>%1 — utworzono %2</translation>
    </message>
    <message>
        <source>, sent %1</source>
        <translation>, wysłano %1</translation>
    </message>
    <message>
        <source>, server queue id %1</source>
        <translation>, identyfikator w kolejce serwera: %1</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>Nie można odczytać wiadomości: %1</translation>
    </message>
    <message numerus="yes">
        <source>The message nests deeper than %n level(s); the deepest parts are not shown.</source>
        <translation>
            <numerusform>Wiadomość ma więcej niż %n poziom zagnieżdżenia; najgłębsze części nie są pokazane.</numerusform>
            <numerusform>Wiadomość ma więcej niż %n poziomy zagnieżdżenia; najgłębsze części nie są pokazane.</numerusform>
            <numerusform>Wiadomość ma więcej niż %n poziomów zagnieżdżenia; najgłębsze części nie są pokazane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Pokazano pierwsze %1 z %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected. The actions apply to all of them; select one to see its details.</source>
        <translation>
            <numerusform>Zaznaczono %n wiadomość. Działania dotyczą zaznaczenia; zaznacz jedną wiadomość, aby zobaczyć jej szczegóły.</numerusform>
            <numerusform>Zaznaczono %n wiadomości. Działania dotyczą ich wszystkich; zaznacz jedną, aby zobaczyć jej szczegóły.</numerusform>
            <numerusform>Zaznaczono %n wiadomości. Działania dotyczą ich wszystkich; zaznacz jedną, aby zobaczyć jej szczegóły.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered to %1</source>
        <translation>Nie doręczono do: %1</translation>
    </message>
</context>
<context>
    <name>MessageDraftReader</name>
    <message>
        <source>The message&apos;s From field must hold exactly one address.</source>
        <translation>Pole From wiadomości musi zawierać dokładnie jeden adres.</translation>
    </message>
    <message>
        <source>The message has no From field.</source>
        <translation>Wiadomość nie ma pola From.</translation>
    </message>
    <message>
        <source>The message&apos;s %1 field cannot be read: %2</source>
        <translation>Nie można odczytać pola %1 wiadomości: %2</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”: %2</source>
        <translation>Nie można zapisać części „%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”: too many files of that name.</source>
        <translation>Nie można zapisać części „%1”: zbyt wiele plików o tej nazwie.</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”.</source>
        <translation>Nie można zapisać części „%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a message file.</source>
        <translation>„%1” nie jest plikiem wiadomości.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Nie udało się otworzyć „%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail message: it does not start with header fields.</source>
        <translation>„%1” nie jest wiadomością e-mail: nie zaczyna się od pól nagłówka.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Nie udało się utworzyć folderu „%1”.</translation>
    </message>
</context>
<context>
    <name>MessageEnvelopeReader</name>
    <message>
        <source>The message is not open for reading.</source>
        <translation>Wiadomość nie jest otwarta do odczytu.</translation>
    </message>
    <message>
        <source>Could not create a temporary file: %1</source>
        <translation>Nie udało się utworzyć pliku tymczasowego: %1</translation>
    </message>
    <message>
        <source>Could not copy the message: %1</source>
        <translation>Nie udało się skopiować wiadomości: %1</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Nie udało się otworzyć „%1”: %2</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Nie udało się utworzyć „%1”: %2</translation>
    </message>
    <message>
        <source>Could not read the message file.</source>
        <translation>Nie udało się odczytać pliku wiadomości.</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields.</source>
        <translation>To nie jest wiadomość e-mail: nie zaczyna się od pól nagłówka.</translation>
    </message>
    <message>
        <source>The message header has a line that is not a header field: “%1”.</source>
        <translation>Nagłówek wiadomości zawiera wiersz, który nie jest polem nagłówka: „%1”.</translation>
    </message>
    <message>
        <source>The %1 field cannot be read: %2</source>
        <translation>Nie można odczytać pola %1: %2</translation>
    </message>
    <message>
        <source>The message has no sender: neither a From nor a Sender field.</source>
        <translation>Wiadomość nie ma nadawcy: brak pola From i Sender.</translation>
    </message>
    <message>
        <source>The message has no recipients in its Resent-To, Resent-Cc or Resent-Bcc fields.</source>
        <translation>Wiadomość nie ma odbiorców w polach Resent-To, Resent-Cc ani Resent-Bcc.</translation>
    </message>
    <message>
        <source>The message has no recipients: no address in To, Cc or Bcc.</source>
        <translation>Wiadomość nie ma odbiorców: brak adresu w polach To, Cc i Bcc.</translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation>Nie udało się odczytać wiadomości: %1</translation>
    </message>
    <message>
        <source>Could not write the copy to send: %1</source>
        <translation>Nie udało się zapisać kopii do wysłania: %1</translation>
    </message>
    <message>
        <source>Line %1 of the message header is too long.</source>
        <translation>Wiersz %1 nagłówka wiadomości jest za długi.</translation>
    </message>
    <message>
        <source>The message header starts with a continuation line.</source>
        <translation>Nagłówek wiadomości zaczyna się od wiersza kontynuacji.</translation>
    </message>
    <message>
        <source>Line %1 of the message header is not a header field.</source>
        <translation>Wiersz %1 nagłówka wiadomości nie jest polem nagłówka.</translation>
    </message>
    <message>
        <source>The message cannot be sent as SMTP data: %1.</source>
        <translation>Wiadomości nie można wysłać jako danych SMTP: %1.</translation>
    </message>
    <message>
        <source>The message header cannot be read as a whole: field %1 is read differently by the MIME parser.</source>
        <translation>Nie można jednoznacznie odczytać nagłówka wiadomości: parser MIME odczytuje pole nr %1 inaczej.</translation>
    </message>
</context>
<context>
    <name>MessageTree</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Nie udało się otworzyć „%1”: %2</translation>
    </message>
    <message>
        <source>The message is not open for reading.</source>
        <translation>Wiadomość nie jest otwarta do odczytu.</translation>
    </message>
    <message>
        <source>Could not create a temporary file: %1</source>
        <translation>Nie udało się utworzyć pliku tymczasowego: %1</translation>
    </message>
    <message>
        <source>Could not copy the message: %1</source>
        <translation>Nie udało się skopiować wiadomości: %1</translation>
    </message>
    <message>
        <source>Could not read the message file.</source>
        <translation>Nie udało się odczytać pliku wiadomości.</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields.</source>
        <translation>To nie jest wiadomość e-mail: nie zaczyna się od pól nagłówka.</translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <source>not a regular file</source>
        <translation>to nie jest zwykły plik</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: %2</source>
        <translation>Nie można dołączyć „%1”: %2</translation>
    </message>
    <message>
        <source>Line %1 of the message would be longer than 998 octets.</source>
        <translation>Wiersz %1 wiadomości byłby dłuższy niż 998 oktetów.</translation>
    </message>
    <message>
        <source>Line %1 of the message has a bare CR or LF.</source>
        <translation>Wiersz %1 wiadomości zawiera samotny znak CR lub LF.</translation>
    </message>
    <message>
        <source>The message has no sender (From).</source>
        <translation>Wiadomość nie ma nadawcy (From).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the address “%2” has a non-ASCII local part, which only a server with SMTPUTF8 can carry.</source>
        <translation>%1: adres „%2” ma część lokalną spoza ASCII, którą może przenieść tylko serwer obsługujący SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message has no recipients (To, Cc or Bcc).</source>
        <translation>Wiadomość nie ma odbiorców (To, Cc ani Bcc).</translation>
    </message>
    <message>
        <source>The subject contains a line break or a NUL character.</source>
        <translation>Temat zawiera znak nowego wiersza lub znak NUL.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>„%1” nie jest prawidłową nazwą nagłówka.</translation>
    </message>
    <message>
        <source>The %1 header is set by the message writer, not as an extra header.</source>
        <translation>Nagłówek %1 jest ustawiany przez moduł zapisu wiadomości, a nie jako dodatkowy nagłówek.</translation>
    </message>
    <message>
        <source>The value of the %1 header contains a line break or a NUL character.</source>
        <translation>Wartość nagłówka %1 zawiera znak nowego wiersza lub znak NUL.</translation>
    </message>
    <message>
        <source>An attachment has no file.</source>
        <translation>Załącznik nie ma pliku.</translation>
    </message>
    <message>
        <source>The attachment “%1” has no file name.</source>
        <translation>Załącznik „%1” nie ma nazwy pliku.</translation>
    </message>
    <message>
        <source>The file name “%1” contains a line break or a NUL character.</source>
        <translation>Nazwa pliku „%1” zawiera znak nowego wiersza lub znak NUL.</translation>
    </message>
    <message>
        <source>The file name “%1…” is longer than 1,000 characters.</source>
        <translation>Nazwa pliku „%1…” jest dłuższa niż 1000 znaków.</translation>
    </message>
    <message>
        <source>“%1” is not a media type of the form type/subtype.</source>
        <translation>„%1” nie jest typem multimediów w postaci typ/podtyp.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Content-ID: it looks like part1.x@example.org.</source>
        <translation>„%1” nie jest prawidłowym Content-ID: powinien wyglądać jak part1.x@example.org.</translation>
    </message>
    <message>
        <source>Inline parts are referred to from the HTML body, but there is none.</source>
        <translation>Części osadzone są przywoływane z treści HTML, ale jej brak.</translation>
    </message>
    <message>
        <source>The DSN envelope id must be at most 100 printable ASCII characters.</source>
        <translation>Identyfikator koperty DSN może mieć najwyżej 100 drukowalnych znaków ASCII.</translation>
    </message>
    <message>
        <source>Could not write the message: %1</source>
        <translation>Nie udało się zapisać wiadomości: %1</translation>
    </message>
    <message>
        <source>Could not write the message: an attachment could not be read.</source>
        <translation>Nie udało się zapisać wiadomości: nie udało się odczytać załącznika.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Nie udało się utworzyć „%1”: %2</translation>
    </message>
    <message>
        <source>Line %1 of the message would have a NUL byte.</source>
        <translation>Wiersz %1 wiadomości zawierałby bajt NUL.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Odroczona</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Wstrzymana</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudana</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłana</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Niepewna</translation>
    </message>
    <message>
        <source>Partly sent</source>
        <translation>Częściowo wysłana</translation>
    </message>
    <message>
        <source>%1, partly sent</source>
        <translation>%1, częściowo wysłana</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>jeszcze nie próbowano</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Accepted as %1</source>
        <translation>Przyjęta jako %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>przyjęty</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odrzucony</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Następna próba</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Ostatnia odpowiedź</translation>
    </message>
    <message>
        <source>Sending, %1%</source>
        <translation>Wysyłanie, %1%</translation>
    </message>
    <message>
        <source>Not delivered to %1</source>
        <translation>Nie doręczono do: %1</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Wszystkie wiadomości</translation>
    </message>
    <message>
        <source>Waiting to go</source>
        <translation>Czekające na wysłanie</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Wymagające uwagi</translation>
    </message>
</context>
<context>
    <name>OutboxReader</name>
    <message>
        <source>no queue database in %1</source>
        <translation>brak bazy danych kolejki w %1</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 nie jest bazą danych SQLite</translation>
    </message>
    <message>
        <source>queue database error: %1</source>
        <translation>błąd bazy danych kolejki: %1</translation>
    </message>
</context>
<context>
    <name>OutboxScheduler</name>
    <message>
        <source>the account &quot;%1&quot; does not exist</source>
        <translation>konto „%1” nie istnieje</translation>
    </message>
    <message>
        <source>no password for &quot;%1&quot;: %2</source>
        <translation>brak hasła dla „%1”: %2</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be read: %2</source>
        <translation>nie można odczytać pliku kolejki %1: %2</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>nie można utworzyć %1</translation>
    </message>
    <message>
        <source>cannot take the outbox lock in %1</source>
        <translation>nie można założyć blokady skrzynki nadawczej w %1</translation>
    </message>
    <message>
        <source>cannot open the queue database %1: %2</source>
        <translation>nie można otworzyć bazy danych kolejki %1: %2</translation>
    </message>
    <message>
        <source>cannot create the queue database: %1</source>
        <translation>nie można utworzyć bazy danych kolejki: %1</translation>
    </message>
    <message>
        <source>queue database error (%1): %2</source>
        <translation>błąd bazy danych kolejki (%1): %2</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>wiadomość nie ma odbiorców</translation>
    </message>
    <message>
        <source>cannot write to the spool: %1</source>
        <translation>nie można zapisać do kolejki: %1</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>wiadomość jest pusta</translation>
    </message>
    <message>
        <source>queue database error: %1</source>
        <translation>błąd bazy danych kolejki: %1</translation>
    </message>
    <message>
        <source>held when queued</source>
        <translation>wstrzymana przy dodaniu do kolejki</translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation>w skrzynce nadawczej nie ma wiadomości %1</translation>
    </message>
    <message>
        <source>message %1 is not claimed by this process</source>
        <translation>wiadomość %1 nie jest przejęta przez ten proces</translation>
    </message>
    <message>
        <source>message %1 is %2; it cannot become %3</source>
        <translation>wiadomość %1 ma stan „%2” i nie może przejść w stan „%3”</translation>
    </message>
    <message>
        <source>held by the user</source>
        <translation>wstrzymana przez użytkownika</translation>
    </message>
    <message>
        <source>message %1 is being sent right now; it cannot be deleted</source>
        <translation>wiadomość %1 jest właśnie wysyłana; nie można jej usunąć</translation>
    </message>
    <message>
        <source>the process sending it stopped after the whole message was sent; the server may have it</source>
        <translation>proces, który ją wysyłał, zatrzymał się po wysłaniu całej wiadomości; serwer może ją mieć</translation>
    </message>
    <message>
        <source>the process sending it stopped before the message was complete</source>
        <translation>proces, który ją wysyłał, zatrzymał się, zanim wiadomość została wysłana w całości</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>the message cannot be sent as SMTP data: %1</source>
        <translation>wiadomości nie można wysłać jako danych SMTP: %1</translation>
    </message>
    <message numerus="yes">
        <source>no deleted message %1 (deleted messages are kept %n day(s))</source>
        <translation>
            <numerusform>nie ma usuniętej wiadomości %1 (usunięte wiadomości są przechowywane przez %n dzień)</numerusform>
            <numerusform>nie ma usuniętej wiadomości %1 (usunięte wiadomości są przechowywane przez %n dni)</numerusform>
            <numerusform>nie ma usuniętej wiadomości %1 (usunięte wiadomości są przechowywane przez %n dni)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot update the queue database: %1</source>
        <translation>nie można zaktualizować bazy danych kolejki: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>nie można utworzyć folderu profilu %1</translation>
    </message>
    <message>
        <source>cannot read the profile folder %1: %2</source>
        <translation>nie można odczytać folderu profilu %1: %2</translation>
    </message>
    <message>
        <source>the profile %1 is not a folder</source>
        <translation>profil %1 nie jest folderem</translation>
    </message>
    <message>
        <source>the profile folder %1 belongs to another user (uid %2); refusing to use it. Use a profile of your own (--profile DIR), or, if it is yours, chown it to yourself</source>
        <translation>folder profilu %1 należy do innego użytkownika (uid %2); odmowa jego użycia. Użyj własnego profilu (--profile DIR) albo, jeśli folder jest Twój, ustaw siebie jako jego właściciela (chown)</translation>
    </message>
    <message>
        <source>the profile folder %1 can be written by other users, who could change its accounts and the commands they run; refusing to use it. Check its files, then run: chmod 700 %1</source>
        <translation>inni użytkownicy mogą zapisywać w folderze profilu %1, więc mogliby zmienić zapisane w nim konta i uruchamiane przez nie polecenia; odmowa jego użycia. Sprawdź pliki w folderze, a następnie uruchom: chmod 700 %1</translation>
    </message>
    <message>
        <source>%1 belongs to another user or can be written by others; refusing to use it. Check what it holds, then make it a file of your own that only you can write (chmod 600 %1)</source>
        <translation>%1 należy do innego użytkownika lub mogą go zapisywać inni; odmowa jego użycia. Sprawdź jego zawartość, a następnie uczyń go własnym plikiem, który tylko Ty możesz zapisywać (chmod 600 %1)</translation>
    </message>
    <message>
        <source>cannot make the profile folder %1 private (chmod 700): %2</source>
        <translation>nie można uczynić folderu profilu %1 prywatnym (chmod 700): %2</translation>
    </message>
</context>
<context>
    <name>SandboxConnection</name>
    <message>
        <source>Greeting</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <source>Waiting for a command</source>
        <translation>Oczekiwanie na polecenie</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>Uwierzytelnianie</translation>
    </message>
    <message>
        <source>Receiving message data</source>
        <translation>Odbieranie danych wiadomości</translation>
    </message>
    <message>
        <source>Receiving a BDAT chunk</source>
        <translation>Odbieranie fragmentu BDAT</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Zamykanie</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>a line longer than %1 octets</source>
        <translation>wiersz dłuższy niż %1 B</translation>
    </message>
    <message>
        <source>message data: %1 octets</source>
        <translation>dane wiadomości: %1 B</translation>
    </message>
    <message>
        <source>closed by the sandbox</source>
        <translation>zamknięte przez piaskownicę</translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation>zamknięte przez klienta</translation>
    </message>
    <message>
        <source>the client did not take the last reply in time</source>
        <translation>klient nie odebrał ostatniej odpowiedzi na czas</translation>
    </message>
    <message>
        <source>no input for %1 s: closing</source>
        <translation>brak danych przez %1 s: zamykanie</translation>
    </message>
    <message>
        <source>recipient failure rehearsed</source>
        <translation>symulowany błąd odbiorcy</translation>
    </message>
    <message>
        <source>authenticated as %1 (any password is accepted)</source>
        <translation>uwierzytelniono jako %1 (każde hasło jest akceptowane)</translation>
    </message>
    <message>
        <source>end-of-data failure rehearsed; nothing stored</source>
        <translation>symulowany błąd na końcu danych; nic nie zapisano</translation>
    </message>
    <message>
        <source>the message could not be stored</source>
        <translation>nie udało się zapisać wiadomości</translation>
    </message>
    <message>
        <source>stored message %1 (%2 octets)</source>
        <translation>zapisano wiadomość %1 (%2 B)</translation>
    </message>
    <message>
        <source>dropped after the end of data, before replying (rehearsal)</source>
        <translation>rozłączono po końcu danych, przed odpowiedzią (symulacja)</translation>
    </message>
    <message>
        <source>refused: the program that connected could not be identified</source>
        <translation>odrzucono: nie udało się zidentyfikować programu, który się połączył</translation>
    </message>
    <message>
        <source>refused: the program that connected belongs to another user (uid %1)</source>
        <translation>odrzucono: program, który się połączył, należy do innego użytkownika (uid %1)</translation>
    </message>
    <message>
        <source>refused: the sandbox is full (%1 messages, %2 octets); clear it to make room</source>
        <translation>odrzucono: piaskownica jest pełna (wiadomości: %1, %2 B); wyczyść ją, aby zrobić miejsce</translation>
    </message>
    <message>
        <source>refused: the message does not fit in the sandbox (%1 messages, %2 octets); nothing stored</source>
        <translation>odrzucono: wiadomość nie mieści się w piaskownicy (wiadomości: %1, %2 B); nic nie zapisano</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>No folder was given for captured messages</source>
        <translation>Nie podano folderu na przechwycone wiadomości</translation>
    </message>
    <message>
        <source>Could not listen on %1:%2: %3</source>
        <translation>Nie udało się nasłuchiwać na %1:%2: %3</translation>
    </message>
    <message>
        <source>the sandbox stopped</source>
        <translation>piaskownica została zatrzymana</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Nie udało się utworzyć „%1”: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Nie udało się zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>The message was already stored or discarded</source>
        <translation>Wiadomość została już zapisana lub odrzucona</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Nie udało się zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”</source>
        <translation>Nie udało się utworzyć folderu „%1”</translation>
    </message>
    <message>
        <source>“%1” is not a sandbox message id</source>
        <translation>„%1” nie jest identyfikatorem wiadomości piaskownicy</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>Nie udało się usunąć „%1”: %2</translation>
    </message>
</context>
<context>
    <name>SandboxWindow</name>
    <message>
        <source>Sandbox</source>
        <translation>Piaskownica</translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation>Adres piaskownicy</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Błędy</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akceptuj</translation>
    </message>
    <message>
        <source>4xx: try again later</source>
        <translation>4xx: spróbuj później</translation>
    </message>
    <message>
        <source>5xx: refuse</source>
        <translation>5xx: odrzuć</translation>
    </message>
    <message>
        <source>Reply to RCPT TO</source>
        <translation>Odpowiedź na RCPT TO</translation>
    </message>
    <message>
        <source>1 fails every recipient; N fails the Nth, 2Nth, …</source>
        <translation>1 – błąd dla każdego odbiorcy; N – błąd dla N-tego, 2N-tego, …</translation>
    </message>
    <message>
        <source>&amp;RCPT TO:</source>
        <translation>&amp;RCPT TO:</translation>
    </message>
    <message>
        <source>Store, then drop the connection</source>
        <translation>Zapisz, a potem zerwij połączenie</translation>
    </message>
    <message>
        <source>Reply at the end of data</source>
        <translation>Odpowiedź na końcu danych</translation>
    </message>
    <message>
        <source>&amp;End of data:</source>
        <translation>&amp;Koniec danych:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Bez opóźnienia</translation>
    </message>
    <message>
        <source>Delay before every reply, in milliseconds</source>
        <translation>Opóźnienie przed każdą odpowiedzią, w milisekundach</translation>
    </message>
    <message>
        <source>S&amp;low replies:</source>
        <translation>&amp;Opóźnienie odpowiedzi:</translation>
    </message>
    <message>
        <source>What the outbox will show</source>
        <translation>Co pokaże skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Captured messages</source>
        <translation>Przechwycone wiadomości</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Źródło wiadomości</translation>
    </message>
    <message>
        <source>Select a message to see its source.</source>
        <translation>Zaznacz wiadomość, aby zobaczyć jej źródło.</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>&amp;Wyczyść…</translation>
    </message>
    <message>
        <source>Delete every captured message</source>
        <translation>Usuń wszystkie przechwycone wiadomości</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>Nasłuchiwanie na %1:%2</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Nie działa: %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Nie działa</translation>
    </message>
    <message>
        <source>&lt;&gt;</source>
        <translation>&lt;&gt;</translation>
    </message>
    <message>
        <source>Cannot read the message: %1</source>
        <translation>Nie można odczytać wiadomości: %1</translation>
    </message>
    <message>
        <source>[… shown: the first %1 of %2]</source>
        <translation>[… pokazano: pierwsze %1 z %2]</translation>
    </message>
    <message>
        <source>Clear the Sandbox</source>
        <translation>Wyczyść piaskownicę</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n captured message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n przechwyconą wiadomość? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć wszystkie %n przechwycone wiadomości? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć wszystkie %n przechwyconych wiadomości? Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Nie udało się usunąć: %1</translation>
    </message>
    <message>
        <source>every recipient</source>
        <translation>każdego odbiorcy</translation>
    </message>
    <message>
        <source>4xx on RCPT for %1: messages are deferred and retried.</source>
        <translation>4xx na RCPT dla %1: wiadomości są odraczane i ponawiane.</translation>
    </message>
    <message>
        <source>5xx on RCPT for %1: those recipients are refused for good and the outbox shows the message as failed.</source>
        <translation>5xx na RCPT dla %1: ci odbiorcy są odrzucani na stałe, a skrzynka nadawcza pokazuje wiadomość jako nieudaną.</translation>
    </message>
    <message>
        <source>4xx after the data: nothing is stored; messages are deferred and retried.</source>
        <translation>4xx po danych: nic nie jest zapisywane; wiadomości są odraczane i ponawiane.</translation>
    </message>
    <message>
        <source>5xx after the data: nothing is stored; messages fail for good.</source>
        <translation>5xx po danych: nic nie jest zapisywane; wysyłanie wiadomości kończy się trwałym niepowodzeniem.</translation>
    </message>
    <message>
        <source>Dropped after the dot: the message is stored here, but the outbox cannot tell whether it went; a retry shows up here as a duplicate.</source>
        <translation>Zerwanie po kropce: wiadomość jest zapisywana tutaj, ale skrzynka nadawcza nie wie, czy została wysłana; ponowienie pojawi się tutaj jako duplikat.</translation>
    </message>
    <message>
        <source>Every reply waits %1 ms: sending is slow and may time out.</source>
        <translation>Każda odpowiedź czeka %1 ms: wysyłanie jest wolne i może przekroczyć limit czasu.</translation>
    </message>
    <message>
        <source>No failures: every message is accepted and shows as sent.</source>
        <translation>Bez błędów: każda wiadomość jest akceptowana i widnieje jako wysłana.</translation>
    </message>
    <message>
        <source>1 in </source>
        <translation>1 na </translation>
    </message>
    <message>
        <source>Fail one recipient in N</source>
        <translation>Błąd dla jednego odbiorcy na N</translation>
    </message>
    <message numerus="yes">
        <source>1 in %n recipient(s)</source>
        <translation>
            <numerusform>1 na %n odbiorcę</numerusform>
            <numerusform>1 na %n odbiorców</numerusform>
            <numerusform>1 na %n odbiorców</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sasl</name>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation>Serwer wysłał wezwanie SCRAM przed pierwszą wiadomością klienta.</translation>
    </message>
    <message>
        <source>The server sent a challenge after the exchange ended.</source>
        <translation>Serwer wysłał wezwanie po zakończeniu wymiany.</translation>
    </message>
    <message>
        <source>The SCRAM exchange has already failed.</source>
        <translation>Wymiana SCRAM już się nie powiodła.</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message is malformed.</source>
        <translation>Pierwsza wiadomość SCRAM serwera jest błędna.</translation>
    </message>
    <message>
        <source>The server rejected the authentication: %1</source>
        <translation>Serwer odrzucił uwierzytelnienie: %1</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension this client does not support.</source>
        <translation>Serwer wymaga rozszerzenia SCRAM, którego ten klient nie obsługuje.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not match the client&apos;s.</source>
        <translation>Jednorazowy identyfikator (nonce) SCRAM serwera nie zgadza się z identyfikatorem klienta.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM salt is missing or malformed.</source>
        <translation>Brak soli SCRAM serwera lub jest ona błędna.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM iteration count is malformed.</source>
        <translation>Liczba iteracji SCRAM podana przez serwer jest błędna.</translation>
    </message>
    <message>
        <source>The server asked for only %1 SCRAM iterations; at least %2 are required.</source>
        <translation>Liczba iteracji SCRAM żądana przez serwer (%1) jest za mała; wymagane jest co najmniej %2.</translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; at most %2 are accepted.</source>
        <translation>Liczba iteracji SCRAM żądana przez serwer (%1) jest za duża; akceptowane jest najwyżej %2.</translation>
    </message>
    <message>
        <source>The SCRAM key could not be derived.</source>
        <translation>Nie udało się wyprowadzić klucza SCRAM.</translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message is malformed.</source>
        <translation>Końcowa wiadomość SCRAM serwera jest błędna.</translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password: its SCRAM signature is wrong. It may be an impostor.</source>
        <translation>Serwer nie udowodnił, że zna hasło: jego podpis SCRAM jest nieprawidłowy. Może to być oszust.</translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which PLAIN cannot send.</source>
        <translation>Nazwa użytkownika lub hasło zawiera znak NUL, którego nie da się wysłać metodą PLAIN.</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>Serwer wysłał puste wezwanie CRAM-MD5.</translation>
    </message>
    <message>
        <source>The user name, host or access token contains a control character.</source>
        <translation>Nazwa użytkownika, host lub token dostępu zawiera znak sterujący.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>A Friend</source>
        <translation>Znajomy</translation>
    </message>
    <message>
        <source>Hello from Outbound</source>
        <translation>Pozdrowienia z Outbound</translation>
    </message>
    <message>
        <source>This message went to the built-in sandbox server.
</source>
        <translation>Ta wiadomość trafiła do wbudowanego serwera piaskownicy.
</translation>
    </message>
</context>
<context>
    <name>SecretRequest</name>
    <message>
        <source>the account&apos;s password command is empty</source>
        <translation>polecenie hasła dla konta jest puste</translation>
    </message>
    <message>
        <source>the password command did not finish within %1 s</source>
        <translation>polecenie hasła nie zakończyło się w ciągu %1 s</translation>
    </message>
    <message>
        <source>cannot run the password command: %1</source>
        <translation>nie można uruchomić polecenia hasła: %1</translation>
    </message>
    <message>
        <source>the password command failed (exit code %1)%2</source>
        <translation>polecenie hasła zakończyło się błędem (kod wyjścia %1)%2</translation>
    </message>
    <message>
        <source>the password command printed nothing</source>
        <translation>polecenie hasła niczego nie wypisało</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); store the password in a keychain that runs, or use a password command</source>
        <translation>systemowy magazyn haseł jest niedostępny (%1); zapisz hasło w działającym magazynie haseł albo użyj polecenia hasła</translation>
    </message>
    <message>
        <source>the keychain has no password for this account; set one with `outboundctl account add`</source>
        <translation>magazyn haseł nie zawiera hasła dla tego konta; ustaw je poleceniem `outboundctl account add`</translation>
    </message>
    <message>
        <source>this build of Outbound has no keychain support; use a password command</source>
        <translation>ta wersja programu Outbound nie obsługuje magazynu haseł; użyj polecenia hasła</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>no private folder for the instance socket: set XDG_RUNTIME_DIR, or use a profile with a shorter path</source>
        <translation>brak prywatnego folderu na gniazdo instancji: ustaw XDG_RUNTIME_DIR albo użyj profilu o krótszej ścieżce</translation>
    </message>
</context>
<context>
    <name>SmtpAddress</name>
    <message>
        <source>The part before @ has an empty segment (a leading, trailing or double dot).</source>
        <translation>Część przed @ zawiera pusty segment (kropkę na początku, na końcu lub podwójną).</translation>
    </message>
    <message>
        <source>The address contains a space; spaces are allowed only in quotes.</source>
        <translation>Adres zawiera spację; spacje są dozwolone tylko w cudzysłowie.</translation>
    </message>
    <message>
        <source>The part before @ contains a character not allowed there: &apos;%1&apos;.</source>
        <translation>Część przed @ zawiera niedozwolony tam znak: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The address literal after @ is missing its closing &apos;]&apos;.</source>
        <translation>W literale adresu po @ brakuje zamykającego &apos;]&apos;.</translation>
    </message>
    <message>
        <source>The IPv6 address literal after @ is not a valid IPv6 address.</source>
        <translation>Literał adresu IPv6 po @ nie jest prawidłowym adresem IPv6.</translation>
    </message>
    <message>
        <source>The address literal after @ is neither an IPv4 address nor &quot;IPv6:&quot; and an IPv6 address.</source>
        <translation>Literał adresu po @ nie jest ani adresem IPv4, ani zapisem &quot;IPv6:&quot; z adresem IPv6.</translation>
    </message>
    <message>
        <source>The domain after @ is not a valid internationalised domain name.</source>
        <translation>Domena po @ nie jest prawidłową umiędzynarodowioną nazwą domeny.</translation>
    </message>
    <message>
        <source>The domain after @ is longer than %1 octets.</source>
        <translation>Domena po @ jest dłuższa niż %1 B.</translation>
    </message>
    <message>
        <source>The domain after @ has an empty label (a leading, trailing or double dot).</source>
        <translation>Domena po @ zawiera pustą etykietę (kropkę na początku, na końcu lub podwójną).</translation>
    </message>
    <message>
        <source>A label of the domain after @ is longer than %1 octets.</source>
        <translation>Etykieta domeny po @ jest dłuższa niż %1 B.</translation>
    </message>
    <message>
        <source>A label of the domain after @ starts or ends with a hyphen.</source>
        <translation>Etykieta domeny po @ zaczyna się lub kończy łącznikiem.</translation>
    </message>
    <message>
        <source>The domain after @ contains a character not allowed in a host name.</source>
        <translation>Domena po @ zawiera znak niedozwolony w nazwie hosta.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Adres jest pusty.</translation>
    </message>
    <message>
        <source>The address contains a line break or a NUL character.</source>
        <translation>Adres zawiera znak nowego wiersza lub znak NUL.</translation>
    </message>
    <message>
        <source>The address is not valid Unicode.</source>
        <translation>Adres nie jest prawidłowym tekstem Unicode.</translation>
    </message>
    <message>
        <source>The quoted part before @ ends in a lone backslash or escapes a character that cannot be escaped.</source>
        <translation>Część w cudzysłowie przed @ kończy się samotnym ukośnikiem wstecznym lub poprzedza nim znak, którego nie można tak oznaczyć.</translation>
    </message>
    <message>
        <source>The quoted part before @ contains a character not allowed there.</source>
        <translation>Część w cudzysłowie przed @ zawiera niedozwolony tam znak.</translation>
    </message>
    <message>
        <source>The quoted part before @ is missing its closing quote.</source>
        <translation>W części w cudzysłowie przed @ brakuje cudzysłowu zamykającego.</translation>
    </message>
    <message>
        <source>The part before @ is empty.</source>
        <translation>Część przed @ jest pusta.</translation>
    </message>
    <message>
        <source>The quoted part before @ must be followed directly by @.</source>
        <translation>Po części w cudzysłowie przed @ musi bezpośrednio następować @.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>Adres nie zawiera @.</translation>
    </message>
    <message>
        <source>The part before @ is longer than %1 octets.</source>
        <translation>Część przed @ jest dłuższa niż %1 B.</translation>
    </message>
    <message>
        <source>The domain after @ is empty.</source>
        <translation>Domena po @ jest pusta.</translation>
    </message>
    <message>
        <source>The address is longer than %1 octets.</source>
        <translation>Adres jest dłuższy niż %1 B.</translation>
    </message>
</context>
<context>
    <name>SmtpDataCheck</name>
    <message>
        <source>a NUL byte at offset %1 (line %2), which SMTP cannot carry</source>
        <translation>bajt NUL na pozycji %1 (wiersz %2), którego SMTP nie może przenieść</translation>
    </message>
    <message>
        <source>line %1 (at offset %2) is longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6)</source>
        <translation>wiersz %1 (na pozycji %2) jest dłuższy niż dozwolone w SMTP 998 oktetów (RFC 5321 §4.5.3.1.6)</translation>
    </message>
</context>
<context>
    <name>SmtpError</name>
    <message>
        <source>%1 refused</source>
        <translation>%1: odmowa</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>nieoczekiwana odpowiedź</translation>
    </message>
    <message>
        <source>unexpected reply to %1</source>
        <translation>%1: nieoczekiwana odpowiedź</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Brak błędu</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found</source>
        <translation>Nie znaleziono nazwy hosta serwera</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Serwer odrzucił połączenie</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly</source>
        <translation>Serwer nieoczekiwanie zamknął połączenie</translation>
    </message>
    <message>
        <source>A network error occurred</source>
        <translation>Wystąpił błąd sieci</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Serwer nie odpowiedział na czas</translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent; the server may have accepted it</source>
        <translation>Połączenie zostało przerwane po wysłaniu wiadomości; serwer mógł ją przyjąć</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted</source>
        <translation>Serwer nie oferuje STARTTLS, więc połączenia nie można zaszyfrować</translation>
    </message>
    <message>
        <source>The server refused to start TLS</source>
        <translation>Serwer odmówił rozpoczęcia TLS</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>Negocjacja TLS nie powiodła się</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Certyfikat serwera nie jest zaufany</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned certificate</source>
        <translation>Certyfikat serwera nie zgadza się z przypiętym certyfikatem</translation>
    </message>
    <message>
        <source>TLS is not available on this system</source>
        <translation>TLS nie jest dostępny w tym systemie</translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism that can be used</source>
        <translation>Serwer nie oferuje żadnego mechanizmu uwierzytelniania, którego można użyć</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Uwierzytelnianie nie powiodło się</translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password</source>
        <translation>Serwer nie udowodnił, że zna hasło</translation>
    </message>
    <message>
        <source>Authentication requires an encrypted connection</source>
        <translation>Uwierzytelnianie wymaga szyfrowanego połączenia</translation>
    </message>
    <message>
        <source>The password could not be obtained</source>
        <translation>Nie udało się uzyskać hasła</translation>
    </message>
    <message>
        <source>The server reported a temporary failure</source>
        <translation>Serwer zgłosił błąd tymczasowy</translation>
    </message>
    <message>
        <source>The server is not available and closed the connection</source>
        <translation>Serwer jest niedostępny i zamknął połączenie</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Serwer odrzucił żądanie</translation>
    </message>
    <message>
        <source>The server rejected all recipients</source>
        <translation>Serwer odrzucił wszystkich odbiorców</translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation>Wiadomość jest za duża dla serwera</translation>
    </message>
    <message>
        <source>The server did not follow the SMTP protocol</source>
        <translation>Serwer nie przestrzegał protokołu SMTP</translation>
    </message>
    <message>
        <source>The server sent a malformed reply</source>
        <translation>Serwer wysłał błędną odpowiedź</translation>
    </message>
    <message>
        <source>The server sent a reply that is too long</source>
        <translation>Serwer wysłał za długą odpowiedź</translation>
    </message>
    <message>
        <source>The server sent unexpected data before the TLS handshake</source>
        <translation>Serwer wysłał nieoczekiwane dane przed negocjacją TLS</translation>
    </message>
    <message>
        <source>An address is not valid</source>
        <translation>Adres jest nieprawidłowy</translation>
    </message>
    <message>
        <source>The message has no recipients</source>
        <translation>Wiadomość nie ma odbiorców</translation>
    </message>
    <message>
        <source>The message could not be read</source>
        <translation>Nie udało się odczytać wiadomości</translation>
    </message>
    <message>
        <source>The message needs 8-bit transport, which the server does not support</source>
        <translation>Wiadomość wymaga transportu 8-bitowego, którego serwer nie obsługuje</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8, which the server does not support</source>
        <translation>Adres wymaga SMTPUTF8, którego serwer nie obsługuje</translation>
    </message>
    <message>
        <source>The account settings are not valid</source>
        <translation>Ustawienia konta są nieprawidłowe</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>Wysyłanie zostało anulowane</translation>
    </message>
    <message>
        <source>Unknown error %1</source>
        <translation>Nieznany błąd %1</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>odpowiedź serwera: %1</translation>
    </message>
    <message>
        <source>The server on this port is not run by you: another user may be listening in its place, so nothing was sent</source>
        <translation>Serwer na tym porcie nie został uruchomiony przez Ciebie: w jego miejscu może nasłuchiwać inny użytkownik, więc niczego nie wysłano</translation>
    </message>
    <message>
        <source>The server takes no more messages on this connection</source>
        <translation>Serwer nie przyjmuje już wiadomości w tym połączeniu</translation>
    </message>
    <message>
        <source>The message holds data that SMTP cannot carry</source>
        <translation>Wiadomość zawiera dane, których SMTP nie może przenieść</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Serwer wysłał wiersz dłuższy niż %1 B.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply.</source>
        <translation>Serwer wysłał wiersz, który nie jest odpowiedzią SMTP.</translation>
    </message>
    <message>
        <source>The server changed the reply code from %1 to %2 within one reply.</source>
        <translation>Serwer zmienił kod odpowiedzi z %1 na %2 w obrębie jednej odpowiedzi.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Serwer wysłał odpowiedź przekraczającą limit %1 wierszy.</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>the session was closed</source>
        <translation>sesja została zamknięta</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>brak połączenia</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>łączenie</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>oczekiwanie na powitanie</translation>
    </message>
    <message>
        <source>saying EHLO</source>
        <translation>wysyłanie EHLO</translation>
    </message>
    <message>
        <source>saying HELO</source>
        <translation>wysyłanie HELO</translation>
    </message>
    <message>
        <source>asking for STARTTLS</source>
        <translation>żądanie STARTTLS</translation>
    </message>
    <message>
        <source>negotiating TLS</source>
        <translation>negocjacja TLS</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>uwierzytelnianie</translation>
    </message>
    <message>
        <source>waiting for the reply to your command</source>
        <translation>oczekiwanie na odpowiedź na polecenie</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gotowa</translation>
    </message>
    <message>
        <source>sending the envelope</source>
        <translation>wysyłanie koperty</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>wysyłanie wiadomości</translation>
    </message>
    <message>
        <source>resetting</source>
        <translation>resetowanie</translation>
    </message>
    <message>
        <source>saying goodbye</source>
        <translation>żegnanie się</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <source>no server host name is set</source>
        <translation>nie ustawiono nazwy hosta serwera</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be given in EHLO: use a domain name</source>
        <translation>„%1” nie może zostać podane w EHLO: użyj nazwy domeny</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Łączenie z %1, port %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Połączono z %1, port %2</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>Nawiązano TLS: %1</translation>
    </message>
    <message>
        <source>Certificate accepted because it matches the pinned SHA-256 fingerprint</source>
        <translation>Certyfikat zaakceptowany, ponieważ zgadza się z przypiętym odciskiem SHA-256</translation>
    </message>
    <message>
        <source>%1; the server presented %2</source>
        <translation>%1; serwer przedstawił %2</translation>
    </message>
    <message>
        <source>the connection was not established within %1 s</source>
        <translation>nie nawiązano połączenia w ciągu %1 s</translation>
    </message>
    <message>
        <source>the server accepted no message data for %1 s</source>
        <translation>serwer nie przyjął żadnych danych wiadomości przez %1 s</translation>
    </message>
    <message>
        <source>no reply within %1 s while %2</source>
        <translation>brak odpowiedzi w ciągu %1 s (etap: %2)</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Przekroczono limit czasu: %1</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation>serwer wysłał odpowiedź, o którą nikt nie prosił</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>powitanie</translation>
    </message>
    <message>
        <source>Capabilities%1: %2</source>
        <translation>Możliwości%1: %2</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (szyfrowane)</translation>
    </message>
    <message>
        <source>the server refused EHLO, so STARTTLS is not possible; refusing to continue in plaintext</source>
        <translation>serwer odrzucił EHLO, więc STARTTLS jest niemożliwe; odmowa kontynuowania otwartym tekstem</translation>
    </message>
    <message>
        <source>The server speaks plain SMTP only (HELO): no extensions</source>
        <translation>Serwer obsługuje tylko zwykłe SMTP (HELO): brak rozszerzeń</translation>
    </message>
    <message>
        <source>the server did not offer STARTTLS; refusing to continue in plaintext</source>
        <translation>serwer nie zaoferował STARTTLS; odmowa kontynuowania otwartym tekstem</translation>
    </message>
    <message>
        <source>the server refused STARTTLS; refusing to continue in plaintext</source>
        <translation>serwer odrzucił STARTTLS; odmowa kontynuowania otwartym tekstem</translation>
    </message>
    <message>
        <source>%1 bytes arrived after the server&apos;s 220 to STARTTLS and before TLS began</source>
        <translation>po odpowiedzi 220 serwera na STARTTLS, a przed rozpoczęciem TLS nadeszły dane (%1 B)</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>Rozpoczynanie TLS</translation>
    </message>
    <message>
        <source>refusing to authenticate without TLS</source>
        <translation>odmowa uwierzytelnienia bez TLS</translation>
    </message>
    <message>
        <source>the server offers no AUTH mechanism</source>
        <translation>serwer nie oferuje żadnego mechanizmu AUTH</translation>
    </message>
    <message>
        <source>none that Outbound supports for this kind of credential</source>
        <translation>mechanizm obsługiwany przez Outbound dla tego rodzaju danych logowania</translation>
    </message>
    <message>
        <source>the server offers %1; wanted %2</source>
        <translation>serwer oferuje %1; wymagany: %2</translation>
    </message>
    <message>
        <source>the server&apos;s AUTH challenge is not base64</source>
        <translation>wezwanie AUTH serwera nie jest w formacie base64</translation>
    </message>
    <message>
        <source>the server accepted the login without proving its own identity</source>
        <translation>serwer zaakceptował logowanie, nie potwierdzając własnej tożsamości</translation>
    </message>
    <message>
        <source>Authenticated as %1 with %2</source>
        <translation>Uwierzytelniono jako %1 metodą %2</translation>
    </message>
    <message>
        <source>AUTH %1 was refused</source>
        <translation>odrzucono AUTH %1</translation>
    </message>
    <message>
        <source>the message must come from a file or a buffer that is open for reading</source>
        <translation>wiadomość musi pochodzić z pliku lub bufora otwartego do odczytu</translation>
    </message>
    <message>
        <source>the session is closed</source>
        <translation>sesja jest zamknięta</translation>
    </message>
    <message>
        <source>the session is %1; wait until it is ready</source>
        <translation>sesja jest w stanie „%1”; poczekaj, aż będzie gotowa</translation>
    </message>
    <message>
        <source>a command is one line of text</source>
        <translation>polecenie to jeden wiersz tekstu</translation>
    </message>
    <message>
        <source>%1 is done by Outbound from the account&apos;s settings when the session opens</source>
        <translation>%1 jest wykonywane przez Outbound na podstawie ustawień konta przy otwieraniu sesji</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>the connection was dropped to cancel another message on it</source>
        <translation>połączenie zostało zerwane, aby anulować inną wysyłaną przez nie wiadomość</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>wiadomość nie ma odbiorców</translation>
    </message>
    <message>
        <source>the message has UTF-8 headers but the server does not offer SMTPUTF8</source>
        <translation>wiadomość ma nagłówki UTF-8, ale serwer nie oferuje SMTPUTF8</translation>
    </message>
    <message>
        <source>the message has 8-bit data but the server does not offer 8BITMIME</source>
        <translation>wiadomość zawiera dane 8-bitowe, ale serwer nie oferuje 8BITMIME</translation>
    </message>
    <message>
        <source>the message is %1 bytes; the server accepts at most %2</source>
        <translation>wiadomość ma %1 B; serwer przyjmuje najwyżej %2 B</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation>%1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; has a non-ASCII local part and the server does not offer SMTPUTF8</source>
        <translation>%1 &lt;%2&gt; ma część lokalną spoza ASCII, a serwer nie oferuje SMTPUTF8</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>nadawca</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>odbiorca</translation>
    </message>
    <message>
        <source>an address or parameter contains a line break or NUL</source>
        <translation>adres lub parametr zawiera znak nowego wiersza lub NUL</translation>
    </message>
    <message>
        <source>every recipient was refused, some only for now</source>
        <translation>wszyscy odbiorcy zostali odrzuceni, niektórzy tylko tymczasowo</translation>
    </message>
    <message>
        <source>every recipient was refused</source>
        <translation>wszyscy odbiorcy zostali odrzuceni</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>wiadomość jest pusta</translation>
    </message>
    <message>
        <source>only %1 of the message&apos;s %2 bytes could be read</source>
        <translation>udało się odczytać tylko %1 z %2 B wiadomości</translation>
    </message>
    <message>
        <source>the connection was dropped because another message could not be read</source>
        <translation>połączenie zostało zerwane, ponieważ nie udało się odczytać innej wiadomości</translation>
    </message>
    <message>
        <source>no message body</source>
        <translation>brak treści wiadomości</translation>
    </message>
    <message>
        <source>Message data: %1 lines, %2 bytes</source>
        <translation>Dane wiadomości: wierszy: %1, %2 B</translation>
    </message>
    <message>
        <source>Message data: %1 bytes</source>
        <translation>Dane wiadomości: %1 B</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>koniec danych</translation>
    </message>
    <message>
        <source>%1 after the whole message was sent</source>
        <translation>%1 po wysłaniu całej wiadomości</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Połączenie zamknięte</translation>
    </message>
    <message>
        <source>%1 sends a message: use New Message, which streams it safely</source>
        <translation>%1 wysyła wiadomość: użyj polecenia „Nowa wiadomość”, które przesyła ją bezpiecznie strumieniowo</translation>
    </message>
    <message>
        <source>%1 port %2 is held by a program of user id %3</source>
        <translation>port %2 na %1 jest zajęty przez program użytkownika o identyfikatorze %3</translation>
    </message>
    <message>
        <source>who runs the server on %1 port %2 cannot be found out</source>
        <translation>nie można ustalić, kto uruchomił serwer na %1, port %2</translation>
    </message>
    <message>
        <source>the server refused STARTTLS for now; refusing to continue in plaintext</source>
        <translation>serwer tymczasowo odrzucił STARTTLS; odmowa kontynuowania otwartym tekstem</translation>
    </message>
    <message numerus="yes">
        <source>the server takes at most %n message(s) per connection (LIMITS MAILMAX)</source>
        <translation>
            <numerusform>serwer przyjmuje najwyżej %n wiadomość na połączenie (LIMITS MAILMAX)</numerusform>
            <numerusform>serwer przyjmuje najwyżej %n wiadomości na połączenie (LIMITS MAILMAX)</numerusform>
            <numerusform>serwer przyjmuje najwyżej %n wiadomości na połączenie (LIMITS MAILMAX)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server takes at most %n message(s) per connection (LIMITS MAILMAX); recipients left for another connection: %1</source>
        <translation>
            <numerusform>serwer przyjmuje najwyżej %n wiadomość na połączenie (LIMITS MAILMAX); odbiorcy pozostawieni na kolejne połączenie: %1</numerusform>
            <numerusform>serwer przyjmuje najwyżej %n wiadomości na połączenie (LIMITS MAILMAX); odbiorcy pozostawieni na kolejne połączenie: %1</numerusform>
            <numerusform>serwer przyjmuje najwyżej %n wiadomości na połączenie (LIMITS MAILMAX); odbiorcy pozostawieni na kolejne połączenie: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection was dropped because another message could not be sent</source>
        <translation>połączenie zostało zerwane, ponieważ nie udało się wysłać innej wiadomości</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Nie można odczytać pliku certyfikatów CA %1.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 contains no PEM certificate.</source>
        <translation>Plik certyfikatów CA %1 nie zawiera żadnego certyfikatu PEM.</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>Połączenie nie jest szyfrowane.</translation>
    </message>
    <message>
        <source>The server negotiated %1; TLS 1.2 or newer is required.</source>
        <translation>Serwer wynegocjował %1; wymagany jest TLS 1.2 lub nowszy.</translation>
    </message>
    <message>
        <source>an unknown protocol</source>
        <translation>nieznany protokół</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) is not the pinned certificate (%2).</source>
        <translation>Certyfikat serwera (SHA-256 %1) nie jest przypiętym certyfikatem (%2).</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>brak certyfikatu</translation>
    </message>
    <message>
        <source>%1 issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>%1, wystawca: %2, ważny od %3 do %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>%1; the server presented %2</source>
        <translation>%1; serwer przedstawił %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for %1: it names %2</source>
        <translation>Certyfikat serwera nie jest ważny dla %1 — nazwy w certyfikacie: %2</translation>
    </message>
    <message>
        <source>no host at all</source>
        <translation>brak jakiejkolwiek nazwy hosta</translation>
    </message>
    <message>
        <source>(its subject CN=%1 is not used, because the certificate has subject alternative names)</source>
        <translation>(CN=%1 z jego podmiotu nie jest brane pod uwagę, ponieważ certyfikat zawiera alternatywne nazwy podmiotu)</translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <source>Transcript</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Transkrypcja na żywo</translation>
    </message>
    <message>
        <source>Transcript tools</source>
        <translation>Narzędzia transkrypcji</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>P&amp;okaż:</translation>
    </message>
    <message>
        <source>Show the lines of</source>
        <translation>Pokaż wiersze z</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>Przeszukaj transkrypcję</translation>
    </message>
    <message>
        <source>Text in a line</source>
        <translation>Tekst w wierszu</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Znajdź &amp;poprzednie</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Znajdź &amp;następne</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>&amp;Kopiuj wiersze</translation>
    </message>
    <message>
        <source>&amp;Save Transcript…</source>
        <translation>&amp;Zapisz transkrypcję…</translation>
    </message>
    <message>
        <source>C&amp;lear Transcript</source>
        <translation>&amp;Wyczyść transkrypcję</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate…</source>
        <translation>&amp;Certyfikat…</translation>
    </message>
    <message>
        <source>Show the TLS details of the selected line&apos;s session</source>
        <translation>Pokaż szczegóły TLS sesji zaznaczonego wiersza</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Wynik wyszukiwania</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Wiersze transkrypcji</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Wszystkie sesje</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesja %1</translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation>Sesja %1 (%2)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Zapisz transkrypcję</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>Transkrypcje (*.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation>Nie udało się zapisać transkrypcji: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>%n byte(s) of this line not shown</source>
        <translation>
            <numerusform>pominięto %n bajt tego wiersza</numerusform>
            <numerusform>pominięto %n bajty tego wiersza</numerusform>
            <numerusform>pominięto %n bajtów tego wiersza</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outbound</name>
    <message>
        <source>Cannot compose</source>
        <translation>Nie można utworzyć wiadomości</translation>
    </message>
    <message>
        <source>Cannot edit the message</source>
        <translation>Nie można edytować wiadomości</translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>Tej wiadomości nie ma już w skrzynce nadawczej.</translation>
    </message>
    <message>
        <source>Cannot remove the original message</source>
        <translation>Nie można usunąć oryginalnej wiadomości</translation>
    </message>
    <message>
        <source>Outbound, a mail client built for sending.</source>
        <translation>Outbound – klient poczty stworzony do wysyłania.</translation>
    </message>
    <message>
        <source>Keep all state in DIR.</source>
        <translation>Przechowuj cały stan w katalogu DIR.</translation>
    </message>
    <message>
        <source>Open a compose window: a mailto: URL, or to=&apos;…&apos;,subject=&apos;…&apos;,body=&apos;…&apos;,attachment=&apos;…&apos; (&quot;&quot; for an empty one).</source>
        <translation>Otwórz okno nowej wiadomości: adres URL mailto: albo to=&apos;…&apos;,subject=&apos;…&apos;,body=&apos;…&apos;,attachment=&apos;…&apos; (&quot;&quot; oznacza puste pole).</translation>
    </message>
    <message>
        <source>mailto: URLs to compose.</source>
        <translation>Adresy URL mailto: do utworzenia wiadomości.</translation>
    </message>
    <message>
        <source>Outbound cannot start</source>
        <translation>Nie można uruchomić programu Outbound</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>Nie można otworzyć szkicu</translation>
    </message>
</context>
</TS>
