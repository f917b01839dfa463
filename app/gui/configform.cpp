// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configform.h"

#include "advisor/advisor.h"
#include "findingmarks.h"
#include "fixactions.h"
#include "model/validator.h"
#include "projectdocument.h"
#include "routeseditor.h"
#include "stageseditor.h"
#include "stringlisteditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {
constexpr int apiMaxAgeMin = -1; // API Gateway's range for MaxAge
constexpr int apiMaxAgeMax = 86400;
} // namespace

ConfigForm::ConfigForm(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    // API type
    m_rest = new QRadioButton(apiTypeDisplayName(ApiType::Rest), this);
    m_http = new QRadioButton(apiTypeDisplayName(ApiType::Http), this);
    m_rest->setToolTip(tr("REST API: a MOCK integration on OPTIONS answers the preflight with "
                          "static headers; your function adds the headers to real responses."));
    m_http->setToolTip(tr("HTTP API: API Gateway answers the preflight itself and adds the "
                          "headers to responses from its CorsConfiguration."));
    m_apiGroup = new QButtonGroup(this);
    m_apiGroup->addButton(m_rest);
    m_apiGroup->addButton(m_http);
    auto *apiRow = new QWidget(this);
    auto *apiLayout = new QHBoxLayout(apiRow);
    apiLayout->setContentsMargins(0, 0, 0, 0);
    apiLayout->addWidget(m_rest);
    apiLayout->addWidget(m_http);
    apiLayout->addStretch();
    apiRow->setAccessibleName(fieldLabel(Field::ApiType));

    m_routes = new RoutesEditor(this);

    m_origins = new StringListEditor(fieldLabel(Field::AllowOrigins),
                                     tr("Add an origin, e.g. https://app.example.com (paste a "
                                        "list to split it)"),
                                     this);

    m_stages = new StagesEditor(this);

    m_methodsRow = new QWidget(this);
    m_methodsLayout = new QGridLayout(m_methodsRow);
    m_methodsLayout->setContentsMargins(0, 0, 0, 0);
    m_methodsRow->setAccessibleName(fieldLabel(Field::AllowMethods));

    m_headers = new StringListEditor(fieldLabel(Field::AllowHeaders),
                                     tr("Add a request header, e.g. Content-Type"), this);
    m_headers->setPresets(headerPresets());
    m_expose = new StringListEditor(fieldLabel(Field::ExposeHeaders),
                                    tr("Add a response header scripts may read, e.g. ETag"), this);

    m_maxAgeEnabled = new QCheckBox(tr("Send Access-Control-Max-Age"), this);
    m_maxAgeEnabled->setToolTip(tr("Without it browsers cache a preflight for 5 seconds."));
    m_maxAge = new QSpinBox(this);
    m_maxAge->setRange(apiMaxAgeMin, apiMaxAgeMax);
    m_maxAge->setValue(600); // what ticking the box starts from: ten minutes
    m_maxAge->setSuffix(tr(" s"));
    m_maxAge->setAccessibleName(fieldLabel(Field::MaxAge));
    m_maxAge->setToolTip(tr("Seconds browsers may cache the preflight (Chromium caps at 7200, "
                            "Firefox at 86400, WebKit at 600)."));
    auto *maxAgeRow = new QWidget(this);
    auto *maxAgeLayout = new QHBoxLayout(maxAgeRow);
    maxAgeLayout->setContentsMargins(0, 0, 0, 0);
    maxAgeLayout->addWidget(m_maxAgeEnabled);
    maxAgeLayout->addWidget(m_maxAge);
    maxAgeLayout->addStretch();

    m_credentials = new QCheckBox(tr("Allow credentials"), this);
    m_credentials->setToolTip(tr("Cookies, TLS client certificates and the Authorization header "
                                 "travel with requests; never together with '*'."));
    m_authorizer = new QLineEdit(this);
    m_authorizer->setPlaceholderText(tr("None; or the header that carries the token, e.g. "
                                        "Authorization"));
    m_authorizer->setAccessibleName(fieldLabel(Field::Authorizer));
    m_authorizer->setClearButtonEnabled(true);
    auto *completer = new QCompleter(
        QStringList{u"Authorization"_s, u"X-Auth-Token"_s, u"X-Amz-Security-Token"_s}, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_authorizer->setCompleter(completer);
    m_apiKey = new QCheckBox(tr("Requests need an API key (X-Api-Key)"), this);
    m_authorizePreflight = new QCheckBox(tr("The deployed API authorizes OPTIONS too"), this);
    m_gatewayResponses = new QCheckBox(tr("CORS headers on 4XX and 5XX errors"), this);

    // A focused list or table shows it with the highlight colour, as a focused line edit does.
    setStyleSheet(
        u"QListWidget:focus, QTableWidget:focus { border: 2px solid palette(highlight); }"_s);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, form](Field field, QWidget *control) {
        auto *label = new QLabel(fieldLabel(field) + u':', this);
        label->setBuddy(control);
        form->addRow(label, withMark(field, control));
    };
    addRow(Field::ApiType, apiRow);
    addRow(Field::Routes, m_routes);
    addRow(Field::AllowOrigins, m_origins);
    addRow(Field::Stages, m_stages);
    addRow(Field::AllowMethods, m_methodsRow);
    addRow(Field::AllowHeaders, m_headers);
    addRow(Field::ExposeHeaders, m_expose);
    addRow(Field::MaxAge, maxAgeRow);
    addRow(Field::AllowCredentials, m_credentials);
    addRow(Field::Authorizer, m_authorizer);
    addRow(Field::ApiKeyRequired, m_apiKey);
    addRow(Field::AuthorizePreflight, m_authorizePreflight);
    addRow(Field::GatewayResponses, m_gatewayResponses);

    // Form → document
    connect(m_apiGroup, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        const ApiType type = button == m_http ? ApiType::Http : ApiType::Rest;
        editField(Field::ApiType, [type](CorsConfig &c) { c.apiType = type; });
    });
    const auto connectList = [this](StringListEditor *editor, Field field) {
        connect(editor, &StringListEditor::entriesEdited, this,
                [this, field](const QStringList &entries, bool typing, int entry) {
                    editList(field, entries, typing, entry);
                });
        connect(editor, &StringListEditor::editingFinished, m_document,
                &ProjectDocument::finishTyping);
        editor->setEntryChecker(
            [this, field](const QString &text) { return checkNewEntry(field, text); });
        editor->setMenuExtender(
            [this, field](QMenu *menu, int entry) { offerFixes(menu, field, entry); });
    };
    m_routes->setMenuExtender(
        [this](QMenu *menu, int entry) { offerFixes(menu, Field::Routes, entry); });
    connect(m_document, &ProjectDocument::projectReplaced, this, [this] {
        for (StringListEditor *editor : {m_origins, m_headers, m_expose}) {
            editor->clearSelection();
        }
        m_routes->clearSelection();
    });
    connect(m_routes, &RoutesEditor::routesEdited, this,
            [this](const QList<Route> &routes, bool typing, int entry) {
                editField(
                    Field::Routes, [&routes](CorsConfig &c) { c.routes = routes; }, typing, entry);
            });
    connect(m_routes, &RoutesEditor::editingFinished, m_document, &ProjectDocument::finishTyping);
    connect(m_stages, &StagesEditor::stagesEdited, this,
            [this](const QList<Stage> &stages, bool typing, int entry) {
                editField(
                    Field::Stages, [&stages](CorsConfig &c) { c.stages = stages; }, typing, entry);
            });
    connect(m_stages, &StagesEditor::editingFinished, m_document, &ProjectDocument::finishTyping);
    connect(m_stages, &StagesEditor::currentStageChanged, this, &ConfigForm::selectedStageChanged);
    connectList(m_origins, Field::AllowOrigins);
    connectList(m_headers, Field::AllowHeaders);
    connectList(m_expose, Field::ExposeHeaders);
    connect(m_maxAgeEnabled, &QCheckBox::toggled, this, [this](bool on) {
        const int seconds = m_maxAge->value();
        editField(Field::MaxAge, [on, seconds](CorsConfig &c) {
            c.maxAge = on ? std::optional<qint64>(seconds) : std::nullopt;
        });
    });
    connect(m_maxAge, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (m_maxAgeEnabled->isChecked()) {
            editField(
                Field::MaxAge, [seconds](CorsConfig &c) { c.maxAge = seconds; }, true);
        }
    });
    connect(m_maxAge, &QSpinBox::editingFinished, m_document, &ProjectDocument::finishTyping);
    connect(m_credentials, &QCheckBox::toggled, this, [this](bool on) {
        editField(Field::AllowCredentials, [on](CorsConfig &c) { c.allowCredentials = on; });
    });
    connect(m_authorizer, &QLineEdit::textChanged, this, [this](const QString &text) {
        editField(
            Field::Authorizer, [text](CorsConfig &c) { c.authorizer = text; }, true);
    });
    connect(m_authorizer, &QLineEdit::editingFinished, m_document, &ProjectDocument::finishTyping);
    connect(m_apiKey, &QCheckBox::toggled, this, [this](bool on) {
        editField(Field::ApiKeyRequired, [on](CorsConfig &c) { c.apiKeyRequired = on; });
    });
    connect(m_authorizePreflight, &QCheckBox::toggled, this, [this](bool on) {
        editField(Field::AuthorizePreflight, [on](CorsConfig &c) { c.authorizePreflight = on; });
    });
    connect(m_gatewayResponses, &QCheckBox::toggled, this, [this](bool on) {
        editField(Field::GatewayResponses, [on](CorsConfig &c) { c.gatewayResponses = on; });
    });

    // Document → form
    connect(m_document, &ProjectDocument::configChanged, this, &ConfigForm::showConfig);
    showConfig();
}

CorsConfig ConfigForm::selectedStageConfig() const
{
    const CorsConfig &config = m_document->config();
    const int index = m_stages->currentStage();
    return index < 0 || index >= config.stages.size() ? config
                                                      : config.forStage(config.stages.at(index));
}

QStringList ConfigForm::standardMethods()
{
    return {u"GET"_s,   u"HEAD"_s,   u"POST"_s,    u"PUT"_s,
            u"PATCH"_s, u"DELETE"_s, u"OPTIONS"_s, u"*"_s};
}

QStringList ConfigForm::headerPresets()
{
    return {u"Content-Type"_s, u"Authorization"_s, u"X-Api-Key"_s, u"X-Amz-Date"_s,
            u"X-Amz-Security-Token"_s};
}

void ConfigForm::setFindings(const Findings &findings)
{
    m_findings = findings;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const std::optional<Mark> mark = markFor(findings, it.key(), -1);
        QToolButton *button = it.value();
        button->setVisible(mark.has_value());
        if (mark) {
            button->setIcon(mark->icon());
            button->setToolTip(mark->toolTip + u"<p><i>"_s + tr("Click for one-click fixes.") +
                               u"</i></p>"_s);
        }
    }
    const auto markEntries = [&findings](StringListEditor *editor, Field field) {
        QList<std::optional<Mark>> marks;
        const qsizetype count = editor->entries().size();
        for (int entry = 0; entry < count; ++entry) {
            marks.append(markFor(findings, field, entry));
        }
        editor->setMarks(marks);
    };
    markEntries(m_origins, Field::AllowOrigins);
    QList<std::optional<Mark>> routeMarks;
    for (int entry = 0; entry < m_document->config().routes.size(); ++entry) {
        routeMarks.append(markFor(findings, Field::Routes, entry));
    }
    m_routes->setMarks(routeMarks);
    QList<std::optional<Mark>> stageMarks;
    for (int entry = 0; entry < m_document->config().stages.size(); ++entry) {
        stageMarks.append(markFor(findings, Field::Stages, entry));
    }
    m_stages->setMarks(stageMarks);
    markEntries(m_headers, Field::AllowHeaders);
    markEntries(m_expose, Field::ExposeHeaders);
    // Methods: a box per entry, so an entry's finding marks its box.
    const QStringList &methods = m_document->config().allowMethods;
    for (auto it = m_methodBoxes.cbegin(); it != m_methodBoxes.cend(); ++it) {
        const qsizetype entry = methods.indexOf(it.key());
        const std::optional<Mark> mark =
            entry < 0 ? std::nullopt : markFor(findings, Field::AllowMethods, int(entry));
        it.value()->setIcon(mark ? mark->icon() : QIcon());
        it.value()->setToolTip(mark ? mark->toolTip : QString());
    }
}

void ConfigForm::focusField(Field field, int entry)
{
    switch (field) {
    case Field::ApiType:
        (m_http->isChecked() ? m_http : m_rest)->setFocus(Qt::OtherFocusReason);
        return;
    case Field::AllowOrigins:
        m_origins->focusEntry(entry);
        return;
    case Field::AllowHeaders:
        m_headers->focusEntry(entry);
        return;
    case Field::ExposeHeaders:
        m_expose->focusEntry(entry);
        return;
    case Field::AllowMethods: {
        const QString method = m_document->config().allowMethods.value(entry);
        QCheckBox *box = m_methodBoxes.value(method, m_methodBoxes.value(u"GET"_s));
        box->setFocus(Qt::OtherFocusReason);
        return;
    }
    case Field::MaxAge:
        (m_maxAgeEnabled->isChecked() ? static_cast<QWidget *>(m_maxAge) : m_maxAgeEnabled)
            ->setFocus(Qt::OtherFocusReason);
        return;
    case Field::AllowCredentials:
        m_credentials->setFocus(Qt::OtherFocusReason);
        return;
    case Field::Authorizer:
        m_authorizer->setFocus(Qt::OtherFocusReason);
        m_authorizer->selectAll();
        return;
    case Field::ApiKeyRequired:
        m_apiKey->setFocus(Qt::OtherFocusReason);
        return;
    case Field::AuthorizePreflight:
        m_authorizePreflight->setFocus(Qt::OtherFocusReason);
        return;
    case Field::GatewayResponses:
        m_gatewayResponses->setFocus(Qt::OtherFocusReason);
        return;
    case Field::Routes:
        m_routes->focusEntry(entry);
        return;
    case Field::Stages:
        m_stages->focusEntry(entry);
        return;
    }
}

void ConfigForm::showConfig()
{
    m_showing = true;
    const CorsConfig &config = m_document->config();
    const bool http = config.apiType == ApiType::Http;
    m_rest->setChecked(!http);
    m_http->setChecked(http);
    m_routes->setRoutes(config.routes);
    m_stages->setStages(config.stages);
    m_origins->setEntries(config.allowOrigins);
    showMethods(config);
    m_headers->setEntries(config.allowHeaders);
    m_expose->setEntries(config.exposeHeaders);
    m_maxAgeEnabled->setChecked(config.maxAge.has_value());
    m_maxAge->setEnabled(config.maxAge.has_value());
    if (config.maxAge) {
        // A value from a file outside API Gateway's range is shown as it is (validation marks
        // it), never clamped into range behind the user's back.
        const qint64 seconds = std::clamp<qint64>(*config.maxAge, INT_MIN, INT_MAX);
        m_maxAge->setRange(std::min<int>(int(seconds), apiMaxAgeMin),
                           std::max<int>(int(seconds), apiMaxAgeMax));
        if (m_maxAge->value() != seconds) {
            m_maxAge->setValue(int(seconds));
        }
    }
    m_credentials->setChecked(config.allowCredentials);
    if (m_authorizer->text() != config.authorizer) {
        m_authorizer->setText(config.authorizer);
    }
    m_apiKey->setChecked(config.apiKeyRequired);
    // Ticked on an HTTP API (an imported file), it stays enabled so it can be unticked.
    m_apiKey->setEnabled(!http || config.apiKeyRequired);
    m_authorizePreflight->setChecked(config.authorizePreflight);
    m_authorizePreflight->setToolTip(
        tr("Tick it for an API whose OPTIONS requests need the token or API key, as SAM does "
           "when AddDefaultAuthorizerToCorsPreflight is left out: the advisor and the local "
           "mock then show why every preflight fails. The generated snippets always keep "
           "OPTIONS open."));
    m_gatewayResponses->setChecked(config.gatewayResponses);
    m_gatewayResponses->setEnabled(!http);
    m_gatewayResponses->setToolTip(
        http ? tr("HTTP APIs have no gateway responses; API Gateway adds CORS headers itself.")
             : tr("Without them the browser hides API Gateway's own errors (401, 403, 429, 5xx) "
                  "behind a CORS error."));
    m_apiKey->setToolTip(http ? tr("HTTP APIs have no API keys; choose REST API (v1) to require "
                                   "one.")
                              : tr("OPTIONS stays exempt so the preflight still works."));
    m_showing = false;
}

void ConfigForm::showMethods(const CorsConfig &config)
{
    QStringList labels = standardMethods();
    for (const QString &method : config.allowMethods) {
        if (!labels.contains(method)) {
            labels.append(method); // kept as typed in the file, e.g. "get" or "TRACE"
        }
    }
    if (labels != m_methodLabels) {
        // A box may be the one whose toggle led here: delete later, not under its signal.
        for (QCheckBox *box : std::as_const(m_methodBoxes)) {
            box->hide();
            box->deleteLater();
        }
        m_methodBoxes.clear();
        m_methodLabels = labels;
        while (QLayoutItem *item = m_methodsLayout->takeAt(0)) {
            delete item;
        }
        constexpr int columns = 4;
        for (int i = 0; i < labels.size(); ++i) {
            const QString &method = labels[i];
            auto *box = new QCheckBox(method, m_methodsRow);
            box->setAccessibleName(tr("Allow method %1").arg(method));
            m_methodsLayout->addWidget(box, i / columns, i % columns);
            m_methodBoxes.insert(method, box);
            connect(box, &QCheckBox::toggled, this,
                    [this, method](bool checked) { toggleMethod(method, checked); });
        }
        m_methodsLayout->setColumnStretch(columns, 1);
        QTimer::singleShot(0, this, &ConfigForm::orderTabs); // the new boxes in their place
    }
    for (auto it = m_methodBoxes.cbegin(); it != m_methodBoxes.cend(); ++it) {
        const bool checked = config.allowMethods.contains(it.key());
        it.value()->setChecked(checked);
        if (it.key() == u"*"_s) {
            it.value()->setEnabled(config.apiType == ApiType::Http || checked);
            it.value()->setToolTip(tr("Every method (HTTP APIs only)."));
        }
    }
}

void ConfigForm::toggleMethod(const QString &method, bool checked)
{
    editField(Field::AllowMethods, [&method, checked](CorsConfig &c) {
        if (checked && !c.allowMethods.contains(method)) {
            c.allowMethods.append(method);
        } else if (!checked) {
            c.allowMethods.removeAll(method);
        }
    });
}

void ConfigForm::editList(Field field, const QStringList &entries, bool typing, int entry)
{
    if (m_showing) {
        return;
    }
    CorsConfig changed = m_document->config();
    QStringList *list = stringEntries(changed, field);
    if (list == nullptr) {
        return;
    }
    *list = entries;
    m_document->edit(field, changed, typing, entry);
}

template <typename Change>
void ConfigForm::editField(Field field, Change change, bool typing, int entry)
{
    if (m_showing) {
        return;
    }
    CorsConfig changed = m_document->config();
    change(changed);
    m_document->edit(field, changed, typing, entry);
}

QWidget *ConfigForm::withMark(Field field, QWidget *control)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(control, 1);
    auto *mark = new QToolButton(row);
    mark->setAutoRaise(true);
    mark->setAccessibleName(tr("Findings for %1").arg(fieldLabel(field)));
    // The mark's place is kept while it is hidden, so a control never narrows when it appears.
    QSizePolicy policy = mark->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    mark->setSizePolicy(policy);
    mark->hide();
    layout->addWidget(mark, 0, Qt::AlignTop);
    m_marks.insert(field, mark);
    connect(mark, &QToolButton::clicked, this, [this, field] { showMarkMenu(field); });
    return row;
}

void ConfigForm::showMarkMenu(Field field)
{
    QMenu menu(this);
    offerFixes(&menu, field, -1);
    if (menu.isEmpty()) {
        // No mechanical fix: say what to do.
        for (const Finding &finding : std::as_const(m_findings)) {
            if (finding.field == field && finding.index < 0 && !finding.fix.isEmpty()) {
                const QString fix = QFontMetrics(menu.font())
                                        .elidedText(formText(finding.fix), Qt::ElideRight, 480);
                menu.addAction(findingIcon(finding), fix)->setEnabled(false);
            }
        }
    }
    QToolButton *mark = m_marks.value(field);
    menu.exec(mark->mapToGlobal(QPoint(0, mark->height())));
}

void ConfigForm::offerFixes(QMenu *menu, Field field, int entry)
{
    addFixActions(menu, m_document->config(), m_findings, field, entry,
                  [this](const advisor::QuickFix &fix) { m_document->applyFix(fix); });
}

std::optional<Mark> ConfigForm::checkNewEntry(Field field, const QString &text) const
{
    // What validation and the advisor would say once it is added, for that entry alone.
    CorsConfig candidate = m_document->config();
    QStringList *list = stringEntries(candidate, field);
    if (list == nullptr) {
        return std::nullopt;
    }
    const int index = int(list->size());
    list->append(text);
    return markFor(advisor::lint(candidate), field, index);
}

void ConfigForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &ConfigForm::orderTabs);
}

void ConfigForm::orderTabs()
{
    QList<QWidget *> controls;
    for (QWidget *child : findChildren<QWidget *>()) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isVisibleTo(this) &&
            child->focusProxy() == nullptr) {
            controls.append(child);
        }
    }
    const auto position = [this](const QWidget *w) { return w->mapTo(this, QPoint(0, 0)); };
    std::stable_sort(controls.begin(), controls.end(),
                     [&position](const QWidget *a, const QWidget *b) {
                         const QPoint pa = position(a);
                         const QPoint pb = position(b);
                         return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
                     });
    for (qsizetype i = 1; i < controls.size(); ++i) {
        setTabOrder(controls[i - 1], controls[i]);
    }
}

} // namespace cors::gui
