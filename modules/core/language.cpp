#include "core/language.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tafel {

QStringList supportedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("tr")};
}

QString installTranslations(const QString &requested)
{
    QString lang = requested.trimmed().toLower();
    if (lang.isEmpty()) {
        lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        if (!supportedLanguages().contains(lang))
            lang = QStringLiteral("de");
    }
    if (!supportedLanguages().contains(lang)) {
        qCWarning(lcCore) << "unsupported language" << lang << "- using German";
        lang = QStringLiteral("de");
    }
    QLocale::setDefault(QLocale(lang));

    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    // The .qm files are compiled into the core library's resources (translations/CMakeLists.txt).
    if (own->load(QStringLiteral(":/i18n/tafel_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcCore) << "no translation compiled in for" << lang;

    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace tafel
