// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "sandboxstore.h"

#include "core/durablefile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace {

const QString EmlSuffix = QStringLiteral(".eml");
const QString JsonSuffix = QStringLiteral(".json");

} // namespace

SandboxStore::Writer::Writer(QString folder, QString id)
    : m_folder(std::move(folder))
    , m_id(std::move(id))
    , m_file(std::make_unique<QSaveFile>(QDir(m_folder).filePath(m_id + EmlSuffix)))
{
    if (!openPrivate(*m_file))
        m_error = tr("Could not create “%1”: %2").arg(m_file->fileName(), m_file->errorString());
}

SandboxStore::Writer::~Writer()
{
    discard();
}

bool SandboxStore::Writer::write(QByteArrayView bytes)
{
    if (!m_error.isEmpty() || !m_file)
        return false;
    if (m_file->write(bytes.data(), bytes.size()) != bytes.size()) {
        m_error = tr("Could not write “%1”: %2").arg(m_file->fileName(), m_file->errorString());
        m_file->cancelWriting();
        return false;
    }
    m_size += bytes.size();
    return true;
}

CapturedMessage SandboxStore::Writer::commit(const CapturedMessage &envelope)
{
    if (!m_file) {
        if (m_error.isEmpty())
            m_error = tr("The message was already stored or discarded");
        return {};
    }
    if (!m_error.isEmpty()) {
        discard();
        return {};
    }
    const std::unique_ptr<QSaveFile> eml = std::move(m_file);
    if (!eml->commit()) {
        m_error = tr("Could not save “%1”: %2").arg(eml->fileName(), eml->errorString());
        return {};
    }
    CapturedMessage message = envelope;
    message.id = m_id;
    message.size = m_size;
    message.received = QDateTime::currentDateTimeUtc();
    message.emlPath = eml->fileName();

    QSaveFile sidecar(QDir(m_folder).filePath(m_id + JsonSuffix));
    if (!openPrivate(sidecar) || sidecar.write(QJsonDocument(message.toJson()).toJson()) < 0
        || !sidecar.commit()) {
        m_error = tr("Could not save “%1”: %2").arg(sidecar.fileName(), sidecar.errorString());
        QFile::remove(message.emlPath);
        return {};
    }
    return message;
}

void SandboxStore::Writer::discard()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

SandboxStore::SandboxStore(QString folder)
    : m_folder(std::move(folder))
{ }

bool SandboxStore::ensureFolder(QString *errorString) const
{
    QDir dir(m_folder);
    if (dir.exists())
        return true;
    if (!QDir().mkpath(m_folder)) {
        if (errorString)
            *errorString = tr("Could not create the folder “%1”").arg(m_folder);
        return false;
    }
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

std::unique_ptr<SandboxStore::Writer> SandboxStore::begin() const
{
    return std::unique_ptr<Writer>(new Writer(m_folder, newId()));
}

SandboxStore::Usage SandboxStore::usage() const
{
    Usage usage;
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        { QStringLiteral("*") + EmlSuffix, QStringLiteral("*") + JsonSuffix }, QDir::Files);
    for (const QFileInfo &file : files) {
        usage.bytes += file.size();
        if (file.fileName().endsWith(JsonSuffix))
            ++usage.messages;
    }
    return usage;
}

QList<CapturedMessage> SandboxStore::messages() const
{
    QList<CapturedMessage> result;
    const QDir dir(m_folder);
    const QStringList sidecars
        = dir.entryList({ QStringLiteral("*") + JsonSuffix }, QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &name : sidecars) {
        const QString id = name.chopped(JsonSuffix.size());
        if (!isValidId(id))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024));
        std::optional<CapturedMessage> message = CapturedMessage::fromJson(document.object());
        // The sidecar's file name, not its content, says where the message is.
        if (!message || message->id != id)
            continue;
        message->emlPath = dir.filePath(id + EmlSuffix);
        if (!QFile::exists(message->emlPath))
            continue;
        result << *message;
    }
    std::sort(result.begin(), result.end(), [](const CapturedMessage &a, const CapturedMessage &b) {
        if (a.received != b.received)
            return a.received > b.received;
        return a.id > b.id;
    });
    return result;
}

bool SandboxStore::remove(const QString &id, QString *errorString) const
{
    if (!isValidId(id)) {
        if (errorString)
            *errorString = tr("“%1” is not a sandbox message id").arg(id);
        return false;
    }
    const QDir dir(m_folder);
    // The sidecar goes first: without it the message is no longer listed.
    for (const QString &suffix : { JsonSuffix, EmlSuffix }) {
        QFile file(dir.filePath(id + suffix));
        if (file.exists() && !file.remove()) {
            if (errorString)
                *errorString
                    = tr("Could not remove “%1”: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

bool SandboxStore::clear(QString *errorString) const
{
    const QDir dir(m_folder);
    if (!dir.exists())
        return true;
    bool ok = true;
    const QStringList names = dir.entryList(
        { QStringLiteral("*") + JsonSuffix, QStringLiteral("*") + EmlSuffix }, QDir::Files);
    QStringList ids;
    for (const QString &name : names) {
        const QString id = name.section(QLatin1Char('.'), 0, 0);
        if (isValidId(id) && !ids.contains(id))
            ids << id;
    }
    for (const QString &id : std::as_const(ids))
        ok = remove(id, errorString) && ok;
    return ok;
}

QString SandboxStore::newId()
{
    static QAtomicInteger<quint32> counter;
    return QStringLiteral("%1-%2-%3")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")))
        .arg(counter.fetchAndAddRelaxed(1) + 1, 6, 10, QLatin1Char('0'))
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

bool SandboxStore::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(id).hasMatch();
}
