#include "core/settings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tafel {

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    return std::nullopt;
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::~Settings() = default;

Status Settings::save()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError && m_settings->isWritable())
        return {};
    return status().ok() ? Status(Error::make(ErrorCode::Io,
                                              QCoreApplication::translate("tafel::Settings", "Cannot write settings to %1: the file or its folder is read-only.")
                                                  .arg(m_settings->fileName())))
                         : status();
}

Status Settings::status() const
{
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::Settings", "Cannot access settings file %1.").arg(m_settings->fileName()));
    case QSettings::FormatError:
        return Error::make(ErrorCode::Corrupt, QCoreApplication::translate("tafel::Settings", "Settings file %1 is malformed.").arg(m_settings->fileName()));
    }
    return {};
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace tafel
