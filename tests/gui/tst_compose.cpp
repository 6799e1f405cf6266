// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The compose window against a real AppController on a temporary profile: the sandbox server
// and the scheduler run, so a message typed into the window really goes, and the test reads
// what the sandbox captured.
#include "appcontroller.h"
#include "composewindow.h"
#include "mainwindow.h"

#include "sandbox/sandboxserver.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int DeliveryTimeoutMs = 30'000;

} // namespace

class TestCompose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void typedMessageReachesTheSandbox();
    void invalidAddressDisablesSend();
    void undoWithinTheWindowRemovesIt();
    void attachmentsShowSizesAndArrive();
    void droppedFilesAreAttached();
    void richTextWithInlineImage();
    void enqueueErrorKeepsEverything();
    void cancelWhileWritingLeavesNothing();
    void sendLaterSetsNotBefore();
    void draftsAreSavedAndRestored();
    void signatureFollowsTheIdentity();
    void oldSignatureAndSizeLimitAreKept();
    void completionReplacesTheLastEntry();

private:
    [[nodiscard]] QList<CapturedMessage> captured(const QString &subject) const;
    [[nodiscard]] QString writeFile(const QString &name, const QByteArray &content) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_controller;
};

void TestCompose::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_controller = std::make_unique<AppController>(Profile::resolve(m_dir->filePath(u"profile"_s)));
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
    QVERIFY(m_controller->account(AppController::sandboxAccountName()));
    QVERIFY(m_controller->sandbox() && m_controller->sandbox()->isListening());
}

void TestCompose::cleanupTestCase()
{
    m_controller.reset();
}

void TestCompose::init()
{
    ComposeWindow::setUndoSendSeconds(m_controller->profile(), 0);
}

QList<CapturedMessage> TestCompose::captured(const QString &subject) const
{
    QList<CapturedMessage> found;
    for (const CapturedMessage &message : m_controller->sandbox()->messages()) {
        if (message.content().contains((u"Subject: "_s + subject).toUtf8()))
            found << message;
    }
    return found;
}

QString TestCompose::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// ---- sending -----------------------------------------------------------------------------

void TestCompose::typedMessageReachesTheSandbox()
{
    ComposeWindow::setUndoSendSeconds(m_controller->profile(), 1);
    ComposeWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.accountName(), AppController::sandboxAccountName());

    auto *to = window.findChild<QLineEdit *>(u"to"_s);
    auto *cc = window.findChild<QLineEdit *>(u"cc"_s);
    auto *subject = window.findChild<QLineEdit *>(u"subject"_s);
    auto *body = window.findChild<QTextEdit *>(u"body"_s);
    auto *send = window.findChild<QPushButton *>(u"sendButton"_s);
    QVERIFY(to && cc && subject && body && send);
    QVERIFY(!send->isEnabled()); // no recipient yet

    to->setFocus();
    QTest::keyClicks(to, u"Bob <bob@example.org>"_s);
    QTest::keyClicks(cc, u"carol@example.org"_s);
    QTest::keyClicks(subject, u"Typed into the window"_s);
    body->setFocus();
    QTest::keyClicks(body, u"Hello from the compose test."_s);
    QVERIFY(send->isEnabled());

    QSignalSpy sent(&window, &ComposeWindow::sent);
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(window.pendingMessageId());
    const qint64 id = *window.pendingMessageId();
    const std::optional<OutboxMessage> queued = m_controller->store()->message(id);
    QVERIFY(queued);
    QCOMPARE(queued->subject, QStringLiteral("Typed into the window"));
    QVERIFY(window.findChild<QWidget *>(u"undoBar"_s)->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 5000);
    QCOMPARE(sent.first().first().toLongLong(), id);
    QTRY_VERIFY(!window.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(captured(u"Typed into the window"_s).size(), 1, DeliveryTimeoutMs);

    const CapturedMessage message = captured(u"Typed into the window"_s).first();
    QCOMPARE(message.mailFrom, QStringLiteral("you@sandbox.invalid"));
    QCOMPARE(message.rcptTos, (QStringList { u"bob@example.org"_s, u"carol@example.org"_s }));
    const QByteArray content = message.content();
    QVERIFY(content.contains("To: Bob <bob@example.org>"));
    QVERIFY(content.contains("Cc: carol@example.org"));
    QVERIFY(content.contains("From: Outbound Sandbox <you@sandbox.invalid>"));
    QVERIFY(content.contains("Hello from the compose test."));
    QVERIFY(!QFile::exists(window.draftFilePath()));
}

void TestCompose::invalidAddressDisablesSend()
{
    ComposeWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *to = window.findChild<QLineEdit *>(u"to"_s);
    auto *bcc = window.findChild<QLineEdit *>(u"bcc"_s);
    auto *toError = window.findChild<QLabel *>(u"toError"_s);
    auto *send = window.findChild<QPushButton *>(u"sendButton"_s);

    QTest::keyClicks(to, u"ada@example.org"_s);
    QVERIFY(send->isEnabled());
    QTest::keyClicks(bcc, u"not an address"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(!window.canSend());
    QCOMPARE(window.invalidFields().size(), 1);
    QVERIFY(window.invalidFields().first().startsWith(u"Bcc"_s));
    // Explained once typing pauses, next to the field.
    QTRY_VERIFY(window.findChild<QLabel *>(u"bccError"_s)->isVisible());
    QVERIFY(!toError->isVisible());
    QVERIFY(!window.findChild<QLabel *>(u"bccError"_s)->text().isEmpty());
    // Ctrl+Return does nothing either.
    const int before = m_controller->store()->messages().size();
    QTest::keyClick(bcc, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_controller->store()->messages().size(), before);

    bcc->clear();
    QVERIFY(send->isEnabled());
    QVERIFY(!window.findChild<QLabel *>(u"bccError"_s)->isVisible());

    // Pasted text may hold a line break, which would start a new header.
    to->setText(to->text() + u", \"Line\r\nBreak\" <x@example.org>"_s);
    QVERIFY(!send->isEnabled());
}

void TestCompose::undoWithinTheWindowRemovesIt()
{
    ComposeWindow::setUndoSendSeconds(m_controller->profile(), 60);
    ComposeWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClicks(window.findChild<QLineEdit *>(u"to"_s), u"ada@example.org"_s);
    QTest::keyClicks(window.findChild<QLineEdit *>(u"subject"_s), u"Taken back"_s);
    QTest::keyClicks(window.findChild<QTextEdit *>(u"body"_s), u"Never sent."_s);

    QVERIFY(window.send());
    QTRY_VERIFY(window.pendingMessageId());
    const qint64 id = *window.pendingMessageId();
    const std::optional<OutboxMessage> queued = m_controller->store()->message(id);
    QVERIFY(queued);
    QVERIFY(queued->notBefore > QDateTime::currentDateTimeUtc().addSecs(50));
    auto *undo = window.findChild<QPushButton *>(u"undoButton"_s);
    QVERIFY(undo->isVisible());
    QVERIFY(!window.findChild<QLineEdit *>(u"subject"_s)->isEnabled());
    QVERIFY(window.findChild<QLabel *>(u"undoText"_s)->text().contains(u"60"_s));

    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(!window.pendingMessageId());
    QVERIFY(!m_controller->store()->message(id));
    QVERIFY(window.isVisible());
    QVERIFY(!undo->isVisible());
    // Everything is back and editable.
    QCOMPARE(window.findChild<QLineEdit *>(u"subject"_s)->text(), QStringLiteral("Taken back"));
    QVERIFY(window.findChild<QLineEdit *>(u"subject"_s)->isEnabled());
    QVERIFY(window.draft().plainBody.startsWith(u"Never sent."_s));
    QVERIFY(window.findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
    QTest::qWait(300);
    QVERIFY(captured(u"Taken back"_s).isEmpty());
}

void TestCompose::attachmentsShowSizesAndArrive()
{
    const QByteArray first(1234, 'a');
    QByteArray second;
    for (int i = 0; i < 5000; ++i)
        second.append(char(i % 251));
    const QString firstPath = writeFile(u"notes.txt"_s, first);
    const QString secondPath = writeFile(u"data.bin"_s, second);
    QVERIFY(!firstPath.isEmpty() && !secondPath.isEmpty());

    ComposeWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClicks(window.findChild<QLineEdit *>(u"to"_s), u"ada@example.org"_s);
    QTest::keyClicks(window.findChild<QLineEdit *>(u"subject"_s), u"With attachments"_s);
    QVERIFY(window.addAttachment(firstPath));
    QVERIFY(window.addAttachment(secondPath));
    QString error;
    QVERIFY(!window.addAttachment(m_dir->filePath(u"missing.txt"_s), &error));
    QVERIFY(error.contains(u"missing.txt"_s));

    auto *list = window.findChild<QTreeWidget *>(u"attachments"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    const QLocale locale;
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("notes.txt"));
    QCOMPARE(list->topLevelItem(0)->text(1),
        locale.formattedDataSize(1234, 1, QLocale::DataSizeTraditionalFormat));
    QCOMPARE(list->topLevelItem(1)->text(1),
        locale.formattedDataSize(5000, 1, QLocale::DataSizeTraditionalFormat));
    QCOMPARE(window.attachmentsSize(), qint64(6234));
    const QString summary = window.findChild<QLabel *>(u"attachmentSummary"_s)->text();
    QVERIFY2(
        summary.contains(locale.formattedDataSize(6234, 1, QLocale::DataSizeTraditionalFormat)),
        qPrintable(summary));
    // The sandbox advertises SIZE, so the limit is shown.
    QVERIFY2(summary.contains(
                 locale.formattedDataSize(m_controller->sandbox()->settings().maxMessageSize, 1,
                     QLocale::DataSizeTraditionalFormat)),
        qPrintable(summary));

    QCOMPARE(window.draft().attachments.size(), 2);
    QVERIFY(window.send());
    QTRY_COMPARE_WITH_TIMEOUT(captured(u"With attachments"_s).size(), 1, DeliveryTimeoutMs);
    const QByteArray content = captured(u"With attachments"_s).first().content();
    QVERIFY(content.contains("filename=notes.txt") || content.contains("filename=\"notes.txt\""));
    QVERIFY(content.contains("data.bin"));
    QVERIFY(content.contains(first.toBase64().left(60)));
    QVERIFY(content.contains(second.toBase64().left(60)));
}

void TestCompose::droppedFilesAreAttached()
{
    const QString path = writeFile(u"dropped.txt"_s, "dropped\n");
    ComposeWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *body = window.findChild<QTextEdit *>(u"body"_s);
    const QString textBefore = body->toPlainText();

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = body->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(body->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(body->viewport(), &drop);
    QVERIFY(drop.isAccepted());

    QCOMPARE(window.findChild<QTreeWidget *>(u"attachments"_s)->topLevelItemCount(), 1);
    QCOMPARE(window.draft().attachments.first().fileName, QStringLiteral("dropped.txt"));
    QCOMPARE(body->toPlainText(), textBefore); // not pasted as a file name

    // Text without files is left to the editor.
    QMimeData text;
    text.setText(u"just text"_s);
    QDragEnterEvent textEnter(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(body->viewport(), &textEnter);
    QCOMPARE(window.findChild<QTreeWidget *>(u"attachments"_s)->topLevelItemCount(), 1);
}

void TestCompose::richTextWithInlineImage()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = m_dir->filePath(u"logo.png"_s);
    QVERIFY(image.save(path));

    ComposeWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClicks(window.findChild<QLineEdit *>(u"to"_s), u"ada@example.org"_s);
    QTest::keyClicks(window.findChild<QLineEdit *>(u"subject"_s), u"Rich with an image"_s);
    auto *body = window.findChild<QTextEdit *>(u"body"_s);
    QVERIFY(!window.isRichText());
    QTest::keyClicks(body, u"Look: "_s);
    QVERIFY(window.insertInlineImage(path));
    QVERIFY(window.isRichText());
    QString error;
    QVERIFY(!window.insertInlineImage(m_dir->filePath(u"missing.png"_s), &error));

    const MessageDraft draft = window.draft();
    QCOMPARE(draft.attachments.size(), 1);
    const MessageAttachment inlinePart = draft.attachments.first();
    QVERIFY(inlinePart.isInline());
    QVERIFY(draft.htmlBody.contains(u"cid:"_s + inlinePart.contentId));
    QVERIFY(draft.plainBody.contains(u"Look:"_s));
    QVERIFY(!draft.plainBody.contains(u'<'));
    QCOMPARE(window.attachmentsSize(), QFileInfo(path).size());

    QVERIFY(window.send());
    QTRY_COMPARE_WITH_TIMEOUT(captured(u"Rich with an image"_s).size(), 1, DeliveryTimeoutMs);
    const QByteArray content = captured(u"Rich with an image"_s).first().content();
    QVERIFY(content.contains("multipart/alternative"));
    QVERIFY(content.contains("multipart/related"));
    QVERIFY2(content.toLower().contains(
                 QByteArray("content-id: <" + inlinePart.contentId.toUtf8().toLower() + ">")),
        content.constData());
    QVERIFY(content.contains("text/plain"));
    QVERIFY(content.contains("text/html"));

    // Back to plain text drops the image, so nothing refers to a part that is not sent.
    ComposeWindow plain(m_controller.get());
    QVERIFY(plain.insertInlineImage(path));
    plain.setRichText(false);
    QVERIFY(plain.draft().attachments.isEmpty());
    QVERIFY(plain.draft().htmlBody.isEmpty());
}

void TestCompose::enqueueErrorKeepsEverything()
{
    const QString path = writeFile(u"vanishing.txt"_s, "soon gone\n");
    ComposeWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClicks(window.findChild<QLineEdit *>(u"to"_s), u"ada@example.org"_s);
    QTest::keyClicks(window.findChild<QLineEdit *>(u"subject"_s), u"Cannot be written"_s);
    QTest::keyClicks(window.findChild<QTextEdit *>(u"body"_s), u"Keep me."_s);
    QVERIFY(window.addAttachment(path));
    QVERIFY(QFile::remove(path));
    const int before = m_controller->store()->messages().size();
    const QDir spool(m_controller->profile().spoolDir());
    const int spooled = spool.entryList(QDir::Files).size();

    QVERIFY(window.send()); // the writing fails on its thread
    QTRY_VERIFY(window.findChild<QWidget *>(u"messageBar"_s)->isVisible());
    QCOMPARE(m_controller->store()->messages().size(), before);
    QCOMPARE(spool.entryList(QDir::Files).size(), spooled);
    QVERIFY(window.isVisible());
    QVERIFY(!window.findChild<QLabel *>(u"messageText"_s)->text().isEmpty());
    QCOMPARE(
        window.findChild<QLineEdit *>(u"subject"_s)->text(), QStringLiteral("Cannot be written"));
    QVERIFY(window.draft().plainBody.startsWith(u"Keep me."_s));
    QCOMPARE(window.draft().attachments.size(), 1);
    QVERIFY(window.findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
}

void TestCompose::cancelWhileWritingLeavesNothing()
{
    // A sparse file of zeros: big enough that writing it (base64) takes a while.
    const QString path = m_dir->filePath(u"large.bin"_s);
    {
        QFile large(path);
        QVERIFY(large.open(QIODevice::WriteOnly) && large.resize(200 * 1024 * 1024));
    }
    ComposeWindow window(m_controller.get());
    window.show();
    QTest::keyClicks(window.findChild<QLineEdit *>(u"to"_s), u"ada@example.org"_s);
    QTest::keyClicks(window.findChild<QLineEdit *>(u"subject"_s), u"Too big after all"_s);
    QVERIFY(window.addAttachment(path));
    const int before = m_controller->store()->messages().size();
    const QDir spool(m_controller->profile().spoolDir());
    const int spooled = spool.entryList(QDir::Files).size();

    QSignalSpy sent(&window, &ComposeWindow::sent);
    QVERIFY(window.send());
    auto *cancel = window.findChild<QPushButton *>(u"cancelWriting"_s);
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), 30'000);
    QVERIFY(window.findChild<QWidget *>(u"messageBar"_s)->isVisible());
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_controller->store()->messages().size(), before);
    QCOMPARE(spool.entryList(QDir::Files).size(), spooled);
    QVERIFY(window.findChild<QLineEdit *>(u"subject"_s)->isEnabled()); // still editable
    QVERIFY(QFile::remove(path));
}

void TestCompose::sendLaterSetsNotBefore()
{
    ComposeWindow window(m_controller.get());
    window.show();
    QTest::keyClicks(window.findChild<QLineEdit *>(u"to"_s), u"ada@example.org"_s);
    QTest::keyClicks(window.findChild<QLineEdit *>(u"subject"_s), u"Tomorrow"_s);
    QSignalSpy sent(&window, &ComposeWindow::sent);
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(window.send(when));
    QTRY_COMPARE(sent.count(), 1);
    const qint64 id = sent.first().first().toLongLong();
    const std::optional<OutboxMessage> queued = m_controller->store()->message(id);
    QVERIFY(queued);
    QVERIFY(qAbs(queued->notBefore.secsTo(when)) <= 1);
    QVERIFY(!window.isVisible());
    QString error;
    QVERIFY2(m_controller->remove(id, &error), qPrintable(error));
}

void TestCompose::draftsAreSavedAndRestored()
{
    QString file;
    {
        ComposeWindow window(m_controller.get());
        window.setAutosaveInterval(50);
        window.show();
        QVERIFY(!QFile::exists(window.draftFilePath()));
        QTest::keyClicks(window.findChild<QLineEdit *>(u"to"_s), u"ada@example.org, not valid"_s);
        QTest::keyClicks(window.findChild<QLineEdit *>(u"subject"_s), u"Half written"_s);
        QTest::keyClicks(window.findChild<QTextEdit *>(u"body"_s), u"To be continued"_s);
        file = window.draftFilePath();
        QTRY_VERIFY(QFile::exists(file));
        QVERIFY(file.startsWith(m_controller->profile().path() + u"/drafts/"_s));
        QVERIFY(ComposeWindow::savedDrafts(m_controller->profile()).contains(file));
        QTRY_VERIFY([&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly)
                && QJsonDocument::fromJson(f.readAll())
                       .object()
                       .value(u"body"_s)
                       .toString()
                       .startsWith(u"To be continued"_s);
        }());
        window.close(); // kept: it has content
    }
    QVERIFY(QFile::exists(file));

    // The main window lists it under File → Saved Drafts and asks for it when picked.
    {
        MainWindow main(m_controller.get());
        auto *menu = main.findChild<QMenu *>(u"draftsMenu"_s);
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QAction *entry = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(u"Half written (saved "_s))
                entry = action;
        }
        QVERIFY(entry);
        QSignalSpy requested(&main, &MainWindow::draftRequested);
        entry->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), file);
    }

    ComposeWindow restored(m_controller.get());
    QString error;
    QVERIFY2(restored.restoreDraft(file, &error), qPrintable(error));
    QCOMPARE(restored.draftFilePath(), file);
    QCOMPARE(restored.findChild<QLineEdit *>(u"subject"_s)->text(), QStringLiteral("Half written"));
    // What did not parse comes back as typed, still marked.
    QCOMPARE(restored.findChild<QLineEdit *>(u"to"_s)->text(),
        QStringLiteral("ada@example.org, not valid"));
    QVERIFY(!restored.canSend());
    QVERIFY(restored.draft().plainBody.startsWith(u"To be continued"_s));

    // Emptied and closed: the draft goes.
    restored.findChild<QLineEdit *>(u"to"_s)->clear();
    restored.findChild<QLineEdit *>(u"subject"_s)->clear();
    restored.findChild<QTextEdit *>(u"body"_s)->clear();
    restored.show();
    restored.close();
    QVERIFY(!QFile::exists(file));
}

void TestCompose::signatureFollowsTheIdentity()
{
    Account sandbox = *m_controller->account(AppController::sandboxAccountName());
    sandbox.signature = u"Ada\nSandbox"_s;
    QString error;
    QVERIFY2(m_controller->saveAccount(sandbox, &error), qPrintable(error));
    Account other;
    other.name = u"other"_s;
    other.displayName = u"Other"_s;
    other.address = u"other@example.org"_s;
    other.smtp.host = u"127.0.0.1"_s;
    other.signature = u"Other person"_s;
    QVERIFY2(m_controller->saveAccount(other, &error), qPrintable(error));

    ComposeWindow window(m_controller.get());
    window.setAccountName(AppController::sandboxAccountName());
    auto *body = window.findChild<QTextEdit *>(u"body"_s);
    QVERIFY2(
        body->toPlainText().endsWith(u"\n-- \nAda\nSandbox"_s), qPrintable(body->toPlainText()));
    QTest::keyClicks(body, u"Dear Bob,"_s);
    window.setAccountName(u"other"_s);
    QCOMPARE(window.draft().from.address(), QStringLiteral("other@example.org"));
    QCOMPARE(body->toPlainText(), QStringLiteral("Dear Bob,\n-- \nOther person"));
    window.setAccountName(AppController::sandboxAccountName());
    QCOMPARE(body->toPlainText(), QStringLiteral("Dear Bob,\n-- \nAda\nSandbox"));

    QVERIFY2(m_controller->removeAccount(u"other"_s, &error), qPrintable(error));
    sandbox.signature.clear();
    QVERIFY2(m_controller->saveAccount(sandbox, &error), qPrintable(error));
}

void TestCompose::oldSignatureAndSizeLimitAreKept()
{
    // A profile from before signatures and SIZE limits were account settings: the compose
    // window kept them in outbound.ini. Starting the app moves them into the account.
    const QString path = m_dir->filePath(u"old-profile"_s);
    QString error;
    {
        AppController first(Profile::resolve(path));
        QVERIFY2(first.start(&error), qPrintable(error));
        Account work;
        work.name = u"work"_s;
        work.address = u"ada@example.org"_s;
        work.smtp.host = u"127.0.0.1"_s;
        QVERIFY2(first.saveAccount(work, &error), qPrintable(error));
    }
    const Profile profile = Profile::resolve(path);
    {
        QSettings old(profile.settingsFile(), QSettings::IniFormat);
        old.setValue(u"signatures/work"_s, u"Ada\nAnalytical Engines"_s);
        old.setValue(u"serverSizeLimits/work"_s, 1000);
    }
    AppController controller(profile);
    QVERIFY2(controller.start(&error), qPrintable(error));
    QCOMPARE(controller.account(u"work"_s)->signature, u"Ada\nAnalytical Engines"_s);
    QCOMPARE(controller.account(u"work"_s)->sizeLimit, std::optional<qint64>(1000));
    QVERIFY(!QSettings(profile.settingsFile(), QSettings::IniFormat)
                 .childGroups()
                 .contains(u"signatures"_s));

    ComposeWindow window(&controller);
    window.setAccountName(u"work"_s);
    auto *body = window.findChild<QTextEdit *>(u"body"_s);
    QCOMPARE(body->toPlainText(), u"\n-- \nAda\nAnalytical Engines"_s);
    QVERIFY(window.addAttachment(writeFile(u"big.bin"_s, QByteArray(2000, 'x')), &error));
    const QString summary = window.findChild<QLabel *>(u"attachmentSummary"_s)->text();
    QVERIFY2(summary.startsWith(u"⚠"_s), qPrintable(summary)); // 2000 octets do not fit in 1000
}

void TestCompose::completionReplacesTheLastEntry()
{
    // Known addresses are the accounts' own and every recipient used before.
    QVERIFY(m_controller->knownAddresses(u"SANDBOX"_s).contains(u"you@sandbox.invalid"_s));
    ComposeWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *to = window.findChild<QLineEdit *>(u"to"_s);
    to->setFocus();
    QTest::keyClicks(to, u"ada@example.org, YOU@sand"_s);
    QCompleter *completer = to->completer();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->splitPath(to->text()), QStringList { u"YOU@sand"_s });
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(to->text(), QStringLiteral("ada@example.org, you@sandbox.invalid"));
    QVERIFY(window.canSend());
}

QTEST_MAIN(TestCompose)
#include "tst_compose.moc"
