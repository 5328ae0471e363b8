// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/keychain.h"

#include "trcontexts.h"

#ifdef WAYMARK_KEYCHAIN
#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#include <QTimer>
#endif

namespace waymark::Keychain {

namespace {

constexpr auto Service = "Waymark";

#ifdef WAYMARK_KEYCHAIN
constexpr int TimeoutMs = 10000;

// Runs `job` to its end (or the time-out) and says what went wrong: "" when nothing did.
QString runJob(QKeychain::Job *job, bool *notFound = nullptr)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text file instead
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished) loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished)
        return Storage::tr("the system keychain did not answer within %1 seconds")
            .arg(TimeoutMs / 1000);
    if (notFound) *notFound = job->error() == QKeychain::EntryNotFound;
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Storage::tr("the system keychain holds no password for it");
    case QKeychain::NoBackendAvailable:
        return Storage::tr("no system keychain is running (%1)").arg(job->errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Storage::tr("the system keychain refused access (%1)").arg(job->errorString());
    default:
        return Storage::tr("the system keychain failed (%1)").arg(job->errorString());
    }
}
#endif

} // namespace

QString whyUnreachable()
{
    if (!isBuiltIn())
        return Storage::tr("this Waymark is built without the system keychain (QtKeychain)");
    return Storage::tr("no system keychain can be asked (no session bus)");
}

bool isBuiltIn()
{
#ifdef WAYMARK_KEYCHAIN
    return true;
#else
    return false;
#endif
}

bool isReachable()
{
#if defined(WAYMARK_KEYCHAIN) && defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
#else
    return isBuiltIn();
#endif
}

std::optional<QString> read(const QString &account, QString *error)
{
    error->clear();
    if (!isReachable()) {
        *error = whyUnreachable();
        return std::nullopt;
    }
#ifdef WAYMARK_KEYCHAIN
    QKeychain::ReadPasswordJob job{QString::fromLatin1(Service)};
    job.setKey(account);
    bool notFound = false;
    const QString failure = runJob(&job, &notFound);
    if (notFound) return std::nullopt;
    if (!failure.isEmpty()) {
        *error = failure;
        return std::nullopt;
    }
    return job.textData();
#else
    Q_UNUSED(account)
    return std::nullopt;
#endif
}

bool write(const QString &account, const QString &password, QString *error)
{
    error->clear();
    if (!isReachable()) {
        *error = whyUnreachable();
        return false;
    }
#ifdef WAYMARK_KEYCHAIN
    QKeychain::WritePasswordJob job{QString::fromLatin1(Service)};
    job.setKey(account);
    job.setTextData(password);
    *error = runJob(&job);
    return error->isEmpty();
#else
    Q_UNUSED(account)
    Q_UNUSED(password)
    return false;
#endif
}

bool remove(const QString &account, QString *error)
{
    error->clear();
    if (!isReachable()) {
        *error = whyUnreachable();
        return false;
    }
#ifdef WAYMARK_KEYCHAIN
    QKeychain::DeletePasswordJob job{QString::fromLatin1(Service)};
    job.setKey(account);
    bool notFound = false;
    const QString failure = runJob(&job, &notFound);
    if (notFound) return true;
    *error = failure;
    return error->isEmpty();
#else
    Q_UNUSED(account)
    return false;
#endif
}

} // namespace waymark::Keychain
