// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/grammar.h"
#include "rules.h"

#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace cors::rules {

namespace {
// The methods an API Gateway method or route can be defined for (besides ANY).
constexpr std::array<QStringView, 7> gatewayMethods{u"GET",   u"HEAD",   u"POST",   u"PUT",
                                                    u"PATCH", u"DELETE", u"OPTIONS"};

bool isGatewayMethod(QStringView method)
{
    return std::find(gatewayMethods.begin(), gatewayMethods.end(), method) != gatewayMethods.end();
}
} // namespace

void checkMethods(const CorsConfig &config, FindingSink &sink)
{
    const QStringList &methods = config.allowMethods;
    if (methods.isEmpty()) {
        sink.add("methods-empty", Field::AllowMethods, -1, Severity::Warning,
                 Validation::tr("no method is allowed, so every request that needs a preflight "
                                "is blocked."),
                 Validation::tr("Allow the methods your pages call, e.g. GET, POST and "
                                "OPTIONS."));
        return;
    }

    QHash<QString, int> firstIndexOf;
    for (int i = 0; i < methods.size(); ++i) {
        const QString &method = methods.at(i);
        if (!checkEntryText(sink, Field::AllowMethods, i, method)) {
            continue;
        }
        if (method == u"*") {
            if (config.apiType == ApiType::Rest) {
                sink.add("method-wildcard-rest", Field::AllowMethods, i, Severity::Error,
                         Validation::tr("'*' is an HTTP API shorthand; a REST API's OPTIONS "
                                        "response lists its methods."),
                         Validation::tr("List the methods the API serves, e.g. GET, POST and "
                                        "OPTIONS."));
            }
        } else if (!http::isToken(method)) {
            sink.add("method-token", Field::AllowMethods, i, Severity::Error,
                     Validation::tr("%1 is not an HTTP method name.").arg(quoted(method)),
                     Validation::tr("Use one of %1.")
                         .arg(u"GET, HEAD, POST, PUT, PATCH, DELETE, "
                              "OPTIONS"_s));
            continue;
        } else if (http::isForbiddenMethod(method)) {
            // Fetch §2.2.1 "forbidden method": fetch() refuses to send it at all.
            sink.add("method-forbidden", Field::AllowMethods, i, Severity::Error,
                     Validation::tr("%1 is a forbidden method: browsers never let a page send "
                                    "it, and allowing it only widens the attack surface.")
                         .arg(quoted(method)),
                     Validation::tr("Remove it."));
        } else if (isGatewayMethod(method.toUpper()) && method != method.toUpper()) {
            // Fetch §3.2.2: Access-Control-Allow-Methods is matched case-sensitively, and only
            // DELETE, GET, HEAD, OPTIONS, POST and PUT are normalized to upper case in requests
            // ("patch" stays "patch"), so only the upper-case spelling matches reliably.
            sink.add("method-case", Field::AllowMethods, i, Severity::Error,
                     Validation::tr("%1 is not upper case; methods are matched case-sensitively.")
                         .arg(quoted(method)),
                     Validation::tr("Write it as %1.").arg(quoted(method.toUpper())));
        } else if (!isGatewayMethod(method)) {
            sink.add("method-unsupported", Field::AllowMethods, i, Severity::Error,
                     Validation::tr("%1 is not a method API Gateway routes.").arg(quoted(method)),
                     Validation::tr("Use one of %1%2.")
                         .arg(u"GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"_s,
                              config.apiType == ApiType::Http ? u" or '*'"_s : QString()));
        }

        const QString key = method.toUpper();
        if (const auto it = firstIndexOf.constFind(key); it != firstIndexOf.cend()) {
            sink.add("method-duplicate", Field::AllowMethods, i, Severity::Warning,
                     Validation::tr("%1 is already allowed by entry %2.")
                         .arg(quoted(method), QString::number(*it + 1)),
                     Validation::tr("Remove the duplicate."));
        } else {
            firstIndexOf.insert(key, i);
        }
    }
}

} // namespace cors::rules
