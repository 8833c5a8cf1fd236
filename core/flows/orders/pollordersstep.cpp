#include "core/flows/orders/pollordersstep.h"

#include "core/flows/orders/orderjobs.h"
#include "core/flows/returns/aftersalesjobs.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Quayside {

namespace {
// The later of two ISO 8601 timestamps; an empty one counts as the earliest.
QString later(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return QDateTime::fromString(b, Qt::ISODate) > QDateTime::fromString(a, Qt::ISODate) ? b : a;
}

QString document(const QString &name)
{
    QFile f(QStringLiteral(":/shopify/%1.graphql").arg(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

struct PollOrdersStep::Run
{
    JobRecord job;
    QJsonObject state;
    StepCallback done;
    QJsonObject page; // pageInfo of the listing
    QStringList ids; // the listing, oldest change first (cut after the last one read in full)
    QHash<QString, QString> listedVersion; // id -> updatedAt in the listing
    bool cut = false; // more new orders were listed than one job reads
    QStringList toRead; // listed versions not recorded yet
    QHash<QString, QJsonObject> read; // id -> full order
    int pendingReads = 0;
    bool failed = false;
};

PollOrdersStep::PollOrdersStep(
    Connectors::ShopifyClient *client, std::function<FlowSchedule()> schedule, StepEnvironment env)
    : m_client(client)
    , m_schedule(std::move(schedule))
    , m_env(std::move(env))
    , m_listDocument(document(QStringLiteral("orders_changed")))
    , m_readDocument(document(QStringLiteral("orders_by_ids")))
{ }

NewJob PollOrdersStep::firstPoll()
{
    NewJob j;
    j.flow = OrderJobs::Flow;
    j.step = OrderJobs::PollStep;
    j.lane = OrderJobs::ShopifyLane;
    j.partitionKey = QStringLiteral("poll:shopify:orders");
    j.correlationId = QStringLiteral("intake:shopify:orders");
    j.payload = QJsonDocument(QJsonObject { { QStringLiteral("since"), QString() } }).toJson(QJsonDocument::Compact);
    return j;
}

double PollOrdersStep::fullReadCost(int orders)
{
    // Per order (shopify.md §2.1): 6 objects, lineItems 2 + lines * 10, refunds 1 + (2 + 5 * 3), returns
    // 2 + 2 * (2 + 5 * 2).
    const int perOrder = 6 + (2 + kLinesPerOrder * 10) + (1 + 2 + 5 * 3) + (2 + 2 * (2 + 5 * 2)) + 1;
    return 1.0 + double(orders) * perOrder;
}

void PollOrdersStep::run(const JobRecord &job, StepCallback done)
{
    auto run = std::make_shared<Run>();
    run->job = job;
    run->state = QJsonDocument::fromJson(job.payload).object();
    run->done = std::move(done);
    const QString since = run->state.value(QStringLiteral("since")).toString();
    QString from = run->state.value(QStringLiteral("from")).toString(); // set while paging one window
    if (from.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const bool deep = now - qint64(run->state.value(QStringLiteral("deepAt")).toDouble()) >= kDeepEveryMs;
        if (deep)
            run->state.insert(QStringLiteral("deepAt"), double(now));
        const QDateTime start = since.isEmpty()
            ? QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)
            : QDateTime::fromString(since, Qt::ISODate).addMSecs(-(deep ? kDeepOverlapMs : kOverlapMs));
        from = start.toUTC().toString(Qt::ISODate);
        run->state.insert(QStringLiteral("from"), from);
    }
    QJsonObject variables { { QStringLiteral("first"), kListPageSize },
        { QStringLiteral("q"), QStringLiteral("updated_at:>='%1'").arg(from) } };
    const QString after = run->state.value(QStringLiteral("after")).toString();
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);

    m_client->query(m_listDocument, variables, 2 + kListPageSize, [this, run](Connectors::ShopifyResult r) {
        if (!r.ok) {
            run->done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs));
            return;
        }
        const QJsonObject orders = r.data.value(QStringLiteral("orders")).toObject();
        run->page = orders.value(QStringLiteral("pageInfo")).toObject();
        for (const QJsonValue &v : orders.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject node = v.toObject();
            const QString id = node.value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                continue;
            run->ids << id;
            run->listedVersion.insert(id, node.value(QStringLiteral("updatedAt")).toString());
        }
        const auto known = m_env.knownEventVersions ? m_env.knownEventVersions(
                               OrderJobs::eventSource(m_client->config().shopDomain), OrderJobs::EventTopic, run->ids)
                                                    : QHash<QString, QSet<QString>>();
        for (qsizetype i = 0; i < run->ids.size(); ++i) {
            const QString &id = run->ids.at(i);
            if (known.value(id).contains(run->listedVersion.value(id)))
                continue;
            if (run->toRead.size() == kMaxFullReads) {
                run->ids = run->ids.mid(0, i);
                run->cut = true;
                break;
            }
            run->toRead << id;
        }
        readInFull(run);
    });
}

void PollOrdersStep::readInFull(std::shared_ptr<Run> run)
{
    if (run->toRead.isEmpty()) {
        finish(run);
        return;
    }
    // Every batch is queued at once: the client sends them as fast as the bucket allows.
    for (qsizetype i = 0; i < run->toRead.size(); i += kOrdersPerRead) {
        const QStringList ids = run->toRead.mid(i, kOrdersPerRead);
        ++run->pendingReads;
        const QJsonObject variables { { QStringLiteral("ids"), QJsonArray::fromStringList(ids) },
            { QStringLiteral("lines"), kLinesPerOrder } };
        m_client->query(
            m_readDocument, variables, fullReadCost(int(ids.size())), [this, run](Connectors::ShopifyResult r) {
                --run->pendingReads;
                if (run->failed)
                    return;
                if (!r.ok) {
                    run->failed = true;
                    run->done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs));
                    return;
                }
                for (const QJsonValue &v : r.data.value(QStringLiteral("nodes")).toArray()) {
                    const QJsonObject order = v.toObject();
                    const QString id = order.value(QStringLiteral("id")).toString();
                    if (!id.isEmpty())
                        run->read.insert(id, order); // a deleted order reads as null and is left out
                }
                if (run->pendingReads == 0)
                    finish(run);
            });
    }
}

void PollOrdersStep::finish(std::shared_ptr<Run> run)
{
    StepResult result = StepResult::done();
    QString watermark = run->state.value(QStringLiteral("since")).toString();
    for (const QString &id : std::as_const(run->ids)) {
        watermark = later(watermark, run->listedVersion.value(id));
        const auto it = run->read.constFind(id);
        if (it == run->read.cend())
            continue; // recorded before, or gone
        // The full read may be newer than the listing; its version is the one recorded.
        watermark = later(watermark, it->value(QStringLiteral("updatedAt")).toString());
        result.events << OrderJobs::intakeFor(m_client->config().shopDomain, *it);
        // After the order's own event, so its jobs come after create_sale_order in the partition.
        result.events << AfterSalesJobs::intakesFor(m_client->config().shopDomain, *it);
    }
    NewJob next = firstPoll();
    QJsonObject state = run->state;
    watermark = later(watermark, state.value(QStringLiteral("pageWatermark")).toString());
    if (run->cut) {
        // The rest of this window, right away, listed again from the last order read (the listing is
        // cheap; what was read is known and skipped).
        state.insert(QStringLiteral("from"), run->listedVersion.value(run->ids.constLast()));
        state.remove(QStringLiteral("after"));
        state.insert(QStringLiteral("pageWatermark"), watermark);
    } else if (run->page.value(QStringLiteral("hasNextPage")).toBool()) {
        // The same window, next page, right away; the watermark only moves once the window is read.
        state.insert(QStringLiteral("after"), run->page.value(QStringLiteral("endCursor")));
        state.insert(QStringLiteral("pageWatermark"), watermark);
    } else {
        state = QJsonObject { { QStringLiteral("since"), watermark },
            { QStringLiteral("deepAt"), run->state.value(QStringLiteral("deepAt")) } };
        next.notBeforeMs = m_schedule().nextRunMs(QDateTime::currentMSecsSinceEpoch());
        if (!watermark.isEmpty())
            result.cursors << qMakePair(cursorName(), watermark);
    }
    next.payload = QJsonDocument(state).toJson(QJsonDocument::Compact);
    result.followUps << next;
    run->done(result);
}

} // namespace Quayside
