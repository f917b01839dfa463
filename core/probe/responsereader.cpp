// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsereader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::probe {

namespace {

class ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(ReaderText)
};

/// The first bytes of an answer, printable, for a message.
QString preview(QByteArrayView bytes)
{
    QString text;
    for (const char c : bytes.first(std::min<qsizetype>(bytes.size(), 24))) {
        const auto u = static_cast<unsigned char>(c);
        text += u >= 0x20 && u < 0x7f ? QString(QLatin1Char(c))
                                      : u"\\x%1"_s.arg(uint(u), 2, 16, QLatin1Char('0'));
    }
    return text;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArrayView trimmedOws(QByteArrayView value)
{
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t')) {
        value = value.sliced(1);
    }
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t')) {
        value.chop(1);
    }
    return value;
}

} // namespace

ResponseReader::ResponseReader(ReadLimits limits, bool headRequest)
    : m_limits(limits)
    , m_headRequest(headRequest)
{}

ResponseReader::State ResponseReader::feed(QByteArrayView bytes)
{
    m_received += bytes.size();
    while (!bytes.isEmpty() && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Head) {
            feedHead(bytes);
        } else {
            feedBody(bytes);
        }
    }
    return m_state;
}

ResponseReader::State ResponseReader::endOfStream()
{
    if (m_state == State::Head) {
        // A reset and an orderly close look alike through QAbstractSocket (both are
        // RemoteHostClosedError), so the message names both.
        fail(Problem::EndedEarly,
             m_received == 0 ? ReaderText::tr("the server closed or reset the connection without "
                                              "answering")
                             : ReaderText::tr("the server closed or reset the connection in the "
                                              "middle of the response headers"));
    } else if (m_state == State::Body) {
        if (m_framing == Framing::UntilClose) {
            complete();
        } else {
            fail(Problem::BadBodyFraming,
                 ReaderText::tr("the server closed or reset the connection before the body "
                                "was complete"));
        }
    }
    return m_state;
}

bool ResponseReader::takeLine(QByteArrayView &bytes, QByteArray *line, qsizetype limit)
{
    const qsizetype end = bytes.indexOf('\n');
    const qsizetype take = end < 0 ? bytes.size() : end + 1;
    if (m_line.size() + take > limit) {
        m_line.append(bytes.first(std::min(take, std::max<qsizetype>(0, limit - m_line.size()))));
        bytes = bytes.sliced(take);
        return false;
    }
    m_line.append(bytes.first(take));
    bytes = bytes.sliced(take);
    if (end < 0) {
        return false;
    }
    // RFC 9112 §2.2: a recipient may accept a bare LF as a line terminator; browsers do.
    m_line.chop(1);
    if (m_line.endsWith('\r')) {
        m_line.chop(1);
    }
    *line = std::move(m_line);
    m_line.clear();
    return true;
}

void ResponseReader::feedHead(QByteArrayView &bytes)
{
    if (!m_haveStatusLine) {
        // Anything that does not begin with "HTTP/" is HTTP/0.9 or not HTTP at all: no status,
        // no headers, so no CORS headers either (Chromium refuses HTTP/0.9 outright on ports
        // other than 80 and 443).
        const QByteArray start = m_line + bytes.first(std::min<qsizetype>(bytes.size(), 5));
        const QByteArrayView expected("HTTP/");
        if (!expected.startsWith(
                QByteArrayView(start).first(std::min<qsizetype>(start.size(), 5)))) {
            fail(Problem::NotHttp,
                 ReaderText::tr("the answer is not HTTP/1.x: it begins with \"%1\" (an HTTP/0.9 "
                                "answer or another protocol)")
                     .arg(preview(
                         QByteArray(m_line + bytes.first(std::min<qsizetype>(bytes.size(), 24))))));
            return;
        }
    }
    const qsizetype before = bytes.size();
    QByteArray line;
    const bool complete = takeLine(bytes, &line, m_limits.maxHeaderBytes - m_headBytes);
    m_headBytes += before - bytes.size();
    if (!complete) {
        if (m_headBytes >= m_limits.maxHeaderBytes) {
            fail(Problem::HeadersTooLarge, ReaderText::tr("the header block is larger than %1 KiB")
                                               .arg(m_limits.maxHeaderBytes / 1024));
        }
        return;
    }
    if (line.contains('\0')) {
        // Fetch §2.2: a header value contains no 0x00; Chromium and Firefox fail the request.
        fail(Problem::NotHttp, ReaderText::tr("a response header line contains a NUL byte: "
                                              "browsers refuse such a response"));
        return;
    }
    if (!m_haveStatusLine) {
        m_haveStatusLine = parseStatusLine(line);
        return;
    }
    if (line.isEmpty()) {
        finishHead();
        return;
    }
    parseHeaderLine(line);
}

bool ResponseReader::parseStatusLine(const QByteArray &line)
{
    // RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ];
    // status-code = 3DIGIT.
    const bool versionOk = line.size() >= 8 && line.startsWith("HTTP/1.") && isDigit(line[7]);
    if (!versionOk) {
        fail(Problem::NotHttp, ReaderText::tr("the status line \"%1\" is not HTTP/1.0 or HTTP/1.1")
                                   .arg(preview(line)));
        return false;
    }
    QByteArrayView rest = QByteArrayView(line).sliced(8);
    if (rest.isEmpty() || rest.front() != ' ') {
        fail(Problem::NotHttp,
             ReaderText::tr("the status line \"%1\" has no status code").arg(preview(line)));
        return false;
    }
    rest = rest.sliced(1);
    qsizetype digits = 0;
    while (digits < rest.size() && isDigit(rest[digits])) {
        ++digits;
    }
    const bool codeOk = digits == 3 && (rest.size() == 3 || rest[3] == ' ') && rest.front() != '0';
    if (!codeOk) {
        const QByteArrayView code =
            rest.first(std::max<qsizetype>(digits, std::min<qsizetype>(rest.size(), 8)));
        fail(Problem::NotHttp, ReaderText::tr("the status code \"%1\" is not a three-digit HTTP "
                                              "status from 100 to 999")
                                   .arg(preview(code)));
        return false;
    }
    m_status = rest.first(3).toInt();
    m_reason = rest.size() > 4 ? rest.sliced(4).toByteArray() : QByteArray();
    return true;
}

bool ResponseReader::parseHeaderLine(const QByteArray &line)
{
    if (line.front() == ' ' || line.front() == '\t') {
        // RFC 9112 §5.2: obsolete line folding is replaced by a space.
        if (!m_fields.isEmpty()) {
            m_fields.last().value += ' ' + trimmedOws(line).toByteArray();
        }
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon > 0 ? QByteArrayView(line).first(colon) : QByteArrayView();
    if (!fetch::isTokenBytes(name)) {
        return false; // browsers skip a line that is not a field
    }
    m_fields.append(
        {name.toByteArray(), trimmedOws(QByteArrayView(line).sliced(colon + 1)).toByteArray()});
    return true;
}

void ResponseReader::finishHead()
{
    // RFC 9110 §15.2: 1xx answers are interim; the final answer follows (101 switches away).
    if (m_status >= 100 && m_status < 200 && m_status != 101) {
        m_haveStatusLine = false;
        m_headBytes = 0;
        m_fields.clear();
        return;
    }
    for (const fetch::Header &field : std::as_const(m_fields)) {
        m_headers.append(field.name, field.value);
    }
    m_fields.clear();
    m_headDone = true;
    m_state = State::Body;
    // RFC 9112 §6.3: no body after HEAD, 1xx, 204 and 304; chunked before Content-Length;
    // otherwise the body runs until the connection closes.
    const QList<QByteArray> codings =
        fetch::splitListValues(m_headers.get("Transfer-Encoding").value_or(QByteArray()));
    const std::optional<QByteArray> length = m_headers.get("Content-Length");
    if (m_headRequest || m_status < 200 || m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
    } else if (!codings.isEmpty() && codings.last().toLower() == "chunked") {
        m_framing = Framing::Chunked;
    } else if (length) {
        // Repeated fields arrive combined ("5, 5"); all values must agree (RFC 9112 §6.3).
        bool ok = true;
        qint64 value = -1;
        for (const QByteArray &part : fetch::splitListValues(*length)) {
            bool partOk = false;
            const qint64 n = part.toLongLong(&partOk);
            ok = ok && partOk && n >= 0 && (value < 0 || n == value) && part.front() != '+';
            value = n;
        }
        if (!ok || value < 0) {
            fail(Problem::BadBodyFraming,
                 ReaderText::tr("Content-Length \"%1\" is not one number").arg(preview(*length)));
            return;
        }
        m_framing = Framing::Length;
        m_remaining = value;
    } else {
        m_framing = Framing::UntilClose;
    }
    if (m_framing == Framing::None || (m_framing == Framing::Length && m_remaining == 0)) {
        complete();
    } else if (m_limits.maxBodyBytes == 0) {
        m_truncated = true;
        m_state = State::Done;
    }
}

void ResponseReader::feedBody(QByteArrayView &bytes)
{
    switch (m_framing) {
    case Framing::Length: {
        const qsizetype take = qsizetype(std::min<qint64>(m_remaining, bytes.size()));
        keepBody(bytes.first(take));
        bytes = bytes.sliced(take);
        m_remaining -= take;
        if (m_remaining == 0 && m_state == State::Body) {
            complete();
        }
        return;
    }
    case Framing::UntilClose:
        keepBody(bytes);
        bytes = {};
        return;
    case Framing::Chunked:
        feedChunked(bytes);
        return;
    case Framing::None:
        bytes = {};
        return;
    }
}

void ResponseReader::feedChunked(QByteArrayView &bytes)
{
    // RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF; last-chunk is
    // "0" [ chunk-ext ] CRLF, then trailer fields and an empty line.
    constexpr qsizetype maxSizeLine = 4096;
    QByteArray line;
    switch (m_chunkState) {
    case ChunkState::Size: {
        if (!takeLine(bytes, &line, maxSizeLine)) {
            if (m_line.size() >= maxSizeLine) {
                fail(Problem::BadBodyFraming, ReaderText::tr("a chunk size line is too long"));
            }
            return;
        }
        const QByteArrayView size = trimmedOws(
            QByteArrayView(line).first(line.contains(';') ? line.indexOf(';') : line.size()));
        bool ok = !size.isEmpty() && size.size() <= 15;
        const qint64 value = ok ? size.toLongLong(&ok, 16) : 0;
        if (!ok || value < 0) {
            fail(Problem::BadBodyFraming,
                 ReaderText::tr("the chunk size \"%1\" is not a hexadecimal number")
                     .arg(preview(line)));
            return;
        }
        m_remaining = value;
        m_chunkState = value == 0 ? ChunkState::Trailer : ChunkState::Data;
        return;
    }
    case ChunkState::Data: {
        const qsizetype take = qsizetype(std::min<qint64>(m_remaining, bytes.size()));
        keepBody(bytes.first(take));
        bytes = bytes.sliced(take);
        m_remaining -= take;
        if (m_remaining == 0) {
            m_chunkState = ChunkState::DataEnd;
        }
        return;
    }
    case ChunkState::DataEnd:
        if (takeLine(bytes, &line, 2)) {
            if (!line.isEmpty()) {
                fail(Problem::BadBodyFraming, ReaderText::tr("a chunk does not end with CRLF"));
            }
            m_chunkState = ChunkState::Size;
        } else if (m_line.size() >= 2) {
            fail(Problem::BadBodyFraming, ReaderText::tr("a chunk does not end with CRLF"));
        }
        return;
    case ChunkState::Trailer:
        if (takeLine(bytes, &line, m_limits.maxHeaderBytes)) {
            if (line.isEmpty()) {
                complete();
            }
        } else if (m_line.size() >= m_limits.maxHeaderBytes) {
            fail(Problem::BadBodyFraming, ReaderText::tr("the trailer fields are too large"));
        }
        return;
    }
}

void ResponseReader::keepBody(QByteArrayView bytes)
{
    const qsizetype room = m_limits.maxBodyBytes - m_body.size();
    if (bytes.size() > room) {
        m_body.append(bytes.first(room));
        m_truncated = true;
        m_state = State::Done;
        return;
    }
    m_body.append(bytes);
}

void ResponseReader::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    // A broken body leaves a usable head: the verdict still comes from the headers.
    m_state = m_headDone ? State::Done : State::Invalid;
}

void ResponseReader::complete()
{
    m_state = State::Done;
    m_bodyComplete = true;
}

} // namespace cors::probe
