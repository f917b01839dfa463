// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testerpanel.h"

#include "advisor/advisor.h"
#include "checkhistory.h"
#include "fetch/curlcommand.h"
#include "flowdiagram.h"
#include "http/origin.h"
#include "scanreport.h"
#include "scantable.h"
#include "settings.h"
#include "verdictbar.h"
#include "verdictcolours.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

QString paragraphs(const QString &text)
{
    return u"<p>"_s + text.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
}

} // namespace

TesterPanel::TesterPanel(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_ui{new QLineEdit(this),
           new QComboBox(this),
           new QComboBox(this),
           new QPlainTextEdit(this),
           new QLineEdit(this),
           new QCheckBox(tr("Send credentials (credentials: 'include')"), this),
           new QComboBox(this),
           new QSpinBox(this),
           new QCheckBox(tr("Accept invalid TLS certificates (browsers never do)"), this),
           new QPushButton(tr("&Check"), this),
           new QPushButton(tr("Cancel"), this),
           new QPushButton(tr("&Scan for Misconfigurations"), this),
           new QPushButton(tr("Copy as c&url"), this),
           new QProgressBar(this),
           new QLabel(this),
           new VerdictBar(this),
           new QStackedWidget(this),
           createScanTable(this),
           new FlowDiagram(this),
           new QTextBrowser(this),
           new QListView(this)}
    , m_history(new CheckHistory(this))
{
    setUpFields();
    setUpButtons();
    layOut();
    connectSignals();
    showResult({}, std::nullopt);
}

void TesterPanel::setUpFields()
{
    m_ui.url->setPlaceholderText(
        u"https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items"_s);
    m_ui.url->setAccessibleName(tr("URL"));
    m_ui.url->setClearButtonEnabled(true);
    m_ui.url->setText(m_settings->testerUrl.get());
    m_ui.origin->setEditable(true);
    m_ui.origin->setAccessibleName(tr("Page origin"));
    m_ui.origin->lineEdit()->setPlaceholderText(u"https://app.example.com"_s);
    m_ui.origin->setInsertPolicy(QComboBox::NoInsert);
    m_ui.method->setEditable(true);
    m_ui.method->addItems(
        {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s});
    m_ui.method->setAccessibleName(tr("Method"));
    m_ui.method->setToolTip(
        tr("Sent as typed: fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, "
           "POST and PUT, so 'patch' stays 'patch'."));
    m_ui.headers->setPlaceholderText(tr("One per line, e.g.\nContent-Type: application/json\n"
                                        "Authorization: Bearer …"));
    m_ui.headers->setAccessibleName(tr("Request headers"));
    m_ui.headers->setTabChangesFocus(true);
    m_ui.headers->setFixedHeight(m_ui.headers->fontMetrics().height() * 4 + 12);
    m_ui.body->setPlaceholderText(tr("None"));
    m_ui.body->setAccessibleName(tr("Body"));
    for (const fetch::Browser browser :
         {fetch::Browser::Chromium, fetch::Browser::Firefox, fetch::Browser::WebKit}) {
        m_ui.browser->addItem(fetch::browserDisplayName(browser), fetch::browserKey(browser));
    }
    m_ui.browser->setAccessibleName(tr("Browser"));
    m_ui.browser->setCurrentIndex(
        std::max(0, m_ui.browser->findData(m_settings->testerBrowser.get())));
    m_ui.timeout->setRange(1, 600);
    m_ui.timeout->setValue(10);
    m_ui.timeout->setSuffix(tr(" s"));
    m_ui.timeout->setAccessibleName(tr("Timeout"));
    m_ui.timeout->setToolTip(tr("How long to wait for each response."));

    m_ui.details->setAccessibleName(tr("Step details"));
    m_ui.details->setOpenLinks(false);
    m_ui.details->setPlaceholderText(tr("The selected step's headers, reason and fix appear here. "
                                        "Try the local mock: Test → Run Local Mock serves this "
                                        "project as API Gateway would."));
    connect(m_ui.details, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        const int index = link.path().toInt();
        if (link.scheme() == u"fix"_s && index >= 0 && index < m_shownVerdict.fixes.size() &&
            m_apply) {
            m_apply(m_shownVerdict.fixes.at(index));
        }
    });

    m_ui.history->setModel(m_history);
    m_ui.history->setAccessibleName(tr("Recent checks"));
    m_ui.history->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void TesterPanel::setUpButtons()
{
    m_ui.check->setDefault(true);
    m_ui.check->setToolTip(tr("Send the request as the browser would (Ctrl+Return)"));
    m_ui.cancel->setToolTip(tr("Stop the check (Esc)"));
    m_ui.curl->setToolTip(tr("Copy the requests this check sent as curl commands"));
    m_ui.scan->setToolTip(tr("Probe the URL with hostile origins and preflights, as corscfg "
                             "scan does; the page origin stands for the legitimate frontend "
                             "(Ctrl+Shift+Return)"));
    m_ui.curl->setEnabled(false);
    m_ui.cancel->setEnabled(false);
    m_ui.busy->setRange(0, 0);
    m_ui.busy->setMaximumWidth(120);
    m_ui.busy->setAccessibleName(tr("Check running"));
    m_ui.busy->hide();
    m_ui.inputErrors->setWordWrap(true);
    m_ui.inputErrors->hide();
    m_ui.verdict->showText(tr("Describe the request the page makes and press <b>Check</b>: the six "
                              "steps of the CORS flow appear below. <b>Scan</b> probes the URL "
                              "with hostile origins instead."));
    // Ctrl+Return is the main window's Test → Check (one owner, or the shortcut is ambiguous);
    // Esc cancels while the panel has the focus.
    auto *cancelAction = new QAction(this);
    cancelAction->setShortcut(QKeySequence::Cancel);
    cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelAction, &QAction::triggered, this, &TesterPanel::cancel);
    addAction(cancelAction);
}

void TesterPanel::layOut()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&URL:"), m_ui.url);
    form->addRow(tr("Page &origin:"), m_ui.origin);
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_ui.method);
    methodRow->addWidget(new QLabel(tr("Browser:"), this));
    methodRow->addWidget(m_ui.browser);
    methodRow->addWidget(new QLabel(tr("Timeout:"), this));
    methodRow->addWidget(m_ui.timeout);
    methodRow->addStretch();
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_ui.method);
    form->addRow(methodLabel, methodRow);
    form->addRow(tr("Request &headers:"), m_ui.headers);
    form->addRow(tr("&Body:"), m_ui.body);
    form->addRow(QString(), m_ui.credentials);
    form->addRow(QString(), m_ui.insecure);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ui.check);
    buttons->addWidget(m_ui.cancel);
    buttons->addWidget(m_ui.scan);
    buttons->addWidget(m_ui.busy);
    buttons->addStretch();
    buttons->addWidget(m_ui.curl);

    auto *requestBox = new QGroupBox(tr("Request"), this);
    auto *requestLayout = new QVBoxLayout(requestBox);
    requestLayout->addLayout(form);
    requestLayout->addWidget(m_ui.inputErrors);
    requestLayout->addLayout(buttons);

    auto *historyBox = new QGroupBox(tr("Recent checks"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_ui.history);
    // Until the first check, the box says what will be in it.
    auto *noHistory = new QLabel(tr("Each check you run is listed here (the last %1); select "
                                    "one to see its request and steps again.")
                                     .arg(CheckHistory::capacity),
                                 this);
    noHistory->setWordWrap(true);
    noHistory->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    noHistory->setForegroundRole(QPalette::PlaceholderText);
    historyLayout->addWidget(noHistory, 1);
    m_ui.history->hide();
    connect(m_history, &CheckHistory::rowsInserted, this, [this, noHistory] {
        noHistory->hide();
        m_ui.history->show();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(requestBox, 3);
    top->addWidget(historyBox, 2);

    auto *resultSplitter = new QSplitter(Qt::Horizontal, this);
    resultSplitter->addWidget(m_ui.diagram);
    resultSplitter->addWidget(m_ui.details);
    resultSplitter->setStretchFactor(0, 1);
    resultSplitter->setStretchFactor(1, 1);

    m_ui.results->addWidget(resultSplitter);
    m_ui.results->addWidget(m_ui.scanTable);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_ui.verdict);
    layout->addWidget(m_ui.results, 1);
}

void TesterPanel::connectSignals()
{
    connect(m_ui.check, &QPushButton::clicked, this, &TesterPanel::check);
    connect(m_ui.cancel, &QPushButton::clicked, this, &TesterPanel::cancel);
    connect(m_ui.scan, &QPushButton::clicked, this, &TesterPanel::scan);
    connect(&m_scanner, &scan::Scanner::finished, this, &TesterPanel::onScanFinished);
    connect(m_ui.curl, &QPushButton::clicked, this, &TesterPanel::copyAsCurl);
    connect(&m_prober, &probe::Prober::finished, this, &TesterPanel::onFinished);
    connect(&m_prober, &probe::Prober::requestSent, this, [this](bool preflight, const QUrl &url) {
        Q_EMIT statusMessage(preflight ? tr("Sending the preflight to %1…").arg(url.toString())
                                       : tr("Sending the request to %1…").arg(url.toString()));
    });
    connect(m_ui.diagram, &FlowDiagram::stepSelected, this, &TesterPanel::showStep);
    connect(m_ui.history->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showHistoryEntry(current.row()); });
    connect(m_ui.url, &QLineEdit::textChanged, this,
            [this](const QString &url) { m_settings->testerUrl.set(url); });
    connect(m_ui.browser, &QComboBox::currentIndexChanged, this,
            [this] { m_settings->testerBrowser.set(m_ui.browser->currentData().toString()); });
}

TesterPanel::~TesterPanel() = default;

void TesterPanel::pointAt(const QUrl &base)
{
    const QUrl typed(m_ui.url->text().trimmed());
    QString rest = u"/items"_s;
    if (typed.isValid() && !typed.path().isEmpty() && typed.path() != u"/") {
        rest = typed.path(QUrl::FullyEncoded);
        if (typed.hasQuery()) {
            rest += u'?' + typed.query(QUrl::FullyEncoded);
        }
    }
    m_ui.url->setText(base.toString() + rest);
    if (m_ui.origin->currentText().trimmed().isEmpty() && m_ui.origin->count() > 0) {
        m_ui.origin->setCurrentIndex(0);
    }
}

void TesterPanel::setProjectConfig(const CorsConfig &config)
{
    m_projectConfig = config;
    const QStringList &origins = config.allowOrigins;
    const QString typed = m_ui.origin->currentText();
    QStringList usable;
    for (const QString &origin : origins) {
        // Only origins a page can have: not '*' or patterns.
        if (http::parseOrigin(origin).form == http::OriginForm::Tuple && !usable.contains(origin)) {
            usable.append(origin);
        }
    }
    QStringList shown;
    for (int i = 0; i < m_ui.origin->count(); ++i) {
        shown.append(m_ui.origin->itemText(i));
    }
    if (shown != usable) {
        m_ui.origin->clear();
        m_ui.origin->addItems(usable);
    }
    // The page origin follows the project's first origin, unless the user typed another one.
    const bool followed = typed.isEmpty() || typed == m_followedOrigin;
    if (followed) {
        m_followedOrigin = usable.value(0);
    }
    m_ui.origin->setCurrentText(followed ? m_followedOrigin : typed);
}

void TesterPanel::setApplyFix(ApplyFix apply)
{
    m_apply = apply;
    m_ui.verdict->setApplyFix(std::move(apply));
}

bool TesterPanel::showsScanTable() const
{
    return m_ui.results->currentWidget() == m_ui.scanTable;
}

probe::CheckInput TesterPanel::input() const
{
    probe::CheckInput input;
    input.url = m_ui.url->text().trimmed();
    input.origin = m_ui.origin->currentText().trimmed();
    input.method = m_ui.method->currentText().trimmed();
    input.headerLines = m_ui.headers->toPlainText().split(u'\n');
    input.credentials = m_ui.credentials->isChecked();
    if (!m_ui.body->text().isEmpty()) {
        input.body = m_ui.body->text();
    }
    input.browser = fetch::browserFromKey(m_ui.browser->currentData().toString())
                        .value_or(fetch::Browser::Chromium);
    return input;
}

void TesterPanel::setInput(const probe::CheckInput &input)
{
    m_ui.url->setText(input.url);
    m_ui.origin->setCurrentText(input.origin);
    m_ui.method->setCurrentText(input.method);
    QStringList lines = input.headerLines;
    lines.removeAll(QString());
    m_ui.headers->setPlainText(lines.join(u'\n'));
    m_ui.body->setText(input.body.value_or(QString()));
    m_ui.credentials->setChecked(input.credentials);
    m_ui.browser->setCurrentIndex(
        std::max(0, m_ui.browser->findData(fetch::browserKey(input.browser))));
}

QString TesterPanel::curlText() const
{
    if (!m_result) {
        return {};
    }
    return fetch::curlCommands(m_shownInit, *m_result).join(u'\n');
}

void TesterPanel::check()
{
    if (m_prober.isRunning()) {
        return;
    }
    const probe::CheckInput input = this->input();
    const auto init = probe::parseCheckInput(input);
    showInputErrors(init ? QList<probe::CheckInputError>() : init.error());
    if (!init) {
        return;
    }
    m_runningInput = input;
    m_runningInit = *init;
    // The project says which API type the request goes to: its fixes speak of that type only.
    m_runningInit.gateway = m_projectConfig.apiType == ApiType::Rest ? fetch::GatewayType::Rest
                                                                     : fetch::GatewayType::Http;
    probe::ProbeOptions options;
    options.timeout = std::chrono::seconds(m_ui.timeout->value());
    options.ignoreTlsErrors = m_ui.insecure->isChecked();
    setBusy(true);
    m_prober.start(m_runningInit, options);
}

void TesterPanel::cancel()
{
    if (m_scanner.isRunning()) {
        m_scanner.abort();
        setBusy(false);
        m_ui.verdict->showText(tr("Scan cancelled."));
        Q_EMIT statusMessage(tr("Scan cancelled."));
        return;
    }
    if (!m_prober.isRunning()) {
        return;
    }
    m_prober.abort();
    setBusy(false);
    Q_EMIT statusMessage(tr("Check cancelled."));
}

void TesterPanel::scan()
{
    if (isRunning()) {
        return;
    }
    // The same fields as a check, except that the page origin may be left empty.
    probe::CheckInput input = this->input();
    const bool withOrigin = !input.origin.isEmpty();
    if (!withOrigin) {
        input.origin = u"null"_s; // stands in for the origin, which a scan may leave out
    }
    const auto init = probe::parseCheckInput(input);
    showInputErrors(init ? QList<probe::CheckInputError>() : init.error());
    if (!init) {
        return;
    }
    const QUrl url = init->url;
    scan::ScanOptions options;
    options.legitimateOrigin = withOrigin ? init->origin : QByteArray();
    for (const fetch::Header &header : init->headers) {
        options.extraHeaders.append(header.name, header.value);
    }
    options.timeout = std::chrono::seconds(m_ui.timeout->value());
    setBusy(true);
    m_ui.verdict->showText(
        tr("Scanning %1 for misconfigurations…").arg(url.toString().toHtmlEscaped()));
    m_scanner.start({url}, options);
}

void TesterPanel::onScanFinished(const QList<scan::TargetResult> &results)
{
    setBusy(false);
    if (results.isEmpty()) {
        return;
    }
    const scan::TargetResult &result = results.first();
    // The findings take the results area; the last check's diagram is cleared, not left beside
    // them.
    m_result.reset();
    m_ui.diagram->setResult(std::nullopt);
    m_ui.details->clear();
    m_ui.curl->setEnabled(false);
    m_ui.verdict->showText(scanVerdict(result));
    fillScanTable(m_ui.scanTable, result);
    m_ui.results->setCurrentWidget(result.findings.isEmpty() ? m_ui.results->widget(0)
                                                             : m_ui.scanTable);
    Q_EMIT statusMessage(tr("Scan finished — findings: %1.").arg(result.findings.size()));
    Q_EMIT scanFinished(result);
}

void TesterPanel::copyAsCurl()
{
    const QString text = curlText();
    if (text.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing to copy: this check sent no request."));
        return;
    }
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(
        tr("Copied %n curl command(s) to the clipboard.", nullptr, int(text.count(u'\n') + 1)));
}

void TesterPanel::onFinished(const fetch::FlowResult &result)
{
    setBusy(false);
    fetch::FlowResult shown = result;
    if (!m_prober.ignoredTlsErrors().isEmpty()) {
        shown.warnings.prepend(tr("TLS certificate errors were ignored; a browser would refuse "
                                  "this connection: %1")
                                   .arg(m_prober.ignoredTlsErrors().join(u"; "_s)));
    }
    const QString outcome = VerdictBar::outcomeWord(
        advisor::judgeCheck(m_projectConfig, m_runningInit, shown).outcome, shown.status);
    m_history->prepend(
        {QDateTime::currentDateTime(), m_runningInput, m_runningInit, shown, outcome});
    {
        const QSignalBlocker blocker(m_ui.history->selectionModel());
        m_ui.history->setCurrentIndex(m_history->index(0));
    }
    showResult(m_runningInit, shown);
    Q_EMIT statusMessage(tr("Check finished: %1").arg(m_shownVerdict.headline));
    Q_EMIT checkFinished(shown);
}

void TesterPanel::showResult(const fetch::FetchInit &init,
                             const std::optional<fetch::FlowResult> &result)
{
    m_shownInit = init;
    m_result = result;
    m_ui.diagram->setResult(result);
    m_ui.curl->setEnabled(result && !curlText().isEmpty());
    if (!result) {
        m_ui.details->clear();
        return;
    }
    m_ui.results->setCurrentIndex(0);
    m_shownVerdict = advisor::judgeCheck(m_projectConfig, init, *result);
    advisor::CheckVerdict verdict = m_shownVerdict;
    for (const QString &warning : result->warnings) {
        verdict.explanation +=
            (verdict.explanation.isEmpty() ? u""_s : u"\n"_s) + u"⚠ "_s + warning;
    }
    m_ui.verdict->showVerdict(verdict, result->error && !result->allowed
                                           ? fetch::corsErrorKey(result->error->code)
                                           : QString());
    // Show the step that decided: the failed one, or the last that ran.
    int decisive = fetch::stepCount - 1;
    for (int step = 0; step < fetch::stepCount; ++step) {
        if (result->steps[std::size_t(step)].state == fetch::StepState::Failed) {
            decisive = step;
            break;
        }
    }
    if (m_ui.diagram->selectedStep() == decisive) {
        showStep(decisive);
    } else {
        m_ui.diagram->setSelectedStep(decisive);
    }
}

void TesterPanel::showStep(int index)
{
    if (!m_result || index < 0) {
        m_ui.details->clear();
        return;
    }
    const fetch::Step &step = m_result->steps[std::size_t(index)];
    QString html = u"<h3>%1. %2 — %3</h3>"_s.arg(index + 1).arg(fetch::stepTitle(step.kind),
                                                                fetch::stepStateName(step.state));
    if (!step.reason.isEmpty()) {
        html += paragraphs(step.reason);
    }
    // A page origin the project does not allow is blocked as intended: never suggest adding it.
    const QString fix = step.state == fetch::StepState::Failed &&
                                m_shownVerdict.outcome == advisor::CheckOutcome::BlockedAsConfigured
                            ? m_shownVerdict.fix
                            : step.fix;
    if (!fix.isEmpty()) {
        html += u"<p><b>%1</b></p>"_s.arg(tr("Fix:")) + paragraphs(fix);
    }
    if (step.state == fetch::StepState::Failed && !m_shownVerdict.fixes.isEmpty()) {
        html += u"<p><b>%1</b> "_s.arg(tr("In this project:"));
        for (qsizetype i = 0; i < m_shownVerdict.fixes.size(); ++i) {
            html += u"<a href='fix:%1'>%2</a> "_s.arg(i).arg(
                tr("Apply: %1").arg(m_shownVerdict.fixes.at(i).label).toHtmlEscaped());
        }
        html += u"</p>"_s;
    }
    if (step.state == fetch::StepState::Failed) {
        const QString routes = advisor::routeAdvice(
            m_projectConfig, m_shownInit.url.path(QUrl::FullyEncoded).toUtf8(), m_shownInit.method);
        if (!routes.isEmpty()) {
            html += u"<p><b>%1</b></p>"_s.arg(tr("This project's routes:")) + paragraphs(routes);
        }
    }
    for (const fetch::Message &message : step.messages) {
        html += u"<pre>"_s +
                fetch::messageLines(message, fetch::isRequestStep(step.kind))
                    .join(u'\n')
                    .toHtmlEscaped() +
                u"</pre>"_s;
    }
    m_ui.details->setHtml(html);
}

void TesterPanel::showHistoryEntry(int row)
{
    if (row < 0 || row >= m_history->rowCount()) {
        return;
    }
    const CheckHistory::Entry &entry = m_history->entry(row);
    setInput(entry.input);
    showResult(entry.init, entry.result);
}

void TesterPanel::setBusy(bool busy)
{
    m_ui.busy->setVisible(busy);
    m_ui.check->setEnabled(!busy);
    m_ui.scan->setEnabled(!busy);
    m_ui.cancel->setEnabled(busy);
    if (busy) {
        m_ui.verdict->showText(tr("Checking…"));
        Q_EMIT statusMessage(tr("Checking…"));
    }
}

void TesterPanel::showInputErrors(const QList<probe::CheckInputError> &errors)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const probe::CheckInputError &error : errors) {
        QString label;
        QWidget *widget = nullptr;
        switch (error.field) {
        case probe::CheckInputField::Url:
            label = tr("URL");
            widget = m_ui.url;
            break;
        case probe::CheckInputField::Origin:
            label = tr("Page origin");
            widget = m_ui.origin;
            break;
        case probe::CheckInputField::Headers:
            label = tr("Request headers");
            widget = m_ui.headers;
            break;
        }
        lines.append(u"<b>%1:</b> %2"_s.arg(label, error.message.toHtmlEscaped()));
        if (!first) {
            first = widget;
        }
    }
    m_ui.inputErrors->setText(lines.join(u"<br>"_s));
    m_ui.inputErrors->setVisible(!lines.isEmpty());
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace cors::gui
