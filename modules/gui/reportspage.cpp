#include "gui/reportspage.h"
#include "gui/adminauth.h"
#include "gui/logging.h"

#include "store/database.h"
#include "store/repositories.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace tafel::gui {

namespace {
enum Column { RoomCol, AgentCol, ReportingCol, OutboxCol, SinksCol, ColumnCount };

QString when(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (at.date() == QDate::currentDate())
        return QLocale().toString(at.time(), QLocale::ShortFormat);
    return QLocale().toString(at, QLocale::ShortFormat);
}

QLineEdit *lineEdit(const QString &objectName, const QString &accessible, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(accessible);
    e->setClearButtonEnabled(true);
    return e;
}

// A URL the agent will accept (it checks again): http(s) with a host, no user info, no query.
QString urlProblem(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return ReportsPage::tr("Enter the address, e.g. https://push.city.example:9091");
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return ReportsPage::tr("Not an http:// or https:// address with a host name.");
    if (!url.userInfo().isEmpty())
        return ReportsPage::tr("No user name or password in the address; use the token field.");
    if (url.hasQuery() || url.hasFragment())
        return ReportsPage::tr("No “?” or “#” in the address.");
    return {};
}
} // namespace

ReportsPage::ReportsPage(store::Database &db, RoomAgentsOptions options, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("pageReports"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("reportsContent"));
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    auto *heading = new QLabel(tr("Reports to the city"), content);
    heading->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(heading);
    auto *hint = new QLabel(tr("The room agents send health reports (devices, broadband, displays) to the city's monitoring. "
                               "Reports wait in each agent's outbox until the city's server has taken them."),
                            content);
    hint->setObjectName(QStringLiteral("pageHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *tableHeader = new QHBoxLayout;
    auto *tableTitle = new QLabel(tr("Agents"), content);
    tableTitle->setObjectName(QStringLiteral("sectionTitle"));
    tableHeader->addWidget(tableTitle);
    tableHeader->addStretch(1);
    auto *refreshButton = new QPushButton(tr("Refresh"), content);
    refreshButton->setObjectName(QStringLiteral("reportsRefresh"));
    refreshButton->setAccessibleName(tr("Ask every agent for its reporting state again"));
    tableHeader->addWidget(refreshButton);
    layout->addLayout(tableHeader);

    m_table = new QTableWidget(0, ColumnCount, content);
    m_table->setObjectName(QStringLiteral("reportsAgents"));
    m_table->setAccessibleName(tr("Agents and their reporting state"));
    m_table->setHorizontalHeaderLabels({tr("Room"), tr("Agent"), tr("Reporting"), tr("Outbox"), tr("Sinks")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(SinksCol, QHeaderView::Stretch); // long errors wrap, no sideways scrolling
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setMinimumHeight(220);
    m_table->setMaximumHeight(360);
    layout->addWidget(m_table);

    m_formTitle = new QLabel(content);
    m_formTitle->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(m_formTitle);
    m_formHint = new QLabel(tr("Select an agent to see and change its reporting settings."), content);
    m_formHint->setObjectName(QStringLiteral("pageHint"));
    m_formHint->setWordWrap(true);
    layout->addWidget(m_formHint);

    m_form = new QWidget(content);
    m_form->setObjectName(QStringLiteral("reportsForm"));
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(12);
    m_outbox = new QLabel(m_form);
    m_outbox->setObjectName(QStringLiteral("reportsOutbox"));
    m_outbox->setWordWrap(true);
    formLayout->addWidget(m_outbox);

    auto *general = new QFormLayout;
    general->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    general->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_school = lineEdit(QStringLiteral("reportsSchool"), tr("School id for the reports"), m_form);
    m_school->setPlaceholderText(tr("e.g. gs-nord"));
    general->addRow(tr("School id"), m_school);
    m_room = lineEdit(QStringLiteral("reportsRoom"), tr("Room id for the reports"), m_form);
    m_room->setPlaceholderText(tr("empty: the agent's room"));
    general->addRow(tr("Room id"), m_room);
    m_interval = new QSpinBox(m_form);
    m_interval->setObjectName(QStringLiteral("reportsInterval"));
    m_interval->setAccessibleName(tr("Seconds between two reports"));
    m_interval->setRange(1, 86'400);
    m_interval->setSuffix(tr(" s"));
    general->addRow(tr("One report every"), m_interval);
    m_outboxMax = new QSpinBox(m_form);
    m_outboxMax->setObjectName(QStringLiteral("reportsOutboxMax"));
    m_outboxMax->setAccessibleName(tr("Reports kept while the city's server cannot be reached"));
    m_outboxMax->setRange(10, 1'000'000);
    general->addRow(tr("Keep at most (reports)"), m_outboxMax);
    m_schoolReporter = new QCheckBox(tr("This agent also reports the whole school"), m_form);
    m_schoolReporter->setObjectName(QStringLiteral("reportsSchoolReporter"));
    general->addRow(QString(), m_schoolReporter);
    m_schoolAgents = lineEdit(QStringLiteral("reportsSchoolAgents"), tr("File on the agent listing the school's agents"), m_form);
    m_schoolAgents->setPlaceholderText(tr("e.g. /etc/tafel/school-agents (HOST:PORT FINGERPRINT per line)"));
    general->addRow(tr("School's agents (file on the agent)"), m_schoolAgents);
    m_schoolKey = lineEdit(QStringLiteral("reportsSchoolKey"), tr("Key file on the agent to ask the school's agents"), m_form);
    m_schoolKey->setPlaceholderText(tr("a key the agents trust (teacher is enough)"));
    general->addRow(tr("Key to ask them (file on the agent)"), m_schoolKey);
    const auto showSchool = [general, this](bool on) {
        general->setRowVisible(m_schoolAgents, on);
        general->setRowVisible(m_schoolKey, on);
    };
    connect(m_schoolReporter, &QCheckBox::toggled, this, showSchool);
    showSchool(false);
    formLayout->addLayout(general);

    auto *sinksTitle = new QLabel(tr("Where the reports go"), m_form);
    sinksTitle->setObjectName(QStringLiteral("sectionCaption"));
    formLayout->addWidget(sinksTitle);
    m_sinkLayout = new QVBoxLayout;
    m_sinkLayout->setSpacing(12);
    formLayout->addLayout(m_sinkLayout);

    auto *buttons = new QHBoxLayout;
    m_addSink = new QPushButton(tr("Add a destination"), m_form);
    m_addSink->setObjectName(QStringLiteral("reportsAddSink"));
    buttons->addWidget(m_addSink);
    buttons->addStretch(1);
    m_save = new QPushButton(tr("Save on the agent"), m_form);
    m_save->setObjectName(QStringLiteral("reportsSave"));
    m_save->setProperty("role", QStringLiteral("primary"));
    buttons->addWidget(m_save);
    formLayout->addLayout(buttons);
    m_message = new QLabel(m_form);
    m_message->setObjectName(QStringLiteral("reportsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formLayout->addWidget(m_message);
    m_form->setVisible(false);
    layout->addWidget(m_form);
    layout->addStretch(1);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(qMax(1000, m_options.refreshMs));
    connect(m_refresh, &QTimer::timeout, this, &ReportsPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const QString id = m_table->item(rows.constFirst().row(), RoomCol)->data(Qt::UserRole).toString();
        if (id != m_selected)
            selectAgent(id);
    });
    connect(m_addSink, &QPushButton::clicked, this, &ReportsPage::addSink);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::save);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) // the agents are asked only once somebody opens the page
        reload();
    else
        refresh();
    m_refresh->start();
}

void ReportsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh->stop();
}

QStringList ReportsPage::agentIds() const
{
    QStringList out;
    for (const AgentRow &r : m_rows)
        out << r.deviceId;
    return out;
}

ReportsPage::AgentRow *ReportsPage::row(const QString &deviceId)
{
    for (AgentRow &r : m_rows)
        if (r.deviceId == deviceId)
            return &r;
    return nullptr;
}

const ReportsPage::AgentRow *ReportsPage::row(const QString &deviceId) const
{
    for (const AgentRow &r : m_rows)
        if (r.deviceId == deviceId)
            return &r;
    return nullptr;
}

QCborMap ReportsPage::statusOf(const QString &deviceId) const
{
    const AgentRow *r = row(deviceId);
    return r ? r->status : QCborMap();
}

QString ReportsPage::errorOf(const QString &deviceId) const
{
    const AgentRow *r = row(deviceId);
    return r ? r->error : QString();
}

void ReportsPage::reload()
{
    m_loaded = true;
    ++m_generation;
    for (const auto &a : std::as_const(m_roomAgents))
        if (a)
            a->deleteLater();
    m_roomAgents.clear();
    m_rows.clear();
    auto rooms = store::RoomRepository(m_db).list();
    if (!rooms) {
        m_formHint->setText(tr("The rooms could not be read: %1").arg(rooms.errorString()));
        updateTable();
        return;
    }
    for (const Room &room : std::as_const(rooms.value())) {
        auto *agents = new RoomAgents(m_db, m_options, this);
        agents->setRoom(room.id);
        m_roomAgents.append(agents);
        for (const RoomAgent &a : agents->agents()) {
            AgentRow r;
            r.roomId = room.id;
            r.roomName = room.name;
            r.deviceId = a.deviceId;
            r.name = a.name;
            r.agents = agents;
            m_rows.append(r);
        }
    }
    updateTable();
    refresh();
    // Agents send their first report 2 s after they start: ask again shortly, so a fresh start shows its outcome.
    QTimer::singleShot(3000, this, [this, generation = m_generation] {
        if (generation == m_generation && isVisible())
            refresh();
    });
    if (!m_selected.isEmpty() && row(m_selected))
        selectAgent(m_selected);
    else if (!m_rows.isEmpty())
        selectAgent(m_rows.constFirst().deviceId);
    else
        selectAgent(QString());
}

void ReportsPage::refresh()
{
    for (int i = 0; i < m_rows.size(); ++i)
        ask(i);
}

void ReportsPage::ask(int index)
{
    AgentRow &r = m_rows[index];
    if (!r.agents)
        return;
    const quint64 generation = m_generation;
    const QString id = r.deviceId;
    r.agents->send(id, QStringLiteral("report.status"), {}, [this, generation, id](const Result<QCborMap> &answer) {
        if (generation != m_generation)
            return;
        AgentRow *r = row(id);
        if (!r)
            return;
        r->answered = true;
        if (answer) {
            r->status = *answer;
            r->error.clear();
        } else {
            // Never show the old state as current: the agent did not answer.
            r->status = QCborMap();
            r->error = answer.errorString();
            r->errorCode = answer.error().code;
        }
        updateTable();
        if (id == m_selected)
            updateSinkStates();
        Q_EMIT statusChanged(id);
    });
}

QString ReportsPage::sinkSummary(const QCborMap &s) const
{
    const QString name = s.value(QStringLiteral("name")).toString();
    if (!s.value(QStringLiteral("enabled")).toBool(true))
        return tr("%1: switched off").arg(name);
    const qint64 ok = s.value(QStringLiteral("lastSuccessMs")).toInteger();
    const qint64 err = s.value(QStringLiteral("lastErrorMs")).toInteger();
    QStringList parts;
    parts << (ok > 0 ? tr("%1: ✓ last sent %2").arg(name, when(ok)) : tr("%1: nothing sent yet").arg(name));
    if (err > 0 && err >= ok)
        parts << tr("✗ %1: %2").arg(when(err), s.value(QStringLiteral("lastError")).toString());
    return parts.join(QStringLiteral(" — "));
}

void ReportsPage::updateTable()
{
    QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const AgentRow &r = m_rows.at(i);
        QString reporting, outbox, sinks;
        if (!r.answered) {
            reporting = tr("Asking…");
        } else if (!r.error.isEmpty()) {
            reporting = r.errorCode == ErrorCode::PermissionDenied || r.errorCode == ErrorCode::AuthFailed ? tr("Needs the admin key")
                        : r.errorCode == ErrorCode::Incompatible                                             ? tr("Agent too old")
                                                                                                             : tr("Agent unreachable");
            sinks = r.error;
        } else if (!r.status.contains(QStringLiteral("sinks"))) {
            reporting = tr("Off (not configured)");
        } else {
            reporting = r.status.value(QStringLiteral("enabled")).toBool() ? tr("On, every %1 s").arg(r.status.value(QStringLiteral("intervalSecs")).toInteger())
                                                                          : tr("Off (every destination switched off)");
            outbox = tr("%1 waiting").arg(r.status.value(QStringLiteral("outboxSize")).toInteger());
            QStringList lines;
            for (const QCborValue &v : r.status.value(QStringLiteral("sinks")).toArray())
                lines << sinkSummary(v.toMap());
            sinks = lines.join(QLatin1Char('\n'));
        }
        const QStringList cells{r.roomName, r.name, reporting, outbox, sinks};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == RoomCol)
                item->setData(Qt::UserRole, r.deviceId);
            m_table->setItem(i, c, item);
        }
        if (r.deviceId == m_selected)
            m_table->selectRow(i);
    }
    for (int c = RoomCol; c < SinksCol; ++c)
        m_table->resizeColumnToContents(c);
    if (m_rows.isEmpty())
        m_formHint->setText(tr("No room has an agent yet. Add the agent PCs under Rooms & devices and enroll them (tafelctl agent enroll)."));
}

void ReportsPage::clearForm()
{
    for (SinkBox &s : m_sinks)
        if (s.box) {
            s.box->setObjectName(QString()); // gone now, for findChild too; deleted on the event loop
            s.box->hide();
            s.box->deleteLater();
        }
    m_sinks.clear();
    m_message->clear();
}

void ReportsPage::selectAgent(const QString &deviceId)
{
    m_selected = deviceId;
    clearForm();
    m_form->setVisible(false);
    const AgentRow *r = row(deviceId);
    if (!r) {
        m_formTitle->clear();
        return;
    }
    updateTable();
    m_formTitle->setText(tr("Settings of %1 (%2)").arg(r->name, r->roomName));
    m_formHint->setText(tr("Asking the agent…"));
    m_formHint->setVisible(true);
    const quint64 generation = m_generation;
    r->agents->send(deviceId, QStringLiteral("report.config.get"), {}, [this, generation, deviceId](const Result<QCborMap> &answer) {
        if (generation != m_generation || deviceId != m_selected)
            return;
        if (!answer) {
            m_formHint->setText(tr("The agent did not give its settings: %1").arg(answer.errorString()));
            return;
        }
        if (answer->value(QStringLiteral("configured")).toBool()) {
            m_formHint->setText(tr("Saved on the agent in %1.").arg(answer->value(QStringLiteral("source")).toString()));
            loadForm(answer->value(QStringLiteral("config")).toMap());
        } else {
            m_formHint->setText(tr("This agent does not report yet. Fill in the school id and a destination, then save."));
            loadForm(QCborMap{{QStringLiteral("room"), QString()},
                              {QStringLiteral("intervalSecs"), 60},
                              {QStringLiteral("outboxMax"), 20000},
                              {QStringLiteral("sinks"), QCborArray{QCborMap{{QStringLiteral("kind"), QStringLiteral("pushgateway")},
                                                                            {QStringLiteral("name"), QStringLiteral("city-push")}}}}});
        }
        Q_EMIT configLoaded(deviceId);
    });
}

void ReportsPage::loadForm(const QCborMap &config)
{
    clearForm();
    m_loadedConfig = config;
    m_school->setText(config.value(QStringLiteral("school")).toString());
    m_room->setText(config.value(QStringLiteral("room")).toString());
    m_interval->setValue(int(config.value(QStringLiteral("intervalSecs")).toInteger(60)));
    m_outboxMax->setValue(int(config.value(QStringLiteral("outboxMax")).toInteger(20000)));
    m_schoolReporter->setChecked(config.value(QStringLiteral("schoolReporter")).toBool());
    m_schoolAgents->setText(config.value(QStringLiteral("schoolAgents")).toString());
    m_schoolKey->setText(config.value(QStringLiteral("schoolKeyFile")).toString());
    for (const QCborValue &v : config.value(QStringLiteral("sinks")).toArray())
        makeSinkBox(v.toMap());
    m_form->setVisible(true);
    updateSinkStates();
}

ReportsPage::SinkBox &ReportsPage::makeSinkBox(const QCborMap &sink)
{
    SinkBox s;
    const int index = int(m_sinks.size());
    s.savedName = sink.value(QStringLiteral("tokenSet")).isBool() ? sink.value(QStringLiteral("name")).toString() : QString();
    s.tokenSet = sink.value(QStringLiteral("tokenSet")).toBool();
    s.box = new QGroupBox(tr("Destination %1").arg(index + 1), m_form);
    s.box->setObjectName(QStringLiteral("reportsSink%1").arg(index));
    auto *layout = new QVBoxLayout(s.box);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    s.enabled = new QCheckBox(tr("Send reports here"), s.box);
    s.enabled->setObjectName(QStringLiteral("sinkEnabled"));
    s.enabled->setChecked(sink.value(QStringLiteral("enabled")).toBool(true));
    form->addRow(QString(), s.enabled);
    s.kind = new QComboBox(s.box);
    s.kind->setObjectName(QStringLiteral("sinkKind"));
    s.kind->setAccessibleName(tr("Kind of server"));
    s.kind->addItem(tr("Prometheus Pushgateway"), QStringLiteral("pushgateway"));
    s.kind->addItem(tr("OpenTelemetry (OTLP/HTTP)"), QStringLiteral("otlp"));
    s.kind->setCurrentIndex(qMax(0, s.kind->findData(sink.value(QStringLiteral("kind")).toString())));
    form->addRow(tr("Kind"), s.kind);
    s.name = lineEdit(QStringLiteral("sinkName"), tr("Name of the destination"), s.box);
    s.name->setText(sink.value(QStringLiteral("name")).toString());
    form->addRow(tr("Name"), s.name);
    s.url = lineEdit(QStringLiteral("sinkUrl"), tr("Address of the city's server"), s.box);
    s.url->setPlaceholderText(tr("https://push.city.example:9091"));
    s.url->setText(sink.value(QStringLiteral("url")).toString());
    form->addRow(tr("Address"), s.url);
    s.urlError = new QLabel(s.box);
    s.urlError->setObjectName(QStringLiteral("sinkUrlError"));
    s.urlError->setProperty("role", QStringLiteral("fieldError"));
    s.urlError->setWordWrap(true);
    s.urlError->setVisible(false);
    form->addRow(QString(), s.urlError);
    s.caFile = lineEdit(QStringLiteral("sinkCaFile"), tr("CA certificate file on the agent"), s.box);
    s.caFile->setPlaceholderText(tr("empty: the system's trusted certificates"));
    s.caFile->setText(sink.value(QStringLiteral("caFile")).toString());
    form->addRow(tr("CA file (on the agent)"), s.caFile);
    s.certFile = lineEdit(QStringLiteral("sinkCertFile"), tr("Client certificate file on the agent"), s.box);
    s.certFile->setPlaceholderText(tr("optional, for mutual TLS"));
    s.certFile->setText(sink.value(QStringLiteral("certFile")).toString());
    form->addRow(tr("Client certificate"), s.certFile);
    s.keyFile = lineEdit(QStringLiteral("sinkKeyFile"), tr("Client key file on the agent"), s.box);
    s.keyFile->setPlaceholderText(tr("with the client certificate"));
    s.keyFile->setText(sink.value(QStringLiteral("keyFile")).toString());
    form->addRow(tr("Client key"), s.keyFile);
    s.token = lineEdit(QStringLiteral("sinkToken"), tr("Bearer token (never shown again)"), s.box);
    s.token->setEchoMode(QLineEdit::Password);
    s.token->setPlaceholderText(s.tokenSet ? tr("A token is set (hidden). Type to replace it.") : tr("none"));
    form->addRow(tr("Bearer token"), s.token);
    s.clearToken = new QCheckBox(tr("Remove the token"), s.box);
    s.clearToken->setObjectName(QStringLiteral("sinkClearToken"));
    s.clearToken->setVisible(s.tokenSet);
    form->addRow(QString(), s.clearToken);
    layout->addLayout(form);

    s.state = new QLabel(s.box);
    s.state->setObjectName(QStringLiteral("sinkState"));
    s.state->setWordWrap(true);
    s.state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(s.state);
    auto *row = new QHBoxLayout;
    s.test = new QPushButton(tr("Test: send one report now"), s.box);
    s.test->setObjectName(QStringLiteral("sinkTest"));
    s.test->setAccessibleName(tr("Send one report to this destination now and show the server's answer"));
    s.test->setEnabled(!s.savedName.isEmpty());
    row->addWidget(s.test);
    auto *remove = new QPushButton(tr("Remove"), s.box);
    remove->setObjectName(QStringLiteral("sinkRemove"));
    remove->setProperty("role", QStringLiteral("danger"));
    row->addStretch(1);
    row->addWidget(remove);
    layout->addLayout(row);
    s.answer = new QLabel(s.box);
    s.answer->setObjectName(QStringLiteral("sinkAnswer"));
    s.answer->setWordWrap(true);
    s.answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    s.answer->setText(s.savedName.isEmpty() ? tr("Save first, then test.") : QString());
    layout->addWidget(s.answer);
    m_sinkLayout->addWidget(s.box);

    QPointer<QGroupBox> box = s.box;
    connect(s.url, &QLineEdit::textChanged, s.box, [err = s.urlError](const QString &text) {
        const QString problem = urlProblem(text);
        err->setText(problem);
        err->setVisible(!problem.isEmpty());
    });
    connect(s.test, &QPushButton::clicked, this, [this, box] {
        for (int i = 0; i < m_sinks.size(); ++i)
            if (m_sinks.at(i).box == box)
                testSink(i);
    });
    connect(remove, &QPushButton::clicked, this, [this, box] {
        for (int i = 0; i < m_sinks.size(); ++i)
            if (m_sinks.at(i).box == box) {
                box->setObjectName(QString());
                box->hide();
                m_sinks.takeAt(i).box->deleteLater();
                m_message->setText(tr("The destination is removed when you save."));
                return;
            }
    });
    m_sinks.append(s);
    return m_sinks.last();
}

void ReportsPage::addSink()
{
    SinkBox &s = makeSinkBox(QCborMap{{QStringLiteral("kind"), QStringLiteral("pushgateway")},
                                      {QStringLiteral("name"), QStringLiteral("sink%1").arg(m_sinks.size() + 1)}});
    s.url->setFocus();
}

void ReportsPage::updateSinkStates()
{
    const AgentRow *r = row(m_selected);
    if (!r)
        return;
    const QCborMap &st = r->status;
    if (!r->error.isEmpty())
        m_outbox->setText(tr("The agent does not answer: %1").arg(r->error));
    else if (st.contains(QStringLiteral("outboxSize")))
        m_outbox->setText(tr("Outbox: %1 of at most %2 reports waiting; %3 dropped because it was full.")
                              .arg(st.value(QStringLiteral("outboxSize")).toInteger())
                              .arg(st.value(QStringLiteral("outboxMax")).toInteger())
                              .arg(st.value(QStringLiteral("outboxDropped")).toInteger()));
    else
        m_outbox->setText(r->answered ? tr("Outbox: empty (reporting is off).") : tr("Outbox: asking…"));
    for (SinkBox &s : m_sinks) {
        if (!s.state)
            continue;
        QString text;
        for (const QCborValue &v : st.value(QStringLiteral("sinks")).toArray()) {
            const QCborMap m = v.toMap();
            if (m.value(QStringLiteral("name")).toString() != s.savedName)
                continue;
            if (!m.value(QStringLiteral("enabled")).toBool(true)) {
                text = tr("Switched off: no reports are sent here.");
                break;
            }
            const qint64 ok = m.value(QStringLiteral("lastSuccessMs")).toInteger();
            const qint64 err = m.value(QStringLiteral("lastErrorMs")).toInteger();
            QStringList lines;
            lines << tr("Waiting for this destination: %1").arg(m.value(QStringLiteral("queued")).toInteger());
            lines << (ok > 0 ? tr("Last success: %1").arg(when(ok)) : tr("Last success: none since the agent started"));
            if (err > 0)
                lines << tr("Last error: %1 — %2").arg(when(err), m.value(QStringLiteral("lastError")).toString());
            text = lines.join(QLatin1Char('\n'));
        }
        s.state->setText(text);
        s.state->setVisible(!text.isEmpty());
    }
}

void ReportsPage::testSink(int index)
{
    if (index < 0 || index >= m_sinks.size())
        return;
    SinkBox &s = m_sinks[index];
    AgentRow *r = row(m_selected);
    if (!r || !r->agents || s.savedName.isEmpty())
        return;
    const QString sink = s.savedName;
    s.test->setEnabled(false);
    s.answer->setText(tr("Sending one report to %1…").arg(sink));
    QPointer<QGroupBox> box = s.box;
    const QString agent = m_selected;
    r->agents->send(agent, QStringLiteral("report.test"), QCborMap{{QStringLiteral("sink"), sink}},
                    [this, box, sink, agent](const Result<QCborMap> &answer) {
                        QString text;
                        bool ok = false;
                        if (!answer) {
                            text = tr("✗ The agent could not run the test: %1").arg(answer.errorString());
                        } else {
                            const int status = int(answer->value(QStringLiteral("httpStatus")).toInteger());
                            const QString body = answer->value(QStringLiteral("body")).toString().trimmed().left(300);
                            const QString url = answer->value(QStringLiteral("url")).toString();
                            ok = answer->value(QStringLiteral("ok")).toBool();
                            if (ok)
                                text = tr("✓ The server took the report: HTTP %1.").arg(status);
                            else if (status > 0)
                                text = tr("✗ The server refused the report: HTTP %1.").arg(status);
                            else
                                text = tr("✗ No answer from the server: %1").arg(answer->value(QStringLiteral("error")).toString());
                            if (!body.isEmpty())
                                text += QLatin1Char('\n') + tr("Its answer: %1").arg(body);
                            text += QLatin1Char('\n') + tr("Sent to %1").arg(url);
                        }
                        if (box) {
                            for (SinkBox &s : m_sinks)
                                if (s.box == box) {
                                    s.answer->setText(text);
                                    s.answer->setProperty("role", ok ? QString() : QStringLiteral("fieldError"));
                                    s.answer->style()->unpolish(s.answer);
                                    s.answer->style()->polish(s.answer);
                                    s.test->setEnabled(true);
                                }
                        }
                        // The test changes nothing in the outbox, but the state may have moved on meanwhile.
                        for (int i = 0; i < m_rows.size(); ++i)
                            if (m_rows.at(i).deviceId == agent)
                                ask(i);
                        Q_EMIT testFinished(sink, ok, text);
                    });
}

QCborMap ReportsPage::formConfig(QString *problem) const
{
    QCborArray sinks;
    for (const SinkBox &s : m_sinks) {
        if (!s.box)
            continue;
        const QString urlText = s.url->text().trimmed();
        if (const QString p = urlProblem(urlText); !p.isEmpty()) {
            *problem = tr("%1: %2").arg(s.box->title(), p);
            return {};
        }
        QCborMap m{{QStringLiteral("name"), s.name->text().trimmed()},
                   {QStringLiteral("kind"), s.kind->currentData().toString()},
                   {QStringLiteral("url"), urlText},
                   {QStringLiteral("enabled"), s.enabled->isChecked()},
                   {QStringLiteral("caFile"), s.caFile->text().trimmed()},
                   {QStringLiteral("certFile"), s.certFile->text().trimmed()},
                   {QStringLiteral("keyFile"), s.keyFile->text().trimmed()}};
        if (!s.token->text().isEmpty())
            m.insert(QStringLiteral("token"), s.token->text());
        else if (s.clearToken->isChecked())
            m.insert(QStringLiteral("token"), QString());
        sinks.append(m);
    }
    if (m_school->text().trimmed().isEmpty()) {
        *problem = tr("Enter the school id (the city gives it, e.g. gs-nord).");
        return {};
    }
    if (sinks.isEmpty()) {
        *problem = tr("Add at least one destination.");
        return {};
    }
    return QCborMap{{QStringLiteral("school"), m_school->text().trimmed()},
                    {QStringLiteral("room"), m_room->text().trimmed()},
                    {QStringLiteral("intervalSecs"), m_interval->value()},
                    {QStringLiteral("outboxMax"), m_outboxMax->value()},
                    {QStringLiteral("schoolReporter"), m_schoolReporter->isChecked()},
                    {QStringLiteral("schoolAgents"), m_schoolAgents->text().trimmed()},
                    {QStringLiteral("schoolKeyFile"), m_schoolKey->text().trimmed()},
                    {QStringLiteral("sinks"), sinks}};
}

void ReportsPage::save()
{
    AgentRow *r = row(m_selected);
    if (!r || !r->agents)
        return;
    QString problem;
    const QCborMap config = formConfig(&problem);
    if (!problem.isEmpty()) {
        m_message->setProperty("role", QStringLiteral("fieldError"));
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
        m_message->setText(problem);
        Q_EMIT saveFinished(false, problem);
        return;
    }
    m_save->setEnabled(false);
    m_message->setProperty("role", QString());
    m_message->setText(tr("Saving…"));
    const QString agent = m_selected;
    r->agents->send(agent, QStringLiteral("report.config.set"), QCborMap{{QStringLiteral("config"), config}},
                    [this, agent](const Result<QCborMap> &answer) {
                        m_save->setEnabled(true);
                        if (agent != m_selected)
                            return;
                        QString text;
                        if (!answer) {
                            text = tr("Not saved: %1").arg(answer.errorString());
                            m_message->setProperty("role", QStringLiteral("fieldError"));
                        } else {
                            text = tr("Saved. The agent uses the new settings now.");
                            m_message->setProperty("role", QString());
                            // The school's audit log: who changed which agent's reporting, before -> after (no tokens).
                            const QCborMap after = answer->value(QStringLiteral("config")).toMap();
                            if (Status st = store::AuditLog(m_db).record(AdminAuth::adminUserName(), QStringLiteral("report.config"), agent,
                                                                                         m_loadedConfig.toJsonObject(), after.toJsonObject());
                                !st)
                                text += QLatin1Char(' ') + tr("(The audit log could not be written: %1)").arg(st.errorString());
                            loadForm(answer->value(QStringLiteral("config")).toMap());
                            m_formHint->setText(tr("Saved on the agent in %1.").arg(answer->value(QStringLiteral("source")).toString()));
                            for (int i = 0; i < m_rows.size(); ++i)
                                if (m_rows.at(i).deviceId == agent)
                                    ask(i);
                        }
                        m_message->style()->unpolish(m_message);
                        m_message->style()->polish(m_message);
                        m_message->setText(text);
                        Q_EMIT saveFinished(bool(answer), text);
                    });
}

} // namespace tafel::gui
