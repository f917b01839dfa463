// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prober.h"

#include "statelessrequest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace cors::probe {

namespace {
class ProbeText
{
    Q_DECLARE_TR_FUNCTIONS(ProbeText)
};

fetch::CorsErrorCode failureCode(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return fetch::CorsErrorCode::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return fetch::CorsErrorCode::HostNotFound;
    case QNetworkReply::TimeoutError:
        return fetch::CorsErrorCode::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return fetch::CorsErrorCode::TlsError;
    default:
        return fetch::CorsErrorCode::NetworkError;
    }
}
} // namespace

Prober::Prober(QObject *parent)
    : QObject(parent)
{
    // No cookie jar contents, no cache, no proxy surprises: each probe starts clean.
    makeStateless(m_manager);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Prober::onDeadline);
}

Prober::~Prober()
{
    abort();
}

void Prober::start(const fetch::FetchInit &init, const ProbeOptions &options)
{
    abort();
    m_options = options;
    m_ignoredTlsErrors.clear();
    m_evaluator = std::make_unique<fetch::FetchEvaluator>(init);
    // Even a fetch() that throws reports through finished(), from the event loop.
    QMetaObject::invokeMethod(this, &Prober::sendNext, Qt::QueuedConnection);
}

fetch::FlowResult Prober::run(const fetch::FetchInit &init, const ProbeOptions &options)
{
    QEventLoop loop;
    fetch::FlowResult result;
    const QMetaObject::Connection connection =
        connect(this, &Prober::finished, &loop, [&result, &loop](const fetch::FlowResult &r) {
            result = r;
            loop.quit();
        });
    start(init, options);
    loop.exec();
    disconnect(connection);
    return result;
}

void Prober::abort()
{
    m_deadline.stop();
    dropReply();
    m_evaluator.reset();
}

void Prober::dropReply()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Prober::sendNext()
{
    if (!m_evaluator) {
        return;
    }
    const auto &next = m_evaluator->nextRequest();
    if (!next) {
        complete();
        return;
    }
    const fetch::HttpRequest &request = *next;
    // Browser-exact traffic: every redirect is judged by the evaluator, nothing is cached or
    // stored, and no credentials are volunteered.
    QNetworkRequest networkRequest = statelessRequest(request.url, m_options.timeout);
    for (const fetch::Header &header : request.headers.headers()) {
        networkRequest.setRawHeader(header.name, header.value);
    }

    m_haveResponse = false;
    m_timedOut = false;
    m_tlsErrors.clear();
    m_response = {};
    const bool preflight = m_evaluator->nextIsPreflight();
    // HEAD and GET go through QNAM's own operations so that it knows whether a body follows;
    // everything else, `patch` included, is sent verbatim as a custom verb.
    QNetworkReply *reply = nullptr;
    if (request.method == "HEAD") {
        reply = m_manager.head(networkRequest);
    } else if (request.method == "GET" && !request.body) {
        reply = m_manager.get(networkRequest);
    } else if (request.body) {
        reply = m_manager.sendCustomRequest(networkRequest, request.method, *request.body);
    } else {
        // No body device: no Content-Length: 0 that a browser would not send either.
        reply = m_manager.sendCustomRequest(networkRequest, request.method,
                                            static_cast<QIODevice *>(nullptr));
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &Prober::onMetaData);
    connect(reply, &QNetworkReply::finished, this, &Prober::onFinished);
    connect(reply, &QNetworkReply::readyRead, this, [reply]() {
        // The body is never judged; read it away so a large one does not pile up.
        reply->skip(reply->bytesAvailable());
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            m_tlsErrors.append(error.errorString());
        }
        if (m_options.ignoreTlsErrors) {
            m_ignoredTlsErrors.append(m_tlsErrors);
            reply->ignoreSslErrors();
        }
    });
    m_clock.start();
    m_deadline.start(m_options.timeout);
    Q_EMIT requestSent(preflight, request.url);
}

void Prober::onMetaData()
{
    if (!m_reply) {
        return;
    }
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        return;
    }
    m_haveResponse = true;
    m_response.status = status.toInt();
    m_response.statusText =
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_response.headers = {};
    for (const auto &pair : m_reply->rawHeaderPairs()) {
        m_response.headers.append(pair.first, pair.second);
    }
}

void Prober::onDeadline()
{
    if (!m_reply) {
        return;
    }
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void Prober::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (reply == nullptr || !m_evaluator) {
        return;
    }
    const qint64 elapsed = m_clock.elapsed();
    m_deadline.stop();
    if (!m_haveResponse) {
        onMetaData(); // some responses finish without a separate metaDataChanged
    }
    m_reply.clear();
    reply->deleteLater();

    if (m_timedOut ||
        (!m_haveResponse && reply->error() == QNetworkReply::OperationCanceledError)) {
        m_evaluator->fail(fetch::CorsErrorCode::Timeout,
                          ProbeText::tr("no response within %1 s")
                              .arg(double(m_options.timeout.count()) / 1000.0),
                          elapsed);
    } else if (!m_haveResponse) {
        QString detail = reply->errorString();
        if (!m_tlsErrors.isEmpty()) {
            detail = m_tlsErrors.join(u"; "_s);
        }
        m_evaluator->fail(failureCode(reply->error()), detail, elapsed);
    } else {
        qsizetype headerBytes = 0;
        for (const fetch::Header &header : m_response.headers.headers()) {
            headerBytes += header.name.size() + header.value.size() + 4;
        }
        if (headerBytes > m_options.maxHeaderBytes) {
            m_evaluator->fail(fetch::CorsErrorCode::HeadersTooLarge,
                              ProbeText::tr("%1 bytes of headers").arg(headerBytes), elapsed);
        } else if (m_response.headers.isEmpty()) {
            // Qt's HTTP parser drops the whole header block, without an error, when it has
            // more than 100 fields or 128 KiB; real servers always send some header.
            m_evaluator->fail(fetch::CorsErrorCode::HeadersTooLarge,
                              ProbeText::tr("the header block could not be read: over 100 "
                                            "fields or 128 KiB, or malformed"),
                              elapsed);
        } else {
            m_evaluator->receive(m_response, elapsed);
        }
    }
    sendNext();
}

void Prober::complete()
{
    m_deadline.stop();
    const fetch::FlowResult result = m_evaluator->result();
    m_evaluator.reset();
    Q_EMIT finished(result);
}

} // namespace cors::probe
