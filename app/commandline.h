#pragma once

#include <QCommandLineOption>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The command line (README "Rules: Command line"): one binary is the desktop app and a headless
// tool. Parsed before the QApplication exists, because headless commands choose the offscreen
// platform themselves.
namespace CommandLine {

struct Options {
    QString command;       // empty: open the GUI
    QString file;          // GUI: `dealix-desk FILE`, an offline copy or a SQLite file to open
    QStringList arguments; // positional arguments after the command
    QString source;
    QString tenant;
    QString tokenFile; // a Dealix server: --token-file FILE (else DEALIX_TOKEN)
    QString caFile;    // a Dealix server: --ca-file PEM, a private certificate authority
    QString lang;
    QDateTime asOf; // invalid: now
    QString output;
    QString format;
    QString period;            // export: month | quarter | year | all
    QStringList surfaces;      // board-pack: surface ids
    QString classification;    // board-pack and pdf exports
    QString preparedBy;        // board-pack: --prepared-by NAME, the cover's preparer
    QString html;              // board-pack: also write the HTML pack here
    bool allowPartial = false; // board-pack, pdf/html export: replace a file with a partial pack
    QString printer;           // board-pack: --print PRINTER, a queue of the print service
    int copies = 1;            // board-pack --print: --copies N
    bool duplex = false;       // board-pack --print: --duplex (long edge)
    QString actingAs;          // decide: --as EMAIL
    QString note;              // decide: --note TEXT
    QString pack;              // export evidence-packs: --pack ID (one pack as json or pdf)
    bool write = false;        // probe: --write (record the results)
    QString sqlOut;            // check: --sql-out FILE, the checks' SQL with values (bench/)
    double scale = 1.0;
    quint64 seed = 20260417;
    QString surface;             // GUI: the surface to open on
    QString screenshot;          // GUI: render the main window to this PNG and exit
    bool quitAfterPaint = false; // GUI: quit after the first painted frame (bench/)
    bool noDisplay = false;      // set by main(): no display, offscreen chosen by us
    bool help = false;
    bool version = false;
    QString helpText;
};

// One command of the command line. The table of them (commandTable()) is the only list of
// commands: --help, the man page (--man) and dispatch all read it.
struct Command {
    QString name;
    int (*handler)(const Options &);
    QStringList synopsis; // usage lines, each starting with the name (arguments in upper case)
    QString help;         // what it does, one sentence
    // A write is a decision made now, never dated with --as-of. WithWriteFlag: only when the
    // command is given --write.
    enum class Writes { No, Always, WithWriteFlag } writes = Writes::No;
    // Reads or writes the database itself: there is no route for it in the Dealix API.
    bool databaseOnly = false;
};

// The commands, in the order --help and the man page list them.
const QList<Command> &commandTable();
// Their names, in the table's order.
const QStringList &commands();
// The man page dealix-desk(1) in troff: the command table and the given options (those not
// hidden from --help), the exit codes and the environment. `dealix-desk --man` prints it.
QString manPage(const QList<QCommandLineOption> &options);
// Returns false with a one-line reason for a usage error.
bool parse(const QStringList &args, Options *options, QString *error);
// True when there is no display to open a window on (no DISPLAY nor WAYLAND_DISPLAY and no
// platform chosen by the user).
bool noDisplay();
// Runs a headless command; returns the process exit status (ExitCode).
int run(const Options &options);

} // namespace CommandLine
