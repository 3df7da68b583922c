// tafelctl: Tafel on the command line. This file parses the global options and dispatches to the command
// groups, which register themselves (command.h explains how to add one).
#include "command.h"

#include "core/language.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <cstdio>

namespace tafel::cli {

namespace {

class Dispatch final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::Dispatch)
public:
    static QList<QCommandLineOption> globalOptions()
    {
        return {
            QCommandLineOption(QStringLiteral("db"),
                               tr("Use the database file PATH (default: $TAFEL_DB, else %1).")
                                   .arg(defaultPathWithoutEnv()),
                               QStringLiteral("PATH")),
            QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON instead of tables.")),
            QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help for the command.")),
        };
    }

    static QString defaultPathWithoutEnv()
    {
        const QString saved = qEnvironmentVariable("TAFEL_DB");
        qunsetenv("TAFEL_DB");
        const QString path = store::Database::defaultPath();
        if (!saved.isEmpty())
            qputenv("TAFEL_DB", saved.toLocal8Bit());
        return path;
    }

    // Qt's help text starts with "Usage: <argv[0]> [options]" (translated); show the subcommand path instead.
    static QString helpText(const QCommandLineParser &parser, const QString &commandPath)
    {
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), commandPath);
        return text;
    }

    static void printTopHelp(QTextStream &out)
    {
        out << tr("Usage: tafelctl [--db PATH] [--json] <command> <subcommand> [options] [arguments]") << "\n\n"
            << tr("Tafel on the command line: rooms, devices and the database of a school.") << "\n\n"
            << tr("Commands:") << '\n';
        const QList<Group> all = groups();
        qsizetype width = 0;
        for (const Group &g : all)
            width = std::max(width, g.name.size());
        for (const Group &g : all) {
            QStringList verbs;
            for (const Verb &v : g.verbs)
                verbs.append(v.name);
            out << "  " << g.name.leftJustified(width + 2) << g.summary() << " (" << verbs.join(QStringLiteral(", ")) << ")\n";
        }
        out << '\n' << tr("Global options:") << '\n';
        QCommandLineParser p;
        p.addOptions(globalOptions());
        p.addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")));
        // Qt's text is "Usage: ...\n\nOptions:\n  --db <PATH> ..."; keep the option lines.
        QString options = p.helpText();
        options = options.mid(options.indexOf(QStringLiteral(":\n"), options.indexOf(QStringLiteral("\n\n"))) + 2);
        out << options << '\n'
            << tr("Exit codes: 0 success, 1 the operation failed, 2 wrong usage.") << '\n'
            << tr("Run 'tafelctl <command> --help' for the subcommands of a command.") << '\n';
        out.flush();
    }

    static void printGroupHelp(QTextStream &out, const Group &g)
    {
        out << tr("Usage: tafelctl %1 <subcommand> [options] [arguments]").arg(g.name) << "\n\n"
            << g.summary() << "\n\n"
            << tr("Subcommands:") << '\n';
        qsizetype width = 0;
        for (const Verb &v : g.verbs)
            width = std::max(width, v.name.size());
        for (const Verb &v : g.verbs)
            out << "  " << v.name.leftJustified(width + 2) << v.summary() << '\n';
        out << '\n' << tr("Run 'tafelctl %1 <subcommand> --help' for the options of a subcommand.").arg(g.name) << '\n';
        out.flush();
    }

    static int usage(QTextStream &err, const QString &message, const QString &commandPath)
    {
        err << "tafelctl: " << message << '\n' << tr("Run '%1 --help' for usage.").arg(commandPath) << Qt::endl;
        return ExitUsage;
    }

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        const QString program = QStringLiteral("tafelctl");
        const QList<QCommandLineOption> global = globalOptions();
        const QCommandLineOption versionOpt({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));

        // Stage 1: global options, then the group name; everything after the group is left for later stages.
        QCommandLineParser top;
        top.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        top.addOptions(global);
        top.addOption(versionOpt);
        if (!top.parse(arguments))
            return usage(err, top.errorText(), program);
        if (top.isSet(versionOpt)) {
            out << "tafelctl " << QStringLiteral(TAFEL_VERSION) << Qt::endl;
            return ExitOk;
        }
        QStringList rest = top.positionalArguments();
        if (rest.isEmpty()) {
            if (top.isSet(QStringLiteral("help"))) {
                printTopHelp(out);
                return ExitOk;
            }
            return usage(err, tr("No command given."), program);
        }
        const QList<Group> all = groups();
        auto group = std::find_if(all.cbegin(), all.cend(), [&](const Group &g) { return g.name == rest.first(); });
        if (group == all.cend()) {
            // A top-level verb such as "probe" runs as "<group> probe".
            group = std::find_if(all.cbegin(), all.cend(), [&](const Group &g) {
                return g.verbsAtTopLevel && std::any_of(g.verbs.cbegin(), g.verbs.cend(), [&](const Verb &v) { return v.name == rest.first(); });
            });
            if (group != all.cend())
                rest.prepend(group->name);
        }
        if (group == all.cend())
            return usage(err, tr("Unknown command '%1'.").arg(rest.first()), program);
        const QString groupPath = program + QLatin1Char(' ') + group->name;
        if (!group->defaultVerb.isEmpty()
            && (rest.size() < 2 || std::none_of(group->verbs.cbegin(), group->verbs.cend(), [&](const Verb &v) { return v.name == rest.at(1); })))
            rest.insert(1, group->defaultVerb);

        // Stage 2: the subcommand.
        QCommandLineParser mid;
        mid.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        mid.addOptions(global);
        if (!mid.parse(QStringList{groupPath} + rest.mid(1)))
            return usage(err, mid.errorText(), groupPath);
        rest = mid.positionalArguments();
        const bool help = top.isSet(QStringLiteral("help")) || mid.isSet(QStringLiteral("help"));
        if (rest.isEmpty()) {
            if (help) {
                printGroupHelp(out, *group);
                return ExitOk;
            }
            return usage(err, tr("'%1' needs a subcommand: %2.").arg(groupPath, [&] {
                QStringList names;
                for (const Verb &v : group->verbs)
                    names.append(v.name);
                return names.join(QStringLiteral(", "));
            }()), groupPath);
        }
        const auto verb = std::find_if(group->verbs.cbegin(), group->verbs.cend(), [&](const Verb &v) { return v.name == rest.first(); });
        if (verb == group->verbs.cend())
            return usage(err, tr("Unknown subcommand '%1' for '%2'.").arg(rest.first(), groupPath), groupPath);
        const QString verbPath = groupPath + QLatin1Char(' ') + verb->name;

        // Stage 3: the verb's own options and arguments.
        QCommandLineParser leaf;
        leaf.setApplicationDescription(verb->summary());
        leaf.addOptions(global);
        if (verb->declare)
            verb->declare(leaf);
        if (!leaf.parse(QStringList{verbPath} + rest.mid(1)))
            return usage(err, leaf.errorText(), verbPath);
        if (help || leaf.isSet(QStringLiteral("help"))) {
            out << helpText(leaf, verbPath);
            out.flush();
            return ExitOk;
        }
        const QStringList positional = leaf.positionalArguments();
        if (positional.size() < verb->minArguments)
            return usage(err, tr("'%1' is missing an argument.").arg(verbPath), verbPath);
        if (positional.size() > verb->maxArguments)
            return usage(err, tr("Unexpected argument '%1'.").arg(positional.at(verb->maxArguments)), verbPath);

        // The innermost --db wins; --json anywhere.
        QString db = store::Database::defaultPath();
        for (const QCommandLineParser *p : {&top, &mid, &leaf}) {
            if (p->isSet(QStringLiteral("db")))
                db = p->value(QStringLiteral("db"));
        }
        if (db.trimmed().isEmpty())
            return usage(err, tr("--db needs a file name."), verbPath);
        const bool json = top.isSet(QStringLiteral("json")) || mid.isSet(QStringLiteral("json")) || leaf.isSet(QStringLiteral("json"));
        Context ctx(verbPath, db, json, out, err);
        return verb->run(leaf, ctx);
    }
};

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return Dispatch::run(arguments, out, err);
}

} // namespace tafel::cli

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the tafel app, so both find the same database under AppDataLocation.
    QCoreApplication::setOrganizationName(QStringLiteral("Tafel"));
    QCoreApplication::setApplicationName(QStringLiteral("tafel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAFEL_VERSION));

    // A script gets English unless the user's locale asks for a language Tafel ships.
    const QString lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (tafel::supportedLanguages().contains(lang) && lang != QLatin1String("en"))
        tafel::installTranslations(lang);

    // Errors reach the user as one clear message on stderr; module logging stays quiet unless
    // QT_LOGGING_RULES asks for it.
    QLoggingCategory::setFilterRules(QStringLiteral("tafel.*.info=false\ntafel.*.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return tafel::cli::run(QCoreApplication::arguments(), out, err);
}
