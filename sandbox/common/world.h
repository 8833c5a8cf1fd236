#pragma once

#include <QList>
#include <QString>

namespace Quayside::Sandbox {

// One seeded, consistent world shared by the three emulators, so a demo or a test starts from the same
// catalogue, locations, stock and customers in Shopify, Odoo and ShipBob. Indexes are the stable keys;
// each emulator derives its own ids from them.
struct WorldVariant
{
    int productIndex = 0;
    QString sku;
    QString barcode; // EAN-13 with a valid check digit
    QString optionTitle; // "Blue / M", or "Default Title" for single-variant products
    qint64 priceCents = 0;
    qint64 costCents = 0;
    int grams = 0;
};

struct WorldProduct
{
    QString handle;
    QString title;
    QString vendor;
    QString productType;
    QList<int> variantIndexes;
};

struct WorldAddress
{
    QString line1;
    QString city;
    QString province; // ISO 3166-2 subdivision code, e.g. "IL"
    QString zip;
    QString countryCode; // ISO 3166-1 alpha-2
};

struct WorldLocation
{
    QString key; // stable key, e.g. "main", "shipbob-cicero"
    QString name;
    QString odooWarehouseCode; // stock.warehouse.code (max 5 characters)
    int shipbobFulfillmentCenterId = 0; // 0: an internal warehouse run in Odoo
    WorldAddress address;
};

struct WorldCustomer
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone; // E.164
    WorldAddress address;
};

struct WorldTax
{
    QString name;
    int rateBasisPoints = 0; // 625 = 6.25 %
    QString countryCode;
};

struct WorldCarrier
{
    QString name; // as the 3PL reports it
    QString code;
};

class World
{
public:
    static World generate(quint64 seed);

    quint64 seed() const { return m_seed; }
    QString currency() const { return QStringLiteral("USD"); }
    const QList<WorldProduct> &products() const { return m_products; }
    const QList<WorldVariant> &variants() const { return m_variants; }
    const QList<WorldLocation> &locations() const { return m_locations; }
    const QList<WorldCustomer> &customers() const { return m_customers; }
    const QList<WorldTax> &taxes() const { return m_taxes; }
    const QList<WorldCarrier> &carriers() const { return m_carriers; }

    // On-hand quantity at the start, per variant and location index.
    int openingStock(int variantIndex, int locationIndex) const;
    int variantIndexBySku(const QString &sku) const;

private:
    quint64 m_seed = 0;
    QList<WorldProduct> m_products;
    QList<WorldVariant> m_variants;
    QList<WorldLocation> m_locations;
    QList<WorldCustomer> m_customers;
    QList<WorldTax> m_taxes;
    QList<WorldCarrier> m_carriers;
    QList<QList<int>> m_stock; // [variant][location]
};

// Deterministic across compilers and platforms (std distributions are not), for seeded sandboxes.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed);
    quint64 next();
    int bounded(int lowInclusive, int highExclusive);
    double unit(); // [0, 1)
    bool chance(double probability) { return unit() < probability; }

private:
    quint64 m_state;
};

} // namespace Quayside::Sandbox
