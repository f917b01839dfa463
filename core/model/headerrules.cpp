// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/grammar.h"
#include "rules.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace cors::rules {

namespace {

bool checkHeaderName(FindingSink &sink, Field field, int index, const QString &name)
{
    if (!checkEntryText(sink, field, index, name)) {
        return false;
    }
    // RFC 9110 §5.1: a field name is a token.
    if (name != u"*" && !http::isToken(name)) {
        sink.add("header-token", field, index, Severity::Error,
                 Validation::tr("%1 is not a valid header name: a header name is letters, "
                                "digits and !#$%&'*+-.^_`|~ without spaces or colons.")
                     .arg(quoted(name)),
                 Validation::tr("Write the bare header name, e.g. 'X-Request-Id'."));
        return false;
    }
    return true;
}

/// A REST API writes its CORS headers as static values in single quotes ('Content-Type,...'),
/// which have no way to carry a quote of their own.
void checkRestQuote(FindingSink &sink, const CorsConfig &config, Field field, int index,
                    const QString &name)
{
    if (config.apiType == ApiType::Rest && name.contains(u'\'')) {
        sink.add("header-quote-rest", field, index, Severity::Error,
                 Validation::tr("%1 contains a single quote; a REST API sends CORS headers as "
                                "static values in single quotes, which cannot contain one.")
                     .arg(quoted(name)),
                 Validation::tr("Rename the header without the quote."));
    }
}

void reportDuplicate(FindingSink &sink, Field field, int index, const QString &name,
                     QHash<QString, int> &firstIndexOf)
{
    // Header names are case-insensitive (RFC 9110 §5.1).
    const QString key = name.toLower();
    if (const auto it = firstIndexOf.constFind(key); it != firstIndexOf.cend()) {
        sink.add("header-duplicate", field, index, Severity::Warning,
                 Validation::tr("%1 repeats entry %2 (header names are case-insensitive).")
                     .arg(quoted(name), QString::number(*it + 1)),
                 Validation::tr("Remove the duplicate."));
    } else {
        firstIndexOf.insert(key, index);
    }
}

void checkAllowHeaders(const CorsConfig &config, FindingSink &sink)
{
    QHash<QString, int> firstIndexOf;
    for (int i = 0; i < config.allowHeaders.size(); ++i) {
        const QString &name = config.allowHeaders.at(i);
        if (!checkHeaderName(sink, Field::AllowHeaders, i, name)) {
            continue;
        }
        checkRestQuote(sink, config, Field::AllowHeaders, i, name);
        if (name == u"*") {
            // Fetch §3.2.2 "CORS-preflight fetch": a wildcard in Access-Control-Allow-Headers
            // never covers Authorization (a "CORS non-wildcard request-header name").
            if (!config.allowCredentials) {
                sink.add("header-wildcard", Field::AllowHeaders, i, Severity::Info,
                         Validation::tr("'*' allows any request header except Authorization, "
                                        "which browsers never let a wildcard cover."),
                         Validation::tr("Also list Authorization if your pages send it."));
            }
        } else if (http::isForbiddenRequestHeaderName(name)) {
            // Fetch §2.2.2 "forbidden request-header".
            sink.add("header-forbidden", Field::AllowHeaders, i, Severity::Warning,
                     Validation::tr("%1 is a forbidden request header: browsers never let a "
                                    "page set it, so allowing it changes nothing.")
                         .arg(quoted(name)),
                     Validation::tr("Remove it."));
        }
        reportDuplicate(sink, Field::AllowHeaders, i, name, firstIndexOf);
    }
}

void checkExposeHeaders(const CorsConfig &config, FindingSink &sink)
{
    QHash<QString, int> firstIndexOf;
    for (int i = 0; i < config.exposeHeaders.size(); ++i) {
        const QString &name = config.exposeHeaders.at(i);
        if (!checkHeaderName(sink, Field::ExposeHeaders, i, name)) {
            continue;
        }
        checkRestQuote(sink, config, Field::ExposeHeaders, i, name);
        if (http::isForbiddenResponseHeaderName(name)) {
            // Fetch §2.2.6 "forbidden response-header name": filtered from every response a
            // script sees.
            sink.add("expose-forbidden", Field::ExposeHeaders, i, Severity::Warning,
                     Validation::tr("%1 is never shown to scripts, whatever "
                                    "Access-Control-Expose-Headers says.")
                         .arg(quoted(name)),
                     Validation::tr("Remove it; cookies reach the browser's cookie store "
                                    "without being exposed."));
        }
        reportDuplicate(sink, Field::ExposeHeaders, i, name, firstIndexOf);
    }
}

} // namespace

void checkHeaders(const CorsConfig &config, FindingSink &sink)
{
    checkAllowHeaders(config, sink);
    checkExposeHeaders(config, sink);
}

} // namespace cors::rules
