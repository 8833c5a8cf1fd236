// A worker process for tst_crashsafety: runs the real engine over a store until no job is left.
// The test SIGKILLs it at random moments and starts it again.
#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include "testhandler.h"

using namespace Quayside;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const auto database = DatabaseConfig::sqlite(QString::fromLocal8Bit(argv[1]));

    auto registry = std::make_shared<StepRegistry>();
    registry->add(
        QStringLiteral("test"), QStringLiteral("work"), functionStep([](const JobRecord &, StepCallback done) {
            QTimer::singleShot(2 + QRandomGenerator::global()->bounded(6), [done] { done(StepResult::done()); });
        }));

    LaneConfig lane;
    lane.name = QStringLiteral("work");
    lane.workers = 2;
    lane.maxInFlight = 4;
    lane.leaseBatch = 8;
    lane.ratePerSecond = 150; // per worker // keeps the run long enough for the test's kills to land mid-work
    lane.burst = 20;
    lane.idlePollMs = 20;
    lane.leaseMs = 30000;

    EngineConfig config;
    config.database = database;
    config.lanes = { lane };
    config.verifyIntegrityOnOpen = true;
    Engine engine(config, registry);
    QObject::connect(&engine, &Engine::failed, &app, [](const QString &message) {
        qCritical("%s", qPrintable(message));
        QCoreApplication::exit(3);
    });

    // Exit 0 once nothing is left to do (read on this thread's own connection).
    QTimer poll;
    QObject::connect(&engine, &Engine::started, &app, [&] {
        if (Database::open(database, QStringLiteral("poll")))
            QCoreApplication::exit(4);
        poll.start(50);
    });
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        JobStore store(QStringLiteral("poll"), Dialect::Sqlite);
        const auto counts = store.countByState();
        if (counts.value(JobState::Ready) + counts.value(JobState::Leased) == 0) {
            poll.stop();
            engine.shutdown();
            QCoreApplication::exit(0);
        }
    });
    engine.start();
    return app.exec();
}
