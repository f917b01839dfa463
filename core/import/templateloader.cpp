// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateloader.h"

#include "io/textcheck.h"

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

using namespace Qt::StringLiterals;

namespace cors::templateimport {

namespace {

class TemplateLoader
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLoader)
};

SourcePosition positionOf(const YAML::Mark &mark)
{
    if (mark.is_null()) {
        return {};
    }
    return {mark.line + 1, mark.column + 1};
}

struct TooManyNodes
{
    YAML::Mark mark;
};

/// Counts the nodes of every document on yaml-cpp's event stream, so an oversized tree is refused
/// before it is built (a yaml-cpp node costs ~450 bytes; 8 MiB of "a," would cost 2 GB).
/// Aliases count once: yaml-cpp shares the anchored node instead of copying it.
class NodeCounter : public YAML::EventHandler
{
public:
    int documents = 0;

    void OnDocumentStart(const YAML::Mark &) override { ++documents; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { count(mark); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { count(mark); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {
        count(mark);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        count(mark);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        count(mark);
    }
    void OnMapEnd() override {}

private:
    void count(const YAML::Mark &mark)
    {
        if (++m_nodes > maxTemplateNodes) {
            throw TooManyNodes{mark};
        }
    }

    int m_nodes = 0;
};

Diagnostic error(SourcePosition position, const QString &message, const QString &fix)
{
    return Diagnostic{position, Severity::Error, message, fix, u"template"_s};
}

} // namespace

Diagnostic tooLargeError(qint64 size)
{
    return error({},
                 TemplateLoader::tr("The file is %1 MiB; templates are read up to 8 MiB "
                                    "(CloudFormation itself accepts at most 1 MB).")
                     .arg(double(size) / (1024 * 1024), 0, 'f', 1),
                 TemplateLoader::tr("Import the template API Gateway deploys, not a bundle or a "
                                    "build artefact."));
}

LoadedTemplate loadTemplate(const QByteArray &bytes)
{
    LoadedTemplate result;
    const auto fail = [&result](SourcePosition position, const QString &message,
                                const QString &fix) {
        result.errors.append(error(position, message, fix));
        return result;
    };
    if (bytes.size() > maxTemplateSize) {
        result.errors.append(tooLargeError(bytes.size()));
        return result;
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        return fail(positionOfOffset(bytes, nul),
                    TemplateLoader::tr("The file is binary (it contains a NUL byte), not a YAML "
                                       "or JSON template."),
                    TemplateLoader::tr("Choose the SAM, CloudFormation or OpenAPI template."));
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        return fail(positionOfOffset(bytes, bad),
                    TemplateLoader::tr("The file is not UTF-8 text (byte 0x%1).")
                        .arg(uint(uchar(bytes.at(bad))), 2, 16, QLatin1Char('0')),
                    TemplateLoader::tr("Save the template as UTF-8."));
    }

    const std::string text = bytes.toStdString();
    try {
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        NodeCounter counter;
        while (parser.HandleNextDocument(counter)) {
        }
        if (counter.documents > 1) {
            return fail({},
                        TemplateLoader::tr("The file holds %1 YAML documents; a template is "
                                           "one.")
                            .arg(counter.documents),
                        TemplateLoader::tr("Split the file at each '---' and import the part "
                                           "that defines the API."));
        }
        result.root = YAML::Load(text);
    } catch (const TooManyNodes &tooMany) {
        return fail(positionOf(tooMany.mark),
                    TemplateLoader::tr("The template has more than %L1 YAML nodes; real "
                                       "templates have a few thousand.")
                        .arg(maxTemplateNodes),
                    TemplateLoader::tr("Import the template API Gateway deploys, not a "
                                       "generated bundle."));
    } catch (const YAML::DeepRecursion &deep) {
        return fail(
            positionOf(deep.mark),
            TemplateLoader::tr("The YAML is nested more than %1 levels deep.").arg(deep.depth()),
            TemplateLoader::tr("Templates nest a few levels; check the brackets and "
                               "indentation here."));
    } catch (const YAML::ParserException &syntax) {
        return fail(
            positionOf(syntax.mark),
            TemplateLoader::tr("YAML syntax error: %1.").arg(QString::fromStdString(syntax.msg)),
            TemplateLoader::tr("Fix the template at this position (indent with spaces, "
                               "close every bracket and quote)."));
    } catch (const YAML::Exception &other) {
        return fail(positionOf(other.mark),
                    TemplateLoader::tr("The template cannot be read: %1.")
                        .arg(QString::fromStdString(other.msg)),
                    {});
    }
    if (!result.root.IsDefined() || result.root.IsNull()) {
        return fail({1, 1}, TemplateLoader::tr("The file is empty."),
                    TemplateLoader::tr("Choose the SAM, CloudFormation or OpenAPI template."));
    }
    return result;
}

} // namespace cors::templateimport
