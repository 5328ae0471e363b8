<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Analytics</name>
    <message numerus="yes">
        <source>the row has %n column(s), fewer than the columns chosen</source>
        <translation>
            <numerusform>die Zeile hat %n Spalte, weniger als die gewählten Spalten</numerusform>
            <numerusform>die Zeile hat %n Spalten, weniger als die gewählten Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>no case id</source>
        <translation>keine Fall-ID</translation>
    </message>
    <message>
        <source>no activity</source>
        <translation>keine Aktivität</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time Waymark can read</source>
        <translation>„%1“ ist keine Zeitangabe, die Waymark lesen kann</translation>
    </message>
    <message>
        <source>this is a ZIP archive (an Excel workbook?); event logs are read from CSV files: save the sheet as CSV</source>
        <translation>das ist ein ZIP-Archiv (eine Excel-Arbeitsmappe?); Ereignisprotokolle werden aus CSV-Dateien gelesen: Speichern Sie das Blatt als CSV</translation>
    </message>
    <message>
        <source>choose the case, time and activity columns</source>
        <translation>wählen Sie die Spalten für Fall, Zeit und Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>the header has %n column(s); the columns chosen need more</source>
        <translation>
            <numerusform>die Kopfzeile hat %n Spalte; die gewählten Spalten brauchen mehr</numerusform>
            <numerusform>die Kopfzeile hat %n Spalten; die gewählten Spalten brauchen mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>too many periods</source>
        <translation>zu viele Zeiträume</translation>
    </message>
    <message>
        <source>%1 activities in %2 periods and %3 segments are too many to measure at once; choose a longer period or no segment column</source>
        <translation>%1 Aktivitäten in %2 Zeiträumen und %3 Segmenten sind zu viele, um sie auf einmal zu messen; wählen Sie einen längeren Zeitraum oder keine Segmentspalte</translation>
    </message>
    <message numerus="yes">
        <source>no row holds an event (all %n row(s) were left out)</source>
        <translation>
            <numerusform>keine Zeile enthält ein Ereignis (die %n Zeile wurde ausgelassen)</numerusform>
            <numerusform>keine Zeile enthält ein Ereignis (alle %n Zeilen wurden ausgelassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be read (%3 %, more than the %4 % allowed); nothing was imported. %5</source>
        <translation>%1 von %2 Zeilen sind nicht lesbar (%3 %, mehr als die erlaubten %4 %); nichts wurde importiert. %5</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Event count</source>
        <translation>Anzahl Ereignisse</translation>
    </message>
    <message>
        <source>Cases reached</source>
        <translation>Erreichte Fälle</translation>
    </message>
    <message>
        <source>Exit rate (%)</source>
        <translation>Ausstiegsrate (%)</translation>
    </message>
    <message>
        <source>Repeat rate (%)</source>
        <translation>Wiederholungsrate (%)</translation>
    </message>
    <message>
        <source>Median dwell time (s)</source>
        <translation>Verweildauer Median (s)</translation>
    </message>
    <message>
        <source>P90 dwell time (s)</source>
        <translation>Verweildauer P90 (s)</translation>
    </message>
    <message>
        <source>Cases reaching the stage</source>
        <translation>Fälle, die die Phase erreichen</translation>
    </message>
    <message>
        <source>Conversion from the stage before (%)</source>
        <translation>Konversion aus der vorigen Phase (%)</translation>
    </message>
    <message>
        <source>Closed funnel conversion (%)</source>
        <translation>Konversion geschlossener Trichter (%)</translation>
    </message>
    <message>
        <source>%1: choose the touchpoint (or stage) column and the score column</source>
        <translation>%1: Wählen Sie die Spalte mit dem Kontaktpunkt (oder der Phase) und die Spalte mit der Bewertung</translation>
    </message>
    <message numerus="yes">
        <source>%1: the header has %n column(s); the columns chosen need more</source>
        <translation>
            <numerusform>%1: Die Kopfzeile hat %n Spalte; die gewählten Spalten brauchen mehr</numerusform>
            <numerusform>%1: Die Kopfzeile hat %n Spalten; die gewählten Spalten brauchen mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>no touchpoint or stage</source>
        <translation>kein Kontaktpunkt und keine Phase</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score from %2 to %3</source>
        <translation>„%1“ ist keine Bewertung von %2 bis %3</translation>
    </message>
    <message>
        <source>%1: no response has a score</source>
        <translation>%1: Keine Antwort hat eine Bewertung</translation>
    </message>
    <message>
        <source>Number of responses</source>
        <translation>Anzahl Antworten</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT (%)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CES (1-7, 7 = easy)</source>
        <translation>CES (1-7, 7 = einfach)</translation>
    </message>
    <message>
        <source>CES easy share (%)</source>
        <translation>CES Anteil einfach (%)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Repeat contact rate (%)</source>
        <translation>Wiederholte Kontakte (%)</translation>
    </message>
    <message>
        <source>First contact resolution (%)</source>
        <translation>Erstlösungsquote (%)</translation>
    </message>
    <message>
        <source>Self-service containment (%)</source>
        <translation>Selbstbedienungsquote (%)</translation>
    </message>
    <message>
        <source>%1: choose the customer, time and channel columns</source>
        <translation>%1: Wählen Sie die Spalten für Kunde, Zeit und Kanal</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>kein Kanal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>%1: the file has no contacts</source>
        <translation>%1: Die Datei enthält keine Kontakte</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 exits</source>
        <translation>%1 Ausstiege</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>touchpoint key</source>
        <translation>Kontaktpunkt-Schlüssel</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Feelings per stage</source>
        <translation>Gefühle je Phase</translation>
    </message>
    <message>
        <source>Metric values</source>
        <translation>Kennzahlwerte</translation>
    </message>
    <message>
        <source>Friction points</source>
        <translation>Reibungspunkte</translation>
    </message>
    <message>
        <source>added %1 in %2</source>
        <translation>%1 in %2 hinzugefügt</translation>
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <translation>%1 geändert: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>moved %1 within %2 from place %3 to %4</source>
        <translation>%1 innerhalb von %2 von Platz %3 auf %4 verschoben</translation>
    </message>
    <message>
        <source>moved %1 from %2 to %3</source>
        <translation>%1 von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>added stage %1 at place %2</source>
        <translation>Phase %1 auf Platz %2 hinzugefügt</translation>
    </message>
    <message>
        <source>removed stage %1</source>
        <translation>Phase %1 entfernt</translation>
    </message>
    <message>
        <source>renamed stage %1 to %2</source>
        <translation>Phase %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>moved stage %1 from place %2 to %3</source>
        <translation>Phase %1 von Platz %2 auf %3 verschoben</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation>%1 bei %2: %3 → %4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>new friction point %1: %2</source>
        <translation>neuer Reibungspunkt %1: %2</translation>
    </message>
    <message>
        <source>friction point %1 is gone</source>
        <translation>Reibungspunkt %1 ist verschwunden</translation>
    </message>
    <message>
        <source>snapshot &quot;%1&quot;: %2</source>
        <translation>Snapshot „%1“: %2</translation>
    </message>
    <message>
        <source>snapshot &quot;%1&quot; holds %2 journeys; name one as snapshot:%1/JOURNEY</source>
        <translation>Snapshot „%1“ enthält %2 Journeys; nennen Sie eine als snapshot:%1/JOURNEY</translation>
    </message>
    <message>
        <source>snapshot &quot;%1&quot; holds no such journey</source>
        <translation>Snapshot „%1“ enthält diese Journey nicht</translation>
    </message>
    <message>
        <source>%1 (snapshot &quot;%2&quot;)</source>
        <translation>%1 (Snapshot „%2“)</translation>
    </message>
    <message>
        <source>no journey &quot;%1&quot;</source>
        <translation>keine Journey „%1“</translation>
    </message>
    <message>
        <source>no snapshot &quot;%1&quot;</source>
        <translation>kein Snapshot „%1“</translation>
    </message>
    <message>
        <source>snapshot &quot;%1&quot; has no journey &quot;%2&quot;</source>
        <translation>Snapshot „%1“ hat keine Journey „%2“</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>Neither side has feelings.</source>
        <translation>Keine der beiden Seiten hat Gefühle.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 im Vergleich mit %2</translation>
    </message>
    <message>
        <source>Comparison: %1 → %2</source>
        <translation>Vergleich: %1 → %2</translation>
    </message>
    <message>
        <source>Cards: %1 added, %2 removed, %3 changed, %4 moved</source>
        <translation>Karten: %1 hinzugefügt, %2 entfernt, %3 geändert, %4 verschoben</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Zu: %1</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation>veraltet seit %1</translation>
    </message>
    <message>
        <source>linked journey</source>
        <translation>verknüpfte Journey</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>what it addresses</source>
        <translation>worauf sie zielt</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Schneller Gewinn</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Große Wette</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Money pit</source>
        <translation>Geldgrab</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation>bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>too many brackets</source>
        <translation>zu viele Klammern</translation>
    </message>
    <message>
        <source>the formula ends too early</source>
        <translation>die Formel endet zu früh</translation>
    </message>
    <message>
        <source>a &quot;)&quot; is missing</source>
        <translation>ein „)“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot; (use customer, business, effort, value, friction)</source>
        <translation>unbekannter Name „%1“ (customer, business, effort, value, friction verwenden)</translation>
    </message>
    <message>
        <source>the formula is empty</source>
        <translation>die Formel ist leer</translation>
    </message>
    <message>
        <source>the formula is longer than 500 characters</source>
        <translation>die Formel ist länger als 500 Zeichen</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>Pfeile</translation>
    </message>
    <message>
        <source>%1, with the cards of %2 that were removed or moved shown dashed</source>
        <translation>%1, mit den entfernten oder verschobenen Karten von %2 gestrichelt</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1: the server refused the password of &quot;%2&quot; (%3)</source>
        <translation>%1: Der Server hat das Passwort von „%2“ abgelehnt (%3)</translation>
    </message>
    <message>
        <source>%1: cannot connect (%2)</source>
        <translation>%1: keine Verbindung möglich (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address; write it as postgresql://user@host:port/database</source>
        <translation>„%1“ ist keine Datenbankadresse; schreiben Sie sie als postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>the database address has an unknown setting &quot;%1&quot;</source>
        <translation>die Datenbankadresse hat eine unbekannte Einstellung „%1“</translation>
    </message>
    <message>
        <source>the database address names no database (postgresql://user@host:port/database)</source>
        <translation>die Datenbankadresse nennt keine Datenbank (postgresql://benutzer@host:port/datenbank)</translation>
    </message>
    <message>
        <source>choose a table or write a SELECT</source>
        <translation>wählen Sie eine Tabelle oder schreiben Sie ein SELECT</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no %2 column chosen (the columns are: %3)</source>
        <translation>%1: keine Spalte für %2 gewählt (die Spalten sind: %3)</translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot; (the columns are: %3)</source>
        <translation>%1: keine Spalte „%2“ (die Spalten sind: %3)</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; holds %3, not times; choose a column of type timestamp, timestamp with time zone or date, or convert it in a SELECT (e.g. CAST(%2 AS timestamptz))</source>
        <translation>%1: Die Spalte „%2“ enthält %3, keine Zeiten; wählen Sie eine Spalte vom Typ timestamp, timestamp with time zone oder date, oder wandeln Sie sie in einem SELECT um (z. B. CAST(%2 AS timestamptz))</translation>
    </message>
    <message>
        <source>the time window ends before it begins</source>
        <translation>das Zeitfenster endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>time zone %1: %2</source>
        <translation>Zeitzone %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the computation took longer than the %n second(s) allowed</source>
        <translation>
            <numerusform>die Berechnung dauerte länger als die erlaubte %n Sekunde</numerusform>
            <numerusform>die Berechnung dauerte länger als die erlaubten %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n Zeile: %1</numerusform>
            <numerusform>%n Zeilen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: an activity&apos;s name holds the control character U+001F; Waymark cannot tell its paths apart</source>
        <translation>%1: Der Name einer Aktivität enthält das Steuerzeichen U+001F; Waymark kann ihre Pfade nicht unterscheiden</translation>
    </message>
    <message>
        <source>sslrootcert: a file name with &quot;;&quot; cannot be used</source>
        <translation>sslrootcert: Ein Dateiname mit „;“ kann nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>waymark-cli: error: unknown command &quot;%1&quot;</source>
        <translation>waymark-cli: Fehler: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects one FILE argument; see &apos;waymark-cli %1 --help&apos;</source>
        <translation>„%1“ erwartet ein DATEI-Argument; siehe „waymark-cli %1 --help“</translation>
    </message>
    <message>
        <source>The project file to create (.waymark).</source>
        <translation>Die zu erstellende Projektdatei (.waymark).</translation>
    </message>
    <message>
        <source>The project title.</source>
        <translation>Der Projekttitel.</translation>
    </message>
    <message>
        <source>Content language: en (default) or de.</source>
        <translation>Inhaltssprache: en (Standard) oder de.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>Creates a new Waymark project.</source>
        <translation>Erstellt ein neues Waymark-Projekt.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use en or de)</source>
        <translation>unbekannte Sprache „%1“ (en oder de verwenden)</translation>
    </message>
    <message>
        <source>the file exists already (use --force to replace it)</source>
        <translation>die Datei existiert bereits (mit --force ersetzen)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Shows what a project contains. Never changes the file.</source>
        <translation>Zeigt, was ein Projekt enthält. Ändert die Datei nie.</translation>
    </message>
    <message>
        <source>Project:     %1</source>
        <translation>Projekt:     %1</translation>
    </message>
    <message>
        <source>Client:      %1</source>
        <translation>Kunde:       %1</translation>
    </message>
    <message>
        <source>Author:      %1</source>
        <translation>Autor:       %1</translation>
    </message>
    <message>
        <source>Language:    %1</source>
        <translation>Sprache:     %1</translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation>Erstellt:    %1</translation>
    </message>
    <message>
        <source>Modified:    %1</source>
        <translation>Geändert:    %1</translation>
    </message>
    <message>
        <source>File format: %1</source>
        <translation>Dateiformat: %1</translation>
    </message>
    <message>
        <source>Journeys:    %1</source>
        <translation>Journeys:    %1</translation>
    </message>
    <message>
        <source>%1 [%2]: %3 stages, %4 lanes, %5 cards, %6 personas</source>
        <translation>%1 [%2]: %3 Phasen, %4 Ebenen, %5 Karten, %6 Personas</translation>
    </message>
    <message>
        <source>Personas:    %1</source>
        <translation>Personas:    %1</translation>
    </message>
    <message>
        <source>Cards:       %1</source>
        <translation>Karten:      %1</translation>
    </message>
    <message>
        <source>Checks integrity, schema and references. Never changes the file.
Exit code 0: sound; 1: problems (listed on stderr).</source>
        <translation>Prüft Integrität, Schema und Verweise. Ändert die Datei nie.
Exit-Code 0: in Ordnung; 1: Probleme (auf stderr aufgelistet).</translation>
    </message>
    <message>
        <source>%1: ok (file format %2)</source>
        <translation>%1: in Ordnung (Dateiformat %2)</translation>
    </message>
    <message>
        <source>Where to write: a .pdf (one page per persona) or a .png (one file per persona, numbered when there are several).</source>
        <translation>Wohin schreiben: eine .pdf (eine Seite je Persona) oder eine .png (eine Datei je Persona, bei mehreren nummeriert).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>Only this persona (name or id); may be given more than once.</source>
        <translation>Nur diese Persona (Name oder ID); darf mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Resolution of PNG files (36 to 600).</source>
        <translation>Auflösung der PNG-Dateien (36 bis 600).</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Writes persona sheets as PDF or PNG.</source>
        <translation>Schreibt Persona-Steckbriefe als PDF oder PNG.</translation>
    </message>
    <message>
        <source>&apos;export-personas&apos; needs -o OUT.pdf or -o OUT.png</source>
        <translation>„export-personas“ braucht -o AUSGABE.pdf oder -o AUSGABE.png</translation>
    </message>
    <message>
        <source>the output must end in .pdf or .png</source>
        <translation>die Ausgabe muss auf .pdf oder .png enden</translation>
    </message>
    <message>
        <source>--dpi must be a number from 36 to 600</source>
        <translation>--dpi muss eine Zahl von 36 bis 600 sein</translation>
    </message>
    <message>
        <source>no persona &quot;%1&quot;</source>
        <translation>keine Persona „%1“</translation>
    </message>
    <message>
        <source>the project has no personas</source>
        <translation>das Projekt hat keine Personas</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The journey (name or id), or &apos;all&apos; (default: the first journey).</source>
        <translation>Die Journey (Name oder ID) oder „all“ (Vorgabe: die erste Journey).</translation>
    </message>
    <message>
        <source>JOURNEY</source>
        <translation>JOURNEY</translation>
    </message>
    <message>
        <source>A4, A3, A2, A1, A0, Letter or Tabloid (default A3).</source>
        <translation>A4, A3, A2, A1, A0, Letter oder Tabloid (Vorgabe A3).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Landscape pages (the default).</source>
        <translation>Seiten im Querformat (Vorgabe).</translation>
    </message>
    <message>
        <source>Portrait pages.</source>
        <translation>Seiten im Hochformat.</translation>
    </message>
    <message>
        <source>Page margin in millimetres (default 10).</source>
        <translation>Seitenrand in Millimetern (Vorgabe 10).</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>Each journey on one page (the default).</source>
        <translation>Jede Journey auf einer Seite (Vorgabe).</translation>
    </message>
    <message>
        <source>A poster over COLUMNSxROWS pages, e.g. 3x2.</source>
        <translation>Ein Poster über SPALTENxZEILEN Seiten, z. B. 3x2.</translation>
    </message>
    <message>
        <source>CxR</source>
        <translation>SxZ</translation>
    </message>
    <message>
        <source>A poster at this scale in percent, on as many pages as it takes.</source>
        <translation>Ein Poster in diesem Maßstab in Prozent, auf so vielen Seiten wie nötig.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROZENT</translation>
    </message>
    <message>
        <source>Poster pages overlap by this much (default 10).</source>
        <translation>So weit überlappen sich Posterseiten (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Poster pages without crop marks.</source>
        <translation>Posterseiten ohne Schnittmarken.</translation>
    </message>
    <message>
        <source>Pages without the title block.</source>
        <translation>Seiten ohne Titelblock.</translation>
    </message>
    <message>
        <source>Add the persona sheets to a PDF.</source>
        <translation>Die Persona-Steckbriefe an ein PDF anhängen.</translation>
    </message>
    <message>
        <source>PNG resolution, 72 to 600 (default 150).</source>
        <translation>PNG-Auflösung, 72 bis 600 (Vorgabe 150).</translation>
    </message>
    <message>
        <source>PNG width in pixels (instead of --dpi).</source>
        <translation>PNG-Breite in Pixeln (statt --dpi).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>PNG of the whole page (--page) at --dpi.</source>
        <translation>PNG der ganzen Seite (--page) mit --dpi.</translation>
    </message>
    <message>
        <source>PNG with a transparent background.</source>
        <translation>PNG mit transparentem Hintergrund.</translation>
    </message>
    <message>
        <source>CSV delimiter: comma, semicolon or tab.</source>
        <translation>CSV-Trennzeichen: comma, semicolon oder tab.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>T</translation>
    </message>
    <message>
        <source>CSV with a byte order mark (for Excel).</source>
        <translation>CSV mit Byte-Order-Mark (für Excel).</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>KENNZAHL</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs -o OUT</source>
        <translation>„export“ braucht -o AUSGABE</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;</source>
        <translation>unbekannte Seitengröße „%1“</translation>
    </message>
    <message>
        <source>--margin must be from 0 to 50 millimetres</source>
        <translation>--margin muss zwischen 0 und 50 Millimetern liegen</translation>
    </message>
    <message>
        <source>--overlap must be from 0 to 50 millimetres</source>
        <translation>--overlap muss zwischen 0 und 50 Millimetern liegen</translation>
    </message>
    <message>
        <source>--tiles must look like 3x2 (up to 26 columns)</source>
        <translation>--tiles muss wie 3x2 aussehen (bis zu 26 Spalten)</translation>
    </message>
    <message>
        <source>--scale must be from 5 to 1000 percent</source>
        <translation>--scale muss zwischen 5 und 1000 Prozent liegen</translation>
    </message>
    <message>
        <source>--dpi must be a number from 72 to 600</source>
        <translation>--dpi muss eine Zahl von 72 bis 600 sein</translation>
    </message>
    <message>
        <source>--width must be at least 16 pixels</source>
        <translation>--width muss mindestens 16 Pixel sein</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab</source>
        <translation>--delimiter muss comma, semicolon oder tab sein</translation>
    </message>
    <message>
        <source>the project has no metric &quot;%1&quot;</source>
        <translation>das Projekt hat keine Kennzahl „%1“</translation>
    </message>
    <message>
        <source>no journey &quot;%1&quot;</source>
        <translation>keine Journey „%1“</translation>
    </message>
    <message>
        <source>the project has no journeys</source>
        <translation>das Projekt hat keine Journeys</translation>
    </message>
    <message>
        <source>A CSV or XLSX file.</source>
        <translation>Eine CSV- oder XLSX-Datei.</translation>
    </message>
    <message>
        <source>The sheet to read (XLSX).</source>
        <translation>Das zu lesende Blatt (XLSX).</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;columns&quot;: [...], &quot;rows&quot;: [[...], ...]}.</source>
        <translation>JSON ausgeben: {&quot;columns&quot;: [...], &quot;rows&quot;: [[...], ...]}.</translation>
    </message>
    <message>
        <source>Shows the table Waymark reads from a CSV or XLSX file, so that you can see why an import went wrong.</source>
        <translation>Zeigt die Tabelle, die Waymark aus einer CSV- oder XLSX-Datei liest, damit Sie sehen, warum ein Import schiefging.</translation>
    </message>
    <message>
        <source>Sheet: %1 (of %2)</source>
        <translation>Blatt: %1 (von %2)</translation>
    </message>
    <message>
        <source>Encoding: %1, delimiter: %2</source>
        <translation>Kodierung: %1, Trennzeichen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after the header</source>
        <translation>
            <numerusform>%n Zeile nach der Kopfzeile</numerusform>
            <numerusform>%n Zeilen nach der Kopfzeile</numerusform>
        </translation>
    </message>
    <message>
        <source>How the columns map (JSON, as --json prints it); default: the last import&apos;s mapping, or a guess from the header.</source>
        <translation>Wie die Spalten zugeordnet werden (JSON, wie --json es ausgibt); Vorgabe: die Zuordnung des letzten Imports oder eine Schätzung aus der Kopfzeile.</translation>
    </message>
    <message>
        <source>MAP.json</source>
        <translation>ZUORDNUNG.json</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>Zeigen, was sich ändern würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Imports metric values from a table into a project, as one step.</source>
        <translation>Importiert Kennzahlen aus einer Tabelle in ein Projekt, in einem Schritt.</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>a guess from the header</source>
        <translation>eine Schätzung aus der Kopfzeile</translation>
    </message>
    <message>
        <source>the mapping of the last import (%1)</source>
        <translation>die Zuordnung des letzten Imports (%1)</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Zuordnung: %1</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Show this metric (name or key) on the map.</source>
        <translation>Diese Kennzahl (Name oder Schlüssel) auf der Map zeigen.</translation>
    </message>
    <message>
        <source>The overlay&apos;s period (default: each value&apos;s latest).</source>
        <translation>Der Zeitraum der Einblendung (Vorgabe: jeweils der neueste).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>The overlay&apos;s segment (default: all customers).</source>
        <translation>Das Segment der Einblendung (Vorgabe: alle Kunden).</translation>
    </message>
    <message>
        <source>SEGMENT</source>
        <translation>SEGMENT</translation>
    </message>
    <message>
        <source>The period to rank (default: each value&apos;s latest).</source>
        <translation>Der Zeitraum für die Rangfolge (Vorgabe: jeweils der neueste Wert).</translation>
    </message>
    <message>
        <source>The segment to rank (default: all customers).</source>
        <translation>Das Segment für die Rangfolge (Vorgabe: alle Kunden).</translation>
    </message>
    <message>
        <source>How many points to list (default 10, 0 = all).</source>
        <translation>Wie viele Punkte aufgelistet werden (Vorgabe 10, 0 = alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Ranks where customers struggle, from the imported metrics and the feelings on the map, with the reasons, and lists where the map and the data disagree.</source>
        <translation>Zeigt in einer Rangfolge, wo Kunden kämpfen – aus den importierten Kennzahlen und den Gefühlen auf der Map, mit den Gründen –, und listet, wo Map und Daten einander widersprechen.</translation>
    </message>
    <message>
        <source>--top expects a number of 0 or more</source>
        <translation>--top erwartet eine Zahl ab 0</translation>
    </message>
    <message>
        <source>%1: the project has no metrics yet; only feelings count (see &apos;waymark-cli import-metrics&apos;)</source>
        <translation>%1: Das Projekt hat noch keine Kennzahlen; nur die Gefühle zählen (siehe „waymark-cli import-metrics“)</translation>
    </message>
    <message>
        <source>No friction: every value is within its thresholds.</source>
        <translation>Keine Reibung: Jeder Wert liegt innerhalb seiner Schwellen.</translation>
    </message>
    <message>
        <source>%1. %2 (%3) — friction %4</source>
        <translation>%1. %2 (%3) – Reibung %4</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>in &quot;%1&quot;</source>
        <translation>in „%1“</translation>
    </message>
    <message>
        <source>The map and the data disagree: %1</source>
        <translation>Map und Daten widersprechen sich: %1</translation>
    </message>
    <message>
        <source>The file was upgraded to format %1; the original is kept as &quot;%2&quot;.</source>
        <translation>Die Datei wurde auf Format %1 umgestellt; das Original bleibt als „%2“ erhalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2 arguments; see &apos;waymark-cli %1 --help&apos;</source>
        <translation>„%1“ erwartet %2 Argumente; siehe „waymark-cli %1 --help“</translation>
    </message>
    <message>
        <source>--direction expects NAME=higher or NAME=lower, not &quot;%1&quot;</source>
        <translation>--direction erwartet NAME=higher oder NAME=lower, nicht „%1“</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>rows %1 and %2</source>
        <translation>Zeilen %1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>rows %1 and %n more</source>
        <translation>
            <numerusform>Zeilen %1 und %n weitere</numerusform>
            <numerusform>Zeilen %1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>New metric &quot;%1&quot;: %2</source>
        <translation>Neue Kennzahl „%1“: %2</translation>
    </message>
    <message>
        <source>Metric &quot;%1&quot;: %2</source>
        <translation>Kennzahl „%1“: %2</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(erkannt an: %1)</translation>
    </message>
    <message>
        <source>Nobody has said whether a higher or a lower &quot;%1&quot; is better, so the map shows it without judging it and the friction ranking leaves it out. Import again with --direction &quot;%1=higher&quot; or &quot;%1=lower&quot;, or set it under Thresholds... in the application.</source>
        <translation>Niemand hat festgelegt, ob ein höherer oder ein niedrigerer Wert von „%1“ besser ist. Die Map zeigt die Kennzahl deshalb ohne Bewertung, und die Reibungsrangfolge lässt sie aus. Importieren Sie erneut mit --direction &quot;%1=higher&quot; oder &quot;%1=lower&quot;, oder legen Sie es in der Anwendung unter „Schwellen …“ fest.</translation>
    </message>
    <message>
        <source>%1:%2: no card or stage &quot;%3&quot; (%4)%5</source>
        <translation>%1:%2: keine Karte und keine Phase „%3“ (%4)%5</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>Whether a higher or a lower value of metric NAME is better, for a metric Waymark cannot judge by itself (may be given more than once).</source>
        <translation>Ob ein höherer oder ein niedrigerer Wert der Kennzahl NAME besser ist, für Kennzahlen, die Waymark nicht selbst einordnen kann (mehrfach möglich).</translation>
    </message>
    <message>
        <source>NAME=higher|lower</source>
        <translation>NAME=higher|lower</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Left out: %1, because %2</source>
        <translation>Nicht berücksichtigt: %1, weil %2</translation>
    </message>
    <message>
        <source>With --overlay: no numbered discs on the worst friction points.</source>
        <translation>Mit --overlay: keine nummerierten Scheiben auf den größten Reibungspunkten.</translation>
    </message>
    <message>
        <source>With --overlay: no page of charts (PDF).</source>
        <translation>Mit --overlay: keine Seite mit Diagrammen (PDF).</translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation>(gelöschte Karte)</translation>
    </message>
    <message>
        <source>The port (default: 8470; 0 picks a free one).</source>
        <translation>Der Port (Standard: 8470; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>The address to listen on (default: the first private IPv4 address, else 127.0.0.1).</source>
        <translation>Die Adresse, auf der der Server lauscht (Standard: die erste private IPv4-Adresse, sonst 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The join code (default: a random one).</source>
        <translation>Der Teilnahmecode (Standard: ein zufälliger).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The journey (name or id; default: the first).</source>
        <translation>Die Journey (Name oder ID; Standard: die erste).</translation>
    </message>
    <message>
        <source>Put every note on the map at once.</source>
        <translation>Jede Notiz sofort auf die Map setzen.</translation>
    </message>
    <message>
        <source>Runs a workshop server: participants join from their phones and their notes land in the project&apos;s inbox. Stops on Ctrl+C (SIGINT) or SIGTERM.</source>
        <translation>Startet einen Workshop-Server: Teilnehmende machen vom Handy aus mit, und ihre Notizen landen im Eingang des Projekts. Endet mit Strg+C (SIGINT) oder SIGTERM.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>--bind must be an IP address</source>
        <translation>--bind muss eine IP-Adresse sein</translation>
    </message>
    <message>
        <source>--join-code must be 4 to 12 letters or digits</source>
        <translation>--join-code muss aus 4 bis 12 Buchstaben oder Ziffern bestehen</translation>
    </message>
    <message>
        <source>a workshop runs on one journey</source>
        <translation>ein Workshop läuft auf genau einer Journey</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>die Signalbehandlung lässt sich nicht einrichten</translation>
    </message>
    <message>
        <source>Workshop on &quot;%1&quot; at %2</source>
        <translation>Workshop zu „%1“ unter %2</translation>
    </message>
    <message>
        <source>Join code: %1</source>
        <translation>Teilnahmecode: %1</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Note from %1: %2</source>
        <translation>Notiz von %1: %2</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>waymark-cli: error: %1: %2</source>
        <translation>waymark-cli: Fehler: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Workshop ended; %n participant(s).</source>
        <translation>
            <numerusform>Workshop beendet; %n Teilnehmende Person.</numerusform>
            <numerusform>Workshop beendet; %n Teilnehmende.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journey (name or id), or &apos;all&apos; (default: all).</source>
        <translation>Die Journey (Name oder ID) oder „all“ (Standard: alle).</translation>
    </message>
    <message>
        <source>Print the inbox as JSON.</source>
        <translation>Den Eingang als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Lists the notes workshop participants sent.</source>
        <translation>Zeigt die Notizen, die Workshop-Teilnehmende geschickt haben.</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>Der Eingang ist leer.</translation>
    </message>
    <message>
        <source>Print the rounds and results as JSON.</source>
        <translation>Die Runden und Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Lists the dot-voting rounds and their results.</source>
        <translation>Zeigt die Punkte-Abstimmungen und ihre Ergebnisse.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n voter(s), %3)</source>
        <translation>
            <numerusform>%1 (%2, %n Person hat abgestimmt, %3)</numerusform>
            <numerusform>%1 (%2, %n Personen haben abgestimmt, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>geschlossen %1</translation>
    </message>
    <message>
        <source>No voting rounds yet.</source>
        <translation>Noch keine Abstimmungsrunden.</translation>
    </message>
    <message>
        <source>No page of dot-voting results after a journey that has rounds (PDF).</source>
        <translation>Keine Seite mit Abstimmungsergebnissen nach einer Journey mit Abstimmungsrunden (PDF).</translation>
    </message>
    <message>
        <source>Start a countdown of MINUTES for everyone.</source>
        <translation>Einen Countdown von MINUTEN für alle starten.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>Open a dot-voting round with this question on the pain points (or on the lane --vote-lane names); it closes when the workshop ends.</source>
        <translation>Eine Punkte-Abstimmung mit dieser Frage über die Schmerzpunkte öffnen (oder über die Ebene, die --vote-lane nennt); sie schließt mit dem Ende des Workshops.</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>FRAGE</translation>
    </message>
    <message>
        <source>The lane kind to vote on (default: pain-points; &apos;all&apos; for every card).</source>
        <translation>Die Art der Ebene, über die abgestimmt wird (Standard: pain-points; „all“ für jede Karte).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Dots per person (default: 3).</source>
        <translation>Punkte pro Person (Standard: 3).</translation>
    </message>
    <message>
        <source>--timer must be a number of minutes from 1 to 240</source>
        <translation>--timer muss eine Minutenzahl von 1 bis 240 sein</translation>
    </message>
    <message>
        <source>--dots must be a number from 1 to 20</source>
        <translation>--dots muss eine Zahl von 1 bis 20 sein</translation>
    </message>
    <message>
        <source>--vote-lane must be a lane kind (%1) or &apos;all&apos;</source>
        <translation>--vote-lane muss eine Ebenenart (%1) oder „all“ sein</translation>
    </message>
    <message>
        <source>The case column (customer, session, ticket); default: guessed from the header.</source>
        <translation>Die Fallspalte (Kunde, Sitzung, Ticket); Vorgabe: aus der Kopfzeile erraten.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>The timestamp column; default: guessed.</source>
        <translation>Die Zeitstempelspalte; Vorgabe: erraten.</translation>
    </message>
    <message>
        <source>The activity column (page, event, touchpoint); default: guessed.</source>
        <translation>Die Aktivitätsspalte (Seite, Ereignis, Kontaktpunkt); Vorgabe: erraten.</translation>
    </message>
    <message>
        <source>A segment column, to measure each segment too.</source>
        <translation>Eine Segmentspalte, um auch jedes Segment zu messen.</translation>
    </message>
    <message>
        <source>A lifecycle column (start/complete): only completions count; default: guessed.</source>
        <translation>Eine Lebenszyklusspalte (start/complete): Nur Abschlüsse zählen; Vorgabe: erraten.</translation>
    </message>
    <message>
        <source>The time zone of times written without one (IANA name, e.g. Europe/Berlin; default UTC).</source>
        <translation>Die Zeitzone für Zeiten ohne Zeitzone (IANA-Name, z. B. Europe/Berlin; Vorgabe UTC).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Cut the figures by week, month or quarter too.</source>
        <translation>Die Zahlen auch nach Woche, Monat oder Quartal aufteilen.</translation>
    </message>
    <message>
        <source>CUT</source>
        <translation>EINTEILUNG</translation>
    </message>
    <message>
        <source>Refuse the log when more than this percentage of rows cannot be read (default 1).</source>
        <translation>Das Protokoll ablehnen, wenn mehr als dieser Prozentsatz der Zeilen nicht lesbar ist (Vorgabe 1).</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (--%2); the columns are: %3</source>
        <translation>keine Spalte „%1“ (--%2); die Spalten sind: %3</translation>
    </message>
    <message>
        <source>cannot tell which column is which; give %1 (the columns are: %2)</source>
        <translation>kann nicht erkennen, welche Spalte welche ist; geben Sie %1 an (die Spalten sind: %2)</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &quot;%1&quot; (e.g. Europe/Berlin, UTC)</source>
        <translation>--tz: unbekannte Zeitzone „%1“ (z. B. Europe/Berlin, UTC)</translation>
    </message>
    <message>
        <source>--period expects week, month or quarter</source>
        <translation>--period erwartet week, month oder quarter</translation>
    </message>
    <message>
        <source>--max-bad expects a percentage from 0 to 100</source>
        <translation>--max-bad erwartet einen Prozentsatz von 0 bis 100</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row left out)</source>
        <translation>%1:%2: %3 (Zeile ausgelassen)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) left out</source>
        <translation>
            <numerusform>%1: %n weitere Zeile ausgelassen</numerusform>
            <numerusform>%1: %n weitere Zeilen ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>How many path variants to list, most frequent first (default 20, 0 = all).</source>
        <translation>Wie viele Pfadvarianten aufgelistet werden, die häufigsten zuerst (Vorgabe 20, 0 = alle).</translation>
    </message>
    <message>
        <source>Measures an event log: per touchpoint events, reach, repeaters, entries, exits and dwell times; transitions; path variants. No project needed.</source>
        <translation>Misst ein Ereignisprotokoll: je Kontaktpunkt Ereignisse, Reichweite, Wiederholer, Einstiege, Ausstiege und Verweildauern; Übergänge; Pfadvarianten. Kein Projekt nötig.</translation>
    </message>
    <message>
        <source>--variants expects a number of 0 or more</source>
        <translation>--variants erwartet eine Zahl ab 0</translation>
    </message>
    <message>
        <source>%1: %2 events of %3 cases, %4 touchpoints</source>
        <translation>%1: %2 Ereignisse von %3 Fällen, %4 Kontaktpunkte</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out by their lifecycle (start, schedule, ...)</source>
        <translation>
            <numerusform>%n Zeile wegen ihres Lebenszyklus ausgelassen (start, schedule, …)</numerusform>
            <numerusform>%n Zeilen wegen ihres Lebenszyklus ausgelassen (start, schedule, …)</numerusform>
        </translation>
    </message>
    <message>
        <source>Case throughput: median %1 s, 90th percentile %2 s</source>
        <translation>Durchlaufzeit eines Falls: Median %1 s, 90. Perzentil %2 s</translation>
    </message>
    <message>
        <source>Touchpoint	Events	Reach	Repeaters	Entries	Exits	Median dwell (s)	P90 dwell (s)</source>
        <translation>Kontaktpunkt	Ereignisse	Reichweite	Wiederholer	Einstiege	Ausstiege	Verweildauer Median (s)	Verweildauer P90 (s)</translation>
    </message>
    <message>
        <source>Most frequent paths:</source>
        <translation>Häufigste Pfade:</translation>
    </message>
    <message>
        <source>The journey whose stages make the funnel (name or id; default: the first journey).</source>
        <translation>Die Journey, deren Phasen den Trichter bilden (Name oder ID; Vorgabe: die erste Journey).</translation>
    </message>
    <message>
        <source>Measures an event log and puts the figures on the map as metric values: per touchpoint card event count, cases reached, exit rate, repeat rate and dwell times; per stage the cases reaching it and the funnel. One step; a re-import replaces the values.</source>
        <translation>Misst ein Ereignisprotokoll und legt die Zahlen als Kennzahlen auf die Map: je Kontaktpunkt-Karte Anzahl Ereignisse, erreichte Fälle, Ausstiegsrate, Wiederholungsrate und Verweildauern; je Phase die Fälle, die sie erreichen, und den Trichter. Ein Schritt; ein erneuter Import ersetzt die Werte.</translation>
    </message>
    <message>
        <source>--journey names one journey, not all</source>
        <translation>--journey nennt eine Journey, nicht alle</translation>
    </message>
    <message>
        <source>the event log&apos;s figures (%1 events of %2 cases)</source>
        <translation>die Zahlen des Ereignisprotokolls (%1 Ereignisse von %2 Fällen)</translation>
    </message>
    <message>
        <source>Survey responses or contact records (CSV or XLSX).</source>
        <translation>Umfrageantworten oder Kontaktdaten (CSV oder XLSX).</translation>
    </message>
    <message>
        <source>The column naming the touchpoint or stage; default: guessed.</source>
        <translation>Die Spalte mit dem Kontaktpunkt oder der Phase; Vorgabe: erraten.</translation>
    </message>
    <message>
        <source>The score column; default: guessed.</source>
        <translation>Die Spalte mit der Bewertung; Vorgabe: erraten.</translation>
    </message>
    <message>
        <source>csat5 (1-5), csat10 (1-10), nps (0-10) or ces7 (1-7, 7 = easy); default: from the score column&apos;s name.</source>
        <translation>csat5 (1-5), csat10 (1-10), nps (0-10) oder ces7 (1-7, 7 = einfach); Vorgabe: aus dem Namen der Bewertungsspalte.</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>SKALA</translation>
    </message>
    <message>
        <source>The file holds contact records (customer, time, channel, optional reason and resolved flag): import repeat contact rate, first contact resolution and self-service containment per channel.</source>
        <translation>Die Datei enthält Kontaktdaten (Kunde, Zeit, Kanal, optional Anliegen und Gelöst-Kennzeichen): Wiederholte Kontakte, Erstlösungsquote und Selbstbedienungsquote je Kanal importieren.</translation>
    </message>
    <message>
        <source>Contacts: the customer column.</source>
        <translation>Kontakte: die Kundenspalte.</translation>
    </message>
    <message>
        <source>Contacts: the time column.</source>
        <translation>Kontakte: die Zeitspalte.</translation>
    </message>
    <message>
        <source>Contacts: the channel column.</source>
        <translation>Kontakte: die Kanalspalte.</translation>
    </message>
    <message>
        <source>Contacts: the reason column.</source>
        <translation>Kontakte: die Anliegenspalte.</translation>
    </message>
    <message>
        <source>Contacts: the resolved column (yes/no).</source>
        <translation>Kontakte: die Gelöst-Spalte (ja/nein).</translation>
    </message>
    <message>
        <source>Contacts: days within which a contact counts as a repeat (default 7).</source>
        <translation>Kontakte: Tage, innerhalb derer ein Kontakt als Wiederholung zählt (Vorgabe 7).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Contacts: the self-service channels, comma-separated (default: web, app, chatbot, bot, ivr, self-service, portal, faq).</source>
        <translation>Kontakte: die Selbstbedienungskanäle, durch Kommas getrennt (Vorgabe: web, app, chatbot, bot, ivr, self-service, portal, faq).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Refuse the file when more than this percentage of rows cannot be read (default 1).</source>
        <translation>Die Datei ablehnen, wenn mehr als dieser Prozentsatz der Zeilen nicht lesbar ist (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Computes CSAT, NPS or CES per touchpoint or stage (and period and segment) from survey responses, or contact-centre figures from contact records, and puts them on the map as metric values. One step; a re-import replaces the values.</source>
        <translation>Berechnet CSAT, NPS oder CES je Kontaktpunkt oder Phase (und Zeitraum und Segment) aus Umfrageantworten oder Kontaktcenter-Zahlen aus Kontaktdaten und legt sie als Kennzahlen auf die Map. Ein Schritt; ein erneuter Import ersetzt die Werte.</translation>
    </message>
    <message>
        <source>--window expects a number of days</source>
        <translation>--window erwartet eine Anzahl Tage</translation>
    </message>
    <message>
        <source>--scale expects csat5, csat10, nps or ces7</source>
        <translation>--scale erwartet csat5, csat10, nps oder ces7</translation>
    </message>
    <message>
        <source>the figures computed</source>
        <translation>die berechneten Zahlen</translation>
    </message>
    <message>
        <source>%1: no card or stage &quot;%2&quot;%3</source>
        <translation>%1: keine Karte und keine Phase „%2“%3</translation>
    </message>
    <message>
        <source>Draft the journey from an event log: its most frequent activities in their typical order as touchpoints, cut into stages, with the log&apos;s figures on them.</source>
        <translation>Die Journey aus einem Ereignisprotokoll entwerfen: seine häufigsten Aktivitäten in ihrer üblichen Reihenfolge als Kontaktpunkte, in Phasen geteilt, mit den Zahlen des Protokolls.</translation>
    </message>
    <message>
        <source>EVENTS.csv</source>
        <translation>EREIGNISSE.csv</translation>
    </message>
    <message>
        <source>With --from-events: how many stages (default 5).</source>
        <translation>Mit --from-events: wie viele Phasen (Vorgabe 5).</translation>
    </message>
    <message>
        <source>--stages expects a number from 1 to 30</source>
        <translation>--stages erwartet eine Zahl von 1 bis 30</translation>
    </message>
    <message numerus="yes">
        <source>Created %1: %n touchpoint(s) of %2 in %3 stages, with %4 values</source>
        <translation>
            <numerusform>%1 erstellt: %n Kontaktpunkt aus %2 in %3 Phasen, mit %4 Werten</numerusform>
            <numerusform>%1 erstellt: %n Kontaktpunkte aus %2 in %3 Phasen, mit %4 Werten</numerusform>
        </translation>
    </message>
    <message>
        <source>No page with the flow of the event log imported onto a journey (PDF).</source>
        <translation>Keine Seite mit dem Fluss des auf eine Journey importierten Ereignisprotokolls (PDF).</translation>
    </message>
    <message>
        <source>Also draw the main flow (the most frequent touchpoints and transitions) as a PNG picture or, for a .svg name, an SVG drawing.</source>
        <translation>Auch den Hauptfluss (die häufigsten Kontaktpunkte und Übergänge) zeichnen, als PNG-Bild oder, bei einem .svg-Namen, als SVG-Zeichnung.</translation>
    </message>
    <message>
        <source>OUT.png|OUT.svg</source>
        <translation>AUSGABE.png|AUSGABE.svg</translation>
    </message>
    <message>
        <source>With --from-events: a stage for each value of this column (e.g. a funnel step or page group), instead of cutting into --stages.</source>
        <translation>Mit --from-events: eine Phase je Wert dieser Spalte (z. B. ein Trichterschritt oder eine Seitengruppe), statt in --stages zu teilen.</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (--stage-column)</source>
        <translation>keine Spalte „%1“ (--stage-column)</translation>
    </message>
    <message>
        <source>the stage column holds no values</source>
        <translation>die Phasenspalte enthält keine Werte</translation>
    </message>
    <message>
        <source>automatic, before an import</source>
        <translation>automatisch, vor einem Import</translation>
    </message>
    <message>
        <source>automatic, before a restore</source>
        <translation>automatisch, vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>%1 has no snapshots.</source>
        <translation>%1 hat keine Snapshots.</translation>
    </message>
    <message numerus="yes">
        <source>whole project (%n journey(s))</source>
        <translation>
            <numerusform>ganzes Projekt (%n Journey)</numerusform>
            <numerusform>ganzes Projekt (%n Journeys)</numerusform>
        </translation>
    </message>
    <message>
        <source>journey &quot;%1&quot;</source>
        <translation>Journey „%1“</translation>
    </message>
    <message>
        <source>create, list, delete or restore.</source>
        <translation>create, list, delete oder restore.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s name.</source>
        <translation>Der Name des Snapshots.</translation>
    </message>
    <message>
        <source>create: the journey to keep (name or id; default: the whole project). restore: the journey of the snapshot to bring back (default: all).</source>
        <translation>create: die Journey, die festgehalten wird (Name oder ID; Standard: das ganze Projekt). restore: die Journey des Snapshots, die zurückgeholt wird (Standard: alle).</translation>
    </message>
    <message>
        <source>list: print the snapshots as JSON.</source>
        <translation>list: die Snapshots als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Keeps named copies of journeys inside the project file (&apos;before workshop&apos;, &apos;baseline Q1&apos;), lists them, deletes them, and restores one as a new journey.</source>
        <translation>Hält benannte Kopien von Journeys in der Projektdatei fest („vor dem Workshop“, „Ausgangslage Q1“), listet und löscht sie und stellt eine als neue Journey wieder her.</translation>
    </message>
    <message>
        <source>usage: waymark-cli snapshot FILE create|delete|restore NAME, or waymark-cli snapshot FILE list</source>
        <translation>Aufruf: waymark-cli snapshot DATEI create|delete|restore NAME oder waymark-cli snapshot DATEI list</translation>
    </message>
    <message>
        <source>no snapshot &quot;%1&quot;</source>
        <translation>kein Snapshot „%1“</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;</source>
        <translation>„%1“ wiederhergestellt</translation>
    </message>
    <message>
        <source>Took snapshot &quot;%1&quot;</source>
        <translation>Snapshot „%1“ angelegt</translation>
    </message>
    <message>
        <source>Deleted snapshot &quot;%1&quot;</source>
        <translation>Snapshot „%1“ gelöscht</translation>
    </message>
    <message>
        <source>What to compare from: a journey (name or id), snapshot:NAME or snapshot:NAME/JOURNEY.</source>
        <translation>Ausgangspunkt des Vergleichs: eine Journey (Name oder ID), snapshot:NAME oder snapshot:NAME/JOURNEY.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>What to compare to, in the same form.</source>
        <translation>Womit verglichen wird, in derselben Form.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Print the differences as JSON.</source>
        <translation>Die Unterschiede als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Compares two journeys (a current and a future state) or a journey with a snapshot: cards added, removed, changed and moved, stages, feelings, metric values and friction points.</source>
        <translation>Vergleicht zwei Journeys (Ist- und Soll-Zustand) oder eine Journey mit einem Snapshot: hinzugefügte, entfernte, geänderte und verschobene Karten, Phasen, Gefühle, Kennzahlwerte und Reibungspunkte.</translation>
    </message>
    <message>
        <source>&apos;diff&apos; needs --from and --to</source>
        <translation>„diff“ braucht --from und --to</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 zu %2</translation>
    </message>
    <message>
        <source>Cards: %1 added, %2 removed, %3 changed, %4 moved</source>
        <translation>Karten: %1 hinzugefügt, %2 entfernt, %3 geändert, %4 verschoben</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Also write the comparison as a PDF: both maps with the changes marked, the feelings of both, and every change.</source>
        <translation>Den Vergleich zusätzlich als PDF schreiben: beide Maps mit markierten Änderungen, die Gefühle beider Seiten und jede Änderung.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>AUSGABE.pdf</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message numerus="yes">
        <source>review every %n day(s)</source>
        <translation>
            <numerusform>Prüfung jeden Tag</numerusform>
            <numerusform>Prüfung alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>last reviewed %1</source>
        <translation>zuletzt geprüft %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) stale: their data is older than the interval</source>
        <translation>
            <numerusform>%n Karte veraltet: ihre Daten sind älter als das Intervall</numerusform>
            <numerusform>%n Karten veraltet: ihre Daten sind älter als das Intervall</numerusform>
        </translation>
    </message>
    <message>
        <source>Who keeps the journey up to date.</source>
        <translation>Wer die Journey aktuell hält.</translation>
    </message>
    <message>
        <source>draft, validated or archived.</source>
        <translation>draft (Entwurf), validated (bestätigt) oder archived (archiviert).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Review the journey every N days (0: no interval).</source>
        <translation>Die Journey alle N Tage prüfen (0: kein Intervall).</translation>
    </message>
    <message>
        <source>Mark the journey reviewed: &apos;now&apos; or a date (YYYY-MM-DD).</source>
        <translation>Die Journey als geprüft markieren: „now“ oder ein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>Sets a journey&apos;s owner, status and review interval, and marks it reviewed, in one undo step.</source>
        <translation>Legt Verantwortliche, Status und Prüfintervall einer Journey fest und markiert sie als geprüft, in einem Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>--status expects draft, validated or archived</source>
        <translation>--status erwartet draft, validated oder archived</translation>
    </message>
    <message>
        <source>--review-days expects a number from 0 to %1</source>
        <translation>--review-days erwartet eine Zahl von 0 bis %1</translation>
    </message>
    <message>
        <source>--reviewed expects &apos;now&apos; or a date like 2026-11-30</source>
        <translation>--reviewed erwartet „now“ oder ein Datum wie 2026-11-30</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, review every %n day(s)</source>
        <translation>
            <numerusform>%1: %2, Prüfung jeden Tag</numerusform>
            <numerusform>%1: %2, Prüfung alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments as numbered notes: numbers on the commented cards and a page of the threads after each journey (PDF).</source>
        <translation>Kommentare als nummerierte Notizen: Nummern auf den kommentierten Karten und eine Seite mit den Diskussionen nach jeder Journey (PDF).</translation>
    </message>
    <message>
        <source>the journey</source>
        <translation>die Journey</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;</source>
        <translation>Phase „%1“</translation>
    </message>
    <message>
        <source>card &quot;%1&quot;</source>
        <translation>Karte „%1“</translation>
    </message>
    <message>
        <source>no card or stage &quot;%1&quot; in journey &quot;%2&quot;</source>
        <translation>keine Karte und keine Phase „%1“ in der Journey „%2“</translation>
    </message>
    <message>
        <source>%1 cards read &quot;%2&quot;; name one by its id</source>
        <translation>%1 Karten lauten „%2“; nennen Sie eine über ihre ID</translation>
    </message>
    <message>
        <source>Only open threads.</source>
        <translation>Nur offene Diskussionen.</translation>
    </message>
    <message>
        <source>Only resolved threads.</source>
        <translation>Nur erledigte Diskussionen.</translation>
    </message>
    <message>
        <source>Print the comments as JSON.</source>
        <translation>Die Kommentare als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Lists the comment threads of a journey with their replies.</source>
        <translation>Listet die Kommentar-Diskussionen einer Journey mit ihren Antworten.</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>erledigt von %1</translation>
    </message>
    <message>
        <source>The journey of --on (default: the first).</source>
        <translation>Die Journey von --on (Standard: die erste).</translation>
    </message>
    <message>
        <source>Start a thread on a card (its text or id), a stage (its name or id) or &apos;journey&apos;.</source>
        <translation>Eine Diskussion beginnen: auf einer Karte (ihr Text oder ihre ID), einer Phase (ihr Name oder ihre ID) oder „journey“.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>Reply to the comment with this id (or its start).</source>
        <translation>Auf den Kommentar mit dieser ID (oder ihrem Anfang) antworten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Resolve the thread of this comment.</source>
        <translation>Die Diskussion dieses Kommentars erledigen.</translation>
    </message>
    <message>
        <source>Reopen the thread of this comment.</source>
        <translation>Die Diskussion dieses Kommentars wieder öffnen.</translation>
    </message>
    <message>
        <source>Delete this comment (a thread with its replies).</source>
        <translation>Diesen Kommentar löschen (eine Diskussion mit ihren Antworten).</translation>
    </message>
    <message>
        <source>The comment&apos;s text.</source>
        <translation>Der Text des Kommentars.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Who writes (default: the login name).</source>
        <translation>Wer schreibt (Standard: der Anmeldename).</translation>
    </message>
    <message>
        <source>Adds a comment thread or a reply, resolves, reopens or deletes one; one undo step each.</source>
        <translation>Fügt eine Kommentar-Diskussion oder eine Antwort hinzu, erledigt, öffnet oder löscht eine; jeweils ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>--%1 needs --text</source>
        <translation>--%1 braucht --text</translation>
    </message>
    <message>
        <source>no comment &quot;%1&quot; (give its id, or a start of it that only one comment has)</source>
        <translation>kein Kommentar „%1“ (geben Sie seine ID an oder einen Anfang, den nur ein Kommentar hat)</translation>
    </message>
    <message>
        <source>Give this comment the --text.</source>
        <translation>Diesem Kommentar den Text von --text geben.</translation>
    </message>
    <message>
        <source>give one of --on, --reply, --edit, --resolve, --reopen, --delete</source>
        <translation>geben Sie genau eines von --on, --reply, --edit, --resolve, --reopen, --delete an</translation>
    </message>
    <message>
        <source>A page of research coverage after each journey: how much rests on evidence, and the assumptions with most friction attached (PDF).</source>
        <translation>Eine Seite Forschungsabdeckung nach jeder Journey: wie viel auf Evidenz beruht, und die Annahmen mit der meisten Reibung (PDF).</translation>
    </message>
    <message>
        <source>Only insights of this kind (%1).</source>
        <translation>Nur Erkenntnisse dieser Art (%1).</translation>
    </message>
    <message>
        <source>Only insights with this tag.</source>
        <translation>Nur Erkenntnisse mit diesem Tag.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Print the insights as JSON.</source>
        <translation>Die Erkenntnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Lists the evidence library: each insight with its kind, source, date and the cards that rest on it.</source>
        <translation>Listet die Evidenzbibliothek: jede Erkenntnis mit Art, Quelle, Datum und den Karten, die darauf beruhen.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>unbekannte Art „%1“ (eine von %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an insight with --text (and --kind, --source, ...).</source>
        <translation>Eine Erkenntnis mit --text hinzufügen (und --kind, --source, …).</translation>
    </message>
    <message>
        <source>Change this insight (the options given).</source>
        <translation>Diese Erkenntnis ändern (die angegebenen Optionen).</translation>
    </message>
    <message>
        <source>Delete this insight; its cards lose the link.</source>
        <translation>Diese Erkenntnis löschen; ihre Karten verlieren die Verknüpfung.</translation>
    </message>
    <message>
        <source>Link the --card cards to this insight.</source>
        <translation>Die --card-Karten mit dieser Erkenntnis verknüpfen.</translation>
    </message>
    <message>
        <source>Unlink the --card cards from this insight.</source>
        <translation>Die Verknüpfung der --card-Karten mit dieser Erkenntnis lösen.</translation>
    </message>
    <message>
        <source>The quote or finding.</source>
        <translation>Das Zitat oder der Befund.</translation>
    </message>
    <message>
        <source>What it comes from: %1 (default: interview).</source>
        <translation>Woher sie stammt: %1 (Standard: interview).</translation>
    </message>
    <message>
        <source>Who or where, e.g. &quot;Interview P3&quot;.</source>
        <translation>Wer oder wo, z. B. „Interview P3“.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>When, as YYYY-MM-DD (&apos;&apos; for unknown).</source>
        <translation>Wann, als JJJJ-MM-TT (&apos;&apos; für unbekannt).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>A web address or file path.</source>
        <translation>Eine Webadresse oder ein Dateipfad.</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>LINK</translation>
    </message>
    <message>
        <source>Tags, separated by commas.</source>
        <translation>Tags, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>The journey of --card (default: the first).</source>
        <translation>Die Journey von --card (Standard: die erste).</translation>
    </message>
    <message>
        <source>A card by its text or id (repeat for more).</source>
        <translation>Eine Karte über ihren Text oder ihre ID (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>CARD</source>
        <translation>KARTE</translation>
    </message>
    <message>
        <source>Adds, changes or deletes an insight of the evidence library, or links cards to it; one undo step each.</source>
        <translation>Fügt eine Erkenntnis der Evidenzbibliothek hinzu, ändert oder löscht sie oder verknüpft Karten mit ihr; je ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>give one of --add, --edit, --delete, --link, --unlink</source>
        <translation>eines von --add, --edit, --delete, --link, --unlink angeben</translation>
    </message>
    <message>
        <source>--%1 needs --card</source>
        <translation>--%1 braucht --card</translation>
    </message>
    <message>
        <source>--add needs --text</source>
        <translation>--add braucht --text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date; write it as YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum; als JJJJ-MM-TT schreiben</translation>
    </message>
    <message>
        <source>no insight &quot;%1&quot; (give its id, or a start of it that only one insight has)</source>
        <translation>keine Erkenntnis „%1“ (ihre ID angeben oder einen Anfang davon, den nur eine Erkenntnis hat)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no card of journey &quot;%2&quot;</source>
        <translation>„%1“ ist keine Karte der Journey „%2“</translation>
    </message>
    <message>
        <source>How many assumptions to list (default 10).</source>
        <translation>Wie viele Annahmen aufgelistet werden (Standard 10).</translation>
    </message>
    <message>
        <source>Print the coverage as JSON.</source>
        <translation>Die Abdeckung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Shows how much of each stage and lane rests on evidence, and the assumptions with most friction attached.</source>
        <translation>Zeigt, wie viel jeder Phase und Ebene auf Evidenz beruht, und die Annahmen mit der meisten Reibung.</translation>
    </message>
    <message>
        <source>--top needs a whole number of 0 or more</source>
        <translation>--top braucht eine ganze Zahl ab 0</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) backed (%2 observed, %3 reported, %4 with sources)</source>
        <translation>
            <numerusform>%1 von %n Aussage belegt (%2 beobachtet, %3 berichtet, %4 mit Quellen)</numerusform>
            <numerusform>%1 von %n Aussagen belegt (%2 beobachtet, %3 berichtet, %4 mit Quellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Assumptions with most friction attached:</source>
        <translation>Annahmen mit der meisten Reibung:</translation>
    </message>
    <message>
        <source>friction %1</source>
        <translation>Reibung %1</translation>
    </message>
    <message>
        <source>A page with the opportunity matrix after each journey that has opportunities (PDF).</source>
        <translation>Eine Seite mit der Chancen-Matrix nach jeder Journey, die Chancen hat (PDF).</translation>
    </message>
    <message>
        <source>Set the project&apos;s priority formula (customer, business, effort, value, friction; + - * / and brackets; &apos;&apos; for the standard %1).</source>
        <translation>Die Prioritätsformel des Projekts festlegen (customer, business, effort, value, friction; + - * / und Klammern; &apos;&apos; für die Standardformel %1).</translation>
    </message>
    <message>
        <source>FORMULA</source>
        <translation>FORMEL</translation>
    </message>
    <message>
        <source>Write the matrix to OUT.png, .svg, .pdf or .xlsx (the first journey chosen).</source>
        <translation>Die Matrix nach AUS.png, .svg, .pdf oder .xlsx schreiben (die erste gewählte Journey).</translation>
    </message>
    <message>
        <source>Print the matrix as JSON.</source>
        <translation>Die Matrix als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Ranks a journey&apos;s opportunities by the priority formula, with their quadrant and the friction they address.</source>
        <translation>Ordnet die Chancen einer Journey nach der Prioritätsformel, mit ihrem Quadranten und der Reibung, auf die sie zielen.</translation>
    </message>
    <message>
        <source>waymark-cli: warning: the project&apos;s priority formula cannot be used (%1); ranked by %2</source>
        <translation>waymark-cli: Warnung: Die Prioritätsformel des Projekts kann nicht verwendet werden (%1); geordnet nach %2</translation>
    </message>
    <message>
        <source>priority = %1</source>
        <translation>Priorität = %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>The opportunity: a card by its text or id.</source>
        <translation>Die Chance: eine Karte über ihren Text oder ihre ID.</translation>
    </message>
    <message>
        <source>Customer value, 1..5.</source>
        <translation>Kundennutzen, 1..5.</translation>
    </message>
    <message>
        <source>Business value, 1..5.</source>
        <translation>Geschäftsnutzen, 1..5.</translation>
    </message>
    <message>
        <source>Effort, 1..5.</source>
        <translation>Aufwand, 1..5.</translation>
    </message>
    <message>
        <source>Take the scores away.</source>
        <translation>Die Bewertungen entfernen.</translation>
    </message>
    <message>
        <source>What it addresses: a card (text or id) or stage (name or id); repeat for more. Replaces the list.</source>
        <translation>Worauf sie zielt: eine Karte (Text oder ID) oder Phase (Name oder ID); für mehrere wiederholen. Ersetzt die Liste.</translation>
    </message>
    <message>
        <source>It addresses nothing.</source>
        <translation>Sie zielt auf nichts.</translation>
    </message>
    <message>
        <source>Scores an opportunity and sets what it addresses; one undo step each.</source>
        <translation>Bewertet eine Chance und legt fest, worauf sie zielt; je ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>give the opportunity with --card</source>
        <translation>die Chance mit --card angeben</translation>
    </message>
    <message>
        <source>give scores or --clear-scores, not both</source>
        <translation>Bewertungen oder --clear-scores angeben, nicht beides</translation>
    </message>
    <message>
        <source>give --addresses or --no-addresses, not both</source>
        <translation>--addresses oder --no-addresses angeben, nicht beides</translation>
    </message>
    <message>
        <source>--%1 needs a number from 1 to 5</source>
        <translation>--%1 braucht eine Zahl von 1 bis 5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on the lane &quot;%2&quot;; opportunities are the cards of opportunities and ideas lanes</source>
        <translation>„%1“ liegt auf der Ebene „%2“; Chancen sind die Karten der Ebenen für Chancen und Ideen</translation>
    </message>
    <message>
        <source>an opportunity addresses cards or stages</source>
        <translation>eine Chance zielt auf Karten oder Phasen</translation>
    </message>
    <message>
        <source>Show the journey as a service blueprint.</source>
        <translation>Die Journey als Service Blueprint zeigen.</translation>
    </message>
    <message>
        <source>Show the journey as a journey map again.</source>
        <translation>Die Journey wieder als Journey Map zeigen.</translation>
    </message>
    <message>
        <source>Put a lane (title or id) in a zone: physical-evidence, customer-actions, frontstage, backstage, support or outside; repeat for more.</source>
        <translation>Eine Ebene (Titel oder ID) einer Zone zuordnen: physical-evidence, customer-actions, frontstage, backstage, support oder outside; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>LANE=ZONE</source>
        <translation>EBENE=ZONE</translation>
    </message>
    <message>
        <source>Print the lanes, lines and arrows as JSON.</source>
        <translation>Ebenen, Linien und Pfeile als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Shows a journey as a service blueprint (or not), puts lanes into zones, and lists lanes, lines and arrows.</source>
        <translation>Zeigt eine Journey als Service Blueprint (oder nicht), ordnet Ebenen Zonen zu und listet Ebenen, Linien und Pfeile auf.</translation>
    </message>
    <message>
        <source>give --on or --off, not both</source>
        <translation>--on oder --off angeben, nicht beides</translation>
    </message>
    <message>
        <source>--zone needs LANE=ZONE with a zone of physical-evidence, customer-actions, frontstage, backstage, support or outside, not &quot;%1&quot;</source>
        <translation>--zone braucht EBENE=ZONE mit einer Zone physical-evidence, customer-actions, frontstage, backstage, support oder outside, nicht „%1“</translation>
    </message>
    <message>
        <source>several lanes of &quot;%1&quot; are called &quot;%2&quot;; give the lane&apos;s id</source>
        <translation>mehrere Ebenen von „%1“ heißen „%2“; die ID der Ebene angeben</translation>
    </message>
    <message>
        <source>journey &quot;%1&quot; has no lane &quot;%2&quot;</source>
        <translation>Journey „%1“ hat keine Ebene „%2“</translation>
    </message>
    <message>
        <source>service blueprint</source>
        <translation>Service Blueprint</translation>
    </message>
    <message>
        <source>journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>The journey (default: the first).</source>
        <translation>Die Journey (Standard: die erste).</translation>
    </message>
    <message>
        <source>Draw an arrow from this card (text or id)...</source>
        <translation>Einen Pfeil von dieser Karte (Text oder ID) zeichnen …</translation>
    </message>
    <message>
        <source>...to this card (text or id).</source>
        <translation>… zu dieser Karte (Text oder ID).</translation>
    </message>
    <message>
        <source>The arrow&apos;s label (with --from or --edit).</source>
        <translation>Die Beschriftung des Pfeils (mit --from oder --edit).</translation>
    </message>
    <message>
        <source>Set the label of an arrow (id as listed).</source>
        <translation>Die Beschriftung eines Pfeils setzen (ID wie aufgelistet).</translation>
    </message>
    <message>
        <source>Turn an arrow around.</source>
        <translation>Einen Pfeil umdrehen.</translation>
    </message>
    <message>
        <source>Delete an arrow.</source>
        <translation>Einen Pfeil löschen.</translation>
    </message>
    <message>
        <source>Draws, edits, turns or deletes an arrow between two cards of a journey; one undo step each.</source>
        <translation>Zeichnet, bearbeitet, dreht oder löscht einen Pfeil zwischen zwei Karten einer Journey; jeweils ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>give one of --from, --edit, --reverse or --delete</source>
        <translation>eines von --from, --edit, --reverse oder --delete angeben</translation>
    </message>
    <message>
        <source>--from needs --to</source>
        <translation>--from braucht --to</translation>
    </message>
    <message>
        <source>--edit needs --label</source>
        <translation>--edit braucht --label</translation>
    </message>
    <message>
        <source>journey &quot;%1&quot; has no arrow &quot;%2&quot;</source>
        <translation>Journey „%1“ hat keinen Pfeil „%2“</translation>
    </message>
    <message>
        <source>The card: its text or id.</source>
        <translation>Die Karte: ihr Text oder ihre ID.</translation>
    </message>
    <message>
        <source>The journey the card opens (name or id).</source>
        <translation>Die Journey, die die Karte öffnet (Name oder ID).</translation>
    </message>
    <message>
        <source>The card opens no journey.</source>
        <translation>Die Karte öffnet keine Journey.</translation>
    </message>
    <message>
        <source>Links a card to another journey of the project (a step that is a journey of its own), or unlinks it; one undo step.</source>
        <translation>Verknüpft eine Karte mit einer anderen Journey des Projekts (ein Schritt, der eine eigene Journey ist), oder hebt die Verknüpfung auf; ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>give the card with --card</source>
        <translation>die Karte mit --card angeben</translation>
    </message>
    <message>
        <source>give --to JOURNEY or --none</source>
        <translation>--to JOURNEY oder --none angeben</translation>
    </message>
    <message>
        <source>In the PDF, draw one map: the second, with the cards that were removed or moved away shown dashed where they were.</source>
        <translation>Im PDF eine Map zeichnen: die zweite, mit den entfernten oder verschobenen Karten gestrichelt an ihrer alten Stelle.</translation>
    </message>
    <message>
        <source>--overlaid needs --pdf</source>
        <translation>--overlaid braucht --pdf</translation>
    </message>
    <message>
        <source>One of %1 (default: from the output&apos;s extension).</source>
        <translation>Eines von %1 (Vorgabe: aus der Endung der Ausgabe).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use one of %2)</source>
        <translation>unbekanntes Format „%1“ (eines von %2 verwenden)</translation>
    </message>
    <message>
        <source>Exports journeys in any of the formats that --format names. Never changes the project.</source>
        <translation>Exportiert Journeys in jedem Format, das --format nennt. Ändert das Projekt nie.</translation>
    </message>
    <message>
        <source>Make the journey from a Mermaid journey diagram: sections become stages, tasks customer actions with their score as a feeling, actors personas.</source>
        <translation>Die Journey aus einem Mermaid-Journey-Diagramm erstellen: Abschnitte werden Phasen, Aufgaben Kundenaktionen mit ihrer Bewertung als Gefühl, Akteure Personas.</translation>
    </message>
    <message>
        <source>J.mmd</source>
        <translation>J.mmd</translation>
    </message>
    <message>
        <source>--from-mermaid goes without --template and --from-events</source>
        <translation>--from-mermaid geht nicht zusammen mit --template und --from-events</translation>
    </message>
    <message>
        <source>A Mermaid journey diagram (or Markdown holding one).</source>
        <translation>Ein Mermaid-Journey-Diagramm (oder Markdown, das eines enthält).</translation>
    </message>
    <message>
        <source>Print what was added as JSON.</source>
        <translation>Ausgeben, was hinzugefügt wurde, als JSON.</translation>
    </message>
    <message>
        <source>Adds a Mermaid journey diagram to a project as a new journey: sections become stages, tasks customer actions with their score as a feeling, actors personas. One undo step.</source>
        <translation>Fügt ein Mermaid-Journey-Diagramm als neue Journey zu einem Projekt hinzu: Abschnitte werden Phasen, Aufgaben Kundenaktionen mit ihrer Bewertung als Gefühl, Akteure Personas. Ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>Make the project from its JSON form (export --format json), exactly as it was.</source>
        <translation>Das Projekt aus seiner JSON-Form (export --format json) erstellen, genau wie es war.</translation>
    </message>
    <message>
        <source>P.json</source>
        <translation>P.json</translation>
    </message>
    <message>
        <source>--from-json goes without --%1</source>
        <translation>--from-json geht nicht zusammen mit --%1</translation>
    </message>
    <message>
        <source>The project both copies started from.</source>
        <translation>Das Projekt, von dem beide Kopien ausgingen.</translation>
    </message>
    <message>
        <source>Your copy.</source>
        <translation>Ihre Kopie.</translation>
    </message>
    <message>
        <source>The other copy.</source>
        <translation>Die andere Kopie.</translation>
    </message>
    <message>
        <source>The merged project to write.</source>
        <translation>Das zusammengeführte Projekt, das geschrieben wird.</translation>
    </message>
    <message>
        <source>How conflicts are resolved: mine or theirs. Without it, a merge with conflicts lists them and writes nothing.</source>
        <translation>Wie Konflikte gelöst werden: mine (meine Kopie) oder theirs (die andere). Ohne diese Option listet ein Zusammenführen mit Konflikten diese auf und schreibt nichts.</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>AUSGABE ersetzen, wenn sie existiert.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Merges two offline copies of a project by a three-way merge: what only one copy changed is taken, what both changed differently is a conflict. Never changes the three files.</source>
        <translation>Führt zwei offline bearbeitete Kopien eines Projekts in einem Drei-Wege-Abgleich zusammen: Was nur eine Kopie geändert hat, wird übernommen; was beide unterschiedlich geändert haben, ist ein Konflikt. Ändert die drei Dateien nie.</translation>
    </message>
    <message>
        <source>&apos;merge&apos; needs -o OUT</source>
        <translation>„merge“ braucht -o AUSGABE</translation>
    </message>
    <message>
        <source>--prefer must be mine or theirs</source>
        <translation>--prefer muss mine oder theirs sein</translation>
    </message>
    <message>
        <source>Merged into %1: %2 from mine, %3 from theirs, %4</source>
        <translation>Zusammengeführt in %1: %2 aus meiner, %3 aus der anderen Kopie, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1 (%2): mine %3; theirs %4</source>
        <translation>Konflikt: %1 (%2): meine %3; andere %4</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>behalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide: choose --prefer mine or --prefer theirs, or merge in the application (File &gt; Merge Copies...) to decide one by one; nothing was written</source>
        <translation>
            <numerusform>%n Konflikt zu entscheiden: Wählen Sie --prefer mine oder --prefer theirs, oder führen Sie in der Anwendung zusammen (Datei &gt; Kopien zusammenführen …), um einzeln zu entscheiden; nichts wurde geschrieben</numerusform>
            <numerusform>%n Konflikte zu entscheiden: Wählen Sie --prefer mine oder --prefer theirs, oder führen Sie in der Anwendung zusammen (Datei &gt; Kopien zusammenführen …), um einzeln zu entscheiden; nichts wurde geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>A slide per stage after each journey&apos;s map, its cards as a table (PPTX).</source>
        <translation>Eine Folie pro Phase nach der Map jeder Journey, ihre Karten als Tabelle (PPTX).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--db: the table or view holding the events (schema.name allowed).</source>
        <translation>--db: die Tabelle oder Sicht mit den Ereignissen (schema.name erlaubt).</translation>
    </message>
    <message>
        <source>--db: a SELECT delivering the events, instead of a table.</source>
        <translation>--db: ein SELECT, das die Ereignisse liefert, statt einer Tabelle.</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>--db: a column ordering events at the same time within a case (an event id); without one, such events are ordered by activity name.</source>
        <translation>--db: eine Spalte, die gleichzeitige Ereignisse eines Falls ordnet (eine Ereignis-ID); ohne sie werden solche Ereignisse nach dem Namen der Aktivität geordnet.</translation>
    </message>
    <message>
        <source>--db: only events at or after this time (ISO 8601).</source>
        <translation>--db: nur Ereignisse ab dieser Zeit (ISO 8601).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>--db: only events before this time (ISO 8601).</source>
        <translation>--db: nur Ereignisse vor dieser Zeit (ISO 8601).</translation>
    </message>
    <message>
        <source>--db: stop the computation after this many seconds (default: no limit).</source>
        <translation>--db: die Berechnung nach so vielen Sekunden abbrechen (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>--db: read the password from the first line of standard input.</source>
        <translation>--db: das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--db: print the SQL that computes the figures (for review or to run it elsewhere) and stop.</source>
        <translation>--db: das SQL ausgeben, das die Kennzahlen berechnet (zur Prüfung oder um es anderswo auszuführen), und aufhören.</translation>
    </message>
    <message>
        <source>--%1 needs --db</source>
        <translation>--%1 braucht --db</translation>
    </message>
    <message>
        <source>--timeout expects a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--db needs either --table or --query</source>
        <translation>--db braucht entweder --table oder --query</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time (e.g. 2026-03-01 or 2026-03-01T08:00:00Z)</source>
        <translation>--%1: „%2“ ist keine Zeitangabe (z. B. 2026-03-01 oder 2026-03-01T08:00:00Z)</translation>
    </message>
    <message>
        <source>with --db, &apos;%1&apos; reads no event log file; see &apos;waymark-cli %1 --help&apos;</source>
        <translation>mit --db liest „%1“ keine Protokolldatei; siehe „waymark-cli %1 --help“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2 argument(s); see &apos;waymark-cli %1 --help&apos;</source>
        <translation>„%1“ erwartet %2 Argument(e); siehe „waymark-cli %1 --help“</translation>
    </message>
    <message>
        <source>%1: %2 (left out)</source>
        <translation>%1: %2 (ausgelassen)</translation>
    </message>
    <message>
        <source>An event log (CSV); none with --db.</source>
        <translation>Ein Ereignisprotokoll (CSV); keins mit --db.</translation>
    </message>
    <message>
        <source>Usage: waymark-cli COMMAND [OPTIONS] FILE

Commands:
  new FILE      create a project from a template, the sample, an event log,
                a Mermaid journey (--from-mermaid J.mmd) or its JSON form
                (--from-json P.json)
  info FILE     show a project&apos;s contents (--json for machine output)
  check FILE    check a project&apos;s integrity, schema and references
  export FILE -o OUT.pdf|png|svg|pptx|html|xlsx|csv|md|mmd|json
                export journeys (see &apos;waymark-cli export --help&apos;)
  export-personas FILE -o OUT.pdf|OUT.png
                write persona sheets
  table FILE    show the table Waymark reads from a CSV or XLSX file
  import-metrics FILE TABLE
                import metric values from a CSV or XLSX table
  friction FILE rank where customers struggle, with the reasons
  analyze EVENTS.csv|--db URL
                measure an event log (a file, or a table inside PostgreSQL)
  import-events FILE EVENTS.csv|--db URL
                put an event log&apos;s figures on the map as metric values
  import-survey FILE RESPONSES.csv
                put CSAT, NPS or CES (or contact-centre figures) on the map
  workshop FILE run a workshop: participants add notes and vote from their phones
  inbox FILE    list the notes participants sent (--json)
  votes FILE    list the voting rounds and their results (--json)
  snapshot FILE create|list|delete|restore [NAME]
                keep named copies of journeys in the project
  diff FILE --from A --to B
                compare two journeys, or a journey with a snapshot
  journey FILE  set a journey&apos;s owner, status and review interval
  comments FILE list comment threads (--json)
  comment FILE --on TARGET|--reply ID|--resolve ID|--reopen ID|--delete ID
                comment on a card, stage or journey, or act on a comment
  insights FILE list the evidence library (--json)
  insight FILE --add|--edit ID|--delete ID|--link ID|--unlink ID
                keep insights and link the cards that rest on them
  coverage FILE how much of each stage and lane rests on evidence
  opportunities FILE
                rank opportunities (--formula, -o OUT.png|svg|pdf|xlsx, --json)
  opportunity FILE --card CARD
                score an opportunity and say what it addresses
  blueprint FILE [--on|--off] [--zone LANE=ZONE]
                show a journey as a service blueprint; lanes, lines, arrows
  arrow FILE --from CARD --to CARD|--edit ID|--reverse ID|--delete ID
                draw and edit arrows between cards
  link FILE --card CARD --to JOURNEY|--none
                let a card open another journey of the project
  merge BASE MINE THEIRS -o OUT
                merge two offline copies of a project (--prefer mine|theirs)
  import-mermaid FILE J.mmd
                add a Mermaid journey diagram as a new journey

Run &apos;waymark-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 1 bad input, 2 usage error.
</source>
        <translation>Aufruf: waymark-cli BEFEHL [OPTIONEN] DATEI

Befehle:
  new DATEI     ein Projekt aus einer Vorlage, dem Beispiel, einem Ereignisprotokoll,
                einer Mermaid-Journey (--from-mermaid J.mmd) oder seiner JSON-Form
                (--from-json P.json) erstellen
  info DATEI    den Inhalt eines Projekts zeigen (--json für maschinenlesbare Ausgabe)
  check DATEI   Integrität, Schema und Verweise eines Projekts prüfen
  export DATEI -o AUSGABE.pdf|png|svg|pptx|html|xlsx|csv|md|mmd|json
                Journeys exportieren (siehe „waymark-cli export --help“)
  export-personas DATEI -o AUSGABE.pdf|AUSGABE.png
                Persona-Steckbriefe schreiben
  table DATEI   die Tabelle zeigen, die Waymark aus einer CSV- oder XLSX-Datei liest
  import-metrics DATEI TABELLE
                Kennzahlen aus einer CSV- oder XLSX-Tabelle importieren
  friction DATEI
                zeigen, wo Kunden kämpfen, gereiht und mit Gründen
  analyze EREIGNISSE.csv|--db URL
                ein Ereignisprotokoll messen (eine Datei oder eine Tabelle in PostgreSQL)
  import-events DATEI EREIGNISSE.csv|--db URL
                die Zahlen eines Ereignisprotokolls als Kennzahlen auf die Map legen
  import-survey DATEI ANTWORTEN.csv
                CSAT, NPS oder CES (oder Kontaktcenter-Zahlen) auf die Map legen
  workshop DATEI
                einen Workshop abhalten: Teilnehmende schreiben Notizen und stimmen
                vom Handy aus ab
  inbox DATEI   die Notizen der Teilnehmenden zeigen (--json)
  votes DATEI   die Abstimmungsrunden und ihre Ergebnisse zeigen (--json)
  snapshot DATEI create|list|delete|restore [NAME]
                benannte Snapshots von Journeys im Projekt halten
  diff DATEI --from A --to B
                zwei Journeys oder eine Journey mit einem Snapshot vergleichen
  journey DATEI Verantwortliche, Status und Prüfintervall einer Journey festlegen
  comments DATEI
                Kommentar-Diskussionen zeigen (--json)
  comment DATEI --on ZIEL|--reply ID|--resolve ID|--reopen ID|--delete ID
                eine Karte, Phase oder Journey kommentieren oder einen Kommentar bearbeiten
  insights DATEI
                die Evidenzbibliothek zeigen (--json)
  insight DATEI --add|--edit ID|--delete ID|--link ID|--unlink ID
                Erkenntnisse pflegen und die Karten verknüpfen, die darauf beruhen
  coverage DATEI
                wie viel jeder Phase und Ebene auf Evidenz beruht
  opportunities DATEI
                Chancen nach Priorität ordnen (--formula, -o AUS.png|svg|pdf|xlsx, --json)
  opportunity DATEI --card KARTE
                eine Chance bewerten und festlegen, worauf sie zielt
  blueprint DATEI [--on|--off] [--zone EBENE=ZONE]
                eine Journey als Service Blueprint zeigen; Ebenen, Linien, Pfeile
  arrow DATEI --from KARTE --to KARTE|--edit ID|--reverse ID|--delete ID
                Pfeile zwischen Karten zeichnen und bearbeiten
  link DATEI --card KARTE --to JOURNEY|--none
                eine Karte eine andere Journey des Projekts öffnen lassen
  merge BASIS MEINE ANDERE -o AUSGABE
                zwei offline bearbeitete Kopien eines Projekts zusammenführen
                (--prefer mine|theirs)
  import-mermaid DATEI J.mmd
                ein Mermaid-Journey-Diagramm als neue Journey hinzufügen

„waymark-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 in Ordnung, 1 fehlerhafte Eingabe, 2 falscher Aufruf.

</translation>
    </message>
    <message>
        <source>The template (see --list-templates); five-phases by default.</source>
        <translation>Die Vorlage (siehe --list-templates); standardmäßig five-phases.</translation>
    </message>
    <message>
        <source>List the templates (id, English and German name) instead of creating a file; with --json as JSON.</source>
        <translation>Listet die Vorlagen (ID, englischer und deutscher Name), statt eine Datei anzulegen; mit --json als JSON.</translation>
    </message>
    <message>
        <source>With --list-templates: print JSON.</source>
        <translation>Mit --list-templates: JSON ausgeben.</translation>
    </message>
    <message>
        <source>--list-templates goes without FILE</source>
        <translation>--list-templates steht ohne DATEI</translation>
    </message>
    <message>
        <source>--json goes with --list-templates</source>
        <translation>--json gehört zu --list-templates</translation>
    </message>
    <message>
        <source>A period column: periods (2026-03, Q1 2026) or the dates of the responses; default: guessed.</source>
        <translation>Eine Zeitraumspalte: Zeiträume (2026-03, Q1 2026) oder die Daten der Antworten; Vorgabe: erraten.</translation>
    </message>
    <message>
        <source>A segment column (responses and contacts).</source>
        <translation>Eine Segmentspalte (Antworten und Kontakte).</translation>
    </message>
    <message>
        <source>week, month or quarter. Responses: the periods dates in the period column fall in (default month; none keeps them as written). Contacts: the figures by the period of each contact&apos;s time too (default: none, totals only).</source>
        <translation>week, month oder quarter. Antworten: die Zeiträume, in die die Daten der Zeitraumspalte fallen (Vorgabe month; none lässt sie, wie sie geschrieben sind). Kontakte: die Zahlen auch nach dem Zeitraum jedes Kontakts (Vorgabe: none, nur Summen).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINHEIT</translation>
    </message>
    <message>
        <source>Contacts: the time zone of times without one, and of the periods (default UTC).</source>
        <translation>Kontakte: die Zeitzone für Zeiten ohne Zone und für die Zeiträume (Vorgabe UTC).</translation>
    </message>
    <message>
        <source>--cut expects week, month, quarter or none</source>
        <translation>--cut erwartet week, month, quarter oder none</translation>
    </message>
    <message>
        <source>Compute the figures inside a PostgreSQL database instead of reading a file: postgresql://user@host:port/database[?sslmode=require]. The password comes from --password-stdin, else the system keychain, else ~/.pgpass (PGPASSFILE) or PGPASSWORD; it is never stored in the project.</source>
        <translation>Die Zahlen in einer PostgreSQL-Datenbank berechnen, statt eine Datei zu lesen: postgresql://benutzer@host:port/datenbank[?sslmode=require]. Das Passwort kommt aus --password-stdin, sonst aus dem Schlüsselbund des Systems, sonst aus ~/.pgpass (PGPASSFILE) oder PGPASSWORD; im Projekt wird es nie gespeichert.</translation>
    </message>
    <message>
        <source>--db: keep the password given (--password-stdin or in the URL) in the system keychain once the database has accepted it, for the next runs.</source>
        <translation>--db: das angegebene Passwort (--password-stdin oder in der URL) im Schlüsselbund des Systems aufbewahren, sobald die Datenbank es angenommen hat, für die nächsten Aufrufe.</translation>
    </message>
    <message>
        <source>--db: remove the password kept in the system keychain for this address first.</source>
        <translation>--db: zuerst das für diese Adresse im Schlüsselbund des Systems aufbewahrte Passwort entfernen.</translation>
    </message>
    <message>
        <source>--remember-password needs the password: with --password-stdin or in the address</source>
        <translation>--remember-password braucht das Passwort: mit --password-stdin oder in der Adresse</translation>
    </message>
    <message>
        <source>the password is kept in the system keychain</source>
        <translation>das Passwort wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>the password is not kept: %1</source>
        <translation>das Passwort wird nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <source>%1; the installation is incomplete</source>
        <translation>%1; die Installation ist unvollständig</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard does not hold Waymark cards.</source>
        <translation>Die Zwischenablage enthält keine Waymark-Karten.</translation>
    </message>
    <message>
        <source>The cards come from a newer version of Waymark.</source>
        <translation>Die Karten stammen aus einer neueren Waymark-Version.</translation>
    </message>
    <message>
        <source>Card %1 on the clipboard is damaged.</source>
        <translation>Karte %1 in der Zwischenablage ist beschädigt.</translation>
    </message>
    <message>
        <source>The clipboard holds no cards.</source>
        <translation>Die Zwischenablage enthält keine Karten.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Waymark Closed Unexpectedly</source>
        <translation>Waymark wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>Waymark closed unexpectedly last time, while &quot;%1&quot; was open. Every change made before was already saved in the file.</source>
        <translation>Waymark wurde beim letzten Mal unerwartet beendet, während „%1“ geöffnet war. Jede Änderung bis dahin war bereits in der Datei gespeichert.</translation>
    </message>
    <message>
        <source>Waymark closed unexpectedly last time.</source>
        <translation>Waymark wurde beim letzten Mal unerwartet beendet.</translation>
    </message>
    <message>
        <source>A report was written on this computer (nothing was sent): %1. It helps the developers if you send it to them.</source>
        <translation>Ein Bericht wurde auf diesem Computer gespeichert (nichts wurde verschickt): %1. Es hilft den Entwicklern, wenn Sie ihn ihnen schicken.</translation>
    </message>
    <message>
        <source>&amp;Reopen Project</source>
        <translation>Projekt &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Show Report</source>
        <translation>Bericht &amp;anzeigen</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Drop-off rate</source>
        <translation>Abbruchrate</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Waymark User Guide</source>
        <translation>Waymark Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Cannot make the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>HtmlViewer</name>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>warning !</source>
        <translation>Warnung !</translation>
    </message>
    <message>
        <source>critical !!</source>
        <translation>kritisch !!</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Click a card to see its details. Drag to move the map, Ctrl+wheel or + and - to zoom, 0 to fit.</source>
        <translation>Klicken Sie auf eine Karte, um ihre Einzelheiten zu sehen. Ziehen verschiebt die Map, Strg+Mausrad oder + und - zoomen, 0 passt sie ein.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Reibung</translation>
    </message>
    <message>
        <source>Worst friction points</source>
        <translation>Die schlimmsten Reibungspunkte</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>Journey map, zoomable</source>
        <translation>Journey Map, zoombar</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>more …</source>
        <translation>mehr …</translation>
    </message>
    <message numerus="yes">
        <source>↗ %1 · %n friction point(s)</source>
        <translation>
            <numerusform>↗ %1 · %n Reibungspunkt</numerusform>
            <numerusform>↗ %1 · %n Reibungspunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>↗ %1</source>
        <translation>↗ %1</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>Friction point %1</source>
        <translation>Reibungspunkt %1</translation>
    </message>
    <message>
        <source>Its data is older than the journey&apos;s review interval: %1.</source>
        <translation>Ihre Daten sind älter als das Prüfintervall der Journey: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment thread(s)</source>
        <translation>
            <numerusform>%n offene Kommentar-Diskussion</numerusform>
            <numerusform>%n offene Kommentar-Diskussionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Click a card of the open voting round.</source>
        <translation>Bitte eine Karte der offenen Abstimmungsrunde anklicken.</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützende Prozesse</translation>
    </message>
    <message>
        <source>KPIs and data</source>
        <translation>KPIs und Daten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Chat / chatbot</source>
        <translation>Chat / Chatbot</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Letter / mail</source>
        <translation>Brief / Post</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Berichtet</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Wütend</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <translation>Frustriert</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Unzufrieden</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Glücklich</translation>
    </message>
    <message>
        <source>Delighted</source>
        <translation>Begeistert</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Gedanke</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Gezeigt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Interview quote</source>
        <translation>Interviewzitat</translation>
    </message>
    <message>
        <source>Survey result</source>
        <translation>Umfrageergebnis</translation>
    </message>
    <message>
        <source>Analytics finding</source>
        <translation>Analysebefund</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Support-Ticket</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Desk research</source>
        <translation>Sekundärforschung</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Physische Evidenz</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Outside the blueprint</source>
        <translation>Außerhalb des Blueprints</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Interaktionslinie</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Linie der internen Interaktion</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>not valid JSON at offset %1 (%2)</source>
        <translation>kein gültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot;: unknown channel &quot;%2&quot;</source>
        <translation>Persona „%1“: unbekannter Kanal „%2“</translation>
    </message>
    <message>
        <source>journey &quot;%1&quot;: unknown state</source>
        <translation>Journey „%1“: unbekannter Zustand</translation>
    </message>
    <message>
        <source>journey &quot;%1&quot;: unknown lane kind &quot;%2&quot;</source>
        <translation>Journey „%1“: unbekannte Ebenenart „%2“</translation>
    </message>
    <message>
        <source>journey &quot;%1&quot; needs stages and lanes</source>
        <translation>Journey „%1“ braucht Phasen und Ebenen</translation>
    </message>
    <message>
        <source>journey &quot;%1&quot;: a card lies outside the map</source>
        <translation>Journey „%1“: eine Karte liegt außerhalb der Map</translation>
    </message>
    <message>
        <source>card &quot;%1&quot;: unknown channel or evidence</source>
        <translation>Karte „%1“: unbekannter Kanal oder unbekannte Evidenz</translation>
    </message>
    <message>
        <source>the bundled sample is missing</source>
        <translation>das mitgelieferte Beispiel fehlt</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>card %1 lies in a stage of another journey (%2)</source>
        <translation>Karte %1 liegt in einer Phase einer anderen Journey (%2)</translation>
    </message>
    <message>
        <source>card %1 lies in a lane of another journey (%2)</source>
        <translation>Karte %1 liegt in einer Ebene einer anderen Journey (%2)</translation>
    </message>
    <message>
        <source>the cards of cell %1 have gaps or duplicates in their order (%2)</source>
        <translation>die Reihenfolge der Karten in Zelle %1 hat Lücken oder Doppelungen (%2)</translation>
    </message>
    <message>
        <source>comment %1 refers to a missing object %2</source>
        <translation>Kommentar %1 verweist auf ein fehlendes Objekt %2</translation>
    </message>
    <message>
        <source>journey %1 (%2) has no stages</source>
        <translation>Journey %1 (%2) hat keine Phasen</translation>
    </message>
    <message>
        <source>no upgrade step from schema %1</source>
        <translation>kein Aktualisierungsschritt ab Schema %1</translation>
    </message>
    <message>
        <source>upgrade from schema %1 failed: %2</source>
        <translation>Aktualisierung ab Schema %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder or device, not a file</source>
        <translation>dies ist ein Ordner oder Gerät, keine Datei</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is a ZIP archive (such as an Excel or Word file), not a Waymark project</source>
        <translation>dies ist ein ZIP-Archiv (etwa eine Excel- oder Word-Datei), kein Waymark-Projekt</translation>
    </message>
    <message>
        <source>this is a text file, not a Waymark project</source>
        <translation>dies ist eine Textdatei, kein Waymark-Projekt</translation>
    </message>
    <message>
        <source>this is not a Waymark project (unknown file type)</source>
        <translation>dies ist kein Waymark-Projekt (unbekannter Dateityp)</translation>
    </message>
    <message numerus="yes">
        <source>the file is truncated (%n byte(s) long)</source>
        <translation>
            <numerusform>die Datei ist abgeschnitten (%n Byte lang)</numerusform>
            <numerusform>die Datei ist abgeschnitten (%n Byte lang)</numerusform>
        </translation>
    </message>
    <message>
        <source>this is a database of another program, not a Waymark project</source>
        <translation>dies ist eine Datenbank eines anderen Programms, kein Waymark-Projekt</translation>
    </message>
    <message>
        <source>this project was saved by a newer version of Waymark (file format %1; this version reads up to %2). Please update Waymark.</source>
        <translation>dieses Projekt wurde mit einer neueren Version von Waymark gespeichert (Dateiformat %1; diese Version liest bis %2). Bitte aktualisieren Sie Waymark.</translation>
    </message>
    <message numerus="yes">
        <source>the file is truncated or damaged (%n byte(s) long)</source>
        <translation>
            <numerusform>die Datei ist abgeschnitten oder beschädigt (%n Byte lang)</numerusform>
            <numerusform>die Datei ist abgeschnitten oder beschädigt (%n Byte lang)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is damaged (table %1, row %2: %3)</source>
        <translation>die Datei ist beschädigt (Tabelle %1, Zeile %2: %3)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
    <message>
        <source>a list is not valid JSON</source>
        <translation>eine Liste ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>„%1“ ist keine gültige ID</translation>
    </message>
    <message>
        <source>it belongs to no journey</source>
        <translation>sie gehört zu keiner Journey</translation>
    </message>
    <message>
        <source>its stage or lane is in another journey</source>
        <translation>ihre Phase oder Ebene liegt in einer anderen Journey</translation>
    </message>
    <message>
        <source>the project could not be written (%1)</source>
        <translation>das Projekt konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2)</source>
        <translation>im Ordner %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the project is open in another Waymark window (process %1 on %2)</source>
        <translation>das Projekt ist in einem anderen Waymark-Fenster geöffnet (Prozess %1 auf %2)</translation>
    </message>
    <message>
        <source>no lock file can be created next to it</source>
        <translation>daneben kann keine Sperrdatei angelegt werden</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>die Datei kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (table &quot;%1&quot; is missing)</source>
        <translation>die Datei ist beschädigt (Tabelle „%1“ fehlt)</translation>
    </message>
    <message>
        <source>the file cannot be upgraded (%1)</source>
        <translation>die Datei kann nicht aktualisiert werden (%1)</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>das Projekt ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>no backup copy could be made before upgrading the file</source>
        <translation>vor der Aktualisierung konnte keine Sicherungskopie angelegt werden</translation>
    </message>
    <message>
        <source>the picture could not be stored</source>
        <translation>das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>this is not a picture Waymark can read (PNG, JPEG or WebP)</source>
        <translation>das ist kein Bild, das Waymark lesen kann (PNG, JPEG oder WebP)</translation>
    </message>
    <message>
        <source>the picture is damaged</source>
        <translation>das Bild ist beschädigt</translation>
    </message>
    <message>
        <source>the picture is too large (%1 x %2 pixels); pictures of up to %3 megapixels can be used</source>
        <translation>das Bild ist zu groß (%1 x %2 Pixel); Bilder bis %3 Megapixel können verwendet werden</translation>
    </message>
    <message>
        <source>the picture is damaged (%1)</source>
        <translation>das Bild ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the clipboard holds no picture</source>
        <translation>die Zwischenablage enthält kein Bild</translation>
    </message>
    <message>
        <source>there are no personas to export</source>
        <translation>es gibt keine Personas zum Exportieren</translation>
    </message>
    <message>
        <source>persona sheets are exported as .pdf or .png</source>
        <translation>Persona-Steckbriefe werden als .pdf oder .png exportiert</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message>
        <source>%1%2 of %3x%4</source>
        <translation>%1%2 von %3x%4</translation>
    </message>
    <message>
        <source>there is no journey to export</source>
        <translation>es gibt keine Journey zum Exportieren</translation>
    </message>
    <message>
        <source>a journey without stages or lanes cannot be drawn</source>
        <translation>eine Journey ohne Phasen oder Ebenen kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>the picture would be %1 x %2 pixels; the most Waymark writes is %3 megapixels. Choose a lower resolution or width.</source>
        <translation>das Bild hätte %1 x %2 Pixel; Waymark schreibt höchstens %3 Megapixel. Wählen Sie eine geringere Auflösung oder Breite.</translation>
    </message>
    <message>
        <source>there is not enough memory for a picture of %1 x %2 pixels</source>
        <translation>für ein Bild mit %1 x %2 Pixeln reicht der Speicher nicht</translation>
    </message>
    <message>
        <source>the ZIP container could not be created</source>
        <translation>der ZIP-Container konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the spreadsheet could not be written</source>
        <translation>die Tabelle konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>line %1: a cell is longer than %2 characters</source>
        <translation>Zeile %1: eine Zelle ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>this is an old Excel file (.xls); save it as .xlsx or .csv</source>
        <translation>das ist eine alte Excel-Datei (.xls); speichern Sie sie als .xlsx oder .csv</translation>
    </message>
    <message>
        <source>the workbook has no part &quot;%1&quot;</source>
        <translation>der Arbeitsmappe fehlt der Teil „%1“</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; cannot be read</source>
        <translation>der Teil „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; unpacks to more than %2 MB; this looks like a zip bomb</source>
        <translation>der Teil „%1“ entpackt sich auf mehr als %2 MB; das sieht nach einer Zip-Bombe aus</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is damaged</source>
        <translation>der Teil „%1“ ist beschädigt</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; declares a DTD, which workbooks never do</source>
        <translation>der Teil „%1“ deklariert eine DTD, was Arbeitsmappen nie tun</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is not well-formed XML (line %2: %3)</source>
        <translation>der Teil „%1“ ist kein wohlgeformtes XML (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>the ZIP container is damaged</source>
        <translation>der ZIP-Container ist beschädigt</translation>
    </message>
    <message>
        <source>the workbook unpacks to far more than it holds; this looks like a zip bomb</source>
        <translation>die Arbeitsmappe entpackt sich auf weit mehr, als sie enthält; das sieht nach einer Zip-Bombe aus</translation>
    </message>
    <message>
        <source>this is a binary Excel workbook (.xlsb); save it as .xlsx or .csv</source>
        <translation>das ist eine binäre Excel-Arbeitsmappe (.xlsb); speichern Sie sie als .xlsx oder .csv</translation>
    </message>
    <message>
        <source>this ZIP file is not an Excel workbook</source>
        <translation>diese ZIP-Datei ist keine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>die Arbeitsmappe hat keine Blätter</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot; (it has: %2)</source>
        <translation>die Arbeitsmappe hat kein Blatt „%1“ (sie hat: %2)</translation>
    </message>
    <message>
        <source>row %1: a cell is longer than %2 characters</source>
        <translation>Zeile %1: eine Zelle ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is empty</source>
        <translation>das Blatt „%1“ ist leer</translation>
    </message>
    <message>
        <source>the target is empty</source>
        <translation>das Ziel ist leer</translation>
    </message>
    <message>
        <source>the metric is empty</source>
        <translation>die Kennzahl ist leer</translation>
    </message>
    <message>
        <source>the table has this value twice (metric, target, period and segment); the first is on row %1</source>
        <translation>die Tabelle hat diesen Wert doppelt (Kennzahl, Ziel, Zeitraum und Segment); der erste steht in Zeile %1</translation>
    </message>
    <message>
        <source>the mapping&apos;s shape must be &quot;long&quot; or &quot;wide&quot;</source>
        <translation>die Form der Zuordnung muss „long“ oder „wide“ sein</translation>
    </message>
    <message>
        <source>the mapping names no target, metric or value column</source>
        <translation>die Zuordnung nennt keine Ziel-, Kennzahl- oder Wertspalte</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>warning %1 %2</source>
        <translation>Warnung %1 %2</translation>
    </message>
    <message>
        <source>critical %1 %2</source>
        <translation>kritisch %1 %2</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>warning !</source>
        <translation>Warnung !</translation>
    </message>
    <message>
        <source>critical !!</source>
        <translation>kritisch !!</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4 %5)</source>
        <translation>%1 %2 (%3 %4 %5)</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; feels positive (%2), but %3</source>
        <translation>„%1“ fühlt sich positiv an (%2), aber %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a pain point, but all its metrics are healthy</source>
        <translation>„%1“ ist ein Schmerzpunkt, aber alle seine Kennzahlen sind gesund</translation>
    </message>
    <message>
        <source>%1 — charts</source>
        <translation>%1 — Diagramme</translation>
    </message>
    <message>
        <source>No volume imported yet</source>
        <translation>Noch kein Volumen importiert</translation>
    </message>
    <message>
        <source>Feeling and %1 by stage</source>
        <translation>Gefühl und %1 je Phase</translation>
    </message>
    <message>
        <source>line: feeling (−3 to +3)</source>
        <translation>Linie: Gefühl (−3 bis +3)</translation>
    </message>
    <message>
        <source>a value of metric %1 refers to a missing object %2</source>
        <translation>ein Wert der Kennzahl %1 verweist auf ein fehlendes Objekt %2</translation>
    </message>
    <message>
        <source>a metric value of %1 has an unknown target kind</source>
        <translation>ein Messwert von %1 hat eine unbekannte Zielart</translation>
    </message>
    <message>
        <source>1-%1: the worst friction points</source>
        <translation>1–%1: die größten Reibungspunkte</translation>
    </message>
    <message numerus="yes">
        <source>%n new value(s)</source>
        <translation>
            <numerusform>%n neuer Wert</numerusform>
            <numerusform>%n neue Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new metric(s)</source>
        <translation>
            <numerusform>%n neue Kennzahl</numerusform>
            <numerusform>%n neue Kennzahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>feeling %L1</source>
        <translation>Gefühl %L1</translation>
    </message>
    <message>
        <source>volume weight ×%L1</source>
        <translation>Gewicht nach Volumen ×%L1</translation>
    </message>
    <message>
        <source>↑ more than the stage before</source>
        <translation>↑ mehr als in der Phase davor</translation>
    </message>
    <message>
        <source>nobody has said whether higher or lower is better</source>
        <translation>niemand festgelegt hat, ob höher oder niedriger besser ist</translation>
    </message>
    <message>
        <source>it has no warning or critical threshold</source>
        <translation>sie keine Warn- oder kritische Schwelle hat</translation>
    </message>
    <message>
        <source>not judged: nobody has said whether higher or lower is better (Thresholds...)</source>
        <translation>nicht bewertet: niemand hat festgelegt, ob höher oder niedriger besser ist (Schwellen …)</translation>
    </message>
    <message>
        <source>volume, weights the friction</source>
        <translation>Volumen, gewichtet die Reibung</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>CES 2.0 (agreement 1 to 7)</source>
        <translation>CES 2.0 (Zustimmung 1 bis 7)</translation>
    </message>
    <message>
        <source>effort scale (1 to 5)</source>
        <translation>Aufwandsskala (1 bis 5)</translation>
    </message>
    <message>
        <source>scale %L1 to %L2</source>
        <translation>Skala %L1 bis %L2</translation>
    </message>
    <message>
        <source>direction not set: shown, not judged</source>
        <translation>Richtung nicht festgelegt: gezeigt, nicht bewertet</translation>
    </message>
    <message>
        <source>not judged; weights the friction</source>
        <translation>nicht bewertet; gewichtet die Reibung</translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation>keine Schwellen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (read with a decimal comma)</source>
        <translation>„%1“ ist keine Zahl (gelesen mit Dezimalkomma)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (read with a decimal point)</source>
        <translation>„%1“ ist keine Zahl (gelesen mit Dezimalpunkt)</translation>
    </message>
    <message>
        <source>the table has no metric columns. Expected a column of numbers for each metric (a row per target: Touchpoint, CSAT, Drop-off rate, ...) or the columns target, metric and value (a row per value).</source>
        <translation>die Tabelle hat keine Kennzahlspalten. Erwartet wird eine Spalte mit Zahlen je Kennzahl (eine Zeile je Ziel: Kontaktpunkt, CSAT, Abbruchrate, …) oder die Spalten Ziel, Kennzahl und Wert (eine Zeile je Wert).</translation>
    </message>
    <message>
        <source>the table has no rows after the header</source>
        <translation>die Tabelle hat nach der Kopfzeile keine Zeilen</translation>
    </message>
    <message>
        <source>none of the table&apos;s targets matches a card&apos;s touchpoint key, a card&apos;s text or a stage&apos;s name</source>
        <translation>keines der Ziele der Tabelle passt zu einem Kontaktpunkt-Schlüssel, einem Kartentext oder einem Phasennamen</translation>
    </message>
    <message>
        <source>the metric columns hold no values</source>
        <translation>die Kennzahlspalten enthalten keine Werte</translation>
    </message>
    <message>
        <source>the direction of &quot;%1&quot; must be &quot;higher&quot; or &quot;lower&quot;</source>
        <translation>die Richtung von „%1“ muss &quot;higher&quot; oder &quot;lower&quot; sein</translation>
    </message>
    <message>
        <source>the word %1</source>
        <translation>dem Wort %1</translation>
    </message>
    <message>
        <source>the unit “%”</source>
        <translation>der Einheit „%“</translation>
    </message>
    <message>
        <source>values written with %</source>
        <translation>Werten mit %</translation>
    </message>
    <message>
        <source>values written as durations</source>
        <translation>Werten als Zeitdauer</translation>
    </message>
    <message>
        <source>CES 2.0: agreement from 1 to 7</source>
        <translation>CES 2.0: Zustimmung von 1 bis 7</translation>
    </message>
    <message>
        <source>effort scale from 1 to 5</source>
        <translation>Aufwandsskala von 1 bis 5</translation>
    </message>
    <message>
        <source>a scale from %1 to %2</source>
        <translation>einer Skala von %1 bis %2</translation>
    </message>
    <message>
        <source>values between %1 and %2</source>
        <translation>Werten zwischen %1 und %2</translation>
    </message>
    <message>
        <source>shares of 1 (0.38 = 38 %)</source>
        <translation>Anteilen von 1 (0,38 = 38 %)</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>Zufriedenheit (CSAT)</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Kundenaufwand (CES)</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Erstlösungsquote</translation>
    </message>
    <message>
        <source>Self-service containment</source>
        <translation>Self-Service-Quote</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Kündigungen</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Repeated steps</source>
        <translation>Wiederholte Schritte</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Complaints and errors</source>
        <translation>Beschwerden und Fehler</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 by stage and conversion</source>
        <translation>%1 je Phase und Konversion</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>line %1: a quoted field starts here and is never closed (a &quot; is missing)</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen beginnt hier und wird nie geschlossen (ein &quot; fehlt)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>the file is damaged (its text encoding %1 is not UTF-8)</source>
        <translation>die Datei ist beschädigt (ihre Textkodierung %1 ist nicht UTF-8)</translation>
    </message>
    <message>
        <source>the file is damaged (its format number %1 is not valid)</source>
        <translation>die Datei ist beschädigt (ihre Formatnummer %1 ist ungültig)</translation>
    </message>
    <message>
        <source>the id is used by another row as well</source>
        <translation>die ID wird auch von einer anderen Zeile verwendet</translation>
    </message>
    <message>
        <source>it is not a SQLite log</source>
        <translation>es ist kein SQLite-Protokoll</translation>
    </message>
    <message>
        <source>the project was closed cleanly, so this log belongs to another file</source>
        <translation>das Projekt wurde sauber geschlossen, dieses Protokoll gehört also zu einer anderen Datei</translation>
    </message>
    <message>
        <source>its page size (%1) differs from the project&apos;s (%2)</source>
        <translation>ihre Seitengröße (%1) weicht von der des Projekts (%2) ab</translation>
    </message>
    <message>
        <source>it holds the first page of another database</source>
        <translation>sie enthält die erste Seite einer anderen Datenbank</translation>
    </message>
    <message>
        <source>it is not a SQLite journal</source>
        <translation>es ist kein SQLite-Journal</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the side file %1 does not belong to the project (%2) and cannot be set aside (%3)</source>
        <translation>die Nebendatei %1 gehört nicht zum Projekt (%2) und kann nicht beiseitegelegt werden (%3)</translation>
    </message>
    <message>
        <source>the side file %1 did not belong to the project (%2); it was not replayed and is kept as %3</source>
        <translation>die Nebendatei %1 gehörte nicht zum Projekt (%2); sie wurde nicht eingespielt und ist als %3 aufbewahrt</translation>
    </message>
    <message>
        <source>a trigger &quot;%1&quot;</source>
        <translation>einen Trigger „%1“</translation>
    </message>
    <message>
        <source>a view &quot;%1&quot;</source>
        <translation>eine Sicht „%1“</translation>
    </message>
    <message>
        <source>an index &quot;%1&quot;</source>
        <translation>einen Index „%1“</translation>
    </message>
    <message>
        <source>a table &quot;%1&quot;</source>
        <translation>eine Tabelle „%1“</translation>
    </message>
    <message>
        <source>the file is damaged (table %1, row %2: %3 holds a %4 instead of a number)</source>
        <translation>die Datei ist beschädigt (Tabelle %1, Zeile %2: %3 enthält %4 statt einer Zahl)</translation>
    </message>
    <message>
        <source>the project is being changed by waymark-cli (process %1 on %2)</source>
        <translation>das Projekt wird gerade von waymark-cli geändert (Prozess %1 auf %2)</translation>
    </message>
    <message>
        <source>the project has unfinished changes in %1 that must be rolled back, which needs write access; copy both files to a folder you can write to</source>
        <translation>das Projekt hat unfertige Änderungen in %1, die zurückgenommen werden müssen, und dafür sind Schreibrechte nötig; kopieren Sie beide Dateien in einen Ordner, in den Sie schreiben dürfen</translation>
    </message>
    <message>
        <source>the file holds %1 that Waymark did not create; it could change data behind Waymark&apos;s back, so the file is not opened (remove it with a SQLite tool, or use a copy that Waymark saved)</source>
        <translation>die Datei enthält etwas, das Waymark nicht angelegt hat: %1. Damit könnten Daten hinter Waymarks Rücken geändert werden, deshalb wird die Datei nicht geöffnet (entfernen Sie es mit einem SQLite-Werkzeug oder nehmen Sie eine von Waymark gespeicherte Kopie)</translation>
    </message>
    <message>
        <source>the value %1 is outside the scale of %2 (%3 to %4)</source>
        <translation>der Wert %1 liegt außerhalb der Skala von %2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>the file holds NUL bytes; it is not a text table</source>
        <translation>die Datei enthält NUL-Bytes; sie ist keine Texttabelle</translation>
    </message>
    <message>
        <source>The file has no byte order mark; it was read as %1.</source>
        <translation>Die Datei hat keine Bytereihenfolge-Markierung; sie wurde als %1 gelesen.</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>Zelle %1: %2</translation>
    </message>
    <message>
        <source>row %1: the cell reference &quot;%2&quot; is not a column from A to XFD</source>
        <translation>Zeile %1: der Zellbezug „%2“ ist keine Spalte von A bis XFD</translation>
    </message>
    <message>
        <source>it refers to shared text %1, but the workbook has no shared texts</source>
        <translation>sie verweist auf den gemeinsamen Text %1, aber die Arbeitsmappe hat keine gemeinsamen Texte</translation>
    </message>
    <message numerus="yes">
        <source>it refers to shared text %1, but the workbook has %n shared text(s)</source>
        <translation>
            <numerusform>sie verweist auf den gemeinsamen Text %1, aber die Arbeitsmappe hat %n gemeinsamen Text</numerusform>
            <numerusform>sie verweist auf den gemeinsamen Text %1, aber die Arbeitsmappe hat %n gemeinsame Texte</numerusform>
        </translation>
    </message>
    <message>
        <source>the date %1 is outside Excel&apos;s dates (0 to 2958465)</source>
        <translation>das Datum %1 liegt außerhalb der Excel-Daten (0 bis 2958465)</translation>
    </message>
    <message>
        <source>row %1: the sheet&apos;s values are spread so thinly over %2 columns that the table would not fit in memory</source>
        <translation>Zeile %1: die Werte des Blatts sind so dünn über %2 Spalten verteilt, dass die Tabelle nicht in den Speicher passen würde</translation>
    </message>
    <message>
        <source>the size %1 is not between 0 and %2</source>
        <translation>die Größe %1 liegt nicht zwischen 0 und %2</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden (%1)</translation>
    </message>
    <message>
        <source>another program holds the file (%1)</source>
        <translation>ein anderes Programm hält die Datei (%1)</translation>
    </message>
    <message>
        <source>id %1 is used by %2 rows of table %3</source>
        <translation>die ID %1 wird von %2 Zeilen der Tabelle %3 verwendet</translation>
    </message>
    <message>
        <source>vote %1 belongs to no voting round of its journey (%2)</source>
        <translation>Stimme %1 gehört zu keiner Abstimmungsrunde ihrer Journey (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time</source>
        <translation>„%1“ ist keine gültige Zeitangabe</translation>
    </message>
    <message>
        <source>%1 — voting results</source>
        <translation>%1 — Abstimmungsergebnisse</translation>
    </message>
    <message>
        <source>%1 · %2 dots each · voters: %3%4</source>
        <translation>%1 · je %2 Punkte · Abstimmende: %3%4</translation>
    </message>
    <message>
        <source> · open</source>
        <translation> · offen</translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation>(gelöschte Karte)</translation>
    </message>
    <message>
        <source>the picture could not be made</source>
        <translation>das Bild konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 — flow</source>
        <translation>%1 — Fluss</translation>
    </message>
    <message>
        <source>From %1: %2 cases, %3 events. Arrows as wide as the transitions are frequent; exits in red.</source>
        <translation>Aus %1: %2 Fälle, %3 Ereignisse. Pfeile so breit, wie die Übergänge häufig sind; Ausstiege in Rot.</translation>
    </message>
    <message>
        <source>snapshot &quot;%1&quot;: %2</source>
        <translation>Snapshot „%1“: %2</translation>
    </message>
    <message>
        <source>the snapshot is damaged</source>
        <translation>der Snapshot ist beschädigt</translation>
    </message>
    <message>
        <source>the snapshot was taken by a newer version of Waymark</source>
        <translation>der Snapshot stammt aus einer neueren Version von Waymark</translation>
    </message>
    <message>
        <source>comment %1 replies to no thread of its journey (%2)</source>
        <translation>Kommentar %1 antwortet auf keine Diskussion seiner Journey (%2)</translation>
    </message>
    <message>
        <source>%1 — comments</source>
        <translation>%1 — Kommentare</translation>
    </message>
    <message>
        <source>the journey</source>
        <translation>die Journey</translation>
    </message>
    <message>
        <source> (resolved)</source>
        <translation> (erledigt)</translation>
    </message>
    <message>
        <source>… and %1 more threads</source>
        <translation>… und %1 weitere Diskussionen</translation>
    </message>
    <message>
        <source>%1 — research coverage</source>
        <translation>%1 — Forschungsabdeckung</translation>
    </message>
    <message>
        <source>The journey has no cards that make a claim about the customer yet.</source>
        <translation>Die Journey hat noch keine Karten, die etwas über die Kunden aussagen.</translation>
    </message>
    <message>
        <source>%1 of %2 claims rest on evidence (%3): %4 observed, %5 reported, %6 linked to insights. Opportunities, ideas, notes and pictures are no claims.</source>
        <translation>%1 von %2 Aussagen beruhen auf Evidenz (%3): %4 beobachtet, %5 berichtet, %6 mit Erkenntnissen verknüpft. Chancen, Ideen, Notizen und Bilder sind keine Aussagen.</translation>
    </message>
    <message>
        <source>Each cell: share of claims backed · backed/claims. Red: assumed, green: rests on evidence.</source>
        <translation>Jede Zelle: Anteil belegter Aussagen · belegt/Aussagen. Rot: angenommen, grün: beruht auf Evidenz.</translation>
    </message>
    <message>
        <source>Assumptions with most friction attached</source>
        <translation>Annahmen mit der meisten Reibung</translation>
    </message>
    <message>
        <source>None: every claim rests on evidence.</source>
        <translation>Keine: Jede Aussage beruht auf Evidenz.</translation>
    </message>
    <message>
        <source>friction %1</source>
        <translation>Reibung %1</translation>
    </message>
    <message>
        <source>… and %1 more assumptions</source>
        <translation>… und %1 weitere Annahmen</translation>
    </message>
    <message>
        <source>card %1: its evidence is &quot;%2&quot; but its insights make it &quot;%3&quot;</source>
        <translation>Karte %1: ihre Evidenz ist „%2“, ihre Erkenntnisse ergeben aber „%3“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>„%1“ ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>it links a card or insight that does not exist</source>
        <translation>sie verknüpft eine Karte oder Erkenntnis, die es nicht gibt</translation>
    </message>
    <message>
        <source>it belongs to no card</source>
        <translation>sie gehört zu keiner Karte</translation>
    </message>
    <message>
        <source>the score %1 is not between %2 and %3</source>
        <translation>die Bewertung %1 liegt nicht zwischen %2 und %3</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Aufwand →</translation>
    </message>
    <message>
        <source>Value (customer and business) →</source>
        <translation>Nutzen (Kunde und Geschäft) →</translation>
    </message>
    <message>
        <source>%1 — opportunity matrix</source>
        <translation>%1 — Chancen-Matrix</translation>
    </message>
    <message>
        <source>Priority = %1. Friction: what the opportunity addresses.</source>
        <translation>Priorität = %1. Reibung: worauf die Chance zielt.</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Cust.</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Bus.</source>
        <translation>Gesch.</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Reibung</translation>
    </message>
    <message>
        <source>No opportunity is scored yet: give the cards of the opportunities and ideas lanes a customer value, a business value and an effort.</source>
        <translation>Noch keine Chance ist bewertet: Den Karten der Ebenen für Chancen und Ideen einen Kundennutzen, einen Geschäftsnutzen und einen Aufwand geben.</translation>
    </message>
    <message>
        <source>Not scored yet: %1</source>
        <translation>Noch nicht bewertet: %1</translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no known format (use .png, .svg, .pdf or .xlsx)</source>
        <translation>„%1“ ist kein bekanntes Format (.png, .svg, .pdf oder .xlsx verwenden)</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Kundennutzen</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Geschäftsnutzen</translation>
    </message>
    <message>
        <source>Friction addressed</source>
        <translation>Adressierte Reibung</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Zielt auf</translation>
    </message>
    <message>
        <source>Eff.</source>
        <translation>Aufw.</translation>
    </message>
    <message>
        <source>it joins cards of another journey</source>
        <translation>er verbindet Karten einer anderen Journey</translation>
    </message>
    <message>
        <source>PDF (print, poster)</source>
        <translation>PDF (Druck, Poster)</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>One sheet per journey (stages across, lanes down) and a sheet of all cards:

</source>
        <translation>Ein Blatt je Journey (Phasen nebeneinander, Ebenen untereinander) und ein Blatt mit allen Karten:

</translation>
    </message>
    <message>
        <source>CSV table of the cards</source>
        <translation>CSV-Tabelle der Karten</translation>
    </message>
    <message>
        <source>Markdown outline</source>
        <translation>Markdown-Gliederung</translation>
    </message>
    <message>
        <source>Mermaid journey diagram</source>
        <translation>Mermaid-Journey-Diagramm</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the front matter that starts here is not closed with ---</source>
        <translation>der hier beginnende Front-Matter-Block wird nicht mit --- geschlossen</translation>
    </message>
    <message>
        <source>accDescr { is not closed with }</source>
        <translation>accDescr { wird nicht mit } geschlossen</translation>
    </message>
    <message>
        <source>nothing may follow the } of accDescr on its line</source>
        <translation>hinter der } von accDescr darf in ihrer Zeile nichts stehen</translation>
    </message>
    <message>
        <source>&quot;;&quot; is not allowed in a journey</source>
        <translation>„;“ ist in einer Journey nicht erlaubt</translation>
    </message>
    <message>
        <source>this is not a Mermaid journey: it starts with &quot;%1&quot;, not &quot;journey&quot;</source>
        <translation>das ist keine Mermaid-Journey: sie beginnt mit „%1“, nicht mit „journey“</translation>
    </message>
    <message>
        <source>&quot;journey&quot; may only start the diagram</source>
        <translation>„journey“ darf nur am Anfang des Diagramms stehen</translation>
    </message>
    <message>
        <source>a section&apos;s name cannot contain &quot;:&quot;</source>
        <translation>der Name eines Abschnitts darf kein „:“ enthalten</translation>
    </message>
    <message>
        <source>a section needs a name</source>
        <translation>ein Abschnitt braucht einen Namen</translation>
    </message>
    <message>
        <source>the task &quot;%1&quot; has no score (write &quot;%1: 5&quot;)</source>
        <translation>die Aufgabe „%1“ hat keine Bewertung (schreiben Sie „%1: 5“)</translation>
    </message>
    <message>
        <source>a task needs a name before &quot;:&quot;</source>
        <translation>eine Aufgabe braucht vor „:“ einen Namen</translation>
    </message>
    <message>
        <source>the task &quot;%1&quot; has no score</source>
        <translation>die Aufgabe „%1“ hat keine Bewertung</translation>
    </message>
    <message>
        <source>the score of &quot;%1&quot; is &quot;%2&quot;, not a number</source>
        <translation>die Bewertung von „%1“ ist „%2“, keine Zahl</translation>
    </message>
    <message>
        <source>the score of &quot;%1&quot; is %2; it must be from 1 to 5</source>
        <translation>die Bewertung von „%1“ ist %2; sie muss zwischen 1 und 5 liegen</translation>
    </message>
    <message>
        <source>more than %1 tasks</source>
        <translation>mehr als %1 Aufgaben</translation>
    </message>
    <message>
        <source>the file holds no Mermaid diagram</source>
        <translation>die Datei enthält kein Mermaid-Diagramm</translation>
    </message>
    <message>
        <source>the journey has no sections and no tasks</source>
        <translation>die Journey hat keine Abschnitte und keine Aufgaben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: die Datei ist größer als %2 MB</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Web page (HTML viewer)</source>
        <translation>Webseite (HTML-Betrachter)</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2, %3, %4</source>
        <translation>„%1“ importiert: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new persona(s)</source>
        <translation>
            <numerusform>%n neue Persona</numerusform>
            <numerusform>%n neue Personas</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (whole project, for git)</source>
        <translation>JSON (ganzes Projekt, für Git)</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; cannot be read (%2)</source>
        <translation>Tabelle „%1“ kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>has a column &quot;%1&quot; that the table does not have</source>
        <translation>hat eine Spalte „%1“, die die Tabelle nicht hat</translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation>hat kein „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2: %3</source>
        <translation>Tabelle „%1“, Zeile %2: %3</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2 (id %3): %4</source>
        <translation>Tabelle „%1“, Zeile %2 (ID %3): %4</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>darf nicht null sein</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be {&quot;base64&quot;: ...}</source>
        <translation>muss {&quot;base64&quot;: …} sein</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1 (%2)</source>
        <translation>kein gültiges JSON bei %1 (%2)</translation>
    </message>
    <message>
        <source>this is not a Waymark project in JSON (it has no &quot;waymark&quot;: &quot;project&quot;)</source>
        <translation>das ist kein Waymark-Projekt in JSON (es hat kein &quot;waymark&quot;: &quot;project&quot;)</translation>
    </message>
    <message>
        <source>the JSON has no &quot;format&quot; or &quot;schema&quot; number</source>
        <translation>das JSON hat keine Zahl „format“ oder „schema“</translation>
    </message>
    <message>
        <source>the JSON was written by a newer version of Waymark (format %1, schema %2; this version reads format %3, schema %4); update Waymark to read it</source>
        <translation>das JSON wurde von einer neueren Waymark-Version geschrieben (Format %1, Schema %2; diese Version liest Format %3, Schema %4); aktualisieren Sie Waymark, um es zu lesen</translation>
    </message>
    <message>
        <source>the JSON has no &quot;tables&quot;</source>
        <translation>das JSON hat kein „tables“</translation>
    </message>
    <message>
        <source>the JSON has a table &quot;%1&quot; that the project file does not have</source>
        <translation>das JSON hat eine Tabelle „%1“, die die Projektdatei nicht hat</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; is missing from the JSON</source>
        <translation>die Tabelle „%1“ fehlt im JSON</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; is not a list of rows</source>
        <translation>die Tabelle „%1“ ist keine Liste von Zeilen</translation>
    </message>
    <message>
        <source>the file is larger than %1 GB</source>
        <translation>die Datei ist größer als %1 GB</translation>
    </message>
    <message>
        <source>the project would not open (%1)</source>
        <translation>das Projekt ließe sich nicht öffnen (%1)</translation>
    </message>
    <message>
        <source>(data)</source>
        <translation>(Daten)</translation>
    </message>
    <message>
        <source>project detail</source>
        <translation>Projektangabe</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>persona of a journey</source>
        <translation>Persona einer Journey</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>insight of a card</source>
        <translation>Erkenntnis einer Karte</translation>
    </message>
    <message>
        <source>target of an opportunity</source>
        <translation>Ziel einer Chance</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>metric import</source>
        <translation>Kennzahlenimport</translation>
    </message>
    <message>
        <source>metric value</source>
        <translation>Kennzahlwert</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>voting round</source>
        <translation>Abstimmungsrunde</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>participant note</source>
        <translation>Teilnehmernotiz</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Schnappschuss</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>changed in both copies</source>
        <translation>in beiden Kopien geändert</translation>
    </message>
    <message>
        <source>deleted in mine, changed in theirs</source>
        <translation>in meiner gelöscht, in der anderen geändert</translation>
    </message>
    <message>
        <source>changed in mine, deleted in theirs</source>
        <translation>in meiner geändert, in der anderen gelöscht</translation>
    </message>
    <message>
        <source>reordered in both copies</source>
        <translation>in beiden Kopien umsortiert</translation>
    </message>
    <message>
        <source>%1 is not a copy of the same project as %2 (they share no journey, stage, lane, card or persona and were created at different times)</source>
        <translation>%1 ist keine Kopie desselben Projekts wie %2 (sie haben keine gemeinsame Journey, Phase, Ebene, Karte oder Persona und wurden zu verschiedenen Zeiten erstellt)</translation>
    </message>
    <message>
        <source>the merged project would not pass the check: %1</source>
        <translation>das zusammengeführte Projekt würde die Prüfung nicht bestehen: %1</translation>
    </message>
    <message>
        <source>%1 was deleted in one copy but is kept, because the other copy still uses it (%2)</source>
        <translation>%1 wurde in einer Kopie gelöscht, bleibt aber erhalten, weil die andere Kopie es noch verwendet (%2)</translation>
    </message>
    <message>
        <source>the order of the stages</source>
        <translation>die Reihenfolge der Phasen</translation>
    </message>
    <message>
        <source>the order of the lanes</source>
        <translation>die Reihenfolge der Ebenen</translation>
    </message>
    <message>
        <source>the order of cards in a cell</source>
        <translation>die Reihenfolge der Karten in einer Zelle</translation>
    </message>
    <message>
        <source>the order of the journeys</source>
        <translation>die Reihenfolge der Journeys</translation>
    </message>
    <message>
        <source>the order of the personas</source>
        <translation>die Reihenfolge der Personas</translation>
    </message>
    <message>
        <source>PowerPoint slides (PPTX)</source>
        <translation>PowerPoint-Folien (PPTX)</translation>
    </message>
    <message>
        <source>the presentation could not be written</source>
        <translation>die Präsentation konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the JSON has schema %1; this version reads schema %2 to %3</source>
        <translation>das JSON hat Schema %1; diese Version liest Schema %2 bis %3</translation>
    </message>
    <message>
        <source>the drive or folder is read-only (%1)</source>
        <translation>das Laufwerk oder der Ordner ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <source>writing there is no longer permitted (%1)</source>
        <translation>dort darf nicht mehr geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 seconds</source>
        <translation>der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>the system keychain holds no password for it</source>
        <translation>der Schlüsselbund des Systems enthält dafür kein Passwort</translation>
    </message>
    <message>
        <source>no system keychain is running (%1)</source>
        <translation>kein Schlüsselbund des Systems läuft (%1)</translation>
    </message>
    <message>
        <source>the system keychain refused access (%1)</source>
        <translation>der Schlüsselbund des Systems hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>the system keychain failed (%1)</source>
        <translation>der Schlüsselbund des Systems ist gescheitert (%1)</translation>
    </message>
    <message>
        <source>this Waymark is built without the system keychain (QtKeychain)</source>
        <translation>dieses Waymark ist ohne den Schlüsselbund des Systems (QtKeychain) gebaut</translation>
    </message>
    <message>
        <source>no system keychain can be asked (no session bus)</source>
        <translation>kein Schlüsselbund des Systems erreichbar (kein Sitzungsbus)</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Five phases</source>
        <translation>Fünf Phasen</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Service Blueprint</translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; is missing</source>
        <translation>die Vorlage „%1“ fehlt</translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; is damaged</source>
        <translation>die Vorlage „%1“ ist beschädigt</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (use %2)</source>
        <translation>unbekannte Vorlage „%1“ (möglich: %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer journey mapping for CX workshops.</source>
        <translation>Customer-Journey-Mapping für CX-Workshops.</translation>
    </message>
    <message>
        <source>Projects to open.</source>
        <translation>Zu öffnende Projekte.</translation>
    </message>
    <message>
        <source>Write the user guide with its pictures into DIR/LANG (guide.md, guide.pdf, PNG) and quit.</source>
        <translation>Das Benutzerhandbuch mit seinen Bildern nach DIR/LANG schreiben (guide.md, guide.pdf, PNG) und beenden.</translation>
    </message>
    <message>
        <source>Interface language for this run: en or de.</source>
        <translation>Sprache der Oberfläche für diesen Start: en oder de.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; (use %2).</source>
        <translation>Unbekannte Sprache „%1“ (möglich: %2).</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>Kartente&amp;xt bearbeiten</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>&amp;Karte hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation>Phase &amp;umbenennen</translation>
    </message>
    <message>
        <source>Stage &amp;Colour...</source>
        <translation>Phasen&amp;farbe …</translation>
    </message>
    <message>
        <source>&amp;Moment of Truth</source>
        <translation>&amp;Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Move Stage &amp;Left</source>
        <translation>Phase nach &amp;links</translation>
    </message>
    <message>
        <source>Move Stage R&amp;ight</source>
        <translation>Phase nach &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Delete Stage...</source>
        <translation>Phase &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation>Ebene &amp;umbenennen</translation>
    </message>
    <message>
        <source>Lane &amp;Colour...</source>
        <translation>Ebenen&amp;farbe …</translation>
    </message>
    <message>
        <source>Move Lane &amp;Up</source>
        <translation>Ebene nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Lane &amp;Down</source>
        <translation>Ebene nach un&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Delete Lane...</source>
        <translation>Ebene &amp;löschen …</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>E&amp;bene hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>%n Karte einfügen</numerusform>
            <numerusform>%n Karten einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>%n Karte duplizieren</numerusform>
            <numerusform>%n Karten duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage &quot;%1&quot; and its %n card(s)?</source>
        <translation>
            <numerusform>Die Phase „%1“ und ihre %n Karte löschen?</numerusform>
            <numerusform>Die Phase „%1“ und ihre %n Karten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Ebene löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane &quot;%1&quot; and its %n card(s)?</source>
        <translation>
            <numerusform>Die Ebene „%1“ und ihre %n Karte löschen?</numerusform>
            <numerusform>Die Ebene „%1“ und ihre %n Karten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage Colour</source>
        <translation>Phasenfarbe</translation>
    </message>
    <message>
        <source>Lane Colour</source>
        <translation>Ebenenfarbe</translation>
    </message>
    <message>
        <source>Insert Stage &amp;Before</source>
        <translation>Phase &amp;davor einfügen</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <source>The picture cannot be pasted: %1</source>
        <translation>Das Bild kann nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>&amp;Open Linked Journey</source>
        <translation>Verknüpfte Journey ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Back to the Linking Journey</source>
        <translation>&amp;Zurück zur verknüpfenden Journey</translation>
    </message>
    <message>
        <source>Show as Service &amp;Blueprint</source>
        <translation>Als Service &amp;Blueprint zeigen</translation>
    </message>
    <message>
        <source>Group the lanes as physical evidence, customer actions, frontstage, backstage and support processes, with the lines of interaction, visibility and internal interaction</source>
        <translation>Die Ebenen als physische Belege, Kundenaktionen, Frontstage, Backstage und unterstützende Prozesse gruppieren, mit Interaktions-, Sichtbarkeits- und interner Interaktionslinie</translation>
    </message>
    <message>
        <source>Connect with &amp;Arrows</source>
        <translation>Mit &amp;Pfeilen verbinden</translation>
    </message>
    <message>
        <source>Draw an arrow from each selected card to the next one selected (or Alt+drag from one card to another)</source>
        <translation>Einen Pfeil von jeder ausgewählten Karte zur nächsten ausgewählten zeichnen (oder mit Alt von einer Karte zur anderen ziehen)</translation>
    </message>
    <message numerus="yes">
        <source>Draw %n arrow(s)</source>
        <translation>
            <numerusform>%n Pfeil zeichnen</numerusform>
            <numerusform>%n Pfeile zeichnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow &amp;Label...</source>
        <translation>Pfeil&amp;beschriftung …</translation>
    </message>
    <message>
        <source>&amp;Reverse Arrow</source>
        <translation>Pfeil &amp;umdrehen</translation>
    </message>
    <message>
        <source>&amp;Delete Arrow</source>
        <translation>Pfeil &amp;löschen</translation>
    </message>
    <message>
        <source>Blueprint &amp;Zone</source>
        <translation>Blueprint-&amp;Zone</translation>
    </message>
    <message>
        <source>Arrow Label</source>
        <translation>Pfeilbeschriftung</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Lane &amp;Hint...</source>
        <translation>Ebenen&amp;hinweis …</translation>
    </message>
    <message>
        <source>Lane Hint</source>
        <translation>Ebenenhinweis</translation>
    </message>
    <message>
        <source>What goes in &quot;%1&quot;? Shown while the lane is empty and as its tooltip; not exported. Leave empty for none.</source>
        <translation>Was gehört in „%1“? Wird angezeigt, solange die Ebene leer ist, und als Tooltip; nicht exportiert. Leer lassen für keinen Hinweis.</translation>
    </message>
</context>
<context>
    <name>waymark::ChartsPanel</name>
    <message>
        <source>Metric for the charts</source>
        <translation>Kennzahl für die Diagramme</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>Feeling and metric</source>
        <translation>Gefühl und Kennzahl</translation>
    </message>
    <message>
        <source>Save Chart...</source>
        <translation>Diagramm speichern …</translation>
    </message>
    <message>
        <source>No volume imported yet</source>
        <translation>Noch kein Volumen importiert</translation>
    </message>
    <message>
        <source>(no period)</source>
        <translation>(kein Zeitraum)</translation>
    </message>
    <message>
        <source>%1 for &quot;%2&quot;</source>
        <translation>%1 für „%2“</translation>
    </message>
    <message>
        <source>Select a card to see its %1 over time</source>
        <translation>Wählen Sie eine Karte, um ihren Verlauf von %1 zu sehen</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Feeling and %1 by stage</source>
        <translation>Gefühl und %1 je Phase</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>%1 by stage</source>
        <translation>%1 je Phase</translation>
    </message>
</context>
<context>
    <name>waymark::CommentsPanel</name>
    <message>
        <source>Show comments</source>
        <translation>Kommentare zeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Comment on the selected card, or on the journey</source>
        <translation>Die ausgewählte Karte kommentieren, oder die Journey</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply to the thread</source>
        <translation>Auf die Diskussion antworten</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Resolve the thread, or reopen it</source>
        <translation>Die Diskussion erledigen oder wieder öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the comment (a thread with its replies)</source>
        <translation>Den Kommentar löschen (eine Diskussion mit ihren Antworten)</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;</source>
        <translation>Phase „%1“</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot;</source>
        <translation>Karte „%1“</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>%1 · Resolved by %2</source>
        <translation>%1 · erledigt von %2</translation>
    </message>
    <message>
        <source>No open comments. Select a card and press Comment to start a thread.</source>
        <translation>Keine offenen Kommentare. Wählen Sie eine Karte und klicken Sie auf Kommentieren, um eine Diskussion zu beginnen.</translation>
    </message>
    <message>
        <source>No comments here.</source>
        <translation>Hier gibt es keine Kommentare.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>Kommentar zu %1:</translation>
    </message>
    <message>
        <source>Your reply:</source>
        <translation>Ihre Antwort:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Change the comment&apos;s text</source>
        <translation>Den Text des Kommentars ändern</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
</context>
<context>
    <name>waymark::CompareDialog</name>
    <message>
        <source>Compare Journeys</source>
        <translation>Journeys vergleichen</translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Vergleichen von</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>Die beiden Seiten tauschen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>comparison.pdf</source>
        <translation>vergleich.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (snapshot &quot;%2&quot;)</source>
        <translation>%1 (Snapshot „%2“)</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Cards: %1 added, %2 removed, %3 changed, %4 moved</source>
        <translation>Karten: %1 hinzugefügt, %2 entfernt, %3 geändert, %4 verschoben</translation>
    </message>
    <message>
        <source>The comparison could not be written to %1: %2</source>
        <translation>Der Vergleich konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, schreibgeschützt</translation>
    </message>
    <message>
        <source>View Snapshot</source>
        <translation>Snapshot ansehen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit each map into its half (Ctrl+wheel zooms)</source>
        <translation>Jede Map in ihre Hälfte einpassen (Strg+Mausrad zoomt)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the maps at their actual size</source>
        <translation>Die Maps in ihrer tatsächlichen Größe zeigen</translation>
    </message>
    <message>
        <source>Show the maps</source>
        <translation>Maps zeigen</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation>Überlagert</translation>
    </message>
    <message>
        <source>Overlaid: one map, the second one, with the cards that were removed or moved away drawn dashed where they were</source>
        <translation>Überlagert: eine Map, die zweite, mit den entfernten oder verschobenen Karten gestrichelt an ihrer alten Stelle</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
</context>
<context>
    <name>waymark::CoverageDialog</name>
    <message>
        <source>Research Coverage</source>
        <translation>Forschungsabdeckung</translation>
    </message>
    <message>
        <source>Assumptions, most friction first</source>
        <translation>Annahmen, meiste Reibung zuerst</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Reibung</translation>
    </message>
    <message>
        <source>Research Coverage — %1</source>
        <translation>Forschungsabdeckung — %1</translation>
    </message>
</context>
<context>
    <name>waymark::DatabaseDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Read Columns</source>
        <translation>Spalten &amp;lesen</translation>
    </message>
    <message>
        <source>Co&amp;mpute</source>
        <translation>Be&amp;rechnen</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Cop&amp;y SQL</source>
        <translation>SQL &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Table or view:</source>
        <translation>&amp;Tabelle oder Sicht:</translation>
    </message>
    <message>
        <source>&amp;SELECT:</source>
        <translation>&amp;SELECT:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>Import Events from Database</source>
        <translation>Ereignisse aus Datenbank importieren</translation>
    </message>
    <message>
        <source>The database&apos;s address: postgresql://user@host:port/database, with ?sslmode=require (or verify-full) for an encrypted connection. It is kept in the project with the import, without the password.</source>
        <translation>Die Adresse der Datenbank: postgresql://benutzer@host:port/datenbank, mit ?sslmode=require (oder verify-full) für eine verschlüsselte Verbindung. Sie wird mit dem Import im Projekt gespeichert, ohne das Passwort.</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>aus ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <source>Used for this session only, never stored. When empty, the password comes from ~/.pgpass (or PGPASSFILE, PGPASSWORD).</source>
        <translation>Nur für diese Sitzung, nie gespeichert. Wenn leer, kommt das Passwort aus ~/.pgpass (oder PGPASSFILE, PGPASSWORD).</translation>
    </message>
    <message>
        <source>SELECT ... FROM ... (read only)</source>
        <translation>SELECT … FROM … (nur lesend)</translation>
    </message>
    <message>
        <source>The SQL that computes the figures</source>
        <translation>Das SQL, das die Kennzahlen berechnet</translation>
    </message>
    <message>
        <source>This SELECT runs on the server; only its aggregates come back. :from, :to, :zone and :stages are bound parameters.</source>
        <translation>Dieses SELECT läuft auf dem Server; nur seine Aggregate kommen zurück. :from, :to, :zone und :stages sind gebundene Parameter.</translation>
    </message>
    <message>
        <source>Orders events at the same time within a case (an event id or a line number); without one, such events are ordered by activity name.</source>
        <translation>Ordnet gleichzeitige Ereignisse eines Falls (eine Ereignis-ID oder Zeilennummer); ohne sie werden solche Ereignisse nach dem Namen der Aktivität geordnet.</translation>
    </message>
    <message>
        <source>Times stored without zone (timestamp, date) are read in this zone, and the time window too; the periods are cut in it.</source>
        <translation>Zeiten ohne Zone (timestamp, date) werden in dieser Zone gelesen, auch das Zeitfenster; die Zeiträume werden in ihr geschnitten.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The server stops the computation after this time.</source>
        <translation>Der Server bricht die Berechnung nach dieser Zeit ab.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;Case (customer, session):</source>
        <translation>&amp;Fall (Kunde, Sitzung):</translation>
    </message>
    <message>
        <source>&amp;Activity (touchpoint):</source>
        <translation>&amp;Aktivität (Kontaktpunkt):</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>&amp;Order of ties:</source>
        <translation>Rei&amp;henfolge bei Gleichstand:</translation>
    </message>
    <message>
        <source>Lif&amp;ecycle:</source>
        <translation>L&amp;ebenszyklus:</translation>
    </message>
    <message>
        <source>Times without &amp;zone:</source>
        <translation>Zeiten ohne &amp;Zone:</translation>
    </message>
    <message>
        <source>SQL run on the server:</source>
        <translation>Auf dem Server ausgeführtes SQL:</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>-- Connect, choose a table or write a SELECT, and the columns: the SQL that computes the figures appears here.</source>
        <translation>-- Verbinden, eine Tabelle wählen oder ein SELECT schreiben, dazu die Spalten: Das SQL, das die Kennzahlen berechnet, erscheint hier.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n table(s) and view(s).</source>
        <translation>
            <numerusform>Verbunden: %n Tabelle oder Sicht.</numerusform>
            <numerusform>Verbunden: %n Tabellen und Sichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the columns of %1...</source>
        <translation>Lese die Spalten von %1 …</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no time zone Waymark knows (e.g. Europe/Berlin, UTC).</source>
        <translation>„%1“ ist keine Zeitzone, die Waymark kennt (z. B. Europe/Berlin, UTC).</translation>
    </message>
    <message>
        <source>Computing the figures on the server...</source>
        <translation>Berechne die Kennzahlen auf dem Server …</translation>
    </message>
    <message>
        <source>%1 events of %2 cases at %3 touchpoints in %4 s.</source>
        <translation>%1 Ereignisse von %2 Fällen an %3 Kontaktpunkten in %4 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out by their lifecycle.</source>
        <translation>
            <numerusform>%n Zeile wegen ihres Lebenszyklus ausgelassen.</numerusform>
            <numerusform>%n Zeilen wegen ihres Lebenszyklus ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Unti&amp;l:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitgrenze:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Ze&amp;it:</translation>
    </message>
    <message>
        <source>Cut &amp;by period:</source>
        <translation>Nach Zeitra&amp;um schneiden:</translation>
    </message>
    <message>
        <source>F&amp;unnel of:</source>
        <translation>Tri&amp;chter von:</translation>
    </message>
    <message>
        <source>Keep in the system &amp;keychain</source>
        <translation>Im Schlüsselbund des Systems aufbe&amp;wahren</translation>
    </message>
    <message>
        <source>from the keychain or ~/.pgpass when empty</source>
        <translation>wenn leer, aus dem Schlüsselbund oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Never stored in the project. When empty, the password kept in the system keychain for this address is used, else ~/.pgpass (or PGPASSFILE, PGPASSWORD).</source>
        <translation>Wird nie im Projekt gespeichert. Wenn leer, wird das im Schlüsselbund des Systems für diese Adresse aufbewahrte Passwort verwendet, sonst ~/.pgpass (oder PGPASSFILE, PGPASSWORD).</translation>
    </message>
    <message>
        <source>Once the database accepts the password typed here, keep it in the system keychain for this address. Unchecked, a kept password is forgotten at the next connection.</source>
        <translation>Sobald die Datenbank das hier eingegebene Passwort annimmt, wird es für diese Adresse im Schlüsselbund des Systems aufbewahrt. Ohne Haken wird ein aufbewahrtes Passwort bei der nächsten Verbindung vergessen.</translation>
    </message>
    <message>
        <source>(The password kept in the system keychain was used: type the right one to replace it.)</source>
        <translation>(Verwendet wurde das im Schlüsselbund des Systems aufbewahrte Passwort: Geben Sie das richtige ein, um es zu ersetzen.)</translation>
    </message>
    <message>
        <source>The password came from the system keychain.</source>
        <translation>Das Passwort kam aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The password is not kept: %1.</source>
        <translation>Das Passwort wird nicht aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The kept password could not be removed: %1.</source>
        <translation>Das aufbewahrte Passwort konnte nicht entfernt werden: %1.</translation>
    </message>
    <message>
        <source>The password kept in the system keychain is forgotten.</source>
        <translation>Das im Schlüsselbund des Systems aufbewahrte Passwort ist vergessen.</translation>
    </message>
</context>
<context>
    <name>waymark::Document</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>Projektdetails ändern</translation>
    </message>
    <message>
        <source>The journey does not exist.</source>
        <translation>Die Journey existiert nicht.</translation>
    </message>
    <message>
        <source>The target cell does not exist.</source>
        <translation>Die Zielzelle existiert nicht.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation>
            <numerusform>%n Karte hinzufügen</numerusform>
            <numerusform>%n Karten hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>The card does not exist.</source>
        <translation>Die Karte existiert nicht.</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>The stage does not exist.</source>
        <translation>Die Phase existiert nicht.</translation>
    </message>
    <message>
        <source>Edit stage &quot;%1&quot;</source>
        <translation>Phase „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The stage cannot move there.</source>
        <translation>Die Phase kann nicht dorthin verschoben werden.</translation>
    </message>
    <message>
        <source>Move stage &quot;%1&quot;</source>
        <translation>Phase „%1“ verschieben</translation>
    </message>
    <message>
        <source>A journey keeps at least one stage.</source>
        <translation>Eine Journey behält mindestens eine Phase.</translation>
    </message>
    <message>
        <source>Delete stage &quot;%1&quot;</source>
        <translation>Phase „%1“ löschen</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <source>The lane does not exist.</source>
        <translation>Die Ebene existiert nicht.</translation>
    </message>
    <message>
        <source>Edit lane &quot;%1&quot;</source>
        <translation>Ebene „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The lane cannot move there.</source>
        <translation>Die Ebene kann nicht dorthin verschoben werden.</translation>
    </message>
    <message>
        <source>Move lane &quot;%1&quot;</source>
        <translation>Ebene „%1“ verschieben</translation>
    </message>
    <message>
        <source>Delete lane &quot;%1&quot;</source>
        <translation>Ebene „%1“ löschen</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>Eine Persona braucht einen Namen.</translation>
    </message>
    <message>
        <source>Add persona &quot;%1&quot;</source>
        <translation>Persona „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>The persona does not exist.</source>
        <translation>Die Persona existiert nicht.</translation>
    </message>
    <message>
        <source>Edit persona &quot;%1&quot;</source>
        <translation>Persona „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The persona cannot move there.</source>
        <translation>Die Persona kann nicht dorthin verschoben werden.</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>Personas umsortieren</translation>
    </message>
    <message>
        <source>Delete persona &quot;%1&quot;</source>
        <translation>Persona „%1“ löschen</translation>
    </message>
    <message>
        <source>A journey needs a name.</source>
        <translation>Eine Journey braucht einen Namen.</translation>
    </message>
    <message>
        <source>A journey needs at least one stage.</source>
        <translation>Eine Journey braucht mindestens eine Phase.</translation>
    </message>
    <message>
        <source>Add journey &quot;%1&quot;</source>
        <translation>Journey „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit journey &quot;%1&quot;</source>
        <translation>Journey „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>%1 (future state)</source>
        <translation>%1 (Soll-Zustand)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate journey &quot;%1&quot;</source>
        <translation>Journey „%1“ duplizieren</translation>
    </message>
    <message>
        <source>The journey cannot move there.</source>
        <translation>Die Journey kann nicht dorthin verschoben werden.</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Journeys umsortieren</translation>
    </message>
    <message>
        <source>Delete journey &quot;%1&quot;</source>
        <translation>Journey „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n card(s)</source>
        <translation>
            <numerusform>%n Karte bearbeiten</numerusform>
            <numerusform>%n Karten bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo does not exist.</source>
        <translation>Das Foto existiert nicht.</translation>
    </message>
    <message>
        <source>Duplicate persona &quot;%1&quot;</source>
        <translation>Persona „%1“ duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Add %n persona(s)</source>
        <translation>
            <numerusform>%n Persona hinzufügen</numerusform>
            <numerusform>%n Personas hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Die Tabelle hat %n Problem; es wurde nichts importiert.</numerusform>
            <numerusform>Die Tabelle hat %n Probleme; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table brings no new or changed values.</source>
        <translation>Die Tabelle bringt keine neuen oder geänderten Werte.</translation>
    </message>
    <message>
        <source>Import metrics from &quot;%1&quot;</source>
        <translation>Kennzahlen aus „%1“ importieren</translation>
    </message>
    <message>
        <source>The metric does not exist.</source>
        <translation>Die Kennzahl existiert nicht.</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>Eine Kennzahl braucht einen Namen.</translation>
    </message>
    <message>
        <source>The critical threshold must be worse than the warning threshold.</source>
        <translation>Die kritische Schwelle muss schlechter sein als die Warnschwelle.</translation>
    </message>
    <message>
        <source>Edit metric &quot;%1&quot;</source>
        <translation>Kennzahl „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Two groups of cards cannot move to the same cell.</source>
        <translation>Zwei Gruppen von Karten können nicht in dieselbe Zelle verschoben werden.</translation>
    </message>
    <message>
        <source>No card is selected.</source>
        <translation>Keine Karte ist ausgewählt.</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Set the picture of %n card(s)</source>
        <translation>
            <numerusform>Bild von %n Karte festlegen</numerusform>
            <numerusform>Bild von %n Karten festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the picture of %n card(s)</source>
        <translation>
            <numerusform>Bild von %n Karte entfernen</numerusform>
            <numerusform>Bild von %n Karten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>A card holds at most %L1 characters of text and of notes.</source>
        <translation>Eine Karte fasst höchstens %L1 Zeichen Text und ebenso viele Zeichen Notizen.</translation>
    </message>
    <message>
        <source>The project file could not be written: %1</source>
        <translation>Die Projektdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>A note holds at most %L1 characters.</source>
        <translation>Eine Notiz fasst höchstens %L1 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n note(s)</source>
        <translation>
            <numerusform>%n Notiz zeigen</numerusform>
            <numerusform>%n Notizen zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Park %n note(s)</source>
        <translation>
            <numerusform>%n Notiz parken</numerusform>
            <numerusform>%n Notizen parken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n note(s)</source>
        <translation>
            <numerusform>%n Notiz verwerfen</numerusform>
            <numerusform>%n Notizen verwerfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n note(s) to the inbox</source>
        <translation>
            <numerusform>%n Notiz zurück in den Eingang</numerusform>
            <numerusform>%n Notizen zurück in den Eingang</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept or merge notes with their own commands.</source>
        <translation>Notizen werden mit eigenen Befehlen übernommen oder zusammengeführt.</translation>
    </message>
    <message>
        <source>The note does not exist.</source>
        <translation>Die Notiz gibt es nicht.</translation>
    </message>
    <message>
        <source>The note is already on the map or merged.</source>
        <translation>Die Notiz ist schon auf der Map oder zusammengeführt.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>From %1 (workshop)</source>
        <translation>Von %1 (Workshop)</translation>
    </message>
    <message>
        <source>Accept note</source>
        <translation>Notiz übernehmen</translation>
    </message>
    <message>
        <source>Choose at least two notes to merge.</source>
        <translation>Zum Zusammenführen mindestens zwei Notizen wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n note(s)</source>
        <translation>
            <numerusform>%n Notiz zusammenführen</numerusform>
            <numerusform>%n Notizen zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the open voting round first.</source>
        <translation>Bitte zuerst die offene Abstimmungsrunde schließen.</translation>
    </message>
    <message>
        <source>A voting round needs at least one card.</source>
        <translation>Eine Abstimmungsrunde braucht mindestens eine Karte.</translation>
    </message>
    <message>
        <source>Which of these matter most?</source>
        <translation>Was davon ist am wichtigsten?</translation>
    </message>
    <message>
        <source>The voting round does not exist.</source>
        <translation>Die Abstimmungsrunde gibt es nicht.</translation>
    </message>
    <message>
        <source>The voting round is closed.</source>
        <translation>Die Abstimmungsrunde ist geschlossen.</translation>
    </message>
    <message>
        <source>The card is not part of this voting round.</source>
        <translation>Die Karte gehört nicht zu dieser Abstimmungsrunde.</translation>
    </message>
    <message numerus="yes">
        <source>No dots left: each person has %n dot(s).</source>
        <translation>
            <numerusform>Keine Punkte mehr: Jede Person hat %n Punkt.</numerusform>
            <numerusform>Keine Punkte mehr: Jede Person hat %n Punkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dot(s) per card.</source>
        <translation>
            <numerusform>Höchstens %n Punkt pro Karte.</numerusform>
            <numerusform>Höchstens %n Punkte pro Karte.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no dot to take back.</source>
        <translation>Es gibt keinen Punkt zum Zurücknehmen.</translation>
    </message>
    <message>
        <source>Before importing &quot;%1&quot;</source>
        <translation>Vor dem Import von „%1“</translation>
    </message>
    <message>
        <source>A snapshot needs a name.</source>
        <translation>Ein Snapshot braucht einen Namen.</translation>
    </message>
    <message>
        <source>A snapshot&apos;s name can have at most %1 characters.</source>
        <translation>Der Name eines Snapshots darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is already a snapshot called &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Snapshot namens „%1“.</translation>
    </message>
    <message>
        <source>Take snapshot &quot;%1&quot;</source>
        <translation>Snapshot „%1“ anlegen</translation>
    </message>
    <message>
        <source>The snapshot does not exist.</source>
        <translation>Den Snapshot gibt es nicht.</translation>
    </message>
    <message>
        <source>Rename snapshot &quot;%1&quot;</source>
        <translation>Snapshot „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Delete snapshot &quot;%1&quot;</source>
        <translation>Snapshot „%1“ löschen</translation>
    </message>
    <message>
        <source>The snapshot &quot;%1&quot; cannot be read: %2.</source>
        <translation>Der Snapshot „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The snapshot &quot;%1&quot; holds no such journey.</source>
        <translation>Der Snapshot „%1“ enthält diese Journey nicht.</translation>
    </message>
    <message>
        <source>Restore snapshot &quot;%1&quot;</source>
        <translation>Snapshot „%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Before restoring &quot;%1&quot;</source>
        <translation>Vor dem Wiederherstellen von „%1“</translation>
    </message>
    <message>
        <source>%1 (restored from &quot;%2&quot;)</source>
        <translation>%1 (aus „%2“ wiederhergestellt)</translation>
    </message>
    <message>
        <source>The review interval is between 0 and %1 days.</source>
        <translation>Das Prüfintervall liegt zwischen 0 und %1 Tagen.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Ein Kommentar braucht Text.</translation>
    </message>
    <message>
        <source>A comment can have at most %1 characters.</source>
        <translation>Ein Kommentar darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The comment does not exist.</source>
        <translation>Den Kommentar gibt es nicht.</translation>
    </message>
    <message>
        <source>A comment belongs on a card, a stage or the journey.</source>
        <translation>Ein Kommentar gehört zu einer Karte, einer Phase oder der Journey.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>Auf Kommentar antworten</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Kommentar erledigen</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Kommentar wieder öffnen</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <source>A card cannot open its own journey.</source>
        <translation>Eine Karte kann nicht ihre eigene Journey öffnen.</translation>
    </message>
    <message>
        <source>The linked journey does not exist.</source>
        <translation>Die verknüpfte Journey gibt es nicht.</translation>
    </message>
    <message>
        <source>An insight needs some text.</source>
        <translation>Eine Erkenntnis braucht Text.</translation>
    </message>
    <message>
        <source>An insight holds at most %L1 characters of text, source and link.</source>
        <translation>Eine Erkenntnis fasst höchstens %L1 Zeichen Text, Quelle und Link.</translation>
    </message>
    <message>
        <source>Add insight</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
    <message>
        <source>The insight does not exist.</source>
        <translation>Die Erkenntnis gibt es nicht.</translation>
    </message>
    <message>
        <source>Edit insight</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
    <message>
        <source>Delete insight</source>
        <translation>Erkenntnis löschen</translation>
    </message>
    <message>
        <source>Select the cards that rest on the insight first.</source>
        <translation>Zuerst die Karten auswählen, die auf der Erkenntnis beruhen.</translation>
    </message>
    <message numerus="yes">
        <source>Link %n card(s) to insight</source>
        <translation>
            <numerusform>%n Karte mit Erkenntnis verknüpfen</numerusform>
            <numerusform>%n Karten mit Erkenntnis verknüpfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n card(s) from insight</source>
        <translation>
            <numerusform>Verknüpfung von %n Karte mit Erkenntnis lösen</numerusform>
            <numerusform>Verknüpfung von %n Karten mit Erkenntnis lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>A score is between %1 and %2.</source>
        <translation>Eine Bewertung liegt zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>What the card addresses must be a card or stage of its journey.</source>
        <translation>Worauf die Karte zielt, muss eine Karte oder Phase ihrer Journey sein.</translation>
    </message>
    <message>
        <source>Score opportunity</source>
        <translation>Chance bewerten</translation>
    </message>
    <message>
        <source>Change what the opportunity addresses</source>
        <translation>Ändern, worauf die Chance zielt</translation>
    </message>
    <message>
        <source>The priority formula cannot be used: %1.</source>
        <translation>Die Prioritätsformel kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Change priority formula</source>
        <translation>Prioritätsformel ändern</translation>
    </message>
    <message>
        <source>In a service blueprint a lane stays in its zone (%1); give it another zone to move it across a line.</source>
        <translation>In einem Service Blueprint bleibt eine Ebene in ihrer Zone (%1); geben Sie ihr eine andere Zone, um sie über eine Linie zu verschieben.</translation>
    </message>
    <message>
        <source>Show as service blueprint</source>
        <translation>Als Service Blueprint zeigen</translation>
    </message>
    <message>
        <source>Show as journey map</source>
        <translation>Als Journey Map zeigen</translation>
    </message>
    <message>
        <source>An arrow joins two cards of the same journey.</source>
        <translation>Ein Pfeil verbindet zwei Karten derselben Journey.</translation>
    </message>
    <message>
        <source>An arrow cannot point at the card it starts from.</source>
        <translation>Ein Pfeil kann nicht auf die Karte zeigen, von der er ausgeht.</translation>
    </message>
    <message>
        <source>An arrow&apos;s label can have at most %1 characters.</source>
        <translation>Die Beschriftung eines Pfeils kann höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>These cards are joined by that arrow already.</source>
        <translation>Diese Karten sind bereits durch diesen Pfeil verbunden.</translation>
    </message>
    <message>
        <source>Draw arrow</source>
        <translation>Pfeil zeichnen</translation>
    </message>
    <message>
        <source>The arrow does not exist.</source>
        <translation>Den Pfeil gibt es nicht.</translation>
    </message>
    <message>
        <source>Edit arrow</source>
        <translation>Pfeil bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n arrow(s)</source>
        <translation>
            <numerusform>%n Pfeil löschen</numerusform>
            <numerusform>%n Pfeile löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import journey &quot;%1&quot;</source>
        <translation>Journey „%1“ importieren</translation>
    </message>
</context>
<context>
    <name>waymark::EventLogDialog</name>
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
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <source>&amp;Next: Match to the Map...</source>
        <translation>&amp;Weiter: Der Map zuordnen …</translation>
    </message>
    <message>
        <source>Import Event Log &quot;%1&quot;</source>
        <translation>Ereignisprotokoll „%1“ importieren</translation>
    </message>
    <message>
        <source>First rows of the log</source>
        <translation>Erste Zeilen des Protokolls</translation>
    </message>
    <message>
        <source>Figures per touchpoint</source>
        <translation>Zahlen je Kontaktpunkt</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Ausgelassene Zeilen</translation>
    </message>
    <message>
        <source>Times written with Z or an offset (+01:00) keep it; times without one are read in this zone. The periods are cut in it too.</source>
        <translation>Zeiten mit Z oder einem Versatz (+01:00) behalten ihn; Zeiten ohne werden in dieser Zone gelesen. Auch die Zeiträume werden in ihr eingeteilt.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Nach Quartal</translation>
    </message>
    <message>
        <source>The funnel follows this journey&apos;s stages: the cases reaching each stage and the conversion from the stage before.</source>
        <translation>Der Trichter folgt den Phasen dieser Journey: die Fälle, die jede Phase erreichen, und die Konversion aus der vorigen Phase.</translation>
    </message>
    <message>
        <source>&amp;Case (customer, session):</source>
        <translation>&amp;Fall (Kunde, Sitzung):</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>&amp;Activity (touchpoint):</source>
        <translation>&amp;Aktivität (Kontaktpunkt):</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>&amp;Lebenszyklus:</translation>
    </message>
    <message>
        <source>Times without &amp;zone:</source>
        <translation>Zeiten ohne Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>Cut by &amp;period:</source>
        <translation>Nach &amp;Zeitraum teilen:</translation>
    </message>
    <message>
        <source>&amp;Funnel of:</source>
        <translation>T&amp;richter von:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Check the columns, then Analyze.</source>
        <translation>Prüfen Sie die Spalten, dann Analysieren.</translation>
    </message>
    <message>
        <source>Waymark cannot tell which columns hold the case, the time and the activity: choose them, then Analyze.</source>
        <translation>Waymark kann nicht erkennen, welche Spalten Fall, Zeit und Aktivität enthalten: Wählen Sie sie, dann Analysieren.</translation>
    </message>
    <message>
        <source>The choices changed: Analyze again.</source>
        <translation>Die Auswahl hat sich geändert: Analysieren Sie erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no time zone Waymark knows (e.g. Europe/Berlin, UTC).</source>
        <translation>„%1“ ist keine Zeitzone, die Waymark kennt (z. B. Europe/Berlin, UTC).</translation>
    </message>
    <message>
        <source>Reading the log...</source>
        <translation>Protokoll wird gelesen …</translation>
    </message>
    <message>
        <source>%1 events of %2 cases at %3 touchpoints; %4 distinct paths.</source>
        <translation>%1 Ereignisse von %2 Fällen an %3 Kontaktpunkten; %4 verschiedene Pfade.</translation>
    </message>
    <message>
        <source>A case takes %1 (median), %2 at the 90th percentile.</source>
        <translation>Ein Fall dauert %1 (Median), %2 im 90. Perzentil.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out by their lifecycle (start, schedule, ...).</source>
        <translation>
            <numerusform>%n Zeile wegen ihres Lebenszyklus ausgelassen (start, schedule, …).</numerusform>
            <numerusform>%n Zeilen wegen ihres Lebenszyklus ausgelassen (start, schedule, …).</numerusform>
        </translation>
    </message>
    <message>
        <source>Most frequent path (%1 %): %2</source>
        <translation>Häufigster Pfad (%1 %): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and are left out:</source>
        <translation>
            <numerusform>%n Zeile ist nicht lesbar und wird ausgelassen:</numerusform>
            <numerusform>%n Zeilen sind nicht lesbar und werden ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Repeaters</source>
        <translation>Wiederholer</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einstiege</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Ausstiege</translation>
    </message>
    <message>
        <source>Exit rate</source>
        <translation>Ausstiegsrate</translation>
    </message>
    <message>
        <source>Median dwell</source>
        <translation>Verweildauer Median</translation>
    </message>
    <message>
        <source>P90 dwell</source>
        <translation>Verweildauer P90</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Draft a Journey</source>
        <translation>Journey &amp;entwerfen</translation>
    </message>
    <message>
        <source>A new journey whose touchpoint lane holds the log&apos;s most frequent activities in their typical order, cut into stages, with the figures on them. Edit it from there.</source>
        <translation>Eine neue Journey, deren Kontaktpunkt-Ebene die häufigsten Aktivitäten des Protokolls in ihrer üblichen Reihenfolge enthält, in Phasen geteilt, mit den Zahlen daran. Von dort aus bearbeiten.</translation>
    </message>
    <message>
        <source>Stages of a d&amp;raft:</source>
        <translation>Phasen eines Ent&amp;wurfs:</translation>
    </message>
    <message>
        <source>A stage for each value of this column (a funnel step, a page group): each activity goes to the value most of its events carry, the stages in the order their events come</source>
        <translation>Eine Phase für jeden Wert dieser Spalte (ein Trichterschritt, eine Seitengruppe): jede Aktivität kommt zu dem Wert, den die meisten ihrer Ereignisse tragen, die Phasen in der Reihenfolge ihrer Ereignisse</translation>
    </message>
    <message>
        <source>or &amp;by column:</source>
        <translation>oder nach &amp;Spalte:</translation>
    </message>
    <message>
        <source>(cut into stages)</source>
        <translation>(in Phasen teilen)</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; gives no stages: no activity has values in it.</source>
        <translation>Die Spalte „%1“ ergibt keine Phasen: keine Aktivität hat Werte darin.</translation>
    </message>
</context>
<context>
    <name>waymark::EvidencePanel</name>
    <message>
        <source>Search insights, sources and tags</source>
        <translation>Erkenntnisse, Quellen und Tags durchsuchen</translation>
    </message>
    <message>
        <source>Search insights</source>
        <translation>Erkenntnisse durchsuchen</translation>
    </message>
    <message>
        <source>Show insights of kind</source>
        <translation>Erkenntnisse dieser Art zeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an insight (linked to the selected cards)</source>
        <translation>Eine Erkenntnis hinzufügen (mit den ausgewählten Karten verknüpft)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Change the insight</source>
        <translation>Die Erkenntnis ändern</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Link the selected cards to the insight</source>
        <translation>Die ausgewählten Karten mit der Erkenntnis verknüpfen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Select the cards of this journey that rest on the insight</source>
        <translation>Die Karten dieser Journey auswählen, die auf der Erkenntnis beruhen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the insight&apos;s link or file</source>
        <translation>Den Link oder die Datei der Erkenntnis öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the insight; its cards lose the link</source>
        <translation>Die Erkenntnis löschen; ihre Karten verlieren die Verknüpfung</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>How much of the journey rests on evidence</source>
        <translation>Wie viel der Journey auf Evidenz beruht</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>No insights yet. Add the interview quotes, survey results, analytics findings and tickets your map rests on, then link cards to them.</source>
        <translation>Noch keine Erkenntnisse. Die Interviewzitate, Umfrageergebnisse, Analysebefunde und Tickets hinzufügen, auf denen die Map beruht, und dann Karten mit ihnen verknüpfen.</translation>
    </message>
    <message>
        <source>No insight matches.</source>
        <translation>Keine Erkenntnis passt.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Unlink the selected cards from the insight</source>
        <translation>Die Verknüpfung der ausgewählten Karten mit der Erkenntnis lösen</translation>
    </message>
    <message>
        <source>Add Insight</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
    <message>
        <source>Edit Insight</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
    <message>
        <source>Link Insight</source>
        <translation>Erkenntnis verknüpfen</translation>
    </message>
    <message>
        <source>Delete Insight</source>
        <translation>Erkenntnis löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) rest on this insight. Delete it and unlink them?</source>
        <translation>
            <numerusform>%n Karte beruht auf dieser Erkenntnis. Die Erkenntnis löschen und die Verknüpfung lösen?</numerusform>
            <numerusform>%n Karten beruhen auf dieser Erkenntnis. Die Erkenntnis löschen und die Verknüpfungen lösen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ExportDialog</name>
    <message>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Querformat</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Hochformat</translation>
    </message>
    <message>
        <source>&amp;Fit on one page</source>
        <translation>Auf eine Seite &amp;einpassen</translation>
    </message>
    <message>
        <source>Poster over &amp;pages:</source>
        <translation>Poster über &amp;Seiten:</translation>
    </message>
    <message>
        <source>Poster at &amp;scale:</source>
        <translation>Poster im &amp;Maßstab:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Crop marks</source>
        <translation>Schnitt&amp;marken</translation>
    </message>
    <message>
        <source>&amp;Title block</source>
        <translation>&amp;Titelblock</translation>
    </message>
    <message>
        <source>Persona s&amp;heets</source>
        <translation>Persona-Steck&amp;briefe</translation>
    </message>
    <message>
        <source>Transparent &amp;background</source>
        <translation>Transparenter &amp;Hintergrund</translation>
    </message>
    <message>
        <source>Whole &amp;page at this resolution</source>
        <translation>Ganze &amp;Seite in dieser Auflösung</translation>
    </message>
    <message>
        <source>Byte order mark (for &amp;Excel)</source>
        <translation>Byte-Order-Mark (für &amp;Excel)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation>Aktuelle Journey</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle Journeys</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ; (German Excel)</source>
        <translation>Semikolon ; (deutsches Excel)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Rand:</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>Über&amp;lappung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Journeys:</source>
        <translation>&amp;Journeys:</translation>
    </message>
    <message>
        <source>Preview of page</source>
        <translation>Vorschau der Seite</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message numerus="yes">
        <source>of %n page(s)</source>
        <translation>
            <numerusform>von %n Seite</numerusform>
            <numerusform>von %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Numbered &amp;discs on the worst friction points</source>
        <translation>Nummerierte &amp;Scheiben auf den größten Reibungspunkten</translation>
    </message>
    <message>
        <source>A page of c&amp;harts after each map</source>
        <translation>Eine Seite mit &amp;Diagrammen nach jeder Map</translation>
    </message>
    <message>
        <source>No overlay</source>
        <translation>Keine Einblendung</translation>
    </message>
    <message>
        <source>O&amp;verlay:</source>
        <translation>E&amp;inblendung:</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>Dot-&amp;voting results</source>
        <translation>Ergebnisse der Punkte-&amp;Abstimmung</translation>
    </message>
    <message>
        <source>A page of results after each journey that has voting rounds</source>
        <translation>Eine Ergebnisseite nach jeder Journey mit Abstimmungsrunden</translation>
    </message>
    <message>
        <source>Event-log f&amp;low</source>
        <translation>&amp;Fluss des Ereignisprotokolls</translation>
    </message>
    <message>
        <source>A page with the flow of the event log imported onto a journey</source>
        <translation>Eine Seite mit dem Fluss des auf eine Journey importierten Ereignisprotokolls</translation>
    </message>
    <message>
        <source>Co&amp;mments as numbered notes</source>
        <translation>&amp;Kommentare als nummerierte Notizen</translation>
    </message>
    <message>
        <source>Numbers on the commented cards and a page of the comment threads after each map</source>
        <translation>Nummern auf den kommentierten Karten und eine Seite mit den Kommentar-Diskussionen nach jeder Map</translation>
    </message>
    <message>
        <source>A page after each map: how much of each stage and lane rests on evidence, and the assumptions with most friction attached</source>
        <translation>Eine Seite nach jeder Map: wie viel jeder Phase und Ebene auf Evidenz beruht, und die Annahmen mit der meisten Reibung</translation>
    </message>
    <message>
        <source>Research covera&amp;ge</source>
        <translation>Forschungsabdeckun&amp;g</translation>
    </message>
    <message>
        <source>Opportunity matri&amp;x</source>
        <translation>Chancen-Matri&amp;x</translation>
    </message>
    <message>
        <source>A page with the opportunity matrix and its ranked list after each map that has opportunities</source>
        <translation>Eine Seite mit der Chancen-Matrix und ihrer Rangliste nach jeder Map, die Chancen hat</translation>
    </message>
    <message>
        <source>This format always holds the whole project</source>
        <translation>Dieses Format enthält immer das ganze Projekt</translation>
    </message>
    <message>
        <source>O&amp;ne slide per stage</source>
        <translation>Ei&amp;ne Folie pro Phase</translation>
    </message>
    <message>
        <source>After each journey&apos;s map, a slide for each of its stages with its cards as a table, lane by lane: readable when the map is large</source>
        <translation>Nach der Map jeder Journey eine Folie für jede ihrer Phasen, mit ihren Karten als Tabelle, Ebene für Ebene: lesbar, auch wenn die Map groß ist</translation>
    </message>
</context>
<context>
    <name>waymark::FileActions</name>
    <message>
        <source>Waymark projects (*.waymark)</source>
        <translation>Waymark-Projekte (*.waymark)</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Project in Use</source>
        <translation>Projekt in Verwendung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use: %2.

Open it read-only?</source>
        <translation>„%1“ wird verwendet: %2.

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>it is open in another window</source>
        <translation>es ist in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Waymark cannot open &quot;%1&quot;:
%2</source>
        <translation>Waymark kann „%1“ nicht öffnen:
%2</translation>
    </message>
    <message>
        <source>Older Project File</source>
        <translation>Ältere Projektdatei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by an older version of Waymark. It will be upgraded when you first change it; a backup copy of the original is kept next to it.</source>
        <translation>„%1“ wurde mit einer älteren Version von Waymark gespeichert. Die Datei wird bei der ersten Änderung aktualisiert; eine Sicherungskopie des Originals wird daneben abgelegt.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Cannot Create Project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot Open Sample</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Waymark cannot save &quot;%1&quot;:
%2</source>
        <translation>Waymark kann „%1“ nicht speichern:
%2</translation>
    </message>
    <message>
        <source>Save the project &quot;%1&quot; before closing?</source>
        <translation>Projekt „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Some changes could not be written to &quot;%1&quot; (%2). Save a copy before closing?</source>
        <translation>Einige Änderungen konnten nicht in „%1“ geschrieben werden (%2). Vor dem Schließen eine Kopie speichern?</translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation>Projekt schließen</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungesicherte Arbeit wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Waymark found %n unsaved project(s) from an earlier session.</source>
        <translation>
            <numerusform>Waymark hat %n ungesichertes Projekt aus einer früheren Sitzung gefunden.</numerusform>
            <numerusform>Waymark hat %n ungesicherte Projekte aus einer früheren Sitzung gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered projects open as untitled; use Save As to keep them.</source>
        <translation>Wiederhergestellte Projekte öffnen sich als unbenannt; mit „Speichern unter“ behalten Sie sie.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Side File Set Aside</source>
        <translation>Nebendatei beiseitegelegt</translation>
    </message>
    <message>
        <source>While opening &quot;%1&quot;:
%2</source>
        <translation>Beim Öffnen von „%1“:
%2</translation>
    </message>
    <message>
        <source>New Project from &amp;JSON...</source>
        <translation>Neues Projekt aus &amp;JSON …</translation>
    </message>
    <message>
        <source>Make a project from its JSON form, as Export writes it for git</source>
        <translation>Ein Projekt aus seiner JSON-Form erstellen, wie der Export sie für Git schreibt</translation>
    </message>
    <message>
        <source>New Project from JSON</source>
        <translation>Neues Projekt aus JSON</translation>
    </message>
    <message>
        <source>Waymark projects in JSON (*.json)</source>
        <translation>Waymark-Projekte in JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot Read JSON</source>
        <translation>JSON kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Waymark cannot make a project from &quot;%1&quot;:
%2</source>
        <translation>Waymark kann aus „%1“ kein Projekt erstellen:
%2</translation>
    </message>
    <message>
        <source>&amp;Merge Copies...</source>
        <translation>Kopien &amp;zusammenführen …</translation>
    </message>
    <message>
        <source>Bring together two copies of a project that were edited apart</source>
        <translation>Zwei getrennt bearbeitete Kopien eines Projekts zusammenführen</translation>
    </message>
</context>
<context>
    <name>waymark::FindBar</name>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close find and filters</source>
        <translation>Suche und Filter schließen</translation>
    </message>
    <message>
        <source>Find cards</source>
        <translation>Karten suchen</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Nur zeigen:</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by channel</source>
        <translation>Nach Kanal filtern</translation>
    </message>
    <message>
        <source>Filter by persona</source>
        <translation>Nach Persona filtern</translation>
    </message>
    <message>
        <source>Filter by evidence</source>
        <translation>Nach Evidenz filtern</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation>Alle Personas</translation>
    </message>
    <message>
        <source>Any evidence</source>
        <translation>Jede Evidenz</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>waymark::FlowPanel</name>
    <message>
        <source>&amp;Save as PNG or SVG...</source>
        <translation>Als PNG oder SVG &amp;speichern …</translation>
    </message>
    <message>
        <source>Flow of the event log</source>
        <translation>Fluss des Ereignisprotokolls</translation>
    </message>
    <message>
        <source>From %1: %2 cases, %3 events. Arrows as wide as the transitions are frequent; exits in red. Click a box to select its cards.</source>
        <translation>Aus %1: %2 Fälle, %3 Ereignisse. Pfeile so breit, wie die Übergänge häufig sind; Ausstiege in Rot. Ein Klick auf einen Kasten wählt seine Karten aus.</translation>
    </message>
    <message>
        <source>No event log on this journey yet: File &gt; Import Event Log... shows here how customers move between the touchpoints.</source>
        <translation>Noch kein Ereignisprotokoll auf dieser Journey: Datei &gt; Ereignisprotokoll importieren … zeigt hier, wie Kunden sich zwischen den Kontaktpunkten bewegen.</translation>
    </message>
    <message>
        <source>Save Flow</source>
        <translation>Fluss speichern</translation>
    </message>
    <message>
        <source>flow.png</source>
        <translation>fluss.png</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>waymark::FrictionPanel</name>
    <message>
        <source>Friction points</source>
        <translation>Reibungspunkte</translation>
    </message>
    <message>
        <source>No friction: every value is within its thresholds.</source>
        <translation>Keine Reibung: Jeder Wert liegt innerhalb seiner Schwellen.</translation>
    </message>
    <message>
        <source>The map and the data disagree here.</source>
        <translation>Map und Daten widersprechen sich hier.</translation>
    </message>
    <message>
        <source>Import metrics (File &gt; Import Metrics..., or drop a CSV or Excel file on the window) to see where customers struggle.</source>
        <translation>Importieren Sie Kennzahlen (Datei &gt; Kennzahlen importieren … oder eine CSV- bzw. Excel-Datei auf das Fenster ziehen), um zu sehen, wo Kunden kämpfen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation>Neuester Zeitraum</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <source>%1 — friction %2
%3</source>
        <translation>%1 – Reibung %2
%3</translation>
    </message>
    <message>
        <source>Rank %1: %2</source>
        <translation>Rang %1: %2</translation>
    </message>
    <message>
        <source>Not judged: %1, because %2</source>
        <translation>Nicht bewertet: %1, weil %2</translation>
    </message>
    <message>
        <source>Double-click to set its direction and thresholds</source>
        <translation>Doppelklicken, um Richtung und Schwellen festzulegen</translation>
    </message>
</context>
<context>
    <name>waymark::HelpWindow</name>
    <message>
        <source>Waymark User Guide</source>
        <translation>Waymark Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Keeps the sections that hold every word and marks each place; Enter goes to the next (Ctrl+F)</source>
        <translation>Behält die Abschnitte, die jedes Wort enthalten, und markiert jede Stelle; Eingabe geht zur nächsten (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>The guide with its pictures as a PDF to print or send</source>
        <translation>Das Handbuch mit seinen Bildern als PDF zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the User Guide</source>
        <translation>Benutzerhandbuch exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export the Guide</source>
        <translation>Handbuch kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>waymark::ImportDialog</name>
    <message>
        <source>&amp;Long: a row per target, metric and value</source>
        <translation>&amp;Lang: eine Zeile je Ziel, Kennzahl und Wert</translation>
    </message>
    <message>
        <source>&amp;Wide: a row per target, a column per metric</source>
        <translation>&amp;Breit: eine Zeile je Ziel, eine Spalte je Kennzahl</translation>
    </message>
    <message>
        <source>Import Metrics from &quot;%1&quot;</source>
        <translation>Kennzahlen aus „%1“ importieren</translation>
    </message>
    <message>
        <source>Decimal point (1,234.5)</source>
        <translation>Dezimalpunkt (1,234.5)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,5)</source>
        <translation>Dezimalkomma (1.234,5)</translation>
    </message>
    <message>
        <source>Table preview</source>
        <translation>Tabellenvorschau</translation>
    </message>
    <message>
        <source>Metric columns</source>
        <translation>Kennzahlspalten</translation>
    </message>
    <message>
        <source>Targets without a match</source>
        <translation>Ziele ohne Treffer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <source>&amp;Target column:</source>
        <translation>&amp;Zielspalte:</translation>
    </message>
    <message>
        <source>&amp;Metric column:</source>
        <translation>&amp;Kennzahlspalte:</translation>
    </message>
    <message>
        <source>&amp;Value column:</source>
        <translation>&amp;Wertspalte:</translation>
    </message>
    <message>
        <source>Metric columns:</source>
        <translation>Kennzahlspalten:</translation>
    </message>
    <message>
        <source>&amp;Period column:</source>
        <translation>&amp;Zeitraumspalte:</translation>
    </message>
    <message>
        <source>Se&amp;gment column:</source>
        <translation>Se&amp;gmentspalte:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Zahlen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>The table&apos;s %n row(s) bring: %1.</source>
        <translation>
            <numerusform>Die %n Zeile der Tabelle bringt: %1.</numerusform>
            <numerusform>Die %n Zeilen der Tabelle bringen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) bring: %1. The import reads them all.</source>
        <translation>
            <numerusform>Die erste Zeile bringt: %1. Der Import liest alle.</numerusform>
            <numerusform>Die ersten %n Zeilen bringen: %1. Der Import liest alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, … (%n row(s))</source>
        <translation>
            <numerusform>%1, … (%n Zeile)</numerusform>
            <numerusform>%1, … (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>Verstanden als</translation>
    </message>
    <message>
        <source>Better is</source>
        <translation>Besser ist</translation>
    </message>
    <message>
        <source>In the table</source>
        <translation>In der Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Vorschlag verwenden</translation>
    </message>
    <message>
        <source>Without a match</source>
        <translation>Ohne Treffer</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Import is not possible: the table has %n problem(s), listed under Problems. Nothing is imported until all are solved.</source>
        <translation>
            <numerusform>Import nicht möglich: Die Tabelle hat %n Problem, aufgeführt unter „Probleme“. Nichts wird importiert, bevor es gelöst ist.</numerusform>
            <numerusform>Import nicht möglich: Die Tabelle hat %n Probleme, aufgeführt unter „Probleme“. Nichts wird importiert, bevor alle gelöst sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import is not possible: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>Nothing to import: the project has these values already.</source>
        <translation>Nichts zu importieren: Das Projekt hat diese Werte schon.</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Recognised from %1</source>
        <translation>Erkannt an %1</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>Which way is better for %1</source>
        <translation>Welche Richtung ist bei %1 besser</translation>
    </message>
    <message>
        <source>Metrics (%1)</source>
        <translation>Kennzahlen (%1)</translation>
    </message>
    <message>
        <source>Waymark cannot tell whether a higher or a lower value is better for %1. Check “Better is” under Metrics: the choice is kept in the project.</source>
        <translation>Waymark kann nicht erkennen, ob bei %1 ein höherer oder ein niedrigerer Wert besser ist. Prüfen Sie „Besser ist“ unter „Kennzahlen“: Die Wahl bleibt im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>no similar card or stage</source>
        <translation>keine ähnliche Karte oder Phase</translation>
    </message>
    <message>
        <source>Without a match (%1)</source>
        <translation>Ohne Treffer (%1)</translation>
    </message>
    <message>
        <source>“%1” cannot be read as “%2”: the table has values for “%2” already in the same periods and segments, and a card takes each value once.</source>
        <translation>„%1“ kann nicht als „%2“ gelesen werden: Die Tabelle hat für „%2“ schon Werte in denselben Zeiträumen und Segmenten, und eine Karte nimmt jeden Wert nur einmal.</translation>
    </message>
    <message>
        <source>The figures computed from the file bring: %1.</source>
        <translation>Die aus der Datei berechneten Zahlen bringen: %1.</translation>
    </message>
</context>
<context>
    <name>waymark::InlineEditor</name>
    <message>
        <source>Card text</source>
        <translation>Kartentext</translation>
    </message>
</context>
<context>
    <name>waymark::InsightDialog</name>
    <message>
        <source>&amp;Known:</source>
        <translation>&amp;Bekannt:</translation>
    </message>
    <message>
        <source>Add Insight</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
    <message>
        <source>Edit Insight</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
    <message>
        <source>The quote or the finding, e.g. &quot;I never found the monthly price.&quot;</source>
        <translation>Das Zitat oder der Befund, z. B. „Ich habe den Monatspreis nie gefunden.“</translation>
    </message>
    <message>
        <source>Who or where, e.g. Interview P3, NPS survey Q1</source>
        <translation>Wer oder wo, z. B. Interview P3, NPS-Umfrage Q1</translation>
    </message>
    <message>
        <source>A web address or a file path</source>
        <translation>Eine Webadresse oder ein Dateipfad</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Insight:</source>
        <translation>&amp;Erkenntnis:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Cards linked to it count as observed: seen in data or behaviour.</source>
        <translation>Damit verknüpfte Karten gelten als beobachtet: in Daten oder Verhalten gesehen.</translation>
    </message>
    <message>
        <source>Cards linked to it count as reported: what people said.</source>
        <translation>Damit verknüpfte Karten gelten als berichtet: was Menschen gesagt haben.</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyDialog</name>
    <message>
        <source>Reviewed today</source>
        <translation>Heute geprüft</translation>
    </message>
    <message>
        <source>Journey Properties</source>
        <translation>Journey-Eigenschaften</translation>
    </message>
    <message>
        <source>Who keeps this map up to date</source>
        <translation>Wer diese Map aktuell hält</translation>
    </message>
    <message>
        <source>no review</source>
        <translation>keine Prüfung</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Zu&amp;stand:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Review every:</source>
        <translation>&amp;Prüfen alle:</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Zuletzt geprüft:</translation>
    </message>
    <message>
        <source>This journey is %1.</source>
        <translation>Diese Journey ist %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) carry data older than the review interval.</source>
        <translation>
            <numerusform>%n Karte trägt Daten, die älter als das Prüfintervall sind.</numerusform>
            <numerusform>%n Karten tragen Daten, die älter als das Prüfintervall sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::JourneyPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a journey</source>
        <translation>Journey hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the journey</source>
        <translation>Journey umbenennen</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Duplicate as future state</source>
        <translation>Als Soll-Zustand duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the journey</source>
        <translation>Journey löschen</translation>
    </message>
    <message>
        <source>Add Journey</source>
        <translation>Journey hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new journey:</source>
        <translation>Name der neuen Journey:</translation>
    </message>
    <message>
        <source>Rename Journey</source>
        <translation>Journey umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete Journey</source>
        <translation>Journey löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the journey &quot;%1&quot; with its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Journey „%1“ mit ihrer %n Karte löschen? Sie können das rückgängig machen.</numerusform>
            <numerusform>Journey „%1“ mit ihren %n Karten löschen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the journey up</source>
        <translation>Journey nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the journey down</source>
        <translation>Journey nach unten verschieben</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Review every %n day(s)</source>
        <translation>
            <numerusform>Prüfung jeden Tag</numerusform>
            <numerusform>Prüfung alle %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ListEditor</name>
    <message>
        <source>Add an entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys im Projekt</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Map ein&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>&amp;Über Waymark</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Changes could not be saved: %1</source>
        <translation>Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>%1 (not saved to a file yet)</source>
        <translation>%1 (noch nicht als Datei gespeichert)</translation>
    </message>
    <message>
        <source>%1[*] — Waymark</source>
        <translation>%1[*] — Waymark</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Kept safe as untitled work</source>
        <translation>Als unbenannte Arbeit gesichert</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>Über Waymark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Customer journey mapping for CX workshops, offline.&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Customer-Journey-Mapping für CX-Workshops, offline.&lt;/p&gt;&lt;p&gt;Lizenz: GNU GPL Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Bausteine</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Find and Filter...</source>
        <translation>&amp;Suchen und Filtern …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>An &amp;Breite anpassen</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit Map</source>
        <translation>Map einpassen</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Copy &amp;Map as Image</source>
        <translation>&amp;Map als Bild kopieren</translation>
    </message>
    <message>
        <source>The map is on the clipboard.</source>
        <translation>Die Map liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The map could not be copied: %1</source>
        <translation>Die Map konnte nicht kopiert werden: %1</translation>
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
        <source>Friction</source>
        <translation>Reibung</translation>
    </message>
    <message>
        <source>&amp;Import Metrics...</source>
        <translation>Kennzahlen &amp;importieren …</translation>
    </message>
    <message>
        <source>Import Metrics</source>
        <translation>Kennzahlen importieren</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed values.</source>
        <translation>%1 neue und %2 geänderte Werte importiert.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>F&amp;ocus on Map</source>
        <translation>&amp;Nur die Map zeigen</translation>
    </message>
    <message>
        <source>Hide all panels, or show them again</source>
        <translation>Alle Seitenleisten aus- oder wieder einblenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Exported “%1”.</source>
        <translation>„%1“ exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files.</source>
        <translation>
            <numerusform>%n Datei exportiert.</numerusform>
            <numerusform>%n Dateien exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Timer %1</source>
        <translation>Timer %1</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation>Die Zeit ist um.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Full screen for the projector, one stage at a time (Esc leaves)</source>
        <translation>Vollbild für den Beamer, Phase für Phase (Esc beendet)</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>Präsentieren &amp;auf</translation>
    </message>
    <message>
        <source>%1 (%2 x %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Invite Participants...</source>
        <translation>Teilnehmende &amp;einladen …</translation>
    </message>
    <message>
        <source>Show &amp;Join Code Large</source>
        <translation>Teilnahmecode &amp;groß zeigen</translation>
    </message>
    <message>
        <source>&amp;End Workshop</source>
        <translation>Workshop &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause or Resume</source>
        <translation>&amp;Anhalten oder Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation>Eine Minute &amp;dazu</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Start &amp;Voting...</source>
        <translation>&amp;Abstimmung starten …</translation>
    </message>
    <message>
        <source>&amp;Close Voting</source>
        <translation>Abstimmung &amp;schließen</translation>
    </message>
    <message>
        <source>Import &amp;Event Log...</source>
        <translation>&amp;Ereignisprotokoll importieren …</translation>
    </message>
    <message>
        <source>Import Event Log</source>
        <translation>Ereignisprotokoll importieren</translation>
    </message>
    <message>
        <source>Event logs (*.csv *.txt *.tsv)</source>
        <translation>Ereignisprotokolle (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Import &amp;Survey Responses...</source>
        <translation>&amp;Umfrageantworten importieren …</translation>
    </message>
    <message>
        <source>Import Survey Responses</source>
        <translation>Umfrageantworten importieren</translation>
    </message>
    <message>
        <source>Draft Journey from &quot;%1&quot;</source>
        <translation>Journey aus „%1“ entwerfen</translation>
    </message>
    <message>
        <source>Drafted &quot;%1&quot; with %2 values from the log.</source>
        <translation>„%1“ mit %2 Werten aus dem Protokoll entworfen.</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot...</source>
        <translation>&amp;Snapshot anlegen …</translation>
    </message>
    <message>
        <source>Keep the journey or the whole project as it is now, inside the file</source>
        <translation>Die Journey oder das ganze Projekt so, wie sie jetzt sind, in der Datei festhalten</translation>
    </message>
    <message>
        <source>S&amp;napshots...</source>
        <translation>Snapshots &amp;verwalten …</translation>
    </message>
    <message>
        <source>&amp;Compare...</source>
        <translation>Ver&amp;gleichen …</translation>
    </message>
    <message>
        <source>Compare two journeys, or a journey with a snapshot</source>
        <translation>Zwei Journeys vergleichen oder eine Journey mit einem Snapshot</translation>
    </message>
    <message>
        <source>&amp;Properties...</source>
        <translation>&amp;Eigenschaften …</translation>
    </message>
    <message>
        <source>Name, goal, state, owner, status and review of the journey</source>
        <translation>Name, Ziel, Zustand, Verantwortliche, Status und Prüfung der Journey</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Back to the journey that links here (Alt+Up)</source>
        <translation>Zurück zur Journey, die hierher verknüpft (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>&amp;Research Coverage...</source>
        <translation>&amp;Forschungsabdeckung …</translation>
    </message>
    <message>
        <source>How much of each stage and lane rests on evidence, and the assumptions with most friction attached</source>
        <translation>Wie viel jeder Phase und Ebene auf Evidenz beruht, und die Annahmen mit der meisten Reibung</translation>
    </message>
    <message>
        <source>&amp;Opportunity Matrix...</source>
        <translation>&amp;Chancen-Matrix …</translation>
    </message>
    <message>
        <source>Opportunities by customer value, business value and effort, in quadrants, ranked by the priority formula</source>
        <translation>Chancen nach Kundennutzen, Geschäftsnutzen und Aufwand, in Quadranten, geordnet nach der Prioritätsformel</translation>
    </message>
    <message>
        <source>Import &amp;Mermaid Journey...</source>
        <translation>&amp;Mermaid-Journey importieren …</translation>
    </message>
    <message>
        <source>Add a Mermaid journey diagram as a new journey: sections become stages, tasks customer actions, scores feelings, actors personas</source>
        <translation>Ein Mermaid-Journey-Diagramm als neue Journey hinzufügen: Abschnitte werden Phasen, Aufgaben Kundenaktionen, Bewertungen Gefühle, Akteure Personas</translation>
    </message>
    <message>
        <source>Import Mermaid Journey</source>
        <translation>Mermaid-Journey importieren</translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd *.mermaid *.md *.txt);;All files (*)</source>
        <translation>Mermaid-Diagramme (*.mmd *.mermaid *.md *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The journey could not be imported.

%1</source>
        <translation>Die Journey konnte nicht importiert werden.

%1</translation>
    </message>
    <message>
        <source>Import Events from &amp;Database...</source>
        <translation>Ereignisse aus &amp;Datenbank importieren …</translation>
    </message>
    <message>
        <source>Compute the event-log figures inside a PostgreSQL database and put them on the map</source>
        <translation>Die Kennzahlen des Ereignisprotokolls in einer PostgreSQL-Datenbank berechnen und auf die Map bringen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Add a lane of a kind (actions, touchpoints, feelings, ...)</source>
        <translation>Eine Ebene einer Art hinzufügen (Aktionen, Kontaktpunkte, Gefühle, …)</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Tour of the Canvas</source>
        <translation>&amp;Rundgang durch die Map</translation>
    </message>
</context>
<context>
    <name>waymark::MapView</name>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;, lane &quot;%2&quot;</source>
        <translation>Phase „%1“, Ebene „%2“</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot;</source>
        <translation>Karte „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected</source>
        <translation>
            <numerusform>%n Karte ausgewählt</numerusform>
            <numerusform>%n Karten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>The picture cannot be used: %1</source>
        <translation>Das Bild kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Select the card or cell above, below, left or right</source>
        <translation>Karte oder Zelle darüber, darunter, links oder rechts auswählen</translation>
    </message>
    <message>
        <source>Shift+Arrows</source>
        <translation>Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation>Zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Alt+Arrows</source>
        <translation>Alt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation>Die ausgewählten Karten verschieben</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Eingabe, F2</translation>
    </message>
    <message>
        <source>Edit the selected card, or add a card to the current cell</source>
        <translation>Die ausgewählte Karte bearbeiten oder eine Karte in die aktuelle Zelle einfügen</translation>
    </message>
    <message>
        <source>Commit the text being edited</source>
        <translation>Den bearbeiteten Text übernehmen</translation>
    </message>
    <message>
        <source>Cancel editing or dragging; clear the selection</source>
        <translation>Bearbeiten oder Ziehen abbrechen; Auswahl aufheben</translation>
    </message>
    <message>
        <source>Open the context menu</source>
        <translation>Das Kontextmenü öffnen</translation>
    </message>
    <message>
        <source>Space+drag, middle button drag</source>
        <translation>Leertaste+Ziehen, Ziehen mit der mittleren Taste</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Die Map verschieben</translation>
    </message>
    <message>
        <source>Ctrl+wheel, pinch</source>
        <translation>Strg+Mausrad, Zwei-Finger-Geste</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
</context>
<context>
    <name>waymark::MarkedMap</name>
    <message>
        <source>Map compared from</source>
        <translation>Map, von der aus verglichen wird</translation>
    </message>
    <message>
        <source>Map compared to</source>
        <translation>Map, mit der verglichen wird</translation>
    </message>
    <message>
        <source>Maps overlaid</source>
        <translation>Maps überlagert</translation>
    </message>
</context>
<context>
    <name>waymark::MatrixDialog</name>
    <message>
        <source>Priority from customer, business, effort, value (the mean of the two values) and friction (what the opportunity addresses), with + - * / and brackets</source>
        <translation>Priorität aus customer (Kundennutzen), business (Geschäftsnutzen), effort (Aufwand), value (Mittel der beiden Nutzen) und friction (Reibung, auf die die Chance zielt), mit + - * / und Klammern</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Priority =</source>
        <translation>&amp;Priorität =</translation>
    </message>
    <message>
        <source>Opportunities by priority</source>
        <translation>Chancen nach Priorität</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Reibung</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export Opportunity Matrix</source>
        <translation>Chancen-Matrix exportieren</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF page (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Seite (*.pdf);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Opportunity Matrix — %1</source>
        <translation>Chancen-Matrix — %1</translation>
    </message>
    <message>
        <source>The project&apos;s formula cannot be used (%1); ranked by the standard one.</source>
        <translation>Die Formel des Projekts kann nicht verwendet werden (%1); geordnet nach der Standardformel.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1
Addresses: %2</source>
        <translation>%1
Zielt auf: %2</translation>
    </message>
    <message>
        <source>Drag a dot to change its scores: up and down the value (both values move together), left and right the effort. Opportunities not scored yet get their scores in Properties.</source>
        <translation>Einen Punkt ziehen, um seine Bewertungen zu ändern: nach oben und unten den Nutzen (beide Nutzen bewegen sich gemeinsam), nach links und rechts den Aufwand. Noch nicht bewertete Chancen erhalten ihre Bewertungen in den Eigenschaften.</translation>
    </message>
</context>
<context>
    <name>waymark::MergeDialog</name>
    <message>
        <source>Mer&amp;ge...</source>
        <translation>&amp;Zusammenführen …</translation>
    </message>
    <message>
        <source>Merge Copies</source>
        <translation>Kopien zusammenführen</translation>
    </message>
    <message>
        <source>Bring together two copies of a project that were edited apart. What only one copy changed is taken; where both changed the same thing differently, you decide. The three files stay as they are; the result is a new file.</source>
        <translation>Führen Sie zwei getrennt bearbeitete Kopien eines Projekts zusammen. Was nur eine Kopie geändert hat, wird übernommen; wo beide dasselbe unterschiedlich geändert haben, entscheiden Sie. Die drei Dateien bleiben, wie sie sind; das Ergebnis ist eine neue Datei.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>The copy both started from (e.g. the file as it was sent)</source>
        <translation>Die Kopie, von der beide ausgingen (z. B. die Datei, wie sie verschickt wurde)</translation>
    </message>
    <message>
        <source>&amp;Mine:</source>
        <translation>&amp;Meine:</translation>
    </message>
    <message>
        <source>Your copy</source>
        <translation>Ihre Kopie</translation>
    </message>
    <message>
        <source>&amp;Theirs:</source>
        <translation>&amp;Andere:</translation>
    </message>
    <message>
        <source>The other copy, edited elsewhere</source>
        <translation>Die andere, anderswo bearbeitete Kopie</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>&amp;All Mine</source>
        <translation>&amp;Alle meine</translation>
    </message>
    <message>
        <source>All T&amp;heirs</source>
        <translation>Alle a&amp;ndere</translation>
    </message>
    <message>
        <source>Waymark projects (*.waymark)</source>
        <translation>Waymark-Projekte (*.waymark)</translation>
    </message>
    <message>
        <source>Choose the three files first.</source>
        <translation>Wählen Sie zuerst die drei Dateien.</translation>
    </message>
    <message>
        <source>These copies cannot be merged: %1</source>
        <translation>Diese Kopien können nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <source>%1 from mine, %2 from theirs.</source>
        <translation>%1 aus meiner, %2 aus der anderen Kopie.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: everything combines.</source>
        <translation>Keine Konflikte: Alles lässt sich vereinen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): choose what to keep for each.</source>
        <translation>
            <numerusform>%n Konflikt: Wählen Sie, was jeweils bleibt.</numerusform>
            <numerusform>%n Konflikte: Wählen Sie, was jeweils bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Behalten: %1.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behalten für %1</translation>
    </message>
    <message>
        <source>choose a new file: the three copies stay as they are</source>
        <translation>wählen Sie eine neue Datei: Die drei Kopien bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Save Merged Project</source>
        <translation>Zusammengeführtes Projekt speichern</translation>
    </message>
    <message>
        <source>%1 (merged).waymark</source>
        <translation>%1 (zusammengeführt).waymark</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>Waymark cannot write &quot;%1&quot;:
%2</source>
        <translation>Waymark kann „%1“ nicht schreiben:
%2</translation>
    </message>
</context>
<context>
    <name>waymark::MetricDialog</name>
    <message>
        <source>Metric &quot;%1&quot;</source>
        <translation>Kennzahl „%1“</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Scale &amp;from:</source>
        <translation>Skala &amp;von:</translation>
    </message>
    <message>
        <source>Scale &amp;to:</source>
        <translation>Skala &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Warning at:</source>
        <translation>&amp;Warnung bei:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Not set: show, but do not judge</source>
        <translation>Nicht festgelegt: zeigen, nicht bewerten</translation>
    </message>
    <message>
        <source>CES 2.0: agreement from 1 to 7 (&quot;made it easy&quot;), higher is better</source>
        <translation>CES 2.0: Zustimmung von 1 bis 7 („hat es leicht gemacht“), höher ist besser</translation>
    </message>
    <message>
        <source>Effort scale: 1 to 5 (&quot;how much effort&quot;), lower is better</source>
        <translation>Aufwandsskala: 1 bis 5 („wie viel Aufwand“), niedriger ist besser</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Convention:</source>
        <translation>&amp;Konvention:</translation>
    </message>
    <message>
        <source>C&amp;ritical at:</source>
        <translation>K&amp;ritisch ab:</translation>
    </message>
</context>
<context>
    <name>waymark::OverlayBar</name>
    <message>
        <source>Metric overlay</source>
        <translation>Kennzahl-Einblendung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Overlay:</source>
        <translation>Einblendung:</translation>
    </message>
    <message>
        <source>No overlay</source>
        <translation>Keine Einblendung</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation>Neuester Zeitraum</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>warning !</source>
        <translation>Warnung !</translation>
    </message>
    <message>
        <source>critical !!</source>
        <translation>kritisch !!</translation>
    </message>
    <message>
        <source>Thresholds...</source>
        <translation>Schwellen …</translation>
    </message>
    <message>
        <source>Direction, scale, target and thresholds of the metric</source>
        <translation>Richtung, Skala, Ziel und Schwellen der Kennzahl</translation>
    </message>
    <message>
        <source>1-%1: worst friction points</source>
        <translation>1–%1: größte Reibungspunkte</translation>
    </message>
</context>
<context>
    <name>waymark::OverlayStrip</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>Legende zeigen</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>Legende ausblenden</translation>
    </message>
</context>
<context>
    <name>waymark::PalettePanel</name>
    <message>
        <source>Card palette</source>
        <translation>Kartenpalette</translation>
    </message>
    <message>
        <source>Card types</source>
        <translation>Kartentypen</translation>
    </message>
    <message>
        <source>Drag onto a cell to add a card of this type</source>
        <translation>Auf eine Zelle ziehen, um eine Karte dieses Typs hinzuzufügen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Drag onto a cell to add a touchpoint in this channel</source>
        <translation>Auf eine Zelle ziehen, um einen Kontaktpunkt in diesem Kanal hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaEditor</name>
    <message>
        <source>Persona sheet preview</source>
        <translation>Vorschau des Persona-Steckbriefs</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Edit Persona &quot;%1&quot;</source>
        <translation>Persona „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Bevorzugte Kanäle</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>C&amp;hoose Photo...</source>
        <translation>Foto a&amp;uswählen …</translation>
    </message>
    <message>
        <source>Paste P&amp;hoto</source>
        <translation>Foto ei&amp;nfügen</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>or drop a picture here</source>
        <translation>oder ein Bild hierher ziehen</translation>
    </message>
    <message>
        <source>Add &amp;Trait</source>
        <translation>&amp;Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>New trait</source>
        <translation>Neue Eigenschaft</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Alter:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Wohnort:</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Über:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Bedürfnisse:</translation>
    </message>
    <message>
        <source>Frustrations:</source>
        <translation>Frustrationen:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Behaviours:</source>
        <translation>Verhalten:</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>Traits (1–5):</source>
        <translation>Eigenschaften (1–5):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Trait name</source>
        <translation>Name der Eigenschaft</translation>
    </message>
    <message>
        <source>Trait value</source>
        <translation>Wert der Eigenschaft</translation>
    </message>
    <message>
        <source>Remove trait</source>
        <translation>Eigenschaft entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a photo: %2.</source>
        <translation>„%1“ kann nicht als Foto verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The photo cannot be used: %1.</source>
        <translation>Das Foto kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>Persona Colour</source>
        <translation>Persona-Farbe</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>Eine Persona braucht einen Namen.</translation>
    </message>
    <message>
        <source>&amp;Show on the journey &quot;%1&quot;</source>
        <translation>In der Journey „%1“ &amp;zeigen</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaPanel</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the persona</source>
        <translation>Persona duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the persona up</source>
        <translation>Persona nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the persona down</source>
        <translation>Persona nach unten verschieben</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import personas from another project</source>
        <translation>Personas aus einem anderen Projekt importieren</translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is linked to journeys or cards %n time(s). Delete the persona and unlink it everywhere? You can undo this.</source>
        <translation>
            <numerusform>„%1“ ist %n-mal mit Journeys oder Karten verknüpft. Die Persona löschen und überall lösen? Sie können das rückgängig machen.</numerusform>
            <numerusform>„%1“ ist %n-mal mit Journeys oder Karten verknüpft. Die Persona löschen und überall lösen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the project has no personas</source>
        <translation>das Projekt hat keine Personas</translation>
    </message>
    <message>
        <source>Import Personas</source>
        <translation>Personas importieren</translation>
    </message>
    <message>
        <source>Waymark projects (*.waymark)</source>
        <translation>Waymark-Projekte (*.waymark)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Personas to import</source>
        <translation>Zu importierende Personas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no personas.</source>
        <translation>„%1“ hat keine Personas.</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Copy to Project</source>
        <translation>In Projekt &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Import from Project...</source>
        <translation>Aus Projekt &amp;importieren …</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Sheets...</source>
        <translation>Steckbriefe …</translation>
    </message>
    <message>
        <source>Export persona sheets as PDF or PNG</source>
        <translation>Persona-Steckbriefe als PDF oder PNG exportieren</translation>
    </message>
    <message>
        <source>Export Persona Sheets</source>
        <translation>Persona-Steckbriefe exportieren</translation>
    </message>
    <message>
        <source>PDF, one page per persona (*.pdf);;PNG, one file per persona (*.png)</source>
        <translation>PDF, eine Seite je Persona (*.pdf);;PNG, eine Datei je Persona (*.png)</translation>
    </message>
    <message>
        <source>The sheets could not be written to &quot;%1&quot;: %2</source>
        <translation>Die Steckbriefe konnten nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>E&amp;xport Sheets...</source>
        <translation>Steckbriefe e&amp;xportieren …</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaStrip</name>
    <message>
        <source>Persona %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Personas of this journey</source>
        <translation>Personas dieser Journey</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Link personas to this journey</source>
        <translation>Personas mit dieser Journey verknüpfen</translation>
    </message>
    <message>
        <source>No personas yet: add them in the Personas panel</source>
        <translation>Noch keine Personas: im Bereich „Personas“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>waymark::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Folder for New Work</source>
        <translation>Ordner für neue Arbeit</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Comma , (English Excel, most tools)</source>
        <translation>Komma , (englisches Excel, die meisten Programme)</translation>
    </message>
    <message>
        <source>Semicolon ; (German Excel)</source>
        <translation>Semikolon ; (deutsches Excel)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Waymark starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Waymark.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Comments are signed with it.</source>
        <translation>Kommentare werden damit unterschrieben.</translation>
    </message>
    <message>
        <source>&amp;Folder for new work:</source>
        <translation>&amp;Ordner für neue Arbeit:</translation>
    </message>
    <message>
        <source>New projects are kept there until you save them under a name; a change applies when Waymark starts again.</source>
        <translation>Neue Projekte liegen dort, bis Sie sie unter einem Namen speichern; eine Änderung gilt ab dem nächsten Start von Waymark.</translation>
    </message>
    <message>
        <source>New projects</source>
        <translation>Neue Projekte</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Content language:</source>
        <translation>&amp;Inhaltssprache:</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV-&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Net&amp;zwerk:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>The network the participants&apos; phones are on (the room&apos;s Wi-Fi), and the port they connect to.</source>
        <translation>Das Netzwerk, in dem die Handys der Teilnehmenden sind (das WLAN des Raums), und der Port, mit dem sie sich verbinden.</translation>
    </message>
</context>
<context>
    <name>waymark::Presenter</name>
    <message>
        <source>Type a note and press Enter; Esc cancels</source>
        <translation>Notiz tippen und Enter drücken; Esc bricht ab</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Schnellerfassung</translation>
    </message>
    <message>
        <source>Right, Page Down, Space</source>
        <translation>Rechts, Bild ab, Leertaste</translation>
    </message>
    <message>
        <source>Show the next stage</source>
        <translation>Die nächste Phase zeigen</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>Links, Bild auf</translation>
    </message>
    <message>
        <source>Show the previous stage, then the whole map</source>
        <translation>Die vorige Phase zeigen, danach die ganze Map</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Die ganze Map zeigen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Show the last stage</source>
        <translation>Die letzte Phase zeigen</translation>
    </message>
    <message>
        <source>Typing, then Enter</source>
        <translation>Tippen, dann Enter</translation>
    </message>
    <message>
        <source>Add the text as a card to the current cell</source>
        <translation>Den Text als Karte in die aktuelle Zelle setzen</translation>
    </message>
    <message>
        <source>Spotlight on the pointer; a click shows the stage under it</source>
        <translation>Spotlight auf den Mauszeiger; ein Klick zeigt die Phase darunter</translation>
    </message>
    <message>
        <source>Show the join code and QR code large</source>
        <translation>Teilnahmecode und QR-Code groß zeigen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentation beenden</translation>
    </message>
</context>
<context>
    <name>waymark::PropertiesPanel</name>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Feeling:</source>
        <translation>&amp;Gefühl:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidenz:</translation>
    </message>
    <message>
        <source>Touchpoint &amp;key:</source>
        <translation>Kontaktpunkt-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>No feeling</source>
        <translation>Kein Gefühl</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Ebenenfarbe</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Kartenfarbe</translation>
    </message>
    <message>
        <source>Use the lane&apos;s colour</source>
        <translation>Farbe der Ebene verwenden</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Select a card to see and change its properties.</source>
        <translation>Wählen Sie eine Karte, um ihre Eigenschaften zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>One card</source>
        <translation>Eine Karte</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected</source>
        <translation>
            <numerusform>%n Karte ausgewählt</numerusform>
            <numerusform>%n Karten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(mehrere Werte)</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Keine Persona</translation>
    </message>
    <message>
        <source>Card Colour</source>
        <translation>Kartenfarbe</translation>
    </message>
    <message>
        <source>P&amp;icture:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <source>Choose a picture for the card</source>
        <translation>Ein Bild für die Karte wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the card&apos;s picture</source>
        <translation>Das Bild der Karte entfernen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Replace...</source>
        <translation>Ersetzen …</translation>
    </message>
    <message>
        <source>Card Picture</source>
        <translation>Kartenbild</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation>„%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>A step that is a journey of its own: the card opens it (Alt+Down) and shows its friction</source>
        <translation>Ein Schritt, der selbst eine Journey ist: die Karte öffnet sie (Alt+Runter) und zeigt ihre Reibung</translation>
    </message>
    <message>
        <source>&amp;Opens journey:</source>
        <translation>Öffnet &amp;Journey:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Follows the linked insights: observed when one of them was observed (analytics, observation), else reported</source>
        <translation>Folgt den verknüpften Erkenntnissen: beobachtet, wenn eine davon beobachtet wurde (Analyse, Beobachtung), sonst berichtet</translation>
    </message>
    <message>
        <source>Link insights in the Evidence panel to back the card</source>
        <translation>Erkenntnisse im Evidenz-Bereich verknüpfen, um die Karte zu belegen</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>C&amp;ustomer value:</source>
        <translation>K&amp;undennutzen:</translation>
    </message>
    <message>
        <source>&amp;Business value:</source>
        <translation>&amp;Geschäftsnutzen:</translation>
    </message>
    <message>
        <source>Effo&amp;rt:</source>
        <translation>Auf&amp;wand:</translation>
    </message>
    <message>
        <source>The pain points and stages this opportunity addresses</source>
        <translation>Die Schmerzpunkte und Phasen, auf die diese Chance zielt</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Zielt auf:</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;</source>
        <translation>Phase „%1“</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>What the Opportunity Addresses</source>
        <translation>Worauf die Chance zielt</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; as a whole</source>
        <translation>Phase „%1“ als Ganzes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; addresses:</source>
        <translation>„%1“ zielt auf:</translation>
    </message>
</context>
<context>
    <name>waymark::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>Nach Befehl oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Auf der Map</translation>
    </message>
    <message>
        <source>While presenting</source>
        <translation>Beim Präsentieren</translation>
    </message>
</context>
<context>
    <name>waymark::SnapshotsDialog</name>
    <message>
        <source>automatic, before an import</source>
        <translation>automatisch, vor einem Import</translation>
    </message>
    <message>
        <source>automatic, before a restore</source>
        <translation>automatisch, vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>von Hand angelegt</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>A snapshot keeps journeys with their metric values as they are now, inside the project file. Waymark also takes one before a restore and before an import changes values.</source>
        <translation>Ein Snapshot hält Journeys mit ihren Kennzahlwerten so fest, wie sie jetzt sind, in der Projektdatei. Waymark legt auch selbst einen an, bevor etwas wiederhergestellt wird und bevor ein Import Werte ändert.</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot...</source>
        <translation>Snapshot &amp;anlegen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsehen</translation>
    </message>
    <message>
        <source>Show the snapshot&apos;s map, read-only</source>
        <translation>Die Map des Snapshots zeigen, schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Compare with Current</source>
        <translation>Mit aktueller &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Restore as New Journey</source>
        <translation>Als neue Journey &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>whole project (%n journey(s))</source>
        <translation>
            <numerusform>ganzes Projekt (%n Journey)</numerusform>
            <numerusform>ganzes Projekt (%n Journeys)</numerusform>
        </translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Snapshot anlegen</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>The journey &quot;%1&quot;</source>
        <translation>Die Journey „%1“</translation>
    </message>
    <message>
        <source>The current journey</source>
        <translation>Die aktuelle Journey</translation>
    </message>
    <message>
        <source>The whole project (every journey)</source>
        <translation>Das ganze Projekt (alle Journeys)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Festhalten:</translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation>Snapshot umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>waymark::StartPage</name>
    <message>
        <source>&lt;h2&gt;Waymark&lt;/h2&gt;&lt;p&gt;Customer journey maps for CX workshops: stages and lanes, feelings, personas, and your metrics on the map to show where customers struggle.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Waymark&lt;/h2&gt;&lt;p&gt;Customer Journey Maps für CX-Workshops: Phasen und Ebenen, Gefühle, Personas und Ihre Kennzahlen auf der Map, die zeigen, wo Kunden hängen bleiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Projekte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt geöffneten Projekte.</translation>
    </message>
    <message>
        <source>&amp;New from Template...</source>
        <translation>&amp;Neu aus Vorlage …</translation>
    </message>
    <message>
        <source>Take the &amp;Tour</source>
        <translation>&amp;Rundgang machen</translation>
    </message>
    <message>
        <source>Six steps on the canvas: add a card, move it, draw a feeling, import data, export, start a workshop</source>
        <translation>Sechs Schritte auf der Map: eine Karte anlegen, sie verschieben, ein Gefühl zeichnen, Daten importieren, exportieren, einen Workshop starten</translation>
    </message>
</context>
<context>
    <name>waymark::SurveyDialog</name>
    <message>
        <source>&amp;Survey responses: CSAT, NPS or CES per touchpoint</source>
        <translation>&amp;Umfrageantworten: CSAT, NPS oder CES je Kontaktpunkt</translation>
    </message>
    <message>
        <source>&amp;Contact records: repeat contacts, first contact resolution, self-service containment per channel</source>
        <translation>&amp;Kontaktdaten: wiederholte Kontakte, Erstlösungsquote, Selbstbedienungsquote je Kanal</translation>
    </message>
    <message>
        <source>Import Survey Responses &quot;%1&quot;</source>
        <translation>Umfrageantworten „%1“ importieren</translation>
    </message>
    <message>
        <source>From the column&apos;s name</source>
        <translation>Aus dem Namen der Spalte</translation>
    </message>
    <message>
        <source>CSAT 1-5 (satisfied: 4-5)</source>
        <translation>CSAT 1-5 (zufrieden: 4-5)</translation>
    </message>
    <message>
        <source>CSAT 1-10 (satisfied: 9-10)</source>
        <translation>CSAT 1-10 (zufrieden: 9-10)</translation>
    </message>
    <message>
        <source>NPS 0-10</source>
        <translation>NPS 0-10</translation>
    </message>
    <message>
        <source>CES 1-7 (7 = very easy)</source>
        <translation>CES 1-7 (7 = sehr einfach)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Channels where customers help themselves; every other channel counts as human contact.</source>
        <translation>Kanäle, in denen Kunden sich selbst helfen; jeder andere Kanal zählt als menschlicher Kontakt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Touchpoint or stage:</source>
        <translation>Kontakt&amp;punkt oder Phase:</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>Sca&amp;le:</source>
        <translation>Ska&amp;la:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Kun&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Anliegen:</translation>
    </message>
    <message>
        <source>Reso&amp;lved:</source>
        <translation>Gelös&amp;t:</translation>
    </message>
    <message>
        <source>Repeat &amp;window:</source>
        <translation>Wiederholungs&amp;fenster:</translation>
    </message>
    <message>
        <source>Self-ser&amp;vice channels:</source>
        <translation>Selbst&amp;bedienungskanäle:</translation>
    </message>
    <message>
        <source>&amp;Next: Match to the Map...</source>
        <translation>&amp;Weiter: Der Map zuordnen …</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Nach Quartal</translation>
    </message>
    <message>
        <source>No, as written</source>
        <translation>Nein, wie geschrieben</translation>
    </message>
    <message>
        <source>When the period column holds the dates of the responses (2026-03-15, 15.03.2026), they are counted by the month, week or quarter they fall in. Periods such as 2026-03 or Q1 2026 stay as they are.</source>
        <translation>Enthält die Zeitraumspalte die Daten der Antworten (2026-03-15, 15.03.2026), werden sie nach dem Monat, der Woche oder dem Quartal gezählt, in das sie fallen. Zeiträume wie 2026-03 oder Q1 2026 bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Times without a zone in the file are read in this zone. The periods are cut in it too.</source>
        <translation>Zeiten ohne Zone in der Datei werden in dieser Zone gelesen. Auch die Zeiträume werden in ihr eingeteilt.</translation>
    </message>
    <message>
        <source>&amp;Period or date:</source>
        <translation>&amp;Zeitraum oder Datum:</translation>
    </message>
    <message>
        <source>Group &amp;dates:</source>
        <translation>&amp;Daten zusammenfassen:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>Cut by &amp;period:</source>
        <translation>Nach Zeit&amp;raum teilen:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Waymark knows (e.g. Europe/Berlin, UTC).</source>
        <translation>„%1“ ist keine Zeitzone, die Waymark kennt (z. B. Europe/Berlin, UTC).</translation>
    </message>
</context>
<context>
    <name>waymark::TemplateGallery</name>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Content &amp;language:</source>
        <translation>&amp;Inhaltssprache:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Choose a template. Each has example cards that show what goes where; change or delete them as you go.</source>
        <translation>Wählen Sie eine Vorlage. Jede enthält Beispielkarten, die zeigen, was wohin gehört; ändern oder löschen Sie sie nach Bedarf.</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Ebene</numerusform>
            <numerusform>%n Ebenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example card(s)</source>
        <translation>
            <numerusform>%n Beispielkarte</numerusform>
            <numerusform>%n Beispielkarten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::Tour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Skip Tour</source>
        <translation>Rundgang &amp;überspringen</translation>
    </message>
    <message>
        <source>E&amp;xample Data</source>
        <translation>&amp;Beispieldaten</translation>
    </message>
    <message>
        <source>Imports made-up figures for the stages of this journey</source>
        <translation>Importiert ausgedachte Zahlen für die Phasen dieser Journey</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Eine Karte anlegen</translation>
    </message>
    <message>
        <source>Double-click an empty part of a cell on the map, or drag a card type from the &lt;b&gt;Palette&lt;/b&gt; onto a stage. Type its text; Ctrl+Enter keeps it.</source>
        <translation>Doppelklicken Sie auf eine leere Stelle einer Zelle der Map, oder ziehen Sie einen Kartentyp aus den &lt;b&gt;Bausteinen&lt;/b&gt; auf eine Phase. Tippen Sie ihren Text; Strg+Eingabe behält ihn.</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>Sie verschieben</translation>
    </message>
    <message>
        <source>Drag a card to another stage or lane: the blue bar shows where it will land. Alt+arrow keys move the selected card too.</source>
        <translation>Ziehen Sie eine Karte in eine andere Phase oder Ebene: Der blaue Balken zeigt, wo sie landet. Auch Alt+Pfeiltasten verschieben die ausgewählte Karte.</translation>
    </message>
    <message>
        <source>Draw a feeling</source>
        <translation>Ein Gefühl zeichnen</translation>
    </message>
    <message>
        <source>In the &lt;b&gt;Feelings&lt;/b&gt; lane, drag a point up or down, or double-click the lane at the height of a feeling to add one. The curve follows.</source>
        <translation>Ziehen Sie in der Ebene &lt;b&gt;Gefühle&lt;/b&gt; einen Punkt nach oben oder unten, oder doppelklicken Sie auf der Höhe eines Gefühls in die Ebene, um einen Punkt zu setzen. Die Kurve folgt.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;File &amp;gt; Import Metrics...&lt;/b&gt; reads your figures from CSV or Excel and shows them on the map; the overlay below picks the metric. No file at hand? Try the example data.</source>
        <translation>&lt;b&gt;Datei &amp;gt; Kennzahlen importieren …&lt;/b&gt; liest Ihre Zahlen aus CSV oder Excel und zeigt sie auf der Map; die Einblendung darunter wählt die Kennzahl. Keine Datei zur Hand? Probieren Sie die Beispieldaten.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;File &amp;gt; Export...&lt;/b&gt; (Ctrl+E) writes the map as PDF, PNG, PowerPoint and more, with a preview of exactly what you get. Export one now.</source>
        <translation>&lt;b&gt;Datei &amp;gt; Exportieren …&lt;/b&gt; (Strg+E) schreibt die Map als PDF, PNG, PowerPoint und mehr, mit einer Vorschau genau dessen, was Sie bekommen. Exportieren Sie jetzt eine.</translation>
    </message>
    <message>
        <source>Start a workshop</source>
        <translation>Einen Workshop starten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshop &amp;gt; Invite Participants...&lt;/b&gt; lets people add notes from their phones over the room&apos;s network; &lt;b&gt;View &amp;gt; Present&lt;/b&gt; (F5) puts the map on the projector. Start one now; &lt;b&gt;End Workshop&lt;/b&gt; stops it.</source>
        <translation>Mit &lt;b&gt;Workshop &amp;gt; Teilnehmende einladen …&lt;/b&gt; schicken Menschen Beiträge von ihren Smartphones über das Netz des Raums; &lt;b&gt;Ansicht &amp;gt; Präsentieren&lt;/b&gt; (F5) bringt die Map auf den Projektor. Starten Sie jetzt einen; &lt;b&gt;Workshop beenden&lt;/b&gt; hält ihn an.</translation>
    </message>
    <message>
        <source>You know the canvas</source>
        <translation>Sie kennen die Map</translation>
    </message>
    <message>
        <source>&lt;b&gt;Help &amp;gt; User Guide&lt;/b&gt; (F1) explains everything else, and &lt;b&gt;Help &amp;gt; Tour of the Canvas&lt;/b&gt; shows this tour again.</source>
        <translation>&lt;b&gt;Hilfe &amp;gt; Benutzerhandbuch&lt;/b&gt; (F1) erklärt alles Weitere, und &lt;b&gt;Hilfe &amp;gt; Rundgang durch die Map&lt;/b&gt; zeigt diesen Rundgang noch einmal.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>The journey has no stages.</source>
        <translation>Die Journey hat keine Phasen.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Drop-off rate (%)</source>
        <translation>Abbruchrate (%)</translation>
    </message>
    <message>
        <source>CSAT (1-5)</source>
        <translation>CSAT (1-5)</translation>
    </message>
    <message>
        <source>example-data</source>
        <translation>beispieldaten</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopPanel</name>
    <message>
        <source>Invite Participants</source>
        <translation>Teilnehmende einladen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Start Voting</source>
        <translation>Abstimmung starten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>The network the participants&apos; phones are on (the room&apos;s Wi-Fi)</source>
        <translation>Das Netz, in dem die Handys der Teilnehmenden sind (das WLAN des Raums)</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netz:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Click to show the code large enough for the whole room</source>
        <translation>Klicken, um den Code groß genug für den ganzen Raum zu zeigen</translation>
    </message>
    <message>
        <source>Show QR Code Large</source>
        <translation>QR-Code groß zeigen</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Other...</source>
        <translation>Andere …</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minuten:</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Dot Voting</source>
        <translation>Punkte-Abstimmung</translation>
    </message>
    <message>
        <source>Which pain points hurt most?</source>
        <translation>Welche Schmerzpunkte tun am meisten weh?</translation>
    </message>
    <message>
        <source>Selected cards</source>
        <translation>Ausgewählte Karten</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <source>Current lane</source>
        <translation>Aktuelle Ebene</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Map</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Cards:</source>
        <translation>Karten:</translation>
    </message>
    <message>
        <source>Dots per person:</source>
        <translation>Punkte pro Person:</translation>
    </message>
    <message>
        <source>At most per card:</source>
        <translation>Höchstens pro Karte:</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Abstimmungsergebnisse</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Participants&apos; notes</source>
        <translation>Notizen der Teilnehmenden</translation>
    </message>
    <message>
        <source>Reveal All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>To Inbox</source>
        <translation>In den Eingang</translation>
    </message>
    <message>
        <source>Show the new notes&apos; text; until then the projector shows only that notes arrived</source>
        <translation>Den Text der neuen Notizen zeigen; bis dahin zeigt der Beamer nur, dass Notizen angekommen sind</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>The project is open read-only; notes could not be saved.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet; Notizen könnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>End Workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <source>Participants join from their phones on the same network; no account or internet needed.</source>
        <translation>Teilnehmende machen vom Handy aus im selben Netz mit; ohne Konto und ohne Internet.</translation>
    </message>
    <message>
        <source>%1
Join code: %2</source>
        <translation>%1
Teilnahmecode: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) joined.</source>
        <translation>
            <numerusform>%n Person nimmt teil.</numerusform>
            <numerusform>%n Personen nehmen teil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Join the Workshop</source>
        <translation>Am Workshop teilnehmen</translation>
    </message>
    <message>
        <source>%1    Code: %2</source>
        <translation>%1    Code: %2</translation>
    </message>
    <message>
        <source>Press Esc to close</source>
        <translation>Esc schließt</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Voting is open on %n card(s).</source>
        <translation>
            <numerusform>Abstimmung über %n Karte ist offen.</numerusform>
            <numerusform>Abstimmung über %n Karten ist offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Voting</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (offen)</translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation>(gelöschte Karte)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Hidden until revealed (double-click to reveal)</source>
        <translation>Verborgen bis zum Zeigen (Doppelklick zeigt)</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n new)</source>
        <translation>
            <numerusform>Eingang (%n neu)</numerusform>
            <numerusform>Eingang (%n neu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) placed on the map.</source>
        <translation>
            <numerusform>%n Notiz auf die Map gesetzt.</numerusform>
            <numerusform>%n Notizen auf die Map gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote on the Map</source>
        <translation>Auf der Map abstimmen</translation>
    </message>
    <message>
        <source>Click cards on the map to give them your dots; Shift+click takes one back</source>
        <translation>Karten auf der Map anklicken, um ihnen Ihre Punkte zu geben; Umschalt+Klick nimmt einen zurück</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Accept Here</source>
        <translation>Hier übernehmen</translation>
    </message>
    <message>
        <source>Put the selected notes into the map&apos;s current cell</source>
        <translation>Die ausgewählten Notizen in die aktuelle Zelle der Map setzen</translation>
    </message>
    <message>
        <source>Choose a cell on the map first.</source>
        <translation>Bitte zuerst eine Zelle auf der Map wählen.</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopServer</name>
    <message>
        <source>Port %1 on %2 is in use by another program; choose another port.</source>
        <translation>Port %1 auf %2 ist von einem anderen Programm belegt; bitte einen anderen Port wählen.</translation>
    </message>
    <message>
        <source>Cannot listen on %1, port %2: %3</source>
        <translation>Auf %1, Port %2 lässt sich nicht lauschen: %3</translation>
    </message>
</context>
</TS>
