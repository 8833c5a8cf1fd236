#include "sandbox/odoo/odooxmlrpc.h"

#include <QXmlStreamReader>

#include <cmath>
#include <cstdio>

namespace Quayside::Sandbox {

namespace {

std::string escape(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t')
            continue; // Odoo strips control characters
        else
            out += c;
    }
    return out;
}

void dump(const Json &v, std::string &out)
{
    switch (v.type()) {
    case Json::value_t::boolean:
        out += std::string("<value><boolean>") + (v.get<bool>() ? "1" : "0") + "</boolean></value>\n";
        break;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        out += "<value><int>" + v.dump() + "</int></value>\n";
        break;
    case Json::value_t::number_float: {
        const double d = v.get<double>();
        std::string s = v.dump();
        if (d == std::floor(d) && s.find('.') == std::string::npos && s.find('e') == std::string::npos)
            s += ".0";
        out += "<value><double>" + s + "</double></value>\n";
        break;
    }
    case Json::value_t::string:
        out += "<value><string>" + escape(v.get<std::string>()) + "</string></value>\n";
        break;
    case Json::value_t::array:
        out += "<value><array><data>\n";
        for (const auto &item : v)
            dump(item, out);
        out += "</data></array></value>\n";
        break;
    case Json::value_t::object:
        out += "<value><struct>\n";
        for (const auto &[key, item] : v.items()) {
            out += "<member>\n<name>" + escape(key) + "</name>\n";
            dump(item, out);
            out += "</member>\n";
        }
        out += "</struct></value>\n";
        break;
    default:
        throw std::invalid_argument("cannot marshal None unless allow_none is enabled");
    }
}

// Reads the content of a <value> element; the reader is positioned just after its start tag.
Json readValue(QXmlStreamReader &xml)
{
    Json result = "";
    bool typed = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters && !typed) {
            result = result.get<std::string>() + xml.text().toString().toStdString();
        } else if (token == QXmlStreamReader::StartElement) {
            typed = true;
            const QString tag = xml.name().toString();
            if (tag == QLatin1String("array")) {
                result = Json::array();
                while (xml.readNextStartElement()) {
                    if (xml.name() != QLatin1String("data")) {
                        xml.skipCurrentElement();
                        continue;
                    }
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("value"))
                            result.push_back(readValue(xml));
                        else
                            xml.skipCurrentElement();
                    }
                }
            } else if (tag == QLatin1String("struct")) {
                result = Json::object();
                while (xml.readNextStartElement()) {
                    if (xml.name() != QLatin1String("member")) {
                        xml.skipCurrentElement();
                        continue;
                    }
                    std::string name;
                    Json value;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("name"))
                            name = xml.readElementText().toStdString();
                        else if (xml.name() == QLatin1String("value"))
                            value = readValue(xml);
                        else
                            xml.skipCurrentElement();
                    }
                    result[name] = value;
                }
            } else {
                const QString text = xml.readElementText();
                if (tag == QLatin1String("int") || tag == QLatin1String("i4") || tag == QLatin1String("i8"))
                    result = text.trimmed().toLongLong();
                else if (tag == QLatin1String("boolean"))
                    result = text.trimmed() == QLatin1String("1");
                else if (tag == QLatin1String("double"))
                    result = text.trimmed().toDouble();
                else if (tag == QLatin1String("nil"))
                    result = nullptr;
                else
                    result = text.toStdString();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("value")) {
            break;
        }
    }
    return result;
}

} // namespace

bool OdooXmlRpc::containsNull(const Json &value)
{
    if (value.is_null())
        return true;
    if (value.is_structured())
        for (const auto &item : value)
            if (containsNull(item))
                return true;
    return false;
}

std::optional<OdooXmlRpc::Call> OdooXmlRpc::parseCall(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    Call call;
    bool sawCall = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("methodCall"))
            sawCall = true;
        else if (xml.name() == QLatin1String("methodName"))
            call.method = xml.readElementText().toStdString();
        else if (xml.name() == QLatin1String("value"))
            call.params.push_back(readValue(xml));
    }
    if (xml.hasError() || !sawCall || call.method.empty())
        return std::nullopt;
    return call;
}

QByteArray OdooXmlRpc::response(const Json &value)
{
    std::string out = "<?xml version=\"1.0\"?>\n<methodResponse>\n<params>\n<param>\n";
    dump(value, out);
    out += "</param>\n</params>\n\n</methodResponse>\n";
    return QByteArray::fromStdString(out);
}

QByteArray OdooXmlRpc::fault(const Json &faultCode, const std::string &faultString)
{
    std::string out = "<?xml version=\"1.0\"?>\n<methodResponse>\n<fault>\n";
    dump(Json { { "faultCode", faultCode }, { "faultString", faultString } }, out);
    out += "</fault>\n\n</methodResponse>\n";
    return QByteArray::fromStdString(out);
}

} // namespace Quayside::Sandbox
