// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboundctl show: a message file as a tree of MIME parts, for people or (--json) for scripts.
#include "clisupport.h"
#include "commands.h"
#include "exitcodes.h"

#include "mime/messagetree.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outboundctl", text);
}

QJsonObject partToJson(const MessagePart &part)
{
    QJsonArray headers;
    for (const MessageHeaderField &field : part.headers)
        headers << QJsonObject { { QStringLiteral("name"), field.name },
            { QStringLiteral("value"), field.value } };
    QJsonArray children;
    for (const MessagePart &child : part.children)
        children << partToJson(child);
    QJsonObject json {
        { QStringLiteral("contentType"), part.contentType },
        { QStringLiteral("encodedSize"), part.encodedSize },
        { QStringLiteral("decodedSize"), part.decodedSize },
        { QStringLiteral("headers"), headers },
        { QStringLiteral("parts"), children },
    };
    const struct
    {
        const char *key;
        const QString &value;
    } optional[] = {
        { "charset", part.charset },
        { "disposition", part.disposition },
        { "fileName", part.fileName },
        { "contentId", part.contentId },
        { "transferEncoding", part.transferEncoding },
    };
    for (const auto &field : optional) {
        if (!field.value.isEmpty())
            json.insert(QLatin1String(field.key), field.value);
    }
    return json;
}

// One line per part: "text/plain; charset=utf-8, quoted-printable, 1234 bytes", with the
// disposition, file name and Content-ID where there are any.
QString describe(const MessagePart &part)
{
    QString line = part.contentType;
    if (!part.charset.isEmpty())
        line += QStringLiteral("; charset=") + part.charset;
    if (!part.disposition.isEmpty())
        line += QStringLiteral(", ") + part.disposition;
    if (!part.fileName.isEmpty())
        line += QStringLiteral(" \"") + part.fileName + u'"';
    if (!part.contentId.isEmpty())
        line += QStringLiteral(" <") + part.contentId + u'>';
    if (!part.transferEncoding.isEmpty())
        line += QStringLiteral(", ") + part.transferEncoding;
    line += tr(", %1 bytes").arg(part.decodedSize);
    return line;
}

void printTree(const MessagePart &part, const QString &prefix, bool last, bool root)
{
    Cli::out() << (root ? QString()
                        : prefix + (last ? QStringLiteral("└─ ") : QStringLiteral("├─ ")))
               << describe(part) << Qt::endl;
    const QString childPrefix
        = root ? QString() : prefix + (last ? QStringLiteral("   ") : QStringLiteral("│  "));
    for (qsizetype i = 0; i < part.children.size(); ++i)
        printTree(part.children.at(i), childPrefix, i + 1 == part.children.size(), false);
}

} // namespace

int runShow(const QStringList &args, const Profile &)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show a message file as a tree of MIME parts: the message's header fields, then "
           "each part with its type, charset, disposition, file name and decoded size."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("json"),
        tr("Print the tree, with every part's header fields, as JSON.") });
    parser.addPositionalArgument(QStringLiteral("file"),
        tr("The message: an .eml file, or - for standard input."), QStringLiteral("FILE"));
    if (const std::optional<int> done = Cli::parseArguments(parser, args))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return Cli::fail(ExitUsage, tr("show takes one message file"));

    MessageTree tree;
    const QString file = files.first();
    bool read = false;
    if (file == QLatin1String("-")) {
        QFile in;
        read = in.open(stdin, QIODevice::ReadOnly) && tree.read(&in);
    } else {
        read = tree.readFile(file);
    }
    if (!read)
        return Cli::fail(ExitDataError,
            tr("%1: %2").arg(
                file == QLatin1String("-") ? tr("standard input") : file, tree.errorString()));

    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json {
            { QStringLiteral("size"), tree.size() },
            { QStringLiteral("truncated"), tree.isTruncated() },
            { QStringLiteral("message"), partToJson(tree.root()) },
        };
        Cli::out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const MessageHeaderField &field : tree.root().headers)
        Cli::out() << field.name << QStringLiteral(": ") << field.value << Qt::endl;
    Cli::out() << Qt::endl;
    printTree(tree.root(), QString(), true, true);
    Cli::out() << tr("%1 bytes in all").arg(tree.size()) << Qt::endl;
    if (tree.isTruncated())
        Cli::out()
            << tr("(parts nested deeper than %1 levels are not shown)").arg(MessageTree::MaxDepth)
            << Qt::endl;
    return ExitOk;
}
