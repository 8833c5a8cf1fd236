#include "ui/mappingspage.h"

#include "core/mapping/fieldcatalog.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingpreviewmodel.h"
#include "core/mapping/mappingrepository.h"
#include "core/mapping/sourcefieldmodel.h"
#include "ui/accessgate.h"
#include "ui/stattile.h"
#include "ui/statusline.h"
#include "ui/tableviews.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <memory>
#include <utility>

namespace Quayside::Ui {

using namespace Quayside::Mapping;

namespace {

// One RuleEdit on the undo stack: redo applies it, undo applies its inverse.
class RuleEditCommand final : public QUndoCommand
{
public:
    RuleEditCommand(MappingTargetsModel *model, RuleEdit edit)
        : QUndoCommand(edit.text)
        , m_model(model)
        , m_edit(std::move(edit))
    { }
    void redo() override { m_model->apply(m_edit); }
    void undo() override { m_model->apply(m_edit.inverse()); }

private:
    MappingTargetsModel *m_model;
    RuleEdit m_edit;
};

// Rows that need the operator (a required field nothing maps, a payload the draft fails) get the console's
// alert background; targets the flow reserves read as disabled; source fields no recent order carried are
// in italics, so "seen in data" reads at a glance.
class AttentionDelegate final : public QStyledItemDelegate
{
public:
    AttentionDelegate(int attentionRole, int mutedRole, QObject *parent, int seenRole = -1, int struckRole = -1)
        : QStyledItemDelegate(parent)
        , m_attention(attentionRole)
        , m_muted(mutedRole)
        , m_seen(seenRole)
        , m_struck(struckRole)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(m_attention).toBool())
            option->backgroundBrush = alertWindowColour(option->palette);
        if (m_muted >= 0 && index.data(m_muted).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        if (m_seen >= 0 && !index.data(m_seen).toBool())
            option->font.setItalic(true);
        if (m_struck >= 0 && index.data(m_struck).toBool())
            option->font.setStrikeOut(true);
    }

private:
    int m_attention;
    int m_muted;
    int m_seen;
    int m_struck;
};

// What an operator types is JSON when it reads as JSON (12, true, "12", [1,2]), else plain text.
QJsonValue valueFromText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().at(0);
    return text;
}

QString textFromValue(const QJsonValue &value)
{
    if (value.isString() && valueFromText(value.toString()) == value)
        return value.toString();
    return describeValue(value);
}

const QList<MappingOp> kOps = { MappingOp::Copy,
    MappingOp::Constant,
    MappingOp::Template,
    MappingOp::Lookup,
    MappingOp::Number,
    MappingOp::Currency,
    MappingOp::Date,
    MappingOp::Each };

QString opLabel(MappingOp op)
{
    switch (op) {
    case MappingOp::Copy:
        return MappingsPage::tr("Copy the field");
    case MappingOp::Constant:
        return MappingsPage::tr("Constant value");
    case MappingOp::Template:
        return MappingsPage::tr("Text template");
    case MappingOp::Lookup:
        return MappingsPage::tr("Lookup table");
    case MappingOp::Number:
        return MappingsPage::tr("Number");
    case MappingOp::Currency:
        return MappingsPage::tr("Amount in a currency");
    case MappingOp::Date:
        return MappingsPage::tr("Date and time");
    case MappingOp::Each:
        return MappingsPage::tr("Each item of a list");
    }
    return {};
}

} // namespace

MappingsPage::MappingsPage(DatabaseConfig database, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_actor(std::move(actor))
    , m_key(MappingCatalog::odooSaleOrder())
    , m_sources(new SourceFieldModel(this))
    , m_rules(new MappingTargetsModel(this))
    , m_preview(new MappingPreviewModel(this))
    , m_undo(new QUndoStack(this))
    , m_previewTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mappingsPage"));
    m_rules->setReservedTargets(MappingCatalog::reservedTargets(m_key));
    m_rules->setEditHandler([this](const RuleEdit &edit) { m_undo->push(new RuleEditCommand(m_rules, edit)); });
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250); // one run when the operator pauses, not one per keystroke

    m_keys = new QComboBox(this);
    m_keys->setObjectName(QStringLiteral("mappingKey"));
    m_keys->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const MappingKey &key : MappingCatalog::flowKeys()) {
        m_keys->addItem(keyTitle(key), key.text());
        m_keys->setItemData(m_keys->count() - 1, key.text(), Qt::ToolTipRole);
    }
    m_title = new QLabel(tr("&Mapping:"), this);
    m_title->setBuddy(m_keys);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("mappingState"));
    m_status = new StatusLine(this);
    m_status->setObjectName(QStringLiteral("mappingStatus"));

    auto *editors = new QSplitter(Qt::Horizontal, this);
    editors->setObjectName(QStringLiteral("mappingEditors"));
    editors->addWidget(buildSources());
    editors->addWidget(buildRules());
    editors->addWidget(buildInspector());
    editors->setStretchFactor(0, 3);
    editors->setStretchFactor(1, 5);
    editors->setStretchFactor(2, 3);
    editors->setSizes({ 330, 480, 300 });
    editors->setChildrenCollapsible(false);

    auto *body = new QSplitter(Qt::Vertical, this);
    body->addWidget(editors);
    body->addWidget(buildPreview());
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);
    body->setSizes({ 380, 220 });
    body->setChildrenCollapsible(false);

    buildActions(); // after the views: the tool row holds their actions

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(body, 1);
    layout->addWidget(m_status);

    connect(m_rules, &MappingTargetsModel::documentChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_rules, &MappingTargetsModel::documentChanged, this, &MappingsPage::loadInspector, Qt::QueuedConnection);
    connect(m_rules, &MappingTargetsModel::documentChanged, this, &MappingsPage::updateState);
    connect(m_rules, &MappingTargetsModel::edited, this, &MappingsPage::selectTargetRow);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MappingsPage::updateState);
    connect(m_previewTimer, &QTimer::timeout, this, &MappingsPage::runPreview);

    connect(m_keys, &QComboBox::activated, this, [this](int index) {
        const QString text = m_keys->itemData(index).toString();
        for (const MappingKey &key : MappingCatalog::flowKeys())
            if (key.text() == text && key != m_key && confirmLeaving())
                setKey(key);
        m_keys->setCurrentIndex(m_keys->findData(m_key.text()));
    });

    // New orders keep arriving while the operator edits: the preview follows them while the page is shown.
    m_refreshTimer->setInterval(10000);
    connect(m_refreshTimer, &QTimer::timeout, this, &MappingsPage::refreshPayloads);
    // Until the store is open, the shipped default is what there is to look at.
    m_key = MappingKey {};
    setKey(MappingCatalog::odooSaleOrder());
}

QString MappingsPage::keyTitle(const MappingKey &key) const
{
    if (key == MappingCatalog::odooSaleOrder())
        return tr("Odoo sale order · from the Shopify order");
    if (key == MappingCatalog::shipBobOrder())
        return tr("ShipBob order · from the Shopify order");
    if (key == MappingCatalog::odooPicking())
        return tr("Odoo delivery (stock.picking) · from a ShipBob shipment");
    if (key == MappingCatalog::shopifyFulfillment())
        return tr("Shopify fulfilment · from a ShipBob shipment");
    return key.text();
}

QString MappingsPage::systemName() const
{
    if (m_key.system == QLatin1String("shipbob"))
        return QStringLiteral("ShipBob");
    if (m_key.system == QLatin1String("shopify"))
        return QStringLiteral("Shopify");
    return QStringLiteral("Odoo");
}

bool MappingsPage::confirmLeaving()
{
    return !hasUnsavedChanges()
        || QMessageBox::question(this,
               tr("Unsaved changes"),
               tr("The changes to %1 are not saved. Discard them?").arg(keyTitle(m_key)),
               QMessageBox::Discard | QMessageBox::Cancel,
               QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void MappingsPage::setKey(const MappingKey &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_keys->setCurrentIndex(m_keys->findData(m_key.text()));
    m_rules->setReservedTargets(MappingCatalog::reservedTargets(m_key));
    // Odoo's fields come from fields_get (below); the other systems' from the catalog.
    m_schemaFields = MappingCatalog::knownTargets(m_key);
    m_requiredTargets.clear();
    m_rules->setTargetFields(m_schemaFields);
    readTargetSchema();
    m_targetsStatus->clear();
    m_result->setPlaceholderText(tr("What the draft sends to %1 for the selected order").arg(systemName()));
    m_published.reset();
    m_publishedVersion = 0;
    m_draftVersion = 0;
    m_payloads.clear();
    if (const auto shipped = MappingCatalog::shippedDefault(m_key))
        m_rules->setDocument(*shipped);
    m_undo->clear();
    m_schemaSources.clear();
    readSourceSchema();
    if (m_odooConfig && m_key.system == QLatin1String("odoo"))
        readOdooFields();
    if (m_connectionName.isEmpty()) {
        showSources();
        runPreview();
        updateState();
    } else {
        reload();
    }
}

MappingsPage::~MappingsPage()
{
    // Each holds a connection of its own or the page's results; let them finish.
    for (QThread *thread : { m_writeThread, m_readThread, m_schemaThread, m_targetThread })
        if (thread)
            thread->wait();
    // Closing the window moves the focus, and a field losing it reports its edit: to a page whose
    // members are already gone by then.
    for (QObject *o : findChildren<QObject *>())
        o->disconnect(this);
}

QWidget *MappingsPage::buildSources()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Source &fields"), box);
    m_sourceFilter = new QLineEdit(box);
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilter"));
    m_sourceFilter->setPlaceholderText(tr("Filter fields…"));
    m_sourceFilter->setClearButtonEnabled(true);
    m_sourcesStatus = new QLabel(tr("Reading the schema…"), box);
    m_sourcesStatus->setObjectName(QStringLiteral("sourcesStatus"));
    m_sourcesStatus->setWordWrap(true);
    m_sourceView = new QTreeView(box);
    m_sourceView->setObjectName(QStringLiteral("sourceView"));
    label->setBuddy(m_sourceView);
    m_sourceView->setModel(m_sources);
    m_sourceView->setDragEnabled(true);
    m_sourceView->setDragDropMode(QAbstractItemView::DragOnly);
    m_sourceView->setDefaultDropAction(Qt::CopyAction);
    m_sourceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sourceView->setUniformRowHeights(true);
    m_sourceView->setAlternatingRowColors(true);
    m_sourceView->header()->setStretchLastSection(false);
    m_sourceView->header()->setSectionResizeMode(SourceFieldModel::NameColumn, QHeaderView::Stretch);
    // Schema types can be long (ShipBob's "[A | B]"): the column keeps a fixed share, the tooltip has it all.
    m_sourceView->header()->setSectionResizeMode(SourceFieldModel::TypeColumn, QHeaderView::Interactive);
    m_sourceView->header()->resizeSection(SourceFieldModel::TypeColumn, 120);
    m_sourceView->setToolTip(tr("Drag a field onto a target, or select both and press Map (Ctrl+M). "
                                "Fields in italics were not in recent orders; struck-out fields are deprecated."));
    m_sourceView->setItemDelegate(
        new AttentionDelegate(-1, -1, m_sourceView, SourceFieldModel::SeenRole, SourceFieldModel::DeprecatedRole));
    connect(m_sources, &QAbstractItemModel::modelReset, this, [this] {
        m_sourceView->expandToDepth(0);
        filterSources(m_sourceFilter->text());
    });
    connect(m_sourceFilter, &QLineEdit::textChanged, this, &MappingsPage::filterSources);
    layout->addWidget(label);
    layout->addWidget(m_sourceFilter);
    layout->addWidget(m_sourceView, 1);
    layout->addWidget(m_sourcesStatus);
    return box;
}

QWidget *MappingsPage::buildRules()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Targets and rules"), box);
    m_rulesView = new QTableView(box);
    m_rulesView->setObjectName(QStringLiteral("rulesView"));
    label->setBuddy(m_rulesView);
    m_rulesView->setModel(m_rules);
    setUpListView(m_rulesView);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesView->setAcceptDrops(true);
    m_rulesView->setDragDropMode(QAbstractItemView::DropOnly);
    m_rulesView->setDragDropOverwriteMode(true); // a drop lands on the row under the pointer
    m_rulesView->setDropIndicatorShown(true);
    m_rulesView->setItemDelegate(
        new AttentionDelegate(MappingTargetsModel::NeedsMappingRole, MappingTargetsModel::ReservedRole, m_rulesView));
    m_rulesView->setTextElideMode(Qt::ElideLeft); // dotted paths: the last part names the field
    auto *header = m_rulesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const QFontMetrics metrics = fontMetrics();
    const int m = metrics.horizontalAdvance(QLatin1Char('M'));
    m_rulesView->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    header->resizeSection(MappingTargetsModel::TargetColumn, m * 11);
    header->resizeSection(MappingTargetsModel::OperationColumn,
        std::max(m * 6,
            metrics.horizontalAdvance(
                m_rules->headerData(MappingTargetsModel::OperationColumn, Qt::Horizontal).toString())
                + 16));
    header->resizeSection(MappingTargetsModel::SourceColumn, m * 11);
    header->setSectionResizeMode(MappingTargetsModel::ParametersColumn, QHeaderView::Stretch);
    header->resizeSection(MappingTargetsModel::RequiredColumn,
        metrics.horizontalAdvance(m_rules->headerData(MappingTargetsModel::RequiredColumn, Qt::Horizontal).toString())
            + 16);
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MappingsPage::loadInspector);

    m_targetsStatus = new QLabel(box);
    m_targetsStatus->setObjectName(QStringLiteral("targetsStatus"));
    m_targetsStatus->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_rulesView, 1);
    layout->addWidget(m_targetsStatus);
    return box;
}

QWidget *MappingsPage::buildInspector()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form narrows with the pane
    m_inspector = new QGroupBox(tr("Rule"), scroll);
    m_inspector->setObjectName(QStringLiteral("inspector"));
    auto *outer = new QVBoxLayout(m_inspector);
    m_inspectorHint = new QLabel(m_inspector);
    m_inspectorHint->setWordWrap(true);
    outer->addWidget(m_inspectorHint);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_form);
    outer->addStretch(1);

    const auto line = [this](const char *name) {
        auto *e = new QLineEdit(m_inspector);
        e->setObjectName(QLatin1String(name));
        connect(e, &QLineEdit::editingFinished, this, &MappingsPage::commitInspector);
        return e;
    };
    m_target = line("ruleTarget");
    m_op = new QComboBox(m_inspector);
    m_op->setObjectName(QStringLiteral("ruleOp"));
    for (MappingOp op : kOps)
        m_op->addItem(opLabel(op), toString(op));
    connect(m_op, &QComboBox::activated, this, &MappingsPage::commitInspector);
    m_source = line("ruleSource");
    m_value = line("ruleValue");
    m_template = line("ruleTemplate");
    m_template->setPlaceholderText(tr("{name} or {field|fallback}"));

    m_tableBox = new QWidget(m_inspector);
    auto *tableLayout = new QVBoxLayout(m_tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QStandardItemModel(0, 2, this);
    m_table->setHorizontalHeaderLabels({ tr("Value"), tr("Becomes") });
    m_tableView = new QTableView(m_tableBox);
    m_tableView->setObjectName(QStringLiteral("ruleTable"));
    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setMinimumHeight(90);
    auto *tableButtons = new QHBoxLayout;
    auto *addRow = new QPushButton(tr("Add entr&y"), m_tableBox);
    auto *removeRow = new QPushButton(tr("Remove entry"), m_tableBox);
    addRow->setObjectName(QStringLiteral("addTableRow"));
    removeRow->setObjectName(QStringLiteral("removeTableRow"));
    tableButtons->addWidget(addRow);
    tableButtons->addWidget(removeRow);
    tableButtons->addStretch(1);
    tableLayout->addWidget(m_tableView);
    tableLayout->addLayout(tableButtons);
    connect(addRow, &QPushButton::clicked, this, [this] {
        m_table->appendRow({ new QStandardItem(), new QStandardItem() });
        m_tableView->setCurrentIndex(m_table->index(m_table->rowCount() - 1, 0));
        m_tableView->edit(m_tableView->currentIndex());
    });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        if (m_tableView->currentIndex().isValid()) {
            m_table->removeRow(m_tableView->currentIndex().row());
            commitInspector();
        }
    });
    connect(m_table, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_loadingInspector)
            commitInspector();
    });

    m_scale = new QDoubleSpinBox(m_inspector);
    m_scale->setObjectName(QStringLiteral("ruleScale"));
    m_scale->setRange(-1e9, 1e9);
    m_scale->setDecimals(6);
    connect(m_scale, &QDoubleSpinBox::editingFinished, this, &MappingsPage::commitInspector);
    m_decimals = new QSpinBox(m_inspector);
    m_decimals->setObjectName(QStringLiteral("ruleDecimals"));
    m_decimals->setRange(-1, 12);
    m_decimals->setSpecialValueText(tr("as is"));
    connect(m_decimals, &QSpinBox::editingFinished, this, &MappingsPage::commitInspector);
    m_integer = new QCheckBox(tr("W&hole number"), m_inspector);
    connect(m_integer, &QCheckBox::clicked, this, &MappingsPage::commitInspector);
    m_currency = line("ruleCurrency");
    m_currency->setPlaceholderText(tr("any"));
    m_format = line("ruleFormat");
    m_format->setPlaceholderText(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_timezone = line("ruleTimezone");
    m_timezone->setPlaceholderText(QStringLiteral("UTC"));

    m_whenKind = new QComboBox(m_inspector);
    m_whenKind->setObjectName(QStringLiteral("ruleWhen"));
    m_whenKind->addItems(
        { tr("Always"), tr("When a field equals"), tr("When a field is one of"), tr("When a field exists") });
    connect(m_whenKind, &QComboBox::activated, this, &MappingsPage::commitInspector);
    m_whenField = line("ruleWhenField");
    m_whenValue = line("ruleWhenValue");
    m_default = line("ruleDefault");
    m_default->setPlaceholderText(tr("none"));
    m_required = new QCheckBox(tr("Re&quired"), m_inspector);
    m_required->setObjectName(QStringLiteral("ruleRequired"));
    m_required->setToolTip(tr("No value at all (absent, null or empty) is an error, and the order waits"));
    connect(m_required, &QCheckBox::clicked, this, &MappingsPage::commitInspector);

    const auto row = [this](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, m_inspector);
        l->setBuddy(field);
        m_form->addRow(l, field);
    };
    row(tr("Tar&get:"), m_target);
    row(tr("&Operation:"), m_op);
    row(tr("Sour&ce:"), m_source);
    row(tr("V&alue:"), m_value);
    row(tr("Temp&late:"), m_template);
    row(tr("Ta&ble:"), m_tableBox);
    row(tr("Sca&le:"), m_scale);
    row(tr("D&ecimals:"), m_decimals);
    m_form->addRow(QString(), m_integer);
    row(tr("Currenc&y:"), m_currency);
    row(tr("Fo&rmat:"), m_format);
    row(tr("Time &zone:"), m_timezone);
    row(tr("Co&ndition:"), m_whenKind);
    row(tr("Condition fiel&d:"), m_whenField);
    row(tr("Condition val&ue:"), m_whenValue);
    row(tr("Def&ault:"), m_default);
    m_form->addRow(QString(), m_required);
    scroll->setWidget(m_inspector);
    return scroll;
}

QWidget *MappingsPage::buildPreview()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Previe&w on the newest"), box);
    m_previewSize = new QSpinBox(box);
    m_previewSize->setObjectName(QStringLiteral("previewSize"));
    m_previewSize->setRange(1, 500);
    m_previewSize->setValue(20);
    m_previewSize->setSuffix(tr(" orders"));
    label->setBuddy(m_previewSize);
    m_previewSummary = new QLabel(box);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    top->addWidget(label);
    top->addWidget(m_previewSize);
    top->addWidget(m_previewSummary, 1);
    m_previewSize->setKeyboardTracking(false); // one read when the number is entered, not per digit
    connect(m_previewSize, &QSpinBox::valueChanged, this, &MappingsPage::setPreviewSize);

    auto *split = new QSplitter(Qt::Horizontal, box);
    m_previewView = new QTreeView(split);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setUniformRowHeights(true);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setItemDelegate(new AttentionDelegate(MappingPreviewModel::ProblemRole, -1, m_previewView));
    m_previewView->header()->resizeSection(
        MappingPreviewModel::ItemColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    m_previewView->header()->resizeSection(
        MappingPreviewModel::FieldColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_result = new QPlainTextEdit(split);
    m_result->setObjectName(QStringLiteral("previewResult"));
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("What the draft sends to Odoo for the selected order"));
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->addWidget(m_previewView);
    split->addWidget(m_result);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    connect(m_previewView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MappingsPage::showResult);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    return box;
}

void MappingsPage::buildActions()
{
    const auto button = [this](const QString &text, const QString &name, const QKeySequence &keys, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        if (!keys.isEmpty()) {
            b->setShortcut(keys);
            b->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        } else {
            b->setToolTip(tip);
        }
        return b;
    };
    // Fixed labels (the stack's own actions put the command in the text, which widens the page); the
    // command is in the tooltip.
    auto *undo = new QAction(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    auto *redo = new QAction(tr("Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    for (QAction *a : { undo, redo }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setEnabled(false);
        addAction(a);
    }
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setToolTip(text.isEmpty() ? tr("Undo (Ctrl+Z)") : tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setToolTip(text.isEmpty() ? tr("Redo (Ctrl+Shift+Z)") : tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undo);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *redoButton = new QToolButton(this);
    redoButton->setDefaultAction(redo);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *save = button(tr("&Save draft"),
        QStringLiteral("saveDraft"),
        QKeySequence(Qt::CTRL | Qt::Key_S),
        tr("Keep these rules as the draft; the flows keep using the published version"));
    auto *discard
        = button(tr("Discard draft"), QStringLiteral("discardDraft"), {}, tr("Go back to the published version"));
    auto *publish = button(tr("&Publish…"),
        QStringLiteral("publish"),
        QKeySequence(Qt::CTRL | Qt::Key_P),
        tr("Make these rules the ones new orders use; recorded in the audit log with your comment"));
    auto *importButton = button(tr("&Import…"),
        QStringLiteral("import"),
        QKeySequence(Qt::CTRL | Qt::Key_O),
        tr("Read a mapping file as the draft"));
    auto *exportButton = button(tr("E&xport…"),
        QStringLiteral("export"),
        QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Save the rules shown as a mapping file"));
    m_versions = new QComboBox(this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_versions->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    auto *versionsLabel = new QLabel(tr("&Versions:"), this);
    versionsLabel->setBuddy(m_versions);
    m_rollback = button(tr("&Roll back"),
        QStringLiteral("rollback"),
        {},
        tr("Publish the selected version's rules again; recorded in the audit log"));
    connect(save, &QPushButton::clicked, this, &MappingsPage::saveDraft);
    connect(discard, &QPushButton::clicked, this, &MappingsPage::discardDraft);
    connect(publish, &QPushButton::clicked, this, [this] {
        AccessGate::run(m_gate, this, OperatorAction::PublishMapping, [this] { askPublish(); });
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        AccessGate::run(m_gate, this, OperatorAction::ImportMapping, [this] { chooseImport(); });
    });
    connect(exportButton, &QPushButton::clicked, this, &MappingsPage::chooseExport);
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        AccessGate::run(m_gate, this, OperatorAction::RollbackMapping, [this] { askRollback(); });
    });
    connect(m_versions, &QComboBox::currentIndexChanged, this, &MappingsPage::updateState);
    m_writeButtons = { save, discard, publish, importButton, m_rollback };

    auto *map = button(tr("&Map to target"),
        QStringLiteral("mapButton"),
        QKeySequence(Qt::CTRL | Qt::Key_M),
        tr("Map the selected source field onto the selected target"));
    auto *remove = button(tr("Remove rule"), QStringLiteral("removeRule"), {}, tr("Remove the selected rule (Del)"));
    // Del only in the table: in a text field it deletes text.
    auto *removeKey = new QAction(tr("Remove rule"), m_rulesView);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_rulesView->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &MappingsPage::removeSelected);
    auto *up
        = button(tr("Up"), QStringLiteral("moveUp"), QKeySequence(Qt::ALT | Qt::Key_Up), tr("Apply this rule earlier"));
    auto *down = button(
        tr("Down"), QStringLiteral("moveDown"), QKeySequence(Qt::ALT | Qt::Key_Down), tr("Apply this rule later"));
    connect(map, &QPushButton::clicked, this, &MappingsPage::mapSelected);
    connect(remove, &QPushButton::clicked, this, &MappingsPage::removeSelected);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_keys);
    header->addSpacing(16);
    header->addWidget(m_state, 1);
    header->addWidget(versionsLabel);
    header->addWidget(m_versions);
    header->addWidget(m_rollback);
    auto *tools = new QHBoxLayout;
    tools->addWidget(undoButton);
    tools->addWidget(redoButton);
    tools->addSpacing(8);
    tools->addWidget(map);
    tools->addWidget(remove);
    tools->addWidget(up);
    tools->addWidget(down);
    tools->addStretch(1);
    tools->addWidget(importButton);
    tools->addWidget(exportButton);
    tools->addSpacing(8);
    tools->addWidget(discard);
    tools->addWidget(save);
    tools->addWidget(publish);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addLayout(tools);
}

void MappingsPage::attachStore(const QString &connectionName)
{
    m_connectionName = connectionName;
    reload();
}

void MappingsPage::reload()
{
    if (m_connectionName.isEmpty())
        return;
    MappingRepository repo(m_connectionName, m_database.dialect);
    const auto published = repo.published(m_key);
    const auto draft = repo.draft(m_key);
    m_published = published ? std::optional(published->document) : std::nullopt;
    m_publishedVersion = published ? published->version : 0;
    m_draftVersion = draft ? draft->version : 0;
    if (draft)
        m_rules->setDocument(draft->document);
    else if (published)
        m_rules->setDocument(published->document);
    m_undo->clear();

    {
        const QSignalBlocker block(m_versions);
        m_versions->clear();
        const QLocale locale;
        for (const MappingVersion &v : repo.versions(m_key)) {
            const QString state = v.state == MappingState::Published ? tr("published")
                : v.state == MappingState::Draft                     ? tr("draft")
                                                                     : tr("archived");
            const qint64 at = v.publishedAt > 0 ? v.publishedAt : v.createdAt;
            m_versions->addItem(tr("v%1 · %2 · %3").arg(v.version).arg(state, v.author), v.version);
            m_versions->setItemData(m_versions->count() - 1,
                tr("%1 on %2: %3")
                    .arg(v.author,
                        locale.toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat),
                        v.comment.isEmpty() ? tr("no comment") : v.comment),
                Qt::ToolTipRole);
        }
    }
    setPreviewSize(m_previewSize->value());
    updateState();
}

void MappingsPage::setPreviewSize(int payloads)
{
    if (m_previewSize->value() != payloads) {
        const QSignalBlocker block(m_previewSize);
        m_previewSize->setValue(payloads);
    }
    if (!m_connectionName.isEmpty()) {
        MappingRepository repo(m_connectionName, m_database.dialect);
        m_payloads = repo.recentPayloads(m_key, payloads);
    }
    showSources();
    runPreview();
}

void MappingsPage::refreshPayloads()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_readThread) {
        m_readAgain = true; // it may have read before what this call is about
        return;
    }
    static std::atomic<int> serial = 0;
    const QString name = QStringLiteral("mapping-read-%1").arg(++serial);
    auto read = std::make_shared<QList<PreviewPayload>>();
    auto failed = std::make_shared<bool>(false);
    m_readThread
        = QThread::create([database = m_database, name, key = m_key, limit = m_previewSize->value(), read, failed] {
              if (Database::open(database, name)) {
                  *failed = true;
                  return;
              }
              {
                  MappingRepository repo(name, database.dialect);
                  *read = repo.recentPayloads(key, limit);
              }
              Database::close(name);
          });
    connect(m_readThread, &QThread::finished, this, [this, read, failed, limit = m_previewSize->value()] {
        m_readThread->deleteLater();
        m_readThread = nullptr;
        if (*failed || limit != m_previewSize->value()) {
            Q_EMIT payloadsRefreshed(false);
            if (std::exchange(m_readAgain, false))
                refreshPayloads();
            return; // else the next tick reads again
        }
        const auto ids = [](const QList<PreviewPayload> &list) {
            QStringList out;
            for (const PreviewPayload &p : list)
                out << p.id;
            return out;
        };
        const bool changed = ids(*read) != ids(m_payloads);
        if (changed) { // else the preview stands and the selection stays
            m_payloads = *read;
            showSources();
            runPreview();
        }
        Q_EMIT payloadsRefreshed(changed);
        if (std::exchange(m_readAgain, false))
            refreshPayloads();
    });
    m_readThread->start();
}

void MappingsPage::readSourceSchema()
{
    // Keys whose records are our own shipment reports (built from ShipBob's shipment by the poll) offer the
    // report's fields; the others walk the sending system's schema.
    if (const QJsonObject shape = MappingCatalog::recordShape(m_key); !shape.isEmpty()) {
        m_schemaSources = SourceFieldModel::fromPayloads({ shape });
        for (SourceField &f : m_schemaSources) { // as a schema names them: merge places list items itself
            f.path.remove(QStringLiteral("[0]"));
            f.seenInData = false;
        }
        m_sourcesStatus->setText(tr(
            "%n field(s) of the shipment report, merged with recent reports.", nullptr, int(m_schemaSources.size())));
        showSources();
        return;
    }
    if (m_schemaThread) {
        m_schemaAgain = true; // the key changed while the last walk ran
        return;
    }
    // Shopify's schema is large; the first read of it takes a moment, so it happens beside the window.
    auto walk = std::make_shared<FieldWalk>();
    m_schemaThread
        = QThread::create([key = m_key, walk] { *walk = FieldCatalog::fields(FieldCatalog::sourceSchema(key)); });
    connect(m_schemaThread, &QThread::finished, this, [this, walk, key = m_key] {
        m_schemaThread->deleteLater();
        m_schemaThread = nullptr;
        if (std::exchange(m_schemaAgain, false) || key != m_key) {
            readSourceSchema();
            return;
        }
        m_schemaSources = walk->fields;
        if (walk->ok())
            m_sourcesStatus->setText(
                tr("%n field(s) from the schema, merged with recent orders.", nullptr, int(m_schemaSources.size())));
        else
            m_sourcesStatus->setText(
                tr("The schema could not be read (%1); showing the fields of recent orders.").arg(walk->error));
        showSources();
        Q_EMIT sourceFieldsRead(walk->ok());
    });
    m_schemaThread->start();
}

void MappingsPage::readTargetSchema()
{
    // ShipBob's and Shopify's targets come from their API descriptions (the OpenAPI document, the Admin
    // schema's input objects), with their descriptions; until read, and if unreadable, the catalog's list.
    const FieldSchema schema = FieldCatalog::targetSchema(m_key);
    if (schema.kind != FieldSchema::Kind::ShopifyInput && schema.kind != FieldSchema::Kind::ShipBobSchema)
        return;
    if (m_targetThread) {
        m_targetAgain = true;
        return;
    }
    auto walk = std::make_shared<FieldWalk>();
    m_targetThread = QThread::create([schema, walk] { *walk = FieldCatalog::fields(schema); });
    connect(m_targetThread, &QThread::finished, this, [this, walk, key = m_key] {
        m_targetThread->deleteLater();
        m_targetThread = nullptr;
        if (std::exchange(m_targetAgain, false) || key != m_key) {
            readTargetSchema();
            return;
        }
        if (!walk->ok())
            return;
        QList<TargetField> fields = FieldCatalog::targetFields(*walk);
        // An object is set through its fields (rules name "recipient.address.city"), never as a whole.
        QSet<QString> parents;
        for (const TargetField &f : std::as_const(fields))
            for (qsizetype dot = f.name.indexOf(QLatin1Char('.')); dot > 0;
                 dot = f.name.indexOf(QLatin1Char('.'), dot + 1))
                parents.insert(f.name.left(dot));
        fields.removeIf([&](const TargetField &f) { return parents.contains(f.name); });
        for (const TargetField &known : MappingCatalog::knownTargets(m_key)) {
            const auto same = std::find_if(
                fields.begin(), fields.end(), [&](const TargetField &f) { return f.name == known.name; });
            if (same == fields.end())
                fields << known; // a field the flow documents that this schema version lacks
            else
                same->label = known.label;
        }
        m_schemaFields = fields;
        m_rules->setTargetFields(m_schemaFields);
        updateState();
    });
    m_targetThread->start();
}

void MappingsPage::showSources()
{
    QList<QJsonObject> records;
    for (const PreviewPayload &p : std::as_const(m_payloads))
        records << p.record;
    const QString current = m_sources->pathAt(m_sourceView->currentIndex());
    m_sources->setFields(SourceFieldModel::merge(SourceFieldModel::fromPayloads(records), m_schemaSources));
    m_sourceView->expandToDepth(0);
    if (const QModelIndex i = m_sources->indexOfPath(current); i.isValid())
        m_sourceView->setCurrentIndex(i);
}

void MappingsPage::filterSources(const QString &text)
{
    const QString needle = text.trimmed();
    // A field shows when its path matches or one below it does; matches are unfolded.
    const std::function<bool(const QModelIndex &)> filter = [&](const QModelIndex &parent) {
        bool any = false;
        for (int row = 0; row < m_sources->rowCount(parent); ++row) {
            const QModelIndex i = m_sources->index(row, 0, parent);
            const bool below = filter(i);
            const bool show = needle.isEmpty() || below || m_sources->pathAt(i).contains(needle, Qt::CaseInsensitive);
            m_sourceView->setRowHidden(row, parent, !show);
            if (below && !needle.isEmpty())
                m_sourceView->expand(i);
            any = any || show;
        }
        return any;
    };
    filter({});
    if (needle.isEmpty())
        m_sourceView->expandToDepth(0);
}

void MappingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refreshTimer->start();
}

void MappingsPage::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

void MappingsPage::setOdooConnection(const Connectors::OdooConfig &config)
{
    m_odooConfig = config;
    if (m_key.system == QLatin1String("odoo"))
        readOdooFields();
}

void MappingsPage::readOdooFields()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    delete m_odoo;
    m_odoo = new Connectors::OdooClient(m_network, *m_odooConfig, this);
    m_targetsStatus->setText(tr("Reading the fields of %1 from Odoo…").arg(m_key.entity));
    const QJsonObject kwargs { { QStringLiteral("attributes"), FieldCatalog::odooFieldAttributes() } };
    QPointer<Connectors::OdooClient> client = m_odoo;
    m_odoo->call(m_key.entity,
        QStringLiteral("fields_get"),
        {},
        kwargs,
        [this, client, key = m_key](const Connectors::OdooResult &r) {
            if (!client || client != m_odoo || key != m_key)
                return; // a newer connection's answer counts, and only for the key shown
            if (!r.ok) {
                m_targetsStatus->setText(tr("Odoo's fields could not be read: %1").arg(r.message));
                Q_EMIT targetFieldsRead(false);
                return;
            }
            const QJsonObject all = r.value.toObject();
            // Required here means "only a rule can fill it": Odoo's required custom fields, which the order
            // flow checks itself (the preview too). Odoo's own required fields (name, dates, addresses,
            // company) are filled by Odoo or by the flow, so flagging them would only alarm.
            m_requiredTargets.clear();
            for (const RequiredField &f : MappingCatalog::odooRequiredCustomFields(all))
                m_requiredTargets << f.name;
            m_schemaFields = FieldCatalog::fromOdooFieldsGet(all, m_requiredTargets);
            m_rules->setTargetFields(m_schemaFields);
            runPreview();
            updateState();
            Q_EMIT targetFieldsRead(true);
        });
}

bool MappingsPage::hasUnsavedChanges() const
{
    return !m_undo->isClean();
}

void MappingsPage::updateState()
{
    QString state;
    if (!m_undo->isClean())
        state = tr("Unsaved changes");
    else if (m_draftVersion > 0)
        state = tr("Draft v%1 (not yet used by the flows)").arg(m_draftVersion);
    else if (m_publishedVersion > 0)
        state = tr("Published v%1 (in use)").arg(m_publishedVersion);
    else
        state = tr("Shipped default");
    m_state->setText(state);
    const QStringList open = m_rules->unmappedRequired();
    if (!m_schemaFields.isEmpty() && m_key.system != QLatin1String("odoo")) {
        m_targetsStatus->setText(
            tr("%n fields of %1's API; the reserved ones are the flow's own.", nullptr, int(m_schemaFields.size()))
                .arg(systemName()));
    } else if (!m_schemaFields.isEmpty()) {
        m_targetsStatus->setText(open.isEmpty()
                ? tr("%n Odoo fields; every required one is mapped.", nullptr, int(m_schemaFields.size()))
                : tr("%n required custom field(s) are not mapped (highlighted): orders wait until a rule fills them.",
                    nullptr,
                    int(open.size())));
        m_targetsStatus->setToolTip(open.join(QStringLiteral(", ")));
    }
    const bool idle = !m_writeThread && !m_connectionName.isEmpty();
    for (QWidget *b : std::as_const(m_writeButtons))
        b->setEnabled(idle);
    if (auto *discard = findChild<QPushButton *>(QStringLiteral("discardDraft")))
        discard->setEnabled(idle && (m_draftVersion > 0 || !m_undo->isClean()));
    const int selected = m_versions->currentData().toInt();
    m_rollback->setEnabled(idle && selected > 0 && selected != m_publishedVersion && selected != m_draftVersion);
}

int MappingsPage::selectedRuleIndex() const
{
    const QModelIndex current = m_rulesView->currentIndex();
    return current.isValid() ? current.data(MappingTargetsModel::RuleIndexRole).toInt() : -1;
}

void MappingsPage::selectTargetRow(int row)
{
    if (row < 0 || row >= m_rules->rowCount())
        return;
    m_rulesView->setCurrentIndex(m_rules->index(row, MappingTargetsModel::TargetColumn));
}

void MappingsPage::showOpRows(MappingOp op)
{
    const bool readsSource = op != MappingOp::Constant && op != MappingOp::Template;
    m_form->setRowVisible(m_source, readsSource);
    m_form->setRowVisible(m_value, op == MappingOp::Constant);
    m_form->setRowVisible(m_template, op == MappingOp::Template);
    m_form->setRowVisible(m_tableBox, op == MappingOp::Lookup);
    m_form->setRowVisible(m_scale, op == MappingOp::Number);
    m_form->setRowVisible(m_decimals, op == MappingOp::Number || op == MappingOp::Currency);
    m_form->setRowVisible(m_integer, op == MappingOp::Number);
    m_form->setRowVisible(m_currency, op == MappingOp::Currency);
    m_form->setRowVisible(m_format, op == MappingOp::Date);
    m_form->setRowVisible(m_timezone, op == MappingOp::Date);
    m_form->setRowVisible(m_default, op != MappingOp::Constant && op != MappingOp::Each);
    const bool condition = m_whenKind->currentIndex() > 0;
    m_form->setRowVisible(m_whenField, condition);
    m_form->setRowVisible(m_whenValue, condition);
}

void MappingsPage::loadInspector()
{
    const int index = selectedRuleIndex();
    const bool hasRule = index >= 0 && index < m_rules->document().rules.size();
    for (int r = 0; r < m_form->rowCount(); ++r)
        m_form->setRowVisible(r, hasRule);
    if (!hasRule) {
        const QModelIndex current = m_rulesView->currentIndex();
        m_inspectorHint->setText(current.isValid() && current.data(MappingTargetsModel::ReservedRole).toBool()
                ? tr("%1 is set by the order flow itself.")
                      .arg(current.data(MappingTargetsModel::TargetRole).toString())
                : tr("Drag a source field onto a target to map it, or select both and press Map (Ctrl+M)."));
        m_inspectorHint->show();
        return;
    }
    m_inspectorHint->hide();
    const QSignalBlocker blockTable(m_table);
    m_loadingInspector = true;
    const MappingRule &rule = m_rules->document().rules.at(index);
    m_target->setText(rule.target);
    m_op->setCurrentIndex(m_op->findData(toString(rule.op)));
    m_source->setText(rule.source);
    m_value->setText(textFromValue(rule.value));
    m_template->setText(rule.templateText);
    m_table->removeRows(0, m_table->rowCount());
    for (auto it = rule.table.begin(); it != rule.table.end(); ++it)
        m_table->appendRow({ new QStandardItem(it.key()), new QStandardItem(textFromValue(it.value())) });
    m_scale->setValue(rule.scale);
    m_decimals->setValue(rule.decimals.value_or(-1));
    m_integer->setChecked(rule.integer);
    m_currency->setText(rule.currency);
    m_format->setText(rule.format);
    m_timezone->setText(rule.timezone);
    m_whenKind->setCurrentIndex(int(rule.when.kind));
    m_whenField->setText(rule.when.field);
    m_whenValue->setText(rule.when.kind == MappingCondition::Kind::Always ? QString() : textFromValue(rule.when.value));
    m_default->setText(rule.defaultValue ? textFromValue(*rule.defaultValue) : QString());
    m_required->setChecked(rule.required);
    m_loadingInspector = false;
    m_inspector->setTitle(tr("Rule for %1").arg(rule.target));
    showOpRows(rule.op);
}

void MappingsPage::commitInspector()
{
    const int index = selectedRuleIndex();
    if (m_loadingInspector || index < 0 || index >= m_rules->document().rules.size())
        return;
    const MappingRule &before = m_rules->document().rules.at(index);
    MappingRule rule = before;
    rule.target = m_target->text().trimmed().isEmpty() ? before.target : m_target->text().trimmed();
    rule.op = mappingOpFromString(m_op->currentData().toString()).value_or(before.op);
    rule.source = m_source->text().trimmed();
    rule.value = valueFromText(m_value->text());
    rule.templateText = m_template->text();
    rule.table = {};
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString from = m_table->item(r, 0) ? m_table->item(r, 0)->text() : QString();
        if (!from.isEmpty())
            rule.table.insert(from, valueFromText(m_table->item(r, 1) ? m_table->item(r, 1)->text() : QString()));
    }
    rule.scale = m_scale->value();
    rule.decimals = m_decimals->value() < 0 ? std::nullopt : std::optional(m_decimals->value());
    rule.integer = m_integer->isChecked();
    rule.currency = m_currency->text().trimmed();
    rule.format = m_format->text().trimmed();
    rule.timezone = m_timezone->text().trimmed();
    rule.when.kind = MappingCondition::Kind(m_whenKind->currentIndex());
    rule.when.field = rule.when.kind == MappingCondition::Kind::Always ? QString() : m_whenField->text().trimmed();
    rule.when.value = rule.when.kind == MappingCondition::Kind::Always ? QJsonValue()
        : m_whenValue->text().isEmpty() && rule.when.kind == MappingCondition::Kind::Exists
        ? QJsonValue(true)
        : valueFromText(m_whenValue->text());
    rule.defaultValue = m_default->text().isEmpty() ? std::nullopt : std::optional(valueFromText(m_default->text()));
    rule.required = m_required->isChecked();
    // Only the chosen operation's parameters: the others would be saved, unused, in the document.
    const MappingOp op = rule.op;
    if (op == MappingOp::Constant || op == MappingOp::Template)
        rule.source.clear();
    if (op != MappingOp::Template)
        rule.templateText.clear();
    if (op != MappingOp::Lookup)
        rule.table = {};
    if (op != MappingOp::Number) {
        rule.scale = 1;
        rule.integer = false;
    }
    if (op != MappingOp::Number && op != MappingOp::Currency)
        rule.decimals.reset();
    if (op != MappingOp::Currency)
        rule.currency.clear();
    if (op != MappingOp::Date) {
        rule.format.clear();
        rule.timezone.clear();
    }
    if (op == MappingOp::Constant || op == MappingOp::Each)
        rule.defaultValue.reset();
    showOpRows(rule.op);
    if (rule.toJson() == before.toJson())
        return;
    RuleEdit edit;
    edit.kind = RuleEdit::Kind::Replace;
    edit.row = index;
    edit.rule = rule;
    edit.previous = before;
    edit.text = tr("Edit the rule for %1").arg(before.target);
    m_rules->request(edit);
}

void MappingsPage::mapSelected()
{
    const QString source = m_sources->pathAt(m_sourceView->currentIndex());
    const QModelIndex target = m_rulesView->currentIndex();
    if (source.isEmpty() || !target.isValid()) {
        m_status->setStatus(StatusLine::Tone::Warning, tr("Select a source field and a target first."));
        return;
    }
    if (const auto edit = m_rules->mapEdit(source, target.row()))
        m_rules->request(*edit);
    else if (target.data(MappingTargetsModel::ReservedRole).toBool())
        m_status->setStatus(StatusLine::Tone::Warning,
            tr("%1 is set by the order flow itself.").arg(target.data(MappingTargetsModel::TargetRole).toString()));
}

void MappingsPage::removeSelected()
{
    const int index = selectedRuleIndex();
    if (index < 0)
        return;
    RuleEdit edit;
    edit.kind = RuleEdit::Kind::Remove;
    edit.row = index;
    edit.rule = m_rules->document().rules.at(index);
    edit.text = tr("Remove the rule for %1").arg(edit.rule.target);
    m_rules->request(edit);
}

void MappingsPage::moveSelected(int by)
{
    const int index = selectedRuleIndex();
    const int to = index + by;
    if (index < 0 || to < 0 || to >= m_rules->document().rules.size())
        return;
    RuleEdit edit;
    edit.kind = RuleEdit::Kind::Move;
    edit.row = index;
    edit.toRow = to;
    edit.text = tr("Move the rule for %1").arg(m_rules->document().rules.at(index).target);
    m_rules->request(edit);
}

void MappingsPage::runPreview()
{
    m_previewTimer->stop();
    // A few rules over a few dozen orders: pure and quick, so it runs here rather than on a thread.
    const int selected = m_preview->payloadRow(m_previewView->currentIndex());
    m_preview->setRows(MappingPreview::run(m_rules->document(), m_published, m_payloads, m_requiredTargets));
    for (int r = 0; r < m_preview->rowCount(); ++r)
        if (m_preview->index(r, 0).data(MappingPreviewModel::ProblemRole).toBool())
            m_previewView->expand(m_preview->index(r, 0));
    if (m_preview->rowCount() > 0) {
        m_previewView->expand(m_preview->index(0, 0));
        m_previewView->setCurrentIndex(m_preview->index(std::clamp(selected, 0, m_preview->rowCount() - 1), 0));
    }
    int failing = 0;
    for (const PreviewRow &r : m_preview->rows())
        failing += r.draftMaps() ? 0 : 1;
    m_previewSummary->setText(m_payloads.isEmpty()
            ? tr("No orders in the store yet: the preview fills as orders arrive.")
            : failing == 0 ? tr("%n orders, all map.", nullptr, int(m_payloads.size()))
                           : tr("%1 of %n orders fail to map.", nullptr, int(m_payloads.size())).arg(failing));
    showResult();
    Q_EMIT previewUpdated();
}

void MappingsPage::showResult()
{
    const int row = m_preview->payloadRow(m_previewView->currentIndex());
    if (row < 0) {
        m_result->clear();
        return;
    }
    const PreviewRow &p = m_preview->rows().at(row);
    m_result->setPlainText(QString::fromUtf8(QJsonDocument(p.draft.result).toJson(QJsonDocument::Indented)));
}

void MappingsPage::runWrite(
    const QString &busy, std::function<QString(MappingRepository &)> write, QString done, std::function<void()> then)
{
    if (m_writeThread || m_connectionName.isEmpty())
        return;
    static std::atomic<int> serial = 0;
    const QString name = QStringLiteral("mapping-write-%1").arg(++serial);
    m_status->setStatus(StatusLine::Tone::Neutral, busy);
    // The outcome is reported once the thread has finished, so the next write can start from the handler.
    auto error = std::make_shared<QString>();
    m_writeThread = QThread::create([database = m_database, name, write = std::move(write), error] {
        if (const auto opened = Database::open(database, name)) {
            *error = opened->message;
        } else {
            {
                MappingRepository repo(name, database.dialect);
                *error = write(repo);
            }
            Database::close(name);
        }
    });
    connect(m_writeThread, &QThread::finished, this, [this, error, done, then] {
        m_writeThread->deleteLater();
        m_writeThread = nullptr;
        const bool ok = error->isEmpty();
        if (ok && then)
            then();
        updateState();
        m_status->setStatus(ok ? StatusLine::Tone::Good : StatusLine::Tone::Bad, ok ? done : *error);
        Q_EMIT storeWriteFinished(ok, ok ? done : *error);
    });
    updateState();
    m_writeThread->start();
}

namespace {
QString problemsText(const std::optional<StoreError> &error, const QList<MappingError> &problems)
{
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const MappingError &p : problems)
            lines << p.text();
        return lines.join(QLatin1Char('\n'));
    }
    return error ? error->message : QString();
}
} // namespace

void MappingsPage::saveDraft()
{
    const MappingDocument document = m_rules->document();
    const int cleanAt = m_undo->index();
    runWrite(
        tr("Saving the draft…"),
        [document, actor = m_actor](MappingRepository &repo) {
            QList<MappingError> problems;
            return problemsText(repo.saveDraft(document, actor, &problems), problems);
        },
        tr("Draft saved. The flows keep using the published version until you publish."),
        // The document stays in the editor as it is, with its undo history; only the version numbers change.
        [this, cleanAt] {
            if (m_undo->index() == cleanAt)
                m_undo->setClean();
            MappingRepository repo(m_connectionName, m_database.dialect);
            const auto draft = repo.draft(m_key);
            m_draftVersion = draft ? draft->version : 0;
        });
}

void MappingsPage::discardDraft()
{
    runWrite(
        tr("Discarding the draft…"),
        [key = m_key](MappingRepository &repo) {
            if (!repo.draft(key))
                return QString(); // only unsaved edits: going back to the store is all there is to do
            const auto error = repo.discardDraft(key);
            return error ? error->message : QString();
        },
        tr("Draft discarded."),
        [this] { reload(); });
}

void MappingsPage::publish(const QString &comment)
{
    const MappingDocument document = m_rules->document();
    runWrite(
        tr("Publishing…"),
        [document, key = m_key, actor = m_actor, comment](MappingRepository &repo) {
            QList<MappingError> problems;
            if (const auto e = repo.saveDraft(document, actor, &problems); e || !problems.isEmpty())
                return problemsText(e, problems);
            int version = 0;
            const auto error = repo.publish(key, actor, comment, &version);
            return error ? error->message : QString();
        },
        tr("Published. New orders use these rules from now on."),
        [this] { reload(); });
}

void MappingsPage::rollbackTo(int version, const QString &comment)
{
    runWrite(
        tr("Rolling back…"),
        [key = m_key, version, actor = m_actor, comment](MappingRepository &repo) {
            const auto error = repo.rollback(key, version, actor, comment);
            return error ? error->message : QString();
        },
        tr("Version %1's rules are published again.").arg(version),
        [this] { reload(); });
}

void MappingsPage::importFrom(const QString &path)
{
    runWrite(
        tr("Importing…"),
        [path, actor = m_actor](MappingRepository &repo) {
            QList<MappingError> problems;
            return problemsText(repo.importFile(path, actor, &problems), problems);
        },
        tr("Imported %1 as the draft.").arg(QDir::toNativeSeparators(path)),
        [this] { reload(); });
}

void MappingsPage::exportTo(const QString &path)
{
    // What the editor shows, saved or not: a small file, written whole or not at all.
    MappingVersion v;
    v.key = m_key;
    v.version = hasUnsavedChanges() ? 0 : m_draftVersion > 0 ? m_draftVersion : m_publishedVersion;
    v.state = m_draftVersion > 0 || hasUnsavedChanges() || m_publishedVersion == 0 ? MappingState::Draft
                                                                                   : MappingState::Published;
    v.document = m_rules->document();
    v.author = m_actor;
    v.createdAt = QDateTime::currentMSecsSinceEpoch();
    QSaveFile file(path);
    const bool ok
        = file.open(QIODevice::WriteOnly) && file.write(MappingRepository::exportJson(v)) >= 0 && file.commit();
    const QString message = ok ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                               : tr("The export failed: %1").arg(file.errorString());
    m_status->setStatus(ok ? StatusLine::Tone::Good : StatusLine::Tone::Bad, message);
    Q_EMIT storeWriteFinished(ok, message);
}

void MappingsPage::askPublish()
{
    bool ok = false;
    const QString comment = QInputDialog::getText(this,
        tr("Publish the mapping"),
        tr("What changes, and why? (Recorded in the audit log with your name.)"),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (ok)
        publish(comment.trimmed());
}

void MappingsPage::askRollback()
{
    const int version = m_versions->currentData().toInt();
    if (version <= 0)
        return;
    bool ok = false;
    const QString comment = QInputDialog::getText(this,
        tr("Roll back the mapping"),
        tr("Why go back to version %1? (Recorded in the audit log.)").arg(version),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (ok)
        rollbackTo(version, comment.trimmed());
}

void MappingsPage::chooseImport()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import a mapping"), QDir::homePath(), tr("Mapping files (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

void MappingsPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this,
        tr("Export the mapping"),
        QDir::home().filePath(QStringLiteral("%1.%2.%3.json").arg(m_key.system, m_key.entity, m_key.direction)),
        tr("Mapping files (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace Quayside::Ui
