#include "core/engine/jobstore.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingrepository.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Quayside;
using namespace Quayside::Mapping;

namespace {

MappingRule constantRule(const QString &id, const QString &target, const QJsonValue &value)
{
    MappingRule r;
    r.id = id;
    r.target = target;
    r.op = MappingOp::Constant;
    r.value = value;
    return r;
}

} // namespace

class TestMappingStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MappingRepository> m_repo;
    int m_counter = 0;
    const MappingKey m_key = MappingCatalog::odooSaleOrder();

    QString connection() const { return QStringLiteral("ms%1").arg(m_counter); }

    MappingDocument withChannel(const QString &channel) const
    {
        MappingDocument d = *MappingCatalog::shippedDefault(m_key);
        d.rules << constantRule(QStringLiteral("channel"), QStringLiteral("x_sales_channel"), channel);
        return d;
    }

private Q_SLOTS:
    void init()
    {
        ++m_counter;
        QVERIFY(!Database::openAndMigrate(
            DatabaseConfig::sqlite(m_dir.filePath(connection() + QStringLiteral(".sqlite"))), connection()));
        m_repo = std::make_unique<MappingRepository>(connection(), Dialect::Sqlite);
        int seeded = 0;
        QVERIFY(!m_repo->seedDefaults(&seeded));
        QCOMPARE(seeded, MappingCatalog::shippedDefaults().size());
    }

    void cleanup()
    {
        m_repo.reset();
        Database::close(connection());
    }

    void migrationSixMadeTheTable()
    {
        int version = 0;
        QVERIFY(!Migrations::currentVersion(Database::connection(connection()), &version));
        QVERIFY2(version >= 6, "migration 6 (or a later one) has run");
        QVERIFY(Database::connection(connection()).tables().contains(QStringLiteral("mappings")));
    }

    void seedIsVersionOneOnceOnly()
    {
        int seeded = -1;
        QVERIFY(!m_repo->seedDefaults(&seeded));
        QCOMPARE(seeded, 0);
        const auto versions = m_repo->versions(m_key);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().version, 1);
        QVERIFY(versions.first().state == MappingState::Published);
        QCOMPARE(versions.first().author, QStringLiteral("quayside"));
        QCOMPARE(versions.first().document, *MappingCatalog::shippedDefault(m_key));
        // Every shipped default is seeded, the flows' other keys beside this one.
        QList<MappingKey> shipped;
        for (const MappingDocument &d : MappingCatalog::shippedDefaults())
            shipped << d.key;
        std::sort(shipped.begin(), shipped.end(), [](const MappingKey &a, const MappingKey &b) {
            return std::tie(a.system, a.entity, a.direction) < std::tie(b.system, b.entity, b.direction);
        });
        QCOMPARE(shipped.size(), 4);
        QVERIFY(shipped.contains(m_key));
        QCOMPARE(m_repo->keys(), shipped);
        QVERIFY(!m_repo->draft(m_key));
    }

    void draftPublishRollback()
    {
        int version = 0;
        QVERIFY(!m_repo->saveDraft(withChannel(QStringLiteral("web")), QStringLiteral("ana"), nullptr, &version));
        QCOMPARE(version, 2);
        // Saving again edits the same draft.
        QVERIFY(!m_repo->saveDraft(withChannel(QStringLiteral("shopify")), QStringLiteral("ana"), nullptr, &version));
        QCOMPARE(version, 2);
        QCOMPARE(m_repo->draft(m_key)->document, withChannel(QStringLiteral("shopify")));
        QCOMPARE(m_repo->published(m_key)->version, 1); // a draft changes nothing the flows run

        QVERIFY(
            !m_repo->publish(m_key, QStringLiteral("ben"), QStringLiteral("Odoo now requires the channel"), &version));
        QCOMPARE(version, 2);
        const auto live = m_repo->published(m_key);
        QCOMPARE(live->version, 2);
        QCOMPARE(live->author, QStringLiteral("ben"));
        QCOMPARE(live->comment, QStringLiteral("Odoo now requires the channel"));
        QVERIFY(live->publishedAt > 0);
        QVERIFY(m_repo->version(m_key, 1)->state == MappingState::Archived);
        QVERIFY(!m_repo->draft(m_key));
        QVERIFY(m_repo->publish(m_key, QStringLiteral("ben"), QString())); // nothing left to publish

        QVERIFY(!m_repo->rollback(m_key, 1, QStringLiteral("cy"), QStringLiteral("channel broke invoicing"), &version));
        QCOMPARE(version, 3);
        QCOMPARE(m_repo->published(m_key)->document, *MappingCatalog::shippedDefault(m_key));
        QVERIFY(m_repo->version(m_key, 2)->state == MappingState::Archived);
        QVERIFY(m_repo->rollback(m_key, 9, QStringLiteral("cy"), QString()));

        QList<int> numbers;
        QStringList states;
        for (const auto &v : m_repo->versions(m_key)) {
            numbers << v.version;
            states << toString(v.state);
        }
        QCOMPARE(numbers, (QList<int> { 3, 2, 1 }));
        QCOMPARE(states,
            (QStringList { QStringLiteral("published"), QStringLiteral("archived"), QStringLiteral("archived") }));

        const auto audit = AuditLog::entries(Database::connection(connection()), 10);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).action, QStringLiteral("mapping.rollback")); // newest first
        QCOMPARE(audit.at(0).actor, QStringLiteral("cy"));
        QCOMPARE(audit.at(0).note, QStringLiteral("Rolled back to version 1: channel broke invoicing"));
        QCOMPARE(audit.at(1).action, QStringLiteral("mapping.publish"));
        QCOMPARE(audit.at(1).actor, QStringLiteral("ben"));
        QCOMPARE(audit.at(1).target, QStringLiteral("mapping:odoo/sale.order/outbound"));
        QCOMPARE(audit.at(1).note, QStringLiteral("Odoo now requires the channel"));
        QCOMPARE(
            QJsonDocument::fromJson(audit.at(1).before.toUtf8()).object().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(
            QJsonDocument::fromJson(audit.at(1).after.toUtf8()).object().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(AuditLog::verify(Database::connection(connection())), 0);
    }

    void invalidDraftsAreRefused()
    {
        QList<MappingError> problems;
        QJsonObject broken = withChannel(QStringLiteral("web")).toJson();
        QJsonArray rules = broken.value(QStringLiteral("rules")).toArray();
        rules.append(QJsonObject {
            { QStringLiteral("target"), QStringLiteral("x") }, { QStringLiteral("op"), QStringLiteral("rename") } });
        broken.insert(QStringLiteral("rules"), rules);
        const auto error = m_repo->saveDraft(broken, QStringLiteral("ana"), &problems);
        QVERIFY(error);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().rulePath, QStringLiteral("rules[3].op"));
        QVERIFY2(error->message.contains(QLatin1String("unknown op \"rename\"")), qPrintable(error->message));

        MappingDocument reserved = withChannel(QStringLiteral("web"));
        reserved.rules << constantRule(QStringLiteral("wh"), QStringLiteral("warehouse_id"), 1);
        QVERIFY(m_repo->saveDraft(reserved, QStringLiteral("ana"), &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().target, QStringLiteral("warehouse_id"));
        QVERIFY(!m_repo->draft(m_key));
        QCOMPARE(m_repo->versions(m_key).size(), 1);
    }

    void exportAndImport()
    {
        QVERIFY(!m_repo->saveDraft(withChannel(QStringLiteral("web")), QStringLiteral("ana")));
        QVERIFY(!m_repo->publish(m_key, QStringLiteral("ana"), QStringLiteral("channel")));
        const QString path = m_dir.filePath(QStringLiteral("export%1.json").arg(m_counter));
        QString error;
        QVERIFY2(m_repo->exportFile(m_key, 2, path, &error), qPrintable(error));
        QVERIFY(!m_repo->exportFile(m_key, 7, path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QCOMPARE(exported.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(exported.value(QStringLiteral("state")).toString(), QStringLiteral("published"));
        QCOMPARE(exported.value(QStringLiteral("comment")).toString(), QStringLiteral("channel"));
        QCOMPARE(exported.value(QStringLiteral("document")).toObject(), withChannel(QStringLiteral("web")).toJson());

        QVERIFY(!m_repo->rollback(m_key, 1, QStringLiteral("ana"), QString()));
        int version = 0;
        QVERIFY(!m_repo->importFile(path, QStringLiteral("dee"), nullptr, &version));
        QCOMPARE(version, 4);
        const auto imported = m_repo->draft(m_key);
        QVERIFY(imported);
        QCOMPARE(imported->author, QStringLiteral("dee"));
        QCOMPARE(imported->document, withChannel(QStringLiteral("web")));
        QCOMPARE(m_repo->published(m_key)->version, 3); // an import is only a draft

        // A bare document imports too; anything else is refused with the reason.
        const QString bare = m_dir.filePath(QStringLiteral("bare%1.json").arg(m_counter));
        QFile bareFile(bare);
        QVERIFY(bareFile.open(QIODevice::WriteOnly));
        bareFile.write(QJsonDocument(withChannel(QStringLiteral("pos")).toJson()).toJson());
        bareFile.close();
        QVERIFY(!m_repo->importFile(bare, QStringLiteral("dee"), nullptr, &version));
        QCOMPARE(version, 4);
        QCOMPARE(m_repo->draft(m_key)->document, withChannel(QStringLiteral("pos")));
        QFile garbage(m_dir.filePath(QStringLiteral("garbage%1.json").arg(m_counter)));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("rules: all of them");
        garbage.close();
        QList<MappingError> problems;
        QVERIFY(m_repo->importFile(garbage.fileName(), QStringLiteral("dee"), &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QLatin1String("is not a mapping file")));
        QVERIFY(m_repo->importFile(m_dir.filePath(QStringLiteral("missing.json")), QStringLiteral("dee")));
    }

    void recentPayloadsAreTheNewestOrderVersions()
    {
        JobStore jobs(connection(), Dialect::Sqlite);
        QList<NewJob> list;
        for (const auto &[gid, name, note] : { std::tuple { 1, "#1001", "first" },
                 std::tuple { 2, "#1002", "only" },
                 std::tuple { 1, "#1001", "second" } }) {
            NewJob j;
            j.flow = QStringLiteral("orders");
            j.step = QStringLiteral("create_sale_order");
            j.lane = QStringLiteral("odoo");
            j.partitionKey = QStringLiteral("order:gid://shopify/Order/%1").arg(gid);
            j.correlationId = QString::fromLatin1(name);
            j.payload = QJsonDocument(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
                                          { QStringLiteral("note"), QString::fromLatin1(note) } })
                            .toJson(QJsonDocument::Compact);
            list << j;
        }
        NewJob other = list.first();
        other.step = QStringLiteral("route_order");
        other.partitionKey = QStringLiteral("order:gid://shopify/Order/3");
        list << other;
        QVERIFY(!jobs.enqueue(list));
        const auto payloads = m_repo->recentPayloads(m_key, 10);
        QCOMPARE(payloads.size(), 2);
        QCOMPARE(payloads.at(0).label, QStringLiteral("#1001"));
        QCOMPARE(payloads.at(0).record.value(QStringLiteral("note")).toString(), QStringLiteral("second"));
        QVERIFY(payloads.at(0).id.startsWith(QLatin1String("job:")));
        QCOMPARE(payloads.at(1).label, QStringLiteral("#1002"));
        QCOMPARE(m_repo->recentPayloads(m_key, 1).size(), 1);

        // The draft previewed on them, against the published version.
        const auto rows
            = m_repo->preview(withChannel(QStringLiteral("web")), 10, { QStringLiteral("x_sales_channel") });
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).label, QStringLiteral("#1001"));
        QVERIFY2(rows.at(0).draftMaps(), qPrintable(rows.at(0).draft.errorText()));
        QVERIFY(rows.at(0).published && rows.at(0).published->errors.size() == 1);
        QCOMPARE(rows.at(0).diff.size(), 1);
        QCOMPARE(rows.at(0).diff.first().path, QStringLiteral("x_sales_channel"));
        QVERIFY(
            m_repo
                ->recentPayloads(
                    MappingKey { QStringLiteral("shipbob"), QStringLiteral("order"), QStringLiteral("outbound") }, 5)
                .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMappingStore)
#include "tst_mappingstore.moc"
