// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

// Reads a message back with GMime and with Python's email package (policy=default) into one
// shape, so that a test can compare the two readers with each other and with what it wrote:
// headers, addresses, and every part (pre-order, multiparts included) with its decoded bytes.
// Header-only; used by the tests of lib/mime and of outboundctl.

#include "mime/mailaddress.h"
#include "mime/mime_p.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace MessageParsers {

struct Part
{
    QString type; // "text/plain"
    QString disposition; // "attachment", "inline" or empty
    QString fileName;
    QString contentId; // without angle brackets
    QString charset;
    QByteArray bytes; // after transfer decoding; empty for multiparts
    QString text; // text parts: decoded by charset, CRLF as LF

    friend bool operator==(const Part &a, const Part &b)
    {
        return a.type == b.type && a.disposition == b.disposition && a.fileName == b.fileName
            && a.contentId == b.contentId && a.charset == b.charset && a.bytes == b.bytes
            && a.text == b.text;
    }
};

struct Message
{
    bool ok = false;
    QString subject;
    QStringList from; // "name|address"
    QStringList to;
    QStringList cc;
    QStringList replyTo;
    bool hasBcc = false;
    QStringList headerNames; // top-level, in order
    QList<Part> parts;
    QStringList defects; // Python only
    QString error;

    // The decoded value of the first top-level header called `name`; for comparisons of
    // simple fields (X-Priority, extra headers).
    QList<QPair<QString, QString>> headers;
    [[nodiscard]] QString header(const QString &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

inline QString describe(const Part &p)
{
    return QStringLiteral("%1 [%2] name=%3 cid=%4 charset=%5 bytes=%6")
        .arg(p.type, p.disposition, p.fileName, p.contentId, p.charset)
        .arg(p.bytes.size());
}

inline QStringList describeParts(const QList<Part> &parts)
{
    QStringList out;
    for (const Part &p : parts)
        out << describe(p);
    return out;
}

namespace Detail {

using namespace Mime::Detail;

inline QStringList addressList(InternetAddressList *addresses)
{
    QStringList out;
    if (!addresses)
        return out;
    for (int i = 0; i < internet_address_list_length(addresses); ++i) {
        InternetAddress *a = internet_address_list_get_address(addresses, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
            out << fromUtf8(internet_address_get_name(a)) + u'|'
                    + fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
        }
    }
    return out;
}

inline void walk(GMimeObject *object, QList<Part> *parts)
{
    Part part;
    GMimeContentType *type = g_mime_object_get_content_type(object);
    const GCharPtr mimeType(g_mime_content_type_get_mime_type(type));
    part.type = fromUtf8(mimeType.get()).toLower();
    part.charset = fromUtf8(g_mime_content_type_get_parameter(type, "charset")).toLower();
    if (GMimeContentDisposition *d = g_mime_object_get_content_disposition(object))
        part.disposition = fromUtf8(g_mime_content_disposition_get_disposition(d)).toLower();
    part.contentId = fromUtf8(g_mime_object_get_content_id(object));
    if (GMIME_IS_PART(object)) {
        part.fileName = fromUtf8(g_mime_part_get_filename(GMIME_PART(object)));
        if (GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(object))) {
            GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
            g_mime_data_wrapper_write_to_stream(content, out.get());
            GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
            part.bytes
                = QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
        }
        if (part.type.startsWith(QLatin1String("text/")))
            part.text
                = QString::fromUtf8(part.bytes).replace(QLatin1String("\r\n"), QLatin1String("\n"));
        parts->append(part);
        return;
    }
    parts->append(part);
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i)
            walk(g_mime_multipart_get_part(multipart, i), parts);
    }
}

// Python's email package with the modern policy, the parser most scripts and many servers use.
// Raw UTF-8 headers (RFC 6532) arrive as surrogate escapes; fix() turns them back into text.
inline const char PythonParser[] = R"PY(
import sys, json, base64, email, email.policy
def fix(s):
    if s is None:
        return None
    try:
        return s.encode('utf-8', 'surrogateescape').decode('utf-8')
    except UnicodeError:
        return s
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
defects = []
def addresses(name):
    h = m[name]
    if h is None:
        return []
    defects.extend(type(d).__name__ + ':' + name for d in h.defects
                   if type(d).__name__ not in ('NonASCIILocalPartDefect', 'UndecodableBytesDefect'))
    return [fix(a.display_name) + '|' + fix(a.addr_spec) for a in h.addresses]
parts = []
for p in m.walk():
    defects.extend(type(d).__name__ for d in p.defects)
    info = {'type': p.get_content_type(), 'disposition': p.get_content_disposition() or '',
            'filename': fix(p.get_filename()) or '',
            'cid': str(p['content-id'] or '').strip().lstrip('<').rstrip('>'),
            'charset': p.get_content_charset() or ''}
    if not p.is_multipart():
        payload = p.get_payload(decode=True) or b''
        info['bytes'] = base64.b64encode(payload).decode()
        if p.get_content_maintype() == 'text':
            info['text'] = p.get_content().replace('\r\n', '\n')
    parts.append(info)
subject = m['subject']
if subject is not None:
    defects.extend(type(d).__name__ + ':subject' for d in subject.defects
                   if type(d).__name__ != 'UndecodableBytesDefect')
print(json.dumps({
    'subject': fix(str(subject)) if subject is not None else None,
    'from': addresses('from'), 'to': addresses('to'), 'cc': addresses('cc'),
    'replyTo': addresses('reply-to'), 'hasBcc': m['bcc'] is not None,
    'headers': [[k, fix(str(v))] for k, v in m.items()],
    'parts': parts, 'defects': defects,
}))
)PY";

} // namespace Detail

inline Message parseWithGMime(const QByteArray &bytes)
{
    using namespace Detail;
    ensureGMimeInitialized();
    Message parsed;
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GObjectPtr<GMimeMessage> m(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!m) {
        parsed.error = QStringLiteral("GMime could not parse the message");
        return parsed;
    }
    parsed.ok = true;
    parsed.subject = fromUtf8(g_mime_message_get_subject(m.get()));
    parsed.from = addressList(g_mime_message_get_from(m.get()));
    parsed.to = addressList(g_mime_message_get_to(m.get()));
    parsed.cc = addressList(g_mime_message_get_cc(m.get()));
    parsed.replyTo = addressList(g_mime_message_get_reply_to(m.get()));
    parsed.hasBcc = g_mime_object_get_header(GMIME_OBJECT(m.get()), "Bcc") != nullptr;
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(m.get()));
    for (int i = 0; i < g_mime_header_list_get_count(headers); ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        const GCharPtr unfolded(g_mime_utils_header_unfold(g_mime_header_get_raw_value(h)));
        const GCharPtr decoded(g_mime_utils_header_decode_text(
            nullptr, QByteArray(unfolded.get()).trimmed().constData()));
        parsed.headerNames << fromUtf8(g_mime_header_get_name(h));
        parsed.headers.append({ fromUtf8(g_mime_header_get_name(h)), fromUtf8(decoded.get()) });
    }
    if (GMimeObject *body = g_mime_message_get_mime_part(m.get()))
        walk(body, &parsed.parts);
    return parsed;
}

inline Message parseWithPython(const QByteArray &bytes)
{
    Message parsed;
    QProcess python;
    python.start(QStringLiteral(OUTBOUND_SYSTEM_PYTHON),
        { QStringLiteral("-c"), QString::fromLatin1(Detail::PythonParser) });
    if (!python.waitForStarted()) {
        parsed.error = python.errorString();
        return parsed;
    }
    python.write(bytes);
    python.closeWriteChannel();
    python.waitForFinished(120000);
    const QByteArray err = python.readAllStandardError();
    const QJsonObject json = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    if (json.isEmpty()) {
        parsed.error = QString::fromUtf8(err);
        return parsed;
    }
    parsed.ok = true;
    auto strings = [&json](const char *key) {
        QStringList out;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    parsed.subject = json.value(QLatin1String("subject")).toString();
    parsed.from = strings("from");
    parsed.to = strings("to");
    parsed.cc = strings("cc");
    parsed.replyTo = strings("replyTo");
    parsed.hasBcc = json.value(QLatin1String("hasBcc")).toBool();
    parsed.defects = strings("defects");
    for (const QJsonValue &v : json.value(QLatin1String("headers")).toArray()) {
        const QJsonArray pair = v.toArray();
        parsed.headerNames << pair.at(0).toString();
        parsed.headers.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    for (const QJsonValue &v : json.value(QLatin1String("parts")).toArray()) {
        const QJsonObject o = v.toObject();
        Part part;
        part.type = o.value(QLatin1String("type")).toString();
        part.disposition = o.value(QLatin1String("disposition")).toString();
        part.fileName = o.value(QLatin1String("filename")).toString();
        part.contentId = o.value(QLatin1String("cid")).toString();
        part.charset = o.value(QLatin1String("charset")).toString();
        part.bytes = QByteArray::fromBase64(o.value(QLatin1String("bytes")).toString().toLatin1());
        part.text = o.value(QLatin1String("text")).toString();
        parsed.parts.append(part);
    }
    return parsed;
}

} // namespace MessageParsers
