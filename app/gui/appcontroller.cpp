// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "appcontroller.h"

#include "transcriptmodel.h"

#include "mime/messagewriter.h"
#include "sandbox/sandboxserver.h"

#include <QSet>

AppController::AppController(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_transcript(new TranscriptModel(this))
{ }

AppController::~AppController()
{
    // The scheduler's sessions go before the sandbox they may be talking to.
    m_outbox.reset();
    m_sandbox.reset();
}

bool AppController::start(QString *error)
{
    if (!m_profile.ensureExists(error))
        return false;
    m_outbox = std::make_unique<Outbox>(m_profile);
    if (!m_outbox->open(error))
        return false;
    m_reader = std::make_unique<OutboxReader>(m_profile);
    if (!m_reader->open()) {
        *error = m_reader->errorString();
        return false;
    }

    SandboxSettings sandbox;
    sandbox.folder = m_profile.path() + QStringLiteral("/sandbox");
    m_sandbox = std::make_unique<SandboxServer>(sandbox);
    ensureSandboxAccount();
    // Signatures and SIZE limits that older versions kept with the compose window's settings.
    if (QString problem; !AccountStore(m_profile.accountsFile())
                              .migrateComposeSettings(m_profile.settingsFile(), &problem))
        qWarning(
            "Signatures and size limits stay in the old settings for now: %s", qPrintable(problem));

    Outbox *outbox = m_outbox.get();
    connect(outbox, &Outbox::transcriptEntry, this,
        [this](qint64 id, const TranscriptEntry &entry) { m_transcript->append(entry, id); });
    connect(outbox, &Outbox::messageChanged, this, &AppController::outboxChanged);
    connect(outbox, &Outbox::sendProgress, this, &AppController::sendProgress);
    connect(outbox, &Outbox::onlineChanged, this, &AppController::onlineChanged);
    connect(outbox, &Outbox::accountNeedsAttention, this, &AppController::accountNeedsAttention);
    m_outbox->start();
    return true;
}

void AppController::ensureSandboxAccount()
{
    AccountStore store(m_profile.accountsFile());
    std::optional<Account> existing = store.find(sandboxAccountName());
    // The sandbox keeps its port across runs when it can, so queued messages still reach it.
    const quint16 wanted = existing ? existing->smtp.port : 0;
    if (!m_sandbox->listen(wanted) && !m_sandbox->listen(0))
        return;
    if (!existing && !store.accounts().isEmpty())
        return; // a user with real accounts who removed the sandbox keeps it removed
    Account sandbox = existing.value_or(Account {});
    if (!existing) {
        sandbox.name = sandboxAccountName();
        sandbox.displayName = tr("Outbound Sandbox");
        sandbox.address = QStringLiteral("you@sandbox.invalid");
    }
    sandbox.smtp.host = QStringLiteral("127.0.0.1");
    sandbox.smtp.port = m_sandbox->port();
    sandbox.smtp.security
        = ConnectionSecurity::None; // loopback only: nothing to protect on the wire
    sandbox.smtp.heloName = QStringLiteral("localhost");
    // Anyone on the machine can listen on this port while the app is not running.
    sandbox.smtp.requireOwnServer = true;
    QString error;
    if (store.save(sandbox, &error))
        Q_EMIT accountsChanged();
}

QList<Account> AppController::accounts() const
{
    return AccountStore(m_profile.accountsFile()).accounts();
}

std::optional<Account> AppController::account(const QString &name) const
{
    return AccountStore(m_profile.accountsFile()).find(name);
}

bool AppController::saveAccount(const Account &account, QString *error)
{
    if (!AccountStore(m_profile.accountsFile()).save(account, error))
        return false;
    Q_EMIT accountsChanged();
    m_outbox->poke();
    return true;
}

bool AppController::removeAccount(const QString &name, QString *error)
{
    if (!AccountStore(m_profile.accountsFile()).remove(name, error))
        return false;
    Q_EMIT accountsChanged();
    return true;
}

namespace {

// Writes the draft with GMime, on whichever thread the outbox runs it; it owns its copy.
MessageSource draftSource(const MessageDraft &draft)
{
    return [draft](QIODevice *out, SmtpEnvelope *envelope, QString *error) {
        MessageWriter writer(draft);
        if (!writer.write(out)) {
            *error = writer.errorString();
            return false;
        }
        *envelope = writer.envelope();
        return true;
    };
}

OutboxStore::EnqueueOptions enqueueOptions(const MessageDraft &draft, const QDateTime &notBefore)
{
    OutboxStore::EnqueueOptions options;
    options.subject = draft.subject;
    options.notBefore = notBefore;
    return options;
}

} // namespace

std::optional<qint64> AppController::enqueue(
    const MessageDraft &draft, const QString &account, const QDateTime &notBefore, QString *error)
{
    return m_outbox->enqueue(account, draftSource(draft), enqueueOptions(draft, notBefore), error);
}

EnqueueJob *AppController::startEnqueue(
    const MessageDraft &draft, const QString &account, const QDateTime &notBefore, QObject *parent)
{
    return m_outbox->startEnqueue(
        account, draftSource(draft), enqueueOptions(draft, notBefore), parent);
}

bool AppController::unsend(qint64 id, QString *error)
{
    const std::optional<OutboxMessage> message = store()->message(id);
    if (!message || message->state != MessageState::Queued) {
        *error = message ? tr("the message is already on its way") : store()->errorString();
        return false;
    }
    return remove(id, error);
}

namespace {
bool applied(bool ok, OutboxStore *store, QString *error)
{
    if (!ok && error)
        *error = store->errorString();
    return ok;
}
} // namespace

bool AppController::retryNow(qint64 id, QString *error)
{
    const bool ok = applied(store()->retryNow(id), store(), error);
    m_outbox->poke();
    Q_EMIT outboxChanged(id);
    return ok;
}

bool AppController::hold(qint64 id, QString *error)
{
    const bool ok = applied(store()->hold(id), store(), error);
    Q_EMIT outboxChanged(id);
    return ok;
}

bool AppController::release(qint64 id, QString *error)
{
    const bool ok = applied(store()->release(id), store(), error);
    m_outbox->poke();
    Q_EMIT outboxChanged(id);
    return ok;
}

bool AppController::remove(qint64 id, QString *error)
{
    const bool ok = applied(store()->remove(id), store(), error);
    Q_EMIT outboxChanged(id);
    return ok;
}

bool AppController::restore(qint64 id, QString *error)
{
    const bool ok = applied(store()->restore(id), store(), error);
    m_outbox->poke(); // a restored waiting message may be due
    Q_EMIT outboxChanged(id);
    return ok;
}

QStringList AppController::knownAddresses(const QString &fragment, int limit) const
{
    QSet<QString> seen;
    QStringList addresses;
    auto add = [&](const QString &address) {
        if (!address.isEmpty() && !seen.contains(address.toLower())) {
            seen.insert(address.toLower());
            addresses << address;
        }
    };
    for (const Account &a : accounts()) {
        if (a.address.contains(fragment, Qt::CaseInsensitive))
            add(a.address);
    }
    if (m_reader) {
        for (const QString &address : m_reader->usedAddresses(fragment, limit))
            add(address);
    }
    return addresses.mid(0, limit);
}
