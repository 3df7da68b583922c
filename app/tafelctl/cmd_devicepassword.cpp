// tafelctl devices set-password DEVICE [--password-file F | stdin] [--clear]
#include "devicepassword.h"
#include "displaycli.h"

#include "store/credentials.h"
#include "store/repositories.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

namespace tafel::cli {
namespace {

class DevicePasswordCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::DevicePasswordCommand)
public:
    static void declare(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("DEVICE"), tr("Device id or name."));
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Room of the device (id or name), when several devices share the name."),
                                       QStringLiteral("R")));
        p.addOption(QCommandLineOption(QStringLiteral("password-file"),
                                       tr("Read the password or PIN from the first line of file F (default: the first line of standard input; "
                                          "on a terminal it is asked for without echo)."),
                                       QStringLiteral("F")));
        p.addOption(QCommandLineOption(QStringLiteral("clear"), tr("Remove the stored password instead.")));
    }

    static Result<Device> resolveDevice(store::Database &db, const QString &text, const std::optional<QString> &roomId)
    {
        store::DeviceRepository devices(db);
        if (auto byId = devices.get(text); byId && (!roomId || byId->roomId == *roomId))
            return byId;
        auto all = devices.list(roomId);
        if (!all)
            return all.error();
        QList<Device> matches;
        for (const Device &d : *all) {
            if (d.name.compare(text, Qt::CaseInsensitive) == 0)
                matches.append(d);
        }
        if (matches.isEmpty())
            return Error::make(ErrorCode::NotFound, tr("There is no device '%1'. See 'tafelctl devices list'.").arg(text));
        if (matches.size() > 1)
            return Error::make(ErrorCode::InvalidInput,
                               tr("%1 devices are named '%2'. Give the device id or --room (see 'tafelctl devices list').").arg(matches.size()).arg(text));
        return matches.constFirst();
    }

    // The first line of standard input; on a terminal a prompt on stderr and no echo.
    static Result<QString> readStdin(Context &ctx, const QString &deviceName)
    {
        const bool tty = ::isatty(STDIN_FILENO) == 1;
        termios saved{};
        if (tty) {
            ctx.err() << tr("Password or PIN for %1: ").arg(deviceName);
            ctx.err().flush();
            if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
                termios quiet = saved;
                quiet.c_lflag &= ~tcflag_t(ECHO);
                ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
            }
        }
        QFile in;
        QByteArray line;
        if (in.open(stdin, QIODevice::ReadOnly))
            line = in.readLine(4096);
        if (tty) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
            ctx.err() << Qt::endl;
        }
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return Error::make(ErrorCode::InvalidInput, tr("No password given: pass --password-file F or write it to standard input."));
        return QString::fromUtf8(line);
    }

    static int run(const QCommandLineParser &args, Context &ctx)
    {
        const QString deviceArg = args.positionalArguments().constFirst().trimmed();
        if (deviceArg.isEmpty())
            return ctx.usageError(tr("The device must not be empty."));
        const bool clear = args.isSet(QStringLiteral("clear"));
        if (clear && args.isSet(QStringLiteral("password-file")))
            return ctx.usageError(tr("Give either --clear or --password-file, not both."));
        // A password file is read before the database is touched: a wrong path is a usage error.
        QString secret;
        if (args.isSet(QStringLiteral("password-file"))) {
            auto p = DisplayCli::readPasswordFile(args.value(QStringLiteral("password-file")));
            if (!p)
                return ctx.usageError(p.errorString());
            secret = *p;
        }

        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        std::optional<QString> roomId;
        if (args.isSet(QStringLiteral("room"))) {
            auto room = store::RoomRepository(*db).resolve(args.value(QStringLiteral("room")));
            if (!room)
                return ctx.fail(room.error());
            roomId = room->id;
        }
        auto device = resolveDevice(*db, deviceArg, roomId);
        if (!device)
            return ctx.fail(device.error());
        if (!clear && secret.isEmpty()) {
            auto p = readStdin(ctx, device->name);
            if (!p)
                return ctx.usageError(p.errorString());
            secret = *p;
        }
        auto creds = store::CredentialRepository::forDatabase(*db);
        if (!creds)
            return ctx.fail(creds.error());

        const Device before = *device;
        Device after = before;
        const Status st = db->transaction([&]() -> Status {
            if (clear) {
                if (!before.credentialRef.isEmpty()) {
                    if (auto r = creds->remove(before.credentialRef); !r && r.error().code != ErrorCode::NotFound)
                        return r;
                }
                after.credentialRef.clear();
            } else {
                auto ref = creds->put(secret, before.credentialRef);
                if (!ref)
                    return ref.error();
                after.credentialRef = *ref;
            }
            if (after.credentialRef != before.credentialRef) {
                if (auto u = store::DeviceRepository(*db).update(after); !u)
                    return u;
            }
            // Only whether a password is stored, never the secret.
            const auto state = [](const Device &d) { return QJsonObject{{QStringLiteral("password"), d.credentialRef.isEmpty() ? QStringLiteral("none") : QStringLiteral("set")}}; };
            return ctx.audit(clear ? QStringLiteral("device.password.clear") : QStringLiteral("device.password"), before.id, state(before), state(after));
        });
        if (!st)
            return ctx.fail(st.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("id"), after.id},
                                      {QStringLiteral("name"), after.name},
                                      {QStringLiteral("password"), clear ? QStringLiteral("none") : QStringLiteral("set")}});
        } else if (clear) {
            ctx.out() << tr("Removed the stored password of '%1'.").arg(after.name) << Qt::endl;
        } else {
            ctx.out() << tr("Stored the password of '%1' (encrypted).").arg(after.name) << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

Result<Device> resolveDevice(store::Database &db, const QString &text, const std::optional<QString> &roomId)
{
    return DevicePasswordCommand::resolveDevice(db, text, roomId);
}

Verb devicesSetPasswordVerb()
{
    return Verb{QStringLiteral("set-password"),
                [] { return DevicePasswordCommand::tr("Store the PJLink password or MDC PIN of a display (encrypted)"); },
                &DevicePasswordCommand::declare, &DevicePasswordCommand::run, 1, 1};
}

} // namespace tafel::cli
