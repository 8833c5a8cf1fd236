#include "core/security/secretvault.h"

#include "core/security/secretstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace Quayside {

namespace {
QString keychainError(const QKeychain::Job &job)
{
    return QCoreApplication::translate("Quayside::KeychainVault", "The keychain could not be used for %1 (%2)")
        .arg(job.key(), job.errorString());
}

template <typename Job>
Job *startJob(const QString &entry, QObject *context, std::function<void(Job *)> finished)
{
    auto *job = new Job(SecretStore::KeychainService);
    job->setAutoDelete(true);
    job->setKey(entry);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, finished] { finished(job); });
    return job;
}
} // namespace

void KeychainVault::read(const QString &entry, QObject *context, ReadDone done)
{
    auto *job = startJob<QKeychain::ReadPasswordJob>(entry, context, [done](QKeychain::ReadPasswordJob *j) {
        if (j->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else if (j->error() != QKeychain::NoError)
            done(std::nullopt, keychainError(*j));
        else
            done(j->textData(), QString());
    });
    job->start();
}

void KeychainVault::write(const QString &entry, const QString &value, QObject *context, WriteDone done)
{
    auto *job = startJob<QKeychain::WritePasswordJob>(entry, context, [done](QKeychain::WritePasswordJob *j) {
        done(j->error() == QKeychain::NoError ? QString() : keychainError(*j));
    });
    job->setTextData(value);
    job->start();
}

void KeychainVault::remove(const QString &entry, QObject *context, WriteDone done)
{
    auto *job = startJob<QKeychain::DeletePasswordJob>(entry, context, [done](QKeychain::DeletePasswordJob *j) {
        const bool gone = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : keychainError(*j));
    });
    job->start();
}

void MemoryVault::read(const QString &entry, QObject *context, ReadDone done)
{
    const auto value = entries.contains(entry) ? std::optional(entries.value(entry)) : std::nullopt;
    QMetaObject::invokeMethod(
        context, [done, value] { done(value, QString()); }, Qt::QueuedConnection);
}

void MemoryVault::write(const QString &entry, const QString &value, QObject *context, WriteDone done)
{
    entries.insert(entry, value);
    QMetaObject::invokeMethod(
        context, [done] { done(QString()); }, Qt::QueuedConnection);
}

void MemoryVault::remove(const QString &entry, QObject *context, WriteDone done)
{
    entries.remove(entry);
    QMetaObject::invokeMethod(
        context, [done] { done(QString()); }, Qt::QueuedConnection);
}

} // namespace Quayside
