// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "messageinput.h"

#include "exitcodes.h"

#include "core/durablefile.h"
#include "mime/mailaddress.h"
#include "mime/messageenvelope.h"
#include "mime/messagewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// A body is text someone wrote; anything bigger is better attached than inlined.
constexpr qint64 MaxTextBytes = 32 * 1024 * 1024;

// The options that compose a new message, which a message file already is.
const char *const ComposeOptions[]
    = { "subject", "body", "body-file", "html", "attach", "header", "identity" };

QString tr(const char *text)
{
    return QCoreApplication::translate("outboundctl", text);
}

std::unique_ptr<QTemporaryFile> makeTemporary(QString *error)
{
    return MessageInput::unnamedTemporary(error);
}

// Every --to/--cc/--bcc may hold one address or an RFC 5322 list.
bool parseAddressOptions(const QStringList &values, QList<MailAddress> *out, QString *error)
{
    for (const QString &value : values) {
        const MailAddressParseResult parsed = MailAddress::parseList(value);
        if (!parsed.isValid()) {
            *error = tr("bad address \"%1\": %2").arg(value, parsed.errorString);
            return false;
        }
        *out << parsed.addresses;
    }
    return true;
}

// The text of a --body-file or --html file ("-": standard input): UTF-8, at most MaxTextBytes.
int readText(const QString &file, const QString &option, QString *text, QString *error)
{
    QFile in;
    const bool isStdin = file == QLatin1String("-");
    if (isStdin) {
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("cannot read standard input");
            return ExitDataError;
        }
    } else {
        in.setFileName(file);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read %2: %3").arg(option, file, in.errorString());
            return ExitDataError;
        }
    }
    const QString name = isStdin ? tr("standard input") : file;
    QByteArray bytes;
    QByteArray chunk;
    while (!(chunk = in.read(64 * 1024)).isEmpty()) {
        bytes += chunk;
        if (bytes.size() > MaxTextBytes) {
            *error = tr("%1: %2 is larger than 32 MiB; attach it instead").arg(option, name);
            return ExitDataError;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    *text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = tr("%1: %2 is not UTF-8 text").arg(option, name);
        return ExitDataError;
    }
    return ExitOk;
}

} // namespace

std::unique_ptr<QTemporaryFile> MessageInput::unnamedTemporary(QString *error)
{
    auto file = std::make_unique<QTemporaryFile>(
        QDir::tempPath() + QStringLiteral("/outbound-XXXXXX.eml"));
    if (!file->open()) {
        *error = tr("cannot create a temporary file: %1").arg(file->errorString());
        return nullptr;
    }
    // Its name goes at once: the open descriptor is all we use, and a process killed at any
    // point leaves no copy of the message behind. (Where Qt made the file without a name,
    // O_TMPFILE, asking for the name gives it one first; it goes all the same.)
    if (!QFile::remove(file->fileName())) {
        *error = tr("cannot create a temporary file: %1").arg(file->errorString());
        return nullptr;
    }
    return file;
}

void MessageInput::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("from"), tr("Sender (\"Name <address>\" or an address)."),
            QStringLiteral("ADDRESS") },
        { QStringLiteral("identity"),
            tr("Send as the profile's account NAME: its name and address in From."),
            QStringLiteral("NAME") },
        { QStringLiteral("to"), tr("Recipient; repeat or give a list."),
            QStringLiteral("ADDRESS") },
        { QStringLiteral("cc"), tr("Copy recipient; repeat or give a list."),
            QStringLiteral("ADDRESS") },
        { QStringLiteral("bcc"), tr("Blind copy recipient (envelope only)."),
            QStringLiteral("ADDRESS") },
        { QStringLiteral("subject"), tr("Subject."), QStringLiteral("TEXT") },
        { QStringLiteral("body"), tr("Plain-text body."), QStringLiteral("TEXT") },
        { QStringLiteral("body-file"),
            tr("Plain-text body from FILE (UTF-8), or - for standard input."),
            QStringLiteral("FILE") },
        { QStringLiteral("html"),
            tr("HTML body from FILE (UTF-8). The plain-text alternative is --body or "
               "--body-file, or is made from the HTML."),
            QStringLiteral("FILE") },
        { QStringLiteral("attach"),
            tr("Attach FILE; repeat for more. Its type comes from its name and content."),
            QStringLiteral("FILE") },
        { QStringLiteral("header"),
            tr("Add the header field \"Name: value\"; repeat for more. Fields the message "
               "writer owns (From, Subject, Content-*, Bcc, …) are refused."),
            QStringLiteral("FIELD") },
        { QStringLiteral("save-copy"),
            tr("Also save the message exactly as it is sent (before SMTP dot-stuffing) to FILE."),
            QStringLiteral("FILE") },
    });
}

int MessageInput::prepare(const QCommandLineParser &parser, const Account &account,
    const Profile &profile, QString *error)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        *error = tr("send takes at most one message file");
        return ExitUsage;
    }
    int code = ExitOk;
    if (!files.isEmpty()) {
        if (code = refuseComposeOptions(parser, error); code != ExitOk)
            return code;
        code = prepareFromFile(parser, files.first(), error);
    } else {
        code = prepareFromOptions(parser, account, profile, error);
    }
    return code == ExitOk ? saveCopy(parser, error) : code;
}

int MessageInput::prepareFile(const QCommandLineParser &parser, const QString &file, QString *error)
{
    if (const int code = refuseComposeOptions(parser, error); code != ExitOk)
        return code;
    const int code = prepareFromFile(parser, file, error);
    return code == ExitOk ? saveCopy(parser, error) : code;
}

int MessageInput::refuseComposeOptions(const QCommandLineParser &parser, QString *error)
{
    for (const char *option : ComposeOptions) {
        if (parser.isSet(QString::fromLatin1(option))) {
            *error = tr("--%1 makes a new message; it does not go with a message file")
                         .arg(QLatin1String(option));
            return ExitUsage;
        }
    }
    return ExitOk;
}

int MessageInput::prepareFromFile(
    const QCommandLineParser &parser, const QString &file, QString *error)
{
    QFile named(file);
    QIODevice *source = &named;
    if (file == QLatin1String("-")) {
        // Standard input is read once, to a private file, so that it can be parsed and then sent.
        m_stdinCopy = makeTemporary(error);
        if (!m_stdinCopy)
            return ExitTempFail;
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("cannot read standard input");
            return ExitDataError;
        }
        QByteArray chunk;
        while (!(chunk = in.read(64 * 1024)).isEmpty()) {
            if (m_stdinCopy->write(chunk) != chunk.size()) {
                *error = tr("cannot keep the message: %1").arg(m_stdinCopy->errorString());
                return ExitTempFail;
            }
        }
        if (!m_stdinCopy->flush() || !m_stdinCopy->seek(0)) {
            *error = tr("cannot keep the message: %1").arg(m_stdinCopy->errorString());
            return ExitTempFail;
        }
        source = m_stdinCopy.get();
    } else if (!QFile::exists(file)) {
        *error = tr("no such file: %1").arg(file);
        return ExitDataError;
    } else if (!named.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(file, named.errorString());
        return ExitDataError;
    }

    m_sendable = makeTemporary(error);
    if (!m_sendable)
        return ExitTempFail;
    // The copy is a private temporary file, so it needs no fsync (a spool file would).
    // Whatever the recipient options say, a message that could not be read whole is never
    // sent: a partial copy would go out as if it were the message (RFC 5321 §6.1).
    MessageEnvelopeReader reader;
    if (!reader.read(source, m_sendable.get()) || !m_sendable->flush()) {
        *error = tr("%1: %2").arg(file == QLatin1String("-") ? tr("standard input") : file,
            reader.errorString().isEmpty() ? m_sendable->errorString() : reader.errorString());
        return ExitDataError;
    }
    m_envelope = reader.envelope();
    m_size = m_sendable->size();
    return applyEnvelopeOptions(parser, error);
}

int MessageInput::applyEnvelopeOptions(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(QStringLiteral("from"))) {
        QList<MailAddress> from;
        if (!parseAddressOptions(parser.values(QStringLiteral("from")), &from, error))
            return ExitDataError;
        if (from.size() != 1) {
            *error = tr("--from must be one address");
            return ExitDataError;
        }
        m_envelope.sender = from.first().address();
    }
    if (parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("cc"))
        || parser.isSet(QStringLiteral("bcc"))) {
        QList<MailAddress> recipients;
        for (const char *option : { "to", "cc", "bcc" }) {
            if (!parseAddressOptions(
                    parser.values(QString::fromLatin1(option)), &recipients, error))
                return ExitDataError;
        }
        m_envelope.recipients.clear();
        for (const MailAddress &recipient : std::as_const(recipients)) {
            if (!m_envelope.recipients.contains(recipient.address(), Qt::CaseInsensitive))
                m_envelope.recipients << recipient.address();
        }
    }
    if (m_envelope.recipients.isEmpty()) {
        *error = tr("the message has no recipients: give --to, or To/Cc/Bcc headers");
        return ExitDataError;
    }
    return ExitOk;
}

int MessageInput::prepareFromOptions(const QCommandLineParser &parser, const Account &account,
    const Profile &profile, QString *error)
{
    MessageDraft draft;
    if (parser.isSet(QStringLiteral("identity"))) {
        if (parser.isSet(QStringLiteral("from"))) {
            *error = tr("--identity and --from exclude each other");
            return ExitUsage;
        }
        const QString name = parser.value(QStringLiteral("identity"));
        const std::optional<Account> identity = AccountStore(profile.accountsFile()).find(name);
        if (!identity) {
            *error = tr("no account named \"%1\" in %2").arg(name, profile.path());
            return ExitConfig;
        }
        if (identity->address.isEmpty()) {
            *error = tr("the account \"%1\" has no address to send from").arg(name);
            return ExitConfig;
        }
        draft.from = MailAddress(identity->address, identity->displayName);
    } else if (parser.isSet(QStringLiteral("from"))) {
        QList<MailAddress> from;
        if (!parseAddressOptions(parser.values(QStringLiteral("from")), &from, error))
            return ExitDataError;
        if (from.size() != 1) {
            *error = tr("--from must be one address");
            return ExitDataError;
        }
        draft.from = from.first();
    } else if (!account.address.isEmpty()) {
        draft.from = MailAddress(account.address, account.displayName);
    } else {
        *error = tr("say who sends: --from ADDRESS, --identity NAME, or an account with an "
                    "address");
        return ExitUsage;
    }
    if (!parseAddressOptions(parser.values(QStringLiteral("to")), &draft.to, error)
        || !parseAddressOptions(parser.values(QStringLiteral("cc")), &draft.cc, error)
        || !parseAddressOptions(parser.values(QStringLiteral("bcc")), &draft.bcc, error))
        return ExitDataError;
    if (draft.to.isEmpty() && draft.cc.isEmpty() && draft.bcc.isEmpty()) {
        *error = tr("give a message file, or at least one --to, --cc or --bcc");
        return ExitUsage;
    }
    draft.subject = parser.value(QStringLiteral("subject"));
    if (const int code = composeBody(parser, &draft, error); code != ExitOk)
        return code;

    m_sendable = makeTemporary(error);
    if (!m_sendable)
        return ExitTempFail;
    MessageWriter writer(draft);
    // The server is not known yet: 7bit bodies, and raw UTF-8 only where an address needs it
    // (a server without SMTPUTF8 then refuses before any data is sent).
    writer.setSmtpUtf8Allowed(MessageWriter::requiresSmtpUtf8(draft));
    if (!writer.write(m_sendable.get()) || !m_sendable->flush()) {
        *error = writer.errorString().isEmpty() ? m_sendable->errorString() : writer.errorString();
        return ExitDataError;
    }
    m_envelope = writer.envelope();
    m_size = m_sendable->size();
    return ExitOk;
}

int MessageInput::composeBody(const QCommandLineParser &parser, MessageDraft *draft, QString *error)
{
    if (parser.isSet(QStringLiteral("body")) && parser.isSet(QStringLiteral("body-file"))) {
        *error = tr("--body and --body-file exclude each other");
        return ExitUsage;
    }
    const bool stdinBody = parser.value(QStringLiteral("body-file")) == QLatin1String("-");
    // optionNames() lists only what was given, and asks nothing of options a command lacks.
    if (stdinBody && parser.optionNames().contains(QStringLiteral("password-stdin"))) {
        *error = tr("--password-stdin and --body-file - both want standard input");
        return ExitUsage;
    }
    draft->plainBody = parser.value(QStringLiteral("body"));
    if (parser.isSet(QStringLiteral("body-file"))) {
        const int code = readText(parser.value(QStringLiteral("body-file")),
            QStringLiteral("--body-file"), &draft->plainBody, error);
        if (code != ExitOk)
            return code;
    }
    if (parser.isSet(QStringLiteral("html"))) {
        const QString file = parser.value(QStringLiteral("html"));
        if (file == QLatin1String("-")) {
            *error = tr("--html takes a file; only --body-file reads standard input");
            return ExitUsage;
        }
        const int code = readText(file, QStringLiteral("--html"), &draft->htmlBody, error);
        if (code != ExitOk)
            return code;
    }
    for (const QString &path : parser.values(QStringLiteral("attach")))
        draft->attachments.append({ path, QString(), QString(), QString() });
    for (const QString &field : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = field.indexOf(u':');
        if (colon <= 0) {
            *error = tr("--header wants \"Name: value\", not \"%1\"").arg(field.simplified());
            return ExitDataError;
        }
        QString value = field.mid(colon + 1);
        while (value.startsWith(u' ') || value.startsWith(u'\t'))
            value.remove(0, 1);
        // The writer checks the name and refuses line breaks and the fields it owns.
        draft->extraHeaders.append({ field.left(colon), value });
    }
    return ExitOk;
}

int MessageInput::saveCopy(const QCommandLineParser &parser, QString *error) const
{
    if (!parser.isSet(QStringLiteral("save-copy")))
        return ExitOk;
    const QString path = parser.value(QStringLiteral("save-copy"));
    QString openError;
    const std::unique_ptr<QIODevice> source = openBody(&openError);
    QSaveFile copy(path);
    // A copy of the message: private whatever the umask.
    if (!source || !openPrivate(copy)) {
        *error = tr("--save-copy: cannot write %1: %2")
                     .arg(path, source ? copy.errorString() : openError);
        return ExitTempFail;
    }
    QByteArray chunk;
    while (!(chunk = source->read(64 * 1024)).isEmpty()) {
        if (copy.write(chunk) != chunk.size())
            break;
    }
    if (!copy.commit()) {
        *error = tr("--save-copy: cannot write %1: %2").arg(path, copy.errorString());
        return ExitTempFail;
    }
    return ExitOk;
}

std::unique_ptr<QIODevice> MessageInput::openBody(QString *error) const
{
    // The prepared message has no name (unnamedTemporary()): a reader of its own descriptor.
    // The descriptor shares its offset with m_sendable's, so one reader at a time, from 0.
    auto file = std::make_unique<QFile>();
    const int fd = ::fcntl(m_sendable->handle(), F_DUPFD_CLOEXEC, 0);
    if (fd < 0) {
        *error = tr("cannot read the prepared message: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle) || !file->seek(0)) {
        if (!file->isOpen())
            ::close(fd);
        *error = tr("cannot read the prepared message: %1").arg(file->errorString());
        return nullptr;
    }
    return file;
}
