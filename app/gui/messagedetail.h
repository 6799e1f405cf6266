// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "outbox/outboxmessage.h"

#include <QWidget>

class AppController;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

// The detail pane of the outbox window: one message's summary, its recipients with their own
// results, its attempts (each with its transcript), the MIME structure of its spool file and its
// raw source. Everything read from the message or a server is shown as plain text.
//
// Recipients and attempts follow AppController::outboxChanged. The structure and the source
// are read only when their tab is shown (a spool file never changes), and the source only up
// to MaxSourceBytes.
class MessageDetail : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Recipients, Attempts, Structure, Source };

    // Longest prefix of a spool file shown on the Source page.
    static constexpr qint64 MaxSourceBytes = 1024 * 1024;

    explicit MessageDetail(AppController *controller, QWidget *parent = nullptr);

    // Shows the message with this id; 0 shows nothing.
    void setMessage(qint64 id);
    // Shows what the outbox window's selection holds: nothing, the one message, or, for
    // several, how many there are (the window's actions apply to all of them).
    void setSelection(const QList<qint64> &ids);
    [[nodiscard]] qint64 messageId() const { return m_id; }
    // The text shown in place of a message (nothing or several selected, or gone).
    [[nodiscard]] QString placeholderText() const;
    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;

    // The Source page's text (for tests and for "copy").
    [[nodiscard]] QString sourceText() const;

private:
    void onOutboxChanged(qint64 id);
    void reload();
    void fillSummary(const OutboxMessage &message);
    void fillRecipients(const OutboxMessage &message);
    void fillAttempts();
    void showAttempt();
    void loadCurrentPage();
    void loadStructure();
    void loadSource();
    void showPartHeaders();

    AppController *m_controller;
    qint64 m_id = 0;
    QString m_spoolFile;
    bool m_structureLoaded = false;
    bool m_sourceLoaded = false;
    QList<OutboxAttempt> m_attempts;
    int m_selectionCount = 0; // messages selected in the window, when several

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_recipients;
    QTreeWidget *m_attemptList;
    QPlainTextEdit *m_attemptTranscript;
    QTreeWidget *m_structure;
    QPlainTextEdit *m_partHeaders;
    QLabel *m_structureNote;
    QLabel *m_sourceNote;
    QPlainTextEdit *m_source;
};
