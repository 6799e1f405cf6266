// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "accounts/account.h"
#include "core/profile.h"
#include "mime/messagedraft.h"
#include "outbox/outbox.h"
#include "outbox/outboxreader.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class SandboxServer;
class TranscriptModel;

// The desktop app's one owner of the library: the profile, the outbox (store, scheduler and
// enqueue jobs: see Outbox), the sandbox server, the accounts and the live transcript. Windows
// are handed the controller and talk to nothing else; none of them speaks SMTP or touches SQL.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(Profile profile, QObject *parent = nullptr);
    ~AppController() override;

    // Opens the outbox, sets up the Sandbox account on first run, starts the sandbox server
    // and the scheduler. False with *error when the profile cannot be used.
    [[nodiscard]] bool start(QString *error);

    [[nodiscard]] const Profile &profile() const { return m_profile; }
    [[nodiscard]] Outbox *outbox() const { return m_outbox.get(); }
    [[nodiscard]] OutboxStore *store() const { return m_outbox ? m_outbox->store() : nullptr; }
    [[nodiscard]] OutboxScheduler *scheduler() const
    {
        return m_outbox ? m_outbox->scheduler() : nullptr;
    }
    [[nodiscard]] SandboxServer *sandbox() const { return m_sandbox.get(); }
    [[nodiscard]] TranscriptModel *transcript() const { return m_transcript; }
    // Reads for the windows on the GUI thread: rows by id, used addresses. Never a whole list
    // (OutboxModel lists on the reader's own thread).
    [[nodiscard]] OutboxReader *reader() const { return m_reader.get(); }

    // The name of the built-in account that sends to the sandbox.
    static QString sandboxAccountName() { return QStringLiteral("Sandbox"); }

    [[nodiscard]] QList<Account> accounts() const;
    [[nodiscard]] std::optional<Account> account(const QString &name) const;
    [[nodiscard]] bool saveAccount(const Account &account, QString *error);
    [[nodiscard]] bool removeAccount(const QString &name, QString *error);

    // Writes the draft with GMime and puts it in the outbox for `account`, not before
    // `notBefore` (the undo-send window or "send later"). Returns the message's id.
    [[nodiscard]] std::optional<qint64> enqueue(const MessageDraft &draft, const QString &account,
        const QDateTime &notBefore, QString *error);
    // The same without blocking: see EnqueueJob. The job belongs to `parent`.
    [[nodiscard]] EnqueueJob *startEnqueue(const MessageDraft &draft, const QString &account,
        const QDateTime &notBefore, QObject *parent);
    // Takes a message back while it has not started to go (the undo-send button).
    [[nodiscard]] bool unsend(qint64 id, QString *error);

    // The user's actions on the outbox; each pokes the scheduler and emits outboxChanged().
    bool retryNow(qint64 id, QString *error);
    bool hold(qint64 id, QString *error);
    bool release(qint64 id, QString *error);
    bool remove(qint64 id, QString *error); // recoverable: see OutboxStore::remove()
    bool restore(qint64 id, QString *error); // a deleted message back as it was

    // Addresses of the accounts and addresses mail went to that contain `fragment` (ignoring
    // case), for completion in the compose window: the most used first, at most `limit`.
    [[nodiscard]] QStringList knownAddresses(const QString &fragment, int limit = 50) const;

Q_SIGNALS:
    // A message changed; 0 when many may have (another process, a bulk action).
    void outboxChanged(qint64 id);
    // A message's data is on its way to the server: `bytesSent` of `totalBytes`.
    void sendProgress(qint64 id, qint64 bytesSent, qint64 totalBytes);
    void accountsChanged();
    void onlineChanged(bool online);
    void accountNeedsAttention(const QString &account, const QString &reason);

private:
    void ensureSandboxAccount();

    Profile m_profile;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxReader> m_reader;
    std::unique_ptr<SandboxServer> m_sandbox;
    TranscriptModel *m_transcript = nullptr; // child
};
