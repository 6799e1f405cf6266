// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "composewindow.h"
#include "widgetsupport.h"

#include "appcontroller.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using Gui::formatSize;
using Gui::setAccessible;

namespace {

const QString UndoSendSecondsKey = QStringLiteral("compose/undoSendSeconds");
constexpr int DefaultUndoSendSeconds = 10;
// Above this the message takes a noticeable moment to write and copy into the spool.
constexpr qint64 LargeMessageBytes = 2 * 1024 * 1024;

} // namespace

// ---- settings ----------------------------------------------------------------------------

int ComposeWindow::undoSendSeconds(const Profile &profile)
{
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    bool ok = false;
    const int seconds = s.value(UndoSendSecondsKey, DefaultUndoSendSeconds).toInt(&ok);
    return ok ? qBound(0, seconds, 600) : DefaultUndoSendSeconds;
}

void ComposeWindow::setUndoSendSeconds(const Profile &profile, int seconds)
{
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    s.setValue(UndoSendSecondsKey, seconds);
}

// ---- construction ------------------------------------------------------------------------

ComposeWindow::ComposeWindow(AppController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_drafts(controller->profile())
    , m_draftId(DraftStore::newId())
    , m_autosave(new QTimer(this))
    , m_undoTimer(new QTimer(this))
{
    setAcceptDrops(true);
    buildActions();
    buildUi();

    m_autosave->setInterval(3000);
    connect(m_autosave, &QTimer::timeout, this, [this] { (void)saveDraft(); });
    m_autosave->start();
    m_undoTimer->setInterval(250);
    connect(m_undoTimer, &QTimer::timeout, this, &ComposeWindow::onUndoTick);

    m_changed = false;
    validate();
    updateTitle({});
    resize(760, 640);
}

ComposeWindow::~ComposeWindow()
{
    // The widgets outlive this class's members while QWidget tears them down, and a field
    // losing focus then would still call back here.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}
void ComposeWindow::buildActions()
{
    m_sendAction = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Send"), this);
    m_sendAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_sendAction->setShortcutContext(Qt::WindowShortcut);
    m_sendAction->setToolTip(tr("Send the message (Ctrl+Return)"));
    connect(m_sendAction, &QAction::triggered, this, [this] { (void)send(); });
    addAction(m_sendAction);

    m_sendLaterAction = new QAction(tr("Send &Later…"), this);
    m_sendLaterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_sendLaterAction->setToolTip(tr("Choose when the message is sent"));
    connect(m_sendLaterAction, &QAction::triggered, this, &ComposeWindow::sendLater);
}

void ComposeWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);

    // The message bar: errors and notices, as plain text, in the palette's own colours.
    auto *messageBar = new QFrame(central);
    messageBar->setObjectName(QStringLiteral("messageBar"));
    messageBar->setFrameShape(QFrame::StyledPanel);
    auto *messageLayout = new QHBoxLayout(messageBar);
    m_messageIcon = new QLabel(messageBar);
    m_messageText = new QLabel(messageBar);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setTextFormat(Qt::PlainText);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(messageBar);
    dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    setAccessible(dismiss, tr("Dismiss"));
    dismiss->setToolTip(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, this, &ComposeWindow::hideMessage);
    messageLayout->addWidget(m_messageIcon);
    messageLayout->addWidget(m_messageText, 1);
    messageLayout->addWidget(dismiss);
    messageBar->hide();
    m_messageBar = messageBar;
    outer->addWidget(messageBar);

    // The undo bar, shown while a sent message waits out its undo window.
    auto *undoBar = new QFrame(central);
    undoBar->setObjectName(QStringLiteral("undoBar"));
    undoBar->setFrameShape(QFrame::StyledPanel);
    auto *undoLayout = new QHBoxLayout(undoBar);
    m_undoText = new QLabel(undoBar);
    m_undoText->setObjectName(QStringLiteral("undoText"));
    m_undoText->setTextFormat(Qt::PlainText);
    m_undoButton = new QPushButton(tr("&Undo"), undoBar);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    setAccessible(m_undoButton, tr("Undo send"), tr("Takes the message back before it is sent"));
    connect(m_undoButton, &QPushButton::clicked, this, [this] { (void)undoSend(); });
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undoButton);
    undoBar->hide();
    m_undoBar = undoBar;
    outer->addWidget(undoBar);

    m_form = new ComposeForm(m_controller, central);
    connect(m_form, &ComposeForm::changed, this, [this] { m_changed = true; });
    connect(m_form, &ComposeForm::recipientsChanged, this, &ComposeWindow::validate);
    connect(m_form, &ComposeForm::subjectChanged, this, &ComposeWindow::updateTitle);
    connect(m_form, &ComposeForm::problem, this,
        [this](const QString &text) { showMessage(text, true); });
    outer->addWidget(m_form, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *later = new QPushButton(tr("Send &Later…"), central);
    later->setObjectName(QStringLiteral("sendLaterButton"));
    connect(later, &QPushButton::clicked, m_sendLaterAction, &QAction::trigger);
    connect(m_sendLaterAction, &QAction::enabledChanged, later, &QWidget::setEnabled);
    m_sendButton = new QPushButton(m_sendAction->icon(), tr("&Send"), central);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    setAccessible(m_sendButton, tr("Send"), tr("Sends the message (Ctrl+Return)"));
    connect(m_sendButton, &QPushButton::clicked, m_sendAction, &QAction::trigger);
    buttons->addWidget(later);
    buttons->addWidget(m_sendButton);
    outer->addLayout(buttons);
    setCentralWidget(central);

    m_progressText = new QLabel(this);
    m_progressText->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    setAccessible(m_progress, tr("Writing the message"));
    statusBar()->addWidget(m_progressText, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_progress->hide();
    m_cancelWriting = new QPushButton(tr("Cancel"), this);
    m_cancelWriting->setObjectName(QStringLiteral("cancelWriting"));
    m_cancelWriting->setToolTip(tr("Stop writing the message; nothing is sent"));
    connect(m_cancelWriting, &QPushButton::clicked, this, [this] {
        if (m_enqueue)
            m_enqueue->cancel();
    });
    statusBar()->addPermanentWidget(m_cancelWriting);
    m_cancelWriting->hide();

    auto *toolbar = addToolBar(tr("Message"));
    toolbar->setObjectName(QStringLiteral("composeToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_sendAction);
    toolbar->addAction(m_sendLaterAction);
    toolbar->addSeparator();
    toolbar->addAction(m_form->attachAction());
    toolbar->addAction(m_form->insertImageAction());
    toolbar->addSeparator();
    toolbar->addAction(m_form->richTextAction());
    for (QAction *action : m_form->formatActions())
        toolbar->addAction(action);
    addAction(m_form->attachAction());
    addAction(m_form->insertImageAction());
    addAction(m_form->richTextAction());
    addAction(m_sendLaterAction);
}

// ---- validation --------------------------------------------------------------------------

bool ComposeWindow::canSend() const
{
    return !m_sending && !m_pendingId && m_form->isComplete();
}

void ComposeWindow::validate()
{
    const bool ok = canSend();
    m_sendAction->setEnabled(ok);
    m_sendButton->setEnabled(ok);
    m_sendLaterAction->setEnabled(ok);
    QString why;
    if (m_pendingId)
        why = tr("The message has been sent");
    else if (accountName().isEmpty())
        why = tr("Set up an account first");
    else if (!invalidFields().isEmpty())
        why = tr("Correct the marked addresses first");
    else if (!ok && !m_sending)
        why = tr("Add a recipient first");
    m_sendButton->setToolTip(why.isEmpty() ? tr("Send the message (Ctrl+Return)") : why);
    // A field the user fixed is unmarked at once; new errors wait for a pause (showFieldErrors).
    m_form->unmarkFixedFields();
}

// ---- files dropped on the window ---------------------------------------------------------

void ComposeWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_form->acceptsFiles(event->mimeData()))
        event->acceptProposedAction();
}

void ComposeWindow::dropEvent(QDropEvent *event)
{
    if (!m_form->acceptsFiles(event->mimeData()))
        return;
    m_form->addDroppedFiles(event->mimeData());
    event->acceptProposedAction();
}

// ---- sending -----------------------------------------------------------------------------

bool ComposeWindow::send(const QDateTime &notBefore)
{
    validate();
    m_form->showFieldErrors();
    if (!canSend()) {
        if (!m_pendingId && !m_sending) {
            const QStringList invalid = invalidFields();
            showMessage(invalid.isEmpty() ? m_sendButton->toolTip()
                                          : tr("Not sent. %1").arg(invalid.join(QLatin1Char('\n'))),
                true);
        }
        return false;
    }
    const MessageDraft message = draft();
    const bool later = notBefore.isValid();
    const int undoSeconds = undoSendSeconds(m_controller->profile());
    const QDateTime when = later ? notBefore
        : undoSeconds > 0        ? QDateTime::currentDateTimeUtc().addSecs(undoSeconds)
                                 : QDateTime();

    hideMessage();
    m_sending = true;
    validate();
    // Written and spooled on a worker thread: the window stays responsive, and Cancel stops it.
    const qint64 size = attachmentsSize();
    m_progressText->setText(size >= LargeMessageBytes
            ? tr("Writing the message (%1)…").arg(formatSize(size))
            : tr("Writing the message…"));
    m_progress->show();
    m_cancelWriting->show();
    setEditable(false); // what is being written is what was there at Send
    m_enqueue = m_controller->startEnqueue(message, accountName(), when, this);
    connect(m_enqueue, &EnqueueJob::queued, this, [this, later, notBefore, when](qint64 id) {
        endWriting();
        setEditable(true); // the undo countdown takes it away again while it runs
        removeDraftFile();
        m_changed = false;
        if (later) {
            statusBar()->showMessage(
                tr("Queued to be sent %1")
                    .arg(QLocale().toString(notBefore.toLocalTime(), QLocale::ShortFormat)));
            m_pendingId = id;
            finishSent();
        } else if (when.isValid()) {
            startUndoCountdown(id, when);
        } else {
            m_pendingId = id;
            finishSent();
        }
    });
    connect(m_enqueue, &EnqueueJob::failed, this, [this](const QString &error) {
        endWriting();
        setEditable(true);
        showMessage(tr("The message was not sent; everything is still here. %1").arg(error), true);
    });
    return true;
}

void ComposeWindow::endWriting()
{
    m_enqueue->deleteLater();
    m_enqueue = nullptr;
    m_progress->hide();
    m_cancelWriting->hide();
    m_progressText->clear();
    m_sending = false;
}

void ComposeWindow::startUndoCountdown(qint64 id, const QDateTime &until)
{
    m_pendingId = id;
    m_pendingUntil = until;
    setEditable(false);
    m_undoBar->show();
    onUndoTick();
    m_undoTimer->start();
    m_undoButton->setFocus();
    validate();
}

void ComposeWindow::onUndoTick()
{
    if (!m_pendingId) {
        m_undoTimer->stop();
        return;
    }
    const qint64 remaining = QDateTime::currentDateTimeUtc().msecsTo(m_pendingUntil);
    if (remaining <= 0) {
        finishSent();
        return;
    }
    const int seconds = int((remaining + 999) / 1000);
    m_undoText->setText(tr("Sending in %n second(s)…", nullptr, seconds));
}

bool ComposeWindow::undoSend()
{
    if (!m_pendingId)
        return false;
    m_undoTimer->stop();
    QString error;
    if (!m_controller->unsend(*m_pendingId, &error)) {
        m_undoBar->hide();
        showMessage(tr("Too late to undo: %1.").arg(error), true);
        finishSent();
        return false;
    }
    m_pendingId.reset();
    m_undoBar->hide();
    setEditable(true);
    showMessage(tr("Sending was undone. The message is back here."), false);
    m_changed = true;
    (void)saveDraft();
    validate();
    m_form->body()->setFocus();
    return true;
}

void ComposeWindow::finishSent(bool closeWindow)
{
    m_undoTimer->stop();
    m_undoBar->hide();
    if (!m_pendingId)
        return;
    const qint64 id = *m_pendingId;
    m_pendingId.reset();
    m_changed = false;
    Q_EMIT sent(id);
    if (closeWindow && m_messageBar->isHidden())
        close();
}

void ComposeWindow::sendLater()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Send Later"));
    auto *layout = new QFormLayout(&dialog);
    auto *when = new QDateTimeEdit(&dialog);
    when->setObjectName(QStringLiteral("sendLaterTime"));
    when->setCalendarPopup(true);
    const QDateTime now = QDateTime::currentDateTime();
    when->setMinimumDateTime(now.addSecs(60));
    QDateTime suggestion = now.addSecs(3600);
    suggestion.setTime(QTime(suggestion.time().hour(), 0));
    when->setDateTime(suggestion);
    setAccessible(when, tr("Send at"));
    layout->addRow(tr("Send &at:"), when);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Queue"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        (void)send(when->dateTime().toUTC());
}

void ComposeWindow::setEditable(bool editable)
{
    m_form->setEnabled(editable);
    for (QAction *action : actions())
        action->setEnabled(editable);
    for (QAction *action : m_form->formatActions())
        action->setEnabled(editable && isRichText());
    validate();
}

// ---- feedback ----------------------------------------------------------------------------

void ComposeWindow::showMessage(const QString &text, bool isError)
{
    const QStyle::StandardPixmap icon
        = isError ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_messageIcon->setPixmap(style()->standardIcon(icon).pixmap(extent, extent));
    m_messageText->setText(text);
    m_messageBar->setAccessibleName(isError ? tr("Error") : tr("Notice"));
    m_messageBar->setAccessibleDescription(text);
    m_messageBar->show();
}

void ComposeWindow::hideMessage()
{
    m_messageBar->hide();
    m_messageText->clear();
}

void ComposeWindow::updateTitle(const QString &subject)
{
    setWindowTitle(subject.trimmed().isEmpty() ? tr("New Message") : subject.trimmed());
}

void ComposeWindow::closeEvent(QCloseEvent *event)
{
    m_autosave->stop();
    if (m_enqueue) {
        // Closing while the message is being written calls it off; the draft stays.
        m_enqueue->cancel();
        QString error;
        if (!saveDraft(&error)) {
            showMessage(tr("The draft could not be saved: %1").arg(error), true);
            m_autosave->start();
            event->ignore();
            return;
        }
    } else if (m_pendingId) {
        finishSent(false); // closing during the undo window lets the message go
    } else if (m_form->hasContent()) {
        QString error;
        if (m_changed && !saveDraft(&error)) {
            // Nothing typed may be lost: stay open and say why.
            showMessage(tr("The draft could not be saved: %1").arg(error), true);
            m_autosave->start();
            event->ignore();
            return;
        }
    } else {
        removeDraftFile();
    }
    event->accept();
}

// ---- drafts ------------------------------------------------------------------------------

QString ComposeWindow::draftFilePath() const
{
    return m_drafts.filePath(m_draftId);
}

void ComposeWindow::setAutosaveInterval(int ms)
{
    m_autosave->setInterval(ms);
}

bool ComposeWindow::saveDraft(QString *error)
{
    if (!m_changed || m_pendingId)
        return true;
    if (!m_form->hasContent()) {
        removeDraftFile();
        m_changed = false;
        return true;
    }
    if (!m_drafts.save(m_draftId, m_form->savedDraft(), error))
        return false;
    m_changed = false;
    statusBar()->showMessage(tr("Draft saved"), 2000);
    return true;
}

bool ComposeWindow::restoreDraft(const QString &filePath, QString *error)
{
    const std::optional<SavedDraft> saved = DraftStore::load(filePath, error);
    if (!saved)
        return false;
    m_form->restore(*saved);
    m_draftId = DraftStore::idOf(filePath);
    m_changed = false;
    return true;
}

QStringList ComposeWindow::savedDrafts(const Profile &profile)
{
    return DraftStore(profile).list();
}

QString ComposeWindow::draftTitle(const QString &filePath)
{
    const QString subject = DraftStore::load(filePath).value_or(SavedDraft {}).subject.simplified();
    const QString saved
        = QLocale().toString(QFileInfo(filePath).lastModified(), QLocale::ShortFormat);
    return tr("%1 (saved %2)").arg(subject.isEmpty() ? tr("(no subject)") : subject, saved);
}

void ComposeWindow::removeDraftFile()
{
    m_drafts.remove(m_draftId);
}
