// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sarifvalidator.h"

#include "rendercases.h"

#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

QStringList sarifProblems(const QString &path)
{
    // The native binary, not the npm shim: the shim passes arguments through a shell, which
    // splits the ';'-separated lists.
    const QString multitool = cors::test::validatorsDir() +
                              u"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"_s;
    if (!QFileInfo(multitool).isExecutable()) {
        return {u"the SARIF multitool is not installed: run .ci/install-deps"_s};
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(multitool, {u"validate"_s, u"--level"_s, u"Error;Warning"_s, u"--rule-kind"_s,
                              u"Sarif;Gh"_s, path});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        return {u"the SARIF multitool did not finish: "_s + process.errorString()};
    }
    const QString output = QString::fromUtf8(process.readAll());
    QStringList problems;
    for (const QString &line : output.split(u'\n')) {
        // "FILE(LINE,COL): error JSON1002: ..." or "... warning SARIF1001: ..."
        if (line.contains(u"): error "_s) || line.contains(u"): warning "_s)) {
            problems.append(line.trimmed());
        }
    }
    if (!output.contains(u"Analysis completed successfully"_s)) {
        problems.append(u"the SARIF multitool failed: "_s + output.right(2000));
    }
    return problems;
}
