<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttemptOutcome</name>
    <message numerus="yes">
        <source>gave up after %n day(s): %1</source>
        <translation>
            <numerusform>gave up after %n day: %1</numerusform>
            <numerusform>gave up after %n days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) deferred: %1</source>
        <translation>
            <numerusform>%n recipient deferred: %1</numerusform>
            <numerusform>%n recipients deferred: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n attachment, %1 in all</numerusform>
            <numerusform>%n attachments, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Sending in %n second…</numerusform>
            <numerusform>Sending in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxLoginTest</name>
    <message numerus="yes">
        <source>The server sent %n byte(s) after agreeing to start TLS and before the handshake; they may have been injected, so the connection was closed.</source>
        <translation>
            <numerusform>The server sent %n byte after agreeing to start TLS and before the handshake; it may have been injected, so the connection was closed.</numerusform>
            <numerusform>The server sent %n bytes after agreeing to start TLS and before the handshake; they may have been injected, so the connection was closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox?</source>
        <translation>
            <numerusform>Delete %n message from the outbox?</numerusform>
            <numerusform>Delete %n messages from the outbox?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted messages are kept for %n day(s); Edit → Undo Delete brings them back.</source>
        <translation>
            <numerusform>Deleted messages are kept for %n day; Edit → Undo Delete brings them back.</numerusform>
            <numerusform>Deleted messages are kept for %n days; Edit → Undo Delete brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted; Edit → Undo Delete brings them back.</source>
        <translation>
            <numerusform>%n message deleted; Edit → Undo Delete brings it back.</numerusform>
            <numerusform>%n messages deleted; Edit → Undo Delete brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n message restored.</numerusform>
            <numerusform>%n messages restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message numerus="yes">
        <source>The message nests deeper than %n level(s); the deepest parts are not shown.</source>
        <translation>
            <numerusform>The message nests deeper than %n level; the deepest parts are not shown.</numerusform>
            <numerusform>The message nests deeper than %n levels; the deepest parts are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected. The actions apply to all of them; select one to see its details.</source>
        <translation>
            <numerusform>%n message selected.</numerusform>
            <numerusform>%n messages selected. The actions apply to all of them; select one to see its details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message numerus="yes">
        <source>no deleted message %1 (deleted messages are kept %n day(s))</source>
        <translation>
            <numerusform>no deleted message %1 (deleted messages are kept %n day)</numerusform>
            <numerusform>no deleted message %1 (deleted messages are kept %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxWindow</name>
    <message numerus="yes">
        <source>Delete all %n captured message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n captured message? This cannot be undone.</numerusform>
            <numerusform>Delete all %n captured messages? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 in %n recipient(s)</source>
        <translation>
            <numerusform>1 in %n recipient</numerusform>
            <numerusform>1 in %n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message numerus="yes">
        <source>the server takes at most %n message(s) per connection (LIMITS MAILMAX)</source>
        <translation>
            <numerusform>the server takes at most %n message per connection (LIMITS MAILMAX)</numerusform>
            <numerusform>the server takes at most %n messages per connection (LIMITS MAILMAX)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server takes at most %n message(s) per connection (LIMITS MAILMAX); recipients left for another connection: %1</source>
        <translation>
            <numerusform>the server takes at most %n message per connection (LIMITS MAILMAX); recipients left for another connection: %1</numerusform>
            <numerusform>the server takes at most %n messages per connection (LIMITS MAILMAX); recipients left for another connection: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>%n byte(s) of this line not shown</source>
        <translation>
            <numerusform>%n byte of this line not shown</numerusform>
            <numerusform>%n bytes of this line not shown</numerusform>
        </translation>
    </message>
</context>
</TS>
