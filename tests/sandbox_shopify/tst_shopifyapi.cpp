// placeholder, filled below
#include <QTest>
class TestShopifyApi : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestShopifyApi)
#include "tst_shopifyapi.moc"
