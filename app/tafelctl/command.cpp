#include "command.h"

#include "store/repositories.h"

#include <QJsonDocument>

#include <algorithm>

namespace tafel::cli {

namespace {
QList<Group (*)()> &registry()
{
    static QList<Group (*)()> makers;
    return makers;
}
} // namespace

GroupRegistrar::GroupRegistrar(Group (*make)())
{
    registry().append(make);
}

QList<Group> groups()
{
    QList<Group> out;
    for (auto *make : registry())
        out.append(make());
    std::sort(out.begin(), out.end(), [](const Group &a, const Group &b) { return a.name < b.name; });
    return out;
}

Context::Context(QString commandPath, QString dbPath, bool json, QTextStream &out, QTextStream &err)
    : m_commandPath(std::move(commandPath))
    , m_dbPath(std::move(dbPath))
    , m_json(json)
    , m_out(out)
    , m_err(err)
{
}

Context::~Context() = default;

QString Context::actor() const
{
    const QString user = qEnvironmentVariable("USER").trimmed();
    return user.isEmpty() ? QStringLiteral("tafelctl") : user;
}

store::Database *Context::database(const store::OpenOptions &options)
{
    if (m_db)
        return m_db.get();
    auto db = store::Database::open(m_dbPath, options);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    m_db = std::move(db).value();
    return m_db.get();
}

int Context::fail(const Error &error)
{
    return fail(error.message);
}

int Context::fail(const QString &message)
{
    m_err << "tafelctl: " << message << Qt::endl;
    return ExitFailed;
}

int Context::usageError(const QString &message)
{
    m_err << "tafelctl: " << message << '\n' << tr("Run '%1 --help' for usage.").arg(m_commandPath) << Qt::endl;
    return ExitUsage;
}

void Context::printJson(const QJsonArray &array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Context::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Context::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], std::max<qsizetype>(row[i].size(), 1));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            QString cell = i < cells.size() ? cells[i] : QString();
            if (cell.isEmpty())
                cell = QStringLiteral("-");
            text += i + 1 < widths.size() ? cell.leftJustified(widths[i] + 2) : cell;
        }
        m_out << text << '\n';
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    m_out.flush();
}

bool Context::roomFilter(const QCommandLineParser &args, std::optional<QString> *roomId, const QString &option)
{
    roomId->reset();
    if (!args.isSet(option))
        return true;
    auto *db = database();
    if (!db)
        return false;
    auto room = store::RoomRepository(*db).resolve(args.value(option));
    if (!room) {
        fail(room.error());
        return false;
    }
    *roomId = room->id;
    return true;
}

Status Context::audit(const QString &action, const QString &target, const QJsonObject &before, const QJsonObject &after)
{
    if (!m_db)
        return Error::make(ErrorCode::Failed, tr("No database is open."));
    return store::AuditLog(*m_db).record(actor(), action, target, before, after);
}

QCommandLineOption ClientKey::option()
{
    return QCommandLineOption(QStringLiteral("key"), tr("Private key file (from 'tafelctl keys create'); default $TAFEL_KEY."), QStringLiteral("FILE"));
}

QString ClientKey::path(const QCommandLineParser &args)
{
    return args.isSet(QStringLiteral("key")) ? args.value(QStringLiteral("key")) : qEnvironmentVariable("TAFEL_KEY");
}

} // namespace tafel::cli
