<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Quayside::AccessSession</name>
    <message>
        <source>Only an admin can change the admin passphrase.</source>
        <translation>Nur ein Admin kann das Admin-Passwort ändern.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The keychain did not store the passphrase: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No admin passphrase has been set yet.</source>
        <translation>Es ist noch kein Admin-Passwort festgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Passphrasen. Erneut versuchen in %n Sekunde.</numerusform>
            <numerusform>Zu viele falsche Passphrasen. Erneut versuchen in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase. Further attempts wait %n second(s).</source>
        <translation>
            <numerusform>Falsche Passphrase. Weitere Versuche warten %n Sekunde.</numerusform>
            <numerusform>Falsche Passphrase. Weitere Versuche warten %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsches Passwort.</translation>
    </message>
</context>
<context>
    <name>Quayside::AlertMonitor</name>
    <message>
        <source>Exceptions need a decision</source>
        <translation>Ausnahmen brauchen eine Entscheidung</translation>
    </message>
    <message>
        <source>Sync is slow</source>
        <translation>Die Synchronisierung ist langsam</translation>
    </message>
    <message>
        <source>Orders wait for the 3PL</source>
        <translation>Bestellungen warten auf den Logistikdienstleister</translation>
    </message>
    <message>
        <source>Stock differs between systems</source>
        <translation>Der Bestand weicht zwischen den Systemen ab</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in the exception queue (alert above %1).</source>
        <translation>
            <numerusform>%n Auftrag in der Ausnahmewarteschlange (Alarm ab mehr als %1).</numerusform>
            <numerusform>%n Aufträge in der Ausnahmewarteschlange (Alarm ab mehr als %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>In the last hour, 95 % of jobs took up to %1 s (alert above %2 s).</source>
        <translation>In der letzten Stunde dauerten 95 % der Aufträge bis zu %1 s (Alarm ab mehr als %2 s).</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 has waited %n minute(s) for the 3PL (alert above %2).</source>
        <translation>
            <numerusform>Bestellung %1 wartet seit %n Minute auf den Logistikdienstleister (Alarm ab mehr als %2).</numerusform>
            <numerusform>Bestellung %1 wartet seit %n Minuten auf den Logistikdienstleister (Alarm ab mehr als %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open inventory mismatch(es) (alert above %1).</source>
        <translation>
            <numerusform>%n offene Bestandsabweichung (Alarm ab mehr als %1).</numerusform>
            <numerusform>%n offene Bestandsabweichungen (Alarm ab mehr als %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Payouts do not match the books</source>
        <translation>Auszahlungen passen nicht zur Buchhaltung</translation>
    </message>
    <message numerus="yes">
        <source>%n payout transaction(s) the books do not account for (alert above %1).</source>
        <translation>
            <numerusform>%n Auszahlungstransaktion, die die Buchhaltung nicht abdeckt (Alarm über %1).</numerusform>
            <numerusform>%n Auszahlungstransaktionen, die die Buchhaltung nicht abdeckt (Alarm über %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quayside::AuditLogModel</name>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Schedule change</source>
        <translation>Zeitplanänderung</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Customer details shown</source>
        <translation>Kundendaten angezeigt</translation>
    </message>
    <message>
        <source>Customer forgotten</source>
        <translation>Kunde vergessen</translation>
    </message>
</context>
<context>
    <name>Quayside::ConnectionSettings</name>
    <message>
        <source>the shop domain must be the shop&apos;s *.myshopify.com address</source>
        <translation>die Shop-Domain muss die *.myshopify.com-Adresse des Shops sein</translation>
    </message>
    <message>
        <source>the client ID is missing</source>
        <translation>die Client-ID fehlt</translation>
    </message>
    <message>
        <source>the client secret is missing</source>
        <translation>das Client-Secret fehlt</translation>
    </message>
    <message>
        <source>the access token is missing</source>
        <translation>das Zugriffstoken fehlt</translation>
    </message>
    <message>
        <source>the Odoo address is missing</source>
        <translation>die Odoo-Adresse fehlt</translation>
    </message>
    <message>
        <source>the database is missing</source>
        <translation>die Datenbank fehlt</translation>
    </message>
    <message>
        <source>the user is missing</source>
        <translation>der Benutzer fehlt</translation>
    </message>
    <message>
        <source>the API key is missing</source>
        <translation>der API-Schlüssel fehlt</translation>
    </message>
    <message>
        <source>the ShipBob address is missing</source>
        <translation>die ShipBob-Adresse fehlt</translation>
    </message>
    <message>
        <source>the channel ID is missing</source>
        <translation>die Kanal-ID fehlt</translation>
    </message>
    <message>
        <source>the token is missing</source>
        <translation>das Token fehlt</translation>
    </message>
</context>
<context>
    <name>Quayside::ConnectionTester</name>
    <message>
        <source>reading orders and order webhooks</source>
        <translation>Bestellungen und Bestell-Webhooks lesen</translation>
    </message>
    <message>
        <source>reading products and variants</source>
        <translation>Produkte und Varianten lesen</translation>
    </message>
    <message>
        <source>writing product names and prices</source>
        <translation>Produktnamen und Preise schreiben</translation>
    </message>
    <message>
        <source>reading stock</source>
        <translation>Bestand lesen</translation>
    </message>
    <message>
        <source>setting available stock</source>
        <translation>verfügbaren Bestand setzen</translation>
    </message>
    <message>
        <source>reading locations</source>
        <translation>Standorte lesen</translation>
    </message>
    <message>
        <source>reading fulfilment orders</source>
        <translation>Fulfillment-Aufträge lesen</translation>
    </message>
    <message>
        <source>fulfilling orders with tracking</source>
        <translation>Bestellungen mit Sendungsverfolgung erfüllen</translation>
    </message>
    <message>
        <source>reading returns</source>
        <translation>Retouren lesen</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Quayside never ignores certificate errors: check the address, or install the certificate authority the server uses.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). Quayside ignoriert Zertifikatsfehler nie: Prüfen Sie die Adresse oder installieren Sie die Zertifizierungsstelle, die der Server verwendet.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Check the address and the network.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 answered &quot;not found&quot; (HTTP 404): check the address.</source>
        <translation>%1 antwortete „nicht gefunden“ (HTTP 404): Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>Not tested: %1.</source>
        <translation>Nicht getestet: %1.</translation>
    </message>
    <message>
        <source>Shopify refused the client ID or client secret of %1.</source>
        <translation>Shopify hat die Client-ID oder das Client-Secret von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer carried no access token.</source>
        <translation>Die Antwort von Shopify enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Shopify did not accept the token it issued for this client ID.</source>
        <translation>Shopify hat das Token, das es für diese Client-ID ausgestellt hat, nicht angenommen.</translation>
    </message>
    <message>
        <source>Shopify refused the access token for %1: check that it belongs to this shop and was not revoked.</source>
        <translation>Shopify hat das Zugriffstoken für %1 abgelehnt: Prüfen Sie, ob es zu diesem Shop gehört und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Shopify answered with an error: %1</source>
        <translation>Shopify antwortete mit einem Fehler: %1</translation>
    </message>
    <message>
        <source>Connected to the shop &quot;%1&quot;; the app has every permission Quayside needs.</source>
        <translation>Verbunden mit dem Shop „%1“; die App hat alle Berechtigungen, die Quayside braucht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected to the shop &quot;%1&quot;, but the app lacks these permissions: %2. Add them to the app&apos;s access scopes in Shopify and install it again.</source>
        <translation>Verbunden mit dem Shop „%1“, aber der App fehlen diese Berechtigungen: %2. Fügen Sie sie in Shopify den Zugriffsbereichen der App hinzu und installieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 does not answer like an Odoo server (HTTP %2).</source>
        <translation>%1 antwortet nicht wie ein Odoo-Server (HTTP %2).</translation>
    </message>
    <message>
        <source>Odoo refused the user %1 with this API key on database %2.</source>
        <translation>Odoo hat den Benutzer %1 mit diesem API-Schlüssel in der Datenbank %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Odoo answered: %1</source>
        <translation>Odoo antwortete: %1</translation>
    </message>
    <message>
        <source>Connected to Odoo %1, database %2, as %3.</source>
        <translation>Verbunden mit Odoo %1, Datenbank %2, als %3.</translation>
    </message>
    <message>
        <source>ShipBob refused the token: check that it is a current Personal Access Token.</source>
        <translation>ShipBob hat das Token abgelehnt: Prüfen Sie, ob es ein gültiges Personal Access Token ist.</translation>
    </message>
    <message>
        <source>Connected to ShipBob; orders go to the channel &quot;%1&quot; (%2).</source>
        <translation>Verbunden mit ShipBob; Bestellungen gehen an den Kanal „%1“ (%2).</translation>
    </message>
    <message>
        <source>The token works, but it has no channel %1.</source>
        <translation>Das Token funktioniert, hat aber keinen Kanal %1.</translation>
    </message>
    <message>
        <source>The token works, but it has no channel %1; its channels are: %2.</source>
        <translation>Das Token funktioniert, hat aber keinen Kanal %1; seine Kanäle sind: %2.</translation>
    </message>
</context>
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
    <name>Quayside::DashboardQuery</name>
    <message>
        <source>Some dashboard figures could not be read: %1</source>
        <translation>Einige Kennzahlen des Dashboards konnten nicht gelesen werden: %1</translation>
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
    <name>Quayside::FlowLatencyModel</name>
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
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
</context>
<context>
    <name>Quayside::FlowScheduleModel</name>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>New and changed Shopify orders to Odoo</source>
        <translation>Neue und geänderte Shopify-Bestellungen nach Odoo</translation>
    </message>
    <message>
        <source>ShipBob shipments and internal deliveries to Odoo and Shopify</source>
        <translation>ShipBob-Sendungen und interne Lieferungen nach Odoo und Shopify</translation>
    </message>
    <message>
        <source>Odoo stock changes to Shopify</source>
        <translation>Bestandsänderungen aus Odoo nach Shopify</translation>
    </message>
    <message>
        <source>Product names and prices between Odoo and Shopify</source>
        <translation>Produktnamen und Preise zwischen Odoo und Shopify</translation>
    </message>
    <message>
        <source>Compares stock in Shopify, Odoo and ShipBob</source>
        <translation>Vergleicht den Bestand in Shopify, Odoo und ShipBob</translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>alle %n Std.</numerusform>
            <numerusform>alle %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>alle %n Min.</numerusform>
            <numerusform>alle %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>alle %n s</numerusform>
            <numerusform>alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 ms</source>
        <translation>alle %1 ms</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>The default; no schedule was set for this flow</source>
        <translation>Die Voreinstellung; für diesen Ablauf wurde kein Zeitplan festgelegt</translation>
    </message>
    <message>
        <source>Real-time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Voreinstellung)</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
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
        <translation>morgen, %1</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
</context>
<context>
    <name>Quayside::InventoryMismatchModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Shopify available</source>
        <translation>Shopify verfügbar</translation>
    </message>
    <message>
        <source>Should show</source>
        <translation>Sollte zeigen</translation>
    </message>
    <message>
        <source>Odoo free</source>
        <translation>Odoo frei</translation>
    </message>
    <message>
        <source>Odoo on hand</source>
        <translation>Odoo vorrätig</translation>
    </message>
    <message>
        <source>ShipBob on hand</source>
        <translation>ShipBob vorrätig</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Corrected to %1</source>
        <translation>Korrigiert auf %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Quayside::KeychainVault</name>
    <message>
        <source>The keychain could not be used for %1 (%2)</source>
        <translation>Der Schlüsselbund konnte für %1 nicht verwendet werden (%2)</translation>
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
    <name>Quayside::Mapping::MappingPreviewModel</name>
    <message>
        <source>maps</source>
        <translation>passt</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing published yet</source>
        <translation>noch nichts veröffentlicht</translation>
    </message>
    <message>
        <source>same as published</source>
        <translation>wie veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>%n changes from published</source>
        <translation>
            <numerusform>%n Änderung gegenüber der veröffentlichten Version</numerusform>
            <numerusform>%n Änderungen gegenüber der veröffentlichten Version</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Quayside::Mapping::MappingTargetsModel</name>
    <message>
        <source>Map %1 to %2</source>
        <translation>%1 auf %2 abbilden</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n Nachkommastelle</numerusform>
            <numerusform>%n Nachkommastellen</numerusform>
        </translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message numerus="yes">
        <source>%n rules per item</source>
        <translation>
            <numerusform>%n Regel je Element</numerusform>
            <numerusform>%n Regeln je Element</numerusform>
        </translation>
    </message>
    <message>
        <source>when %1 = %2</source>
        <translation>wenn %1 = %2</translation>
    </message>
    <message>
        <source>when %1 in %2</source>
        <translation>wenn %1 in %2</translation>
    </message>
    <message>
        <source>when %1 exists</source>
        <translation>wenn %1 vorhanden ist</translation>
    </message>
    <message>
        <source>when %1 is absent</source>
        <translation>wenn %1 fehlt</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>drop a field here</source>
        <translation>Feld hierher ziehen</translation>
    </message>
    <message>
        <source>%1 is set by the order flow itself; a mapping cannot change it.</source>
        <translation>%1 setzt der Bestellablauf selbst; eine Zuordnung kann es nicht ändern.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Refers to %1</source>
        <translation>Verweist auf %1</translation>
    </message>
</context>
<context>
    <name>Quayside::Mapping::SourceFieldModel</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 · deprecated</source>
        <translation>%1 · veraltet</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Veraltet.</translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>Seen in recent payloads; not in the schema of what we read.</source>
        <translation>In neueren Nutzdaten gesehen; nicht im Schema dessen, was wir lesen.</translation>
    </message>
    <message>
        <source>In the schema; seen in recent payloads.</source>
        <translation>Im Schema; in neueren Nutzdaten gesehen.</translation>
    </message>
    <message>
        <source>In the schema; not in recent payloads.</source>
        <translation>Im Schema; nicht in neueren Nutzdaten.</translation>
    </message>
</context>
<context>
    <name>Quayside::MismatchModel</name>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Off by</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
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
    <message>
        <source>Picked in the store (Odoo)</source>
        <translation>Im Geschäft kommissioniert (Odoo)</translation>
    </message>
    <message>
        <source>Ready for pickup in Shopify</source>
        <translation>In Shopify bereit zur Abholung</translation>
    </message>
    <message>
        <source>Pickup now</source>
        <translation>Abholung jetzt</translation>
    </message>
</context>
<context>
    <name>Quayside::PayoutModel</name>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Matched charges</source>
        <translation>Abgeglichene Belastungen</translation>
    </message>
    <message>
        <source>Matched refunds</source>
        <translation>Abgeglichene Erstattungen</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Abgeglichen</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for invoices (%n)</source>
        <translation>
            <numerusform>Wartet auf Rechnung (%n)</numerusform>
            <numerusform>Wartet auf Rechnungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched</source>
        <translation>
            <numerusform>%n nicht abgeglichen</numerusform>
            <numerusform>%n nicht abgeglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Being read</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <source>%1 transactions: %2 unmatched, %3 waiting for an invoice; %4 rounding between Shopify&apos;s charges and Odoo&apos;s invoices</source>
        <translation>%1 Transaktionen: %2 nicht abgeglichen, %3 warten auf eine Rechnung; %4 Rundung zwischen Shopifys Belastungen und Odoos Rechnungen</translation>
    </message>
    <message>
        <source>Reconciled (rounding %1)</source>
        <translation>Abgeglichen (Rundung %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Difference not explained</source>
        <translation>Differenz nicht erklärt</translation>
    </message>
</context>
<context>
    <name>Quayside::ReplayPlan</name>
    <message>
        <source>the order</source>
        <translation>die Bestellung</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message numerus="yes">
        <source>Create the sale order for %1 (%n line(s), %2) and confirm it</source>
        <translation>
            <numerusform>Verkaufsauftrag für %1 anlegen (%n Position, %2) und bestätigen</numerusform>
            <numerusform>Verkaufsauftrag für %1 anlegen (%n Positionen, %2) und bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the sale order for %1 and confirm it</source>
        <translation>Verkaufsauftrag für %1 anlegen und bestätigen</translation>
    </message>
    <message>
        <source>Find the customer by e-mail, or create them</source>
        <translation>Kunden über die E-Mail-Adresse finden oder anlegen</translation>
    </message>
    <message>
        <source>An existing customer is reused, never copied.</source>
        <translation>Ein vorhandener Kunde wird verwendet, nie kopiert.</translation>
    </message>
    <message>
        <source>If Odoo already has a sale order from this Shopify order, it is kept: no second one is made.</source>
        <translation>Hat Odoo schon einen Verkaufsauftrag aus dieser Shopify-Bestellung, bleibt er bestehen: ein zweiter wird nicht angelegt.</translation>
    </message>
    <message>
        <source>Decide where %1 is fulfilled (ShipBob or the internal warehouse)</source>
        <translation>Entscheiden, wo %1 versendet wird (ShipBob oder eigenes Lager)</translation>
    </message>
    <message>
        <source>An earlier decision for this order is kept.</source>
        <translation>Eine frühere Entscheidung für diese Bestellung bleibt bestehen.</translation>
    </message>
    <message>
        <source>Create the fulfilment order for %1</source>
        <translation>Versandauftrag für %1 anlegen</translation>
    </message>
    <message>
        <source>ShipBob refuses a second order with the same Shopify order id; the existing one is used.</source>
        <translation>ShipBob lehnt einen zweiten Auftrag mit derselben Shopify-Bestellnummer ab; der vorhandene wird verwendet.</translation>
    </message>
    <message>
        <source>Record the shipment status &quot;%1&quot; of %2</source>
        <translation>Sendungsstatus „%1“ von %2 festhalten</translation>
    </message>
    <message>
        <source>A status older than the one recorded changes nothing.</source>
        <translation>Ein älterer Status als der festgehaltene ändert nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Validate the delivery of %1: %n item(s) shipped</source>
        <translation>
            <numerusform>Lieferung von %1 buchen: %n Artikel versendet</numerusform>
            <numerusform>Lieferung von %1 buchen: %n Artikel versendet</numerusform>
        </translation>
    </message>
    <message>
        <source>, tracking %1</source>
        <translation>, Sendungsnummer %1</translation>
    </message>
    <message>
        <source>The delivery carries the shipment&apos;s tracking reference, so a second one is never validated.</source>
        <translation>Die Lieferung trägt die Sendungsnummer, daher wird nie eine zweite gebucht.</translation>
    </message>
    <message>
        <source>Fulfil %1 up to what Odoo has delivered</source>
        <translation>%1 in Shopify so weit erfüllen, wie Odoo geliefert hat</translation>
    </message>
    <message numerus="yes">
        <source>Fulfil %1: %n item(s)</source>
        <translation>
            <numerusform>%1 erfüllen: %n Artikel</numerusform>
            <numerusform>%1 erfüllen: %n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>, tracking %1 %2</source>
        <translation>, Sendung %1 %2</translation>
    </message>
    <message>
        <source>Quantities already fulfilled under this tracking number are not fulfilled again.</source>
        <translation>Unter dieser Sendungsnummer bereits erfüllte Mengen werden nicht noch einmal erfüllt.</translation>
    </message>
    <message>
        <source>Cancel the fulfilment order of %1 if nothing has shipped</source>
        <translation>Versandauftrag von %1 stornieren, falls noch nichts versendet ist</translation>
    </message>
    <message>
        <source>An order already cancelled stays cancelled; one that shipped goes back to this queue.</source>
        <translation>Ein stornierter Auftrag bleibt storniert; ein versendeter kommt zurück in diese Liste.</translation>
    </message>
    <message>
        <source>Then cancel the sale orders of %1</source>
        <translation>Dann die Verkaufsaufträge von %1 stornieren</translation>
    </message>
    <message>
        <source>Sale orders already cancelled are left as they are.</source>
        <translation>Bereits stornierte Verkaufsaufträge bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Cancel every sale order made from %1 (unlocking locked ones)</source>
        <translation>Alle Verkaufsaufträge aus %1 stornieren (gesperrte werden entsperrt)</translation>
    </message>
    <message>
        <source>Create and post the customer invoice of %1, once every line can be invoiced</source>
        <translation>Kundenrechnung von %1 anlegen und buchen, sobald jede Position abrechenbar ist</translation>
    </message>
    <message>
        <source>One invoice per order: a posted invoice ends the step, a draft one is posted.</source>
        <translation>Eine Rechnung je Bestellung: eine gebuchte beendet den Schritt, ein Entwurf wird gebucht.</translation>
    </message>
    <message>
        <source>Create and post the credit note of a refund of %1</source>
        <translation>Gutschrift einer Erstattung von %1 anlegen und buchen</translation>
    </message>
    <message>
        <source>Create and post a credit note of %1 for the refund of %2</source>
        <translation>Gutschrift über %1 für die Erstattung von %2 anlegen und buchen</translation>
    </message>
    <message>
        <source>The credit note names the Shopify refund, so a refund is never credited twice.</source>
        <translation>Die Gutschrift nennt die Shopify-Erstattung, daher wird keine Erstattung zweimal gutgeschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Receive the return of %1: a return of %n item(s) from its deliveries</source>
        <translation>
            <numerusform>Rücksendung von %1 annehmen: Rücklieferung von %n Artikel aus ihren Lieferungen</numerusform>
            <numerusform>Rücksendung von %1 annehmen: Rücklieferung von %n Artikeln aus ihren Lieferungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The return names the Shopify return, so it is found again, not made twice.</source>
        <translation>Die Rücklieferung nennt die Shopify-Rücksendung, wird also wiedergefunden und nicht doppelt angelegt.</translation>
    </message>
    <message>
        <source>Then, for orders ShipBob fulfils, create the return order there</source>
        <translation>Dann, für Bestellungen, die ShipBob versendet, dort den Rücksendeauftrag anlegen</translation>
    </message>
    <message>
        <source>Looked up by the Shopify return&apos;s id first.</source>
        <translation>Zuerst wird über die ID der Shopify-Rücksendung gesucht.</translation>
    </message>
    <message numerus="yes">
        <source>Create the return order of %1: %n item(s)</source>
        <translation>
            <numerusform>Rücksendeauftrag für %1 anlegen: %n Artikel</numerusform>
            <numerusform>Rücksendeauftrag für %1 anlegen: %n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Looked up by the Shopify return&apos;s id first; ShipBob refuses a second one.</source>
        <translation>Zuerst wird über die ID der Shopify-Rücksendung gesucht; ShipBob lehnt einen zweiten ab.</translation>
    </message>
    <message numerus="yes">
        <source>Set the available quantity of %n SKU and location pair(s) that differ from Odoo</source>
        <translation>
            <numerusform>Verfügbaren Bestand für %n SKU und Lagerort setzen, der von Odoo abweicht</numerusform>
            <numerusform>Verfügbaren Bestand für %n Paare aus SKU und Lagerort setzen, die von Odoo abweichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the available quantities that differ from Odoo</source>
        <translation>Verfügbare Bestände setzen, die von Odoo abweichen</translation>
    </message>
    <message>
        <source>Each quantity is an absolute figure, compared before it is set, so a repeat writes nothing new.</source>
        <translation>Jede Menge ist ein absoluter Wert und wird vor dem Setzen verglichen; eine Wiederholung schreibt nichts Neues.</translation>
    </message>
    <message>
        <source>Only when inventory correction is on: set Shopify&apos;s available quantities to Odoo&apos;s figures</source>
        <translation>Nur bei eingeschalteter Bestandskorrektur: Shopifys verfügbare Bestände auf Odoos Werte setzen</translation>
    </message>
    <message>
        <source>Absolute figures: a repeat writes nothing new.</source>
        <translation>Absolute Werte: eine Wiederholung schreibt nichts Neues.</translation>
    </message>
    <message numerus="yes">
        <source>Update the titles and prices of %n product(s) to Odoo&apos;s</source>
        <translation>
            <numerusform>Titel und Preise von %n Produkt auf Odoos Werte setzen</numerusform>
            <numerusform>Titel und Preise von %n Produkten auf Odoos Werte setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Update product titles and prices to Odoo&apos;s</source>
        <translation>Produkttitel und -preise auf Odoos Werte setzen</translation>
    </message>
    <message>
        <source>Absolute values: a repeat writes the same again.</source>
        <translation>Absolute Werte: eine Wiederholung schreibt dasselbe noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Write the names and prices of %n product(s) from Shopify</source>
        <translation>
            <numerusform>Namen und Preise von %n Produkt aus Shopify schreiben</numerusform>
            <numerusform>Namen und Preise von %n Produkten aus Shopify schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Write product names and prices from Shopify</source>
        <translation>Produktnamen und -preise aus Shopify schreiben</translation>
    </message>
    <message>
        <source>Create the missing order webhook subscriptions</source>
        <translation>Fehlende Webhook-Abonnements für Bestellungen anlegen</translation>
    </message>
    <message>
        <source>Existing subscriptions are kept.</source>
        <translation>Vorhandene Abonnements bleiben bestehen.</translation>
    </message>
</context>
<context>
    <name>Quayside::SettlementItemModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Why it is not matched</source>
        <translation>Warum sie nicht abgeglichen ist</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::AccessGate</name>
    <message>
        <source>Not in this role</source>
        <translation>Nicht in dieser Rolle</translation>
    </message>
    <message>
        <source>This needs the operator role; this console is in viewer mode.</source>
        <translation>Dafür braucht es die Bediener-Rolle; diese Konsole ist im Betrachter-Modus.</translation>
    </message>
    <message>
        <source>The keychain has not answered yet; try again in a moment.</source>
        <translation>Der Schlüsselbund hat noch nicht geantwortet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Changing connections</source>
        <translation>Verbindungen ändern</translation>
    </message>
    <message>
        <source>Changing the mappings in use</source>
        <translation>Die verwendeten Zuordnungen ändern</translation>
    </message>
    <message>
        <source>Changing a schedule</source>
        <translation>Einen Zeitplan ändern</translation>
    </message>
    <message>
        <source>Erasing a customer</source>
        <translation>Einen Kunden löschen</translation>
    </message>
    <message>
        <source>Changing the alert thresholds</source>
        <translation>Die Alarmschwellen ändern</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::AccessIndicator</name>
    <message>
        <source>Admin…</source>
        <translation>Admin…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Enter the admin passphrase to change connections, mappings and schedules</source>
        <translation>Admin-Passwort eingeben, um Verbindungen, Zuordnungen und Zeitpläne zu ändern</translation>
    </message>
    <message>
        <source>Give up admin rights now</source>
        <translation>Admin-Rechte jetzt abgeben</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1 · locks after %2 min idle</source>
        <translation>%1 · sperrt nach %2 Min. ohne Eingabe</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::AlertNotifier</name>
    <message>
        <source>Quayside</source>
        <translation>Quayside</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::AlertThresholdsDialog</name>
    <message>
        <source>Alert thresholds</source>
        <translation>Alarmschwellen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Exceptions above:</source>
        <translation>&amp;Ausnahmen über:</translation>
    </message>
    <message>
        <source> jobs</source>
        <translation> Aufträge</translation>
    </message>
    <message>
        <source>p95 &amp;latency above:</source>
        <translation>p95-&amp;Latenz über:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Oldest order waiting for the &amp;3PL above:</source>
        <translation>Älteste auf den Logistiker &amp;wartende Bestellung über:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Inventory &amp;mismatches above:</source>
        <translation>&amp;Bestandsabweichungen über:</translation>
    </message>
    <message>
        <source> SKUs</source>
        <translation> Artikel</translation>
    </message>
    <message>
        <source>A tile turns red and a desktop notification appears when its figure goes above the limit. &quot;Off&quot; never alerts.</source>
        <translation>Eine Kachel wird rot und eine Desktop-Benachrichtigung erscheint, sobald ihr Wert die Schwelle überschreitet. „Aus“ alarmiert nie.</translation>
    </message>
    <message>
        <source>&amp;Unmatched payout transactions above:</source>
        <translation>Nicht abgeglichene A&amp;uszahlungstransaktionen über:</translation>
    </message>
    <message>
        <source> items</source>
        <translation> Einträge</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::AuditPage</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Filter by order, job, note or value…</source>
        <translation>Nach Bestellung, Auftrag, Notiz oder Wert filtern…</translation>
    </message>
    <message>
        <source>Save every entry the filter shows, oldest first, as a CSV file</source>
        <translation>Alle Einträge, die der Filter zeigt, älteste zuerst, als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 newest entries shown; scroll for more</source>
        <translation>Die %1 neuesten Einträge werden angezeigt; für mehr weiterblättern</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::ConnectionsPage</name>
    <message>
        <source>Where Shopify, Odoo and ShipBob are, and how Quayside signs in. Tokens and keys go to this computer&apos;s keychain only; they are never shown again, written to the store or logged.</source>
        <translation>Wo Shopify, Odoo und ShipBob erreichbar sind und wie Quayside sich anmeldet. Tokens und Schlüssel kommen nur in den Schlüsselbund dieses Computers; sie werden nie wieder angezeigt, nicht in den Speicher geschrieben und nicht protokolliert.</translation>
    </message>
    <message>
        <source>Running on the sandbox</source>
        <translation>Betrieb in der Sandbox</translation>
    </message>
    <message>
        <source>No systems of yours are connected yet, so Quayside works with simulated ones on this computer. To connect your own, fill in the three sections below, test each one and save; Quayside uses them from its next start. A server uses a configuration file instead (quayside --config, see docs/configuration.md).</source>
        <translation>Noch sind keine eigenen Systeme verbunden, deshalb arbeitet Quayside mit simulierten Systemen auf diesem Computer. Um Ihre eigenen zu verbinden, füllen Sie die drei Abschnitte unten aus, testen jeden und speichern; Quayside verwendet sie ab dem nächsten Start. Ein Server verwendet stattdessen eine Konfigurationsdatei (quayside --config, siehe docs/configuration.md).</translation>
    </message>
    <message>
        <source>Shopify:</source>
        <translation>Shopify:</translation>
    </message>
    <message>
        <source>Odoo:</source>
        <translation>Odoo:</translation>
    </message>
    <message>
        <source>ShipBob:</source>
        <translation>ShipBob:</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>example.myshopify.com</source>
        <translation>beispiel.myshopify.com</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Admin-API-Zugriffstoken</translation>
    </message>
    <message>
        <source>Client ID and secret</source>
        <translation>Client-ID und Secret</translation>
    </message>
    <message>
        <source>Apps made in the Dev Dashboard sign in with a client ID and secret; older custom apps have a static access token (shpat_…)</source>
        <translation>Im Dev Dashboard erstellte Apps melden sich mit Client-ID und Secret an; ältere benutzerdefinierte Apps haben ein statisches Zugriffstoken (shpat_…)</translation>
    </message>
    <message>
        <source>S&amp;hop domain:</source>
        <translation>S&amp;hop-Domain:</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>A&amp;nmeldung:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>https://erp.example.com</source>
        <translation>https://erp.example.com</translation>
    </message>
    <message>
        <source>sync@example.com</source>
        <translation>sync@example.com</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>ShipBob</source>
        <translation>ShipBob</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>The channel orders are created in; the test lists the token&apos;s channels</source>
        <translation>Der Kanal, in dem Bestellungen angelegt werden; der Test listet die Kanäle des Tokens auf</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>&amp;Channel ID:</source>
        <translation>&amp;Kanal-ID:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Keep these settings; secrets go to the keychain</source>
        <translation>Diese Einstellungen behalten; Geheimnisse kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>%1 · shop %2</source>
        <translation>%1 · Shop %2</translation>
    </message>
    <message>
        <source>%1 · database %2 · user %3</source>
        <translation>%1 · Datenbank %2 · Benutzer %3</translation>
    </message>
    <message>
        <source>%1 · channel %2</source>
        <translation>%1 · Kanal %2</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Stored in the keychain. Type a new one to replace it.</source>
        <translation>Im Schlüsselbund gespeichert. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved, except for secrets the keychain did not take: %1</source>
        <translation>Gespeichert, außer den Geheimnissen, die der Schlüsselbund nicht angenommen hat: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved. Quayside connects to these systems from its next start.</source>
        <translation>Gespeichert. Quayside verbindet sich ab dem nächsten Start mit diesen Systemen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved. Still needed before Quayside can use them: %1.</source>
        <translation>Gespeichert. Noch nötig, bevor Quayside sie verwenden kann: %1.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Nicht getestet: %1</translation>
    </message>
    <message>
        <source>Permissions granted: %1</source>
        <translation>Erteilte Berechtigungen: %1</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::DashboardPage</name>
    <message>
        <source>Connections and lanes</source>
        <translation>Verbindungen und Spuren</translation>
    </message>
    <message>
        <source>Orders per minute</source>
        <translation>Bestellungen pro Minute</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>No order has been synced in this period yet.</source>
        <translation>In diesem Zeitraum wurde noch keine Bestellung synchronisiert.</translation>
    </message>
    <message>
        <source>Retries and failures per minute</source>
        <translation>Wiederholungen und Fehler pro Minute</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>To exceptions</source>
        <translation>In die Ausnahmen</translation>
    </message>
    <message>
        <source>Nothing was retried or failed in this period.</source>
        <translation>In diesem Zeitraum wurde nichts wiederholt und nichts ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Alert &amp;thresholds…</source>
        <translation>Alarm&amp;schwellen…</translation>
    </message>
    <message>
        <source>Worst inventory mismatches</source>
        <translation>Größte Bestandsabweichungen</translation>
    </message>
    <message>
        <source>Retries (%1)</source>
        <translation>Wiederholungen (%1)</translation>
    </message>
    <message>
        <source>To exceptions (%1)</source>
        <translation>Zu Ausnahmen (%1)</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::DashboardTiles</name>
    <message>
        <source>Orders / min</source>
        <translation>Bestellungen / min</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>need a decision in the exception queue</source>
        <translation>brauchen eine Entscheidung in der Ausnahmewarteschlange</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>Waiting for the 3PL</source>
        <translation>Warten auf Logistiker</translation>
    </message>
    <message>
        <source>Stock mismatches</source>
        <translation>Bestandsabweichungen</translation>
    </message>
    <message>
        <source>%1 orders in the last hour</source>
        <translation>%1 Bestellungen in der letzten Stunde</translation>
    </message>
    <message>
        <source>%1 orders in the last 24 hours</source>
        <translation>%1 Bestellungen in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>p50 %1 · p99 %2</source>
        <translation>p50 %1 · p99 %2</translation>
    </message>
    <message>
        <source>no job finished in the last hour</source>
        <translation>kein Auftrag in der letzten Stunde beendet</translation>
    </message>
    <message>
        <source>no job finished in the last 24 hours</source>
        <translation>kein Auftrag in den letzten 24 Stunden beendet</translation>
    </message>
    <message numerus="yes">
        <source>oldest %1, %n min</source>
        <translation>
            <numerusform>älteste %1, %n Min.</numerusform>
            <numerusform>älteste %1, %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>every routed order acknowledged</source>
        <translation>jede geroutete Bestellung ist bestätigt</translation>
    </message>
    <message>
        <source>Odoo, Shopify and ShipBob agree</source>
        <translation>Odoo, Shopify und ShipBob stimmen überein</translation>
    </message>
    <message>
        <source>worst %1 at %2</source>
        <translation>am größten: %1 in %2</translation>
    </message>
    <message>
        <source>Unmatched payouts</source>
        <translation>Offene Auszahlungen</translation>
    </message>
    <message>
        <source>every payout matches Odoo&apos;s books</source>
        <translation>jede Auszahlung passt zu Odoos Buchhaltung</translation>
    </message>
    <message>
        <source>the latest concerns no order</source>
        <translation>die neueste betrifft keine Bestellung</translation>
    </message>
    <message>
        <source>latest on order %1</source>
        <translation>neueste zu Bestellung %1</translation>
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
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Alle Abläufe</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Stock and catalog</source>
        <translation>Bestand und Katalog</translation>
    </message>
    <message>
        <source>Put the exceptions you just resolved or skipped back in the queue (Ctrl+Z)</source>
        <translation>Gerade erledigte oder übersprungene Ausnahmen zurück in die Warteschlange legen (Strg+Z)</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) queued to run again.</source>
        <translation>
            <numerusform>%n Ausnahme wird erneut ausgeführt.</numerusform>
            <numerusform>%n Ausnahmen werden erneut ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) back in the queue.</source>
        <translation>
            <numerusform>%n Ausnahme wieder in der Warteschlange.</numerusform>
            <numerusform>%n Ausnahmen wieder in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) marked %1. Undo (Ctrl+Z) puts them back.</source>
        <translation>
            <numerusform>%n Ausnahme als %1 markiert. Rückgängig (Strg+Z) legt sie zurück.</numerusform>
            <numerusform>%n Ausnahmen als %1 markiert. Rückgängig (Strg+Z) legt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Customer details stay hidden: %1</source>
        <translation>Kundendaten bleiben verborgen: %1</translation>
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
        <translation>&lt;li&gt;%1%2: liest nur; schreibt nichts in Shopify, Odoo oder ShipBob.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Replay will&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h4&gt;Wiederholen wird&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data (customer details shown; recorded in the audit log)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Daten (Kundendaten angezeigt; im Prüfprotokoll vermerkt)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data (customer details masked) · &lt;a href=&quot;quayside:reveal&quot;&gt;Show customer details&lt;/a&gt;&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Daten (Kundendaten maskiert) · &lt;a href=&quot;quayside:reveal&quot;&gt;Kundendaten anzeigen&lt;/a&gt;&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step:&lt;/b&gt; %3 / %4 on %5 · &lt;b&gt;attempts:&lt;/b&gt; %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Warum:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schritt:&lt;/b&gt; %3 / %4 auf %5 · &lt;b&gt;Versuche:&lt;/b&gt; %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Attempts&lt;/h4&gt;&lt;table cellspacing=6&gt;%1&lt;/table&gt;</source>
        <translation>&lt;h4&gt;Versuche&lt;/h4&gt;&lt;table cellspacing=6&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Could not replay: %1</source>
        <translation>Erneute Ausführung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not mark as resolved: %1</source>
        <translation>Als erledigt markieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not skip: %1</source>
        <translation>Überspringen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not put back: %1</source>
        <translation>Zurücklegen in die Warteschlange fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Needs the operator role: this console is in viewer mode</source>
        <translation>Braucht die Bediener-Rolle: Diese Konsole ist im Betrachter-Modus</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data (customer details masked; showing them needs the operator role)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Daten (Kundendaten maskiert; sie anzuzeigen braucht die Bediener-Rolle)&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::HelpWindow</name>
    <message>
        <source>Quayside user guide</source>
        <translation>Quayside-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Quayside</source>
        <translation>Über &amp;Quayside</translation>
    </message>
    <message>
        <source>About Quayside</source>
        <translation>Über Quayside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quayside %1&lt;/h3&gt;&lt;p&gt;Keeps a shop&apos;s orders, stock and shipments in sync between Shopify, Odoo and ShipBob.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quayside %1&lt;/h3&gt;&lt;p&gt;Gleicht die Bestellungen, Bestände und Sendungen eines Shops zwischen Shopify, Odoo und ShipBob ab.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über Q&amp;t</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::InventoryPage</name>
    <message>
        <source>&amp;Open only</source>
        <translation>Nur &amp;offene</translation>
    </message>
    <message>
        <source>Filter by SKU, location or problem…</source>
        <translation>Nach SKU, Standort oder Problem filtern…</translation>
    </message>
    <message>
        <source>Hide mismatches the reconciliation has since seen resolved or corrected</source>
        <translation>Abweichungen ausblenden, die der Abgleich inzwischen als erledigt oder korrigiert gesehen hat</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>%1 open stock mismatches · last reconciliation %2</source>
        <translation>%1 offene Bestandsabweichungen · letzter Abgleich %2</translation>
    </message>
    <message>
        <source>No open stock mismatches · last reconciliation %1</source>
        <translation>Keine offenen Bestandsabweichungen · letzter Abgleich %1</translation>
    </message>
    <message>
        <source>No mismatch recorded yet. The reconciliation compares Shopify, Odoo and ShipBob for every SKU and location on its schedule (Flows &amp; schedules) and lists what differs here.</source>
        <translation>Noch keine Abweichung erfasst. Der Abgleich vergleicht Shopify, Odoo und ShipBob für jede SKU und jeden Standort nach seinem Zeitplan (Abläufe &amp; Zeitpläne) und listet hier, was abweicht.</translation>
    </message>
    <message>
        <source>Nothing open matches. Untick &quot;Open only&quot; to also see mismatches since resolved or corrected.</source>
        <translation>Nichts Offenes passt. „Nur offene“ abwählen, um auch inzwischen erledigte oder korrigierte Abweichungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::LatencyChart</name>
    <message>
        <source>Sync latency per flow</source>
        <translation>Synchronisierungsdauer je Ablauf</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No job has finished in this period yet.</source>
        <translation>In diesem Zeitraum wurde noch kein Auftrag beendet.</translation>
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
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Flows &amp; schedules</source>
        <translation>Abläufe und Zeitpläne</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The audit log has been altered outside Quayside: entry %1 does not match its record (%2). Orders keep flowing; keep a copy of the store for whoever investigates.</source>
        <translation>Das Prüfprotokoll wurde außerhalb von Quayside verändert: Eintrag %1 passt nicht zu seiner Aufzeichnung (%2). Bestellungen laufen weiter; bewahren Sie eine Kopie des Speichers für die Untersuchung auf.</translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s data was erased from %n order(s); the audit log records it.</source>
        <translation>
            <numerusform>Die Kundendaten wurden aus %n Bestellung gelöscht; das Prüfprotokoll hält es fest.</numerusform>
            <numerusform>Die Kundendaten wurden aus %n Bestellungen gelöscht; das Prüfprotokoll hält es fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s data could not be erased: %1</source>
        <translation>Die Kundendaten konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Admin rights are on.</source>
        <translation>Admin-Rechte sind an.</translation>
    </message>
    <message>
        <source>Admin rights are off.</source>
        <translation>Admin-Rechte sind aus.</translation>
    </message>
    <message>
        <source>%1 (since %2) — see the dashboard</source>
        <translation>%1 (seit %2) – siehe Dashboard</translation>
    </message>
    <message>
        <source>The store cannot be written: %1. The engine waits and starts by itself once it can write again; nothing is lost meanwhile.</source>
        <translation>Die Datenbank kann nicht beschrieben werden: %1. Die Synchronisation wartet und startet von selbst, sobald sie wieder schreiben kann; bis dahin geht nichts verloren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attached to the team store&lt;/b&gt; %1. The headless workers process the queue; this console shows it, and its replays and resolves go to the workers.</source>
        <translation>&lt;b&gt;Mit dem Team-Speicher verbunden&lt;/b&gt; %1. Die Headless-Worker arbeiten die Warteschlange ab; diese Konsole zeigt sie, und ihre Wiederholungen und Erledigungen gehen an die Worker.</translation>
    </message>
    <message>
        <source>This console runs no lanes: they run in the headless workers, whose logs and servers show their health. The tiles and the exception queue above are the team&apos;s.</source>
        <translation>Diese Konsole betreibt keine Lanes: Sie laufen in den Headless-Workern, deren Logs und Server ihren Zustand zeigen. Die Kacheln und die Ausnahme-Warteschlange oben gelten für das ganze Team.</translation>
    </message>
    <message>
        <source>Attached · %1</source>
        <translation>Verbunden · %1</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Abrechnung</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::MappingsPage</name>
    <message>
        <source>Copy the field</source>
        <translation>Feld übernehmen</translation>
    </message>
    <message>
        <source>Constant value</source>
        <translation>Fester Wert</translation>
    </message>
    <message>
        <source>Text template</source>
        <translation>Textvorlage</translation>
    </message>
    <message>
        <source>Lookup table</source>
        <translation>Zuordnungstabelle</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Amount in a currency</source>
        <translation>Betrag in einer Währung</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Each item of a list</source>
        <translation>Jedes Element einer Liste</translation>
    </message>
    <message>
        <source>Source &amp;fields</source>
        <translation>Quell&amp;felder</translation>
    </message>
    <message>
        <source>&amp;Targets and rules</source>
        <translation>&amp;Ziele und Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>{name} or {field|fallback}</source>
        <translation>{name} oder {feld|ersatz}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Add entr&amp;y</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>as is</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>W&amp;hole number</source>
        <translation>Ganze Za&amp;hl</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>When a field equals</source>
        <translation>Wenn ein Feld gleich ist</translation>
    </message>
    <message>
        <source>When a field is one of</source>
        <translation>Wenn ein Feld einer von ist</translation>
    </message>
    <message>
        <source>When a field exists</source>
        <translation>Wenn ein Feld vorhanden ist</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>Pflic&amp;ht</translation>
    </message>
    <message>
        <source>No value at all (absent, null or empty) is an error, and the order waits</source>
        <translation>Gar kein Wert (fehlend, null oder leer) ist ein Fehler, und die Bestellung wartet</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Zi&amp;el:</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Temp&amp;late:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Sca&amp;le:</source>
        <translation>&amp;Faktor:</translation>
    </message>
    <message>
        <source>D&amp;ecimals:</source>
        <translation>&amp;Nachkommastellen:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Co&amp;ndition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>Condition fiel&amp;d:</source>
        <translation>Bedingungs&amp;feld:</translation>
    </message>
    <message>
        <source>Condition val&amp;ue:</source>
        <translation>Bedingungs&amp;wert:</translation>
    </message>
    <message>
        <source>Def&amp;ault:</source>
        <translation>&amp;Standard:</translation>
    </message>
    <message>
        <source>Previe&amp;w on the newest</source>
        <translation>&amp;Vorschau auf den neuesten</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> Bestellungen</translation>
    </message>
    <message>
        <source>What the draft sends to Odoo for the selected order</source>
        <translation>Was der Entwurf für die ausgewählte Bestellung an Odoo sendet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Keep these rules as the draft; the flows keep using the published version</source>
        <translation>Diese Regeln als Entwurf behalten; die Abläufe verwenden weiter die veröffentlichte Version</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Go back to the published version</source>
        <translation>Zur veröffentlichten Version zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Make these rules the ones new orders use; recorded in the audit log with your comment</source>
        <translation>Neue Bestellungen verwenden ab jetzt diese Regeln; wird mit Ihrem Kommentar im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Read a mapping file as the draft</source>
        <translation>Eine Zuordnungsdatei als Entwurf einlesen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the rules shown as a mapping file</source>
        <translation>Die angezeigten Regeln als Zuordnungsdatei speichern</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>Ve&amp;rsionen:</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Publish the selected version&apos;s rules again; recorded in the audit log</source>
        <translation>Die Regeln der ausgewählten Version erneut veröffentlichen; wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Map to target</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>Map the selected source field onto the selected target</source>
        <translation>Das ausgewählte Quellfeld dem ausgewählten Ziel zuordnen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rule (Del)</source>
        <translation>Die ausgewählte Regel entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Apply this rule earlier</source>
        <translation>Diese Regel früher anwenden</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Apply this rule later</source>
        <translation>Diese Regel später anwenden</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <source>no comment</source>
        <translation>kein Kommentar</translation>
    </message>
    <message>
        <source>Reading the fields of %1 from Odoo…</source>
        <translation>Die Felder von %1 werden aus Odoo gelesen…</translation>
    </message>
    <message>
        <source>Odoo&apos;s fields could not be read: %1</source>
        <translation>Die Felder aus Odoo konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Draft v%1 (not yet used by the flows)</source>
        <translation>Entwurf v%1 (von den Abläufen noch nicht verwendet)</translation>
    </message>
    <message>
        <source>Published v%1 (in use)</source>
        <translation>Veröffentlicht v%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>Shipped default</source>
        <translation>Mitgelieferter Standard</translation>
    </message>
    <message numerus="yes">
        <source>%n Odoo fields; every required one is mapped.</source>
        <translation>
            <numerusform>%n Odoo-Feld; alle Pflichtfelder sind zugeordnet.</numerusform>
            <numerusform>%n Odoo-Felder; alle Pflichtfelder sind zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is set by the order flow itself.</source>
        <translation>%1 setzt der Bestellablauf selbst.</translation>
    </message>
    <message>
        <source>Drag a source field onto a target to map it, or select both and press Map (Ctrl+M).</source>
        <translation>Ziehen Sie ein Quellfeld auf ein Ziel, um es zuzuordnen, oder wählen Sie beide aus und drücken Sie Zuordnen (Strg+M).</translation>
    </message>
    <message>
        <source>Rule for %1</source>
        <translation>Regel für %1</translation>
    </message>
    <message>
        <source>Edit the rule for %1</source>
        <translation>Regel für %1 bearbeiten</translation>
    </message>
    <message>
        <source>Select a source field and a target first.</source>
        <translation>Wählen Sie zuerst ein Quellfeld und ein Ziel aus.</translation>
    </message>
    <message>
        <source>Remove the rule for %1</source>
        <translation>Regel für %1 entfernen</translation>
    </message>
    <message>
        <source>Move the rule for %1</source>
        <translation>Regel für %1 verschieben</translation>
    </message>
    <message>
        <source>No orders in the store yet: the preview fills as orders arrive.</source>
        <translation>Noch keine Bestellungen gespeichert: Die Vorschau füllt sich, sobald Bestellungen eintreffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n orders, all map.</source>
        <translation>
            <numerusform>%n Bestellung, sie passt.</numerusform>
            <numerusform>%n Bestellungen, alle passen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n orders fail to map.</source>
        <translation>
            <numerusform>%1 von %n Bestellung lässt sich nicht abbilden.</numerusform>
            <numerusform>%1 von %n Bestellungen lassen sich nicht abbilden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Entwurf wird gespeichert…</translation>
    </message>
    <message>
        <source>Draft saved. The flows keep using the published version until you publish.</source>
        <translation>Entwurf gespeichert. Die Abläufe verwenden die veröffentlichte Version, bis Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Discarding the draft…</source>
        <translation>Entwurf wird verworfen…</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Entwurf verworfen.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Published. New orders use these rules from now on.</source>
        <translation>Veröffentlicht. Neue Bestellungen verwenden ab jetzt diese Regeln.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Version %1&apos;s rules are published again.</source>
        <translation>Die Regeln von Version %1 sind wieder veröffentlicht.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Imported %1 as the draft.</source>
        <translation>%1 als Entwurf importiert.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Publish the mapping</source>
        <translation>Zuordnung veröffentlichen</translation>
    </message>
    <message>
        <source>What changes, and why? (Recorded in the audit log with your name.)</source>
        <translation>Was ändert sich, und warum? (Wird mit Ihrem Namen im Prüfprotokoll festgehalten.)</translation>
    </message>
    <message>
        <source>Roll back the mapping</source>
        <translation>Zuordnung zurücksetzen</translation>
    </message>
    <message>
        <source>Why go back to version %1? (Recorded in the audit log.)</source>
        <translation>Warum zurück zu Version %1? (Wird im Prüfprotokoll festgehalten.)</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Zuordnung importieren</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation>Zuordnung exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n required custom field(s) are not mapped (highlighted): orders wait until a rule fills them.</source>
        <translation>
            <numerusform>%n erforderliches benutzerdefiniertes Feld ist nicht zugeordnet (hervorgehoben): Bestellungen warten, bis eine Regel es füllt.</numerusform>
            <numerusform>%n erforderliche benutzerdefinierte Felder sind nicht zugeordnet (hervorgehoben): Bestellungen warten, bis eine Regel sie füllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>Odoo sale order · from the Shopify order</source>
        <translation>Odoo-Verkaufsauftrag · aus der Shopify-Bestellung</translation>
    </message>
    <message>
        <source>ShipBob order · from the Shopify order</source>
        <translation>ShipBob-Auftrag · aus der Shopify-Bestellung</translation>
    </message>
    <message>
        <source>Odoo delivery (stock.picking) · from a ShipBob shipment</source>
        <translation>Odoo-Lieferung (stock.picking) · aus einer ShipBob-Sendung</translation>
    </message>
    <message>
        <source>Shopify fulfilment · from a ShipBob shipment</source>
        <translation>Shopify-Fulfillment · aus einer ShipBob-Sendung</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them?</source>
        <translation>Die Änderungen an %1 sind nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>What the draft sends to %1 for the selected order</source>
        <translation>Was der Entwurf für die ausgewählte Bestellung an %1 sendet</translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation>Felder filtern …</translation>
    </message>
    <message>
        <source>Reading the schema…</source>
        <translation>Schema wird gelesen …</translation>
    </message>
    <message>
        <source>Drag a field onto a target, or select both and press Map (Ctrl+M). Fields in italics were not in recent orders; struck-out fields are deprecated.</source>
        <translation>Ziehen Sie ein Feld auf ein Ziel, oder wählen Sie beide aus und drücken Sie Zuordnen (Strg+M). Kursive Felder kamen in neuen Bestellungen nicht vor; durchgestrichene Felder sind veraltet.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of the shipment report, merged with recent reports.</source>
        <translation>
            <numerusform>%n Feld des Sendungsberichts, zusammengeführt mit den letzten Berichten.</numerusform>
            <numerusform>%n Felder des Sendungsberichts, zusammengeführt mit den letzten Berichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) from the schema, merged with recent orders.</source>
        <translation>
            <numerusform>%n Feld aus dem Schema, zusammengeführt mit den letzten Bestellungen.</numerusform>
            <numerusform>%n Felder aus dem Schema, zusammengeführt mit den letzten Bestellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema could not be read (%1); showing the fields of recent orders.</source>
        <translation>Das Schema konnte nicht gelesen werden (%1); angezeigt werden die Felder neuer Bestellungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields of %1&apos;s API; the reserved ones are the flow&apos;s own.</source>
        <translation>
            <numerusform>%n Feld der API von %1; die reservierten setzt der Ablauf selbst.</numerusform>
            <numerusform>%n Felder der API von %1; die reservierten setzt der Ablauf selbst.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Forget customer…</source>
        <translation>Kunden &amp;vergessen…</translation>
    </message>
    <message>
        <source>Show customers&apos; names, e-mails, phones and addresses unmasked (recorded in the audit log)</source>
        <translation>Namen, E-Mail-Adressen, Telefonnummern und Adressen der Kunden unmaskiert zeigen (wird im Prüfprotokoll vermerkt)</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s names, e-mails, phones and addresses from Quayside&apos;s store, as a customer&apos;s erasure request requires</source>
        <translation>Namen, E-Mail-Adressen, Telefonnummern und Adressen dieses Kunden aus dem Speicher von Quayside löschen, wie es ein Löschantrag verlangt</translation>
    </message>
    <message>
        <source>Forget customer</source>
        <translation>Kunden vergessen</translation>
    </message>
    <message numerus="yes">
        <source>Erase the names, e-mails, phones and addresses of %1 from the %n order(s) Quayside holds? The orders keep their names and amounts; exceptions of these orders are skipped. This cannot be undone.

Reason (kept in the audit log):</source>
        <translation>
            <numerusform>Namen, E-Mail-Adressen, Telefonnummern und Adressen von %1 aus der %n Bestellung löschen, die Quayside hält? Die Bestellung behält Nummer und Beträge; ihre Ausnahmen werden übersprungen. Das lässt sich nicht rückgängig machen.

Grund (kommt ins Prüfprotokoll):</numerusform>
            <numerusform>Namen, E-Mail-Adressen, Telefonnummern und Adressen von %1 aus den %n Bestellungen löschen, die Quayside hält? Die Bestellungen behalten Nummern und Beträge; ihre Ausnahmen werden übersprungen. Das lässt sich nicht rückgängig machen.

Grund (kommt ins Prüfprotokoll):</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer&apos;s erasure request</source>
        <translation>Löschantrag des Kunden</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::PassphraseDialog</name>
    <message>
        <source>Set the admin passphrase</source>
        <translation>Admin-Passwort festlegen</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation>Admin-Passwort</translation>
    </message>
    <message>
        <source>%1 needs the admin role.</source>
        <translation>%1 braucht die Admin-Rolle.</translation>
    </message>
    <message>
        <source>No admin passphrase has been set on this computer yet: choose one now (at least %1 characters). Whoever knows it can change connections, mappings, schedules and erase customers; keep it from the people who only run the day.</source>
        <translation>Auf diesem Computer ist noch kein Admin-Passwort festgelegt: Wählen Sie jetzt eines (mindestens %1 Zeichen). Wer es kennt, kann Verbindungen, Zuordnungen und Zeitpläne ändern und Kunden löschen; geben Sie es nicht an die, die nur das Tagesgeschäft erledigen.</translation>
    </message>
    <message>
        <source>Admin rights last until the console has been idle for %1 minutes or you lock it.</source>
        <translation>Admin-Rechte gelten, bis die Konsole %1 Minuten nicht bedient wurde oder Sie sie sperren.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Set and continue</source>
        <translation>&amp;Festlegen und weiter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::SandboxPage</name>
    <message>
        <source>Everything here is simulated on this computer. Change how busy the shop is, or make a system misbehave, and watch Quayside cope: retries and the lanes&apos; health on the dashboard, failures in the exception queue. Faults apply at once; set them back to 0 to stop.</source>
        <translation>Alles hier wird auf diesem Computer simuliert. Ändern Sie, wie viel im Shop los ist, oder lassen Sie ein System Fehler machen, und sehen Sie Quayside dabei zu: Wiederholungen und der Zustand der Bahnen im Dashboard, Fehlschläge in der Ausnahmewarteschlange. Fehler wirken sofort; auf 0 zurücksetzen, um sie zu beenden.</translation>
    </message>
    <message>
        <source> orders/min</source>
        <translation> Bestellungen/Min.</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <source>&amp;Orders per minute:</source>
        <translation>&amp;Bestellungen pro Minute:</translation>
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
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Share of requests answered with a server error (503)</source>
        <translation>Anteil der Anfragen, die mit einem Serverfehler (503) beantwortet werden</translation>
    </message>
    <message>
        <source>Share of requests refused as over the rate limit (429 / THROTTLED)</source>
        <translation>Anteil der Anfragen, die wegen Überschreitung des Ratenlimits abgelehnt werden (429 / THROTTLED)</translation>
    </message>
    <message>
        <source>Added to every answer</source>
        <translation>Wird jeder Antwort hinzugefügt</translation>
    </message>
    <message>
        <source>Take down for %1 s</source>
        <translation>Für %1 s abschalten</translation>
    </message>
    <message>
        <source>Every request fails for %1 seconds, as in a real outage</source>
        <translation>Jede Anfrage schlägt %1 Sekunden lang fehl, wie bei einem echten Ausfall</translation>
    </message>
    <message>
        <source>Server &amp;errors:</source>
        <translation>Server&amp;fehler:</translation>
    </message>
    <message>
        <source>&amp;Throttled:</source>
        <translation>&amp;Gedrosselt:</translation>
    </message>
    <message>
        <source>Added &amp;latency:</source>
        <translation>Zusätzliche &amp;Latenz:</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::ScheduleDialog</name>
    <message>
        <source>&amp;Real-time, every</source>
        <translation>&amp;Echtzeit, alle</translation>
    </message>
    <message>
        <source>&amp;Batch, at</source>
        <translation>&amp;Stapel, um</translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation>Zeitplan von %1</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>02:00, 14:00</source>
        <translation>02:00, 14:00</translation>
    </message>
    <message>
        <source>Times of the day, 24-hour clock, separated by commas</source>
        <translation>Tageszeiten im 24-Stunden-Format, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::SchedulesPage</name>
    <message>
        <source>&amp;Change schedule…</source>
        <translation>Zeitplan ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Real-time flows look for changes every few seconds; batch flows run at set times of the day. A change applies at once, to the running flows too, and is recorded in the audit log.</source>
        <translation>Echtzeit-Abläufe suchen alle paar Sekunden nach Änderungen; Stapel-Abläufe laufen zu festen Tageszeiten. Eine Änderung gilt sofort, auch für laufende Abläufe, und wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>The schedule was not changed: %1</source>
        <translation>Der Zeitplan wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Schedule changed; the flow follows it from now on.</source>
        <translation>Zeitplan geändert; der Ablauf folgt ihm ab jetzt.</translation>
    </message>
    <message>
        <source>That is already the schedule; nothing changed.</source>
        <translation>Das ist bereits der Zeitplan; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The engine is not running, so the schedule cannot be changed now.</source>
        <translation>Die Engine läuft nicht, deshalb kann der Zeitplan jetzt nicht geändert werden.</translation>
    </message>
    <message>
        <source>Changing the schedule of %1…</source>
        <translation>Zeitplan von %1 wird geändert…</translation>
    </message>
</context>
<context>
    <name>Quayside::Ui::SettlementPage</name>
    <message>
        <source>Transactions the books do not account for</source>
        <translation>Transaktionen, die die Buchhaltung nicht abdeckt</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Nur &amp;offene</translation>
    </message>
    <message>
        <source>Filter by order, payout or reason…</source>
        <translation>Nach Bestellung, Auszahlung oder Grund filtern…</translation>
    </message>
    <message>
        <source>Hide transactions a later run has since matched</source>
        <translation>Transaktionen ausblenden, die ein späterer Lauf inzwischen abgeglichen hat</translation>
    </message>
    <message>
        <source>Double-click a transaction to open its order&apos;s trace</source>
        <translation>Doppelklick auf eine Transaktion öffnet den Verlauf ihrer Bestellung</translation>
    </message>
    <message>
        <source>No payout read yet</source>
        <translation>Noch keine Auszahlung gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n payout(s) reconciled</source>
        <translation>
            <numerusform>%1 von %n Auszahlung abgeglichen</numerusform>
            <numerusform>%1 von %n Auszahlungen abgeglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched transaction(s)</source>
        <translation>
            <numerusform>%n nicht abgeglichene Transaktion</numerusform>
            <numerusform>%n nicht abgeglichene Transaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>latest payout %1</source>
        <translation>letzte Auszahlung %1</translation>
    </message>
    <message>
        <source>Nothing unmatched</source>
        <translation>Alles abgeglichen</translation>
    </message>
    <message>
        <source>The settlement run reads Shopify Payments payouts on its schedule (Flows &amp; schedules) and matches each charge and refund to Odoo&apos;s invoices and credit notes. What it cannot match is listed here.</source>
        <translation>Der Abrechnungslauf liest die Auszahlungen von Shopify Payments nach seinem Zeitplan (Abläufe und Zeitpläne) und gleicht jede Belastung und Erstattung mit Odoos Rechnungen und Gutschriften ab. Was er nicht abgleichen kann, steht hier.</translation>
    </message>
    <message>
        <source>Every transaction of every payout is matched to Odoo&apos;s books.</source>
        <translation>Jede Transaktion jeder Auszahlung ist mit Odoos Buchhaltung abgeglichen.</translation>
    </message>
    <message>
        <source>Nothing open matches. Untick &quot;Open only&quot; to also see transactions since matched.</source>
        <translation>Keine offene Transaktion passt. Entfernen Sie das Häkchen bei „Nur offene“, um auch inzwischen abgeglichene zu sehen.</translation>
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
    <message>
        <source>customers/redact names neither an e-mail nor an order</source>
        <translation>customers/redact nennt weder eine E-Mail-Adresse noch eine Bestellung</translation>
    </message>
    <message>
        <source>The customer&apos;s data could not be erased yet: %1</source>
        <translation>Die Kundendaten konnten noch nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>customers/data_request names no customer</source>
        <translation>customers/data_request nennt keinen Kunden</translation>
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
        <source>Open the order trace and search for this order name, e-mail or reference.</source>
        <translation>Den Bestellverlauf öffnen und nach diesem Bestellnamen, dieser E-Mail oder Referenz suchen.</translation>
    </message>
    <message>
        <source>Store: a SQLite path or postgresql://user@host:port/db (the password comes from PGPASSFILE or ~/.pgpass).</source>
        <translation>Speicher: ein SQLite-Pfad oder postgresql://benutzer@host:port/db (das Passwort kommt aus PGPASSFILE oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>With --page mappings: the mapping to show, e.g. shipbob/order/outbound (system/entity/direction).</source>
        <translation>Mit --page mappings: die anzuzeigende Zuordnung, z. B. shipbob/order/outbound (System/Entität/Richtung).</translation>
    </message>
    <message>
        <source>Copy the store SRC (a SQLite path or URL) into the new, empty store DEST given after it, check the copy, then quit.</source>
        <translation>Den Speicher SRC (ein SQLite-Pfad oder eine URL) in den danach angegebenen neuen, leeren Speicher DEST kopieren, die Kopie prüfen und beenden.</translation>
    </message>
    <message>
        <source>With --migrate-store: the store to copy into.</source>
        <translation>Mit --migrate-store: der Speicher, in den kopiert wird.</translation>
    </message>
    <message>
        <source>Console only: show the store&apos;s queue and act on it, and leave the work to the headless workers (the default for a PostgreSQL store without --config).</source>
        <translation>Nur Konsole: die Warteschlange des Speichers zeigen und bearbeiten, die Arbeit den Headless-Workern überlassen (Standard bei einem PostgreSQL-Speicher ohne --config).</translation>
    </message>
    <message>
        <source>Open on this page: dashboard, exceptions, trace, inventory, settlement, connections, schedules, audit, mappings or sandbox.</source>
        <translation>Auf dieser Seite öffnen: dashboard, exceptions, trace, inventory, settlement, connections, schedules, audit, mappings oder sandbox.</translation>
    </message>
</context>
</TS>
