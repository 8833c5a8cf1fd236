// placeholder, filled below
#include <QTest>
class TestShopifyMutations : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestShopifyMutations)
#include "tst_shopifymutations.moc"
