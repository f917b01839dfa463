// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `corscfg check` against a loopback server versus curl making the same two requests (the
// preflight and the PUT) in one process. Run: bench_check -median 21; the summary line gives
// the ratio (target: at most 2x curl).
#include "support/scriptedserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

/// Runs a program to completion; the server answers from its own thread.
int runToCompletion(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray answer(const ReceivedRequest &request)
{
    if (request.method == "OPTIONS") {
        return "204\nAccess-Control-Allow-Origin: https://app.example.com\n"
               "Access-Control-Allow-Methods: PUT";
    }
    return "200\nAccess-Control-Allow-Origin: https://app.example.com\n\nok";
}

} // namespace

class BenchCheck : public QObject
{
    Q_OBJECT

private:
    QThread m_thread;
    QObject m_threadContext;
    ScriptedServer *m_server = nullptr;
    QString m_url;
    QString m_curl;
    qint64 m_corscfgNs = 0;
    qint64 m_curlNs = 0;
    int m_corscfgRuns = 0;
    int m_curlRuns = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // The server answers from its own thread so that waiting for a process is exact.
        m_threadContext.moveToThread(&m_thread);
        m_thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            &m_threadContext,
            [this, &listening]() {
                m_server = new ScriptedServer(answer, &m_threadContext);
                listening = m_server->listen();
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(listening);
        m_url = QString::fromLatin1(m_server->origin()) + u"/items"_s;
        m_curl = QStandardPaths::findExecutable(u"curl"_s);
        QVERIFY2(!m_curl.isEmpty(), "curl is the baseline: run .ci/install-deps");
    }

    void corscfgCheck()
    {
        QElapsedTimer timer;
        QBENCHMARK
        {
            timer.start();
            const int exitCode =
                runToCompletion(QStringLiteral(CORSCFG_PATH),
                                {u"check"_s, m_url, u"--origin"_s, u"https://app.example.com"_s,
                                 u"--method"_s, u"PUT"_s, u"--json"_s});
            m_corscfgNs += timer.nsecsElapsed();
            ++m_corscfgRuns;
            QCOMPARE(exitCode, 0);
        }
    }

    void curlSameRequests()
    {
        QElapsedTimer timer;
        QBENCHMARK
        {
            timer.start();
            const int exitCode = runToCompletion(
                m_curl, {u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"-X"_s, u"OPTIONS"_s, u"-H"_s,
                         u"Origin: https://app.example.com"_s, u"-H"_s,
                         u"Access-Control-Request-Method: PUT"_s, m_url, u"--next"_s, u"-sS"_s,
                         u"-o"_s, u"/dev/null"_s, u"-X"_s, u"PUT"_s, u"-H"_s,
                         u"Origin: https://app.example.com"_s, m_url});
            m_curlNs += timer.nsecsElapsed();
            ++m_curlRuns;
            QCOMPARE(exitCode, 0);
        }
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(
            &m_threadContext, [this]() { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        if (m_corscfgRuns == 0 || m_curlRuns == 0) {
            return;
        }
        const double corscfgMs = double(m_corscfgNs) / m_corscfgRuns / 1e6;
        const double curlMs = double(m_curlNs) / m_curlRuns / 1e6;
        qInfo("corscfg check %.2f ms, curl %.2f ms per run: %.2fx curl (target <= 2x)", corscfgMs,
              curlMs, corscfgMs / curlMs);
    }
};

QTEST_GUILESS_MAIN(BenchCheck)
#include "bench_check.moc"
