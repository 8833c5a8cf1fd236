#include "ui/exceptionspage.h"

#include "core/engine/engine.h"
#include "core/engine/exceptioncausemodel.h"
#include "core/engine/exceptionfilterproxy.h"
#include "core/engine/exceptionmodel.h"
#include "core/engine/jobstore.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/replayplan.h"
#include "core/security/piimask.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace Quayside::Ui {

ExceptionsPage::ExceptionsPage(Engine *engine, const QString &connectionName, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_connectionName(connectionName)
    , m_model(new ExceptionModel(connectionName, this))
    , m_proxy(new ExceptionFilterProxy(this))
    , m_causes(new ExceptionCauseModel(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_system(new QComboBox(this))
    , m_flow(new QComboBox(this))
    , m_age(new QComboBox(this))
    , m_causeView(new QListView(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_note(new QLineEdit(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
    , m_replay(new QPushButton(tr("&Replay"), this))
    , m_resolve(new QPushButton(tr("Re&solve"), this))
    , m_skip(new QPushButton(tr("S&kip"), this))
    , m_trace(new QPushButton(tr("&Trace order"), this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(tr("Nothing is stuck. Orders that cannot go through by themselves appear here, with the "
                            "reason and what you can do."),
          this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("exceptionFilter"));
    m_filter->setPlaceholderText(tr("Filter by order or cause…"));
    m_filter->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("exceptionKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (ErrorClass kind : ExceptionModel::filterableKinds())
        m_kind->addItem(ExceptionModel::kindLabel(kind), toString(kind));
    m_system->setObjectName(QStringLiteral("exceptionSystem"));
    m_system->addItem(tr("All systems"), QString());
    m_system->addItem(tr("Shopify"), QStringLiteral("shopify"));
    m_system->addItem(tr("Odoo"), QStringLiteral("odoo"));
    m_system->addItem(tr("ShipBob"), QStringLiteral("shipbob"));
    m_flow->setObjectName(QStringLiteral("exceptionFlow"));
    m_flow->addItem(tr("All flows"), QString());
    m_flow->addItem(tr("Orders"), QStringLiteral("orders"));
    m_flow->addItem(tr("Stock and catalog"), QStringLiteral("inventory"));
    m_age->setObjectName(QStringLiteral("exceptionAge"));
    m_age->addItem(tr("Any age"), 0);
    m_age->addItem(tr("Stuck over an hour"), 3600 * 1000);
    m_age->addItem(tr("Stuck over a day"), 24 * 3600 * 1000);
    m_age->addItem(tr("Stuck over a week"), 7 * 24 * 3600 * 1000);
    m_causeView->setObjectName(QStringLiteral("exceptionCauses"));
    m_causeView->setModel(m_causes);
    m_causeView->setToolTip(tr("Exceptions grouped by cause: pick one to see only its orders"));
    // Causes are sentences: wrapped to the panel's width rather than scrolled sideways.
    m_causeView->setWordWrap(true);
    m_causeView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_causeView->setResizeMode(QListView::Adjust);
    m_causeView->setSpacing(2);

    m_view->setObjectName(QStringLiteral("exceptionsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ExceptionModel::SinceColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ExceptionModel::CauseColumn, QHeaderView::Stretch);

    m_detail->setObjectName(QStringLiteral("exceptionDetail"));
    m_detail->setOpenLinks(false);
    m_note->setObjectName(QStringLiteral("resolveNote"));
    m_note->setPlaceholderText(tr("How was it handled? (needed to resolve)"));
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_trace->setObjectName(QStringLiteral("traceButton"));
    m_trace->setToolTip(tr("Everything Quayside did for this order, across Shopify, Odoo and ShipBob (Ctrl+T)"));
    m_status->setObjectName(QStringLiteral("exceptionStatus"));
    m_empty->setObjectName(QStringLiteral("exceptionsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_flow);
    filters->addWidget(m_system);
    filters->addWidget(m_age);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_replay);
    actions->addSpacing(12);
    actions->addWidget(m_note, 1);
    actions->addWidget(m_resolve);
    actions->addWidget(m_skip);
    actions->addSpacing(12);
    actions->addWidget(m_trace);
    actions->addWidget(m_undo);

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_status);

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_empty, 1);

    m_causesBox = new QWidget(this);
    auto *causesBox = m_causesBox;
    auto *causesLayout = new QVBoxLayout(causesBox);
    causesLayout->setContentsMargins(0, 0, 0, 0);
    auto *causesTitle = new QLabel(tr("Causes"), this);
    causesTitle->setBuddy(m_causeView);
    causesLayout->addWidget(causesTitle);
    causesLayout->addWidget(m_causeView, 1);
    auto *listSplitter = new QSplitter(Qt::Horizontal, this);
    listSplitter->addWidget(causesBox);
    listSplitter->addWidget(tableBox);
    listSplitter->setStretchFactor(0, 1);
    listSplitter->setStretchFactor(1, 3);
    listSplitter->setSizes({ 260, 800 });
    listSplitter->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listSplitter);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 420, 260 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ExceptionFilterProxy::setTextFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setErrorClassFilter(m_kind->currentData().toString());
    });
    connect(m_system, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setLaneFilter(m_system->currentData().toString());
    });
    connect(m_flow, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFlowFilter(m_flow->currentData().toString());
    });
    connect(m_age, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumAge(m_age->currentData().toLongLong());
    });
    connect(m_causeView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &at) {
        if (at.isValid())
            m_proxy->setCauseFilter(at.data(ExceptionCauseModel::CauseRole).toString());
    });
    // A recount rebuilds the groups: keep the operator's cause picked, or show all once it is gone.
    connect(m_causes, &QAbstractItemModel::modelReset, this, [this] {
        int row = 0;
        for (int r = 1; r < m_causes->rowCount() && !m_proxy->causeFilter().isEmpty(); ++r)
            if (m_causes->index(r, 0).data(ExceptionCauseModel::CauseRole).toString() == m_proxy->causeFilter())
                row = r;
        m_causeView->setCurrentIndex(m_causes->index(row, 0));
        if (row == 0)
            m_proxy->setCauseFilter(QString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_note, &QLineEdit::textChanged, this, &ExceptionsPage::updateActions);
    connect(m_replay, &QPushButton::clicked, this, [this] { act(QStringLiteral("replay")); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { act(QStringLiteral("resolve")); });
    connect(m_skip, &QPushButton::clicked, this, [this] { act(QStringLiteral("skip")); });
    connect(m_note, &QLineEdit::returnPressed, m_resolve, &QPushButton::click);
    connect(m_trace, &QPushButton::clicked, this, &ExceptionsPage::requestTrace);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() != QLatin1String("quayside:reveal") || m_shown == 0)
            return;
        m_revealing = m_shown;
        m_engine->revealCustomerData(QStringLiteral("job:%1").arg(m_shown));
    });
    connect(m_view, &QTableView::doubleClicked, this, &ExceptionsPage::requestTrace);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this, this, &ExceptionsPage::requestTrace);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] {
        if (m_replay->isEnabled())
            act(QStringLiteral("replay"));
    });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this, [this] { m_filter->setFocus(); });
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Put the exceptions you just resolved or skipped back in the queue (Ctrl+Z)"));
    m_undo->setEnabled(false);
    const auto undo = [this] {
        if (m_undoable.isEmpty())
            return;
        m_engine->reopen(std::exchange(m_undoable, {}));
        m_undo->setEnabled(false);
        m_status->setText(tr("Working…"));
    };
    connect(m_undo, &QPushButton::clicked, this, undo);
    new QShortcut(QKeySequence::Undo, this, undo);
    connect(m_engine,
        &Engine::operatorActionFinished,
        this,
        [this](const QString &action, int changed, const QString &error) {
            static const QStringList ours {
                QStringLiteral("replay"), QStringLiteral("resolve"), QStringLiteral("skip"), QStringLiteral("reopen")
            };
            if (action == QLatin1String("reveal")) {
                // Shown only once the request is in the audit log.
                if (!error.isEmpty())
                    m_status->setText(tr("Customer details stay hidden: %1").arg(error));
                else if (changed == 1 && m_revealing == m_shown)
                    m_revealed = m_shown;
                m_revealing = 0;
                showDetail();
                return;
            }
            if (!ours.contains(action))
                return; // another page's action
            const bool undoable = error.isEmpty() && changed > 0 && action != QLatin1String("replay")
                && action != QLatin1String("reopen");
            m_undoable = undoable ? std::exchange(m_acting, {}) : QList<qint64>();
            m_undo->setEnabled(!m_undoable.isEmpty());
            if (!error.isEmpty()) {
                // Whole sentences per action, so that translations need not build them from a verb.
                const QString message = action == QLatin1String("replay") ? tr("Could not replay: %1")
                    : action == QLatin1String("resolve")                  ? tr("Could not mark as resolved: %1")
                    : action == QLatin1String("skip")                     ? tr("Could not skip: %1")
                                                                          : tr("Could not put back: %1");
                m_status->setText(message.arg(error));
            } else if (action == QLatin1String("replay"))
                m_status->setText(tr("%n exception(s) queued to run again.", nullptr, changed));
            else if (action == QLatin1String("reopen"))
                m_status->setText(tr("%n exception(s) back in the queue.", nullptr, changed));
            else
                m_status->setText(tr("%n exception(s) marked %1. Undo (Ctrl+Z) puts them back.", nullptr, changed)
                                      .arg(action == QLatin1String("resolve") ? tr("resolved") : tr("skipped")));
            refresh();
        });
    refresh();
    updateActions();
    showDetail();
}

ExceptionsPage::~ExceptionsPage() = default;

int ExceptionsPage::visibleCount() const
{
    return m_proxy->rowCount();
}

void ExceptionsPage::refresh()
{
    const int before = m_model->rowCount();
    m_model->refresh();
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    m_causesBox->setVisible(!empty);
    if (before != m_model->rowCount())
        Q_EMIT countChanged(m_model->rowCount());
    // The first time there is something to see, the detail pane shows it rather than an empty box;
    // afterwards the selection is the operator's.
    if (!m_firstShown && m_proxy->rowCount() > 0 && !m_view->selectionModel()->hasSelection()) {
        m_firstShown = true;
        m_view->selectRow(0);
    }
}

QList<qint64> ExceptionsPage::selectedJobIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(ExceptionModel::JobIdRole).toLongLong();
    return ids;
}

void ExceptionsPage::updateActions()
{
    const bool any = !selectedJobIds().isEmpty();
    // The engine refuses too; greying says it before the click, and the tooltip says why.
    const bool mayAct = permits(m_engine->role(), OperatorAction::Replay);
    const QString needs = tr("Needs the operator role: this console is in viewer mode");
    m_replay->setEnabled(any && mayAct);
    m_skip->setEnabled(any && mayAct);
    m_resolve->setEnabled(any && mayAct && !m_note->text().trimmed().isEmpty());
    m_replay->setToolTip(mayAct ? tr("Run the step again with today's mappings and data (Ctrl+R)") : needs);
    m_resolve->setToolTip(mayAct ? tr("Mark as handled outside Quayside; the note is kept in the audit log") : needs);
    m_skip->setToolTip(mayAct ? tr("Leave this step out; later steps of the same order can go on") : needs);
    m_note->setEnabled(mayAct);
    m_trace->setEnabled(m_view->selectionModel()->selectedRows().size() == 1);
}

void ExceptionsPage::applyRole()
{
    updateActions();
    if (!permits(m_engine->role(), OperatorAction::RevealCustomerData))
        m_revealed = 0;
    showDetail();
}

void ExceptionsPage::requestTrace()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const JobRecord job = m_model->job(m_proxy->mapToSource(rows.first()).row());
    // The partition names the order exactly; the order name is the fallback for jobs outside it.
    const QString orderPartition = OrderJobs::partitionFor(QString());
    Q_EMIT traceRequested(
        job.partitionKey.startsWith(orderPartition) ? job.partitionKey.mid(orderPartition.size()) : job.correlationId);
}

void ExceptionsPage::act(const QString &action)
{
    const QList<qint64> ids = selectedJobIds();
    if (ids.isEmpty())
        return;
    if (action == QLatin1String("replay"))
        m_engine->replay(ids);
    else if (action == QLatin1String("resolve"))
        m_engine->resolve(ids, m_note->text().trimmed());
    else
        m_engine->skip(ids, m_note->text().trimmed());
    m_acting = ids;
    m_note->clear();
    m_status->setText(tr("Working…"));
}

QString ExceptionsPage::replayPreview(const QList<JobRecord> &jobs, bool oneJob) const
{
    // Bulk: one line per step, read without payloads (the list holds none).
    QMap<QString, int> perStep;
    for (const JobRecord &job : jobs)
        ++perStep[job.step];
    QString items;
    for (auto it = perStep.cbegin(); it != perStep.cend(); ++it) {
        const QJsonObject payload = oneJob ? QJsonDocument::fromJson(jobs.first().payload).object() : QJsonObject();
        const QList<PlannedWrite> writes = ReplayPlan::forStep(it.key(), payload);
        const QString count = oneJob ? QString() : tr("%n × ", nullptr, it.value());
        if (writes.isEmpty())
            items += tr("<li>%1%2: reads only; writes nothing in Shopify, Odoo or ShipBob.</li>")
                         .arg(count, it.key().toHtmlEscaped());
        for (const PlannedWrite &w : writes)
            items += QStringLiteral("<li>%1<b>%2</b>: %3<br><i>%4</i></li>")
                         .arg(count, w.system.toHtmlEscaped(), w.change.toHtmlEscaped(), w.guard.toHtmlEscaped());
    }
    return tr("<h4>Replay will</h4><ul>%1</ul>").arg(items);
}

void ExceptionsPage::showDetail()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_shown = m_revealed = 0;
        if (rows.isEmpty()) {
            m_detail->setHtml(tr("<p style=\"color:gray\">Select an exception to see why it stopped, its attempts "
                                 "and its data. Select several to act on all of them.</p>"));
            return;
        }
        QList<JobRecord> jobs;
        for (const QModelIndex &row : rows)
            jobs << m_model->job(m_proxy->mapToSource(row).row());
        m_detail->setHtml(
            tr("<p>%1 exceptions selected: Replay, Resolve and Skip apply to all of them.</p>").arg(rows.size())
            + replayPreview(jobs, false));
        return;
    }
    const int sourceRow = m_proxy->mapToSource(rows.first()).row();
    JobStore store(m_connectionName, Database::dialectOf(Database::connection(m_connectionName)));
    // The list holds no payloads; the one shown is read here.
    const JobRecord job = store.job(m_model->job(sourceRow).id).value_or(m_model->job(sourceRow));
    if (job.id != m_shown)
        m_revealed = 0; // another job: its details are masked until asked for
    m_shown = job.id;
    QString attempts;
    for (const JobAttempt &a : store.attempts(job.id))
        attempts
            += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(a.attempt)
                   .arg(QDateTime::fromMSecsSinceEpoch(a.finishedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       a.outcome.toHtmlEscaped(),
                       a.message.toHtmlEscaped());
    // Customer data stays masked unless the operator asks, and asking is audited.
    const QJsonObject raw = QJsonDocument::fromJson(job.payload).object();
    const bool revealed = m_revealed == job.id;
    const QJsonObject shown = revealed ? raw : PiiMask::mask(raw).toObject();
    const QString payload = QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
    const QString dataTitle = revealed ? tr("<h4>Data (customer details shown; recorded in the audit log)</h4>")
        : permits(m_engine->role(), OperatorAction::RevealCustomerData)
        ? tr("<h4>Data (customer details masked) · <a href=\"quayside:reveal\">Show customer details</a></h4>")
        : tr("<h4>Data (customer details masked; showing them needs the operator role)</h4>");
    m_detail->setHtml(tr("<h3>%1</h3><p><b>Why:</b> %2</p><p><b>Step:</b> %3 / %4 on %5 · <b>attempts:</b> %6</p>")
                          .arg(job.correlationId.toHtmlEscaped(),
                              (revealed ? job.errorMessage : PiiMask::maskEmailsIn(job.errorMessage)).toHtmlEscaped(),
                              job.flow.toHtmlEscaped(),
                              job.step.toHtmlEscaped(),
                              job.lane.toHtmlEscaped())
                          .arg(job.attempts)
        + replayPreview({ job }, true) + tr("<h4>Attempts</h4><table cellspacing=6>%1</table>").arg(attempts)
        + dataTitle + QStringLiteral("<pre>%1</pre>").arg(payload.toHtmlEscaped()));
}

} // namespace Quayside::Ui
