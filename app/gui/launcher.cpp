// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "launcher.h"

#include "i18n/translations.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

/// Resident memory in KiB (Linux), or -1.
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

} // namespace

int runApplication(QApplication &app, const QElapsedTimer &sinceStart)
{
    Settings settings;
    const QString language = settings.language.get();
    i18n::installTranslations(language.isEmpty() ? QLocale() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Launcher", "CORS for Amazon API Gateway, right the first time."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s,
                                 QApplication::translate("Launcher", "A project to open."),
                                 u"[FILE.cors.yaml]"_s);
    const QCommandLineOption quitOption(
        u"quit-after-shown"_s,
        QApplication::translate("Launcher", "Quit as soon as the window is shown (smoke tests)."));
    const QCommandLineOption reportOption(
        u"report-startup"_s,
        QApplication::translate("Launcher",
                                "Print the time to the first shown window and resident memory."));
    parser.addOptions({quitOption, reportOption});
    parser.process(app);

    MainWindow window(&settings);
    QStringList files = parser.positionalArguments();
    files.removeAll(QString()); // an empty argument names no file
    if (!files.isEmpty()) {
        window.openFile(files.first());
    } else if (settings.firstLaunchDone.get()) {
        // Pick up where the user left off; a file gone since just leaves the example open.
        const QString last = settings.recentFiles().value(0);
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            window.openFile(last);
        }
    }
    settings.firstLaunchDone.set(true);
    window.show();

    QTimer::singleShot(0, &app, [&] {
        if (parser.isSet(reportOption)) {
            QTextStream out(stdout);
            out << "startup-ms " << sinceStart.elapsed() << '\n'
                << "rss-kib " << residentKiB() << '\n';
        }
        if (parser.isSet(quitOption)) {
            window.document()->undoStack()->setClean(); // nothing to ask about
            QApplication::quit();
        }
    });
    return QApplication::exec();
}

} // namespace cors::gui
