// tafel: the teacher and admin desktop app. Composition root only: options, store, demo school, main window.
#include "core/language.h"
#include "core/settings.h"
#include "demo/demoagents.h"
#include "demo/demoschool.h"
#include "demo/demosimulators.h"
#include "gui/adminauth.h"
#include "gui/adminview.h"
#include "gui/mainwindow.h"
#include "gui/roomhealth.h"
#include "gui/sendmaterialpanel.h"
#include "gui/teacherview.h"
#include "media/mediaoptions.h"
#include "screen/screencontroller.h"
#include "screen/screenhelper.h"
#include "screensession/screensessionserver.h"
#include "store/database.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// The room this PC showed last: a classroom PC starts in its own room.
const tafel::Setting<QString> kLastRoom{"Teacher/LastRoom", QString()};
// The teacher key this PC uses for the room's agents (tafelctl keys create --role teacher); the agents'
// certificates are pinned in "agent-pins" next to the database (tafelctl agent enroll).
const tafel::Setting<QString> kAgentKey{"Agents/KeyFile", QString()};
const tafel::Setting<QString> kAdminKey{"Agents/AdminKeyFile", QString()}; // Agents & keys: status, config push
const tafel::Setting<QString> kVideoDirectory{"Agents/VideoDirectory", QString()};
// Written by `tafelctl provision apply` on unattended installs; adopted when no admin password exists yet.
const tafel::Setting<QString> kProvisionedAdminHash{"Admin/ProvisionedHashFile", QStringLiteral("/etc/tafel/admin-password")};

void fail(const QString &message)
{
    std::fprintf(stderr, "tafel: %s\n", qUtf8Printable(message));
}

// --help and --version must work without a display, so they get a QCoreApplication instead of a QApplication.
bool onlyHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = onlyHelpOrVersion(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tafel"));
    QApplication::setOrganizationName(QStringLiteral("Tafel"));
    QApplication::setApplicationVersion(QStringLiteral(TAFEL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tafel: smart classroom control"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     QApplication::translate("main", "Open a demo school in a throwaway database."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QApplication::translate("main", "Use the database at PATH."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QApplication::translate("main", "User interface language: de, en or tr."),
                                     QStringLiteral("LANG"));
    const QCommandLineOption roomOpt(QStringLiteral("room"), QApplication::translate("main", "Start in room NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption viewOpt(QStringLiteral("view"),
                                     QApplication::translate("main", "Start view: teacher, login (the admin "
                                                                     "password prompt), health, material (sends the demo lesson folder), admin, schedules, overview, agents, reports, audit or settings (material and the admin ones only with --demo)."),
                                     QStringLiteral("VIEW"), QStringLiteral("teacher"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                     QApplication::translate("main", "Save a picture of the window to FILE and exit."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"),
                                     QApplication::translate("main", "Window size for --screenshot, e.g. 1920x1080."),
                                     QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption screenOpt(QStringLiteral("screen"),
                                       QApplication::translate("main", "Run the screen helper for tafel-agent (messages, "
                                                                       "blanking, video on this display) instead of the window."));
    const QCommandLineOption socketOpt(QStringLiteral("socket"),
                                       QApplication::translate("main", "With --screen: listen on the socket NAME or PATH."),
                                       QStringLiteral("NAME"));
    parser.addOptions({demoOpt, dbOpt, langOpt, roomOpt, viewOpt, shotOpt, sizeOpt, screenOpt, socketOpt});
    const QCommandLineOption shotDelayOpt(QStringLiteral("screenshot-delay"),
                                          QApplication::translate("main", "With --screenshot: wait MS more after the "
                                                                          "first display status refresh."),
                                          QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOption(shotDelayOpt);
    parser.process(*app);

    tafel::installTranslations(parser.value(langOpt));
    if (parser.isSet(screenOpt))
        return tafel::screen::runScreenHelper({parser.value(socketOpt), false});

    if (parser.isSet(demoOpt) && parser.isSet(dbOpt)) {
        fail(QApplication::translate("main", "--demo and --db exclude each other."));
        return 2;
    }
    const QString view = parser.value(viewOpt).toLower();
    const bool adminView = view == QLatin1String("admin") || view == QLatin1String("schedules") || view == QLatin1String("overview")
                           || view == QLatin1String("reports") || view == QLatin1String("audit")
                           || view == QLatin1String("agents") || view == QLatin1String("settings");
    if (view != QLatin1String("teacher") && view != QLatin1String("login") && view != QLatin1String("health") && view != QLatin1String("material")
        && !adminView) {
        fail(QApplication::translate("main", "--view must be teacher, login, health, material, admin, schedules, overview, agents, reports, audit or settings."));
        return 2;
    }
    QSize size;
    if (parser.isSet(sizeOpt) || parser.isSet(shotOpt)) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$")).match(parser.value(sizeOpt));
        if (!m.hasMatch()) {
            fail(QApplication::translate("main", "--size must look like 1920x1080."));
            return 2;
        }
        size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }

    // The database: a throwaway one for the demo, the given file, or the user's data directory.
    std::unique_ptr<QTemporaryDir> demoDir;
    QString dbPath;
    if (parser.isSet(demoOpt)) {
        demoDir = std::make_unique<QTemporaryDir>();
        if (!demoDir->isValid()) {
            fail(QApplication::translate("main", "Cannot create a temporary directory for the demo: %1")
                     .arg(demoDir->errorString()));
            return 1;
        }
        dbPath = demoDir->filePath(QStringLiteral("demo.db"));
    } else if (parser.isSet(dbOpt)) {
        dbPath = parser.value(dbOpt);
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        dbPath = QDir(dir).filePath(QStringLiteral("tafel.db"));
    }

    auto db = tafel::store::Database::open(dbPath);
    if (!db) {
        fail(db.errorString());
        if (!parser.isSet(shotOpt))
            QMessageBox::critical(nullptr, QApplication::translate("main", "Tafel cannot start"), db.errorString());
        return 1;
    }

    tafel::gui::MainWindowOptions options;
    options.startRoom = parser.value(roomOpt);
    options.runSchedules = true; // run by tafel until the room agent takes over
    // The demo's displays are simulators on 127.0.0.1 (never a LAN address); they live as long as the window.
    std::unique_ptr<tafel::demo::DemoSimulators> simulators;
    std::unique_ptr<tafel::demo::DemoAgents> demoAgents;
    std::unique_ptr<tafel::screen::ScreenController> demoScreen;
    std::unique_ptr<tafel::screensession::ScreenSessionServer> demoScreenServer;
    options.agentControl = true;
    if (parser.isSet(demoOpt)) {
        tafel::demo::DemoOptions demoOptions;
        simulators = std::make_unique<tafel::demo::DemoSimulators>();
        if (tafel::Status started = simulators->start(); !started) {
            fail(started.errorString());
            return 1;
        }
        demoOptions.simulators = simulators->displays();
        options.displays.typicalWarmupMs = tafel::demo::DemoSimulators::Options{}.warmupMs;
        options.displays.typicalCooldownMs = tafel::demo::DemoSimulators::Options{}.cooldownMs;
        if (tafel::Status seeded = tafel::demo::seedDemoSchool(*db.value(), demoOptions); !seeded) {
            fail(seeded.errorString());
            return 1;
        }
        // The demo's agents run in this process on 127.0.0.1; Raum 204's display session is a screen helper here too.
        demoAgents = std::make_unique<tafel::demo::DemoAgents>(demoDir->path());
        if (tafel::Status started = demoAgents->start(*db.value()); !started) {
            fail(started.errorString());
            return 1;
        }
        tafel::media::MediaOptions screenMedia;
        screenMedia.headless = parser.isSet(shotOpt) || QGuiApplication::platformName() == QLatin1String("offscreen");
        demoScreen = std::make_unique<tafel::screen::ScreenController>(screenMedia);
        demoScreenServer = std::make_unique<tafel::screensession::ScreenSessionServer>(*demoScreen);
        QObject::connect(demoScreen.get(), &tafel::screen::ScreenController::stateChanged, demoScreenServer.get(),
                         &tafel::screensession::ScreenSessionServer::publishState);
        if (tafel::Status listening = demoScreenServer->listen(demoAgents->screenSocket()); !listening)
            fail(listening.errorString());
        options.agents.keyFile = demoAgents->teacherKeyFile();
        options.adminAgentKeyFile = demoAgents->adminKeyFile();
        options.videoDirectory = demoAgents->mediaDirectory();
        if (options.startRoom.isEmpty())
            options.startRoom = QStringLiteral("Raum 204");
        options.banner = QApplication::translate("main", "Demo school — admin password: %1")
                             .arg(tafel::demo::demoAdminPassword());
    }

    tafel::Settings settings;
    const bool remember = !parser.isSet(demoOpt); // demo ids are throwaway
    if (remember)
        options.rememberedRoom = settings.value(kLastRoom);
    if (!parser.isSet(demoOpt)) {
        options.agents.keyFile = settings.value(kAgentKey);
        options.adminAgentKeyFile = settings.value(kAdminKey);
        options.videoDirectory = settings.value(kVideoDirectory);
        if (options.videoDirectory.isEmpty())
            options.videoDirectory = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    }

    if (!parser.isSet(demoOpt)) {
        auto adopted = tafel::gui::AdminAuth(*db.value()).adoptProvisionedHash(settings.value(kProvisionedAdminHash));
        if (!adopted)
            qWarning().noquote() << adopted.errorString();
    }

    tafel::gui::MainWindow window(*db.value(), options);
    if (remember) {
        QObject::connect(window.teacherView(), &tafel::gui::TeacherView::roomChanged, &window,
                         [&settings](const QString &roomId) {
                             if (roomId.isEmpty())
                                 return;
                             settings.setValue(kLastRoom, roomId);
                             if (tafel::Status saved = settings.save(); !saved)
                                 fail(saved.errorString());
                         });
    }
    if (adminView) {
        if (!parser.isSet(demoOpt)) {
            fail(QApplication::translate("main", "--view admin works only with --demo; otherwise use the Admin "
                                                 "button and the password."));
            return 2;
        }
        window.unlockWithPassword(tafel::demo::demoAdminPassword());
        if (view == QLatin1String("schedules"))
            window.adminView()->showPage(tafel::gui::AdminView::Schedules);
        if (view == QLatin1String("overview"))
            window.adminView()->showPage(tafel::gui::AdminView::Overview);
        if (view == QLatin1String("reports"))
            window.adminView()->showPage(tafel::gui::AdminView::Reports);
        if (view == QLatin1String("audit"))
            window.adminView()->showPage(tafel::gui::AdminView::AuditLog);
        if (view == QLatin1String("agents"))
            window.adminView()->showPage(tafel::gui::AdminView::AgentsKeys);
        if (view == QLatin1String("settings"))
            window.adminView()->showPage(tafel::gui::AdminView::Settings);
    }

    if (view == QLatin1String("health") && window.roomHealth())
        window.roomHealth()->setDetailsVisible(true); // the network details panel open (screenshots)
    if (view == QLatin1String("material") && demoAgents && window.materialPanel()) {
        // "Send material" in action: the demo lesson folder goes to the room's agents; the panel is scrolled into view.
        window.materialPanel()->sendPaths({demoAgents->sampleMaterial()});
        QTimer::singleShot(0, &window, [&window] {
            if (auto *area = window.teacherView()->findChild<QScrollArea *>(QStringLiteral("displaysArea")))
                area->ensureWidgetVisible(window.materialPanel(), 0, 0);
        });
    }
    if (parser.isSet(shotOpt)) {
        window.resize(size);
        window.show();
        if (view == QLatin1String("login"))
            window.requestAdmin();
        const QString file = parser.value(shotOpt);
        const int extraDelay = qBound(0, parser.value(shotDelayOpt).toInt(), 120'000);
        auto grab = [&window, file] {
            QApplication::processEvents();
            if (!window.grab().save(file)) {
                fail(QApplication::translate("main", "Cannot write the screenshot to %1.").arg(file));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        };
        // Let layouts, polish and the first paint settle, and the displays answer (at most 10 s), before grabbing.
        tafel::gui::DisplayController *displays = window.displayController();
        auto shoot = [&window, grab, extraDelay] { QTimer::singleShot(600 + extraDelay, &window, grab); };
        if (displays && !displays->hasRefreshedOnce()) {
            auto shot = std::make_shared<bool>(false);
            auto once = [shoot, shot] {
                if (!*shot) {
                    *shot = true;
                    shoot();
                }
            };
            QObject::connect(displays, &tafel::gui::DisplayController::firstRefreshDone, &window, once);
            QTimer::singleShot(10'000, &window, once);
        } else {
            shoot();
        }
        return QApplication::exec();
    }

    // On the classroom display Tafel fills the screen; --size gives a window of that size instead.
    if (size.isValid()) {
        window.resize(size);
        window.show();
    } else {
        window.showMaximized();
    }
    if (view == QLatin1String("login"))
        window.requestAdmin();
    return QApplication::exec();
}
