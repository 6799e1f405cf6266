// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Outbox: enqueue jobs on a worker thread (progress, cancel, a clear error, nothing left
// behind), the watch that sees what another store or process commits to the same profile, the
// background sweep of the spool,
// and the scheduler's injected session factory and credentials source, against aiosmtpd.
#include "outboxtesting.h"
#include "serverprocess.h"

#include "accounts/credentialsrequest.h"
#include "outbox/outbox.h"
#include "smtp/smtpsession.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace OutboxTesting;

namespace {

const QString Ada = QStringLiteral("ada@example.org");

// A message source that writes `chunks` chunks of 64 KiB (after the headers of
// testMessage(tag)), pausing `pauseMs` between them, and notes the thread it ran on.
struct SlowSource
{
    QString tag;
    int chunks = 16;
    int pauseMs = 0;
    std::shared_ptr<std::atomic<QThread *>> thread = std::make_shared<std::atomic<QThread *>>();

    bool operator()(QIODevice *out, SmtpEnvelope *env, QString *error) const
    {
        thread->store(QThread::currentThread());
        if (out->write(testMessage(tag, QByteArray())) < 0) {
            *error = out->errorString();
            return false;
        }
        const QByteArray line = QByteArray(78, 'x') + "\r\n";
        QByteArray chunk;
        while (chunk.size() < 64 * 1024)
            chunk += line;
        for (int i = 0; i < chunks; ++i) {
            if (out->write(chunk) != chunk.size()) {
                *error = out->errorString();
                return false;
            }
            if (pauseMs)
                QThread::msleep(pauseMs);
        }
        *env = envelope(Ada, { QStringLiteral("bob@example.org") });
        return true;
    }
};

bool saveAccount(const Profile &profile, const Account &account)
{
    QString error;
    const bool ok = AccountStore(profile.accountsFile()).save(account, &error);
    if (!ok)
        qWarning("cannot save the account: %s", qPrintable(error));
    return ok;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enqueueWritesOnAWorkerThread();
    void enqueueReportsTheSourcesError();
    void cancelLeavesNothingBehind();
    void deletingTheJobLeavesNothingBehind();
    void changeByAnotherStoreIsSeen();
    void startedOutboxSweepsTheSpoolInTheBackground();
    void injectedSessionFactoryAndCredentials();
};

void TestOutbox::enqueueWritesOnAWorkerThread()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    Outbox outbox(profile);
    QString error;
    QVERIFY2(outbox.open(&error), qPrintable(error));

    SlowSource source { QStringLiteral("big"), 64, 0 }; // 4 MiB
    QSignalSpy changed(&outbox, &Outbox::messageChanged);
    EnqueueJob *job = outbox.startEnqueue(QStringLiteral("work"), source,
        OutboxStore::EnqueueOptions { QStringLiteral("Big"), {}, false }, this);
    QSignalSpy queued(job, &EnqueueJob::queued);
    QSignalSpy failed(job, &EnqueueJob::failed);
    QSignalSpy progress(job, &EnqueueJob::progress);
    QVERIFY(queued.wait(30000));
    QCOMPARE(failed.count(), 0);

    QVERIFY(source.thread->load() != nullptr);
    QVERIFY(source.thread->load() != QThread::currentThread());
    const qint64 id = queued.first().first().toLongLong();
    const std::optional<OutboxMessage> message = outbox.store()->message(id);
    QVERIFY(message);
    QCOMPARE(message->account, QStringLiteral("work"));
    QCOMPARE(message->subject, QStringLiteral("Big"));
    QCOMPARE(message->envelope.sender, Ada);
    QVERIFY(message->size > 4 * 1024 * 1024);
    // The last progress is the whole message.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toLongLong(), message->size);
    QCOMPARE(job->bytesWritten(), message->size);
    QFile spooled(message->spoolFile);
    QVERIFY(spooled.open(QIODevice::ReadOnly));
    QCOMPARE(messageTag(spooled.read(4096)), QStringLiteral("big"));
    QVERIFY(changed.contains(QVariantList { id }));
    delete job;
}

void TestOutbox::enqueueReportsTheSourcesError()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    Outbox outbox(profile);
    QString error;
    QVERIFY2(outbox.open(&error), qPrintable(error));
    EnqueueJob *job = outbox.startEnqueue(
        QStringLiteral("work"),
        [](QIODevice *out, SmtpEnvelope *, QString *why) {
            out->write("From: a@example.org\r\n");
            *why = QStringLiteral("the attachment /tmp/gone.pdf cannot be read");
            return false;
        },
        {}, this);
    QSignalSpy failed(job, &EnqueueJob::failed);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().toString(),
        QStringLiteral("the attachment /tmp/gone.pdf cannot be read"));
    QVERIFY(outbox.store()->messages().isEmpty());
    QCOMPARE(spoolEntries(profile), QStringList());
    delete job;
}

void TestOutbox::cancelLeavesNothingBehind()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    Outbox outbox(profile);
    QString error;
    QVERIFY2(outbox.open(&error), qPrintable(error));

    // Long enough (about 20 s) that it is still writing when cancelled.
    SlowSource source { QStringLiteral("cancelled"), 2000, 10 };
    EnqueueJob *job = outbox.startEnqueue(QStringLiteral("work"), source, {}, this);
    QSignalSpy failed(job, &EnqueueJob::failed);
    QSignalSpy queued(job, &EnqueueJob::queued);
    QSignalSpy progress(job, &EnqueueJob::progress);
    QTRY_VERIFY_WITH_TIMEOUT(
        !progress.isEmpty() && progress.last().first().toLongLong() > 0, 10000);
    QElapsedTimer timer;
    timer.start();
    job->cancel();
    QVERIFY(failed.wait(10000));
    QVERIFY(timer.elapsed() < 5000); // stopped at its next write, not at the end
    QCOMPARE(queued.count(), 0);
    QCOMPARE(failed.first().first().toString(), OutboxStore::tr("cancelled"));
    QVERIFY(outbox.store()->messages().isEmpty());
    QCOMPARE(spoolEntries(profile), QStringList());
    delete job;
}

void TestOutbox::deletingTheJobLeavesNothingBehind()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    QString error;
    {
        Outbox outbox(profile);
        QVERIFY2(outbox.open(&error), qPrintable(error));
        SlowSource source { QStringLiteral("dropped"), 2000, 10 };
        EnqueueJob *job = outbox.startEnqueue(QStringLiteral("work"), source, {}, nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(job->bytesWritten() > 0, 10000);
        delete job; // waits for the worker, which stops at its next write
        QVERIFY(outbox.store()->messages().isEmpty());
    }
    QCOMPARE(spoolEntries(profile), QStringList());
}

void TestOutbox::changeByAnotherStoreIsSeen()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    QVERIFY(saveAccount(profile, loopbackAccount(QStringLiteral("work"), server.port())));

    // The delivering outbox, as the app or `outboundctl queue run` has it: started, with
    // nothing of its own due, so only the watch can wake it.
    Outbox running(profile);
    QString error;
    QVERIFY2(running.open(&error), qPrintable(error));
    running.setWatchInterval(50);
    QSignalSpy changed(&running, &Outbox::messageChanged);
    QSignalSpy finished(&running, &Outbox::attemptFinished);
    running.start();

    // Another store on the same profile (another outboundctl) enqueues and wakes nobody.
    Outbox other(profile);
    QVERIFY2(other.open(&error), qPrintable(error));
    QBuffer bytes;
    bytes.setData(testMessage(QStringLiteral("elsewhere")));
    bytes.open(QIODevice::ReadOnly);
    const std::optional<qint64> id = other.enqueue(QStringLiteral("work"),
        envelope(Ada, { QStringLiteral("bob@example.org") }), &bytes, {}, &error);
    QVERIFY2(id, qPrintable(error));

    QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList { qint64(0) }), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.first().at(0).toLongLong(), *id);
    QVERIFY(finished.first().at(1).value<AttemptResult>() == AttemptResult::Sent);
    const QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(messageTag(received.first().content), QStringLiteral("elsewhere"));
    QCOMPARE(other.store()->message(*id)->state, MessageState::Sent);
    running.stop();
}

// Opening reads no spool file; a started outbox (the app, `queue run`) removes old debris
// in the background, in small steps, and nothing any row references.
void TestOutbox::startedOutboxSweepsTheSpoolInTheBackground()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    QString error;
    QStringList kept;
    { // an outboundctl that has since exited: its lock is gone, its files are the rows'
        Outbox outbox(profile);
        QVERIFY2(outbox.open(&error), qPrintable(error));
        const std::unique_ptr<OutboxStore::Batch> batch = outbox.newBatch();
        for (int i = 0; i < 300; ++i) {
            QBuffer bytes;
            bytes.setData(testMessage(QStringLiteral("kept-%1").arg(i)));
            bytes.open(QIODevice::ReadOnly);
            QVERIFY2(batch->add(
                         QStringLiteral("work"), envelope(Ada, { Ada }), &bytes, { {}, {}, true }),
                qPrintable(batch->errorString()));
        }
        QSignalSpy changed(&outbox, &Outbox::messageChanged);
        const std::optional<QList<qint64>> ids = outbox.commit(batch.get(), &error);
        QVERIFY2(ids && ids->size() == 300, qPrintable(error));
        QCOMPARE(changed.count(), 1);
        for (const qint64 id : *ids) {
            kept << outbox.store()->message(id)->spoolFile;
            // Old, as a year-old message's file is.
            QFile file(kept.last());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(
                QDateTime::currentDateTimeUtc().addDays(-300), QFileDevice::FileModificationTime));
        }
    }
    const QString debris = profile.spoolDir() + QStringLiteral("/left-by-a-crash.eml");
    {
        QFile file(debris);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("debris");
        QVERIFY(file.flush());
        QVERIFY(file.setFileTime(
            QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    Outbox other(profile);
    QVERIFY2(other.open(&error), qPrintable(error));
    QVERIFY(QFile::exists(debris));

    other.setSpoolSweepDelay(0);
    other.start();
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(debris), 10000);
    // The rest of the pass it is in, so that every file has been looked at.
    while (!other.store()->sweepSpool(1000)) { }
    for (const QString &file : std::as_const(kept))
        QVERIFY2(QFile::exists(file), qPrintable(file));
    other.stop();
}

void TestOutbox::injectedSessionFactoryAndCredentials()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    // The account names a port nobody listens on; the injected factory knows better.
    QVERIFY(saveAccount(profile, loopbackAccount(QStringLiteral("work"), 9)));

    Outbox outbox(profile);
    QString error;
    QVERIFY2(outbox.open(&error), qPrintable(error));
    QStringList sessions;
    outbox.scheduler()->setSessionFactory([&](const SmtpServerSettings &settings, QObject *parent) {
        sessions << QStringLiteral("%1:%2").arg(settings.host).arg(settings.port);
        SmtpServerSettings redirected = settings;
        redirected.port = server.port();
        return new SmtpSession(redirected, parent);
    });
    QStringList asked;
    outbox.scheduler()->setCredentialsSource([&](const Account &account, QObject *parent) {
        asked << account.name;
        return CredentialsRequest::start(account, CredentialsRequest::Service::Smtp, parent);
    });

    QBuffer bytes;
    bytes.setData(testMessage(QStringLiteral("injected")));
    bytes.open(QIODevice::ReadOnly);
    const std::optional<qint64> id = outbox.enqueue(QStringLiteral("work"),
        envelope(Ada, { QStringLiteral("bob@example.org") }), &bytes, {}, &error);
    QVERIFY2(id, qPrintable(error));
    QSignalSpy idle(&outbox, &Outbox::idle);
    outbox.flush();
    QVERIFY(idle.wait(15000));
    QCOMPARE(asked, QStringList { QStringLiteral("work") });
    QCOMPARE(sessions, QStringList { QStringLiteral("localhost:9") });
    QCOMPARE(outbox.store()->message(*id)->state, MessageState::Sent);
    QCOMPARE(server.waitForMessages(1).size(), 1);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
