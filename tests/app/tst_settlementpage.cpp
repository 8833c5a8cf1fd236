#include "core/engine/jobstore.h"
#include "core/flows/settlement/settlementjobs.h"
#include "core/store/database.h"
#include "core/telemetry/settlementmodels.h"
#include "ui/settlementpage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Quayside;

namespace {
const QString kConnection = QStringLiteral("gui");
const QString kShop = QStringLiteral("quayside-demo.myshopify.com");

QString payoutKey(qint64 id)
{
    return SettlementJobs::key(kShop, QStringLiteral("gid://shopify/ShopifyPaymentsPayout/%1").arg(id));
}

QJsonObject payout(qint64 id, const QString &issuedAt, qint64 net, const QString &status, qint64 difference)
{
    return { { QStringLiteral("shop"), kShop },
        { QStringLiteral("legacyId"), QString::number(id) },
        { QStringLiteral("issuedAt"), issuedAt },
        { QStringLiteral("net"), net },
        { QStringLiteral("currency"), QStringLiteral("USD") },
        { QStringLiteral("items"), QJsonArray {} },
        { QStringLiteral("status"), status },
        { QStringLiteral("matchedCharges"), net + 300 },
        { QStringLiteral("matchedRefunds"), 0 },
        { QStringLiteral("fees"), 300 },
        { QStringLiteral("difference"), difference },
        { QStringLiteral("unmatched"), status == QLatin1String("unmatched") ? 1 : 0 },
        { QStringLiteral("matchedAt"), QStringLiteral("2026-11-27T06:00:01.000Z") } };
}

QJsonObject item(qint64 payoutId, const QString &orderName, qint64 amount, bool resolved)
{
    return { { QStringLiteral("shop"), kShop },
        { QStringLiteral("payout"), payoutKey(payoutId) },
        { QStringLiteral("payoutId"), QString::number(payoutId) },
        { QStringLiteral("type"), QStringLiteral("REFUND") },
        { QStringLiteral("amount"), amount },
        { QStringLiteral("order"), QStringLiteral("gid://shopify/Order/5500000004") },
        { QStringLiteral("orderName"), orderName },
        { QStringLiteral("reason"),
            QStringLiteral("no credit note for refund of 25.00 on %1 (S00012)").arg(orderName) },
        { QStringLiteral("firstSeenAt"), QStringLiteral("2026-11-27T06:00:01.000Z") },
        { QStringLiteral("resolved"), resolved } };
}
} // namespace

// The Settlement page on a store holding two payouts (one reconciled, one with an open item) and an item
// resolved since: the models pass QAbstractItemModelTester, the summary counts what is open, the filter
// hides what a later run matched, and a double-click asks for the order's trace.
class TestSettlementPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void write(const QString &kind, const QString &key, const QJsonObject &fields)
    {
        JobStore store(kConnection, Dialect::Sqlite);
        QVERIFY(!store.mergeState({ kind, key, fields }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!Database::openAndMigrate(
            DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("settlement.sqlite"))), kConnection));
    }

    void emptyStoreExplainsTheRun()
    {
        Ui::SettlementPage page(kConnection);
        page.resize(1000, 600);
        page.show();
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("settlementSummary"))->text(),
            QStringLiteral("No payout read yet"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("settlementEmpty"))->isVisible());
        QVERIFY(!page.findChild<QTableView *>(QStringLiteral("settlementItemView"))->isVisible());
    }

    void payoutsAndOpenItems()
    {
        write(SettlementJobs::PayoutKind,
            payoutKey(8100000001),
            payout(8100000001, QStringLiteral("2026-11-25T23:00:00Z"), 41250, QStringLiteral("reconciled"), 0));
        write(SettlementJobs::PayoutKind,
            payoutKey(8100000002),
            payout(8100000002, QStringLiteral("2026-11-26T23:00:00Z"), -2500, QStringLiteral("unmatched"), -2500));
        write(SettlementJobs::ItemKind,
            kShop + QStringLiteral("/t1"),
            item(8100000002, QStringLiteral("#1004"), -2500, false));
        write(SettlementJobs::ItemKind,
            kShop + QStringLiteral("/t0"),
            item(8100000001, QStringLiteral("#1002"), -900, true));

        Ui::SettlementPage page(kConnection);
        QAbstractItemModelTester payoutTester(page.payouts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester itemTester(page.items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 600);
        page.show();
        QCOMPARE(page.payouts()->rowCount(), 2);
        QCOMPARE(page.items()->rowCount(), 2);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("settlementSummary"))->text(),
            QStringLiteral("1 unmatched transaction(s) · 1 of 2 payout(s) reconciled · latest payout %1")
                .arg(QLocale().toString(
                    QDateTime::fromString(QStringLiteral("2026-11-26T23:00:00Z"), Qt::ISODate).toLocalTime().date(),
                    QLocale::ShortFormat)));

        // Newest payout first, with its difference and status in words.
        auto *payouts = page.findChild<QTableView *>(QStringLiteral("payoutView"));
        const QAbstractItemModel *shown = payouts->model();
        QCOMPARE(shown->index(0, PayoutModel::PayoutColumn).data().toString(), QStringLiteral("8100000002"));
        QCOMPARE(shown->index(0, PayoutModel::DifferenceColumn).data().toString(), QLocale().toString(-25.0, 'f', 2));
        QCOMPARE(shown->index(0, PayoutModel::StatusColumn).data().toString(), QStringLiteral("1 unmatched"));
        QCOMPARE(shown->index(1, PayoutModel::StatusColumn).data().toString(), QStringLiteral("Reconciled"));
        QCOMPARE(shown->index(1, PayoutModel::NetColumn).data().toString(),
            QLocale().toString(412.5, 'f', 2) + QStringLiteral(" USD"));

        // Open only: the resolved item is hidden until asked for.
        auto *items = page.findChild<QTableView *>(QStringLiteral("settlementItemView"));
        QVERIFY(items->isVisible());
        QCOMPARE(items->model()->rowCount(), 1);
        QCOMPARE(items->model()->index(0, SettlementItemModel::OrderColumn).data().toString(), QStringLiteral("#1004"));
        page.findChild<QCheckBox *>(QStringLiteral("settlementOpenOnly"))->setChecked(false);
        QCOMPARE(items->model()->rowCount(), 2);
        page.findChild<QLineEdit *>(QStringLiteral("settlementFilter"))->setText(QStringLiteral("#1002"));
        QCOMPARE(items->model()->rowCount(), 1);
        QCOMPARE(
            items->model()->index(0, SettlementItemModel::StatusColumn).data().toString(), QStringLiteral("Resolved"));
        page.findChild<QLineEdit *>(QStringLiteral("settlementFilter"))->clear();
        page.findChild<QCheckBox *>(QStringLiteral("settlementOpenOnly"))->setChecked(true);

        // A double-click on the open item asks for its order's trace.
        QSignalSpy trace(&page, &Ui::SettlementPage::traceRequested);
        const QModelIndex first = items->model()->index(0, SettlementItemModel::ReasonColumn);
        // As a user does it: the press selects the row, the second click of the pair opens it.
        const QPoint at = items->visualRect(first).center();
        QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(items->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(trace.size(), 1);
        QCOMPARE(trace.first().first().toString(), QStringLiteral("#1004"));

        // A later run matches it: the page follows on its next refresh, and nothing is left open.
        write(SettlementJobs::ItemKind, kShop + QStringLiteral("/t1"), { { QStringLiteral("resolved"), true } });
        write(SettlementJobs::PayoutKind,
            payoutKey(8100000002),
            { { QStringLiteral("status"), QStringLiteral("reconciled") }, { QStringLiteral("difference"), 0 } });
        page.refresh();
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("settlementSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Nothing unmatched · 2 of 2 payout(s) reconciled")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("settlementEmpty"))->isVisible());
    }
};

QTEST_MAIN(TestSettlementPage)
#include "tst_settlementpage.moc"
