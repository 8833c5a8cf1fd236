#include "sandbox/host/storeteam.h"

#include "sandbox/odoo/odooemulator.h"

#include <QLoggingCategory>

namespace Quayside::Sandbox {

Q_LOGGING_CATEGORY(lcStoreTeam, "quayside.sandbox.storeteam")

namespace {
constexpr int kPicksPerRound = 3;
// A parcel waits for the carrier, a buyer takes a while to come by: long enough for Quayside to see the
// picked state in between.
constexpr int kRoundsBeforeHandOver = 3;
} // namespace

StoreTeam::StoreTeam(OdooEmulator *odoo, QString warehouseCode, QObject *parent)
    : QObject(parent)
    , m_odoo(odoo)
    , m_warehouseCode(std::move(warehouseCode))
{
    connect(&m_timer, &QTimer::timeout, this, &StoreTeam::round);
}

void StoreTeam::start(int everyMs)
{
    m_timer.start(everyMs);
}

void StoreTeam::round()
{
    ++m_round;
    try {
        const Json warehouses = m_odoo->callAsUser("stock.warehouse",
            "search_read",
            Json::array(),
            { { "domain", Json::array({ Json::array({ "code", "=", m_warehouseCode.toStdString() }) }) },
                { "fields", Json::array({ "out_type_id" }) } });
        if (warehouses.empty())
            return;
        const Json &type = warehouses[0]["out_type_id"]; // [id, name] as a read shows a many2one
        const int outType = OdooJson::idOf(type.is_array() && !type.empty() ? type[0] : type);
        const Json pickings = m_odoo->callAsUser("stock.picking",
            "search_read",
            Json::array(),
            { { "domain",
                  Json::array({ Json::array({ "picking_type_id", "=", outType }),
                      Json::array({ "state", "=", "assigned" }) }) },
                { "fields", Json::array({ "id" }) },
                { "order", "id asc" } });
        int picks = 0;
        for (const Json &picking : pickings) {
            const int id = picking["id"].get<int>();
            const Json moves = m_odoo->callAsUser("stock.move",
                "search_read",
                Json::array(),
                { { "domain", Json::array({ Json::array({ "picking_id", "=", id }) }) },
                    { "fields", Json::array({ "id", "picked", "state" }) } });
            Json unpicked = Json::array();
            for (const Json &m : moves)
                if (m["state"] != "cancel" && m["picked"] != true)
                    unpicked.push_back(m["id"]);
            if (unpicked.empty() && !moves.empty()
                && m_round - m_pickedInRound.value(id, m_round - kRoundsBeforeHandOver) >= kRoundsBeforeHandOver) {
                const Json result = m_odoo->callAsUser("stock.picking",
                    "button_validate",
                    Json::array({ Json::array({ id }) }),
                    { { "context", { { "skip_sms", true } } } });
                if (result.is_object() && result.value("res_model", "") == "stock.backorder.confirmation")
                    m_odoo->callAsUser("stock.backorder.confirmation",
                        "process",
                        Json::array({ Json::array({ result.value("res_id", 0) }) }),
                        { { "context", result.value("context", Json::object()) } });
                ++m_validated;
                m_pickedInRound.remove(id);
            } else if (!unpicked.empty() && picks < kPicksPerRound) {
                m_odoo->callAsUser("stock.move", "write", Json::array({ unpicked, { { "picked", true } } }), {});
                m_pickedInRound.insert(id, m_round);
                ++picks;
                ++m_picked;
            }
        }
    } catch (const std::exception &e) { // OdooError, as Odoo would show it on screen
        qCWarning(lcStoreTeam) << "The store team could not work in Odoo:" << e.what();
    }
}

} // namespace Quayside::Sandbox
