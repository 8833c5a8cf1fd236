#pragma once

#include <QList>
#include <QtGlobal>

#include <array>

namespace Quayside {

// Fixed-bucket latency histogram (milliseconds). Fixed bounds make per-minute histograms from several
// workers and processes mergeable by adding counts, which is how they are stored.
class LatencyHistogram
{
public:
    static constexpr std::array<qint64, 28> kUpperBoundsMs { 1,
        2,
        3,
        5,
        7,
        10,
        15,
        20,
        30,
        50,
        75,
        100,
        150,
        200,
        300,
        500,
        750,
        1000,
        1500,
        2000,
        3000,
        5000,
        7500,
        10000,
        15000,
        30000,
        60000,
        120000 };
    static constexpr int kBucketCount = int(kUpperBoundsMs.size()) + 1; // last: above the largest bound

    static int bucketFor(qint64 ms);
    static qint64 upperBoundMs(int bucket);

    void record(qint64 ms);
    void add(int bucket, qint64 count);
    void merge(const LatencyHistogram &other);
    qint64 count() const { return m_total; }
    qint64 bucketCount(int bucket) const { return m_counts.at(size_t(bucket)); }
    // The upper bound of the bucket holding quantile q (0 < q <= 1); 0 when empty.
    qint64 quantileMs(double q) const;

private:
    std::array<qint64, kBucketCount> m_counts {};
    qint64 m_total = 0;
};

} // namespace Quayside
