#pragma once

#include <QJsonValue>
#include <QString>

namespace Quayside {

// Masks customer data (names, e-mails, phones, addresses) in payloads shown in the console or written
// to logs: "ada@example.com" → "a••@e••••••.com". Keys are matched by name anywhere in the document.
class PiiMask
{
public:
    static QJsonValue mask(const QJsonValue &value);
    static QString maskText(const QString &text);
    // Free text such as an error message: only the e-mail addresses in it are masked.
    static QString maskEmailsIn(const QString &text);
    static bool isPersonalKey(const QString &key);
};

} // namespace Quayside
