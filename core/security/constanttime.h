#pragma once

#include <QByteArray>

namespace Quayside {

// Compares without an early exit, so the time taken says nothing about where a forged signature differs.
inline bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace Quayside
