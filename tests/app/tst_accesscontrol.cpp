#include "core/engine/engine.h"
#include "core/engine/exceptionmodel.h"
#include "core/security/accesssession.h"
#include "core/security/adminpassphrase.h"
#include "core/security/auditlog.h"
#include "core/security/roles.h"
#include "core/security/secretvault.h"
#include "ui/accessgate.h"
#include "ui/alertthresholdsdialog.h"
#include "ui/dashboardpage.h"
#include "ui/exceptionspage.h"
#include "ui/mainwindow.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "uitestsupport.h"

using namespace Quayside;
using UiTestSupport::child;
using UiTestSupport::typeInto;

namespace {

class RefusedStep final : public StepHandler
{
public:
    void run(const JobRecord &job, StepCallback done) override
    {
        done(StepResult::failure(ErrorClass::Business, QStringLiteral("Order %1: unknown SKU").arg(job.correlationId)));
    }
};

// A console on its own store and settings, with exceptions to act on; the keychain is a MemoryVault.
struct Console
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Engine> engine;
    MemoryVault *vault = nullptr;
    std::unique_ptr<Ui::MainWindow> window;

    // `passphrase`: an admin passphrase already set on this computer.
    explicit Console(const QString &baseRole, const QString &passphrase = {})
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("q.ini")), QSettings::IniFormat);
        settings->setValue(QStringLiteral("access/baseRole"), baseRole);
        auto registry = std::make_shared<StepRegistry>();
        registry->add(QStringLiteral("orders"), QStringLiteral("create_sale_order"), [](const StepEnvironment &) {
            return std::make_unique<RefusedStep>();
        });
        EngineConfig config;
        config.database = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("x.sqlite")));
        LaneConfig lane;
        lane.name = QStringLiteral("odoo");
        lane.idlePollMs = 20;
        config.lanes = { lane };
        config.actor = QStringLiteral("desk@example.com");
        engine = std::make_unique<Engine>(config, registry);
        auto memory = std::make_unique<MemoryVault>();
        vault = memory.get();
        if (!passphrase.isEmpty())
            vault->entries.insert(AdminPassphrase::vaultEntry(), AdminPassphrase::digest(passphrase));
        window = std::make_unique<Ui::MainWindow>(engine.get(), std::move(memory), settings.get());
        window->show();
        engine->start();
    }

    ~Console()
    {
        window.reset();
        engine.reset();
    }

    void addException()
    {
        NewJob j;
        j.flow = QStringLiteral("orders");
        j.step = QStringLiteral("create_sale_order");
        j.lane = QStringLiteral("odoo");
        j.partitionKey = QStringLiteral("order:1");
        j.correlationId = QStringLiteral("#1001");
        j.payload = QJsonDocument(QJsonObject { { QStringLiteral("email"), QStringLiteral("ada@example.com") } })
                        .toJson(QJsonDocument::Compact);
        engine->enqueue({ j });
    }

    QStringList auditActions()
    {
        QStringList out;
        const QString c = QStringLiteral("auditcheck");
        if (!QSqlDatabase::contains(c) && Database::open(engine->config().database, c))
            return out;
        for (const AuditEntry &e : AuditLog::entries(QSqlDatabase::database(c), 1000))
            out.prepend(e.action); // oldest first
        return out;
    }
};

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestAccessControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Database::close(QStringLiteral("auditcheck")); }

    // A viewer sees the exception, masked, with the actions greyed and the reason in their tooltips;
    // the engine refuses a replay asked for anyway.
    void viewerCannotReplay()
    {
        Console console(QStringLiteral("viewer"));
        QTRY_VERIFY_WITH_TIMEOUT(console.window->exceptionsPage() != nullptr, 10000);
        QCOMPARE(toString(console.engine->role()), toString(Role::Viewer));
        console.addException();
        Ui::ExceptionsPage *page = console.window->exceptionsPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 10000);
        console.window->showPage(Ui::MainWindow::ExceptionsPageIndex);
        auto *view = child<QTableView>(page, "exceptionsView");
        view->selectRow(0);
        auto *replay = child<QPushButton>(page, "replayButton");
        auto *skip = child<QPushButton>(page, "skipButton");
        QVERIFY(!replay->isEnabled());
        QVERIFY(!skip->isEnabled());
        QVERIFY(replay->toolTip().contains(QStringLiteral("operator role")));
        auto *detail = child<QTextBrowser>(page, "exceptionDetail");
        QVERIFY(!detail->toPlainText().contains(QStringLiteral("ada@example.com")));
        QVERIFY(!detail->toHtml().contains(QStringLiteral("quayside:reveal")));
        QCOMPARE(console.window->accessIndicator()->text(), QStringLiteral("Viewer"));

        QSignalSpy answers(console.engine.get(), &Engine::operatorActionFinished);
        console.engine->replay({ page->model()->index(0, 0).data(ExceptionModel::JobIdRole).toLongLong() });
        QVERIFY(answers.wait(5000));
        QVERIFY(isPermissionDenied(answers.first().at(2).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(console.auditActions().contains(QStringLiteral("access.denied")), 5000);
        QCOMPARE(page->model()->rowCount(), 1);
    }

    // An operator's admin action asks for the passphrase (first run: chooses one), then runs; the
    // elevation and the change are in the audit log; Lock ends it.
    void adminActionAsksForThePassphrase()
    {
        Console console(QStringLiteral("operator"));
        QTRY_VERIFY_WITH_TIMEOUT(console.engine->state() == Engine::State::Running, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(console.window->access()->isLoaded(), 5000);
        Ui::MainWindow &window = *console.window;
        QCOMPARE(toString(console.engine->role()), toString(Role::Operator));
        auto *edit = child<QPushButton>(window.dashboardPage(), "editThresholds");
        edit->click();
        Ui::PassphraseDialog *dialog = window.accessGate()->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isSettingPassphrase());
        QVERIFY(!window.findChild<Ui::AlertThresholdsDialog *>()); // not before the passphrase
        typeInto(child<QLineEdit>(dialog, "passphrase"), QStringLiteral("harbour-master-7"));
        typeInto(child<QLineEdit>(dialog, "passphraseConfirm"), QStringLiteral("harbour-master-6"));
        okButton(dialog)->click();
        QVERIFY(dialog->errorText().contains(QStringLiteral("differ")));
        typeInto(child<QLineEdit>(dialog, "passphrase"), QStringLiteral("harbour-master-7"));
        typeInto(child<QLineEdit>(dialog, "passphraseConfirm"), QStringLiteral("harbour-master-7"));
        okButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Ui::AlertThresholdsDialog *>() != nullptr, 15000);
        QCOMPARE(toString(console.engine->role()), toString(Role::Admin));
        QVERIFY(window.accessIndicator()->text().startsWith(QStringLiteral("Admin")));
        QVERIFY(AdminPassphrase::matches(
            QStringLiteral("harbour-master-7"), console.vault->entries.value(AdminPassphrase::vaultEntry())));
        auto *thresholds = window.findChild<Ui::AlertThresholdsDialog *>();
        thresholds->accept();
        QTRY_VERIFY_WITH_TIMEOUT(console.auditActions().contains(QStringLiteral("alerts.change")), 5000);
        const QStringList actions = console.auditActions();
        QVERIFY(actions.indexOf(QStringLiteral("access.passphrase_set")) >= 0);
        QVERIFY(actions.indexOf(QStringLiteral("access.elevate")) < actions.indexOf(QStringLiteral("alerts.change")));

        // While admin, the next admin action asks nothing.
        edit->click();
        QVERIFY(!window.accessGate()->dialog());
        QTRY_VERIFY_WITH_TIMEOUT(window.findChildren<Ui::AlertThresholdsDialog *>().size() == 1, 5000);
        window.findChild<Ui::AlertThresholdsDialog *>()->reject();

        child<QPushButton>(window.accessIndicator(), "accessLock")->click();
        QCOMPARE(toString(console.engine->role()), toString(Role::Operator));
        QCOMPARE(window.accessIndicator()->text(), QStringLiteral("Operator"));
        QTRY_VERIFY_WITH_TIMEOUT(console.auditActions().contains(QStringLiteral("access.lock")), 5000);
    }

    // Wrong passphrases are audited and, after three, further attempts have to wait.
    void wrongPassphrasesAreAuditedAndLockOut()
    {
        Console console(QStringLiteral("operator"), QStringLiteral("harbour-master-7"));
        QTRY_VERIFY_WITH_TIMEOUT(console.engine->state() == Engine::State::Running, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(console.window->access()->isLoaded(), 5000);
        Ui::MainWindow &window = *console.window;
        child<QPushButton>(window.accessIndicator(), "accessUnlock")->click();
        Ui::PassphraseDialog *dialog = window.accessGate()->dialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->isSettingPassphrase());
        for (int i = 1; i <= AccessSession::kFreeAttempts; ++i) {
            typeInto(child<QLineEdit>(dialog, "passphrase"), QStringLiteral("guess-%1-harbour").arg(i));
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().startsWith(QStringLiteral("Wrong passphrase")), 15000);
        }
        QVERIFY(dialog->errorText().contains(QStringLiteral("wait")));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(toString(console.engine->role()), toString(Role::Operator));
        QTRY_COMPARE_WITH_TIMEOUT(
            console.auditActions().count(QStringLiteral("access.elevate_failed")), AccessSession::kFreeAttempts, 5000);
        QVERIFY(!console.auditActions().contains(QStringLiteral("access.elevate")));
        dialog->reject();
    }
};

QTEST_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
