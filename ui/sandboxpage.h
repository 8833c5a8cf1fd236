#pragma once

#include <QWidget>

class QSpinBox;

namespace Quayside::Ui {

// The sandbox panel: how many generated shoppers order, and faults on each emulator, changed live so an
// operator can watch retries, the circuit breakers and the exception queue at work. It only says what
// was asked for; the application hands that to the sandbox's own thread.
class SandboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxPage)

public:
    explicit SandboxPage(double ordersPerMinute, QWidget *parent = nullptr);

Q_SIGNALS:
    void ordersPerMinuteChanged(double rate);
    // system: "shopify", "odoo" or "shipbob"; percentages of requests; milliseconds added to each answer.
    void faultsChanged(const QString &system, double errorPercent, double throttlePercent, int latencyMs);
    void takeDownRequested(const QString &system, int seconds);

private:
    QWidget *systemBox(const QString &system, const QString &title);
};

} // namespace Quayside::Ui
