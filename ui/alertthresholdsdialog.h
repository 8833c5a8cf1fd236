#pragma once

#include "core/telemetry/dashboardalerts.h"

#include <QDialog>

#include <array>

class QSpinBox;

namespace Quayside::Ui {

// Edits the dashboard's alert thresholds: one spin box per alert, "Off" below zero. Every field has a
// mnemonic, Enter saves and Escape cancels.
class AlertThresholdsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertThresholdsDialog)

public:
    explicit AlertThresholdsDialog(const AlertThresholds &thresholds, QWidget *parent = nullptr);

    AlertThresholds thresholds() const;
    QSpinBox *field(DashboardAlert alert) const { return m_fields.at(size_t(alert)); }

private:
    std::array<QSpinBox *, kDashboardAlerts.size()> m_fields {};
};

} // namespace Quayside::Ui
