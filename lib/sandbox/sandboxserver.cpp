// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "sandboxserver.h"

#include "sandboxlistener.h"

SandboxServer::SandboxServer(SandboxSettings settings, QObject *parent)
    : QObject(parent)
    , m_live(settings)
    , m_store(settings.folder)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxServer::~SandboxServer()
{
    close();
}

bool SandboxServer::listen(quint16 port)
{
    close();
    m_error.clear();
    if (m_store.folder().isEmpty()) {
        m_error = tr("No folder was given for captured messages");
        return false;
    }
    if (!m_store.ensureFolder(&m_error))
        return false;

    m_listener = new SandboxListener(&m_live);
    m_listener->moveToThread(&m_thread);
    // Deleted on its own thread as that thread finishes (QThread runs deferred deletions
    // after finished()), which drops its connections there.
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &SandboxListener::captured, this, &SandboxServer::messageCaptured,
        Qt::QueuedConnection);
    connect(m_listener, &SandboxListener::event, this, &SandboxServer::connectionEvent,
        Qt::QueuedConnection);
    connect(
        m_listener, &SandboxListener::connectionCountChanged, this,
        [this](int count) { m_connectionCount = count; }, Qt::QueuedConnection);
    m_thread.start();

    SandboxListener *listener = m_listener;
    SandboxListener::Listening listening;
    QMetaObject::invokeMethod(
        listener, [listener, port] { return listener->listen(port); }, Qt::BlockingQueuedConnection,
        &listening);
    if (listening.port == 0) {
        close();
        m_error = listening.error;
        return false;
    }
    m_address = listening.address;
    m_port = listening.port;
    return true;
}

void SandboxServer::close()
{
    if (!m_listener)
        return;
    m_thread.quit();
    m_thread.wait();
    m_listener = nullptr; // deleted on m_thread (see listen())
    m_address.clear();
    m_port = 0;
}

void SandboxServer::setSettings(const SandboxSettings &settings)
{
    SandboxSettings next = settings;
    if (isListening())
        next.folder = m_store.folder();
    m_live.setSettings(next);
    m_store = SandboxStore(next.folder);
}

void SandboxServer::setFailures(const SandboxFailures &failures)
{
    if (m_live.setFailures(failures))
        Q_EMIT failuresChanged(failures);
}

QList<CapturedMessage> SandboxServer::messages() const
{
    return m_store.messages();
}

bool SandboxServer::clear(QString *errorString)
{
    return m_store.clear(errorString);
}
