#include "screen/screenhelper.h"

#include "core/signalwatcher.h"
#include "screen/logging.h"
#include "screen/screencontroller.h"
#include "screensession/screensessionserver.h"
#include "screensession/socketpath.h"

#include <QApplication>

#include <csignal>
#include <cstdio>

namespace tafel::screen {

int runScreenHelper(const ScreenHelperOptions &options)
{
    // Messages and blank windows come and go; closing the last one must not end the helper.
    QApplication::setQuitOnLastWindowClosed(false);

    media::MediaOptions mediaOptions;
    mediaOptions.headless = options.headlessMedia || qEnvironmentVariableIntValue("TAFEL_SCREEN_MEDIA_HEADLESS") == 1;

    ScreenController controller(mediaOptions);
    screensession::ScreenSessionServer server(controller);
    QObject::connect(&controller, &ScreenController::stateChanged, &server, &screensession::ScreenSessionServer::publishState);

    const QString path = screensession::resolveSocketPath(options.socketName);
    if (const Status listening = server.listen(path); !listening) {
        std::fprintf(stderr, "tafel: %s\n", qUtf8Printable(listening.errorString()));
        return 1;
    }

    SignalWatcher watcher({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &server, [](int signal) {
        qCInfo(lcScreen) << "signal" << signal << "- the screen helper stops";
        QApplication::quit();
    });
    qCInfo(lcScreen) << "screen helper ready at" << server.socketPath() << (mediaOptions.headless ? "(headless media)" : "");
    const int code = QApplication::exec();
    server.close(); // removes the socket file
    return code;
}

} // namespace tafel::screen
