// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findingmarks.h"
#include "listcontrols.h"
#include "model/route.h"

#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace cors::gui {

/// The API's routes as a table: path, methods (comma-separated, or ANY) and whether the route is
/// public (no authorizer). Cells are edited in place with every keystroke reported; rows are
/// added from the fields below (or pasted as lines such as "GET,PUT /items/{id}"), removed and
/// reordered. Routes are kept as typed; marks show what validation says about each.
class RoutesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RoutesEditor(QWidget *parent = nullptr);
    ~RoutesEditor() override;

    QList<Route> routes() const;
    /// Shows `routes`; does nothing when they are already shown, so an open cell editor survives
    /// the document echoing an edit back.
    void setRoutes(const QList<Route> &routes);
    /// Per-route marks (index = route) from validation and the advisor.
    void setMarks(const QList<std::optional<Mark>> &marks);
    /// Selects `entry` (or the table) and gives it the keyboard focus.
    void focusEntry(int entry);
    /// Forgets the selection (a new project must not inherit what was selected).
    void clearSelection();
    /// Adds a route's one-click fixes to its context menu.
    using MenuExtender = std::function<void(QMenu *menu, int entry)>;
    void setMenuExtender(MenuExtender extender) { m_extender = std::move(extender); }

    /// Routes from pasted text, one per line: a path ("/items/{id}", "$default"), its methods
    /// and, optionally, "public". Lines without a path are skipped.
    static QList<Route> parseRoutes(const QString &text);
    /// "GET, PUT" for a cell; parseMethods() reads it back.
    static QString methodsText(const QStringList &methods);
    static QStringList parseMethods(const QString &text);

    QTableWidget *table() const { return m_table; }
    QLineEdit *pathField() const { return m_path; }
    QLineEdit *methodsField() const { return m_methods; }
    QCheckBox *publicBox() const { return m_public; }

public Q_SLOTS:
    void addFromFields();
    void addRoutes(const QList<Route> &added);
    void removeSelected();
    void moveCurrent(int delta);
    void pasteFromClipboard();

Q_SIGNALS:
    /// The user changed the routes. `typing` is true for keystrokes in a cell (`entry` is then its
    /// row), false for whole actions (add, remove, move, paste, the public box).
    void routesEdited(const QList<Route> &routes, bool typing, int entry);
    /// A cell's editor closed: the next keystrokes start a new undo step.
    void editingFinished();

private:
    void cellChanged(QTableWidgetItem *item);
    void updateButtons();
    void showEmptyHint();

    QTableWidget *m_table;
    QLabel *m_emptyHint;
    QLineEdit *m_path;
    QLineEdit *m_methods;
    QCheckBox *m_public;
    QToolButton *m_addButton;
    QToolButton *m_proxyButton;
    ListControls m_controls;
    MenuExtender m_extender;
    QList<Route> m_shown; ///< routes() as of the last change, without reading the cells again
    bool m_updating = false;
};

} // namespace cors::gui
