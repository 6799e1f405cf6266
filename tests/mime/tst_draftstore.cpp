// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// DraftStore: drafts saved, listed, read back and removed as 0600 files in a 0700 folder; a
// draft file written by earlier versions still loads; a queued message taken back for editing
// keeps its Bcc, which only its envelope holds.

#include "mime/draftstore.h"
#include "mime/messagewriter.h"

#include "core/profile.h"
#include "outbox/outboxstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

MessageAttachment attachment(const QString &path, const QString &name, const QString &cid = {})
{
    MessageAttachment a;
    a.filePath = path;
    a.fileName = name;
    a.mimeType = QStringLiteral("application/pdf");
    a.contentId = cid;
    return a;
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

QStringList addresses(const QList<MailAddress> &list)
{
    QStringList out;
    for (const MailAddress &address : list)
        out << address.address();
    return out;
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndRestore();
    void listNewestFirstAndRemove();
    void privateFiles();
    void oldFormatStillLoads();
    void notADraft();
    void queuedMessageKeepsBcc();
};

void TestDraftStore::saveAndRestore()
{
    QTemporaryDir dir;
    const DraftStore store(dir.filePath(QStringLiteral("drafts")));
    SavedDraft draft;
    draft.account = QStringLiteral("work");
    draft.to = QStringLiteral("Bob <bob@example.org>, not an addr");
    draft.cc = QStringLiteral("carol@example.org");
    draft.bcc = QStringLiteral("dave@example.org");
    draft.subject = QStringLiteral("Grüße");
    draft.rich = true;
    draft.body = QStringLiteral("<p>Hello <img src=\"cid:a@b\"></p>");
    draft.attachments = { attachment(QStringLiteral("/tmp/a.pdf"), QStringLiteral("Report.pdf")) };
    draft.inlineImages = { attachment(
        QStringLiteral("/tmp/i.png"), QStringLiteral("i.png"), QStringLiteral("a@b")) };

    const QString id = DraftStore::newId();
    QString error;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY2(store.save(id, draft, &error), qPrintable(error));
    QCOMPARE(DraftStore::idOf(store.filePath(id)), id);

    const std::optional<SavedDraft> loaded = DraftStore::load(store.filePath(id), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->account, draft.account);
    QCOMPARE(loaded->to, draft.to); // as typed, even where it does not parse
    QCOMPARE(loaded->cc, draft.cc);
    QCOMPARE(loaded->bcc, draft.bcc);
    QCOMPARE(loaded->subject, draft.subject);
    QCOMPARE(loaded->rich, true);
    QCOMPARE(loaded->body, draft.body);
    QCOMPARE(loaded->attachments.size(), 1);
    QCOMPARE(loaded->attachments[0].filePath, QStringLiteral("/tmp/a.pdf"));
    QCOMPARE(loaded->attachments[0].fileName, QStringLiteral("Report.pdf"));
    QCOMPARE(loaded->attachments[0].mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(loaded->inlineImages.size(), 1);
    QCOMPARE(loaded->inlineImages[0].contentId, QStringLiteral("a@b"));
    QVERIFY(loaded->saved >= before);

    // Saving again replaces the file.
    draft.subject = QStringLiteral("Second");
    QVERIFY2(store.save(id, draft, &error), qPrintable(error));
    QCOMPARE(DraftStore::load(store.filePath(id))->subject, QStringLiteral("Second"));
    QCOMPARE(store.list().size(), 1);
}

void TestDraftStore::listNewestFirstAndRemove()
{
    QTemporaryDir dir;
    const DraftStore store(dir.filePath(QStringLiteral("drafts")));
    QVERIFY(store.list().isEmpty()); // no folder yet
    QString error;
    SavedDraft draft;
    draft.subject = QStringLiteral("old");
    QVERIFY2(store.save(QStringLiteral("one"), draft, &error), qPrintable(error));
    draft.subject = QStringLiteral("new");
    QVERIFY2(store.save(QStringLiteral("two"), draft, &error), qPrintable(error));
    // Listed by modification time; make the order certain.
    QFile old(store.filePath(QStringLiteral("one")));
    QVERIFY(old.open(QIODevice::ReadWrite));
    QVERIFY(old.setFileTime(
        QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    old.close();
    // An edit-<id> folder and other files are not drafts.
    QVERIFY(QDir().mkpath(store.editFolder(7)));
    QFile other(dir.filePath(QStringLiteral("drafts/notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();

    QCOMPARE(store.list(),
        QStringList(
            { store.filePath(QStringLiteral("two")), store.filePath(QStringLiteral("one")) }));
    QCOMPARE(store.editFolder(7), dir.filePath(QStringLiteral("drafts/edit-7")));

    QVERIFY(store.remove(QStringLiteral("two")));
    QVERIFY(!QFile::exists(store.filePath(QStringLiteral("two"))));
    QVERIFY(store.remove(QStringLiteral("two"))); // already gone
    QCOMPARE(store.list(), QStringList { store.filePath(QStringLiteral("one")) });
}

void TestDraftStore::privateFiles()
{
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.path());
    const DraftStore store(profile);
    QCOMPARE(store.folder(), dir.filePath(QStringLiteral("drafts")));
    const mode_t oldMask = ::umask(0);
    SavedDraft draft;
    draft.body = QStringLiteral("secret plans");
    QString error;
    const bool saved = store.save(QStringLiteral("d"), draft, &error);
    // An existing file with a looser mode is replaced by a private one.
    QFile loose(store.filePath(QStringLiteral("e")));
    const bool opened = loose.open(QIODevice::WriteOnly);
    loose.close();
    loose.setPermissions(QFileDevice::Permissions(0x7777));
    const bool savedOver = store.save(QStringLiteral("e"), draft, &error);
    ::umask(oldMask);
    QVERIFY2(saved && opened && savedOver, qPrintable(error));
    QCOMPARE(modeOf(store.folder()), mode_t(0700));
    QCOMPARE(modeOf(store.filePath(QStringLiteral("d"))), mode_t(0600));
    QCOMPARE(modeOf(store.filePath(QStringLiteral("e"))), mode_t(0600));
}

void TestDraftStore::oldFormatStillLoads()
{
    // Exactly what the compose window wrote before DraftStore existed.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("drafts"))));
    const QString path
        = dir.filePath(QStringLiteral("drafts/0b5d7e9a-4c1e-4f5a-9d0e-1f2a3b4c5d6e.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
    "account": "Sandbox",
    "attachments": [
        {
            "contentId": "",
            "mimeType": "",
            "name": "notes.txt",
            "path": "/home/ada/notes.txt"
        }
    ],
    "bcc": "",
    "body": "Dear Bob,\n\nsee the notes.\n-- \nAda",
    "cc": "carol@",
    "inline": [
    ],
    "rich": false,
    "saved": "2026-11-02T09:15:00.123Z",
    "subject": "Notes",
    "to": "Bob <bob@example.org>",
    "version": 1
}
)");
    file.close();

    const DraftStore store(Profile::resolve(dir.path()));
    QCOMPARE(store.list(), QStringList { path });
    QString error;
    const std::optional<SavedDraft> draft = DraftStore::load(path, &error);
    QVERIFY2(draft, qPrintable(error));
    QCOMPARE(draft->account, QStringLiteral("Sandbox"));
    QCOMPARE(draft->to, QStringLiteral("Bob <bob@example.org>"));
    QCOMPARE(draft->cc, QStringLiteral("carol@"));
    QCOMPARE(draft->subject, QStringLiteral("Notes"));
    QCOMPARE(draft->rich, false);
    QCOMPARE(draft->body, QStringLiteral("Dear Bob,\n\nsee the notes.\n-- \nAda"));
    QCOMPARE(draft->attachments.size(), 1);
    QCOMPARE(draft->attachments[0].filePath, QStringLiteral("/home/ada/notes.txt"));
    QCOMPARE(draft->attachments[0].fileName, QStringLiteral("notes.txt"));
    QVERIFY(draft->inlineImages.isEmpty());
    QCOMPARE(draft->saved, QDateTime(QDate(2026, 11, 2), QTime(9, 15, 0, 123), Qt::UTC));
    QCOMPARE(DraftStore::idOf(path), QStringLiteral("0b5d7e9a-4c1e-4f5a-9d0e-1f2a3b4c5d6e"));
}

void TestDraftStore::notADraft()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!DraftStore::load(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(!error.isEmpty());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[1, 2");
    file.close();
    error.clear();
    QVERIFY(!DraftStore::load(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestDraftStore::queuedMessageKeepsBcc()
{
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.path());
    QString error;
    QVERIFY2(profile.ensureExists(&error), qPrintable(error));

    MessageDraft draft;
    draft.from = MailAddress(QStringLiteral("ada@example.org"), QStringLiteral("Ada"));
    draft.to = { MailAddress(QStringLiteral("bob@Example.ORG"), QStringLiteral("Bob")) };
    draft.cc = { MailAddress(QStringLiteral("carol@bücher.example")) };
    draft.bcc = { MailAddress(QStringLiteral("dave@example.net")),
        MailAddress(QStringLiteral("erin@example.com")) };
    draft.subject = QStringLiteral("Plans");
    draft.plainBody = QStringLiteral("Hello\n");

    // A real queued message: written by MessageWriter, spooled and recorded by OutboxStore.
    MessageWriter writer(draft);
    QBuffer bytes;
    QVERIFY(bytes.open(QIODevice::ReadWrite));
    QVERIFY2(writer.write(&bytes), qPrintable(writer.errorString()));
    QVERIFY(!bytes.data().contains("dave@example.net")); // Bcc is not in the message
    bytes.seek(0);
    OutboxStore outbox(profile);
    QVERIFY2(outbox.open(), qPrintable(outbox.errorString()));
    OutboxStore::EnqueueOptions options;
    options.subject = draft.subject;
    options.held = true;
    const std::optional<qint64> id
        = outbox.enqueue(QStringLiteral("work"), writer.envelope(), &bytes, options);
    QVERIFY2(id, qPrintable(outbox.errorString()));
    const std::optional<OutboxMessage> queued = outbox.message(*id);
    QVERIFY(queued);
    QCOMPARE(queued->envelope.recipients.size(), 4);

    const DraftStore store(profile);
    const QString folder = store.editFolder(*id);
    const std::optional<MessageDraft> edit = DraftStore::draftForEditing(
        queued->spoolFile, queued->envelope.recipients, folder, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(addresses(edit->to), QStringList { QStringLiteral("bob@Example.ORG") });
    QCOMPARE(edit->cc.size(), 1);
    // Bcc back from the envelope: the recipients in neither To nor Cc, however the envelope
    // spells the domains of those that are.
    QCOMPARE(addresses(edit->bcc),
        QStringList({ QStringLiteral("dave@example.net"), QStringLiteral("erin@example.com") }));
    QCOMPARE(edit->subject, QStringLiteral("Plans"));
    QCOMPARE(edit->from.address(), QStringLiteral("ada@example.org"));

    // Without the envelope there is no Bcc; a recipient listed twice comes back once.
    QVERIFY(DraftStore::draftForEditing(queued->spoolFile, {}, folder)->bcc.isEmpty());
    const QStringList twice = { QStringLiteral("dave@example.net"),
        QStringLiteral("dave@EXAMPLE.net"), QStringLiteral("BOB@example.org") };
    QCOMPARE(addresses(DraftStore::draftForEditing(queued->spoolFile, twice, folder)->bcc),
        QStringList({ QStringLiteral("dave@example.net"), QStringLiteral("BOB@example.org") }));

    QVERIFY(
        !DraftStore::draftForEditing(dir.filePath(QStringLiteral("none.eml")), {}, folder, &error));
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
