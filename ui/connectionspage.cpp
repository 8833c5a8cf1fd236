#include "ui/connectionspage.h"

#include "core/config/connectiontester.h"
#include "core/security/secretvault.h"
#include "ui/accessgate.h"
#include "ui/statusline.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Quayside::Ui {

namespace {
using System = ConnectionSettings::System;

QLineEdit *field(QWidget *parent, const char *name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLineEdit *secretEdit(QWidget *parent, const char *name)
{
    QLineEdit *edit = field(parent, name);
    edit->setEchoMode(QLineEdit::Password);
    // Secrets never go to the clipboard or a context menu's undo history by accident.
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    return edit;
}

// Shown, selectable and copyable, but plainly not something to edit.
QLabel *readOnly(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}
} // namespace

ConnectionsPage::ConnectionsPage(SecretVault *vault, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_settings(settings)
    , m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("connectionsPage"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    auto *intro = new QLabel(tr("Where Shopify, Odoo and ShipBob are, and how Quayside signs in. Tokens and keys "
                                "go to this computer's keychain only; they are never shown again, written to "
                                "the store or logged."),
        content);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_sandbox = new QGroupBox(tr("Running on the sandbox"), content);
    m_sandbox->setObjectName(QStringLiteral("sandboxBox"));
    auto *sandboxLayout = new QFormLayout(m_sandbox);
    m_sandboxText = new QLabel(m_sandbox);
    m_sandboxText->setWordWrap(true);
    m_sandboxText->setText(
        tr("No systems of yours are connected yet, so Quayside works with simulated ones on this computer. To "
           "connect your own, fill in the three sections below, test each one and save; Quayside uses them from "
           "its next start. A server uses a configuration file instead (quayside --config, see "
           "docs/configuration.md)."));
    sandboxLayout->addRow(m_sandboxText);
    m_sandboxShopify = readOnly(m_sandbox, "sandboxShopify");
    m_sandboxOdoo = readOnly(m_sandbox, "sandboxOdoo");
    m_sandboxShipBob = readOnly(m_sandbox, "sandboxShipBob");
    sandboxLayout->addRow(tr("Shopify:"), m_sandboxShopify);
    sandboxLayout->addRow(tr("Odoo:"), m_sandboxOdoo);
    sandboxLayout->addRow(tr("ShipBob:"), m_sandboxShipBob);
    m_sandbox->hide();
    layout->addWidget(m_sandbox);

    auto *systems = new QHBoxLayout;
    systems->setSpacing(12);
    QFormLayout *form = nullptr;

    m_shopifyBox = makeSystemBox(System::Shopify, tr("Shopify"), &form);
    m_shopifyForm = form;
    m_shop = field(m_shopifyBox.box, "shopifyShop", tr("example.myshopify.com"));
    m_shopifyMode = new QComboBox(m_shopifyBox.box);
    m_shopifyMode->setObjectName(QStringLiteral("shopifyMode"));
    m_shopifyMode->addItem(tr("Admin API access token"));
    m_shopifyMode->addItem(tr("Client ID and secret"));
    m_shopifyMode->setToolTip(tr("Apps made in the Dev Dashboard sign in with a client ID and secret; older "
                                 "custom apps have a static access token (shpat_…)"));
    m_token = secretEdit(m_shopifyBox.box, "shopifyToken");
    m_clientId = field(m_shopifyBox.box, "shopifyClientId");
    m_clientSecret = secretEdit(m_shopifyBox.box, "shopifyClientSecret");
    m_apiVersion = field(m_shopifyBox.box, "shopifyApiVersion");
    form->addRow(tr("S&hop domain:"), m_shop);
    form->addRow(tr("Sign-&in:"), m_shopifyMode);
    form->addRow(tr("Access &token:"), m_token);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_clientSecret);
    form->addRow(tr("API &version:"), m_apiVersion);
    systems->addWidget(m_shopifyBox.box, 1);

    m_odooBox = makeSystemBox(System::Odoo, tr("Odoo"), &form);
    m_odooUrl = field(m_odooBox.box, "odooUrl", tr("https://erp.example.com"));
    m_odooDatabase = field(m_odooBox.box, "odooDatabase");
    m_odooLogin = field(m_odooBox.box, "odooLogin", tr("sync@example.com"));
    m_odooKey = secretEdit(m_odooBox.box, "odooApiKey");
    form->addRow(tr("&Address:"), m_odooUrl);
    form->addRow(tr("&Database:"), m_odooDatabase);
    form->addRow(tr("&User:"), m_odooLogin);
    form->addRow(tr("API &key:"), m_odooKey);
    systems->addWidget(m_odooBox.box, 1);

    m_shipbobBox = makeSystemBox(System::ShipBob, tr("ShipBob"), &form);
    m_shipbobUrl = field(m_shipbobBox.box, "shipbobUrl");
    m_channel = new QSpinBox(m_shipbobBox.box);
    m_channel->setObjectName(QStringLiteral("shipbobChannel"));
    m_channel->setRange(0, std::numeric_limits<int>::max());
    m_channel->setSpecialValueText(tr("not set"));
    m_channel->setToolTip(tr("The channel orders are created in; the test lists the token's channels"));
    m_shipbobToken = secretEdit(m_shipbobBox.box, "shipbobToken");
    form->addRow(tr("Add&ress:"), m_shipbobUrl);
    form->addRow(tr("&Channel ID:"), m_channel);
    form->addRow(tr("T&oken:"), m_shipbobToken);
    systems->addWidget(m_shipbobBox.box, 1);
    layout->addLayout(systems);

    auto *saveRow = new QHBoxLayout;
    m_saveStatus = new StatusLine(content);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_save = new QPushButton(tr("&Save"), content);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Keep these settings; secrets go to the keychain"));
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    saveRow->addWidget(m_saveStatus, 1);
    saveRow->addStretch(0); // keeps the button at the right while there is no status to show
    saveRow->addWidget(m_save, 0, Qt::AlignTop);
    layout->addLayout(saveRow);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_save, &QPushButton::clicked, this, [this] {
        AccessGate::run(m_gate, this, OperatorAction::ChangeConnections, [this] { save(); });
    });
    connect(m_shopifyMode, &QComboBox::currentIndexChanged, this, [this] {
        updateShopifyMode();
        updatePlaceholders();
    });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionsPage::showCheck);
    m_saved = ConnectionSettings::load(*m_settings);
    showSettings(m_saved);
}

ConnectionsPage::~ConnectionsPage() = default;

ConnectionsPage::SystemBox ConnectionsPage::makeSystemBox(System system, const QString &title, QFormLayout **form)
{
    SystemBox b;
    b.box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(b.box);
    *form = new QFormLayout;
    (*form)->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(*form);
    auto *row = new QHBoxLayout;
    b.test = new QPushButton(tr("Test connection"), b.box);
    b.busy = new QProgressBar(b.box);
    b.busy->setRange(0, 0); // no end known: it only shows that the test is running
    b.busy->setMaximumHeight(b.test->sizeHint().height() / 2);
    b.busy->setTextVisible(false);
    b.busy->hide();
    row->addWidget(b.test);
    row->addWidget(b.busy, 1);
    row->addStretch();
    layout->addLayout(row);
    b.result = new StatusLine(b.box);
    layout->addWidget(b.result);
    layout->addStretch(1);
    const char *names[] = { "shopify", "odoo", "shipbob" };
    const QString name = QLatin1String(names[int(system)]);
    b.box->setObjectName(name + QStringLiteral("Box"));
    b.test->setObjectName(name + QStringLiteral("Test"));
    b.busy->setObjectName(name + QStringLiteral("Busy"));
    b.result->setObjectName(name + QStringLiteral("Result"));
    connect(b.test, &QPushButton::clicked, this, [this, system] { test(system); });
    return b;
}

ConnectionsPage::SystemBox &ConnectionsPage::boxOf(System system)
{
    return system == System::Shopify ? m_shopifyBox : system == System::Odoo ? m_odooBox : m_shipbobBox;
}

void ConnectionsPage::showSandbox(const QJsonObject &endpoints)
{
    const auto part = [&](const char *system, const char *key) {
        return endpoints.value(QLatin1String(system)).toObject().value(QLatin1String(key)).toVariant().toString();
    };
    m_sandboxShopify->setText(tr("%1 · shop %2").arg(part("shopify", "url"), part("shopify", "shop")));
    m_sandboxOdoo->setText(
        tr("%1 · database %2 · user %3").arg(part("odoo", "url"), part("odoo", "db"), part("odoo", "user")));
    m_sandboxShipBob->setText(tr("%1 · channel %2").arg(part("shipbob", "url"), part("shipbob", "channelId")));
    m_sandbox->show();
}

ConnectionSettings ConnectionsPage::fromFields() const
{
    ConnectionSettings s = m_saved; // keeps what was stored in the keychain
    s.shopify.shop = m_shop->text().trimmed();
    s.shopify.clientCredentials = m_shopifyMode->currentIndex() == 1;
    s.shopify.clientId = m_clientId->text().trimmed();
    s.shopify.apiVersion = m_apiVersion->text().trimmed();
    if (s.shopify.clientCredentials != m_saved.shopify.clientCredentials)
        s.shopify.secretStored = false; // the stored secret belongs to the other way of signing in
    s.odoo.url = QUrl::fromUserInput(m_odooUrl->text().trimmed());
    if (m_odooUrl->text().trimmed().isEmpty())
        s.odoo.url = QUrl();
    s.odoo.database = m_odooDatabase->text().trimmed();
    s.odoo.login = m_odooLogin->text().trimmed();
    s.shipbob.url = QUrl::fromUserInput(m_shipbobUrl->text().trimmed());
    s.shipbob.channelId = m_channel->value();
    return s;
}

void ConnectionsPage::showSettings(const ConnectionSettings &s)
{
    m_shop->setText(s.shopify.shop);
    m_shopifyMode->setCurrentIndex(s.shopify.clientCredentials ? 1 : 0);
    m_clientId->setText(s.shopify.clientId);
    m_apiVersion->setText(s.shopify.apiVersion);
    m_odooUrl->setText(s.odoo.url.toString());
    m_odooDatabase->setText(s.odoo.database);
    m_odooLogin->setText(s.odoo.login);
    m_shipbobUrl->setText(s.shipbob.url.toString());
    m_channel->setValue(s.shipbob.channelId);
    updateShopifyMode();
    updatePlaceholders();
}

void ConnectionsPage::updateShopifyMode()
{
    const bool client = m_shopifyMode->currentIndex() == 1;
    m_shopifyForm->setRowVisible(m_token, !client);
    m_shopifyForm->setRowVisible(m_clientId, client);
    m_shopifyForm->setRowVisible(m_clientSecret, client);
}

void ConnectionsPage::updatePlaceholders()
{
    const ConnectionSettings s = fromFields();
    const auto mark = [this](QLineEdit *edit, bool stored) {
        edit->setPlaceholderText(stored ? tr("stored in the keychain") : tr("not stored yet"));
        edit->setToolTip(stored ? tr("Stored in the keychain. Type a new one to replace it.") : QString());
    };
    mark(m_token, s.shopify.secretStored && !s.shopify.clientCredentials);
    mark(m_clientSecret, s.shopify.secretStored && s.shopify.clientCredentials);
    mark(m_odooKey, s.odoo.apiKeyStored);
    mark(m_shipbobToken, s.shipbob.tokenStored);
}

QLineEdit *ConnectionsPage::secretField(System system) const
{
    switch (system) {
    case System::Shopify:
        return m_shopifyMode->currentIndex() == 1 ? m_clientSecret : m_token;
    case System::Odoo:
        return m_odooKey;
    case System::ShipBob:
        return m_shipbobToken;
    }
    return nullptr;
}

void ConnectionsPage::save()
{
    if (m_pendingWrites > 0)
        return;
    const ConnectionSettings s = fromFields();
    QList<QPair<QString, QLineEdit *>> secrets;
    for (System system : { System::Shopify, System::Odoo, System::ShipBob }) {
        QLineEdit *edit = secretField(system);
        if (!edit->text().isEmpty()) {
            const QString entry = system == System::Shopify ? s.shopifySecretEntry()
                : system == System::Odoo                    ? ConnectionSettings::OdooApiKeyEntry
                                                            : ConnectionSettings::ShipBobTokenEntry;
            secrets.append({ entry, edit });
        }
    }
    m_saved = s;
    m_writeFailures.clear();
    m_pendingWrites = int(secrets.size());
    m_save->setEnabled(false);
    if (secrets.isEmpty()) {
        finishSave({});
        return;
    }
    m_saveStatus->setStatus(StatusLine::Tone::Neutral, tr("Saving to the keychain…"));
    for (const auto &[entry, edit] : std::as_const(secrets)) {
        const QString value = edit->text();
        edit->clear(); // the field no longer holds the secret once it is on its way
        m_vault->write(entry, value, this, [this, entry](const QString &error) {
            if (error.isEmpty()) {
                if (entry == ConnectionSettings::OdooApiKeyEntry)
                    m_saved.odoo.apiKeyStored = true;
                else if (entry == ConnectionSettings::ShipBobTokenEntry)
                    m_saved.shipbob.tokenStored = true;
                else
                    m_saved.shopify.secretStored = true;
            } else {
                m_writeFailures << error;
            }
            if (--m_pendingWrites == 0)
                finishSave(m_writeFailures);
        });
    }
}

void ConnectionsPage::finishSave(const QStringList &failures)
{
    m_saved.save(*m_settings);
    m_save->setEnabled(true);
    updatePlaceholders();
    if (!failures.isEmpty()) {
        m_saveStatus->setStatus(StatusLine::Tone::Bad,
            tr("Saved, except for secrets the keychain did not take: %1").arg(failures.join(QLatin1String("; "))));
    } else if (m_settings->status() != QSettings::NoError) {
        m_saveStatus->setStatus(
            StatusLine::Tone::Bad, tr("The settings could not be written to %1.").arg(m_settings->fileName()));
    } else if (m_saved.isComplete()) {
        m_saveStatus->setStatus(
            StatusLine::Tone::Good, tr("Saved. Quayside connects to these systems from its next start."));
    } else {
        QStringList missing;
        const QString names[] = { tr("Shopify"), tr("Odoo"), tr("ShipBob") };
        for (System system : { System::Shopify, System::Odoo, System::ShipBob })
            if (const QStringList p = m_saved.problems(system); !p.isEmpty())
                missing << tr("%1: %2").arg(names[int(system)], p.join(QLatin1String(", ")));
        m_saveStatus->setStatus(StatusLine::Tone::Neutral,
            tr("Saved. Still needed before Quayside can use them: %1.").arg(missing.join(QLatin1String("; "))));
    }
    Q_EMIT saved();
}

void ConnectionsPage::test(System system)
{
    SystemBox &b = boxOf(system);
    if (b.busy->isVisible())
        return;
    b.test->setEnabled(false);
    b.busy->show();
    b.result->setStatus(StatusLine::Tone::Neutral, tr("Testing…"));
    const ConnectionSettings s = fromFields();
    const QString typed = secretField(system)->text();
    const bool stored = system == System::Shopify ? s.shopify.secretStored
        : system == System::Odoo                  ? s.odoo.apiKeyStored
                                                  : s.shipbob.tokenStored;
    if (!typed.isEmpty() || !stored) {
        runTest(system, s, typed);
        return;
    }
    const QString entry = system == System::Shopify ? s.shopifySecretEntry()
        : system == System::Odoo                    ? ConnectionSettings::OdooApiKeyEntry
                                                    : ConnectionSettings::ShipBobTokenEntry;
    m_vault->read(entry, this, [this, system, s](const std::optional<QString> &value, const QString &error) {
        if (!value && !error.isEmpty()) {
            ConnectionCheck c;
            c.system = system;
            c.outcome = ConnectionCheck::Outcome::Incomplete;
            c.message = tr("Not tested: %1").arg(error);
            showCheck(c);
            return;
        }
        runTest(system, s, value.value_or(QString()));
    });
}

void ConnectionsPage::runTest(System system, const ConnectionSettings &s, const QString &secret)
{
    switch (system) {
    case System::Shopify: {
        Connectors::ShopifyConfig c;
        c.shopDomain = s.shopify.shop;
        c.apiVersion = s.shopify.apiVersion.isEmpty() ? c.apiVersion : s.shopify.apiVersion;
        c.clientId = s.shopify.clientId;
        (s.shopify.clientCredentials ? c.clientSecret : c.accessToken) = secret;
        m_tester->testShopify(c);
        break;
    }
    case System::Odoo: {
        Connectors::OdooConfig c;
        c.baseUrl = s.odoo.url;
        c.database = s.odoo.database;
        c.login = s.odoo.login;
        c.apiKey = secret;
        m_tester->testOdoo(c);
        break;
    }
    case System::ShipBob: {
        Connectors::ShipBobConfig c;
        c.baseUrl = s.shipbob.url;
        c.channelId = s.shipbob.channelId;
        c.token = secret;
        m_tester->testShipBob(c);
        break;
    }
    }
}

void ConnectionsPage::showCheck(const ConnectionCheck &check)
{
    SystemBox &b = boxOf(check.system);
    b.busy->hide();
    b.test->setEnabled(true);
    using Outcome = ConnectionCheck::Outcome;
    const StatusLine::Tone tone = check.outcome == Outcome::Ok                            ? StatusLine::Tone::Good
        : check.outcome == Outcome::MissingScopes || check.outcome == Outcome::Incomplete ? StatusLine::Tone::Warning
                                                                                          : StatusLine::Tone::Bad;
    b.result->setStatus(tone, check.message);
    b.result->setToolTip(check.grantedScopes.isEmpty()
            ? QString()
            : tr("Permissions granted: %1").arg(check.grantedScopes.join(QLatin1String(", "))));
    Q_EMIT tested(check);
}

} // namespace Quayside::Ui
