// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/findingsmodel.h"
#include "model/field.h"

#include <QWidget>

class QLabel;
class QListView;

namespace cors::gui {

/// The advisor panel: every finding of validation and the advisor, errors first, with severity
/// icons; the selected one's fix and source below. Activating one (double-click, Enter) asks to
/// focus the field at fault.
class AdvisorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AdvisorPanel(QWidget *parent = nullptr);

    void setFindings(const Findings &findings);
    advisor::FindingsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    /// "1 error, 2 warnings, 3 notes".
    QString summary() const;

Q_SIGNALS:
    void findingActivated(cors::Field field, int entry);

private:
    void showDetails();

    advisor::FindingsModel *m_model;
    QListView *m_view;
    QLabel *m_summary;
    QLabel *m_details;
};

} // namespace cors::gui
