<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountStore</name>
    <message>
        <source>an account name may hold only letters, digits and . _ - @ (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>TLS (encrypted from the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP and POP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to the servers with these settings and logs in; sends nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work (letters, digits, . _ - @)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique name; letters, digits and . _ - @ only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added below a line &quot;-- &quot; in new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (the strongest the server offers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name this computer gives in EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEL&amp;O name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the one server certificate trusted besides the CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Outbound has no keychain support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the password is kept; never in a file of Outbound&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save; used as typed when you test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pass show mail/work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell command whose first line of output is the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password comman&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound only sends mail. These servers are kept with the account and can be tested, so all of its settings live in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;POP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox password (IMAP and POP3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connects to the servers with the settings in the form and logs in. No mail is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pi&amp;n This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this account from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is pinned. Test again, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcri&amp;pt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line sent (C:) and received (S:); # marks the client&apos;s own notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account: fill in the form, test it, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP CA file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 server&apos;s host name, or switch %1 off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 password command, or choose the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the %1 password to store it in the keychain, or choose a password command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1
Outbound does not write passwords to files. Start a keychain (such as GNOME Keyring or KWallet) and save again, or give a password command that prints the password, such as &quot;pass show mail/%2&quot;. The account was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Messages queued for it stay in the outbox but cannot be sent until an account of that name exists again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s host name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the password command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: %1 port %2, security %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: no password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: logged in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: ready; the server offers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin it only if you know this is your server&apos;s certificate (compare the SHA-256 with what your provider publishes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already set up, so Outbound does not offer to trust this certificate. If the server&apos;s certificate really changed, remove the pin or add its CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 port %3, security %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Test passed: the account can connect and log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failed; see the Test tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Outbound Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is already on its way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeRequest</name>
    <message>
        <source>unknown --compose field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compose %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compose attachment: no such file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Later…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the message is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files (or drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an image into the text (switches to rich text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rich Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write with formatting (sent as HTML with a plain-text copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text cannot hold images or formatting. Remove them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the message back before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account and address the message is sent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org, &quot;Name&quot; &lt;name@example.org&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subj&amp;ect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files sent with the message; press Delete to remove the selected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;, sent through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up an account first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked addresses first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recipient first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach %1: it is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot insert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments; drop files here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — encoded, about %2: more than the %3 the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the server accepts up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the message (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent; everything is still here. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued to be sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too late to undo: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was undone. The message is back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a draft: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command, e.g. NOOP, VRFY user, HELP — Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! Choose an account first (Settings → Accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be tried again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the connection was lost after the whole message was sent. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”, but could not flush its folder to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a single address of the form name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address list contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no domain: an address looks like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a domain that is not a valid internationalised domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address list cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address list cannot be read: a quote, parenthesis or angle bracket is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxLoginTest</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server host name is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no TLS support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login test succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes of literal data not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem accepted by the pinned certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection while we were waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to the logout; the login itself succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds while we were waiting for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n byte(s) after agreeing to start TLS and before the handshake; they may have been injected, so the connection was closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not an IMAP response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered a command we did not send (tag %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not start with a greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server logged us in before STARTTLS (PREAUTH), so the connection cannot be secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server pre-authenticated the connection; no credentials were tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused CAPABILITY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered CAPABILITY without listing its capabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; nothing was sent in plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no OAuth mechanism (it offers: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server disables LOGIN here and offers no mechanism we support (it offers: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for more than the login needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the login for %1 (%2):%3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password (%1); it may be an impostor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not a POP3 greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer to CAPA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities: none listed (no CAPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STLS; nothing was sent in plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to STLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer to STLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server allows neither USER/PASS nor a mechanism we support here (it offers: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer during login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer during login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer %1 (it offers: %2), or it does not fit the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed %1 challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject, recipient, account or reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 needs attention: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected messages now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected messages back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let held messages go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and Requeue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the message in a compose window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the message as it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected messages from the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the accounts messages are sent through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the live transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are sent as they become due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network: messages wait until it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox? They will not be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and Requeue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello from Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message went to the built-in sandbox server.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its recipients, attempts and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message detail pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients and their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript of the selected attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an attempt to see its transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header fields of the selected part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 through %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, server queue id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The message nests deeper than %n level(s); the deepest parts are not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDraftReader</name>
    <message>
        <source>The message&apos;s From field must hold exactly one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no From field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s %1 field cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the part “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the part “%1”: too many files of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the part “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a message file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail message: it does not start with header fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageEnvelopeReader</name>
    <message>
        <source>The message is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the message file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message header has a line that is not a header field: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 field cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no sender: neither a From nor a Sender field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients in its Resent-To, Resent-Cc or Resent-Bcc fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients: no address in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the message header is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message header starts with a continuation line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the message header is not a header field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTree</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the message file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the message would be longer than 998 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the message has a bare CR or LF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no sender (From).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the address “%2” has a non-ASCII local part, which only a server with SMTPUTF8 can carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients (To, Cc or Bcc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header is set by the message writer, not as an extra header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the %1 header contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment has no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment “%1” has no file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name “%1” contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name “%1…” is longer than 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a media type of the form type/subtype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid Content-ID: it looks like part1.x@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline parts are referred to from the HTML body, but there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DSN envelope id must be at most 100 printable ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the message: an attachment could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxFilterProxy</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxScheduler</name>
    <message>
        <source>the account &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spool file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n day(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the server takes fewer recipients at a time; the rest go in the next transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) deferred: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot take the outbox lock in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the queue database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the queue database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue database error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the spool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held when queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 is not claimed by this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 is %2; it cannot become %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 is being sent right now; it cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process sending it stopped after the whole message was sent; the server may have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process sending it stopped before the message was complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxConnection</name>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving message data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving a BDAT chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line longer than %1 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message data: %1 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client did not take the last reply in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input for %1 s: closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient failure rehearsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated as %1 (any password is accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end-of-data failure rehearsed; nothing stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored message %1 (%2 octets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped after the end of data, before replying (rehearsal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>No folder was given for captured messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was already stored or discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a sandbox message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxWindow</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx: try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx: refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to RCPT TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail every Nth recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 fails every recipient; N fails the Nth, 2Nth, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RCPT TO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store, then drop the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply at the end of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End of data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay before every reply, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;low replies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the outbox will show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every captured message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… shown: the first %1 of %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n captured message(s)? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1. recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx on RCPT for %1: messages are deferred and retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx on RCPT for %1: those recipients are refused for good and the outbox shows the message as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx after the data: nothing is stored; messages are deferred and retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx after the data: nothing is stored; messages fail for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped after the dot: the message is stored here, but the outbox cannot tell whether it went; a retry shows up here as a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reply waits %1 ms: sending is slow and may time out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures: every message is accepted and shows as sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sasl</name>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a challenge after the exchange ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCRAM exchange has already failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the authentication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension this client does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not match the client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM salt is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM iteration count is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for only %1 SCRAM iterations; at least %2 are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCRAM key could not be derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password: its SCRAM signature is wrong. It may be an impostor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which PLAIN cannot send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name, host or access token contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretRequest</name>
    <message>
        <source>the account&apos;s password command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password command did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run the password command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password command failed (exit code %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password command printed nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); store the password in a keychain that runs, or use a password command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain has no password for this account; set one with `outboundctl account add`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build of Outbound has no keychain support; use a password command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpAddress</name>
    <message>
        <source>The part before @ has an empty segment (a leading, trailing or double dot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a space; spaces are allowed only in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ contains a character not allowed there: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address literal after @ is missing its closing &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address literal after @ is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address literal after @ is neither an IPv4 address nor &quot;IPv6:&quot; and an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after @ is not a valid internationalised domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after @ is longer than %1 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after @ has an empty label (a leading, trailing or double dot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label of the domain after @ is longer than %1 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label of the domain after @ starts or ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after @ contains a character not allowed in a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not valid Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted part before @ ends in a lone backslash or escapes a character that cannot be escaped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted part before @ contains a character not allowed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted part before @ is missing its closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted part before @ must be followed directly by @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ is longer than %1 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after @ is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is longer than %1 octets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpError</name>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent; the server may have accepted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism that can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication requires an encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not available and closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected all recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not follow the SMTP protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply that is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent unexpected data before the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message needs 8-bit transport, which the server does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8, which the server does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account settings are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server changed the reply code from %1 to %2 within one reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>the session was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saying EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saying HELO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiating TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the reply to your command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saying goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server host name is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be given in EHLO: use a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate accepted because it matches the pinned SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the server presented %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was not established within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepted no message data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply within %1 s while %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused EHLO, so STARTTLS is not possible; refusing to continue in plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks plain SMTP only (HELO): no extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not offer STARTTLS; refusing to continue in plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused STARTTLS; refusing to continue in plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes arrived after the server&apos;s 220 to STARTTLS and before TLS began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to authenticate without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no AUTH mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none that Outbound supports for this kind of credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers %1; wanted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s AUTH challenge is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepted the login without proving its own identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated as %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message must come from a file or a buffer that is open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is %1; wait until it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command is one line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends a message: use Compose, which streams it safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is done by Outbound from the account&apos;s settings when the session opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was dropped to cancel another message on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has UTF-8 headers but the server does not offer SMTPUTF8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has 8-bit data but the server does not offer 8BITMIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is %1 bytes; the server accepts at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; has a non-ASCII local part and the server does not offer SMTPUTF8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address or parameter contains a line break or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every recipient was refused, some only for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every recipient was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of the message&apos;s %2 bytes could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was dropped because another message could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message data: %1 lines, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message data: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the whole message was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server negotiated %1; TLS 1.2 or newer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) is not the pinned certificate (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lines of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce&amp;rtificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the TLS details of the selected line&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the session reported when TLS was established:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>%n byte(s) of this line not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outbound</name>
    <message>
        <source>Cannot compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the original message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound, a mail client built for sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all state in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a compose window: a mailto: URL, or to=&apos;…&apos;,subject=&apos;…&apos;,body=&apos;…&apos;,attachment=&apos;…&apos; (&quot;&quot; for an empty one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailto: URLs to compose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;Console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
