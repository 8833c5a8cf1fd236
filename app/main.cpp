#include "app/heaptrimmer.h"
#include "app/shutdownsignals.h"
#include "core/config/connectionsettings.h"
#include "core/config/quaysideconfig.h"
#include "core/connectors/shipbob/shipbobclient.h"
#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/allflows.h"
#include "core/logging/logging.h"
#include "core/mapping/mappingcatalog.h"
#include "core/platform/appconfig.h"
#include "core/store/storecopier.h"
#include "core/webhooks/webhookreceiver.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/host/sandboxrunner.h"
#include "sandbox/host/trafficgenerator.h"
#include "ui/mainwindow.h"
#include "ui/mappingspage.h"
#include "ui/sandboxpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Quayside;

namespace {

struct Options
{
    bool headless = false;
    bool sandbox = false;
    bool attach = false;
    bool sandboxOnly = false;
    bool realisticLatency = false;
    QString page;
    QString mapping;
    QString trace;
    quint64 seed = 42;
    double ordersPerMinute = 12;
    QString dataDir;
    QString database;
    QString screenshot;
    int screenshotDelayMs = 2500;
    QString configFile;
    QString storeSecret;
    QString migrateFrom; // --migrate-store SRC DEST
    QString migrateTo;
};

bool wantsNoDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--sandbox-only" || a == "--store-secret" || a == "--migrate-store"
            || a == "--help" || a == "-h" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Operations console for Shopify, Odoo and fulfilment providers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(
        QStringLiteral("headless"), QCoreApplication::translate("main", "Run the sync engine without a window."));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"), QCoreApplication::translate("main", "Start on the built-in sandbox."));
    const QCommandLineOption attach(QStringLiteral("attach"),
        QCoreApplication::translate("main",
            "Console only: show the store's queue and act on it, and leave the work to the headless workers (the "
            "default for a PostgreSQL store without --config)."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder for the store and logs."),
        QStringLiteral("dir"));
    const QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("main",
            "Store: a SQLite path or postgresql://user@host:port/db (the password comes from PGPASSFILE or "
            "~/.pgpass)."),
        QStringLiteral("url"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to file, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("main", "Milliseconds to wait before --screenshot."),
        QStringLiteral("ms"),
        QStringLiteral("2500"));
    const QCommandLineOption sandboxOnly(QStringLiteral("sandbox-only"),
        QCoreApplication::translate("main", "Serve only the sandbox emulators, until stopped."));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("main", "Seed of the sandbox's world and traffic."),
        QStringLiteral("n"),
        QStringLiteral("42"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QCoreApplication::translate("main", "Sandbox orders per minute (0: none)."),
        QStringLiteral("orders-per-minute"));
    const QCommandLineOption realistic(QStringLiteral("realistic-latency"),
        QCoreApplication::translate("main", "Sandbox answers as slowly as the real services (Odoo's measured costs)."));
    const QCommandLineOption page(QStringLiteral("page"),
        QCoreApplication::translate("main",
            "Open on this page: dashboard, exceptions, trace, inventory, settlement, connections, schedules, audit, "
            "mappings or sandbox."),
        QStringLiteral("name"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
        QCoreApplication::translate("main",
            "With --page mappings: the mapping to show, e.g. shipbob/order/outbound (system/entity/direction)."),
        QStringLiteral("key"));
    const QCommandLineOption trace(QStringLiteral("trace"),
        QCoreApplication::translate(
            "main", "Open the order trace and search for this order name, e-mail or reference."),
        QStringLiteral("query"));
    const QCommandLineOption configFile(QStringLiteral("config"),
        QCoreApplication::translate("main", "Connect to the systems named in this file (docs/configuration.md)."),
        QStringLiteral("file"));
    const QCommandLineOption storeSecret(QStringLiteral("store-secret"),
        QCoreApplication::translate("main", "Read a secret from standard input into the keychain entry, then quit."),
        QStringLiteral("entry"));
    parser.addOptions({ page, mapping, trace });
    const QCommandLineOption migrateStore(QStringLiteral("migrate-store"),
        QCoreApplication::translate("main",
            "Copy the store SRC (a SQLite path or URL) into the new, empty store DEST given after it, check the "
            "copy, then quit."),
        QStringLiteral("src"));
    parser.addPositionalArgument(QStringLiteral("dest"),
        QCoreApplication::translate("main", "With --migrate-store: the store to copy into."),
        QStringLiteral("[dest]"));
    parser.addOptions({ configFile, storeSecret, migrateStore });
    parser.addOptions({ headless,
        sandbox,
        attach,
        sandboxOnly,
        seed,
        rate,
        realistic,
        dataDir,
        database,
        screenshot,
        screenshotDelay });
    parser.process(app);
    Options o;
    o.headless = parser.isSet(headless);
    o.sandbox = parser.isSet(sandbox);
    o.attach = parser.isSet(attach);
    o.dataDir = parser.value(dataDir);
    o.database = parser.value(database);
    o.screenshot = parser.value(screenshot);
    o.screenshotDelayMs = parser.value(screenshotDelay).toInt();
    o.sandboxOnly = parser.isSet(sandboxOnly);
    o.realisticLatency = parser.isSet(realistic);
    o.page = parser.value(page);
    o.mapping = parser.value(mapping);
    o.trace = parser.value(trace);
    o.configFile = parser.value(configFile);
    o.storeSecret = parser.value(storeSecret);
    if (parser.isSet(migrateStore)) {
        o.migrateFrom = parser.value(migrateStore);
        o.migrateTo = parser.positionalArguments().value(0);
    }
    o.seed = parser.value(seed).toULongLong();
    if (parser.isSet(rate))
        o.ordersPerMinute = parser.value(rate).toDouble();
    else if (o.sandboxOnly)
        o.ordersPerMinute = 0; // a bare sandbox for tests and tools: traffic only when asked
    return o;
}

void installTranslations(QCoreApplication &app)
{
    // Qt's own strings first, then ours; both follow the system locale.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(),
            QStringLiteral("qtbase"),
            QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // A locale we have no translation for (including "C") gets English, whose plural forms are in
    // quayside_en rather than in the source strings.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("quayside"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/quayside_en")))
        QCoreApplication::installTranslator(own);
}

// `quayside --sandbox-only`: the three emulators, nothing else. The first stdout line is what a client
// needs to connect; it serves until SIGTERM/SIGINT.
int runSandboxOnly(const Options &options)
{
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.seed = options.seed;
    sandboxOptions.ordersPerMinute = options.ordersPerMinute;
    sandboxOptions.realisticLatency = options.realisticLatency;
    Sandbox::SandboxHost host(sandboxOptions);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "quayside: %s\n", qPrintable(error));
        return 2;
    }
    const QByteArray line = QJsonDocument(host.endpoints()).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
    ShutdownSignals signalsWatcher;
    QObject::connect(&signalsWatcher, &ShutdownSignals::shutdownRequested, qApp, [] { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
}

// `quayside --store-secret ENTRY`: puts a secret into the OS keychain without it passing through a
// command line, a shell history or a file.
int storeSecretFromStdin(const QString &entry)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        std::fprintf(stderr, "quayside: cannot read standard input\n");
        return 2;
    }
    const QString value = QString::fromUtf8(in.readLine()).trimmed();
    if (value.isEmpty()) {
        std::fprintf(stderr, "quayside: no secret on standard input; nothing stored\n");
        return 2;
    }
    QString error;
    if (!SecretStore::writeToKeychain(entry, value, &error)) {
        std::fprintf(stderr, "quayside: %s\n", qPrintable(error));
        return 2;
    }
    std::fprintf(
        stdout, "Stored keychain entry %s (service %s)\n", qPrintable(entry), qPrintable(SecretStore::KeychainService));
    return 0;
}

// `quayside --migrate-store SRC DEST`: the whole store into another database (SQLite to PostgreSQL for
// team mode), checked row by row and along the audit chain.
int migrateStore(const QString &from, const QString &to)
{
    QString error;
    const auto source = from.isEmpty() ? std::nullopt : DatabaseConfig::fromUrl(from, &error);
    const auto target = to.isEmpty() ? std::nullopt : DatabaseConfig::fromUrl(to, &error);
    if (!source || !target) {
        std::fprintf(stderr,
            "quayside: %s\n",
            qPrintable(error.isEmpty() ? QStringLiteral("usage: quayside --migrate-store SRC DEST") : error));
        return 2;
    }
    StoreCopier::Report report;
    if (auto failure = StoreCopier::copy(*source, *target, &report)) {
        std::fprintf(stderr, "quayside: %s\n", qPrintable(failure->message));
        return 1;
    }
    for (const auto &table : std::as_const(report.tables))
        std::fprintf(stdout, "%-18s %lld rows\n", qPrintable(table.table), table.target);
    std::fprintf(stdout,
        "Copied %s to %s; row counts match and the audit chain (%lld entries) verifies.\n",
        qPrintable(source->describe()),
        qPrintable(target->describe()),
        report.auditEntries);
    return 0;
}

// The configuration file's schedules go into the store, where the running flows read them.
std::optional<StoreError> storeSchedules(const DatabaseConfig &database, const QuaysideConfig &config)
{
    if (config.schedules.isEmpty())
        return std::nullopt;
    const QString name = QStringLiteral("config-schedules");
    if (auto error = Database::openAndMigrate(database, name))
        return error;
    std::optional<StoreError> failure;
    {
        JobStore store(name, database.dialect);
        for (auto it = config.schedules.begin(); it != config.schedules.end() && !failure; ++it)
            failure = store.mergeState({ FlowSchedule::StateKind, it.key(), it.value().toStateFields() });
    }
    Database::close(name);
    return failure;
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless and sandbox-only runs must work on servers without a display.
    std::unique_ptr<QCoreApplication> app = wantsNoDisplay(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                                                       : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Quayside"));
    QCoreApplication::setApplicationName(QStringLiteral("Quayside"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUAYSIDE_VERSION));
    // How Wayland compositors and KDE find the window's icon and name in the installed desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.quayside.Quayside"));
    installTranslations(*app);
    const Options options = parse(*app);
    if (options.sandboxOnly)
        return runSandboxOnly(options);
    if (!options.storeSecret.isEmpty())
        return storeSecretFromStdin(options.storeSecret);
    if (!options.migrateFrom.isEmpty())
        return migrateStore(options.migrateFrom, options.migrateTo);
    std::optional<QuaysideConfig> fileConfig;
    std::optional<Connections> connections;
    if (!options.configFile.isEmpty()) {
        QString error;
        fileConfig = QuaysideConfig::load(options.configFile, &error);
        if (fileConfig)
            connections = fileConfig->connections(&error);
        if (!connections) {
            std::fprintf(stderr, "quayside: %s\n", qPrintable(error));
            return 2;
        }
    }
    const bool gui = qobject_cast<QApplication *>(app.get()) != nullptr;
    // Without a file, the console runs on the connections saved on its Connections page once they are
    // complete; their secrets come from the keychain, read once here.
    QString savedConnectionsProblem;
    if (gui && !fileConfig && !options.sandbox) {
        const ConnectionSettings saved = ConnectionSettings::load(QSettings());
        if (saved.isComplete()) {
            const QuaysideConfig config = saved.toConfig();
            connections = config.connections(&savedConnectionsProblem);
            if (connections)
                fileConfig = config;
        }
    }
    if (gui)
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quayside.svg")));

    const AppPaths paths
        = AppPaths::resolve(options.dataDir.isEmpty() && fileConfig ? fileConfig->dataDir : options.dataDir);
    QString pathError;
    const bool pathsOk = paths.ensureWritable(&pathError);
    Logging::Options logOptions;
    logOptions.directory = pathsOk ? paths.logDir : QString();
    Logging::install(logOptions);
    if (!savedConnectionsProblem.isEmpty())
        qCWarning(lcApp).noquote() << "The saved connections cannot be used, so the console runs on the sandbox:"
                                   << savedConnectionsProblem;
    if (!pathsOk) {
        qCCritical(lcApp).noquote() << pathError;
        std::fprintf(stderr, "quayside: %s\n", qPrintable(pathError));
        if (gui && options.screenshot.isEmpty())
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Quayside cannot start"), pathError);
        return 2;
    }

    EngineConfig config;
    QString urlError;
    const QString databaseUrl = options.database.isEmpty() && fileConfig ? fileConfig->database : options.database;
    const auto database = databaseUrl.isEmpty() ? std::optional(DatabaseConfig::sqlite(paths.defaultDatabase()))
                                                : DatabaseConfig::fromUrl(databaseUrl, &urlError);
    if (!database) {
        std::fprintf(stderr, "quayside: %s\n", qPrintable(urlError));
        return 2;
    }
    config.database = *database;
    // A console opened on a team store without connections of its own attaches to it: it must not take
    // the team's jobs to a sandbox of its own. It runs no lanes; the workers see its replays by polling.
    const bool attached = !options.headless
        && (options.attach || (database->dialect != Dialect::Sqlite && !connections && !options.sandbox));
    config.lanes = attached ? QList<LaneConfig>()
        : connections       ? defaultLanes(connections->odoo.maxConcurrent, connections->shipbobRequestsPerMinute)
                            : defaultLanes();
    // A headless engine without a configuration has no flows, so it must not queue their polls.
    if (!attached && (!options.headless || fileConfig))
        config.recurring = allRecurringJobs(
            connections.value_or(Connections()), fileConfig ? fileConfig->flowSettings : QJsonObject());
    config.actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("operator")));
    if (fileConfig)
        config.payloadRetentionDays = fileConfig->payloadRetentionDays;
    // The console keeps the audit log's head in the keychain (AuditAnchor). The headless worker runs as
    // admin (roles need a console) and leaves the anchor to the console of that machine.
    if (!options.headless)
        config.anchorVault = std::make_shared<KeychainVault>();
    auto registry = std::make_shared<StepRegistry>();
    if (fileConfig && !attached) {
        if (auto error = storeSchedules(*database, *fileConfig)) {
            std::fprintf(stderr, "quayside: %s\n", qPrintable(error->message));
            return 2;
        }
        registerAllFlows(*registry, *connections, fileConfig->flowSettings);
    }
    Engine engine(config, registry);

    // The webhook receiver, when configured: its own thread, started once the engine has the store ready.
    QThread webhookThread;
    webhookThread.setObjectName(QStringLiteral("webhooks"));
    if (fileConfig && fileConfig->webhooks.enabled && !attached) {
        QString error;
        const auto secret = fileConfig->webhookSecret(&error);
        const auto shipbobSecret = secret ? fileConfig->shipbobWebhookSecret(&error) : std::nullopt;
        if (!secret || !shipbobSecret) {
            std::fprintf(stderr, "quayside: %s\n", qPrintable(error));
            return 2;
        }
        WebhookReceiver::Settings settings;
        settings.address = QHostAddress(fileConfig->webhooks.listen);
        settings.port = fileConfig->webhooks.port;
        settings.secret = *secret;
        settings.shopDomain = fileConfig->shopify.shop;
        settings.shipbobSecret = *shipbobSecret;
        settings.shipbobSource = Connectors::ShipBobClient::sourceNameFor(fileConfig->shipbob.channelId);
        settings.database = *database;
        auto *receiver = new WebhookReceiver(settings);
        receiver->moveToThread(&webhookThread);
        QObject::connect(&webhookThread, &QThread::finished, receiver, &QObject::deleteLater);
        QObject::connect(receiver, &WebhookReceiver::recorded, &engine, &Engine::wakeLane);
        QObject::connect(&webhookThread, &QThread::started, receiver, [receiver] {
            QString why;
            if (!receiver->start(&why))
                qCCritical(lcApp).noquote() << "Webhooks are not received:" << why;
        });
        QObject::connect(&engine, &Engine::started, &webhookThread, [&webhookThread] { webhookThread.start(); });
    }

    HeapTrimmer heapTrimmer;
    int exitCode = 0;
    if (options.headless) {
        ShutdownSignals signalsWatcher;
        QObject::connect(&signalsWatcher, &ShutdownSignals::shutdownRequested, &engine, [&](int number) {
            qCInfo(lcApp) << "Signal" << number << "received: stopping";
            engine.stop();
        });
        QObject::connect(&engine, &Engine::stopped, app.get(), [] { QCoreApplication::exit(0); });
        QObject::connect(&engine, &Engine::failed, app.get(), [&](const QString &message) {
            std::fprintf(stderr, "quayside: %s\n", qPrintable(message));
            QCoreApplication::exit(3);
        });
        QObject::connect(&engine, &Engine::started, app.get(), [&] {
            qCInfo(lcApp).noquote() << "Headless engine running; stop with SIGTERM or Ctrl+C. Logs:" << paths.logDir;
            if (!connections)
                qCWarning(lcApp).noquote() << "No --config given: nothing is connected, so no flow runs";
        });
        engine.start();
        exitCode = app->exec();
    } else {
        Ui::MainWindow window(&engine);
        // Until connections are configured, the console runs on the built-in sandbox (also with --sandbox).
        std::unique_ptr<Sandbox::SandboxRunner> sandbox;
        const bool onSandbox = !attached && (options.sandbox || !connections);
        if (attached)
            window.showAttached(database->describe());
        if (onSandbox) {
            Sandbox::SandboxOptions sandboxOptions;
            sandboxOptions.seed = options.seed;
            sandboxOptions.ordersPerMinute = options.ordersPerMinute;
            sandboxOptions.realisticLatency = options.realisticLatency;
            sandboxOptions.productMissingInOdoo = true; // so a new user sees the exception queue at work
            // A sandbox "day" of Shopify Payments every two minutes, read every minute (unless the operator
            // stores a settlement schedule), so the Settlement page fills while one watches.
            sandboxOptions.payoutEveryMs = 120'000;
            // Some buyers collect at the Main Street store, and its team picks and hands over (or ships) in
            // Odoo every 20 seconds, so internal and pickup orders finish too.
            sandboxOptions.pickupShare = 0.2;
            sandboxOptions.storeTeamEveryMs = 20'000;
            sandbox = std::make_unique<Sandbox::SandboxRunner>(sandboxOptions);
            QObject::connect(sandbox.get(), &Sandbox::SandboxRunner::ready, &window, &Ui::MainWindow::showSandbox);
            // The flows need the sandbox's addresses; the engine starts once they are known.
            QObject::connect(sandbox.get(), &Sandbox::SandboxRunner::ready, &engine, [&](const QJsonObject &endpoints) {
                registerAllFlows(*registry,
                    Connections::fromSandbox(endpoints),
                    { { QStringLiteral("settlement"), QJsonObject { { QStringLiteral("pollIntervalMs"), 60'000 } } } });
                engine.start();
            });
            QObject::connect(
                sandbox.get(), &Sandbox::SandboxRunner::failed, &window, [&window](const QString &message) {
                    window.showSandboxProblem(message);
                });
            Ui::SandboxPage *panel = window.addSandboxPanel(options.ordersPerMinute);
            QObject::connect(panel,
                &Ui::SandboxPage::ordersPerMinuteChanged,
                sandbox.get(),
                &Sandbox::SandboxRunner::setOrdersPerMinute);
            QObject::connect(
                panel, &Ui::SandboxPage::faultsChanged, sandbox.get(), &Sandbox::SandboxRunner::setPanelFaults);
            QObject::connect(
                panel, &Ui::SandboxPage::takeDownRequested, sandbox.get(), &Sandbox::SandboxRunner::takeDown);
            sandbox->start();
        }
        if (connections && !onSandbox)
            window.mappingsPage()->setOdooConnection(connections->odoo); // the target fields (fields_get)
        window.show();
        if (!options.trace.isEmpty())
            window.showTrace(options.trace); // runs once the store is open
        else if (options.page == QLatin1String("exceptions"))
            window.showPage(Ui::MainWindow::ExceptionsPageIndex);
        else if (options.page == QLatin1String("trace"))
            window.showPage(Ui::MainWindow::TracePageIndex);
        else if (options.page == QLatin1String("inventory"))
            window.showPage(Ui::MainWindow::InventoryPageIndex);
        else if (options.page == QLatin1String("settlement"))
            window.showPage(Ui::MainWindow::SettlementPageIndex);
        else if (options.page == QLatin1String("sandbox"))
            window.showPage(Ui::MainWindow::SandboxPageIndex);
        else if (options.page == QLatin1String("connections"))
            window.showPage(Ui::MainWindow::ConnectionsPageIndex);
        else if (options.page == QLatin1String("schedules"))
            window.showPage(Ui::MainWindow::SchedulesPageIndex);
        else if (options.page == QLatin1String("audit"))
            window.showPage(Ui::MainWindow::AuditPageIndex);
        else if (options.page == QLatin1String("mappings"))
            window.showPage(Ui::MainWindow::MappingsPageIndex);
        for (const Mapping::MappingKey &key : Mapping::MappingCatalog::flowKeys())
            if (key.text() == options.mapping)
                window.mappingsPage()->setKey(key);
        if (!options.screenshot.isEmpty()) {
            QTimer::singleShot(options.screenshotDelayMs, &window, [&] {
                const bool saved = window.grab().save(options.screenshot);
                qCInfo(lcApp) << "Screenshot" << options.screenshot << (saved ? "saved" : "FAILED");
                QCoreApplication::exit(saved ? 0 : 4);
            });
        }
        if (!onSandbox)
            engine.start();
        exitCode = app->exec();
        engine.shutdown(); // before the sandbox goes away
    }
    webhookThread.quit();
    webhookThread.wait();
    engine.shutdown();
    Logging::shutdown();
    return exitCode;
}
