#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/mapping/mappingdocument.h"
#include "core/mapping/mappingpreview.h"
#include "core/mapping/mappingtargetsmodel.h"
#include "core/mapping/sourcefieldmodel.h"
#include "core/store/database.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QThread;
class QTimer;
class QTreeView;
class QUndoStack;

namespace Quayside::Mapping {
class MappingPreviewModel;
class MappingRepository;
class SourceFieldModel;
} // namespace Quayside::Mapping

namespace Quayside::Ui {

class AccessGate;

class StatusLine;

// The field mapping editor for the flows' keys (MappingCatalog::flowKeys, chosen at the top): source
// fields on the left (FieldCatalog: the order query walked against Shopify's schema on a worker thread, or
// the shipment report's fields, merged with what recent records carried; a filter box above), the draft's
// rules and the target's fields on the right (Odoo's fields_get, else the catalog's list). Dragging a source
// field onto a target, "Map" (Ctrl+M) and the inspector's edits all go through one undo stack. The preview
// runs the draft on the newest real payloads in the store, with every error and the difference from the
// published version; while the page is shown, a timer reads the newest payloads again on a worker thread.
// Saving, publishing, rolling back and importing run on a worker thread with a connection of their own,
// like the audit export, so the window never waits on the engine's writers.
class MappingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingsPage)

public:
    MappingsPage(DatabaseConfig database, QString actor, QWidget *parent = nullptr);
    // Admin actions ask for the passphrase through `gate` first; without one they run directly.
    void setAccessGate(AccessGate *gate) { m_gate = gate; }
    ~MappingsPage() override;

    // Reads the key's versions and recent payloads on `connectionName` (the console's read connection).
    void attachStore(const QString &connectionName);
    // Reads the target model's fields (fields_get) from this Odoo, asynchronously.
    void setOdooConnection(const Connectors::OdooConfig &config);
    // Shows another key's mapping (one of MappingCatalog::flowKeys); unsaved changes are dropped.
    void setKey(const Mapping::MappingKey &key);

    Mapping::MappingTargetsModel *targetsModel() const { return m_rules; }
    Mapping::SourceFieldModel *sourceModel() const { return m_sources; }
    Mapping::MappingPreviewModel *previewModel() const { return m_preview; }
    QUndoStack *undoStack() const { return m_undo; }
    const Mapping::MappingKey &key() const { return m_key; }
    bool hasUnsavedChanges() const;

public Q_SLOTS:
    void reload();
    void saveDraft();
    void discardDraft();
    void publish(const QString &comment);
    void rollbackTo(int version, const QString &comment);
    void importFrom(const QString &path);
    void exportTo(const QString &path);
    // Maps the selected source field onto the selected target: the keyboard's drag and drop.
    void mapSelected();
    void setPreviewSize(int payloads);
    // Reads the newest payloads again on a worker thread (orders keep arriving) and re-runs the preview when
    // they changed; the draft stays. A timer calls it while the page is shown.
    void refreshPayloads();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

Q_SIGNALS:
    void storeWriteFinished(bool ok, const QString &message);
    void targetFieldsRead(bool ok);
    // The source schema's fields are in the tree (or could not be read: `ok` false).
    void sourceFieldsRead(bool ok);
    // A refreshPayloads read finished; `changed`: it brought other payloads, and the preview ran again.
    void payloadsRefreshed(bool changed);
    void previewUpdated();

private:
    AccessGate *m_gate = nullptr;
    QWidget *buildSources();
    QWidget *buildRules();
    QWidget *buildInspector();
    QWidget *buildPreview();
    void buildActions();
    // Runs `write` on a worker thread with its own connection; on success `then` runs here, then
    // storeWriteFinished tells how it went.
    void runWrite(const QString &busy,
        std::function<QString(Mapping::MappingRepository &)> write,
        QString done,
        std::function<void()> then = {});
    void readOdooFields();
    QString keyTitle(const Mapping::MappingKey &key) const;
    QString systemName() const;
    // True when nothing unsaved would be lost, or the operator agrees to drop it.
    bool confirmLeaving();
    void loadInspector();
    void commitInspector();
    void showOpRows(Mapping::MappingOp op);
    void runPreview();
    void readSourceSchema();
    void readTargetSchema();
    // The source tree: the schema's fields merged with the current payloads' (FieldCatalog).
    void showSources();
    void filterSources(const QString &text);
    void showResult();
    void updateState();
    int selectedRuleIndex() const;
    void selectTargetRow(int row);
    void askPublish();
    void askRollback();
    void chooseImport();
    void chooseExport();
    void removeSelected();
    void moveSelected(int by);

    DatabaseConfig m_database;
    QString m_actor;
    QString m_connectionName;
    Mapping::MappingKey m_key;
    std::optional<Mapping::MappingDocument> m_published;
    int m_draftVersion = 0;
    int m_publishedVersion = 0;
    QList<Mapping::PreviewPayload> m_payloads;
    QList<Mapping::TargetField> m_schemaFields;
    QList<Mapping::SourceField> m_schemaSources;
    QStringList m_requiredTargets;

    Mapping::SourceFieldModel *m_sources;
    Mapping::MappingTargetsModel *m_rules;
    Mapping::MappingPreviewModel *m_preview;
    QUndoStack *m_undo;
    QTimer *m_previewTimer;
    QTimer *m_refreshTimer;
    QNetworkAccessManager *m_network = nullptr;
    Connectors::OdooClient *m_odoo = nullptr;
    std::optional<Connectors::OdooConfig> m_odooConfig;
    QThread *m_writeThread = nullptr;
    QThread *m_readThread = nullptr;
    bool m_readAgain = false;
    QThread *m_schemaThread = nullptr;
    bool m_schemaAgain = false;
    QThread *m_targetThread = nullptr;
    bool m_targetAgain = false;

    QLabel *m_title = nullptr;
    QComboBox *m_keys = nullptr;
    QLabel *m_state = nullptr;
    StatusLine *m_status = nullptr;
    QLineEdit *m_sourceFilter = nullptr;
    QLabel *m_sourcesStatus = nullptr;
    QTreeView *m_sourceView = nullptr;
    QTableView *m_rulesView = nullptr;
    QLabel *m_targetsStatus = nullptr;
    QComboBox *m_versions = nullptr;
    QPushButton *m_rollback = nullptr;
    QList<QWidget *> m_writeButtons;

    // Inspector
    QGroupBox *m_inspector = nullptr;
    QLabel *m_inspectorHint = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_op = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_template = nullptr;
    QWidget *m_tableBox = nullptr;
    QStandardItemModel *m_table = nullptr;
    QTableView *m_tableView = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QSpinBox *m_decimals = nullptr;
    QCheckBox *m_integer = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_format = nullptr;
    QLineEdit *m_timezone = nullptr;
    QComboBox *m_whenKind = nullptr;
    QLineEdit *m_whenField = nullptr;
    QLineEdit *m_whenValue = nullptr;
    QLineEdit *m_default = nullptr;
    QCheckBox *m_required = nullptr;
    bool m_loadingInspector = false;

    // Preview
    QSpinBox *m_previewSize = nullptr;
    QLabel *m_previewSummary = nullptr;
    QTreeView *m_previewView = nullptr;
    QPlainTextEdit *m_result = nullptr;
};

} // namespace Quayside::Ui
