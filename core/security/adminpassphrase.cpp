#include "core/security/adminpassphrase.h"

#include "core/security/constanttime.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace Quayside {

namespace {
const QLatin1String kScheme("pbkdf2-sha256");
constexpr int kKeyBytes = 32;
constexpr int kSaltBytes = 16;

QByteArray derive(const QString &passphrase, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, passphrase.toUtf8(), salt, iterations, kKeyBytes);
}
} // namespace

QString AdminPassphrase::digest(const QString &passphrase, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), kSaltBytes / 4);
    return QStringList { kScheme,
        QString::number(iterations),
        QString::fromLatin1(salt.toBase64()),
        QString::fromLatin1(derive(passphrase, salt, iterations).toBase64()) }
        .join(QLatin1Char('$'));
}

bool AdminPassphrase::matches(const QString &passphrase, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    // Bounded, so a tampered entry can neither make the check trivial nor hang the console.
    if (!ok || iterations < 1000 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray key = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || key.size() != kKeyBytes)
        return false;
    return equalInConstantTime(derive(passphrase, salt, iterations), key);
}

} // namespace Quayside
