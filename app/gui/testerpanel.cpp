// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testerpanel.h"

#include "advisor/advisor.h"
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
#include <QListWidget>
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
    , m_url(new QLineEdit(this))
    , m_origin(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_headers(new QPlainTextEdit(this))
    , m_body(new QLineEdit(this))
    , m_credentials(new QCheckBox(tr("Send credentials (credentials: 'include')"), this))
    , m_browser(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_insecure(new QCheckBox(tr("Accept invalid TLS certificates (browsers never do)"), this))
    , m_checkButton(new QPushButton(tr("&Check"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_scanButton(new QPushButton(tr("&Scan for Misconfigurations"), this))
    , m_curlButton(new QPushButton(tr("Copy as c&url"), this))
    , m_busy(new QProgressBar(this))
    , m_inputErrors(new QLabel(this))
    , m_verdict(new VerdictBar(this))
    , m_results(new QStackedWidget(this))
    , m_scanTable(createScanTable(this))
    , m_diagram(new FlowDiagram(this))
    , m_details(new QTextBrowser(this))
    , m_history(new QListWidget(this))
{
    m_url->setPlaceholderText(u"https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items"_s);
    m_url->setAccessibleName(tr("URL"));
    m_url->setClearButtonEnabled(true);
    m_url->setText(m_settings->testerUrl());
    m_origin->setEditable(true);
    m_origin->setAccessibleName(tr("Page origin"));
    m_origin->lineEdit()->setPlaceholderText(u"https://app.example.com"_s);
    m_origin->setInsertPolicy(QComboBox::NoInsert);
    m_method->setEditable(true);
    m_method->addItems(
        {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s});
    m_method->setAccessibleName(tr("Method"));
    m_method->setToolTip(tr("Sent as typed: fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, "
                            "POST and PUT, so 'patch' stays 'patch'."));
    m_headers->setPlaceholderText(tr("One per line, e.g.\nContent-Type: application/json\n"
                                     "Authorization: Bearer …"));
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().height() * 4 + 12);
    m_body->setPlaceholderText(tr("None"));
    m_body->setAccessibleName(tr("Body"));
    for (const fetch::Browser browser :
         {fetch::Browser::Chromium, fetch::Browser::Firefox, fetch::Browser::WebKit}) {
        m_browser->addItem(fetch::browserDisplayName(browser), fetch::browserKey(browser));
    }
    m_browser->setAccessibleName(tr("Browser"));
    m_browser->setCurrentIndex(std::max(0, m_browser->findData(m_settings->testerBrowser())));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(10);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setToolTip(tr("How long to wait for each response."));

    m_checkButton->setDefault(true);
    m_checkButton->setToolTip(tr("Send the request as the browser would (Ctrl+Return)"));
    m_cancelButton->setToolTip(tr("Stop the check (Esc)"));
    m_curlButton->setToolTip(tr("Copy the requests this check sent as curl commands"));
    m_scanButton->setToolTip(tr("Probe the URL with hostile origins and preflights, as corscfg "
                                "scan does; the page origin stands for the legitimate frontend "
                                "(Ctrl+Shift+Return)"));
    m_curlButton->setEnabled(false);
    m_cancelButton->setEnabled(false);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Check running"));
    m_busy->hide();
    m_inputErrors->setWordWrap(true);
    m_inputErrors->hide();
    m_verdict->showText(tr("Describe the request the page makes and press <b>Check</b>: the six "
                           "steps of the CORS flow appear below. <b>Scan</b> probes the URL "
                           "with hostile origins instead."));
    m_details->setAccessibleName(tr("Step details"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("The selected step's headers, reason and fix appear here. "
                                     "Try the local mock: Test → Run Local Mock serves this "
                                     "project as API Gateway would."));
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        const int index = link.path().toInt();
        if (link.scheme() == u"fix"_s && index >= 0 && index < m_shownVerdict.fixes.size() &&
            m_apply) {
            m_apply(m_shownVerdict.fixes.at(index));
        }
    });
    m_history->setAccessibleName(tr("Recent checks"));

    // Ctrl+Return is the main window's Test → Check (one owner, or the shortcut is ambiguous);
    // Esc cancels while the panel has the focus.
    auto *cancelAction = new QAction(this);
    cancelAction->setShortcut(QKeySequence::Cancel);
    cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelAction, &QAction::triggered, this, &TesterPanel::cancel);
    addAction(cancelAction);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("Page &origin:"), m_origin);
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_method);
    methodRow->addWidget(new QLabel(tr("Browser:"), this));
    methodRow->addWidget(m_browser);
    methodRow->addWidget(new QLabel(tr("Timeout:"), this));
    methodRow->addWidget(m_timeout);
    methodRow->addStretch();
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    form->addRow(methodLabel, methodRow);
    form->addRow(tr("Request &headers:"), m_headers);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(QString(), m_credentials);
    form->addRow(QString(), m_insecure);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_scanButton);
    buttons->addWidget(m_busy);
    buttons->addStretch();
    buttons->addWidget(m_curlButton);

    auto *requestBox = new QGroupBox(tr("Request"), this);
    auto *requestLayout = new QVBoxLayout(requestBox);
    requestLayout->addLayout(form);
    requestLayout->addWidget(m_inputErrors);
    requestLayout->addLayout(buttons);

    auto *historyBox = new QGroupBox(tr("Recent checks"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto *top = new QHBoxLayout;
    top->addWidget(requestBox, 3);
    top->addWidget(historyBox, 2);

    auto *resultSplitter = new QSplitter(Qt::Horizontal, this);
    resultSplitter->addWidget(m_diagram);
    resultSplitter->addWidget(m_details);
    resultSplitter->setStretchFactor(0, 1);
    resultSplitter->setStretchFactor(1, 1);

    m_results->addWidget(resultSplitter);
    m_results->addWidget(m_scanTable);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_verdict);
    layout->addWidget(m_results, 1);

    connect(m_checkButton, &QPushButton::clicked, this, &TesterPanel::check);
    connect(m_cancelButton, &QPushButton::clicked, this, &TesterPanel::cancel);
    connect(m_scanButton, &QPushButton::clicked, this, &TesterPanel::scan);
    connect(&m_scanner, &scan::Scanner::finished, this, &TesterPanel::onScanFinished);
    connect(m_curlButton, &QPushButton::clicked, this, &TesterPanel::copyAsCurl);
    connect(&m_prober, &probe::Prober::finished, this, &TesterPanel::onFinished);
    connect(&m_prober, &probe::Prober::requestSent, this, [this](bool preflight, const QUrl &url) {
        Q_EMIT statusMessage(preflight ? tr("Sending the preflight to %1…").arg(url.toString())
                                       : tr("Sending the request to %1…").arg(url.toString()));
    });
    connect(m_diagram, &FlowDiagram::stepSelected, this, &TesterPanel::showStep);
    connect(m_history, &QListWidget::currentRowChanged, this, &TesterPanel::showHistoryEntry);
    connect(m_url, &QLineEdit::textChanged, this,
            [this](const QString &url) { m_settings->setTesterUrl(url); });
    connect(m_browser, &QComboBox::currentIndexChanged, this,
            [this] { m_settings->setTesterBrowser(m_browser->currentData().toString()); });
    showResult({}, std::nullopt);
}

TesterPanel::~TesterPanel() = default;

void TesterPanel::pointAt(const QUrl &base)
{
    const QUrl typed(m_url->text().trimmed());
    QString rest = u"/items"_s;
    if (typed.isValid() && !typed.path().isEmpty() && typed.path() != u"/") {
        rest = typed.path(QUrl::FullyEncoded);
        if (typed.hasQuery()) {
            rest += u'?' + typed.query(QUrl::FullyEncoded);
        }
    }
    m_url->setText(base.toString() + rest);
    if (m_origin->currentText().trimmed().isEmpty() && m_origin->count() > 0) {
        m_origin->setCurrentIndex(0);
    }
}

void TesterPanel::setProjectConfig(const CorsConfig &config)
{
    m_projectConfig = config;
    const QStringList &origins = config.allowOrigins;
    const QString typed = m_origin->currentText();
    QStringList usable;
    for (const QString &origin : origins) {
        // Only origins a page can have: not '*' or patterns.
        if (http::parseOrigin(origin).form == http::OriginForm::Tuple && !usable.contains(origin)) {
            usable.append(origin);
        }
    }
    QStringList shown;
    for (int i = 0; i < m_origin->count(); ++i) {
        shown.append(m_origin->itemText(i));
    }
    if (shown != usable) {
        m_origin->clear();
        m_origin->addItems(usable);
    }
    // The page origin follows the project's first origin, unless the user typed another one.
    const bool followed = typed.isEmpty() || typed == m_followedOrigin;
    if (followed) {
        m_followedOrigin = usable.value(0);
    }
    m_origin->setCurrentText(followed ? m_followedOrigin : typed);
}

void TesterPanel::setApplyFix(ApplyFix apply)
{
    m_apply = apply;
    m_verdict->setApplyFix(std::move(apply));
}

QLabel *TesterPanel::verdict() const
{
    return m_verdict->label();
}

bool TesterPanel::showsScanTable() const
{
    return m_results->currentWidget() == m_scanTable;
}

probe::CheckInput TesterPanel::input() const
{
    probe::CheckInput input;
    input.url = m_url->text().trimmed();
    input.origin = m_origin->currentText().trimmed();
    input.method = m_method->currentText().trimmed();
    input.headerLines = m_headers->toPlainText().split(u'\n');
    input.credentials = m_credentials->isChecked();
    if (!m_body->text().isEmpty()) {
        input.body = m_body->text();
    }
    input.browser = fetch::browserFromKey(m_browser->currentData().toString())
                        .value_or(fetch::Browser::Chromium);
    return input;
}

void TesterPanel::setInput(const probe::CheckInput &input)
{
    m_url->setText(input.url);
    m_origin->setCurrentText(input.origin);
    m_method->setCurrentText(input.method);
    QStringList lines = input.headerLines;
    lines.removeAll(QString());
    m_headers->setPlainText(lines.join(u'\n'));
    m_body->setText(input.body.value_or(QString()));
    m_credentials->setChecked(input.credentials);
    m_browser->setCurrentIndex(std::max(0, m_browser->findData(fetch::browserKey(input.browser))));
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
    const probe::ParsedCheckInput parsed = probe::parseCheckInput(input);
    showInputErrors(parsed.errors);
    if (!parsed.ok()) {
        return;
    }
    m_runningInput = input;
    m_runningInit = parsed.init;
    // The project says which API type the request goes to: its fixes speak of that type only.
    m_runningInit.gateway = m_projectConfig.apiType == ApiType::Rest ? fetch::GatewayType::Rest
                                                                     : fetch::GatewayType::Http;
    probe::ProbeOptions options;
    options.timeout = std::chrono::seconds(m_timeout->value());
    options.ignoreTlsErrors = m_insecure->isChecked();
    setBusy(true);
    m_prober.start(m_runningInit, options);
}

void TesterPanel::cancel()
{
    if (m_scanner.isRunning()) {
        m_scanner.abort();
        setBusy(false);
        m_verdict->showText(tr("Scan cancelled."));
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
    const probe::CheckInput input = this->input();
    probe::ParsedCheckInput parsed = probe::parseCheckInput(input);
    if (input.origin.isEmpty()) {
        parsed.errors.removeIf([](const probe::CheckInputError &error) {
            return error.field == probe::CheckInputField::Origin;
        });
    }
    showInputErrors(parsed.errors);
    if (!parsed.ok()) {
        return;
    }
    const QUrl url = parsed.init.url;
    scan::ScanOptions options;
    options.legitimateOrigin = parsed.init.origin;
    for (const fetch::Header &header : parsed.init.headers) {
        options.extraHeaders.append(header.name, header.value);
    }
    options.timeout = std::chrono::seconds(m_timeout->value());
    setBusy(true);
    m_verdict->showText(
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
    m_diagram->setResult(std::nullopt);
    m_details->clear();
    m_curlButton->setEnabled(false);
    m_verdict->showText(scanVerdict(result));
    fillScanTable(m_scanTable, result);
    m_results->setCurrentWidget(result.findings.isEmpty() ? m_results->widget(0) : m_scanTable);
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
    m_entries.prepend({QDateTime::currentDateTime(), m_runningInput, m_runningInit, shown});
    if (m_entries.size() > maxHistory) {
        m_entries.removeLast();
    }
    {
        const QSignalBlocker blocker(m_history);
        const QString outcome = VerdictBar::outcomeWord(
            advisor::judgeCheck(m_projectConfig, m_runningInit, shown).outcome, shown.status);
        auto *item = new QListWidgetItem(tr("%1  %2 %3 from %4: %5")
                                             .arg(m_entries.first().when.toString(u"HH:mm:ss"_s),
                                                  m_runningInput.method, m_runningInput.url,
                                                  m_runningInput.origin, outcome));
        item->setToolTip(item->text());
        m_history->insertItem(0, item);
        while (m_history->count() > maxHistory) {
            delete m_history->takeItem(m_history->count() - 1);
        }
        m_history->setCurrentRow(0);
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
    m_diagram->setResult(result);
    m_curlButton->setEnabled(result && !curlText().isEmpty());
    if (!result) {
        m_details->clear();
        return;
    }
    m_results->setCurrentIndex(0);
    m_shownVerdict = advisor::judgeCheck(m_projectConfig, init, *result);
    advisor::CheckVerdict verdict = m_shownVerdict;
    for (const QString &warning : result->warnings) {
        verdict.explanation +=
            (verdict.explanation.isEmpty() ? u""_s : u"\n"_s) + u"⚠ "_s + warning;
    }
    m_verdict->showVerdict(verdict, result->error && !result->allowed
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
    if (m_diagram->selectedStep() == decisive) {
        showStep(decisive);
    } else {
        m_diagram->setSelectedStep(decisive);
    }
}

void TesterPanel::showStep(int index)
{
    if (!m_result || index < 0) {
        m_details->clear();
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
    m_details->setHtml(html);
}

void TesterPanel::showHistoryEntry(int row)
{
    if (row < 0 || row >= m_entries.size()) {
        return;
    }
    const HistoryEntry &entry = m_entries.at(row);
    setInput(entry.input);
    showResult(entry.init, entry.result);
}

void TesterPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_checkButton->setEnabled(!busy);
    m_scanButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    if (busy) {
        m_verdict->showText(tr("Checking…"));
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
            widget = m_url;
            break;
        case probe::CheckInputField::Origin:
            label = tr("Page origin");
            widget = m_origin;
            break;
        case probe::CheckInputField::Headers:
            label = tr("Request headers");
            widget = m_headers;
            break;
        }
        lines.append(u"<b>%1:</b> %2"_s.arg(label, error.message.toHtmlEscaped()));
        if (!first) {
            first = widget;
        }
    }
    m_inputErrors->setText(lines.join(u"<br>"_s));
    m_inputErrors->setVisible(!lines.isEmpty());
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace cors::gui
