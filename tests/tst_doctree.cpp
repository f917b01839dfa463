// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The document tree's own YAML and JSON writers: whatever a string holds, the text they write
// reads back (yaml-cpp, QJsonDocument) as exactly that string, encoded as UTF-8.
#include "render/doctree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using cors::render::Node;

class TestDocTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("ascii") << u"Content-Type"_s;
        QTest::addRow("empty") << QString();
        QTest::addRow("non-ascii in the middle") << u"caf\u00e9 au lait"_s;
        QTest::addRow("non-ascii first") << u"\u00fcber"_s;
        QTest::addRow("astral") << u"a\U0001F600b"_s;
        QTest::addRow("line separator") << u"a\u2028b"_s;
        QTest::addRow("byte order mark") << u"x\uFEFF"_s;
        QTest::addRow("controls") << u"a\nb\tc\r\x01"_s;
        QTest::addRow("quotes and backslash") << u"\"'\\"_s;
        QTest::addRow("yaml indicators") << u"- ? : # & * ! | > % @ `"_s;
        QTest::addRow("looks like a boolean") << u"yes"_s;
        QTest::addRow("looks like a number") << u"-1.5e3"_s;
        QTest::addRow("comment marker") << u"a #b"_s;
        QTest::addRow("long (an explicit YAML key)") << QString(5000, u'\u00e9');
        QTest::addRow("long ascii") << QString(1023, u'a');
        QTest::addRow("lines (a literal block)") << u"#set($a = 'b')##\n#if($a)x#end\n"_s;
        QTest::addRow("lines with an empty one") << u"a: b\n\n# c\n"_s;
        QTest::addRow("lines, the first indented") << u"  a\nb\n"_s;
        QTest::addRow("lines without a last break") << u"a\nb"_s;
        QTest::addRow("lines ending in two breaks") << u"a\nb\n\n"_s;
        QTest::addRow("lines with trailing spaces") << u"a \nb\n"_s;
        QTest::addRow("lines with a tab") << u"a\tb\nc\n"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        Node doc = Node::object();
        doc.set(text.isEmpty() ? u"key"_s : text, text, u"a comment"_s);
        doc.set(u"list"_s, Node::stringArray({text, u"after"_s}));
        doc.set(u"nested"_s, Node::object()).set(u"value"_s, text);
        doc.set(u"items"_s, Node::array()).append(Node::object()).set(u"k"_s + text, text);

        const QByteArray yaml = doc.toYaml(u"header \u00e9"_s);
        const YAML::Node parsed = YAML::Load(yaml.toStdString());
        const auto read = [](const YAML::Node &node) {
            return QString::fromStdString(node.as<std::string>());
        };
        QCOMPARE(read(parsed[(text.isEmpty() ? u"key"_s : text).toStdString()]), text);
        QCOMPARE(read(parsed["list"][0]), text);
        QCOMPARE(read(parsed["list"][1]), u"after"_s);
        QCOMPARE(read(parsed["nested"]["value"]), text);
        QCOMPARE(read(parsed["items"][0][QString(u"k"_s + text).toStdString()]), text);

        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(doc.toJson(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(text.isEmpty() ? u"key"_s : text).toString(), text);
        QCOMPARE(json.value(u"list"_s).toArray().at(0).toString(), text);
        QCOMPARE(json.value(u"nested"_s).toObject().value(u"value"_s).toString(), text);
    }

    // A subtree set into many places is written once and repeated, at each place's indentation.
    void sharedSubtrees()
    {
        Node integration = Node::object();
        integration.set(u"type"_s, "aws_proxy");
        integration.set(u"uri"_s, u"arn:\u00e9"_s);
        const Node shared = Node::shared(integration);
        Node doc = Node::object();
        doc.set(u"a"_s, shared);
        doc.set(u"b"_s, Node::object()).set(u"c"_s, shared);
        doc.set(u"d"_s, Node::array()).append(shared);
        const YAML::Node parsed = YAML::Load(doc.toYaml({}).toStdString());
        for (const YAML::Node &node : {parsed["a"], parsed["b"]["c"], parsed["d"][0]}) {
            QCOMPARE(QString::fromStdString(node["uri"].as<std::string>()), u"arn:\u00e9"_s);
            QCOMPARE(node.size(), std::size_t(2));
        }
        const QJsonObject json = QJsonDocument::fromJson(doc.toJson()).object();
        QCOMPARE(json.value(u"b"_s).toObject().value(u"c"_s).toObject().value(u"uri"_s).toString(),
                 u"arn:\u00e9"_s);
    }
};

QTEST_GUILESS_MAIN(TestDocTree)
#include "tst_doctree.moc"
