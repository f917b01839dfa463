// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator.h"

#include "base/quoted.h"
#include "http/origin.h"
#include "responsechecks.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace cors::fetch {

namespace {

class FlowText
{
    Q_DECLARE_TR_FUNCTIONS(FlowText)

public:
    static QString unsafeReason(const UnsafeHeader &header)
    {
        const QString name = QString::fromLatin1(header.name);
        switch (header.reason) {
        case UnsafeReason::NameNotSafelisted:
            return tr("'%1' is not a CORS-safelisted header").arg(name);
        case UnsafeReason::ValueTooLong:
            return tr("'%1' has a value over 128 bytes").arg(name);
        case UnsafeReason::UnsafeValue:
            return tr("'%1' has a value the safelist does not allow").arg(name);
        case UnsafeReason::TotalTooLong:
            return tr("'%1' counts towards safelisted values over 1024 bytes in total").arg(name);
        case UnsafeReason::None:
            break;
        }
        return name;
    }

    static QString initiated(const FetchInit &init, const PreparedRequest &prepared)
    {
        QString text = tr("The page at %1 calls fetch() with %2 %3%4.")
                           .arg(QString::fromLatin1(init.origin),
                                QString::fromLatin1(prepared.method), init.url.toDisplayString(),
                                init.credentials ? tr(" and credentials: 'include'") : QString());
        if (!prepared.dropped.isEmpty()) {
            QList<QByteArray> names;
            for (const Header &header : prepared.dropped) {
                names.append(header.name);
            }
            text += u' ' + tr("The browser silently drops the forbidden request headers %1.")
                               .arg(quotedList(names));
        }
        if (prepared.addedContentType) {
            text += u' ' + tr("The string body adds Content-Type: text/plain;charset=UTF-8.");
        }
        return text;
    }

    static QString preflightNeeded(const QByteArray &method, const PreflightNeed &need)
    {
        QStringList why;
        if (need.methodUnsafe) {
            why.append(
                tr("the method '%1' is not GET, HEAD or POST").arg(QString::fromLatin1(method)));
        }
        for (const UnsafeHeader &header : need.unsafeHeaders) {
            why.append(unsafeReason(header));
        }
        return tr("A preflight is needed because %1.").arg(why.join(u"; "_s));
    }
};

QByteArray statusLine(const HttpResponse &response)
{
    QByteArray line = "HTTP/1.1 " + QByteArray::number(response.status);
    if (!response.statusText.isEmpty()) {
        line += ' ' + response.statusText;
    }
    return line;
}

HttpResponse normalized(const HttpResponse &response)
{
    HttpResponse copy = response;
    HeaderList headers;
    for (const Header &header : response.headers.headers()) {
        headers.append(header.name, normalizeHeaderValue(header.value));
    }
    copy.headers = headers;
    return copy;
}

QByteArray originOf(const QUrl &url)
{
    return http::serializeOrigin(url).toLatin1();
}

} // namespace

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return originOf(a) == originOf(b);
}

QByteArray requestLine(const HttpRequest &request)
{
    QByteArray target = request.url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty()) {
        target = "/";
    }
    if (request.url.hasQuery()) {
        target += '?' + request.url.query(QUrl::FullyEncoded).toLatin1();
    }
    return request.method + ' ' + target + " HTTP/1.1";
}

FetchEvaluator::FetchEvaluator(const FetchInit &init)
    : m_init(init)
{
    m_result.browser = init.browser;
    for (int i = 0; i < stepCount; ++i) {
        m_result.steps[i].kind = static_cast<StepKind>(i);
    }
    m_prepared = prepareRequest(init);

    Step &initiate = m_result.step(StepKind::ClientInitiates);
    if (m_prepared.error) {
        initiate.messages.append({init.method + ' ' + init.url.toEncoded(), init.url, {}, -1});
        ErrorContext c;
        c.value = m_prepared.errorValue;
        c.method = m_prepared.method.isEmpty() ? init.method : m_prepared.method;
        c.origin = init.origin;
        block(StepKind::ClientInitiates, *m_prepared.error, c);
        return;
    }
    m_url = init.url;
    m_method = m_prepared.method;
    m_headers = m_prepared.headers;
    m_body = m_prepared.body;
    initiate.state = StepState::Passed;
    initiate.reason = FlowText::initiated(init, m_prepared);
    initiate.messages.append({m_method + ' ' + m_url.toEncoded(), m_url, m_headers, -1});

    // Fetch §4.1 main fetch step 12: a same-origin request is "basic" and never judged by CORS.
    m_sameOrigin = originOf(m_url) == init.origin;
    startHop();
}

QByteArray FetchEvaluator::serializedOrigin() const
{
    // Fetch §3.1 "byte-serializing a request origin": `null` once a redirect tainted it.
    return m_tainted ? QByteArray("null") : m_init.origin;
}

void FetchEvaluator::startHop()
{
    Step &preflightStep = m_result.step(StepKind::BrowserPreflight);
    if (m_sameOrigin) {
        if (m_result.redirects == 0) {
            preflightStep.state = StepState::NotNeeded;
            preflightStep.reason = FlowText::tr("Not needed: the request is same-origin, so "
                                                "CORS does not apply.");
        }
        sendActual();
        return;
    }
    const PreflightNeed need = preflightNeed(m_method, m_headers, m_init.browser);
    // Fetch "CORS-preflight fetch": Access-Control-Request-Headers lists the CORS-unsafe
    // request-header names of the request's header list.
    m_unsafeNames = corsUnsafeRequestHeaderNames(m_headers, m_init.browser);
    if (!need.needed()) {
        if (m_result.redirects == 0) {
            preflightStep.state = StepState::NotNeeded;
            preflightStep.reason =
                FlowText::tr("Not needed: %1 is a CORS-safelisted method and every header is "
                             "CORS-safelisted, so the browser sends the request directly "
                             "(Fetch §4.1 main fetch, step 12).")
                    .arg(QString::fromLatin1(m_method));
            m_result.step(StepKind::ServerPreflightResponse).state = StepState::NotNeeded;
            m_result.step(StepKind::ServerPreflightResponse).reason =
                FlowText::tr("Not needed: no preflight was sent.");
        }
        sendActual();
        return;
    }
    // Fetch §4.8 CORS-preflight fetch.
    m_phase = Phase::Preflight;
    m_next = buildPreflight(m_url, serializedOrigin(), m_method, m_unsafeNames, m_init.origin);
    m_result.preflightSent = true;
    preflightStep.state = StepState::Passed;
    QString reason = FlowText::preflightNeeded(m_method, need);
    if (m_result.redirects > 0) {
        reason = FlowText::tr("After redirect %1: %2").arg(m_result.redirects).arg(reason);
    }
    preflightStep.appendReason(reason);
    preflightStep.messages.append({requestLine(*m_next), m_url, m_next->headers, -1});
}

void FetchEvaluator::sendActual()
{
    m_phase = Phase::Actual;
    HeaderList headers = m_headers;
    if (m_sameOrigin && (m_method == "GET" || m_method == "HEAD")) {
        // Fetch §3.1 "append a request Origin header": same-origin GET/HEAD carry none.
        m_next = buildActualRequest(m_url, {}, m_method, headers, m_body, m_init.origin);
        m_next->headers.remove("Origin");
    } else {
        m_next =
            buildActualRequest(m_url, serializedOrigin(), m_method, headers, m_body, m_init.origin);
    }
    m_result.actualSent = true;
    Step &actual = m_result.step(StepKind::BrowserActualRequest);
    actual.state = StepState::Passed;
    const QString reason =
        m_result.redirects == 0
            ? FlowText::tr("The browser sends %1 with Origin: %2.")
                  .arg(QString::fromLatin1(m_method), QString::fromLatin1(serializedOrigin()))
            : FlowText::tr("Redirect %1: the browser sends %2 %3 with Origin: %4.")
                  .arg(QString::number(m_result.redirects), QString::fromLatin1(m_method),
                       m_url.toDisplayString(), QString::fromLatin1(serializedOrigin()));
    actual.appendReason(reason);
    actual.messages.append({requestLine(*m_next), m_url, m_next->headers, -1});
}

ErrorContext FetchEvaluator::context(const HttpResponse *response) const
{
    ErrorContext c;
    c.origin = serializedOrigin();
    c.method = m_method;
    c.credentials = m_init.credentials;
    c.gateway = m_init.gateway;
    if (response != nullptr) {
        c.status = response->status;
        c.missingAuthenticationToken =
            response->status == 403 && response->headers.get("x-amzn-ErrorType")
                                           .value_or(QByteArray())
                                           .startsWith("MissingAuthenticationTokenException");
    }
    return c;
}

void FetchEvaluator::receive(const HttpResponse &raw, qint64 elapsedMs)
{
    if (m_phase == Phase::Done) {
        return;
    }
    const HttpResponse response = normalized(raw);
    const StepKind at = m_phase == Phase::Preflight ? StepKind::ServerPreflightResponse
                                                    : StepKind::ServerActualResponse;
    Message message{statusLine(response), m_url, response.headers, elapsedMs};
    message.body = raw.body;
    message.bodyTruncated = raw.bodyTruncated;
    message.transferNote = raw.transferNote;
    m_result.step(at).messages.append(message);
    m_next.reset();
    if (m_phase == Phase::Preflight) {
        receivePreflight(response);
    } else {
        receiveActual(response);
    }
}

void FetchEvaluator::fail(CorsErrorCode code, const QString &detail, qint64 elapsedMs)
{
    if (m_phase == Phase::Done) {
        return;
    }
    const StepKind at = m_phase == Phase::Preflight ? StepKind::ServerPreflightResponse
                                                    : StepKind::ServerActualResponse;
    m_result.step(at).messages.append({"(no response)", m_url, {}, elapsedMs});
    m_next.reset();
    ErrorContext c = context(nullptr);
    c.detail = detail;
    block(at, code, c);
}

void FetchEvaluator::receivePreflight(const HttpResponse &response)
{
    ErrorContext c = context(&response);
    // Fetch §4.8: the preflight is fetched without following redirects, and a 3xx is not an
    // ok status; Chromium names this failure before looking at any header.
    const std::optional<QByteArray> location = response.headers.get("Location");
    if (isRedirectStatus(response.status) && location) {
        c.value = *location;
        block(StepKind::ServerPreflightResponse, CorsErrorCode::PreflightDisallowedRedirect, c);
        return;
    }
    const PreflightJudgement judgement =
        judgePreflight(response.status, response.headers, serializedOrigin(), m_init.credentials,
                       m_method, m_unsafeNames, m_headers, m_init.browser);
    if (judgement.failure) {
        c.value = judgement.failure->value;
        c.allowList = judgement.failure->allowList;
        block(StepKind::ServerPreflightResponse, judgement.failure->code, c);
        return;
    }
    m_result.preflightMaxAge = judgement.allowance.maxAgeSeconds;
    if (judgement.allowance.authorizationCoveredByWildcard) {
        m_result.warnings.append(
            FlowText::tr("Chromium lets '*' in Access-Control-Allow-Headers cover Authorization, "
                         "but the Fetch standard, Firefox and Safari do not: list "
                         "Authorization explicitly (AllowHeaders)."));
    }
    Step &step = m_result.step(StepKind::ServerPreflightResponse);
    step.state = StepState::Passed;
    const QString reason =
        m_unsafeNames.isEmpty()
            ? FlowText::tr("The preflight allows %1 from %2; %3 caches this answer for %4 s.")
                  .arg(QString::fromLatin1(m_method), QString::fromLatin1(serializedOrigin()),
                       browserDisplayName(m_init.browser),
                       QString::number(judgement.allowance.maxAgeSeconds))
            : FlowText::tr("The preflight allows %1 with %2 from %3; %4 caches this answer for "
                           "%5 s.")
                  .arg(QString::fromLatin1(m_method), quotedList(m_unsafeNames),
                       QString::fromLatin1(serializedOrigin()), browserDisplayName(m_init.browser),
                       QString::number(judgement.allowance.maxAgeSeconds));
    step.appendReason(reason);
    sendActual();
}

void FetchEvaluator::receiveActual(const HttpResponse &response)
{
    ErrorContext c = context(&response);
    // Fetch §4.3 HTTP fetch, step 4.3 (before redirects are handled): with "cors" response
    // tainting every response, redirects included, must pass the CORS check.
    if (!m_sameOrigin) {
        if (const auto failure =
                corsCheck(response.headers, serializedOrigin(), m_init.credentials)) {
            c.value = failure->value;
            block(StepKind::ServerActualResponse, failure->code, c);
            return;
        }
    }
    const std::optional<QByteArray> location = response.headers.get("Location");
    if (isRedirectStatus(response.status) && location) {
        followRedirect(response, *location);
        return;
    }
    allow(response);
}

void FetchEvaluator::followRedirect(const HttpResponse &response, const QByteArray &location)
{
    ErrorContext c = context(&response);
    c.value = location;
    // Fetch §4.4 HTTP-redirect fetch.
    // Step 3: the location URL, parsed against the current URL; failure is a network error.
    const QUrl relative = QUrl::fromEncoded(location, QUrl::StrictMode);
    const QUrl next = m_url.resolved(relative);
    if (!relative.isValid() || !next.isValid()) {
        block(StepKind::ServerActualResponse, CorsErrorCode::RedirectInvalidLocation, c);
        return;
    }
    c.value = next.toEncoded();
    // Step 4: only HTTP(S) locations (file:///etc/passwd parses, without a host, and is refused
    // for its scheme).
    if (next.scheme() != u"http" && next.scheme() != u"https") {
        block(StepKind::ServerActualResponse, CorsErrorCode::RedirectUnsupportedScheme, c);
        return;
    }
    if (next.host().isEmpty()) { // an http(s) URL always has a host (URL Standard)
        block(StepKind::ServerActualResponse, CorsErrorCode::RedirectInvalidLocation, c);
        return;
    }
    // Step 5: "If request's redirect count is 20, return a network error."
    if (m_result.redirects == 20) {
        block(StepKind::ServerActualResponse, CorsErrorCode::TooManyRedirects, c);
        return;
    }
    // Steps 7-8: a location with credentials fails a cross-origin (CORS-flagged) request.
    if (!m_sameOrigin && (!next.userName().isEmpty() || !next.password().isEmpty())) {
        block(StepKind::ServerActualResponse, CorsErrorCode::RedirectContainsCredentials, c);
        return;
    }
    // Step 10: 301/302 turn POST into GET; 303 turns everything but GET/HEAD into GET, and the
    // body and its headers go.
    const bool toGet = ((response.status == 301 || response.status == 302) && m_method == "POST") ||
                       (response.status == 303 && m_method != "GET" && m_method != "HEAD");
    if (toGet) {
        m_method = "GET";
        m_body.reset();
        // Fetch §2.2.2 "request-body-header name".
        for (const char *name :
             {"Content-Encoding", "Content-Language", "Content-Location", "Content-Type"}) {
            m_headers.remove(name);
        }
    }
    // Step 11: a redirect to another origin drops Authorization ("CORS non-wildcard
    // request-header name").
    if (!sameOrigin(m_url, next)) {
        m_headers.remove("Authorization");
    }
    // Step 9 (tainted origin flag): a cross-origin hop from an origin that was not the page's.
    if (!sameOrigin(m_url, next) && originOf(m_url) != m_init.origin) {
        m_tainted = true;
    }
    Step &step = m_result.step(StepKind::ServerActualResponse);
    const QString reason =
        FlowText::tr("HTTP %1 redirects to %2%3.")
            .arg(QString::number(response.status), next.toDisplayString(),
                 m_tainted ? FlowText::tr("; the request's origin is now 'null'") : QString());
    step.appendReason(reason);
    m_url = next;
    ++m_result.redirects;
    if (m_sameOrigin && originOf(m_url) != m_init.origin) {
        // Main fetch on the next hop: once cross-origin, the request is a CORS request.
        m_sameOrigin = false;
    }
    startHop();
}

void FetchEvaluator::allow(const HttpResponse &response)
{
    m_phase = Phase::Done;
    m_result.allowed = true;
    m_result.status = response.status;
    m_result.finalUrl = m_url;
    Step &server = m_result.step(StepKind::ServerActualResponse);
    const QString reason =
        m_sameOrigin ? FlowText::tr("Same-origin response: no CORS headers needed.")
        : m_init.credentials
            ? FlowText::tr("Access-Control-Allow-Origin matches %1 and "
                           "Access-Control-Allow-Credentials is 'true'.")
                  .arg(QString::fromLatin1(serializedOrigin()))
            : FlowText::tr("Access-Control-Allow-Origin '%1' admits %2.")
                  .arg(QString::fromLatin1(
                           response.headers.get("Access-Control-Allow-Origin").value_or("")),
                       QString::fromLatin1(serializedOrigin()));
    server.state = StepState::Passed;
    server.appendReason(reason);

    Step &client = m_result.step(StepKind::ClientReceives);
    client.state = StepState::Passed;
    if (m_sameOrigin) {
        m_result.exposedHeaders = response.headers;
    } else {
        m_result.exposedHeaders =
            exposedHeaders(response.headers, m_init.credentials, &m_result.hiddenHeaders);
    }
    QList<QByteArray> visible;
    for (const Header &header : m_result.exposedHeaders.headers()) {
        visible.append(header.name);
    }
    client.reason = FlowText::tr("fetch() resolves: the script reads status %1 and the headers "
                                 "%2.")
                        .arg(QString::number(response.status),
                             visible.isEmpty() ? FlowText::tr("(none)") : quotedList(visible));
    if (!m_result.hiddenHeaders.isEmpty()) {
        client.reason += u' ' + FlowText::tr("Hidden from the script: %1; list the ones it needs "
                                             "in Access-Control-Expose-Headers.")
                                    .arg(quotedList(m_result.hiddenHeaders));
    }
    client.messages.append({statusLine(response), m_url, m_result.exposedHeaders, -1});
}

void FetchEvaluator::block(StepKind at, CorsErrorCode code, const ErrorContext &context)
{
    m_phase = Phase::Done;
    m_next.reset();
    m_result.allowed = false;
    m_result.error = explain(code, context);
    Step &failed = m_result.step(at);
    failed.state = StepState::Failed;
    failed.appendReason(m_result.error->message);
    failed.fix = m_result.error->fix;
    // Later steps were never reached.
    for (int i = static_cast<int>(at) + 1; i < stepCount; ++i) {
        Step &later = m_result.steps[i];
        if (later.state == StepState::NotNeeded && later.messages.isEmpty()) {
            continue;
        }
        if (later.messages.isEmpty()) {
            later.state = StepState::Skipped;
            later.reason = FlowText::tr("Not reached: %1 failed.").arg(stepTitle(at));
        }
    }
    Step &client = m_result.step(StepKind::ClientReceives);
    client.state = StepState::Failed;
    if (isTypeError(code)) {
        client.reason = FlowText::tr("fetch() throws a TypeError; nothing is sent.");
    } else if (context.status != 0 && at == StepKind::ServerActualResponse) {
        client.reason = FlowText::tr("fetch() rejects with \"TypeError: Failed to fetch\": the "
                                     "server answered %1, but the script sees neither the "
                                     "status nor the body.")
                            .arg(context.status);
    } else {
        client.reason = FlowText::tr("fetch() rejects with \"TypeError: Failed to fetch\".");
    }
    client.fix = m_result.error->fix;
    client.messages.clear();
}

} // namespace cors::fetch
