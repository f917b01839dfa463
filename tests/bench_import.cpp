// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What an import costs: a large real-shaped SAM template, and the worst input the limits let
// through or refuse (the node limit, alias amplification, the size limit). Prints the peak
// resident memory after each. Run: bench_import -median 5
#include "import/templateimport.h"
#include "import/templateloader.h"
#include "support/hostiletemplates.h"

#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace cors;

class BenchImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void import_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("imports");
        QTest::addRow("SAM, 2000 functions")
            << test::largeSamTemplate(2000) << u"RestApi"_s << true;
        QTest::addRow("node limit")
            << test::flatList(templateimport::maxTemplateNodes) << QString() << false;
        QTest::addRow("alias amplification") << test::aliasAmplification() << QString() << false;
        QTest::addRow("billion laughs") << test::billionLaughs() << QString() << true;
        QTest::addRow("size limit")
            << QByteArray(templateimport::maxTemplateSize + 1, 'x') << QString() << false;
    }
    void import()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, api);
        QFETCH(bool, imports);
        templateimport::ImportResult result;
        QBENCHMARK
        {
            result = templateimport::importTemplate(bytes, api);
        }
        QCOMPARE(result.ok(), imports);
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        qInfo("%s: %lld KiB of input, peak RSS so far %ld MiB", QTest::currentDataTag(),
              static_cast<long long>(bytes.size() / 1024), usage.ru_maxrss / 1024);
    }
};

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
