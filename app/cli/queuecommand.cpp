// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboundctl enqueue, sendmail and queue: the outbox from the command line.
#include "clisupport.h"
#include "commands.h"
#include "exitcodes.h"
#include "messageinput.h"

#include "mime/mailaddress.h"
#include "mime/messageenvelope.h"
#include "mime/messagetree.h"
#include "outbox/outbox.h"
#include "outbox/outboxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSocketNotifier>
#include <QTemporaryFile>
#include <QTimer>

#include <csignal>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/socket.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outboundctl", text);
}

// The account a message goes out through: --account, else $OUTBOUND_ACCOUNT, else the
// profile's only account.
std::optional<Account> chooseAccount(
    const QString &requested, const Profile &profile, QString *error)
{
    const AccountStore store(profile.accountsFile());
    QString name = requested.isEmpty() ? qEnvironmentVariable("OUTBOUND_ACCOUNT") : requested;
    if (name.isEmpty()) {
        const QList<Account> accounts = store.accounts();
        if (accounts.size() == 1)
            return accounts.first();
        *error = accounts.isEmpty()
            ? tr("the profile %1 has no account: add one with `outboundctl account add`")
                  .arg(profile.path())
            : tr("the profile has several accounts: say which with --account NAME");
        return std::nullopt;
    }
    std::optional<Account> account = store.find(name);
    if (!account)
        *error = tr("no account named \"%1\" in %2").arg(name, profile.path());
    return account;
}

std::unique_ptr<Outbox> openOutbox(const Profile &profile, QString *error)
{
    auto outbox = std::make_unique<Outbox>(profile);
    if (!outbox->open(error))
        return nullptr;
    return outbox;
}

// The subject to list a queued message under, read from the message itself (decoded).
QString subjectOf(QIODevice *message)
{
    MessageTree tree;
    return tree.read(message) ? tree.root().header(u"Subject") : QString();
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject messageToJson(const OutboxMessage &m)
{
    QJsonArray recipients;
    for (const OutboxRecipient &r : m.recipients) {
        QJsonObject recipient {
            { QStringLiteral("address"), r.address },
            { QStringLiteral("state"),
                r.state == RecipientState::Accepted     ? QStringLiteral("accepted")
                    : r.state == RecipientState::Failed ? QStringLiteral("failed")
                                                        : QStringLiteral("pending") },
        };
        if (r.lastReply.code != 0)
            recipient.insert(QStringLiteral("reply"), Cli::replyToJson(r.lastReply));
        recipients << recipient;
    }
    QJsonObject json {
        { QStringLiteral("id"), m.id },
        { QStringLiteral("account"), m.account },
        { QStringLiteral("state"), stateName(m.state) },
        { QStringLiteral("subject"), m.subject },
        { QStringLiteral("sender"), m.envelope.sender },
        { QStringLiteral("recipients"), recipients },
        { QStringLiteral("size"), m.size },
        { QStringLiteral("attempts"), m.attemptCount },
        { QStringLiteral("createdAt"), isoTime(m.createdAt) },
        { QStringLiteral("reason"), m.reason },
    };
    if (m.notBefore.isValid())
        json.insert(QStringLiteral("notBefore"), isoTime(m.notBefore));
    if (m.nextAttemptAt.isValid())
        json.insert(QStringLiteral("nextAttemptAt"), isoTime(m.nextAttemptAt));
    if (m.sentAt.isValid())
        json.insert(QStringLiteral("sentAt"), isoTime(m.sentAt));
    if (!m.queueId.isEmpty())
        json.insert(QStringLiteral("queueId"), m.queueId);
    // Some recipients have it, some do not: never just "sent".
    json.insert(QStringLiteral("partlySent"), m.isPartlySent());
    return json;
}

QJsonObject attemptToJson(const OutboxAttempt &a)
{
    return {
        { QStringLiteral("startedAt"), isoTime(a.startedAt) },
        { QStringLiteral("endedAt"), isoTime(a.endedAt) },
        { QStringLiteral("server"), a.server },
        { QStringLiteral("result"), toString(a.result) },
        { QStringLiteral("errorCode"), a.errorCode },
        { QStringLiteral("error"), a.errorText },
        { QStringLiteral("transcript"), a.transcript },
    };
}

// Parses "2026-11-22T10:00:00Z" or "+SECONDS".
bool parseWhen(const QString &text, const QDateTime &now, QDateTime *out)
{
    if (text.startsWith(QLatin1Char('+'))) {
        bool ok = false;
        const qint64 seconds = text.mid(1).toLongLong(&ok);
        if (!ok || seconds < 0)
            return false;
        *out = now.addSecs(seconds);
        return true;
    }
    *out = QDateTime::fromString(text, Qt::ISODate);
    return out->isValid();
}

// Runs the outbox until it is idle (flush) or until SIGINT/SIGTERM (run).
int deliver(Outbox &outbox, bool keepRunning, bool json)
{
    QHash<qint64, AttemptResult> outcomes; // each message's last attempt
    QSet<qint64> partlySent;
    QObject::connect(&outbox, &Outbox::attemptFinished, [&](qint64 id, AttemptResult result) {
        outcomes.insert(id, result);
        const std::optional<OutboxMessage> m
            = result == AttemptResult::Sent ? outbox.store()->message(id) : std::nullopt;
        if (m && m->isPartlySent())
            partlySent.insert(id);
        else
            partlySent.remove(id);
    });
    QObject::connect(
        &outbox, &Outbox::accountNeedsAttention, [](const QString &account, const QString &reason) {
            Cli::err() << QStringLiteral("outboundctl: account %1 held: %2").arg(account, reason)
                       << Qt::endl;
        });
    QEventLoop loop;
    QObject::connect(&outbox, &Outbox::idle, &loop, [&] {
        if (!keepRunning)
            loop.quit();
    });

    // SIGINT/SIGTERM end `queue run` cleanly: messages in flight finish and are recorded.
    static int signalPipe[2] = { -1, -1 };
    std::unique_ptr<QSocketNotifier> notifier;
    if (keepRunning && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        struct sigaction action = {};
        action.sa_handler = [](int) {
            const char byte = 1;
            (void)!::write(signalPipe[0], &byte, 1);
        };
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
        notifier = std::make_unique<QSocketNotifier>(signalPipe[1], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, [&] {
            char byte;
            (void)!::read(signalPipe[1], &byte, 1);
            keepRunning = false;
            outbox.stop();
        });
    }
    // `run` shares the profile: start() also looks again whenever another process commits
    // (an enqueue, a release, a retry), as the GUI does.
    if (keepRunning)
        outbox.start();
    else
        outbox.flush();
    loop.exec();

    int sent = 0, partly = 0, deferred = 0, failed = 0, other = 0;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        switch (it.value()) {
        case AttemptResult::Sent:
            ++(partlySent.contains(it.key()) ? partly : sent);
            break;
        case AttemptResult::Deferred:
            ++deferred;
            break;
        case AttemptResult::Failed:
            ++failed;
            break;
        case AttemptResult::Held:
        case AttemptResult::Uncertain:
            ++other;
            break;
        }
    }
    if (json) {
        Cli::out() << QJsonDocument(
            QJsonObject { { QStringLiteral("sent"), sent },
                { QStringLiteral("partlySent"), partly }, { QStringLiteral("deferred"), deferred },
                { QStringLiteral("failed"), failed },
                { QStringLiteral("heldOrUncertain"), other } })
                          .toJson(QJsonDocument::Compact);
    } else {
        Cli::err() << tr("outboundctl: %1 sent, %2 partly sent, %3 deferred, %4 failed, %5 held "
                         "or uncertain")
                          .arg(sent)
                          .arg(partly)
                          .arg(deferred)
                          .arg(failed)
                          .arg(other)
                   << Qt::endl;
    }
    // A message some recipients refused for good is not delivered: 69, as for a failed one.
    return failed + partly > 0 ? ExitUnavailable : (deferred + other > 0 ? ExitTempFail : ExitOk);
}

int enqueueFile(Outbox &outbox, const Account &account, const SmtpEnvelope &envelope,
    QIODevice *message, const OutboxStore::EnqueueOptions &options, bool json)
{
    QString error;
    const std::optional<qint64> id
        = outbox.enqueue(account.name, envelope, message, options, &error);
    if (!id)
        return Cli::fail(ExitTempFail, error);
    if (json)
        Cli::out() << QJsonDocument(
            QJsonObject { { QStringLiteral("id"),
                *id } }).toJson(QJsonDocument::Compact);
    else
        Cli::out() << *id << Qt::endl;
    return ExitOk;
}

// outboundctl enqueue with several files: each prepared, then all stored in one batch (one
// sync, one durable transaction), ids printed only once all are durable. All or nothing: a
// file that cannot be queued stops the command before anything is stored.
int enqueueFiles(Outbox &outbox, const QCommandLineParser &parser, const Account &account,
    const OutboxStore::EnqueueOptions &common, bool json)
{
    const QStringList files = parser.positionalArguments();
    if (files.count(QStringLiteral("-")) > 1)
        return Cli::fail(ExitUsage, tr("standard input (-) can be only one of the files"));
    if (parser.isSet(QStringLiteral("save-copy")))
        return Cli::fail(ExitUsage, tr("--save-copy takes one message, not several files"));
#ifdef __GLIBC__
    // Each file's buffers are allocated and freed again; left to itself, glibc gives the top
    // of the heap back to the kernel every time, and those calls (and the TLB flushes they
    // cause) took half the time of a thousand-file enqueue.
    ::mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    ::mallopt(M_TOP_PAD, 4 * 1024 * 1024);
#endif
    const std::unique_ptr<OutboxStore::Batch> batch = outbox.newBatch();
    for (const QString &file : files) {
        const QString name = file == QLatin1String("-") ? tr("standard input") : file;
        auto failed = [&](int code, QString error) {
            if (code == ExitUsage) // the options, not this file
                return Cli::fail(code, error);
            if (error.endsWith(QLatin1Char('.')))
                error.chop(1);
            // Most reasons name the file already ("no such file: a.eml").
            if (!error.contains(file == QLatin1String("-") ? name : file))
                error = tr("%1: %2").arg(name, error);
            return Cli::fail(code, tr("%1; nothing was queued").arg(error));
        };
        QString error;
        MessageInput message;
        if (const int code = message.prepareFile(parser, file, &error); code != ExitOk)
            return failed(code, error);
        OutboxStore::EnqueueOptions options = common;
        {
            const std::unique_ptr<QIODevice> body = message.openBody(&error);
            if (!body)
                return failed(ExitDataError, error);
            options.subject = subjectOf(body.get());
        }
        const std::unique_ptr<QIODevice> body = message.openBody(&error);
        if (!body)
            return failed(ExitDataError, error);
        if (!batch->add(account.name, message.envelope(), body.get(), options))
            return failed(ExitTempFail, batch->errorString());
    }
    QString error;
    const std::optional<QList<qint64>> ids = outbox.commit(batch.get(), &error);
    if (!ids)
        return Cli::fail(ExitTempFail, tr("%1; nothing was queued").arg(error));
    if (json) {
        QJsonArray list;
        for (qsizetype i = 0; i < ids->size(); ++i)
            list << QJsonObject { { QStringLiteral("id"), ids->at(i) },
                { QStringLiteral("file"), files.at(i) } };
        Cli::out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const qint64 id : *ids)
            Cli::out() << id << Qt::endl;
    }
    return ExitOk;
}

// queue list: newest first, read a page at a time, so that a year of mail streams out in
// bounded memory.
int list(const Profile &profile, const QString &account, bool json)
{
    OutboxReader reader(profile);
    if (!reader.open())
        return Cli::fail(ExitTempFail, reader.errorString());
    OutboxListQuery query;
    query.account = account;
    const std::optional<OutboxListing> listing = reader.list(query);
    if (!listing)
        return Cli::fail(ExitTempFail, reader.errorString());
    constexpr int Page = 500;
    QTextStream &out = Cli::out();
    if (json)
        out << "[";
    bool first = true;
    for (qsizetype at = 0; at < listing->ids.size(); at += Page) {
        const QList<qint64> page = listing->ids.mid(at, Page);
        QHash<qint64, OutboxMessage> byId;
        for (OutboxMessage &m : reader.messages(page))
            byId.insert(m.id, std::move(m));
        for (const qint64 id : page) {
            const auto found = byId.constFind(id);
            if (found == byId.constEnd())
                continue; // deleted since the list was read
            const OutboxMessage &m = *found;
            if (json) {
                out << (first ? "\n" : ",\n")
                    << QJsonDocument(messageToJson(m)).toJson(QJsonDocument::Compact);
                first = false;
                continue;
            }
            out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                       .arg(m.id)
                       .arg(m.state == MessageState::Sent && m.isPartlySent()
                               ? QStringLiteral("partly-sent")
                               : stateName(m.state),
                           m.account, m.envelope.recipients.join(QLatin1Char(',')), m.subject,
                           m.reason)
                << '\n';
        }
    }
    if (json)
        out << "\n]\n";
    out.flush();
    return ExitOk;
}

} // namespace

int runEnqueue(const QStringList &args, const Profile &profile)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Put a message in the outbox; `outboundctl queue flush` or a running app "
           "delivers it. Prints the message's id once it is safely stored.\n\n"
           "Several message files (one message each) are stored together, all or nothing: "
           "one id per line, in the order of the files, once every one is safely stored; "
           "if any file cannot be queued, the command says which and why, and stores none."));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("account"), tr("Send through account NAME."), QStringLiteral("NAME") });
    MessageInput::addOptions(parser);
    parser.addOptions({
        { QStringLiteral("not-before"), tr("Send no earlier than WHEN (ISO 8601, or +SECONDS)."),
            QStringLiteral("WHEN") },
        { QStringLiteral("hold"), tr("Keep the message on hold until released.") },
        { QStringLiteral("json"),
            tr("Print {\"id\": N}; for several files, [{\"id\": N, \"file\": FILE}, ...].") },
    });
    parser.addPositionalArgument(QStringLiteral("file"),
        tr("The message: an .eml file, or - for standard input. Several files: one message "
           "each."),
        QStringLiteral("[FILE...]"));
    if (const std::optional<int> done = Cli::parseArguments(parser, args))
        return *done;
    QString error;
    const std::optional<Account> account
        = chooseAccount(parser.value(QStringLiteral("account")), profile, &error);
    if (!account)
        return Cli::fail(ExitConfig, error);
    const bool several = parser.positionalArguments().size() > 1;
    MessageInput message;
    if (!several) {
        if (const int code = message.prepare(parser, *account, profile, &error); code != ExitOk)
            return Cli::fail(code, error);
    }
    const std::unique_ptr<Outbox> outbox = openOutbox(profile, &error);
    if (!outbox)
        return Cli::fail(ExitTempFail, error);
    OutboxStore::EnqueueOptions options;
    options.held = parser.isSet(QStringLiteral("hold"));
    if (parser.isSet(QStringLiteral("not-before"))
        && !parseWhen(
            parser.value(QStringLiteral("not-before")), outbox->store()->now(), &options.notBefore))
        return Cli::fail(ExitUsage, tr("--not-before takes an ISO 8601 time or +SECONDS"));
    if (several)
        return enqueueFiles(
            *outbox, parser, *account, options, parser.isSet(QStringLiteral("json")));
    std::unique_ptr<QIODevice> body = message.openBody(&error);
    if (!body)
        return Cli::fail(ExitDataError, error);
    options.subject = parser.isSet(QStringLiteral("subject"))
        ? parser.value(QStringLiteral("subject"))
        : subjectOf(body.get());
    return enqueueFile(*outbox, *account, message.envelope(), body.get(), options,
        parser.isSet(QStringLiteral("json")));
}

int runSendmail(const QStringList &args, const Profile &profile)
{
    // sendmail's own option syntax (-t, -i, -oi, -f addr, -fADDR, -F name, -- ), not Qt's.
    bool fromHeaders = false;
    bool ignoreDots = false;
    bool queueOnly = false;
    QString sender;
    QString accountName;
    QStringList recipients;
    for (int i = 1; i < args.size(); ++i) {
        const QString arg = args[i];
        if (arg == QLatin1String("--")) {
            recipients << args.mid(i + 1);
            break;
        }
        if (arg == QLatin1String("-t")) {
            fromHeaders = true;
        } else if (arg == QLatin1String("-i") || arg == QLatin1String("-oi")) {
            ignoreDots = true;
        } else if (arg == QLatin1String("-f") || arg == QLatin1String("-r")) {
            if (++i >= args.size())
                return Cli::fail(ExitUsage, tr("sendmail: -f needs an address"));
            sender = args[i];
        } else if (arg.startsWith(QLatin1String("-f")) || arg.startsWith(QLatin1String("-r"))) {
            sender = arg.mid(2);
        } else if (arg == QLatin1String("-F") || arg == QLatin1String("-oem")
            || arg == QLatin1String("-odb") || arg == QLatin1String("-odi")
            || arg == QLatin1String("-v")) {
            if (arg == QLatin1String("-F"))
                ++i; // the full name: From comes from the message's own headers
        } else if (arg == QLatin1String("--account")) {
            if (++i >= args.size())
                return Cli::fail(ExitUsage, tr("sendmail: --account needs a name"));
            accountName = args[i];
        } else if (arg == QLatin1String("--queue-only")) {
            queueOnly = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return Cli::fail(ExitUsage, tr("sendmail: unsupported option %1").arg(arg));
        } else {
            recipients << arg;
        }
    }
    if (!fromHeaders && recipients.isEmpty())
        return Cli::fail(
            ExitUsage, tr("sendmail: no recipients: give them as arguments, or use -t"));
    QString error;
    const std::optional<Account> account = chooseAccount(accountName, profile, &error);
    if (!account)
        return Cli::fail(ExitConfig, error);

    // Read the message; without -i a line with a single dot ends it, as in sendmail. Both
    // copies have no name from the start: a killed sendmail leaves no message behind.
    const std::unique_ptr<QTemporaryFile> raw = MessageInput::unnamedTemporary(&error);
    const std::unique_ptr<QTemporaryFile> sendable
        = raw ? MessageInput::unnamedTemporary(&error) : nullptr;
    if (!sendable)
        return Cli::fail(ExitTempFail, error);
    // The descriptor, not the FILE*: Qt reads lines of a FILE* with fgets(), which loses
    // whatever follows a NUL in the line.
    QFile in;
    if (!in.open(STDIN_FILENO, QIODevice::ReadOnly))
        return Cli::fail(ExitTempFail, tr("cannot read the message: %1").arg(in.errorString()));
    bool atLineStart = true;
    while (true) {
        const QByteArray line = in.readLine(64 * 1024);
        if (line.isEmpty())
            break;
        // Only a whole line holding a lone dot ends the message: a read stops after 64 KiB,
        // and the end of a longer line is no line start.
        if (!ignoreDots && atLineStart && (line == ".\n" || line == ".\r\n"))
            break;
        atLineStart = line.endsWith('\n');
        if (raw->write(line) != line.size())
            return Cli::fail(
                ExitTempFail, tr("cannot keep the message: %1").arg(raw->errorString()));
    }
    if (!raw->flush() || !raw->seek(0))
        return Cli::fail(ExitTempFail, tr("cannot keep the message: %1").arg(raw->errorString()));
    // A message that cannot be read whole is refused, never queued in part (its recipients
    // may come from the arguments, but the copy comes from the reader).
    MessageEnvelopeReader reader;
    if (!reader.read(raw.get(), sendable.get()) || !sendable->flush())
        return Cli::fail(ExitDataError,
            tr("sendmail: %1")
                .arg(reader.errorString().isEmpty() ? sendable->errorString()
                                                    : reader.errorString()));
    SmtpEnvelope envelope = reader.envelope();
    if (!fromHeaders)
        envelope.recipients.clear();
    for (const QString &recipient : std::as_const(recipients)) {
        const MailAddressParseResult list = MailAddress::parseList(recipient);
        if (!list.isValid())
            return Cli::fail(
                ExitDataError, tr("bad recipient \"%1\": %2").arg(recipient, list.errorString));
        for (const MailAddress &address : list.addresses) {
            if (!envelope.recipients.contains(address.address(), Qt::CaseInsensitive))
                envelope.recipients << address.address();
        }
    }
    if (!sender.isEmpty())
        envelope.sender = sender;
    else if (envelope.sender.isEmpty())
        envelope.sender = account->address;
    if (envelope.recipients.isEmpty())
        return Cli::fail(ExitDataError, tr("sendmail: the message has no recipients"));

    const std::unique_ptr<Outbox> outbox = openOutbox(profile, &error);
    if (!outbox)
        return Cli::fail(ExitTempFail, error);
    sendable->seek(0);
    OutboxStore::EnqueueOptions options;
    options.subject = subjectOf(sendable.get());
    const std::optional<qint64> id
        = outbox->enqueue(account->name, envelope, sendable.get(), options, &error);
    if (!id)
        return Cli::fail(ExitTempFail, error);
    if (queueOnly)
        return ExitOk;
    // Try to deliver now, like an MTA would. What cannot go now stays queued and exits 0, as
    // the message is safely in the outbox; but a permanent refusal or an account that needs
    // fixing is reported at once, so git send-email or mutt can tell the user.
    (void)deliver(*outbox, false, false);
    const std::optional<OutboxMessage> after = outbox->store()->message(*id);
    if (after && after->state == MessageState::Failed)
        return Cli::fail(ExitUnavailable,
            tr("sendmail: message %1 was refused: %2").arg(*id).arg(after->reason));
    if (after && after->isPartlySent()) {
        QStringList refused;
        for (const OutboxRecipient &recipient : after->missingRecipients()) {
            if (recipient.state == RecipientState::Failed)
                refused << QStringLiteral("%1 (%2)").arg(
                    recipient.address, recipient.lastReply.summary());
        }
        if (!refused.isEmpty())
            return Cli::fail(ExitUnavailable,
                tr("sendmail: message %1 was refused for %2").arg(*id).arg(refused.join(u"; ")));
    }
    if (after && after->state == MessageState::Held)
        return Cli::fail(
            ExitNoPermission, tr("sendmail: message %1 is held: %2").arg(*id).arg(after->reason));
    if (after && after->state != MessageState::Sent) {
        // Safely queued, so 0 as an MTA would; but the caller should know it has not gone yet.
        Cli::err() << tr("outboundctl: sendmail: message %1 is queued for %2; it will be sent "
                         "later: %3")
                          .arg(*id)
                          .arg(after->pendingRecipients().join(QStringLiteral(", ")), after->reason)
                   << Qt::endl;
    }
    return ExitOk;
}

int runQueue(const QStringList &args, const Profile &profile)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = args.first() + QLatin1Char(' ') + sub;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
    parser.addOption(
        { QStringLiteral("account"), tr("Only this account's messages."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("accept-duplicate"),
        tr("retry: send uncertain messages again although the server may already have them.") });
    parser.addPositionalArgument(
        QStringLiteral("ids"), tr("Message ids."), QStringLiteral("[ID...]"));
    const QString help
        = tr("Usage: outboundctl queue COMMAND [--json]\n"
             "\n"
             "  list [--account NAME]   the outbox, newest first\n"
             "  show ID                 one message: recipients, attempts and their transcripts\n"
             "  retry ID...             send now (deferred, failed or held messages); an\n"
             "                          uncertain one only with --accept-duplicate\n"
             "  hold ID...              keep back until released\n"
             "  release ID...           let held messages go\n"
             "  delete ID...            move to the deleted messages (kept 14 days)\n"
             "  deleted                 the deleted messages, most recent first\n"
             "  restore ID...           bring deleted messages back as they were\n"
             "  flush                   deliver what is due, then exit\n"
             "  run                     keep delivering until stopped\n");
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        (sub.isEmpty() ? Cli::err() : Cli::out()) << help;
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    if (!parser.parse(rest))
        return Cli::fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        Cli::out() << help;
        return ExitOk;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (sub == QLatin1String("flush") || sub == QLatin1String("run")) {
        // Delivery takes every account's due messages; a filter here would silently lie.
        if (parser.isSet(QStringLiteral("account")))
            return Cli::fail(ExitUsage, tr("--account applies to queue list only"));
    }

    QString error;
    const std::unique_ptr<Outbox> outbox = openOutbox(profile, &error);
    if (!outbox)
        return Cli::fail(ExitTempFail, error);
    if (sub == QLatin1String("flush") || sub == QLatin1String("run"))
        return deliver(*outbox, sub == QLatin1String("run"), json);
    OutboxStore *store = outbox->store();
    if (sub == QLatin1String("deleted")) {
        const QList<OutboxStore::DeletedMessage> deleted = store->deletedMessages();
        if (json) {
            QJsonArray list;
            for (const OutboxStore::DeletedMessage &d : deleted) {
                QJsonObject object = messageToJson(d.message);
                object.insert(QStringLiteral("deletedAt"), isoTime(d.deletedAt));
                list << object;
            }
            Cli::out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const OutboxStore::DeletedMessage &d : deleted) {
            const OutboxMessage &m = d.message;
            Cli::out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                              .arg(m.id)
                              .arg(stateName(m.state), isoTime(d.deletedAt), m.account,
                                  m.envelope.recipients.join(QLatin1Char(',')), m.subject)
                       << Qt::endl;
        }
        return ExitOk;
    }
    if (sub == QLatin1String("list"))
        return list(profile, parser.value(QStringLiteral("account")), json);

    QList<qint64> ids;
    for (const QString &text : parser.positionalArguments()) {
        bool ok = false;
        ids << text.toLongLong(&ok);
        if (!ok)
            return Cli::fail(ExitUsage, tr("not a message id: %1").arg(text));
    }
    if (ids.isEmpty())
        return Cli::fail(ExitUsage, tr("queue %1: give one or more message ids").arg(sub));

    if (sub == QLatin1String("show")) {
        QJsonArray shown;
        for (qint64 id : std::as_const(ids)) {
            const std::optional<OutboxMessage> m = store->message(id);
            if (!m)
                return Cli::fail(ExitDataError, store->errorString());
            QJsonObject object = messageToJson(*m);
            QJsonArray attempts;
            for (const OutboxAttempt &a : store->attempts(id))
                attempts << attemptToJson(a);
            object.insert(QStringLiteral("attemptHistory"), attempts);
            if (json) {
                shown << object;
                continue;
            }
            QTextStream &out = Cli::out();
            out << tr("Message %1: %2").arg(id).arg(messageStateDisplayName(*m)) << Qt::endl;
            out << tr("  account %1, %2 bytes, subject %3")
                       .arg(m->account)
                       .arg(m->size)
                       .arg(m->subject)
                << Qt::endl;
            if (!m->reason.isEmpty())
                out << tr("  reason: %1").arg(m->reason) << Qt::endl;
            if (m->isPartlySent())
                out << tr("  not delivered to: %1").arg(describeMissingRecipients(*m)) << Qt::endl;
            for (const OutboxRecipient &r : m->recipients)
                out << QStringLiteral("  -> %1 %2")
                           .arg(r.address, r.lastReply.code ? r.lastReply.summary() : QString())
                    << Qt::endl;
            for (const QJsonValue &value : std::as_const(attempts)) {
                const QJsonObject a = value.toObject();
                out << tr("  attempt %1 at %2: %3 %4")
                           .arg(a.value(QStringLiteral("startedAt")).toString(),
                               a.value(QStringLiteral("server")).toString(),
                               a.value(QStringLiteral("result")).toString(),
                               a.value(QStringLiteral("error")).toString())
                    << Qt::endl;
                for (const QString &line : a.value(QStringLiteral("transcript"))
                                               .toString()
                                               .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    out << QStringLiteral("    ") << line << Qt::endl;
            }
        }
        if (json) {
            // One id gives one object; several give an array.
            const QJsonDocument document = shown.size() == 1
                ? QJsonDocument(shown.first().toObject())
                : QJsonDocument(shown);
            Cli::out() << document.toJson(QJsonDocument::Indented);
        }
        return ExitOk;
    }

    using Action = bool (OutboxStore::*)(qint64);
    Action action = nullptr;
    if (sub == QLatin1String("retry"))
        action = &OutboxStore::retryNow;
    else if (sub == QLatin1String("release"))
        action = &OutboxStore::release;
    else if (sub == QLatin1String("delete"))
        action = &OutboxStore::remove;
    else if (sub == QLatin1String("restore"))
        action = &OutboxStore::restore;
    else if (sub != QLatin1String("hold"))
        return Cli::fail(ExitUsage, tr("unknown queue command %1").arg(sub));
    if (parser.isSet(QStringLiteral("accept-duplicate")) && sub != QLatin1String("retry"))
        return Cli::fail(ExitUsage, tr("--accept-duplicate applies to queue retry only"));

    // An uncertain message may already have been delivered (the connection was lost after the
    // final dot): sending it again is the user's explicit decision, never a default. Checked
    // before anything is changed, so a refusal leaves every message as it was.
    if (sub == QLatin1String("retry") && !parser.isSet(QStringLiteral("accept-duplicate"))) {
        QStringList uncertain;
        for (qint64 id : std::as_const(ids)) {
            const std::optional<OutboxMessage> m = store->message(id);
            if (m && m->state == MessageState::Uncertain)
                uncertain << QString::number(id);
        }
        if (!uncertain.isEmpty())
            return Cli::fail(ExitUsage,
                tr("message %1 is uncertain: the server may already have delivered it, and "
                   "sending it again may deliver it twice. Check with the recipients or the "
                   "server's logs; to send it again anyway, add --accept-duplicate")
                    .arg(uncertain.join(QStringLiteral(", "))));
    }
    int code = ExitOk;
    for (qint64 id : std::as_const(ids)) {
        const bool ok = action ? (store->*action)(id) : store->hold(id);
        if (!ok)
            code = Cli::fail(ExitDataError, store->errorString());
        else if (sub == QLatin1String("delete") && !json)
            Cli::err() << QCoreApplication::translate("outboundctl",
                "outboundctl: message %1 deleted; `outboundctl queue restore %1` "
                "brings it back within %n day(s)",
                nullptr, OutboxStore::KeepDeletedDays)
                              .arg(id)
                       << Qt::endl;
    }
    return code;
}
