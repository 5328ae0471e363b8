// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli itself: `analyze` of a file runs here, linked against Qt Core and the event-log
// engine only; every other command (and analyze with --db, --flow or --help) is in
// waymark-cli-commands.so, loaded on demand. Loading Qt Gui, Network, Sql and the libraries
// they pull in (64 in all) took 30 ms of a 0.2 s analysis of a million events.
#include "clibase.h"
#include "trcontexts.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <limits.h>
#include <QCoreApplication>
#include <QDir>
#include <string>
#include <unistd.h>

using namespace waymark;

namespace {

// Whether this `analyze` is of a file with the quick command's options only: any other
// option (--db, --flow, --help, a typo) goes to the full command set, which knows them all.
// Checked on the raw arguments, before anything is loaded.
bool quickAnalyze(int argc, char *argv[])
{
    if (argc < 3 || std::strcmp(argv[1], "analyze") != 0) return false;
    if (std::getenv("WAYMARK_CLI_FULL")) return false; // tests compare both ways
    const QList<QCommandLineOption> known = cli::analyzeFileOptions();
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--")) return true; // the rest are files
        if (!arg.startsWith(QLatin1String("--"))) {
            if (arg.size() > 1 && arg.startsWith(u'-')) return false; // short options
            continue;
        }
        const qsizetype equals = arg.indexOf(u'=');
        const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
        const auto option = std::find_if(known.begin(), known.end(),
                                         [&](const auto &o) { return o.names().contains(name); });
        if (option == known.end()) return false;
        if (equals < 0 && !option->valueName().isEmpty()) ++i; // its value
    }
    return true;
}

// The commands' module: beside the program in a build tree, else where it is installed.
std::string modulePath()
{
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string dir = n > 0 ? std::string(self, size_t(n)) : std::string();
    dir = dir.substr(0, dir.find_last_of('/') + 1);
    const std::string name = "waymark-cli-commands.so";
    const std::string installed =
        QDir::cleanPath(QString::fromStdString(dir + WAYMARK_CLI_MODULE_DIR + "/" + name))
            .toStdString();
    for (const std::string &candidate : {dir + name, installed})
        if (access(candidate.c_str(), R_OK) == 0) return candidate;
    return installed;
}

} // namespace

int main(int argc, char *argv[])
{
    if (quickAnalyze(argc, argv)) {
        QCoreApplication app(argc, argv);
        cli::setUpApplication(&app);
        QStringList rest;
        for (int i = 2; i < argc; ++i)
            rest.append(QString::fromLocal8Bit(argv[i]));
        QTextStream out(stdout), err(stderr);
        cli::Io io{out, err};
        return cli::runAnalyzeFile(rest, io);
    }
    const std::string path = modulePath();
    void *module = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
    const auto run =
        module ? reinterpret_cast<int (*)(int, char **)>(dlsym(module, "waymark_cli_main"))
               : nullptr;
    if (!run) {
        const QString why = QString::fromLocal8Bit(dlerror());
        QCoreApplication app(argc, argv);
        cli::setUpApplication(&app);
        QTextStream err(stderr);
        // dlerror() names the file and why it failed (not found, a missing symbol ...).
        err << "waymark-cli: error: " << Cli::tr("%1; the installation is incomplete").arg(why)
            << Qt::endl;
        return cli::BadInput;
    }
    return run(argc, argv);
}
