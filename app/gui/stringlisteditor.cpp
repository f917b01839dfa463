// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringlisteditor.h"

#include "appicons.h"
#include "http/origin.h"
#include "listcontrols.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

/// An item editor that writes every keystroke back to the item, so previews follow typing.
class LiveEditDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        auto *editor =
            static_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
        connect(editor, &QLineEdit::textEdited, this, [this, editor] {
            Q_EMIT const_cast<LiveEditDelegate *>(this)->commitData(editor);
        });
        return editor;
    }
};

} // namespace

StringListEditor::StringListEditor(const QString &accessibleName, const QString &placeholder,
                                   QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_addField(new QLineEdit(this))
    , m_presetBar(new QWidget(this))
{
    m_addButton = listToolButton(appIcon(u"list-add"_s), u"+"_s, tr("Add (Enter)"), this);
    m_list->setAccessibleName(accessibleName);
    // One entry at a time: Remove never takes entries the user did not mean (#21).
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_list->setItemDelegate(new LiveEditDelegate(m_list));
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 8);

    m_addField->setPlaceholderText(placeholder);
    m_addField->setAccessibleName(tr("New entry for %1").arg(accessibleName));
    m_addField->setClearButtonEnabled(true);
    m_addFieldMark = m_addField->addAction(QIcon(), QLineEdit::TrailingPosition);
    m_addFieldMark->setVisible(false);

    m_controls =
        makeListControls(m_list, tr("Remove selected (Del)"),
                         {[this] { removeSelected(); }, [this](int delta) { moveCurrent(delta); },
                          [this] { pasteFromClipboard(); },
                          [this](QMenu *menu, int row) {
                              if (m_extender) {
                                  m_extender(menu, row);
                              }
                          }},
                         this);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addField, 1);
    addRow->addWidget(m_addButton);

    auto *presetLayout = new QGridLayout(m_presetBar);
    presetLayout->setContentsMargins(0, 0, 0, 0);
    m_presetBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_controls.row);
    layout->addLayout(addRow);
    layout->addWidget(m_presetBar);

    connect(m_addField, &QLineEdit::returnPressed, this, &StringListEditor::addFromField);
    connect(m_addField, &QLineEdit::textChanged, this, &StringListEditor::checkAddField);
    connect(m_addButton, &QToolButton::clicked, this, &StringListEditor::addFromField);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_updating) {
            Q_EMIT entriesEdited(entries(), true, m_list->row(item));
        }
    });
    connect(m_list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            &StringListEditor::editingFinished);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &StringListEditor::updateButtons);
    updateButtons();
}

StringListEditor::~StringListEditor()
{
    // An open entry editor commits as it is destroyed; that is not an edit.
    m_updating = true;
    blockSignals(true);
}

QStringList StringListEditor::entries() const
{
    QStringList result;
    result.reserve(m_list->count());
    for (int row = 0; row < m_list->count(); ++row) {
        result.append(m_list->item(row)->text());
    }
    return result;
}

void StringListEditor::setEntries(const QStringList &entries)
{
    if (entries == this->entries()) {
        return;
    }
    m_updating = true;
    const int current = m_list->currentRow();
    // Reuse the items that are there so selection and scroll position stay put.
    while (m_list->count() > entries.size()) {
        delete m_list->takeItem(m_list->count() - 1);
    }
    for (int row = 0; row < entries.size(); ++row) {
        if (row < m_list->count()) {
            m_list->item(row)->setText(entries[row]);
        } else {
            auto *item = new QListWidgetItem(entries[row], m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    if (current >= 0 && current < m_list->count()) {
        m_list->setCurrentRow(current);
    }
    m_updating = false;
    updateButtons();
}

void StringListEditor::setPresets(const QStringList &presets)
{
    auto *layout = static_cast<QGridLayout *>(m_presetBar->layout());
    constexpr int columns = 2; // fits the form at 1024 px
    for (int i = 0; i < presets.size(); ++i) {
        const QString &preset = presets[i];
        auto *button = new QToolButton(m_presetBar);
        button->setText(u"+ "_s + preset);
        button->setToolTip(tr("Add %1").arg(preset));
        button->setAccessibleName(tr("Add %1").arg(preset));
        connect(button, &QToolButton::clicked, this,
                [this, preset] { addEntries({preset}, true); });
        layout->addWidget(button, i / columns, i % columns);
        m_presetButtons.append({preset, button});
    }
    updateButtons();
    layout->setColumnStretch(columns, 1);
    m_presetBar->setVisible(!presets.isEmpty());
}

void StringListEditor::setMarks(const QList<std::optional<Mark>> &marks)
{
    m_updating = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const std::optional<Mark> mark = marks.value(row);
        item->setIcon(mark ? mark->icon() : QIcon());
        item->setToolTip(mark ? mark->toolTip : QString());
    }
    m_updating = false;
}

void StringListEditor::focusEntry(int entry)
{
    if (entry >= 0 && entry < m_list->count()) {
        m_list->setCurrentRow(entry);
        m_list->scrollToItem(m_list->item(entry));
        m_list->setFocus(Qt::OtherFocusReason);
    } else if (m_list->count() == 0) {
        m_addField->setFocus(Qt::OtherFocusReason);
    } else {
        m_list->setFocus(Qt::OtherFocusReason);
    }
}

void StringListEditor::clearSelection()
{
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    updateButtons();
}

void StringListEditor::checkAddField()
{
    const QString text = m_addField->text();
    const std::optional<Mark> mark =
        text.trimmed().isEmpty() || !m_checker ? std::nullopt : m_checker(text);
    m_addFieldMark->setVisible(mark.has_value());
    m_addFieldMark->setIcon(mark ? mark->icon() : QIcon());
    m_addFieldMark->setToolTip(mark ? mark->toolTip : QString());
    m_addField->setToolTip(mark ? mark->toolTip : QString());
}

void StringListEditor::addFromField()
{
    const QStringList added = http::splitEntries(m_addField->text());
    if (added.isEmpty()) {
        return;
    }
    m_addField->clear();
    addEntries(added);
}

void StringListEditor::addEntries(const QStringList &added, bool skipExisting)
{
    QStringList result = entries();
    bool changed = false;
    for (const QString &entry : added) {
        // What the user typed is kept even when it repeats an entry (validation says so); a
        // preset already there in any case is not added twice.
        if (!skipExisting || !result.contains(entry, Qt::CaseInsensitive)) {
            result.append(entry);
            changed = true;
        }
    }
    if (changed) {
        setEntries(result);
        m_list->setCurrentRow(int(result.size()) - 1);
        Q_EMIT entriesEdited(result, false, -1);
    }
}

void StringListEditor::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_list->selectedItems()) {
        rows.append(m_list->row(item));
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QStringList result = entries();
    for (const int row : rows) {
        result.removeAt(row);
    }
    setEntries(result);
    m_list->setCurrentRow(std::min(rows.last(), int(result.size()) - 1));
    Q_EMIT entriesEdited(result, false, -1);
}

void StringListEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count()) {
        return;
    }
    QStringList result = entries();
    result.move(row, target);
    setEntries(result);
    m_list->setCurrentRow(target);
    Q_EMIT entriesEdited(result, false, -1);
}

void StringListEditor::pasteFromClipboard()
{
    addEntries(http::splitEntries(QApplication::clipboard()->text()));
}

void StringListEditor::updateButtons()
{
    m_controls.update(!m_list->selectedItems().isEmpty(), m_list->currentRow(), m_list->count());
    // A preset already in the list has nothing to add (header names are case-insensitive).
    const QStringList current = entries();
    for (const auto &[preset, button] : std::as_const(m_presetButtons)) {
        const bool present = current.contains(preset, Qt::CaseInsensitive);
        button->setEnabled(!present);
        button->setToolTip(present ? tr("%1 is already in the list").arg(preset)
                                   : tr("Add %1").arg(preset));
    }
}

} // namespace cors::gui
