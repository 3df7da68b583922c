// tafel-agent: the headless service on classroom, display and student PCs. Composition root only.
#include "agent/agentconfig.h"
#include "agent/agentservice.h"
#include "core/language.h"
#include "core/signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace tafel;

int main(int argc, char **argv)
{
#if defined(__GLIBC__)
    // Material transfers allocate and free buffers of 0.5–16 MiB per piece and chunk. With glibc's defaults each
    // one is a fresh mmap (or heap top trimmed back to the kernel), so every byte costs a page fault and a page
    // clear: measured at about a tenth of a relaying agent's CPU. Keep such buffers in the heap and reuse them.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tafel"));
    QCoreApplication::setApplicationName(QStringLiteral("tafel-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAFEL_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}warning %{endif}%{if-critical}error %{endif}%{category}: %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Tafel agent: monitoring, material and display service for one room."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOpt(QStringLiteral("config"), QCoreApplication::translate("main", "Read the configuration from FILE (INI)."), QStringLiteral("FILE"));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"), QCoreApplication::translate("main", "Keep the agent's database and material in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption listenOpt(QStringLiteral("listen"),
                                       QCoreApplication::translate("main", "Listen on ADDR:PORT (default 0.0.0.0:%1).").arg(agent::kDefaultPort),
                                       QStringLiteral("ADDR:PORT"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QCoreApplication::translate("main", "Language of messages: de, en or tr."), QStringLiteral("LANG"));
    parser.addOptions({configOpt, dataOpt, listenOpt, langOpt});
    parser.process(app);
    installTranslations(parser.value(langOpt));

    auto config = agent::AgentConfig::load(parser.value(configOpt), parser.value(dataOpt), parser.value(listenOpt));
    if (!config) {
        std::fprintf(stderr, "tafel-agent: %s\n", qPrintable(config.errorString()));
        return 1;
    }

    // Every LAN client is a file descriptor; the usual soft limit of 1024 would cap the agent below
    // [Link] MaxConnections. Raise it towards the hard limit.
    if (rlimit lim{}; ::getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur < 8192 && lim.rlim_cur < lim.rlim_max) {
        lim.rlim_cur = std::min<rlim_t>(lim.rlim_max, 8192);
        ::setrlimit(RLIMIT_NOFILE, &lim);
    }

    SignalWatcher watcher({SIGTERM, SIGINT, SIGHUP});
    agent::AgentService service(std::move(config).value());
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &service, [&service](int sig) {
        if (sig == SIGHUP)
            return; // reload arrives with the config push; ignore instead of dying
        service.stop();
    });
    QObject::connect(&service, &agent::AgentService::stopped, &app, &QCoreApplication::quit);
    if (auto st = service.start(); !st) {
        std::fprintf(stderr, "tafel-agent: %s\n", qPrintable(st.errorString()));
        return 1;
    }
    return app.exec();
}
