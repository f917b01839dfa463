// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "advisor/advisor.h"
#include "advisorpanel.h"
#include "configform.h"
#include "confirmation.h"
#include "examplehint.h"
#include "helpdialogs.h"
#include "importreport.h"
#include "io/diagnostic.h"
#include "mockpanel.h"
#include "model/validator.h"
#include "preferencesdialog.h"
#include "previewpane.h"
#include "projectdocument.h"
#include "render/export.h"
#include "settings.h"
#include "testerpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QInputDialog>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

constexpr int statusTimeoutMs = 5000;

QString projectFilter()
{
    return MainWindow::tr("CORS Configurator projects (*.cors.yaml);;YAML files (*.yaml *.yml);;"
                          "All files (*)");
}

QString templateFilter()
{
    return MainWindow::tr("Templates (*.yaml *.yml *.json *.template);;All files (*)");
}

bool isProjectFileName(const QString &path)
{
    return path.endsWith(projectfile::fileSuffix, Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_document(new ProjectDocument(this))
    , m_pages(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowIcon(QIcon(u":/icons/cors-configurator.svg"_s));
    setAcceptDrops(true);
    m_errorSink = [this](const QString &title, const QString &text) {
        QMessageBox::warning(this, title, text);
    };
    m_savePrompt = [this](const QString &name) {
        return QMessageBox::warning(
            this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Save them before closing it?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };

    m_apiChooser = [this](const QList<templateimport::ApiCandidate> &apis) {
        QStringList items;
        for (const templateimport::ApiCandidate &api : apis) {
            items.append(tr("%1 — %2, %3, line %4")
                             .arg(api.name, apiTypeDisplayName(api.type), api.kind)
                             .arg(api.position.line));
        }
        bool ok = false;
        const QString item = QInputDialog::getItem(
            this, tr("Choose an API"),
            tr("The template defines %n APIs. Import the CORS settings of:", "", int(apis.size())),
            items, 0, false, &ok);
        return ok ? int(items.indexOf(item)) : -1;
    };
    m_importNotesSink = [this](const QString &name, const templateimport::ImportResult &result) {
        if (!result.notes.isEmpty()) {
            auto *report = new ImportReport(name, result, this);
            report->setAttribute(Qt::WA_DeleteOnClose);
            report->show();
        }
    };

    m_form = new ConfigForm(m_document, this);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    // The form scrolls both ways below its natural width, so the window fits 1024×700 and
    // a 1366×768 laptop (#21); above it, it takes its natural width.
    formScroll->setMinimumWidth(std::min(m_form->minimumSizeHint().width(), 380));

    m_previews = new PreviewPane(this);
    m_advisor = new AdvisorPanel(this);
    auto *advisorBox = new QGroupBox(tr("Advisor"), this);
    auto *advisorLayout = new QVBoxLayout(advisorBox);
    advisorLayout->addWidget(m_advisor);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_previews);
    right->addWidget(advisorBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    m_splitter->addWidget(formScroll);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    m_tester = new TesterPanel(m_settings, this);
    m_mock = new MockPanel(m_settings, this);
    auto *mockBox = new QGroupBox(tr("Local mock"), this);
    auto *mockLayout = new QVBoxLayout(mockBox);
    mockLayout->addWidget(m_mock);
    auto *testPage = new QSplitter(Qt::Vertical, this);
    testPage->addWidget(m_tester);
    testPage->addWidget(mockBox);
    testPage->setStretchFactor(0, 3);
    testPage->setStretchFactor(1, 1);
    testPage->setChildrenCollapsible(false);
    // The test page scrolls rather than setting the window's minimum height.
    auto *testScroll = new QScrollArea(this);
    testScroll->setWidget(testPage);
    testScroll->setWidgetResizable(true);
    testScroll->setFrameShape(QFrame::NoFrame);
    auto *configurePage = new QWidget(this);
    auto *configureLayout = new QVBoxLayout(configurePage);
    configureLayout->setContentsMargins(0, 0, 0, 0);
    configureLayout->setSpacing(0);
    m_hint = new ExampleHint(configurePage);
    configureLayout->addWidget(m_hint);
    configureLayout->addWidget(m_splitter, 1);
    m_pages->addTab(configurePage, tr("Configure"));
    m_pages->addTab(testScroll, tr("Test"));
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);

    createActions();
    statusBar();

    connect(m_document, &ProjectDocument::projectReplaced, m_previews,
            &PreviewPane::forgetSnippets);
    connect(m_document, &ProjectDocument::configChanged, this, &MainWindow::refresh);
    connect(m_form, &ConfigForm::selectedStageChanged, this, &MainWindow::refresh);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    m_advisor->setApplyFix([this](const advisor::QuickFix &fix) { m_document->applyFix(fix); });
    connect(m_advisor, &AdvisorPanel::findingActivated, this, [this](Field field, int entry) {
        m_pages->setCurrentIndex(0);
        m_form->focusField(field, entry);
    });
    const auto showStatus = [this](const QString &message) {
        statusBar()->showMessage(message, statusTimeoutMs);
    };
    connect(m_previews, &PreviewPane::statusMessage, this, showStatus);
    connect(m_previews, &PreviewPane::exportCurrentRequested, this, &MainWindow::exportCurrent);
    connect(m_previews, &PreviewPane::exportAllRequested, this, &MainWindow::exportAll);
    connect(m_tester, &TesterPanel::statusMessage, this, showStatus);
    m_tester->setApplyFix([this](const advisor::QuickFix &fix) {
        m_document->applyFix(fix);
        statusBar()->showMessage(tr("Applied: %1. The local mock serves it now; deploy the "
                                    "snippets to take it live.")
                                     .arg(fix.label),
                                 statusTimeoutMs);
    });
    connect(m_mock, &MockPanel::statusMessage, this, showStatus);
    connect(m_mock, &MockPanel::started, m_tester, &TesterPanel::pointAt);

    if (!restoreGeometry(m_settings->windowGeometry.get())) {
        // The first window fits the screen it opens on (a 1366×768 laptop included).
        const QRect available = screen()->availableGeometry();
        const QSize size(std::min(1280, available.width() * 95 / 100),
                         std::min(820, available.height() * 90 / 100));
        stackPanesFor(size.width()); // first, so a narrow screen gets the narrower minimum
        resize(size);
    }
    restoreState(m_settings->windowState.get());
    // Without saved sizes the panes are fitted when the window is first shown, at its size.
    m_fitPanesOnShow = !m_splitter->restoreState(m_settings->splitterState.get());

    refresh();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The pages go first, while the document still exists and nothing here reacts to it: an
    // entry editor that is open commits its text as it is destroyed.
    disconnect(m_document, nullptr, this, nullptr);
    delete takeCentralWidget();
}

void MainWindow::refresh()
{
    const CorsConfig &config = m_document->config();
    const Findings validation = validate(config);
    const Findings findings = advisor::lint(config, validation);
    const auto errors = std::count_if(validation.cbegin(), validation.cend(), [](const Finding &f) {
        return f.severity == Severity::Error;
    });
    m_previews->showConfig(config, int(errors));
    m_advisor->setFindings(config, findings);
    m_form->setFindings(findings);
    // The tester judges against the stage the form shows (the one the local mock serves).
    m_tester->setProjectConfig(m_form->selectedStageConfig());
    m_mock->setConfig(m_form->selectedStageConfig(), errors == 0);
    m_hint->update(m_document->filePath().isEmpty() && !m_document->isModified() &&
                   config == CorsConfig{});
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_document->filePath());
    setWindowTitle(
        u"%1[*] — %2"_s.arg(m_document->displayName(), QApplication::applicationDisplayName()));
    setWindowModified(m_document->isModified());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified()) {
        return true;
    }
    switch (m_savePrompt(m_document->displayName())) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::newProject()
{
    if (maybeSave()) {
        m_document->reset(CorsConfig{});
        statusBar()->showMessage(tr("New project from the least-privilege example."),
                                 statusTimeoutMs);
    }
}

void MainWindow::open()
{
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), m_settings->lastDirectory.get(), projectFilter());
    if (!path.isEmpty()) {
        loadFile(path);
    }
}

bool MainWindow::openFile(const QString &path)
{
    return maybeSave() && loadFile(path);
}

void MainWindow::importTemplate()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Template"), m_settings->lastDirectory.get(), templateFilter());
    if (!path.isEmpty()) {
        importFile(path);
    }
}

bool MainWindow::importFile(const QString &path)
{
    if (!maybeSave()) {
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    templateimport::ImportResult result = templateimport::importTemplateFile(path);
    if (result.status == templateimport::ImportResult::Status::ChooseApi) {
        const int chosen = m_apiChooser(result.apis);
        if (chosen < 0 || chosen >= result.apis.size()) {
            return false;
        }
        result = templateimport::importTemplateFile(path, result.apis.at(chosen).name);
    }
    if (result.status == templateimport::ImportResult::Status::ProjectFile) {
        return loadFile(path);
    }
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &error : result.errors) {
            lines.append(formatDiagnostic(name, error));
        }
        showError(tr("Cannot import %1").arg(name), lines.join(u'\n'));
        return false;
    }
    m_document->importConfig(result.config, name);
    m_settings->lastDirectory.set(QFileInfo(path).absolutePath());
    statusBar()->showMessage(
        tr("Imported the %1 %2 from %3 with %n note(s).", "", int(result.notes.size()))
            .arg(apiTypeDisplayName(result.api.type), result.api.name, name),
        statusTimeoutMs);
    m_importNotesSink(name, result);
    return true;
}

bool MainWindow::loadFile(const QString &path)
{
    const projectfile::LoadResult result = m_document->open(path);
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &error : result.errors) {
            lines.append(formatDiagnostic(QFileInfo(path).fileName(), error));
        }
        if (result.status == projectfile::LoadResult::Status::Unreadable) {
            m_settings->removeRecentFile(path);
        }
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), lines.join(u'\n'));
        return false;
    }
    m_settings->addRecentFile(path);
    m_settings->lastDirectory.set(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), statusTimeoutMs);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty()) {
        return saveAs();
    }
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    const QString start = m_document->filePath().isEmpty()
                              ? QDir(m_settings->lastDirectory.get()).filePath(u"api.cors.yaml"_s)
                              : m_document->filePath();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Project As"), start, projectFilter());
    if (path.isEmpty()) {
        return false;
    }
    if (!path.endsWith(u".yaml"_s) && !path.endsWith(u".yml"_s)) {
        path += projectfile::fileSuffix.toString();
    }
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const Expected<void> result = m_document->saveAs(path);
    if (!result) {
        showError(
            tr("Cannot save %1").arg(QFileInfo(path).fileName()),
            tr("%1\nYour changes are still here; save to another place.").arg(result.error()));
        return false;
    }
    m_settings->addRecentFile(path);
    m_settings->lastDirectory.set(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), statusTimeoutMs);
    return true;
}

Expected<QStringList> MainWindow::exportCurrentTo(const QString &path)
{
    const Expected<QStringList> result =
        render::exportFormat(m_document->config(), m_previews->currentFormat(), path);
    if (result) {
        m_settings->lastDirectory.set(QFileInfo(path).absolutePath());
        statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)),
                                 statusTimeoutMs);
    }
    return result;
}

Expected<QStringList> MainWindow::exportAllTo(const QString &directory)
{
    const Expected<QStringList> result = render::exportAll(m_document->config(), directory);
    if (result) {
        m_settings->lastDirectory.set(directory);
        statusBar()->showMessage(tr("Exported %n file(s) to %1.", nullptr, int(result->size()))
                                     .arg(QDir::toNativeSeparators(directory)),
                                 statusTimeoutMs);
    }
    return result;
}

void MainWindow::exportCurrent()
{
    if (!m_previews->isCurrent()) {
        showError(tr("Nothing to export"),
                  tr("The configuration has errors; fix them first (see the advisor panel)."));
        return;
    }
    const render::Format format = m_previews->currentFormat();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(render::formatDisplayName(format)),
        QDir(m_settings->lastDirectory.get()).filePath(render::defaultFileName(format)));
    if (path.isEmpty()) {
        return;
    }
    if (const Expected<QStringList> written = exportCurrentTo(path); !written) {
        showError(tr("Export failed"), written.error());
    } else {
        confirmWritten(this,
                       tr("Wrote the complete %1 snippet to %2.")
                           .arg(render::formatDisplayName(format), QDir::toNativeSeparators(path)),
                       QFileInfo(path).absolutePath());
    }
}

void MainWindow::exportAll()
{
    if (!m_previews->isCurrent()) {
        showError(tr("Nothing to export"),
                  tr("The configuration has errors; fix them first (see the advisor panel)."));
        return;
    }
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Export All Snippets Into"), m_settings->lastDirectory.get());
    if (directory.isEmpty()) {
        return;
    }
    const QStringList existing = render::existingExportFiles(directory);
    if (!existing.isEmpty() &&
        QMessageBox::question(this, tr("Replace files?"),
                              tr("%1 already contains %2. Replace them?")
                                  .arg(QDir::toNativeSeparators(directory),
                                       existing.join(u", "_s))) != QMessageBox::Yes) {
        return;
    }
    if (const Expected<QStringList> written = exportAllTo(directory); !written) {
        showError(tr("Export failed"), written.error());
    } else {
        confirmWritten(this,
                       tr("Wrote every snippet to %1: %2.")
                           .arg(QDir::toNativeSeparators(directory),
                                render::existingExportFiles(directory).join(u", "_s)),
                       directory);
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CORS Configurator"),
        tr("<h3>CORS Configurator %1</h3><p>CORS on Amazon API Gateway, right the first time: "
           "snippets for SAM, Terraform, CloudFormation, OpenAPI and Lambda, an advisor, and a "
           "tester that judges responses exactly as a browser does.</p>"
           "<p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fitPanesOnShow) {
        m_fitPanesOnShow = false;
        stackPanesFor(width());
        QTimer::singleShot(0, this, &MainWindow::fitPanes); // once laid out at that size
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    stackPanesFor(width());
}

void MainWindow::stackPanesFor(int windowWidth)
{
    // Below this width the form and the snippets cannot both be read side by side: they stack.
    constexpr int stackBelow = 940;
    const Qt::Orientation orientation = windowWidth < stackBelow ? Qt::Vertical : Qt::Horizontal;
    if (orientation == m_splitter->orientation()) {
        return;
    }
    m_splitter->setOrientation(orientation);
    QTimer::singleShot(0, this, &MainWindow::fitPanes); // once laid out at the new size
}

void MainWindow::fitPanes()
{
    if (m_splitter->orientation() == Qt::Vertical) {
        // Stacked: the form gets a quarter (it scrolls), the snippets and the advisor the rest.
        const int total = m_splitter->height();
        const int form = total / 4;
        m_splitter->setSizes({form, std::max(total - form, 1)});
        return;
    }
    // Side by side: the form at its natural width (and its vertical scroll bar) when the
    // snippets keep their own minimum beside it; at most 60%.
    const int total = m_splitter->width();
    const int natural =
        m_form->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2;
    const int snippets = m_splitter->widget(1)->minimumSizeHint().width();
    const int form = std::max(std::min({natural, total * 3 / 5, total - snippets}), 1);
    m_splitter->setSizes({form, std::max(total - form, 1)});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_tester->cancel();
    m_settings->windowGeometry.set(saveGeometry());
    m_settings->windowState.set(saveState());
    m_settings->splitterState.set(m_splitter->saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        // Project files open; anything else is taken for a template to import (which opens a
        // project file that lacks the suffix).
        const QString path = urls.first().toLocalFile();
        if (isProjectFileName(path)) {
            openFile(path);
        } else {
            importFile(path);
        }
    }
}

void MainWindow::showError(const QString &title, const QString &text)
{
    statusBar()->showMessage(title, statusTimeoutMs);
    m_errorSink(title, text);
}

} // namespace cors::gui
