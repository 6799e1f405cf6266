// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "messagedetail.h"

#include "appcontroller.h"
#include "outboxmodel.h"

#include "outbox/attemptoutcome.h"

#include "mime/messagetree.h"
#include "transcript/transcriptentry.h"

#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// The header fields of a part, kept with its item so that selecting it needs no parsing.
constexpr int HeadersRole = Qt::UserRole + 1;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString recipientResult(RecipientState state)
{
    switch (state) {
    case RecipientState::Pending:
        return MessageDetail::tr("Pending");
    case RecipientState::Accepted:
        return MessageDetail::tr("Accepted");
    case RecipientState::Failed:
        return MessageDetail::tr("Refused");
    }
    return {};
}

QPlainTextEdit *readOnlyText(
    const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    return edit;
}

QTreeWidget *table(const QString &objectName, const QString &accessibleName,
    const QStringList &columns, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// A part's text for the tree; the part may come from any file, so everything is made visible.
void addPart(QTreeWidgetItem *item, const MessagePart &part)
{
    QString type = part.contentType;
    if (!part.charset.isEmpty())
        type += QStringLiteral("; charset=") + part.charset;
    item->setText(0, makeControlsVisible(type));
    item->setText(1, makeControlsVisible(part.fileName));
    item->setText(2, part.disposition);
    item->setText(3, part.transferEncoding);
    item->setText(4, QLocale().formattedDataSize(part.decodedSize));
    item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    QStringList headers;
    for (const MessageHeaderField &field : part.headers)
        headers << makeControlsVisible(field.name) + QStringLiteral(": ")
                + makeControlsVisible(field.value);
    item->setData(0, HeadersRole, headers.join(u'\n'));
    for (const MessagePart &child : part.children)
        addPart(new QTreeWidgetItem(item), child);
}

} // namespace

MessageDetail::MessageDetail(AppController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setAccessibleName(tr("Message details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_placeholder->setText(tr("Select a message to see its recipients, attempts and source."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("messageSummary"));
    m_summary->setAccessibleName(tr("Message summary"));
    m_summary->setTextFormat(Qt::PlainText); // subjects and reasons come from users and servers
    m_summary->setWordWrap(true);
    m_summary->setMargin(4);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::TabFocus);
    contentLayout->addWidget(m_summary);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Message detail pages"));
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);

    // Recipients
    m_recipients = table(QStringLiteral("recipients"), tr("Recipients and their results"),
        { tr("Recipient"), tr("Result"), tr("Server reply") }, m_tabs);
    m_tabs->addTab(m_recipients, tr("&Recipients"));

    // Attempts
    auto *attempts = new QSplitter(Qt::Horizontal, m_tabs);
    m_attemptList = table(QStringLiteral("attempts"), tr("Delivery attempts"),
        { tr("Started"), tr("Server"), tr("Result"), tr("Error") }, attempts);
    m_attemptTranscript = readOnlyText(
        QStringLiteral("attemptTranscript"), tr("Transcript of the selected attempt"), attempts);
    m_attemptTranscript->setPlaceholderText(tr("Select an attempt to see its transcript."));
    attempts->addWidget(m_attemptList);
    attempts->addWidget(m_attemptTranscript);
    attempts->setStretchFactor(1, 2);
    m_tabs->addTab(attempts, tr("&Attempts"));
    connect(m_attemptList, &QTreeWidget::currentItemChanged, this, &MessageDetail::showAttempt);

    // Structure
    auto *structurePage = new QWidget(m_tabs);
    auto *structureLayout = new QVBoxLayout(structurePage);
    m_structureNote = new QLabel(structurePage);
    m_structureNote->setTextFormat(Qt::PlainText);
    m_structureNote->setWordWrap(true);
    m_structureNote->setVisible(false);
    structureLayout->addWidget(m_structureNote);
    auto *structureSplit = new QSplitter(Qt::Horizontal, structurePage);
    m_structure = table(QStringLiteral("structure"), tr("MIME structure"),
        { tr("Type"), tr("Name"), tr("Disposition"), tr("Encoding"), tr("Size") }, structureSplit);
    m_structure->setRootIsDecorated(true);
    m_partHeaders = readOnlyText(
        QStringLiteral("partHeaders"), tr("Header fields of the selected part"), structureSplit);
    structureSplit->addWidget(m_structure);
    structureSplit->addWidget(m_partHeaders);
    structureSplit->setStretchFactor(0, 2);
    structureSplit->setStretchFactor(1, 1);
    structureLayout->addWidget(structureSplit, 1);
    m_tabs->addTab(structurePage, tr("S&tructure"));
    connect(m_structure, &QTreeWidget::currentItemChanged, this, &MessageDetail::showPartHeaders);

    // Source
    auto *sourcePage = new QWidget(m_tabs);
    auto *sourceLayout = new QVBoxLayout(sourcePage);
    m_sourceNote = new QLabel(sourcePage);
    m_sourceNote->setTextFormat(Qt::PlainText);
    m_sourceNote->setWordWrap(true);
    m_sourceNote->setVisible(false);
    sourceLayout->addWidget(m_sourceNote);
    m_source = readOnlyText(QStringLiteral("source"), tr("Message source"), sourcePage);
    m_source->setUndoRedoEnabled(false);
    sourceLayout->addWidget(m_source, 1);
    m_tabs->addTab(sourcePage, tr("S&ource"));

    setFocusProxy(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MessageDetail::loadCurrentPage);
    connect(controller, &AppController::outboxChanged, this, &MessageDetail::onOutboxChanged);
}

void MessageDetail::setMessage(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_spoolFile.clear();
    m_structureLoaded = false;
    m_sourceLoaded = false;
    m_attempts.clear();
    m_recipients->clear();
    m_attemptList->clear();
    m_attemptTranscript->clear();
    m_structure->clear();
    m_partHeaders->clear();
    m_source->clear();
    m_sourceNote->setVisible(false);
    m_structureNote->setVisible(false);
    reload();
}

void MessageDetail::setSelection(const QList<qint64> &ids)
{
    m_selectionCount = int(ids.size());
    if (ids.size() > 1) {
        setMessage(0);
        m_placeholder->setText(tr("%n messages selected. The actions apply to all of them; "
                                  "select one to see its details.",
            nullptr, m_selectionCount));
        m_stack->setCurrentIndex(0);
        return;
    }
    const qint64 id = ids.value(0);
    if (id == m_id)
        reload(); // the placeholder may have said "several"
    else
        setMessage(id);
}

QString MessageDetail::placeholderText() const
{
    return m_stack->currentIndex() == 0 ? m_placeholder->text() : QString();
}

void MessageDetail::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
    loadCurrentPage();
}

MessageDetail::Page MessageDetail::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

QString MessageDetail::sourceText() const
{
    return m_source->toPlainText();
}

void MessageDetail::onOutboxChanged(qint64 id)
{
    if (m_id != 0 && (id == 0 || id == m_id))
        reload();
}

void MessageDetail::reload()
{
    OutboxStore *store = m_controller->store();
    const std::optional<OutboxMessage> message
        = m_id != 0 && store ? store->message(m_id) : std::nullopt;
    if (!message) {
        if (m_id == 0 && m_selectionCount > 1)
            return; // setSelection() says how many
        m_placeholder->setText(m_id == 0
                ? tr("Select a message to see its recipients, attempts and source.")
                : tr("This message is no longer in the outbox."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_spoolFile = message->spoolFile;
    fillSummary(*message);
    fillRecipients(*message);
    fillAttempts();
    loadCurrentPage();
}

void MessageDetail::fillSummary(const OutboxMessage &message)
{
    QStringList lines;
    lines << (message.subject.isEmpty() ? tr("(no subject)")
                                        : makeControlsVisible(message.subject));
    lines << tr("From %1 through %2, %3")
                 .arg(makeControlsVisible(message.envelope.sender), message.account,
                     QLocale().formattedDataSize(message.size));
    QString state
        = tr("%1 — created %2").arg(messageStateDisplayName(message), timeText(message.createdAt));
    if (message.state == MessageState::Sent && message.sentAt.isValid())
        state += tr(", sent %1").arg(timeText(message.sentAt));
    if (!message.queueId.isEmpty())
        state += tr(", server queue id %1").arg(makeControlsVisible(message.queueId));
    lines << state;
    if (message.isPartlySent())
        lines << tr("Not delivered to %1")
                     .arg(makeControlsVisible(describeMissingRecipients(message)));
    if (!message.reason.isEmpty())
        lines << makeControlsVisible(message.reason);
    m_summary->setText(lines.join(u'\n'));
}

void MessageDetail::fillRecipients(const OutboxMessage &message)
{
    const QString current
        = m_recipients->currentItem() ? m_recipients->currentItem()->text(0) : QString();
    m_recipients->clear();
    for (const OutboxRecipient &recipient : message.recipients) {
        auto *item = new QTreeWidgetItem(m_recipients);
        item->setText(0, recipient.address);
        item->setText(1, recipientResult(recipient.state));
        item->setText(2, recipient.lastReply.summary());
        item->setIcon(1,
            OutboxModel::stateIcon(recipient.state == RecipientState::Accepted ? MessageState::Sent
                    : recipient.state == RecipientState::Failed ? MessageState::Failed
                                                                : MessageState::Queued));
        if (recipient.address == current)
            m_recipients->setCurrentItem(item);
    }
    m_recipients->resizeColumnToContents(0);
}

void MessageDetail::fillAttempts()
{
    const QList<OutboxAttempt> attempts = m_controller->store()->attempts(m_id);
    const qint64 current = m_attemptList->currentItem()
        ? m_attemptList->currentItem()->data(0, Qt::UserRole).toLongLong()
        : 0;
    const QSignalBlocker blocker(m_attemptList);
    m_attemptList->clear();
    m_attempts = attempts;
    QTreeWidgetItem *select = nullptr;
    for (const OutboxAttempt &attempt : attempts) {
        auto *item = new QTreeWidgetItem(m_attemptList);
        item->setText(0, timeText(attempt.startedAt));
        item->setText(1, makeControlsVisible(attempt.server));
        item->setText(2, attemptResultDisplayName(attempt.result));
        item->setText(3,
            makeControlsVisible(attempt.errorText.isEmpty()
                    ? attempt.errorCode
                    : attempt.errorText.section(u'\n', 0, 0)));
        item->setData(0, Qt::UserRole, attempt.id);
        if (attempt.id == current)
            select = item;
    }
    // The latest attempt is the one people look for.
    if (!select && m_attemptList->topLevelItemCount() > 0)
        select = m_attemptList->topLevelItem(m_attemptList->topLevelItemCount() - 1);
    if (select)
        m_attemptList->setCurrentItem(select);
    m_attemptList->resizeColumnToContents(0);
    showAttempt();
}

void MessageDetail::showAttempt()
{
    const QTreeWidgetItem *item = m_attemptList->currentItem();
    const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    QString text;
    for (const OutboxAttempt &attempt : std::as_const(m_attempts)) {
        if (attempt.id == id) {
            text = attempt.transcript;
            if (!attempt.errorText.isEmpty())
                text += (text.isEmpty() || text.endsWith(u'\n') ? QString() : QStringLiteral("\n"))
                    + QStringLiteral("# ") + attempt.errorText;
        }
    }
    // Only when it changed, so a refresh does not lose the reader's place.
    if (m_attemptTranscript->toPlainText() != text)
        m_attemptTranscript->setPlainText(text);
}

void MessageDetail::loadCurrentPage()
{
    if (m_spoolFile.isEmpty())
        return;
    switch (currentPage()) {
    case Page::Structure:
        loadStructure();
        break;
    case Page::Source:
        loadSource();
        break;
    case Page::Recipients:
    case Page::Attempts:
        break;
    }
}

void MessageDetail::loadStructure()
{
    if (m_structureLoaded)
        return;
    m_structureLoaded = true;
    m_structure->clear();
    MessageTree tree;
    if (!tree.readFile(m_spoolFile)) {
        m_structureNote->setText(tr("The message cannot be read: %1").arg(tree.errorString()));
        m_structureNote->setVisible(true);
        return;
    }
    m_structureNote->setText(
        tr("The message nests deeper than %n level(s); the deepest parts are not shown.", nullptr,
            MessageTree::MaxDepth));
    m_structureNote->setVisible(tree.isTruncated());
    auto *root = new QTreeWidgetItem(m_structure);
    addPart(root, tree.root());
    m_structure->expandAll();
    m_structure->resizeColumnToContents(0);
    m_structure->setCurrentItem(root);
    showPartHeaders();
}

void MessageDetail::showPartHeaders()
{
    const QTreeWidgetItem *item = m_structure->currentItem();
    m_partHeaders->setPlainText(item ? item->data(0, HeadersRole).toString() : QString());
}

void MessageDetail::loadSource()
{
    if (m_sourceLoaded)
        return;
    m_sourceLoaded = true;
    QFile file(m_spoolFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_sourceNote->setText(tr("The message cannot be read: %1").arg(file.errorString()));
        m_sourceNote->setVisible(true);
        m_source->clear();
        return;
    }
    const qint64 size = file.size();
    QByteArray bytes = file.read(MaxSourceBytes);
    const bool cut = size > bytes.size();
    if (cut) {
        m_sourceNote->setText(
            tr("Showing the first %1 of %2.")
                .arg(QLocale().formattedDataSize(bytes.size()), QLocale().formattedDataSize(size)));
    }
    m_sourceNote->setVisible(cut);
    bytes.replace("\r\n", "\n");
    m_source->setPlainText(QString::fromUtf8(bytes));
}
