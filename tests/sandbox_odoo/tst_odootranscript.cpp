#include "odootestclient.h"

#include <QTest>

class Placeholdertranscript : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Placeholdertranscript)
#include "tst_odootranscript.moc"
