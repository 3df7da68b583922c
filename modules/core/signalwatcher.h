#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace tafel {

// Turns POSIX signals (SIGTERM, SIGINT, SIGHUP) into a Qt signal delivered on the event loop, using the
// self-pipe trick: the async-signal handler only writes one byte to a socketpair. One instance per process.
class SignalWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    explicit SignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readPending();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
};

} // namespace tafel
