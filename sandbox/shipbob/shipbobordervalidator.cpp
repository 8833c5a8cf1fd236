#include "sandbox/shipbob/shipbobordervalidator.h"

#include <QDateTime>

namespace Quayside::Sandbox {

namespace {

using nlohmann::json;

class Reader
{
public:
    explicit Reader(ShipBobModelErrors &errors)
        : m_errors(errors)
    { }

    void add(const std::string &key, const std::string &message) { m_errors[key].push_back(message); }

    // A string field: required or not, with ShipBob's length limits. Nulls count as absent.
    std::optional<std::string> string(
        const json &object, const std::string &field, const std::string &path, bool required, size_t maxLength = 0)
    {
        const auto it = object.find(field);
        if (it == object.end() || it->is_null()) {
            if (required)
                add(path, "The " + field + " field is required.");
            return std::nullopt;
        }
        if (!it->is_string()) {
            add("$." + path, "The JSON value could not be converted to System.String. Path: $." + path + ".");
            return std::nullopt;
        }
        const auto value = it->get<std::string>();
        if (required && value.empty()) {
            add(path, "The " + field + " field is required.");
            return std::nullopt;
        }
        if (maxLength > 0 && QString::fromStdString(value).size() > qsizetype(maxLength)) {
            add(path,
                "The field " + field + " must be a string with a maximum length of " + std::to_string(maxLength) + ".");
            return std::nullopt;
        }
        return value;
    }

    std::optional<qint64> integer(const json &object, const std::string &field, const std::string &path, bool required)
    {
        const auto it = object.find(field);
        if (it == object.end() || it->is_null()) {
            if (required)
                add(path, "The " + field + " field is required.");
            return std::nullopt;
        }
        if (!it->is_number_integer() || it->get<qint64>() > 2147483647LL || it->get<qint64>() < -2147483648LL) {
            add("$." + path, "The JSON value could not be converted to System.Int32. Path: $." + path + ".");
            return std::nullopt;
        }
        return it->get<qint64>();
    }

    std::optional<double> number(const json &object, const std::string &field, const std::string &path)
    {
        const auto it = object.find(field);
        if (it == object.end() || it->is_null())
            return std::nullopt;
        if (!it->is_number()) {
            add("$." + path, "The JSON value could not be converted to System.Decimal. Path: $." + path + ".");
            return std::nullopt;
        }
        return it->get<double>();
    }

    const json *object(const json &parent, const std::string &field, const std::string &path, bool required)
    {
        const auto it = parent.find(field);
        if (it == parent.end() || it->is_null()) {
            if (required)
                add(path, "The " + field + " field is required.");
            return nullptr;
        }
        if (!it->is_object()) {
            add("$." + path, "The JSON value could not be converted to an object. Path: $." + path + ".");
            return nullptr;
        }
        return &*it;
    }

private:
    ShipBobModelErrors &m_errors;
};

QString q(const std::optional<std::string> &s)
{
    return s ? QString::fromStdString(*s) : QString();
}

json recipientFrom(const json &recipient, Reader &r)
{
    json out = json::object();
    if (auto name = r.string(recipient, "name", "recipient.name", true, 300))
        out["name"] = *name;
    if (auto email = r.string(recipient, "email", "recipient.email", false); email && !email->empty()) {
        if (email->find('@') == std::string::npos)
            r.add("recipient.email", "The email field is not a valid e-mail address.");
        out["email"] = *email;
    }
    if (auto phone = r.string(recipient, "phone_number", "recipient.phone_number", false, 50))
        out["phone_number"] = *phone;
    if (const json *address = r.object(recipient, "address", "recipient.address", true)) {
        json a = json::object();
        for (const char *field : { "address1", "city", "country" })
            if (auto v = r.string(*address, field, std::string("recipient.address.") + field, true))
                a[field] = *v;
        for (const char *field : { "address2", "company_name", "state", "zip_code" })
            if (auto v = r.string(*address, field, std::string("recipient.address.") + field, false))
                a[field] = *v;
        out["address"] = a;
    }
    return out;
}

} // namespace

ShipBobOrder ShipBobOrderValidator::parse(const QByteArray &body, ShipBobModelErrors &errors)
{
    ShipBobOrder order;
    json doc = json::parse(body.toStdString(), nullptr, false);
    if (doc.is_discarded()) {
        errors["$"].push_back("The request body is not valid JSON.");
        return order;
    }
    if (!doc.is_object()) {
        errors["$"].push_back("The JSON value could not be converted to ShipBob.Orders.CreateOrderModel. Path: $.");
        return order;
    }
    Reader r(errors);
    order.referenceId = q(r.string(doc, "reference_id", "reference_id", true, 300));
    order.orderNumber = q(r.string(doc, "order_number", "order_number", false, 400));
    order.shippingMethod = q(r.string(doc, "shipping_method", "shipping_method", true));
    const auto type = r.string(doc, "type", "type", true);
    if (type) {
        if (*type != "DTC" && *type != "DropShip" && *type != "B2B")
            r.add("type", "The value '" + *type + "' is not valid for type. Valid values: DTC, DropShip, B2B.");
        order.type = QString::fromStdString(*type);
    }
    if (auto gift = r.string(doc, "gift_message", "gift_message", false, 500))
        order.giftMessage = *gift;
    if (auto purchase = r.string(doc, "purchase_date", "purchase_date", false)) {
        if (!QDateTime::fromString(QString::fromStdString(*purchase), Qt::ISODateWithMs).isValid())
            r.add(
                "$.purchase_date", "The JSON value could not be converted to System.DateTime. Path: $.purchase_date.");
        order.purchaseDate = *purchase;
    }
    r.integer(doc, "location_id", "location_id", false);
    if (const json *financials = r.object(doc, "financials", "financials", false)) {
        order.financials = json::object();
        if (auto total = r.number(*financials, "total_price", "financials.total_price"))
            order.financials["total_price"] = *total;
    }
    if (doc.contains("tags") && !doc["tags"].is_null()) {
        if (!doc["tags"].is_array()) {
            r.add("$.tags", "The JSON value could not be converted to a list of tags. Path: $.tags.");
        } else {
            order.tags = json::array();
            for (size_t i = 0; i < doc["tags"].size(); ++i) {
                const std::string path = "tags[" + std::to_string(i) + "]";
                if (!doc["tags"][i].is_object()) {
                    r.add("$." + path, "The JSON value could not be converted to a tag. Path: $." + path + ".");
                    continue;
                }
                const auto name = r.string(doc["tags"][i], "name", path + ".name", true, 50);
                const auto value = r.string(doc["tags"][i], "value", path + ".value", true, 500);
                if (name && value)
                    order.tags.push_back({ { "name", *name }, { "value", *value } });
            }
        }
    }
    if (const json *recipient = r.object(doc, "recipient", "recipient", true))
        order.recipient = recipientFrom(*recipient, r);

    const auto products = doc.find("products");
    if (products == doc.end() || products->is_null()) {
        r.add("products", "The products field is required.");
    } else if (!products->is_array()) {
        r.add("$.products", "The JSON value could not be converted to a list of products. Path: $.products.");
    } else if (products->empty()) {
        r.add("products", "The field products must have at least one item.");
    } else {
        for (size_t i = 0; i < products->size(); ++i) {
            const std::string path = "products[" + std::to_string(i) + "]";
            const json &p = (*products)[i];
            if (!p.is_object()) {
                r.add("$." + path, "The JSON value could not be converted to a product. Path: $." + path + ".");
                continue;
            }
            ShipBobLine line;
            const auto quantity = r.integer(p, "quantity", path + ".quantity", true);
            if (quantity && *quantity <= 0)
                r.add(path + ".quantity", "The field quantity must be greater than 0.");
            line.quantity = int(quantity.value_or(0));
            const auto id = r.integer(p, "id", path + ".id", false);
            if (id) {
                line.productId = int(*id);
            } else {
                // By reference id, ShipBob also needs the name (it may create the product).
                line.referenceId = q(r.string(p, "reference_id", path + ".reference_id", true));
                line.name = q(r.string(p, "name", path + ".name", true));
            }
            line.sku = q(r.string(p, "sku", path + ".sku", false));
            line.gtin = q(r.string(p, "gtin", path + ".gtin", false, 50));
            line.upc = q(r.string(p, "upc", path + ".upc", false, 50));
            line.unitPrice = r.number(p, "unit_price", path + ".unit_price");
            if (auto external = r.integer(p, "external_line_id", path + ".external_line_id", false))
                line.externalLineId = int(*external);
            order.lines << line;
        }
    }
    return order;
}

} // namespace Quayside::Sandbox
