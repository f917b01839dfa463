// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/templateimport.h"

#include <QDialog>

class QTreeWidget;

namespace cors::gui {

/// What an import could not take over as written, shown after File → Import: one row per note
/// (in the order of the template) (line, severity icon, message), the selected one in full with
/// its fix below, and Copy for issue trackers. Nothing is ever dropped silently, so the user sees
/// every value left as is.
class ImportReport final : public QDialog
{
    Q_OBJECT

public:
    ImportReport(const QString &templateName, const templateimport::ImportResult &result,
                 QWidget *parent = nullptr);

    QTreeWidget *notes() const { return m_notes; }
    /// The notes as FILE:LINE:COL lines, as `corscfg import` prints them.
    QString text() const { return m_text; }

private:
    QTreeWidget *m_notes;
    QString m_text;
};

} // namespace cors::gui
