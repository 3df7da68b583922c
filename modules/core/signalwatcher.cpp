#include "core/signalwatcher.h"
#include "core/logging.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tafel {

namespace {
int g_fds[2] = {-1, -1};

extern "C" void onSignal(int sig)
{
    const unsigned char b = static_cast<unsigned char>(sig);
    // write() is async-signal-safe; a full pipe only drops a duplicate wake-up.
    [[maybe_unused]] const auto n = ::write(g_fds[0], &b, 1);
}
} // namespace

SignalWatcher::SignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
    , m_signals(signalNumbers)
{
    if (g_fds[0] != -1) {
        qCWarning(lcCore) << "only one SignalWatcher per process";
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0) {
        qCWarning(lcCore) << "socketpair failed; signals will not be handled gracefully";
        return;
    }
    ::fcntl(g_fds[0], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readPending);
    for (int sig : std::as_const(m_signals)) {
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(sig, &sa, nullptr);
    }
}

SignalWatcher::~SignalWatcher()
{
    if (!m_notifier)
        return;
    for (int sig : std::as_const(m_signals))
        ::signal(sig, SIG_DFL);
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

void SignalWatcher::readPending()
{
    unsigned char b = 0;
    if (::read(g_fds[1], &b, 1) == 1)
        Q_EMIT signalReceived(int(b));
}

} // namespace tafel
