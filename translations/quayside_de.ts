<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Quayside::LaneStatusModel</name>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Open (backing off)</source>
        <translation>Offen (wartet ab)</translation>
    </message>
    <message>
        <source>Probing</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation><numerusform>vor %n s</numerusform><numerusform>vor %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>vor %n min</numerusform><numerusform>vor %n min</numerusform></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Endpoint health</source>
        <translation>Zustand des Endpunkts</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Rate headroom</source>
        <translation>Ratenreserve</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>To exceptions</source>
        <translation>Zu Ausnahmen</translation>
    </message>
</context>
<context>
    <name>Quayside::LaneWorker</name>
    <message>
        <source>No handler for step %1/%2; the job was queued by a newer or differently configured Quayside</source>
        <translation>Kein Handler für den Schritt %1/%2; der Auftrag stammt von einer neueren oder anders eingerichteten Quayside-Installation</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation><numerusform>%1 (nach %n Versuch aufgegeben)</numerusform><numerusform>%1 (nach %n Versuchen aufgegeben)</numerusform></translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Database problem (%1): %2</source>
        <translation>Datenbankproblem (%1): %2</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::DashboardPage</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>jobs queued or running</source>
        <translation>Aufträge in der Warteschlange oder in Arbeit</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>need a decision in the exception queue</source>
        <translation>brauchen eine Entscheidung in der Ausnahmeliste</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>jobs finished since the store was created</source>
        <translation>Aufträge erledigt, seit der Speicher angelegt wurde</translation>
    </message>
    <message>
        <source>Events received</source>
        <translation>Empfangene Ereignisse</translation>
    </message>
    <message>
        <source>orders, stock and shipment changes taken in</source>
        <translation>übernommene Änderungen an Bestellungen, Beständen und Sendungen</translation>
    </message>
    <message>
        <source>Connections and lanes</source>
        <translation>Verbindungen und Spuren</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::MainWindow</name>
    <message>
        <source>Quayside</source>
        <translation>Quayside</translation>
    </message>
    <message>
        <source>Waiting %1 · Exceptions %2</source>
        <translation>Wartend %1 · Ausnahmen %2</translation>
    </message>
    <message>
        <source>The sync engine could not start. %1</source>
        <translation>Die Synchronisierung konnte nicht starten. %1</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Synchronisierung gestoppt</translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation>Synchronisierung startet …</translation>
    </message>
    <message>
        <source>Engine running · lanes: %1 · %2</source>
        <translation>Synchronisierung läuft · Spuren: %1 · %2</translation>
    </message>
    <message>
        <source>Engine stopping…</source>
        <translation>Synchronisierung stoppt …</translation>
    </message>
    <message>
        <source>Engine failed to start</source>
        <translation>Synchronisierung konnte nicht starten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for Shopify, Odoo and fulfilment providers.</source>
        <translation>Betriebskonsole für Shopify, Odoo und Fulfillment-Dienstleister.</translation>
    </message>
    <message>
        <source>Run the sync engine without a window.</source>
        <translation>Die Synchronisierung ohne Fenster ausführen.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox.</source>
        <translation>In der eingebauten Sandbox starten.</translation>
    </message>
    <message>
        <source>Folder for the store and logs.</source>
        <translation>Ordner für Speicher und Protokolle.</translation>
    </message>
    <message>
        <source>Store: a SQLite path or postgresql://user@host/db.</source>
        <translation>Speicher: ein SQLite-Pfad oder postgresql://benutzer@host/db.</translation>
    </message>
    <message>
        <source>Save a picture of the window to file, then quit.</source>
        <translation>Ein Bild des Fensters speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot.</source>
        <translation>Millisekunden Wartezeit vor --screenshot.</translation>
    </message>
    <message>
        <source>Quayside cannot start</source>
        <translation>Quayside kann nicht starten</translation>
    </message>
</context>
</TS>
