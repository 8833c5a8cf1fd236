// Checks recorded ShipBob emulator requests and responses against the ShipBob 2026-01 OpenAPI document.
// usage: node validate-samples.mjs <openapi.json> <samples.json>
// Each sample is either an HTTP exchange {method, path, status, requestBody, checkRequest, responseBody} or a
// payload {schema: "<components.schemas name>", responseBody}; "expect" says whether it must be "valid" or
// "invalid" (the deliberately wrong samples prove the check can fail). Prints "N passed, M failed".
import Ajv from 'ajv';
import fs from 'node:fs';

const [specPath, samplesPath] = process.argv.slice(2);
if (!specPath || !samplesPath) {
    console.error('usage: node validate-samples.mjs <openapi.json> <samples.json>');
    process.exit(2);
}
const spec = JSON.parse(fs.readFileSync(specPath, 'utf8'));
const samples = JSON.parse(fs.readFileSync(samplesPath, 'utf8'));

// OpenAPI 3.0 schema objects -> JSON Schema for ajv: refs into one registered document, `nullable` as a null
// alternative, and no `additionalProperties: false` beside a $ref/allOf/oneOf (the generator puts it on every
// node; JSON Schema would then forbid every property the referenced schema defines).
function convert(node) {
    if (Array.isArray(node)) return node.map(convert);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
        if (key === '$ref') {
            out.$ref = value.replace('#/components/', 'shipbob#/components/');
            continue;
        }
        out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)])) : convert(value);
    }
    // .NET-style inheritance: a model with its own properties and `allOf: [base]`, where the base also says
    // `additionalProperties: false`, would forbid its own fields. Flatten the base into the model instead.
    if (out.properties && Array.isArray(node.allOf)) {
        const rest = [];
        for (const part of node.allOf) {
            const name = part.$ref?.startsWith('#/components/schemas/') ? part.$ref.slice(21) : null;
            const base = name ? spec.components.schemas[name] : null;
            if (!base?.properties) {
                rest.push(convert(part));
                continue;
            }
            for (const [k, v] of Object.entries(base.properties)) if (!(k in out.properties)) out.properties[k] = convert(v);
            out.required = [...new Set([...(out.required || []), ...(base.required || [])])];
        }
        if (rest.length) out.allOf = rest;
        else delete out.allOf;
    }
    // `oneOf` alternatives that inherit from each other (ShipmentViewModel / InternalShipmentViewModel) both
    // match a plain object; the document means "one of these shapes", so any one will do.
    if (out.oneOf) {
        out.anyOf = out.oneOf;
        delete out.oneOf;
    }
    const composite = out.$ref || out.allOf || out.oneOf || out.anyOf;
    if (out.additionalProperties === false && !out.properties && (composite || (out.type && out.type !== 'object')))
        delete out.additionalProperties;
    if (out.nullable === true) {
        delete out.nullable;
        return { anyOf: [{ type: 'null' }, out] };
    }
    delete out.nullable;
    return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
ajv.addSchema({ $id: 'shipbob', components: { schemas: Object.fromEntries(
    Object.entries(spec.components.schemas).map(([name, schema]) => [name, convert(schema)])) } });

// ShipBob documents its 429 outside the OpenAPI document (https://developer.shipbob.com/rate-limit).
const rateLimited = {
    type: 'object', required: ['statusCode', 'message'], additionalProperties: false,
    properties: { statusCode: { const: 429 }, message: { type: 'string' } },
};

const operations = [];
for (const [template, item] of Object.entries(spec.paths)) {
    const pattern = new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/:]+') + '$');
    const params = (template.match(/\{/g) || []).length;
    for (const [method, op] of Object.entries(item))
        if (['get', 'post', 'put', 'patch', 'delete'].includes(method))
            operations.push({ template, method: method.toUpperCase(), pattern, params, op });
}

function findOperation(method, path) {
    const matches = operations.filter((o) => o.method === method && o.pattern.test(path));
    matches.sort((a, b) => a.params - b.params); // a literal segment wins over a path parameter
    return matches[0];
}

function check(schema, value, where, errors) {
    const validate = ajv.compile(convert(schema));
    if (!validate(value))
        for (const e of validate.errors.slice(0, 8)) errors.push(`${where}${e.instancePath} ${e.message} ${JSON.stringify(e.params)} at ${e.schemaPath}`);
}

function problems(sample) {
    const errors = [];
    if (sample.schema) {
        if (!spec.components.schemas[sample.schema]) return [`unknown schema ${sample.schema}`];
        check({ $ref: `#/components/schemas/${sample.schema}` }, sample.responseBody, 'payload', errors);
        return errors;
    }
    const found = findOperation(sample.method, sample.path);
    if (!found) return [`no operation ${sample.method} ${sample.path} in the document`];
    const { op } = found;
    if (sample.checkRequest) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (!schema) errors.push(`${found.template} takes no JSON body`);
        else check(schema, sample.requestBody, 'request', errors);
    }
    const response = op.responses?.[String(sample.status)];
    if (sample.status === 429) {
        check(rateLimited, sample.responseBody, 'response', errors);
    } else if (!response) {
        errors.push(`${sample.method} ${found.template} has no ${sample.status} response`);
    } else {
        const schema = response.content?.['application/json']?.schema;
        if (schema) check(schema, sample.responseBody, 'response', errors);
        else if (sample.responseBody !== null && sample.responseBody !== undefined)
            errors.push(`${sample.status} of ${found.template} has no body in the document, got one`);
    }
    return errors;
}

let passed = 0;
let failed = 0;
for (const sample of samples) {
    const errors = problems(sample);
    const wantValid = (sample.expect ?? 'valid') === 'valid';
    const ok = wantValid ? errors.length === 0 : errors.length > 0;
    if (ok) {
        passed++;
        console.log(`ok   ${sample.name}${wantValid ? '' : ` (rejected: ${errors[0]})`}`);
    } else {
        failed++;
        console.log(`FAIL ${sample.name}: ${wantValid ? errors.join('; ') : 'a wrong shape was accepted'}`);
    }
}
if (samples.length === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
