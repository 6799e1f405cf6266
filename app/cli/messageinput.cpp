#include "messageinput.h"

#include "exitcodes.h"

#include "mime/mailaddress.h"
#include "mime/messageenvelope.h"
#include "mime/messagewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outboundctl", text);
}

std::unique_ptr<QTemporaryFile> makeTemporary(QString *error)
{
    auto file = std::make_unique<QTemporaryFile>(
        QDir::tempPath() + QStringLiteral("/outbound-XXXXXX.eml"));
    if (!file->open()) {
        *error = tr("cannot create a temporary file: %1").arg(file->errorString());
        return nullptr;
    }
    return file;
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

} // namespace

void MessageInput::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("from"), tr("Sender (\"Name <address>\" or an address)."),
            QStringLiteral("ADDRESS") },
        { QStringLiteral("to"), tr("Recipient; repeat or give a list."),
            QStringLiteral("ADDRESS") },
        { QStringLiteral("cc"), tr("Copy recipient; repeat or give a list."),
            QStringLiteral("ADDRESS") },
        { QStringLiteral("bcc"), tr("Blind copy recipient (envelope only)."),
            QStringLiteral("ADDRESS") },
        { QStringLiteral("subject"), tr("Subject."), QStringLiteral("TEXT") },
        { QStringLiteral("body"), tr("Plain-text body."), QStringLiteral("TEXT") },
    });
}

int MessageInput::prepare(const QCommandLineParser &parser, const Account &account, QString *error)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        *error = tr("send takes at most one message file");
        return ExitUsage;
    }
    if (!files.isEmpty()) {
        if (parser.isSet(QStringLiteral("subject")) || parser.isSet(QStringLiteral("body"))) {
            *error
                = tr("--subject and --body make a new message; they do not go with a message file");
            return ExitUsage;
        }
        return prepareFromFile(parser, files.first(), error);
    }
    return prepareFromOptions(parser, account, error);
}

int MessageInput::prepareFromFile(
    const QCommandLineParser &parser, const QString &file, QString *error)
{
    QString path = file;
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
        if (!m_stdinCopy->flush()) {
            *error = tr("cannot keep the message: %1").arg(m_stdinCopy->errorString());
            return ExitTempFail;
        }
        path = m_stdinCopy->fileName();
    } else if (!QFile::exists(file)) {
        *error = tr("no such file: %1").arg(file);
        return ExitDataError;
    }

    m_sendable = makeTemporary(error);
    if (!m_sendable)
        return ExitTempFail;
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(file, source.errorString());
        return ExitDataError;
    }
    // The copy is a private temporary file, so it needs no fsync (a spool file would).
    MessageEnvelopeReader reader;
    const bool parsed = reader.read(&source, m_sendable.get()) && m_sendable->flush();
    if (!parsed) {
        // Without explicit recipients the headers must name them; with them, only the copy matters.
        const bool recipientsGiven = parser.isSet(QStringLiteral("to"))
            || parser.isSet(QStringLiteral("cc")) || parser.isSet(QStringLiteral("bcc"));
        if (!recipientsGiven || reader.sendableSize() <= 0) {
            *error = tr("%1: %2").arg(
                file == QLatin1String("-") ? tr("standard input") : file, reader.errorString());
            return ExitDataError;
        }
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

int MessageInput::prepareFromOptions(
    const QCommandLineParser &parser, const Account &account, QString *error)
{
    MessageDraft draft;
    if (parser.isSet(QStringLiteral("from"))) {
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
        *error = tr("say who sends: --from ADDRESS (or an account with an address)");
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
    draft.plainBody = parser.value(QStringLiteral("body"));

    m_sendable = makeTemporary(error);
    if (!m_sendable)
        return ExitTempFail;
    MessageWriter writer(draft);
    if (!writer.write(m_sendable.get()) || !m_sendable->flush()) {
        *error = writer.errorString().isEmpty() ? m_sendable->errorString() : writer.errorString();
        return ExitDataError;
    }
    m_envelope = writer.envelope();
    m_size = m_sendable->size();
    return ExitOk;
}

std::unique_ptr<QIODevice> MessageInput::openBody(QString *error) const
{
    auto file = std::make_unique<QFile>(m_sendable->fileName());
    if (!file->open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the prepared message: %1").arg(file->errorString());
        return nullptr;
    }
    return file;
}
