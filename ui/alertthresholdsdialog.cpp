#include "ui/alertthresholdsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Quayside::Ui {

AlertThresholdsDialog::AlertThresholdsDialog(const AlertThresholds &thresholds, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Alert thresholds"));
    setObjectName(QStringLiteral("alertThresholdsDialog"));
    auto *form = new QFormLayout;
    const auto add = [&](DashboardAlert alert, const QString &label, const QString &suffix, int maximum) {
        auto *box = new QSpinBox(this);
        box->setRange(-1, maximum);
        box->setSpecialValueText(tr("Off")); // shown at -1
        box->setSuffix(suffix);
        box->setValue(int(std::min<qint64>(thresholds.limit(alert), maximum)));
        box->setObjectName(QStringLiteral("threshold%1").arg(int(alert)));
        form->addRow(label, box);
        m_fields.at(size_t(alert)) = box;
    };
    add(DashboardAlert::Exceptions, tr("&Exceptions above:"), tr(" jobs"), 100000);
    add(DashboardAlert::Latency, tr("p95 &latency above:"), tr(" s"), 3600);
    add(DashboardAlert::WaitingFor3pl, tr("Oldest order waiting for the &3PL above:"), tr(" min"), 7 * 24 * 60);
    add(DashboardAlert::Mismatches, tr("Inventory &mismatches above:"), tr(" SKUs"), 100000);
    add(DashboardAlert::UnmatchedPayouts, tr("&Unmatched payout transactions above:"), tr(" items"), 100000);

    auto *note = new QLabel(tr("A tile turns red and a desktop notification appears when its figure goes above "
                               "the limit. \"Off\" never alerts."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

AlertThresholds AlertThresholdsDialog::thresholds() const
{
    AlertThresholds t;
    for (DashboardAlert alert : kDashboardAlerts)
        t.setLimit(alert, m_fields.at(size_t(alert))->value());
    return t;
}

} // namespace Quayside::Ui
