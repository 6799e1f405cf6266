// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Memory: a message with a 25 MB attachment is built, sent and parsed in constant memory.
//
// The bound: the peak resident set (VmHWM) may grow by less than 16 MiB over what the process
// used before each step, while 25 MiB of attachment (34 MB of base64) passes through. Holding
// the attachment or the message in memory even once would exceed it. The peak is reset before
// each step (Linux's /proc/self/clear_refs, "5"); where that is refused, the step is measured
// against the process's earlier peak, which only makes the bound stricter. Each figure is
// printed, so the test doubles as the benchmark.

#include "serverprocess.h"

#include "../smtp/sessionrun.h"

#include "mime/messagetree.h"
#include "mime/messagewriter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 AttachmentBytes = 25 * 1024 * 1024;
constexpr qint64 BoundKiB = 16 * 1024;
// Under a sanitizer (-DOUTBOUND_SANITIZE) the resident set also holds the sanitizer's own
// memory: shadow bytes for every allocation and a quarantine that keeps freed blocks (256 MiB
// by default), so a bound on it says nothing about ours. The steps still run, under the
// sanitizer; their figures are printed, the bound is not checked.
#ifdef OUTBOUND_SANITIZED
constexpr bool BoundApplies = false;
#else
constexpr bool BoundApplies = true;
#endif

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression pattern(QLatin1String(field) + QStringLiteral(":\\s+(\\d+) kB"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// Resets the peak to the current resident set; returns the baseline to measure growth from.
qint64 startMeasuring()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1) {
        clearRefs.close();
        return statusKiB("VmRSS");
    }
    return statusKiB("VmHWM");
}

qint64 growthSince(qint64 baselineKiB, const char *step)
{
    const qint64 peak = statusKiB("VmHWM");
    const qint64 growth = peak - baselineKiB;
    qInfo("%s with a %lld MiB attachment: peak RSS grew by %lld KiB (%.1f MiB; bound %lld MiB%s)",
        step, AttachmentBytes / (1024 * 1024), growth, double(growth) / 1024.0, BoundKiB / 1024,
        BoundApplies ? "" : ", not checked under a sanitizer");
    return growth;
}

} // namespace

class tst_MessageMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void build();
    void send();
    void parse();

private:
    QTemporaryDir m_dir;
    QString m_attachment;
    QString m_spool;
    SmtpEnvelope m_envelope;
};

void tst_MessageMemory::initTestCase()
{
    if (statusKiB("VmHWM") < 0)
        QSKIP("no /proc/self/status here");
    // Written in 1 MiB blocks, so generating it costs no memory either.
    m_attachment = m_dir.filePath(QStringLiteral("big.bin"));
    QFile file(m_attachment);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(25);
    for (qint64 written = 0; written < AttachmentBytes; written += block.size()) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        QCOMPARE(file.write(block), block.size());
    }
    file.close();
    m_spool = m_dir.filePath(QStringLiteral("big.eml"));
}

void tst_MessageMemory::build()
{
    MessageDraft draft;
    draft.from = MailAddress(QStringLiteral("alice@example.org"));
    draft.to = { MailAddress(QStringLiteral("bob@example.net")) };
    draft.subject = QStringLiteral("25 MB");
    draft.plainBody = QStringLiteral("Attached.\n");
    draft.htmlBody = QStringLiteral("<p>Attached.</p>");
    draft.attachments = { { m_attachment, QStringLiteral("big.bin"), {}, {} } };
    MessageWriter writer(draft);

    const qint64 baseline = startMeasuring();
    QVERIFY2(writer.writeToSpoolFile(m_spool), qPrintable(writer.errorString()));
    const qint64 growth = growthSince(baseline, "Building the message");
    QVERIFY(writer.size() > AttachmentBytes * 4 / 3);
    QVERIFY2(!BoundApplies || growth < BoundKiB,
        qPrintable(QStringLiteral("grew by %1 KiB").arg(growth)));
    m_envelope = writer.envelope();
}

void tst_MessageMemory::send()
{
    if (m_envelope.recipients.isEmpty())
        QSKIP("build() failed");
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SmtpServerSettings settings = loopbackSettings(server.port(), ConnectionSecurity::None);
    settings.timeouts = SmtpTimeouts::uniform(60000);
    SessionRun run(settings);
    auto body = std::make_unique<QFile>(m_spool);
    QVERIFY(body->open(QIODevice::ReadOnly));
    const qint64 size = body->size();

    const qint64 baseline = startMeasuring();
    run.replies.emplace_back(run.session.send(m_envelope, std::move(body), size));
    QVERIFY(run.run(120000));
    const qint64 growth = growthSince(baseline, "Sending the message");
    QVERIFY2(
        !run.replies.front()->error().isError(), qPrintable(run.replies.front()->errorString()));
    QVERIFY2(!BoundApplies || growth < BoundKiB,
        qPrintable(QStringLiteral("grew by %1 KiB").arg(growth)));

    const QList<ReceivedMessage> received = server.waitForMessages(1, 30000);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().content.size(), size);
}

void tst_MessageMemory::parse()
{
    if (m_envelope.recipients.isEmpty())
        QSKIP("build() failed");
    MessageTree tree;
    const qint64 baseline = startMeasuring();
    QVERIFY2(tree.readFile(m_spool), qPrintable(tree.errorString()));
    const qint64 growth = growthSince(baseline, "Parsing the message");
    QCOMPARE(tree.root().children.size(), 2);
    QCOMPARE(tree.root().children.at(1).decodedSize, AttachmentBytes);
    QVERIFY2(!BoundApplies || growth < BoundKiB,
        qPrintable(QStringLiteral("grew by %1 KiB").arg(growth)));
}

QTEST_GUILESS_MAIN(tst_MessageMemory)
#include "tst_messagememory.moc"
