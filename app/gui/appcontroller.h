#pragma once

#include "accounts/account.h"
#include "core/profile.h"
#include "mime/messagedraft.h"
#include "outbox/outboxscheduler.h"
#include "outbox/outboxstore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class SandboxServer;
class TranscriptModel;

// The desktop app's one owner of the library: the profile, the outbox store and its
// scheduler, the sandbox server, the accounts and the live transcript. Windows are handed the
// controller and talk to nothing else; none of them speaks SMTP or touches SQL.
class AppController;
class QThread;

// A message being written with GMime straight into the spool on a worker thread, then recorded
// in the outbox on the controller's thread: the window that asked stays responsive however
// large the attachments. Emits exactly one of queued() or failed(). cancel(), or deleting the
// job, before then leaves nothing of the message behind.
class EnqueueJob : public QObject
{
    Q_OBJECT
public:
    ~EnqueueJob() override;
    void cancel();

Q_SIGNALS:
    void queued(qint64 id);
    void failed(const QString &error);

private:
    friend class AppController;
    struct Work;
    explicit EnqueueJob(QObject *parent);
    void onWritten();

    QPointer<AppController> m_controller;
    std::shared_ptr<Work> m_work;
    QThread *m_thread = nullptr;
};

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
    [[nodiscard]] OutboxStore *store() const { return m_store.get(); }
    [[nodiscard]] OutboxScheduler *scheduler() const { return m_scheduler.get(); }
    [[nodiscard]] SandboxServer *sandbox() const { return m_sandbox.get(); }
    [[nodiscard]] TranscriptModel *transcript() const { return m_transcript; }

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

    // Addresses already used, for completion in the compose window.
    [[nodiscard]] QStringList knownAddresses() const;

Q_SIGNALS:
    // A message changed; 0 when many may have (another process, a bulk action).
    void outboxChanged(qint64 id);
    // A message's data is on its way to the server: `bytesSent` of `totalBytes`.
    void sendProgress(qint64 id, qint64 bytesSent, qint64 totalBytes);
    void accountsChanged();
    void onlineChanged(bool online);
    void accountNeedsAttention(const QString &account, const QString &reason);

private:
    friend class EnqueueJob;
    // Records a spooled message and wakes the scheduler when it is due.
    [[nodiscard]] std::optional<qint64> record(const OutboxStore::SpoolFile &file,
        const SmtpEnvelope &envelope, const QString &account, const QString &subject,
        const QDateTime &notBefore, QString *error);
    void ensureSandboxAccount();
    void watchOtherProcesses();

    Profile m_profile;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<OutboxScheduler> m_scheduler;
    std::unique_ptr<SandboxServer> m_sandbox;
    TranscriptModel *m_transcript = nullptr; // child
};
