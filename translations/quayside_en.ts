<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Quayside::AccessSession</name>
    <message>
        <source>Only an admin can change the admin passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin passphrase has been set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase. Further attempts wait %n second(s).</source>
        <translation>
            <numerusform>Wrong passphrase. Further attempts wait %n second.</numerusform>
            <numerusform>Wrong passphrase. Further attempts wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::AlertMonitor</name>
    <message>
        <source>Exceptions need a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders wait for the 3PL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock differs between systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in the exception queue (alert above %1).</source>
        <translation>
            <numerusform>%n job in the exception queue (alert above %1).</numerusform>
            <numerusform>%n jobs in the exception queue (alert above %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>In the last hour, 95 % of jobs took up to %1 s (alert above %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1 has waited %n minute(s) for the 3PL (alert above %2).</source>
        <translation>
            <numerusform>Order %1 has waited %n minute for the 3PL (alert above %2).</numerusform>
            <numerusform>Order %1 has waited %n minutes for the 3PL (alert above %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open inventory mismatch(es) (alert above %1).</source>
        <translation>
            <numerusform>%n open inventory mismatch (alert above %1).</numerusform>
            <numerusform>%n open inventory mismatches (alert above %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Payouts do not match the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payout transaction(s) the books do not account for (alert above %1).</source>
        <translation>
            <numerusform>%n payout transaction the books do not account for (alert above %1).</numerusform>
            <numerusform>%n payout transactions the books do not account for (alert above %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quayside::AuditLogModel</name>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer forgotten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::ConnectionSettings</name>
    <message>
        <source>the shop domain must be the shop&apos;s *.myshopify.com address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client ID is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Odoo address is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ShipBob address is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel ID is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::ConnectionTester</name>
    <message>
        <source>reading orders and order webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading products and variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing product names and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting available stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading fulfilment orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulfilling orders with tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Quayside never ignores certificate errors: check the address, or install the certificate authority the server uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered &quot;not found&quot; (HTTP 404): check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify refused the client ID or client secret of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify&apos;s answer carried no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify did not accept the token it issued for this client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify refused the access token for %1: check that it belongs to this shop and was not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the shop &quot;%1&quot;; the app has every permission Quayside needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the shop &quot;%1&quot;, but the app lacks these permissions: %2. Add them to the app&apos;s access scopes in Shopify and install it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like an Odoo server (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the user %1 with this API key on database %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Odoo %1, database %2, as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob refused the token: check that it is a current Personal Access Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to ShipBob; orders go to the channel &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works, but it has no channel %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works, but it has no channel %1; its channels are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Connectors::OdooClient</name>
    <message>
        <source>Odoo %1 is not supported; Quayside works with Odoo 17, 18 and 19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the login of %1 on database %2: check the user, the API key and the database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Odoo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Connectors::ShopifyClient</name>
    <message>
        <source>No Shopify access token or client credentials are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify refused the client credentials (HTTP %1): check the client id and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get a Shopify access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify throttled the request (cost %1, %2 points available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shopify shop is frozen (unpaid plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shopify shop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify refused the access token (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify answered something that is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::DashboardQuery</name>
    <message>
        <source>Some dashboard figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::ExceptionCauseModel</name>
    <message>
        <source>All causes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::ExceptionModel</name>
    <message>
        <source>Refused by the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::FlowLatencyModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::FlowScheduleModel</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and changed Shopify orders to Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob shipments and internal deliveries to Odoo and Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo stock changes to Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product names and prices between Odoo and Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares stock in Shopify, Odoo and ShipBob</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>every hour</numerusform>
            <numerusform>every %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>every second</numerusform>
            <numerusform>every %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default; no schedule was set for this flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::InventoryMismatchModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::KeychainVault</name>
    <message>
        <source>The keychain could not be used for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::LaneStatusModel</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (backing off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To exceptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::LaneWorker</name>
    <message>
        <source>No handler for step %1/%2; the job was queued by a newer or differently configured Quayside</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database problem (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Mapping::MappingPreviewModel</name>
    <message>
        <source>maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes from published</source>
        <translation>
            <numerusform>%n change from published</numerusform>
            <numerusform>%n changes from published</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Mapping::MappingTargetsModel</name>
    <message>
        <source>Map %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n decimal</numerusform>
            <numerusform>%n decimals</numerusform>
        </translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rules per item</source>
        <translation>
            <numerusform>%n rule per item</numerusform>
            <numerusform>%n rules per item</numerusform>
        </translation>
    </message>
    <message>
        <source>when %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when %1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when %1 is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop a field here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by the order flow itself; a mapping cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Mapping::SourceFieldModel</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in recent payloads; not in the schema of what we read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the schema; seen in recent payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the schema; not in recent payloads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::MismatchModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::OrderMatchModel</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n stuck</numerusform>
            <numerusform>%n stuck</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::OrderTrace</name>
    <message>
        <source>Shopify order name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify order id (ShipBob reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo sale order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::OrderTraceModel</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook: order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid and fulfilled in Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment status received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery done in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the sale order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfil in Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel at the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sale order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice the sale order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note for the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce the return to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order links now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 state now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked in the store (Odoo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for pickup in Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::PayoutModel</name>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for invoices (%n)</source>
        <translation>
            <numerusform>Waiting for an invoice (%n)</numerusform>
            <numerusform>Waiting for invoices (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched</source>
        <translation>
            <numerusform>%n unmatched</numerusform>
            <numerusform>%n unmatched</numerusform>
        </translation>
    </message>
    <message>
        <source>Being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions: %2 unmatched, %3 waiting for an invoice; %4 rounding between Shopify&apos;s charges and Odoo&apos;s invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled (rounding %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Difference not explained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::ReplayPlan</name>
    <message>
        <source>the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create the sale order for %1 (%n line(s), %2) and confirm it</source>
        <translation>
            <numerusform>Create the sale order for %1 (%n line, %2) and confirm it</numerusform>
            <numerusform>Create the sale order for %1 (%n lines, %2) and confirm it</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the sale order for %1 and confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer by e-mail, or create them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing customer is reused, never copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Odoo already has a sale order from this Shopify order, it is kept: no second one is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide where %1 is fulfilled (ShipBob or the internal warehouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier decision for this order is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the fulfilment order for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob refuses a second order with the same Shopify order id; the existing one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the shipment status &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status older than the one recorded changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validate the delivery of %1: %n item(s) shipped</source>
        <translation>
            <numerusform>Validate the delivery of %1: %n item shipped</numerusform>
            <numerusform>Validate the delivery of %1: %n items shipped</numerusform>
        </translation>
    </message>
    <message>
        <source>, tracking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery carries the shipment&apos;s tracking reference, so a second one is never validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfil %1 up to what Odoo has delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fulfil %1: %n item(s)</source>
        <translation>
            <numerusform>Fulfil %1: %n item</numerusform>
            <numerusform>Fulfil %1: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>, tracking %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities already fulfilled under this tracking number are not fulfilled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the fulfilment order of %1 if nothing has shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order already cancelled stays cancelled; one that shipped goes back to this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then cancel the sale orders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale orders already cancelled are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel every sale order made from %1 (unlocking locked ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and post the customer invoice of %1, once every line can be invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One invoice per order: a posted invoice ends the step, a draft one is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and post the credit note of a refund of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and post a credit note of %1 for the refund of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit note names the Shopify refund, so a refund is never credited twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Receive the return of %1: a return of %n item(s) from its deliveries</source>
        <translation>
            <numerusform>Receive the return of %1: a return of %n item from its deliveries</numerusform>
            <numerusform>Receive the return of %1: a return of %n items from its deliveries</numerusform>
        </translation>
    </message>
    <message>
        <source>The return names the Shopify return, so it is found again, not made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then, for orders ShipBob fulfils, create the return order there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up by the Shopify return&apos;s id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create the return order of %1: %n item(s)</source>
        <translation>
            <numerusform>Create the return order of %1: %n item</numerusform>
            <numerusform>Create the return order of %1: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Looked up by the Shopify return&apos;s id first; ShipBob refuses a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the available quantity of %n SKU and location pair(s) that differ from Odoo</source>
        <translation>
            <numerusform>Set the available quantity of %n SKU and location pair that differs from Odoo</numerusform>
            <numerusform>Set the available quantity of %n SKU and location pairs that differ from Odoo</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the available quantities that differ from Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each quantity is an absolute figure, compared before it is set, so a repeat writes nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when inventory correction is on: set Shopify&apos;s available quantities to Odoo&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute figures: a repeat writes nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Update the titles and prices of %n product(s) to Odoo&apos;s</source>
        <translation>
            <numerusform>Update the title and prices of %n product to Odoo&apos;s</numerusform>
            <numerusform>Update the titles and prices of %n products to Odoo&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Update product titles and prices to Odoo&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute values: a repeat writes the same again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write the names and prices of %n product(s) from Shopify</source>
        <translation>
            <numerusform>Write the name and price of %n product from Shopify</numerusform>
            <numerusform>Write the names and prices of %n products from Shopify</numerusform>
        </translation>
    </message>
    <message>
        <source>Write product names and prices from Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the missing order webhook subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing subscriptions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::SettlementItemModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::AccessGate</name>
    <message>
        <source>Not in this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the operator role; this console is in viewer mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has not answered yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the mappings in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::AccessIndicator</name>
    <message>
        <source>Admin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the admin passphrase to change connections, mappings and schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up admin rights now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · locks after %2 min idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::AlertNotifier</name>
    <message>
        <source>Quayside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::AlertThresholdsDialog</name>
    <message>
        <source>Alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exceptions above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 &amp;latency above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest order waiting for the &amp;3PL above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory &amp;mismatches above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tile turns red and a desktop notification appears when its figure goes above the limit. &quot;Off&quot; never alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmatched payout transactions above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::AuditPage</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by order, job, note or value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every entry the filter shows, oldest first, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 newest entries shown; scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::ConnectionsPage</name>
    <message>
        <source>Where Shopify, Odoo and ShipBob are, and how Quayside signs in. Tokens and keys go to this computer&apos;s keychain only; they are never shown again, written to the store or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No systems of yours are connected yet, so Quayside works with simulated ones on this computer. To connect your own, fill in the three sections below, test each one and save; Quayside uses them from its next start. A server uses a configuration file instead (quayside --config, see docs/configuration.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.myshopify.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps made in the Dev Dashboard sign in with a client ID and secret; older custom apps have a static access token (shpat_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hop domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://erp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel orders are created in; the test lists the token&apos;s channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these settings; secrets go to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · shop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · database %2 · user %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · channel %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, except for secrets the keychain did not take: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Quayside connects to these systems from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Still needed before Quayside can use them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::DashboardPage</name>
    <message>
        <source>Connections and lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order has been synced in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries and failures per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was retried or failed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst inventory mismatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To exceptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::DashboardTiles</name>
    <message>
        <source>Orders / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need a decision in the exception queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the 3PL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock mismatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 · p99 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job finished in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job finished in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>oldest %1, %n min</source>
        <translation>
            <numerusform>oldest %1, %n min</numerusform>
            <numerusform>oldest %1, %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>every routed order acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo, Shopify and ShipBob agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every payout matches Odoo&apos;s books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest concerns no order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest on order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::ExceptionsPage</name>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stuck. Orders that cannot go through by themselves appear here, with the reason and what you can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by order or cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was it handled? (needed to resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the step again with today&apos;s mappings and data (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as handled outside Quayside; the note is kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this step out; later steps of the same order can go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:gray&quot;&gt;Select an exception to see why it stopped, its attempts and its data. Select several to act on all of them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 exceptions selected: Replay, Resolve and Skip apply to all of them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trace order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Quayside did for this order, across Shopify, Odoo and ShipBob (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck over an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck over a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck over a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions grouped by cause: pick one to see only its orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock and catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the exceptions you just resolved or skipped back in the queue (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) queued to run again.</source>
        <translation>
            <numerusform>%n exception queued to run again.</numerusform>
            <numerusform>%n exceptions queued to run again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) back in the queue.</source>
        <translation>
            <numerusform>%n exception back in the queue.</numerusform>
            <numerusform>%n exceptions back in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) marked %1. Undo (Ctrl+Z) puts them back.</source>
        <translation>
            <numerusform>%n exception marked %1. Undo (Ctrl+Z) puts it back.</numerusform>
            <numerusform>%n exceptions marked %1. Undo (Ctrl+Z) puts them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details stay hidden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n × </source>
        <translation>
            <numerusform>%n ×</numerusform>
            <numerusform>%n × </numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;li&gt;%1%2: reads only; writes nothing in Shopify, Odoo or ShipBob.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Replay will&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data (customer details shown; recorded in the audit log)&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data (customer details masked) · &lt;a href=&quot;quayside:reveal&quot;&gt;Show customer details&lt;/a&gt;&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step:&lt;/b&gt; %3 / %4 on %5 · &lt;b&gt;attempts:&lt;/b&gt; %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Attempts&lt;/h4&gt;&lt;table cellspacing=6&gt;%1&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark as resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not skip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the operator role: this console is in viewer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data (customer details masked; showing them needs the operator role)&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::HelpWindow</name>
    <message>
        <source>Quayside user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quayside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Quayside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quayside %1&lt;/h3&gt;&lt;p&gt;Keeps a shop&apos;s orders, stock and shipments in sync between Shopify, Odoo and ShipBob.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::InventoryPage</name>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by SKU, location or problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide mismatches the reconciliation has since seen resolved or corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open stock mismatches · last reconciliation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open stock mismatches · last reconciliation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mismatch recorded yet. The reconciliation compares Shopify, Odoo and ShipBob for every SKU and location on its schedule (Flows &amp; schedules) and lists what differs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open matches. Untick &quot;Open only&quot; to also see mismatches since resolved or corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::LatencyChart</name>
    <message>
        <source>Sync latency per flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job has finished in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::MainWindow</name>
    <message>
        <source>Quayside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 · Exceptions %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync engine could not start. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine running · lanes: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot read the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox.&lt;/b&gt; Shopify, Odoo and ShipBob are simulated on this computer, with generated shoppers; nothing here reaches a real shop, ERP or warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify %1 · Odoo %2 · ShipBob %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows &amp; schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been altered outside Quayside: entry %1 does not match its record (%2). Orders keep flowing; keep a copy of the store for whoever investigates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s data was erased from %n order(s); the audit log records it.</source>
        <translation>
            <numerusform>The customer&apos;s data was erased from %n order; the audit log records it.</numerusform>
            <numerusform>The customer&apos;s data was erased from %n orders; the audit log records it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s data could not be erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin rights are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin rights are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2) — see the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be written: %1. The engine waits and starts by itself once it can write again; nothing is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attached to the team store&lt;/b&gt; %1. The headless workers process the queue; this console shows it, and its replays and resolves go to the workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console runs no lanes: they run in the headless workers, whose logs and servers show their health. The tiles and the exception queue above are the team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::MappingsPage</name>
    <message>
        <source>Copy the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} or {field|fallback}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a field equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a field is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a field exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value at all (absent, null or empty) is an error, and the order waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp&amp;late:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sca&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ndition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition fiel&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition val&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Def&amp;ault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w on the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the draft sends to Odoo for the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these rules as the draft; the flows keep using the published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make these rules the ones new orders use; recorded in the audit log with your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a mapping file as the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rules shown as a mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selected version&apos;s rules again; recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the selected source field onto the selected target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rule (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this rule earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this rule later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the fields of %1 from Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s fields could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft v%1 (not yet used by the flows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published v%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped default</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Odoo fields; every required one is mapped.</source>
        <translation>
            <numerusform>%n Odoo field; every required one is mapped.</numerusform>
            <numerusform>%n Odoo fields; every required one is mapped.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is set by the order flow itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a source field onto a target to map it, or select both and press Map (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a source field and a target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders in the store yet: the preview fills as orders arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n orders, all map.</source>
        <translation>
            <numerusform>%n order, it maps.</numerusform>
            <numerusform>%n orders, all map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n orders fail to map.</source>
        <translation>
            <numerusform>%1 of %n order fails to map.</numerusform>
            <numerusform>%1 of %n orders fail to map.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved. The flows keep using the published version until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published. New orders use these rules from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1&apos;s rules are published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes, and why? (Recorded in the audit log with your name.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why go back to version %1? (Recorded in the audit log.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required custom field(s) are not mapped (highlighted): orders wait until a rule fills them.</source>
        <translation>
            <numerusform>%n required custom field is not mapped (highlighted): orders wait until a rule fills it.</numerusform>
            <numerusform>%n required custom fields are not mapped (highlighted): orders wait until a rule fills them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo sale order · from the Shopify order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob order · from the Shopify order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo delivery (stock.picking) · from a ShipBob shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify fulfilment · from a ShipBob shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the draft sends to %1 for the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a field onto a target, or select both and press Map (Ctrl+M). Fields in italics were not in recent orders; struck-out fields are deprecated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of the shipment report, merged with recent reports.</source>
        <translation>
            <numerusform>%n field of the shipment report, merged with recent reports.</numerusform>
            <numerusform>%n fields of the shipment report, merged with recent reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) from the schema, merged with recent orders.</source>
        <translation>
            <numerusform>%n field from the schema, merged with recent orders.</numerusform>
            <numerusform>%n fields from the schema, merged with recent orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema could not be read (%1); showing the fields of recent orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fields of %1&apos;s API; the reserved ones are the flow&apos;s own.</source>
        <translation>
            <numerusform>%n field of %1&apos;s API; the reserved ones are the flow&apos;s own.</numerusform>
            <numerusform>%n fields of %1&apos;s API; the reserved ones are the flow&apos;s own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::OrderTracePage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order name (#1001), customer e-mail, Odoo or ShipBob reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for an order by its Shopify name (#1001), the customer&apos;s email, or an Odoo or ShipBob reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order matches “%1”. Orders appear here once Quayside has taken them in; the search needs the whole name, e-mail or reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the exception queue</source>
        <translation>
            <numerusform>%n in the exception queue</numerusform>
            <numerusform>%n in the exception queue</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a line of the timeline to see its data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data (customer details masked)&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customers&apos; names, e-mails, phones and addresses unmasked (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this customer&apos;s names, e-mails, phones and addresses from Quayside&apos;s store, as a customer&apos;s erasure request requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase the names, e-mails, phones and addresses of %1 from the %n order(s) Quayside holds? The orders keep their names and amounts; exceptions of these orders are skipped. This cannot be undone.

Reason (kept in the audit log):</source>
        <translation>
            <numerusform>Erase the names, e-mails, phones and addresses of %1 from the %n order Quayside holds? The order keeps its name and amounts; its exceptions are skipped. This cannot be undone.

Reason (kept in the audit log):</numerusform>
            <numerusform>Erase the names, e-mails, phones and addresses of %1 from the %n orders Quayside holds? The orders keep their names and amounts; their exceptions are skipped. This cannot be undone.

Reason (kept in the audit log):</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer&apos;s erasure request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::PassphraseDialog</name>
    <message>
        <source>Set the admin passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin passphrase has been set on this computer yet: choose one now (at least %1 characters). Whoever knows it can change connections, mappings, schedules and erase customers; keep it from the people who only run the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin rights last until the console has been idle for %1 minutes or you lock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::SandboxPage</name>
    <message>
        <source>Everything here is simulated on this computer. Change how busy the shop is, or make a system misbehave, and watch Quayside cope: retries and the lanes&apos; health on the dashboard, failures in the exception queue. Faults apply at once; set them back to 0 to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> orders/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipBob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests answered with a server error (503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests refused as over the rate limit (429 / THROTTLED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take down for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request fails for %1 seconds, as in a real outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Throttled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &amp;latency:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::ScheduleDialog</name>
    <message>
        <source>&amp;Real-time, every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>02:00, 14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of the day, 24-hour clock, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::SchedulesPage</name>
    <message>
        <source>&amp;Change schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time flows look for changes every few seconds; batch flows run at set times of the day. A change applies at once, to the running flows too, and is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule changed; the flow follows it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is already the schedule; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not running, so the schedule cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the schedule of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::SettlementPage</name>
    <message>
        <source>Transactions the books do not account for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by order, payout or reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide transactions a later run has since matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a transaction to open its order&apos;s trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payout read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n payout(s) reconciled</source>
        <translation>
            <numerusform>%1 of %n payout reconciled</numerusform>
            <numerusform>%1 of %n payouts reconciled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched transaction(s)</source>
        <translation>
            <numerusform>%n unmatched transaction</numerusform>
            <numerusform>%n unmatched transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>latest payout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement run reads Shopify Payments payouts on its schedule (Flows &amp; schedules) and matches each charge and refund to Odoo&apos;s invoices and credit notes. What it cannot match is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every transaction of every payout is matched to Odoo&apos;s books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open matches. Untick &quot;Open only&quot; to also see transactions since matched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quayside::WebhookReceiver</name>
    <message>
        <source>No webhook secret: Shopify signs deliveries with the app&apos;s client secret, ShipBob with the subscription&apos;s secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for webhooks on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only POST is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body of %1 bytes is over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery for another shop (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery without X-Shopify-Webhook-Id or X-Shopify-Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature does not match, or the delivery is too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery without webhook-id or x-webhook-topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers/redact names neither an e-mail nor an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data could not be erased yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers/data_request names no customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for Shopify, Odoo and fulfilment providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sync engine without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the store and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to file, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quayside cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve only the sandbox emulators, until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the sandbox&apos;s world and traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox orders per minute (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox answers as slowly as the real services (Odoo&apos;s measured costs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the systems named in this file (docs/configuration.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a secret from standard input into the keychain entry, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order trace and search for this order name, e-mail or reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: a SQLite path or postgresql://user@host:port/db (the password comes from PGPASSFILE or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --page mappings: the mapping to show, e.g. shipbob/order/outbound (system/entity/direction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the store SRC (a SQLite path or URL) into the new, empty store DEST given after it, check the copy, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --migrate-store: the store to copy into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console only: show the store&apos;s queue and act on it, and leave the work to the headless workers (the default for a PostgreSQL store without --config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this page: dashboard, exceptions, trace, inventory, settlement, connections, schedules, audit, mappings or sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
