// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "transcript/transcriptentry.h"

#include <QDockWidget>
#include <QHash>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

class AppController;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;
class TranscriptModel;

// Shows the lines of one session, of one account's sessions, or all of them, using the
// TranscriptModel's roles.
class TranscriptFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // The account a session belongs to, given one of its lines' message id (0 if none); empty
    // when unknown.
    using AccountOfSession = std::function<QString(quint64 sessionId, qint64 messageId)>;

    explicit TranscriptFilterProxy(AccountOfSession accountOf, QObject *parent = nullptr);

    void showAll();
    void showSession(quint64 sessionId);
    void showAccount(const QString &account);
    [[nodiscard]] quint64 session() const { return m_session; }
    [[nodiscard]] QString account() const { return m_account; }

protected:
    [[nodiscard]] bool filterAcceptsRow(
        int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AccountOfSession m_accountOf;
    quint64 m_session = 0;
    QString m_account;
};

// The live transcript pane: every session's lines as they happen, from the controller's
// TranscriptModel (which bounds memory, batches repaints, prefixes and colours lines). Lines
// are plain text, never rich text. The view follows new lines only while it is scrolled to the
// bottom, so a reader scrolled up keeps their place.
class TranscriptDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TranscriptDock(AppController *controller, QWidget *parent = nullptr);

    [[nodiscard]] QListView *view() const { return m_view; }
    [[nodiscard]] TranscriptFilterProxy *proxy() const { return m_proxy; }

    // Selects the next (or previous) line shown that contains `text`, case-insensitively,
    // wrapping around; false if there is none.
    bool find(const QString &text, bool backwards = false);
    // The selected lines as shown, one per line.
    [[nodiscard]] QString selectedText() const;
    // Writes the lines shown (all, one account's or one session's) in the C:/S: form, in which
    // secrets are already redacted. False with *error when the file cannot be written.
    bool saveTo(const QString &path, QString *error) const;
    // The "TLS established" event of the current line's session (with the server's
    // certificate chain), if it has one.
    [[nodiscard]] std::optional<TranscriptEntry> tlsEvent() const;

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void copySelection() const;
    void save(); // asks for a file
    void clear();
    void showCertificate();

private:
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onScrolled(int value);
    void onScrollRangeChanged(int minimum, int maximum);
    void rebuildFilterChoices();
    void addSessionChoice(quint64 sessionId);
    void applyFilterChoice();
    void updateActions();
    void showContextMenu(const QPoint &position);
    [[nodiscard]] QString accountOfSession(quint64 sessionId, qint64 messageId);

    AppController *m_controller;
    TranscriptModel *m_model;
    TranscriptFilterProxy *m_proxy;
    QListView *m_view;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QLabel *m_searchStatus;
    QToolButton *m_certificateButton;
    QAction *m_findNext;
    QAction *m_findPrevious;
    QAction *m_copy;
    QAction *m_save;
    QAction *m_clear;
    QAction *m_certificate;
    QHash<quint64, QString> m_sessionAccounts;
    bool m_followTail = true;
};
