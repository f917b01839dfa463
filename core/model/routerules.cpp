// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The routes of the API: what API Gateway accepts as a path template and a method, and what the
// routes mean for CORS.
#include "fetch/safelist.h"
#include "http/grammar.h"
#include "rules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cors::rules {

namespace {

constexpr int maxRoutes = 5000; // ours: far beyond any quota, keeps everything bounded
constexpr int routeQuota = 300; // AWS: API Gateway quotas (resources / routes per API)
constexpr int maxPathLength = 1024;
constexpr int maxSegments = 50;

void add(FindingSink &sink, const char *rule, int index, Severity severity, const QString &message,
         const QString &fix)
{
    sink.add(rule, Field::Routes, index, severity, message, fix);
}

/// A literal path part API Gateway accepts (AWS: "Set up API resources": alphanumerics, '-',
/// '.', '_', '~', ':', '@'), or a {name} / {name+} parameter.
bool isValidSegment(const QString &segment)
{
    static const QRegularExpression literal(u"^[A-Za-z0-9._~:@-]+$"_s);
    static const QRegularExpression variable(u"^\\{[A-Za-z0-9_]+\\+?\\}$"_s);
    return literal.match(segment).hasMatch() || variable.match(segment).hasMatch();
}

/// Checks the path; false when it is too broken to say more about the route.
bool checkPath(const CorsConfig &config, FindingSink &sink, int index, const QString &path)
{
    const bool rest = config.apiType == ApiType::Rest;
    if (path.isEmpty()) {
        add(sink, "route-path-empty", index, Severity::Error,
            Validation::tr("route %1 has no path.").arg(index + 1),
            Validation::tr("Write the path as API Gateway does, e.g. /items/{id}."));
        return false;
    }
    if (const qsizetype at = http::firstControlCharacter(path); at >= 0) {
        add(sink, "control-character", index, Severity::Error,
            Validation::tr("the path of route %1 contains a %2 at position %3.")
                .arg(index + 1)
                .arg(http::describeCharacter(path.at(at)))
                .arg(at + 1),
            Validation::tr("Remove the character."));
        return false;
    }
    if (path == defaultRoutePath) {
        if (rest) {
            add(sink, "route-default-rest", index, Severity::Error,
                Validation::tr("%1 is an HTTP API route; a REST API has resources only.")
                    .arg(quoted(path)),
                Validation::tr("Use ANY /{proxy+} and ANY / for a catch-all REST API."));
            return false;
        }
        return true;
    }
    if (path.size() > maxPathLength) {
        add(sink, "route-path-length", index, Severity::Error,
            Validation::tr("the path of route %1 is %2 characters long; paths are at most %3.")
                .arg(index + 1)
                .arg(path.size())
                .arg(maxPathLength),
            Validation::tr("Shorten the path."));
        return false;
    }
    if (!path.startsWith(u'/')) {
        add(sink, "route-path-slash", index, Severity::Error,
            Validation::tr("%1 does not start with '/'.").arg(quoted(path)),
            Validation::tr("Write it as %1.").arg(quoted(u'/' + path)));
        return false;
    }
    if (path.size() > 1 && path.endsWith(u'/')) {
        QString fixed = path;
        while (fixed.size() > 1 && fixed.endsWith(u'/')) {
            fixed.chop(1);
        }
        add(sink, "route-path-trailing-slash", index, Severity::Error,
            Validation::tr("%1 ends with '/'; API Gateway paths have no trailing slash.")
                .arg(quoted(path)),
            Validation::tr("Write it as %1.").arg(quoted(fixed)));
        return false;
    }
    const QStringList segments = path.split(u'/').mid(1);
    if (segments.size() > maxSegments) {
        add(sink, "route-path-depth", index, Severity::Error,
            Validation::tr("the path of route %1 has %2 segments; at most %3 are supported.")
                .arg(index + 1)
                .arg(segments.size())
                .arg(maxSegments),
            Validation::tr("Shorten the path."));
        return false;
    }
    if (path == u"/") {
        return true;
    }
    for (int i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment.isEmpty()) {
            add(sink, "route-path-empty-segment", index, Severity::Error,
                Validation::tr("%1 has an empty segment ('//').").arg(quoted(path)),
                Validation::tr("Remove the extra '/'."));
            return false;
        }
        if (segment == u"." || segment == u"..") {
            add(sink, "route-path-dot-segment", index, Severity::Error,
                Validation::tr("%1 has a %2 segment, which browsers resolve before sending the "
                               "request: no request ever reaches such a path.")
                    .arg(quoted(path), quoted(segment)),
                Validation::tr("Remove the %1 segment.").arg(quoted(segment)));
            return false;
        }
        if (!isValidSegment(segment)) {
            add(sink, "route-path-segment", index, Severity::Error,
                Validation::tr("%1 in %2 is not a path part API Gateway accepts: use letters, "
                               "digits and - . _ ~ : @, or a parameter such as {id} or {proxy+}.")
                    .arg(quoted(segment), quoted(path)),
                Validation::tr("Rename the segment, e.g. %1.")
                    .arg(quoted(segment.startsWith(u'{') ? u"{id}"_s : u"items"_s)));
            return false;
        }
        if (isGreedySegment(segment) && i + 1 < segments.size()) {
            add(sink, "route-greedy-not-last", index, Severity::Error,
                Validation::tr("%1 in %2 is greedy (it matches the rest of the path) but is not "
                               "the last segment.")
                    .arg(quoted(segment), quoted(path)),
                Validation::tr("Make it the last segment, or write %1 without '+'.")
                    .arg(quoted(segment)));
            return false;
        }
    }
    return true;
}

void checkRouteMethods(const CorsConfig &config, FindingSink &sink, int index, const Route &route)
{
    const QString where = quoted(route.path);
    if (route.methods.isEmpty()) {
        add(sink, "route-methods-empty", index, Severity::Error,
            Validation::tr("route %1 has no methods.").arg(where),
            Validation::tr("List the methods it serves, e.g. [GET], or [ANY]."));
        return;
    }
    QSet<QString> seen;
    for (const QString &method : route.methods) {
        if (!routeMethods().contains(method)) {
            const bool caseOnly = routeMethods().contains(method.toUpper());
            add(sink, caseOnly ? "route-method-case" : "route-method-unknown", index,
                Severity::Error,
                Validation::tr("%1 on route %2 is not a method API Gateway routes.")
                    .arg(quoted(method), where),
                caseOnly ? Validation::tr("Write it as %1.").arg(quoted(method.toUpper()))
                         : Validation::tr("Use GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS "
                                          "or ANY."));
            return;
        }
        if (seen.contains(method)) {
            add(sink, "route-method-duplicate", index, Severity::Error,
                Validation::tr("%1 appears twice on route %2.").arg(quoted(method), where),
                Validation::tr("Remove one of the two."));
            return;
        }
        seen.insert(method);
    }
    if (route.methods.contains(anyMethod) && route.methods.size() > 1) {
        add(sink, "route-any-mixed", index, Severity::Error,
            Validation::tr("route %1 lists ANY together with other methods; ANY already covers "
                           "them.")
                .arg(where),
            Validation::tr("Keep [ANY], or list only the methods it serves."));
        return;
    }
    if (route.path == defaultRoutePath && route.methods != QStringList{anyMethod}) {
        add(sink, "route-default-methods", index, Severity::Error,
            Validation::tr("the $default route catches every method of every path that no "
                           "other route serves; it has no methods of its own."),
            Validation::tr("Write methods: [ANY]."));
        return;
    }
    if (route.methods == QStringList{u"OPTIONS"_s} && config.apiType == ApiType::Rest) {
        add(sink, "route-options-only", index, Severity::Error,
            Validation::tr("route %1 serves only OPTIONS, which is the generated MOCK preflight: "
                           "the route would have no method of its own.")
                .arg(where),
            Validation::tr("List the methods the function serves on it, e.g. [GET]."));
        return;
    }
    if (route.methods.contains(u"OPTIONS"_s) && config.apiType == ApiType::Rest) {
        add(sink, "route-options-mock", index, Severity::Info,
            Validation::tr("OPTIONS on route %1 is the generated MOCK preflight; the function "
                           "never receives it.")
                .arg(where),
            Validation::tr("Remove OPTIONS from the route's methods; the preflight is there "
                           "anyway."));
    }
    // Fetch §4.8 "CORS-preflight fetch": a method that is not CORS-safelisted passes only when
    // Access-Control-Allow-Methods names it.
    const bool everyMethod = containsEntry(config.allowMethods, u"*", Qt::CaseSensitive);
    for (const QString &method : route.methods) {
        if (method == anyMethod || method == u"OPTIONS" || everyMethod ||
            fetch::isCorsSafelistedMethod(method.toLatin1()) ||
            containsEntry(config.allowMethods, method, Qt::CaseSensitive)) {
            continue;
        }
        add(sink, "route-method-not-allowed", index, Severity::Warning,
            Validation::tr("route %1 serves %2, which allowMethods does not allow: every %2 "
                           "request from a page fails its preflight.")
                .arg(where, method),
            Validation::tr("Add %1 to allowMethods, or remove it from the route.").arg(method));
    }
}

/// The same path and a method in common: API Gateway refuses the second definition.
void checkDuplicates(const QList<Route> &routes, FindingSink &sink, const QSet<int> &broken)
{
    QHash<QString, QList<int>> byPath;
    for (int i = 0; i < routes.size(); ++i) {
        if (broken.contains(i)) {
            continue;
        }
        const Route &route = routes.at(i);
        for (const int earlier : byPath.value(route.path)) {
            const Route &other = routes.at(earlier);
            const bool overlap = route.methods.contains(anyMethod) ||
                                 other.methods.contains(anyMethod) ||
                                 std::any_of(route.methods.begin(), route.methods.end(),
                                             [&other](const QString &method) {
                                                 return other.methods.contains(method);
                                             });
            if (overlap) {
                add(sink, "route-duplicate", i, Severity::Error,
                    Validation::tr("route %1 serves a method route %2 already serves on the same "
                                   "path.")
                        .arg(quoted(route.path))
                        .arg(earlier + 1),
                    Validation::tr("Merge the two routes, or remove the method from one."));
                break;
            }
        }
        byPath[route.path].append(i);
    }
}

/// API Gateway allows one variable path part among the children of a resource: "A sibling
/// ({id}) of this resource already has a variable path part -- only one is allowed".
void checkVariableSiblings(const QList<Route> &routes, FindingSink &sink, const QSet<int> &broken)
{
    QHash<QString, std::pair<QString, int>> variableChild; // parent path → child, route
    for (int i = 0; i < routes.size(); ++i) {
        if (broken.contains(i)) {
            continue;
        }
        const QStringList segments = pathSegments(routes.at(i).path);
        QString parent;
        for (const QString &segment : segments) {
            if (isVariableSegment(segment)) {
                const auto it = variableChild.constFind(parent);
                if (it == variableChild.cend()) {
                    variableChild.insert(parent, {segment, i});
                } else if (it->first != segment) {
                    add(sink, "route-variable-siblings", i, Severity::Error,
                        Validation::tr("%1 and %2 (route %3) are variable path parts under the "
                                       "same parent %4; API Gateway allows only one.")
                            .arg(quoted(segment), quoted(it->first))
                            .arg(it->second + 1)
                            .arg(quoted(parent.isEmpty() ? u"/"_s : parent)),
                        Validation::tr("Use the same name, %1, in both routes.")
                            .arg(quoted(it->first)));
                    break;
                }
            }
            parent += u'/' + segment;
        }
    }
}

/// allowMethods should name only methods some route serves (least privilege).
void checkUnservedMethods(const CorsConfig &config, FindingSink &sink)
{
    if (config.routes.isEmpty()) {
        return; // the default Lambda proxy serves every method
    }
    QSet<QString> served;
    for (const Route &route : config.routes) {
        if (route.methods.contains(anyMethod) || route.path == defaultRoutePath) {
            return;
        }
        for (const QString &method : route.methods) {
            served.insert(method);
        }
    }
    for (int i = 0; i < config.allowMethods.size(); ++i) {
        const QString method = config.allowMethods.at(i).trimmed();
        if (method == u"OPTIONS" || method == u"*" || served.contains(method) ||
            !routeMethods().contains(method)) {
            continue;
        }
        sink.add("allow-method-unserved", Field::AllowMethods, i, Severity::Info,
                 Validation::tr("no route serves %1; allowing it only widens what pages may "
                                "ask for.")
                     .arg(quoted(method)),
                 Validation::tr("Remove %1 from allowMethods, or add a route that serves it.")
                     .arg(quoted(method)));
    }
}

} // namespace

void checkRoutes(const CorsConfig &config, FindingSink &sink)
{
    const QList<Route> &routes = config.routes;
    if (routes.size() > maxRoutes) {
        add(sink, "route-count", -1, Severity::Error,
            Validation::tr("%1 routes; CORS Configurator takes at most %2 (API Gateway's default "
                           "quota is %3 per API).")
                .arg(routes.size())
                .arg(maxRoutes)
                .arg(routeQuota),
            Validation::tr("Keep the routes your pages call; a greedy {proxy+} route covers "
                           "the rest."));
        return;
    }
    if (routes.size() > routeQuota) {
        add(sink, "route-quota", -1, Severity::Warning,
            Validation::tr("%1 routes is more than API Gateway's default quota of %2 per API.")
                .arg(routes.size())
                .arg(routeQuota),
            Validation::tr("Ask AWS for a higher quota, or merge routes under {proxy+}."));
    }
    QSet<int> broken;
    for (int i = 0; i < routes.size(); ++i) {
        const Route &route = routes.at(i);
        if (!checkPath(config, sink, i, route.path)) {
            broken.insert(i);
            continue;
        }
        checkRouteMethods(config, sink, i, route);
    }
    checkDuplicates(routes, sink, broken);
    checkVariableSiblings(routes, sink, broken);
    checkUnservedMethods(config, sink);
}

} // namespace cors::rules
