// End-to-end order benchmark (not a test): Shopify order → Odoo sale order confirmed, through the real
// engine, clients and emulators over HTTP on 127.0.0.1.
//
//   bench_orders [--orders N] [--plan standard|advanced|plus|enterprise|unlimited] [--realistic] [--odoo-concurrency K]
//                [--rate R --seconds S] [--poll-ms P] [--database postgresql://... (an empty database)]
//
// Backlog mode (default): N orders wait in Shopify, the engine starts, the clock runs until all N are
// confirmed in Odoo: orders/s. Steady mode (--rate): R orders/s are placed for S seconds; each order's
// latency is from its creation in Shopify to the moment it is seen confirmed in Odoo (sampled every 20 ms).
#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/orderflow.h"
#include "core/flows/orders/orderjobs.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/host/trafficgenerator.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Quayside;
using namespace Quayside::Sandbox;

namespace {

// Origins of the confirmed ("sale") Odoo orders made from Shopify orders.
QSet<QString> confirmedOrigins(OdooEmulator &odoo)
{
    const Json domain = Json::array({ Json::array({ "state", "=", "sale" }) });
    const auto ids = odoo.database().search("sale.order", domain, Json::object());
    QSet<QString> out;
    for (int id : ids)
        out.insert(QString::fromStdString(odoo.database().stored("sale.order", id, "origin").get<std::string>()));
    return out;
}

// One order in the shop's currency (the sandbox's shoppers sometimes pay in EUR, which the order flow
// sends to the exception queue by design), one to three catalogue lines.
QString placeOrder(SandboxHost &host, SeededRandom &random)
{
    const World &world = host.world();
    OrderInput input;
    const int lines = random.bounded(1, 4);
    for (int l = 0; l < lines; ++l) {
        const QString sku = world.variants().at(random.bounded(0, int(world.variants().size()))).sku;
        if (std::none_of(
                input.lines.cbegin(), input.lines.cend(), [&](const OrderLineInput &x) { return x.sku == sku; }))
            input.lines.append({ sku, 1 });
    }
    input.customerIndex = random.bounded(0, int(world.customers().size()));
    return host.shopify()->placeOrder(input);
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::min<double>(double(values.size() - 1), p * double(values.size())));
    return double(values.at(index));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption orders(
        QStringLiteral("orders"), QStringLiteral("Backlog size."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption plan(
        QStringLiteral("plan"), QStringLiteral("Shopify plan bucket."), QStringLiteral("name"), QStringLiteral("plus"));
    const QCommandLineOption realistic(QStringLiteral("realistic"), QStringLiteral("Realistic latency profiles."));
    const QCommandLineOption concurrency(QStringLiteral("odoo-concurrency"),
        QStringLiteral("Odoo calls in flight."),
        QStringLiteral("k"),
        QStringLiteral("4"));
    const QCommandLineOption rate(
        QStringLiteral("rate"), QStringLiteral("Steady mode: orders per second."), QStringLiteral("r"));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"), QStringLiteral("Steady mode duration."), QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption pollMs(QStringLiteral("poll-ms"),
        QStringLiteral("Order poll interval."),
        QStringLiteral("ms"),
        QStringLiteral("1000"));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("Team mode: an empty PostgreSQL database instead of a SQLite file."),
        QStringLiteral("postgresql-url"));
    parser.addOptions({ orders, plan, realistic, concurrency, rate, seconds, pollMs, database });
    parser.process(app);

    SandboxOptions options;
    options.seed = 5;
    options.realisticLatency = parser.isSet(realistic);
    SandboxHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 2;
    }
    const QString planName = parser.value(plan);
    if (planName == QLatin1String("unlimited")) {
        // No plan has this: it takes Shopify's rate limit out of the measure of our own pipeline (the
        // per-query cap of 1000 points still holds).
        host.shopify()->setRateLimit(1e9, 1e9);
    } else {
        host.shopify()->setPlan(planName == QLatin1String("standard") ? ShopifyEmulator::Plan::Standard
                : planName == QLatin1String("advanced")               ? ShopifyEmulator::Plan::Advanced
                : planName == QLatin1String("enterprise")             ? ShopifyEmulator::Plan::Enterprise
                                                                      : ShopifyEmulator::Plan::Plus);
    }

    QTemporaryDir dir;
    Connections connections = Connections::fromSandbox(host.endpoints());
    connections.odoo.maxConcurrent = parser.value(concurrency).toInt();
    auto registry = std::make_shared<StepRegistry>();
    registerOrderFlow(*registry, connections, parser.value(pollMs).toLongLong());
    EngineConfig config;
    config.database = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    if (parser.isSet(database)) {
        const auto postgres = DatabaseConfig::fromUrl(parser.value(database), &error);
        if (!postgres) {
            std::fprintf(stderr, "--database: %s\n", qPrintable(error));
            return 2;
        }
        config.database = *postgres;
    }
    LaneConfig shopifyLane;
    shopifyLane.name = OrderJobs::ShopifyLane;
    LaneConfig odooLane;
    odooLane.name = OrderJobs::OdooLane;
    odooLane.maxInFlight = connections.odoo.maxConcurrent * 2;
    config.lanes = { shopifyLane, odooLane };
    config.recurring = orderFlowRecurringJobs();
    config.actor = QStringLiteral("bench");
    Engine engine(config, registry);

    const bool steady = parser.isSet(rate);
    QElapsedTimer window; // the measured period, for the Shopify bucket's figures
    double startPoints = 0; // the bucket's level when the window opened
    if (!steady) {
        const int n = parser.value(orders).toInt();
        SeededRandom random(11);
        for (int i = 0; i < n; ++i)
            placeOrder(host, random);
        QElapsedTimer clock;
        clock.start();
        window.start();
        startPoints = host.shopify()->availablePoints();
        engine.start();
        int confirmed = 0;
        while (confirmed < n && clock.elapsed() < 600'000) {
            spin(50);
            confirmed = int(confirmedOrigins(*host.odoo()).size());
        }
        const double secondsTaken = double(clock.elapsed()) / 1000.0;
        std::printf("backlog: %d orders confirmed in Odoo in %.2f s = %.1f orders/s (plan %s, odoo concurrency %d%s)\n",
            confirmed,
            secondsTaken,
            confirmed / secondsTaken,
            qPrintable(planName),
            connections.odoo.maxConcurrent,
            options.realisticLatency ? ", realistic latency" : ", no added latency");
        if (options.realisticLatency && confirmed > 0) {
            // What Odoo's profile allows: K calls in flight, each order costing the latency its calls add.
            const double perOrderMs = double(host.odoo()->addedLatencyMs()) / confirmed;
            const double allowed = connections.odoo.maxConcurrent * 1000.0 / perOrderMs;
            std::printf("  odoo profile: %.0f ms of added latency per order -> %.1f orders/s allowed at concurrency "
                        "%d; measured %.0f %% of that\n",
                perOrderMs,
                allowed,
                connections.odoo.maxConcurrent,
                100.0 * (confirmed / secondsTaken) / allowed);
        }
    } else {
        const double perSecond = parser.value(rate).toDouble();
        const int total = int(perSecond * parser.value(seconds).toDouble());
        engine.start();
        spin(500);
        window.start();
        startPoints = host.shopify()->availablePoints();
        QHash<QString, qint64> placedAt; // origin -> ms
        QHash<QString, qint64> seenAt;
        QElapsedTimer clock;
        clock.start();
        int placed = 0;
        SeededRandom random(12);
        while ((placed < total || seenAt.size() < placedAt.size()) && clock.elapsed() < 600'000) {
            while (placed < total && clock.elapsed() >= qint64(1000.0 * placed / perSecond)) {
                const QString gid = placeOrder(host, random);
                placedAt.insert(QStringLiteral("Shopify ") + gid, clock.elapsed());
                ++placed;
            }
            spin(20);
            const qint64 now = clock.elapsed();
            for (const QString &origin : confirmedOrigins(*host.odoo()))
                if (placedAt.contains(origin) && !seenAt.contains(origin))
                    seenAt.insert(origin, now);
        }
        QList<qint64> latencies;
        for (auto it = seenAt.cbegin(); it != seenAt.cend(); ++it)
            latencies << it.value() - placedAt.value(it.key());
        std::printf("steady: %d orders at %.1f/s, poll %lld ms: latency p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, "
                    "max %.0f ms (plan %s)\n",
            int(latencies.size()),
            perSecond,
            parser.value(pollMs).toLongLong(),
            percentile(latencies, 0.50),
            percentile(latencies, 0.95),
            percentile(latencies, 0.99),
            percentile(latencies, 1.0),
            qPrintable(planName));
    }
    {
        // The bucket's view: points charged per second, and what of it the restore rate paid for (the
        // charge minus what the bucket's level went down by), against the restore rate; throttled answers.
        const auto stats = host.shopify()->costStats();
        const double span = double(window.elapsed()) / 1000.0;
        const double drawdown = startPoints - host.shopify()->availablePoints();
        std::printf("  shopify: %lld answers, %lld throttled (%.2f %%), %.0f points charged = %.1f points/s, "
                    "%.1f points/s sustained (bucket level %.0f -> %.0f)\n",
            stats.answered,
            stats.throttled,
            stats.answered ? 100.0 * double(stats.throttled) / double(stats.answered) : 0.0,
            stats.pointsCharged,
            stats.pointsCharged / span,
            (stats.pointsCharged - drawdown) / span,
            startPoints,
            startPoints - drawdown);
    }
    engine.shutdown();
    {
        // Where the time went: per step, jobs, attempts and the mean time from creation to completion.
        Database::open(config.database, QStringLiteral("report"));
        QSqlQuery q(Database::connection(QStringLiteral("report")));
        q.exec(QStringLiteral("SELECT j.step, COUNT(*), SUM(j.attempts), AVG(j.finished_at - j.created_at),"
                              " AVG(a.finished_at - a.started_at), MAX(j.finished_at) - MIN(j.created_at)"
                              " FROM jobs j JOIN job_attempts a ON a.job_id = j.id AND a.outcome = 'done'"
                              " WHERE j.state = 'done' GROUP BY j.step"));
        while (q.next())
            std::printf(
                "  %-20s %6lld jobs %6lld attempts, mean created→done %.0f ms (running %.0f ms), span %lld ms\n",
                qPrintable(q.value(0).toString()),
                q.value(1).toLongLong(),
                q.value(2).toLongLong(),
                q.value(3).toDouble(),
                q.value(4).toDouble(),
                q.value(5).toLongLong());
    }
    Database::close(QStringLiteral("report"));
    return 0;
}
