#pragma once

#include "core/profile.h"
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
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextEdit;
class QTimer;
class QToolButton;
class QTreeWidget;
class QMimeData;

// The compose window's settings in the profile's outbound.ini (never a secret):
//   [compose] undoSendSeconds=10          the undo-send window; 0 sends at once
//   [signatures] <account>=text           appended to the body when the identity is chosen
//   [serverSizeLimits] <account>=octets   the SMTP SIZE limit the last account test saw
namespace ComposeSettings {
[[nodiscard]] int undoSendSeconds(const Profile &profile);
void setUndoSendSeconds(const Profile &profile, int seconds);
[[nodiscard]] QString signature(const Profile &profile, const QString &account);
void setSignature(const Profile &profile, const QString &account, const QString &text);
[[nodiscard]] std::optional<qint64> sizeLimit(const Profile &profile, const QString &account);
void setSizeLimit(const Profile &profile, const QString &account, std::optional<qint64> octets);
} // namespace ComposeSettings

// One message being written. It talks to the AppController only: the identities are its
// accounts, Send hands a MessageDraft to AppController::enqueue() with notBefore set to the end
// of the undo-send window (or the time chosen with Send later), and Undo calls
// AppController::unsend(). Nothing typed is lost: an enqueue error leaves the window open with
// its content, and while there is content it is saved every few seconds to
// <profile>/drafts/<uuid>.json (removed once the message is in the outbox for good).
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
    void setDraft(const MessageDraft &draft);
    // What the window holds now. Address fields that do not parse give no addresses (see
    // invalidFields()); the plain alternative of a rich body is made with plainTextFromHtml().
    [[nodiscard]] MessageDraft draft() const;
    // The account the message will be sent with; empty if there is none.
    [[nodiscard]] QString accountName() const;
    void setAccountName(const QString &name);

    // Whether the body is edited as rich text (HTML) rather than plain text.
    [[nodiscard]] bool isRichText() const;
    void setRichText(bool rich);

    // Adds a file as an attachment (false with *error if it is not a readable file).
    bool addAttachment(const QString &filePath, QString *error = nullptr);
    // Inserts an image into the rich body at the cursor, as an inline part referred to by
    // "cid:" (switches to rich text). False with *error if the file is not an image.
    bool insertInlineImage(const QString &filePath, QString *error = nullptr);
    // The attached files' total size in octets (inline images included).
    [[nodiscard]] qint64 attachmentsSize() const;

    // Names of the address fields ("To", "Cc", "Bcc") that do not parse, with why.
    [[nodiscard]] QStringList invalidFields() const;
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
    // Saved drafts of a profile, newest first.
    [[nodiscard]] static QStringList savedDrafts(const Profile &profile);
    // How a saved draft is listed: its subject and when it was last saved.
    [[nodiscard]] static QString draftTitle(const QString &filePath);

Q_SIGNALS:
    // The message is in the outbox for good (the undo window has passed).
    void sent(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct AddressField
    {
        QString name; // "To", for invalidFields()
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
    };

    void buildUi();
    void buildActions();
    void reloadIdentities();
    void onIdentityChanged();
    void applySignature(const QString &account);
    void validate();
    void showFieldErrors();
    void updateAttachmentSummary();
    void updateTitle();
    void markChanged();
    void showMessage(const QString &text, bool isError);
    void hideMessage();
    void setEditable(bool editable);
    // The message is in the outbox, or writing it failed or was cancelled.
    void endWriting();
    void startUndoCountdown(qint64 id, const QDateTime &until);
    void onUndoTick();
    void finishSent(bool closeWindow = true);
    void sendLater();
    void chooseAttachments();
    void chooseInlineImage();
    void removeSelectedAttachments();
    [[nodiscard]] bool acceptsFiles(const QMimeData *mime) const;
    void addDroppedFiles(const QMimeData *mime);
    [[nodiscard]] bool hasContent() const;
    [[nodiscard]] std::optional<qint64> sizeLimit() const;
    [[nodiscard]] QList<MessageAttachment> inlineImagesInUse(const QString &html) const;
    void removeDraftFile();

    AppController *m_controller;
    QComboBox *m_identity = nullptr;
    QList<AddressField> m_fields; // To, Cc, Bcc
    QLineEdit *m_subject = nullptr;
    QTextEdit *m_body = nullptr;
    QTreeWidget *m_attachments = nullptr;
    QLabel *m_attachmentSummary = nullptr;
    QWidget *m_messageBar = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageText = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undoButton = nullptr;
    QWidget *m_form = nullptr; // everything that is read-only while the undo window runs
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelWriting = nullptr;
    EnqueueJob *m_enqueue = nullptr; // while the message is being written into the outbox
    QLabel *m_progressText = nullptr;

    QAction *m_sendAction = nullptr;
    QAction *m_sendLaterAction = nullptr;
    QAction *m_richAction = nullptr;
    QAction *m_insertImageAction = nullptr;
    QList<QAction *> m_formatActions; // bold, italic, underline, list: rich text only
    QPushButton *m_sendButton = nullptr;

    QList<MessageAttachment> m_files; // the attachments, in the list's order
    QList<MessageAttachment> m_inlineImages; // every image inserted; draft() keeps those used
    QString m_signatureShown; // the signature block appended for it ("\n-- \n…")
    QString m_draftId; // the draft file's uuid
    QTimer *m_autosave = nullptr;
    QTimer *m_validateLater = nullptr;
    QTimer *m_undoTimer = nullptr;
    bool m_changed = false;
    bool m_sending = false;
    std::optional<qint64> m_pendingId;
    QDateTime m_pendingUntil;
};
