// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkoptions.h"

#include "probe/checkinput.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {
class NetworkOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkOptionsText)
};
} // namespace

NetworkOptions::NetworkOptions(const QString &timeoutHelp, const QString &sent)
    : m_timeout(u"timeout"_s, timeoutHelp, u"SECONDS"_s, u"10"_s)
    , m_proxy(u"proxy"_s,
              NetworkOptionsText::tr("Send the %1 through this proxy: http://HOST:PORT (e.g. an "
                                     "intercepting proxy) or socks5://HOST:PORT.")
                  .arg(sent),
              u"URL"_s)
{}

void NetworkOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_timeout, m_proxy});
}

Expected<NetworkOptions::Values> NetworkOptions::read(const QCommandLineParser &parser) const
{
    bool ok = false;
    const double seconds = parser.value(m_timeout).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 600) {
        return fail(NetworkOptionsText::tr("--timeout '%1' must be a number of seconds above 0 "
                                           "and at most 600.")
                        .arg(parser.value(m_timeout)));
    }
    Values values{std::chrono::milliseconds(qint64(std::llround(seconds * 1000))), {}};
    if (parser.isSet(m_proxy)) {
        const Expected<QNetworkProxy> proxy = probe::parseProxyField(parser.value(m_proxy));
        if (!proxy) {
            return fail(u"--proxy "_s + proxy.error());
        }
        values.proxy = *proxy;
    }
    return values;
}

} // namespace cors::cli
