// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advicesink.h"
#include "emulator/routematch.h"

using namespace Qt::StringLiterals;

namespace cors::advisor {

namespace {

using detail::Advice;

/// The request path without its first segment: a REST API's URL starts with the stage
/// (/prod/items), which is not part of any route.
QByteArray withoutStage(QByteArrayView path)
{
    const qsizetype second = path.indexOf('/', 1);
    return second < 0 ? QByteArray("/") : path.sliced(second).toByteArray();
}

QString restNote(const CorsConfig &config, const emulator::RestMatch &match, QByteArrayView method)
{
    const QString verb = QString::fromLatin1(method);
    if (!match.hasPreflight) {
        return Advice::tr("%1 is only a parent of this project's routes: it has no method and no "
                          "preflight, so API Gateway answers 403 Missing Authentication Token. "
                          "Add a route for it, or check the path.")
            .arg(match.resourcePath);
    }
    QString note = Advice::tr("This URL reaches the route %1 of this project; its preflight "
                              "allows %2.")
                       .arg(match.resourcePath, match.allowMethods.join(u", "_s));
    if (match.method.isEmpty()) {
        note += u' ' + Advice::tr("The route does not serve %1: add it to the route's methods "
                                  "(and to allowMethods).")
                           .arg(verb);
    } else if (!match.allowMethods.contains(verb) && verb != u"GET" && verb != u"HEAD" &&
               verb != u"POST") {
        note += u' ' + Advice::tr("%1 is not among them: add it to allowMethods.").arg(verb);
    }
    if (match.authorized) {
        note +=
            u' ' + Advice::tr("The route goes through the authorizer (%1).").arg(config.authorizer);
    }
    return note;
}

} // namespace

QString routeAdvice(const CorsConfig &config, QByteArrayView path, QByteArrayView method)
{
    if (config.routes.isEmpty()) {
        return {}; // the Lambda proxy serves every path
    }
    const bool rest = config.apiType == ApiType::Rest;
    const QByteArray staged = withoutStage(path);
    if (rest) {
        const emulator::RestMatch match = emulator::matchRest(config, path, method);
        if (match.hasPreflight) {
            return restNote(config, match, method);
        }
        if (const auto unstaged = emulator::matchRest(config, staged, method);
            unstaged.hasPreflight) {
            return restNote(config, unstaged, method);
        }
        if (match.resourceFound && match.resourcePath != u"/") {
            return restNote(config, match, method); // a parent without a route
        }
    } else {
        for (const QByteArray &candidate : {path.toByteArray(), staged}) {
            if (const auto match = emulator::matchHttp(config, candidate, method); match.found) {
                return Advice::tr("This URL reaches the route %1 of this project%2.")
                    .arg(match.key, match.authorized ? Advice::tr(", which goes through the "
                                                                  "authorizer (%1)")
                                                           .arg(config.authorizer)
                                                     : QString());
            }
        }
    }
    return rest ? Advice::tr("No route of this project serves %1: API Gateway answers 403 Missing "
                             "Authentication Token. Add a route for it, or check the path and "
                             "the stage.")
                      .arg(QString::fromLatin1(path))
                : Advice::tr("No route of this project serves %1 %2: API Gateway answers 404 Not "
                             "Found. Add a route for it, or check the path.")
                      .arg(QString::fromLatin1(method), QString::fromLatin1(path));
}

} // namespace cors::advisor
