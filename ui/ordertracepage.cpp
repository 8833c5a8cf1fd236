#include "ui/ordertracepage.h"

#include "core/store/database.h"
#include "core/telemetry/ordertrace.h"
#include "core/telemetry/ordertracemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
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
    , m_trace(std::make_unique<OrderTrace>(connectionName, Dialect::Sqlite))
    , m_timeline(new OrderTraceModel(this))
    , m_matches(new OrderMatchModel(this))
    , m_query(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_reveal(new QCheckBox(tr("Show &customer data"), this))
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
    m_reveal->setToolTip(tr("Show customers' names, e-mails, phones and addresses unmasked"));

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
    setTabOrder(m_reveal, m_matchView);
    setTabOrder(m_matchView, m_timelineView);
    setTabOrder(m_timelineView, m_detail);

    connect(m_query, &QLineEdit::returnPressed, this, &OrderTracePage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &OrderTracePage::search);
    connect(m_reveal, &QCheckBox::toggled, this, [this] {
        const QString shown = currentOrder();
        m_matches->setMatches(m_trace->search(m_lastQuery, { m_reveal->isChecked() }));
        m_matchView->selectRow(m_matches->rowOfOrder(shown));
        if (!shown.isEmpty())
            showOrder(shown);
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
        showEmpty(hint());
        return;
    }
    const QList<OrderMatch> found = m_trace->search(m_lastQuery, { m_reveal->isChecked() });
    m_matches->setMatches(found);
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
