// Test helper (not a test): enqueues reports into DB's outbox for sink "pg" until killed, printing
// "queued <report id>" after each committed transaction. reporting_delivery kills it with SIGKILL.
#include "reporting/healthreport.h"
#include "reporting/outbox.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace tafel;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: reporting_outbox_writer DB\n");
        return 2;
    }
    store::OpenOptions o;
    o.schema = store::Schema::Agent;
    auto db = store::Database::open(args.at(1), o);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    reporting::Outbox outbox(**db);
    for (qint64 i = 0;; ++i) {
        reporting::HealthSnapshot s;
        s.school = QStringLiteral("gs-nord");
        s.room = QStringLiteral("r-kill");
        s.timestampMs = QDateTime::currentMSecsSinceEpoch();
        s.agentVersion = QStringLiteral("writer");
        reporting::DeviceHealth d;
        d.device = QStringLiteral("d%1").arg(i % 7);
        d.kind = QStringLiteral("pc");
        d.up = true;
        s.devices.append(d);
        auto r = reporting::buildReport(s);
        if (!r || !outbox.enqueue(*r, {QStringLiteral("pg")})) {
            std::fprintf(stderr, "enqueue failed\n");
            return 1;
        }
        std::printf("queued %s\n", qPrintable(r->id));
        std::fflush(stdout);
    }
}
