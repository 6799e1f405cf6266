// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "mime_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__) // gcc -fsanitize=address
#define OUTBOUND_LEAK_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) // clang
#define OUTBOUND_LEAK_SANITIZER 1
#endif
#endif
#ifdef OUTBOUND_LEAK_SANITIZER
#include <sanitizer/lsan_interface.h>
#endif

namespace Mime::Detail {

void ensureGMimeInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

FormatOptionsPtr crlfFormatOptions()
{
    FormatOptionsPtr options(g_mime_format_options_new());
    g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);
    return options;
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

bool hasLineBreakOrNul(QStringView text)
{
    for (QChar c : text) {
        if (c == u'\r' || c == u'\n' || c == u'\0')
            return true;
    }
    return false;
}

namespace {

struct AddressWarnings
{
    QByteArray firstItem;
    bool any = false;
};

void collectAddressWarning(gint64, GMimeParserWarning code, const gchar *item, gpointer userData)
{
    // Other warnings (an encoded word that does not decode, say) leave the address intact.
    if (code != GMIME_WARN_INVALID_ADDRESS_LIST)
        return;
    auto *warnings = static_cast<AddressWarnings *>(userData);
    if (!warnings->any && item)
        warnings->firstItem = QByteArray(item);
    warnings->any = true;
}

// The text GMime stopped at, cut to the address it could not read, for an error message.
QString quoteItem(const QByteArray &item)
{
    QString text = QString::fromUtf8(item).trimmed();
    const qsizetype comma = text.indexOf(u',');
    if (comma > 0)
        text.truncate(comma);
    if (text.size() > 60)
        text = text.left(60) + u'…';
    return text;
}

bool hasDomain(const char *addr)
{
    // The domain follows the last '@'; an '@' inside a quoted local part does not count.
    const char *at = std::strrchr(addr, '@');
    return at && at[1] != '\0' && !std::strchr(at, '"');
}

QString flatten(InternetAddressList *list, QList<MailAddress> *out)
{
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            InternetAddressList *members
                = internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address));
            const QString error = flatten(members, out);
            if (!error.isEmpty())
                return error;
            continue;
        }
        const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
        if (!addr || !hasDomain(addr)) {
            return QCoreApplication::translate(
                "MailAddress", "“%1” has no domain: an address looks like name@example.org.")
                .arg(fromUtf8(addr));
        }
        // A domain literal is ASCII (RFC 5321 §4.1.3, RFC 5322 §3.4.1 dtext) and no IDNA applies
        // to it; GMime converts its dotted parts as if they were labels ("[192.0.2Ҕ.1]" is
        // written "[192.0.xn--2-0yb.1]"), another address (found by tests/fuzz/fuzz_address).
        // It runs from the last '[' (dtext has none) and may hold an '@' itself, which would
        // make the last '@' a wrong place to split the address: such a literal names no host
        // (an address literal is an IP address) and is refused.
        const char *end = addr + std::strlen(addr);
        const char *bracket = std::strrchr(addr, '[');
        if (end > addr && end[-1] == ']' && bracket && bracket > addr && bracket[-1] == '@') {
            if (std::any_of(
                    bracket, end, [](char c) { return uchar(c) >= 0x7f || uchar(c) < 0x20; })) {
                return QCoreApplication::translate("MailAddress",
                    "“%1” has a domain literal with characters other than ASCII letters, digits "
                    "and punctuation.")
                    .arg(fromUtf8(addr).simplified());
            }
            if (std::find(bracket, end, '@') != end) {
                return QCoreApplication::translate("MailAddress",
                    "“%1” has a domain literal with “@” in it: an address literal is an IP "
                    "address in brackets, as in name@[192.0.2.1].")
                    .arg(fromUtf8(addr).simplified());
            }
        }
        // A domain must reach a header as ASCII (RFC 5890 A-labels) or as UTF-8 that is a
        // valid internationalised name; GMime leaves one it cannot convert as it is.
        const QByteArray spec = addrSpecForHeader(fromUtf8(addr));
        const QByteArray domain = spec.mid(spec.lastIndexOf('@') + 1);
        if (std::any_of(domain.begin(), domain.end(), [](char c) { return (c & 0x80) != 0; })) {
            return QCoreApplication::translate("MailAddress",
                "“%1” has a domain that is not a valid internationalised domain name.")
                .arg(fromUtf8(addr));
        }
        // Control characters are obsolete even in a quoted local part (RFC 5322 §4.4).
        if (std::any_of(addr, addr + std::strlen(addr),
                [](char c) { return uchar(c) < 0x20 || c == 0x7f; })) {
            return QCoreApplication::translate(
                "MailAddress", "The address “%1” contains a control character.")
                .arg(fromUtf8(addr).simplified());
        }
        MailAddress mailbox(fromUtf8(addr), fromUtf8(internet_address_get_name(address)));
        // RFC 2047 encoded words can smuggle a line break into a name; refuse it here so that
        // nothing downstream ever holds one.
        if (hasLineBreakOrNul(mailbox.displayName()) || hasLineBreakOrNul(mailbox.address())) {
            return QCoreApplication::translate(
                "MailAddress", "The address “%1” contains a line break or a NUL character.")
                .arg(mailbox.address());
        }
        out->append(mailbox);
    }
    return {};
}

// Where the mailboxes of an address-list are: the text between top-level commas, and inside
// a group ("name: a, b;") between the members' commas (RFC 5322 §3.4). Only the lexical
// structure is tracked (quoted strings, comments, angle brackets, domain literals); GMime does
// the parsing. This exists because GMime, even in strict mode, skips a mailbox whose angle
// address it cannot read ("Bad <x, y@example.org") without a warning, and a dropped
// recipient must be an error. Returns false if a quote, comment or bracket is left open.
// *nestedGroup tells of a group inside a group, which RFC 5322 has no syntax for.
bool mailboxSlots(const QByteArray &text, QList<QByteArray> *pieces, bool *nestedGroup)
{
    *nestedGroup = false;
    QByteArray current;
    bool quoted = false;
    bool angle = false;
    bool literal = false;
    bool group = false;
    int comment = 0;
    auto finish = [&] {
        current = current.trimmed();
        if (!current.isEmpty())
            pieces->append(current);
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if ((quoted || comment > 0) && c == '\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (quoted) {
            quoted = c != '"';
        } else if (comment > 0) {
            comment += c == '(' ? 1 : c == ')' ? -1 : 0;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '(') {
            comment = 1;
        } else if (literal) {
            literal = c != ']';
        } else if (c == '[') {
            literal = true;
        } else if (angle) {
            angle = c != '>';
        } else if (c == '<') {
            angle = true;
        } else if (c == ',' || (c == ';' && group)) {
            group = group && c != ';';
            finish();
            continue;
        } else if (c == ':' && !group) {
            group = true; // what came before is the group's display name
            current.clear();
            continue;
        } else if (c == ':') {
            *nestedGroup = true;
        }
        current += c;
    }
    finish();
    return !quoted && comment == 0 && !angle && !literal;
}

// GMime 3.2.13's internet_address_list_parse() leaks 129 bytes on some malformed lists (a
// 128-byte GString buffer and a 1-byte string, e.g. for "a>"); they are not ours to free.
// Under LeakSanitizer (-DOUTBOUND_SANITIZE=address) that call's own allocations are not
// counted. A suppression by stack cannot do it: GLib and GMime have no frame pointers, so the
// stack LeakSanitizer records ends in g_malloc unless every allocation of the process is
// unwound the slow way. The list it returns is held by a GObjectPtr like any other.
InternetAddressList *parseAddressList(GMimeParserOptions *options, const char *text)
{
#ifdef OUTBOUND_LEAK_SANITIZER
    const __lsan::ScopedDisabler gmimeLeaks;
#endif
    return internet_address_list_parse(options, text);
}

MailAddressParseResult parseWithGMime(const QByteArray &text)
{
    MailAddressParseResult result;

    ParserOptionsPtr options(g_mime_parser_options_new());
    g_mime_parser_options_set_address_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_STRICT);
    g_mime_parser_options_set_rfc2047_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_STRICT);
    g_mime_parser_options_set_allow_addresses_without_domain(options.get(), FALSE);
    AddressWarnings warnings;
    g_mime_parser_options_set_warning_callback(options.get(), collectAddressWarning, &warnings);

    GObjectPtr<InternetAddressList> list(parseAddressList(options.get(), text.constData()));
    if (warnings.any) {
        const QString item = quoteItem(warnings.firstItem);
        result.errorString = item.isEmpty()
            ? QCoreApplication::translate("MailAddress", "The address list cannot be read.")
            : QCoreApplication::translate("MailAddress", "“%1” is not a valid address.").arg(item);
        return result;
    }
    if (!list) {
        result.errorString
            = QCoreApplication::translate("MailAddress", "“%1” is not a valid address.")
                  .arg(quoteItem(text));
        return result;
    }
    result.errorString = flatten(list.get(), &result.addresses);
    if (!result.isValid())
        result.addresses.clear();
    return result;
}

} // namespace

MailAddressParseResult parseAddressBytes(const QByteArray &text)
{
    ensureGMimeInitialized();
    if (text.trimmed().isEmpty())
        return {};
    QList<QByteArray> pieces;
    bool nestedGroup = false;
    const bool balanced = mailboxSlots(text, &pieces, &nestedGroup);
    if (nestedGroup) {
        // Refused before GMime sees it: GMime 3.2's parser recurses on each ':' and leaks
        // memory on such input (found by tests/fuzz/fuzz_address).
        MailAddressParseResult refused;
        refused.errorString = QCoreApplication::translate(
            "MailAddress", "The address list cannot be read: a group cannot hold another group.");
        return refused;
    }
    MailAddressParseResult result = parseWithGMime(text);
    if (!result.isValid())
        return result;
    if (balanced && pieces.size() == result.addresses.size())
        return result;

    // GMime dropped something: find which mailbox, for a useful message.
    result.addresses.clear();
    for (const QByteArray &slot : std::as_const(pieces)) {
        const MailAddressParseResult one = parseWithGMime(slot);
        if (!one.isValid()) {
            result.errorString = one.errorString;
            return result;
        }
        if (one.addresses.size() != 1) {
            result.errorString
                = QCoreApplication::translate("MailAddress", "“%1” is not a valid address.")
                      .arg(quoteItem(slot));
            return result;
        }
    }
    result.errorString = balanced
        ? QCoreApplication::translate("MailAddress", "The address list cannot be read.")
        : QCoreApplication::translate("MailAddress",
            "The address list cannot be read: a quote, parenthesis or angle bracket is not "
            "closed.");
    return result;
}

bool hasNonAsciiLocalPart(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QStringView local = QStringView(address).left(at < 0 ? address.size() : at);
    for (QChar c : local) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

QStringList uniqueRecipients(const QList<MailAddress> &addresses)
{
    QStringList recipients;
    QSet<QString> seen;
    for (const MailAddress &address : addresses) {
        const QString domain = address.domain();
        // Compare internationalised domains in one form: a@bücher.de is a@xn--bcher-kva.de.
        QString key = QString::fromLatin1(QUrl::toAce(domain));
        if (key.isEmpty())
            key = domain;
        key = address.localPart() + u'@' + key.toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        recipients.append(address.address());
    }
    return recipients;
}

QByteArray addrSpecForHeader(const QString &address)
{
    ensureGMimeInitialized();
    const FormatOptionsPtr options = crlfFormatOptions();
    GObjectPtr<InternetAddressList> list(internet_address_list_new());
    GObjectPtr<InternetAddress> mailbox(
        internet_address_mailbox_new(nullptr, address.toUtf8().constData()));
    internet_address_list_add(list.get(), mailbox.get());
    const GCharPtr addrSpec(internet_address_list_to_string(list.get(), options.get(), TRUE));
    return QByteArray(addrSpec.get());
}

HeaderTokens addressListTokens(const QList<MailAddress> &addresses, HeaderCharset charset)
{
    HeaderTokens tokens;
    for (const MailAddress &address : addresses) {
        if (!tokens.isEmpty())
            tokens.last() += ',';
        const QByteArray addrSpec = addrSpecForHeader(address.address());
        const HeaderTokens name = phraseTokens(address.displayName(), charset);
        if (name.isEmpty()) {
            tokens.append(addrSpec);
        } else {
            tokens.append(name);
            tokens.append('<' + addrSpec + '>');
        }
    }
    return tokens;
}

bool LineChecker::feed(const char *data, qsizetype size)
{
    if (m_badLine != 0)
        return false;
    if (!m_data.add(QByteArrayView(data, size))) {
        m_badLine = int(m_data.problem().line);
        return false;
    }
    // What SmtpDataCheck allows as a line end, a message we write never has: only CRLF.
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c != '\n') {
                m_badLine = m_line;
                break;
            }
            ++m_line;
        } else if (c == '\r') {
            m_pendingCr = true;
        } else if (c == '\n') {
            m_badLine = m_line;
            break;
        }
    }
    return m_badLine == 0;
}

bool LineChecker::finish()
{
    if (m_pendingCr && m_badLine == 0)
        m_badLine = m_line;
    return m_badLine == 0;
}

namespace {

// A GMimeStream subclass, registered by hand (G_DEFINE_TYPE's casts upset -Wextra in C++).
struct DeviceStream
{
    GMimeStream parent;
    QIODevice *device;
    LineChecker *checker;
    bool deviceFailed;
};

struct DeviceStreamClass
{
    GMimeStreamClass parent;
};

DeviceStream *deviceStream(GMimeStream *stream)
{
    return reinterpret_cast<DeviceStream *>(stream);
}

ssize_t deviceStreamWrite(GMimeStream *stream, const char *buf, size_t len)
{
    DeviceStream *self = deviceStream(stream);
    if (self->checker && !self->checker->feed(buf, qsizetype(len)))
        return -1;
    const qint64 written = self->device->write(buf, qint64(len));
    if (written != qint64(len)) {
        self->deviceFailed = true;
        return -1;
    }
    stream->position += written;
    return ssize_t(written);
}

ssize_t deviceStreamRead(GMimeStream *, char *, size_t)
{
    return -1;
}

int deviceStreamFlush(GMimeStream *)
{
    return 0; // the owner of the device decides when its data reaches the disk
}

int deviceStreamClose(GMimeStream *)
{
    return 0;
}

gboolean deviceStreamEos(GMimeStream *)
{
    return FALSE;
}

int deviceStreamReset(GMimeStream *)
{
    return -1;
}

gint64 deviceStreamSeek(GMimeStream *, gint64, GMimeSeekWhence)
{
    return -1;
}

gint64 deviceStreamTell(GMimeStream *stream)
{
    return stream->position;
}

gint64 deviceStreamLength(GMimeStream *)
{
    return -1;
}

GMimeStream *deviceStreamSubstream(GMimeStream *, gint64, gint64)
{
    return nullptr;
}

void deviceStreamClassInit(gpointer klass, gpointer)
{
    auto *stream = static_cast<GMimeStreamClass *>(klass);
    stream->read = deviceStreamRead;
    stream->write = deviceStreamWrite;
    stream->flush = deviceStreamFlush;
    stream->close = deviceStreamClose;
    stream->eos = deviceStreamEos;
    stream->reset = deviceStreamReset;
    stream->seek = deviceStreamSeek;
    stream->tell = deviceStreamTell;
    stream->length = deviceStreamLength;
    stream->substream = deviceStreamSubstream;
}

GType deviceStreamType()
{
    static const GType type = [] {
        GTypeInfo info {};
        info.class_size = sizeof(DeviceStreamClass);
        info.class_init = deviceStreamClassInit;
        info.instance_size = sizeof(DeviceStream);
        return g_type_register_static(
            GMIME_TYPE_STREAM, "OutboundDeviceStream", &info, GTypeFlags(0));
    }();
    return type;
}

} // namespace

GObjectPtr<GMimeStream> newDeviceStream(QIODevice *device, LineChecker *checker)
{
    ensureGMimeInitialized();
    auto *self = static_cast<DeviceStream *>(g_object_new(deviceStreamType(), nullptr));
    self->device = device;
    self->checker = checker;
    self->deviceFailed = false;
    g_mime_stream_construct(&self->parent, 0, -1);
    return GObjectPtr<GMimeStream>(&self->parent);
}

bool deviceWriteFailed(GMimeStream *stream)
{
    return G_TYPE_CHECK_INSTANCE_TYPE(stream, deviceStreamType())
        && deviceStream(stream)->deviceFailed;
}

QByteArray decodableHeaderValue(const QByteArray &raw)
{
    const bool fixed = gmime_major_version > 3
        || (gmime_major_version == 3 && gmime_minor_version > 2)
        || (gmime_major_version == 3 && gmime_minor_version == 2 && gmime_micro_version >= 14);
    return fixed ? raw : qEncodedWordsFromB(raw);
}

MessageFileParser::MessageFileParser(int fd, qint64 start)
    : m_fd(fd)
    , m_savedOffset(::lseek(fd, 0, SEEK_CUR))
{
    ensureGMimeInitialized();
    const int gmimeFd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (gmimeFd < 0 || ::lseek(gmimeFd, start, SEEK_SET) < 0) {
        if (gmimeFd >= 0)
            ::close(gmimeFd);
        return;
    }
    m_stream.reset(g_mime_stream_fs_new_with_bounds(gmimeFd, start, -1)); // owns gmimeFd
    m_parser.reset(g_mime_parser_new_with_stream(m_stream.get()));
    g_mime_parser_set_format(m_parser.get(), GMIME_FORMAT_MESSAGE);
    g_mime_parser_set_persist_stream(m_parser.get(), TRUE);
}

MessageFileParser::~MessageFileParser()
{
    restoreOffset();
}

GObjectPtr<GMimeMessage> MessageFileParser::construct(GMimeParserOptions *options)
{
    if (!m_parser)
        return nullptr;
    return GObjectPtr<GMimeMessage>(g_mime_parser_construct_message(m_parser.get(), options));
}

void MessageFileParser::restoreOffset()
{
    if (!m_restored && m_savedOffset >= 0)
        ::lseek(m_fd, m_savedOffset, SEEK_SET);
    m_restored = true;
}

} // namespace Mime::Detail
