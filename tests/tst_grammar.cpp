// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/grammar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors::http;

class TestGrammar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void token_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isToken");
        QTest::addRow("simple") << u"Content-Type"_s << true;
        QTest::addRow("all tchar symbols") << u"!#$%&'*+-.^_`|~"_s << true;
        QTest::addRow("digits") << u"X-1"_s << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("space") << u"X Y"_s << false;
        QTest::addRow("colon") << u"X-Y:"_s << false;
        QTest::addRow("comma") << u"a,b"_s << false;
        QTest::addRow("slash") << u"a/b"_s << false;
        QTest::addRow("quote") << u"a\"b"_s << false;
        QTest::addRow("non-ascii") << u"Xü"_s << false;
        QTest::addRow("parenthesis") << u"a(b)"_s << false;
    }
    void token()
    {
        QFETCH(QString, text);
        QFETCH(bool, isToken);
        QCOMPARE(cors::http::isToken(text), isToken);
    }

    void forbiddenRequestHeader_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("forbidden");
        for (const char *name : {"Accept-Charset",
                                 "accept-encoding",
                                 "Access-Control-Request-Headers",
                                 "Access-Control-Request-Method",
                                 "Connection",
                                 "Content-Length",
                                 "cookie",
                                 "Cookie2",
                                 "Date",
                                 "DNT",
                                 "Expect",
                                 "HOST",
                                 "Keep-Alive",
                                 "Origin",
                                 "Referer",
                                 "Set-Cookie",
                                 "TE",
                                 "Trailer",
                                 "Transfer-Encoding",
                                 "Upgrade",
                                 "Via",
                                 "Sec-Fetch-Mode",
                                 "sec-x",
                                 "Proxy-Authorization",
                                 "proxy-anything"}) {
            QTest::addRow("%s", name) << QString::fromLatin1(name) << true;
        }
        for (const char *name : {"Authorization", "Content-Type", "X-Api-Key", "Accept", "Secret",
                                 "Proxy", "X-Sec-Token", "Cookies", "X-HTTP-Method-Override"}) {
            QTest::addRow("%s", name) << QString::fromLatin1(name) << false;
        }
    }
    void forbiddenRequestHeader()
    {
        QFETCH(QString, name);
        QFETCH(bool, forbidden);
        QCOMPARE(isForbiddenRequestHeaderName(name), forbidden);
    }

    void methods()
    {
        QVERIFY(isForbiddenMethod(u"CONNECT"));
        QVERIFY(isForbiddenMethod(u"trace"));
        QVERIFY(isForbiddenMethod(u"Track"));
        QVERIFY(!isForbiddenMethod(u"GET"));
        QVERIFY(isNormalizedMethod(u"get"));
        QVERIFY(isNormalizedMethod(u"options"));
        QVERIFY(!isNormalizedMethod(u"patch"));
        QVERIFY(isForbiddenResponseHeaderName(u"set-cookie"));
        QVERIFY(isForbiddenResponseHeaderName(u"Set-Cookie2"));
        QVERIFY(!isForbiddenResponseHeaderName(u"ETag"));
    }

    void controlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("index");
        QTest::addRow("clean") << u"https://a.example"_s << -1;
        QTest::addRow("LF") << u"a\nb"_s << 1;
        QTest::addRow("CR") << u"ab\r"_s << 2;
        QTest::addRow("NUL") << QString(QChar(0)) << 0;
        QTest::addRow("tab") << u"\tx"_s << 0;
        QTest::addRow("DEL") << u"x\x7f"_s << 1;
        QTest::addRow("C1") << u"x\u0085"_s << 1;
        QTest::addRow("unicode is fine") << u"bücher"_s << -1;
    }
    void controlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(int, index);
        QCOMPARE(firstControlCharacter(text), index);
    }

    void describeCharacterNamesCodePoint()
    {
        QCOMPARE(describeCharacter(QChar(u'\n')), u"line feed (U+000A)"_s);
        QCOMPARE(describeCharacter(QChar(u'\r')), u"carriage return (U+000D)"_s);
    }
};

QTEST_GUILESS_MAIN(TestGrammar)
#include "tst_grammar.moc"
