#include "odootestclient.h"

#include <QTest>

class Placeholderorm : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Placeholderorm)
#include "tst_odooorm.moc"
