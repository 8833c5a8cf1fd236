#include "odootestclient.h"

#include <QTest>

class Placeholderworkflow : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Placeholderworkflow)
#include "tst_odooworkflow.moc"
