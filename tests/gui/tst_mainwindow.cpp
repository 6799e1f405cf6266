// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The outbox window against a real AppController on a temporary profile: the sandbox server
// and the scheduler run, messages really go, and every action goes through the window's
// QActions. The models are watched by QAbstractItemModelTester for the whole run.
#include "appcontroller.h"
#include "certificatedialog.h"
#include "mainwindow.h"
#include "messagedetail.h"
#include "outboxmodel.h"
#include "transcriptdock.h"
#include "transcriptmodel.h"

#include "net/tlspolicy.h"
#include "outbox/outboxstore.h"
#include "sandbox/sandboxserver.h"
#include "testca.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>
#include <sys/stat.h>

namespace {

constexpr int SendTimeoutMs = 30'000;

MessageDraft draft(const QString &subject, const QString &body = QStringLiteral("Hello.\n"))
{
    MessageDraft d;
    d.from = MailAddress(QStringLiteral("you@sandbox.invalid"), QStringLiteral("You"));
    d.to = { MailAddress(QStringLiteral("bob@example.org"), QStringLiteral("Bob")) };
    d.subject = subject;
    d.plainBody = body;
    return d;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sendsToTheSandbox();
    void showsProgressOfALargeMessage();
    void holdReleaseAndRetryThroughActions();
    void shortcutsTriggerActions();
    void editAndRequeueHoldsFirst();
    void filtersByStateAndText();
    void anotherProcessesChangesArriveRowByRow();
    void detailShowsAttemptsStructureAndSource();
    void sourceIsBounded();
    void transcriptShowsTheSession();
    void transcriptSearchCopyAndSave();
    void transcriptFiltersBySessionAndAccount();
    void transcriptFollowsOnlyAtTheBottom();
    void certificateDetails();
    void deleteAsksFirst();
    void theWindowActsOnTheSelection();
    void uncertainIsSentAgainOnlyWhenConfirmed();
    void statusBarShowsNetworkAndCounts();
    void controlsHaveAccessibleNames();
    void paletteRolesNotColours();
    void screenshots();

private:
    [[nodiscard]] qint64 enqueue(const MessageDraft &d, const QDateTime &notBefore = {});
    [[nodiscard]] MessageState stateOf(qint64 id) const;
    [[nodiscard]] QAction *act(MainWindow::Action which) const { return m_window->action(which); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    qint64 m_sent = 0; // a message the sandbox accepted
};

qint64 TestMainWindow::enqueue(const MessageDraft &d, const QDateTime &notBefore)
{
    QString error;
    const std::optional<qint64> id
        = m_controller->enqueue(d, AppController::sandboxAccountName(), notBefore, &error);
    if (!id)
        qWarning("enqueue: %s", qPrintable(error));
    return id.value_or(0);
}

MessageState TestMainWindow::stateOf(qint64 id) const
{
    const std::optional<OutboxMessage> message = m_controller->store()->message(id);
    return message ? message->state : MessageState::Failed;
}

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_controller = std::make_unique<AppController>(Profile::resolve(m_dir.path()));
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
    QVERIFY(m_controller->account(AppController::sandboxAccountName()).has_value());
    m_window = std::make_unique<MainWindow>(m_controller.get());

    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(m_window->outboxModel(), Mode::QtTest));
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(m_controller->transcript(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_window->transcriptDock()->proxy(), Mode::QtTest));

    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    m_testers.clear();
    m_window.reset();
    m_controller.reset();
}

void TestMainWindow::sendsToTheSandbox()
{
    m_sent = enqueue(draft(QStringLiteral("GUI test one")));
    QVERIFY(m_sent > 0);
    OutboxModel *model = m_window->outboxModel();
    QTRY_VERIFY(model->rowOf(m_sent) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_sent), MessageState::Sent, SendTimeoutMs);
    QTRY_COMPARE(model->messageAt(model->rowOf(m_sent)).state, MessageState::Sent);
    const QModelIndex state = model->index(model->rowOf(m_sent), OutboxModel::StateColumn);
    QCOMPARE(state.data().toString(), stateDisplayName(MessageState::Sent));
    QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model->index(model->rowOf(m_sent), OutboxModel::SubjectColumn).data().toString(),
        QStringLiteral("GUI test one"));
    QCOMPARE(model->index(model->rowOf(m_sent), OutboxModel::RecipientsColumn).data().toString(),
        QStringLiteral("bob@example.org"));
    QCOMPARE(model->index(model->rowOf(m_sent), OutboxModel::AttemptsColumn).data().toString(),
        QStringLiteral("1"));
}

void TestMainWindow::showsProgressOfALargeMessage()
{
    // The state column counts the data out while a message is on its way.
    OutboxModel *model = m_window->outboxModel();
    QStringList shown;
    const QMetaObject::Connection watch = connect(model, &OutboxModel::dataChanged, this,
        [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (topLeft.column() <= OutboxModel::StateColumn
                && bottomRight.column() >= OutboxModel::StateColumn)
                shown << model->index(topLeft.row(), OutboxModel::StateColumn).data().toString();
        });
    QString body;
    for (int line = 0; line < 60'000; ++line)
        body += QStringLiteral("Line %1 of a long message, to watch it go out.\n").arg(line);
    const qint64 id = enqueue(draft(QStringLiteral("A large message"), body));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), MessageState::Sent, SendTimeoutMs);
    QTRY_COMPARE(model->messageAt(model->rowOf(id)).state, MessageState::Sent);
    disconnect(watch);
    const QStringList progress = shown.filter(QStringLiteral("Sending, "));
    QVERIFY2(progress.size() >= 2, qPrintable(shown.join(QStringLiteral(" | "))));
    QCOMPARE(model->index(model->rowOf(id), OutboxModel::StateColumn).data().toString(),
        stateDisplayName(MessageState::Sent));
}

void TestMainWindow::holdReleaseAndRetryThroughActions()
{
    // Not due for an hour: it stays queued while the actions are tried.
    const qint64 id
        = enqueue(draft(QStringLiteral("GUI held")), QDateTime::currentDateTimeUtc().addSecs(3600));
    QVERIFY(id > 0);
    QTRY_VERIFY(m_window->selectMessage(id));
    QCOMPARE(m_window->selectedIds(), QList<qint64> { id });
    QCOMPARE(stateOf(id), MessageState::Queued);
    QVERIFY(act(MainWindow::Action::Hold)->isEnabled());
    QVERIFY(!act(MainWindow::Action::Release)->isEnabled());

    act(MainWindow::Action::Hold)->trigger();
    QCOMPARE(stateOf(id), MessageState::Held);
    QTRY_VERIFY(act(MainWindow::Action::Release)->isEnabled());
    QVERIFY(!act(MainWindow::Action::Hold)->isEnabled());

    act(MainWindow::Action::Release)->trigger();
    QCOMPARE(stateOf(id), MessageState::Queued); // and still not due

    act(MainWindow::Action::Hold)->trigger();
    QCOMPARE(stateOf(id), MessageState::Held);
    // Retry now: due at once, so it goes.
    QVERIFY(act(MainWindow::Action::RetryNow)->isEnabled());
    act(MainWindow::Action::RetryNow)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), MessageState::Sent, SendTimeoutMs);
    QTRY_VERIFY(!act(MainWindow::Action::Hold)->isEnabled());
}

void TestMainWindow::shortcutsTriggerActions()
{
    const qint64 id = enqueue(
        draft(QStringLiteral("GUI shortcut")), QDateTime::currentDateTimeUtc().addSecs(3600));
    QTRY_VERIFY(m_window->selectMessage(id));
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        QSKIP("the platform does not activate windows");
    m_window->outboxView()->setFocus();
    QTest::keyClick(m_window->outboxView(), Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(stateOf(id), MessageState::Held);
    QTest::keyClick(m_window->outboxView(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stateOf(id), MessageState::Queued);
    // Every action has a shortcut or sits in a menu with a mnemonic.
    for (int i = 0; i < MainWindow::ActionCount; ++i) {
        QAction *action = m_window->action(MainWindow::Action(i));
        QVERIFY(action);
        QVERIFY2(!action->shortcut().isEmpty() || !action->associatedObjects().isEmpty(),
            qPrintable(action->text()));
    }
}

void TestMainWindow::editAndRequeueHoldsFirst()
{
    const qint64 id
        = enqueue(draft(QStringLiteral("GUI edit")), QDateTime::currentDateTimeUtc().addSecs(3600));
    QTRY_VERIFY(m_window->selectMessage(id));
    QSignalSpy edit(m_window.get(), &MainWindow::editRequested);
    QVERIFY(act(MainWindow::Action::EditAndRequeue)->isEnabled());
    act(MainWindow::Action::EditAndRequeue)->trigger();
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.first().first().toLongLong(), id);
    QCOMPARE(stateOf(id), MessageState::Held);

    QSignalSpy compose(m_window.get(), &MainWindow::composeRequested);
    act(MainWindow::Action::NewMessage)->trigger();
    QCOMPARE(compose.size(), 1);
    QSignalSpy accounts(m_window.get(), &MainWindow::accountsRequested);
    act(MainWindow::Action::Accounts)->trigger();
    QCOMPARE(accounts.size(), 1);
}

void TestMainWindow::filtersByStateAndText()
{
    auto *states = m_window->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    auto *text = m_window->findChild<QLineEdit *>(QStringLiteral("textFilter"));
    QVERIFY(states && text);
    OutboxModel *model = m_window->outboxModel();
    QTRY_VERIFY(model->isListed());
    const int all = model->rowCount();
    QVERIFY(all >= 3);
    // Filters and sorting are answered by the reader's thread, not at once.
    const auto relisted = [model](const std::function<void()> &change) {
        QSignalSpy listed(model, &OutboxModel::listed);
        change();
        return listed.wait(5000) && model->isListed();
    };

    QVERIFY(relisted([&] { states->setCurrentIndex(int(OutboxModel::StateFilter::Sent)); }));
    QVERIFY(model->rowCount() >= 2);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(MessageState(model->index(row, 0).data(OutboxModel::StateRole).toInt()),
            MessageState::Sent);
    QVERIFY(
        relisted([&] { states->setCurrentIndex(int(OutboxModel::StateFilter::NeedsAttention)); }));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(MessageState(model->index(row, 0).data(OutboxModel::StateRole).toInt()),
            MessageState::Held);

    QVERIFY(relisted([&] { states->setCurrentIndex(0); }));
    QVERIFY(relisted([&] { text->setText(QStringLiteral("gui TEST one")); }));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(OutboxModel::IdRole).toLongLong(), m_sent);
    QVERIFY(relisted([&] { text->setText(QStringLiteral("bob@example")); }));
    QCOMPARE(model->rowCount(), all);
    // A state's shown name finds every message in it (and those whose text has the word).
    QVERIFY(relisted([&] { text->setText(stateDisplayName(MessageState::Held)); }));
    int held = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        held
            += model->index(row, 0).data(OutboxModel::StateRole).toInt() == int(MessageState::Held);
    QVERIFY(held >= 1);
    QCOMPARE(held, model->count(MessageState::Held));
    QVERIFY(relisted([&] { text->clear(); }));
    QCOMPARE(model->rowCount(), all);

    // Sorting by a column keeps the selected message selected; then back to newest first.
    QVERIFY(m_window->selectMessage(m_sent));
    QVERIFY(relisted([&] {
        m_window->outboxView()->sortByColumn(OutboxModel::SubjectColumn, Qt::AscendingOrder);
    }));
    QStringList subjects;
    for (int row = 0; row < model->rowCount(); ++row)
        subjects << model->messageAt(row).subject;
    QStringList sorted = subjects;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(subjects, sorted);
    QCOMPARE(m_window->selectedIds(), QList<qint64> { m_sent });
    QVERIFY(relisted([&] { m_window->outboxView()->sortByColumn(-1, Qt::AscendingOrder); }));
    QCOMPARE(model->idAt(0), model->messageAt(0).id);
    QVERIFY(model->idAt(0) > model->idAt(model->rowCount() - 1)); // newest first
}

void TestMainWindow::anotherProcessesChangesArriveRowByRow()
{
    OutboxModel *model = m_window->outboxModel();
    QTRY_VERIFY(model->isListed());
    QSignalSpy listed(model, &OutboxModel::listed);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const int before = model->rowCount();
    const int heldBefore = model->count(MessageState::Held);

    // outboundctl in another process: a store of its own on the same profile.
    OutboxStore other(m_controller->profile());
    QVERIFY2(other.open(), qPrintable(other.errorString()));
    QBuffer bytes;
    bytes.setData("From: ada@example.org\r\nSubject: From elsewhere\r\n\r\nHi.\r\n");
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    OutboxStore::EnqueueOptions options;
    options.subject = QStringLiteral("From elsewhere");
    options.held = true; // stays put
    SmtpEnvelope envelope;
    envelope.sender = QStringLiteral("ada@example.org");
    envelope.recipients = { QStringLiteral("elsewhere@example.org") };
    const std::optional<qint64> id
        = other.enqueue(AppController::sandboxAccountName(), envelope, &bytes, options);
    QVERIFY(id);

    // Newest first and unfiltered: the new row goes on top, the list is not read again.
    QTRY_COMPARE(model->rowOf(*id), 0);
    QCOMPARE(model->rowCount(), before + 1);
    QCOMPARE(model->messageAt(0).subject, QStringLiteral("From elsewhere"));
    QTRY_COMPARE(model->count(MessageState::Held), heldBefore + 1);
    QVERIFY(other.release(*id) && other.hold(*id, QStringLiteral("changed elsewhere")));
    QTRY_COMPARE(model->messageAt(0).reason, QStringLiteral("changed elsewhere"));
    QVERIFY(other.remove(*id));
    QTRY_VERIFY(model->rowOf(*id) < 0);
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(listed.size(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestMainWindow::detailShowsAttemptsStructureAndSource()
{
    QVERIFY(m_window->selectMessage(m_sent));
    MessageDetail *detail = m_window->detail();
    QCOMPARE(detail->messageId(), m_sent);

    auto *summary = detail->findChild<QLabel *>(QStringLiteral("messageSummary"));
    QVERIFY(summary);
    QCOMPARE(summary->textFormat(), Qt::PlainText);
    QVERIFY(summary->text().contains(QStringLiteral("GUI test one")));

    auto *recipients = detail->findChild<QTreeWidget *>(QStringLiteral("recipients"));
    QVERIFY(recipients);
    QCOMPARE(recipients->topLevelItemCount(), 1);
    QCOMPARE(recipients->topLevelItem(0)->text(0), QStringLiteral("bob@example.org"));
    QVERIFY(recipients->topLevelItem(0)->text(2).startsWith(QStringLiteral("250")));

    detail->showPage(MessageDetail::Page::Attempts);
    auto *attempts = detail->findChild<QTreeWidget *>(QStringLiteral("attempts"));
    auto *transcript = detail->findChild<QPlainTextEdit *>(QStringLiteral("attemptTranscript"));
    QVERIFY(attempts && transcript);
    QCOMPARE(attempts->topLevelItemCount(), 1);
    QCOMPARE(attempts->topLevelItem(0)->text(2), stateDisplayName(MessageState::Sent));
    QVERIFY(transcript->toPlainText().contains(QStringLiteral("C: EHLO")));
    QVERIFY(transcript->toPlainText().contains(QStringLiteral("S: 250")));

    detail->showPage(MessageDetail::Page::Structure);
    auto *structure = detail->findChild<QTreeWidget *>(QStringLiteral("structure"));
    QVERIFY(structure);
    QCOMPARE(structure->topLevelItemCount(), 1);
    QVERIFY(structure->topLevelItem(0)->text(0).startsWith(QStringLiteral("text/plain")));
    auto *headers = detail->findChild<QPlainTextEdit *>(QStringLiteral("partHeaders"));
    QVERIFY(headers->toPlainText().contains(QStringLiteral("Subject: GUI test one")));

    // Show source: the action selects the Source page.
    detail->showPage(MessageDetail::Page::Recipients);
    act(MainWindow::Action::ShowSource)->trigger();
    QCOMPARE(detail->currentPage(), MessageDetail::Page::Source);
    QVERIFY(detail->sourceText().contains(QStringLiteral("Subject: GUI test one\n")));
    QVERIFY(detail->sourceText().contains(QStringLiteral("Hello.")));
    auto *source = detail->findChild<QPlainTextEdit *>(QStringLiteral("source"));
    QVERIFY(source->isReadOnly());
}

void TestMainWindow::sourceIsBounded()
{
    const QString line = QStringLiteral("All work and no play makes Jack a dull boy.\n");
    const qint64 id = enqueue(draft(QStringLiteral("GUI big"), line.repeated(40'000)), // 1.7 MB
        QDateTime::currentDateTimeUtc().addSecs(3600));
    QVERIFY(id > 0);
    QTRY_VERIFY(m_window->selectMessage(id));
    m_window->detail()->showPage(MessageDetail::Page::Source);
    const QString shown = m_window->detail()->sourceText();
    QVERIFY(shown.size() > 0);
    QVERIFY(shown.size() <= MessageDetail::MaxSourceBytes);
    QVERIFY(shown.startsWith(QStringLiteral("From: "))
        || shown.contains(QStringLiteral("\nSubject: GUI big")));
    QString error;
    QVERIFY(m_controller->remove(id, &error));
    QTRY_VERIFY(m_window->outboxModel()->rowOf(id) < 0);
}

void TestMainWindow::transcriptShowsTheSession()
{
    TranscriptDock *dock = m_window->transcriptDock();
    QVERIFY(dock->isVisible());
    QAbstractItemModel *lines = dock->view()->model();
    QTRY_VERIFY(lines->rowCount() > 0);
    bool ehlo = false, reply = false;
    for (int row = 0; row < lines->rowCount(); ++row) {
        const QModelIndex index = lines->index(row, 0);
        const QString text = index.data().toString();
        const auto direction
            = TranscriptEntry::Direction(index.data(TranscriptModel::DirectionRole).toInt());
        if (text.contains(QStringLiteral("C: EHLO"))) {
            ehlo = true;
            QCOMPARE(direction, TranscriptEntry::Direction::Client);
        }
        if (direction == TranscriptEntry::Direction::Server
            && text.contains(QStringLiteral("S: 250"))) {
            reply = true;
            QVERIFY(index.data(TranscriptModel::LatencyRole).toLongLong() >= 0);
        }
    }
    QVERIFY(ehlo);
    QVERIFY(reply);
    QVERIFY(dock->view()->uniformItemSizes());
}

void TestMainWindow::transcriptSearchCopyAndSave()
{
    TranscriptDock *dock = m_window->transcriptDock();
    QVERIFY(dock->find(QStringLiteral("ehlo")));
    const QModelIndex found = dock->view()->currentIndex();
    QVERIFY(found.isValid());
    QVERIFY(found.data().toString().contains(QStringLiteral("C: EHLO")));
    QCOMPARE(dock->selectedText(), found.data().toString());
    // Find next moves on to the next EHLO (several sessions ran) or wraps to the same one.
    QVERIFY(dock->find(QStringLiteral("EHLO")));
    QVERIFY(dock->view()->currentIndex().data().toString().contains(QStringLiteral("EHLO")));
    QVERIFY(dock->find(QStringLiteral("EHLO"), true));
    QVERIFY(!dock->find(QStringLiteral("no line says this")));

    auto *search = dock->findChild<QLineEdit *>(QStringLiteral("transcriptSearch"));
    QVERIFY(search);
    dock->view()->setCurrentIndex({});
    search->setText(QStringLiteral("mail from:"));
    dock->findNext();
    QVERIFY(
        dock->view()->currentIndex().data().toString().contains(QStringLiteral("C: MAIL FROM:")));

    dock->copySelection();
    QCOMPARE(QGuiApplication::clipboard()->text(), dock->selectedText());

    const QString path = m_dir.filePath(QStringLiteral("saved-transcript.txt"));
    QString error;
    QVERIFY2(dock->saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("C: EHLO"));
    QVERIFY(saved.contains("\nS: 250"));
    QVERIFY(!saved.contains("[")); // the C:/S: form has no times or session numbers

    // 0600 whatever the umask: a transcript says who mailed whom, and when.
    const QString underUmask0 = m_dir.filePath(QStringLiteral("saved-under-umask-0.txt"));
    const mode_t oldMask = ::umask(0);
    const bool savedUnderUmask0 = dock->saveTo(underUmask0, &error);
    ::umask(oldMask);
    QVERIFY2(savedUnderUmask0, qPrintable(error));
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(underUmask0).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
}

void TestMainWindow::transcriptFiltersBySessionAndAccount()
{
    TranscriptDock *dock = m_window->transcriptDock();
    TranscriptFilterProxy *proxy = dock->proxy();
    const int all = proxy->rowCount();
    QVERIFY(dock->find(QStringLiteral("EHLO")));
    const quint64 session
        = dock->view()->currentIndex().data(TranscriptModel::SessionRole).toULongLong();

    auto *filter = dock->findChild<QComboBox *>(QStringLiteral("transcriptFilter"));
    QVERIFY(filter);
    int sessionChoice = -1, accountChoice = -1;
    for (int i = 0; i < filter->count(); ++i) {
        if (filter->itemText(i).contains(QStringLiteral("Session %1").arg(session)))
            sessionChoice = i;
        if (filter->itemText(i).contains(AppController::sandboxAccountName())
            && !filter->itemText(i).contains(QStringLiteral("Session")))
            accountChoice = i;
    }
    QVERIFY2(sessionChoice > 0, qPrintable(filter->itemText(filter->count() - 1)));
    QVERIFY(accountChoice > 0);

    filter->setCurrentIndex(sessionChoice);
    Q_EMIT filter->activated(sessionChoice);
    QCOMPARE(proxy->session(), session);
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() <= all);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(TranscriptModel::SessionRole).toULongLong(), session);

    filter->setCurrentIndex(accountChoice);
    Q_EMIT filter->activated(accountChoice);
    QCOMPARE(proxy->account(), AppController::sandboxAccountName());
    QCOMPARE(proxy->rowCount(), all); // every session here went to the sandbox

    proxy->showAccount(QStringLiteral("nobody"));
    QCOMPARE(proxy->rowCount(), 0);
    filter->setCurrentIndex(0);
    Q_EMIT filter->activated(0);
    QCOMPARE(proxy->rowCount(), all);
}

void TestMainWindow::transcriptFollowsOnlyAtTheBottom()
{
    TranscriptDock *dock = m_window->transcriptDock();
    TranscriptModel *model = m_controller->transcript();
    QScrollBar *bar = dock->view()->verticalScrollBar();
    const auto addLines = [&](int count) {
        const int before = model->rowCount();
        for (int i = 0; i < count; ++i)
            model->append(TranscriptEntry::event(777, QStringLiteral("filler %1").arg(i)));
        QTRY_VERIFY(model->rowCount() >= before + count); // sessions may still be closing
        QCoreApplication::processEvents();
    };
    addLines(200);
    dock->view()->scrollToBottom();
    QTRY_COMPARE(bar->value(), bar->maximum());
    addLines(50);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum()); // followed

    bar->setValue(0); // the reader scrolls up
    addLines(50);
    QTest::qWait(50);
    QCOMPARE(bar->value(), 0); // kept their place
    dock->view()->scrollToBottom();
}

void TestMainWindow::certificateDetails()
{
    const TestCa &ca = TestCa::instance();
    QVERIFY2(ca.isValid(), qPrintable(ca.errorString()));
    QFile serverPem(ca.serverCertPath());
    QVERIFY(serverPem.open(QIODevice::ReadOnly));
    const QSslCertificate server(serverPem.readAll());
    QVERIFY(!server.isNull());

    TranscriptDock *dock = m_window->transcriptDock();
    TranscriptEntry established = TranscriptEntry::event(4242,
        QStringLiteral("TLS established: TLS 1.3, TLS_AES_256_GCM_SHA384, localhost issued by "
                       "Outbound Test CA"));
    established.peerCertificates = { server, ca.caCertificate() };
    m_controller->transcript()->append(established);
    m_controller->transcript()->append(TranscriptEntry::fromWire(
        4242, TranscriptEntry::Direction::Server, "250 <b>bold</b> is not markup here"));
    QTRY_VERIFY(dock->find(QStringLiteral("is not markup")));
    // A later line of the session leads to its TLS report.
    QVERIFY(dock->tlsEvent().has_value());
    QCOMPARE(dock->tlsEvent()->peerCertificates.size(), 2);
    QVERIFY(dock->view()->currentIndex().data().toString().contains(QStringLiteral("<b>bold</b>")));

    dock->showCertificate();
    CertificateDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = dock->findChild<CertificateDialog *>(QStringLiteral("certificateDialog"))));
    // The whole chain, the server's own first, and the details of the selected one.
    QTreeWidget *chain = dialog->chainView();
    QCOMPARE(chain->topLevelItemCount(), 2);
    QCOMPARE(chain->topLevelItem(0)->text(0), QStringLiteral("localhost"));
    QCOMPARE(chain->topLevelItem(1)->text(0), QStringLiteral("Outbound Test CA"));
    const QStringList details = dialog->detailsView()->toPlainText().split(u'\n');
    QVERIFY(details.contains(QStringLiteral("Subject: CN=localhost, O=Outbound Tests")));
    QVERIFY(details.contains(QStringLiteral("Issuer: CN=Outbound Test CA, O=Outbound Tests")));
    QVERIFY(
        details.contains(QStringLiteral("SHA-256: ") + TlsPolicy::hex(TlsPolicy::sha256(server))));
    QVERIFY(details.contains(QStringLiteral("Names: localhost, 127.0.0.1")));
    QVERIFY(details.contains(QStringLiteral("-----BEGIN CERTIFICATE-----")));
    chain->setCurrentItem(chain->topLevelItem(1));
    QVERIFY(dialog->detailsView()->toPlainText().contains(QStringLiteral("Self-signed: yes")));
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyPem"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QApplication::clipboard()->text().toLatin1(), ca.caCertificate().toPem());
    dialog->reject();

    QVERIFY(dock->find(QStringLiteral("EHLO")));
    QVERIFY(!dock->tlsEvent()); // the sandbox speaks plain SMTP on loopback
}

void TestMainWindow::deleteAsksFirst()
{
    QVERIFY(m_window->selectMessage(m_sent));
    QVERIFY(act(MainWindow::Action::Delete)->isEnabled());

    // Cancel keeps it.
    act(MainWindow::Action::Delete)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
    QVERIFY(box->isVisible());
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("confirmDelete")));
    QVERIFY(m_controller->store()->message(m_sent).has_value());

    act(MainWindow::Action::Delete)->trigger();
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
    auto *remove = box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
    QVERIFY(remove);
    remove->click();
    QVERIFY(!m_controller->store()->message(m_sent).has_value());
    QTRY_COMPARE(m_window->outboxModel()->rowOf(m_sent), -1);
    QTRY_VERIFY(m_window->detail()->messageId() != m_sent);
}

void TestMainWindow::theWindowActsOnTheSelection()
{
    // As a new user would: click a row, move the current row alone with Ctrl+Home, press Delete.
    // The pane, the question and the deletion must all be about the clicked message.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    const qint64 a = enqueue(draft(QStringLiteral("GUI window A")), later);
    const qint64 b = enqueue(draft(QStringLiteral("GUI window B")), later);
    const qint64 c = enqueue(draft(QStringLiteral("GUI window C")), later);
    QVERIFY(a && b && c);
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        QSKIP("the platform does not activate windows");
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("textFilter"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("GUI window"));
    QTableView *view = m_window->outboxView();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    const auto rowRect = [&](qint64 id) {
        const QModelIndex index
            = m_window->outboxModel()->index(m_window->outboxModel()->rowOf(id), 1);
        return view->visualRect(index);
    };

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowRect(a).center());
    QCOMPARE(m_window->selectedIds(), QList<qint64> { a });
    QCOMPARE(m_window->detail()->messageId(), a);
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    const qint64 current = view->currentIndex().data(OutboxModel::IdRole).toLongLong();
    QVERIFY2(current != a, "Ctrl+Home should have moved the current row away");
    QCOMPARE(m_window->selectedIds(), QList<qint64> { a });
    QCOMPARE(m_window->detail()->messageId(), a);

    // Delete asks about A, by name and with what deleting it means; Escape keeps it.
    QTest::keyClick(view, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
    QVERIFY2(box->text().contains(QStringLiteral("GUI window A")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("bob@example.org")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("not sent yet")), qPrintable(box->text()));
    QVERIFY2(!box->text().contains(QStringLiteral("GUI window C")), qPrintable(box->text()));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("confirmDelete")));
    QCOMPARE(stateOf(a), MessageState::Queued);
    // The box was a window of its own; the keys go to the outbox window again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Ctrl+click adds C: the pane says two are selected, and Delete names both.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rowRect(c).center());
    QCOMPARE(m_window->selectedIds().size(), 2);
    QVERIFY(m_window->selectedIds().contains(a) && m_window->selectedIds().contains(c));
    QCOMPARE(m_window->detail()->messageId(), 0);
    QVERIFY2(m_window->detail()->placeholderText().contains(QStringLiteral("2 messages selected")),
        qPrintable(m_window->detail()->placeholderText()));
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
    QVERIFY(box->text().contains(QStringLiteral("GUI window A"))
        && box->text().contains(QStringLiteral("GUI window C"))
        && !box->text().contains(QStringLiteral("GUI window B")));
    QVERIFY2(box->text().contains(QStringLiteral("Undo Delete")), qPrintable(box->text()));
    QTest::mouseClick(
        box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->store()->message(a) && !m_controller->store()->message(c));
    QCOMPARE(stateOf(b), MessageState::Queued);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Recoverable: kept as deleted messages, and Ctrl+Z (Edit → Undo Delete) brings both back
    // as they were, selected.
    QList<qint64> deleted;
    for (const OutboxStore::DeletedMessage &d : m_controller->store()->deletedMessages())
        deleted << d.message.id;
    QVERIFY(deleted.contains(a) && deleted.contains(c));
    QVERIFY(act(MainWindow::Action::UndoDelete)->isEnabled());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stateOf(a), MessageState::Queued);
    QCOMPARE(stateOf(c), MessageState::Queued);
    QTRY_COMPARE(m_window->selectedIds().size(), 2);
    // Only the last Delete is undone (deleteAsksFirst's message stays deleted).
    if (m_sent)
        QVERIFY(!m_controller->store()->message(m_sent));
    filter->clear();
}

void TestMainWindow::uncertainIsSentAgainOnlyWhenConfirmed()
{
    // The sandbox stores the message and drops the connection before its reply.
    SandboxFailures drop;
    drop.endOfData = SandboxFailures::EndOfData::DropConnection;
    m_controller->sandbox()->setFailures(drop);
    const qint64 id = enqueue(draft(QStringLiteral("GUI uncertain")));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), MessageState::Uncertain, SendTimeoutMs);
    m_controller->sandbox()->setFailures({});
    const qsizetype captured = m_controller->sandbox()->messages().size();

    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        QSKIP("the platform does not activate windows");
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("textFilter"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("GUI uncertain"));
    QTableView *view = m_window->outboxView();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
        view->visualRect(view->model()->index(0, 1)).center());
    QCOMPARE(m_window->selectedIds(), QList<qint64> { id });
    // Holding it would let a release send it without the question.
    QVERIFY(!act(MainWindow::Action::Hold)->isEnabled());
    QVERIFY(act(MainWindow::Action::RetryNow)->isEnabled());

    // Edit and Requeue asks too: the edited copy would be as much a duplicate.
    QSignalSpy edits(m_window.get(), &MainWindow::editRequested);
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmPossibleDuplicate"))));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("confirmPossibleDuplicate")));
    QCOMPARE(edits.size(), 0);
    m_window->activateWindow(); // the box was a window of its own
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Ctrl+R asks, naming the message and the risk; Escape sends nothing.
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(
        (box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmPossibleDuplicate"))));
    QVERIFY2(box->text().contains(QStringLiteral("GUI uncertain")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("deliver it twice")), qPrintable(box->text()));
    QCOMPARE(stateOf(id), MessageState::Uncertain);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("confirmPossibleDuplicate")));
    QTest::qWait(200);
    QCOMPARE(stateOf(id), MessageState::Uncertain);
    QCOMPARE(m_controller->sandbox()->messages().size(), captured);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Confirmed, it goes again (and the sandbox holds the duplicate the user accepted).
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(
        (box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmPossibleDuplicate"))));
    QTest::mouseClick(
        box->findChild<QPushButton *>(QStringLiteral("confirmDuplicateButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), MessageState::Sent, SendTimeoutMs);
    QCOMPARE(m_controller->sandbox()->messages().size(), captured + 1);
    filter->clear();
}

void TestMainWindow::statusBarShowsNetworkAndCounts()
{
    auto *online = m_window->findChild<QLabel *>(QStringLiteral("onlineLabel"));
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(online && counts);
    QCOMPARE(online->text(),
        m_controller->scheduler()->isOnline() ? QStringLiteral("Online")
                                              : QStringLiteral("Offline"));
    Q_EMIT m_controller->onlineChanged(false);
    QCOMPARE(online->text(), QStringLiteral("Offline"));
    Q_EMIT m_controller->onlineChanged(true);
    QCOMPARE(online->text(), QStringLiteral("Online"));
    const int waiting = m_window->outboxModel()->count(MessageState::Queued)
        + m_window->outboxModel()->count(MessageState::Deferred);
    QVERIFY2(counts->text().contains(QStringLiteral("%1 queued").arg(waiting)),
        qPrintable(counts->text()));
}

void TestMainWindow::controlsHaveAccessibleNames()
{
    QStringList unnamed;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // Parts of composite controls take their names from their owners.
        if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget)
            || widget->inherits("QTabBar") || widget->inherits("QLineEditIconButton")
            || widget->inherits("QSplitterHandle"))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' '
                    + widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::paletteRolesNotColours()
{
    const QPalette original = QGuiApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    QApplication::setPalette(dark);
    TranscriptModel *model = m_controller->transcript();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QColor colour = index.data(Qt::ForegroundRole).value<QBrush>().color();
        QVERIFY(colour.lightness() > dark.color(QPalette::Base).lightness() + 60);
    }
    QApplication::setPalette(original);
}

void TestMainWindow::screenshots()
{
    QTemporaryDir out;
    QSignalSpy taken(m_window.get(), &MainWindow::screenshotsTaken);
    m_window->scheduleScreenshots(out.path(), false);
    QVERIFY(taken.wait(40'000));
    const QStringList files = taken.first().first().toStringList();
    QVERIFY(files.contains(out.filePath(QStringLiteral("main.png"))));
    QVERIFY(files.contains(out.filePath(QStringLiteral("transcript.png"))));
    QVERIFY(QImage(out.filePath(QStringLiteral("main.png"))).width() > 100);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
