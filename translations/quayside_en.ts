<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>Quayside::Ui::DashboardPage</name>
    <message>
        <source>Waiting</source>
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
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs finished since the store was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders, stock and shipment changes taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections and lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs due now or running</source>
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
        <source>%1: %2 job(s) changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
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
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step:&lt;/b&gt; %3 / %4 on %5 · &lt;b&gt;attempts:&lt;/b&gt; %6&lt;/p&gt;&lt;h4&gt;Attempts&lt;/h4&gt;&lt;table cellspacing=6&gt;%7&lt;/table&gt;&lt;h4&gt;Data (customer details masked)&lt;/h4&gt;&lt;pre&gt;%8&lt;/pre&gt;</source>
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
        <source>Show customers&apos; names, e-mails, phones and addresses unmasked</source>
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
        <source>Store: a SQLite path or postgresql://user@host/db.</source>
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
        <source>Open on this page: dashboard, exceptions or trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order trace and search for this order name, e-mail or reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
