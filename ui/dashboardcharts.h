#pragma once

#include "core/telemetry/dashboardsnapshot.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;
class QAbstractItemModel;

namespace Quayside::Ui {

// A dashboard chart: a title, colours taken from the widget's palette (light or dark, re-applied when it
// changes) and a sentence in place of the plot while there is nothing to draw yet.
class DashboardChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardChartView)

public:
    explicit DashboardChartView(const QString &title, QWidget *parent = nullptr);

    bool isEmptyState() const;
    QString emptyText() const;

protected:
    void setEmptyText(const QString &text); // empty: the plot shows
    // Colours for the chart's own parts from the palette; subclasses colour their series here too.
    virtual void applyPalette();
    void styleAxis(QAbstractAxis *axis) const;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_empty;
};

// Series over time (per minute) for the last hour or day, with a time axis.
class TimeSeriesChart : public DashboardChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)

public:
    struct Line
    {
        QString name;
        QColor colour; // a mid tone that reads on light and dark backgrounds
    };
    TimeSeriesChart(
        const QString &title, const QList<Line> &lines, const QString &emptyText, QWidget *parent = nullptr);

    // values[line][minute], oldest first, firstMinute = epoch minute of values[*][0].
    void setSeries(qint64 firstMinute, const QList<QList<qint64>> &values, DashboardRange range);
    QLineSeries *series(int line) const { return m_lines.at(line); }

protected:
    void applyPalette() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // As many time labels as fit side by side, each still on a round time.
    void fitTicks();

    QList<QLineSeries *> m_lines;
    QList<QColor> m_colours;
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QString m_emptyText;
};

// p50 / p95 / p99 per flow as grouped bars on a logarithmic axis (10 ms and 10 s on one chart), drawn
// from a FlowLatencyModel.
class LatencyChart final : public DashboardChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyChart)

public:
    LatencyChart(QAbstractItemModel *model, QWidget *parent = nullptr);

protected:
    void applyPalette() override;

private:
    void sync();

    QAbstractItemModel *m_model;
    QBarSeries *m_bars;
    QStringList m_names; // p50, p95, p99
    QList<QBarSet *> m_sets; // one per name, rebuilt when the flows change
    QBarCategoryAxis *m_flows;
    QLogValueAxis *m_ms;
};

} // namespace Quayside::Ui
