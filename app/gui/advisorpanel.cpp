// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisorpanel.h"

#include "advisor/advisor.h"
#include "findingmarks.h"

#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

/// Adds what a view needs and core cannot give (it has no Gui): icons and rich tooltips.
class FindingsDecorator final : public QIdentityProxyModel
{
public:
    FindingsDecorator(advisor::FindingsModel *findings, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_findings(findings)
    {
        setSourceModel(findings);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid()) {
            return {};
        }
        const Finding finding = m_findings->finding(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return finding.message;
        case Qt::DecorationRole:
            return severityIcon(finding.severity);
        case Qt::ToolTipRole:
            return QString(u"<b>"_s + advisor::displayId(finding.rule) + u"</b>"_s +
                           findingHtml(finding));
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }

private:
    advisor::FindingsModel *m_findings;
};

} // namespace

AdvisorPanel::AdvisorPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new advisor::FindingsModel(this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
{
    m_view->setModel(new FindingsDecorator(m_model, this));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Advisor findings"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Findings summary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const Finding finding = m_model->finding(index.row());
        Q_EMIT findingActivated(finding.field, finding.index);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AdvisorPanel::showDetails);
}

void AdvisorPanel::setFindings(const Findings &findings)
{
    if (findings == m_model->findings()) {
        return;
    }
    m_model->setFindings(findings);
    m_summary->setText(summary());
    showDetails();
}

QString AdvisorPanel::summary() const
{
    int counts[3] = {0, 0, 0};
    for (const Finding &finding : m_model->findings()) {
        ++counts[static_cast<int>(finding.severity)];
    }
    if (m_model->findings().isEmpty()) {
        return tr("No findings: browsers and API Gateway will accept this configuration.");
    }
    return tr("%n error(s)", nullptr, counts[int(Severity::Error)]) + u", "_s +
           tr("%n warning(s)", nullptr, counts[int(Severity::Warning)]) + u", "_s +
           tr("%n note(s)", nullptr, counts[int(Severity::Info)]) + u" — "_s +
           tr("double-click one to go to its field.");
}

void AdvisorPanel::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Finding finding = m_model->finding(current.row());
    QString html = u"<b>%1</b> "_s.arg(advisor::displayId(finding.rule));
    if (!finding.fix.isEmpty()) {
        html += u"<i>%1</i> %2"_s.arg(tr("Fix:"), finding.fix.toHtmlEscaped());
    }
    if (!finding.source.isEmpty()) {
        html += u"<br><i>%1</i> %2"_s.arg(tr("Source:"), finding.source.toHtmlEscaped());
    }
    m_details->setText(html);
}

} // namespace cors::gui
