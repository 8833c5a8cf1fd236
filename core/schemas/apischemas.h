#pragma once

#include <QByteArray>
#include <QString>

// The published API descriptions Quayside's field catalog reads (and the Shopify emulator serves): Shopify's
// Admin GraphQL introspection (gzipped, as Shopify's own tooling ships it) and ShipBob's OpenAPI document,
// both built in (resources/schemas/, provenance in the SOURCE.md files there).
namespace Quayside::Schemas {

QString shopifyAdminIntrospectionPath(); // ":/quayside/schemas/shopify/admin_2026-10.introspection.json.gz"
QString shipBobOpenApiPath();

// The introspection result `{"data": {"__schema": …}}`, inflated; empty if the resource is missing.
QByteArray shopifyAdminIntrospection();
QByteArray shipBobOpenApi();

// A gzip member inflated; empty on a damaged stream.
QByteArray gunzip(const QByteArray &compressed);

} // namespace Quayside::Schemas
