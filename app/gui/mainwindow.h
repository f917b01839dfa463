// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"
#include "import/templateimport.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>

class QAction;
class QDialog;
class QMenu;
class QSplitter;
class QTabWidget;

namespace cors::gui {

class AdvisorPanel;
class ConfigForm;
class ExampleHint;
class MockPanel;
class PreviewPane;
class ProjectDocument;
class Settings;
class TesterPanel;

/// The main window: the form, the live previews and the advisor on the Configure page, the
/// tester on the Test page; menus with a shortcut for every action; projects (new, open, save,
/// recent files, drag and drop, unsaved-changes prompt).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Asks what to do with unsaved changes: Save, Discard or Cancel. Tests replace it.
    using SavePrompt = std::function<QMessageBox::StandardButton(const QString &documentName)>;

    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }
    ConfigForm *form() const { return m_form; }
    PreviewPane *previews() const { return m_previews; }
    AdvisorPanel *advisor() const { return m_advisor; }
    TesterPanel *tester() const { return m_tester; }
    MockPanel *mock() const { return m_mock; }
    QTabWidget *pages() const { return m_pages; }
    ExampleHint *exampleHint() const { return m_hint; }
    void setSavePrompt(SavePrompt prompt) { m_savePrompt = std::move(prompt); }
    /// Shows an error (a message box); tests replace it.
    using ErrorSink = std::function<void(const QString &title, const QString &text)>;
    void setErrorSink(ErrorSink sink) { m_errorSink = std::move(sink); }

    /// Picks one of several APIs a template defines: their index, or -1 to cancel. Tests
    /// replace it.
    using ApiChooser = std::function<int(const QList<templateimport::ApiCandidate> &apis)>;
    void setApiChooser(ApiChooser chooser) { m_apiChooser = std::move(chooser); }
    /// Shows what an import could not take over (the ImportReport dialog); tests replace it.
    using ImportNotesSink = std::function<void(const QString &templateName,
                                               const templateimport::ImportResult &result)>;
    void setImportNotesSink(ImportNotesSink sink) { m_importNotesSink = std::move(sink); }

    /// Opens a project file after asking about unsaved changes; errors are shown. Returns
    /// whether it was opened.
    bool openFile(const QString &path);
    /// Imports a SAM, CloudFormation or OpenAPI template into a new untitled project, after
    /// asking about unsaved changes and, with several APIs, which one. A project file is opened
    /// instead. Errors are shown; returns whether something was imported or opened.
    bool importFile(const QString &path);
    /// Saves to `path`; returns whether it worked (errors are shown).
    bool saveTo(const QString &path);
    /// Exports, without dialogs: the files written, or why it failed.
    Expected<QStringList> exportCurrentTo(const QString &path);
    Expected<QStringList> exportAllTo(const QString &directory);
    /// Asks about unsaved changes; returns false when the user cancelled.
    bool maybeSave();

public Q_SLOTS:
    void newProject();
    void open();
    void importTemplate();
    bool save();
    bool saveAs();
    void exportCurrent();
    void exportAll();
    void showPreferences();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    bool loadFile(const QString &path);
    void refresh();
    void updateTitle();
    void updateRecentMenu();
    void showError(const QString &title, const QString &text);
    void stackPanesFor(int windowWidth);
    /// Sizes the form and the snippets for the splitter's orientation and size.
    void fitPanes();

    Settings *m_settings;
    ProjectDocument *m_document;
    QTabWidget *m_pages;
    QSplitter *m_splitter;
    ConfigForm *m_form;
    PreviewPane *m_previews;
    AdvisorPanel *m_advisor;
    TesterPanel *m_tester;
    MockPanel *m_mock;
    QMenu *m_recentMenu = nullptr;
    ExampleHint *m_hint = nullptr;
    QDialog *m_guide = nullptr;
    bool m_fitPanesOnShow = false;
    SavePrompt m_savePrompt;
    ErrorSink m_errorSink;
    ApiChooser m_apiChooser;
    ImportNotesSink m_importNotesSink;
};

} // namespace cors::gui
