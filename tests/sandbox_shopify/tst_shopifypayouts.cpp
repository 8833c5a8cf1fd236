// Shopify Payments over HTTP: paid orders become CHARGE balance transactions (2.9 % + 0.30), refunds REFUND
// ones, and a closed payout gathers them so that Σ transaction net equals the payout's net to the cent, the
// reconciliation issue #10 rests on. Documents: tests/sandbox_shopify/documents/shopify_payments.graphql.
#include <QTest>

#include <set>

#include "shopifytestclient.h"

using namespace Quayside::Sandbox;
using Json = ShopifyTestClient::Json;

namespace {
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 StartMs = 1'795'600'000'000; // 2026-11-25T09:46:40Z: a fixed clock keeps dates reproducible

std::string str(const Json &j)
{
    return j.is_string() ? j.get<std::string>() : j.dump();
}
// MoneyV2.amount ("-12.30") to cents, parsed as text so the comparison never meets a binary fraction.
qint64 cents(const Json &money)
{
    const std::string text = str(money["amount"]);
    const bool negative = !text.empty() && text.front() == '-';
    const std::string digits = negative ? text.substr(1) : text;
    const size_t dot = digits.find('.');
    const qint64 whole = std::stoll(digits.substr(0, dot));
    const qint64 fraction = dot == std::string::npos ? 0 : std::stoll((digits.substr(dot + 1) + "00").substr(0, 2));
    return (negative ? -1 : 1) * (whole * 100 + fraction);
}
QString paymentsDocument()
{
    return ShopifyTestClient::document(QStringLiteral("tests/sandbox_shopify/documents/shopify_payments.graphql"));
}
} // namespace

class TestShopifyPayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void chargeFee_data();
    void chargeFee();
    void payoutReconciles();
    void search_data();
    void search();
    void withdrawalWhenNetIsNegative();
    void unknownField_data();
    void unknownField();

private:
    Json query(const char *operation, const Json &variables);
    QString placePaidOrder(qint64 unitCents, int quantity, qint64 shippingCents = 0);
    void refund(const QString &orderGid, const std::string &amount);
    // Every balance transaction matching `search`, page by page (first: 2), and the number of pages.
    std::vector<Json> balanceTransactions(const std::string &search, int *pages = nullptr);
    // Three charges, a partial refund of the second order, an adjustment, then one payout.
    void seedPayout();

    std::unique_ptr<ShopifyEmulator> m_emulator;
    std::unique_ptr<ShopifyTestClient> m_client;
    qint64 m_now = StartMs;
    QString m_sku;
    QStringList m_orders;
};

void TestShopifyPayouts::init()
{
    m_emulator = std::make_unique<ShopifyEmulator>(World::generate(11));
    m_now = StartMs;
    m_emulator->setClock([this] { return m_now; });
    QVERIFY(m_emulator->listenLocal() != 0);
    m_client = std::make_unique<ShopifyTestClient>(*m_emulator);
    m_orders.clear();
    m_sku.clear();
    for (const auto &v : m_emulator->store().world().variants())
        if (m_emulator->quantity(v.sku, QStringLiteral("main")) >= 20) {
            m_sku = v.sku;
            break;
        }
    QVERIFY(!m_sku.isEmpty());
}

Json TestShopifyPayouts::query(const char *operation, const Json &variables)
{
    const auto reply = m_client->graphql(paymentsDocument(), variables, QString::fromLatin1(operation));
    if (reply.status != 200 || reply.json.contains("errors"))
        qWarning("%s", reply.body.constData());
    return reply.json;
}

QString TestShopifyPayouts::placePaidOrder(qint64 unitCents, int quantity, qint64 shippingCents)
{
    OrderInput input;
    input.lines = { { m_sku, quantity, unitCents } };
    input.shippingCents = shippingCents;
    // France has no tax line in the World, so the total is exactly lines + shipping.
    input.guestAddress.countryCode = QStringLiteral("FR");
    QString error;
    const QString gid = m_emulator->placeOrder(input, &error);
    if (gid.isEmpty())
        qWarning("placeOrder: %s", qPrintable(error));
    m_orders << gid;
    return gid;
}

void TestShopifyPayouts::refund(const QString &orderGid, const std::string &amount)
{
    const Json order = query("OrderPayments", { { "id", orderGid.toStdString() } })["data"]["order"];
    const Json input = { { "orderId", orderGid.toStdString() },
        { "note", "Partial refund" },
        { "transactions",
            Json::array({ { { "orderId", orderGid.toStdString() },
                { "parentId", order["transactions"][0]["id"] },
                { "gateway", "shopify_payments" },
                { "kind", "REFUND" },
                { "amount", amount } } }) } };
    const auto reply
        = m_client->graphql(ShopifyTestClient::document(QStringLiteral("resources/shopify/refund_create.graphql")),
            { { "key", "refund-" + orderGid.toStdString() }, { "input", input } });
    QVERIFY2(reply.json["data"]["refundCreate"]["userErrors"].empty(), reply.body.constData());
}

std::vector<Json> TestShopifyPayouts::balanceTransactions(const std::string &search, int *pages)
{
    std::vector<Json> out;
    Json after = nullptr;
    int count = 0;
    for (;;) {
        const Json page = query("PaymentsBalanceTransactions",
            { { "first", 2 },
                { "after", after },
                { "query", search } })["data"]["shopifyPaymentsAccount"]["balanceTransactions"];
        ++count;
        for (const auto &edge : page["edges"])
            out.push_back(edge["node"]);
        if (!page["pageInfo"]["hasNextPage"].get<bool>() || count > 20)
            break;
        after = page["pageInfo"]["endCursor"];
    }
    if (pages)
        *pages = count;
    return out;
}

void TestShopifyPayouts::seedPayout()
{
    placePaidOrder(2500, 1); // 25.00
    placePaidOrder(2000, 2, 500); // 45.00
    placePaidOrder(1234, 1); // 12.34
    m_now += HourMs;
    refund(m_orders.at(1), "10.00");
    m_now += HourMs;
    m_emulator->store().payoutLedger.addAdjustment(-250, "Chargeback fee correction", m_now);
    m_now += HourMs;
    QVERIFY(m_emulator->store().payoutLedger.closePayout(m_now).has_value());
}

void TestShopifyPayouts::chargeFee_data()
{
    QTest::addColumn<qint64>("unitCents");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QString>("fee");
    QTest::addColumn<QString>("net");
    QTest::newRow("100.00") << qint64(10000) << 1 << QStringLiteral("3.20") << QStringLiteral("96.80");
    QTest::newRow("44.00: 1.276 rounds down") << qint64(2200) << 2 << QStringLiteral("1.58") << QStringLiteral("42.42");
    QTest::newRow("5.00: 0.145 rounds half up") << qint64(500) << 1 << QStringLiteral("0.45") << QStringLiteral("4.55");
    QTest::newRow("19.99: 0.5797 rounds up") << qint64(1999) << 1 << QStringLiteral("0.88") << QStringLiteral("19.11");
    QTest::newRow("0.50: the flat part dominates")
        << qint64(50) << 1 << QStringLiteral("0.31") << QStringLiteral("0.19");
}

void TestShopifyPayouts::chargeFee()
{
    QFETCH(qint64, unitCents);
    QFETCH(int, quantity);
    QFETCH(QString, fee);
    QFETCH(QString, net);
    const QString orderGid = placePaidOrder(unitCents, quantity);
    const auto nodes = balanceTransactions("");
    QCOMPARE(int(nodes.size()), 1);
    const Json &charge = nodes.front();
    QCOMPARE(str(charge["type"]), std::string("CHARGE"));
    QCOMPARE(str(charge["sourceType"]), std::string("CHARGE"));
    QCOMPARE(cents(charge["amount"]), unitCents * quantity);
    QCOMPARE(QString::fromStdString(str(charge["fee"]["amount"])), fee);
    QCOMPARE(QString::fromStdString(str(charge["net"]["amount"])), net);
    QCOMPARE(str(charge["fee"]["currencyCode"]), std::string("USD"));
    QCOMPARE(str(charge["associatedOrder"]["id"]), orderGid.toStdString());
    QVERIFY(charge["associatedPayout"]["id"].is_null());
    QCOMPARE(str(charge["associatedPayout"]["status"]), std::string("PENDING"));
    // The order's SALE is the source of the charge and carries the same fee.
    const Json order = query("OrderPayments", { { "id", orderGid.toStdString() } })["data"]["order"];
    QCOMPARE(int(order["transactions"].size()), 1);
    const Json &sale = order["transactions"][0];
    QCOMPARE(str(sale["kind"]), std::string("SALE"));
    QCOMPARE(str(sale["gateway"]), std::string("shopify_payments"));
    QCOMPARE(cents(sale["amountSet"]["shopMoney"]), unitCents * quantity);
    QCOMPARE(QString::fromStdString(str(sale["fees"][0]["amount"]["amount"])), fee);
    QCOMPARE(str(sale["fees"][0]["rate"]), std::string("0.029"));
    QCOMPARE(str(sale["fees"][0]["flatFee"]["amount"]), std::string("0.30"));
    QCOMPARE("gid://shopify/OrderTransaction/" + str(charge["sourceOrderTransactionId"]), str(sale["id"]));
}

void TestShopifyPayouts::payoutReconciles()
{
    seedPayout();
    const Json account = query("PaymentsPayouts", { { "first", 5 } })["data"]["shopifyPaymentsAccount"];
    QCOMPARE(int(account["payouts"]["nodes"].size()), 1);
    QCOMPARE(cents(account["balance"][0]), 0); // everything was paid out
    const Json payout = account["payouts"]["nodes"][0];
    QCOMPARE(str(payout["status"]), std::string("PAID"));
    QCOMPARE(str(payout["transactionType"]), std::string("DEPOSIT"));
    QCOMPARE(str(payout["id"]), "gid://shopify/ShopifyPaymentsPayout/" + str(payout["legacyResourceId"]));

    int pages = 0;
    const auto nodes = balanceTransactions("payments_transfer_id:" + str(payout["legacyResourceId"]), &pages);
    QCOMPARE(int(nodes.size()), 5); // three charges, one refund, one adjustment
    QCOMPARE(pages, 3); // first: 2 → the cursors carried the rest
    std::set<std::string> ids;
    qint64 net = 0, chargesGross = 0, chargesFee = 0, refunds = 0, adjustments = 0;
    for (const auto &t : nodes) {
        ids.insert(str(t["id"]));
        QCOMPARE(cents(t["net"]), cents(t["amount"]) - cents(t["fee"]));
        QCOMPARE(str(t["associatedPayout"]["id"]), str(payout["id"]));
        QCOMPARE(str(t["associatedPayout"]["status"]), std::string("PAID"));
        net += cents(t["net"]);
        const std::string type = str(t["type"]);
        if (type == "CHARGE") {
            chargesGross += cents(t["amount"]);
            chargesFee += cents(t["fee"]);
            QCOMPARE(cents(t["fee"]), (cents(t["amount"]) * 29 + 500) / 1000 + 30);
        } else if (type == "REFUND") {
            refunds += cents(t["amount"]);
            QCOMPARE(cents(t["fee"]), 0);
            QCOMPARE(cents(t["net"]), -1000);
            QCOMPARE(str(t["associatedOrder"]["id"]), m_orders.at(1).toStdString());
            const Json order = query("OrderPayments", { { "id", m_orders.at(1).toStdString() } })["data"]["order"];
            QCOMPARE(str(t["associatedOrder"]["name"]), str(order["name"]));
            const Json &refundTx = order["transactions"][1];
            QCOMPARE(str(refundTx["kind"]), std::string("REFUND"));
            QCOMPARE(str(refundTx["parentTransaction"]["id"]), str(order["transactions"][0]["id"]));
            QCOMPARE("gid://shopify/OrderTransaction/" + str(t["sourceOrderTransactionId"]), str(refundTx["id"]));
        } else {
            QCOMPARE(type, std::string("ADJUSTMENT"));
            adjustments += cents(t["amount"]);
            QCOMPARE(str(t["adjustmentReason"]), std::string("Chargeback fee correction"));
            QVERIFY(t["associatedOrder"].is_null());
        }
    }
    QCOMPARE(int(ids.size()), 5); // no page repeated a transaction
    QCOMPARE(chargesGross, qint64(2500 + 4500 + 1234));
    QCOMPARE(refunds, qint64(-1000));
    QCOMPARE(adjustments, qint64(-250));
    QCOMPARE(net, cents(payout["net"]));
    const Json &summary = payout["summary"];
    QCOMPARE(cents(summary["chargesGross"]), chargesGross);
    QCOMPARE(cents(summary["chargesFee"]), chargesFee);
    QCOMPARE(cents(summary["refundsFeeGross"]), refunds);
    QCOMPARE(cents(summary["refundsFee"]), 0);
    QCOMPARE(cents(summary["adjustmentsGross"]), adjustments);
    QCOMPARE(cents(summary["adjustmentsFee"]), 0);
    for (const char *zero : { "reservedFundsGross",
             "reservedFundsFee",
             "advanceGross",
             "advanceFees",
             "retriedPayoutsGross",
             "retriedPayoutsFee" })
        QCOMPARE(str(summary[zero]["amount"]), std::string("0.00"));
    QCOMPARE(cents(summary["chargesGross"]) - cents(summary["chargesFee"]) + cents(summary["refundsFeeGross"])
            - cents(summary["refundsFee"]) + cents(summary["adjustmentsGross"]) - cents(summary["adjustmentsFee"]),
        cents(payout["net"]));

    // The payout is a Node.
    const auto node = m_client->graphql(QStringLiteral("query P($id: ID!) { node(id: $id) { __typename "
                                                       "... on ShopifyPaymentsPayout { id status } } }"),
        { { "id", payout["id"] } });
    QCOMPARE(str(node.json["data"]["node"]["__typename"]), std::string("ShopifyPaymentsPayout"));
    QCOMPARE(str(node.json["data"]["node"]["id"]), str(payout["id"]));

    // Nothing new: no empty payout.
    m_now += HourMs;
    QVERIFY(!m_emulator->store().payoutLedger.closePayout(m_now).has_value());
    QCOMPARE(
        int(query("PaymentsPayouts", { { "first", 5 } })["data"]["shopifyPaymentsAccount"]["payouts"]["nodes"].size()),
        1);

    // A later sale waits for the next payout, which then holds only it.
    placePaidOrder(1000, 1);
    const auto pending = balanceTransactions("payout_status:pending");
    QCOMPARE(int(pending.size()), 1);
    QVERIFY(pending.front()["associatedPayout"]["id"].is_null());
    m_now += HourMs;
    QVERIFY(m_emulator->store().payoutLedger.closePayout(m_now).has_value());
    const Json latest = query("PaymentsPayouts",
        { { "first", 1 }, { "reverse", true } })["data"]["shopifyPaymentsAccount"]["payouts"]["nodes"][0];
    QVERIFY(str(latest["id"]) != str(payout["id"]));
    QCOMPARE(str(latest["net"]["amount"]), std::string("9.41"));
}

void TestShopifyPayouts::search_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("count");
    const QString tx = QStringLiteral("balanceTransactions");
    QTest::newRow("charges") << tx << QStringLiteral("transaction_type:charge") << 3;
    QTest::newRow("refunds") << tx << QStringLiteral("transaction_type:refund") << 1;
    QTest::newRow("not adjustments") << tx << QStringLiteral("-transaction_type:adjustment") << 4;
    QTest::newRow("paid out") << tx << QStringLiteral("payout_status:paid") << 5;
    QTest::newRow("pending") << tx << QStringLiteral("payout_status:pending") << 0;
    QTest::newRow("processed after the sales") << tx << QStringLiteral("processed_at:>'2026-11-25T10:00:00Z'") << 2;
    QTest::newRow("paid out on the day") << tx << QStringLiteral("payout_date:>=2026-11-25") << 5;
    QTest::newRow("unknown transfer") << tx << QStringLiteral("payments_transfer_id:1") << 0;
    QTest::newRow("all payouts") << QStringLiteral("payouts") << QString() << 1;
    QTest::newRow("paid payouts") << QStringLiteral("payouts") << QStringLiteral("status:paid") << 1;
    QTest::newRow("scheduled payouts") << QStringLiteral("payouts") << QStringLiteral("status:scheduled") << 0;
    QTest::newRow("payout by id") << QStringLiteral("payouts") << QStringLiteral("id:8100000001") << 1;
    QTest::newRow("issued later") << QStringLiteral("payouts") << QStringLiteral("issued_at:>2026-12-01") << 0;
}

void TestShopifyPayouts::search()
{
    QFETCH(QString, resource);
    QFETCH(QString, search);
    QFETCH(int, count);
    seedPayout();
    if (resource == QLatin1String("payouts")) {
        const Json account = query(
            "PaymentsPayouts", { { "first", 5 }, { "query", search.toStdString() } })["data"]["shopifyPaymentsAccount"];
        QCOMPARE(int(account["payouts"]["nodes"].size()), count);
    } else {
        QCOMPARE(int(balanceTransactions(search.toStdString()).size()), count);
    }
}

void TestShopifyPayouts::withdrawalWhenNetIsNegative()
{
    placePaidOrder(1000, 1); // net 9.41
    m_emulator->store().payoutLedger.addAdjustment(-5000, "Reserve top-up", m_now);
    QVERIFY(m_emulator->store().payoutLedger.closePayout(m_now).has_value());
    const Json payout
        = query("PaymentsPayouts", { { "first", 1 } })["data"]["shopifyPaymentsAccount"]["payouts"]["nodes"][0];
    QCOMPARE(str(payout["transactionType"]), std::string("WITHDRAWAL"));
    QCOMPARE(str(payout["net"]["amount"]), std::string("-40.59"));
}

void TestShopifyPayouts::unknownField_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("payout") << QStringLiteral("{ shopifyPaymentsAccount { payouts(first: 1) { nodes { fees } } } }")
                            << QStringLiteral("Field 'fees' doesn't exist on type 'ShopifyPaymentsPayout'");
    QTest::newRow("balance transaction")
        << QStringLiteral("{ shopifyPaymentsAccount { balanceTransactions(first: 1) { nodes { orderName } } } }")
        << QStringLiteral("Field 'orderName' doesn't exist on type 'ShopifyPaymentsBalanceTransaction'");
    QTest::newRow("account") << QStringLiteral("{ shopifyPaymentsAccount { pendingBalance { amount } } }")
                             << QStringLiteral("Field 'pendingBalance' doesn't exist on type 'ShopifyPaymentsAccount'");
}

void TestShopifyPayouts::unknownField()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const auto reply = m_client->graphql(query);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.json.contains("errors"), reply.body.constData());
    QVERIFY(!reply.json.contains("data"));
    const Json &error = reply.json["errors"][0];
    QCOMPARE(QString::fromStdString(str(error["message"])), message);
    QCOMPARE(str(error["extensions"]["code"]), std::string("undefinedField"));
    QVERIFY(error["locations"][0]["line"].get<int>() >= 1);
    QVERIFY(str(error["extensions"]["typeName"]).rfind("ShopifyPayments", 0) == 0);
}

QTEST_GUILESS_MAIN(TestShopifyPayouts)
#include "tst_shopifypayouts.moc"
