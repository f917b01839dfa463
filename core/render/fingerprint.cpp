// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fingerprint.h"

#include <QCryptographicHash>

namespace cors::render {

namespace {

// Length-prefixed, so no two configurations share a canonical form ("a,b" + "" differs from
// "a" + ",b").
void add(QCryptographicHash &hash, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
    hash.addData(bytes);
}

void add(QCryptographicHash &hash, const QStringList &list)
{
    hash.addData(QByteArray(QByteArray::number(list.size()) + '['));
    for (const QString &item : list) {
        add(hash, item);
    }
}

} // namespace

QString fingerprint(const CorsConfig &config)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    add(hash, apiTypeKey(config.apiType));
    add(hash, config.allowOrigins);
    add(hash, config.allowMethods);
    add(hash, config.allowHeaders);
    add(hash, config.exposeHeaders);
    add(hash, config.maxAge ? QString::number(*config.maxAge) : QString());
    add(hash, config.authorizer);
    const char flags[] = {config.allowCredentials ? 'c' : '-', config.apiKeyRequired ? 'k' : '-',
                          config.gatewayResponses ? 'g' : '-'};
    hash.addData(QByteArrayView(flags, sizeof flags));
    // The routes decide the resources and methods a deployment snapshots; their order in the
    // project does not.
    QStringList routes;
    for (const Route &route : config.effectiveRoutes()) {
        QCryptographicHash one(QCryptographicHash::Sha256);
        add(one, route.path);
        add(one, route.methods);
        one.addData(QByteArrayView(route.isPublic ? "p" : "-"));
        routes.append(QString::fromLatin1(one.result().toHex()));
    }
    routes.sort();
    add(hash, routes);
    return QString::fromLatin1(hash.result().toHex().left(12));
}

} // namespace cors::render
