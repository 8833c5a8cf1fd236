#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>

// Inputs of the fuzz targets are text a person can read and write as a seed: header lines
// ("<Name>: <value>") up to a blank line, then the body (httpinput.h adds a status line in front for
// HTTP answers). Several parts of one input (answers in a row, a document and a record) are separated by
// a line "===".
namespace Quayside::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QList<QByteArray> parts(const QByteArray &input)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = input.indexOf("\n===\n", from);
        if (at < 0)
            break;
        out << input.mid(from, at - from);
        from = at + 5;
    }
    out << input.mid(from);
    return out;
}

// Header lines up to the first blank line into `headers`; returns the rest (the body).
inline QByteArray splitHeaders(const QByteArray &text, QList<QPair<QByteArray, QByteArray>> *headers)
{
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(from, end - from);
        from = end + 1;
        if (line.trimmed().isEmpty())
            return text.mid(from);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers->append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return {};
}

// The value of the first header of that name, any case; empty if there is none.
inline QByteArray header(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace Quayside::Fuzz
