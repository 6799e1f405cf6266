// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "composeform.h"

#include "core/profile.h"
#include "mime/draftstore.h"
#include "mime/messagedraft.h"

#include <QDateTime>
#include <QList>
#include <QMainWindow>
#include <QString>
#include <QUrl>

#include <optional>

class AppController;
class EnqueueJob;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// One message being written: a ComposeForm (the fields) and what happens to the message. It
// talks to the AppController only: the identities are its accounts, Send hands a MessageDraft to
// AppController::enqueue() with notBefore set to the end of the undo-send window (or the time
// chosen with Send later), and Undo calls AppController::unsend(). Nothing typed is lost: an
// enqueue error leaves the window open with its content, and while there is content it is saved
// every few seconds into the profile's DraftStore (removed once the message is in the outbox for
// good).
//
// The window closes itself when the undo window has passed (or at once after Send later);
// sent() is emitted then.
class ComposeWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ComposeWindow(AppController *controller, QWidget *parent = nullptr);
    ~ComposeWindow() override;

    // Fills the window. `draft.from` selects the account with that address, if any; HTML
    // switches to rich text, and inline attachments become images in the editor.
    void setDraft(const MessageDraft &draft) { m_form->setDraft(draft); }
    // What the window holds now. Address fields that do not parse give no addresses (see
    // invalidFields()); the plain alternative of a rich body is made with plainTextFromHtml().
    [[nodiscard]] MessageDraft draft() const { return m_form->draft(); }
    // The account the message will be sent with; empty if there is none.
    [[nodiscard]] QString accountName() const { return m_form->accountName(); }
    void setAccountName(const QString &name) { m_form->setAccountName(name); }

    // Whether the body is edited as rich text (HTML) rather than plain text.
    [[nodiscard]] bool isRichText() const { return m_form->isRichText(); }
    void setRichText(bool rich) { m_form->setRichText(rich); }

    // Adds a file as an attachment (false with *error if it is not a readable file).
    bool addAttachment(const QString &filePath, QString *error = nullptr)
    {
        return m_form->addAttachment(filePath, error);
    }
    // Inserts an image into the rich body at the cursor, as an inline part referred to by
    // "cid:" (switches to rich text). False with *error if the file is not an image.
    bool insertInlineImage(const QString &filePath, QString *error = nullptr)
    {
        return m_form->insertInlineImage(filePath, error);
    }
    // The attached files' total size in octets (inline images included).
    [[nodiscard]] qint64 attachmentsSize() const { return m_form->attachmentsSize(); }

    // Names of the address fields ("To", "Cc", "Bcc") that do not parse, with why.
    [[nodiscard]] QStringList invalidFields() const { return m_form->invalidFields(); }
    // Whether Send may be used now: an identity, at least one recipient, every field valid,
    // no send in progress.
    [[nodiscard]] bool canSend() const;

    // Queues the message (Send, Ctrl+Return). With `notBefore` invalid, it goes after the
    // undo-send window. False, with the error shown in the window, when it was not queued.
    bool send(const QDateTime &notBefore = {});
    // Takes the message just sent back while the undo window is open; the window is editable
    // again. False (and the error is shown) when it has already left.
    bool undoSend();
    // The outbox id of the message waiting out its undo window, if any.
    [[nodiscard]] std::optional<qint64> pendingMessageId() const { return m_pendingId; }

    // The draft file and how often it is saved when something changed (default 3 s).
    [[nodiscard]] QString draftFilePath() const;
    void setAutosaveInterval(int ms);
    // Saves the draft now if something changed since the last save; false with *error when
    // the file cannot be written.
    bool saveDraft(QString *error = nullptr);
    // Reopens a saved draft file (it keeps being saved there).
    bool restoreDraft(const QString &filePath, QString *error = nullptr);
    // The undo-send window in seconds, 0 to send at once: [compose] undoSendSeconds in the
    // profile's outbound.ini (default 10).
    [[nodiscard]] static int undoSendSeconds(const Profile &profile);
    static void setUndoSendSeconds(const Profile &profile, int seconds);
    // Saved drafts of a profile, newest first.
    [[nodiscard]] static QStringList savedDrafts(const Profile &profile);
    // How a saved draft is listed: its subject and when it was last saved.
    [[nodiscard]] static QString draftTitle(const QString &filePath);

    [[nodiscard]] ComposeForm *form() const { return m_form; }

Q_SIGNALS:
    // The message is in the outbox for good (the undo window has passed).
    void sent(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildUi();
    void validate();
    void updateTitle(const QString &subject);
    void showMessage(const QString &text, bool isError);
    void hideMessage();
    void setEditable(bool editable);
    // The message is in the outbox, or writing it failed or was cancelled.
    void endWriting();
    void startUndoCountdown(qint64 id, const QDateTime &until);
    void onUndoTick();
    void finishSent(bool closeWindow = true);
    void sendLater();
    void removeDraftFile();

    AppController *m_controller;
    DraftStore m_drafts;
    ComposeForm *m_form = nullptr; // read-only while the undo window runs
    QWidget *m_messageBar = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageText = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undoButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelWriting = nullptr;
    EnqueueJob *m_enqueue = nullptr; // while the message is being written into the outbox
    QLabel *m_progressText = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_sendLaterAction = nullptr;
    QPushButton *m_sendButton = nullptr;

    QString m_draftId; // the draft's id in m_drafts
    QTimer *m_autosave = nullptr;
    QTimer *m_undoTimer = nullptr;
    bool m_changed = false;
    bool m_sending = false;
    std::optional<qint64> m_pendingId;
    QDateTime m_pendingUntil;
};
