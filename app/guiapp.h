#pragma once

#include "app/commandline.h"

// Creates the QApplication and runs either a headless command or the desktop window. Without
// a display, the window is rendered offscreen to a PNG whose path is printed.
namespace GuiApp {
int exec(int &argc, char **argv, const CommandLine::Options &options);
} // namespace GuiApp
