#include "appcontroller.h"

#include "transcriptmodel.h"

#include "mime/messagewriter.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QThread>
#include <QTimer>

AppController::AppController(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_transcript(new TranscriptModel(this))
{ }

AppController::~AppController()
{
    // The scheduler's sessions go before the store they report to.
    m_scheduler.reset();
    m_sandbox.reset();
    m_store.reset();
}

bool AppController::start(QString *error)
{
    if (!m_profile.ensureExists(error))
        return false;
    m_store = std::make_unique<OutboxStore>(m_profile);
    if (!m_store->open()) {
        *error = m_store->errorString();
        return false;
    }

    SandboxSettings sandbox;
    sandbox.folder = m_profile.path() + QStringLiteral("/sandbox");
    m_sandbox = std::make_unique<SandboxServer>(sandbox);
    ensureSandboxAccount();
    // Signatures and SIZE limits that older versions kept with the compose window's settings.
    if (QString problem; !AccountStore(m_profile.accountsFile())
                             .migrateComposeSettings(m_profile.settingsFile(), &problem))
        qWarning("Signatures and size limits stay in the old settings for now: %s",
            qPrintable(problem));

    const QString accountsFile = m_profile.accountsFile();
    m_scheduler = std::make_unique<OutboxScheduler>(m_store.get(),
        [accountsFile](const QString &name) { return AccountStore(accountsFile).find(name); });
    connect(m_scheduler.get(), &OutboxScheduler::transcriptEntry, this,
        [this](qint64 id, const TranscriptEntry &entry) { m_transcript->append(entry, id); });
    connect(
        m_scheduler.get(), &OutboxScheduler::messageChanged, this, &AppController::outboxChanged);
    connect(m_scheduler.get(), &OutboxScheduler::sendProgress, this, &AppController::sendProgress);
    connect(
        m_scheduler.get(), &OutboxScheduler::onlineChanged, this, &AppController::onlineChanged);
    connect(m_scheduler.get(), &OutboxScheduler::accountNeedsAttention, this,
        &AppController::accountNeedsAttention);
    m_scheduler->start();
    watchOtherProcesses();
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

void AppController::watchOtherProcesses()
{
    // outboundctl may enqueue or deliver from another process at any time.
    auto *poll = new QTimer(this);
    poll->setInterval(1500);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_store->changedElsewhere()) {
            m_scheduler->poke();
            Q_EMIT outboxChanged(0);
        }
    });
    (void)m_store->changedElsewhere(); // baseline
    poll->start();
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
    m_scheduler->poke();
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

// Writes the draft with GMime into the spool file, noting the envelope it makes.
OutboxStore::SpoolWriter draftWriter(const MessageDraft &draft, SmtpEnvelope *envelope)
{
    return [&draft, envelope](QIODevice *out, QString *error) {
        MessageWriter writer(draft);
        if (!writer.write(out)) {
            *error = writer.errorString();
            return false;
        }
        *envelope = writer.envelope();
        return true;
    };
}

} // namespace

std::optional<qint64> AppController::enqueue(
    const MessageDraft &draft, const QString &account, const QDateTime &notBefore, QString *error)
{
    SmtpEnvelope envelope;
    const std::optional<OutboxStore::SpoolFile> file
        = OutboxStore::spool(m_profile, draftWriter(draft, &envelope), error);
    if (!file)
        return std::nullopt;
    return record(*file, envelope, account, draft.subject, notBefore, error);
}

std::optional<qint64> AppController::record(const OutboxStore::SpoolFile &file,
    const SmtpEnvelope &envelope, const QString &account, const QString &subject,
    const QDateTime &notBefore, QString *error)
{
    OutboxStore::EnqueueOptions options;
    options.subject = subject;
    options.notBefore = notBefore;
    const std::optional<qint64> id = m_store->enqueueSpooled(account, envelope, file, options);
    if (!id) {
        *error = m_store->errorString();
        return std::nullopt;
    }
    Q_EMIT outboxChanged(*id);
    // Wake at the undo window's end; the scheduler's own timer would too, within a minute.
    const qint64 wait
        = notBefore.isValid() ? qMax<qint64>(0, m_store->now().msecsTo(notBefore)) : 0;
    QTimer::singleShot(
        int(qMin<qint64>(wait + 50, 60'000)), m_scheduler.get(), &OutboxScheduler::poke);
    return id;
}

// What the worker thread and the job share; the worker touches only this.
struct EnqueueJob::Work
{
    MessageDraft draft;
    QString account;
    QDateTime notBefore;
    std::atomic_bool cancelled { false };
    // Set by the worker:
    SmtpEnvelope envelope;
    std::optional<OutboxStore::SpoolFile> file;
    QString error;
    bool recorded = false;
};

EnqueueJob *AppController::startEnqueue(
    const MessageDraft &draft, const QString &account, const QDateTime &notBefore, QObject *parent)
{
    auto *job = new EnqueueJob(parent);
    job->m_controller = this;
    job->m_work = std::make_shared<EnqueueJob::Work>();
    job->m_work->draft = draft;
    job->m_work->account = account;
    job->m_work->notBefore = notBefore;
    job->m_thread = QThread::create([work = job->m_work, profile = m_profile] {
        work->file = OutboxStore::spool(
            profile, draftWriter(work->draft, &work->envelope), &work->error, &work->cancelled);
    });
    connect(job->m_thread, &QThread::finished, job, &EnqueueJob::onWritten);
    job->m_thread->start(QThread::LowPriority);
    return job;
}

EnqueueJob::EnqueueJob(QObject *parent)
    : QObject(parent)
{ }

EnqueueJob::~EnqueueJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    // Written but never recorded (cancelled at the last moment): no orphan in the spool.
    if (m_work && m_work->file && !m_work->recorded)
        QFile::remove(m_work->file->path);
}

void EnqueueJob::cancel()
{
    if (m_work)
        m_work->cancelled = true;
}

void EnqueueJob::onWritten()
{
    Work &work = *m_work;
    QString error = work.error;
    std::optional<qint64> id;
    if (work.file && !work.cancelled && m_controller) {
        id = m_controller->record(
            *work.file, work.envelope, work.account, work.draft.subject, work.notBefore, &error);
        work.recorded = id.has_value();
        work.file.reset(); // recorded, or removed by enqueueSpooled()
    } else {
        if (work.file) { // cancelled after it was written, or the controller is gone
            QFile::remove(work.file->path);
            work.file.reset();
        }
        if (work.cancelled)
            error = OutboxStore::tr("cancelled");
    }
    if (id)
        Q_EMIT queued(*id);
    else
        Q_EMIT failed(error);
}

bool AppController::unsend(qint64 id, QString *error)
{
    const std::optional<OutboxMessage> message = m_store->message(id);
    if (!message || message->state != MessageState::Queued) {
        *error = message ? tr("the message is already on its way") : m_store->errorString();
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
    const bool ok = applied(m_store->retryNow(id), m_store.get(), error);
    m_scheduler->poke();
    Q_EMIT outboxChanged(id);
    return ok;
}

bool AppController::hold(qint64 id, QString *error)
{
    const bool ok = applied(m_store->hold(id), m_store.get(), error);
    Q_EMIT outboxChanged(id);
    return ok;
}

bool AppController::release(qint64 id, QString *error)
{
    const bool ok = applied(m_store->release(id), m_store.get(), error);
    m_scheduler->poke();
    Q_EMIT outboxChanged(id);
    return ok;
}

bool AppController::remove(qint64 id, QString *error)
{
    const bool ok = applied(m_store->remove(id), m_store.get(), error);
    Q_EMIT outboxChanged(id);
    return ok;
}

bool AppController::restore(qint64 id, QString *error)
{
    const bool ok = applied(m_store->restore(id), m_store.get(), error);
    m_scheduler->poke(); // a restored waiting message may be due
    Q_EMIT outboxChanged(id);
    return ok;
}

QStringList AppController::knownAddresses() const
{
    QSet<QString> seen;
    QStringList addresses;
    auto add = [&](const QString &address) {
        if (!address.isEmpty() && !seen.contains(address.toLower())) {
            seen.insert(address.toLower());
            addresses << address;
        }
    };
    for (const Account &a : accounts())
        add(a.address);
    for (const OutboxMessage &m : m_store->messages()) {
        for (const OutboxRecipient &r : m.recipients)
            add(r.address);
    }
    return addresses;
}
