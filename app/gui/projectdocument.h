// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/quickfix.h"
#include "io/projectfile.h"
#include "model/corsconfig.h"
#include "model/field.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace cors::gui {

/// The configuration being edited, its file and its history. Every change goes through the undo
/// stack; typing into one field merges into one undo step until the edit is finished.
class ProjectDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);

    const CorsConfig &config() const { return m_config; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Empty for a project never saved.
    QString filePath() const { return m_filePath; }
    /// The file's name, or "Untitled" (translated).
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }

    /// Makes `changed` the configuration, as one undoable step named after `field`. With
    /// `typing`, consecutive changes of the same field (and entry) merge into that step until
    /// finishTyping(). Does nothing when nothing changes.
    void edit(Field field, const CorsConfig &changed, bool typing = false, int entry = -1);
    /// Applies a one-click fix as one undo step named after it ("Fix: Add OPTIONS …").
    void applyFix(const advisor::QuickFix &fix);
    /// Ends the current typing step: the next edit starts a new one.
    void finishTyping() { ++m_typingSession; }

    /// Starts over with `config` (File → New, Open): no history, unmodified.
    void reset(const CorsConfig &config, const QString &filePath = {});
    /// Starts an untitled project from settings imported out of a template: one undo step
    /// ("Import template.yaml") on top of a blank configuration, so the project counts as
    /// modified until it is saved.
    void importConfig(const CorsConfig &config, const QString &sourceName);
    /// Reads a project file; on failure nothing changes and the result says why.
    projectfile::LoadResult open(const QString &path);
    /// Writes atomically to `path` and makes it the document's file.
    Expected<void> saveAs(const QString &path);

Q_SIGNALS:
    /// After every change of the configuration: edits, undo, redo, reset.
    void configChanged();
    /// In reset(), before the new configuration is shown: a different project, so views forget
    /// what they showed and selected in the last one.
    void projectReplaced();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    friend class EditCommand;
    void apply(const CorsConfig &config);

    CorsConfig m_config;
    QString m_filePath;
    QUndoStack m_undoStack;
    int m_typingSession = 0;
};

/// A human name for a field, for labels and undo steps: "Allowed origins", "Max age", ...
QString fieldLabel(Field field);

} // namespace cors::gui
