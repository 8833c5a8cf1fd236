// Runs the Shopify emulator on 127.0.0.1 for demos and for node peers (the official @shopify clients):
// prints one JSON line {"url","graphqlUrl","token","clientId","clientSecret","shop"} and serves until killed.
#include "sandbox/shopify/shopifyemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <nlohmann/json.hpp>

using namespace Quayside::Sandbox;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("World seed."), QStringLiteral("seed"), QStringLiteral("42"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port (0 = any)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
        QStringLiteral("Orders to place at start."),
        QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption webhookOption(QStringLiteral("webhook"),
        QStringLiteral("Subscribe this URL to the order, refund and inventory topics."),
        QStringLiteral("url"));
    parser.addOptions({ seedOption, portOption, ordersOption, webhookOption });
    parser.process(app);

    const World world = World::generate(parser.value(seedOption).toULongLong());
    ShopifyEmulator emulator(world);
    if (emulator.listenLocal(quint16(parser.value(portOption).toUInt())) == 0) {
        QTextStream(stderr) << "cannot listen on 127.0.0.1\n";
        return 1;
    }
    if (parser.isSet(webhookOption)) {
        emulator.setWebhookRetrySchedule({ 200, 1000 });
        for (const char *topic :
            { "orders/create", "orders/updated", "orders/cancelled", "refunds/create", "inventory_levels/update" })
            emulator.setWebhookSubscription(QUrl(parser.value(webhookOption)), QString::fromLatin1(topic));
    }
    SeededRandom random(world.seed());
    const int orders = parser.value(ordersOption).toInt();
    for (int i = 0; i < orders; ++i) {
        OrderInput input;
        const int lines = random.bounded(1, 4);
        for (int l = 0; l < lines; ++l)
            input.lines.append(
                { world.variants().at(random.bounded(0, int(world.variants().size()))).sku, random.bounded(1, 3) });
        input.customerIndex = random.bounded(-1, int(world.customers().size()));
        input.shippingCents = 599;
        emulator.placeOrder(input);
    }
    const nlohmann::json info = { { "url", emulator.baseUrl().toString().toStdString() },
        { "graphqlUrl", emulator.graphqlUrl().toString().toStdString() },
        { "token", emulator.accessToken().toStdString() },
        { "clientId", ShopifyEmulator::DefaultClientId },
        { "clientSecret", ShopifyEmulator::DefaultClientSecret },
        { "shop", emulator.shopDomain().toStdString() } };
    QTextStream(stdout) << QString::fromStdString(info.dump()) << Qt::endl;
    return app.exec();
}
