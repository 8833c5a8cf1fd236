#pragma once

#include "sandbox/shopify/graphql/graphqlerror.h"

#include <QtGlobal>

#include <string>

namespace Quayside::Sandbox::ShopifyJson {

using GraphQL::Json;

std::string isoTime(qint64 ms); // "2026-11-20T16:00:00Z"
std::string decimal(qint64 cents); // "29.99"
Json money(qint64 cents, const std::string &currency); // MoneyV2
Json moneyBag(qint64 cents, const std::string &currency); // MoneyBag: shopMoney + presentmentMoney
// A lazy reference the resolvers materialise on demand: {"__typename": type, "__ref": [indexes...]}.
Json ref(const std::string &type, std::initializer_list<int> indexes);
Json ref(const std::string &type, const std::vector<int> &indexes);
int refIndex(const Json &value, size_t position);
// Money input ("19.99" or 19.99) to cents; nullopt when not a number.
std::optional<qint64> cents(const Json &money);

} // namespace Quayside::Sandbox::ShopifyJson
