#include "core/engine/lanestatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Quayside;

class TestLaneStatusModel : public QObject
{
    Q_OBJECT

    static LaneStatus status(const QString &lane, const QString &worker)
    {
        LaneStatus s;
        s.lane = lane;
        s.worker = worker;
        s.running = true;
        return s;
    }

private Q_SLOTS:
    void mergesWorkersAndUpdatesIncrementally()
    {
        LaneStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.updateStatus(status(QStringLiteral("shopify"), QStringLiteral("w1")));
        model.updateStatus(status(QStringLiteral("odoo"), QStringLiteral("w2")));
        auto second = status(QStringLiteral("odoo"), QStringLiteral("w3"));
        second.inFlight = 3;
        second.succeeded = 10;
        second.circuit = CircuitBreaker::State::Open;
        model.updateStatus(second);
        auto first = status(QStringLiteral("odoo"), QStringLiteral("w2"));
        first.inFlight = 1;
        first.succeeded = 5;
        first.paused = true;
        first.pauseReason = QStringLiteral("Authentication failed: 401");
        model.updateStatus(first);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(reset.count(), 0);
        // Sorted by lane name.
        QCOMPARE(model.index(0, LaneStatusModel::LaneColumn).data().toString(), QStringLiteral("odoo"));
        QCOMPARE(model.index(0, LaneStatusModel::InFlightColumn).data().toInt(), 4);
        QCOMPARE(model.index(0, LaneStatusModel::SucceededColumn).data().toInt(), 15);
        QCOMPARE(model.index(0, LaneStatusModel::StateColumn).data().toString(), QStringLiteral("Paused"));
        QCOMPARE(
            model.index(0, LaneStatusModel::CircuitColumn).data().toString(), QStringLiteral("Open (backing off)"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Authentication failed: 401"));
        QCOMPARE(model.index(1, LaneStatusModel::StateColumn).data().toString(), QStringLiteral("Running"));
        QCOMPARE(model.index(1, LaneStatusModel::LastSuccessColumn).data().toString(), QStringLiteral("never"));
    }
};

QTEST_GUILESS_MAIN(TestLaneStatusModel)
#include "tst_lanestatusmodel.moc"
