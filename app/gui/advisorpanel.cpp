// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisorpanel.h"

#include "advisor/advisor.h"
#include "appicons.h"
#include "findingmarks.h"
#include "fixbar.h"

#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

/// Adds what a view needs and core cannot give (it has no Gui): icons, the fix under each
/// message, the form's words and rich tooltips.
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
        case Qt::DisplayRole: {
            QString text = formText(finding.message);
            if (!finding.fix.isEmpty()) {
                text += u"\n→ "_s + formText(finding.fix);
            }
            return text;
        }
        case Qt::DecorationRole:
            return findingIcon(finding);
        case Qt::ToolTipRole:
            return findingHtml(finding);
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
    , m_fixBar(new FixBar(this))
    , m_fixTimer(new QTimer(this))
{
    m_fixTimer->setSingleShot(true);
    m_fixTimer->setInterval(60);
    connect(m_fixTimer, &QTimer::timeout, this, &AdvisorPanel::showFixes);
    m_view->setModel(new FindingsDecorator(m_model, this));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSpacing(1);
    m_view->setAccessibleName(tr("Advisor findings"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Findings summary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_fixBar);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const Finding finding = m_model->finding(index.row());
        Q_EMIT findingActivated(finding.field, finding.index);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AdvisorPanel::showDetails);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AdvisorPanel::showContextMenu);
    m_summary->setText(summary());
}

void AdvisorPanel::setFindings(const CorsConfig &config, const Findings &findings)
{
    m_config = config;
    if (findings == m_model->findings()) {
        showDetails(); // the same findings may have other fixes now
        return;
    }
    // The selection follows its finding (same rule, field and entry) across an edit.
    const int row = m_view->currentIndex().row();
    const std::optional<Finding> selected =
        row >= 0 ? std::optional(m_model->finding(row)) : std::nullopt;
    m_model->setFindings(findings);
    m_summary->setText(summary());
    int keep = findings.isEmpty() ? -1 : 0;
    for (int i = 0; selected && i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        if (f.rule == selected->rule && f.field == selected->field && f.index == selected->index) {
            keep = i;
            break;
        }
    }
    m_view->setCurrentIndex(m_view->model()->index(keep, 0));
    showDetails();
}

QString AdvisorPanel::summary() const
{
    if (m_model->findings().isEmpty()) {
        return tr("No findings: browsers and API Gateway will accept this configuration.");
    }
    int counts[3] = {0, 0, 0};
    for (const Finding &finding : m_model->findings()) {
        ++counts[static_cast<int>(finding.severity)];
    }
    const int blocking = blockingCount(m_model->findings());
    QStringList parts;
    if (blocking > 0) {
        parts.append(tr("Blocks the snippets: %1").arg(blocking));
    }
    if (const int failing = counts[int(Severity::Error)] - blocking; failing > 0) {
        parts.append(tr("Fails in browsers: %1").arg(failing));
    }
    if (counts[int(Severity::Warning)] > 0) {
        parts.append(tr("Warnings: %1").arg(counts[int(Severity::Warning)]));
    }
    if (counts[int(Severity::Info)] > 0) {
        parts.append(tr("Notes: %1").arg(counts[int(Severity::Info)]));
    }
    return parts.join(u" · "_s) + u" — "_s + tr("double-click one to go to its field.");
}

void AdvisorPanel::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        m_details->hide();
        m_fixTimer->start();
        return;
    }
    const Finding finding = m_model->finding(current.row());
    QString html = u"<b>%1</b>"_s.arg(advisor::displayId(finding.rule));
    if (!finding.source.isEmpty()) {
        html += u" · <i>%1</i> %2"_s.arg(tr("Source:"), finding.source.toHtmlEscaped());
    }
    m_details->setText(html);
    m_details->show();
    m_fixTimer->start();
}

void AdvisorPanel::showFixes()
{
    const QModelIndex current = m_view->currentIndex();
    m_fixBar->setFixes(current.isValid()
                           ? advisor::quickFixes(m_config, m_model->finding(current.row()))
                           : QList<advisor::QuickFix>{});
}

void AdvisorPanel::setApplyFix(ApplyFix apply)
{
    m_apply = apply;
    m_fixBar->setApplyFix(std::move(apply));
}

QList<QToolButton *> AdvisorPanel::fixButtons() const
{
    return m_fixBar->buttons();
}

void AdvisorPanel::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid() || !m_apply) {
        return;
    }
    const Finding finding = m_model->finding(index.row());
    QMenu menu(this);
    menu.addAction(tr("&Go to Field"), this,
                   [this, finding] { Q_EMIT findingActivated(finding.field, finding.index); });
    addFixActions(&menu, m_config, {finding}, finding.field, finding.index, m_apply);
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

} // namespace cors::gui
