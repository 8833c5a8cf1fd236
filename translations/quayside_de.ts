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
    <message>
        <source>Connecting to Odoo: %1</source>
        <translation>Verbindung zu Odoo: %1</translation>
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
    <name>Quayside::ExceptionCauseModel</name>
    <message>
        <source>All causes (%1)</source>
        <translation>Alle Ursachen (%1)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
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
    <name>Quayside::OrderMatchModel</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n hängt</numerusform>
            <numerusform>%n hängen</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>Quayside::OrderTrace</name>
    <message>
        <source>Shopify order name</source>
        <translation>Shopify-Bestellname</translation>
    </message>
    <message>
        <source>Shopify order id (ShipBob reference)</source>
        <translation>Shopify-Bestell-ID (ShipBob-Referenz)</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Kunden-E-Mail</translation>
    </message>
    <message>
        <source>Odoo sale order</source>
        <translation>Odoo-Verkaufsauftrag</translation>
    </message>
    <message>
        <source>ShipBob order</source>
        <translation>ShipBob-Auftrag</translation>
    </message>
    <message>
        <source>ShipBob shipment</source>
        <translation>ShipBob-Sendung</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>shipment %1</source>
        <translation>Sendung %1</translation>
    </message>
    <message>
        <source>picking %1</source>
        <translation>Lieferschein %1</translation>
    </message>
    <message>
        <source>refund of %1</source>
        <translation>Erstattung über %1</translation>
    </message>
    <message>
        <source>return %1</source>
        <translation>Rücksendung %1</translation>
    </message>
</context>
<context>
    <name>Quayside::OrderTraceModel</name>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Order received</source>
        <translation>Bestellung empfangen</translation>
    </message>
    <message>
        <source>Webhook: order changed</source>
        <translation>Webhook: Bestellung geändert</translation>
    </message>
    <message>
        <source>Cancellation received</source>
        <translation>Stornierung empfangen</translation>
    </message>
    <message>
        <source>Paid and fulfilled in Shopify</source>
        <translation>In Shopify bezahlt und erfüllt</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Erstattung empfangen</translation>
    </message>
    <message>
        <source>Return approved</source>
        <translation>Rücksendung genehmigt</translation>
    </message>
    <message>
        <source>Shipment status received</source>
        <translation>Sendungsstatus empfangen</translation>
    </message>
    <message>
        <source>Delivery done in Odoo</source>
        <translation>Lieferung in Odoo erledigt</translation>
    </message>
    <message>
        <source>Read the order</source>
        <translation>Bestellung lesen</translation>
    </message>
    <message>
        <source>Create the sale order</source>
        <translation>Verkaufsauftrag anlegen</translation>
    </message>
    <message>
        <source>Route the order</source>
        <translation>Bestellung zuordnen</translation>
    </message>
    <message>
        <source>Send to the warehouse</source>
        <translation>An das Lager senden</translation>
    </message>
    <message>
        <source>Apply the shipment</source>
        <translation>Sendung übernehmen</translation>
    </message>
    <message>
        <source>Fulfil in Shopify</source>
        <translation>In Shopify erfüllen</translation>
    </message>
    <message>
        <source>Cancel at the warehouse</source>
        <translation>Beim Lager stornieren</translation>
    </message>
    <message>
        <source>Cancel the sale order</source>
        <translation>Verkaufsauftrag stornieren</translation>
    </message>
    <message>
        <source>Invoice the sale order</source>
        <translation>Verkaufsauftrag abrechnen</translation>
    </message>
    <message>
        <source>Credit note for the refund</source>
        <translation>Gutschrift für die Erstattung</translation>
    </message>
    <message>
        <source>Book the return</source>
        <translation>Rücksendung buchen</translation>
    </message>
    <message>
        <source>Announce the return to the warehouse</source>
        <translation>Rücksendung beim Lager anmelden</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Order links now</source>
        <translation>Verknüpfungen der Bestellung jetzt</translation>
    </message>
    <message>
        <source>Shipment %1 now</source>
        <translation>Sendung %1 jetzt</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>Rücksendung jetzt</translation>
    </message>
    <message>
        <source>%1 state now</source>
        <translation>Zustand %1 jetzt</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>polled</source>
        <translation>abgefragt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>von Hand erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed, retried</source>
        <translation>fehlgeschlagen, wiederholt</translation>
    </message>
    <message>
        <source>failed, stopped</source>
        <translation>fehlgeschlagen, angehalten</translation>
    </message>
    <message>
        <source>lane paused</source>
        <translation>Spur pausiert</translation>
    </message>
    <message>
        <source>lease lost</source>
        <translation>Lease verloren</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation>vorübergehender Fehler</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>ratenbegrenzt</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation>ungültige Daten</translation>
    </message>
    <message>
        <source>refused by the target</source>
        <translation>vom Zielsystem abgelehnt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
    <message>
        <source>&amp;Trace order</source>
        <translation>Bestell&amp;verlauf</translation>
    </message>
    <message>
        <source>Everything Quayside did for this order, across Shopify, Odoo and ShipBob (Ctrl+T)</source>
        <translation>Alles, was Quayside für diese Bestellung getan hat, in Shopify, Odoo und ShipBob (Strg+T)</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>ShipBob</source>
        <translation>ShipBob</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <source>Stuck over an hour</source>
        <translation>Seit über einer Stunde hängend</translation>
    </message>
    <message>
        <source>Stuck over a day</source>
        <translation>Seit über einem Tag hängend</translation>
    </message>
    <message>
        <source>Stuck over a week</source>
        <translation>Seit über einer Woche hängend</translation>
    </message>
    <message>
        <source>Exceptions grouped by cause: pick one to see only its orders</source>
        <translation>Ausnahmen nach Ursache gruppiert: eine wählen, um nur ihre Bestellungen zu sehen</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Ursachen</translation>
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
    <message>
        <source>Order trace</source>
        <translation>Bestellverlauf</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::OrderTracePage</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Show &amp;customer data</source>
        <translation>&amp;Kundendaten zeigen</translation>
    </message>
    <message>
        <source>Order name (#1001), customer e-mail, Odoo or ShipBob reference…</source>
        <translation>Bestellname (#1001), Kunden-E-Mail, Odoo- oder ShipBob-Referenz…</translation>
    </message>
    <message>
        <source>Show customers&apos; names, e-mails, phones and addresses unmasked</source>
        <translation>Namen, E-Mails, Telefonnummern und Adressen der Kunden unmaskiert zeigen</translation>
    </message>
    <message>
        <source>Search for an order by its Shopify name (#1001), the customer&apos;s email, or an Odoo or ShipBob reference.</source>
        <translation>Suchen Sie eine Bestellung über ihren Shopify-Namen (#1001), die E-Mail des Kunden oder eine Odoo- oder ShipBob-Referenz.</translation>
    </message>
    <message>
        <source>No order matches “%1”. Orders appear here once Quayside has taken them in; the search needs the whole name, e-mail or reference.</source>
        <translation>Keine Bestellung passt zu „%1“. Bestellungen erscheinen hier, sobald Quayside sie übernommen hat; die Suche braucht den ganzen Namen, die ganze E-Mail oder Referenz.</translation>
    </message>
    <message>
        <source>Odoo %1</source>
        <translation>Odoo %1</translation>
    </message>
    <message>
        <source>ShipBob order %1</source>
        <translation>ShipBob-Auftrag %1</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the exception queue</source>
        <translation>
            <numerusform>%n in der Ausnahmeliste</numerusform>
            <numerusform>%n in der Ausnahmeliste</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a line of the timeline to see its data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Zeile des Verlaufs, um ihre Daten zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>job %1, step %2</source>
        <translation>Job %1, Schritt %2</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Daten&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data (customer details masked)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Daten (Kundendaten maskiert)&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>Quayside::WebhookReceiver</name>
    <message>
        <source>No webhook secret: Shopify signs deliveries with the app&apos;s client secret, ShipBob with the subscription&apos;s secret</source>
        <translation>Kein Webhook-Geheimnis: Shopify signiert Zustellungen mit dem Client-Secret der App, ShipBob mit dem Geheimnis des Abonnements</translation>
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
        <source>Body is not a JSON object: %1</source>
        <translation>Inhalt ist kein JSON-Objekt: %1</translation>
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
        <source>Signature does not match, or the delivery is too old</source>
        <translation>Signatur stimmt nicht, oder die Zustellung ist zu alt</translation>
    </message>
    <message>
        <source>Delivery without webhook-id or x-webhook-topic</source>
        <translation>Zustellung ohne webhook-id oder x-webhook-topic</translation>
    </message>
    <message>
        <source>Could not record the delivery: %1</source>
        <translation>Zustellung konnte nicht gespeichert werden: %1</translation>
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
        <source>Connect to the systems named in this file (docs/configuration.md).</source>
        <translation>Mit den in dieser Datei genannten Systemen verbinden (docs/configuration.md).</translation>
    </message>
    <message>
        <source>Read a secret from standard input into the keychain entry, then quit.</source>
        <translation>Ein Secret von der Standardeingabe in den Schlüsselbund-Eintrag lesen und beenden.</translation>
    </message>
    <message>
        <source>Open on this page: dashboard, exceptions or trace.</source>
        <translation>Auf dieser Seite öffnen: dashboard, exceptions oder trace.</translation>
    </message>
    <message>
        <source>Open the order trace and search for this order name, e-mail or reference.</source>
        <translation>Den Bestellverlauf öffnen und nach diesem Bestellnamen, dieser E-Mail oder Referenz suchen.</translation>
    </message>
</context>
</TS>
