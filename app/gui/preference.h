// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <functional>

namespace cors::gui {

/// One typed value kept in QSettings under one key, after Tiled's `Preference<T>` and
/// qBittorrent's `SettingValue<T>`: `get()` gives the stored value, or the default when there is
/// none, it does not convert to T, or `valid` refuses it (a hand-edited file).
template <typename T> class Preference
{
public:
    using Check = std::function<bool(const T &)>;

    Preference(QSettings &settings, QString key, T defaultValue = T(), Check valid = {})
        : m_settings(settings)
        , m_key(std::move(key))
        , m_default(std::move(defaultValue))
        , m_valid(std::move(valid))
    {}

    T get() const
    {
        QVariant stored = m_settings.value(m_key);
        // convert() fails for text that is not a T ("abc" for an int), unlike canConvert().
        if (!stored.isValid() || !stored.convert(QMetaType::fromType<T>())) {
            return m_default;
        }
        T value = stored.value<T>();
        return m_valid && !m_valid(value) ? m_default : value;
    }

    void set(const T &value) { m_settings.setValue(m_key, QVariant::fromValue(value)); }
    void reset() { m_settings.remove(m_key); }

private:
    QSettings &m_settings;
    QString m_key;
    T m_default;
    Check m_valid;
};

} // namespace cors::gui
