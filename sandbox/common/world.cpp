#include "sandbox/common/world.h"

#include <array>

namespace Quayside::Sandbox {

SeededRandom::SeededRandom(quint64 seed)
    : m_state(seed ^ 0x9E3779B97F4A7C15ULL)
{ }

// splitmix64: tiny, fast and fully specified, so a seed means the same world everywhere.
quint64 SeededRandom::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int SeededRandom::bounded(int lowInclusive, int highExclusive)
{
    if (highExclusive <= lowInclusive)
        return lowInclusive;
    const auto span = quint64(highExclusive - lowInclusive);
    return lowInclusive + int(next() % span);
}

double SeededRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

namespace {

QString ean13(quint64 body12)
{
    QString digits = QString::number(body12).rightJustified(12, QLatin1Char('0')).right(12);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * ((i % 2) ? 3 : 1);
    return digits + QString::number((10 - sum % 10) % 10);
}

struct ProductTemplate
{
    const char *title;
    const char *type;
    const char *skuStem;
    int basePriceCents;
    int grams;
    bool sizes;
    bool colours;
};

constexpr std::array<ProductTemplate, 25> kTemplates { {
    { "Harbour Tee", "Apparel", "TEE", 2400, 180, true, true },
    { "Dockside Hoodie", "Apparel", "HOOD", 5800, 520, true, true },
    { "Canvas Tote", "Bags", "TOTE", 2200, 300, false, true },
    { "Rope Keyring", "Accessories", "KEY", 900, 40, false, false },
    { "Enamel Mug", "Homeware", "MUG", 1600, 350, false, true },
    { "Sailcloth Cap", "Apparel", "CAP", 2600, 110, false, true },
    { "Merino Beanie", "Apparel", "BEAN", 3200, 90, false, true },
    { "Deck Socks", "Apparel", "SOCK", 1400, 70, true, false },
    { "Tide Chart Poster", "Prints", "POST", 3500, 250, false, false },
    { "Brass Compass", "Accessories", "COMP", 6400, 210, false, false },
    { "Waxed Jacket", "Apparel", "JACK", 18900, 1400, true, false },
    { "Lighthouse Candle", "Homeware", "CNDL", 2800, 400, false, false },
    { "Chart Notebook", "Stationery", "NOTE", 1800, 260, false, true },
    { "Knot Bracelet", "Accessories", "BRAC", 1500, 20, false, true },
    { "Fisherman Sweater", "Apparel", "SWTR", 12500, 900, true, false },
    { "Galley Apron", "Homeware", "APRN", 3900, 280, false, true },
    { "Deck Shoes", "Footwear", "SHOE", 8900, 800, true, false },
    { "Signal Flag Set", "Prints", "FLAG", 4500, 300, false, false },
    { "Ship Bell", "Homeware", "BELL", 7500, 1200, false, false },
    { "Sea Salt Soap", "Care", "SOAP", 900, 120, false, false },
    { "Storm Lantern", "Homeware", "LANT", 5400, 950, false, false },
    { "Oilskin Hat", "Apparel", "HAT", 4200, 160, true, false },
    { "Nautical Playing Cards", "Games", "CARD", 1200, 100, false, false },
    { "Dry Bag 10L", "Bags", "DRY", 3300, 240, false, true },
    { "Harbour Map Puzzle", "Games", "PUZ", 2900, 700, false, false },
} };

constexpr std::array<const char *, 3> kSizes { "S", "M", "L" };
constexpr std::array<const char *, 3> kColours { "Navy", "Sand", "Red" };
constexpr std::array<const char *, 4> kVendors { "Quayside Goods", "North Pier Co", "Saltmarsh", "Anchor & Line" };

} // namespace

World World::generate(quint64 seed)
{
    World w;
    w.m_seed = seed;
    SeededRandom rng(seed);

    // Two lines per template: the template itself and a "Classic" edition, about 50 products in all.
    for (int edition = 0; edition < 2; ++edition) {
        for (const auto &t : kTemplates) {
            WorldProduct product;
            const QString title = edition == 0 ? QString::fromLatin1(t.title)
                                               : QStringLiteral("Classic ") + QString::fromLatin1(t.title);
            product.title = title;
            product.handle = title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char('&'));
            product.vendor = QString::fromLatin1(kVendors.at(size_t(rng.bounded(0, int(kVendors.size())))));
            product.productType = QString::fromLatin1(t.type);
            const QString stem = QString::fromLatin1(t.skuStem) + (edition == 0 ? QString() : QStringLiteral("C"));

            QList<QString> options;
            QList<QString> skuParts;
            // Only some products get variants, so the catalogue has both shapes.
            const bool useSizes = t.sizes && (edition == 0 || rng.chance(0.5));
            const bool useColours = t.colours && edition == 0;
            if (useSizes && useColours) {
                for (const char *c : kColours)
                    for (const char *s : kSizes) {
                        options << QString::fromLatin1(c) + QStringLiteral(" / ") + QString::fromLatin1(s);
                        skuParts << QString::fromLatin1(c).left(3).toUpper() + QLatin1Char('-')
                                + QString::fromLatin1(s);
                    }
            } else if (useSizes) {
                for (const char *s : kSizes) {
                    options << QString::fromLatin1(s);
                    skuParts << QString::fromLatin1(s);
                }
            } else if (useColours) {
                for (const char *c : kColours) {
                    options << QString::fromLatin1(c);
                    skuParts << QString::fromLatin1(c).left(3).toUpper();
                }
            } else {
                options << QStringLiteral("Default Title");
                skuParts << QString();
            }

            const int productIndex = int(w.m_products.size());
            const qint64 price = t.basePriceCents + (edition == 0 ? 0 : 500);
            for (int i = 0; i < options.size(); ++i) {
                WorldVariant v;
                v.productIndex = productIndex;
                v.sku = QStringLiteral("QS-") + stem
                    + (skuParts.at(i).isEmpty() ? QString() : QLatin1Char('-') + skuParts.at(i));
                v.barcode = ean13(quint64(400638) * 1000000ULL + quint64(w.m_variants.size()) * 7919ULL % 1000000ULL);
                v.optionTitle = options.at(i);
                v.priceCents = price;
                v.costCents = price * rng.bounded(35, 55) / 100;
                v.grams = t.grams;
                product.variantIndexes << int(w.m_variants.size());
                w.m_variants << v;
            }
            w.m_products << product;
        }
    }

    w.m_locations = {
        { QStringLiteral("main"),
            QStringLiteral("Main Street Warehouse"),
            QStringLiteral("WH"),
            0,
            { QStringLiteral("12 Harbour Road"),
                QStringLiteral("Portland"),
                QStringLiteral("ME"),
                QStringLiteral("04101"),
                QStringLiteral("US") } },
        { QStringLiteral("shipbob-cicero"),
            QStringLiteral("ShipBob Cicero (IL)"),
            QStringLiteral("SBCIC"),
            10,
            { QStringLiteral("5900 W Ogden Ave"),
                QStringLiteral("Cicero"),
                QStringLiteral("IL"),
                QStringLiteral("60804"),
                QStringLiteral("US") } },
    };

    for (int v = 0; v < w.m_variants.size(); ++v) {
        QList<int> perLocation;
        for (int l = 0; l < w.m_locations.size(); ++l)
            perLocation << (rng.chance(0.08) ? 0 : rng.bounded(5, 120));
        w.m_stock << perLocation;
    }

    w.m_customers = {
        { QStringLiteral("Ada"),
            QStringLiteral("Lovelace"),
            QStringLiteral("ada@example.com"),
            QStringLiteral("+12025550101"),
            { QStringLiteral("1 Analytical Way"),
                QStringLiteral("Boston"),
                QStringLiteral("MA"),
                QStringLiteral("02110"),
                QStringLiteral("US") } },
        { QStringLiteral("Grace"),
            QStringLiteral("Hopper"),
            QStringLiteral("grace@example.com"),
            QStringLiteral("+12025550102"),
            { QStringLiteral("9 Cobol Court"),
                QStringLiteral("Arlington"),
                QStringLiteral("VA"),
                QStringLiteral("22201"),
                QStringLiteral("US") } },
        { QStringLiteral("Alan"),
            QStringLiteral("Turing"),
            QStringLiteral("alan@example.org"),
            QStringLiteral("+447700900103"),
            { QStringLiteral("3 Bletchley Lane"),
                QStringLiteral("Milton Keynes"),
                QStringLiteral("ENG"),
                QStringLiteral("MK3 6EB"),
                QStringLiteral("GB") } },
        { QStringLiteral("Katherine"),
            QStringLiteral("Johnson"),
            QStringLiteral("katherine@example.com"),
            QStringLiteral("+17575550104"),
            { QStringLiteral("4 Orbit Street"),
                QStringLiteral("Hampton"),
                QStringLiteral("VA"),
                QStringLiteral("23666"),
                QStringLiteral("US") } },
        { QStringLiteral("Edsger"),
            QStringLiteral("Dijkstra"),
            QStringLiteral("edsger@example.nl"),
            QStringLiteral("+31205550105"),
            { QStringLiteral("5 Padweg"),
                QStringLiteral("Amsterdam"),
                QStringLiteral("NH"),
                QStringLiteral("1011 AB"),
                QStringLiteral("NL") } },
        { QStringLiteral("Margaret"),
            QStringLiteral("Hamilton"),
            QStringLiteral("margaret@example.com"),
            QStringLiteral("+16175550106"),
            { QStringLiteral("11 Apollo Drive"),
                QStringLiteral("Cambridge"),
                QStringLiteral("MA"),
                QStringLiteral("02139"),
                QStringLiteral("US") } },
        { QStringLiteral("Linus"),
            QStringLiteral("Pauling"),
            QStringLiteral("linus@example.com"),
            QStringLiteral("+15035550107"),
            { QStringLiteral("7 Helix Road"),
                QStringLiteral("Portland"),
                QStringLiteral("OR"),
                QStringLiteral("97201"),
                QStringLiteral("US") } },
        { QStringLiteral("Hedy"),
            QStringLiteral("Lamarr"),
            QStringLiteral("hedy@example.com"),
            QStringLiteral("+13105550108"),
            { QStringLiteral("8 Frequency Ave"),
                QStringLiteral("Los Angeles"),
                QStringLiteral("CA"),
                QStringLiteral("90001"),
                QStringLiteral("US") } },
    };

    w.m_taxes = {
        { QStringLiteral("Sales Tax 6.25%"), 625, QStringLiteral("US") },
        { QStringLiteral("VAT 20%"), 2000, QStringLiteral("GB") },
        { QStringLiteral("BTW 21%"), 2100, QStringLiteral("NL") },
    };
    w.m_carriers = {
        { QStringLiteral("USPS"), QStringLiteral("usps") },
        { QStringLiteral("UPS"), QStringLiteral("ups") },
        { QStringLiteral("FedEx"), QStringLiteral("fedex") },
    };
    return w;
}

int World::openingStock(int variantIndex, int locationIndex) const
{
    if (variantIndex < 0 || variantIndex >= m_stock.size())
        return 0;
    const auto &row = m_stock.at(variantIndex);
    return locationIndex >= 0 && locationIndex < row.size() ? row.at(locationIndex) : 0;
}

int World::variantIndexBySku(const QString &sku) const
{
    for (int i = 0; i < m_variants.size(); ++i)
        if (m_variants.at(i).sku == sku)
            return i;
    return -1;
}

} // namespace Quayside::Sandbox
