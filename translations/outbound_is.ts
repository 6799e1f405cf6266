<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is">
<context>
    <name>AccountCheck</name>
    <message>
        <source>Running the password command…</source>
        <translation>Keyri lykilorðsskipunina…</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Les lykilorðið úr lyklakippunni…</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>logged in as %1 with %2</source>
        <translation>skráð inn sem %1 með %2</translation>
    </message>
    <message>
        <source>the server offers %1</source>
        <translation>netþjónninn býður upp á %1</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>an account name may hold only letters, digits and . _ - @ (at most 64)</source>
        <translation>heiti aðgangs má aðeins innihalda bókstafi, tölustafi og . _ - @ (í mesta lagi 64)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>ekki er hægt að skrifa %1</translation>
    </message>
    <message>
        <source>no account named %1</source>
        <translation>enginn aðgangur heitir %1</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>TLS (encrypted from the start)</source>
        <translation>TLS (dulritað frá upphafi)</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (áskilið)</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Ekkert (ódulritað)</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation>Gefið út til: %1
Gefið út af: %2
Gildistími: %3 til %4
SHA-256: %5</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Aðgangar</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>&amp;Aðgangar:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Bæta við</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Bæta við aðgangi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjarlægja</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Fjarlægja aðgang</translation>
    </message>
    <message>
        <source>Account and SMTP</source>
        <translation>Aðgangur og SMTP</translation>
    </message>
    <message>
        <source>IMAP and POP3</source>
        <translation>IMAP og POP3</translation>
    </message>
    <message>
        <source>Test Results</source>
        <translation>Niðurstöður prófunar</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Prófa</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>Prófa aðganginn</translation>
    </message>
    <message>
        <source>Connects to the servers with these settings and logs in; sends nothing</source>
        <translation>Tengist netþjónunum með þessum stillingum og skráir sig inn; sendir ekkert</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Auðkenni</translation>
    </message>
    <message>
        <source>work (letters, digits, . _ - @)</source>
        <translation>work (bókstafir, tölustafir, . _ - @)</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Heiti aðgangs</translation>
    </message>
    <message>
        <source>A short unique name; letters, digits and . _ - @ only</source>
        <translation>Stutt, einkvæmt heiti; aðeins bókstafir, tölustafir og . _ - @</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Heiti aðgangs:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nafnið þitt</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>&amp;Nafnið þitt:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Netfang</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Ne&amp;tfang:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Undirskrift</translation>
    </message>
    <message>
        <source>Added below a line &quot;-- &quot; in new messages</source>
        <translation>Bætt við neðan við línuna „-- “ í nýjum skilaboðum</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>&amp;Undirskrift:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Útfarandi póstur (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-netþjónn</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Netþ&amp;jónn:</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-öryggi</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-gátt</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Gátt:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>Ö&amp;ryggi:</translation>
    </message>
    <message>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Sjálfvirkt (það sterkasta sem netþjónninn býður)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Auðkenningaraðferð</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Auðk&amp;enning:</translation>
    </message>
    <message>
        <source>empty: the server needs no login</source>
        <translation>autt: netþjónninn krefst ekki innskráningar</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP-notandanafn</translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation>Hafðu autt ef netþjónninn krefst ekki innskráningar</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>Notan&amp;danafn:</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>autt: %1</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO-nafn</translation>
    </message>
    <message>
        <source>The name this computer gives in EHLO</source>
        <translation>Nafnið sem þessi tölva gefur upp í EHLO</translation>
    </message>
    <message>
        <source>HEL&amp;O name:</source>
        <translation>HEL&amp;O-nafn:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>autt: vottunarstöðvar kerfisins</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-skrá</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities (PEM)</source>
        <translation>Fleiri vottunarstöðvar sem treyst er (PEM)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Velja…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Veldu CA-skrá</translation>
    </message>
    <message>
        <source>Certificate Authorities</source>
        <translation>Vottunarstöðvar</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-skilríki (*.pem *.crt *.cer);;Allar skrár (*)</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA-s&amp;krá:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ekkert</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Fest skilríki</translation>
    </message>
    <message>
        <source>SHA-256 of the one server certificate trusted besides the CAs</source>
        <translation>SHA-256-fingrafar þess eina netþjónsskilríkis sem treyst er auk vottunarstöðvanna</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Hre&amp;insa</translation>
    </message>
    <message>
        <source>Clear the pinned certificate</source>
        <translation>Hreinsa fest skilríki</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>Fest skilríki:</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Lyklakippa kerfisins</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Lykilorðsskipun</translation>
    </message>
    <message>
        <source>This build of Outbound has no keychain support</source>
        <translation>Þessi smíð Outbound styður ekki lyklakippu</translation>
    </message>
    <message>
        <source>Password source</source>
        <translation>Uppruni lykilorðs</translation>
    </message>
    <message>
        <source>Where the password is kept; never in a file of Outbound&apos;s</source>
        <translation>Hvar lykilorðið er geymt; aldrei í skrá á vegum Outbound</translation>
    </message>
    <message>
        <source>Password &amp;kept in:</source>
        <translation>&amp;Lykilorð geymt í:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>óbreytt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lykilorð</translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save; used as typed when you test</source>
        <translation>Geymt í lyklakippu kerfisins þegar þú vistar; notað eins og það er slegið inn þegar þú prófar</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>L&amp;ykilorð:</translation>
    </message>
    <message>
        <source>e.g. pass show mail/work</source>
        <translation>t.d. pass show mail/work</translation>
    </message>
    <message>
        <source>A shell command whose first line of output is the password</source>
        <translation>Skeljarskipun sem skilar lykilorðinu í fyrstu línu úttaksins</translation>
    </message>
    <message>
        <source>Password comman&amp;d:</source>
        <translation>Lykilorðs&amp;skipun:</translation>
    </message>
    <message>
        <source>only for testing</source>
        <translation>aðeins til prófunar</translation>
    </message>
    <message>
        <source>Outbound only sends mail. These servers are kept with the account and can be tested, so all of its settings live in one place.</source>
        <translation>Outbound sendir aðeins póst. Þessir netþjónar eru geymdir með aðganginum og hægt er að prófa þá, svo allar stillingar hans eru á einum stað.</translation>
    </message>
    <message>
        <source>&amp;IMAP</source>
        <translation>&amp;IMAP</translation>
    </message>
    <message>
        <source>&amp;POP3</source>
        <translation>P&amp;OP3</translation>
    </message>
    <message>
        <source>Mailbox password (IMAP and POP3)</source>
        <translation>Lykilorð pósthólfs (IMAP og POP3)</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>%1-netþjónn</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Netþjónn:</translation>
    </message>
    <message>
        <source>%1 security</source>
        <translation>%1-öryggi</translation>
    </message>
    <message>
        <source>%1 port</source>
        <translation>%1-gátt</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Gátt:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Öryggi:</translation>
    </message>
    <message>
        <source>%1 user name</source>
        <translation>%1-notandanafn</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Notandanafn:</translation>
    </message>
    <message>
        <source>%1 CA file</source>
        <translation>%1 CA-skrá</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-skrá:</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Sjálfgefið (%1)</translation>
    </message>
    <message>
        <source>Test connects to the servers with the settings in the form and logs in. No mail is sent.</source>
        <translation>Prófunin tengist netþjónunum með stillingunum í eyðublaðinu og skráir sig inn. Enginn póstur er sendur.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Skilríkinu er ekki treyst</translation>
    </message>
    <message>
        <source>Pi&amp;n This Certificate</source>
        <translation>Fes&amp;ta þetta skilríki</translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation>Festa þetta skilríki</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this account from now on</source>
        <translation>Treysta nákvæmlega þessu skilríki fyrir þennan aðgang héðan í frá</translation>
    </message>
    <message>
        <source>The certificate is pinned. Test again, then save.</source>
        <translation>Skilríkið er fest. Prófaðu aftur og vistaðu svo.</translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation>&amp;Skref:</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Prófunarskref</translation>
    </message>
    <message>
        <source>Transcri&amp;pt:</source>
        <translation>Sa&amp;mskiptaskrá:</translation>
    </message>
    <message>
        <source>Test transcript</source>
        <translation>Samskiptaskrá prófunar</translation>
    </message>
    <message>
        <source>Every line sent (C:) and received (S:); # marks the client&apos;s own notes</source>
        <translation>Hver lína sem er send (C:) og móttekin (S:); # merkir eigin athugasemdir biðlarans</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Óvistaðar breytingar</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>Henda breytingunum á „%1“?</translation>
    </message>
    <message>
        <source>the new account</source>
        <translation>nýja aðganginum</translation>
    </message>
    <message>
        <source>New account: fill in the form, test it, then save.</source>
        <translation>Nýr aðgangur: fylltu út eyðublaðið, prófaðu hann og vistaðu svo.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Villa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Staða</translation>
    </message>
    <message>
        <source>The account name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation>Heiti aðgangs má aðeins innihalda bókstafi, tölustafi og . _ - @ (í mesta lagi 64).</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Það er þegar til aðgangur sem heitir „%1“.</translation>
    </message>
    <message>
        <source>The email address is not valid: %1</source>
        <translation>Netfangið er ógilt: %1</translation>
    </message>
    <message>
        <source>give exactly one address</source>
        <translation>gefðu upp nákvæmlega eitt netfang</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s host name.</source>
        <translation>Gefðu upp vélarheiti SMTP-netþjónsins.</translation>
    </message>
    <message>
        <source>SMTP CA file: %1</source>
        <translation>SMTP CA-skrá: %1</translation>
    </message>
    <message>
        <source>Give the %1 server&apos;s host name, or switch %1 off.</source>
        <translation>Gefðu upp vélarheiti %1-netþjónsins, eða slökktu á %1.</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>pósthólf</translation>
    </message>
    <message>
        <source>Give the %1 password command, or choose the keychain.</source>
        <translation>Gefðu upp lykilorðsskipun fyrir %1, eða veldu lyklakippuna.</translation>
    </message>
    <message>
        <source>Type the %1 password to store it in the keychain, or choose a password command.</source>
        <translation>Sláðu inn lykilorðið fyrir %1 til að geyma það í lyklakippunni, eða veldu lykilorðsskipun.</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Geymi lykilorðið í lyklakippu kerfisins…</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1
Outbound does not write passwords to files. Start a keychain (such as GNOME Keyring or KWallet) and save again, or give a password command that prints the password, such as &quot;pass show mail/%2&quot;. The account was not saved.</source>
        <translation>Ekki tókst að geyma lykilorðið í lyklakippu kerfisins: %1
Outbound skrifar lykilorð ekki í skrár. Ræstu lyklakippu (t.d. GNOME Keyring eða KWallet) og vistaðu aftur, eða gefðu upp lykilorðsskipun sem prentar út lykilorðið, t.d. „pass show mail/%2“. Aðgangurinn var ekki vistaður.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Ekki tókst að vista aðganginn: %1</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>Aðgangurinn „%1“ var vistaður.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Fjarlægja aðgang</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Messages queued for it stay in the outbox but cannot be sent until an account of that name exists again.</source>
        <translation>Fjarlægja aðganginn „%1“? Skilaboð sem bíða hans í biðröð verða áfram í úthólfinu en ekki er hægt að senda þau fyrr en aðgangur með því heiti er aftur til.</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Ekki tókst að fjarlægja aðganginn: %1</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Aðgangurinn „%1“ var fjarlægður.</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>Loka án þess að vista breytingarnar?</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s host name first.</source>
        <translation>Gefðu fyrst upp vélarheiti SMTP-netþjónsins.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prófun í gangi…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Stöð&amp;va</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Stöðva prófunina</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stöðvað</translation>
    </message>
    <message>
        <source>Pin it only if you know this is your server&apos;s certificate (compare the SHA-256 with what your provider publishes).</source>
        <translation>Festu það aðeins ef þú veist að þetta er skilríki netþjónsins þíns (berðu SHA-256 saman við það sem þjónustuaðilinn þinn birtir).</translation>
    </message>
    <message>
        <source>This account is already set up, so Outbound does not offer to trust this certificate. If the server&apos;s certificate really changed, remove the pin or add its CA file.</source>
        <translation>Þessi aðgangur er þegar uppsettur, svo Outbound býður ekki upp á að treysta þessu skilríki. Ef skilríki netþjónsins hefur í raun breyst skaltu fjarlægja festinguna eða bæta við CA-skrá þess.</translation>
    </message>
    <message>
        <source>%1: %2 port %3, security %4</source>
        <translation>%1: %2 gátt %3, öryggi %4</translation>
    </message>
    <message>
        <source>%1: no password: %2</source>
        <translation>%1: ekkert lykilorð: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1: Í lagi</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mistókst: %2</translation>
    </message>
    <message>
        <source>✔ Test passed: the account can connect and log in.</source>
        <translation>✔ Prófun tókst: aðgangurinn getur tengst og skráð sig inn.</translation>
    </message>
    <message>
        <source>✘ Test failed: %1</source>
        <translation>✘ Prófun mistókst: %1</translation>
    </message>
    <message>
        <source>Test passed.</source>
        <translation>Prófun tókst.</translation>
    </message>
    <message>
        <source>Test failed; see the Test Results tab.</source>
        <translation>Prófun mistókst; sjá flipann „Niðurstöður prófunar“.</translation>
    </message>
    <message>
        <source>&amp;View Certificate Chain…</source>
        <translation>S&amp;koða skilríkjakeðju…</translation>
    </message>
    <message>
        <source>Every certificate the server presented, with its names, validity and fingerprints</source>
        <translation>Öll skilríki sem netþjónninn framvísaði, með heitum, gildistíma og fingraförum</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tímamörk</translation>
    </message>
    <message>
        <source>How long to wait for each reply; the reply to the end of the message gets twice as long</source>
        <translation>Hve lengi á að bíða eftir hverju svari; svarið við lokum skilaboðanna fær tvöfalt lengri tíma</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Tí&amp;mamörk:</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Outbound Sandbox</source>
        <translation>Outbound-sandkassi</translation>
    </message>
    <message>
        <source>the message is already on its way</source>
        <translation>skilaboðin eru þegar á leiðinni</translation>
    </message>
</context>
<context>
    <name>AttemptOutcome</name>
    <message numerus="yes">
        <source>gave up after %n day(s): %1</source>
        <translation>
            <numerusform>gefist upp eftir %n dag: %1</numerusform>
            <numerusform>gefist upp eftir %n daga: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the server takes fewer recipients at a time; the rest go in the next transaction</source>
        <translation>netþjónninn tekur við færri viðtakendum í einu; hinir fara í næstu færslu</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) deferred: %1</source>
        <translation>
            <numerusform>%n viðtakanda frestað: %1</numerusform>
            <numerusform>%n viðtakendum frestað: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>hafnað: %1</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>unknown</source>
        <translation>óþekktur</translation>
    </message>
    <message>
        <source>opaque key</source>
        <translation>ógagnsær lykill</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bita</translation>
    </message>
    <message>
        <source>Server Certificate</source>
        <translation>Skilríki netþjóns</translation>
    </message>
    <message>
        <source>Certificate c&amp;hain, the server&apos;s own first:</source>
        <translation>Skilríkja&amp;keðja, skilríki netþjónsins fyrst:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Skilríkjakeðja</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Gefið út til</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Gefið út af</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gildir til</translation>
    </message>
    <message>
        <source>Not valid now</source>
        <translation>Ekki gilt núna</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Upplýsingar um skilríki</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>&amp;Afrita PEM</translation>
    </message>
    <message>
        <source>Copy the selected certificate in PEM form</source>
        <translation>Afrita valda skilríkið á PEM-sniði</translation>
    </message>
    <message>
        <source>&amp;Save Chain…</source>
        <translation>&amp;Vista keðju…</translation>
    </message>
    <message>
        <source>Save the whole chain as a PEM file, e.g. to use as an account&apos;s CA file</source>
        <translation>Vista alla keðjuna sem PEM-skrá, t.d. til að nota sem CA-skrá aðgangs</translation>
    </message>
    <message>
        <source>The session reported no certificates.</source>
        <translation>Lotan tilkynnti engin skilríki.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (útrunnið)</translation>
    </message>
    <message>
        <source> (not yet valid)</source>
        <translation> (ekki enn gilt)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Gefið út til: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Gefið út af: %1</translation>
    </message>
    <message>
        <source>Self-signed: %1</source>
        <translation>Sjálfundirritað: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>já</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Gildistími: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Heiti: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>engin</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>Raðnúmer: %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Dreifilykill: %1</translation>
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
        <translation>Vista skilríkjakeðju</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-skilríki (*.pem *.crt);;Allar skrár (*)</translation>
    </message>
    <message>
        <source>Cannot Save the Chain</source>
        <translation>Ekki er hægt að vista keðjuna</translation>
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
        <translation>Viðhengi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Stærð</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Viðhengi</translation>
    </message>
    <message>
        <source>Files sent with the message; press Delete to remove the selected ones</source>
        <translation>Skrár sem sendar eru með skilaboðunum; ýttu á Delete til að fjarlægja þær sem eru valdar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjarlægja</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Fjarlægja viðhengi</translation>
    </message>
    <message>
        <source>Cannot attach %1: it is not a readable file.</source>
        <translation>Ekki er hægt að hengja %1 við: þetta er ekki læsileg skrá.</translation>
    </message>
    <message>
        <source>Cannot insert %1: %2</source>
        <translation>Ekki er hægt að setja inn %1: %2</translation>
    </message>
    <message>
        <source>No attachments; drop files here to attach them.</source>
        <translation>Engin viðhengi; slepptu skrám hér til að hengja þær við.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n viðhengi, %1 samtals</numerusform>
            <numerusform>%n viðhengi, %1 samtals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — encoded, about %2: more than the %3 the server accepts.</source>
        <translation>%1 — kóðað um það bil %2: meira en þau %3 sem netþjónninn tekur við.</translation>
    </message>
    <message>
        <source>(the server accepts up to %1)</source>
        <translation>(netþjónninn tekur við allt að %1)</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Hengja við skrár</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Setja inn mynd</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Myndir (%1)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Hengja við…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the window)</source>
        <translation>Hengja skrár við (eða sleppa þeim á gluggann)</translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation>Setja inn &amp;mynd…</translation>
    </message>
    <message>
        <source>Insert an image into the text (switches to rich text)</source>
        <translation>Setja mynd inn í textann (skiptir yfir í sniðinn texta)</translation>
    </message>
    <message>
        <source>&amp;Rich Text</source>
        <translation>Sniðinn &amp;texti</translation>
    </message>
    <message>
        <source>Write with formatting (sent as HTML with a plain-text copy)</source>
        <translation>Skrifa með sniði (sent sem HTML ásamt afriti í hreinum texta)</translation>
    </message>
    <message>
        <source>Switch to plain text</source>
        <translation>Skipta yfir í hreinan texta</translation>
    </message>
    <message>
        <source>Plain text cannot hold images or formatting. Remove them?</source>
        <translation>Hreinn texti getur ekki innihaldið myndir eða snið. Fjarlægja þau?</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Feitletrað</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>S&amp;káletrað</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Undirstrikað</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Listi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frá</translation>
    </message>
    <message>
        <source>The account and address the message is sent from</source>
        <translation>Aðgangurinn og netfangið sem skilaboðin eru send frá</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Frá:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Afrit</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Afrit:</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Falið afrit</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Fa&amp;lið afrit:</translation>
    </message>
    <message>
        <source>name@example.org, &quot;Name&quot; &lt;name@example.org&gt;</source>
        <translation>name@example.org, &quot;Name&quot; &lt;name@example.org&gt;</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>Netföng aðskilin með kommum</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <source>Subj&amp;ect:</source>
        <translation>&amp;Efni:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texti skilaboða</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;, sent through %2</source>
        <translation>Aðgangurinn „%1“, sent um %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>Reiturinn %1 er ógildur: %2</translation>
    </message>
</context>
<context>
    <name>ComposeRequest</name>
    <message>
        <source>unknown --compose field &quot;%1&quot;</source>
        <translation>óþekktur --compose-reitur „%1“</translation>
    </message>
    <message>
        <source>--compose %1: %2</source>
        <translation>--compose %1: %2</translation>
    </message>
    <message>
        <source>--compose attachment: no such file %1</source>
        <translation>--compose attachment: skráin %1 er ekki til</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senda</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Senda skilaboðin (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send &amp;Later…</source>
        <translation>Senda síða&amp;r…</translation>
    </message>
    <message>
        <source>Choose when the message is sent</source>
        <translation>Veldu hvenær skilaboðin verða send</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Skilaboð</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Loka</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Afturkalla</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>Afturkalla sendingu</translation>
    </message>
    <message>
        <source>Takes the message back before it is sent</source>
        <translation>Tekur skilaboðin til baka áður en þau eru send</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senda</translation>
    </message>
    <message>
        <source>Sends the message (Ctrl+Return)</source>
        <translation>Sendir skilaboðin (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Writing the message</source>
        <translation>Útbý skilaboðin</translation>
    </message>
    <message>
        <source>The message has been sent</source>
        <translation>Skilaboðin hafa verið send</translation>
    </message>
    <message>
        <source>Set up an account first</source>
        <translation>Settu fyrst upp aðgang</translation>
    </message>
    <message>
        <source>Correct the marked addresses first</source>
        <translation>Leiðréttu fyrst merktu netföngin</translation>
    </message>
    <message>
        <source>Add a recipient first</source>
        <translation>Bættu fyrst við viðtakanda</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Ekki sent. %1</translation>
    </message>
    <message>
        <source>Writing the message (%1)…</source>
        <translation>Útbý skilaboðin (%1)…</translation>
    </message>
    <message>
        <source>The message was not sent; everything is still here. %1</source>
        <translation>Skilaboðin voru ekki send; allt er hér enn. %1</translation>
    </message>
    <message>
        <source>Queued to be sent %1</source>
        <translation>Skilaboðin eru í biðröð og verða send %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Sendist eftir %n sekúndu…</numerusform>
            <numerusform>Sendist eftir %n sekúndur…</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late to undo: %1.</source>
        <translation>Of seint að afturkalla: %1.</translation>
    </message>
    <message>
        <source>Sending was undone. The message is back here.</source>
        <translation>Hætt var við sendingu. Skilaboðin eru komin aftur hingað.</translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation>Senda síðar</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Sendingartími</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>&amp;Sendingartími:</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>Setja í &amp;biðröð</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Villa</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Tilkynning</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Ný skilaboð</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Ekki tókst að vista drögin: %1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Drög vistuð</translation>
    </message>
    <message>
        <source>%1 (saved %2)</source>
        <translation>%1 (vistað %2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ekkert efni)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Stop writing the message; nothing is sent</source>
        <translation>Stöðva ritun skilaboðanna; ekkert er sent</translation>
    </message>
    <message>
        <source>Writing the message…</source>
        <translation>Skrifa skilaboðin…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Tengjast</translation>
    </message>
    <message>
        <source>SMTP Console</source>
        <translation>SMTP-skipanagluggi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Aðgangur</translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation>Tengjast eða aftengjast</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Type a command, e.g. NOOP, VRFY user, HELP — Enter sends</source>
        <translation>Sláðu inn skipun, t.d. NOOP, VRFY user, HELP — Enter sendir</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Skipun</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Aðgangur:</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Af&amp;tengjast</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ekki tengt</translation>
    </message>
    <message>
        <source>! Choose an account first (Settings → Accounts).</source>
        <translation>! Veldu fyrst aðgang (Stillingar → Aðgangar).</translation>
    </message>
    <message>
        <source>Getting the password…</source>
        <translation>Sæki lykilorðið…</translation>
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
        <translation>Sýna Outbound</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Hætta</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ekkert efni)</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Skilaboð ekki send</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Message delayed</source>
        <translation>Skilaboðum seinkað</translation>
    </message>
    <message>
        <source>“%1” will be tried again: %2</source>
        <translation>Reynt verður aftur að senda „%1“: %2</translation>
    </message>
    <message>
        <source>“%1”: the connection was lost after the whole message was sent. Check before sending it again.</source>
        <translation>„%1“: tengingin rofnaði eftir að öll skilaboðin höfðu verið send. Athugaðu málið áður en þú sendir þau aftur.</translation>
    </message>
    <message>
        <source>Message held</source>
        <translation>Skilaboðum haldið eftir</translation>
    </message>
    <message>
        <source>Delivery uncertain</source>
        <translation>Óvíst um afhendingu</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>ekki er hægt að búa til %1</translation>
    </message>
    <message>
        <source>%1 is not a draft: %2</source>
        <translation>%1 eru ekki drög: %2</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Ekki tókst að vista „%1“: %2</translation>
    </message>
    <message>
        <source>Saved “%1”, but could not flush its folder to disk: %2</source>
        <translation>„%1“ var vistað, en ekki tókst að skrifa möppuna sem geymir það á disk: %2</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>Netfangið er autt.</translation>
    </message>
    <message>
        <source>The name “%1” contains a line break or a NUL character.</source>
        <translation>Nafnið „%1“ inniheldur línuskil eða NUL-staf.</translation>
    </message>
    <message>
        <source>The address “%1” contains a line break or a NUL character.</source>
        <translation>Netfangið „%1“ inniheldur línuskil eða NUL-staf.</translation>
    </message>
    <message>
        <source>“%1” is not a single address of the form name@example.org.</source>
        <translation>„%1“ er ekki stakt netfang á forminu name@example.org.</translation>
    </message>
    <message>
        <source>The address list contains a line break or a NUL character.</source>
        <translation>Netfangalistinn inniheldur línuskil eða NUL-staf.</translation>
    </message>
    <message>
        <source>“%1” has no domain: an address looks like name@example.org.</source>
        <translation>„%1“ hefur ekkert lén: netfang lítur út eins og name@example.org.</translation>
    </message>
    <message>
        <source>“%1” has a domain that is not a valid internationalised domain name.</source>
        <translation>Lénið í „%1“ er ekki gilt alþjóðlegt lén (IDN).</translation>
    </message>
    <message>
        <source>The address “%1” contains a control character.</source>
        <translation>Netfangið „%1“ inniheldur stýristaf.</translation>
    </message>
    <message>
        <source>The address list cannot be read.</source>
        <translation>Ekki er hægt að lesa netfangalistann.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>„%1“ er ekki gilt netfang.</translation>
    </message>
    <message>
        <source>The address list cannot be read: a quote, parenthesis or angle bracket is not closed.</source>
        <translation>Ekki er hægt að lesa netfangalistann: gæsalöppum, sviga eða oddklofa er ekki lokað.</translation>
    </message>
    <message>
        <source>The address list cannot be read: a group cannot hold another group.</source>
        <translation>Ekki er hægt að lesa netfangalistann: hópur getur ekki innihaldið annan hóp.</translation>
    </message>
    <message>
        <source>“%1” has a domain literal with characters other than ASCII letters, digits and punctuation.</source>
        <translation>„%1“ hefur lén í hornklofum (domain literal) með öðrum stöfum en ASCII-bókstöfum, tölustöfum og greinarmerkjum.</translation>
    </message>
    <message>
        <source>“%1” has a domain literal with “@” in it: an address literal is an IP address in brackets, as in name@[192.0.2.1].</source>
        <translation>„%1“ hefur lén í hornklofum með „@“: vistfangsstafstrengur er IP-tala innan hornklofa, t.d. name@[192.0.2.1].</translation>
    </message>
</context>
<context>
    <name>MailboxLoginTest</name>
    <message>
        <source>idle</source>
        <translation>aðgerðalaust</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>tengist</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>bíður eftir kveðju</translation>
    </message>
    <message>
        <source>asking for capabilities</source>
        <translation>spyr um eiginleika</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>ræsir TLS</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-handaband</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>skráir inn</translation>
    </message>
    <message>
        <source>logging out</source>
        <translation>skráir út</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>lokið</translation>
    </message>
    <message>
        <source>No server host name is set.</source>
        <translation>Ekkert vélarheiti netþjóns er stillt.</translation>
    </message>
    <message>
        <source>No user name is set.</source>
        <translation>Ekkert notandanafn er stillt.</translation>
    </message>
    <message>
        <source>This build has no TLS support.</source>
        <translation>Þessi smíð styður ekki TLS.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2, %3)</source>
        <translation>Tengist %1 (%2, %3)</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>tengingunni</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Hætt við.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mistókst: %1</translation>
    </message>
    <message>
        <source>Login test succeeded</source>
        <translation>Innskráningarprófun tókst</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Netþjónninn sendi línu sem er lengri en %1 bæti.</translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes.</source>
        <translation>Netþjónninn boðaði literal-gögn upp á %1 bæti.</translation>
    </message>
    <message>
        <source>(%1 bytes of literal data not shown)</source>
        <translation>(%1 bæti af literal-gögnum ekki sýnd)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Tengt við %1</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>TLS-handabandinu</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>kveðjunni</translation>
    </message>
    <message>
        <source>Certificate problem accepted by the pinned certificate: %1</source>
        <translation>Vandamál með skilríki samþykkt vegna festa skilríkisins: %1</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Vandamál með skilríki: %1</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>TLS komið á: %1</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Vélin %1 fannst ekki.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hafnaði tengingunni.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS-handabandið mistókst: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation>Skilríki netþjónsins er ekki treyst: %1.</translation>
    </message>
    <message>
        <source>Certificate: %1.</source>
        <translation>Skilríki: %1.</translation>
    </message>
    <message>
        <source>The server closed the connection while we were waiting for %1.</source>
        <translation>Netþjónninn lokaði tengingunni meðan beðið var eftir %1.</translation>
    </message>
    <message>
        <source>No answer to the logout; the login itself succeeded</source>
        <translation>Ekkert svar við útskráningunni; innskráningin sjálf tókst</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds while we were waiting for %3.</source>
        <translation>%1 svaraði ekki innan %2 sekúndna meðan beðið var eftir %3.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n byte(s) after agreeing to start TLS and before the handshake; they may have been injected, so the connection was closed.</source>
        <translation>
            <numerusform>Netþjónninn sendi %n bæti eftir að hafa samþykkt að ræsa TLS og á undan handabandinu; því gæti hafa verið laumað inn, svo tengingunni var lokað.</numerusform>
            <numerusform>Netþjónninn sendi %n bæti eftir að hafa samþykkt að ræsa TLS og á undan handabandinu; þeim gæti hafa verið laumað inn, svo tengingunni var lokað.</numerusform>
        </translation>
    </message>
    <message>
        <source>the capabilities</source>
        <translation>eiginleikalistanum</translation>
    </message>
    <message>
        <source>The server sent something that is not an IMAP response: %1</source>
        <translation>Netþjónninn sendi eitthvað sem er ekki IMAP-svar: %1</translation>
    </message>
    <message>
        <source>The server answered a command we did not send (tag %1).</source>
        <translation>Netþjónninn svaraði skipun sem við sendum ekki (merki %1).</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Netþjónninn er að loka tengingunni: %1</translation>
    </message>
    <message>
        <source>The server did not start with a greeting.</source>
        <translation>Netþjónninn byrjaði ekki á kveðju.</translation>
    </message>
    <message>
        <source>The server logged us in before STARTTLS (PREAUTH), so the connection cannot be secured.</source>
        <translation>Netþjónninn skráði okkur inn á undan STARTTLS (PREAUTH), svo ekki er hægt að tryggja tenginguna.</translation>
    </message>
    <message>
        <source>The server pre-authenticated the connection; no credentials were tested</source>
        <translation>Netþjónninn forauðkenndi tenginguna; engar innskráningarupplýsingar voru prófaðar</translation>
    </message>
    <message>
        <source>the logout</source>
        <translation>útskráningunni</translation>
    </message>
    <message>
        <source>Unexpected greeting: %1</source>
        <translation>Óvænt kveðja: %1</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation>Kveðja: %1</translation>
    </message>
    <message>
        <source>The server refused CAPABILITY: %1</source>
        <translation>Netþjónninn hafnaði CAPABILITY: %1</translation>
    </message>
    <message>
        <source>The server answered CAPABILITY without listing its capabilities.</source>
        <translation>Netþjónninn svaraði CAPABILITY án þess að telja upp eiginleika sína.</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Eiginleikar: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; nothing was sent in plaintext.</source>
        <translation>Netþjónninn býður ekki upp á STARTTLS; ekkert var sent ódulritað.</translation>
    </message>
    <message>
        <source>the answer to STARTTLS</source>
        <translation>svarinu við STARTTLS</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Netþjónninn hafnaði STARTTLS: %1</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>innskráningunni</translation>
    </message>
    <message>
        <source>The server offers no OAuth mechanism (it offers: %1).</source>
        <translation>Netþjónninn býður ekki upp á neina OAuth-aðferð (hann býður: %1).</translation>
    </message>
    <message>
        <source>The server disables LOGIN here and offers no mechanism we support (it offers: %1).</source>
        <translation>Netþjónninn gerir LOGIN óvirkt hér og býður enga aðferð sem við styðjum (hann býður: %1).</translation>
    </message>
    <message>
        <source>The server asked for more than the login needs.</source>
        <translation>Netþjónninn bað um meira en innskráningin þarfnast.</translation>
    </message>
    <message>
        <source>The server rejected the login for %1 (%2):%3 %4</source>
        <translation>Netþjónninn hafnaði innskráningu fyrir %1 (%2):%3 %4</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password (%1); it may be an impostor.</source>
        <translation>Netþjónninn samþykkti innskráninguna án þess að sanna að hann þekki lykilorðið (%1); hann gæti verið að villa á sér heimildir.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not a POP3 greeting: %1</source>
        <translation>Kveðja netþjónsins er ekki POP3-kveðja: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Netþjónninn hafnaði tengingunni: %1</translation>
    </message>
    <message>
        <source>Unexpected answer to CAPA: %1</source>
        <translation>Óvænt svar við CAPA: %1</translation>
    </message>
    <message>
        <source>Capabilities: none listed (no CAPA)</source>
        <translation>Eiginleikar: engir taldir upp (ekkert CAPA)</translation>
    </message>
    <message>
        <source>The server does not offer STLS; nothing was sent in plaintext.</source>
        <translation>Netþjónninn býður ekki upp á STLS; ekkert var sent ódulritað.</translation>
    </message>
    <message>
        <source>the answer to STLS</source>
        <translation>svarinu við STLS</translation>
    </message>
    <message>
        <source>Unexpected answer to STLS: %1</source>
        <translation>Óvænt svar við STLS: %1</translation>
    </message>
    <message>
        <source>The server refused STLS: %1</source>
        <translation>Netþjónninn hafnaði STLS: %1</translation>
    </message>
    <message>
        <source>The server allows neither USER/PASS nor a mechanism we support here (it offers: %1).</source>
        <translation>Netþjónninn leyfir hvorki USER/PASS né aðferð sem við styðjum hér (hann býður: %1).</translation>
    </message>
    <message>
        <source>Unexpected answer during login: %1</source>
        <translation>Óvænt svar við innskráningu: %1</translation>
    </message>
    <message>
        <source>Unexpected answer during login.</source>
        <translation>Óvænt svar við innskráningu.</translation>
    </message>
    <message>
        <source>The server does not offer %1 (it offers: %2), or it does not fit the credentials.</source>
        <translation>Netþjónninn býður ekki upp á %1 (hann býður: %2), eða aðferðin hentar ekki innskráningarupplýsingunum.</translation>
    </message>
    <message>
        <source>The server sent a malformed %1 challenge.</source>
        <translation>Netþjónninn sendi gallaða %1-áskorun.</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Skráð inn sem %1 (%2)</translation>
    </message>
    <message>
        <source>The server sent a response of more than %1 lines.</source>
        <translation>Netþjónninn sendi svar sem er lengra en %1 línur.</translation>
    </message>
    <message>
        <source>The server sent a response of more than %1 bytes.</source>
        <translation>Netþjónninn sendi svar sem er lengra en %1 bæti.</translation>
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
        <translation>Úthólf Outbound</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sý&amp;na:</translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation>Sýna skilaboð í stöðunni</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Sí&amp;a:</translation>
    </message>
    <message>
        <source>Filter messages by text</source>
        <translation>Sía skilaboð eftir texta</translation>
    </message>
    <message>
        <source>Subject, recipient, account or reply</source>
        <translation>Efni, viðtakandi, aðgangur eða svar</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Skilaboð í úthólfi</translation>
    </message>
    <message>
        <source>Account %1 needs attention: %2</source>
        <translation>Aðgangurinn %1 þarfnast athygli: %2</translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation>&amp;Ný skilaboð…</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>Skrifa ný skilaboð</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>Reyna &amp;aftur núna</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Send the selected messages now</source>
        <translation>Senda völdu skilaboðin núna</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Halda eftir</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Keep the selected messages back</source>
        <translation>Halda völdu skilaboðunum eftir</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Sleppa</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Let held messages go</source>
        <translation>Sleppa skilaboðum sem haldið er eftir</translation>
    </message>
    <message>
        <source>&amp;Edit and Requeue…</source>
        <translation>&amp;Breyta og setja aftur í biðröð…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the message in a compose window</source>
        <translation>Opna skilaboðin í ritunarglugga</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>Sýna &amp;frumkóða</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Show the message as it is sent</source>
        <translation>Sýna skilaboðin eins og þau eru send</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eyða…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the outbox</source>
        <translation>Fjarlægja völdu skilaboðin úr úthólfinu</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Aðgangar…</translation>
    </message>
    <message>
        <source>Set up the accounts messages are sent through</source>
        <translation>Setja upp aðgangana sem skilaboð eru send um</translation>
    </message>
    <message>
        <source>&amp;Filter Messages</source>
        <translation>Sía s&amp;kilaboð</translation>
    </message>
    <message>
        <source>Type to filter the outbox</source>
        <translation>Skrifaðu til að sía úthólfið</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Hætta</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Loka öllum gluggum og hætta</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Úthólf</translation>
    </message>
    <message>
        <source>Outbox actions</source>
        <translation>Aðgerðir úthólfs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Skrá</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Út&amp;hólf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>S&amp;koða</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Samskiptaskrá</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Show or hide the live transcript</source>
        <translation>Sýna eða fela samskiptaskrána í rauntíma</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>&amp;Verkfærastika</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>S&amp;tillingar</translation>
    </message>
    <message>
        <source>Messages under way</source>
        <translation>Skilaboð á leiðinni</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>Staða netkerfis</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Nettengt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ótengt</translation>
    </message>
    <message>
        <source>Messages are sent as they become due.</source>
        <translation>Skilaboð eru send þegar komið er að þeim.</translation>
    </message>
    <message>
        <source>No network: messages wait until it returns.</source>
        <translation>Ekkert net: skilaboð bíða þar til það kemst aftur á.</translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n í sendingu</numerusform>
            <numerusform>%n í sendingu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n í biðröð</numerusform>
            <numerusform>%n í biðröð</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Skilaboð %1: %2</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Reyna aftur núna</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halda eftir</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Sleppa</translation>
    </message>
    <message>
        <source>Delete Messages</source>
        <translation>Eyða skilaboðum</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eyða</translation>
    </message>
    <message>
        <source>Edit and Requeue</source>
        <translation>Breyta og setja aftur í biðröð</translation>
    </message>
    <message>
        <source>SMTP &amp;Console…</source>
        <translation>SMTP-s&amp;kipanagluggi…</translation>
    </message>
    <message>
        <source>Type SMTP commands to an account&apos;s server</source>
        <translation>Slá inn SMTP-skipanir til netþjóns aðgangs</translation>
    </message>
    <message>
        <source>&amp;Sandbox…</source>
        <translation>&amp;Sandkassi…</translation>
    </message>
    <message>
        <source>Read what the built-in sandbox server captured, and rehearse failures</source>
        <translation>Lesa það sem innbyggði sandkassanetþjónninn fangaði og sviðsetja villur</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verkfæri</translation>
    </message>
    <message>
        <source>Saved &amp;Drafts</source>
        <translation>Vistuð &amp;drög</translation>
    </message>
    <message>
        <source>No saved drafts</source>
        <translation>Engin vistuð drög</translation>
    </message>
    <message>
        <source>not sent yet; it will not be sent</source>
        <translation>ekki send enn; þau verða ekki send</translation>
    </message>
    <message>
        <source>being sent right now; it cannot be deleted</source>
        <translation>verið er að senda þau núna; ekki er hægt að eyða þeim</translation>
    </message>
    <message>
        <source>refused, not delivered; only the record is removed</source>
        <translation>hafnað, ekki afhent; aðeins færslan er fjarlægð</translation>
    </message>
    <message>
        <source>already sent; only the record is removed</source>
        <translation>þegar send; aðeins færslan er fjarlægð</translation>
    </message>
    <message>
        <source>may already have been delivered; only the record is removed, and it will not be sent again</source>
        <translation>gætu þegar hafa verið afhent; aðeins færslan er fjarlægð og þau verða ekki send aftur</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Afturkalla eyðingu</translation>
    </message>
    <message>
        <source>Bring back the messages deleted last</source>
        <translation>Endurheimta skilaboðin sem var eytt síðast</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Breyta</translation>
    </message>
    <message>
        <source>Send again a message that may already have been delivered?</source>
        <translation>Senda aftur skilaboð sem gætu þegar hafa verið afhent?</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>Senda &amp;aftur</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>skilaboð %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ekkert efni)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n viðtakandi til viðbótar</numerusform>
            <numerusform>%1 og %n viðtakendur til viðbótar</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” to %2 — %3</source>
        <translation>„%1“ til %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n skilaboð til viðbótar</numerusform>
            <numerusform>… og %n skilaboð til viðbótar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox?</source>
        <translation>
            <numerusform>Eyða %n skilaboðum úr úthólfinu?</numerusform>
            <numerusform>Eyða %n skilaboðum úr úthólfinu?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted messages are kept for %n day(s); Edit → Undo Delete brings them back.</source>
        <translation>
            <numerusform>Eydd skilaboð eru geymd í %n dag; Breyta → Afturkalla eyðingu endurheimtir þau.</numerusform>
            <numerusform>Eydd skilaboð eru geymd í %n daga; Breyta → Afturkalla eyðingu endurheimtir þau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted; Edit → Undo Delete brings them back.</source>
        <translation>
            <numerusform>%n skilaboðum eytt; Breyta → Afturkalla eyðingu endurheimtir þau.</numerusform>
            <numerusform>%n skilaboðum eytt; Breyta → Afturkalla eyðingu endurheimtir þau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n skilaboð endurheimt.</numerusform>
            <numerusform>%n skilaboð endurheimt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Afturkalla eyðingu</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message had been sent, so the server may have accepted it. Sending it again may deliver it twice: check with the recipients or the server&apos;s logs first.</source>
        <translation>Tengingin rofnaði eftir að öll skilaboðin höfðu verið send, svo netþjónninn gæti hafa tekið við þeim. Ef þau eru send aftur gætu þau borist tvisvar: kannaðu fyrst málið hjá viðtakendunum eða í atvikaskrám netþjónsins.</translation>
    </message>
    <message>
        <source>Possible Duplicate</source>
        <translation>Hugsanlegt tvítak</translation>
    </message>
    <message>
        <source>Edit and send again a message that may already have been delivered?</source>
        <translation>Breyta og senda aftur skilaboð sem gætu þegar hafa verið afhent?</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>&amp;Breyta samt</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <source>Pending</source>
        <translation>Bíður</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hafnað</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Upplýsingar um skilaboð</translation>
    </message>
    <message>
        <source>Select a message to see its recipients, attempts and source.</source>
        <translation>Veldu skilaboð til að sjá viðtakendur þeirra, tilraunir og frumkóða.</translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation>Samantekt skilaboða</translation>
    </message>
    <message>
        <source>Message detail pages</source>
        <translation>Upplýsingasíður skilaboða</translation>
    </message>
    <message>
        <source>Recipients and their results</source>
        <translation>Viðtakendur og niðurstöður þeirra</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Viðtakandi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Niðurstaða</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Svar netþjóns</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Viðtakendur</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Sendingartilraunir</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Hófst</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Netþjónn</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Villa</translation>
    </message>
    <message>
        <source>Transcript of the selected attempt</source>
        <translation>Samskiptaskrá valinnar tilraunar</translation>
    </message>
    <message>
        <source>Select an attempt to see its transcript.</source>
        <translation>Veldu tilraun til að sjá samskiptaskrá hennar.</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Tilraunir</translation>
    </message>
    <message>
        <source>MIME structure</source>
        <translation>MIME-uppbygging</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Gerð</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Heiti</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Framsetning</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kóðun</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Stærð</translation>
    </message>
    <message>
        <source>Header fields of the selected part</source>
        <translation>Hausreitir valins hluta</translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation>&amp;Uppbygging</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Frumkóði skilaboða</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Frumkóði</translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation>Þessi skilaboð eru ekki lengur í úthólfinu.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ekkert efni)</translation>
    </message>
    <message>
        <source>From %1 through %2, %3</source>
        <translation>Frá %1 um %2, %3</translation>
    </message>
    <message>
        <source>%1 — created %2</source>
        <translation>%1 — búin til %2</translation>
    </message>
    <message>
        <source>, sent %1</source>
        <translation>, send %1</translation>
    </message>
    <message>
        <source>, server queue id %1</source>
        <translation>, biðraðarauðkenni netþjóns %1</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>Ekki er hægt að lesa skilaboðin: %1</translation>
    </message>
    <message numerus="yes">
        <source>The message nests deeper than %n level(s); the deepest parts are not shown.</source>
        <translation>
            <numerusform>Skilaboðin eru hreiðruð dýpra en %n stig; dýpstu hlutarnir eru ekki sýndir.</numerusform>
            <numerusform>Skilaboðin eru hreiðruð dýpra en %n stig; dýpstu hlutarnir eru ekki sýndir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Sýni fyrstu %1 af %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected. The actions apply to all of them; select one to see its details.</source>
        <translation>
            <numerusform>%n skilaboð valin. Aðgerðirnar eiga við þau öll; veldu ein skilaboð til að sjá upplýsingar um þau.</numerusform>
            <numerusform>%n skilaboð valin. Aðgerðirnar eiga við þau öll; veldu ein skilaboð til að sjá upplýsingar um þau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered to %1</source>
        <translation>Ekki afhent til: %1</translation>
    </message>
</context>
<context>
    <name>MessageDraftReader</name>
    <message>
        <source>The message&apos;s From field must hold exactly one address.</source>
        <translation>From-reitur skilaboðanna verður að innihalda nákvæmlega eitt netfang.</translation>
    </message>
    <message>
        <source>The message has no From field.</source>
        <translation>Skilaboðin hafa engan From-reit.</translation>
    </message>
    <message>
        <source>The message&apos;s %1 field cannot be read: %2</source>
        <translation>Ekki er hægt að lesa %1-reit skilaboðanna: %2</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”: %2</source>
        <translation>Ekki er hægt að vista hlutann „%1“: %2</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”: too many files of that name.</source>
        <translation>Ekki er hægt að vista hlutann „%1“: of margar skrár með því heiti.</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”.</source>
        <translation>Ekki er hægt að vista hlutann „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a message file.</source>
        <translation>„%1“ er ekki skilaboðaskrá.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Ekki tókst að opna „%1“: %2</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail message: it does not start with header fields.</source>
        <translation>„%1“ er ekki tölvupóstur: skráin byrjar ekki á hausreitum.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Ekki tókst að búa til möppuna „%1“.</translation>
    </message>
</context>
<context>
    <name>MessageEnvelopeReader</name>
    <message>
        <source>The message is not open for reading.</source>
        <translation>Skilaboðin eru ekki opin til lestrar.</translation>
    </message>
    <message>
        <source>Could not create a temporary file: %1</source>
        <translation>Ekki tókst að búa til bráðabirgðaskrá: %1</translation>
    </message>
    <message>
        <source>Could not copy the message: %1</source>
        <translation>Ekki tókst að afrita skilaboðin: %1</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Ekki tókst að opna „%1“: %2</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Ekki tókst að búa til „%1“: %2</translation>
    </message>
    <message>
        <source>Could not read the message file.</source>
        <translation>Ekki tókst að lesa skilaboðaskrána.</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields.</source>
        <translation>Þetta er ekki tölvupóstur: hann byrjar ekki á hausreitum.</translation>
    </message>
    <message>
        <source>The message header has a line that is not a header field: “%1”.</source>
        <translation>Í haus skilaboðanna er lína sem er ekki hausreitur: „%1“.</translation>
    </message>
    <message>
        <source>The %1 field cannot be read: %2</source>
        <translation>Ekki er hægt að lesa %1-reitinn: %2</translation>
    </message>
    <message>
        <source>The message has no sender: neither a From nor a Sender field.</source>
        <translation>Skilaboðin hafa engan sendanda: hvorki From- né Sender-reit.</translation>
    </message>
    <message>
        <source>The message has no recipients in its Resent-To, Resent-Cc or Resent-Bcc fields.</source>
        <translation>Skilaboðin hafa enga viðtakendur í Resent-To-, Resent-Cc- eða Resent-Bcc-reitunum.</translation>
    </message>
    <message>
        <source>The message has no recipients: no address in To, Cc or Bcc.</source>
        <translation>Skilaboðin hafa enga viðtakendur: ekkert netfang í To, Cc eða Bcc.</translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation>Ekki tókst að lesa skilaboðin: %1</translation>
    </message>
    <message>
        <source>Could not write the copy to send: %1</source>
        <translation>Ekki tókst að skrifa afritið sem á að senda: %1</translation>
    </message>
    <message>
        <source>Line %1 of the message header is too long.</source>
        <translation>Lína %1 í haus skilaboðanna er of löng.</translation>
    </message>
    <message>
        <source>The message header starts with a continuation line.</source>
        <translation>Haus skilaboðanna byrjar á framhaldslínu.</translation>
    </message>
    <message>
        <source>Line %1 of the message header is not a header field.</source>
        <translation>Lína %1 í haus skilaboðanna er ekki hausreitur.</translation>
    </message>
    <message>
        <source>The message cannot be sent as SMTP data: %1.</source>
        <translation>Ekki er hægt að senda skilaboðin sem SMTP-gögn: %1.</translation>
    </message>
    <message>
        <source>The message header cannot be read as a whole: field %1 is read differently by the MIME parser.</source>
        <translation>Ekki er hægt að lesa haus skilaboðanna á ótvíræðan hátt: MIME-þáttarinn les reit %1 öðruvísi.</translation>
    </message>
</context>
<context>
    <name>MessageTree</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Ekki tókst að opna „%1“: %2</translation>
    </message>
    <message>
        <source>The message is not open for reading.</source>
        <translation>Skilaboðin eru ekki opin til lestrar.</translation>
    </message>
    <message>
        <source>Could not create a temporary file: %1</source>
        <translation>Ekki tókst að búa til bráðabirgðaskrá: %1</translation>
    </message>
    <message>
        <source>Could not copy the message: %1</source>
        <translation>Ekki tókst að afrita skilaboðin: %1</translation>
    </message>
    <message>
        <source>Could not read the message file.</source>
        <translation>Ekki tókst að lesa skilaboðaskrána.</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields.</source>
        <translation>Þetta er ekki tölvupóstur: hann byrjar ekki á hausreitum.</translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <source>not a regular file</source>
        <translation>ekki venjuleg skrá</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: %2</source>
        <translation>Ekki er hægt að hengja „%1“ við: %2</translation>
    </message>
    <message>
        <source>Line %1 of the message would be longer than 998 octets.</source>
        <translation>Lína %1 í skilaboðunum yrði lengri en 998 bæti.</translation>
    </message>
    <message>
        <source>Line %1 of the message has a bare CR or LF.</source>
        <translation>Í línu %1 í skilaboðunum er stakt CR eða LF.</translation>
    </message>
    <message>
        <source>The message has no sender (From).</source>
        <translation>Skilaboðin hafa engan sendanda (From).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the address “%2” has a non-ASCII local part, which only a server with SMTPUTF8 can carry.</source>
        <translation>%1: hlutinn á undan @ í netfanginu „%2“ er ekki ASCII, og aðeins netþjónn með SMTPUTF8 getur flutt það.</translation>
    </message>
    <message>
        <source>The message has no recipients (To, Cc or Bcc).</source>
        <translation>Skilaboðin hafa enga viðtakendur (To, Cc eða Bcc).</translation>
    </message>
    <message>
        <source>The subject contains a line break or a NUL character.</source>
        <translation>Efnið inniheldur línuskil eða NUL-staf.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>„%1“ er ekki gilt hausheiti.</translation>
    </message>
    <message>
        <source>The %1 header is set by the message writer, not as an extra header.</source>
        <translation>%1-hausinn er stilltur af skilaboðaritaranum, ekki sem aukahaus.</translation>
    </message>
    <message>
        <source>The value of the %1 header contains a line break or a NUL character.</source>
        <translation>Gildi %1-haussins inniheldur línuskil eða NUL-staf.</translation>
    </message>
    <message>
        <source>An attachment has no file.</source>
        <translation>Viðhengi hefur enga skrá.</translation>
    </message>
    <message>
        <source>The attachment “%1” has no file name.</source>
        <translation>Viðhengið „%1“ hefur ekkert skráarheiti.</translation>
    </message>
    <message>
        <source>The file name “%1” contains a line break or a NUL character.</source>
        <translation>Skráarheitið „%1“ inniheldur línuskil eða NUL-staf.</translation>
    </message>
    <message>
        <source>The file name “%1…” is longer than 1,000 characters.</source>
        <translation>Skráarheitið „%1…“ er lengra en 1.000 stafir.</translation>
    </message>
    <message>
        <source>“%1” is not a media type of the form type/subtype.</source>
        <translation>„%1“ er ekki miðilsgerð á forminu type/subtype.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Content-ID: it looks like part1.x@example.org.</source>
        <translation>„%1“ er ekki gilt Content-ID: Content-ID lítur út eins og part1.x@example.org.</translation>
    </message>
    <message>
        <source>Inline parts are referred to from the HTML body, but there is none.</source>
        <translation>Vísað er í innfellda hluta úr HTML-meginmáli, en ekkert HTML-meginmál er til staðar.</translation>
    </message>
    <message>
        <source>The DSN envelope id must be at most 100 printable ASCII characters.</source>
        <translation>DSN-umslagsauðkennið má í mesta lagi vera 100 prentanlegir ASCII-stafir.</translation>
    </message>
    <message>
        <source>Could not write the message: %1</source>
        <translation>Ekki tókst að skrifa skilaboðin: %1</translation>
    </message>
    <message>
        <source>Could not write the message: an attachment could not be read.</source>
        <translation>Ekki tókst að skrifa skilaboðin: ekki var hægt að lesa viðhengi.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Ekki tókst að búa til „%1“: %2</translation>
    </message>
    <message>
        <source>Line %1 of the message would have a NUL byte.</source>
        <translation>Lína %1 í skilaboðunum myndi innihalda NUL-bæti.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Queued</source>
        <translation>Í biðröð</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Í sendingu</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Frestað</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Haldið eftir</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mistókst</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Óvíst</translation>
    </message>
    <message>
        <source>Partly sent</source>
        <translation>Sent að hluta</translation>
    </message>
    <message>
        <source>%1, partly sent</source>
        <translation>%1, sent að hluta</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>ekki reynt enn</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Accepted</source>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <source>Accepted as %1</source>
        <translation>Samþykkt sem %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>bíður</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>samþykkt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>hafnað</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ekkert efni)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staða</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Viðtakendur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Aðgangur</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tilraunir</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Næsta tilraun</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Síðasta svar</translation>
    </message>
    <message>
        <source>Sending, %1%</source>
        <translation>Í sendingu, %1%</translation>
    </message>
    <message>
        <source>Not delivered to %1</source>
        <translation>Ekki afhent til: %1</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Öll skilaboð</translation>
    </message>
    <message>
        <source>Waiting to go</source>
        <translation>Bíða sendingar</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Þarfnast athygli</translation>
    </message>
</context>
<context>
    <name>OutboxReader</name>
    <message>
        <source>no queue database in %1</source>
        <translation>enginn biðraðargagnagrunnur í %1</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 er ekki SQLite-gagnagrunnur</translation>
    </message>
    <message>
        <source>queue database error: %1</source>
        <translation>villa í biðraðargagnagrunni: %1</translation>
    </message>
</context>
<context>
    <name>OutboxScheduler</name>
    <message>
        <source>the account &quot;%1&quot; does not exist</source>
        <translation>aðgangurinn „%1“ er ekki til</translation>
    </message>
    <message>
        <source>no password for &quot;%1&quot;: %2</source>
        <translation>ekkert lykilorð fyrir „%1“: %2</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be read: %2</source>
        <translation>ekki er hægt að lesa biðsvæðisskrána %1: %2</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>ekki er hægt að búa til %1</translation>
    </message>
    <message>
        <source>cannot take the outbox lock in %1</source>
        <translation>ekki er hægt að læsa úthólfinu í %1</translation>
    </message>
    <message>
        <source>cannot open the queue database %1: %2</source>
        <translation>ekki er hægt að opna biðraðargagnagrunninn %1: %2</translation>
    </message>
    <message>
        <source>cannot create the queue database: %1</source>
        <translation>ekki er hægt að búa til biðraðargagnagrunninn: %1</translation>
    </message>
    <message>
        <source>queue database error (%1): %2</source>
        <translation>villa í biðraðargagnagrunni (%1): %2</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>skilaboðin hafa enga viðtakendur</translation>
    </message>
    <message>
        <source>cannot write to the spool: %1</source>
        <translation>ekki er hægt að skrifa á biðsvæðið: %1</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>skilaboðin eru tóm</translation>
    </message>
    <message>
        <source>queue database error: %1</source>
        <translation>villa í biðraðargagnagrunni: %1</translation>
    </message>
    <message>
        <source>held when queued</source>
        <translation>haldið eftir þegar sett í biðröð</translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation>skilaboð %1 eru ekki í úthólfinu</translation>
    </message>
    <message>
        <source>message %1 is not claimed by this process</source>
        <translation>þetta ferli hefur ekki tekið frá skilaboð %1</translation>
    </message>
    <message>
        <source>message %1 is %2; it cannot become %3</source>
        <translation>staða skilaboða %1 er „%2“; ekki er hægt að breyta henni í „%3“</translation>
    </message>
    <message>
        <source>held by the user</source>
        <translation>haldið eftir af notanda</translation>
    </message>
    <message>
        <source>message %1 is being sent right now; it cannot be deleted</source>
        <translation>verið er að senda skilaboð %1 núna; ekki er hægt að eyða þeim</translation>
    </message>
    <message>
        <source>the process sending it stopped after the whole message was sent; the server may have it</source>
        <translation>ferlið sem sendi þau stöðvaðist eftir að öll skilaboðin höfðu verið send; netþjónninn gæti hafa tekið við þeim</translation>
    </message>
    <message>
        <source>the process sending it stopped before the message was complete</source>
        <translation>ferlið sem sendi þau stöðvaðist áður en skilaboðin voru fullsend</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>hætt við</translation>
    </message>
    <message>
        <source>the message cannot be sent as SMTP data: %1</source>
        <translation>ekki er hægt að senda skilaboðin sem SMTP-gögn: %1</translation>
    </message>
    <message numerus="yes">
        <source>no deleted message %1 (deleted messages are kept %n day(s))</source>
        <translation>
            <numerusform>engin eydd skilaboð %1 (eydd skilaboð eru geymd í %n dag)</numerusform>
            <numerusform>engin eydd skilaboð %1 (eydd skilaboð eru geymd í %n daga)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot update the queue database: %1</source>
        <translation>ekki er hægt að uppfæra biðraðargagnagrunninn: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>ekki er hægt að búa til möppu notandasniðsins %1</translation>
    </message>
    <message>
        <source>cannot read the profile folder %1: %2</source>
        <translation>ekki er hægt að lesa möppu notandasniðsins %1: %2</translation>
    </message>
    <message>
        <source>the profile %1 is not a folder</source>
        <translation>notandasniðið %1 er ekki mappa</translation>
    </message>
    <message>
        <source>the profile folder %1 belongs to another user (uid %2); refusing to use it. Use a profile of your own (--profile DIR), or, if it is yours, chown it to yourself</source>
        <translation>mappa notandasniðsins %1 tilheyrir öðrum notanda (uid %2); neita að nota hana. Notaðu eigið notandasnið (--profile DIR), eða, ef hún er þín, skráðu þig sem eiganda hennar (chown)</translation>
    </message>
    <message>
        <source>the profile folder %1 can be written by other users, who could change its accounts and the commands they run; refusing to use it. Check its files, then run: chmod 700 %1</source>
        <translation>aðrir notendur geta skrifað í möppu notandasniðsins %1 og gætu breytt aðgöngunum í henni og skipununum sem þeir keyra; neita að nota hana. Athugaðu skrárnar í henni og keyrðu svo: chmod 700 %1</translation>
    </message>
    <message>
        <source>%1 belongs to another user or can be written by others; refusing to use it. Check what it holds, then make it a file of your own that only you can write (chmod 600 %1)</source>
        <translation>%1 tilheyrir öðrum notanda eða aðrir geta skrifað í hana; neita að nota hana. Athugaðu hvað hún inniheldur og gerðu hana svo að þinni eigin skrá sem aðeins þú getur skrifað í (chmod 600 %1)</translation>
    </message>
    <message>
        <source>cannot make the profile folder %1 private (chmod 700): %2</source>
        <translation>ekki er hægt að gera möppu notandasniðsins %1 að einkamöppu (chmod 700): %2</translation>
    </message>
</context>
<context>
    <name>SandboxConnection</name>
    <message>
        <source>Greeting</source>
        <translation>Kveðja</translation>
    </message>
    <message>
        <source>Waiting for a command</source>
        <translation>Bíður eftir skipun</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>Auðkennir</translation>
    </message>
    <message>
        <source>Receiving message data</source>
        <translation>Tekur við skilaboðagögnum</translation>
    </message>
    <message>
        <source>Receiving a BDAT chunk</source>
        <translation>Tekur við BDAT-bút</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Lokar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lokað</translation>
    </message>
    <message>
        <source>a line longer than %1 octets</source>
        <translation>lína lengri en %1 bæti</translation>
    </message>
    <message>
        <source>message data: %1 octets</source>
        <translation>skilaboðagögn: %1 bæti</translation>
    </message>
    <message>
        <source>closed by the sandbox</source>
        <translation>sandkassinn lokaði</translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation>biðlarinn lokaði</translation>
    </message>
    <message>
        <source>the client did not take the last reply in time</source>
        <translation>biðlarinn tók ekki við síðasta svarinu í tæka tíð</translation>
    </message>
    <message>
        <source>no input for %1 s: closing</source>
        <translation>ekkert inntak í %1 s: lokar</translation>
    </message>
    <message>
        <source>recipient failure rehearsed</source>
        <translation>villa hjá viðtakanda sviðsett</translation>
    </message>
    <message>
        <source>authenticated as %1 (any password is accepted)</source>
        <translation>auðkennt sem %1 (hvaða lykilorð sem er er samþykkt)</translation>
    </message>
    <message>
        <source>end-of-data failure rehearsed; nothing stored</source>
        <translation>villa við lok gagna sviðsett; ekkert geymt</translation>
    </message>
    <message>
        <source>the message could not be stored</source>
        <translation>ekki tókst að geyma skilaboðin</translation>
    </message>
    <message>
        <source>stored message %1 (%2 octets)</source>
        <translation>skilaboð %1 geymd (%2 bæti)</translation>
    </message>
    <message>
        <source>dropped after the end of data, before replying (rehearsal)</source>
        <translation>tengingu slitið eftir lok gagna, áður en svarað var (sviðsetning)</translation>
    </message>
    <message>
        <source>refused: the program that connected could not be identified</source>
        <translation>hafnað: ekki tókst að bera kennsl á forritið sem tengdist</translation>
    </message>
    <message>
        <source>refused: the program that connected belongs to another user (uid %1)</source>
        <translation>hafnað: forritið sem tengdist tilheyrir öðrum notanda (uid %1)</translation>
    </message>
    <message>
        <source>refused: the sandbox is full (%1 messages, %2 octets); clear it to make room</source>
        <translation>hafnað: sandkassinn er fullur (%1 skilaboð, %2 bæti); hreinsaðu hann til að rýma til</translation>
    </message>
    <message>
        <source>refused: the message does not fit in the sandbox (%1 messages, %2 octets); nothing stored</source>
        <translation>hafnað: skilaboðin komast ekki fyrir í sandkassanum (%1 skilaboð, %2 bæti); ekkert geymt</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>No folder was given for captured messages</source>
        <translation>Engin mappa var gefin upp fyrir fönguð skilaboð</translation>
    </message>
    <message>
        <source>Could not listen on %1:%2: %3</source>
        <translation>Ekki tókst að hlusta á %1:%2: %3</translation>
    </message>
    <message>
        <source>the sandbox stopped</source>
        <translation>sandkassinn stöðvaðist</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Ekki tókst að búa til „%1“: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Ekki tókst að skrifa „%1“: %2</translation>
    </message>
    <message>
        <source>The message was already stored or discarded</source>
        <translation>Skilaboðin höfðu þegar verið geymd eða þeim hent</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Ekki tókst að vista „%1“: %2</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”</source>
        <translation>Ekki tókst að búa til möppuna „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a sandbox message id</source>
        <translation>„%1“ er ekki auðkenni skilaboða í sandkassa</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>Ekki tókst að fjarlægja „%1“: %2</translation>
    </message>
</context>
<context>
    <name>SandboxWindow</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandkassi</translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation>Vistfang sandkassans</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Villur</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Samþykkja</translation>
    </message>
    <message>
        <source>4xx: try again later</source>
        <translation>4xx: reyna aftur síðar</translation>
    </message>
    <message>
        <source>5xx: refuse</source>
        <translation>5xx: hafna</translation>
    </message>
    <message>
        <source>Reply to RCPT TO</source>
        <translation>Svar við RCPT TO</translation>
    </message>
    <message>
        <source>1 fails every recipient; N fails the Nth, 2Nth, …</source>
        <translation>1 veldur villu hjá öllum viðtakendum; N veldur villu hjá viðtakanda nr. N, 2N, …</translation>
    </message>
    <message>
        <source>&amp;RCPT TO:</source>
        <translation>&amp;RCPT TO:</translation>
    </message>
    <message>
        <source>Store, then drop the connection</source>
        <translation>Geyma, slíta síðan tengingunni</translation>
    </message>
    <message>
        <source>Reply at the end of data</source>
        <translation>Svar við lok gagna</translation>
    </message>
    <message>
        <source>&amp;End of data:</source>
        <translation>&amp;Lok gagna:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Engin töf</translation>
    </message>
    <message>
        <source>Delay before every reply, in milliseconds</source>
        <translation>Töf á undan hverju svari, í millisekúndum</translation>
    </message>
    <message>
        <source>S&amp;low replies:</source>
        <translation>&amp;Hæg svör:</translation>
    </message>
    <message>
        <source>What the outbox will show</source>
        <translation>Það sem úthólfið mun sýna</translation>
    </message>
    <message>
        <source>Captured messages</source>
        <translation>Fönguð skilaboð</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Móttekið</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frá</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Stærð</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Frumkóði skilaboða</translation>
    </message>
    <message>
        <source>Select a message to see its source.</source>
        <translation>Veldu skilaboð til að sjá frumkóða þeirra.</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>Hr&amp;einsa…</translation>
    </message>
    <message>
        <source>Delete every captured message</source>
        <translation>Eyða öllum fönguðum skilaboðum</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>Hlustar á %1:%2</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Ekki í gangi: %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Ekki í gangi</translation>
    </message>
    <message>
        <source>&lt;&gt;</source>
        <translation>&lt;&gt;</translation>
    </message>
    <message>
        <source>Cannot read the message: %1</source>
        <translation>Ekki er hægt að lesa skilaboðin: %1</translation>
    </message>
    <message>
        <source>[… shown: the first %1 of %2]</source>
        <translation>[… sýnt: fyrstu %1 af %2]</translation>
    </message>
    <message>
        <source>Clear the Sandbox</source>
        <translation>Hreinsa sandkassann</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n captured message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Eyða öllum %n fönguðum skilaboðum? Ekki er hægt að afturkalla þetta.</numerusform>
            <numerusform>Eyða öllum %n fönguðum skilaboðum? Ekki er hægt að afturkalla þetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Ekki tókst að eyða: %1</translation>
    </message>
    <message>
        <source>every recipient</source>
        <translation>alla viðtakendur</translation>
    </message>
    <message>
        <source>4xx on RCPT for %1: messages are deferred and retried.</source>
        <translation>4xx við RCPT fyrir %1: skilaboðum er frestað og reynt aftur.</translation>
    </message>
    <message>
        <source>5xx on RCPT for %1: those recipients are refused for good and the outbox shows the message as failed.</source>
        <translation>5xx við RCPT fyrir %1: þeim viðtakendum er hafnað endanlega og úthólfið sýnir að skilaboðin hafi mistekist.</translation>
    </message>
    <message>
        <source>4xx after the data: nothing is stored; messages are deferred and retried.</source>
        <translation>4xx eftir gögnin: ekkert er geymt; skilaboðum er frestað og reynt aftur.</translation>
    </message>
    <message>
        <source>5xx after the data: nothing is stored; messages fail for good.</source>
        <translation>5xx eftir gögnin: ekkert er geymt; skilaboðin mistakast endanlega.</translation>
    </message>
    <message>
        <source>Dropped after the dot: the message is stored here, but the outbox cannot tell whether it went; a retry shows up here as a duplicate.</source>
        <translation>Tengingu slitið eftir punktinn: skilaboðin eru geymd hér, en úthólfið getur ekki vitað hvort þau fóru; endurtekin tilraun birtist hér sem tvítak.</translation>
    </message>
    <message>
        <source>Every reply waits %1 ms: sending is slow and may time out.</source>
        <translation>Hvert svar bíður í %1 ms: sending er hæg og getur runnið út á tíma.</translation>
    </message>
    <message>
        <source>No failures: every message is accepted and shows as sent.</source>
        <translation>Engar villur: öll skilaboð eru samþykkt og birtast sem send.</translation>
    </message>
    <message>
        <source>1 in </source>
        <translation>1 af </translation>
    </message>
    <message>
        <source>Fail one recipient in N</source>
        <translation>Villa hjá einum viðtakanda af hverjum N</translation>
    </message>
    <message numerus="yes">
        <source>1 in %n recipient(s)</source>
        <translation>
            <numerusform>1 af hverjum %n viðtakanda</numerusform>
            <numerusform>1 af hverjum %n viðtakendum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sasl</name>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation>Netþjónninn sendi SCRAM-áskorun á undan fyrstu skilaboðum biðlarans.</translation>
    </message>
    <message>
        <source>The server sent a challenge after the exchange ended.</source>
        <translation>Netþjónninn sendi áskorun eftir að samskiptunum lauk.</translation>
    </message>
    <message>
        <source>The SCRAM exchange has already failed.</source>
        <translation>SCRAM-samskiptin hafa þegar mistekist.</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message is malformed.</source>
        <translation>Fyrstu SCRAM-skilaboð netþjónsins eru gölluð.</translation>
    </message>
    <message>
        <source>The server rejected the authentication: %1</source>
        <translation>Netþjónninn hafnaði auðkenningunni: %1</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension this client does not support.</source>
        <translation>Netþjónninn krefst SCRAM-viðbótar sem þessi biðlari styður ekki.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not match the client&apos;s.</source>
        <translation>SCRAM-nonce netþjónsins passar ekki við nonce biðlarans.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM salt is missing or malformed.</source>
        <translation>SCRAM-salt netþjónsins vantar eða er gallað.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM iteration count is malformed.</source>
        <translation>SCRAM-ítrunarfjöldi netþjónsins er gallaður.</translation>
    </message>
    <message>
        <source>The server asked for only %1 SCRAM iterations; at least %2 are required.</source>
        <translation>Netþjónninn bað aðeins um %1 SCRAM-ítranir; að minnsta kosti %2 eru áskildar.</translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; at most %2 are accepted.</source>
        <translation>Netþjónninn bað um %1 SCRAM-ítranir; í mesta lagi %2 eru leyfðar.</translation>
    </message>
    <message>
        <source>The SCRAM key could not be derived.</source>
        <translation>Ekki tókst að leiða út SCRAM-lykilinn.</translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message is malformed.</source>
        <translation>Lokaskilaboð SCRAM frá netþjóninum eru gölluð.</translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password: its SCRAM signature is wrong. It may be an impostor.</source>
        <translation>Netþjónninn gat ekki sannað að hann þekki lykilorðið: SCRAM-undirskrift hans er röng. Hann gæti verið að villa á sér heimildir.</translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which PLAIN cannot send.</source>
        <translation>Notandanafnið eða lykilorðið inniheldur NUL-staf, sem PLAIN getur ekki sent.</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>Netþjónninn sendi tóma CRAM-MD5-áskorun.</translation>
    </message>
    <message>
        <source>The user name, host or access token contains a control character.</source>
        <translation>Notandanafnið, vélarheitið eða aðgangslykillinn inniheldur stýristaf.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>A Friend</source>
        <translation>Vinur</translation>
    </message>
    <message>
        <source>Hello from Outbound</source>
        <translation>Kveðja frá Outbound</translation>
    </message>
    <message>
        <source>This message went to the built-in sandbox server.
</source>
        <translation>Þessi skilaboð fóru til innbyggða sandkassanetþjónsins.
</translation>
    </message>
</context>
<context>
    <name>SecretRequest</name>
    <message>
        <source>the account&apos;s password command is empty</source>
        <translation>lykilorðsskipun aðgangsins er auð</translation>
    </message>
    <message>
        <source>the password command did not finish within %1 s</source>
        <translation>lykilorðsskipunin lauk ekki keyrslu innan %1 s</translation>
    </message>
    <message>
        <source>cannot run the password command: %1</source>
        <translation>ekki er hægt að keyra lykilorðsskipunina: %1</translation>
    </message>
    <message>
        <source>the password command failed (exit code %1)%2</source>
        <translation>lykilorðsskipunin mistókst (skilakóði %1)%2</translation>
    </message>
    <message>
        <source>the password command printed nothing</source>
        <translation>lykilorðsskipunin skilaði engu úttaki</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); store the password in a keychain that runs, or use a password command</source>
        <translation>lyklakippa kerfisins er ekki tiltæk (%1); geymdu lykilorðið í lyklakippu sem er í gangi, eða notaðu lykilorðsskipun</translation>
    </message>
    <message>
        <source>the keychain has no password for this account; set one with `outboundctl account add`</source>
        <translation>lyklakippan hefur ekkert lykilorð fyrir þennan aðgang; stilltu það með `outboundctl account add`</translation>
    </message>
    <message>
        <source>this build of Outbound has no keychain support; use a password command</source>
        <translation>þessi smíð Outbound styður ekki lyklakippu; notaðu lykilorðsskipun</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>no private folder for the instance socket: set XDG_RUNTIME_DIR, or use a profile with a shorter path</source>
        <translation>engin einkamappa fyrir sökkul tilviksins: stilltu XDG_RUNTIME_DIR eða notaðu notandasnið með styttri slóð</translation>
    </message>
</context>
<context>
    <name>SmtpAddress</name>
    <message>
        <source>The part before @ has an empty segment (a leading, trailing or double dot).</source>
        <translation>Hlutinn á undan @ hefur auðan bút (punkt fremst, aftast eða tvöfaldan punkt).</translation>
    </message>
    <message>
        <source>The address contains a space; spaces are allowed only in quotes.</source>
        <translation>Netfangið inniheldur bil; bil eru aðeins leyfð innan gæsalappa.</translation>
    </message>
    <message>
        <source>The part before @ contains a character not allowed there: &apos;%1&apos;.</source>
        <translation>Hlutinn á undan @ inniheldur staf sem er ekki leyfður þar: „%1“.</translation>
    </message>
    <message>
        <source>The address literal after @ is missing its closing &apos;]&apos;.</source>
        <translation>Lokahornklofa (‚]‘) vantar í vistfangið í hornklofum á eftir @.</translation>
    </message>
    <message>
        <source>The IPv6 address literal after @ is not a valid IPv6 address.</source>
        <translation>IPv6-vistfangið í hornklofum á eftir @ er ekki gilt IPv6-vistfang.</translation>
    </message>
    <message>
        <source>The address literal after @ is neither an IPv4 address nor &quot;IPv6:&quot; and an IPv6 address.</source>
        <translation>Vistfangið í hornklofum á eftir @ er hvorki IPv4-vistfang né „IPv6:“ ásamt IPv6-vistfangi.</translation>
    </message>
    <message>
        <source>The domain after @ is not a valid internationalised domain name.</source>
        <translation>Lénið á eftir @ er ekki gilt alþjóðlegt lén (IDN).</translation>
    </message>
    <message>
        <source>The domain after @ is longer than %1 octets.</source>
        <translation>Lénið á eftir @ er lengra en %1 bæti.</translation>
    </message>
    <message>
        <source>The domain after @ has an empty label (a leading, trailing or double dot).</source>
        <translation>Lénið á eftir @ hefur auðan lið (punkt fremst, aftast eða tvöfaldan punkt).</translation>
    </message>
    <message>
        <source>A label of the domain after @ is longer than %1 octets.</source>
        <translation>Liður í léninu á eftir @ er lengri en %1 bæti.</translation>
    </message>
    <message>
        <source>A label of the domain after @ starts or ends with a hyphen.</source>
        <translation>Liður í léninu á eftir @ byrjar eða endar á bandstriki.</translation>
    </message>
    <message>
        <source>The domain after @ contains a character not allowed in a host name.</source>
        <translation>Lénið á eftir @ inniheldur staf sem er ekki leyfður í vélarheiti.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Netfangið er autt.</translation>
    </message>
    <message>
        <source>The address contains a line break or a NUL character.</source>
        <translation>Netfangið inniheldur línuskil eða NUL-staf.</translation>
    </message>
    <message>
        <source>The address is not valid Unicode.</source>
        <translation>Netfangið er ekki gilt Unicode.</translation>
    </message>
    <message>
        <source>The quoted part before @ ends in a lone backslash or escapes a character that cannot be escaped.</source>
        <translation>Hlutinn innan gæsalappa á undan @ endar á stöku bakstriki eða hjúpar staf sem ekki má hjúpa.</translation>
    </message>
    <message>
        <source>The quoted part before @ contains a character not allowed there.</source>
        <translation>Hlutinn innan gæsalappa á undan @ inniheldur staf sem er ekki leyfður þar.</translation>
    </message>
    <message>
        <source>The quoted part before @ is missing its closing quote.</source>
        <translation>Lokagæsalappir vantar í hlutann innan gæsalappa á undan @.</translation>
    </message>
    <message>
        <source>The part before @ is empty.</source>
        <translation>Hlutinn á undan @ er auður.</translation>
    </message>
    <message>
        <source>The quoted part before @ must be followed directly by @.</source>
        <translation>@ verður að koma strax á eftir hlutanum innan gæsalappa.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>Netfangið inniheldur ekkert @.</translation>
    </message>
    <message>
        <source>The part before @ is longer than %1 octets.</source>
        <translation>Hlutinn á undan @ er lengri en %1 bæti.</translation>
    </message>
    <message>
        <source>The domain after @ is empty.</source>
        <translation>Lénið á eftir @ er autt.</translation>
    </message>
    <message>
        <source>The address is longer than %1 octets.</source>
        <translation>Netfangið er lengra en %1 bæti.</translation>
    </message>
</context>
<context>
    <name>SmtpDataCheck</name>
    <message>
        <source>a NUL byte at offset %1 (line %2), which SMTP cannot carry</source>
        <translation>NUL-bæti í stöðu %1 (lína %2), sem SMTP getur ekki flutt</translation>
    </message>
    <message>
        <source>line %1 (at offset %2) is longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6)</source>
        <translation>lína %1 (í stöðu %2) er lengri en þau 998 bæti sem SMTP leyfir (RFC 5321 §4.5.3.1.6)</translation>
    </message>
</context>
<context>
    <name>SmtpError</name>
    <message>
        <source>%1 refused</source>
        <translation>%1 var hafnað</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>óvænt svar</translation>
    </message>
    <message>
        <source>unexpected reply to %1</source>
        <translation>óvænt svar við %1</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Engin villa</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found</source>
        <translation>Vélarheiti netþjónsins fannst ekki</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Netþjónninn hafnaði tengingunni</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly</source>
        <translation>Netþjónninn lokaði tengingunni óvænt</translation>
    </message>
    <message>
        <source>A network error occurred</source>
        <translation>Netvilla kom upp</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Netþjónninn svaraði ekki í tæka tíð</translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent; the server may have accepted it</source>
        <translation>Tengingin rofnaði eftir að skilaboðin voru send; netþjónninn gæti hafa tekið við þeim</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted</source>
        <translation>Netþjónninn býður ekki upp á STARTTLS, svo ekki er hægt að dulrita tenginguna</translation>
    </message>
    <message>
        <source>The server refused to start TLS</source>
        <translation>Netþjónninn neitaði að ræsa TLS</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>TLS-handabandið mistókst</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Skilríki netþjónsins er ekki treyst</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned certificate</source>
        <translation>Skilríki netþjónsins passar ekki við festa skilríkið</translation>
    </message>
    <message>
        <source>TLS is not available on this system</source>
        <translation>TLS er ekki tiltækt á þessu kerfi</translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism that can be used</source>
        <translation>Netþjónninn býður enga nothæfa auðkenningaraðferð</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Auðkenning mistókst</translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password</source>
        <translation>Netþjónninn gat ekki sannað að hann þekki lykilorðið</translation>
    </message>
    <message>
        <source>Authentication requires an encrypted connection</source>
        <translation>Auðkenning krefst dulritaðrar tengingar</translation>
    </message>
    <message>
        <source>The password could not be obtained</source>
        <translation>Ekki tókst að sækja lykilorðið</translation>
    </message>
    <message>
        <source>The server reported a temporary failure</source>
        <translation>Netþjónninn tilkynnti tímabundna villu</translation>
    </message>
    <message>
        <source>The server is not available and closed the connection</source>
        <translation>Netþjónninn er ekki tiltækur og lokaði tengingunni</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Netþjónninn hafnaði beiðninni</translation>
    </message>
    <message>
        <source>The server rejected all recipients</source>
        <translation>Netþjónninn hafnaði öllum viðtakendum</translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation>Skilaboðin eru of stór fyrir netþjóninn</translation>
    </message>
    <message>
        <source>The server did not follow the SMTP protocol</source>
        <translation>Netþjónninn fylgdi ekki SMTP-samskiptareglunum</translation>
    </message>
    <message>
        <source>The server sent a malformed reply</source>
        <translation>Netþjónninn sendi gallað svar</translation>
    </message>
    <message>
        <source>The server sent a reply that is too long</source>
        <translation>Netþjónninn sendi of langt svar</translation>
    </message>
    <message>
        <source>The server sent unexpected data before the TLS handshake</source>
        <translation>Netþjónninn sendi óvænt gögn á undan TLS-handabandinu</translation>
    </message>
    <message>
        <source>An address is not valid</source>
        <translation>Netfang er ógilt</translation>
    </message>
    <message>
        <source>The message has no recipients</source>
        <translation>Skilaboðin hafa enga viðtakendur</translation>
    </message>
    <message>
        <source>The message could not be read</source>
        <translation>Ekki tókst að lesa skilaboðin</translation>
    </message>
    <message>
        <source>The message needs 8-bit transport, which the server does not support</source>
        <translation>Skilaboðin þarfnast 8-bita flutnings, sem netþjónninn styður ekki</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8, which the server does not support</source>
        <translation>Netfang þarfnast SMTPUTF8, sem netþjónninn styður ekki</translation>
    </message>
    <message>
        <source>The account settings are not valid</source>
        <translation>Stillingar aðgangsins eru ógildar</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>Hætt var við sendingu</translation>
    </message>
    <message>
        <source>Unknown error %1</source>
        <translation>Óþekkt villa %1</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>netþjónninn sagði: %1</translation>
    </message>
    <message>
        <source>The server on this port is not run by you: another user may be listening in its place, so nothing was sent</source>
        <translation>Netþjónninn á þessari gátt er ekki keyrður af þér: annar notandi gæti verið að hlusta í hans stað, svo ekkert var sent</translation>
    </message>
    <message>
        <source>The server takes no more messages on this connection</source>
        <translation>Netþjónninn tekur ekki við fleiri skilaboðum á þessari tengingu</translation>
    </message>
    <message>
        <source>The message holds data that SMTP cannot carry</source>
        <translation>Skilaboðin innihalda gögn sem SMTP getur ekki flutt</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Netþjónninn sendi línu sem er lengri en %1 bæti.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply.</source>
        <translation>Netþjónninn sendi línu sem er ekki SMTP-svar.</translation>
    </message>
    <message>
        <source>The server changed the reply code from %1 to %2 within one reply.</source>
        <translation>Netþjónninn breytti svarkóðanum úr %1 í %2 innan eins svars.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Netþjónninn sendi svar sem er lengra en %1 línur.</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>the session was closed</source>
        <translation>lotunni var lokað</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>ekki tengt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>tengist</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>bíður eftir kveðju</translation>
    </message>
    <message>
        <source>saying EHLO</source>
        <translation>sendir EHLO</translation>
    </message>
    <message>
        <source>saying HELO</source>
        <translation>sendir HELO</translation>
    </message>
    <message>
        <source>asking for STARTTLS</source>
        <translation>biður um STARTTLS</translation>
    </message>
    <message>
        <source>negotiating TLS</source>
        <translation>semur um TLS</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>auðkennir</translation>
    </message>
    <message>
        <source>waiting for the reply to your command</source>
        <translation>bíður eftir svari við skipuninni þinni</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>tilbúið</translation>
    </message>
    <message>
        <source>sending the envelope</source>
        <translation>sendir umslagið</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>sendir skilaboðin</translation>
    </message>
    <message>
        <source>resetting</source>
        <translation>endurstillir</translation>
    </message>
    <message>
        <source>saying goodbye</source>
        <translation>kveður</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lokað</translation>
    </message>
    <message>
        <source>no server host name is set</source>
        <translation>ekkert vélarheiti netþjóns er stillt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be given in EHLO: use a domain name</source>
        <translation>ekki er hægt að gefa „%1“ upp í EHLO: notaðu lén</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Tengist %1 gátt %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Tengt við %1 gátt %2</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>TLS komið á: %1</translation>
    </message>
    <message>
        <source>Certificate accepted because it matches the pinned SHA-256 fingerprint</source>
        <translation>Skilríki samþykkt því það passar við festa SHA-256-fingrafarið</translation>
    </message>
    <message>
        <source>%1; the server presented %2</source>
        <translation>%1; netþjónninn framvísaði %2</translation>
    </message>
    <message>
        <source>the connection was not established within %1 s</source>
        <translation>tengingu var ekki komið á innan %1 s</translation>
    </message>
    <message>
        <source>the server accepted no message data for %1 s</source>
        <translation>netþjónninn tók ekki við neinum skilaboðagögnum í %1 s</translation>
    </message>
    <message>
        <source>no reply within %1 s while %2</source>
        <translation>ekkert svar innan %1 s (staða: %2)</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Tímamörk runnu út: %1</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation>netþjónninn sendi svar sem enginn bað um</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>kveðju</translation>
    </message>
    <message>
        <source>Capabilities%1: %2</source>
        <translation>Eiginleikar%1: %2</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (dulritað)</translation>
    </message>
    <message>
        <source>the server refused EHLO, so STARTTLS is not possible; refusing to continue in plaintext</source>
        <translation>netþjónninn hafnaði EHLO, svo STARTTLS er ekki mögulegt; neita að halda áfram ódulritað</translation>
    </message>
    <message>
        <source>The server speaks plain SMTP only (HELO): no extensions</source>
        <translation>Netþjónninn talar aðeins hreint SMTP (HELO): engar viðbætur</translation>
    </message>
    <message>
        <source>the server did not offer STARTTLS; refusing to continue in plaintext</source>
        <translation>netþjónninn bauð ekki upp á STARTTLS; neita að halda áfram ódulritað</translation>
    </message>
    <message>
        <source>the server refused STARTTLS; refusing to continue in plaintext</source>
        <translation>netþjónninn hafnaði STARTTLS; neita að halda áfram ódulritað</translation>
    </message>
    <message>
        <source>%1 bytes arrived after the server&apos;s 220 to STARTTLS and before TLS began</source>
        <translation>%1 bæti bárust eftir 220-svar netþjónsins við STARTTLS og áður en TLS hófst</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>Ræsi TLS</translation>
    </message>
    <message>
        <source>refusing to authenticate without TLS</source>
        <translation>neita að auðkenna án TLS</translation>
    </message>
    <message>
        <source>the server offers no AUTH mechanism</source>
        <translation>netþjónninn býður enga AUTH-aðferð</translation>
    </message>
    <message>
        <source>none that Outbound supports for this kind of credential</source>
        <translation>aðferð sem Outbound styður fyrir þessa tegund innskráningarupplýsinga</translation>
    </message>
    <message>
        <source>the server offers %1; wanted %2</source>
        <translation>netþjónninn býður %1; beðið var um %2</translation>
    </message>
    <message>
        <source>the server&apos;s AUTH challenge is not base64</source>
        <translation>AUTH-áskorun netþjónsins er ekki base64</translation>
    </message>
    <message>
        <source>the server accepted the login without proving its own identity</source>
        <translation>netþjónninn samþykkti innskráninguna án þess að sanna hver hann er</translation>
    </message>
    <message>
        <source>Authenticated as %1 with %2</source>
        <translation>Auðkennt sem %1 með %2</translation>
    </message>
    <message>
        <source>AUTH %1 was refused</source>
        <translation>AUTH %1 var hafnað</translation>
    </message>
    <message>
        <source>the message must come from a file or a buffer that is open for reading</source>
        <translation>skilaboðin verða að koma úr skrá eða biðminni sem er opið til lestrar</translation>
    </message>
    <message>
        <source>the session is closed</source>
        <translation>lotan er lokuð</translation>
    </message>
    <message>
        <source>the session is %1; wait until it is ready</source>
        <translation>lotan er ekki tilbúin (%1); bíddu þar til hún er tilbúin</translation>
    </message>
    <message>
        <source>a command is one line of text</source>
        <translation>skipun er ein lína af texta</translation>
    </message>
    <message>
        <source>%1 is done by Outbound from the account&apos;s settings when the session opens</source>
        <translation>Outbound sér um %1 út frá stillingum aðgangsins þegar lotan hefst</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>hætt við</translation>
    </message>
    <message>
        <source>the connection was dropped to cancel another message on it</source>
        <translation>tengingunni var slitið til að hætta við önnur skilaboð á henni</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>skilaboðin hafa enga viðtakendur</translation>
    </message>
    <message>
        <source>the message has UTF-8 headers but the server does not offer SMTPUTF8</source>
        <translation>skilaboðin hafa UTF-8-hausa en netþjónninn býður ekki upp á SMTPUTF8</translation>
    </message>
    <message>
        <source>the message has 8-bit data but the server does not offer 8BITMIME</source>
        <translation>skilaboðin innihalda 8-bita gögn en netþjónninn býður ekki upp á 8BITMIME</translation>
    </message>
    <message>
        <source>the message is %1 bytes; the server accepts at most %2</source>
        <translation>skilaboðin eru %1 bæti; netþjónninn tekur við í mesta lagi %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation>%1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; has a non-ASCII local part and the server does not offer SMTPUTF8</source>
        <translation>%1 &lt;%2&gt;: hlutinn á undan @ er ekki ASCII og netþjónninn býður ekki upp á SMTPUTF8</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>sendandi</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>viðtakandi</translation>
    </message>
    <message>
        <source>an address or parameter contains a line break or NUL</source>
        <translation>netfang eða færibreyta inniheldur línuskil eða NUL</translation>
    </message>
    <message>
        <source>every recipient was refused, some only for now</source>
        <translation>öllum viðtakendum var hafnað, sumum aðeins í bili</translation>
    </message>
    <message>
        <source>every recipient was refused</source>
        <translation>öllum viðtakendum var hafnað</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>skilaboðin eru tóm</translation>
    </message>
    <message>
        <source>only %1 of the message&apos;s %2 bytes could be read</source>
        <translation>aðeins var hægt að lesa %1 af %2 bætum skilaboðanna</translation>
    </message>
    <message>
        <source>the connection was dropped because another message could not be read</source>
        <translation>tengingunni var slitið því ekki tókst að lesa önnur skilaboð</translation>
    </message>
    <message>
        <source>no message body</source>
        <translation>ekkert meginmál</translation>
    </message>
    <message>
        <source>Message data: %1 lines, %2 bytes</source>
        <translation>Skilaboðagögn: %1 línur, %2 bæti</translation>
    </message>
    <message>
        <source>Message data: %1 bytes</source>
        <translation>Skilaboðagögn: %1 bæti</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>lokum gagna</translation>
    </message>
    <message>
        <source>%1 after the whole message was sent</source>
        <translation>%1 eftir að öll skilaboðin höfðu verið send</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mistókst: %1</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Tengingu lokað</translation>
    </message>
    <message>
        <source>%1 sends a message: use New Message, which streams it safely</source>
        <translation>%1 sendir skilaboð: notaðu „Ný skilaboð“, sem streymir þeim á öruggan hátt</translation>
    </message>
    <message>
        <source>%1 port %2 is held by a program of user id %3</source>
        <translation>gátt %2 á %1 er í notkun hjá forriti notanda með notandaauðkenni %3</translation>
    </message>
    <message>
        <source>who runs the server on %1 port %2 cannot be found out</source>
        <translation>ekki er hægt að komast að því hver keyrir netþjóninn á %1 gátt %2</translation>
    </message>
    <message>
        <source>the server refused STARTTLS for now; refusing to continue in plaintext</source>
        <translation>netþjónninn hafnaði STARTTLS í bili; neita að halda áfram ódulritað</translation>
    </message>
    <message numerus="yes">
        <source>the server takes at most %n message(s) per connection (LIMITS MAILMAX)</source>
        <translation>
            <numerusform>netþjónninn tekur við í mesta lagi %n skilaboðum á hverja tengingu (LIMITS MAILMAX)</numerusform>
            <numerusform>netþjónninn tekur við í mesta lagi %n skilaboðum á hverja tengingu (LIMITS MAILMAX)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server takes at most %n message(s) per connection (LIMITS MAILMAX); recipients left for another connection: %1</source>
        <translation>
            <numerusform>netþjónninn tekur við í mesta lagi %n skilaboðum á hverja tengingu (LIMITS MAILMAX); viðtakendur sem bíða annarrar tengingar: %1</numerusform>
            <numerusform>netþjónninn tekur við í mesta lagi %n skilaboðum á hverja tengingu (LIMITS MAILMAX); viðtakendur sem bíða annarrar tengingar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection was dropped because another message could not be sent</source>
        <translation>tengingunni var slitið því ekki tókst að senda önnur skilaboð</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Ekki er hægt að lesa CA-skilríkjaskrána %1.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 contains no PEM certificate.</source>
        <translation>CA-skilríkjaskráin %1 inniheldur ekkert PEM-skilríki.</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>Tengingin er ekki dulrituð.</translation>
    </message>
    <message>
        <source>The server negotiated %1; TLS 1.2 or newer is required.</source>
        <translation>Netþjónninn samdi um %1; TLS 1.2 eða nýrra er áskilið.</translation>
    </message>
    <message>
        <source>an unknown protocol</source>
        <translation>óþekktar samskiptareglur</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) is not the pinned certificate (%2).</source>
        <translation>Skilríki netþjónsins (SHA-256 %1) er ekki festa skilríkið (%2).</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>ekkert skilríki</translation>
    </message>
    <message>
        <source>%1 issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>%1 gefið út af %2, gilt %3 til %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>%1; the server presented %2</source>
        <translation>%1; netþjónninn framvísaði %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for %1: it names %2</source>
        <translation>Skilríki netþjónsins gildir ekki fyrir %1: það tilgreinir %2</translation>
    </message>
    <message>
        <source>no host at all</source>
        <translation>alls ekkert vélarheiti</translation>
    </message>
    <message>
        <source>(its subject CN=%1 is not used, because the certificate has subject alternative names)</source>
        <translation>(CN=%1 í „Gefið út til“ er ekki notað, því skilríkið hefur önnur heiti handhafa (subject alternative names))</translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <source>Transcript</source>
        <translation>Samskiptaskrá</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Samskiptaskrá í rauntíma</translation>
    </message>
    <message>
        <source>Transcript tools</source>
        <translation>Verkfæri samskiptaskrár</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Birta:</translation>
    </message>
    <message>
        <source>Show the lines of</source>
        <translation>Birta línur úr</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Leita:</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>Leita í samskiptaskránni</translation>
    </message>
    <message>
        <source>Text in a line</source>
        <translation>Texti í línu</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Finna &amp;fyrri</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Finna &amp;næstu</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>&amp;Afrita línur</translation>
    </message>
    <message>
        <source>&amp;Save Transcript…</source>
        <translation>&amp;Vista samskiptaskrá…</translation>
    </message>
    <message>
        <source>C&amp;lear Transcript</source>
        <translation>&amp;Hreinsa samskiptaskrá</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate…</source>
        <translation>S&amp;kilríki…</translation>
    </message>
    <message>
        <source>Show the TLS details of the selected line&apos;s session</source>
        <translation>Sýna TLS-upplýsingar lotunnar sem valda línan tilheyrir</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Leitarniðurstaða</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Línur samskiptaskrár</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Allar lotur</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Aðgangur %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Lota %1</translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation>Lota %1 (%2)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Fannst ekki</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Vista samskiptaskrá</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>Samskiptaskrár (*.txt);;Allar skrár (*)</translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation>Ekki tókst að vista samskiptaskrána: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>%n byte(s) of this line not shown</source>
        <translation>
            <numerusform>%n bæti í þessari línu er ekki sýnt</numerusform>
            <numerusform>%n bæti í þessari línu eru ekki sýnd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outbound</name>
    <message>
        <source>Cannot compose</source>
        <translation>Ekki er hægt að skrifa skilaboð</translation>
    </message>
    <message>
        <source>Cannot edit the message</source>
        <translation>Ekki er hægt að breyta skilaboðunum</translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>Skilaboðin eru ekki lengur í úthólfinu.</translation>
    </message>
    <message>
        <source>Cannot remove the original message</source>
        <translation>Ekki er hægt að fjarlægja upprunalegu skilaboðin</translation>
    </message>
    <message>
        <source>Outbound, a mail client built for sending.</source>
        <translation>Outbound, póstforrit smíðað til að senda.</translation>
    </message>
    <message>
        <source>Keep all state in DIR.</source>
        <translation>Geyma öll gögn forritsins í DIR.</translation>
    </message>
    <message>
        <source>Open a compose window: a mailto: URL, or to=&apos;…&apos;,subject=&apos;…&apos;,body=&apos;…&apos;,attachment=&apos;…&apos; (&quot;&quot; for an empty one).</source>
        <translation>Opna ritunarglugga: mailto:-slóð, eða to=&apos;…&apos;,subject=&apos;…&apos;,body=&apos;…&apos;,attachment=&apos;…&apos; (&quot;&quot; fyrir autt gildi).</translation>
    </message>
    <message>
        <source>mailto: URLs to compose.</source>
        <translation>mailto:-slóðir til að skrifa.</translation>
    </message>
    <message>
        <source>Outbound cannot start</source>
        <translation>Outbound getur ekki ræst</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>Ekki tókst að opna drögin</translation>
    </message>
</context>
</TS>
