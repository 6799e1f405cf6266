// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// ComposeForm's attachments: the list under the body, the images inserted into it, their size
// against the server's limit, and files dropped on the form.
#include "composeform.h"
#include "widgetsupport.h"

#include "appcontroller.h"

#include "sandbox/sandboxserver.h"

#include <QAction>
#include <QDir>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTextDocument>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using Gui::formatSize;
using Gui::setAccessible;

namespace {

// The widest an inline image is shown in the editor; the part itself is sent as it is.
constexpr int MaxImageWidth = 600;

} // namespace

QWidget *ComposeForm::buildAttachmentsPane(QWidget *parent)
{
    auto *attachmentsPane = new QWidget(parent);
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
    connect(remove, &QPushButton::clicked, this, &ComposeForm::removeSelectedAttachments);
    summaryRow->addWidget(m_attachmentSummary, 1);
    summaryRow->addWidget(remove);
    attachmentsLayout->addWidget(m_attachments);
    attachmentsLayout->addLayout(summaryRow);
    return attachmentsPane;
}

bool ComposeForm::addAttachment(const QString &filePath, QString *error)
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
    Q_EMIT changed();
    return true;
}

bool ComposeForm::insertInlineImage(const QString &filePath, QString *error)
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
    Q_EMIT changed();
    return true;
}

qint64 ComposeForm::attachmentsSize() const
{
    qint64 total = 0;
    for (const MessageAttachment &attachment : m_files)
        total += QFileInfo(attachment.filePath).size();
    for (const MessageAttachment &image : m_inlineImages)
        total += QFileInfo(image.filePath).size();
    return total;
}

std::optional<qint64> ComposeForm::sizeLimit() const
{
    const QString account = accountName();
    if (account.isEmpty())
        return std::nullopt;
    if (account == AppController::sandboxAccountName() && m_controller->sandbox())
        return m_controller->sandbox()->settings().maxMessageSize;
    const std::optional<Account> found = m_controller->account(account);
    return found ? found->sizeLimit : std::nullopt;
}

void ComposeForm::updateAttachmentSummary()
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

void ComposeForm::removeSelectedAttachments()
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
        Q_EMIT changed();
    }
}

void ComposeForm::chooseAttachments()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    for (const QString &file : files) {
        QString error;
        if (!addAttachment(file, &error))
            Q_EMIT problem(error);
    }
}

void ComposeForm::chooseInlineImage()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString file = QFileDialog::getOpenFileName(this, tr("Insert Image"), QString(),
        tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    QString error;
    if (!file.isEmpty() && !insertInlineImage(file, &error))
        Q_EMIT problem(error);
}

bool ComposeForm::acceptsFiles(const QMimeData *mime) const
{
    if (!mime || !mime->hasUrls() || !isEnabled())
        return false;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(
        urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
}

void ComposeForm::addDroppedFiles(const QMimeData *mime)
{
    QStringList problems;
    for (const QUrl &url : mime->urls()) {
        QString error;
        if (url.isLocalFile() && !addAttachment(url.toLocalFile(), &error))
            problems << error;
    }
    if (!problems.isEmpty())
        Q_EMIT problem(problems.join(QLatin1Char('\n')));
}

bool ComposeForm::eventFilter(QObject *watched, QEvent *event)
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
    return QWidget::eventFilter(watched, event);
}
