// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "golden.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace cors::test {

QString compareWithGolden(const QString &relativePath, const QByteArray &actual)
{
    const QString path = QStringLiteral(CORS_TEST_DATA_DIR) + u'/' + relativePath;
    if (qEnvironmentVariableIsSet("CORS_UPDATE_GOLDEN")) {
        QFile out(path);
        if (!QDir().mkpath(QFileInfo(path).path()) || !out.open(QIODevice::WriteOnly) ||
            out.write(actual) != actual.size()) {
            return u"cannot write the golden file %1"_s.arg(path);
        }
        return {};
    }
    QFile expectedFile(path);
    if (!expectedFile.open(QIODevice::ReadOnly)) {
        return u"missing golden file %1 (CORS_UPDATE_GOLDEN=1 writes it)"_s.arg(path);
    }
    if (expectedFile.readAll() == actual) {
        return {};
    }
    QFile actualFile(path + u".actual"_s);
    if (!actualFile.open(QIODevice::WriteOnly) || actualFile.write(actual) != actual.size()) {
        return u"%1 differs from the golden file, and %1.actual cannot be written"_s.arg(path);
    }
    actualFile.close();
    QProcess diff;
    diff.start(u"diff"_s, {u"-u"_s, path, actualFile.fileName()});
    diff.waitForFinished();
    return u"%1 differs from the golden file; wrote %1.actual\n%2"_s.arg(
        path, QString::fromUtf8(diff.readAllStandardOutput()));
}

} // namespace cors::test
