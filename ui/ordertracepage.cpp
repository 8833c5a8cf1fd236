#include "ui/ordertracepage.h"

#include "core/store/database.h"
#include "core/telemetry/ordertrace.h"
#include "core/telemetry/ordertracemodel.h"
#include "ui/accessgate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Quayside::Ui {

namespace {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab moves on to the next part of the page, arrows move in the table
}

} // namespace

OrderTracePage::OrderTracePage(const QString &connectionName, QWidget *parent)
    : QWidget(parent)
    , m_trace(std::make_unique<OrderTrace>(connectionName, Database::dialectOf(Database::connection(connectionName))))
    , m_timeline(new OrderTraceModel(this))
    , m_matches(new OrderMatchModel(this))
    , m_query(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_reveal(new QCheckBox(tr("Show &customer data"), this))
    , m_forget(new QPushButton(tr("&Forget customer…"), this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_matchView(new QTableView(this))
    , m_timelineView(new QTableView(this))
    , m_detail(new QTextBrowser(this))
{
    m_query->setObjectName(QStringLiteral("traceQuery"));
    m_query->setPlaceholderText(tr("Order name (#1001), customer e-mail, Odoo or ShipBob reference…"));
    m_query->setClearButtonEnabled(true);
    m_searchButton->setObjectName(QStringLiteral("traceSearch"));
    m_reveal->setObjectName(QStringLiteral("traceReveal"));
    m_reveal->setToolTip(tr("Show customers' names, e-mails, phones and addresses unmasked (recorded in the "
                            "audit log)"));
    m_forget->setObjectName(QStringLiteral("traceForget"));
    m_forget->setToolTip(tr("Erase this customer's names, e-mails, phones and addresses from Quayside's store, as "
                            "a customer's erasure request requires"));
    m_forget->hide();

    m_summary->setObjectName(QStringLiteral("traceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();

    m_empty->setObjectName(QStringLiteral("traceEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_matchView->setObjectName(QStringLiteral("traceMatches"));
    m_matchView->setModel(m_matches);
    setUpTable(m_matchView);
    m_matchView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matchView->horizontalHeader()->setStretchLastSection(true);

    m_timelineView->setObjectName(QStringLiteral("traceTimeline"));
    m_timelineView->setModel(m_timeline);
    setUpTable(m_timelineView);
    QHeaderView *header = m_timelineView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OrderTraceModel::DetailsColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    m_timelineView->verticalHeader()->setDefaultSectionSize(m_timelineView->fontMetrics().height() + 8);

    m_detail->setObjectName(QStringLiteral("traceDetail"));
    m_detail->setOpenLinks(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(m_searchButton);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_reveal);
    searchRow->addWidget(m_forget);

    m_splitter->addWidget(m_matchView);
    m_splitter->addWidget(m_timelineView);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({ 110, 300, 200 });
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addLayout(searchRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_empty, 1);

    setTabOrder(m_query, m_searchButton);
    setTabOrder(m_searchButton, m_reveal);
    setTabOrder(m_reveal, m_forget);
    setTabOrder(m_forget, m_matchView);
    setTabOrder(m_matchView, m_timelineView);
    setTabOrder(m_timelineView, m_detail);

    connect(m_query, &QLineEdit::returnPressed, this, &OrderTracePage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &OrderTracePage::search);
    // Showing customer details is recorded first: the box is ticked once the audit log has the request.
    connect(m_reveal, &QCheckBox::clicked, this, [this](bool checked) {
        if (!checked) {
            showSearch(false);
            return;
        }
        m_reveal->setChecked(false);
        m_revealPending = true;
        Q_EMIT revealRequested(
            currentOrder().isEmpty() ? QStringLiteral("orders") : QStringLiteral("order:") + currentOrder());
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        AccessGate::run(m_gate, this, OperatorAction::ForgetCustomer, [this] { confirmForget(); });
    });
    connect(m_matchView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            showOrder(i.data(OrderMatchModel::OrderGidRole).toString());
    });
    connect(
        m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrderTracePage::showDetail);
    connect(m_timeline, &QAbstractItemModel::dataChanged, this, &OrderTracePage::showDetail);
    const auto toSearch = [this] {
        m_query->setFocus();
        m_query->selectAll();
    };
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this, toSearch);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this, toSearch);
    showEmpty(hint());
}

QString OrderTracePage::hint()
{
    return tr("Search for an order by its Shopify name (#1001), the customer's email, or an Odoo or ShipBob "
              "reference.");
}

OrderTracePage::~OrderTracePage() = default;

QString OrderTracePage::currentOrder() const
{
    return m_timeline->orderGid();
}

void OrderTracePage::revealGranted()
{
    if (!std::exchange(m_revealPending, false))
        return; // another page asked
    m_reveal->setChecked(true);
    showSearch(true);
}

void OrderTracePage::showSearch(bool reveal)
{
    const QString shown = currentOrder();
    m_matches->setMatches(m_trace->search(m_lastQuery, { reveal }));
    m_matchView->selectRow(m_matches->rowOfOrder(shown));
    if (!shown.isEmpty())
        showOrder(shown);
}

void OrderTracePage::confirmForget()
{
    const QString email = m_lastQuery;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Forget customer"));
    dialog->setLabelText(tr("Erase the names, e-mails, phones and addresses of %1 from the %n order(s) Quayside "
                            "holds? The orders keep their names and amounts; exceptions of these orders are "
                            "skipped. This cannot be undone.\n\nReason (kept in the audit log):",
        nullptr,
        m_matches->rowCount())
                             .arg(email));
    dialog->setTextValue(tr("Customer's erasure request"));
    dialog->setOkButtonText(tr("Forget"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, email](const QString &reason) {
        if (!reason.trimmed().isEmpty())
            Q_EMIT forgetRequested(email, reason.trimmed());
    });
    dialog->open(); // window-modal, no nested event loop
}

void OrderTracePage::customerForgotten()
{
    run(m_lastQuery);
}

void OrderTracePage::showTrace(const QString &query)
{
    m_query->setText(query);
    search();
}

void OrderTracePage::search()
{
    run(m_query->text());
}

void OrderTracePage::run(const QString &query)
{
    m_lastQuery = query.trimmed();
    if (m_lastQuery.isEmpty()) {
        m_matches->setMatches({});
        m_timeline->clear();
        m_forget->hide();
        showEmpty(hint());
        return;
    }
    const QList<OrderMatch> found = m_trace->search(m_lastQuery, { m_reveal->isChecked() });
    m_matches->setMatches(found);
    // Forgetting is offered where the operator named the customer: a search by e-mail.
    m_forget->setVisible(std::any_of(found.cbegin(), found.cend(), [](const OrderMatch &m) {
        return m.matchedBy == OrderMatch::MatchedBy::CustomerEmail;
    }));
    if (found.isEmpty()) {
        m_timeline->clear();
        showEmpty(tr("No order matches “%1”. Orders appear here once Quayside has taken them in; the search "
                     "needs the whole name, e-mail or reference.")
                      .arg(m_lastQuery));
        return;
    }
    // The newest match is shown at once; the others are a click or an arrow key away.
    m_matchView->selectRow(0);
    showOrder(found.first().orderGid);
}

void OrderTracePage::refresh()
{
    if (!isVisible() || m_lastQuery.isEmpty())
        return;
    if (m_matches->rowCount() == 0) {
        // The order may not have been taken in when the search ran (a link from elsewhere, --trace).
        if (!m_trace->search(m_lastQuery).isEmpty())
            run(m_lastQuery);
        return;
    }
    if (!currentOrder().isEmpty())
        showOrder(currentOrder());
}

void OrderTracePage::showOrder(const QString &orderGid)
{
    const bool sameOrder = orderGid == currentOrder();
    const OrderTimeline timeline = m_trace->timeline(orderGid, { m_reveal->isChecked() });
    m_timeline->setTimeline(orderGid, timeline.entries);
    m_empty->hide();
    m_splitter->show();
    m_matchView->setVisible(m_matches->rowCount() > 1);
    if (!sameOrder) {
        m_timelineView->scrollToTop();
        if (m_timeline->rowCount() > 0)
            m_timelineView->selectRow(0);
    }
    const OrderMatch &o = timeline.order;
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>").arg((o.orderName.isEmpty() ? o.orderGid : o.orderName).toHtmlEscaped());
    const QJsonObject &links = timeline.links;
    if (links.contains(QStringLiteral("odooOrderName")))
        parts << tr("Odoo %1").arg(links.value(QStringLiteral("odooOrderName")).toString().toHtmlEscaped());
    if (links.contains(QStringLiteral("shipbobOrderId")))
        parts << tr("ShipBob order %1").arg(links.value(QStringLiteral("shipbobOrderId")).toInteger());
    if (links.contains(QStringLiteral("route")))
        parts << tr("route: %1").arg(links.value(QStringLiteral("route")).toString().toHtmlEscaped());
    if (links.value(QStringLiteral("cancelled")).toBool())
        parts << tr("cancelled");
    if (!o.customer.isEmpty())
        parts << o.customer.toHtmlEscaped();
    parts << (o.stuck > 0 ? tr("%n step(s)", nullptr, o.jobs) + QStringLiteral(", <b>")
                + tr("%n in the exception queue", nullptr, o.stuck) + QStringLiteral("</b>")
                          : tr("%n step(s)", nullptr, o.jobs));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(o.orderGid);
    m_summary->show();
}

void OrderTracePage::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_empty->show();
    m_splitter->hide();
    m_summary->hide();
    m_detail->clear();
}

void OrderTracePage::showDetail()
{
    const QModelIndex current = m_timelineView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->setHtml(tr("<p>Select a line of the timeline to see its data.</p>"));
        return;
    }
    const TraceEntry &e = m_timeline->entry(current.row());
    const QString details = current.siblingAtColumn(OrderTraceModel::DetailsColumn).data().toString();
    QString html = QStringLiteral("<h3>%1 · %2</h3><p>%3 · <b>%4</b>")
                       .arg(OrderTraceModel::whatLabel(e).trimmed().toHtmlEscaped(),
                           OrderTraceModel::systemLabel(e.system).toHtmlEscaped(),
                           OrderTraceModel::timeLabel(e.at),
                           OrderTraceModel::outcomeLabel(e).toHtmlEscaped());
    if (e.durationMs >= 0)
        html += QStringLiteral(" · ") + tr("took %1").arg(OrderTraceModel::durationLabel(e.durationMs));
    if (e.jobId > 0)
        html += QStringLiteral(" · ") + tr("job %1, step %2").arg(e.jobId).arg(e.what.toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (!details.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(details.toHtmlEscaped());
    if (!e.detail.isEmpty())
        html += (m_reveal->isChecked() ? tr("<h4>Data</h4>") : tr("<h4>Data (customer details masked)</h4>"))
            + QStringLiteral("<pre>%1</pre>").arg(e.detail.toHtmlEscaped());
    m_detail->setHtml(html);
}

} // namespace Quayside::Ui
