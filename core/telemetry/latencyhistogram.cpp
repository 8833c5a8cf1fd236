#include "core/telemetry/latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace Quayside {

int LatencyHistogram::bucketFor(qint64 ms)
{
    const auto it = std::lower_bound(kUpperBoundsMs.begin(), kUpperBoundsMs.end(), ms);
    return int(it - kUpperBoundsMs.begin());
}

qint64 LatencyHistogram::upperBoundMs(int bucket)
{
    if (bucket < int(kUpperBoundsMs.size()))
        return kUpperBoundsMs.at(size_t(bucket));
    return kUpperBoundsMs.back() * 2;
}

void LatencyHistogram::record(qint64 ms)
{
    add(bucketFor(ms), 1);
}

void LatencyHistogram::add(int bucket, qint64 count)
{
    if (bucket < 0 || bucket >= kBucketCount || count <= 0)
        return;
    m_counts.at(size_t(bucket)) += count;
    m_total += count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (int b = 0; b < kBucketCount; ++b)
        add(b, other.bucketCount(b));
}

qint64 LatencyHistogram::quantileMs(double q) const
{
    if (m_total == 0)
        return 0;
    const auto rank = qint64(std::ceil(std::clamp(q, 0.0, 1.0) * double(m_total)));
    qint64 cumulative = 0;
    for (int b = 0; b < kBucketCount; ++b) {
        cumulative += m_counts.at(size_t(b));
        if (cumulative >= std::max<qint64>(rank, 1))
            return upperBoundMs(b);
    }
    return upperBoundMs(kBucketCount - 1);
}

} // namespace Quayside
