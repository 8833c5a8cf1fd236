#include "ui/dashboardcharts.h"

#include "core/telemetry/dashboardmodels.h"

#include <QAbstractItemModel>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>

namespace Quayside::Ui {

namespace {
QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

// The top of a value axis with four steps of 1, 2 or 5 × 10^n: whole, round labels at or above `max`.
qint64 roundedMax(qint64 max)
{
    for (qint64 decade = 1;; decade *= 10)
        for (qint64 step : { decade, 2 * decade, 5 * decade })
            if (4 * step >= max)
                return 4 * step;
}
} // namespace

DashboardChartView::DashboardChartView(const QString &title, QWidget *parent)
    : QChartView(parent)
    , m_empty(new QLabel(this))
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::StyledPanel);
    setMinimumSize(260, 190);
    chart()->setTitle(title);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart()->setTitleFont(titleFont);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->hide();
}

bool DashboardChartView::isEmptyState() const
{
    return !m_empty->isHidden();
}

QString DashboardChartView::emptyText() const
{
    return isEmptyState() ? m_empty->text() : QString();
}

void DashboardChartView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    // Axes without data only frame nothing; the sentence stands alone.
    for (QAbstractAxis *axis : chart()->axes())
        axis->setVisible(text.isEmpty());
    for (QAbstractSeries *series : chart()->series())
        series->setVisible(text.isEmpty());
    chart()->legend()->setVisible(text.isEmpty() && chart()->legend()->markers().size() > 1);
}

void DashboardChartView::applyPalette()
{
    const QPalette p = palette();
    chart()->setBackgroundBrush(p.color(QPalette::Base));
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->setTitleBrush(p.color(QPalette::Text));
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    setBackgroundBrush(p.color(QPalette::Base));
    for (QAbstractAxis *axis : chart()->axes())
        styleAxis(axis);
}

void DashboardChartView::styleAxis(QAbstractAxis *axis) const
{
    const QPalette p = palette();
    axis->setLabelsBrush(p.color(QPalette::Text));
    axis->setTitleBrush(p.color(QPalette::Text));
    axis->setLinePen(QPen(withAlpha(p.color(QPalette::Text), 90)));
    axis->setGridLinePen(QPen(withAlpha(p.color(QPalette::Text), 35)));
    axis->setMinorGridLineVisible(false);
}

void DashboardChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DashboardChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_empty->setGeometry(rect().adjusted(24, 40, -24, -24)); // below the title
}

TimeSeriesChart::TimeSeriesChart(
    const QString &title, const QList<Line> &lines, const QString &emptyText, QWidget *parent)
    : DashboardChartView(title, parent)
    , m_time(new QDateTimeAxis(this))
    , m_values(new QValueAxis(this))
    , m_emptyText(emptyText)
{
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_values, Qt::AlignLeft);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setTickCount(5);
    m_values->setRange(0, 4);
    for (const Line &line : lines) {
        auto *series = new QLineSeries(this);
        series->setName(line.name);
        chart()->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
        m_lines << series;
        m_colours << line.colour;
    }
    applyPalette();
    setEmptyText(m_emptyText);
}

void TimeSeriesChart::applyPalette()
{
    DashboardChartView::applyPalette();
    for (int i = 0; i < m_lines.size(); ++i)
        m_lines.at(i)->setPen(QPen(m_colours.at(i), 2));
}

void TimeSeriesChart::setSeries(qint64 firstMinute, const QList<QList<qint64>> &values, DashboardRange range)
{
    // The current minute is left out: still filling, it would end every line with a drop that reads as
    // "orders stopped". The tiles carry the live figures.
    const int minutes = DashboardSnapshot::minutes(range);
    qint64 max = 0;
    bool any = false;
    for (int line = 0; line < m_lines.size(); ++line) {
        const QList<qint64> series = values.value(line);
        const qsizetype end = std::max<qsizetype>(0, series.size() - 1);
        const qsizetype from = std::max<qsizetype>(0, end - minutes);
        QList<QPointF> points;
        points.reserve(end - from);
        for (qsizetype i = from; i < end; ++i) {
            points.append(QPointF(double((firstMinute + i) * 60000), double(series.at(i))));
            max = std::max(max, series.at(i));
            any = any || series.at(i) > 0;
        }
        m_lines.at(line)->replace(points); // one repaint per line, not per point
    }
    const qint64 currentMinute = firstMinute + DashboardSnapshot::kDayMinutes - 1;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch((currentMinute - minutes) * 60000),
        QDateTime::fromMSecsSinceEpoch(currentMinute * 60000)); // a whole hour or day: round tick labels
    m_time->setFormat(QStringLiteral("HH:mm"));
    fitTicks();
    m_values->setRange(0, double(roundedMax(max)));
    setEmptyText(any ? QString() : m_emptyText);
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    DashboardChartView::resizeEvent(event);
    fitTicks();
}

void TimeSeriesChart::fitTicks()
{
    // 7 ticks: every 10 minutes of an hour, every 4 hours of a day; 4: every 20 minutes or 8 hours.
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 16;
    m_time->setTickCount(width() - 80 >= 7 * labelWidth ? 7 : 4);
}

LatencyChart::LatencyChart(QAbstractItemModel *model, QWidget *parent)
    : DashboardChartView(tr("Sync latency per flow"), parent)
    , m_model(model)
    , m_bars(new QBarSeries(this))
    , m_flows(new QBarCategoryAxis(this))
    , m_ms(new QLogValueAxis(this))
{
    for (const QString &name : { tr("p50"), tr("p95"), tr("p99") })
        m_names << name;
    chart()->addSeries(m_bars);
    chart()->addAxis(m_flows, Qt::AlignBottom);
    chart()->addAxis(m_ms, Qt::AlignLeft);
    m_bars->attachAxis(m_flows);
    m_bars->attachAxis(m_ms);
    m_ms->setBase(10);
    m_ms->setLabelFormat(QStringLiteral("%g"));
    m_ms->setTitleText(tr("ms"));
    m_ms->setRange(1, 1000);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LatencyChart::sync);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LatencyChart::sync);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LatencyChart::sync);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LatencyChart::sync);
    applyPalette();
    sync();
}

void LatencyChart::applyPalette()
{
    DashboardChartView::applyPalette();
    // One hue, from light to strong: the eye reads p99 as the heavier bar on either background.
    const QColor base = palette().color(QPalette::Highlight);
    const QList<QColor> shades { base.lighter(160), base, base.darker(160) };
    for (int i = 0; i < m_sets.size(); ++i) {
        m_sets.at(i)->setColor(shades.at(i));
        m_sets.at(i)->setBorderColor(shades.at(i));
    }
}

void LatencyChart::sync()
{
    const int rows = m_model->rowCount();
    QStringList flows;
    for (int r = 0; r < rows; ++r)
        flows << m_model->index(r, FlowLatencyModel::FlowColumn).data().toString();
    if (m_flows->categories() != flows) {
        m_flows->clear();
        m_flows->append(flows);
    }
    qint64 max = 1;
    QList<QList<qreal>> values; // per percentile, per flow; at least 1 ms, the log axis's floor
    for (int s = 0; s < m_names.size(); ++s) {
        values.append(QList<qreal>());
        for (int r = 0; r < rows; ++r) {
            const qint64 ms = m_model->index(r, FlowLatencyModel::P50Column + s)
                                  .data(FlowLatencyModel::MillisecondsRole)
                                  .toLongLong();
            values[s] << qreal(std::max<qint64>(1, ms));
            max = std::max(max, ms);
        }
    }
    if (m_sets.isEmpty() || m_sets.constFirst()->count() != rows) {
        // New sets filled before they join the series: sets of unequal length would be drawn with zeros
        // in between, which a logarithmic axis cannot place.
        m_bars->clear();
        m_sets.clear();
        for (int s = 0; s < m_names.size(); ++s) {
            m_sets << new QBarSet(m_names.at(s), m_bars);
            m_sets.constLast()->append(values.at(s));
        }
        m_bars->append(m_sets);
        applyPalette();
    } else {
        for (int s = 0; s < m_sets.size(); ++s)
            for (int r = 0; r < rows; ++r)
                m_sets.at(s)->replace(r, values.at(s).at(r));
    }
    // Labels sit on the decades (1, 10, 100 …); the room above the tallest bar keeps it off the frame.
    m_ms->setRange(1, std::max(10.0, double(max) * 2));
    setEmptyText(rows == 0 ? tr("No job has finished in this period yet.") : QString());
}

} // namespace Quayside::Ui
