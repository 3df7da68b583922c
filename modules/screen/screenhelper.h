#pragma once

#include <QString>

namespace tafel::screen {

struct ScreenHelperOptions {
    // The --socket value: a name or a path, resolved by screensession::resolveSocketPath() (empty: the default,
    // /run/tafel/tafel-screen on display PCs, else $XDG_RUNTIME_DIR/tafel-screen).
    QString socketName;
    // libVLC without audio or video output (tests, machines without sound). Also switched on by the environment
    // variable TAFEL_SCREEN_MEDIA_HEADLESS=1, which the process tests set.
    bool headlessMedia = false;
};

// `tafel --screen`: runs the screen helper in the user's graphical session until SIGTERM/SIGINT/SIGHUP or
// QApplication::quit(): listens on the screen-session socket and renders what tafel-agent asks for. Needs a
// QApplication; shows no window of its own until asked. Returns the process exit code (1 if it cannot listen).
int runScreenHelper(const ScreenHelperOptions &options);

} // namespace tafel::screen
