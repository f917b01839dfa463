// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"
#include "textcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace cors::projectfile {

namespace {

class ProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader)

public:
    explicit ProjectReader(LoadResult &result)
        : m_result(result)
    {}

    void read(const YAML::Node &root);

private:
    void error(SourcePosition position, const QString &message, const QString &fix = {});
    void readVersion(const YAML::Node &key, const YAML::Node &value);
    void readField(Field field, const YAML::Node &key, const YAML::Node &value);
    void readList(Field field, const YAML::Node &value, QStringList &out);
    std::optional<bool> readBool(Field field, const YAML::Node &key, const YAML::Node &value);
    void readMaxAge(const YAML::Node &value);
    void readApiType(const YAML::Node &key, const YAML::Node &value);
    void readAuthorizer(const YAML::Node &value);
    void readRoutes(const YAML::Node &value);
    void readStages(const YAML::Node &value);
    std::optional<Stage> readStage(const YAML::Node &key, const YAML::Node &value);
    std::optional<Route> readRoute(const YAML::Node &entry, int index);

    LoadResult &m_result;
};

SourcePosition positionOf(const YAML::Mark &mark)
{
    if (mark.is_null()) {
        return {};
    }
    return {mark.line + 1, mark.column + 1};
}

SourcePosition positionOf(const YAML::Node &node)
{
    return positionOf(node.Mark());
}

/// Where a value was written; an empty value ("key:" and nothing after it) has no position of
/// its own (yaml-cpp marks the next line), so it is reported at its key.
SourcePosition valuePosition(const YAML::Node &key, const YAML::Node &value)
{
    return value.IsNull() ? positionOf(key) : positionOf(value);
}

QString text(const YAML::Node &scalar)
{
    return QString::fromStdString(scalar.Scalar());
}

/// A scalar written without quotes ("600", not "'600'"): numbers and booleans must be plain.
bool isPlain(const YAML::Node &scalar)
{
    return scalar.Tag() == "?";
}

QString describeKind(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence:
        return ProjectReader::tr("a list");
    case YAML::NodeType::Map:
        return ProjectReader::tr("a mapping");
    case YAML::NodeType::Null:
        return ProjectReader::tr("nothing");
    case YAML::NodeType::Scalar:
        return ProjectReader::tr("the value '%1'").arg(text(node));
    case YAML::NodeType::Undefined:
        break;
    }
    return ProjectReader::tr("an undefined value");
}

QStringList knownKeys()
{
    QStringList keys{u"version"_s};
    for (const Field field : allFields) {
        keys.append(fieldKey(field));
    }
    return keys;
}

/// The known key closest to an unknown one, for "did you mean" fixes.
QString closestKey(const QString &unknown)
{
    const auto distance = [](const QString &a, const QString &b) {
        QList<int> previous(b.size() + 1);
        for (int j = 0; j <= b.size(); ++j) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); ++i) {
            QList<int> current(b.size() + 1);
            current[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int substitution =
                    previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
                current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            }
            previous = current;
        }
        return previous[b.size()];
    };
    QString best;
    int bestDistance = 4; // further than this is a guess, not a typo
    for (const QString &key : knownKeys()) {
        if (const int d = distance(unknown, key); d < bestDistance) {
            best = key;
            bestDistance = d;
        }
    }
    return best;
}

void ProjectReader::error(SourcePosition position, const QString &message, const QString &fix)
{
    m_result.errors.append(Diagnostic{position, Severity::Error, message, fix, {}});
}

void ProjectReader::read(const YAML::Node &root)
{
    if (root.IsNull()) {
        error({1, 1}, tr("The file is empty."),
              tr("A project file starts with 'version: %1'; create one with 'corscfg' or the "
                 "app.")
                  .arg(formatVersion));
        return;
    }
    if (!root.IsMap()) {
        error(positionOf(root),
              tr("The file holds %1, but a project file is a mapping of keys such as "
                 "'version: %2' and 'allowOrigins: [...]'.")
                  .arg(describeKind(root), QString::number(formatVersion)));
        return;
    }

    // The version decides how the rest is read, so look at it first.
    bool versionSeen = false;
    for (const auto &entry : root) {
        if (entry.first.IsScalar() && entry.first.Scalar() == "version") {
            versionSeen = true;
            readVersion(entry.first, entry.second);
        }
    }
    if (!versionSeen) {
        error(positionOf(root), tr("The key 'version' is missing."),
              tr("Add 'version: %1' as the first line.").arg(formatVersion));
    }
    if (!m_result.errors.isEmpty()) {
        return;
    }

    QHash<QString, SourcePosition> seen;
    for (const auto &entry : root) {
        const YAML::Node &key = entry.first;
        if (!key.IsScalar()) {
            error(positionOf(key),
                  tr("A key must be a plain name, not %1.").arg(describeKind(key)));
            continue;
        }
        const QString name = text(key);
        if (const auto it = seen.constFind(name); it != seen.cend()) {
            error(positionOf(key),
                  tr("The key '%1' appears twice (first at line %2); YAML keeps only one of "
                     "them.")
                      .arg(name, QString::number(it->line)),
                  tr("Remove one of the two."));
            continue;
        }
        seen.insert(name, positionOf(key));
        if (name == u"version") {
            continue;
        }
        const std::optional<Field> field = fieldFromKey(name);
        if (!field) {
            const QString suggestion = closestKey(name);
            error(positionOf(key), tr("Unknown key '%1'.").arg(name),
                  suggestion.isEmpty()
                      ? tr("Remove it; the keys are %1.").arg(knownKeys().join(u", "_s))
                      : tr("Did you mean '%1'?").arg(suggestion));
            continue;
        }
        readField(*field, key, entry.second);
    }
}

void ProjectReader::readVersion(const YAML::Node &key, const YAML::Node &value)
{
    static const QRegularExpression integer(u"^[0-9]+$"_s);
    if (!value.IsScalar() || !isPlain(value) || !integer.match(text(value)).hasMatch()) {
        error(valuePosition(key, value),
              tr("'version' must be the number %1, not %2.")
                  .arg(formatVersion)
                  .arg(describeKind(value)),
              tr("Write 'version: %1'.").arg(formatVersion));
        return;
    }
    const int version = text(value).size() > 6 ? formatVersion + 1 : text(value).toInt();
    if (version > formatVersion) {
        error(positionOf(value),
              tr("This file was written by a newer CORS Configurator (format version %1); this "
                 "version reads formats %2 to %3.")
                  .arg(text(value))
                  .arg(oldestFormatVersion)
                  .arg(formatVersion),
              tr("Open it with a newer CORS Configurator."));
    } else if (version < oldestFormatVersion) {
        error(positionOf(value),
              tr("Format version %1 does not exist; the format is version %2.")
                  .arg(text(value))
                  .arg(formatVersion),
              tr("Write 'version: %1'.").arg(formatVersion));
    } else {
        m_result.version = version;
    }
}

void ProjectReader::readField(Field field, const YAML::Node &key, const YAML::Node &value)
{
    m_result.sourceMap.setField(field, valuePosition(key, value));
    CorsConfig &config = m_result.config;
    if (QStringList *list = stringEntries(config, field)) {
        readList(field, value, *list);
        return;
    }
    if (bool *flag = flagField(config, field)) {
        *flag = readBool(field, key, value).value_or(*flag);
        return;
    }
    switch (field) {
    case Field::ApiType:
        readApiType(key, value);
        break;
    case Field::MaxAge:
        readMaxAge(value);
        break;
    case Field::Authorizer:
        readAuthorizer(value);
        break;
    case Field::Routes:
    case Field::Stages:
        if (m_result.version < 2) {
            error(positionOf(key),
                  tr("'%1' needs format version 2; this file says version %2.")
                      .arg(fieldKey(field))
                      .arg(m_result.version),
                  tr("Write 'version: 2' at the top."));
        } else if (field == Field::Routes) {
            readRoutes(value);
        } else {
            readStages(value);
        }
        break;
    default:
        break; // the lists and switches above
    }
}

void ProjectReader::readList(Field field, const YAML::Node &value, QStringList &out)
{
    if (value.IsNull()) {
        return; // "allowHeaders:" with nothing after it: no entries
    }
    if (!value.IsSequence()) {
        const QString example = value.IsScalar() ? text(value) : u"..."_s;
        error(positionOf(value),
              tr("'%1' must be a list, not %2.").arg(fieldKey(field), describeKind(value)),
              tr("Write it as a list, e.g. '%1: [%2]'.").arg(fieldKey(field), example));
        return;
    }
    int index = 0;
    for (const YAML::Node &entry : value) {
        const SourcePosition position = positionOf(entry);
        if (entry.IsNull()) {
            error(position.isValid() ? position : positionOf(value),
                  tr("Entry %1 of '%2' is empty (YAML reads a bare null or ~ as nothing).")
                      .arg(index + 1)
                      .arg(fieldKey(field)),
                  tr("Remove the entry, or quote it if you mean the text, e.g. \"null\"."));
        } else if (!entry.IsScalar()) {
            error(position,
                  tr("Entry %1 of '%2' is %3; each entry must be a single text value.")
                      .arg(index + 1)
                      .arg(fieldKey(field), describeKind(entry)),
                  tr("Write one value per entry."));
        } else {
            m_result.sourceMap.setEntry(field, int(out.size()), position);
            out.append(text(entry));
        }
        ++index;
    }
}

std::optional<bool> ProjectReader::readBool(Field field, const YAML::Node &key,
                                            const YAML::Node &value)
{
    // YAML 1.2 core schema booleans only; yes/no/on/off are YAML 1.1 and ambiguous.
    static const QSet<QString> trueWords{u"true"_s, u"True"_s, u"TRUE"_s};
    static const QSet<QString> falseWords{u"false"_s, u"False"_s, u"FALSE"_s};
    if (value.IsScalar() && isPlain(value)) {
        if (trueWords.contains(text(value))) {
            return true;
        }
        if (falseWords.contains(text(value))) {
            return false;
        }
    }
    error(valuePosition(key, value),
          tr("'%1' must be true or false, not %2.").arg(fieldKey(field), describeKind(value)),
          tr("Write '%1: true' or '%1: false' (without quotes).").arg(fieldKey(field)));
    return std::nullopt;
}

void ProjectReader::readMaxAge(const YAML::Node &value)
{
    if (value.IsNull()) {
        return; // no Access-Control-Max-Age
    }
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    if (value.IsScalar() && isPlain(value) && integer.match(text(value)).hasMatch()) {
        bool ok = false;
        const qint64 seconds = text(value).toLongLong(&ok);
        if (ok) {
            m_result.config.maxAge = seconds;
            return;
        }
    }
    error(positionOf(value),
          tr("'maxAge' must be a whole number of seconds (or null for none), not %1.")
              .arg(describeKind(value)),
          tr("Write e.g. 'maxAge: 600' (without quotes), or 'maxAge: null' for no "
             "Access-Control-Max-Age header."));
}

void ProjectReader::readApiType(const YAML::Node &key, const YAML::Node &value)
{
    if (value.IsScalar()) {
        if (const auto type = apiTypeFromKey(text(value))) {
            m_result.config.apiType = *type;
            return;
        }
    }
    error(valuePosition(key, value),
          tr("'apiType' must be rest or http, not %1.").arg(describeKind(value)),
          tr("Write 'apiType: rest' for a REST API (v1) or 'apiType: http' for an HTTP API "
             "(v2)."));
}

void ProjectReader::readAuthorizer(const YAML::Node &value)
{
    if (value.IsNull()) {
        return;
    }
    if (!value.IsScalar()) {
        error(positionOf(value),
              tr("'authorizer' must be none or the name of the header that carries the token, "
                 "not %1.")
                  .arg(describeKind(value)),
              tr("Write e.g. 'authorizer: Authorization', or 'authorizer: none'."));
        return;
    }
    const QString name = text(value);
    if (isPlain(value) && name == u"none") {
        return;
    }
    m_result.config.authorizer = name;
}

void ProjectReader::readRoutes(const YAML::Node &value)
{
    if (value.IsNull()) {
        return; // "routes:" with nothing after it: the default Lambda proxy
    }
    if (!value.IsSequence()) {
        error(positionOf(value), tr("'routes' must be a list, not %1.").arg(describeKind(value)),
              tr("Write one entry per route, e.g. '- path: /items' and 'methods: [GET]'."));
        return;
    }
    int index = 0;
    for (const YAML::Node &entry : value) {
        if (auto route = readRoute(entry, index)) {
            m_result.sourceMap.setEntry(Field::Routes, int(m_result.config.routes.size()),
                                        positionOf(entry));
            m_result.config.routes.append(*route);
        }
        ++index;
    }
}

void ProjectReader::readStages(const YAML::Node &value)
{
    if (value.IsNull()) {
        return; // "stages:" with nothing after it: one stage with allowOrigins
    }
    if (!value.IsMap()) {
        error(positionOf(value),
              tr("'stages' must be a mapping of stage names, not %1.").arg(describeKind(value)),
              tr("Write e.g. 'stages:' with 'dev:' and 'prod:' below, each with its "
                 "'allowOrigins'."));
        return;
    }
    for (const auto &member : value) {
        if (auto stage = readStage(member.first, member.second)) {
            m_result.sourceMap.setEntry(Field::Stages, int(m_result.config.stages.size()),
                                        positionOf(member.first));
            m_result.config.stages.append(*stage);
        }
    }
}

std::optional<Stage> ProjectReader::readStage(const YAML::Node &key, const YAML::Node &value)
{
    if (!key.IsScalar()) {
        error(positionOf(key), tr("A stage name must be text, not %1.").arg(describeKind(key)),
              tr("Write e.g. 'prod:'."));
        return std::nullopt;
    }
    Stage stage;
    stage.name = text(key);
    const QString which = tr("Stage '%1'").arg(stage.name);
    if (value.IsNull()) {
        return stage; // "prod:" alone: the API's allowOrigins
    }
    if (!value.IsMap()) {
        error(valuePosition(key, value),
              tr("%1 is %2; a stage is a mapping with 'allowOrigins'.")
                  .arg(which, describeKind(value)),
              tr("Write 'allowOrigins: [https://app.example.com]' below the stage's name."));
        return std::nullopt;
    }
    bool ok = true;
    for (const auto &member : value) {
        const QString name = member.first.IsScalar() ? text(member.first) : QString();
        if (name == fieldKey(Field::AllowOrigins)) {
            if (member.second.IsNull() || member.second.IsSequence()) {
                QStringList origins;
                for (const YAML::Node &entry : member.second) {
                    if (!entry.IsScalar()) {
                        error(positionOf(entry),
                              tr("%1: each origin must be text, not %2.")
                                  .arg(which, describeKind(entry)),
                              tr("Write one origin per entry, e.g. https://app.example.com."));
                        ok = false;
                        break;
                    }
                    origins.append(text(entry));
                }
                stage.allowOrigins = origins;
            } else {
                error(valuePosition(member.first, member.second),
                      tr("%1: 'allowOrigins' must be a list, not %2.")
                          .arg(which, describeKind(member.second)),
                      tr("Write e.g. 'allowOrigins: [https://app.example.com]'."));
                ok = false;
            }
        } else {
            error(positionOf(member.first), tr("%1: unknown key '%2'.").arg(which, name),
                  tr("A stage overrides 'allowOrigins' only."));
            ok = false;
        }
    }
    return ok ? std::optional<Stage>(stage) : std::nullopt;
}

std::optional<Route> ProjectReader::readRoute(const YAML::Node &entry, int index)
{
    const QString which = tr("Route %1").arg(index + 1);
    if (!entry.IsMap()) {
        error(positionOf(entry).isValid() ? positionOf(entry) : SourcePosition{1, 1},
              tr("%1 is %2; each route is a mapping with 'path' and 'methods'.")
                  .arg(which, describeKind(entry)),
              tr("Write it as '- path: /items' with 'methods: [GET]' below."));
        return std::nullopt;
    }
    Route route;
    bool ok = true;
    bool hasPath = false;
    for (const auto &member : entry) {
        const QString name = member.first.IsScalar() ? text(member.first) : QString();
        const YAML::Node &item = member.second;
        if (name == u"path") {
            hasPath = true;
            if (!item.IsScalar()) {
                error(valuePosition(member.first, item),
                      tr("%1: 'path' must be text, not %2.").arg(which, describeKind(item)),
                      tr("Write e.g. 'path: /items/{id}'."));
                ok = false;
            } else {
                route.path = text(item);
            }
        } else if (name == u"methods") {
            if (item.IsScalar()) {
                route.methods = {text(item)};
            } else if (item.IsSequence()) {
                for (const YAML::Node &method : item) {
                    if (!method.IsScalar()) {
                        error(positionOf(method),
                              tr("%1: each method must be a name such as GET, not %2.")
                                  .arg(which, describeKind(method)),
                              tr("Write e.g. 'methods: [GET, PUT]'."));
                        ok = false;
                        break;
                    }
                    route.methods.append(text(method));
                }
            } else {
                error(valuePosition(member.first, item),
                      tr("%1: 'methods' must be a list, not %2.").arg(which, describeKind(item)),
                      tr("Write e.g. 'methods: [GET, PUT]' or 'methods: [ANY]'."));
                ok = false;
            }
        } else if (name == u"authorizer") {
            if (item.IsScalar() && isPlain(item) && text(item) == u"none") {
                route.isPublic = true;
            } else {
                error(valuePosition(member.first, item),
                      tr("%1: 'authorizer' can only be none (the route is public), not %2.")
                          .arg(which, describeKind(item)),
                      tr("Write 'authorizer: none', or leave the key out to use the API's "
                         "authorizer."));
                ok = false;
            }
        } else {
            error(positionOf(member.first), tr("%1: unknown key '%2'.").arg(which, name),
                  tr("A route has the keys path, methods and authorizer."));
            ok = false;
        }
    }
    if (!hasPath) {
        error(positionOf(entry), tr("%1 has no 'path'.").arg(which),
              tr("Add e.g. 'path: /items'."));
        ok = false;
    }
    return ok ? std::optional<Route>(route) : std::nullopt;
}

} // namespace

LoadResult parse(const QByteArray &bytes)
{
    LoadResult result;
    result.config = CorsConfig::blank();
    const auto unreadable = [&result](SourcePosition position, const QString &message,
                                      const QString &fix) {
        result.status = LoadResult::Status::Unreadable;
        result.errors.append(Diagnostic{position, Severity::Error, message, fix, {}});
        return result;
    };

    if (bytes.size() > maxFileSize) {
        return unreadable({},
                          ProjectReader::tr("The file is %1 MiB; project files are at most "
                                            "10 MiB (a real one is under 1 KiB).")
                              .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1),
                          ProjectReader::tr("Check that this is a *.cors.yaml project file."));
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        return unreadable(positionOfOffset(bytes, nul),
                          ProjectReader::tr("The file is binary (it contains a NUL byte), not a "
                                            "YAML project file."),
                          ProjectReader::tr("Check that this is a *.cors.yaml project file."));
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        return unreadable(positionOfOffset(bytes, bad),
                          ProjectReader::tr("The file is not UTF-8 text (byte 0x%1).")
                              .arg(uint(uchar(bytes.at(bad))), 2, 16, QLatin1Char('0')),
                          ProjectReader::tr("Save it as UTF-8."));
    }

    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(bytes.toStdString());
        if (documents.size() > 1) {
            result.errors.append(
                Diagnostic{positionOf(documents.at(1)),
                           Severity::Error,
                           ProjectReader::tr("The file holds %1 YAML documents; a project file "
                                             "holds one.")
                               .arg(documents.size()),
                           ProjectReader::tr("Keep one document (remove the extra '---')."),
                           {}});
        } else {
            ProjectReader reader(result);
            reader.read(documents.empty() ? YAML::Node() : documents.front());
        }
    } catch (const YAML::DeepRecursion &e) {
        result.errors.append(Diagnostic{positionOf(e.mark),
                                        Severity::Error,
                                        ProjectReader::tr("The YAML is nested too deeply "
                                                          "(more than %1 levels).")
                                            .arg(e.depth()),
                                        ProjectReader::tr("A project file is a flat mapping of "
                                                          "keys to lists and values."),
                                        {}});
    } catch (const YAML::ParserException &e) {
        result.errors.append(Diagnostic{
            positionOf(e.mark),
            Severity::Error,
            ProjectReader::tr("YAML syntax error: %1.").arg(QString::fromStdString(e.msg)),
            ProjectReader::tr("Fix the YAML at this position (indent with spaces, close every "
                              "bracket and quote)."),
            {}});
    } catch (const YAML::Exception &e) {
        result.errors.append(Diagnostic{
            positionOf(e.mark),
            Severity::Error,
            ProjectReader::tr("The YAML cannot be read: %1.").arg(QString::fromStdString(e.msg)),
            {},
            {}});
    }
    result.status = result.errors.isEmpty() ? LoadResult::Status::Ok : LoadResult::Status::Invalid;
    return result;
}

LoadResult read(const QString &path)
{
    const QFileInfo info(path);
    LoadResult result;
    result.status = LoadResult::Status::Unreadable;
    const auto fail = [&result](const QString &message, const QString &fix) {
        result.errors.append(Diagnostic{{}, Severity::Error, message, fix, {}});
        return result;
    };
    if (!info.exists()) {
        return fail(ProjectReader::tr("No such file."),
                    ProjectReader::tr("Check the path; project files end in .cors.yaml."));
    }
    if (info.isDir()) {
        return fail(ProjectReader::tr("This is a folder, not a project file."),
                    ProjectReader::tr("Name a *.cors.yaml file inside it."));
    }
    if (info.size() > maxFileSize) {
        return fail(ProjectReader::tr("The file is %1 MiB; project files are at most 10 MiB "
                                      "(a real one is under 1 KiB).")
                        .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1),
                    ProjectReader::tr("Check that this is a *.cors.yaml project file."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ProjectReader::tr("Cannot open the file: %1.").arg(file.errorString()),
                    ProjectReader::tr("Check that you may read it."));
    }
    // Read one byte past the limit, so a file that grew since the size check is still refused.
    return parse(file.read(maxFileSize + 1));
}

} // namespace cors::projectfile
