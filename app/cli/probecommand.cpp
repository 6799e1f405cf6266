// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboundctl probe: what a server offers, before and after STARTTLS, and who it claims to be.
#include "clisupport.h"
#include "commands.h"
#include "exitcodes.h"
#include "serveroptions.h"

#include "accounts/serverprobe.h"
#include "net/tlspolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outboundctl", text);
}

QJsonArray capabilitiesToJson(const SmtpCapabilities &caps)
{
    QJsonArray list;
    for (const QByteArray &keyword : caps.keywords()) {
        QString line = QString::fromLatin1(keyword);
        const QByteArrayList params = caps.parameters(keyword);
        if (!params.isEmpty())
            line += QLatin1Char(' ') + QString::fromLatin1(params.join(' '));
        list << line;
    }
    return list;
}

} // namespace

int runProbe(const QStringList &args, const Profile &profile)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connect to an SMTP server and show its capabilities before and after STARTTLS, its "
           "certificate "
           "chain and its AUTH mechanisms. Logs in to nothing and sends no message."));
    parser.addHelpOption();
    ServerOptions::addTo(parser);
    parser.addOption({ QStringLiteral("json"), tr("Print the result as JSON on stdout.") });
    Cli::TranscriptOutput::addOptions(parser);
    if (const std::optional<int> done = Cli::parseArguments(parser, args))
        return *done;
    ServerOptions options;
    QString error;
    // A probe logs in to nothing: a --user given along is simply not used.
    if (const int code = ServerOptions::resolve(parser, profile, &options, &error, false);
        code != ExitOk)
        return Cli::fail(code, error);
    ServerProbe probe(options.account.smtp);
    const SmtpServerSettings &settings = probe.settings();
    Cli::TranscriptOutput transcript(parser);
    transcript.follow(&probe);
    Cli::runToEnd(probe);

    const SmtpError &failure = probe.error();
    if (!transcript.save(&error))
        Cli::err() << QStringLiteral("outboundctl: ") << error << Qt::endl;
    const bool sawPlain = probe.sawPlain();
    const bool sawEncrypted = probe.sawEncrypted();
    const SmtpCapabilities &before = probe.capabilitiesBeforeTls();
    const SmtpCapabilities &after = probe.capabilitiesAfterTls();
    const QList<QSslCertificate> &chain = probe.certificateChain();
    const SmtpCapabilities &final = probe.finalCapabilities();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json {
            { QStringLiteral("server"),
                QStringLiteral("%1:%2").arg(settings.host).arg(settings.port) },
            { QStringLiteral("security"), securityName(settings.security) },
            { QStringLiteral("ok"), !failure.isError() },
        };
        if (sawPlain)
            json.insert(QStringLiteral("capabilitiesBeforeTls"), capabilitiesToJson(before));
        if (sawEncrypted)
            json.insert(QStringLiteral("capabilitiesAfterTls"), capabilitiesToJson(after));
        if (!probe.tlsDescription().isEmpty())
            json.insert(QStringLiteral("tls"), probe.tlsDescription());
        QJsonArray certificates;
        for (const QSslCertificate &certificate : std::as_const(chain)) {
            certificates << QJsonObject {
                { QStringLiteral("subject"), certificate.subjectDisplayName() },
                { QStringLiteral("issuer"), certificate.issuerDisplayName() },
                { QStringLiteral("notBefore"), certificate.effectiveDate().toString(Qt::ISODate) },
                { QStringLiteral("notAfter"), certificate.expiryDate().toString(Qt::ISODate) },
                { QStringLiteral("sha256"), TlsPolicy::hex(TlsPolicy::sha256(certificate)) },
            };
        }
        json.insert(QStringLiteral("certificateChain"), certificates);
        QJsonArray mechanisms;
        for (const QByteArray &mechanism : final.authMechanisms())
            mechanisms << QString::fromLatin1(mechanism);
        json.insert(QStringLiteral("authMechanisms"), mechanisms);
        if (failure.isError())
            json.insert(QStringLiteral("error"), Cli::errorToJson(failure));
        Cli::out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        QTextStream &out = Cli::out();
        out << tr("Server: %1 port %2 (%3)")
                   .arg(settings.host)
                   .arg(settings.port)
                   .arg(securityName(settings.security))
            << Qt::endl;
        if (sawPlain)
            out << tr("Capabilities before TLS: %1").arg(before.toDisplayString()) << Qt::endl;
        if (!probe.tlsDescription().isEmpty())
            out << tr("TLS: %1").arg(probe.tlsDescription()) << Qt::endl;
        for (qsizetype i = 0; i < chain.size(); ++i)
            out << QStringLiteral("  [%1] ").arg(i) << TlsPolicy::describeCertificate(chain[i])
                << Qt::endl;
        if (sawEncrypted)
            out << tr("Capabilities after TLS: %1").arg(after.toDisplayString()) << Qt::endl;
        const QByteArrayList mechanisms = final.authMechanisms();
        out << tr("AUTH mechanisms: %1")
                   .arg(mechanisms.isEmpty() ? tr("(none offered)")
                                             : QString::fromLatin1(mechanisms.join(' ')))
            << Qt::endl;
    }
    if (failure.isError())
        return Cli::fail(exitCodeFor(failure), failure.toString());
    return ExitOk;
}
