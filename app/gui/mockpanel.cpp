// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockpanel.h"

#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

MockPanel::MockPanel(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_emulator(CorsConfig())
    , m_runAction(
          new QAction(QIcon::fromTheme(u"media-playback-start"_s), tr("Run &Local Mock"), this))
    , m_runButton(new QToolButton(this))
    , m_port(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_copyUrl(new QToolButton(this))
    , m_log(new QPlainTextEdit(this))
{
    m_runAction->setCheckable(true);
    m_runAction->setToolTip(tr("Answer requests on 127.0.0.1 as API Gateway would with this "
                               "configuration, so a frontend or the tester can try it before "
                               "deploying"));
    m_runButton->setDefaultAction(m_runAction);
    m_runButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(m_settings->mockPort.get());
    m_port->setAccessibleName(tr("Mock port"));
    m_port->setToolTip(tr("The port the mock listens on; 0 picks a free one."));

    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(false);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Mock status"));

    m_copyUrl->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copyUrl->setText(tr("Copy URL"));
    m_copyUrl->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *clear = new QToolButton(this);
    clear->setIcon(QIcon::fromTheme(u"edit-clear"_s));
    clear->setText(tr("Clear Log"));
    clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(maxLogLines);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("Mock request log"));
    m_log->setPlaceholderText(tr("Every request the mock answers appears here: method, path, "
                                 "origin, status and what API Gateway did."));

    auto *row = new QHBoxLayout;
    row->addWidget(m_runButton);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    row->addWidget(portLabel);
    row->addWidget(m_port);
    row->addWidget(m_status, 1);
    row->addWidget(m_copyUrl);
    row->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_log, 1);

    connect(m_runAction, &QAction::toggled, this, &MockPanel::setRunning);
    connect(m_port, &QSpinBox::valueChanged, this,
            [this](int port) { m_settings->mockPort.set(port); });
    connect(m_copyUrl, &QToolButton::clicked, this, &MockPanel::copyUrl);
    connect(m_status, &QLabel::linkActivated, this, &MockPanel::copyUrl);
    connect(clear, &QToolButton::clicked, m_log, &QPlainTextEdit::clear);
    connect(&m_emulator, &emulator::Emulator::requestHandled, this, &MockPanel::append);
    showState();
}

MockPanel::~MockPanel() = default;

void MockPanel::setConfig(const CorsConfig &config, bool valid)
{
    m_config = config;
    m_valid = valid;
    if (valid) {
        m_emulator.setConfig(config);
        m_servingStale = false;
    } else if (isRunning()) {
        m_servingStale = true;
    }
    showState();
}

void MockPanel::setRunning(bool run)
{
    if (run == isRunning()) {
        return;
    }
    const auto untick = [this] {
        const QSignalBlocker blocker(m_runAction);
        m_runAction->setChecked(false);
    };
    if (!run) {
        m_emulator.stop();
        m_servingStale = false;
        showState();
        Q_EMIT statusMessage(tr("The local mock stopped."));
        return;
    }
    if (!m_valid) {
        untick();
        showState();
        m_status->setText(tr("The configuration has errors, so API Gateway could not be "
                             "deployed with it: fix them (see the advisor) and start again."));
        return;
    }
    m_emulator.setConfig(m_config);
    const int port = m_port->value();
    if (!m_emulator.start(QHostAddress::LocalHost, quint16(port))) {
        untick();
        showState();
        m_status->setText(tr("Cannot listen on port %1: %2. Choose another port, or 0 for any "
                             "free one.")
                              .arg(port)
                              .arg(m_emulator.errorString().toHtmlEscaped()));
        return;
    }
    showState();
    Q_EMIT started(m_emulator.url());
    Q_EMIT statusMessage(tr("The local mock listens at %1").arg(m_emulator.url().toString()));
}

void MockPanel::showState()
{
    const bool running = isRunning();
    m_port->setEnabled(!running);
    m_copyUrl->setEnabled(running);
    m_runAction->setIcon(
        QIcon::fromTheme(running ? u"media-playback-stop"_s : u"media-playback-start"_s));
    m_runAction->setText(running ? tr("Stop &Local Mock") : tr("Run &Local Mock"));
    if (!running) {
        m_status->setText(tr("Stopped. Start it to try this configuration from a frontend or "
                             "the tester before deploying."));
        return;
    }
    const QString url = m_emulator.url().toString().toHtmlEscaped();
    QString text = tr("%1 mock at <a href=\"%2\">%2</a>")
                       .arg(apiTypeDisplayName(m_emulator.config().apiType), url);
    if (m_servingStale) {
        text += u"<br>"_s + tr("The form has errors: the mock keeps answering with the last "
                               "valid configuration.");
    }
    m_status->setText(text);
}

void MockPanel::copyUrl()
{
    const QString url = m_emulator.url().toString();
    QApplication::clipboard()->setText(url);
    Q_EMIT statusMessage(tr("Copied %1").arg(url));
}

void MockPanel::append(const emulator::LogEntry &entry)
{
    m_log->appendPlainText(emulator::formatLogEntry(entry));
}

} // namespace cors::gui
