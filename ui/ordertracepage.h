#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace Quayside {
class OrderMatchModel;
class OrderTrace;
class OrderTraceModel;
} // namespace Quayside

namespace Quayside::Ui {

class AccessGate;

// The order trace: an operator types what the customer or a colleague gave them (order name, e-mail,
// an Odoo or ShipBob reference) and sees everything Quayside did for that order, across the three
// systems, in time order; the selected line's data is shown below, customer details masked.
class OrderTracePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTracePage)

public:
    // connectionName: the GUI's own read-only store connection.
    explicit OrderTracePage(const QString &connectionName, QWidget *parent = nullptr);
    // Admin actions ask for the passphrase through `gate` first; without one they run directly.
    void setAccessGate(AccessGate *gate) { m_gate = gate; }
    ~OrderTracePage() override;

    OrderTraceModel *timelineModel() const { return m_timeline; }
    OrderMatchModel *matchModel() const { return m_matches; }
    QString currentOrder() const;

public Q_SLOTS:
    // Fills the search field with `query` and runs it.
    void showTrace(const QString &query);
    void search();
    // Reads again what the engine did since: the shown order's timeline, or the search that found nothing yet.
    void refresh();
    // The audit log has the operator's request to see customer details: they are shown now.
    void revealGranted();
    // A customer's data was erased: the search runs again and shows what is left.
    void customerForgotten();

Q_SIGNALS:
    // The operator asks to see customer details of these orders; nothing is shown before revealGranted().
    void revealRequested(const QString &target);
    // The operator confirmed erasing this customer's data, for this reason.
    void forgetRequested(const QString &email, const QString &reason);

private:
    AccessGate *m_gate = nullptr;
    static QString hint();
    void run(const QString &query);
    void showOrder(const QString &orderGid);
    void showDetail();
    void showEmpty(const QString &text);
    void updateSummary();
    void showSearch(bool reveal);
    void confirmForget();

    std::unique_ptr<OrderTrace> m_trace;
    OrderTraceModel *m_timeline;
    OrderMatchModel *m_matches;
    QLineEdit *m_query;
    QPushButton *m_searchButton;
    QCheckBox *m_reveal;
    QPushButton *m_forget;
    bool m_revealPending = false;
    QLabel *m_summary;
    QLabel *m_empty;
    QSplitter *m_splitter;
    QTableView *m_matchView;
    QTableView *m_timelineView;
    QTextBrowser *m_detail;
    QString m_lastQuery;
};

} // namespace Quayside::Ui
