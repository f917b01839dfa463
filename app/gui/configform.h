// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findingmarks.h"
#include "model/corsconfig.h"
#include "model/field.h"
#include "model/finding.h"

#include <QMap>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace cors::gui {

class ProjectDocument;
class RoutesEditor;
class StagesEditor;
class StringListEditor;

/// The configurator form: one control per field of the configuration. Every change goes to the
/// document as an undoable edit; every document change (undo, open) shows here. Entries are kept
/// as typed, and findings are marked where they point.
class ConfigForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigForm(ProjectDocument *document, QWidget *parent = nullptr);

    /// The standard methods offered as checkboxes; `*` is offered on HTTP APIs.
    static QStringList standardMethods();
    /// The header presets offered with one click.
    static QStringList headerPresets();

    /// Marks errors and warnings at the fields and entries they are about.
    void setFindings(const Findings &findings);
    /// Gives the keyboard focus to a field (and list entry), e.g. from the advisor panel.
    void focusField(Field field, int entry = -1);
    /// The configuration of the stage selected in the form (CorsConfig::forStage), or the
    /// document's configuration without stages: what the local mock serves.
    CorsConfig selectedStageConfig() const;

Q_SIGNALS:
    /// Another stage was selected.
    void selectedStageChanged();

public:
    // For tests and the benchmark: the controls.
    RoutesEditor *routesEditor() const { return m_routes; }
    StagesEditor *stagesEditor() const { return m_stages; }
    StringListEditor *originsEditor() const { return m_origins; }
    StringListEditor *headersEditor() const { return m_headers; }
    StringListEditor *exposeEditor() const { return m_expose; }
    QCheckBox *methodBox(const QString &method) const { return m_methodBoxes.value(method); }
    QRadioButton *restButton() const { return m_rest; }
    QRadioButton *httpButton() const { return m_http; }
    QCheckBox *maxAgeEnabled() const { return m_maxAgeEnabled; }
    QSpinBox *maxAgeSpin() const { return m_maxAge; }
    QCheckBox *credentialsBox() const { return m_credentials; }
    QLineEdit *authorizerField() const { return m_authorizer; }
    QCheckBox *apiKeyBox() const { return m_apiKey; }
    QCheckBox *authorizePreflightBox() const { return m_authorizePreflight; }
    QCheckBox *gatewayResponsesBox() const { return m_gatewayResponses; }
    /// The button beside a field that shows its worst finding and opens its fixes.
    QToolButton *markButton(Field field) const { return m_marks.value(field); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showConfig();
    void showMethods(const CorsConfig &config);
    void toggleMethod(const QString &method, bool checked);
    void editList(Field field, const QStringList &entries, bool typing, int entry);
    template <typename Change>
    void editField(Field field, Change change, bool typing = false, int entry = -1);
    QWidget *withMark(Field field, QWidget *control);
    void showMarkMenu(Field field);
    void offerFixes(QMenu *menu, Field field, int entry);
    std::optional<Mark> checkNewEntry(Field field, const QString &text) const;
    /// Tab goes top to bottom, left to right, whatever order the controls were made in.
    void orderTabs();

    ProjectDocument *m_document;
    QRadioButton *m_rest;
    QRadioButton *m_http;
    QButtonGroup *m_apiGroup;
    RoutesEditor *m_routes;
    StringListEditor *m_origins;
    StagesEditor *m_stages;
    QWidget *m_methodsRow;
    QGridLayout *m_methodsLayout;
    QStringList m_methodLabels;
    QMap<QString, QCheckBox *> m_methodBoxes;
    StringListEditor *m_headers;
    StringListEditor *m_expose;
    QCheckBox *m_maxAgeEnabled;
    QSpinBox *m_maxAge;
    QCheckBox *m_credentials;
    QLineEdit *m_authorizer;
    QCheckBox *m_apiKey;
    QCheckBox *m_authorizePreflight;
    QCheckBox *m_gatewayResponses;
    QMap<Field, QToolButton *> m_marks;
    Findings m_findings;
    bool m_showing = false;
};

} // namespace cors::gui
