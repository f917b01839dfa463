// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeseditor.h"

#include "appicons.h"
#include "listcontrols.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

enum Column
{
    PathColumn,
    MethodsColumn,
    PublicColumn,
};

/// A cell editor that writes every keystroke back to the cell, so previews follow typing.
class LiveCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            connect(line, &QLineEdit::textEdited, this, [this, line] {
                Q_EMIT const_cast<LiveCellDelegate *>(this)->commitData(line);
            });
        }
        return editor;
    }
};

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
    return item;
}

QTableWidgetItem *publicItem(bool isPublic)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(isPublic ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

RoutesEditor::RoutesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_emptyHint(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_methods(new QLineEdit(this))
    , m_public(new QCheckBox(tr("Public"), this))
{
    m_addButton = listToolButton(appIcon(u"list-add"_s), u"+"_s, tr("Add route (Enter)"), this);
    m_proxyButton = new QToolButton(this);
    m_proxyButton->setText(tr("+ Lambda proxy (ANY / and ANY /{proxy+})"));
    m_proxyButton->setToolTip(tr("Add the two routes of a Lambda proxy API"));

    m_table->setAccessibleName(tr("Routes"));
    m_table->setHorizontalHeaderLabels({tr("Path"), tr("Methods"), tr("Public")});
    m_table->horizontalHeaderItem(PublicColumn)
        ->setToolTip(tr("Public: the API's authorizer does not guard this route."));
    m_table->horizontalHeader()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MethodsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PublicColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setItemDelegate(new LiveCellDelegate(m_table));
    m_table->setTabKeyNavigation(false);

    m_emptyHint->setText(tr("No routes: the API is one Lambda proxy, ANY / and ANY /{proxy+}. "
                            "Add the routes your API has so every path answers its own "
                            "preflight."));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    m_path->setPlaceholderText(tr("Path, e.g. /items/{id}"));
    m_path->setAccessibleName(tr("New route's path"));
    m_methods->setPlaceholderText(tr("Methods, e.g. GET, PUT or ANY"));
    m_methods->setAccessibleName(tr("New route's methods"));
    m_public->setToolTip(tr("The route is open although the API has an authorizer "
                            "(authorizer: none)."));

    m_controls =
        makeListControls(m_table, tr("Remove the selected route (Del)"),
                         {[this] { removeSelected(); }, [this](int delta) { moveCurrent(delta); },
                          [this] { pasteFromClipboard(); },
                          [this](QMenu *menu, int row) {
                              if (m_extender) {
                                  m_extender(menu, row);
                              }
                          }},
                         this);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_path, 3);
    addRow->addWidget(m_methods, 2);
    addRow->addWidget(m_public);
    addRow->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_controls.row);
    layout->addWidget(m_emptyHint);
    layout->addLayout(addRow);
    layout->addWidget(m_proxyButton, 0, Qt::AlignLeft);

    connect(m_path, &QLineEdit::returnPressed, this, &RoutesEditor::addFromFields);
    connect(m_methods, &QLineEdit::returnPressed, this, &RoutesEditor::addFromFields);
    connect(m_addButton, &QToolButton::clicked, this, &RoutesEditor::addFromFields);
    connect(m_proxyButton, &QToolButton::clicked, this, [this] {
        addRoutes({Route{u"/"_s, {anyMethod}, false}, Route{u"/{proxy+}"_s, {anyMethod}, false}});
    });
    connect(m_table, &QTableWidget::itemChanged, this, &RoutesEditor::cellChanged);
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            &RoutesEditor::editingFinished);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RoutesEditor::updateButtons);
    setTabOrder(m_table, m_path);
    setTabOrder(m_path, m_methods);
    setTabOrder(m_methods, m_public);
    setTabOrder(m_public, m_addButton);
    updateButtons();
    showEmptyHint();
}

RoutesEditor::~RoutesEditor()
{
    // An open cell editor commits as it is destroyed; that is not an edit.
    m_updating = true;
    blockSignals(true);
}

QList<Route> RoutesEditor::routes() const
{
    QList<Route> result;
    result.reserve(m_table->rowCount());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        result.append(Route{m_table->item(row, PathColumn)->text(),
                            parseMethods(m_table->item(row, MethodsColumn)->text()),
                            m_table->item(row, PublicColumn)->checkState() == Qt::Checked});
    }
    return result;
}

void RoutesEditor::setRoutes(const QList<Route> &routes)
{
    // Compared with what the table shows, not re-read from its cells: the document echoes every
    // keystroke back here.
    if (routes == m_shown) {
        return;
    }
    m_shown = routes;
    m_updating = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(int(routes.size()));
    for (int row = 0; row < routes.size(); ++row) {
        const Route &route = routes[row];
        // Reuse the items that are there so selection, scroll position and marks stay put.
        if (QTableWidgetItem *path = m_table->item(row, PathColumn)) {
            if (path->text() != route.path) {
                path->setText(route.path);
            }
            const QString methods = methodsText(route.methods);
            if (parseMethods(m_table->item(row, MethodsColumn)->text()) != route.methods) {
                m_table->item(row, MethodsColumn)->setText(methods);
            }
            m_table->item(row, PublicColumn)
                ->setCheckState(route.isPublic ? Qt::Checked : Qt::Unchecked);
        } else {
            m_table->setItem(row, PathColumn, textItem(route.path));
            m_table->setItem(row, MethodsColumn, textItem(methodsText(route.methods)));
            m_table->setItem(row, PublicColumn, publicItem(route.isPublic));
        }
    }
    if (current >= 0 && current < m_table->rowCount()) {
        m_table->setCurrentCell(current, m_table->currentColumn());
    }
    m_updating = false;
    updateButtons();
    showEmptyHint();
}

void RoutesEditor::setMarks(const QList<std::optional<Mark>> &marks)
{
    m_updating = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const std::optional<Mark> mark = marks.value(row);
        QTableWidgetItem *path = m_table->item(row, PathColumn);
        path->setIcon(mark ? mark->icon() : QIcon());
        for (int column = PathColumn; column <= PublicColumn; ++column) {
            m_table->item(row, column)->setToolTip(mark ? mark->toolTip : QString());
        }
    }
    m_updating = false;
}

void RoutesEditor::focusEntry(int entry)
{
    if (entry >= 0 && entry < m_table->rowCount()) {
        m_table->setCurrentCell(entry, PathColumn);
        m_table->scrollToItem(m_table->item(entry, PathColumn));
        m_table->setFocus(Qt::OtherFocusReason);
    } else if (m_table->rowCount() == 0) {
        m_path->setFocus(Qt::OtherFocusReason);
    } else {
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

QList<Route> RoutesEditor::parseRoutes(const QString &text)
{
    QList<Route> parsed;
    for (const QString &line : text.split(u'\n')) {
        Route route;
        for (const QString &token : parseMethods(line)) {
            if (route.path.isEmpty() && (token.startsWith(u'/') || token.startsWith(u'$'))) {
                route.path = token;
            } else if (token.compare(u"public"_s, Qt::CaseInsensitive) == 0) {
                route.isPublic = true;
            } else {
                route.methods.append(token);
            }
        }
        if (!route.path.isEmpty()) {
            parsed.append(route);
        }
    }
    return parsed;
}

QString RoutesEditor::methodsText(const QStringList &methods)
{
    return methods.join(u", "_s);
}

QStringList RoutesEditor::parseMethods(const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

void RoutesEditor::addFromFields()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_path->setFocus(Qt::OtherFocusReason);
        return;
    }
    QStringList methods = parseMethods(m_methods->text());
    if (methods.isEmpty()) {
        methods = {anyMethod};
    }
    addRoutes({Route{path, methods, m_public->isChecked()}});
    m_path->clear();
    m_methods->clear();
    m_public->setChecked(false);
    m_path->setFocus(Qt::OtherFocusReason);
}

void RoutesEditor::addRoutes(const QList<Route> &added)
{
    if (added.isEmpty()) {
        return;
    }
    const QList<Route> result = routes() + added;
    setRoutes(result);
    // Only the added rows are selected, so "−" never removes an earlier selection too.
    m_table->clearSelection();
    m_table->setCurrentCell(int(result.size()) - 1, PathColumn);
    Q_EMIT routesEdited(result, false, -1);
}

void RoutesEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QList<Route> result = routes();
    for (const int row : rows) {
        result.removeAt(row);
    }
    setRoutes(result);
    m_table->clearSelection();
    if (!result.isEmpty()) {
        m_table->setCurrentCell(std::min(rows.last(), int(result.size()) - 1), PathColumn);
    }
    Q_EMIT routesEdited(result, false, -1);
}

void RoutesEditor::moveCurrent(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount()) {
        return;
    }
    QList<Route> result = routes();
    result.move(row, target);
    setRoutes(result);
    m_table->clearSelection();
    m_table->setCurrentCell(target, m_table->currentColumn());
    Q_EMIT routesEdited(result, false, -1);
}

void RoutesEditor::clearSelection()
{
    m_table->clearSelection();
    m_table->setCurrentCell(-1, -1);
    updateButtons();
}

void RoutesEditor::pasteFromClipboard()
{
    addRoutes(parseRoutes(QApplication::clipboard()->text()));
}

void RoutesEditor::cellChanged(QTableWidgetItem *item)
{
    if (m_updating) {
        return;
    }
    // Ticking "Public" is a whole action; typing in a cell merges into one step per cell.
    m_shown = routes();
    Q_EMIT routesEdited(m_shown, item->column() != PublicColumn, item->row());
}

void RoutesEditor::updateButtons()
{
    m_controls.update(m_table->selectionModel()->hasSelection(), m_table->currentRow(),
                      m_table->rowCount());
}

void RoutesEditor::showEmptyHint()
{
    m_emptyHint->setVisible(m_table->rowCount() == 0);
    // As tall as its routes, from two rows up to eight; more scroll.
    const int rows = std::clamp(m_table->rowCount(), 2, 8);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());
}

} // namespace cors::gui
