#include "ui/auditpage.h"

#include "core/security/auditlogmodel.h"
#include "ui/statusline.h"
#include "ui/tableviews.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace Quayside::Ui {

AuditPage::AuditPage(DatabaseConfig database, const QString &connectionName, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_connectionName(connectionName)
    , m_model(new AuditLogModel(connectionName, 200, this))
    , m_action(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_typing(new QTimer(this))
    , m_view(new QTableView(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_count(new QLabel(this))
    , m_status(new StatusLine(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Filter by order, job, note or value…"));
    m_text->setClearButtonEnabled(true);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save every entry the filter shows, oldest first, as a CSV file"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    setUpListView(m_view);
    // Fixed widths: sizing to contents would read every row, which defeats reading them a page at a time.
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(
        AuditLogModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 24);
    header->resizeSection(AuditLogModel::ActorColumn, metrics.horizontalAdvance(QLatin1Char('M')) * 10);
    header->resizeSection(AuditLogModel::ActionColumn, metrics.horizontalAdvance(QLatin1Char('M')) * 12);
    header->resizeSection(AuditLogModel::TargetColumn, metrics.horizontalAdvance(QLatin1Char('M')) * 12);
    header->resizeSection(AuditLogModel::NoteColumn, metrics.horizontalAdvance(QLatin1Char('M')) * 26);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250); // one query when the operator pauses, not one per key

    auto *filters = new QHBoxLayout;
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    auto *actorLabel = new QLabel(tr("&Who:"), this);
    actorLabel->setBuddy(m_actor);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(actorLabel);
    filters->addWidget(m_actor);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_export);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_count, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    updateChoices();
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateCount);
    connect(this, &AuditPage::exportFinished, this, [this](bool ok, const QString &message) {
        m_export->setEnabled(true);
        m_status->setStatus(ok ? StatusLine::Tone::Good : StatusLine::Tone::Bad, message);
    });
    m_model->reload();
}

AuditPage::~AuditPage()
{
    if (m_exportThread)
        m_exportThread->wait(); // the export holds its own connection; let it finish and close it
}

void AuditPage::refresh()
{
    m_model->refresh();
    updateChoices();
}

void AuditPage::updateChoices()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;
    const auto fill = [&](QComboBox *box, const QString &column, const QString &all, bool labels) {
        const QStringList values = AuditLog::distinctValues(db, column);
        if (box->count() == values.size() + 1)
            return; // unchanged: rebuilding would lose the keyboard position
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(labels ? AuditLogModel::actionLabel(v) : v, v);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_action, QStringLiteral("action"), tr("All actions"), true);
    fill(m_actor, QStringLiteral("actor"), tr("Everyone"), false);
}

void AuditPage::applyFilter()
{
    m_typing->stop();
    m_model->setFilter({ m_action->currentData().toString(), m_actor->currentData().toString(), m_text->text() });
}

void AuditPage::updateCount()
{
    const QLocale locale;
    const int rows = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({})
            ? tr("%1 newest entries shown; scroll for more").arg(locale.toString(rows))
            : tr("%n entries", nullptr, rows));
}

void AuditPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this,
        tr("Export the audit log"),
        QDir::home().filePath(QStringLiteral("quayside-audit.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditPage::exportTo(const QString &path)
{
    if (m_exportThread)
        return;
    m_export->setEnabled(false);
    m_status->setStatus(StatusLine::Tone::Neutral, tr("Exporting…"));
    const AuditFilter filter = m_model->filter();
    m_exportThread = QThread::create([this, database = m_database, filter, path] {
        QString error;
        const bool ok = AuditLog::exportCsv(database, filter, path, &error);
        const QString message
            = ok ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : tr("The export failed: %1").arg(error);
        QMetaObject::invokeMethod(
            this, [this, ok, message] { Q_EMIT exportFinished(ok, message); }, Qt::QueuedConnection);
    });
    connect(m_exportThread, &QThread::finished, this, [this] {
        m_exportThread->deleteLater();
        m_exportThread = nullptr;
    });
    m_exportThread->start();
}

} // namespace Quayside::Ui
