// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findingmarks.h"
#include "model/stage.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace cors::gui {

class StringListEditor;

/// The API's stages: a selector, add and remove, and the selected stage's origins (its own list,
/// or the project's allowed origins). The selected stage is also the one the local mock serves.
class StagesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit StagesEditor(QWidget *parent = nullptr);
    ~StagesEditor() override;

    QList<Stage> stages() const { return m_stages; }
    /// Shows `stages`, keeping the selected stage when it still exists.
    void setStages(const QList<Stage> &stages);
    /// The selected stage's index, or -1 without stages.
    int currentStage() const;
    /// Per-stage marks (index = stage) from validation and the advisor.
    void setMarks(const QList<std::optional<Mark>> &marks);
    /// Selects stage `entry` and focuses its origins.
    void focusEntry(int entry);

    QComboBox *selector() const { return m_selector; }
    QLineEdit *nameField() const { return m_name; }
    QCheckBox *ownOriginsBox() const { return m_ownOrigins; }
    StringListEditor *originsEditor() const { return m_origins; }

public Q_SLOTS:
    void addFromField();
    void removeCurrent();

Q_SIGNALS:
    /// The user changed the stages; `typing` for keystrokes in an origin (`entry` = the stage).
    void stagesEdited(const QList<Stage> &stages, bool typing, int entry);
    void editingFinished();
    /// Another stage was selected (the mock serves it).
    void currentStageChanged(int index);

private:
    void showCurrent();
    void emitEdited(bool typing);

    QList<Stage> m_stages;
    QComboBox *m_selector;
    QLineEdit *m_name;
    QToolButton *m_add;
    QToolButton *m_remove;
    QCheckBox *m_ownOrigins;
    StringListEditor *m_origins;
    QLabel *m_hint;
    bool m_showing = false;
};

} // namespace cors::gui
