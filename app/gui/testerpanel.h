// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/checkverdict.h"
#include "fetch/flow.h"
#include "fixactions.h"
#include "model/corsconfig.h"
#include "probe/checkinput.h"
#include "probe/prober.h"
#include "scan/scanner.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace cors::gui {

class CheckHistory;
class FlowDiagram;
class Settings;
class VerdictBar;

/// The tester tab: describe a request (URL, the page's origin, method, headers, body,
/// credentials, browser), press Check, and see what the browser decides, step by step: the
/// prober runs asynchronously with a busy indicator and Cancel; the flow diagram shows each
/// step's state; the selected step's headers, reason and fix appear below. Recent checks stay in
/// a history list; "Copy as curl" reproduces the requests.
class TesterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TesterPanel(Settings *settings, QWidget *parent = nullptr);
    ~TesterPanel() override;

    /// Offers the configuration's origins in the origin box: the page origin follows the
    /// project's first origin unless the user typed another. Verdicts are judged against it
    /// ("blocked as configured", fixes for its API type), and a failed step also says what its
    /// routes make of the request's path.
    void setProjectConfig(const CorsConfig &config);
    /// Applies a one-click fix the verdict or a step offers to the project.
    void setApplyFix(ApplyFix apply);

    bool isRunning() const { return m_prober.isRunning() || m_scanner.isRunning(); }
    const std::optional<fetch::FlowResult> &result() const { return m_result; }
    /// The request as the form describes it now.
    probe::CheckInput input() const;
    void setInput(const probe::CheckInput &input);
    /// Points the URL at `base` (the local mock), keeping the path and query already typed
    /// ("/items" when there is none), and picks a configured origin when none is typed.
    void pointAt(const QUrl &base);
    /// The curl command lines for the shown result, one per request.
    QString curlText() const;

    /// Whether the results area shows the scan table (else the flow and step details).
    bool showsScanTable() const;

    /// The panel's widgets, for tests that drive it as a person would.
    struct Controls
    {
        QLineEdit *url;
        QComboBox *origin;
        QComboBox *method;
        QPlainTextEdit *headers;
        QLineEdit *body;
        QCheckBox *credentials;
        QComboBox *browser;
        QSpinBox *timeout;
        QCheckBox *insecure;
        QPushButton *check;
        QPushButton *cancel;
        QPushButton *scan;
        QPushButton *curl;
        QProgressBar *busy;
        QLabel *inputErrors;
        VerdictBar *verdict;
        QStackedWidget *results;
        QTableWidget *scanTable;
        FlowDiagram *diagram;
        QTextBrowser *details;
        QListView *history;
    };
    const Controls &controls() const { return m_ui; }
    const CheckHistory &history() const { return *m_history; }

public Q_SLOTS:
    void check();
    /// Audits the URL for misconfigurations as `corscfg scan` does, the page origin standing for
    /// the legitimate frontend and the request headers sent with every probe.
    void scan();
    void cancel();
    void copyAsCurl();

Q_SIGNALS:
    void checkFinished(const cors::fetch::FlowResult &result);
    void scanFinished(const cors::scan::TargetResult &result);
    void statusMessage(const QString &message);

private:
    void setUpFields();
    void setUpButtons();
    void layOut();
    void connectSignals();
    void onFinished(const fetch::FlowResult &result);
    void onScanFinished(const QList<scan::TargetResult> &results);
    void showResult(const fetch::FetchInit &init, const std::optional<fetch::FlowResult> &result);
    void showStep(int step);
    void showHistoryEntry(int row);
    void setBusy(bool busy);
    void showInputErrors(const QList<probe::CheckInputError> &errors);

    Settings *m_settings;
    probe::Prober m_prober;
    scan::Scanner m_scanner;
    Controls m_ui;
    CheckHistory *m_history;

    probe::CheckInput m_runningInput;
    CorsConfig m_projectConfig;
    fetch::FetchInit m_runningInit;
    fetch::FetchInit m_shownInit;
    std::optional<fetch::FlowResult> m_result;
    advisor::CheckVerdict m_shownVerdict;
    ApplyFix m_apply;
    QString m_followedOrigin; ///< the page origin last taken from the project
};

} // namespace cors::gui
