// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The German translation reaches the window: menus, pages, the tester and core's own strings.

#include "advisor/advisor.h"
#include "advisor/quickfix.h"
#include "fetch/flow.h"
#include "gui/mainwindow.h"
#include "gui/settings.h"
#include "gui/testerpanel.h"
#include "i18n/translations.h"

#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

class TestGuiTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // English (and the C locale) gets its plural forms: "1 file", "2 files", never "file(s)".
    // First: translators stack, and German is installed after it.
    void englishPlurals()
    {
        QVERIFY(i18n::installTranslations(QLocale(QLocale::C)));
        QCOMPARE(QCoreApplication::translate("cors::gui::MainWindow", "Exported %n file(s) to %1.",
                                             nullptr, 1),
                 u"Exported 1 file to %1."_s);
        QCOMPARE(QCoreApplication::translate("cors::gui::MainWindow", "Exported %n file(s) to %1.",
                                             nullptr, 3),
                 u"Exported 3 files to %1."_s);
    }

    void germanWindow()
    {
        QVERIFY(i18n::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QTemporaryDir dir;
        gui::Settings settings(dir.filePath(u"settings.ini"_s));
        gui::MainWindow window(&settings);
        QStringList menus;
        for (const QAction *action : window.menuBar()->actions()) {
            menus.append(action->text());
        }
        QCOMPARE(menus.first(), u"&Datei"_s);
        QCOMPARE(window.pages()->tabText(0), u"Konfigurieren"_s);
        QCOMPARE(window.tester()->controls().check->text(), u"&Prüfen"_s);
        // core's strings come from the same translation
        QCOMPARE(fetch::stepTitle(fetch::StepKind::ClientInitiates).isEmpty(), false);
        QVERIFY(fetch::stepTitle(fetch::StepKind::ClientInitiates) != u"Client initiates"_s);
        QCOMPARE(i18n::shippedLanguages(), QStringList{u"de"_s});
        // Every message has its class's context: a quick fix's label is German too.
        CorsConfig config;
        config.maxAge.reset();
        const Findings findings = advisor::lint(config);
        const auto unset = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
            return f.rule == u"MAX_AGE_UNSET"_s;
        });
        QVERIFY(unset != findings.end());
        QCOMPARE(advisor::quickFixes(config, *unset).first().label,
                 u"Max. Alter auf 600 Sekunden setzen"_s);
    }
};

QTEST_MAIN(TestGuiTranslation)
#include "tst_gui_translation.moc"
