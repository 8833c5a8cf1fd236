<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Quayside::Connectors::OdooClient</name>
    <message>
        <source>Odoo %1 is not supported; Quayside works with Odoo 17, 18 and 19</source>
        <translation>Odoo %1 wird nicht unterstützt; Quayside arbeitet mit Odoo 17, 18 und 19</translation>
    </message>
    <message>
        <source>Odoo refused the login of %1 on database %2: check the user, the API key and the database name</source>
        <translation>Odoo hat die Anmeldung von %1 an der Datenbank %2 abgelehnt: Benutzer, API-Schlüssel und Datenbanknamen prüfen</translation>
    </message>
</context>
<context>
    <name>Quayside::Connectors::ShopifyClient</name>
    <message>
        <source>No Shopify access token or client credentials are configured</source>
        <translation>Weder ein Shopify-Zugriffstoken noch Client-Zugangsdaten sind eingerichtet</translation>
    </message>
    <message>
        <source>Shopify refused the client credentials (HTTP %1): check the client id and secret</source>
        <translation>Shopify hat die Client-Zugangsdaten abgelehnt (HTTP %1): Client-ID und Secret prüfen</translation>
    </message>
    <message>
        <source>Could not get a Shopify access token: %1</source>
        <translation>Kein Shopify-Zugriffstoken erhalten: %1</translation>
    </message>
    <message>
        <source>Shopify throttled the request (cost %1, %2 points available)</source>
        <translation>Shopify hat die Anfrage gedrosselt (Kosten %1, %2 Punkte verfügbar)</translation>
    </message>
    <message>
        <source>The Shopify shop is frozen (unpaid plan)</source>
        <translation>Der Shopify-Shop ist eingefroren (Tarif nicht bezahlt)</translation>
    </message>
    <message>
        <source>The Shopify shop is locked</source>
        <translation>Der Shopify-Shop ist gesperrt</translation>
    </message>
    <message>
        <source>Shopify refused the access token (HTTP %1)</source>
        <translation>Shopify hat das Zugriffstoken abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Shopify answered something that is not JSON</source>
        <translation>Shopify hat mit etwas geantwortet, das kein JSON ist</translation>
    </message>
    <message>
        <source>Shopify rejected the request: %1</source>
        <translation>Shopify hat die Anfrage abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Quayside::ExceptionModel</name>
    <message>
        <source>Refused by the target</source>
        <translation>Vom Zielsystem abgelehnt</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>Ungültige Daten</translation>
    </message>
    <message>
        <source>Kept failing</source>
        <translation>Schlug wiederholt fehl</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
</context>
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
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
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
        <translation>
            <numerusform>%1 (nach %n Versuch aufgegeben)</numerusform>
            <numerusform>%1 (nach %n Versuchen aufgegeben)</numerusform>
        </translation>
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
    <name>Quayside::WebhookReceiver</name>
    <message>
        <source>No webhook secret: Shopify signs deliveries with the app&apos;s client secret</source>
        <translation>Kein Webhook-Secret: Shopify signiert Zustellungen mit dem Client-Secret der App</translation>
    </message>
    <message>
        <source>Cannot listen for webhooks on %1:%2: %3</source>
        <translation>Webhooks können auf %1:%2 nicht empfangen werden: %3</translation>
    </message>
    <message>
        <source>Only POST is accepted</source>
        <translation>Nur POST wird angenommen</translation>
    </message>
    <message>
        <source>Body of %1 bytes is over the limit</source>
        <translation>Inhalt von %1 Bytes überschreitet die Grenze</translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation>Signatur stimmt nicht überein</translation>
    </message>
    <message>
        <source>Delivery for another shop (%1)</source>
        <translation>Zustellung für einen anderen Shop (%1)</translation>
    </message>
    <message>
        <source>Delivery without X-Shopify-Webhook-Id or X-Shopify-Topic</source>
        <translation>Zustellung ohne X-Shopify-Webhook-Id oder X-Shopify-Topic</translation>
    </message>
    <message>
        <source>Body is not a JSON object: %1</source>
        <translation>Inhalt ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Could not record the delivery: %1</source>
        <translation>Zustellung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::DashboardPage</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
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
    <message>
        <source>jobs due now or running</source>
        <translation>jetzt fällige oder laufende Aufträge</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::ExceptionsPage</name>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Nothing is stuck. Orders that cannot go through by themselves appear here, with the reason and what you can do.</source>
        <translation>Nichts hängt fest. Bestellungen, die nicht von selbst durchgehen, erscheinen hier, mit dem Grund und dem, was Sie tun können.</translation>
    </message>
    <message>
        <source>Filter by order or cause…</source>
        <translation>Nach Bestellung oder Ursache filtern …</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>How was it handled? (needed to resolve)</source>
        <translation>Wie wurde es erledigt? (nötig zum Abschließen)</translation>
    </message>
    <message>
        <source>Run the step again with today&apos;s mappings and data (Ctrl+R)</source>
        <translation>Den Schritt mit den heutigen Zuordnungen und Daten erneut ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Mark as handled outside Quayside; the note is kept in the audit log</source>
        <translation>Als außerhalb von Quayside erledigt markieren; die Notiz kommt ins Prüfprotokoll</translation>
    </message>
    <message>
        <source>Leave this step out; later steps of the same order can go on</source>
        <translation>Diesen Schritt auslassen; spätere Schritte derselben Bestellung können weiterlaufen</translation>
    </message>
    <message>
        <source>%1: %2 job(s) changed</source>
        <translation>%1: %2 Auftrag/Aufträge geändert</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:gray&quot;&gt;Select an exception to see why it stopped, its attempts and its data. Select several to act on all of them.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;Eine Ausnahme auswählen, um zu sehen, warum sie angehalten hat, ihre Versuche und ihre Daten. Mehrere auswählen, um für alle zu handeln.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 exceptions selected: Replay, Resolve and Skip apply to all of them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Ausnahmen ausgewählt: Wiederholen, Erledigt und Überspringen gelten für alle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step:&lt;/b&gt; %3 / %4 on %5 · &lt;b&gt;attempts:&lt;/b&gt; %6&lt;/p&gt;&lt;h4&gt;Attempts&lt;/h4&gt;&lt;table cellspacing=6&gt;%7&lt;/table&gt;&lt;h4&gt;Data (customer details masked)&lt;/h4&gt;&lt;pre&gt;%8&lt;/pre&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Warum:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schritt:&lt;/b&gt; %3 / %4 auf %5 · &lt;b&gt;Versuche:&lt;/b&gt; %6&lt;/p&gt;&lt;h4&gt;Versuche&lt;/h4&gt;&lt;table cellspacing=6&gt;%7&lt;/table&gt;&lt;h4&gt;Daten (Kundendaten maskiert)&lt;/h4&gt;&lt;pre&gt;%8&lt;/pre&gt;</translation>
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
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>The console cannot read the store: %1</source>
        <translation>Die Konsole kann den Speicher nicht lesen: %1</translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation>Ausnahmen (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox.&lt;/b&gt; Shopify, Odoo and ShipBob are simulated on this computer, with generated shoppers; nothing here reaches a real shop, ERP or warehouse.</source>
        <translation>&lt;b&gt;Sandbox.&lt;/b&gt; Shopify, Odoo und ShipBob werden auf diesem Computer simuliert, mit erzeugten Käufern; nichts hiervon erreicht einen echten Shop, ein ERP oder ein Lager.</translation>
    </message>
    <message>
        <source>Shopify %1 · Odoo %2 · ShipBob %3</source>
        <translation>Shopify %1 · Odoo %2 · ShipBob %3</translation>
    </message>
    <message>
        <source>The sandbox could not start. %1</source>
        <translation>Die Sandbox konnte nicht starten. %1</translation>
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
    <message>
        <source>Serve only the sandbox emulators, until stopped.</source>
        <translation>Nur die Sandbox-Emulatoren bereitstellen, bis zum Beenden.</translation>
    </message>
    <message>
        <source>Seed of the sandbox&apos;s world and traffic.</source>
        <translation>Startwert für Welt und Verkehr der Sandbox.</translation>
    </message>
    <message>
        <source>Sandbox orders per minute (0: none).</source>
        <translation>Sandbox-Bestellungen pro Minute (0: keine).</translation>
    </message>
    <message>
        <source>Sandbox answers as slowly as the real services (Odoo&apos;s measured costs).</source>
        <translation>Die Sandbox antwortet so langsam wie die echten Dienste (gemessene Odoo-Kosten).</translation>
    </message>
    <message>
        <source>Open on this page: dashboard or exceptions.</source>
        <translation>Auf dieser Seite öffnen: dashboard oder exceptions.</translation>
    </message>
    <message>
        <source>Connect to the systems named in this file (docs/configuration.md).</source>
        <translation>Mit den in dieser Datei genannten Systemen verbinden (docs/configuration.md).</translation>
    </message>
    <message>
        <source>Read a secret from standard input into the keychain entry, then quit.</source>
        <translation>Ein Secret von der Standardeingabe in den Schlüsselbund-Eintrag lesen und beenden.</translation>
    </message>
</context>
</TS>
