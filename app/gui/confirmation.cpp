// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmation.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace cors::gui {

void confirmWritten(QWidget *parent, const QString &text, const QString &folder)
{
    QMessageBox box(QMessageBox::Information, QMessageBox::tr("Exported"), text, QMessageBox::Ok,
                    parent);
    QPushButton *open = box.addButton(QMessageBox::tr("Open Folder"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Ok);
    box.exec();
    if (box.clickedButton() == open) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    }
}

} // namespace cors::gui
