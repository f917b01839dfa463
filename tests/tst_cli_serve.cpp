// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `corscfg serve` as a user runs it: usage errors and exit codes, the URL on stdout, the request
// log on stderr, reloading the file on save (an invalid save keeps the previous configuration),
// the non-loopback warning, a port in use, and a clean stop on SIGTERM and SIGINT.
#include "io/projectfile.h"
#include "support/processrun.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

const QString corscfgPath = QStringLiteral(CORSCFG_PATH);

/// A running `corscfg serve`.
struct Serve
{
    QProcess process;
    QUrl url;
    QByteArray log; ///< stderr so far

    bool start(const QStringList &arguments)
    {
        url = startServe(process, corscfgPath, arguments);
        return !url.isEmpty();
    }

    /// Waits until stderr contains `text`.
    bool logContains(const QByteArray &text)
    {
        return QTest::qWaitFor(
            [&] {
                log += process.readAllStandardError();
                return log.contains(text);
            },
            10000);
    }
};

struct Reply
{
    int status = 0;
    QByteArray allowOrigin;
};

Reply get(const QUrl &url, const QByteArray &origin)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setRawHeader("Origin", origin);
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000)) {
        return {};
    }
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->rawHeader("Access-Control-Allow-Origin")};
    reply->deleteLater();
    return result;
}

} // namespace

class TestCliServe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString configFile(const QString &name, const CorsConfig &config)
    {
        const QString path = m_dir.filePath(name);
        if (!projectfile::write(config, path)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    static CorsConfig httpConfig(const QString &origin)
    {
        CorsConfig config;
        config.apiType = ApiType::Http;
        config.allowOrigins = {origin};
        return config;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no config") << QStringList{} << 2 << u"--config FILE"_s;
        QTest::newRow("positional")
            << QStringList{u"x.cors.yaml"_s} << 2 << u"unexpected argument"_s;
        QTest::newRow("bad port") << QStringList{u"--config"_s, u"a"_s, u"--port"_s, u"70000"_s}
                                  << 2 << u"not a port number"_s;
        QTest::newRow("bad bind") << QStringList{u"--config"_s, u"a"_s, u"--bind"_s, u"nowhere"_s}
                                  << 2 << u"not an IP address"_s;
        QTest::newRow("missing file")
            << QStringList{u"--config"_s, u"/nonexistent/x.cors.yaml"_s} << 2 << u"x.cors.yaml"_s;
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const ProcessRun run = runProcess(corscfgPath, QStringList{u"serve"_s} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void help()
    {
        const ProcessRun run = runProcess(corscfgPath, {u"serve"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--bind"_s));
        QVERIFY(run.out.contains(u"/_status/NNN"_s));
        QVERIFY(runProcess(corscfgPath, {u"--help"_s}).out.contains(u"serve"_s));
    }

    void refusesAnInvalidConfiguration()
    {
        CorsConfig config;
        config.allowOrigins = {u"https://a.example.com/"_s};
        const QString path = configFile(u"invalid.cors.yaml"_s, config);
        const ProcessRun run = runProcess(corscfgPath, {u"serve"_s, u"--config"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"nothing to serve"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"invalid.cors.yaml:"_s)); // the findings, compiler style
    }

    void portInUse()
    {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        const QString path = configFile(u"busy.cors.yaml"_s, CorsConfig());
        const ProcessRun run =
            runProcess(corscfgPath, {u"serve"_s, u"--config"_s, path, u"--port"_s,
                                     QString::number(busy.serverPort())});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"cannot listen"_s) && run.err.contains(u"--port"_s),
                 qPrintable(run.err));
    }

    void servesLogsAndReloads()
    {
        const QString path =
            configFile(u"live.cors.yaml"_s, httpConfig(u"https://app.example.com"_s));
        Serve serve;
        QVERIFY(serve.start({u"--config"_s, path, u"--port"_s, u"0"_s}));
        QCOMPARE(serve.url.host(), u"127.0.0.1"_s);
        QVERIFY(serve.logContains("Serving the HTTP API (v2) mock"));

        Reply reply = get(serve.url.resolved(QUrl(u"/items"_s)), "https://app.example.com");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.allowOrigin, QByteArray("https://app.example.com"));
        QVERIFY(serve.logContains("GET /items origin=https://app.example.com → 200"));

        // Saving another origin reloads it.
        configFile(u"live.cors.yaml"_s, httpConfig(u"https://other.example.com"_s));
        QVERIFY(serve.logContains("live.cors.yaml: reloaded"));
        reply = get(serve.url.resolved(QUrl(u"/items"_s)), "https://app.example.com");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.allowOrigin.isEmpty());

        // An invalid save keeps the previous configuration.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("version: 1\napiType: http\nallowOrigins: [https://x.example.com/path]\n");
        file.close();
        QVERIFY(serve.logContains("still serving the previous configuration"));
        reply = get(serve.url.resolved(QUrl(u"/items"_s)), "https://other.example.com");
        QCOMPARE(reply.allowOrigin, QByteArray("https://other.example.com"));

        ::kill(pid_t(serve.process.processId()), SIGTERM);
        QVERIFY(serve.process.waitForFinished(10000));
        QCOMPARE(serve.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.process.exitCode(), 0);
        QVERIFY(serve.logContains("Stopped."));
    }

    // One stage at a time: --stage picks it, the first by default; an unknown one is refused.
    void servesAStage()
    {
        CorsConfig config = httpConfig(u"https://app.example.com"_s);
        config.stages = {Stage{u"dev"_s, QStringList{u"http://localhost:3000"_s}},
                         Stage{u"prod"_s, std::nullopt}};
        const QString path = configFile(u"stages.cors.yaml"_s, config);
        for (const auto &[stage, allowed, refused] :
             {std::tuple(QString(), "http://localhost:3000", "https://app.example.com"),
              std::tuple(u"prod"_s, "https://app.example.com", "http://localhost:3000")}) {
            Serve serve;
            QStringList arguments{u"--config"_s, path, u"--port"_s, u"0"_s};
            if (!stage.isEmpty()) {
                arguments << u"--stage"_s << stage;
            }
            QVERIFY(serve.start(arguments));
            if (stage.isEmpty()) {
                QVERIFY(serve.logContains("serving the stage dev (the first)"));
            }
            const QUrl items = serve.url.resolved(QUrl(u"/items"_s));
            QCOMPARE(get(items, allowed).allowOrigin, QByteArray(allowed));
            QVERIFY(get(items, refused).allowOrigin.isEmpty());
            ::kill(pid_t(serve.process.processId()), SIGTERM);
            QVERIFY(serve.process.waitForFinished(10000));
        }
        const ProcessRun unknown =
            runProcess(corscfgPath, {u"serve"_s, u"--config"_s, path, u"--stage"_s, u"qa"_s,
                                     u"--port"_s, u"0"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"its stages are dev, prod"_s), qPrintable(unknown.err));
    }

    void warnsOffLoopbackAndStopsOnSigint()
    {
        const QString path = configFile(u"any.cors.yaml"_s, CorsConfig());
        Serve serve;
        QVERIFY(serve.start({u"--config"_s, path, u"--port"_s, u"0"_s, u"--bind"_s, u"0.0.0.0"_s}));
        QVERIFY(serve.logContains("not loopback"));
        ::kill(pid_t(serve.process.processId()), SIGINT);
        QVERIFY(serve.process.waitForFinished(10000));
        QCOMPARE(serve.process.exitCode(), 0);
    }

    void advisorErrorsAreSummarised()
    {
        CorsConfig config;
        config.authorizer = u"Authorization"_s; // not among the allowed headers
        const QString path = configFile(u"advice.cors.yaml"_s, config);
        Serve serve;
        QVERIFY(serve.start({u"--config"_s, path, u"--port"_s, u"0"_s}));
        QVERIFY(serve.logContains("the advisor reports 1 error(s)"));
        serve.process.terminate();
        QVERIFY(serve.process.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cli_serve.moc"
