// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "sandboxwindow.h"

#include "appcontroller.h"

#include "sandbox/sandboxserver.h"

#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { ReceivedColumn, FromColumn, ToColumn, SubjectColumn, SizeColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole;
constexpr int PathRole = Qt::UserRole + 1;
constexpr qint64 MaxHeaderBytes = 64 * 1024;

// The Subject header from the first lines of the file, unfolded; not decoded (RFC 2047
// encoded words are shown as they are), which is what a raw-source view is about anyway.
QString readSubject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(MaxHeaderBytes);
    QByteArray subject;
    bool inSubject = false;
    for (QByteArray line : head.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (inSubject)
                subject += ' ' + line.trimmed();
            continue;
        }
        if (inSubject)
            break;
        if (line.size() >= 8 && line.left(8).toLower() == "subject:") {
            subject = line.mid(8).trimmed();
            inSubject = true;
        }
    }
    return QString::fromUtf8(subject);
}

} // namespace

SandboxWindow::SandboxWindow(AppController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Sandbox"));
    setAccessibleName(tr("Sandbox"));

    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_address->setAccessibleName(tr("Sandbox address"));

    // ---- failure switches --------------------------------------------------------------
    auto *failures = new QGroupBox(tr("Failures"), this);
    auto *form = new QFormLayout(failures);

    m_recipient = new QComboBox(failures);
    m_recipient->setObjectName(QStringLiteral("recipientFailure"));
    m_recipient->addItem(tr("Accept"), int(SandboxFailures::Recipient::Accept));
    m_recipient->addItem(
        tr("4xx: try again later"), int(SandboxFailures::Recipient::TransientFailure));
    m_recipient->addItem(tr("5xx: refuse"), int(SandboxFailures::Recipient::PermanentFailure));
    m_recipient->setAccessibleName(tr("Reply to RCPT TO"));
    m_everyNth = new QSpinBox(failures);
    m_everyNth->setObjectName(QStringLiteral("recipientEveryNth"));
    m_everyNth->setRange(1, 1000);
    m_everyNth->setPrefix(tr("1 in "));
    m_everyNth->setAccessibleName(tr("Fail one recipient in N"));
    m_everyNth->setToolTip(tr("1 fails every recipient; N fails the Nth, 2Nth, …"));
    auto *recipientRow = new QHBoxLayout;
    recipientRow->addWidget(m_recipient, 1);
    recipientRow->addWidget(m_everyNth);
    auto *recipientLabel = new QLabel(tr("&RCPT TO:"), failures);
    recipientLabel->setBuddy(m_recipient);
    form->addRow(recipientLabel, recipientRow);

    m_endOfData = new QComboBox(failures);
    m_endOfData->setObjectName(QStringLiteral("endOfDataFailure"));
    m_endOfData->addItem(tr("Accept"), int(SandboxFailures::EndOfData::Accept));
    m_endOfData->addItem(
        tr("4xx: try again later"), int(SandboxFailures::EndOfData::TransientFailure));
    m_endOfData->addItem(tr("5xx: refuse"), int(SandboxFailures::EndOfData::PermanentFailure));
    m_endOfData->addItem(
        tr("Store, then drop the connection"), int(SandboxFailures::EndOfData::DropConnection));
    m_endOfData->setAccessibleName(tr("Reply at the end of data"));
    auto *dataLabel = new QLabel(tr("&End of data:"), failures);
    dataLabel->setBuddy(m_endOfData);
    form->addRow(dataLabel, m_endOfData);

    m_delay = new QSpinBox(failures);
    m_delay->setObjectName(QStringLiteral("replyDelay"));
    m_delay->setRange(0, 10 * 60 * 1000);
    m_delay->setSingleStep(100);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setSpecialValueText(tr("No delay"));
    m_delay->setAccessibleName(tr("Delay before every reply, in milliseconds"));
    auto *delayLabel = new QLabel(tr("S&low replies:"), failures);
    delayLabel->setBuddy(m_delay);
    form->addRow(delayLabel, m_delay);

    m_explanation = new QLabel(failures);
    m_explanation->setObjectName(QStringLiteral("failureExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAccessibleName(tr("What the outbox will show"));
    form->addRow(m_explanation);

    // ---- captured messages -------------------------------------------------------------
    m_messages = new QTreeWidget(this);
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setAccessibleName(tr("Captured messages"));
    m_messages->setColumnCount(ColumnCount);
    m_messages->setHeaderLabels(
        { tr("Received"), tr("From"), tr("To"), tr("Subject"), tr("Size") });
    m_messages->setRootIsDecorated(false);
    m_messages->setUniformRowHeights(true);
    m_messages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messages->setAllColumnsShowFocus(true);
    m_messages->header()->setStretchLastSection(false);
    m_messages->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);

    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setAccessibleName(tr("Message source"));
    m_source->setReadOnly(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setPlaceholderText(tr("Select a message to see its source."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_messages);
    splitter->addWidget(m_source);
    splitter->setChildrenCollapsible(false);

    m_clear = new QPushButton(tr("&Clear…"), this);
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setAccessibleName(tr("Delete every captured message"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_address, 1);
    top->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(failures);
    layout->addWidget(splitter, 1);

    setTabOrder(m_clear, m_recipient);
    setTabOrder(m_recipient, m_everyNth);
    setTabOrder(m_everyNth, m_endOfData);
    setTabOrder(m_endOfData, m_delay);
    setTabOrder(m_delay, m_messages);
    setTabOrder(m_messages, m_source);

    SandboxServer *sandbox = m_controller->sandbox();
    connect(m_messages, &QTreeWidget::itemSelectionChanged, this, &SandboxWindow::showSelected);
    connect(m_clear, &QPushButton::clicked, this, &SandboxWindow::clearMessages);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &SandboxWindow::applyFailures);
    connect(m_everyNth, &QSpinBox::valueChanged, this, &SandboxWindow::applyFailures);
    connect(m_endOfData, &QComboBox::currentIndexChanged, this, &SandboxWindow::applyFailures);
    connect(m_delay, &QSpinBox::valueChanged, this, &SandboxWindow::applyFailures);
    if (sandbox) {
        connect(sandbox, &SandboxServer::messageCaptured, this,
            [this](const CapturedMessage &message) { addMessage(message, true); });
        connect(sandbox, &SandboxServer::failuresChanged, this, &SandboxWindow::showFailures);
        showFailures(sandbox->failures());
    } else {
        failures->setEnabled(false);
        m_clear->setEnabled(false);
    }

    updateAddress();
    reload();
    resize(820, 640);
}

SandboxWindow::~SandboxWindow() = default;

void SandboxWindow::updateAddress()
{
    const SandboxServer *sandbox = m_controller->sandbox();
    if (sandbox && sandbox->isListening()) {
        m_address->setText(
            tr("Listening on %1:%2").arg(sandbox->serverAddress().toString()).arg(sandbox->port()));
    } else if (sandbox && !sandbox->errorString().isEmpty()) {
        m_address->setText(tr("Not running: %1").arg(sandbox->errorString()));
    } else {
        m_address->setText(tr("Not running"));
    }
}

void SandboxWindow::reload()
{
    m_messages->clear();
    m_source->clear();
    if (const SandboxServer *sandbox = m_controller->sandbox()) {
        for (const CapturedMessage &message : sandbox->messages()) // newest first
            addMessage(message, false);
    }
}

void SandboxWindow::addMessage(const CapturedMessage &message, bool atTop)
{
    if (!message.isValid())
        return;
    for (int i = 0; i < m_messages->topLevelItemCount(); ++i) {
        if (m_messages->topLevelItem(i)->data(ReceivedColumn, IdRole).toString() == message.id)
            return;
    }
    const QLocale locale;
    auto *item = new QTreeWidgetItem;
    item->setText(
        ReceivedColumn, locale.toString(message.received.toLocalTime(), QLocale::ShortFormat));
    item->setText(FromColumn, message.mailFrom.isEmpty() ? tr("<>") : message.mailFrom);
    item->setText(ToColumn, message.rcptTos.join(QStringLiteral(", ")));
    item->setText(SubjectColumn, readSubject(message.emlPath));
    item->setText(
        SizeColumn, locale.formattedDataSize(message.size, 1, QLocale::DataSizeTraditionalFormat));
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(ReceivedColumn, message.id);
    item->setData(ReceivedColumn, IdRole, message.id);
    item->setData(ReceivedColumn, PathRole, message.emlPath);
    if (atTop)
        m_messages->insertTopLevelItem(0, item);
    else
        m_messages->addTopLevelItem(item);
}

void SandboxWindow::showSelected()
{
    const QList<QTreeWidgetItem *> selected = m_messages->selectedItems();
    if (selected.isEmpty()) {
        m_source->clear();
        return;
    }
    QFile file(selected.first()->data(ReceivedColumn, PathRole).toString());
    if (!file.open(QIODevice::ReadOnly)) {
        m_source->setPlainText(tr("Cannot read the message: %1").arg(file.errorString()));
        return;
    }
    QString text = QString::fromUtf8(file.read(MaxSourceBytes));
    if (!file.atEnd()) {
        text += u'\n'
            + tr("[… shown: the first %1 of %2]")
                  .arg(QLocale().formattedDataSize(MaxSourceBytes),
                      QLocale().formattedDataSize(file.size()));
    }
    m_source->setPlainText(text);
}

void SandboxWindow::clearMessages()
{
    SandboxServer *sandbox = m_controller->sandbox();
    if (!sandbox || m_messages->topLevelItemCount() == 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Clear the Sandbox"),
        tr("Delete all %n captured message(s)? This cannot be undone.", nullptr,
            m_messages->topLevelItemCount()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!sandbox->clear(&error))
        QMessageBox::warning(this, tr("Clear the Sandbox"), tr("Could not delete: %1").arg(error));
    reload();
}

void SandboxWindow::applyFailures()
{
    SandboxServer *sandbox = m_controller->sandbox();
    if (!sandbox)
        return;
    SandboxFailures failures;
    failures.recipient = SandboxFailures::Recipient(m_recipient->currentData().toInt());
    failures.recipientEveryNth = m_everyNth->value();
    failures.endOfData = SandboxFailures::EndOfData(m_endOfData->currentData().toInt());
    failures.replyDelayMs = m_delay->value();
    if (failures != sandbox->failures())
        sandbox->setFailures(failures); // failuresChanged updates the controls and the text
    else
        showFailures(failures);
}

void SandboxWindow::showFailures(const SandboxFailures &failures)
{
    {
        const QSignalBlocker b1(m_recipient), b2(m_everyNth), b3(m_endOfData), b4(m_delay);
        m_recipient->setCurrentIndex(m_recipient->findData(int(failures.recipient)));
        m_everyNth->setValue(failures.recipientEveryNth);
        m_endOfData->setCurrentIndex(m_endOfData->findData(int(failures.endOfData)));
        m_delay->setValue(failures.replyDelayMs);
    }
    m_everyNth->setEnabled(failures.recipient != SandboxFailures::Recipient::Accept);

    QStringList lines;
    const QString which = failures.recipientEveryNth <= 1
        ? tr("every recipient")
        : tr("1 in %n recipient(s)", nullptr, failures.recipientEveryNth);
    switch (failures.recipient) {
    case SandboxFailures::Recipient::Accept:
        break;
    case SandboxFailures::Recipient::TransientFailure:
        lines << tr("4xx on RCPT for %1: messages are deferred and retried.").arg(which);
        break;
    case SandboxFailures::Recipient::PermanentFailure:
        lines << tr("5xx on RCPT for %1: those recipients are refused for good and the "
                    "outbox shows the message as failed.")
                     .arg(which);
        break;
    }
    switch (failures.endOfData) {
    case SandboxFailures::EndOfData::Accept:
        break;
    case SandboxFailures::EndOfData::TransientFailure:
        lines << tr("4xx after the data: nothing is stored; messages are deferred and retried.");
        break;
    case SandboxFailures::EndOfData::PermanentFailure:
        lines << tr("5xx after the data: nothing is stored; messages fail for good.");
        break;
    case SandboxFailures::EndOfData::DropConnection:
        lines << tr("Dropped after the dot: the message is stored here, but the outbox cannot "
                    "tell whether it went; a retry shows up here as a duplicate.");
        break;
    }
    if (failures.replyDelayMs > 0) {
        lines << tr("Every reply waits %1 ms: sending is slow and may time out.")
                     .arg(failures.replyDelayMs);
    }
    if (lines.isEmpty())
        lines << tr("No failures: every message is accepted and shows as sent.");
    m_explanation->setText(lines.join(u' '));
}
