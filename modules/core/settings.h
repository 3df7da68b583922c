#pragma once

#include "core/result.h"

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace tafel {

// An INI truth value: true/1/yes/on or false/0/no/off (any case, surrounding space ignored); nullopt otherwise.
std::optional<bool> parseBool(const QString &text);

// A typed key with its default in one place: `inline const Setting<int> kProbeInterval{"Monitoring/IntervalSecs", 30};`
template<typename T>
struct Setting {
    const char *key;
    T defaultValue;
};

// Typed wrapper over QSettings ("Section/Key" keys). Reads fall back to the Setting's default when the
// stored value is missing or has the wrong type; save() reports QSettings' status so a read-only or broken
// file is an error the caller sees, not a silent loss.
class Settings final {
    Q_DISABLE_COPY_MOVE(Settings)
public:
    // INI file at an explicit path (agent config, tests).
    explicit Settings(const QString &iniPath);
    // The application's native settings (organisation/application from QCoreApplication).
    Settings();
    ~Settings();

    template<typename T>
    T value(const Setting<T> &s) const
    {
        const QVariant v = m_settings->value(QString::fromLatin1(s.key));
        if (!v.isValid() || !v.canConvert<T>())
            return s.defaultValue;
        if constexpr (std::is_same_v<T, int> || std::is_same_v<T, qint64> || std::is_same_v<T, uint>) {
            bool ok = false;
            const auto n = v.toLongLong(&ok);
            return ok ? T(n) : s.defaultValue;
        } else if constexpr (std::is_same_v<T, bool>) {
            return parseBool(v.toString()).value_or(s.defaultValue);
        } else {
            return v.value<T>();
        }
    }

    template<typename T>
    void setValue(const Setting<T> &s, const T &value)
    {
        m_settings->setValue(QString::fromLatin1(s.key), QVariant::fromValue(value));
    }

    template<typename T>
    bool contains(const Setting<T> &s) const
    {
        return m_settings->contains(QString::fromLatin1(s.key));
    }

    template<typename T>
    void reset(const Setting<T> &s)
    {
        m_settings->remove(QString::fromLatin1(s.key));
    }

    // Flushes to disk and checks the outcome.
    Status save();
    // Status of the last read/write (e.g. a malformed INI file gives FormatError).
    Status status() const;
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tafel
