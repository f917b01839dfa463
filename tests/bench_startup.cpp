// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Cold start of the desktop app to its first shown window, and its resident memory then
// (targets: 0.5 s and 100 MB). Starts cors-configurator --quit-after-shown --report-startup
// several times with a fresh settings folder and reports medians; it measures, it does not judge.
//   build/release/tests/bench_startup   (CORS_STARTUP_RUNS=N, default 5)

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class BenchStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coldStart()
    {
        const int runs = qEnvironmentVariableIntValue("CORS_STARTUP_RUNS") > 0
                             ? qEnvironmentVariableIntValue("CORS_STARTUP_RUNS")
                             : 5;
        QList<qint64> wall;
        QList<qint64> inside;
        QList<qint64> rss;
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir config;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
            environment.insert(u"QT_QPA_PLATFORM"_s,
                               environment.value(u"QT_QPA_PLATFORM"_s, u"offscreen"_s));
            QProcess app;
            app.setProcessEnvironment(environment);
            QElapsedTimer clock;
            clock.start();
            app.start(QStringLiteral(CORS_GUI_PATH),
                      {u"--quit-after-shown"_s, u"--report-startup"_s});
            QVERIFY(app.waitForFinished(60000));
            wall.append(clock.elapsed());
            QCOMPARE(app.exitStatus(), QProcess::NormalExit);
            QCOMPARE(app.exitCode(), 0);
            for (const QString &line :
                 QString::fromUtf8(app.readAllStandardOutput()).split(u'\n')) {
                if (line.startsWith(u"startup-ms "_s)) {
                    inside.append(line.sliced(11).toLongLong());
                } else if (line.startsWith(u"rss-kib "_s)) {
                    rss.append(line.sliced(8).toLongLong());
                }
            }
        }
        QCOMPARE(inside.size(), runs);
        QCOMPARE(rss.size(), runs);
        const auto median = [](QList<qint64> values) {
            std::sort(values.begin(), values.end());
            return values[values.size() / 2];
        };
        qInfo("cold start to first window, whole process: %lld ms (median of %d)", median(wall),
              runs);
        qInfo("QApplication to first window shown: %lld ms", median(inside));
        qInfo("resident memory after start: %.1f MB", double(median(rss)) / 1024.0);
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
