#include "sandbox/shopify/shopifyjson.h"

#include <QDateTime>

#include <cmath>
#include <cstdio>

namespace Quayside::Sandbox::ShopifyJson {

std::string isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
}

std::string decimal(qint64 cents)
{
    char buffer[32];
    const qint64 a = cents < 0 ? -cents : cents;
    std::snprintf(buffer,
        sizeof buffer,
        "%s%lld.%02lld",
        cents < 0 ? "-" : "",
        static_cast<long long>(a / 100),
        static_cast<long long>(a % 100));
    return buffer;
}

Json money(qint64 cents, const std::string &currency)
{
    return { { "amount", decimal(cents) }, { "currencyCode", currency } };
}

Json moneyBag(qint64 cents, const std::string &currency)
{
    return { { "shopMoney", money(cents, currency) }, { "presentmentMoney", money(cents, currency) } };
}

Json ref(const std::string &type, std::initializer_list<int> indexes)
{
    return ref(type, std::vector<int>(indexes));
}

Json ref(const std::string &type, const std::vector<int> &indexes)
{
    return { { "__typename", type }, { "__ref", Json(indexes) } };
}

int refIndex(const Json &value, size_t position)
{
    if (!value.is_object() || !value.contains("__ref") || value["__ref"].size() <= position)
        return -1;
    return value["__ref"][position].get<int>();
}

std::optional<qint64> cents(const Json &money)
{
    double value = 0;
    if (money.is_number()) {
        value = money.get<double>();
    } else if (money.is_string()) {
        try {
            size_t used = 0;
            value = std::stod(money.get<std::string>(), &used);
            if (used != money.get<std::string>().size())
                return std::nullopt;
        } catch (const std::exception &) {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    return std::llround(value * 100.0);
}

} // namespace Quayside::Sandbox::ShopifyJson
