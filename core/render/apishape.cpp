// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apishape.h"

#include "lastconfig.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cors::render {

namespace {

/// "ItemsId" for "items/{id}": letters and digits, each word capitalised ('/', '{', '-' and every
/// other character start a new word).
QString capitalised(const QString &segment)
{
    QString word;
    word.reserve(segment.size());
    bool upper = true;
    for (const QChar c : segment) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            word += upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = true;
        }
    }
    return word;
}

/// Names unique within one render: a second path with the same name gets a number.
class Names
{
public:
    QString unique(const QString &wanted)
    {
        QString name = wanted;
        for (int n = 2; m_used.contains(name); ++n) {
            name = wanted + QString::number(n);
        }
        m_used.insert(name);
        return name;
    }

private:
    QSet<QString> m_used;
};

void addRest(const CorsConfig &config, const QList<Route> &routes, ApiShape &shape)
{
    Names names;
    names.unique(u"Root"_s);
    QHash<QString, QString> resourceNames{{u"/"_s, u"Root"_s}};
    QHash<QString, int> preflightOf;
    QList<Route> served; // per preflight: every method served on its path
    for (const Route &route : routes) {
        QString parent = u"/"_s;
        for (const QString &segment : pathSegments(route.path)) {
            const QString path = (parent == u"/" ? QString() : parent) + u'/' + segment;
            if (!resourceNames.contains(path)) {
                const QString name = names.unique(pathName(path));
                resourceNames.insert(path, name);
                shape.resources.append({path, parent, segment, name});
            }
            parent = path;
        }
        const QString &resource = resourceNames.value(route.path);
        for (const QString &method : route.methods) {
            if (method != u"OPTIONS") {
                shape.methods.append({route.path, method, config.isAuthorized(route),
                                      resource + capitalised(method.toLower())});
            }
        }
        // One preflight per path, for every route on it (HTTP APIs: GET /a and PUT /a).
        if (const auto it = preflightOf.constFind(route.path); it != preflightOf.cend()) {
            served[*it].methods.append(route.methods);
        } else {
            preflightOf.insert(route.path, int(served.size()));
            served.append(route);
            shape.preflights.append({route.path, {}, resource});
        }
    }
    for (qsizetype i = 0; i < served.size(); ++i) {
        shape.preflights[i].allowMethods = config.preflightMethods(served.at(i));
    }
}

void addHttp(const CorsConfig &config, const QList<Route> &routes, ApiShape &shape)
{
    Names names;
    QSet<QString> keys;
    const auto add = [&](const QString &method, const QString &path, const QString &pathWord,
                         bool authorized, bool preflightOnly) {
        const bool catchAll = path == defaultRoutePath;
        const QString key = catchAll ? path : method + u' ' + path;
        const qsizetype before = keys.size();
        keys.insert(key);
        if (keys.size() == before) {
            return; // already there
        }
        const QString name = catchAll ? u"Default"_s : capitalised(method.toLower()) + pathWord;
        shape.httpRoutes.append({key, path, catchAll ? anyMethod : method, authorized,
                                 preflightOnly, names.unique(name)});
    };
    for (const Route &route : routes) {
        const QString pathWord = pathName(route.path);
        for (const QString &method : route.methods) {
            // Browsers never send a token on a preflight: an OPTIONS route never gets the
            // authorizer.
            add(method, route.path, pathWord, config.isAuthorized(route) && method != u"OPTIONS",
                false);
        }
    }
    // AWS: "Configuring CORS for an HTTP API": a preflight that matches a route with an
    // authorizer goes through it (and fails, carrying no token). An ANY route, or $default,
    // matches OPTIONS: give its path an OPTIONS route without authorization.
    for (const Route &route : routes) {
        const bool catchesOptions =
            route.methods.contains(anyMethod) || route.path == defaultRoutePath;
        if (!catchesOptions || !config.isAuthorized(route)) {
            continue;
        }
        if (route.path == defaultRoutePath) {
            add(u"OPTIONS"_s, u"/"_s, pathName(u"/"_s), false, true);
            add(u"OPTIONS"_s, u"/{proxy+}"_s, pathName(u"/{proxy+}"_s), false, true);
        } else {
            add(u"OPTIONS"_s, route.path, pathName(route.path), false, true);
        }
    }
}

} // namespace

QString preflightRouteWhy()
{
    return u"Without authorization, so preflights never reach the authorizer of the ANY route on "
           u"this path."_s;
}

QString pathName(const QString &path)
{
    const QString name = capitalised(path);
    return name.isEmpty() || path == defaultRoutePath ? u"Root"_s : name;
}

ApiShape apiShape(const CorsConfig &config)
{
    return forLastConfig(config, [](const CorsConfig &c) {
        ApiShape shape;
        const QList<Route> routes = c.effectiveRoutes();
        if (c.apiType == ApiType::Rest) {
            addRest(c, routes, shape);
        } else {
            addHttp(c, routes, shape); // CorsConfiguration answers every preflight
        }
        return shape;
    });
}

} // namespace cors::render
