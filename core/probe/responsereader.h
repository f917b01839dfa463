// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/headerlist.h"

#include <QByteArray>
#include <QString>

namespace cors::probe {

/// How much of an answer is read at most. Nothing a server sends is buffered beyond these.
struct ReadLimits
{
    /// The status line and header fields together; more is refused, as browsers do (Chromium's
    /// kMaxHeaderBufSize is 256 KiB: ERR_RESPONSE_HEADERS_TOO_BIG).
    qsizetype maxHeaderBytes = 256 * 1024;
    /// Body bytes kept; the reader stops (and marks the body truncated) once it has this many.
    /// 0 stops right after the header block: a CORS verdict needs the status and headers only.
    qsizetype maxBodyBytes = 64 * 1024;
};

/// Reads one HTTP/1.x response (RFC 9112) from bytes as they arrive, within ReadLimits: the
/// status line, the header fields (1xx interim answers skipped) and the body framed by
/// Transfer-Encoding: chunked, Content-Length or the end of the connection. A pure state machine
/// with no I/O, so that every hostile byte sequence can be tested without a socket.
class ResponseReader
{
public:
    enum class State
    {
        Head,    ///< still reading the status line and header fields
        Body,    ///< the head is complete; reading the body
        Done,    ///< the response is complete, or as complete as the limits allow
        Invalid, ///< not an HTTP/1.x response (or one browsers refuse); see error()
    };
    enum class Problem
    {
        None,
        NotHttp,         ///< the bytes are not an HTTP/1.x response
        HeadersTooLarge, ///< the header block exceeds ReadLimits::maxHeaderBytes
        BadBodyFraming,  ///< an invalid chunk size or Content-Length, or a body cut short
        EndedEarly,      ///< the connection ended before the header block was complete
    };

    explicit ResponseReader(ReadLimits limits = {}, bool headRequest = false);

    /// Consumes `bytes`; returns the state afterwards. Bytes after Done or Invalid are ignored.
    State feed(QByteArrayView bytes);
    /// The connection ended: completes a body that runs to the end of the connection.
    State endOfStream();

    State state() const { return m_state; }
    Problem problem() const { return m_problem; }
    /// What is wrong, for Invalid (and for a body whose framing broke).
    QString error() const { return m_error; }
    bool hasHead() const { return m_headDone; }
    /// True once any byte arrived.
    bool receivedAnything() const { return m_received > 0; }

    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    const fetch::HeaderList &headers() const { return m_headers; }
    /// The body as decoded so far (chunked framing removed), at most maxBodyBytes.
    const QByteArray &body() const { return m_body; }
    /// The body had more bytes than maxBodyBytes (or any, when that is 0).
    bool bodyTruncated() const { return m_truncated; }
    /// The body's end was seen (or there is none).
    bool bodyComplete() const { return m_bodyComplete; }

private:
    enum class Framing
    {
        None,
        Length,
        Chunked,
        UntilClose,
    };
    enum class ChunkState
    {
        Size,
        Data,
        DataEnd,
        Trailer,
    };

    bool takeLine(QByteArrayView &bytes, QByteArray *line, qsizetype limit);
    void feedHead(QByteArrayView &bytes);
    bool parseStatusLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    void finishHead();
    void feedBody(QByteArrayView &bytes);
    void feedChunked(QByteArrayView &bytes);
    void keepBody(QByteArrayView bytes);
    void fail(Problem problem, const QString &message);
    void complete();

    ReadLimits m_limits;
    bool m_headRequest = false;
    State m_state = State::Head;
    Problem m_problem = Problem::None;
    QString m_error;
    qint64 m_received = 0;
    qsizetype m_headBytes = 0;
    bool m_haveStatusLine = false;
    bool m_headDone = false;
    QByteArray m_line; ///< a line not yet ended
    int m_status = 0;
    QByteArray m_reason;
    QList<fetch::Header> m_fields; ///< of the head being read
    fetch::HeaderList m_headers;   ///< of the final head
    Framing m_framing = Framing::None;
    qint64 m_remaining = 0; ///< of a Content-Length body or of the current chunk
    ChunkState m_chunkState = ChunkState::Size;
    QByteArray m_body;
    bool m_truncated = false;
    bool m_bodyComplete = false;
};

} // namespace cors::probe
