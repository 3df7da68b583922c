#include "gui/agentskeyspage.h"
#include "gui/adminauth.h"

#include "agentlink/agentclient.h"
#include "agentlink/frame.h"
#include "agentlink/pinfile.h"
#include "core/hostport.h"
#include "store/database.h"
#include "store/schoolkeys.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace tafel::gui {

namespace {
constexpr int kHostPortRole = Qt::UserRole + 1;
constexpr int kStatusTimeoutMs = 5000;

QString when(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                : QLocale().toString(local, QLocale::ShortFormat);
}

QTableView *makeTable(QStandardItemModel *model, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSortingEnabled(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}

QPushButton *button(const QString &text, const QString &objectName, const QString &accessible, QWidget *parent, const char *role = nullptr)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessible);
    if (role)
        b->setProperty("role", QString::fromLatin1(role));
    return b;
}
} // namespace

AgentsKeysPage::AgentsKeysPage(store::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("pageAgents"));
    m_agentModel = new QStandardItemModel(0, AgentColumnCount, this);
    m_agentModel->setHorizontalHeaderLabels({ tr("Room"), tr("Agent"), tr("Address"), tr("State"), tr("Version"), tr("Last seen"),
        tr("Configuration"), tr("Pinned fingerprint (SHA-256)") });
    m_keyModel = new QStandardItemModel(0, KeyColumnCount, this);
    m_keyModel->setHorizontalHeaderLabels({ tr("Key id"), tr("Role"), tr("Comment"), tr("Created"), tr("State") });

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("agentsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap instead; the tables scroll themselves
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    content->setAutoFillBackground(false); // the page's background, not the scroll area's palette
    scroll->viewport()->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 20, 32, 20);
    layout->setSpacing(10);
    auto *heading = new QLabel(tr("Agents & keys"), content);
    heading->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(heading);
    auto *hint = new QLabel(tr("The room agents with their pinned certificates and live state, and the school's teacher and admin keys. "
                               "Revoked keys are refused by the agents after the next configuration push."),
        content);
    hint->setObjectName(QStringLiteral("pageHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *keyRow = new QHBoxLayout;
    keyRow->setSpacing(12);
    auto *keyCaption = new QLabel(tr("Admin key:"), content);
    keyCaption->setObjectName(QStringLiteral("fieldLabel"));
    keyRow->addWidget(keyCaption);
    m_keyFileLabel = new QLabel(content);
    m_keyFileLabel->setObjectName(QStringLiteral("adminKeyFile"));
    m_keyFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyFileLabel->setWordWrap(true);
    m_keyFileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long path never widens the page
    keyRow->addWidget(m_keyFileLabel, 1);
    auto *chooseKey = button(tr("Choose admin key…"), QStringLiteral("chooseAdminKey"), tr("Choose the admin key file"), content);
    keyRow->addWidget(chooseKey);
    layout->addLayout(keyRow);
    connect(chooseKey, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Admin key"), QFileInfo(m_adminKeyFile).absolutePath(), tr("Private keys (*.pem)"));
        if (!path.isEmpty())
            setAdminKeyFile(path);
    });

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("agentsStatus"));
    m_status->setWordWrap(true);
    m_status->hide(); // shown with the first message
    layout->addWidget(m_status);

    layout->addWidget(makeAgentsSection(), 3);
    layout->addWidget(makeKeysSection(), 2);

    m_timer = new QTimer(this);
    m_timer->setInterval(15'000);
    connect(m_timer, &QTimer::timeout, this, &AgentsKeysPage::pollAgents);
    setAdminKeyFile({});
}

AgentsKeysPage::~AgentsKeysPage()
{
    m_polls.clear();
}

QWidget *AgentsKeysPage::makeAgentsSection()
{
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Agents"), section);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(12);
    m_pushButton = button(tr("Push configuration"), QStringLiteral("pushConfig"), tr("Push the configuration to every agent"), section, "primary");
    auto *refresh = button(tr("Refresh"), QStringLiteral("agentsRefresh"), tr("Ask every agent for its state now"), section);
    auto *unpin = button(tr("Unpin"), QStringLiteral("agentUnpin"), tr("Forget the pinned certificate of the selected agent"), section);
    bar->addWidget(m_pushButton);
    bar->addWidget(refresh);
    bar->addWidget(unpin);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *enrollRow = new QHBoxLayout;
    enrollRow->setSpacing(12);
    m_enrollHost = new QLineEdit(section);
    m_enrollHost->setObjectName(QStringLiteral("enrollHost"));
    m_enrollHost->setAccessibleName(tr("Address of the agent to enroll"));
    m_enrollHost->setPlaceholderText(tr("host:port of a new agent (default port %1)").arg(agentlink::kDefaultAgentPort));
    enrollRow->addWidget(m_enrollHost, 1);
    auto *enroll = button(tr("Connect and enroll"), QStringLiteral("enrollStart"), tr("Connect to the agent and show its fingerprint"), section);
    enrollRow->addWidget(enroll);
    layout->addLayout(enrollRow);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->setSpacing(12);
    m_enrollFingerprint = new QLabel(section);
    m_enrollFingerprint->setObjectName(QStringLiteral("enrollFingerprint"));
    m_enrollFingerprint->setWordWrap(true);
    m_enrollFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_enrollFingerprint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // 95 characters without a space
    confirmRow->addWidget(m_enrollFingerprint, 1);
    m_enrollConfirm
        = button(tr("Pin this fingerprint"), QStringLiteral("enrollConfirm"), tr("The fingerprint matches the agent's: pin it"), section, "primary");
    m_enrollCancel = button(tr("Cancel"), QStringLiteral("enrollCancel"), tr("Do not pin this agent"), section);
    confirmRow->addWidget(m_enrollConfirm);
    confirmRow->addWidget(m_enrollCancel);
    layout->addLayout(confirmRow);
    m_enrollConfirm->hide();
    m_enrollCancel->hide();

    m_agentTable = makeTable(m_agentModel, QStringLiteral("agentsTable"), tr("Agents of the school"), section);
    m_agentTable->setMinimumHeight(220);
    layout->addWidget(m_agentTable, 1);

    m_pushResults = new QListWidget(section);
    m_pushResults->setObjectName(QStringLiteral("pushResults"));
    m_pushResults->setAccessibleName(tr("Result of the configuration push per agent"));
    m_pushResults->setMaximumHeight(120);
    m_pushResults->hide();
    layout->addWidget(m_pushResults);

    connect(m_pushButton, &QPushButton::clicked, this, &AgentsKeysPage::onPushClicked);
    connect(refresh, &QPushButton::clicked, this, &AgentsKeysPage::refresh);
    connect(unpin, &QPushButton::clicked, this, &AgentsKeysPage::onUnpinClicked);
    connect(enroll, &QPushButton::clicked, this, &AgentsKeysPage::onEnrollClicked);
    connect(m_enrollHost, &QLineEdit::returnPressed, this, &AgentsKeysPage::onEnrollClicked);
    connect(m_enrollConfirm, &QPushButton::clicked, this, [this] {
        if (Status st = confirmEnroll(); !st)
            showStatus(st.errorString(), true);
    });
    connect(m_enrollCancel, &QPushButton::clicked, this, &AgentsKeysPage::cancelEnroll);
    return section;
}

QWidget *AgentsKeysPage::makeKeysSection()
{
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Keys"), section);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(12);
    auto *teacher = button(tr("New teacher key…"), QStringLiteral("keyCreateTeacher"), tr("Create a teacher key"), section);
    auto *admin = button(tr("New admin key…"), QStringLiteral("keyCreateAdmin"), tr("Create an admin key"), section);
    auto *revoke = button(tr("Revoke"), QStringLiteral("keyRevoke"), tr("Revoke the selected key"), section, "danger");
    auto *bundle
        = button(tr("Export installer bundle…"), QStringLiteral("bundleExport"), tr("Write the provisioning files for the installer"), section);
    bar->addWidget(teacher);
    bar->addWidget(admin);
    bar->addWidget(revoke);
    bar->addStretch(1);
    layout->addLayout(bar);
    // The installer bundle on a row of its own: long German labels do not fit next to the key buttons.
    auto *bundleRow = new QHBoxLayout;
    bundleRow->setSpacing(12);
    auto *bundleHint = new QLabel(tr("For the installer: one provision.json per room that trusts the active keys."), section);
    bundleHint->setObjectName(QStringLiteral("pageHint"));
    bundleHint->setWordWrap(true);
    bundleHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bundleRow->addWidget(bundleHint, 1);
    bundleRow->addWidget(bundle);
    layout->addLayout(bundleRow);
    m_keyTable = makeTable(m_keyModel, QStringLiteral("keysTable"), tr("Keys of the school"), section);
    m_keyTable->setMinimumHeight(160);
    layout->addWidget(m_keyTable, 1);
    connect(teacher, &QPushButton::clicked, this, [this] { onCreateKeyClicked(store::Role::Teacher); });
    connect(admin, &QPushButton::clicked, this, [this] { onCreateKeyClicked(store::Role::Admin); });
    connect(revoke, &QPushButton::clicked, this, &AgentsKeysPage::onRevokeClicked);
    connect(bundle, &QPushButton::clicked, this, &AgentsKeysPage::onExportClicked);
    return section;
}

void AgentsKeysPage::setAdminKeyFile(const QString &path)
{
    m_adminKeyFile = path;
    m_keyFileLabel->setText(path.isEmpty() ? tr("none — choose the admin key to see the agents' state and to push") : path);
    m_pushButton->setEnabled(!path.isEmpty());
    if (isVisible())
        pollAgents();
}

void AgentsKeysPage::setRefreshInterval(int ms)
{
    m_timer->stop();
    if (ms > 0) {
        m_timer->setInterval(ms);
        if (isVisible())
            m_timer->start();
    }
}

void AgentsKeysPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    if (m_timer->interval() > 0)
        m_timer->start();
}

void AgentsKeysPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

QString AgentsKeysPage::statusText() const
{
    return m_status->text();
}

void AgentsKeysPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setProperty("role", error ? QStringLiteral("fieldError") : QString());
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

void AgentsKeysPage::refresh()
{
    reloadKeys();
    reloadAgents();
    pollAgents();
}

void AgentsKeysPage::reloadAgents()
{
    auto targets = schooladmin::SchoolAdmin(m_db, AdminAuth::adminUserName()).agents();
    if (!targets) {
        showStatus(targets.errorString(), true);
        return;
    }
    m_targets = *targets;
    auto pins = agentlink::PinFile::nextToDatabase(m_db.path()).load();
    auto seen = store::AgentStateRepository(m_db).all();
    m_agentModel->setRowCount(0);
    for (const schooladmin::AgentTarget &t : std::as_const(m_targets)) {
        const QString fp = pins ? pins->value(t.hostPort) : QString();
        const store::AgentState s = seen ? seen->value(t.hostPort) : store::AgentState {};
        QList<QStandardItem *> row;
        for (int c = 0; c < AgentColumnCount; ++c)
            row << new QStandardItem;
        row[ColRoom]->setText(t.roomName);
        row[ColAgent]->setText(t.deviceName);
        row[ColAddress]->setText(t.hostPort);
        row[ColAddress]->setData(t.hostPort, kHostPortRole);
        row[ColState]->setText(fp.isEmpty() ? tr("Not enrolled") : tr("Checking…"));
        row[ColVersion]->setText(QString()); // only what the agent says now
        row[ColLastSeen]->setText(s.lastSeen.isValid() ? when(s.lastSeen) : tr("never"));
        row[ColConfig]->setText(s.configVersion > 0 ? tr("version %1 (%2)").arg(s.configVersion).arg(when(s.configPushed)) : tr("not pushed"));
        row[ColFingerprint]->setText(fp.isEmpty() ? tr("—") : fp);
        m_agentModel->appendRow(row);
    }
    m_agentTable->resizeColumnsToContents();
    if (m_targets.isEmpty())
        showStatus(tr("No agents yet: mark the room PCs that run tafel-agent in Rooms & devices (protocol \"agent\")."));
}

void AgentsKeysPage::reloadKeys()
{
    auto keys = store::ClientKeyRepository(m_db).list();
    if (!keys) {
        showStatus(keys.errorString(), true);
        return;
    }
    m_keyModel->setRowCount(0);
    for (const store::ClientKey &k : std::as_const(*keys)) {
        QList<QStandardItem *> row;
        for (int c = 0; c < KeyColumnCount; ++c)
            row << new QStandardItem;
        row[KeyColId]->setText(k.keyId);
        row[KeyColRole]->setText(k.role == store::Role::Admin ? tr("Admin") : tr("Teacher"));
        row[KeyColComment]->setText(k.comment);
        row[KeyColCreated]->setText(QLocale().toString(k.created.toLocalTime(), QLocale::ShortFormat));
        row[KeyColState]->setText(
            k.isRevoked() ? tr("Revoked %1").arg(QLocale().toString(k.revoked.toLocalTime(), QLocale::ShortFormat)) : tr("Active"));
        m_keyModel->appendRow(row);
    }
    m_keyTable->resizeColumnsToContents();
}

void AgentsKeysPage::setAgentState(int row, const QString &state, const QString &tooltip)
{
    QStandardItem *item = m_agentModel->item(row, ColState);
    if (!item)
        return;
    item->setText(state);
    item->setToolTip(tooltip);
}

void AgentsKeysPage::pollAgents()
{
    // A new round replaces the one still running: answers of the old round are dropped.
    const quint64 generation = ++m_pollGeneration;
    for (auto &c : m_polls) {
        agentlink::AgentClient *client = c.release();
        client->setParent(this); // goes with the page if it is destroyed first
        client->deleteLater();
    }
    m_polls.clear();
    m_pollsPending = 0;
    auto pins = agentlink::PinFile::nextToDatabase(m_db.path()).load();
    std::optional<agentlink::ClientCredentials> creds;
    if (!m_adminKeyFile.isEmpty()) {
        auto c = agentlink::ClientCredentials::fromKeyFile(m_adminKeyFile);
        if (c)
            creds = *c;
        else
            showStatus(tr("The admin key %1 cannot be read: %2").arg(m_adminKeyFile, c.errorString()), true);
    }
    for (int row = 0; row < m_agentModel->rowCount(); ++row) {
        const QString hostPort = m_agentModel->item(row, ColAddress)->data(kHostPortRole).toString();
        const auto target
            = std::find_if(m_targets.cbegin(), m_targets.cend(), [&](const schooladmin::AgentTarget &t) { return t.hostPort == hostPort; });
        if (target == m_targets.cend() || !pins || !pins->contains(hostPort))
            continue;
        if (!creds) {
            setAgentState(row, tr("Unknown (no admin key)"), {});
            continue;
        }
        auto client = std::make_unique<agentlink::AgentClient>();
        client->setCredentials(*creds);
        client->setPinnedFingerprint(pins->value(hostPort));
        client->setHandshakeTimeout(kStatusTimeoutMs);
        client->setCallTimeout(kStatusTimeoutMs);
        client->connectToAgent(target->host, target->port);
        ++m_pollsPending;
        client->call(QStringLiteral("status"), {}, [this, generation, hostPort](Result<QCborMap> r) {
            if (generation != m_pollGeneration)
                return;
            int row = -1;
            for (int i = 0; i < m_agentModel->rowCount(); ++i) {
                if (m_agentModel->item(i, ColAddress)->data(kHostPortRole).toString() == hostPort)
                    row = i;
            }
            if (row >= 0) {
                if (r) {
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    const QString version = r->value(QStringLiteral("version")).toString();
                    if (Status st = store::AgentStateRepository(m_db).recordSeen(hostPort, now, version, r->value(QStringLiteral("name")).toString());
                        !st)
                        showStatus(st.errorString(), true);
                    setAgentState(row, tr("Online"), {});
                    m_agentModel->item(row, ColVersion)->setText(version);
                    m_agentModel->item(row, ColLastSeen)->setText(when(now));
                } else {
                    // Never show the old answer as current: the version column is cleared, "last seen" keeps its time.
                    setAgentState(row, tr("Unreachable"), r.errorString());
                    m_agentModel->item(row, ColVersion)->setText(QString());
                }
            }
            if (--m_pollsPending == 0) {
                m_agentTable->resizeColumnToContents(ColState);
                Q_EMIT refreshed();
            }
        });
        m_polls.push_back(std::move(client));
    }
    if (m_pollsPending == 0)
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_pollGeneration)
                Q_EMIT refreshed();
        });
}

QString AgentsKeysPage::selectedAgent() const
{
    const QModelIndex i = m_agentTable->currentIndex();
    return i.isValid() ? m_agentModel->item(i.row(), ColAddress)->data(kHostPortRole).toString() : QString();
}

QString AgentsKeysPage::selectedKey() const
{
    const QModelIndex i = m_keyTable->currentIndex();
    return i.isValid() ? m_keyModel->item(i.row(), KeyColId)->text() : QString();
}

bool AgentsKeysPage::startEnroll(const QString &hostPort)
{
    cancelEnroll();
    auto hp = parseHostPort(hostPort.trimmed(), agentlink::kDefaultAgentPort);
    if (!hp) {
        showStatus(tr("'%1' is not host or host:port: %2").arg(hostPort, hp.errorString()), true);
        return false;
    }
    m_pendingHostPort = agentlink::PinFile::key(hp->host, hp->port);
    m_enrollClient = std::make_unique<agentlink::AgentClient>();
    m_enrollClient->setAcceptAnyCertificate(true); // enrollment: the fingerprint is what the admin checks
    m_enrollClient->setHandshakeTimeout(kStatusTimeoutMs);
    agentlink::AgentClient *client = m_enrollClient.get();
    connect(client, &agentlink::AgentClient::connected, this, [this, client] {
        m_pendingFingerprint = client->peerFingerprint();
        m_enrollFingerprint->setText(
            tr("%1 presents the fingerprint\n%2\nCompare it with the agent's log ('certificate fingerprint …') before pinning.")
                .arg(m_pendingHostPort, m_pendingFingerprint));
        m_enrollConfirm->show();
        m_enrollCancel->show();
        Q_EMIT enrollReady(m_pendingFingerprint);
    });
    connect(client, &agentlink::AgentClient::failed, this, [this](const Error &e) {
        if (!m_pendingFingerprint.isEmpty())
            return;
        showStatus(tr("Could not connect to %1: %2").arg(m_pendingHostPort, e.message), true);
        m_enrollFingerprint->clear();
    });
    m_enrollFingerprint->setText(tr("Connecting to %1…").arg(m_pendingHostPort));
    client->connectToAgent(hp->host, hp->port);
    return true;
}

Status AgentsKeysPage::confirmEnroll()
{
    if (m_pendingFingerprint.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("Connect to an agent first."));
    auto pins = agentlink::PinFile::nextToDatabase(m_db.path()).load();
    const QString previous = pins ? pins->value(m_pendingHostPort) : QString();
    if (Status st = schooladmin::SchoolAdmin(m_db, AdminAuth::adminUserName()).pin(m_pendingHostPort, m_pendingFingerprint, previous); !st)
        return st;
    showStatus(tr("%1 is pinned.").arg(m_pendingHostPort));
    cancelEnroll();
    m_enrollHost->clear();
    refresh();
    Q_EMIT changed();
    return {};
}

void AgentsKeysPage::cancelEnroll()
{
    if (m_enrollClient) {
        m_enrollClient->disconnect(this);
        m_enrollClient.release()->deleteLater();
    }
    m_pendingFingerprint.clear();
    m_enrollFingerprint->clear();
    m_enrollConfirm->hide();
    m_enrollCancel->hide();
}

Status AgentsKeysPage::unpin(const QString &hostPort)
{
    auto pins = agentlink::PinFile::nextToDatabase(m_db.path()).load();
    if (!pins)
        return pins.error();
    if (!pins->contains(hostPort))
        return Error::make(ErrorCode::NotFound, tr("%1 is not enrolled.").arg(hostPort));
    if (Status st = schooladmin::SchoolAdmin(m_db, AdminAuth::adminUserName()).unpin(hostPort, pins->value(hostPort)); !st)
        return st;
    showStatus(tr("%1 is no longer pinned; enroll it again to reach it.").arg(hostPort));
    refresh();
    Q_EMIT changed();
    return {};
}

Result<store::ClientKey> AgentsKeysPage::createKey(store::Role role, const QString &comment, const QString &privateKeyPath)
{
    auto k = schooladmin::SchoolAdmin(m_db, AdminAuth::adminUserName()).createKey(role, comment, privateKeyPath);
    if (!k) {
        showStatus(k.errorString(), true);
        return k;
    }
    showStatus(tr("Key %1 created: %2 (keep it secret). Push the configuration so the agents accept it.").arg(k->keyId, privateKeyPath));
    reloadKeys();
    Q_EMIT changed();
    return k;
}

Result<store::ClientKey> AgentsKeysPage::revokeKey(const QString &keyId)
{
    auto k = schooladmin::SchoolAdmin(m_db, AdminAuth::adminUserName()).revokeKey(keyId);
    if (!k) {
        showStatus(k.errorString(), true);
        return k;
    }
    showStatus(tr("Key %1 (%2) is revoked. Push the configuration: the agents refuse it after the push.").arg(k->keyId, k->comment));
    reloadKeys();
    Q_EMIT changed();
    return k;
}

Result<QStringList> AgentsKeysPage::exportBundle(const QString &schoolId, const QString &directory)
{
    auto files = schooladmin::SchoolAdmin(m_db, AdminAuth::adminUserName()).exportBundle(schoolId, directory);
    if (!files) {
        showStatus(files.errorString(), true);
        return files;
    }
    showStatus(tr("%n installer file(s) written to %1.", nullptr, int(files->size())).arg(directory));
    Q_EMIT changed();
    return files;
}

Status AgentsKeysPage::pushConfiguration()
{
    if (m_pusher)
        return Error::make(ErrorCode::Locked, tr("A configuration push is still running."));
    auto *pusher = new schooladmin::ConfigPusher(m_db, AdminAuth::adminUserName(), this);
    pusher->setCallTimeout(15'000);
    m_pushResults->clear();
    m_pushResults->show();
    connect(pusher, &schooladmin::ConfigPusher::agentFinished, this, [this](const schooladmin::PushResult &r) {
        const QString who = tr("%1 — %2 (%3)").arg(r.target.roomName, r.target.deviceName, r.target.hostPort);
        auto *item = new QListWidgetItem(r.ok ? (r.unchanged ? tr("✓ %1: version %2, unchanged").arg(who).arg(r.version)
                                                             : tr("✓ %1: version %2 applied (was %3)").arg(who).arg(r.version).arg(r.previous))
                                              : tr("✗ %1: %2").arg(who, r.error),
            m_pushResults);
        item->setData(Qt::UserRole, r.ok);
    });
    connect(pusher, &schooladmin::ConfigPusher::finished, this, [this, pusher](const QList<schooladmin::PushResult> &results) {
        const auto failed = std::count_if(results.cbegin(), results.cend(), [](const schooladmin::PushResult &r) { return !r.ok; });
        showStatus(failed ? tr("Configuration pushed; %n agent(s) failed (see the list).", nullptr, int(failed))
                          : tr("Configuration pushed to every agent."),
            failed > 0);
        m_pushButton->setEnabled(true);
        pusher->deleteLater();
        reloadAgents();
        pollAgents();
        Q_EMIT changed();
        Q_EMIT pushFinished();
    });
    auto version = pusher->start(
        m_targets.isEmpty() ? schooladmin::SchoolAdmin(m_db, AdminAuth::adminUserName()).agents().valueOr({}) : m_targets, m_adminKeyFile, tr("all rooms"));
    if (!version) {
        delete pusher;
        m_pushResults->hide();
        showStatus(version.errorString(), true);
        return version.error();
    }
    m_pusher = pusher;
    m_pushButton->setEnabled(false);
    showStatus(tr("Pushing configuration version %1…").arg(*version));
    return {};
}

void AgentsKeysPage::onCreateKeyClicked(store::Role role)
{
    const QString roleName = role == store::Role::Admin ? QStringLiteral("admin") : QStringLiteral("teacher");
    bool ok = false;
    const QString comment
        = QInputDialog::getText(this, tr("New key"), tr("Who or which PC uses this key (e.g. \"Frau Demir\"):"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the private key"), QDir::home().filePath(QStringLiteral("tafel-%1.pem").arg(roleName)), tr("Private keys (*.pem)"));
    if (path.isEmpty())
        return;
    (void)createKey(role, comment, path); // the result is shown on the page
}

void AgentsKeysPage::onRevokeClicked()
{
    const QString id = selectedKey();
    if (id.isEmpty()) {
        showStatus(tr("Select the key to revoke."), true);
        return;
    }
    if (QMessageBox::question(
            this, tr("Revoke key"), tr("Revoke key %1? The agents refuse it after the next configuration push. This cannot be undone.").arg(id))
        != QMessageBox::Yes)
        return;
    (void)revokeKey(id); // the result is shown on the page
}

void AgentsKeysPage::onExportClicked()
{
    bool ok = false;
    const QString school
        = QInputDialog::getText(this, tr("Installer bundle"), tr("School id (e.g. de-by-09162-gs-nord):"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the installer files"));
    if (dir.isEmpty())
        return;
    (void)exportBundle(school, dir); // the result is shown on the page
}

void AgentsKeysPage::onPushClicked()
{
    (void)pushConfiguration(); // progress and results are shown on the page
}

void AgentsKeysPage::onEnrollClicked()
{
    startEnroll(m_enrollHost->text());
}

void AgentsKeysPage::onUnpinClicked()
{
    const QString hostPort = selectedAgent();
    if (hostPort.isEmpty()) {
        showStatus(tr("Select the agent to unpin."), true);
        return;
    }
    if (QMessageBox::question(
            this, tr("Unpin agent"), tr("Forget the pinned certificate of %1? Tafel cannot reach it until it is enrolled again.").arg(hostPort))
        != QMessageBox::Yes)
        return;
    if (Status st = unpin(hostPort); !st)
        showStatus(st.errorString(), true);
}

} // namespace tafel::gui
