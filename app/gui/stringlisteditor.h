// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findingmarks.h"
#include "listcontrols.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <utility>

class QAction;
class QLineEdit;
class QMenu;
class QListWidget;
class QToolButton;

namespace cors::gui {

/// An editable list of strings (origins, headers): add (a pasted "a, b c" list is split into
/// entries), edit in place with every keystroke reported, remove, reorder, one-click presets.
/// Entries are kept exactly as typed; marks show what validation says about each.
class StringListEditor final : public QWidget
{
    Q_OBJECT

public:
    /// `itemName` says what an entry is ("origin", "header") in placeholders and accessible names.
    StringListEditor(const QString &accessibleName, const QString &placeholder,
                     QWidget *parent = nullptr);
    ~StringListEditor() override;

    QStringList entries() const;
    /// Shows `entries`; does nothing when they are already shown, so an open editor survives
    /// the document echoing an edit back.
    void setEntries(const QStringList &entries);

    /// Buttons that add a common entry (case-insensitively absent) with one click.
    void setPresets(const QStringList &presets);
    /// Per-entry marks (index = entry) from validation and the advisor.
    void setMarks(const QList<std::optional<Mark>> &marks);

    /// Selects `entry` (or the list) and gives it the keyboard focus.
    void focusEntry(int entry);
    /// Forgets the selection (a new project must not inherit what was selected).
    void clearSelection();

    /// What validation would say about text typed into the add field, checked while typing.
    using EntryChecker = std::function<std::optional<Mark>(const QString &text)>;
    void setEntryChecker(EntryChecker checker) { m_checker = std::move(checker); }
    /// Adds an entry's one-click fixes to its context menu.
    using MenuExtender = std::function<void(QMenu *menu, int entry)>;
    void setMenuExtender(MenuExtender extender) { m_extender = std::move(extender); }
    /// The add field's mark (its icon and tooltip say what is wrong with the typed text).
    QAction *addFieldMark() const { return m_addFieldMark; }

    QLineEdit *addField() const { return m_addField; }
    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    void addFromField();
    void addEntries(const QStringList &entries, bool skipExisting = false);
    void removeSelected();
    void moveCurrent(int delta);
    void pasteFromClipboard();

Q_SIGNALS:
    /// The user changed the list. `typing` is true for keystrokes in an entry's editor (`entry`
    /// is then its row), false for whole actions (add, remove, move, paste).
    void entriesEdited(const QStringList &entries, bool typing, int entry);
    /// An entry's editor closed: the next keystrokes start a new undo step.
    void editingFinished();

private:
    void updateButtons();
    void checkAddField();

    QListWidget *m_list;
    QLineEdit *m_addField;
    QToolButton *m_addButton;
    ListControls m_controls;
    QWidget *m_presetBar;
    QList<std::pair<QString, QToolButton *>> m_presetButtons;
    QAction *m_addFieldMark;
    EntryChecker m_checker;
    MenuExtender m_extender;
    bool m_updating = false;
};

} // namespace cors::gui
