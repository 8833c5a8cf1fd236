// Console benchmark (not a test): the exception queue with a large store, and the GUI thread's
// responsiveness while the engine works.
//
//   bench_console [--exceptions 100000] [--seconds 20] [--rate 200]
//
// Figures: the time until the exception page shows its first rows, a filter change, a refresh with and
// without changes; then, with the engine running `rate` jobs/s and the page refreshing every second as
// the main window does, the longest gap between two ticks of a 5 ms timer on the GUI thread.
#include "core/engine/engine.h"
#include "core/engine/exceptionmodel.h"
#include "core/engine/jobstore.h"
#include "core/store/database.h"
#include "ui/exceptionspage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QListView>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Quayside;

namespace {

class InstantStep final : public StepHandler
{
public:
    void run(const JobRecord &, StepCallback done) override { done(StepResult::done()); }
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// `count` exceptions as a bad week leaves them: 40 causes, a few big ones, spread over three systems.
void fillExceptions(const QString &connection, int count)
{
    QSqlDatabase db = Database::connection(connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO jobs (flow, step, lane, partition_key, correlation_id, payload, state, attempts,"
                       " next_attempt_at, error_class, error_message, created_at, updated_at, finished_at)"
                       " VALUES ('orders', ?, ?, ?, ?, ?, 'dead', ?, 0, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList lanes { QStringLiteral("odoo"), QStringLiteral("shopify"), QStringLiteral("shipbob") };
    const QStringList steps {
        QStringLiteral("create_sale_order"), QStringLiteral("push_stock"), QStringLiteral("create_3pl_order")
    };
    for (int i = 0; i < count; ++i) {
        const int cause = (i * i) % 40 < 20 ? i % 3 : i % 40; // three causes hold about half
        const QString name = QStringLiteral("#%1").arg(100000 + i);
        const qint64 at = now - qint64(i) * 6000; // one every 6 s, back a week
        q.addBindValue(steps.at(i % 3));
        q.addBindValue(lanes.at(i % 3));
        q.addBindValue(QStringLiteral("order:gid://shopify/Order/%1").arg(5000000 + i));
        q.addBindValue(name);
        q.addBindValue(
            QStringLiteral("{\"name\":\"%1\",\"email\":\"c%2@example.com\",\"lineItems\":{\"nodes\":[{\"sku\":"
                           "\"QS-%3\",\"quantity\":1}]}}")
                .arg(name)
                .arg(i)
                .arg(cause));
        q.addBindValue(1 + i % 5);
        q.addBindValue(i % 2 ? QStringLiteral("business") : QStringLiteral("validation"));
        q.addBindValue(QStringLiteral("Order %1: unknown SKU QS-%2 (not in Odoo)").arg(name).arg(cause));
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(at);
        if (!q.exec())
            qFatal("insert: %s", qPrintable(q.lastError().text()));
    }
    db.commit();
}

int visibleRows(QTableView *view)
{
    return view->model()->rowCount();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("exceptions"),
                            QStringLiteral("Exceptions stored."),
                            QStringLiteral("n"),
                            QStringLiteral("100000") },
        { QStringLiteral("seconds"), QStringLiteral("Probe duration."), QStringLiteral("s"), QStringLiteral("20") },
        { QStringLiteral("rate"),
            QStringLiteral("Engine jobs per second."),
            QStringLiteral("r"),
            QStringLiteral("200") } });
    parser.process(app);
    const int exceptions = parser.value(QStringLiteral("exceptions")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int rate = parser.value(QStringLiteral("rate")).toInt();

    QTemporaryDir dir;
    const auto config = DatabaseConfig::sqlite(QDir(dir.path()).filePath(QStringLiteral("console.sqlite")));
    if (auto e = Database::openAndMigrate(config, QStringLiteral("fill")))
        qFatal("%s", qPrintable(e->message));
    QElapsedTimer t;
    t.start();
    fillExceptions(QStringLiteral("fill"), exceptions);
    std::printf("stored %d exceptions in %.1f s\n", exceptions, ms(t) / 1000.0);
    if (auto e = Database::open(config, QStringLiteral("gui")))
        qFatal("%s", qPrintable(e->message));

    auto registry = std::make_shared<StepRegistry>();
    registry->add(QStringLiteral("orders"), QStringLiteral("noop"), [](const StepEnvironment &) {
        return std::make_unique<InstantStep>();
    });
    LaneConfig lane;
    lane.name = QStringLiteral("bench");
    lane.idlePollMs = 20;
    EngineConfig ec;
    ec.database = config;
    ec.lanes = { lane };
    ec.verifyIntegrityOnOpen = false;
    Engine engine(ec, registry);

    // First rows: the page built, its first query run, shown and painted.
    t.restart();
    Ui::ExceptionsPage page(&engine, QStringLiteral("gui"));
    page.resize(1280, 720);
    page.show();
    QCoreApplication::processEvents();
    const double firstRows = ms(t);
    auto *view = page.findChild<QTableView *>(QStringLiteral("exceptionsView"));
    std::printf("first rows: %.0f ms (%d rows)\n", firstRows, visibleRows(view));

    const auto timed = [&](const char *what, const std::function<void()> &change) {
        QElapsedTimer c;
        c.start();
        change();
        QCoreApplication::processEvents();
        std::printf("%-34s %6.0f ms (%d rows shown)\n", what, ms(c), visibleRows(view));
    };
    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("exceptionFilter"));
    auto *kind = page.findChild<QComboBox *>(QStringLiteral("exceptionKind"));
    auto *system = page.findChild<QComboBox *>(QStringLiteral("exceptionSystem"));
    auto *causes = page.findChild<QListView *>(QStringLiteral("exceptionCauses"));
    timed("filter: text \"#1000\"", [&] { filter->setText(QStringLiteral("#1000")); });
    timed("filter: text cleared", [&] { filter->clear(); });
    timed("filter: kind", [&] { kind->setCurrentIndex(1); });
    timed("filter: system", [&] { system->setCurrentIndex(2); });
    timed("filter: both cleared", [&] {
        kind->setCurrentIndex(0);
        system->setCurrentIndex(0);
    });
    timed("filter: the largest cause", [&] { causes->setCurrentIndex(causes->model()->index(1, 0)); });
    timed("filter: all causes", [&] { causes->setCurrentIndex(causes->model()->index(0, 0)); });
    timed("refresh, nothing changed", [&] { page.refresh(); });
    {
        QSqlQuery q(Database::connection(QStringLiteral("fill")));
        q.exec(QStringLiteral("UPDATE jobs SET state = 'resolved', updated_at = updated_at + 1 WHERE id % 1000 = 7"));
    }
    timed("refresh, 100 resolved elsewhere", [&] { page.refresh(); });
    {
        QSqlQuery q(Database::connection(QStringLiteral("fill")));
        q.exec(QStringLiteral("UPDATE jobs SET state = 'resolved', updated_at = updated_at + 1 WHERE id % 1000 = 8"));
    }
    timed("model alone, 100 more resolved", [&] { page.model()->refresh(); });

    // The GUI thread while the engine works: a probe timer's longest gap.
    QElapsedTimer started;
    engine.start();
    while (engine.state() == Engine::State::Starting)
        spin(5);
    QTimer feeder;
    int fed = 0;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        QList<NewJob> jobs;
        for (int i = 0; i < rate / 10; ++i) {
            NewJob j;
            j.flow = QStringLiteral("orders");
            j.step = QStringLiteral("noop");
            j.lane = QStringLiteral("bench");
            j.partitionKey = QStringLiteral("p%1").arg(fed++ % 64);
            j.correlationId = j.partitionKey;
            j.payload = QByteArrayLiteral("{}");
            jobs << j;
        }
        engine.enqueue(jobs);
    });
    QTimer refresher;
    QObject::connect(&refresher, &QTimer::timeout, &page, &Ui::ExceptionsPage::refresh);
    QList<double> gaps;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        gaps << ms(probeClock);
        probeClock.restart();
    });
    feeder.start(100);
    refresher.start(1000);
    probeClock.start();
    probe.start(5);
    spin(seconds * 1000);
    probe.stop();
    feeder.stop();
    refresher.stop();
    std::sort(gaps.begin(), gaps.end());
    QSqlQuery done(Database::connection(QStringLiteral("gui")));
    done.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE lane = 'bench' AND state = 'done'"));
    const qint64 finished = done.next() ? done.value(0).toLongLong() : 0;
    std::printf("engine: %lld jobs done in %d s (%.0f jobs/s)\n", finished, seconds, double(finished) / seconds);
    std::printf("GUI probe (5 ms timer): %lld ticks, p50 %.1f ms, p99 %.1f ms, longest gap %.1f ms\n",
        qint64(gaps.size()),
        gaps.value(gaps.size() / 2),
        gaps.value(gaps.size() * 99 / 100),
        gaps.isEmpty() ? 0.0 : gaps.last());
    engine.shutdown();
    return 0;
}
