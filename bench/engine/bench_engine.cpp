// Job engine benchmark (not a test): durable job lifecycles per second, and memory with a large store.
//
//   bench_engine [--jobs N] [--workers 1,4] [--rss-jobs 1000000] [--dir DIR] [--database postgresql://...]
//
// A lifecycle is enqueue (committed) → lease (committed) → complete (committed) on SQLite in WAL mode
// (or on the PostgreSQL database given, emptied before each run: team mode), with the step answering at
// once, so the figure is the engine's own overhead per job.
#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Quayside;

namespace {

class InstantStep final : public StepHandler
{
public:
    void run(const JobRecord &, StepCallback done) override { done(StepResult::done()); }
};

long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLong();
    return -1;
}

QList<NewJob> makeJobs(int count, int offset)
{
    QList<NewJob> jobs;
    jobs.reserve(count);
    for (int i = 0; i < count; ++i) {
        NewJob j;
        j.flow = QStringLiteral("orders");
        j.step = QStringLiteral("noop");
        j.lane = QStringLiteral("bench");
        j.partitionKey = QStringLiteral("order-%1").arg((offset + i) / 4); // four steps per order
        j.correlationId = j.partitionKey;
        j.payload = QByteArrayLiteral(R"({"order":{"name":"#1001","lines":[{"sku":"QS-TEE-NAV-M","qty":2}]}})");
        jobs << j;
    }
    return jobs;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void startAndWait(Engine &engine)
{
    engine.start();
    while (engine.state() == Engine::State::Starting)
        spin(5);
    if (engine.state() != Engine::State::Running)
        qFatal("engine did not start: %s", qPrintable(engine.failureMessage()));
}

// Jobs of the bench lane not finished yet, through the (lane, state, id) index.
qint64 countOpen(const QString &connection)
{
    QSqlQuery q(Database::connection(connection));
    q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE lane = 'bench' AND state IN ('ready', 'leased')"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

struct Result
{
    double enqueueSeconds;
    double processSeconds;
};

// Team mode: every run starts on an empty schema.
void emptyPostgres(const DatabaseConfig &config)
{
    const QString conn = QStringLiteral("bench-reset");
    if (auto e = Database::open(config, conn))
        qFatal("%s", qPrintable(e->message));
    {
        QSqlQuery q(Database::connection(conn));
        if (!q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) || !q.exec(QStringLiteral("CREATE SCHEMA public")))
            qFatal("Cannot empty the database: %s", qPrintable(q.lastError().text()));
    }
    Database::close(conn);
}

Result runLifecycles(const QString &dir, const std::optional<DatabaseConfig> &postgres, int jobs, int workers)
{
    const auto config = postgres
        ? *postgres
        : DatabaseConfig::sqlite(QDir(dir).filePath(QStringLiteral("life-%1.sqlite").arg(workers)));
    if (postgres)
        emptyPostgres(config);
    const QString conn = QStringLiteral("bench-%1").arg(workers);
    if (auto e = Database::openAndMigrate(config, conn))
        qFatal("%s", qPrintable(e->message));
    JobStore store(conn, config.dialect);

    QElapsedTimer t;
    t.start();
    const int batch = 500; // one poll page of orders per transaction
    for (int i = 0; i < jobs; i += batch)
        if (auto e = store.enqueue(makeJobs(std::min(batch, jobs - i), i)))
            qFatal("%s", qPrintable(e->message));
    const double enqueueSeconds = double(t.nsecsElapsed()) / 1e9;

    auto registry = std::make_shared<StepRegistry>();
    registry->add(QStringLiteral("orders"), QStringLiteral("noop"), [](const StepEnvironment &) {
        return std::make_unique<InstantStep>();
    });
    LaneConfig lane;
    lane.name = QStringLiteral("bench");
    lane.workers = workers;
    lane.maxInFlight = 64;
    lane.leaseBatch = 64;
    lane.idlePollMs = 5;
    EngineConfig ec;
    ec.database = config;
    ec.lanes = { lane };
    ec.verifyIntegrityOnOpen = false;
    Engine engine(ec, registry);
    t.restart();
    startAndWait(engine);
    while (countOpen(conn) != 0)
        spin(25);
    const double processSeconds = double(t.nsecsElapsed()) / 1e9;
    engine.shutdown();
    Database::close(conn);
    return { enqueueSeconds, processSeconds };
}

void runRss(const QString &dir, int storedJobs)
{
    const auto config = DatabaseConfig::sqlite(QDir(dir).filePath(QStringLiteral("rss.sqlite")));
    const QString conn = QStringLiteral("rss");
    if (auto e = Database::openAndMigrate(config, conn))
        qFatal("%s", qPrintable(e->message));
    QElapsedTimer t;
    t.start();
    // Fill the store as a year of history would: finished jobs, plus a backlog of ready ones.
    const int chunk = 20000;
    const QByteArray payload(
        QByteArrayLiteral(R"({"order":{"name":"#1001","lines":[{"sku":"QS-TEE-NAV-M","qty":2}]}})"));
    for (int done = 0; done < storedJobs; done += chunk) {
        QSqlDatabase db = Database::connection(conn);
        WriteTransaction tx(db, Dialect::Sqlite);
        tx.begin();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO jobs (flow, step, lane, partition_key, correlation_id, payload, state,"
                                 " attempts, next_attempt_at, created_at, updated_at, finished_at)"
                                 " VALUES ('orders', 'noop', 'bench', ?, ?, ?, ?, 1, 0, 0, 0, 0)"));
        for (int i = done; i < std::min(storedJobs, done + chunk); ++i) {
            const QString key = QStringLiteral("order-%1").arg(i / 4);
            q.addBindValue(key);
            q.addBindValue(key);
            q.addBindValue(QString::fromLatin1(payload));
            q.addBindValue(i >= storedJobs - 20000 ? QStringLiteral("ready") : QStringLiteral("done"));
            q.exec();
        }
        tx.commit();
    }
    const double fillSeconds = double(t.nsecsElapsed()) / 1e9;
    const qint64 fileBytes = QFileInfo(config.sqlitePath).size();
    Database::close(conn);

    const long rssBefore = statusKb("VmRSS:");
    auto registry = std::make_shared<StepRegistry>();
    registry->add(QStringLiteral("orders"), QStringLiteral("noop"), [](const StepEnvironment &) {
        return std::make_unique<InstantStep>();
    });
    LaneConfig lane;
    lane.name = QStringLiteral("bench");
    lane.workers = 4;
    lane.maxInFlight = 64;
    lane.leaseBatch = 64;
    lane.idlePollMs = 5;
    EngineConfig ec;
    ec.database = config;
    ec.lanes = { lane };
    ec.verifyIntegrityOnOpen = true; // what a real start does, over the whole file
    Engine engine(ec, registry);
    t.restart();
    startAndWait(engine);
    const double openSeconds = double(t.nsecsElapsed()) / 1e9;
    if (auto e = Database::open(config, conn))
        qFatal("%s", qPrintable(e->message));
    t.restart();
    while (countOpen(conn) != 0)
        spin(25);
    const double backlogSeconds = double(t.nsecsElapsed()) / 1e9;
    Database::close(conn);
    const long rssPeakKb = statusKb("VmHWM:");
    const long rssNowKb = statusKb("VmRSS:");
    engine.shutdown();
    std::printf("store with %d jobs: file %.0f MB, filled in %.1f s; start incl. integrity check %.2f s;"
                " 20000-job backlog drained in %.2f s (%.0f jobs/s)\n",
        storedJobs,
        double(fileBytes) / 1e6,
        fillSeconds,
        openSeconds,
        backlogSeconds,
        20000 / backlogSeconds);
    std::printf("RSS: %.1f MB before the engine, %.1f MB while it ran, peak %.1f MB (process lifetime)\n",
        double(rssBefore) / 1024,
        double(rssNowKb) / 1024,
        double(rssPeakKb) / 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int jobs = value(QStringLiteral("--jobs"), QStringLiteral("50000")).toInt();
    const int rssJobs = value(QStringLiteral("--rss-jobs"), QStringLiteral("1000000")).toInt();
    const QStringList workers = value(QStringLiteral("--workers"), QStringLiteral("1,4")).split(QLatin1Char(','));
    QTemporaryDir tmp;
    const QString dir = value(QStringLiteral("--dir"), tmp.path());
    qputenv("QT_LOGGING_RULES", "quayside.*.info=false");
    std::optional<DatabaseConfig> postgres;
    if (const QString url = value(QStringLiteral("--database"), QString()); !url.isEmpty()) {
        QString error;
        postgres = DatabaseConfig::fromUrl(url, &error);
        if (!postgres || postgres->dialect != Dialect::Postgres)
            qFatal("--database wants a postgresql:// URL: %s", qPrintable(error));
    }

    for (const QString &w : workers) {
        const Result r = runLifecycles(dir, postgres, jobs, w.toInt());
        const double total = r.enqueueSeconds + r.processSeconds;
        std::printf("workers=%s jobs=%d: enqueue %.2f s + lease/run/complete %.2f s = %.2f s -> %.0f lifecycles/s"
                    " (%.1f us per job)\n",
            qPrintable(w),
            jobs,
            r.enqueueSeconds,
            r.processSeconds,
            total,
            jobs / total,
            total * 1e6 / jobs);
        std::fflush(stdout);
    }
    if (rssJobs > 0 && !postgres)
        runRss(dir, rssJobs);
    return 0;
}
