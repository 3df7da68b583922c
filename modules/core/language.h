#pragma once

#include <QString>
#include <QStringList>

namespace tafel {

// Languages Tafel ships: German first (the users' language), English, Turkish.
QStringList supportedLanguages();

// Installs Tafel's (and Qt's own) translator for `lang` ("de", "en", "tr"); an empty `lang` follows the
// system locale, falling back to German. Returns the language actually installed.
QString installTranslations(const QString &lang = QString());

} // namespace tafel
