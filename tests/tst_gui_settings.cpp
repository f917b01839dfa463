// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The typed settings: each Preference<T> reads back what was set, falls back to its default when
// the file holds nothing, text that is not a T, or a value its check refuses (a hand-edited file),
// and the recent-files list keeps its rules.
#include "gui/settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cors::gui::Settings;

class TestGuiSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path()); // each test starts from an empty file
    }

    void defaultsWhenNothingIsStored()
    {
        Settings settings(path());
        QCOMPARE(settings.language.get(), QString());
        QCOMPARE(settings.firstLaunchDone.get(), false);
        QCOMPARE(settings.mockPort.get(), Settings::defaultMockPort);
        QCOMPARE(settings.testerBrowser.get(), u"chromium"_s);
        QVERIFY(!settings.lastDirectory.get().isEmpty());
        QCOMPARE(settings.windowGeometry.get(), QByteArray());
    }

    void valuesRoundTripThroughTheFile()
    {
        {
            Settings settings(path());
            settings.language.set(u"de"_s);
            settings.firstLaunchDone.set(true);
            settings.mockPort.set(0);
            settings.windowState.set(QByteArray("\x00\x01\xff", 3));
            settings.sync();
        }
        Settings again(path());
        QCOMPARE(again.language.get(), u"de"_s);
        QCOMPARE(again.firstLaunchDone.get(), true);
        QCOMPARE(again.mockPort.get(), 0); // 0 is valid: a free port each time
        QCOMPARE(again.windowState.get(), QByteArray("\x00\x01\xff", 3));
        again.language.reset();
        QCOMPARE(again.language.get(), QString());
    }

    void handEditedValuesFallBackToTheDefault_data()
    {
        QTest::addColumn<QString>("written");
        QTest::newRow("not a number") << u"abc"_s;
        QTest::newRow("above 65535") << u"70000"_s;
        QTest::newRow("negative") << u"-1"_s;
        QTest::newRow("empty") << QString();
    }

    void handEditedValuesFallBackToTheDefault()
    {
        QFETCH(QString, written);
        {
            QSettings raw(path(), QSettings::IniFormat);
            raw.setValue(u"mock/port"_s, written);
        }
        QCOMPARE(Settings(path()).mockPort.get(), Settings::defaultMockPort);
    }

    void recentFilesAreAbsoluteUniqueAndCapped()
    {
        Settings settings(path());
        for (int i = 0; i < Settings::maxRecentFiles + 3; ++i) {
            settings.addRecentFile(m_dir.filePath(u"p%1.cors.yaml"_s.arg(i)));
        }
        settings.addRecentFile(m_dir.filePath(u"sub/../p5.cors.yaml"_s));
        const QStringList files = settings.recentFiles();
        QCOMPARE(files.size(), Settings::maxRecentFiles);
        QCOMPARE(files.first(), m_dir.filePath(u"p5.cors.yaml"_s));
        QCOMPARE(files.count(m_dir.filePath(u"p5.cors.yaml"_s)), 1);
        settings.removeRecentFile(m_dir.filePath(u"p5.cors.yaml"_s));
        QVERIFY(!settings.recentFiles().contains(m_dir.filePath(u"p5.cors.yaml"_s)));
        settings.clearRecentFiles();
        QVERIFY(settings.recentFiles().isEmpty());
    }

private:
    QString path() const { return m_dir.filePath(u"settings.ini"_s); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
