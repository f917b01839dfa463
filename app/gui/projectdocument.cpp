// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdocument.h"

#include "editcommand.h"

#include <QFileInfo>

namespace cors::gui {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

QString ProjectDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void ProjectDocument::edit(Field field, const CorsConfig &changed, bool typing, int entry)
{
    if (changed == m_config) {
        return;
    }
    std::optional<EditCommand::MergeKey> key;
    if (typing) {
        key = EditCommand::MergeKey{field, entry, m_typingSession};
    } else {
        finishTyping();
    }
    m_undoStack.push(new EditCommand(this, field, m_config, changed, key));
}

void ProjectDocument::applyFix(const advisor::QuickFix &fix)
{
    if (fix.config == m_config) {
        return;
    }
    finishTyping();
    auto *command = new EditCommand(this, fix.field, m_config, fix.config, std::nullopt);
    command->setText(tr("Fix: %1").arg(fix.label));
    m_undoStack.push(command);
}

void ProjectDocument::reset(const CorsConfig &config, const QString &filePath)
{
    m_undoStack.clear();
    m_undoStack.setClean();
    Q_EMIT projectReplaced(); // before the new configuration shows
    apply(config);
    if (filePath != m_filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    Q_EMIT modifiedChanged(false);
}

void ProjectDocument::importConfig(const CorsConfig &config, const QString &sourceName)
{
    CorsConfig blank = CorsConfig::blank();
    blank.apiType = config.apiType;
    reset(blank);
    auto *command = new EditCommand(this, Field::ApiType, blank, config, std::nullopt);
    command->setText(tr("Import %1").arg(sourceName));
    m_undoStack.push(command);
}

projectfile::LoadResult ProjectDocument::open(const QString &path)
{
    projectfile::LoadResult result = projectfile::read(path);
    if (result.ok()) {
        reset(result.config, path);
    }
    return result;
}

Expected<void> ProjectDocument::saveAs(const QString &path)
{
    const Expected<void> result = projectfile::write(m_config, path);
    if (result) {
        finishTyping();
        m_undoStack.setClean();
        if (path != m_filePath) {
            m_filePath = path;
            Q_EMIT filePathChanged(m_filePath);
        }
    }
    return result;
}

void ProjectDocument::apply(const CorsConfig &config)
{
    m_config = config;
    Q_EMIT configChanged();
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::ApiType:
        return ProjectDocument::tr("API type");
    case Field::AllowOrigins:
        return ProjectDocument::tr("Allowed origins");
    case Field::AllowMethods:
        return ProjectDocument::tr("Allowed methods");
    case Field::AllowHeaders:
        return ProjectDocument::tr("Allowed headers");
    case Field::ExposeHeaders:
        return ProjectDocument::tr("Exposed headers");
    case Field::MaxAge:
        return ProjectDocument::tr("Max age");
    case Field::AllowCredentials:
        return ProjectDocument::tr("Credentials");
    case Field::Authorizer:
        return ProjectDocument::tr("Authorizer");
    case Field::ApiKeyRequired:
        return ProjectDocument::tr("API key");
    case Field::AuthorizePreflight:
        return ProjectDocument::tr("Preflight auth");
    case Field::GatewayResponses:
        return ProjectDocument::tr("Gateway responses");
    case Field::Routes:
        return ProjectDocument::tr("Routes");
    case Field::Stages:
        return ProjectDocument::tr("Stages");
    }
    return fieldKey(field);
}

} // namespace cors::gui
