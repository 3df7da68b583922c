#include "gui/mainwindow.h"

#include "gui/adminauth.h"
#include "gui/admingate.h"
#include "gui/agentskeyspage.h"
#include "gui/adminview.h"
#include "gui/logging.h"
#include "gui/schedulemodel.h"
#include "gui/teacherview.h"
#include "gui/agentpanel.h"
#include "gui/healthpanel.h"
#include "gui/roomhealth.h"
#include "gui/reportspage.h"
#include "gui/schooloverview.h"
#include "gui/messagedialog.h"
#include "gui/videodialog.h"
#include "gui/sendmaterialpanel.h"

#include "classroom/schedulerunner.h"
#include "core/clock.h"
#include "store/schedulerepository.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

// Resources of a static library must be initialised by name (Q_INIT_RESOURCE is not allowed in a namespace).
static void initGuiResources()
{
    Q_INIT_RESOURCE(tafel_gui_resources);
}

namespace tafel::gui {

QString loadStyleSheet()
{
    initGuiResources();
    QFile file(QStringLiteral(":/style/tafel.qss"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGui) << "stylesheet missing from the resources";
        return {};
    }
    const QString css = QString::fromUtf8(file.readAll());
    qCDebug(lcGui) << "stylesheet" << css.size() << "characters";
    return css;
}

MainWindow::MainWindow(store::Database &db, const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_auth(std::make_unique<AdminAuth>(db, options.scrypt))
{
    initGuiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(options.banner.isEmpty() ? tr("Tafel") : tr("Tafel — %1").arg(options.banner));
    setStyleSheet(loadStyleSheet());
    setMinimumSize(1024, 700);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(options.banner, central);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setVisible(!options.banner.isEmpty());
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("viewStack"));
    const Clock &clock = options.clock ? *options.clock : Clock::system();
    m_teacher = new TeacherView(db, clock, m_stack);
    m_admin = new AdminView(db, *m_auth, m_stack);
    m_stack->addWidget(m_teacher);
    m_stack->addWidget(m_admin);
    m_stack->setCurrentWidget(m_teacher);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_gate = new AdminGate(*m_auth, central);
    m_admin->agentsKeysPage()->setAdminKeyFile(options.adminAgentKeyFile.isEmpty() ? options.agents.keyFile : options.adminAgentKeyFile);

    if (options.startRoom.isEmpty() && !options.rememberedRoom.isEmpty())
        m_teacher->selectRoom(options.rememberedRoom);
    if (!options.startRoom.isEmpty() && !m_teacher->selectRoom(options.startRoom))
        m_teacher->showNotice(tr("There is no room “%1”. Showing %2 instead.")
                                  .arg(options.startRoom, m_teacher->currentRoomName()));

    // A display in a classroom must not stay in the admin view when the admin walks away.
    m_idleLock = new QTimer(this);
    m_idleLock->setSingleShot(true);
    m_idleLock->setInterval(options.adminIdleLockMs);
    connect(m_idleLock, &QTimer::timeout, this, [this] {
        qCInfo(lcGui) << "admin view locked after" << m_idleLock->interval() / 1000 << "s without input";
        lock();
        m_teacher->showNotice(tr("The admin view was locked because nobody used it for a while."));
    });

    m_clock = &clock;
    if (options.displayControl)
        m_displays = new DisplayController(db, m_teacher, options.displays, this);
    if (options.agentControl) {
        // The room's agents: who is online, blank/wake the room, message and video dialogs.
        m_agents = new RoomAgents(db, options.agents, this);
        m_teacher->addPanel(new AgentPanel(m_agents));
        // Network health of the room from its agent's monitoring (health.get / history.query).
        auto *healthPanel = new HealthPanel;
        m_teacher->addPanel(healthPanel);
        m_roomHealth = new RoomHealth(db, m_agents, m_teacher, healthPanel, this);
        // "Send material": drop or choose files, delivered to every agent of the room (issue 5).
        m_material = new SendMaterialPanel(m_agents, options.material);
        m_teacher->setMaterialPanel(m_material);
        connect(m_teacher, &TeacherView::materialRequested, m_material, &SendMaterialPanel::chooseFiles);
        m_admin->setOverviewPage(new SchoolOverview(db, options.agents));
        RoomAgentsOptions adminAgents = options.agents;
        if (!options.adminAgentKeyFile.isEmpty())
            adminAgents.keyFile = options.adminAgentKeyFile;
        m_admin->setReportsPage(new ReportsPage(db, adminAgents));
        m_teacher->setAgentActionsAvailable(true);
        connect(m_teacher, &TeacherView::roomChanged, m_agents, &RoomAgents::setRoom);
        m_agents->setRoom(m_teacher->currentRoomId());
        connect(m_teacher, &TeacherView::messageRequested, this, [this] {
            auto *dialog = new MessageDialog(m_agents, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        connect(m_teacher, &TeacherView::videoRequested, this, [this, dir = options.videoDirectory] {
            auto *dialog = new VideoDialog(m_agents, dir, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    if (options.runSchedules) {
        // Run by tafel until the room agent takes over.
        m_runner = new classroom::ScheduleRunner(db, clock, this);
        if (Status loaded = m_runner->reload(); !loaded)
            m_teacher->showNotice(tr("The schedules could not be loaded: %1").arg(loaded.errorString()));
        m_runner->start();
        connect(m_runner, &classroom::ScheduleRunner::finished, this,
                [this](const schedules::ScheduleEntry &entry, const QList<displays::DeviceOutcome> &outcomes) {
                    if (!entry.roomId.isEmpty() && entry.roomId != m_teacher->currentRoomId())
                        return;
                    int failed = 0;
                    for (const auto &o : outcomes)
                        failed += o.outcome.ok() ? 0 : 1;
                    m_teacher->showNotice(
                        failed ? tr("Schedule “%1”: %2 of %3 displays did not respond.")
                                     .arg(scheduleActionShort(entry))
                                     .arg(failed)
                                     .arg(outcomes.size())
                               : tr("Schedule “%1” ran.").arg(scheduleActionShort(entry)));
                    if (m_displays)
                        m_displays->refreshNow();
                });
    }
    connect(m_admin, &AdminView::schedulesChanged, this, [this] {
        if (m_runner) {
            if (Status loaded = m_runner->reload(); !loaded)
                qCWarning(lcGui) << "schedules not reloaded:" << loaded.errorString();
        }
        updateNextAction();
    });
    connect(m_teacher, &TeacherView::roomChanged, this, &MainWindow::updateNextAction);
    m_nextActionTimer = new QTimer(this);
    m_nextActionTimer->setInterval(30'000);
    connect(m_nextActionTimer, &QTimer::timeout, this, &MainWindow::updateNextAction);
    m_nextActionTimer->start();
    updateNextAction();

    connect(m_teacher, &TeacherView::adminRequested, this, &MainWindow::requestAdmin);
    connect(m_admin, &AdminView::lockRequested, this, &MainWindow::lock);
    connect(m_gate, &AdminGate::unlocked, this, &MainWindow::openAdmin);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_idleLock->isActive())
            m_idleLock->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateNextAction()
{
    auto entries = store::ScheduleRepository(m_db).list();
    m_teacher->setNextAction(entries ? nextScheduledAction(entries.value(), m_teacher->currentRoomId(),
                                                           m_clock->now().toLocalTime())
                                     : QString());
}

TeacherView *MainWindow::teacherView() const
{
    return m_teacher;
}

AdminView *MainWindow::adminView() const
{
    return m_admin;
}

AdminGate *MainWindow::adminGate() const
{
    return m_gate;
}

bool MainWindow::isAdminUnlocked() const
{
    return m_stack->currentWidget() == m_admin;
}

void MainWindow::requestAdmin()
{
    m_gate->open();
}

bool MainWindow::unlockWithPassword(const QString &password)
{
    auto ok = m_auth->verify(password);
    if (!ok || !ok.value())
        return false;
    openAdmin();
    return true;
}

void MainWindow::lock()
{
    m_idleLock->stop();
    qApp->removeEventFilter(this);
    m_stack->setCurrentWidget(m_teacher);
    // Rooms or devices may have changed while the admin view was open.
    m_teacher->reloadRooms();
    qCInfo(lcGui) << "admin view locked";
}

void MainWindow::openAdmin()
{
    m_admin->reload();
    m_stack->setCurrentWidget(m_admin);
    if (m_idleLock->interval() > 0) {
        qApp->installEventFilter(this); // any input restarts the idle timer
        m_idleLock->start();
    }
    qCInfo(lcGui) << "admin view unlocked";
}

} // namespace tafel::gui
