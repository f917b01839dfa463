// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfsigned.h"

#include <QDir>
#include <QProcess>

using namespace Qt::StringLiterals;

SelfSignedCertificate makeSelfSignedCertificate(const QString &dir)
{
    const QString key = QDir(dir).filePath(u"key.pem"_s);
    const QString certificate = QDir(dir).filePath(u"cert.pem"_s);
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                 u"-keyout"_s, key, u"-out"_s, certificate, u"-days"_s, u"1"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s});
    const bool ran = openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit;
    if (!ran || openssl.exitCode() != 0) {
        return {};
    }
    return {certificate, key};
}
