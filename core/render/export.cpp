// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export.h"

#include "io/atomicfile.h"
#include "model/validator.h"
#include "renderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cors::render {

namespace {

class Export
{
    Q_DECLARE_TR_FUNCTIONS(Export)

public:
    static std::optional<QString> refuse(const CorsConfig &config)
    {
        if (hasErrors(validate(config))) {
            return tr("the configuration has errors; fix them before exporting.");
        }
        return std::nullopt;
    }

    static bool write(const QString &path, const QByteArray &bytes, ExportResult *result)
    {
        const QString error = writeFileAtomically(path, bytes);
        if (!error.isEmpty()) {
            result->error = tr("cannot write %1: %2").arg(path, error);
            return false;
        }
        result->written.append(path);
        return true;
    }
};

} // namespace

ExportResult exportFormat(const CorsConfig &config, Format format, const QString &path)
{
    ExportResult result;
    if (const auto refusal = Export::refuse(config)) {
        result.error = *refusal;
        return result;
    }
    Export::write(path, renderValidated(config, format), &result);
    return result;
}

ExportResult exportAll(const CorsConfig &config, const QString &directory)
{
    ExportResult result;
    if (const auto refusal = Export::refuse(config)) {
        result.error = *refusal;
        return result;
    }
    const QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        result.error = Export::tr("cannot create the folder %1.").arg(dir.path());
        return result;
    }
    for (const Format format : allFormats) {
        const QString path = dir.filePath(exportPath(format));
        if (!QFileInfo(path).dir().mkpath(QStringLiteral("."))) {
            result.error = Export::tr("cannot create the folder %1.").arg(QFileInfo(path).path());
            break;
        }
        if (!Export::write(path, renderValidated(config, format), &result)) {
            break;
        }
    }
    return result;
}

QStringList existingExportFiles(const QString &directory)
{
    QStringList existing;
    const QDir dir(directory);
    for (const Format format : allFormats) {
        if (QFileInfo::exists(dir.filePath(exportPath(format)))) {
            existing.append(exportPath(format));
        }
    }
    return existing;
}

} // namespace cors::render
