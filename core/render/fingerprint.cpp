// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fingerprint.h"

#include "io/projectfile.h"

#include <QCryptographicHash>

namespace cors::render {

QString fingerprint(const CorsConfig &config)
{
    // The project-file form is a complete, canonical serialisation of the configuration.
    const QByteArray canonical = projectfile::serialise(config);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(12));
}

} // namespace cors::render
