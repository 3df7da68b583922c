#pragma once

// tafelctl's command registry. A command group ("rooms", "devices", "db", ...) lives in its own
// cmd_<group>.cpp and registers itself; main.cpp only dispatches. To add `tafelctl display ...`:
//
//   // app/tafelctl/cmd_display.cpp
//   #include "command.h"
//   namespace tafel::cli {
//   namespace {
//   class DisplayCommand final {
//       Q_DECLARE_TR_FUNCTIONS(tafel::cli::DisplayCommand)
//   public:
//       static Group group()
//       {
//           return {QStringLiteral("display"), [] { return tr("Switch and query displays"); },
//                   {Verb{QStringLiteral("on"), [] { return tr("Switch a display on"); },
//                         [](QCommandLineParser &p) { p.addPositionalArgument(QStringLiteral("DEVICE"), tr("Device id or name")); },
//                         &DisplayCommand::on, 1, 1}}};
//       }
//       static int on(const QCommandLineParser &args, Context &ctx) { ... return ExitOk; }
//   };
//   const GroupRegistrar registrar(&DisplayCommand::group);
//   } // namespace
//   } // namespace tafel::cli
//
// and add cmd_display.cpp to the source list in app/tafelctl/CMakeLists.txt. Nothing else changes.
// Conventions: --help is automatic; --db and --json are global and available to every verb; return
// ExitOk / ExitFailed (the operation failed: print with ctx.fail) / ExitUsage (bad input: ctx.usageError);
// human output is a table (ctx.printTable), --json output an array or object with snake_case keys (ctx.printJson);
// every change writes an audit entry (ctx.audit) in the same transaction.

#include "core/result.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace tafel::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1, // the operation failed (not found, duplicate, corrupt or locked database, ...)
    ExitUsage = 2,  // the command line is wrong (unknown command, missing/extra argument, bad option value)
};

class Context final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::Context)
    Q_DISABLE_COPY_MOVE(Context)
public:
    Context(QString commandPath, QString dbPath, bool json, QTextStream &out, QTextStream &err);
    ~Context();

    // "tafelctl rooms add": used in hints and help.
    QString commandPath() const { return m_commandPath; }
    QString dbPath() const { return m_dbPath; }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Who the audit log names: $USER, else "tafelctl".
    QString actor() const;

    // Opens the database on first use (creating it unless options say otherwise). On failure the error has been
    // printed and nullptr is returned: return ExitFailed.
    store::Database *database(const store::OpenOptions &options = {});

    // Prints "tafelctl: <message>" to stderr and returns ExitFailed.
    int fail(const Error &error);
    int fail(const QString &message);
    // Prints the message and a hint to `<command> --help` to stderr and returns ExitUsage.
    int usageError(const QString &message);

    void printJson(const QJsonArray &array);
    void printJson(const QJsonObject &object);
    // A plain-text table with a header row; empty cells print as "-".
    void printTable(const QStringList &headers, const QList<QStringList> &rows);

    // The room an optional --room option names (id or name), resolved in the database; nullopt when the option
    // is not set. On failure the error has been printed: return ExitFailed.
    bool roomFilter(const QCommandLineParser &args, std::optional<QString> *roomId, const QString &option = QStringLiteral("room"));

    // Appends an audit entry (actor(), the action, the target id, before/after as JSON).
    Status audit(const QString &action, const QString &target, const QJsonObject &before, const QJsonObject &after);

private:
    QString m_commandPath;
    QString m_dbPath;
    bool m_json = false;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<store::Database> m_db;
};

// The client key of commands that talk to agents: --key FILE, else $TAFEL_KEY.
class ClientKey final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::ClientKey)
public:
    static QCommandLineOption option();
    static QString path(const QCommandLineParser &args); // empty when neither is given
};

struct Verb {
    QString name;
    std::function<QString()> summary; // translated when help is shown
    // Declares the verb's own options and positional arguments (for parsing and for --help).
    std::function<void(QCommandLineParser &)> declare;
    std::function<int(const QCommandLineParser &, Context &)> run;
    int minArguments = 0; // positional arguments, checked before run()
    int maxArguments = 0;
};

struct Group {
    QString name;
    std::function<QString()> summary;
    QList<Verb> verbs;
    // The verbs also work as top-level commands ("tafelctl probe" = "tafelctl monitor probe"), for commands
    // the issues and scripts name without a group.
    bool verbsAtTopLevel = false;
    // When set, "tafelctl <group> [options]" without a known verb runs this verb ("tafelctl audit --since 7d").
    QString defaultVerb;
};

// All registered groups, sorted by name.
QList<Group> groups();

// Registers a group at static initialisation: `const GroupRegistrar registrar(&MyCommand::group);`
class GroupRegistrar final {
    Q_DISABLE_COPY_MOVE(GroupRegistrar)
public:
    explicit GroupRegistrar(Group (*make)());
    ~GroupRegistrar() = default;
};

// Runs tafelctl with `arguments` (arguments[0] is the program); returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tafel::cli
