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
    static Expected<void> refuse(const CorsConfig &config)
    {
        if (hasErrors(validate(config))) {
            return fail(tr("the configuration has errors; fix them before exporting."));
        }
        return {};
    }

    static Expected<void> write(const QString &path, const QByteArray &bytes)
    {
        return writeFileAtomically(path, bytes).map_error([&path](const QString &reason) {
            return tr("cannot write %1: %2").arg(path, reason);
        });
    }

    static Expected<void> makeFolder(const QString &path)
    {
        if (!QDir(path).mkpath(QStringLiteral("."))) {
            return fail(tr("cannot create the folder %1.").arg(path));
        }
        return {};
    }

    /// `error`, and which files were written before it, since they stay.
    static QString stoppedAfter(const QString &error, const QStringList &written)
    {
        return written.isEmpty() ? error
                                 : tr("%1 (wrote %2 before stopping)")
                                       .arg(error, written.join(QStringLiteral(", ")));
    }
};

} // namespace

Expected<QStringList> exportFormat(const CorsConfig &config, Format format, const QString &path)
{
    return Export::refuse(config)
        .and_then([&] { return Export::write(path, renderValidated(config, format)); })
        .map([&path] { return QStringList{path}; });
}

Expected<QStringList> exportAll(const CorsConfig &config, const QString &directory)
{
    const QDir dir(directory);
    if (const Expected<void> ready =
            Export::refuse(config).and_then([&dir] { return Export::makeFolder(dir.path()); });
        !ready) {
        return fail(ready.error());
    }
    QStringList written;
    for (const Format format : allFormats) {
        const QString path = dir.filePath(exportPath(format));
        const Expected<void> done = Export::makeFolder(QFileInfo(path).path()).and_then([&] {
            return Export::write(path, renderValidated(config, format));
        });
        if (!done) {
            return fail(Export::stoppedAfter(done.error(), written));
        }
        written.append(path);
    }
    return written;
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
