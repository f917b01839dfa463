// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to validate(): one function per group of rules, all appending to one list.

#include "base/quoted.h"
#include "corsconfig.h"
#include "finding.h"

#include <QCoreApplication>

namespace cors::rules {

/// The translation context of every validation message.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

/// Appends findings, prefixing each message with the field's key so it reads on its own.
class FindingSink
{
public:
    explicit FindingSink(Findings &out)
        : m_out(out)
    {}

    void add(const char *rule, Field field, int index, Severity severity, const QString &message,
             const QString &fix);

private:
    Findings &m_out;
};

/// Whitespace, empty entries, pasted lists and control characters: checks shared by every list
/// field. Returns false when the entry is too broken for the field's own rules to say more.
bool checkEntryText(FindingSink &sink, Field field, int index, const QString &entry);

void checkOrigins(const CorsConfig &config, FindingSink &sink);
/// The size in bytes of the REST preflight's origin-selecting mapping template for `origins`
/// (render::originSelectionTemplate()), for the 300 KB limit.
qsizetype originTemplateBytes(const QStringList &origins);
void checkMethods(const CorsConfig &config, FindingSink &sink);
/// Stage names, and each stage's own origins (as allowOrigins would be checked).
void checkStages(const CorsConfig &config, FindingSink &sink);
void checkHeaders(const CorsConfig &config, FindingSink &sink);
void checkMaxAge(const CorsConfig &config, FindingSink &sink);
void checkCredentials(const CorsConfig &config, FindingSink &sink);
void checkAuthorizer(const CorsConfig &config, FindingSink &sink);
void checkRoutes(const CorsConfig &config, FindingSink &sink);

using cors::quoted;

} // namespace cors::rules
