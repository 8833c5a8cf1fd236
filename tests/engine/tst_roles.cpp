#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/security/accesssession.h"
#include "core/security/adminpassphrase.h"
#include "core/security/auditanchor.h"
#include "core/security/auditlog.h"
#include "core/security/roles.h"
#include "core/security/secretvault.h"
#include "core/store/database.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "testhandler.h"

using namespace Quayside;

namespace {

// The actions the engine answers with operatorActionFinished, each asked of it as the console would.
const QList<OperatorAction> kEngineActions { OperatorAction::Replay,
    OperatorAction::Resolve,
    OperatorAction::Skip,
    OperatorAction::Reopen,
    OperatorAction::RevealCustomerData,
    OperatorAction::SaveMappingDraft,
    OperatorAction::PublishMapping,
    OperatorAction::RollbackMapping,
    OperatorAction::ChangeSchedule,
    OperatorAction::ForgetCustomer };

void ask(Engine &engine, OperatorAction action)
{
    const QList<qint64> ids { 424242 };
    const Mapping::MappingKey key { QStringLiteral("odoo"), QStringLiteral("sale.order"), QStringLiteral("outbound") };
    switch (action) {
    case OperatorAction::Replay:
        return engine.replay(ids);
    case OperatorAction::Resolve:
        return engine.resolve(ids, QStringLiteral("note"));
    case OperatorAction::Skip:
        return engine.skip(ids, QStringLiteral("note"));
    case OperatorAction::Reopen:
        return engine.reopen(ids);
    case OperatorAction::RevealCustomerData:
        return engine.revealCustomerData(QStringLiteral("job:424242"));
    case OperatorAction::SaveMappingDraft:
        return engine.saveMappingDraft(QJsonObject());
    case OperatorAction::PublishMapping:
        return engine.publishMapping(key, QStringLiteral("why"));
    case OperatorAction::RollbackMapping:
        return engine.rollbackMapping(key, 1, QStringLiteral("why"));
    case OperatorAction::ChangeSchedule:
        return engine.editState(
            { QStringLiteral("schedule"), QStringLiteral("test"), QJsonObject() }, QStringLiteral("schedule.change"));
    case OperatorAction::ForgetCustomer:
        return engine.forgetCustomer(QStringLiteral("nobody@example.com"), QStringLiteral("asked"));
    default:
        QFAIL("not an engine action");
    }
}

int countAudit(const QString &connection, const QString &action, const QString &target = {})
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?")
        + (target.isEmpty() ? QString() : QStringLiteral(" AND target = ?")));
    q.addBindValue(action);
    if (!target.isEmpty())
        q.addBindValue(target);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseConfig m_db;
    std::unique_ptr<Engine> m_engine;
    const QString m_conn = QStringLiteral("reader");

    static std::unique_ptr<Engine> makeEngine(const DatabaseConfig &db, std::shared_ptr<SecretVault> anchorVault = {})
    {
        EngineConfig config;
        config.database = db;
        LaneConfig lane;
        lane.name = QStringLiteral("a");
        lane.idlePollMs = 50;
        config.lanes = { lane };
        config.actor = QStringLiteral("desk@example.com");
        config.drainMs = 100;
        config.anchorVault = std::move(anchorVault);
        return std::make_unique<Engine>(config, std::make_shared<StepRegistry>());
    }

    static void start(Engine &engine)
    {
        QSignalSpy started(&engine, &Engine::started);
        engine.start();
        if (!started.wait(10000))
            qFatal("engine did not start: %s", qPrintable(engine.failureMessage()));
    }

    static std::unique_ptr<Engine> startEngine(const DatabaseConfig &db, std::shared_ptr<SecretVault> anchorVault = {})
    {
        auto engine = makeEngine(db, std::move(anchorVault));
        start(*engine);
        return engine;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("roles.sqlite")));
        m_engine = startEngine(m_db);
        QVERIFY(!Database::open(m_db, m_conn));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        Database::close(m_conn);
    }

    void policy_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<OperatorAction>("action");
        QTest::addColumn<bool>("allowed");
        // Written out rather than derived from requiredRole, so a change to the policy shows here.
        const QList<OperatorAction> operatorMay { OperatorAction::Replay,
            OperatorAction::Resolve,
            OperatorAction::Skip,
            OperatorAction::Reopen,
            OperatorAction::ResumeLane,
            OperatorAction::RevealCustomerData,
            OperatorAction::SaveMappingDraft,
            OperatorAction::Enqueue };
        for (int a = int(OperatorAction::Replay); a <= int(OperatorAction::Enqueue); ++a) {
            const auto action = OperatorAction(a);
            for (Role role : { Role::Viewer, Role::Operator, Role::Admin }) {
                const bool allowed = role == Role::Admin || (role == Role::Operator && operatorMay.contains(action));
                QTest::addRow("%s %s", qPrintable(toString(role)), qPrintable(toString(action)))
                    << role << action << allowed;
            }
        }
    }

    void policy()
    {
        QFETCH(Role, role);
        QFETCH(OperatorAction, action);
        QFETCH(bool, allowed);
        QCOMPARE(permits(role, action), allowed);
    }

    // The engine itself refuses, audits the refusal and changes nothing; a permitted action is not refused.
    void engineEnforces_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<OperatorAction>("action");
        for (OperatorAction action : kEngineActions)
            for (Role role : { Role::Viewer, Role::Operator, Role::Admin })
                QTest::addRow("%s %s", qPrintable(toString(role)), qPrintable(toString(action))) << role << action;
    }

    void engineEnforces()
    {
        QFETCH(Role, role);
        QFETCH(OperatorAction, action);
        const bool allowed = permits(role, action);
        const QString name = toString(action);
        const int deniedBefore = countAudit(m_conn, QStringLiteral("access.denied"));
        const int revealsBefore = countAudit(m_conn, QStringLiteral("customer.reveal"));
        m_engine->setRole(role);
        QCOMPARE(toString(m_engine->role()), toString(role));
        QSignalSpy answers(m_engine.get(), &Engine::operatorActionFinished);
        ask(*m_engine, action);
        QVERIFY(answers.wait(5000));
        QCOMPARE(answers.first().at(0).toString(), name);
        const QString error = answers.first().at(2).toString();
        if (allowed) {
            QVERIFY2(!isPermissionDenied(error), qPrintable(error));
            QCOMPARE(countAudit(m_conn, QStringLiteral("access.denied")), deniedBefore);
            if (action == OperatorAction::RevealCustomerData)
                QCOMPARE(countAudit(m_conn, QStringLiteral("customer.reveal")), revealsBefore + 1);
        } else {
            QVERIFY2(isPermissionDenied(error), qPrintable(error));
            QVERIFY(error.contains(toString(requiredRole(action))));
            QCOMPARE(answers.first().at(1).toInt(), 0);
            QCOMPARE(countAudit(m_conn, QStringLiteral("access.denied")), deniedBefore + 1);
            QCOMPARE(countAudit(m_conn, QStringLiteral("customer.reveal")), revealsBefore);
            const auto newest = AuditLog::entries(QSqlDatabase::database(m_conn), 1).value(0);
            QCOMPARE(newest.action, QStringLiteral("access.denied"));
            QCOMPARE(newest.target, QStringLiteral("action:") + name);
            QCOMPARE(newest.actor, QStringLiteral("desk@example.com"));
            QVERIFY(newest.note.contains(toString(role)));
        }
        m_engine->setRole(Role::Admin);
    }

    // A viewer cannot take a dead job out of the exception queue: the job stays dead.
    void viewerCannotReplayARealJob()
    {
        JobStore store(m_conn, m_db.dialect);
        NewJob j;
        j.flow = QStringLiteral("test");
        j.step = QStringLiteral("work");
        j.lane = QStringLiteral("nowhere"); // no worker leases it
        j.partitionKey = QStringLiteral("p:viewer");
        j.correlationId = QStringLiteral("#viewer");
        j.payload = "{}";
        QList<qint64> ids;
        if (const auto e = store.enqueue({ j }, &ids))
            QFAIL(qPrintable(e->message));
        QSqlQuery mark(QSqlDatabase::database(m_conn));
        QVERIFY(mark.exec(QStringLiteral("UPDATE jobs SET state = 'dead' WHERE id = %1").arg(ids.value(0))));
        m_engine->setRole(Role::Viewer);
        QSignalSpy answers(m_engine.get(), &Engine::operatorActionFinished);
        m_engine->replay(ids);
        QVERIFY(answers.wait(5000));
        QVERIFY(isPermissionDenied(answers.first().at(2).toString()));
        QCOMPARE(int(store.job(ids.value(0))->state), int(JobState::Dead));
        m_engine->setRole(Role::Operator);
        answers.clear();
        m_engine->replay(ids);
        QVERIFY(answers.wait(5000));
        QCOMPARE(answers.first().at(1).toInt(), 1);
        QCOMPARE(int(store.job(ids.value(0))->state), int(JobState::Ready));
        m_engine->setRole(Role::Admin);
    }

    void passphraseDigest()
    {
        const QString digest = AdminPassphrase::digest(QStringLiteral("correct horse"), 2000);
        QVERIFY(!digest.contains(QStringLiteral("correct horse")));
        QVERIFY(digest.startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
        QVERIFY(AdminPassphrase::matches(QStringLiteral("correct horse"), digest));
        QVERIFY(!AdminPassphrase::matches(QStringLiteral("correct horsE"), digest));
        // Salted: the same passphrase never gives the same digest twice.
        QVERIFY(AdminPassphrase::digest(QStringLiteral("correct horse"), 2000) != digest);
        QVERIFY(!AdminPassphrase::matches(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$1$AAAA$AAAA")));
        QVERIFY(!AdminPassphrase::matches(QString(), QString()));
    }

    void session()
    {
        MemoryVault vault;
        qint64 now = 1'000'000;
        AccessSession access(&vault, Role::Operator, nullptr, [&now] { return now; });
        QSignalSpy loaded(&access, &AccessSession::loaded);
        QSignalSpy roles(&access, &AccessSession::roleChanged);
        QSignalSpy answers(&access, &AccessSession::elevationFinished);
        QSignalSpy audits(&access, &AccessSession::auditRequested);
        const auto audited = [&audits] {
            QStringList actions;
            for (const auto &a : std::as_const(audits))
                actions << a.at(0).toString();
            return actions;
        };
        access.load();
        QVERIFY(loaded.wait(2000));
        QVERIFY(!access.hasPassphrase());
        QCOMPARE(toString(access.role()), toString(Role::Operator));

        // First run: setting the passphrase is the first elevation; only the digest is kept.
        access.setPassphrase(QStringLiteral("short"));
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.takeFirst().at(0).toBool(), false);
        access.setPassphrase(QStringLiteral("harbour-master-7"));
        QVERIFY(answers.wait(10000));
        QCOMPARE(answers.takeFirst().at(0).toBool(), true);
        QCOMPARE(toString(access.role()), toString(Role::Admin));
        QVERIFY(AdminPassphrase::matches(
            QStringLiteral("harbour-master-7"), vault.entries.value(AdminPassphrase::vaultEntry())));
        QVERIFY(!vault.entries.value(AdminPassphrase::vaultEntry()).contains(QStringLiteral("harbour")));
        QCOMPARE(
            audited(), (QStringList { QStringLiteral("access.passphrase_set"), QStringLiteral("access.elevate") }));

        // Idle for the whole period: back to the base role; activity before that keeps admin.
        now += AccessSession::kIdleMs - 1000;
        access.touch();
        now += AccessSession::kIdleMs - 1000;
        access.checkIdle();
        QCOMPARE(toString(access.role()), toString(Role::Admin));
        now += 1000;
        access.checkIdle();
        QCOMPARE(toString(access.role()), toString(Role::Operator));
        QCOMPARE(audited().last(), QStringLiteral("access.lock"));

        // Wrong passphrases are audited; after kFreeAttempts the next attempts wait, even the right one.
        audits.clear();
        for (int i = 1; i <= AccessSession::kFreeAttempts; ++i) {
            access.elevate(QStringLiteral("harbour-master-8"));
            QVERIFY(answers.wait(10000));
            QCOMPARE(answers.takeFirst().at(0).toBool(), false);
        }
        QCOMPARE(audited().count(QStringLiteral("access.elevate_failed")), AccessSession::kFreeAttempts);
        QVERIFY(access.lockedOutUntil() > now);
        access.elevate(QStringLiteral("harbour-master-7"));
        QCOMPARE(answers.size(), 1); // refused at once, without deriving anything
        QCOMPARE(answers.first().at(0).toBool(), false);
        QCOMPARE(answers.takeFirst().at(2).toLongLong(), AccessSession::kFirstLockoutMs);
        QCOMPARE(audited().last(), QStringLiteral("access.elevate_refused"));
        QCOMPARE(toString(access.role()), toString(Role::Operator));

        // One more miss after the wait doubles it.
        now += AccessSession::kFirstLockoutMs;
        access.elevate(QStringLiteral("wrong again"));
        QVERIFY(answers.wait(10000));
        QCOMPARE(answers.takeFirst().at(2).toLongLong(), 2 * AccessSession::kFirstLockoutMs);
        now += 2 * AccessSession::kFirstLockoutMs;
        access.elevate(QStringLiteral("harbour-master-7"));
        QVERIFY(answers.wait(10000));
        QCOMPARE(answers.takeFirst().at(0).toBool(), true);
        QCOMPARE(toString(access.role()), toString(Role::Admin));
        QCOMPARE(access.failedAttempts(), 0);
        access.lock();
        QCOMPARE(toString(access.role()), toString(Role::Operator));
        QCOMPARE(audited().last(), QStringLiteral("access.lock"));

        // Not admin: the passphrase cannot be replaced.
        access.setPassphrase(QStringLiteral("taken-over-123"));
        QCOMPARE(answers.takeFirst().at(0).toBool(), false);
        QVERIFY(AdminPassphrase::matches(
            QStringLiteral("harbour-master-7"), vault.entries.value(AdminPassphrase::vaultEntry())));
    }

    // A viewer console stays a viewer when it locks; elevation never starts above operator.
    void viewerBase()
    {
        MemoryVault vault;
        AccessSession access(&vault, Role::Viewer);
        QCOMPARE(toString(access.role()), toString(Role::Viewer));
        AccessSession clamped(&vault, Role::Admin);
        QCOMPARE(toString(clamped.role()), toString(Role::Operator));
    }

    // Removing the newest audit entries leaves a chain that verifies; the anchor kept outside the store
    // names the removal at the next start.
    void tailTruncationIsDetected()
    {
        QTemporaryDir dir;
        const DatabaseConfig db = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("anchor.sqlite")));
        auto vault = std::make_shared<MemoryVault>();
        const QString entry = AuditAnchor::vaultEntry(db);
        const QString c = QStringLiteral("anchorcheck");
        const auto head = [&] { return AuditAnchor::current(QSqlDatabase::database(c)); };
        {
            auto engine = startEngine(db, vault);
            QVERIFY(!Database::open(db, c));
            for (int i = 0; i < 5; ++i) {
                QSignalSpy done(engine.get(), &Engine::operatorActionFinished);
                engine->recordAudit(QStringLiteral("test.entry"), QStringLiteral("n:%1").arg(i), QString());
                QVERIFY(done.wait(5000));
            }
            QVERIFY(head().section(QLatin1Char(':'), 0, 0).toLongLong() >= 5);
            QTRY_COMPARE_WITH_TIMEOUT(vault->entries.value(entry), head(), 10000);
        }
        {
            // An untouched log starts quietly and the anchor keeps following it.
            auto engine = makeEngine(db, vault);
            QSignalSpy broken(engine.get(), &Engine::auditChainBroken);
            start(*engine);
            QSignalSpy done(engine.get(), &Engine::operatorActionFinished);
            engine->recordAudit(QStringLiteral("test.entry"), QStringLiteral("n:5"), QString());
            QVERIFY(done.wait(5000));
            QTRY_COMPARE_WITH_TIMEOUT(vault->entries.value(entry), head(), 10000);
            QCOMPARE(broken.size(), 0);
        }
        const QString anchored = vault->entries.value(entry);
        const qint64 newest = anchored.section(QLatin1Char(':'), 0, 0).toLongLong();
        {
            QSqlQuery q(QSqlDatabase::database(c));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(newest - 2)));
            QString problem;
            QCOMPARE(AuditLog::verify(QSqlDatabase::database(c), &problem), 0); // the chain alone cannot tell
        }
        auto engine = makeEngine(db, vault);
        QSignalSpy broken(engine.get(), &Engine::auditChainBroken);
        start(*engine);
        QTRY_COMPARE_WITH_TIMEOUT(broken.size(), 1, 10000);
        QCOMPARE(broken.first().at(0).toLongLong(), newest - 1);
        const QString problem = broken.first().at(1).toString();
        QVERIFY2(problem.contains(QStringLiteral("newest audit entries were removed")), qPrintable(problem));
        QVERIFY2(problem.contains(QString::number(newest)), qPrintable(problem));
        // The anchor is not moved back to the shortened log, so the next start says it again.
        QSignalSpy done(engine.get(), &Engine::operatorActionFinished);
        engine->recordAudit(QStringLiteral("test.entry"), QStringLiteral("after"), QString());
        QVERIFY(done.wait(5000));
        QSignalSpy ticks(engine.get(), &Engine::statsUpdated); // the head is looked at on every tick
        QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 2, 10000);
        QCOMPARE(vault->entries.value(entry), anchored);
        engine.reset();
        Database::close(c);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
