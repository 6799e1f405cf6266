// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "mime/draftstore.h"
#include "mime/messagedraft.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class AppController;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QTextEdit;
class QTimer;
class QTreeWidget;

// The fields of one message being written: the identity (with its signature, see
// Account::signature), To, Cc and Bcc with their errors, the subject, the body as plain or
// rich text with inline images, and the attachments with their size against the server's
// limit (Account::sizeLimit). It reads accounts from the AppController and nothing else; what
// happens to the message (sending, saving drafts) is ComposeWindow's.
//
// Its actions (attach, insert image, rich text, formatting) belong to it; the window puts them
// into its toolbar and shortcuts.
class ComposeForm : public QWidget
{
    Q_OBJECT
public:
    explicit ComposeForm(AppController *controller, QWidget *parent = nullptr);
    ~ComposeForm() override;

    // See ComposeWindow::setDraft() and draft().
    void setDraft(const MessageDraft &draft);
    [[nodiscard]] MessageDraft draft() const;
    // What DraftStore saves: the fields as typed, the body, every file and inserted image.
    [[nodiscard]] SavedDraft savedDraft() const;
    // Fills the form from a saved draft; the address fields come back as typed.
    void restore(const SavedDraft &saved);

    [[nodiscard]] QString accountName() const;
    void setAccountName(const QString &name);
    [[nodiscard]] bool isRichText() const;
    void setRichText(bool rich);

    bool addAttachment(const QString &filePath, QString *error = nullptr);
    bool insertInlineImage(const QString &filePath, QString *error = nullptr);
    [[nodiscard]] qint64 attachmentsSize() const;

    // Names of the address fields ("To", "Cc", "Bcc") that do not parse, with why.
    [[nodiscard]] QStringList invalidFields() const;
    // An identity, at least one recipient and every address field valid.
    [[nodiscard]] bool isComplete() const;
    // Whether anything was written (a signature alone is nothing).
    [[nodiscard]] bool hasContent() const;
    // Marks the fields that do not parse, with why; unmarkFixedFields() only takes marks away
    // (while typing, new errors wait for a pause).
    void showFieldErrors();
    void unmarkFixedFields();

    // Whether `mime` holds local files the form would attach now (it is enabled).
    [[nodiscard]] bool acceptsFiles(const QMimeData *mime) const;
    void addDroppedFiles(const QMimeData *mime);

    [[nodiscard]] QAction *attachAction() const { return m_attachAction; }
    [[nodiscard]] QAction *insertImageAction() const { return m_insertImageAction; }
    [[nodiscard]] QAction *richTextAction() const { return m_richAction; }
    // Bold, italic, underline, list: usable in rich text only.
    [[nodiscard]] const QList<QAction *> &formatActions() const { return m_formatActions; }
    [[nodiscard]] QTextEdit *body() const { return m_body; }

Q_SIGNALS:
    // Something the user wrote or chose changed (a draft to save).
    void changed();
    // The identity or an address field changed: whether the message can be sent may have.
    void recipientsChanged();
    void subjectChanged(const QString &subject);
    // A file could not be attached or inserted: the text says which and why.
    void problem(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct AddressField
    {
        QString name; // "To", for invalidFields()
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
    };

    void buildActions();
    void buildUi();
    [[nodiscard]] QWidget *buildAttachmentsPane(QWidget *parent);
    void reloadIdentities();
    void onIdentityChanged();
    void applySignature(const QString &account);
    void updateAttachmentSummary();
    void removeSelectedAttachments();
    void chooseAttachments();
    void chooseInlineImage();
    [[nodiscard]] std::optional<qint64> sizeLimit() const;
    [[nodiscard]] QList<MessageAttachment> inlineImagesInUse(const QString &html) const;

    AppController *m_controller;
    QComboBox *m_identity = nullptr;
    QList<AddressField> m_fields; // To, Cc, Bcc
    QLineEdit *m_subject = nullptr;
    QTextEdit *m_body = nullptr;
    QTreeWidget *m_attachments = nullptr;
    QLabel *m_attachmentSummary = nullptr;
    QTimer *m_validateLater = nullptr;

    QAction *m_attachAction = nullptr;
    QAction *m_insertImageAction = nullptr;
    QAction *m_richAction = nullptr;
    QList<QAction *> m_formatActions;

    QList<MessageAttachment> m_files; // the attachments, in the list's order
    QList<MessageAttachment> m_inlineImages; // every image inserted; draft() keeps those used
    QString m_signatureShown; // the signature block appended for it ("\n-- \n…")
};
