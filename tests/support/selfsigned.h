// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// A self-signed certificate for 127.0.0.1 made by `openssl req` in `dir`: the paths of the
/// PEM certificate and key, or empty paths when openssl is missing or failed.
struct SelfSignedCertificate
{
    QString certificate;
    QString key;
    bool ok() const { return !certificate.isEmpty(); }
};
SelfSignedCertificate makeSelfSignedCertificate(const QString &dir);
