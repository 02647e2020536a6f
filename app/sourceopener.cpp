#include "app/sourceopener.h"
#include "models/core/displaytext.h"

#include "models/source/demogenerator.h"
#include "views/print/boardpack.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace SourceOpener {

QString defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

QString sourceName(const Session &session)
{
    if (!session.isOffline() && session.url().kind() == SourceUrl::Kind::SQLite &&
        QFileInfo(session.url().path()).absoluteFilePath() ==
            QFileInfo(defaultDemoPath()).absoluteFilePath())
        return QCoreApplication::translate("SourceOpener", "Demo database");
    return BoardPack::sourceName(session);
}

QString resolveUrl(const QString &explicitUrl)
{
    if (!explicitUrl.isEmpty())
        return explicitUrl;
    const QString env = qEnvironmentVariable("DEALIX_SOURCE");
    if (!env.isEmpty())
        return env;
    return QStringLiteral("sqlite:") + defaultDemoPath();
}

bool ensureDemo(const QString &url, QString *error, const std::function<bool(int)> &progress)
{
    const QString demoUrl = QStringLiteral("sqlite:") + defaultDemoPath();
    if (url != demoUrl || QFileInfo::exists(defaultDemoPath()))
        return true;
    if (!QDir().mkpath(QFileInfo(defaultDemoPath()).absolutePath())) {
        if (error)
            *error = QStringLiteral("Cannot create %1")
                         .arg(DisplayText::plain(QFileInfo(defaultDemoPath()).absolutePath()));
        return false;
    }
    DemoOptions options;
    return DemoGenerator::writeSqliteFile(defaultDemoPath(), options, nullptr, error, progress);
}

} // namespace SourceOpener
