#include "core/security/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace Quayside {

namespace {
// Runs a keychain job to its end; QtKeychain answers through the event loop.
bool runJob(QKeychain::Job &job, QString *error, const QString &what)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (job.error() == QKeychain::EntryNotFound)
        *error = QStringLiteral("%1: there is no such entry in the keychain (service \"%2\"); store it with "
                                "quayside --store-secret %3")
                     .arg(what, SecretStore::KeychainService, job.key());
    else
        *error = QStringLiteral("%1: the keychain could not be used (%2). On a server without a keychain, "
                                "name an environment variable or a file instead.")
                     .arg(what, job.errorString());
    return false;
}
} // namespace

std::optional<SecretRef> SecretRef::fromJson(const QJsonValue &json, const QString &where, QString *error)
{
    if (json.isString()) {
        *error = QStringLiteral("%1: secrets are never read from the configuration file. Name where it is kept "
                                "instead: {\"keychain\": \"entry\"}, {\"env\": \"VARIABLE\"} or {\"file\": \"path\"}")
                     .arg(where);
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    static const QList<QPair<QString, Kind>> kinds { { QStringLiteral("keychain"), Kind::Keychain },
        { QStringLiteral("env"), Kind::Environment },
        { QStringLiteral("file"), Kind::File } };
    std::optional<SecretRef> found;
    for (const auto &[key, kind] : kinds) {
        if (!o.contains(key))
            continue;
        const QString name = o.value(key).toString().trimmed();
        if (found || name.isEmpty() || o.size() != 1) {
            found.reset();
            break;
        }
        found = SecretRef { kind, name };
    }
    if (!found)
        *error = QStringLiteral("%1: expected exactly one of {\"keychain\": \"entry\"}, {\"env\": \"VARIABLE\"} or "
                                "{\"file\": \"path\"}")
                     .arg(where);
    return found;
}

QJsonValue SecretRef::toJson() const
{
    switch (kind) {
    case Kind::Keychain:
        return QJsonObject { { QStringLiteral("keychain"), name } };
    case Kind::Environment:
        return QJsonObject { { QStringLiteral("env"), name } };
    case Kind::File:
        return QJsonObject { { QStringLiteral("file"), name } };
    }
    return {};
}

QString SecretRef::describe() const
{
    switch (kind) {
    case Kind::Keychain:
        return QStringLiteral("keychain entry %1").arg(name);
    case Kind::Environment:
        return QStringLiteral("environment variable %1").arg(name);
    case Kind::File:
        return QStringLiteral("secret file %1").arg(name);
    }
    return {};
}

std::optional<QString> SecretStore::read(const SecretRef &ref, QString *error)
{
    switch (ref.kind) {
    case SecretRef::Kind::Environment: {
        const QString value = qEnvironmentVariable(ref.name.toLocal8Bit().constData()).trimmed();
        if (value.isEmpty()) {
            *error = QStringLiteral("The %1 is not set or empty").arg(ref.describe());
            return std::nullopt;
        }
        return value;
    }
    case SecretRef::Kind::File: {
        QFile f(ref.name);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("The %1 cannot be read: %2").arg(ref.describe(), f.errorString());
            return std::nullopt;
        }
        // Secret files end with a newline more often than not (echo, editors); a secret never does.
        const QString value = QString::fromUtf8(f.readAll()).trimmed();
        if (value.isEmpty()) {
            *error = QStringLiteral("The %1 is empty").arg(ref.describe());
            return std::nullopt;
        }
        return value;
    }
    case SecretRef::Kind::Keychain: {
        QKeychain::ReadPasswordJob job(KeychainService);
        job.setKey(ref.name);
        if (!runJob(job, error, ref.describe()))
            return std::nullopt;
        return job.textData();
    }
    }
    return std::nullopt;
}

bool SecretStore::writeToKeychain(const QString &entry, const QString &value, QString *error)
{
    QKeychain::WritePasswordJob job(KeychainService);
    job.setKey(entry);
    job.setTextData(value);
    return runJob(job, error, SecretRef { SecretRef::Kind::Keychain, entry }.describe());
}

bool SecretStore::removeFromKeychain(const QString &entry, QString *error)
{
    QKeychain::DeletePasswordJob job(KeychainService);
    job.setKey(entry);
    return runJob(job, error, SecretRef { SecretRef::Kind::Keychain, entry }.describe());
}

} // namespace Quayside
