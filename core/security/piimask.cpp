#include "core/security/piimask.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Quayside {

bool PiiMask::isPersonalKey(const QString &key)
{
    static const QStringList keys { QStringLiteral("email"),
        QStringLiteral("emailaddress"),
        QStringLiteral("phone"),
        QStringLiteral("mobile"),
        QStringLiteral("firstname"),
        QStringLiteral("lastname"),
        QStringLiteral("name"),
        QStringLiteral("address1"),
        QStringLiteral("address2"),
        QStringLiteral("street"),
        QStringLiteral("street2"),
        QStringLiteral("zip"),
        QStringLiteral("city"),
        QStringLiteral("company"),
        QStringLiteral("guestemail") };
    const QString k = key.toLower().remove(QLatin1Char('_'));
    return keys.contains(k);
}

QString PiiMask::maskText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at > 0) {
        const QString domain = text.mid(at + 1);
        const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
        const QString host = dot > 0 ? domain.left(dot) : domain;
        const QString tld = dot > 0 ? domain.mid(dot) : QString();
        return text.left(1) + QString(std::max<qsizetype>(2, at - 1), QChar(0x2022)) + QLatin1Char('@') + host.left(1)
            + QString(std::max<qsizetype>(2, host.size() - 1), QChar(0x2022)) + tld;
    }
    return text.left(1) + QString(std::max<qsizetype>(2, text.size() - 1), QChar(0x2022));
}

QString PiiMask::maskEmailsIn(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"));
    QString out = text;
    qsizetype shift = 0;
    for (auto it = email.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString masked = maskText(m.captured());
        out.replace(m.capturedStart() + shift, m.capturedLength(), masked);
        shift += masked.size() - m.capturedLength();
    }
    return out;
}

QJsonValue PiiMask::mask(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            // Product and line "name"s are not personal; only names inside customer-ish objects are,
            // but a title-cased product name masked by mistake costs less than a leaked customer name.
            if (isPersonalKey(it.key()) && it.value().isString())
                out.insert(it.key(), maskText(it.value().toString()));
            else
                out.insert(it.key(), mask(it.value()));
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &v : value.toArray())
            out.append(mask(v));
        return out;
    }
    return value;
}

} // namespace Quayside
