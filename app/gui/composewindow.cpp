#include "composewindow.h"

#include "appcontroller.h"

#include "core/durablefile.h"
#include "mime/htmltext.h"
#include "mime/mailaddress.h"
#include "sandbox/sandboxserver.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextFormat>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

const QString ComposeGroup = QStringLiteral("compose");
const QString SignaturesGroup = QStringLiteral("signatures");
const QString SizeLimitsGroup = QStringLiteral("serverSizeLimits");
constexpr int DefaultUndoSendSeconds = 10;
// Above this the message takes a noticeable moment to write and copy into the spool.
constexpr qint64 LargeMessageBytes = 2 * 1024 * 1024;
// The widest an inline image is shown in the editor; the part itself is sent as it is.
constexpr int MaxImageWidth = 600;

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// A QCompleter for a comma-separated address list: it completes the entry being typed (after
// the last comma) and puts the completion back in place of that entry only.
class AddressCompleter : public QCompleter
{
public:
    AddressCompleter(const QStringList &addresses, QLineEdit *edit)
        : QCompleter(new QStringListModel(addresses, edit), edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchContains);
        setCompletionMode(QCompleter::PopupCompletion);
    }

    [[nodiscard]] QStringList splitPath(const QString &path) const override
    {
        return { currentEntry(path) };
    }

    [[nodiscard]] QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString completion = QCompleter::pathFromIndex(index);
        const QString text = m_edit->text();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        return comma < 0 ? completion : text.left(comma + 1) + QLatin1Char(' ') + completion;
    }

private:
    static QString currentEntry(const QString &text)
    {
        return text.mid(text.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
    }

    QLineEdit *m_edit;
};

void setAccessible(QWidget *widget, const QString &name, const QString &description = {})
{
    widget->setAccessibleName(name);
    if (!description.isEmpty())
        widget->setAccessibleDescription(description);
}

} // namespace

// ---- settings ----------------------------------------------------------------------------

namespace ComposeSettings {

int undoSendSeconds(const Profile &profile)
{
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    bool ok = false;
    const int seconds
        = s.value(ComposeGroup + QStringLiteral("/undoSendSeconds"), DefaultUndoSendSeconds)
              .toInt(&ok);
    return ok ? qBound(0, seconds, 600) : DefaultUndoSendSeconds;
}

void setUndoSendSeconds(const Profile &profile, int seconds)
{
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    s.setValue(ComposeGroup + QStringLiteral("/undoSendSeconds"), seconds);
}

QString signature(const Profile &profile, const QString &account)
{
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    s.beginGroup(SignaturesGroup);
    return s.value(account).toString();
}

void setSignature(const Profile &profile, const QString &account, const QString &text)
{
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    s.beginGroup(SignaturesGroup);
    if (text.trimmed().isEmpty())
        s.remove(account);
    else
        s.setValue(account, text);
}

std::optional<qint64> sizeLimit(const Profile &profile, const QString &account)
{
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    s.beginGroup(SizeLimitsGroup);
    bool ok = false;
    const qint64 octets = s.value(account).toLongLong(&ok);
    return ok && octets > 0 ? std::optional<qint64>(octets) : std::nullopt;
}

void setSizeLimit(const Profile &profile, const QString &account, std::optional<qint64> octets)
{
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    s.beginGroup(SizeLimitsGroup);
    if (octets)
        s.setValue(account, *octets);
    else
        s.remove(account);
}

} // namespace ComposeSettings

// ---- construction ------------------------------------------------------------------------

ComposeWindow::ComposeWindow(AppController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_draftId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_autosave(new QTimer(this))
    , m_validateLater(new QTimer(this))
    , m_undoTimer(new QTimer(this))
{
    setAcceptDrops(true);
    buildActions();
    buildUi();
    reloadIdentities();
    connect(m_controller, &AppController::accountsChanged, this, &ComposeWindow::reloadIdentities);

    m_autosave->setInterval(3000);
    connect(m_autosave, &QTimer::timeout, this, [this] { (void)saveDraft(); });
    m_autosave->start();
    // Fields are marked once typing pauses, so a half-typed address is not flagged at once.
    m_validateLater->setSingleShot(true);
    m_validateLater->setInterval(700);
    connect(m_validateLater, &QTimer::timeout, this, &ComposeWindow::showFieldErrors);
    m_undoTimer->setInterval(250);
    connect(m_undoTimer, &QTimer::timeout, this, &ComposeWindow::onUndoTick);

    applySignature(accountName());
    m_changed = false;
    validate();
    updateTitle();
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

    auto *attach = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&Attach…"), this);
    attach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    attach->setToolTip(tr("Attach files (or drop them on the window)"));
    connect(attach, &QAction::triggered, this, &ComposeWindow::chooseAttachments);

    m_insertImageAction = new QAction(tr("Insert &Image…"), this);
    m_insertImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_insertImageAction->setToolTip(tr("Insert an image into the text (switches to rich text)"));
    connect(m_insertImageAction, &QAction::triggered, this, &ComposeWindow::chooseInlineImage);

    m_richAction = new QAction(tr("&Rich Text"), this);
    m_richAction->setCheckable(true);
    m_richAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_richAction->setToolTip(tr("Write with formatting (sent as HTML with a plain-text copy)"));
    connect(m_richAction, &QAction::toggled, this, [this](bool rich) {
        if (!rich && !inlineImagesInUse(m_body->toHtml()).isEmpty()) {
            const auto answer = QMessageBox::question(this, tr("Switch to plain text"),
                tr("Plain text cannot hold images or formatting. Remove them?"));
            if (answer != QMessageBox::Yes) {
                const QSignalBlocker blocker(m_richAction);
                m_richAction->setChecked(true);
                return;
            }
        }
        setRichText(rich);
    });

    auto formatAction = [this](const QString &text, const QKeySequence &key, auto apply) {
        auto *action = new QAction(text, this);
        action->setCheckable(true);
        action->setShortcut(key);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, apply);
        m_formatActions << action;
        return action;
    };
    formatAction(tr("&Bold"), QKeySequence::Bold, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_body->mergeCurrentCharFormat(format);
    });
    formatAction(tr("&Italic"), QKeySequence::Italic, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_body->mergeCurrentCharFormat(format);
    });
    formatAction(tr("&Underline"), QKeySequence::Underline, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        m_body->mergeCurrentCharFormat(format);
    });
    formatAction(tr("&List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), [this](bool on) {
        QTextCursor cursor = m_body->textCursor();
        if (on) {
            cursor.createList(QTextListFormat::ListDisc);
        } else if (QTextList *list = cursor.currentList()) {
            list->remove(cursor.block());
            QTextBlockFormat format = cursor.blockFormat();
            format.setIndent(0);
            cursor.setBlockFormat(format);
        }
    });

    auto *toolbar = addToolBar(tr("Message"));
    toolbar->setObjectName(QStringLiteral("composeToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_sendAction);
    toolbar->addAction(m_sendLaterAction);
    toolbar->addSeparator();
    toolbar->addAction(attach);
    toolbar->addAction(m_insertImageAction);
    toolbar->addSeparator();
    toolbar->addAction(m_richAction);
    for (QAction *action : std::as_const(m_formatActions))
        toolbar->addAction(action);
    addAction(attach);
    addAction(m_insertImageAction);
    addAction(m_richAction);
    addAction(m_sendLaterAction);
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

    m_form = new QWidget(central);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_identity = new QComboBox(m_form);
    m_identity->setObjectName(QStringLiteral("identity"));
    setAccessible(m_identity, tr("From"), tr("The account and address the message is sent from"));
    connect(m_identity, &QComboBox::currentIndexChanged, this, &ComposeWindow::onIdentityChanged);
    fields->addRow(tr("&From:"), m_identity);

    QStringList known = m_controller->knownAddresses();
    const struct
    {
        QString name;
        QString label;
        QString objectName;
    } addressFields[] = {
        { tr("To"), tr("&To:"), QStringLiteral("to") },
        { tr("Cc"), tr("&Cc:"), QStringLiteral("cc") },
        { tr("Bcc"), tr("&Bcc:"), QStringLiteral("bcc") },
    };
    for (const auto &spec : addressFields) {
        AddressField field;
        field.name = spec.name;
        field.edit = new QLineEdit(m_form);
        field.edit->setObjectName(spec.objectName);
        field.edit->setPlaceholderText(tr("name@example.org, \"Name\" <name@example.org>"));
        field.edit->setClearButtonEnabled(true);
        setAccessible(field.edit, spec.name, tr("Addresses separated by commas"));
        field.edit->setCompleter(new AddressCompleter(known, field.edit));
        field.error = new QLabel(m_form);
        field.error->setObjectName(spec.objectName + QStringLiteral("Error"));
        field.error->setTextFormat(Qt::PlainText);
        field.error->setWordWrap(true);
        field.error->hide();
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field.edit);
        column->addWidget(field.error);
        fields->addRow(spec.label, column);
        if (auto *label = qobject_cast<QLabel *>(fields->labelForField(column)))
            label->setBuddy(field.edit);
        connect(field.edit, &QLineEdit::textChanged, this, [this] {
            validate();
            markChanged();
            m_validateLater->start();
        });
        connect(field.edit, &QLineEdit::editingFinished, this, &ComposeWindow::showFieldErrors);
        m_fields << field;
    }

    m_subject = new QLineEdit(m_form);
    m_subject->setObjectName(QStringLiteral("subject"));
    setAccessible(m_subject, tr("Subject"));
    connect(m_subject, &QLineEdit::textChanged, this, [this] {
        markChanged();
        updateTitle();
    });
    fields->addRow(tr("Subj&ect:"), m_subject);
    formLayout->addLayout(fields);

    auto *splitter = new QSplitter(Qt::Vertical, m_form);
    m_body = new QTextEdit(splitter);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setAcceptRichText(false);
    m_body->setTabChangesFocus(true);
    setAccessible(m_body, tr("Message text"));
    m_body->viewport()->installEventFilter(this);
    connect(m_body->document(), &QTextDocument::contentsChanged, this, &ComposeWindow::markChanged);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat &f) {
        m_formatActions[0]->setChecked(f.fontWeight() >= QFont::Bold);
        m_formatActions[1]->setChecked(f.fontItalic());
        m_formatActions[2]->setChecked(f.fontUnderline());
        m_formatActions[3]->setChecked(m_body->textCursor().currentList() != nullptr);
    });

    auto *attachmentsPane = new QWidget(splitter);
    auto *attachmentsLayout = new QVBoxLayout(attachmentsPane);
    attachmentsLayout->setContentsMargins(0, 0, 0, 0);
    m_attachments = new QTreeWidget(attachmentsPane);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setColumnCount(2);
    m_attachments->setHeaderLabels({ tr("Attachment"), tr("Size") });
    m_attachments->setRootIsDecorated(false);
    m_attachments->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attachments->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attachments->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attachments->header()->setStretchLastSection(false);
    setAccessible(m_attachments, tr("Attachments"),
        tr("Files sent with the message; press Delete to remove the selected ones"));
    m_attachments->viewport()->installEventFilter(this);
    m_attachments->installEventFilter(this);
    auto *summaryRow = new QHBoxLayout;
    m_attachmentSummary = new QLabel(attachmentsPane);
    m_attachmentSummary->setObjectName(QStringLiteral("attachmentSummary"));
    m_attachmentSummary->setTextFormat(Qt::PlainText);
    m_attachmentSummary->setWordWrap(true);
    auto *remove = new QPushButton(tr("&Remove"), attachmentsPane);
    remove->setObjectName(QStringLiteral("removeAttachment"));
    setAccessible(remove, tr("Remove attachment"));
    connect(remove, &QPushButton::clicked, this, &ComposeWindow::removeSelectedAttachments);
    summaryRow->addWidget(m_attachmentSummary, 1);
    summaryRow->addWidget(remove);
    attachmentsLayout->addWidget(m_attachments);
    attachmentsLayout->addLayout(summaryRow);
    splitter->addWidget(m_body);
    splitter->addWidget(attachmentsPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    formLayout->addWidget(splitter, 1);
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

    setTabOrder(m_identity, m_fields[0].edit);
    setTabOrder(m_fields[0].edit, m_fields[1].edit);
    setTabOrder(m_fields[1].edit, m_fields[2].edit);
    setTabOrder(m_fields[2].edit, m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_attachments);
    updateAttachmentSummary();
}

// ---- identities and signatures -----------------------------------------------------------

void ComposeWindow::reloadIdentities()
{
    const QString current = accountName();
    const QSignalBlocker blocker(m_identity);
    m_identity->clear();
    for (const Account &account : m_controller->accounts()) {
        const QString text = account.address.isEmpty()
            ? account.name
            : MailAddress(account.address, account.displayName).toDisplayString();
        m_identity->addItem(text, account.name);
        m_identity->setItemData(m_identity->count() - 1,
            tr("Account \"%1\", sent through %2").arg(account.name, account.smtp.host),
            Qt::ToolTipRole);
    }
    const int index = m_identity->findData(current);
    m_identity->setCurrentIndex(index >= 0 ? index : 0);
    if (accountName() != current)
        onIdentityChanged();
    validate();
}

QString ComposeWindow::accountName() const
{
    return m_identity->currentData().toString();
}

void ComposeWindow::setAccountName(const QString &name)
{
    const int index = m_identity->findData(name);
    if (index >= 0)
        m_identity->setCurrentIndex(index);
}

void ComposeWindow::onIdentityChanged()
{
    applySignature(accountName());
    updateAttachmentSummary();
    validate();
    markChanged();
}

// Replaces the signature block ("-- " line, RFC 3676 §4.3) of the previous identity at the end
// of the body with the new identity's, leaving whatever the user wrote above it alone.
void ComposeWindow::applySignature(const QString &account)
{
    QTextDocument *document = m_body->document();
    const int editPosition = m_body->textCursor().position();
    auto endPosition = [document] {
        QTextCursor end(document);
        end.movePosition(QTextCursor::End);
        return end.position();
    };
    auto tail = [document, &endPosition](int length) {
        QTextCursor cursor(document);
        const int end = endPosition();
        if (length > end)
            return QTextCursor();
        cursor.setPosition(end - length);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        return cursor;
    };
    auto tailText = [](const QTextCursor &cursor) {
        return cursor.isNull()
            ? QString()
            : cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    };

    if (!m_signatureShown.isEmpty()) {
        QTextCursor old = tail(int(m_signatureShown.size()));
        if (tailText(old) == m_signatureShown)
            old.removeSelectedText();
    }
    QString text = account.isEmpty() ? QString()
                                     : ComposeSettings::signature(m_controller->profile(), account);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_signatureShown = text.trimmed().isEmpty() ? QString() : QStringLiteral("\n-- \n") + text;
    if (m_signatureShown.isEmpty())
        return;
    const int bodyEnd = endPosition();
    if (tailText(tail(int(m_signatureShown.size()))) == m_signatureShown)
        return; // already there (a restored draft)
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_signatureShown, QTextCharFormat());
    QTextCursor edit = m_body->textCursor();
    edit.setPosition(qMin(editPosition, bodyEnd));
    m_body->setTextCursor(edit);
}

// ---- validation --------------------------------------------------------------------------

QStringList ComposeWindow::invalidFields() const
{
    QStringList invalid;
    for (const AddressField &field : m_fields) {
        const MailAddressParseResult parsed = MailAddress::parseList(field.edit->text());
        if (!parsed.isValid())
            invalid << tr("%1: %2").arg(field.name, parsed.errorString);
    }
    return invalid;
}

bool ComposeWindow::canSend() const
{
    if (m_sending || m_pendingId || accountName().isEmpty())
        return false;
    int recipients = 0;
    for (const AddressField &field : m_fields) {
        const MailAddressParseResult parsed = MailAddress::parseList(field.edit->text());
        if (!parsed.isValid())
            return false;
        recipients += int(parsed.addresses.size());
    }
    return recipients > 0;
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
    for (const AddressField &field : m_fields) {
        if (!field.error->isHidden() && MailAddress::parseList(field.edit->text()).isValid()) {
            field.error->hide();
            field.edit->setAccessibleDescription(tr("Addresses separated by commas"));
        }
    }
}

void ComposeWindow::showFieldErrors()
{
    for (const AddressField &field : m_fields) {
        const MailAddressParseResult parsed = MailAddress::parseList(field.edit->text());
        if (parsed.isValid()) {
            field.error->hide();
            field.edit->setAccessibleDescription(tr("Addresses separated by commas"));
        } else {
            // Marked by an icon and words, not by colour alone: it reads in any palette.
            const QString text = tr("%1 is not valid: %2").arg(field.name, parsed.errorString);
            field.error->setText(QStringLiteral("⚠ ") + text);
            field.error->show();
            field.edit->setAccessibleDescription(text);
        }
    }
}

// ---- the draft ---------------------------------------------------------------------------

void ComposeWindow::setDraft(const MessageDraft &draft)
{
    for (const Account &account : m_controller->accounts()) {
        if (!draft.from.isNull()
            && account.address.compare(draft.from.address(), Qt::CaseInsensitive) == 0) {
            const QSignalBlocker blocker(m_identity);
            setAccountName(account.name);
            break;
        }
    }
    m_fields[0].edit->setText(MailAddress::toDisplayString(draft.to));
    m_fields[1].edit->setText(MailAddress::toDisplayString(draft.cc));
    m_fields[2].edit->setText(MailAddress::toDisplayString(draft.bcc));
    m_subject->setText(draft.subject);

    m_inlineImages.clear();
    m_signatureShown.clear();
    if (!draft.htmlBody.isEmpty()) {
        setRichText(true);
        for (const MessageAttachment &attachment : draft.attachments) {
            if (!attachment.isInline())
                continue;
            const QImage image(attachment.filePath);
            if (!image.isNull()) {
                m_body->document()->addResource(QTextDocument::ImageResource,
                    QUrl(QStringLiteral("cid:") + attachment.contentId), image);
            }
            m_inlineImages << attachment;
        }
        m_body->setHtml(draft.htmlBody);
    } else {
        setRichText(false);
        m_body->setPlainText(draft.plainBody);
    }

    m_files.clear();
    m_attachments->clear();
    for (const MessageAttachment &attachment : draft.attachments) {
        if (!attachment.isInline()) {
            QString error;
            if (!addAttachment(attachment.filePath, &error))
                showMessage(error, true);
            else if (!attachment.fileName.isEmpty() || !attachment.mimeType.isEmpty())
                m_files.last() = attachment;
        }
    }
    applySignature(accountName());
    QTextCursor start(m_body->document());
    m_body->setTextCursor(start);
    updateAttachmentSummary();
    validate();
    showFieldErrors();
    markChanged();
}

MessageDraft ComposeWindow::draft() const
{
    MessageDraft draft;
    if (const std::optional<Account> account = m_controller->account(accountName()))
        draft.from = MailAddress(account->address, account->displayName);
    QList<MailAddress> *lists[] = { &draft.to, &draft.cc, &draft.bcc };
    for (int i = 0; i < 3; ++i) {
        const MailAddressParseResult parsed = MailAddress::parseList(m_fields[i].edit->text());
        if (parsed.isValid())
            *lists[i] = parsed.addresses;
    }
    draft.subject = m_subject->text();
    if (isRichText()) {
        draft.htmlBody = m_body->toHtml();
        draft.plainBody = plainTextFromHtml(draft.htmlBody);
        draft.attachments = inlineImagesInUse(draft.htmlBody);
    } else {
        draft.plainBody = m_body->toPlainText();
    }
    draft.attachments << m_files;
    return draft;
}

QList<MessageAttachment> ComposeWindow::inlineImagesInUse(const QString &html) const
{
    QList<MessageAttachment> used;
    for (const MessageAttachment &image : m_inlineImages) {
        if (html.contains(QStringLiteral("cid:") + image.contentId))
            used << image;
    }
    return used;
}

bool ComposeWindow::isRichText() const
{
    return m_body->acceptRichText();
}

void ComposeWindow::setRichText(bool rich)
{
    {
        const QSignalBlocker blocker(m_richAction);
        m_richAction->setChecked(rich);
    }
    for (QAction *action : std::as_const(m_formatActions))
        action->setEnabled(rich);
    if (rich == isRichText())
        return;
    m_body->setAcceptRichText(rich);
    if (!rich) {
        // What plain text cannot hold goes: formatting, and the images' placeholders.
        QString text = m_body->toPlainText();
        text.remove(QChar::ObjectReplacementCharacter);
        m_body->setPlainText(text);
        m_inlineImages.clear();
    }
    markChanged();
}

bool ComposeWindow::hasContent() const
{
    for (const AddressField &field : m_fields) {
        if (!field.edit->text().trimmed().isEmpty())
            return true;
    }
    QString body = m_body->toPlainText();
    if (!m_signatureShown.isEmpty() && body.endsWith(m_signatureShown))
        body.chop(m_signatureShown.size());
    return !m_subject->text().trimmed().isEmpty() || !body.trimmed().isEmpty() || !m_files.isEmpty()
        || !m_inlineImages.isEmpty();
}

// ---- attachments -------------------------------------------------------------------------

bool ComposeWindow::addAttachment(const QString &filePath, QString *error)
{
    const QFileInfo info(filePath);
    if (!info.isFile() || !info.isReadable()) {
        if (error)
            *error = tr("Cannot attach %1: it is not a readable file.").arg(filePath);
        return false;
    }
    MessageAttachment attachment;
    attachment.filePath = info.absoluteFilePath();
    attachment.fileName = info.fileName();
    m_files << attachment;
    auto *item = new QTreeWidgetItem(m_attachments, { info.fileName(), formatSize(info.size()) });
    item->setToolTip(0, QDir::toNativeSeparators(info.absoluteFilePath()));
    item->setData(1, Qt::UserRole, info.size());
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    updateAttachmentSummary();
    markChanged();
    return true;
}

bool ComposeWindow::insertInlineImage(const QString &filePath, QString *error)
{
    const QFileInfo info(filePath);
    QImageReader reader(filePath);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = tr("Cannot insert %1: %2").arg(info.fileName(), reader.errorString());
        return false;
    }
    setRichText(true);
    MessageAttachment attachment;
    attachment.filePath = info.absoluteFilePath();
    attachment.fileName = info.fileName();
    // A msg-id (RFC 2392): unique on the left, the sender's domain on the right.
    QString domain
        = MailAddress(m_controller->account(accountName()).value_or(Account {}).address).domain();
    if (domain.isEmpty() || domain.contains(QLatin1Char('@')))
        domain = QStringLiteral("outbound.invalid");
    attachment.contentId
        = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
    const QUrl name(QStringLiteral("cid:") + attachment.contentId);
    m_body->document()->addResource(QTextDocument::ImageResource, name, image);
    QTextImageFormat format;
    format.setName(name.toString());
    if (image.width() > MaxImageWidth) {
        format.setWidth(MaxImageWidth);
        format.setHeight(double(image.height()) * MaxImageWidth / image.width());
    }
    m_inlineImages << attachment;
    m_body->textCursor().insertImage(format);
    updateAttachmentSummary();
    markChanged();
    return true;
}

qint64 ComposeWindow::attachmentsSize() const
{
    qint64 total = 0;
    for (const MessageAttachment &attachment : m_files)
        total += QFileInfo(attachment.filePath).size();
    for (const MessageAttachment &image : m_inlineImages)
        total += QFileInfo(image.filePath).size();
    return total;
}

std::optional<qint64> ComposeWindow::sizeLimit() const
{
    const QString account = accountName();
    if (account.isEmpty())
        return std::nullopt;
    if (account == AppController::sandboxAccountName() && m_controller->sandbox())
        return m_controller->sandbox()->settings().maxMessageSize;
    return ComposeSettings::sizeLimit(m_controller->profile(), account);
}

void ComposeWindow::updateAttachmentSummary()
{
    const qint64 total = attachmentsSize();
    const int count = int(m_files.size());
    QString text = count == 0
        ? tr("No attachments; drop files here to attach them.")
        : tr("%n attachment(s), %1 in all", nullptr, count).arg(formatSize(total));
    if (const std::optional<qint64> limit = sizeLimit(); limit && total > 0) {
        // Base64 makes attachments a third larger on the wire (RFC 2045 §6.8).
        const qint64 estimate = (total + 2) / 3 * 4;
        if (estimate > *limit) {
            text = QStringLiteral("⚠ ")
                + tr("%1 — encoded, about %2: more than the %3 the server accepts.")
                      .arg(text, formatSize(estimate), formatSize(*limit));
        } else {
            text += QLatin1Char(' ') + tr("(the server accepts up to %1)").arg(formatSize(*limit));
        }
    }
    m_attachmentSummary->setText(text);
    m_attachmentSummary->setAccessibleName(text);
}

void ComposeWindow::removeSelectedAttachments()
{
    const QList<QTreeWidgetItem *> selected = m_attachments->selectedItems();
    QList<int> rows;
    for (QTreeWidgetItem *item : selected)
        rows << m_attachments->indexOfTopLevelItem(item);
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows)) {
        delete m_attachments->takeTopLevelItem(row);
        m_files.removeAt(row);
    }
    if (!rows.isEmpty()) {
        updateAttachmentSummary();
        markChanged();
    }
}

void ComposeWindow::chooseAttachments()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    for (const QString &file : files) {
        QString error;
        if (!addAttachment(file, &error))
            showMessage(error, true);
    }
}

void ComposeWindow::chooseInlineImage()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString file = QFileDialog::getOpenFileName(this, tr("Insert Image"), QString(),
        tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    QString error;
    if (!file.isEmpty() && !insertInlineImage(file, &error))
        showMessage(error, true);
}

bool ComposeWindow::acceptsFiles(const QMimeData *mime) const
{
    if (!mime || !mime->hasUrls() || !m_form->isEnabled())
        return false;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(
        urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
}

void ComposeWindow::addDroppedFiles(const QMimeData *mime)
{
    QStringList problems;
    for (const QUrl &url : mime->urls()) {
        QString error;
        if (url.isLocalFile() && !addAttachment(url.toLocalFile(), &error))
            problems << error;
    }
    if (!problems.isEmpty())
        showMessage(problems.join(QLatin1Char('\n')), true);
}

void ComposeWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsFiles(event->mimeData()))
        event->acceptProposedAction();
}

void ComposeWindow::dropEvent(QDropEvent *event)
{
    if (!acceptsFiles(event->mimeData()))
        return;
    addDroppedFiles(event->mimeData());
    event->acceptProposedAction();
}

bool ComposeWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Files dropped on the text or the list are attached, not pasted as their names.
    if (watched == m_body->viewport() || watched == m_attachments->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (acceptsFiles(drag->mimeData())) {
                drag->acceptProposedAction();
                return true;
            }
            break;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            if (acceptsFiles(drop->mimeData())) {
                addDroppedFiles(drop->mimeData());
                drop->acceptProposedAction();
                return true;
            }
            break;
        }
        default:
            break;
        }
    } else if (watched == m_attachments && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelectedAttachments();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---- sending -----------------------------------------------------------------------------

bool ComposeWindow::send(const QDateTime &notBefore)
{
    validate();
    showFieldErrors();
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
    const int undoSeconds = ComposeSettings::undoSendSeconds(m_controller->profile());
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
    m_body->setFocus();
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
    for (QAction *action : std::as_const(m_formatActions))
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

void ComposeWindow::updateTitle()
{
    const QString subject = m_subject->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("New Message") : subject);
}

void ComposeWindow::markChanged()
{
    m_changed = true;
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
    } else if (hasContent()) {
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
    return m_controller->profile().path() + QStringLiteral("/drafts/") + m_draftId
        + QStringLiteral(".json");
}

void ComposeWindow::setAutosaveInterval(int ms)
{
    m_autosave->setInterval(ms);
}

bool ComposeWindow::saveDraft(QString *error)
{
    if (!m_changed || m_pendingId)
        return true;
    if (!hasContent()) {
        removeDraftFile();
        m_changed = false;
        return true;
    }
    const QString folder = QFileInfo(draftFilePath()).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("cannot create %1").arg(folder);
        return false;
    }
    // Drafts hold mail: readable by the user only, like the rest of the profile.
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QJsonObject object;
    object.insert(QStringLiteral("version"), 1);
    object.insert(QStringLiteral("account"), accountName());
    object.insert(QStringLiteral("to"), m_fields[0].edit->text());
    object.insert(QStringLiteral("cc"), m_fields[1].edit->text());
    object.insert(QStringLiteral("bcc"), m_fields[2].edit->text());
    object.insert(QStringLiteral("subject"), m_subject->text());
    object.insert(QStringLiteral("rich"), isRichText());
    object.insert(QStringLiteral("body"), isRichText() ? m_body->toHtml() : m_body->toPlainText());
    auto toJson = [](const QList<MessageAttachment> &attachments) {
        QJsonArray array;
        for (const MessageAttachment &a : attachments) {
            array.append(QJsonObject { { QStringLiteral("path"), a.filePath },
                { QStringLiteral("name"), a.fileName }, { QStringLiteral("mimeType"), a.mimeType },
                { QStringLiteral("contentId"), a.contentId } });
        }
        return array;
    };
    object.insert(QStringLiteral("attachments"), toJson(m_files));
    object.insert(QStringLiteral("inline"), toJson(m_inlineImages));
    object.insert(
        QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));

    QSaveFile file(draftFilePath());
    if (!openPrivate(file) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_changed = false;
    statusBar()->showMessage(tr("Draft saved"), 2000);
    return true;
}

bool ComposeWindow::restoreDraft(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("%1 is not a draft: %2").arg(filePath, parseError.errorString());
        return false;
    }
    const QJsonObject object = document.object();
    auto fromJson = [](const QJsonArray &array) {
        QList<MessageAttachment> attachments;
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            MessageAttachment a;
            a.filePath = o.value(QStringLiteral("path")).toString();
            a.fileName = o.value(QStringLiteral("name")).toString();
            a.mimeType = o.value(QStringLiteral("mimeType")).toString();
            a.contentId = o.value(QStringLiteral("contentId")).toString();
            attachments << a;
        }
        return attachments;
    };
    // The address fields come back as typed, even when they did not parse.
    MessageDraft draft;
    draft.subject = object.value(QStringLiteral("subject")).toString();
    const QString body = object.value(QStringLiteral("body")).toString();
    if (object.value(QStringLiteral("rich")).toBool())
        draft.htmlBody = body.isEmpty() ? QStringLiteral("<p></p>") : body;
    else
        draft.plainBody = body;
    draft.attachments = fromJson(object.value(QStringLiteral("inline")).toArray());
    draft.attachments << fromJson(object.value(QStringLiteral("attachments")).toArray());
    {
        const QSignalBlocker blocker(m_identity);
        setAccountName(object.value(QStringLiteral("account")).toString());
    }
    setDraft(draft);
    m_fields[0].edit->setText(object.value(QStringLiteral("to")).toString());
    m_fields[1].edit->setText(object.value(QStringLiteral("cc")).toString());
    m_fields[2].edit->setText(object.value(QStringLiteral("bcc")).toString());
    showFieldErrors();
    m_draftId = QFileInfo(filePath).completeBaseName();
    m_changed = false;
    return true;
}

QStringList ComposeWindow::savedDrafts(const Profile &profile)
{
    const QDir folder(profile.path() + QStringLiteral("/drafts"));
    QStringList files;
    for (const QFileInfo &info :
        folder.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time))
        files << info.absoluteFilePath();
    return files;
}

QString ComposeWindow::draftTitle(const QString &filePath)
{
    QFile file(filePath);
    QString subject;
    if (file.open(QIODevice::ReadOnly))
        subject = QJsonDocument::fromJson(file.readAll())
                      .object()
                      .value(QStringLiteral("subject"))
                      .toString()
                      .simplified();
    const QString saved
        = QLocale().toString(QFileInfo(filePath).lastModified(), QLocale::ShortFormat);
    return tr("%1 (saved %2)").arg(subject.isEmpty() ? tr("(no subject)") : subject, saved);
}

void ComposeWindow::removeDraftFile()
{
    QFile::remove(draftFilePath());
}
