// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/escape.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors::render;

class TestEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hcl");
        QTest::addColumn<QString>("js");
        QTest::addColumn<QString>("python");

        QTest::addRow("plain") << u"Content-Type"_s << u"\"Content-Type\""_s
                               << u"\"Content-Type\""_s << u"\"Content-Type\""_s;
        QTest::addRow("empty") << QString() << u"\"\""_s << u"\"\""_s << u"\"\""_s;
        QTest::addRow("double quote")
            << u"a\"b"_s << u"\"a\\\"b\""_s << u"\"a\\\"b\""_s << u"\"a\\\"b\""_s;
        QTest::addRow("backslash")
            << u"a\\b"_s << u"\"a\\\\b\""_s << u"\"a\\\\b\""_s << u"\"a\\\\b\""_s;
        QTest::addRow("newline") << u"a\nb"_s << u"\"a\\nb\""_s << u"\"a\\nb\""_s << u"\"a\\nb\""_s;
        QTest::addRow("carriage return and tab")
            << u"\r\t"_s << u"\"\\r\\t\""_s << u"\"\\r\\t\""_s << u"\"\\r\\t\""_s;
        QTest::addRow("NUL") << QString(QChar(0)) << u"\"\\u0000\""_s << u"\"\\u0000\""_s
                             << u"\"\\x00\""_s;
        QTest::addRow("HCL interpolation")
            << u"${var.x}"_s << u"\"$${var.x}\""_s << u"\"${var.x}\""_s << u"\"${var.x}\""_s;
        QTest::addRow("HCL directive")
            << u"%{if x}"_s << u"\"%%{if x}\""_s << u"\"%{if x}\""_s << u"\"%{if x}\""_s;
        QTest::addRow("dollar alone")
            << u"$x %y"_s << u"\"$x %y\""_s << u"\"$x %y\""_s << u"\"$x %y\""_s;
        QTest::addRow("single quote and backtick")
            << u"'`"_s << u"\"'`\""_s << u"\"'`\""_s << u"\"'`\""_s;
        QTest::addRow("non-ascii") << u"ü"_s << u"\"ü\""_s << u"\"\\u00fc\""_s << u"\"\\u00fc\""_s;
        QTest::addRow("line separator")
            << u"\u2028"_s << u"\"\u2028\""_s << u"\"\\u2028\""_s << u"\"\\u2028\""_s;
        QTest::addRow("astral") << u"😀"_s << u"\"😀\""_s << u"\"\\ud83d\\ude00\""_s
                                << u"\"\\U0001f600\""_s;
        QTest::addRow("DEL") << u"\x7f"_s << u"\"\\u007f\""_s << u"\"\\u007f\""_s << u"\"\\x7f\""_s;
    }
    void literals()
    {
        QFETCH(QString, text);
        QFETCH(QString, hcl);
        QFETCH(QString, js);
        QFETCH(QString, python);
        QCOMPARE(hclString(text), hcl);
        QCOMPARE(jsString(text), js);
        QCOMPARE(pythonString(text), python);
    }

    void lists()
    {
        QCOMPARE(jsArray({}), u"[]"_s);
        QCOMPARE(jsArray({u"a"_s, u"b\""_s}), u"[\"a\", \"b\\\"\"]"_s);
        QCOMPARE(pythonList({u"a"_s}), u"[\"a\"]"_s);
        QCOMPARE(hclList({u"a"_s, u"${b}"_s}), u"[\"a\", \"$${b}\"]"_s);
    }
};

QTEST_GUILESS_MAIN(TestEscape)
#include "tst_escape.moc"
