// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fingerprint.h"

#include "apishape.h"
#include "lastconfig.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

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

QString computeFingerprint(const CorsConfig &config)
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
    // What the routes deploy (resources, methods and their authorizers, each path's preflight,
    // HTTP route keys), whatever order the project lists them in.
    const ApiShape shape = apiShape(config);
    QStringList deployed;
    deployed.reserve(shape.methods.size() + shape.preflights.size() + shape.httpRoutes.size());
    const auto flag = [](bool authorized) { return authorized ? u" 1"_s : u" 0"_s; };
    for (const RestMethod &method : shape.methods) {
        deployed.append(method.method + u' ' + method.path + flag(method.authorized));
    }
    for (const PathPreflight &preflight : shape.preflights) {
        deployed.append(u"OPTIONS "_s + preflight.path + u' ' + preflight.allowMethods.join(u','));
    }
    for (const HttpRoute &route : shape.httpRoutes) {
        deployed.append(route.key + flag(route.authorized));
    }
    deployed.sort();
    add(hash, deployed);
    // Each stage's origins: the deployment snapshots the mapping value its stack picks.
    for (const Stage &stage : config.stages) {
        add(hash, stage.name);
        add(hash, stage.allowOrigins.value_or(config.allowOrigins));
    }
    return QString::fromLatin1(hash.result().toHex().left(12));
}

} // namespace

QString fingerprint(const CorsConfig &config)
{
    // CloudFormation and Terraform both ask for the same configuration's fingerprint.
    return forLastConfig(config, computeFingerprint);
}

} // namespace cors::render
