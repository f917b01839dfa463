// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routematch.h"

#include "render/apishape.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace cors::emulator {

namespace {

QStringList requestSegments(QByteArrayView target)
{
    const qsizetype query = target.indexOf('?');
    const QByteArrayView path = query < 0 ? target : target.first(query);
    return QString::fromLatin1(path).split(u'/', Qt::SkipEmptyParts);
}

/// How well a template matches, literal parts first: a lower rank is more specific, compared
/// part by part. Empty when it does not match.
std::optional<QList<int>> matchRank(const QStringList &pattern, const QStringList &segments)
{
    QList<int> rank;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &part = pattern.at(i);
        if (isGreedySegment(part)) {
            if (i >= segments.size()) {
                return std::nullopt; // a greedy part matches one segment or more
            }
            rank.append(2);
            return rank;
        }
        if (i >= segments.size()) {
            return std::nullopt;
        }
        if (isVariableSegment(part)) {
            rank.append(1);
        } else if (part == segments.at(i)) {
            rank.append(0);
        } else {
            return std::nullopt;
        }
    }
    if (pattern.size() != segments.size()) {
        return std::nullopt;
    }
    return rank;
}

/// The most specific of `paths` for the request's segments, or empty.
QString bestPath(const QStringList &paths, const QStringList &segments)
{
    QString best;
    std::optional<QList<int>> bestRank;
    for (const QString &path : paths) {
        const auto rank = matchRank(pathSegments(path), segments);
        if (rank && (!bestRank || *rank < *bestRank)) {
            best = path;
            bestRank = rank;
        }
    }
    return best;
}

} // namespace

RestMatch matchRest(const CorsConfig &config, QByteArrayView target, QByteArrayView method)
{
    const render::ApiShape shape = render::apiShape(config);
    QStringList paths{u"/"_s};
    for (const render::RestResource &resource : shape.resources) {
        paths.append(resource.path);
    }
    RestMatch match;
    const QStringList segments = requestSegments(target);
    match.resourcePath = bestPath(paths, segments); // "/" matches no segments
    if (match.resourcePath.isEmpty()) {
        return match;
    }
    match.resourceFound = true;
    for (const render::PathPreflight &preflight : shape.preflights) {
        if (preflight.path == match.resourcePath) {
            match.hasPreflight = true;
            match.allowMethods = preflight.allowMethods;
        }
    }
    const QString wanted = QString::fromLatin1(method);
    for (const QString &candidate : {wanted, anyMethod}) {
        for (const render::RestMethod &served : shape.methods) {
            if (served.path == match.resourcePath && served.method == candidate) {
                match.method = candidate;
                match.authorized = served.authorized;
                return match;
            }
        }
    }
    return match;
}

HttpMatch matchHttp(const CorsConfig &config, QByteArrayView target, QByteArrayView method)
{
    const QString wanted = QString::fromLatin1(method);
    const QList<render::HttpRoute> routes = render::apiShape(config).httpRoutes;
    // authorizePreflight describes an API without our open OPTIONS routes.
    const auto deployed = [&config](const render::HttpRoute &route) {
        return !(route.preflightOnly && config.authorizePreflight);
    };
    // A full match before a parameter before a greedy part; for the same path, a route of the
    // method before ANY.
    const QStringList segments = requestSegments(target);
    const render::HttpRoute *best = nullptr;
    QList<int> bestRank;
    for (const render::HttpRoute &route : routes) {
        const QString &routeMethod = route.method;
        if (!deployed(route) || route.path == defaultRoutePath ||
            (routeMethod != wanted && routeMethod != anyMethod)) {
            continue;
        }
        auto rank = matchRank(pathSegments(route.path), segments);
        if (!rank) {
            continue;
        }
        rank->append(routeMethod == anyMethod ? 1 : 0);
        if (!best || *rank < bestRank) {
            best = &route;
            bestRank = *rank;
        }
    }
    if (best) {
        return {true, best->key, best->authorized};
    }
    for (const render::HttpRoute &route : routes) {
        if (route.path == defaultRoutePath) {
            return {true, route.key, route.authorized};
        }
    }
    return {};
}

} // namespace cors::emulator
