<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation><numerusform>%n s ago</numerusform><numerusform>%n s ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
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
        <translation><numerusform>%1 (gave up after %n attempt)</numerusform><numerusform>%1 (gave up after %n attempts)</numerusform></translation>
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
    <name>Quayside::Ui::DashboardPage</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs queued or running</source>
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
</context>
</TS>
