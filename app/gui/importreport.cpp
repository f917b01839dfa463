// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

QIcon severityIcon(const QWidget *widget, Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return widget->style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

} // namespace

ImportReport::ImportReport(const QString &templateName, const templateimport::ImportResult &result,
                           QWidget *parent)
    : QDialog(parent)
    , m_notes(new QTreeWidget(this))
{
    setWindowTitle(tr("Imported from %1").arg(templateName));
    setAccessibleName(windowTitle());

    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setText(
        tr("<p>The form now holds the CORS settings of the %1 <b>%2</b> (%3) from %4.</p>"
           "<p>%n thing(s) could not be taken over as written. Values that are not literals "
           "were left as they are: set them in the form.</p>",
           "", int(result.notes.size()))
            .arg(apiTypeDisplayName(result.api.type), result.api.name.toHtmlEscaped(),
                 result.api.kind.toHtmlEscaped(), templateName.toHtmlEscaped()));

    m_notes->setColumnCount(2);
    m_notes->setHeaderLabels({tr("Line"), tr("Note")});
    m_notes->setRootIsDecorated(false);
    m_notes->setAlternatingRowColors(true);
    m_notes->setAccessibleName(tr("Import notes"));
    m_notes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_notes->header()->setStretchLastSection(true);
    for (const Diagnostic &note : result.notes) {
        auto *item = new QTreeWidgetItem(m_notes);
        item->setText(0, note.position.isValid() ? QString::number(note.position.line) : QString());
        item->setIcon(1, severityIcon(this, note.severity));
        item->setText(1, note.message);
        QString details = u"<p>%1</p>"_s.arg(note.message.toHtmlEscaped());
        if (!note.fix.isEmpty()) {
            details += u"<p><b>%1</b> %2</p>"_s.arg(tr("Fix:"), note.fix.toHtmlEscaped());
        }
        if (note.position.isValid()) {
            details += u"<p>%1</p>"_s.arg(tr("Line %1, column %2 of %3.")
                                              .arg(note.position.line)
                                              .arg(note.position.column)
                                              .arg(templateName.toHtmlEscaped()));
        }
        item->setData(1, Qt::UserRole, details);
        item->setToolTip(1, note.message);
        m_text += formatDiagnostic(templateName, note) + u'\n';
    }

    auto *details = new QTextBrowser(this);
    details->setAccessibleName(tr("Note details"));
    details->setPlaceholderText(tr("Select a note to read it in full."));
    connect(m_notes, &QTreeWidget::currentItemChanged, details,
            [details](QTreeWidgetItem *current) {
                details->setHtml(current ? current->data(1, Qt::UserRole).toString() : QString());
            });
    if (m_notes->topLevelItemCount() > 0) {
        m_notes->setCurrentItem(m_notes->topLevelItem(0));
    }
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_notes);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Notes"), QDialogButtonBox::ActionRole);
    copy->setEnabled(!result.notes.isEmpty());
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace cors::gui
