// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "outbox.h"

#include "accounts/account.h"

#include <QFile>
#include <QThread>

namespace {

// Passes what a message source writes on to the spool file, counting it for progress().
class CountingDevice : public QIODevice
{
public:
    CountingDevice(QIODevice *target, std::atomic<qint64> *written)
        : m_target(target)
        , m_written(written)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        const qint64 n = m_target->write(data, length);
        if (n < 0)
            setErrorString(m_target->errorString());
        else
            m_written->fetch_add(n);
        return n;
    }

private:
    QIODevice *m_target;
    std::atomic<qint64> *m_written;
};

// The spool writer for `source`, noting the envelope it makes and counting what it writes.
OutboxStore::SpoolWriter spoolWriter(
    const MessageSource &source, SmtpEnvelope *envelope, std::atomic<qint64> *written)
{
    return [&source, envelope, written](QIODevice *out, QString *error) {
        if (!written)
            return source(out, envelope, error);
        CountingDevice counting(out, written);
        return source(&counting, envelope, error);
    };
}

} // namespace

Outbox::Outbox(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    // outboundctl may enqueue or deliver from another process at any time.
    m_watch.setInterval(1500);
    connect(&m_watch, &QTimer::timeout, this, &Outbox::lookElsewhere);
    m_sweep.setSingleShot(true);
    connect(&m_sweep, &QTimer::timeout, this, &Outbox::sweepSpoolStep);
}

Outbox::~Outbox()
{
    // The scheduler's sessions go before the store they report to.
    m_scheduler.reset();
    m_store.reset();
}

bool Outbox::open(QString *error)
{
    auto store = std::make_unique<OutboxStore>(m_profile);
    if (!store->open()) {
        *error = store->errorString();
        return false;
    }
    m_store = std::move(store);
    return true;
}

OutboxScheduler *Outbox::scheduler()
{
    if (m_scheduler || !m_store)
        return m_scheduler.get();
    const QString accountsFile = m_profile.accountsFile();
    m_scheduler = std::make_unique<OutboxScheduler>(m_store.get(),
        [accountsFile](const QString &name) { return AccountStore(accountsFile).find(name); });
    OutboxScheduler *scheduler = m_scheduler.get();
    connect(scheduler, &OutboxScheduler::messageChanged, this, &Outbox::messageChanged);
    connect(scheduler, &OutboxScheduler::attemptFinished, this, &Outbox::attemptFinished);
    connect(scheduler, &OutboxScheduler::transcriptEntry, this, &Outbox::transcriptEntry);
    connect(scheduler, &OutboxScheduler::sendProgress, this, &Outbox::sendProgress);
    connect(
        scheduler, &OutboxScheduler::accountNeedsAttention, this, &Outbox::accountNeedsAttention);
    connect(scheduler, &OutboxScheduler::onlineChanged, this, &Outbox::onlineChanged);
    connect(scheduler, &OutboxScheduler::idle, this, &Outbox::idle);
    return scheduler;
}

void Outbox::start()
{
    scheduler()->start();
    // The scheduler alone would sleep while nothing of its own is due.
    (void)m_store->changedElsewhere(); // baseline
    m_watch.start();
    m_sweep.start(m_sweepDelay);
}

void Outbox::sweepSpoolStep()
{
    // A few milliseconds a step (a stat and an index seek per entry), so that the thread
    // this runs on (the app's GUI thread) never notices; a pass over 100,000 files takes
    // a few minutes.
    constexpr int EntriesPerStep = 200;
    constexpr int StepIntervalMs = 250;
    constexpr int PassIntervalMs = 24 * 60 * 60 * 1000;
    const bool passDone = m_store->sweepSpool(EntriesPerStep);
    m_sweep.start(passDone ? PassIntervalMs : StepIntervalMs);
}

void Outbox::flush()
{
    scheduler()->flush();
}

void Outbox::stop()
{
    m_watch.stop();
    m_sweep.stop();
    if (m_scheduler)
        m_scheduler->stop();
}

void Outbox::poke()
{
    if (m_scheduler)
        m_scheduler->poke(); // nothing to wake otherwise
}

void Outbox::lookElsewhere()
{
    if (m_store->changedElsewhere()) {
        poke();
        Q_EMIT messageChanged(0);
    }
}

std::optional<qint64> Outbox::enqueue(const QString &account, const SmtpEnvelope &envelope,
    QIODevice *message, const OutboxStore::EnqueueOptions &options, QString *error)
{
    const std::optional<qint64> id = m_store->enqueue(account, envelope, message, options);
    if (!id) {
        *error = m_store->errorString();
        return std::nullopt;
    }
    Q_EMIT messageChanged(*id);
    return id;
}

std::optional<qint64> Outbox::enqueue(const QString &account, const MessageSource &source,
    const OutboxStore::EnqueueOptions &options, QString *error)
{
    SmtpEnvelope envelope;
    const std::optional<OutboxStore::SpoolFile> file = OutboxStore::spool(
        m_profile, spoolWriter(source, &envelope, nullptr), error, nullptr, m_store->claimantId());
    if (!file)
        return std::nullopt;
    return record(*file, envelope, account, options, error);
}

std::optional<qint64> Outbox::record(const OutboxStore::SpoolFile &file,
    const SmtpEnvelope &envelope, const QString &account,
    const OutboxStore::EnqueueOptions &options, QString *error)
{
    const std::optional<qint64> id = m_store->enqueueSpooled(account, envelope, file, options);
    if (!id) {
        *error = m_store->errorString();
        return std::nullopt;
    }
    Q_EMIT messageChanged(*id);
    // Wake at the undo window's end; the scheduler's own timer would too, within a minute.
    const qint64 wait = options.notBefore.isValid()
        ? qMax<qint64>(0, m_store->now().msecsTo(options.notBefore))
        : 0;
    QTimer::singleShot(int(qMin<qint64>(wait + 50, 60'000)), this, &Outbox::poke);
    return id;
}

std::unique_ptr<OutboxStore::Batch> Outbox::newBatch()
{
    return std::make_unique<OutboxStore::Batch>(m_store.get());
}

std::optional<QList<qint64>> Outbox::commit(OutboxStore::Batch *batch, QString *error)
{
    const std::optional<QList<qint64>> ids = batch->commit();
    if (!ids) {
        *error = batch->errorString();
        return std::nullopt;
    }
    if (!ids->isEmpty())
        Q_EMIT messageChanged(ids->size() == 1 ? ids->first() : 0);
    return ids;
}

EnqueueJob *Outbox::startEnqueue(const QString &account, MessageSource source,
    const OutboxStore::EnqueueOptions &options, QObject *parent)
{
    auto *job = new EnqueueJob(parent);
    job->m_outbox = this;
    job->m_work = std::make_shared<EnqueueJob::Work>();
    job->m_work->source = std::move(source);
    job->m_work->account = account;
    job->m_work->options = options;
    job->m_thread
        = QThread::create([work = job->m_work, profile = m_profile, owner = m_store->claimantId()] {
              work->file = OutboxStore::spool(profile,
                  spoolWriter(work->source, &work->envelope, &work->written), &work->error,
                  &work->cancelled, owner);
          });
    connect(job->m_thread, &QThread::finished, job, &EnqueueJob::onWritten);
    job->m_progress.start();
    job->m_thread->start(QThread::LowPriority);
    return job;
}

EnqueueJob::EnqueueJob(QObject *parent)
    : QObject(parent)
{
    // Progress is read from the worker's counter, at most ten times a second.
    m_progress.setInterval(100);
    connect(&m_progress, &QTimer::timeout, this, [this] {
        const qint64 written = bytesWritten();
        if (written != m_reported) {
            m_reported = written;
            Q_EMIT progress(written);
        }
    });
}

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
    m_progress.stop();
    Work &work = *m_work;
    QString error = work.error;
    std::optional<qint64> id;
    if (work.file && !work.cancelled && m_outbox) {
        if (bytesWritten() != m_reported)
            Q_EMIT progress(bytesWritten());
        id = m_outbox->record(*work.file, work.envelope, work.account, work.options, &error);
        work.recorded = id.has_value();
        work.file.reset(); // recorded, or removed by enqueueSpooled()
    } else {
        if (work.file) { // cancelled after it was written, or the outbox is gone
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
