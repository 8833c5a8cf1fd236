#include "core/flows/orders/pollordersstep.h"

#include "core/flows/orders/orderjobs.h"

#include <QDateTime>
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
} // namespace

struct PollOrdersStep::Run
{
    QJsonObject state;
    StepCallback done;
    QJsonObject page; // pageInfo of the listing
    QStringList ids; // the listing, oldest change first (cut after the last one read in full)
    QHash<QString, QString> listedVersion; // id -> updatedAt in the listing
    bool cut = false; // more new orders were listed than one job reads
    QStringList toRead; // listed versions not recorded yet
    QHash<QString, QJsonObject> read; // id -> full order
};

PollOrdersStep::PollOrdersStep(
    Connectors::ShopifyClient *client, std::function<FlowSchedule()> schedule, StepEnvironment env)
    : m_client(client)
    , m_schedule(std::move(schedule))
    , m_env(std::move(env))
    , m_reader(client)
    , m_listDocument(Connectors::ShopifyClient::document(QStringLiteral("orders_changed")))
{ }

NewJob PollOrdersStep::firstPoll()
{
    return NewJob { .flow = OrderJobs::Flow,
        .step = OrderJobs::PollStep,
        .lane = OrderJobs::ShopifyLane,
        .partitionKey = QStringLiteral("poll:shopify:orders"),
        .correlationId = QStringLiteral("intake:shopify:orders"),
        .payload
        = QJsonDocument(QJsonObject { { QStringLiteral("since"), QString() } }).toJson(QJsonDocument::Compact) };
}

void PollOrdersStep::run(const JobRecord &job, StepCallback done)
{
    auto run = std::make_shared<Run>();
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
        m_reader.read(run->toRead, [this, run](std::optional<StepResult> failure, QHash<QString, QJsonObject> orders) {
            if (failure) {
                run->done(*failure);
                return;
            }
            run->read = std::move(orders);
            finish(run);
        });
    });
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
        result.events << OrderReader::intakesFor(m_client->config().shopDomain, *it);
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
