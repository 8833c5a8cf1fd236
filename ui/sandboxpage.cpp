#include "ui/sandboxpage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Quayside::Ui {

namespace {
constexpr int kOutageSeconds = 30;

QSpinBox *spin(QWidget *parent, int maximum, const QString &suffix, const QString &objectName)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setObjectName(objectName);
    box->setAccelerated(true);
    return box;
}
} // namespace

SandboxPage::SandboxPage(double ordersPerMinute, QWidget *parent)
    : QWidget(parent)
{
    auto *intro = new QLabel(tr("Everything here is simulated on this computer. Change how busy the shop is, "
                                "or make a system misbehave, and watch Quayside cope: retries and the lanes' "
                                "health on the dashboard, failures in the exception queue. Faults apply at "
                                "once; set them back to 0 to stop."),
        this);
    intro->setWordWrap(true);

    auto *rate = spin(this, 600, tr(" orders/min"), QStringLiteral("sandboxRate"));
    rate->setValue(qRound(ordersPerMinute));
    rate->setSingleStep(10);
    connect(rate, &QSpinBox::valueChanged, this, [this](int value) { Q_EMIT ordersPerMinuteChanged(value); });
    auto *shoppers = new QGroupBox(tr("Shoppers"), this);
    auto *shoppersForm = new QFormLayout(shoppers);
    shoppersForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    shoppersForm->addRow(tr("&Orders per minute:"), rate);

    auto *systems = new QHBoxLayout;
    systems->setSpacing(12);
    systems->addWidget(systemBox(QStringLiteral("shopify"), tr("Shopify")));
    systems->addWidget(systemBox(QStringLiteral("odoo"), tr("Odoo")));
    systems->addWidget(systemBox(QStringLiteral("shipbob"), tr("ShipBob")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(shoppers);
    layout->addLayout(systems);
    layout->addStretch(1);
}

QWidget *SandboxPage::systemBox(const QString &system, const QString &title)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(system + QLatin1String("Faults"));
    auto *errors = spin(box, 100, QStringLiteral(" %"), system + QLatin1String("Errors"));
    auto *throttled = spin(box, 100, QStringLiteral(" %"), system + QLatin1String("Throttled"));
    auto *latency = spin(box, 10000, tr(" ms"), system + QLatin1String("Latency"));
    latency->setSingleStep(100);
    errors->setToolTip(tr("Share of requests answered with a server error (503)"));
    throttled->setToolTip(tr("Share of requests refused as over the rate limit (429 / THROTTLED)"));
    latency->setToolTip(tr("Added to every answer"));
    const auto changed = [this, system, errors, throttled, latency] {
        Q_EMIT faultsChanged(system, errors->value(), throttled->value(), latency->value());
    };
    for (QSpinBox *s : { errors, throttled, latency })
        connect(s, &QSpinBox::valueChanged, this, changed);
    auto *outage = new QPushButton(tr("Take down for %1 s").arg(kOutageSeconds), box);
    outage->setObjectName(system + QLatin1String("Outage"));
    outage->setToolTip(tr("Every request fails for %1 seconds, as in a real outage").arg(kOutageSeconds));
    connect(outage, &QPushButton::clicked, this, [this, system] { Q_EMIT takeDownRequested(system, kOutageSeconds); });
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Server &errors:"), errors);
    form->addRow(tr("&Throttled:"), throttled);
    form->addRow(tr("Added &latency:"), latency);
    form->addRow(outage);
    return box;
}

} // namespace Quayside::Ui
