// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The desktop integration in packaging/ against the validators and against the programs it
// describes: the desktop entry and AppStream metadata validate, the release is the project's
// version, the MIME type matches project files, the bash completion and the man page know every
// command and option `corscfg` has, and `cmake --install` installs every file a package ships.
#include "io/projectfile.h"
#include "support/processrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

const QString appId = u"io.github.cors_configurator.CorsConfigurator"_s;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(CORS_SOURCE_DIR) + u'/' + relative;
}

QString binaryPath(const QString &relative)
{
    return QStringLiteral(CORS_BINARY_DIR) + u'/' + relative;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Runs a validator that must be installed (.ci/install-deps installs it).
ProcessRun runTool(const QString &tool, const QString &package, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        return {-1, {}, u"%1 is not installed: .ci/install-deps installs %2"_s.arg(tool, package)};
    }
    return runProcess(program, arguments);
}

/// The subcommands `corscfg --help` lists.
QStringList commands()
{
    const ProcessRun help = runProcess(QStringLiteral(CORSCFG_PATH), {u"--help"_s});
    const QString commandsSection = help.out.section(u"Commands:"_s, 1).section(u"\n\n"_s, 0, 0);
    QStringList names;
    static const QRegularExpression line(u"^  ([a-z]+) "_s, QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match : line.globalMatch(commandsSection)) {
        names.append(match.captured(1));
    }
    return names;
}

/// The long options `corscfg COMMAND --help` lists, Qt's own (--help, --help-all) left out.
QStringList optionsOf(const QString &command)
{
    const ProcessRun help = runProcess(QStringLiteral(CORSCFG_PATH), {command, u"--help"_s});
    QStringList options;
    static const QRegularExpression option(u"^  (?:-[a-z], )?(--[a-z-]+)"_s,
                                           QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match : option.globalMatch(help.out)) {
        if (match.captured(1) != u"--help-all") {
            options.append(match.captured(1));
        }
    }
    return options;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryValidates()
    {
        const QString entry = sourcePath(u"packaging/%1.desktop"_s.arg(appId));
        const ProcessRun run =
            runTool(u"desktop-file-validate"_s, u"desktop-file-utils"_s, {entry});
        QVERIFY2(run.exitCode == 0 && run.out.trimmed().isEmpty(), qPrintable(run.out + run.err));
        const QString text = readText(entry);
        QVERIFY(text.contains(u"Exec=cors-configurator %f"_s));
        QVERIFY(text.contains(u"Icon=%1\n"_s.arg(appId)));
    }

    void metainfoValidatesAndNamesThisRelease()
    {
        const QString metainfo = binaryPath(u"packaging/%1.metainfo.xml"_s.arg(appId));
        const ProcessRun run =
            runTool(u"appstreamcli"_s, u"appstream"_s, {u"validate"_s, u"--no-net"_s, metainfo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QString text = readText(metainfo);
        QVERIFY(
            text.contains(u"<release version=\"%1\" date=\"2"_s.arg(QStringLiteral(CORS_VERSION))));
        QVERIFY(
            text.contains(u"<launchable type=\"desktop-id\">%1.desktop</launchable>"_s.arg(appId)));
        // Every screenshot it names is one the README shows (resources/screenshots).
        static const QRegularExpression image(u"/([a-z-]+\\.png)</image>"_s);
        int screenshots = 0;
        for (const QRegularExpressionMatch &match : image.globalMatch(text)) {
            QVERIFY2(QFile::exists(sourcePath(u"resources/screenshots/"_s + match.captured(1))),
                     qPrintable(match.captured(1)));
            ++screenshots;
        }
        QVERIFY(screenshots >= 3);
    }

    void mimeTypeMatchesProjectFiles()
    {
        const QString mime = readText(sourcePath(u"packaging/%1.mime.xml"_s.arg(appId)));
        QVERIFY(mime.contains(u"<glob pattern=\"*%1\""_s.arg(projectfile::fileSuffix)));
        const QString entry = readText(sourcePath(u"packaging/%1.desktop"_s.arg(appId)));
        QVERIFY(mime.contains(u"type=\"application/x-cors-configurator-project\""_s));
        QVERIFY(entry.contains(u"MimeType=application/x-cors-configurator-project;"_s));
    }

    void completionKnowsEveryCommandAndOption()
    {
        const QString completion = sourcePath(u"packaging/completions/corscfg"_s);
        const ProcessRun syntax = runProcess(u"bash"_s, {u"-n"_s, completion});
        QVERIFY2(syntax.exitCode == 0, qPrintable(syntax.err));
        const QString text = readText(completion);
        const QStringList all = commands();
        QVERIFY2(all.size() >= 7, qPrintable(all.join(u' ')));
        QVERIFY(text.contains(u"local commands=\"%1\""_s.arg(all.join(u' '))));
        for (const QString &command : all) {
            static const QRegularExpression caseLine(u"^\\s+([a-z]+)\\) options=\"([^\"]*)\""_s,
                                                     QRegularExpression::MultilineOption);
            QStringList completed;
            for (const QRegularExpressionMatch &match : caseLine.globalMatch(text)) {
                if (match.captured(1) == command) {
                    completed = match.captured(2).split(u' ');
                }
            }
            for (const QString &option : optionsOf(command)) {
                QVERIFY2(completed.contains(option),
                         qPrintable(u"corscfg %1 %2 is not completed"_s.arg(command, option)));
            }
        }
    }

    void manPageDocumentsEveryCommandAndOption()
    {
        const QString page = readText(binaryPath(u"packaging/corscfg.1"_s));
        QVERIFY(page.contains(u"CORS Configurator %1"_s.arg(QStringLiteral(CORS_VERSION))));
        QVERIFY(!page.contains(u'@'));
        for (const QString &command : commands()) {
            QVERIFY2(page.contains(u".B corscfg %1"_s.arg(command)), qPrintable(command));
            for (const QString &option : optionsOf(command)) {
                // roff escapes the dashes.
                const QString escaped = QString(option).replace(u"-"_s, u"\\-"_s);
                QVERIFY2(page.contains(escaped),
                         qPrintable(u"corscfg(1) lacks %1 %2"_s.arg(command, option)));
            }
        }
    }

    void installRulesInstallEverything()
    {
        QTemporaryDir prefix;
        const ProcessRun run = runProcess(
            QStringLiteral(CMAKE_COMMAND),
            {u"--install"_s, QStringLiteral(CORS_BINARY_DIR), u"--prefix"_s, prefix.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QStringList expected{
            u"bin/corscfg"_s,
            u"bin/cors-configurator"_s,
            u"share/applications/%1.desktop"_s.arg(appId),
            u"share/metainfo/%1.metainfo.xml"_s.arg(appId),
            u"share/mime/packages/%1.xml"_s.arg(appId),
            u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId),
            u"share/icons/hicolor/16x16/apps/%1.png"_s.arg(appId),
            u"share/icons/hicolor/48x48/apps/%1.png"_s.arg(appId),
            u"share/icons/hicolor/512x512/apps/%1.png"_s.arg(appId),
            u"share/man/man1/corscfg.1.gz"_s,
            u"share/man/man1/cors-configurator.1.gz"_s,
            u"share/bash-completion/completions/corscfg"_s,
            u"share/cors-configurator/translations/cors-configurator_de.qm"_s,
            u"share/doc/cors-configurator/copyright"_s,
        };
        for (const QString &file : expected) {
            const QFileInfo info(QDir(prefix.path()).filePath(file));
            QVERIFY2(info.isFile() && info.size() > 0, qPrintable(file));
        }
        const QImage icon(QDir(prefix.path()).filePath(expected.at(7)));
        QCOMPARE(icon.size(), QSize(48, 48));

        // The installed corscfg speaks German (its translation is installed beside it).
        const ProcessRun german = runProcess(QDir(prefix.path()).filePath(u"bin/corscfg"_s),
                                             {u"--help"_s}, u"de_DE.UTF-8"_s);
        QVERIFY2(german.out.contains(u"Befehle:"_s), qPrintable(german.out));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
