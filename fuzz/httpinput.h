#pragma once

#include "core/connectors/common/httpexchange.h"

#include "fuzz/fuzzinput.h"

// An HTTP answer as a fuzz input:
//
//   <status>                 e.g. "200" (the first line; anything else is no HTTP answer at all)
//   <Header>: <value>        any number of header lines
//                            a blank line
//   <body>                   everything after it
namespace Quayside::Fuzz {

inline Connectors::HttpOutcome outcome(const QByteArray &text)
{
    Connectors::HttpOutcome o;
    const qsizetype firstLine = text.indexOf('\n');
    const QByteArray status = firstLine < 0 ? text : text.left(firstLine);
    bool ok = false;
    o.status = status.trimmed().toInt(&ok);
    if (!ok) {
        o.status = 0;
        o.networkError = QNetworkReply::RemoteHostClosedError;
    }
    o.body = firstLine < 0 ? QByteArray() : splitHeaders(text.mid(firstLine + 1), &o.headers);
    return o;
}

} // namespace Quayside::Fuzz
