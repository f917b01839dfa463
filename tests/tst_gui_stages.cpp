// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The stages editor offscreen, driven as a user would: adding stages by name, giving one its
// own origins, typing them, undo, removing, marks at the stage at fault, and the local mock
// serving the selected stage.

#include "gui/configform.h"
#include "gui/mainwindow.h"
#include "gui/mockpanel.h"
#include "gui/projectdocument.h"
#include "gui/settings.h"
#include "gui/stageseditor.h"
#include "gui/stringlisteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cors;

class TestGuiStages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;

    gui::ProjectDocument *document() const { return m_window->document(); }
    const CorsConfig &config() const { return m_window->document()->config(); }
    gui::StagesEditor *editor() const { return m_window->form()->stagesEditor(); }

    void addStage(const QString &name)
    {
        editor()->nameField()->setFocus();
        QTest::keyClicks(editor()->nameField(), name);
        QTest::keyClick(editor()->nameField(), Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<gui::Settings>(m_dir->filePath(u"settings.ini"_s));
        m_window = std::make_unique<gui::MainWindow>(m_settings.get());
        m_window->setErrorSink([](const QString &, const QString &) {});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        document()->undoStack()->setClean();
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void addOwnOriginsUndoRemove()
    {
        QVERIFY(config().stages.isEmpty());
        QVERIFY(!editor()->selector()->isEnabled());
        addStage(u"dev"_s);
        addStage(u"prod"_s);
        QCOMPARE(config().stages.size(), 2);
        QCOMPARE(config().stages.at(1), (Stage{u"prod"_s, std::nullopt}));
        QCOMPARE(editor()->selector()->currentText(), u"prod"_s);
        QVERIFY(!editor()->originsEditor()->isEnabled()); // prod uses the allowed origins

        // dev gets origins of its own.
        editor()->selector()->setCurrentIndex(0);
        editor()->ownOriginsBox()->setChecked(true);
        QCOMPARE(config().stages.at(0).allowOrigins, std::optional(QStringList{}));
        QLineEdit *add = editor()->originsEditor()->addField();
        add->setFocus();
        QTest::keyClicks(add, u"http://localhost:5173"_s);
        QTest::keyClick(add, Qt::Key_Return);
        QCOMPARE(config().stages.at(0).allowOrigins,
                 std::optional(QStringList{u"http://localhost:5173"_s}));

        // Undo takes the origin back, then the own list; redo restores them.
        document()->undoStack()->undo();
        QCOMPARE(config().stages.at(0).allowOrigins, std::optional(QStringList{}));
        document()->undoStack()->undo();
        QCOMPARE(config().stages.at(0).allowOrigins, std::nullopt);
        QVERIFY(!editor()->ownOriginsBox()->isChecked());
        document()->undoStack()->redo();
        document()->undoStack()->redo();
        QCOMPARE(config().stages.at(0).allowOrigins,
                 std::optional(QStringList{u"http://localhost:5173"_s}));

        // Adding an existing name selects it; removing takes the selected stage only.
        addStage(u"dev"_s);
        QCOMPARE(config().stages.size(), 2);
        QCOMPARE(editor()->selector()->currentIndex(), 0);
        editor()->removeCurrent();
        QCOMPARE(config().stages.size(), 1);
        QCOMPARE(config().stages.first().name, u"prod"_s);
    }

    void marksAndTheMockFollowTheStage()
    {
        addStage(u"dev"_s);
        addStage(u"qa_1"_s); // an underscore: CloudFormation's Mappings keys refuse it
        QVERIFY(!editor()->selector()->itemIcon(1).isNull());
        QVERIFY(editor()->selector()->itemData(1, Qt::ToolTipRole).toString().contains(u"'-'"_s));
        QVERIFY(editor()->selector()->itemIcon(0).isNull());
        editor()->removeCurrent();

        // The mock serves the selected stage's origins.
        editor()->selector()->setCurrentIndex(0);
        editor()->ownOriginsBox()->setChecked(true);
        QLineEdit *add = editor()->originsEditor()->addField();
        QTest::keyClicks(add, u"https://dev.example.com"_s);
        QTest::keyClick(add, Qt::Key_Return);
        QCOMPARE(m_window->form()->selectedStageConfig().allowOrigins,
                 QStringList{u"https://dev.example.com"_s});
        QCOMPARE(m_window->mock()->config().allowOrigins,
                 QStringList{u"https://dev.example.com"_s});
    }
};

QTEST_MAIN(TestGuiStages)
#include "tst_gui_stages.moc"
