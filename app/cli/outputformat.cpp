// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(FormatText)
};
} // namespace

FormatOption::FormatOption()
    : m_format(u"format"_s,
               FormatText::tr("Output format: text (default), json, or sarif (SARIF 2.1.0 for "
                              "GitHub code scanning and other CI dashboards)."),
               u"FORMAT"_s, u"text"_s)
    , m_json(u"json"_s, FormatText::tr("The same as --format json."))
{}

void FormatOption::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_format);
    parser.addOption(m_json);
}

Expected<OutputFormat> FormatOption::read(const QCommandLineParser &parser) const
{
    const QString value = parser.value(m_format);
    OutputFormat format = OutputFormat::Text;
    if (value == u"text") {
        format = OutputFormat::Text;
    } else if (value == u"json") {
        format = OutputFormat::Json;
    } else if (value == u"sarif") {
        format = OutputFormat::Sarif;
    } else {
        return fail(FormatText::tr("--format '%1' is not one of text, json, sarif.").arg(value));
    }
    if (parser.isSet(m_json)) {
        if (parser.isSet(m_format) && format != OutputFormat::Json) {
            return fail(FormatText::tr("--json asks for JSON but --format asks for %1: give one "
                                       "of them.")
                            .arg(value));
        }
        format = OutputFormat::Json;
    }
    return format;
}

} // namespace cors::cli
