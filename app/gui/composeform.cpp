// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "composeform.h"
#include "widgetsupport.h"

#include "appcontroller.h"

#include "mime/htmltext.h"
#include "mime/mailaddress.h"
#include "sandbox/sandboxserver.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextFormat>
#include <QTextList>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using Gui::setAccessible;

namespace {

// A QCompleter for a comma-separated address list: it completes the entry being typed (after
// the last comma) and puts the completion back in place of that entry only. The candidates are
// looked up as the entry changes (the outbox's table of used addresses), never loaded whole.
class AddressCompleter : public QCompleter
{
public:
    using Lookup = std::function<QStringList(const QString &fragment)>;

    AddressCompleter(Lookup lookup, QLineEdit *edit)
        : QCompleter(new QStringListModel(edit), edit)
        , m_edit(edit)
        , m_lookup(std::move(lookup))
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchContains);
        setCompletionMode(QCompleter::PopupCompletion);
        // Before QCompleter's own handler of the same signal (connected when set on the edit).
        connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) {
            const QString entry = currentEntry(text);
            if (entry.isEmpty() || entry == m_lookedUp)
                return;
            m_lookedUp = entry;
            static_cast<QStringListModel *>(model())->setStringList(m_lookup(entry));
        });
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
    Lookup m_lookup;
    QString m_lookedUp;
};

} // namespace

ComposeForm::ComposeForm(AppController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_validateLater(new QTimer(this))
{
    buildActions();
    buildUi();
    reloadIdentities();
    connect(m_controller, &AppController::accountsChanged, this, &ComposeForm::reloadIdentities);
    // Fields are marked once typing pauses, so a half-typed address is not flagged at once.
    m_validateLater->setSingleShot(true);
    m_validateLater->setInterval(700);
    connect(m_validateLater, &QTimer::timeout, this, &ComposeForm::showFieldErrors);
    applySignature(accountName());
}

ComposeForm::~ComposeForm()
{
    // The widgets outlive this class's members while QWidget tears them down, and a field
    // losing focus then would still call back here.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void ComposeForm::buildActions()
{
    m_attachAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&Attach…"), this);
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attachAction->setToolTip(tr("Attach files (or drop them on the window)"));
    connect(m_attachAction, &QAction::triggered, this, &ComposeForm::chooseAttachments);

    m_insertImageAction = new QAction(tr("Insert &Image…"), this);
    m_insertImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_insertImageAction->setToolTip(tr("Insert an image into the text (switches to rich text)"));
    connect(m_insertImageAction, &QAction::triggered, this, &ComposeForm::chooseInlineImage);

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
}

void ComposeForm::buildUi()
{
    auto *formLayout = new QVBoxLayout(this);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_identity = new QComboBox(this);
    m_identity->setObjectName(QStringLiteral("identity"));
    setAccessible(m_identity, tr("From"), tr("The account and address the message is sent from"));
    connect(m_identity, &QComboBox::currentIndexChanged, this, &ComposeForm::onIdentityChanged);
    fields->addRow(tr("&From:"), m_identity);

    const AddressCompleter::Lookup known = [controller = m_controller](const QString &fragment) {
        return controller->knownAddresses(fragment);
    };
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
        field.edit = new QLineEdit(this);
        field.edit->setObjectName(spec.objectName);
        field.edit->setPlaceholderText(tr("name@example.org, \"Name\" <name@example.org>"));
        field.edit->setClearButtonEnabled(true);
        setAccessible(field.edit, spec.name, tr("Addresses separated by commas"));
        field.edit->setCompleter(new AddressCompleter(known, field.edit));
        field.error = new QLabel(this);
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
            Q_EMIT recipientsChanged();
            Q_EMIT changed();
            m_validateLater->start();
        });
        connect(field.edit, &QLineEdit::editingFinished, this, &ComposeForm::showFieldErrors);
        m_fields << field;
    }

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    setAccessible(m_subject, tr("Subject"));
    connect(m_subject, &QLineEdit::textChanged, this, [this](const QString &subject) {
        Q_EMIT changed();
        Q_EMIT subjectChanged(subject);
    });
    fields->addRow(tr("Subj&ect:"), m_subject);
    formLayout->addLayout(fields);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_body = new QTextEdit(splitter);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setAcceptRichText(false);
    m_body->setTabChangesFocus(true);
    setAccessible(m_body, tr("Message text"));
    m_body->viewport()->installEventFilter(this);
    connect(m_body->document(), &QTextDocument::contentsChanged, this, &ComposeForm::changed);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat &f) {
        m_formatActions[0]->setChecked(f.fontWeight() >= QFont::Bold);
        m_formatActions[1]->setChecked(f.fontItalic());
        m_formatActions[2]->setChecked(f.fontUnderline());
        m_formatActions[3]->setChecked(m_body->textCursor().currentList() != nullptr);
    });

    QWidget *attachmentsPane = buildAttachmentsPane(splitter);
    splitter->addWidget(m_body);
    splitter->addWidget(attachmentsPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    formLayout->addWidget(splitter, 1);
    setTabOrder(m_identity, m_fields[0].edit);
    setTabOrder(m_fields[0].edit, m_fields[1].edit);
    setTabOrder(m_fields[1].edit, m_fields[2].edit);
    setTabOrder(m_fields[2].edit, m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_attachments);
    updateAttachmentSummary();
}

// ---- identities and signatures -----------------------------------------------------------

void ComposeForm::reloadIdentities()
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
    Q_EMIT recipientsChanged();
}

QString ComposeForm::accountName() const
{
    return m_identity->currentData().toString();
}

void ComposeForm::setAccountName(const QString &name)
{
    const int index = m_identity->findData(name);
    if (index >= 0)
        m_identity->setCurrentIndex(index);
}

void ComposeForm::onIdentityChanged()
{
    applySignature(accountName());
    updateAttachmentSummary();
    Q_EMIT recipientsChanged();
    Q_EMIT changed();
}

// Replaces the signature block ("-- " line, RFC 3676 §4.3) of the previous identity at the end
// of the body with the new identity's, leaving whatever the user wrote above it alone.
void ComposeForm::applySignature(const QString &account)
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
    QString text = account.isEmpty()
        ? QString()
        : m_controller->account(account).value_or(Account {}).signature;
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

QStringList ComposeForm::invalidFields() const
{
    QStringList invalid;
    for (const AddressField &field : m_fields) {
        const MailAddressParseResult parsed = MailAddress::parseList(field.edit->text());
        if (!parsed.isValid())
            invalid << tr("%1: %2").arg(field.name, parsed.errorString);
    }
    return invalid;
}

bool ComposeForm::isComplete() const
{
    if (accountName().isEmpty())
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

void ComposeForm::unmarkFixedFields()
{
    for (const AddressField &field : m_fields) {
        if (!field.error->isHidden() && MailAddress::parseList(field.edit->text()).isValid()) {
            field.error->hide();
            field.edit->setAccessibleDescription(tr("Addresses separated by commas"));
        }
    }
}

void ComposeForm::showFieldErrors()
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

void ComposeForm::setDraft(const MessageDraft &draft)
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
                Q_EMIT problem(error);
            else if (!attachment.fileName.isEmpty() || !attachment.mimeType.isEmpty())
                m_files.last() = attachment;
        }
    }
    applySignature(accountName());
    QTextCursor start(m_body->document());
    m_body->setTextCursor(start);
    updateAttachmentSummary();
    Q_EMIT recipientsChanged();
    showFieldErrors();
    Q_EMIT changed();
}

MessageDraft ComposeForm::draft() const
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

QList<MessageAttachment> ComposeForm::inlineImagesInUse(const QString &html) const
{
    QList<MessageAttachment> used;
    for (const MessageAttachment &image : m_inlineImages) {
        if (html.contains(QStringLiteral("cid:") + image.contentId))
            used << image;
    }
    return used;
}

SavedDraft ComposeForm::savedDraft() const
{
    SavedDraft saved;
    saved.account = accountName();
    saved.to = m_fields[0].edit->text();
    saved.cc = m_fields[1].edit->text();
    saved.bcc = m_fields[2].edit->text();
    saved.subject = m_subject->text();
    saved.rich = isRichText();
    saved.body = isRichText() ? m_body->toHtml() : m_body->toPlainText();
    saved.attachments = m_files;
    saved.inlineImages = m_inlineImages;
    return saved;
}

void ComposeForm::restore(const SavedDraft &saved)
{
    // The address fields come back as typed, even when they did not parse.
    MessageDraft draft;
    draft.subject = saved.subject;
    if (saved.rich)
        draft.htmlBody = saved.body.isEmpty() ? QStringLiteral("<p></p>") : saved.body;
    else
        draft.plainBody = saved.body;
    draft.attachments = saved.inlineImages;
    draft.attachments << saved.attachments;
    {
        const QSignalBlocker blocker(m_identity);
        setAccountName(saved.account);
    }
    setDraft(draft);
    m_fields[0].edit->setText(saved.to);
    m_fields[1].edit->setText(saved.cc);
    m_fields[2].edit->setText(saved.bcc);
    showFieldErrors();
}

bool ComposeForm::isRichText() const
{
    return m_body->acceptRichText();
}

void ComposeForm::setRichText(bool rich)
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
    Q_EMIT changed();
}

bool ComposeForm::hasContent() const
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
