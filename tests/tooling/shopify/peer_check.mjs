#!/usr/bin/env node
// Shopify's own npm clients against the C++ emulator (tests/tooling/shopify, run by ctest):
//   1. @shopify/admin-api-client runs the product's intake documents: resources/shopify/orders_changed.graphql
//      walks every page, orders_by_ids.graphql reads what it listed in full;
//   2. @shopify/shopify-api obtains a token with the client credentials grant and queries with it;
//   3. @shopify/shopify-api's webhooks.validate() accepts the emulator's signed webhooks (and rejects a tampered body).
// Usage: node peer_check.mjs <quayside_shopify_sandbox> <resources/shopify dir>
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';

const [sandboxExe, resourcesDir] = process.argv.slice(2);
if (!sandboxExe || !resourcesDir) { console.error('usage: node peer_check.mjs <sandbox-exe> <resources-dir>'); process.exit(2); }
const ORDERS = 12;
let failures = 0;
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures++; };

// Webhook receiver: keeps the raw body and headers.
const deliveries = [];
const receiver = http.createServer((req, res) => {
  const chunks = []; req.on('data', c => chunks.push(c));
  req.on('end', () => { deliveries.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }); res.end('ok'); });
});
await new Promise(r => receiver.listen(0, '127.0.0.1', r));
const webhookUrl = `http://127.0.0.1:${receiver.address().port}/webhooks/shopify`;

const child = spawn(sandboxExe, ['--orders', String(ORDERS), '--webhook', webhookUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
child.on('exit', code => { if (!finished) { console.error(`sandbox exited early (${code})`); process.exit(1); } });
let finished = false;
const timer = setTimeout(() => { console.error('timed out'); child.kill(); process.exit(1); }, 40000);
const info = JSON.parse(await new Promise(resolve => readline.createInterface({ input: child.stdout }).once('line', resolve)));
const base = info.url;
const rewrite = url => String(url).replace(`https://${info.shop}`, base);

// The official clients force https://<shop>; route them to the emulator. Patch fetch before the adapters load.
const realFetch = globalThis.fetch;
globalThis.fetch = (url, init) => realFetch(url instanceof Request ? new Request(rewrite(url.url), url) : rewrite(url), init);
await import('@shopify/shopify-api/adapters/web-api');
const { shopifyApi, ApiVersion } = await import('@shopify/shopify-api');
const { createAdminApiClient } = await import('@shopify/admin-api-client');

try {
  // 1. admin-api-client, static token, the product's own document.
  const client = createAdminApiClient({ storeDomain: info.shop, apiVersion: '2026-10', accessToken: info.token,
                                        customFetchApi: (url, init) => realFetch(rewrite(url), init) });
  const listing = fs.readFileSync(path.join(resourcesDir, 'orders_changed.graphql'), 'utf8');
  const fullRead = fs.readFileSync(path.join(resourcesDir, 'orders_by_ids.graphql'), 'utf8');
  const seen = [];
  let after = null, pages = 0;
  for (;;) {
    const resp = await client.request(listing, { variables: { first: 5, after, q: "updated_at:>'2000-01-01T00:00:00Z'" } });
    if (resp.errors) { check(false, `orders page: ${JSON.stringify(resp.errors)}`); break; }
    for (const o of resp.data.orders.nodes) if (!seen.includes(o.id)) seen.push(o.id);
    check(resp.extensions?.cost?.throttleStatus?.maximumAvailable === 2000, `page ${++pages}: extensions.cost present (requested ${resp.extensions?.cost?.requestedQueryCost})`);
    if (!resp.data.orders.pageInfo.hasNextPage) break;
    after = resp.data.orders.pageInfo.endCursor;
  }
  check(seen.length === ORDERS, `admin-api-client walked ${seen.length}/${ORDERS} orders in ${pages} pages`);
  let full = 0;
  for (let i = 0; i < seen.length; i += 5) {
    const resp = await client.request(fullRead, { variables: { ids: seen.slice(i, i + 5), lines: 10 } });
    if (resp.errors) { check(false, `full read: ${JSON.stringify(resp.errors)}`); break; }
    full += resp.data.nodes.filter(o => o && seen.includes(o.id) && o.lineItems.nodes.length > 0).length;
  }
  check(full === ORDERS, `admin-api-client read ${full}/${ORDERS} orders in full by id`);

  // 2. shopify-api: client credentials grant, then a query with the new token.
  const shopify = shopifyApi({ apiKey: info.clientId, apiSecretKey: info.clientSecret, hostName: 'localhost',
                               apiVersion: ApiVersion.October26, isEmbeddedApp: false, logger: { level: 0 } });
  const { session } = await shopify.auth.clientCredentials({ shop: info.shop });
  check(typeof session.accessToken === 'string' && session.accessToken.startsWith('shpat_'), 'shopify-api clientCredentials issued a token');
  check(session.expires instanceof Date && session.expires.getTime() > Date.now() + 23 * 3600 * 1000, 'token expires in ~24 h');
  const gql = new shopify.clients.Graphql({ session });
  const shop = await gql.request('{ shop { name myshopifyDomain } }');
  check(shop.data?.shop?.myshopifyDomain === info.shop, 'shopify-api Graphql client with the granted token');

  // 3. Webhooks: every delivery verifies with Shopify's validator.
  const deadline = Date.now() + 15000;
  while (deliveries.filter(d => d.headers['x-shopify-topic'] === 'orders/create').length < ORDERS && Date.now() < deadline)
    await new Promise(r => setTimeout(r, 50));
  const creates = deliveries.filter(d => d.headers['x-shopify-topic'] === 'orders/create');
  check(creates.length === ORDERS, `received ${creates.length}/${ORDERS} orders/create webhooks`);
  let valid = 0;
  for (const d of deliveries) {
    const rawRequest = new Request('https://localhost/webhooks/shopify', { method: 'POST', body: d.body, headers: d.headers });
    const result = await shopify.webhooks.validate({ rawBody: d.body, rawRequest });
    if (result.valid && result.domain === info.shop && result.apiVersion === '2026-10') valid++;
    else console.log('invalid webhook:', JSON.stringify(result));
  }
  check(valid === deliveries.length && valid > 0, `shopify-api webhooks.validate accepted ${valid}/${deliveries.length} deliveries`);
  if (creates.length) {
    const d = creates[0];
    const tampered = await shopify.webhooks.validate({ rawBody: d.body + ' ', rawRequest: new Request('https://localhost/w', { method: 'POST', body: d.body + ' ', headers: d.headers }) });
    check(!tampered.valid && tampered.reason === 'invalid_hmac', 'a tampered body is rejected');
  }
} catch (e) {
  check(false, `exception: ${e.stack || e}`);
} finally {
  clearTimeout(timer);
  finished = true;
  child.kill();
  receiver.close();
}
process.exit(failures ? 1 : 0);
