// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tester's verdict tells CORS from the API's own answer, and a page origin the project does
// not allow from a project that is wrong.

#include "advisor/checkverdict.h"

#include <QTest>

using namespace cors;
using namespace cors::advisor;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cors::advisor::CheckOutcome)

namespace {

CorsConfig project()
{
    CorsConfig config;
    config.allowOrigins = {u"https://app.example.com"_s};
    config.allowMethods = {u"GET"_s, u"POST"_s, u"OPTIONS"_s};
    config.allowHeaders = {u"Content-Type"_s};
    return config;
}

fetch::FlowResult blocked(fetch::CorsErrorCode code)
{
    fetch::FlowResult result;
    result.allowed = false;
    result.error = fetch::CorsError{code, u"why"_s, u"fix"_s};
    return result;
}

} // namespace

class TestCheckVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcome_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error"); // a CorsErrorCode, or -1
        QTest::addColumn<CheckOutcome>("outcome");
        QTest::addColumn<QString>("headline");

        const int none = -1;
        QTest::newRow("allowed") << "https://app.example.com"_ba
                                 << "GET"_ba << true << 200 << none << CheckOutcome::Allowed
                                 << u"Allowed"_s;
        QTest::newRow("authorizer 401")
            << "https://app.example.com"_ba
            << "PUT"_ba << true << 401 << none << CheckOutcome::ApiRefused
            << u"CORS passed — the API answered 401: the authorizer denied"_s;
        QTest::newRow("api key 403") << "https://app.example.com"_ba
                                     << "GET"_ba << true << 403 << none << CheckOutcome::ApiRefused
                                     << u"CORS passed — the API answered 403"_s;
        QTest::newRow("foreign origin")
            << "https://evil.example.com"_ba
            << "GET"_ba << false << 200 << int(fetch::CorsErrorCode::MissingAllowOriginHeader)
            << CheckOutcome::BlockedAsConfigured
            << u"Blocked as configured — https://evil.example.com"_s;
        QTest::newRow("allowed origin blocked")
            << "https://app.example.com"_ba
            << "GET"_ba << false << 200 << int(fetch::CorsErrorCode::MissingAllowOriginHeader)
            << CheckOutcome::Blocked << u"Blocked — why"_s;
        QTest::newRow("no response")
            << "https://app.example.com"_ba
            << "GET"_ba << false << 0 << int(fetch::CorsErrorCode::ConnectionRefused)
            << CheckOutcome::NoResponse << u"No response"_s;
    }

    void outcome()
    {
        QFETCH(QByteArray, origin);
        QFETCH(QByteArray, method);
        QFETCH(bool, allowed);
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(CheckOutcome, outcome);
        QFETCH(QString, headline);

        fetch::FetchInit init;
        init.url = QUrl(u"https://api.example.com/prod/items"_s);
        init.origin = origin;
        init.method = method;
        fetch::FlowResult result =
            error >= 0 ? blocked(fetch::CorsErrorCode(error)) : fetch::FlowResult{};
        result.allowed = allowed;
        result.status = status;
        const CheckVerdict verdict = judgeCheck(project(), init, result);
        QCOMPARE(verdict.outcome, outcome);
        QVERIFY2(verdict.headline.startsWith(headline), qPrintable(verdict.headline));
        // A foreign origin is never offered as a one-click fix.
        for (const QuickFix &fix : verdict.fixes) {
            QVERIFY(fix.config.allowOrigins == project().allowOrigins);
        }
    }

    // A header the project does not allow: one click adds it, and says so for the API type.
    void missingHeaderIsOneClick()
    {
        fetch::FetchInit init;
        init.url = QUrl(u"https://api.example.com/prod/items"_s);
        init.origin = "https://app.example.com";
        init.method = "patch"; // fetch() keeps it lower case: PATCH would not help
        init.headers = {{"X-Trace-Id", "1"}, {"Content-Type", "application/json"}};
        fetch::FlowResult result =
            blocked(fetch::CorsErrorCode::HeaderDisallowedByPreflightResponse);
        const CheckVerdict verdict = judgeCheck(project(), init, result);
        QCOMPARE(verdict.outcome, CheckOutcome::Blocked);
        QCOMPARE(verdict.fixes.size(), 1);
        QCOMPARE(verdict.fixes.first().label, u"Allow patch, X-Trace-Id"_s);
        QVERIFY(verdict.fix.contains(u"then deploy"_s));

        // The project allows everything the request needs: the deployed API is behind.
        CorsConfig http = project();
        http.apiType = ApiType::Http;
        init.method = "GET";
        init.headers = {};
        const CheckVerdict behind =
            judgeCheck(http, init, blocked(fetch::CorsErrorCode::MissingAllowOriginHeader));
        QVERIFY(behind.fixes.isEmpty());
        QVERIFY2(behind.fix.contains(u"HTTP API"_s) && !behind.fix.contains(u"REST"_s),
                 qPrintable(behind.fix));
    }

    // An error of the API itself that lost its CORS headers: the error is what to fix, and with
    // several REST origins only the first can read API Gateway's own errors.
    void apiErrorWithoutCorsHeaders()
    {
        CorsConfig config = project();
        config.allowOrigins = {u"https://app.example.com"_s, u"https://admin.example.com"_s};
        fetch::FetchInit init;
        init.url = QUrl(u"https://api.example.com/prod/items"_s);
        init.origin = "https://admin.example.com";
        fetch::FlowResult result = blocked(fetch::CorsErrorCode::AllowOriginMismatch);
        result.actualSent = true;
        result.status = 401;
        const CheckVerdict verdict = judgeCheck(config, init, result);
        QCOMPARE(verdict.outcome, CheckOutcome::Blocked);
        QVERIFY2(verdict.explanation.contains(u"answered 401"_s), qPrintable(verdict.explanation));
        QVERIFY(verdict.fix.contains(u"https://app.example.com"_s));
        QVERIFY(verdict.fixes.isEmpty());
    }

    void schemeWildcardAllowsOrigins()
    {
        CorsConfig config = project();
        config.apiType = ApiType::Http;
        config.allowOrigins = {u"https://*"_s};
        QVERIFY(projectAllowsOrigin(config, u"https://any.example"));
        QVERIFY(!projectAllowsOrigin(config, u"http://any.example"));
        config.allowOrigins = {u"*"_s};
        QVERIFY(projectAllowsOrigin(config, u"http://any.example"));
    }
};

QTEST_GUILESS_MAIN(TestCheckVerdict)
#include "tst_checkverdict.moc"
