// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator.h"

using namespace Qt::StringLiterals;

namespace cors::emulator {

QString formatLogEntry(const LogEntry &entry)
{
    const QString origin = entry.origin.isEmpty() ? u"-"_s : entry.origin;
    const QString route = entry.route.isEmpty() ? u"no route"_s : entry.route;
    return u"%1 %2 %3 origin=%4 → %5 [%6] %7"_s.arg(
        entry.time.toLocalTime().toString(u"HH:mm:ss"_s), QString::fromLatin1(entry.method),
        QString::fromLatin1(entry.target), origin, QString::number(entry.status), route,
        entry.outcome);
}

Emulator::Emulator(const CorsConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_server([this](const HttpRequest &request) { return handle(request); })
{}

bool Emulator::start(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void Emulator::stop()
{
    m_server.close();
}

QUrl Emulator::url() const
{
    if (!m_server.isListening()) {
        return {};
    }
    QUrl url;
    url.setScheme(u"http"_s);
    const QHostAddress address = m_server.address();
    const bool any = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
                     address == QHostAddress::AnyIPv6;
    url.setHost(any ? u"127.0.0.1"_s : address.toString());
    url.setPort(m_server.port());
    return url;
}

HttpResponse Emulator::handle(const HttpRequest &request)
{
    const GatewayResponse answered = answer(m_config, request);

    LogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = request.method;
    entry.target = request.target;
    entry.origin = QString::fromLatin1(request.headers.get("Origin").value_or(QByteArray()));
    entry.status = answered.status;
    entry.verdict = answered.verdict;
    entry.route = answered.route;
    entry.outcome = answered.outcome;
    Q_EMIT requestHandled(entry);

    return {answered.status, answered.headers, answered.body};
}

} // namespace cors::emulator
