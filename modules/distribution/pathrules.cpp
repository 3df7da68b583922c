// The safety rules for a relative path inside a package (checkPath in manifest.h).
#include "distribution/manifest.h"

#include <QCoreApplication>
#include <QStringList>

namespace tafel::distribution {
namespace {

struct PathRules {
    Q_DECLARE_TR_FUNCTIONS(tafel::distribution::PathRules)
};

Error bad(const QString &path, const QString &rule)
{
    return Error::make(ErrorCode::InvalidInput, PathRules::tr("Unsafe path \"%1\" in the package: %2").arg(path, rule));
}

// Windows reserves these names for devices, with or without an extension ("nul.txt" is the NUL device too).
bool isDeviceName(const QString &segment)
{
    QString stem = segment.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList fixed = { QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL"),
        QStringLiteral("CONIN$"), QStringLiteral("CONOUT$") };
    if (fixed.contains(stem))
        return true;
    if (stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))) {
        const QChar d = stem.at(3);
        // COM1-9 and LPT1-9, and the superscript digits ¹ ² ³ Windows also maps to devices.
        return (d >= QLatin1Char('1') && d <= QLatin1Char('9')) || d == QChar(0x00B9) || d == QChar(0x00B2) || d == QChar(0x00B3);
    }
    return false;
}

} // namespace

Status checkPath(const QString &path, const Limits &limits)
{
    if (path.isEmpty())
        return Error::make(ErrorCode::InvalidInput, PathRules::tr("A file in the package has an empty path."));
    if (path.toUtf8().size() > limits.maxPathLength)
        return bad(path, PathRules::tr("longer than %1 bytes").arg(limits.maxPathLength));
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            return bad(path, PathRules::tr("contains a control character"));
    }
    if (path.startsWith(QLatin1Char('/')))
        return bad(path, PathRules::tr("absolute path"));
    if (path.contains(QLatin1Char('\\')))
        return bad(path, PathRules::tr("contains a backslash (paths are '/'-separated)"));
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter())
        return bad(path, PathRules::tr("starts with a drive letter"));
    if (path.contains(QLatin1Char(':')))
        return bad(path, PathRules::tr("contains ':' (drive letters and alternate data streams are not allowed)"));
    const QStringList segments = path.split(QLatin1Char('/'));
    if (segments.size() > limits.maxDepth)
        return bad(path, PathRules::tr("more than %1 directory levels").arg(limits.maxDepth));
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return bad(path, PathRules::tr("empty path segment"));
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return bad(path, PathRules::tr("'.' or '..' segment"));
        if (segment.toUtf8().size() > limits.maxSegmentLength)
            return bad(path, PathRules::tr("a name longer than %1 bytes").arg(limits.maxSegmentLength));
        if (segment.endsWith(QLatin1Char('.')) || segment.endsWith(QLatin1Char(' ')))
            return bad(path, PathRules::tr("a name ends with a dot or a space"));
        if (isDeviceName(segment))
            return bad(path, PathRules::tr("\"%1\" is a Windows device name").arg(segment));
    }
    return {};
}

} // namespace tafel::distribution
