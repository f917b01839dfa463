// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "http/grammar.h"
#include "http/origin.h"
#include "rules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors {

namespace rules {

void FindingSink::add(const char *rule, Field field, int index, Severity severity,
                      const QString &message, const QString &fix)
{
    m_out.append(Finding{QString::fromLatin1(rule),
                         field,
                         index,
                         severity,
                         fieldKey(field) + u": "_s + message,
                         fix,
                         {},
                         severity == Severity::Error});
}

bool checkEntryText(FindingSink &sink, Field field, int index, const QString &entry)
{
    // A list pasted into one entry ("a, b" or one value per line) gets the split as its fix;
    // tabs and line breaks between clean values are separators, not an injection attempt.
    const QStringList parts = http::splitEntries(entry);
    const bool cleanParts = std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return http::firstControlCharacter(part) >= 0;
    });
    if (parts.size() > 1 && cleanParts) {
        sink.add("entry-pasted-list", field, index, Severity::Error,
                 Validation::tr("%1 holds %2 values separated by commas, spaces or line breaks; "
                                "each entry must be one value.")
                     .arg(quoted(entry.simplified()), QString::number(parts.size())),
                 Validation::tr("Split it into %1 entries: %2.")
                     .arg(parts.size())
                     .arg(parts.join(u", "_s)));
        return false;
    }
    if (const qsizetype at = http::firstControlCharacter(entry); at >= 0) {
        sink.add("control-character", field, index, Severity::Error,
                 Validation::tr("entry %1 contains a %2 at position %3; it would inject text "
                                "into the generated headers and templates.")
                     .arg(index + 1)
                     .arg(http::describeCharacter(entry.at(at)))
                     .arg(at + 1),
                 Validation::tr("Remove the character; put each value in an entry of its own."));
        return false;
    }
    const QString trimmed = entry.trimmed();
    if (trimmed.isEmpty()) {
        sink.add("entry-empty", field, index, Severity::Error,
                 Validation::tr("entry %1 is empty.").arg(index + 1),
                 Validation::tr("Remove the empty entry."));
        return false;
    }
    if (trimmed != entry) {
        sink.add("entry-whitespace", field, index, Severity::Error,
                 Validation::tr("%1 has leading or trailing spaces, which API Gateway would "
                                "send as part of the value.")
                     .arg(quoted(entry)),
                 Validation::tr("Write it as %1.").arg(quoted(trimmed)));
        return false;
    }
    return true;
}

void checkMaxAge(const CorsConfig &config, FindingSink &sink)
{
    if (!config.maxAge) {
        return;
    }
    const qint64 maxAge = *config.maxAge;
    // API Gateway's accepted range for CorsConfiguration.MaxAge.
    if (maxAge < -1 || maxAge > 86400) {
        sink.add(
            "max-age-range", Field::MaxAge, -1, Severity::Error,
            Validation::tr("%1 seconds is outside API Gateway's range of -1 to 86400.").arg(maxAge),
            Validation::tr("Use a value from -1 (no caching) to 86400 (one day); 7200 is "
                           "the most Chromium honours."));
        return;
    }
    // Browser caps on the preflight cache: Chromium 7200 s, WebKit 600 s, Firefox 86400 s.
    if (maxAge > 7200) {
        sink.add("max-age-browser-cap", Field::MaxAge, -1, Severity::Info,
                 Validation::tr("%1 seconds is more than browsers keep a preflight: Chromium "
                                "caps it at 7200, Safari (WebKit) at 600, Firefox at 86400.")
                     .arg(maxAge),
                 Validation::tr("7200 gives Chromium its maximum; higher values only help "
                                "Firefox."));
    } else if (maxAge > 600) {
        sink.add("max-age-browser-cap", Field::MaxAge, -1, Severity::Info,
                 Validation::tr("%1 seconds is more than Safari (WebKit) keeps a preflight: "
                                "it caps the cache at 600 seconds.")
                     .arg(maxAge),
                 Validation::tr("Nothing to change; Safari simply sends the preflight again "
                                "after 600 seconds."));
    }
}

void checkCredentials(const CorsConfig &config, FindingSink &sink)
{
    if (!config.allowCredentials) {
        return;
    }
    // Fetch §3.2.5 "CORS check": with credentials, Access-Control-Allow-Origin must be the exact
    // origin, and `*` in the other Access-Control-* lists is the literal name "*", not a wildcard.
    // API Gateway also refuses to deploy AllowCredentials with a wildcard origin.
    const auto reportWildcards = [&](Field field, const QStringList &entries, const char *rule,
                                     const QString &message, const QString &fix) {
        for (int i = 0; i < entries.size(); ++i) {
            const QString &entry = entries.at(i);
            const bool schemeWildcard =
                field == Field::AllowOrigins && (entry == u"https://*" || entry == u"http://*");
            if (entry == u"*" || schemeWildcard) {
                sink.add(rule, field, i, Severity::Error, message.arg(quoted(entry)), fix);
            }
        }
    };
    reportWildcards(Field::AllowOrigins, config.allowOrigins, "credentials-wildcard-origin",
                    Validation::tr("%1 together with allowCredentials: browsers reject a "
                                   "wildcard origin on credentialed requests and API Gateway "
                                   "refuses to deploy it."),
                    Validation::tr("List the exact origins that may send credentials, or turn "
                                   "allowCredentials off."));
    reportWildcards(Field::AllowMethods, config.allowMethods, "credentials-wildcard-methods",
                    Validation::tr("%1 together with allowCredentials: on credentialed requests "
                                   "browsers read '*' as a method literally named '*'."),
                    Validation::tr("List the methods explicitly, or turn allowCredentials off."));
    reportWildcards(Field::AllowHeaders, config.allowHeaders, "credentials-wildcard-headers",
                    Validation::tr("%1 together with allowCredentials: on credentialed requests "
                                   "browsers read '*' as a header literally named '*'."),
                    Validation::tr("List the request headers explicitly, or turn "
                                   "allowCredentials off."));
    reportWildcards(Field::ExposeHeaders, config.exposeHeaders, "credentials-wildcard-expose",
                    Validation::tr("%1 together with allowCredentials: on credentialed requests "
                                   "browsers read '*' as a header literally named '*' and "
                                   "expose nothing."),
                    Validation::tr("List the response headers to expose, or turn "
                                   "allowCredentials off."));
}

void checkAuthorizer(const CorsConfig &config, FindingSink &sink)
{
    if (!config.hasAuthorizer()) {
        return;
    }
    const QString &name = config.authorizer;
    if (const qsizetype at = http::firstControlCharacter(name); at >= 0) {
        sink.add("control-character", Field::Authorizer, -1, Severity::Error,
                 Validation::tr("the token header name contains a %1 at position %2.")
                     .arg(http::describeCharacter(name.at(at)))
                     .arg(at + 1),
                 Validation::tr("Remove the character."));
        return;
    }
    if (!http::isToken(name)) {
        sink.add("authorizer-token", Field::Authorizer, -1, Severity::Error,
                 Validation::tr("%1 is not a valid header name: a header name is letters, "
                                "digits and !#$%&'*+-.^_`|~ without spaces.")
                     .arg(quoted(name)),
                 Validation::tr("Enter the header that carries the token, e.g. Authorization."));
        return;
    }
    if (http::isForbiddenRequestHeaderName(name)) {
        sink.add("authorizer-forbidden", Field::Authorizer, -1, Severity::Error,
                 Validation::tr("%1 is a forbidden request header: a browser never lets a page "
                                "send it, so the token could never arrive from fetch().")
                     .arg(quoted(name)),
                 Validation::tr("Carry the token in Authorization or a custom header such as "
                                "X-Auth-Token."));
    }
}

} // namespace rules

Findings validate(const CorsConfig &config)
{
    Findings findings;
    rules::FindingSink sink(findings);
    rules::checkOrigins(config, sink);
    rules::checkMethods(config, sink);
    rules::checkHeaders(config, sink);
    rules::checkMaxAge(config, sink);
    rules::checkAuthorizer(config, sink);
    rules::checkCredentials(config, sink);
    rules::checkRoutes(config, sink);
    rules::checkStages(config, sink);
    // Field order first, then entry order, so output reads top to bottom like the form.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.field != b.field) {
            return a.field < b.field;
        }
        return a.index < b.index;
    });
    return findings;
}

} // namespace cors
