// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "velocity.h"

#include "rendercases.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace cors::test {

namespace {

const QStringList jars{u"/usr/share/java/velocity.jar"_s,
                       u"/usr/share/java/commons-collections3.jar"_s,
                       u"/usr/share/java/commons-lang.jar"_s};

QString unescape(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size()) {
            const QChar next = text[++i];
            out += next == u'n' ? u'\n' : next == u't' ? u'\t' : next == u'r' ? u'\r' : next;
        } else {
            out += text[i];
        }
    }
    return out;
}

QString field(QChar kind, const std::pair<QString, QString> &entry)
{
    return kind + u':' + entry.first + u':' + entry.second;
}

VtlResult parseResult(const QString &line)
{
    VtlResult result;
    const QStringList fields = line.split(u'\t');
    for (const QString &entry : fields.mid(1)) {
        if (entry.startsWith(u"header:")) {
            const qsizetype equals = entry.indexOf(u'=');
            result.overriddenHeaders.insert(entry.mid(7, equals - 7),
                                            unescape(QStringView(entry).sliced(equals + 1)));
        } else if (entry.startsWith(u"status=")) {
            result.overriddenStatus = entry.mid(7);
        } else if (entry.startsWith(u"body=")) {
            result.body = unescape(QStringView(entry).sliced(5));
        } else if (entry.startsWith(u"error=")) {
            result.error = unescape(QStringView(entry).sliced(6));
        }
    }
    return result;
}

} // namespace

QString velocityMissing()
{
    if (QStandardPaths::findExecutable(u"java"_s).isEmpty()) {
        return u"java is not installed: run .ci/install-deps (Debian's default-jdk-headless)"_s;
    }
    for (const QString &jar : jars) {
        if (!QFile::exists(jar)) {
            return jar + u" is missing: run .ci/install-deps (Debian's velocity package)"_s;
        }
    }
    return {};
}

QList<VtlResult> runVelocity(const QString &templateText, const QList<VtlRequest> &requests,
                             QString *error)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"template.vtl"_s));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the template"_s;
        return {};
    }
    file.write(templateText.toUtf8());
    file.close();
    QString input;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QStringList fields{QString::number(i)};
        for (const auto &header : requests[i].headers) {
            fields.append(field(u'H', header));
        }
        for (const auto &parameter : requests[i].query) {
            fields.append(field(u'Q', parameter));
        }
        for (const auto &variable : requests[i].stageVariables) {
            fields.append(field(u'V', variable));
        }
        input += fields.join(u'\t') + u'\n';
    }
    QProcess java;
    java.start(u"java"_s,
               {u"-cp"_s, jars.join(u':'), validatorsDir() + u"/VtlRun.java"_s, file.fileName()});
    java.write(input.toUtf8());
    java.closeWriteChannel();
    if (!java.waitForFinished(120000) || java.exitCode() != 0) {
        *error = u"Velocity did not run: "_s + QString::fromUtf8(java.readAllStandardError());
        return {};
    }
    QList<VtlResult> results;
    for (const QString &line : QString::fromUtf8(java.readAllStandardOutput()).split(u'\n')) {
        if (!line.isEmpty()) {
            results.append(parseResult(line));
        }
    }
    if (results.size() != requests.size()) {
        *error = u"Velocity answered %1 of %2 requests"_s.arg(results.size()).arg(requests.size());
        return {};
    }
    return results;
}

} // namespace cors::test
