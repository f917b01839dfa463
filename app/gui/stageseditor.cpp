// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stageseditor.h"

#include "appicons.h"
#include "listcontrols.h"
#include "stringlisteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

StagesEditor::StagesEditor(QWidget *parent)
    : QWidget(parent)
    , m_selector(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_ownOrigins(new QCheckBox(tr("Own origins (otherwise the allowed origins above)"), this))
    , m_hint(new QLabel(this))
{
    m_selector->setAccessibleName(tr("Stage"));
    m_selector->setToolTip(tr("The stage whose origins are shown below; the local mock serves "
                              "it."));
    m_name->setPlaceholderText(tr("New stage, e.g. prod"));
    m_name->setAccessibleName(tr("New stage name"));
    m_add = listToolButton(appIcon(u"list-add"_s), u"+"_s, tr("Add stage"), this);
    m_remove =
        listToolButton(appIcon(u"list-remove"_s), u"−"_s, tr("Remove the selected stage"), this);
    m_origins = new StringListEditor(tr("Stage origins"),
                                     tr("Add an origin of this stage, e.g. "
                                        "https://dev.example.com"),
                                     this);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("No stages: every stage deploys the allowed origins. Add dev and prod to "
                       "give each its own origins (SAM and CloudFormation pick them with a "
                       "StageName parameter, Terraform with a stage variable)."));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_selector, 1);
    top->addWidget(m_remove);
    top->addSpacing(12);
    top->addWidget(m_name, 1);
    top->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_ownOrigins);
    layout->addWidget(m_origins);

    connect(m_add, &QToolButton::clicked, this, &StagesEditor::addFromField);
    connect(m_name, &QLineEdit::returnPressed, this, &StagesEditor::addFromField);
    connect(m_remove, &QToolButton::clicked, this, &StagesEditor::removeCurrent);
    connect(m_selector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_showing) {
            showCurrent();
            Q_EMIT currentStageChanged(index);
        }
    });
    connect(m_ownOrigins, &QCheckBox::toggled, this, [this](bool own) {
        const int index = currentStage();
        if (m_showing || index < 0) {
            return;
        }
        m_stages[index].allowOrigins = own ? std::optional(m_origins->entries()) : std::nullopt;
        m_origins->setEnabled(own);
        emitEdited(false);
    });
    connect(m_origins, &StringListEditor::entriesEdited, this,
            [this](const QStringList &entries, bool typing, int) {
                const int index = currentStage();
                if (m_showing || index < 0) {
                    return;
                }
                m_stages[index].allowOrigins = entries;
                emitEdited(typing);
            });
    connect(m_origins, &StringListEditor::editingFinished, this, &StagesEditor::editingFinished);
    showCurrent();
}

StagesEditor::~StagesEditor() = default;

int StagesEditor::currentStage() const
{
    return m_stages.isEmpty() ? -1 : m_selector->currentIndex();
}

void StagesEditor::setStages(const QList<Stage> &stages)
{
    if (stages == m_stages && m_selector->count() == stages.size()) {
        return;
    }
    const QString selected = m_selector->currentText();
    m_stages = stages;
    m_showing = true;
    m_selector->clear();
    int index = 0;
    for (int i = 0; i < stages.size(); ++i) {
        const QString &name = stages[i].name;
        m_selector->addItem(name.isEmpty() ? tr("(no name)") : name);
        if (name == selected) {
            index = i;
        }
    }
    m_selector->setCurrentIndex(stages.isEmpty() ? -1 : index);
    m_showing = false;
    showCurrent();
}

void StagesEditor::showCurrent()
{
    const int index = currentStage();
    const bool any = index >= 0;
    m_showing = true;
    m_selector->setEnabled(any);
    m_remove->setEnabled(any);
    m_hint->setVisible(!any);
    m_ownOrigins->setVisible(any);
    m_origins->setVisible(any);
    if (any) {
        const Stage &stage = m_stages.at(index);
        m_ownOrigins->setChecked(stage.allowOrigins.has_value());
        m_origins->setEntries(stage.allowOrigins.value_or(QStringList()));
        m_origins->setEnabled(stage.allowOrigins.has_value());
    }
    m_showing = false;
}

void StagesEditor::emitEdited(bool typing)
{
    Q_EMIT stagesEdited(m_stages, typing, currentStage());
}

void StagesEditor::addFromField()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        return;
    }
    if (const Stage *existing = findStage(m_stages, name)) {
        m_selector->setCurrentIndex(int(existing - m_stages.constData())); // it exists: show it
        m_name->clear();
        return;
    }
    QList<Stage> stages = m_stages;
    stages.append(Stage{name, std::nullopt});
    m_name->clear();
    setStages(stages);
    m_selector->setCurrentIndex(int(stages.size()) - 1);
    emitEdited(false);
}

void StagesEditor::removeCurrent()
{
    const int index = currentStage();
    if (index < 0) {
        return;
    }
    QList<Stage> stages = m_stages;
    stages.removeAt(index);
    setStages(stages);
    m_selector->setCurrentIndex(std::min(index, int(stages.size()) - 1));
    emitEdited(false);
}

void StagesEditor::setMarks(const QList<std::optional<Mark>> &marks)
{
    for (int i = 0; i < m_selector->count(); ++i) {
        const std::optional<Mark> mark = marks.value(i);
        m_selector->setItemIcon(i, mark ? mark->icon() : QIcon());
        m_selector->setItemData(i, mark ? mark->toolTip : QString(), Qt::ToolTipRole);
    }
}

void StagesEditor::focusEntry(int entry)
{
    if (entry >= 0 && entry < m_selector->count()) {
        m_selector->setCurrentIndex(entry);
    }
    if (m_origins->isVisible() && m_origins->isEnabled()) {
        m_origins->focusEntry(0);
    } else {
        m_selector->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace cors::gui
