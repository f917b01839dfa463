// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every enum with a key table: each value has a key, keys are distinct, and reading a key back
// gives the value, so a value added to an enum without a row in its table fails here.
#include "fetch/browser.h"
#include "model/corsconfig.h"
#include "model/field.h"
#include "model/finding.h"
#include "render/format.h"
#include "scan/scanfinding.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

/// Checks `values` against `key` and `fromKey` (nullptr when the enum is only written).
template <typename Enum, typename Values, typename Key, typename FromKey>
void checkKeys(const Values &values, Key key, FromKey fromKey, const char *name)
{
    QSet<QString> seen;
    for (const Enum value : values) {
        const QString text = key(value);
        QVERIFY2(
            !text.isEmpty(),
            qPrintable(u"%1 value %2 has no key"_s.arg(QLatin1StringView(name)).arg(int(value))));
        QVERIFY2(!seen.contains(text),
                 qPrintable(u"%1 key %2 twice"_s.arg(QLatin1StringView(name), text)));
        seen.insert(text);
        if constexpr (!std::is_same_v<FromKey, std::nullptr_t>) {
            QCOMPARE(fromKey(text), std::optional<Enum>(value));
        }
    }
    if constexpr (!std::is_same_v<FromKey, std::nullptr_t>) {
        QCOMPARE(fromKey(u"no-such-key"_s), std::nullopt);
        QCOMPARE(fromKey(QString()), std::nullopt);
    }
}

/// Every value of an enum whose values run from 0 to `last`.
template <typename Enum> QList<Enum> upTo(Enum last)
{
    QList<Enum> values;
    for (int i = 0; i <= int(last); ++i) {
        values.append(Enum(i));
    }
    return values;
}

} // namespace

class TestEnumKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields()
    {
        QCOMPARE(qsizetype(allFields.size()), qsizetype(int(Field::Stages) + 1));
        checkKeys<Field>(allFields, fieldKey, fieldFromKey, "Field");
    }

    void apiTypes()
    {
        checkKeys<ApiType>(upTo(ApiType::Http), apiTypeKey, apiTypeFromKey, "ApiType");
    }

    void formats()
    {
        QCOMPARE(qsizetype(render::allFormats.size()),
                 qsizetype(int(render::Format::Serverless) + 1));
        checkKeys<render::Format>(render::allFormats, render::formatKey, render::formatFromKey,
                                  "Format");
    }

    void browsers()
    {
        checkKeys<fetch::Browser>(upTo(fetch::Browser::WebKit), fetch::browserKey,
                                  fetch::browserFromKey, "Browser");
        QCOMPARE(fetch::browserFromKey(u"Firefox"), std::optional(fetch::Browser::Firefox));
    }

    void findingClasses()
    {
        checkKeys<scan::FindingClass>(scan::allFindingClasses(), scan::findingClassKey,
                                      scan::findingClassFromKey, "FindingClass");
    }

    void severities()
    {
        checkKeys<Severity>(upTo(Severity::Error), severityKey, nullptr, "Severity");
        checkKeys<scan::Severity>(upTo(scan::Severity::High), scan::severityKey, nullptr,
                                  "scan::Severity");
    }
};

QTEST_GUILESS_MAIN(TestEnumKeys)
#include "tst_enum_keys.moc"
