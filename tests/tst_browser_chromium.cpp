// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The tester against the real thing: headless Chromium loads a page from one loopback port and
// runs fetch() for every scripted case against servers on two other ports; then the prober runs
// the same cases against the same servers. For each case the verdict, whether a preflight and
// an actual request reached the server, the preflight's Access-Control-Request-* headers and
// the headers the script could read must be exactly what Chromium did.
#include "fetch/flowjson.h"
#include "probe/prober.h"
#include "support/browsercases.h"
#include "support/chromium.h"
#include "support/scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

/// What reached the API servers for one case.
struct Traffic
{
    int preflights = 0;
    int actuals = 0;
    QByteArray requestMethod;  ///< Access-Control-Request-Method of the first preflight
    QByteArray requestHeaders; ///< Access-Control-Request-Headers of the first preflight
};

/// What the page's script saw.
struct Outcome
{
    bool allowed = false;
    int status = 0;
    QStringList headers; ///< "name: value", sorted
    QString error;
};

QString pageHtml(const QList<BrowserCase> &cases, const QByteArray &apiOrigin)
{
    QJsonArray array;
    for (int i = 0; i < cases.size(); ++i) {
        const BrowserCase &c = cases[i];
        QJsonArray headers;
        for (const fetch::Header &h : c.headers) {
            headers.append(QJsonArray{QString::fromLatin1(h.name), QString::fromLatin1(h.value)});
        }
        array.append(QJsonObject{
            {u"url"_s, QString(QString::fromLatin1(apiOrigin) + u"/c/%1/0"_s.arg(i))},
            {u"method"_s, QString::fromLatin1(c.method)},
            {u"headers"_s, headers},
            {u"credentials"_s, c.credentials},
            {u"body"_s, c.body ? QJsonValue(QString::fromLatin1(*c.body)) : QJsonValue()},
        });
    }
    return fetchCasesPage(array);
}

} // namespace

class TestBrowserChromium : public QObject
{
    Q_OBJECT

public:
    TestBrowserChromium()
        : m_api([this](const ReceivedRequest &r) { return answer(r, false); })
        , m_other([this](const ReceivedRequest &r) { return answer(r, true); })
        , m_page([this](const ReceivedRequest &r) { return servePage(r); })
    {}

private:
    QByteArray answer(const ReceivedRequest &request, bool /*otherServer*/)
    {
        int index = 0;
        int hop = 0;
        if (!parseCaseTarget(request.target, &index, &hop) || index >= m_cases.size()) {
            return "404";
        }
        const bool preflight =
            request.method == "OPTIONS" && request.hasHeader("Access-Control-Request-Method");
        Traffic &traffic = (*m_traffic)[index];
        if (preflight) {
            if (traffic.preflights++ == 0) {
                traffic.requestMethod = request.header("Access-Control-Request-Method");
                traffic.requestHeaders = request.header("Access-Control-Request-Headers");
            }
        } else {
            ++traffic.actuals;
        }
        return scriptFor(m_cases[index], preflight, hop, m_pageOrigin, m_other.origin(), index);
    }

    QByteArray servePage(const ReceivedRequest &request)
    {
        if (request.method == "GET" && request.target == "/") {
            return "200\nContent-Type: text/html; charset=utf-8\nCache-Control: no-store\n\n" +
                   pageHtml(m_cases, m_api.origin()).toUtf8();
        }
        if (request.method == "POST" && request.target.startsWith("/result/")) {
            const int index = request.target.sliced(8).toInt();
            const QJsonObject r = QJsonDocument::fromJson(request.body).object();
            Outcome outcome;
            outcome.allowed = r.value(u"ok"_s).toBool();
            outcome.status = r.value(u"status"_s).toInt();
            outcome.error = r.value(u"error"_s).toString();
            for (const QJsonValue &pair : r.value(u"headers"_s).toArray()) {
                outcome.headers.append(pair[0].toString() + u": "_s + pair[1].toString());
            }
            outcome.headers.sort();
            m_chromium.insert(index, outcome);
            return "204";
        }
        if (request.target == "/done") {
            m_done = true;
            return "204";
        }
        return "404";
    }

    static QString describe(const Traffic &t)
    {
        return u"preflights=%1 actuals=%2 ACRM=%3 ACRH=%4"_s.arg(t.preflights)
            .arg(t.actuals)
            .arg(QString::fromLatin1(t.requestMethod), QString::fromLatin1(t.requestHeaders));
    }

    QList<BrowserCase> m_cases = browserCases();
    ScriptedServer m_api;
    ScriptedServer m_other;
    ScriptedServer m_page;
    QByteArray m_pageOrigin;
    QMap<int, Traffic> m_chromiumTraffic;
    QMap<int, Traffic> m_proberTraffic;
    QMap<int, Traffic> *m_traffic = &m_chromiumTraffic;
    QMap<int, Outcome> m_chromium;
    bool m_done = false;
    int m_compared = 0;
    int m_allowed = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_api.listen());
        QVERIFY(m_other.listen());
        QVERIFY(m_page.listen());
        m_pageOrigin = m_page.origin();
        QVERIFY2(m_cases.size() >= 100, "the comparison needs at least 100 cases");

        const QString failure = runHeadlessChromium(QString::fromLatin1(m_pageOrigin) + u"/"_s,
                                                    [this]() { return m_done; });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(m_chromium.size(), m_cases.size());
        m_traffic = &m_proberTraffic;
    }

    void matchesChromium_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_cases.size(); ++i) {
            QTest::addRow("%d %s", i, qPrintable(m_cases[i].name)) << i;
        }
    }

    void matchesChromium()
    {
        QFETCH(int, index);
        const BrowserCase &c = m_cases[index];
        fetch::FetchInit init;
        init.url = QUrl(QString::fromLatin1(m_api.origin()) + u"/c/%1/0"_s.arg(index));
        init.origin = m_pageOrigin;
        init.method = c.method;
        init.headers = c.headers;
        init.credentials = c.credentials;
        init.body = c.body;

        probe::ProbeOptions options;
        options.timeout = std::chrono::seconds(10);
        const fetch::FlowResult result = probe::Prober().run(init, options);

        const Outcome &browser = m_chromium[index];
        const Traffic chromiumTraffic = m_chromiumTraffic.value(index);
        const Traffic ourTraffic = m_proberTraffic.value(index);
        const QString context = u"\n  Chromium: %1 %2 | %3\n  corscfg:  %4 %5 | %6\n"_s.arg(
            browser.allowed ? u"allowed"_s : u"blocked"_s, browser.error, describe(chromiumTraffic),
            result.allowed ? u"allowed"_s : u"blocked"_s,
            result.error ? fetch::corsErrorKey(result.error->code) : QString(),
            describe(ourTraffic));

        QVERIFY2(result.allowed == browser.allowed, qPrintable(u"verdict differs"_s + context));
        QVERIFY2((chromiumTraffic.preflights > 0) == (ourTraffic.preflights > 0),
                 qPrintable(u"preflight differs"_s + context));
        QVERIFY2((chromiumTraffic.actuals > 0) == (ourTraffic.actuals > 0),
                 qPrintable(u"actual request differs"_s + context));
        QVERIFY2(chromiumTraffic.preflights == ourTraffic.preflights &&
                     chromiumTraffic.actuals == ourTraffic.actuals,
                 qPrintable(u"request counts differ"_s + context));
        QVERIFY2(chromiumTraffic.requestMethod == ourTraffic.requestMethod &&
                     chromiumTraffic.requestHeaders == ourTraffic.requestHeaders,
                 qPrintable(u"preflight request headers differ"_s + context));
        if (browser.allowed) {
            ++m_allowed;
            QCOMPARE(result.status, browser.status);
            QStringList ours;
            for (const fetch::Header &h : result.exposedHeaders.headers()) {
                ours.append(QString::fromLatin1(h.name) + u": "_s + QString::fromLatin1(h.value));
            }
            ours.sort();
            QCOMPARE(ours, browser.headers);
        }
        ++m_compared;
    }

    void outcomesAreMixed()
    {
        // A comparison that only ever sees one outcome proves little.
        QCOMPARE(m_compared, m_cases.size());
        QVERIFY2(m_allowed >= m_compared / 4 && m_allowed <= m_compared * 3 / 4,
                 qPrintable(u"%1 of %2 cases allowed"_s.arg(m_allowed).arg(m_compared)));
    }
};

QTEST_GUILESS_MAIN(TestBrowserChromium)
#include "tst_browser_chromium.moc"
