#include "core/mapping/mappingcatalog.h"

#include <QDir>
#include <QFile>
#include <QtDebug>

namespace Quayside::Mapping {

QList<MappingDocument> MappingCatalog::shippedDefaults()
{
    QList<MappingDocument> out;
    const QDir dir(QStringLiteral(":/mappings"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QList<MappingError> errors;
        const auto doc
            = file.open(QIODevice::ReadOnly) ? MappingDocument::fromJson(file.readAll(), &errors) : std::nullopt;
        if (doc)
            out << *doc;
        else
            qWarning() << "Shipped mapping" << name
                       << "is unreadable:" << (errors.isEmpty() ? file.errorString() : errors.first().text());
    }
    return out;
}

std::optional<MappingDocument> MappingCatalog::shippedDefault(const MappingKey &key)
{
    for (const MappingDocument &d : shippedDefaults())
        if (d.key == key)
            return d;
    return std::nullopt;
}

QStringList MappingCatalog::reservedTargets(const MappingKey &key)
{
    if (key == odooSaleOrder())
        return { QStringLiteral("partner_id"),
            QStringLiteral("origin"),
            QStringLiteral("order_line"),
            QStringLiteral("warehouse_id") };
    return {};
}

QPair<QString, QString> MappingCatalog::sampleStep(const MappingKey &key)
{
    if (key == odooSaleOrder())
        return { QStringLiteral("orders"), QStringLiteral("create_sale_order") };
    return {};
}

QList<RequiredField> MappingCatalog::odooRequiredCustomFields(const QJsonObject &fieldsGet)
{
    static const QStringList neverUnset { QStringLiteral("boolean"),
        QStringLiteral("integer"),
        QStringLiteral("float"),
        QStringLiteral("monetary"),
        QStringLiteral("one2many"),
        QStringLiteral("many2many") };
    QList<RequiredField> out;
    for (auto it = fieldsGet.begin(); it != fieldsGet.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        if (it.key().startsWith(QLatin1String("x_")) && f.value(QStringLiteral("required")).toBool()
            && !neverUnset.contains(f.value(QStringLiteral("type")).toString()))
            out << RequiredField { it.key(), f.value(QStringLiteral("string")).toString() };
    }
    return out;
}

QList<MappingError> MappingCatalog::check(const MappingDocument &document)
{
    QList<MappingError> errors;
    const QStringList reserved = reservedTargets(document.key);
    for (qsizetype i = 0; i < document.rules.size(); ++i) {
        const MappingRule &r = document.rules.at(i);
        const QString top = r.target.section(QLatin1Char('.'), 0, 0);
        if (reserved.contains(top))
            errors << MappingError { MappingError::Kind::Parse,
                QStringLiteral("rules[%1].target").arg(i),
                r.id,
                r.target,
                r.source,
                std::nullopt,
                QStringLiteral("%1 is set by the order flow itself (%2 are reserved)")
                    .arg(r.target, reserved.join(QStringLiteral(", "))) };
    }
    return errors;
}

} // namespace Quayside::Mapping
