#include "core/connectors/shipbob/shipbobclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace Quayside::Connectors {

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QDateTime parseTime(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

// The first human-readable message in a ShipBob error body (ModelState, ApiError or ProblemDetails).
QString errorText(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("message")).isString())
        return o.value(QStringLiteral("message")).toString();
    if (o.value(QStringLiteral("title")).isString())
        return o.value(QStringLiteral("title")).toString() + QLatin1Char(' ')
            + o.value(QStringLiteral("detail")).toString();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isArray() && !it.value().toArray().isEmpty())
            return it.key() + QStringLiteral(": ") + it.value().toArray().first().toString();
    return QString();
}
} // namespace

ShipBobClient::ShipBobClient(QNetworkAccessManager *network, ShipBobConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_window(SlidingWindow::shared(m_config.token, m_config.requestsPerMinute))
{ }

QString ShipBobClient::sourceName() const
{
    return sourceNameFor(m_config.channelId);
}

QString ShipBobClient::sourceNameFor(int channelId)
{
    return QStringLiteral("shipbob:%1").arg(channelId);
}

ProviderResult ShipBobClient::classify(const HttpOutcome &outcome, const QByteArray &verb)
{
    ProviderResult r;
    r.status = outcome.status;
    if (outcome.isSuccess()) {
        r.ok = true;
        return r;
    }
    const QString detail = errorText(outcome.body).left(300);
    r.message = QStringLiteral("ShipBob: %1%2")
                    .arg(outcome.summary(), detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    r.errorClass = outcome.errorClass();
    if (outcome.status != 0 && outcome.networkError != QNetworkReply::NoError) {
        // The answer was cut off after its status line: a 422 might have said "already exists", so a create
        // is looked up like after a lost answer.
        r.ambiguous = verb != "GET";
        return r;
    }
    switch (outcome.status) {
    case 0:
        r.ambiguous = verb != "GET"; // it may have arrived; creates are safe to repeat (reference_id)
        break;
    case 400:
        r.errorClass = ErrorClass::Validation;
        break;
    case 401:
    case 403:
        r.errorClass = ErrorClass::Auth;
        break;
    case 422: {
        const QString lower = QString::fromUtf8(outcome.body).toLower();
        r.duplicate = lower.contains(QLatin1String("already exists"))
            && (lower.contains(QLatin1String("reference_id")) || lower.contains(QLatin1String("reference id")));
        r.errorClass = ErrorClass::Business;
        break;
    }
    case 429:
        r.errorClass = ErrorClass::RateLimited;
        r.retryAfterMs = outcome.retryAfterMs().value_or(60000);
        break;
    default:
        if (outcome.status >= 500)
            r.errorClass = ErrorClass::Transient;
        break;
    }
    return r;
}

void ShipBobClient::request(const QByteArray &verb,
    const QString &pathAndQuery,
    const QJsonDocument &body,
    std::function<void(ProviderResult, HttpOutcome)> done)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 wouldWait = 0;
    const auto wait = m_window->book(now, m_config.maxWaitMs, &wouldWait);
    if (!wait) {
        ProviderResult r;
        r.errorClass = ErrorClass::RateLimited;
        r.retryAfterMs = wouldWait;
        r.message = QStringLiteral("ShipBob: the %1 requests per minute are used up; next slot in %2 s")
                        .arg(m_window->limit())
                        .arg(wouldWait / 1000.0, 0, 'f', 1);
        QTimer::singleShot(0, this, [done, r] { done(r, HttpOutcome {}); });
        return;
    }
    HttpRequestSpec spec;
    spec.verb = verb;
    QUrl url = m_config.baseUrl;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/%1/%2").arg(m_config.apiVersion, q < 0 ? pathAndQuery : pathAndQuery.left(q)));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    spec.url = url;
    spec.headers = { { "Authorization", "Bearer " + m_config.token.toUtf8() },
        { "shipbob_channel_id", QByteArray::number(m_config.channelId) },
        { "Accept", "application/json" } };
    if (!body.isNull()) {
        spec.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        spec.body = body.toJson(QJsonDocument::Compact);
    }
    spec.timeoutMs = m_config.timeoutMs;
    QPointer<ShipBobClient> self(this);
    auto send = [self, spec, verb, done] {
        if (!self)
            return;
        ++self->m_sent;
        sendHttp(self->m_network, spec, self, [self, verb, done](HttpOutcome outcome) {
            ProviderResult r = classify(outcome, verb);
            if (self && r.errorClass == ErrorClass::RateLimited && !r.ok)
                self->m_window->holdUntil(QDateTime::currentMSecsSinceEpoch() + r.retryAfterMs);
            done(r, outcome);
        });
    };
    if (*wait <= 0)
        send();
    else
        QTimer::singleShot(int(*wait), this, send);
}

QString ShipBobClient::canonicalState(const QString &status, bool delivered)
{
    if (status == QLatin1String("Processing"))
        return QStringLiteral("accepted");
    if (status == QLatin1String("OnHold"))
        return QStringLiteral("on_hold");
    if (status == QLatin1String("Exception"))
        return QStringLiteral("exception");
    if (status == QLatin1String("Cancelled") || status == QLatin1String("CleanSweeped"))
        return QStringLiteral("cancelled");
    if (status == QLatin1String("LabeledCreated"))
        return delivered ? QStringLiteral("delivered") : QStringLiteral("shipped");
    if (status == QLatin1String("Completed"))
        return delivered ? QStringLiteral("delivered") : QStringLiteral("in_transit");
    return QStringLiteral("pending"); // None, ImportReview
}

ProviderShipment ShipBobClient::shipmentFrom(const QJsonObject &s)
{
    ProviderShipment out;
    out.id = s.value(QStringLiteral("id")).toInteger();
    out.orderId = s.value(QStringLiteral("order_id")).toInteger();
    out.rawStatus = s.value(QStringLiteral("status")).toString();
    const bool delivered = !s.value(QStringLiteral("delivery_date")).toString().isEmpty();
    out.state = canonicalState(out.rawStatus, delivered);
    out.at = parseTime(s.value(QStringLiteral("last_update_at")));
    if (!out.at.isValid())
        out.at = parseTime(s.value(QStringLiteral("created_date")));
    const QJsonObject tracking = s.value(QStringLiteral("tracking")).toObject();
    out.carrier = tracking.value(QStringLiteral("carrier")).toString();
    out.trackingNumber = tracking.value(QStringLiteral("tracking_number")).toString();
    out.trackingUrl = tracking.value(QStringLiteral("tracking_url")).toString();
    for (const auto &p : s.value(QStringLiteral("products")).toArray()) {
        const QJsonObject product = p.toObject();
        ProviderLine line;
        line.sku = product.value(QStringLiteral("sku")).toString();
        if (line.sku.isEmpty())
            line.sku = product.value(QStringLiteral("reference_id")).toString();
        line.name = product.value(QStringLiteral("name")).toString();
        if (product.contains(QStringLiteral("quantity")))
            line.quantity = product.value(QStringLiteral("quantity")).toInt();
        else
            for (const auto &item : product.value(QStringLiteral("inventory_items")).toArray())
                line.quantity += item.toObject().value(QStringLiteral("quantity")).toInt();
        out.lines << line;
    }
    return out;
}

ProviderOrder ShipBobClient::orderFrom(const QJsonObject &o)
{
    ProviderOrder out;
    out.id = o.value(QStringLiteral("id")).toInteger();
    out.referenceId = o.value(QStringLiteral("reference_id")).toString();
    out.orderNumber = o.value(QStringLiteral("order_number")).toString();
    out.status = o.value(QStringLiteral("status")).toString();
    out.lastUpdate = parseTime(o.value(QStringLiteral("created_date")));
    for (const auto &s : o.value(QStringLiteral("shipments")).toArray()) {
        ProviderShipment shipment = shipmentFrom(s.toObject());
        if (shipment.orderId == 0)
            shipment.orderId = out.id;
        if (shipment.at.isValid() && (!out.lastUpdate.isValid() || shipment.at > out.lastUpdate))
            out.lastUpdate = shipment.at;
        out.shipments << shipment;
    }
    return out;
}

QJsonObject ShipBobClient::orderFields(const ProviderOrderRequest &req) const
{
    const ProviderAddress &a = req.recipient;
    QJsonObject address { { QStringLiteral("address1"), a.address1 },
        { QStringLiteral("city"), a.city },
        { QStringLiteral("country"), a.country } };
    const auto optional = [&address](const char *field, const QString &value) {
        if (!value.isEmpty())
            address.insert(QLatin1String(field), value);
    };
    optional("address2", a.address2);
    optional("state", a.province);
    optional("zip_code", a.zip);
    optional("company_name", a.company);
    QJsonObject recipient { { QStringLiteral("name"), a.name }, { QStringLiteral("address"), address } };
    if (!a.email.isEmpty())
        recipient.insert(QStringLiteral("email"), a.email);
    if (!a.phone.isEmpty())
        recipient.insert(QStringLiteral("phone_number"), a.phone);
    return { { QStringLiteral("order_number"), req.orderNumber },
        { QStringLiteral("type"), QStringLiteral("DTC") },
        { QStringLiteral("shipping_method"), req.shippingMethod },
        { QStringLiteral("recipient"), recipient } };
}

void ShipBobClient::createOrder(const ProviderOrderRequest &req, ProviderOrdersCallback done)
{
    QJsonArray products;
    for (const auto &line : req.lines)
        products.append(QJsonObject { { QStringLiteral("reference_id"), line.sku },
            { QStringLiteral("sku"), line.sku },
            { QStringLiteral("name"), line.name.isEmpty() ? line.sku : line.name },
            { QStringLiteral("quantity"), line.quantity } });
    QJsonObject body = req.fields.isEmpty() ? orderFields(req) : req.fields;
    if (body.value(QStringLiteral("shipping_method")).toString().isEmpty())
        body.insert(QStringLiteral("shipping_method"), m_config.shippingMethod);
    body.insert(QStringLiteral("reference_id"), req.referenceId);
    body.insert(QStringLiteral("products"), products);
    request("POST", QStringLiteral("order"), QJsonDocument(body), [done](ProviderResult r, HttpOutcome o) {
        QList<ProviderOrder> orders;
        if (r.ok)
            orders << orderFrom(QJsonDocument::fromJson(o.body).object());
        done(r, orders);
    });
}

void ShipBobClient::ordersByReference(const QString &referenceId, ProviderOrdersCallback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ReferenceIds"), referenceId);
    q.addQueryItem(QStringLiteral("Limit"), QStringLiteral("50"));
    request("GET",
        QStringLiteral("order?") + q.toString(QUrl::FullyEncoded),
        QJsonDocument(),
        [done, referenceId](ProviderResult r, HttpOutcome o) {
            QList<ProviderOrder> orders;
            if (r.ok)
                for (const auto &v : QJsonDocument::fromJson(o.body).array()) {
                    ProviderOrder order = orderFrom(v.toObject());
                    if (order.referenceId == referenceId)
                        orders << order;
                }
            done(r, orders);
        });
}

void ShipBobClient::ordersUpdatedSince(const QDateTime &since, int page, ProviderPageCallback done)
{
    QUrlQuery q;
    if (since.isValid())
        q.addQueryItem(QStringLiteral("LastUpdateStartDate"), iso(since));
    q.addQueryItem(QStringLiteral("SortOrder"), QStringLiteral("Oldest"));
    q.addQueryItem(QStringLiteral("Limit"), QStringLiteral("50"));
    q.addQueryItem(QStringLiteral("Page"), QString::number(std::max(1, page)));
    request("GET",
        QStringLiteral("order?") + q.toString(QUrl::FullyEncoded),
        QJsonDocument(),
        [done, page](ProviderResult r, HttpOutcome o) {
            QList<ProviderOrder> orders;
            bool more = false;
            if (r.ok) {
                for (const auto &v : QJsonDocument::fromJson(o.body).array())
                    orders << orderFrom(v.toObject());
                const int pages = o.header("Total-Pages").toInt();
                more = !o.header("Next-Page").isEmpty() || (pages > 0 && page < pages);
            }
            done(r, orders, more);
        });
}

void ShipBobClient::cancelOrder(qint64 orderId, ProviderCallback done)
{
    request("POST",
        QStringLiteral("order/%1:cancel").arg(orderId),
        QJsonDocument(QJsonObject()),
        [done](ProviderResult r, HttpOutcome) { done(r); });
}

void ShipBobClient::withFulfillmentCenter(std::function<void(ProviderResult, int)> done)
{
    if (m_fulfillmentCenterId) {
        done(ProviderResult::success(), m_fulfillmentCenterId);
        return;
    }
    QPointer<ShipBobClient> self(this);
    request(
        "GET", QStringLiteral("fulfillment-center"), QJsonDocument(), [self, done](ProviderResult r, HttpOutcome o) {
            int id = 0;
            if (r.ok) {
                const QJsonArray centers = QJsonDocument::fromJson(o.body).array();
                id = centers.isEmpty() ? 0 : centers.first().toObject().value(QStringLiteral("id")).toInt();
                if (self)
                    self->m_fulfillmentCenterId = id;
            }
            done(r, id);
        });
}

void ShipBobClient::inventoryIdFor(const QString &sku, std::function<void(ProviderResult, int)> done)
{
    if (m_inventoryBySku.contains(sku)) {
        done(ProviderResult::success(), m_inventoryBySku.value(sku));
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("SearchBy"), sku);
    q.addQueryItem(QStringLiteral("PageSize"), QStringLiteral("250"));
    QPointer<ShipBobClient> self(this);
    request("GET",
        QStringLiteral("inventory-level?") + q.toString(QUrl::FullyEncoded),
        QJsonDocument(),
        [self, sku, done](ProviderResult r, HttpOutcome o) {
            int id = 0;
            if (r.ok)
                for (const auto &v : QJsonDocument::fromJson(o.body).object().value(QStringLiteral("items")).toArray())
                    if (v.toObject().value(QStringLiteral("sku")).toString() == sku)
                        id = v.toObject().value(QStringLiteral("inventory_id")).toInt();
            if (self && id)
                self->m_inventoryBySku.insert(sku, id);
            done(r, id);
        });
}

void ShipBobClient::createReturn(const ProviderReturnRequest &req, ProviderReturnsCallback done)
{
    QPointer<ShipBobClient> self(this);
    withFulfillmentCenter([self, req, done](ProviderResult r, int fc) {
        if (!self)
            return;
        if (!r.ok || fc == 0) {
            if (r.ok) {
                r.ok = false;
                r.errorClass = ErrorClass::Business;
                r.message = QStringLiteral("ShipBob lists no fulfilment centre to return to");
            }
            done(r, {});
            return;
        }
        // Resolve each SKU to ShipBob's inventory id, one after the other, then post.
        auto items = std::make_shared<QJsonArray>();
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [self, req, done, fc, items, next](int index) {
            if (!self)
                return;
            if (index >= req.lines.size()) {
                *next = nullptr; // break the cycle
                QJsonObject body { { QStringLiteral("reference_id"), req.referenceId },
                    { QStringLiteral("fulfillment_center"), QJsonObject { { QStringLiteral("id"), fc } } },
                    { QStringLiteral("inventory"), *items } };
                if (req.originalShipmentId > 0)
                    body.insert(QStringLiteral("original_shipment_id"), req.originalShipmentId);
                self->request(
                    "POST", QStringLiteral("return"), QJsonDocument(body), [done](ProviderResult r, HttpOutcome o) {
                        QList<ProviderReturn> out;
                        if (r.ok) {
                            const QJsonObject ret = QJsonDocument::fromJson(o.body).object();
                            out << ProviderReturn { ret.value(QStringLiteral("id")).toInteger(),
                                ret.value(QStringLiteral("reference_id")).toString(),
                                ret.value(QStringLiteral("status")).toString() };
                        }
                        done(r, out);
                    });
                return;
            }
            const ProviderLine line = req.lines.at(index);
            self->inventoryIdFor(line.sku, [done, items, next, line, index](ProviderResult r, int inventoryId) {
                if (!r.ok || inventoryId == 0) {
                    if (r.ok) {
                        r.ok = false;
                        r.errorClass = ErrorClass::Business;
                        r.message = QStringLiteral("ShipBob has no inventory item for SKU %1").arg(line.sku);
                    }
                    *next = nullptr;
                    done(r, {});
                    return;
                }
                items->append(QJsonObject { { QStringLiteral("id"), inventoryId },
                    { QStringLiteral("quantity"), line.quantity },
                    { QStringLiteral("requested_action"), QStringLiteral("Default") } });
                auto keep = *next;
                keep(index + 1);
            });
        };
        auto start = *next;
        start(0);
    });
}

void ShipBobClient::returnsByReference(const QString &referenceId, ProviderReturnsCallback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ReferenceIds"), referenceId);
    request("GET",
        QStringLiteral("return?") + q.toString(QUrl::FullyEncoded),
        QJsonDocument(),
        [done, referenceId](ProviderResult r, HttpOutcome o) {
            QList<ProviderReturn> out;
            if (r.ok)
                for (const auto &v :
                    QJsonDocument::fromJson(o.body).object().value(QStringLiteral("items")).toArray()) {
                    const QJsonObject ret = v.toObject();
                    if (ret.value(QStringLiteral("reference_id")).toString() == referenceId)
                        out << ProviderReturn { ret.value(QStringLiteral("id")).toInteger(),
                            referenceId,
                            ret.value(QStringLiteral("status")).toString() };
                }
            done(r, out);
        });
}

} // namespace Quayside::Connectors
