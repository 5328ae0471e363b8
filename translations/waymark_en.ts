<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Analytics</name>
    <message numerus="yes">
        <source>the row has %n column(s), fewer than the columns chosen</source>
        <translation>
            <numerusform>the row has %n column, fewer than the columns chosen</numerusform>
            <numerusform>the row has %n columns, fewer than the columns chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>no case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time Waymark can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a ZIP archive (an Excel workbook?); event logs are read from CSV files: save the sheet as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the case, time and activity columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the header has %n column(s); the columns chosen need more</source>
        <translation>
            <numerusform>the header has %n column; the columns chosen need more</numerusform>
            <numerusform>the header has %n columns; the columns chosen need more</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities in %2 periods and %3 segments are too many to measure at once; choose a longer period or no segment column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no row holds an event (all %n row(s) were left out)</source>
        <translation>
            <numerusform>no row holds an event (the %n row was left out)</numerusform>
            <numerusform>no row holds an event (all %n rows were left out)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be read (%3 %, more than the %4 % allowed); nothing was imported. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median dwell time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 dwell time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases reaching the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion from the stage before (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed funnel conversion (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose the touchpoint (or stage) column and the score column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the header has %n column(s); the columns chosen need more</source>
        <translation>
            <numerusform>%1: the header has %n column; the columns chosen need more</numerusform>
            <numerusform>%1: the header has %n columns; the columns chosen need more</numerusform>
        </translation>
    </message>
    <message>
        <source>no touchpoint or stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no response has a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES (1-7, 7 = easy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES easy share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat contact rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact resolution (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service containment (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose the customer, time and channel columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has no contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved %1 within %2 from place %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added stage %1 at place %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed stage %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved stage %1 from place %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new friction point %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friction point %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot &quot;%1&quot; holds %2 journeys; name one as snapshot:%1/JOURNEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot &quot;%1&quot; holds no such journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (snapshot &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journey &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no snapshot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot &quot;%1&quot; has no journey &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither side has feelings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards: %1 added, %2 removed, %3 changed, %4 moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money pit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;)&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot; (use customer, business, effort, value, friction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula is longer than 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with the cards of %2 that were removed or moved shown dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused the password of &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address; write it as postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database address has an unknown setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database address names no database (postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a table or write a SELECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2 column chosen (the columns are: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot; (the columns are: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; holds %3, not times; choose a column of type timestamp, timestamp with time zone or date, or convert it in a SELECT (e.g. CAST(%2 AS timestamptz))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time window ends before it begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the computation took longer than the %n second(s) allowed</source>
        <translation>
            <numerusform>the computation took longer than the %n second allowed</numerusform>
            <numerusform>the computation took longer than the %n seconds allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n row: %1</numerusform>
            <numerusform>%n rows: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: an activity&apos;s name holds the control character U+001F; Waymark cannot tell its paths apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslrootcert: a file name with &quot;;&quot; cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>waymark-cli: error: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects one FILE argument; see &apos;waymark-cli %1 --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create (.waymark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content language: en (default) or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new Waymark project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use en or de)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists already (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a project contains. Never changes the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]: %3 stages, %4 lanes, %5 cards, %6 personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks integrity, schema and references. Never changes the file.
Exit code 0: sound; 1: problems (listed on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (file format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write: a .pdf (one page per persona) or a .png (one file per persona, numbered when there are several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this persona (name or id); may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of PNG files (36 to 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes persona sheets as PDF or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;export-personas&apos; needs -o OUT.pdf or -o OUT.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output must end in .pdf or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a number from 36 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no persona &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey (name or id), or &apos;all&apos; (default: the first journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOURNEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4, A3, A2, A1, A0, Letter or Tabloid (default A3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape pages (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page margin in millimetres (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each journey on one page (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A poster over COLUMNSxROWS pages, e.g. 3x2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CxR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A poster at this scale in percent, on as many pages as it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster pages overlap by this much (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster pages without crop marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages without the title block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the persona sheets to a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution, 72 to 600 (default 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG width in pixels (instead of --dpi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG of the whole page (--page) at --dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG with a transparent background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter: comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;export&apos; needs -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--margin must be from 0 to 50 millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overlap must be from 0 to 50 millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tiles must look like 3x2 (up to 26 columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be from 5 to 1000 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a number from 72 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width must be at least 16 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journey &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet to read (XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: {&quot;columns&quot;: [...], &quot;rows&quot;: [[...], ...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the table Waymark reads from a CSV or XLSX file, so that you can see why an import went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet: %1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1, delimiter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after the header</source>
        <translation>
            <numerusform>%n row after the header</numerusform>
            <numerusform>%n rows after the header</numerusform>
        </translation>
    </message>
    <message>
        <source>How the columns map (JSON, as --json prints it); default: the last import&apos;s mapping, or a guess from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports metric values from a table into a project, as one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping of the last import (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this metric (name or key) on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overlay&apos;s period (default: each value&apos;s latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overlay&apos;s segment (default: all customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEGMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period to rank (default: each value&apos;s latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment to rank (default: all customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points to list (default 10, 0 = all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks where customers struggle, from the imported metrics and the feelings on the map, with the reasons, and lists where the map and the data disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top expects a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no metrics yet; only feelings count (see &apos;waymark-cli import-metrics&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No friction: every value is within its thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3) — friction %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map and the data disagree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was upgraded to format %1; the original is kept as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2 arguments; see &apos;waymark-cli %1 --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction expects NAME=higher or NAME=lower, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rows %1 and %n more</source>
        <translation>
            <numerusform>rows %1 and %n more</numerusform>
            <numerusform>rows %1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>New metric &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has said whether a higher or a lower &quot;%1&quot; is better, so the map shows it without judging it and the friction ranking leaves it out. Import again with --direction &quot;%1=higher&quot; or &quot;%1=lower&quot;, or set it under Thresholds... in the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: no card or stage &quot;%3&quot; (%4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a higher or a lower value of metric NAME is better, for a metric Waymark cannot judge by itself (may be given more than once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=higher|lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1, because %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --overlay: no numbered discs on the worst friction points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --overlay: no page of charts (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port (default: 8470; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to listen on (default: the first private IPv4 address, else 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join code (default: a random one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey (name or id; default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every note on the map at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a workshop server: participants join from their phones and their notes land in the project&apos;s inbox. Stops on Ctrl+C (SIGINT) or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind must be an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--join-code must be 4 to 12 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workshop runs on one journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop on &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Workshop ended; %n participant(s).</source>
        <translation>
            <numerusform>Workshop ended; %n participant.</numerusform>
            <numerusform>Workshop ended; %n participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journey (name or id), or &apos;all&apos; (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the inbox as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the notes workshop participants sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rounds and results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the dot-voting rounds and their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n voter(s), %3)</source>
        <translation>
            <numerusform>%1 (%2, %n voter, %3)</numerusform>
            <numerusform>%1 (%2, %n voters, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voting rounds yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page of dot-voting results after a journey that has rounds (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a countdown of MINUTES for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dot-voting round with this question on the pain points (or on the lane --vote-lane names); it closes when the workshop ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane kind to vote on (default: pain-points; &apos;all&apos; for every card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per person (default: 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timer must be a number of minutes from 1 to 240</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dots must be a number from 1 to 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vote-lane must be a lane kind (%1) or &apos;all&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case column (customer, session, ticket); default: guessed from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp column; default: guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity column (page, event, touchpoint); default: guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment column, to measure each segment too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lifecycle column (start/complete): only completions count; default: guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of times written without one (IANA name, e.g. Europe/Berlin; default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the figures by week, month or quarter too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the log when more than this percentage of rows cannot be read (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (--%2); the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell which column is which; give %1 (the columns are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tz: unknown time zone &quot;%1&quot; (e.g. Europe/Berlin, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period expects week, month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-bad expects a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 (row left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) left out</source>
        <translation>
            <numerusform>%1: %n more row left out</numerusform>
            <numerusform>%1: %n more rows left out</numerusform>
        </translation>
    </message>
    <message>
        <source>How many path variants to list, most frequent first (default 20, 0 = all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures an event log: per touchpoint events, reach, repeaters, entries, exits and dwell times; transitions; path variants. No project needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variants expects a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 events of %3 cases, %4 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out by their lifecycle (start, schedule, ...)</source>
        <translation>
            <numerusform>%n row left out by its lifecycle (start, schedule, ...)</numerusform>
            <numerusform>%n rows left out by their lifecycle (start, schedule, ...)</numerusform>
        </translation>
    </message>
    <message>
        <source>Case throughput: median %1 s, 90th percentile %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint	Events	Reach	Repeaters	Entries	Exits	Median dwell (s)	P90 dwell (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent paths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey whose stages make the funnel (name or id; default: the first journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures an event log and puts the figures on the map as metric values: per touchpoint card event count, cases reached, exit rate, repeat rate and dwell times; per stage the cases reaching it and the funnel. One step; a re-import replaces the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--journey names one journey, not all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event log&apos;s figures (%1 events of %2 cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses or contact records (CSV or XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column naming the touchpoint or stage; default: guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score column; default: guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csat5 (1-5), csat10 (1-10), nps (0-10) or ces7 (1-7, 7 = easy); default: from the score column&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds contact records (customer, time, channel, optional reason and resolved flag): import repeat contact rate, first contact resolution and self-service containment per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: the customer column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: the time column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: the channel column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: the reason column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: the resolved column (yes/no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: days within which a contact counts as a repeat (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: the self-service channels, comma-separated (default: web, app, chatbot, bot, ivr, self-service, portal, faq).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the file when more than this percentage of rows cannot be read (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes CSAT, NPS or CES per touchpoint or stage (and period and segment) from survey responses, or contact-centre figures from contact records, and puts them on the map as metric values. One step; a re-import replaces the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window expects a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale expects csat5, csat10, nps or ces7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no card or stage &quot;%2&quot;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the journey from an event log: its most frequent activities in their typical order as touchpoints, cut into stages, with the log&apos;s figures on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENTS.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --from-events: how many stages (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stages expects a number from 1 to 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1: %n touchpoint(s) of %2 in %3 stages, with %4 values</source>
        <translation>
            <numerusform>Created %1: %n touchpoint of %2 in %3 stages, with %4 values</numerusform>
            <numerusform>Created %1: %n touchpoints of %2 in %3 stages, with %4 values</numerusform>
        </translation>
    </message>
    <message>
        <source>No page with the flow of the event log imported onto a journey (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw the main flow (the most frequent touchpoints and transitions) as a PNG picture or, for a .svg name, an SVG drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.png|OUT.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --from-events: a stage for each value of this column (e.g. a funnel step or page group), instead of cutting into --stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (--stage-column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage column holds no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic, before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic, before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>whole project (%n journey(s))</source>
        <translation>
            <numerusform>whole project (%n journey)</numerusform>
            <numerusform>whole project (%n journeys)</numerusform>
        </translation>
    </message>
    <message>
        <source>journey &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, list, delete or restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the journey to keep (name or id; default: the whole project). restore: the journey of the snapshot to bring back (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print the snapshots as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps named copies of journeys inside the project file (&apos;before workshop&apos;, &apos;baseline Q1&apos;), lists them, deletes them, and restores one as a new journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: waymark-cli snapshot FILE create|delete|restore NAME, or waymark-cli snapshot FILE list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no snapshot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took snapshot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted snapshot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to compare from: a journey (name or id), snapshot:NAME or snapshot:NAME/JOURNEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to compare to, in the same form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the differences as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares two journeys (a current and a future state) or a journey with a snapshot: cards added, removed, changed and moved, stages, feelings, metric values and friction points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;diff&apos; needs --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards: %1 added, %2 removed, %3 changed, %4 moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the comparison as a PDF: both maps with the changes marked, the feelings of both, and every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>review every %n day(s)</source>
        <translation>
            <numerusform>review every day</numerusform>
            <numerusform>review every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>last reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) stale: their data is older than the interval</source>
        <translation>
            <numerusform>%n card stale: its data is older than the interval</numerusform>
            <numerusform>%n cards stale: their data is older than the interval</numerusform>
        </translation>
    </message>
    <message>
        <source>Who keeps the journey up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, validated or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the journey every N days (0: no interval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the journey reviewed: &apos;now&apos; or a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a journey&apos;s owner, status and review interval, and marks it reviewed, in one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status expects draft, validated or archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--review-days expects a number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reviewed expects &apos;now&apos; or a date like 2026-11-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, review every %n day(s)</source>
        <translation>
            <numerusform>%1: %2, review every day</numerusform>
            <numerusform>%1: %2, review every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments as numbered notes: numbers on the commented cards and a page of the threads after each journey (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card or stage &quot;%1&quot; in journey &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards read &quot;%2&quot;; name one by its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only resolved threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the comments as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the comment threads of a journey with their replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey of --on (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a thread on a card (its text or id), a stage (its name or id) or &apos;journey&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the comment with this id (or its start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the thread of this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the thread of this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this comment (a thread with its replies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who writes (default: the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a comment thread or a reply, resolves, reopens or deletes one; one undo step each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comment &quot;%1&quot; (give its id, or a start of it that only one comment has)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this comment the --text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --on, --reply, --edit, --resolve, --reopen, --delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of research coverage after each journey: how much rests on evidence, and the assumptions with most friction attached (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only insights of this kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only insights with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the insights as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the evidence library: each insight with its kind, source, date and the cards that rest on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an insight with --text (and --kind, --source, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this insight (the options given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this insight; its cards lose the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the --card cards to this insight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the --card cards from this insight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote or finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it comes from: %1 (default: interview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or where, e.g. &quot;Interview P3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, as YYYY-MM-DD (&apos;&apos; for unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address or file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey of --card (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card by its text or id (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds, changes or deletes an insight of the evidence library, or links cards to it; one undo step each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --add, --edit, --delete, --link, --unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add needs --text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no insight &quot;%1&quot; (give its id, or a start of it that only one insight has)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no card of journey &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many assumptions to list (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the coverage as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how much of each stage and lane rests on evidence, and the assumptions with most friction attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top needs a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) backed (%2 observed, %3 reported, %4 with sources)</source>
        <translation>
            <numerusform>%1 of %n claim backed (%2 observed, %3 reported, %4 with sources)</numerusform>
            <numerusform>%1 of %n claims backed (%2 observed, %3 reported, %4 with sources)</numerusform>
        </translation>
    </message>
    <message>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions with most friction attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page with the opportunity matrix after each journey that has opportunities (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the project&apos;s priority formula (customer, business, effort, value, friction; + - * / and brackets; &apos;&apos; for the standard %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMULA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the matrix to OUT.png, .svg, .pdf or .xlsx (the first journey chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the matrix as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks a journey&apos;s opportunities by the priority formula, with their quadrant and the friction they address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: warning: the project&apos;s priority formula cannot be used (%1); ranked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity: a card by its text or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer value, 1..5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business value, 1..5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort, 1..5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the scores away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it addresses: a card (text or id) or stage (name or id); repeat for more. Replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It addresses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores an opportunity and sets what it addresses; one undo step each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the opportunity with --card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give scores or --clear-scores, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --addresses or --no-addresses, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on the lane &quot;%2&quot;; opportunities are the cards of opportunities and ideas lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an opportunity addresses cards or stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the journey as a service blueprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the journey as a journey map again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a lane (title or id) in a zone: physical-evidence, customer-actions, frontstage, backstage, support or outside; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANE=ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the lanes, lines and arrows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a journey as a service blueprint (or not), puts lanes into zones, and lists lanes, lines and arrows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --on or --off, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zone needs LANE=ZONE with a zone of physical-evidence, customer-actions, frontstage, backstage, support or outside, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several lanes of &quot;%1&quot; are called &quot;%2&quot;; give the lane&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey &quot;%1&quot; has no lane &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw an arrow from this card (text or id)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...to this card (text or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrow&apos;s label (with --from or --edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the label of an arrow (id as listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn an arrow around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an arrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws, edits, turns or deletes an arrow between two cards of a journey; one undo step each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --from, --edit, --reverse or --delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edit needs --label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey &quot;%1&quot; has no arrow &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card: its text or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey the card opens (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card opens no journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links a card to another journey of the project (a step that is a journey of its own), or unlinks it; one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the card with --card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --to JOURNEY or --none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the PDF, draw one map: the second, with the cards that were removed or moved away shown dashed where they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overlaid needs --pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1 (default: from the output&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports journeys in any of the formats that --format names. Never changes the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the journey from a Mermaid journey diagram: sections become stages, tasks customer actions with their score as a feeling, actors personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J.mmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-mermaid goes without --template and --from-events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mermaid journey diagram (or Markdown holding one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was added as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a Mermaid journey diagram to a project as a new journey: sections become stages, tasks customer actions with their score as a feeling, actors personas. One undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the project from its JSON form (export --format json), exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-json goes without --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project both copies started from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged project to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How conflicts are resolved: mine or theirs. Without it, a merge with conflicts lists them and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges two offline copies of a project by a three-way merge: what only one copy changed is taken, what both changed differently is a conflict. Never changes the three files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;merge&apos; needs -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prefer must be mine or theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1: %2 from mine, %3 from theirs, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1 (%2): mine %3; theirs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide: choose --prefer mine or --prefer theirs, or merge in the application (File &gt; Merge Copies...) to decide one by one; nothing was written</source>
        <translation>
            <numerusform>%n conflict to decide: choose --prefer mine or --prefer theirs, or merge in the application (File &gt; Merge Copies...) to decide one by one; nothing was written</numerusform>
            <numerusform>%n conflicts to decide: choose --prefer mine or --prefer theirs, or merge in the application (File &gt; Merge Copies...) to decide one by one; nothing was written</numerusform>
        </translation>
    </message>
    <message>
        <source>A slide per stage after each journey&apos;s map, its cards as a table (PPTX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: the table or view holding the events (schema.name allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: a SELECT delivering the events, instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: a column ordering events at the same time within a case (an event id); without one, such events are ordered by activity name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: only events at or after this time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: only events before this time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: stop the computation after this many seconds (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: print the SQL that computes the figures (for review or to run it elsewhere) and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout expects a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs either --table or --query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time (e.g. 2026-03-01 or 2026-03-01T08:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --db, &apos;%1&apos; reads no event log file; see &apos;waymark-cli %1 --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2 argument(s); see &apos;waymark-cli %1 --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event log (CSV); none with --db.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template (see --list-templates); five-phases by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the templates (id, English and German name) instead of creating a file; with --json as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list-templates: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list-templates goes without FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json goes with --list-templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period column: periods (2026-03, Q1 2026) or the dates of the responses; default: guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment column (responses and contacts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week, month or quarter. Responses: the periods dates in the period column fall in (default month; none keeps them as written). Contacts: the figures by the period of each contact&apos;s time too (default: none, totals only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: the time zone of times without one, and of the periods (default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cut expects week, month, quarter or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the figures inside a PostgreSQL database instead of reading a file: postgresql://user@host:port/database[?sslmode=require]. The password comes from --password-stdin, else the system keychain, else ~/.pgpass (PGPASSFILE) or PGPASSWORD; it is never stored in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: keep the password given (--password-stdin or in the URL) in the system keychain once the database has accepted it, for the next runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: remove the password kept in the system keychain for this address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remember-password needs the password: with --password-stdin or in the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the installation is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard does not hold Waymark cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards come from a newer version of Waymark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 on the clipboard is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no cards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Waymark Closed Unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark closed unexpectedly last time, while &quot;%1&quot; was open. Every change made before was already saved in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark closed unexpectedly last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report was written on this computer (nothing was sent): %1. It helps the developers if you send it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Drop-off rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlViewer</name>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical !!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a card to see its details. Drag to move the map, Ctrl+wheel or + and - to zoom, 0 to fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst friction points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map, zoomable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>more …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>↗ %1 · %n friction point(s)</source>
        <translation>
            <numerusform>↗ %1 · %n friction point</numerusform>
            <numerusform>↗ %1 · %n friction points</numerusform>
        </translation>
    </message>
    <message>
        <source>↗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>Friction point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data is older than the journey&apos;s review interval: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open comment thread(s)</source>
        <translation>
            <numerusform>%n open comment thread</numerusform>
            <numerusform>%n open comment threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Click a card of the open voting round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat / chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter / mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frustrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>not valid JSON at offset %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona &quot;%1&quot;: unknown channel &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey &quot;%1&quot;: unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey &quot;%1&quot;: unknown lane kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey &quot;%1&quot; needs stages and lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey &quot;%1&quot;: a card lies outside the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card &quot;%1&quot;: unknown channel or evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled sample is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>card %1 lies in a stage of another journey (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1 lies in a lane of another journey (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cards of cell %1 have gaps or duplicates in their order (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1 refers to a missing object %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey %1 (%2) has no stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upgrade step from schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade from schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder or device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a ZIP archive (such as an Excel or Word file), not a Waymark project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a text file, not a Waymark project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Waymark project (unknown file type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file is truncated (%n byte(s) long)</source>
        <translation>
            <numerusform>the file is truncated (%n byte long)</numerusform>
            <numerusform>the file is truncated (%n bytes long)</numerusform>
        </translation>
    </message>
    <message>
        <source>this is a database of another program, not a Waymark project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project was saved by a newer version of Waymark (file format %1; this version reads up to %2). Please update Waymark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file is truncated or damaged (%n byte(s) long)</source>
        <translation>
            <numerusform>the file is truncated or damaged (%n byte long)</numerusform>
            <numerusform>the file is truncated or damaged (%n bytes long)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is damaged (table %1, row %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to no journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stage or lane is in another journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is open in another Waymark window (process %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lock file can be created next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (table &quot;%1&quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be upgraded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup copy could be made before upgrading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a picture Waymark can read (PNG, JPEG or WebP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is too large (%1 x %2 pixels); pictures of up to %3 megapixels can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard holds no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no personas to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona sheets are exported as .pdf or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 of %3x%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no journey to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey without stages or lanes cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture would be %1 x %2 pixels; the most Waymark writes is %3 megapixels. Choose a lower resolution or width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory for a picture of %1 x %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP container could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a cell is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old Excel file (.xls); save it as .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no part &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; unpacks to more than %2 MB; this looks like a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; declares a DTD, which workbooks never do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is not well-formed XML (line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP container is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook unpacks to far more than it holds; this looks like a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary Excel workbook (.xlsb); save it as .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ZIP file is not an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot; (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: a cell is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has this value twice (metric, target, period and segment); the first is on row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping&apos;s shape must be &quot;long&quot; or &quot;wide&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names no target, metric or value column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical !!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; feels positive (%2), but %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a pain point, but all its metrics are healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling and %1 by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line: feeling (−3 to +3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of metric %1 refers to a missing object %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric value of %1 has an unknown target kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-%1: the worst friction points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new value(s)</source>
        <translation>
            <numerusform>%n new value</numerusform>
            <numerusform>%n new values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new metric(s)</source>
        <translation>
            <numerusform>%n new metric</numerusform>
            <numerusform>%n new metrics</numerusform>
        </translation>
    </message>
    <message>
        <source>feeling %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume weight ×%L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ more than the stage before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody has said whether higher or lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no warning or critical threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged: nobody has said whether higher or lower is better (Thresholds...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume, weights the friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES 2.0 (agreement 1 to 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort scale (1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale %L1 to %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction not set: shown, not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged; weights the friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (read with a decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (read with a decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no metric columns. Expected a column of numbers for each metric (a row per target: Touchpoint, CSAT, Drop-off rate, ...) or the columns target, metric and value (a row per value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no rows after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the table&apos;s targets matches a card&apos;s touchpoint key, a card&apos;s text or a stage&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric columns hold no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direction of &quot;%1&quot; must be &quot;higher&quot; or &quot;lower&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the word %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit “%”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values written with %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values written as durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES 2.0: agreement from 1 to 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort scale from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scale from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares of 1 (0.38 = 38 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service containment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by stage and conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field starts here and is never closed (a &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (its text encoding %1 is not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (its format number %1 is not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used by another row as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SQLite log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project was closed cleanly, so this log belongs to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its page size (%1) differs from the project&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds the first page of another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SQLite journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the side file %1 does not belong to the project (%2) and cannot be set aside (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the side file %1 did not belong to the project (%2); it was not replayed and is kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (table %1, row %2: %3 holds a %4 instead of a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is being changed by waymark-cli (process %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has unfinished changes in %1 that must be rolled back, which needs write access; copy both files to a folder you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds %1 that Waymark did not create; it could change data behind Waymark&apos;s back, so the file is not opened (remove it with a SQLite tool, or use a copy that Waymark saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value %1 is outside the scale of %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds NUL bytes; it is not a text table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no byte order mark; it was read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the cell reference &quot;%2&quot; is not a column from A to XFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to shared text %1, but the workbook has no shared texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it refers to shared text %1, but the workbook has %n shared text(s)</source>
        <translation>
            <numerusform>it refers to shared text %1, but the workbook has %n shared text</numerusform>
            <numerusform>it refers to shared text %1, but the workbook has %n shared texts</numerusform>
        </translation>
    </message>
    <message>
        <source>the date %1 is outside Excel&apos;s dates (0 to 2958465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the sheet&apos;s values are spread so thinly over %2 columns that the table would not fit in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size %1 is not between 0 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program holds the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is used by %2 rows of table %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote %1 belongs to no voting round of its journey (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — voting results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 dots each · voters: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2 cases, %3 events. Arrows as wide as the transitions are frequent; exits in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot was taken by a newer version of Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1 replies to no thread of its journey (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — research coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey has no cards that make a claim about the customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 claims rest on evidence (%3): %4 observed, %5 reported, %6 linked to insights. Opportunities, ideas, notes and pictures are no claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: share of claims backed · backed/claims. Red: assumed, green: rests on evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions with most friction attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every claim rests on evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1: its evidence is &quot;%2&quot; but its insights make it &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it links a card or insight that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to no card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score %1 is not between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (customer and business) →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — opportunity matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority = %1. Friction: what the opportunity addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opportunity is scored yet: give the cards of the opportunities and ideas lanes a customer value, a business value and an effort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no known format (use .png, .svg, .pdf or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it joins cards of another journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (print, poster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet per journey (stages across, lanes down) and a sheet of all cards:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table of the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid journey diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter that starts here is not closed with ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accDescr { is not closed with }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing may follow the } of accDescr on its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;;&quot; is not allowed in a journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Mermaid journey: it starts with &quot;%1&quot;, not &quot;journey&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;journey&quot; may only start the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section&apos;s name cannot contain &quot;:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task &quot;%1&quot; has no score (write &quot;%1: 5&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task needs a name before &quot;:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task &quot;%1&quot; has no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of &quot;%1&quot; is &quot;%2&quot;, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of &quot;%1&quot; is %2; it must be from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no Mermaid diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey has no sections and no tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML viewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new persona(s)</source>
        <translation>
            <numerusform>%n new persona</numerusform>
            <numerusform>%n new personas</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (whole project, for git)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a column &quot;%1&quot; that the table does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2 (id %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {&quot;base64&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Waymark project in JSON (it has no &quot;waymark&quot;: &quot;project&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON has no &quot;format&quot; or &quot;schema&quot; number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON was written by a newer version of Waymark (format %1, schema %2; this version reads format %3, schema %4); update Waymark to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON has no &quot;tables&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON has a table &quot;%1&quot; that the project file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; is missing from the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; is not a list of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project would not open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona of a journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insight of a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target of an opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voting round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in mine, changed in theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in mine, deleted in theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered in both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a copy of the same project as %2 (they share no journey, stage, lane, card or persona and were created at different times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merged project would not pass the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted in one copy but is kept, because the other copy still uses it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order of the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order of the lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order of cards in a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order of the journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order of the personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint slides (PPTX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the presentation could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON has schema %1; this version reads schema %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive or folder is read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing there is no longer permitted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain holds no password for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keychain is running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Waymark is built without the system keychain (QtKeychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keychain can be asked (no session bus)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer journey mapping for CX workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the user guide with its pictures into DIR/LANG (guide.md, guide.pdf, PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::CanvasActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &amp;Colour...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moment of Truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stage &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stage R&amp;ight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Stage...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane &amp;Colour...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Lane &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Lane &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Lane...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Paste %n card</numerusform>
            <numerusform>Paste %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage &quot;%1&quot; and its %n card(s)?</source>
        <translation>
            <numerusform>Delete the stage &quot;%1&quot; and its %n card?</numerusform>
            <numerusform>Delete the stage &quot;%1&quot; and its %n cards?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane &quot;%1&quot; and its %n card(s)?</source>
        <translation>
            <numerusform>Delete the lane &quot;%1&quot; and its %n card?</numerusform>
            <numerusform>Delete the lane &quot;%1&quot; and its %n cards?</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Stage &amp;Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture cannot be pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Linked Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the Linking Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as Service &amp;Blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the lanes as physical evidence, customer actions, frontstage, backstage and support processes, with the lines of interaction, visibility and internal interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with &amp;Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw an arrow from each selected card to the next one selected (or Alt+drag from one card to another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draw %n arrow(s)</source>
        <translation>
            <numerusform>Draw %n arrow</numerusform>
            <numerusform>Draw %n arrows</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow &amp;Label...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint &amp;Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane &amp;Hint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in &quot;%1&quot;? Shown while the lane is empty and as its tooltip; not exported. Leave empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::ChartsPanel</name>
    <message>
        <source>Metric for the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling and metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to see its %1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling and %1 by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::CommentsPanel</name>
    <message>
        <source>Show comments</source>
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
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the selected card, or on the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the thread, or reopen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the comment (a thread with its replies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Resolved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open comments. Select a card and press Comment to start a thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the comment&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::CompareDialog</name>
    <message>
        <source>Compare Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (snapshot &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards: %1 added, %2 removed, %3 changed, %4 moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit each map into its half (Ctrl+wheel zooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the maps at their actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaid: one map, the second one, with the cards that were removed or moved away drawn dashed where they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::CoverageDialog</name>
    <message>
        <source>Research Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions, most friction first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research Coverage — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::DatabaseDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table or view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SELECT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Events from Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s address: postgresql://user@host:port/database, with ?sslmode=require (or verify-full) for an encrypted connection. It is kept in the project with the import, without the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this session only, never stored. When empty, the password comes from ~/.pgpass (or PGPASSFILE, PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT ... FROM ... (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL that computes the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SELECT runs on the server; only its aggregates come back. :from, :to, :zone and :stages are bound parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders events at the same time within a case (an event id or a line number); without one, such events are ordered by activity name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times stored without zone (timestamp, date) are read in this zone, and the time window too; the periods are cut in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stops the computation after this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case (customer, session):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity (touchpoint):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order of ties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lif&amp;ecycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times without &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL run on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- Connect, choose a table or write a SELECT, and the columns: the SQL that computes the figures appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n table(s) and view(s).</source>
        <translation>
            <numerusform>Connected: %n table or view.</numerusform>
            <numerusform>Connected: %n tables and views.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the columns of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no time zone Waymark knows (e.g. Europe/Berlin, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures on the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events of %2 cases at %3 touchpoints in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out by their lifecycle.</source>
        <translation>
            <numerusform>%n row left out by its lifecycle.</numerusform>
            <numerusform>%n rows left out by their lifecycle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unti&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut &amp;by period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unnel of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the keychain or ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never stored in the project. When empty, the password kept in the system keychain for this address is used, else ~/.pgpass (or PGPASSFILE, PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the database accepts the password typed here, keep it in the system keychain for this address. Unchecked, a kept password is forgotten at the next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The password kept in the system keychain was used: type the right one to replace it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password came from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not kept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept password could not be removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password kept in the system keychain is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::Document</name>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target cell does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation>
            <numerusform>Add %n card</numerusform>
            <numerusform>Add %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>The card does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage cannot move there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journey keeps at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lane &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane cannot move there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move lane &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lane &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add persona &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit persona &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona cannot move there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete persona &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journey needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journey needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add journey &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit journey &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (future state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate journey &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey cannot move there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete journey &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n card(s)</source>
        <translation>
            <numerusform>Edit %n card</numerusform>
            <numerusform>Edit %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate persona &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n persona(s)</source>
        <translation>
            <numerusform>Add %n persona</numerusform>
            <numerusform>Add %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The table has %n problem; nothing was imported.</numerusform>
            <numerusform>The table has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table brings no new or changed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import metrics from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The critical threshold must be worse than the warning threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two groups of cards cannot move to the same cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the picture of %n card(s)</source>
        <translation>
            <numerusform>Set the picture of %n card</numerusform>
            <numerusform>Set the picture of %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the picture of %n card(s)</source>
        <translation>
            <numerusform>Remove the picture of %n card</numerusform>
            <numerusform>Remove the picture of %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>A card holds at most %L1 characters of text and of notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note holds at most %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n note(s)</source>
        <translation>
            <numerusform>Reveal %n note</numerusform>
            <numerusform>Reveal %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Park %n note(s)</source>
        <translation>
            <numerusform>Park %n note</numerusform>
            <numerusform>Park %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n note(s)</source>
        <translation>
            <numerusform>Reject %n note</numerusform>
            <numerusform>Reject %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n note(s) to the inbox</source>
        <translation>
            <numerusform>Return %n note to the inbox</numerusform>
            <numerusform>Return %n notes to the inbox</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept or merge notes with their own commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is already on the map or merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two notes to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n note(s)</source>
        <translation>
            <numerusform>Merge %n note</numerusform>
            <numerusform>Merge %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the open voting round first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voting round needs at least one card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of these matter most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voting round does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voting round is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is not part of this voting round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No dots left: each person has %n dot(s).</source>
        <translation>
            <numerusform>No dots left: each person has %n dot.</numerusform>
            <numerusform>No dots left: each person has %n dots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dot(s) per card.</source>
        <translation>
            <numerusform>At most %n dot per card.</numerusform>
            <numerusform>At most %n dots per card.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no dot to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before importing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot&apos;s name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a snapshot called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename snapshot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot &quot;%1&quot; holds no such journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore snapshot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restored from &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review interval is between 0 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment belongs on a card, a stage or the journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card cannot open its own journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked journey does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insight needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insight holds at most %L1 characters of text, source and link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insight does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cards that rest on the insight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Link %n card(s) to insight</source>
        <translation>
            <numerusform>Link %n card to insight</numerusform>
            <numerusform>Link %n cards to insight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n card(s) from insight</source>
        <translation>
            <numerusform>Unlink %n card from insight</numerusform>
            <numerusform>Unlink %n cards from insight</numerusform>
        </translation>
    </message>
    <message>
        <source>A score is between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the card addresses must be a card or stage of its journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what the opportunity addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority formula cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change priority formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a service blueprint a lane stays in its zone (%1); give it another zone to move it across a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as service blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrow joins two cards of the same journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrow cannot point at the card it starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrow&apos;s label can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cards are joined by that arrow already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrow does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n arrow(s)</source>
        <translation>
            <numerusform>Delete %n arrow</numerusform>
            <numerusform>Delete %n arrows</numerusform>
        </translation>
    </message>
    <message>
        <source>Import journey &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::EventLogDialog</name>
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
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: Match to the Map...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Event Log &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times written with Z or an offset (+01:00) keep it; times without one are read in this zone. The periods are cut in it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel follows this journey&apos;s stages: the cases reaching each stage and the conversion from the stage before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case (customer, session):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity (touchpoint):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times without &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut by &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funnel of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns, then Analyze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark cannot tell which columns hold the case, the time and the activity: choose them, then Analyze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices changed: Analyze again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no time zone Waymark knows (e.g. Europe/Berlin, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events of %2 cases at %3 touchpoints; %4 distinct paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case takes %1 (median), %2 at the 90th percentile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out by their lifecycle (start, schedule, ...).</source>
        <translation>
            <numerusform>%n row left out by its lifecycle (start, schedule, ...).</numerusform>
            <numerusform>%n rows left out by their lifecycle (start, schedule, ...).</numerusform>
        </translation>
    </message>
    <message>
        <source>Most frequent path (%1 %): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and are left out:</source>
        <translation>
            <numerusform>%n row cannot be read and is left out:</numerusform>
            <numerusform>%n rows cannot be read and are left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeaters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median dwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 dwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft a Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new journey whose touchpoint lane holds the log&apos;s most frequent activities in their typical order, cut into stages, with the figures on them. Edit it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of a d&amp;raft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage for each value of this column (a funnel step, a page group): each activity goes to the value most of its events carry, the stages in the order their events come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or &amp;by column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cut into stages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; gives no stages: no activity has values in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::EvidencePanel</name>
    <message>
        <source>Search insights, sources and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show insights of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an insight (linked to the selected cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected cards to the insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cards of this journey that rest on the insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the insight&apos;s link or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the insight; its cards lose the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the journey rests on evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>No insights yet. Add the interview quotes, survey results, analytics findings and tickets your map rests on, then link cards to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insight matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the selected cards from the insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) rest on this insight. Delete it and unlink them?</source>
        <translation>
            <numerusform>%n card rests on this insight. Delete it and unlink it?</numerusform>
            <numerusform>%n cards rest on this insight. Delete it and unlink them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ExportDialog</name>
    <message>
        <source>Export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster over &amp;pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster at &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona s&amp;heets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent &amp;background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;page at this resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order mark (for &amp;Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ; (German Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journeys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n page(s)</source>
        <translation>
            <numerusform>of %n page</numerusform>
            <numerusform>of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered &amp;discs on the worst friction points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of c&amp;harts after each map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verlay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot-&amp;voting results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of results after each journey that has voting rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event-log f&amp;low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page with the flow of the event log imported onto a journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mments as numbered notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers on the commented cards and a page of the comment threads after each map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page after each map: how much of each stage and lane rests on evidence, and the assumptions with most friction attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research covera&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity matri&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page with the opportunity matrix and its ranked list after each map that has opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format always holds the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ne slide per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each journey&apos;s map, a slide for each of its stages with its cards as a table, lane by lane: readable when the map is large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::FileActions</name>
    <message>
        <source>Waymark projects (*.waymark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project in Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use: %2.

Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark cannot open &quot;%1&quot;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older Project File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by an older version of Waymark. It will be upgraded when you first change it; a backup copy of the original is kept next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark cannot save &quot;%1&quot;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project &quot;%1&quot; before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not be written to &quot;%1&quot; (%2). Save a copy before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waymark found %n unsaved project(s) from an earlier session.</source>
        <translation>
            <numerusform>Waymark found %n unsaved project from an earlier session.</numerusform>
            <numerusform>Waymark found %n unsaved projects from an earlier session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered projects open as untitled; use Save As to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side File Set Aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While opening &quot;%1&quot;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project from &amp;JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a project from its JSON form, as Export writes it for git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark projects in JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark cannot make a project from &quot;%1&quot;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Copies...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring together two copies of a project that were edited apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::FindBar</name>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::FlowPanel</name>
    <message>
        <source>&amp;Save as PNG or SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow of the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2 cases, %3 events. Arrows as wide as the transitions are frequent; exits in red. Click a box to select its cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event log on this journey yet: File &gt; Import Event Log... shows here how customers move between the touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::FrictionPanel</name>
    <message>
        <source>Friction points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No friction: every value is within its thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map and the data disagree here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import metrics (File &gt; Import Metrics..., or drop a CSV or Excel file on the window) to see where customers struggle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — friction %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged: %1, because %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to set its direction and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::HelpWindow</name>
    <message>
        <source>Waymark User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the sections that hold every word and marks each place; Enter goes to the next (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide with its pictures as a PDF to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export the Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::ImportDialog</name>
    <message>
        <source>&amp;Long: a row per target, metric and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wide: a row per target, a column per metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Metrics from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal point (1,234.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal comma (1.234,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets without a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The table&apos;s %n row(s) bring: %1.</source>
        <translation>
            <numerusform>The table&apos;s %n row brings: %1.</numerusform>
            <numerusform>The table&apos;s %n rows bring: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) bring: %1. The import reads them all.</source>
        <translation>
            <numerusform>The first row brings: %1. The import reads them all.</numerusform>
            <numerusform>The first %n rows bring: %1. The import reads them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, … (%n row(s))</source>
        <translation>
            <numerusform>%1, … (%n row)</numerusform>
            <numerusform>%1, … (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import is not possible: the table has %n problem(s), listed under Problems. Nothing is imported until all are solved.</source>
        <translation>
            <numerusform>Import is not possible: the table has %n problem, listed under Problems. Nothing is imported until all are solved.</numerusform>
            <numerusform>Import is not possible: the table has %n problems, listed under Problems. Nothing is imported until all are solved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import is not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the project has these values already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way is better for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark cannot tell whether a higher or a lower value is better for %1. Check “Better is” under Metrics: the choice is kept in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no similar card or stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a match (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read as “%2”: the table has values for “%2” already in the same periods and segments, and a card takes each value once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures computed from the file bring: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::InlineEditor</name>
    <message>
        <source>Card text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::InsightDialog</name>
    <message>
        <source>&amp;Known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote or the finding, e.g. &quot;I never found the monthly price.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or where, e.g. Interview P3, NPS survey Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address or a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards linked to it count as observed: seen in data or behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards linked to it count as reported: what people said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::JourneyDialog</name>
    <message>
        <source>Reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who keeps this map up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journey is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) carry data older than the review interval.</source>
        <translation>
            <numerusform>%n card carries data older than the review interval.</numerusform>
            <numerusform>%n cards carry data older than the review interval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::JourneyPanel</name>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new journey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the journey &quot;%1&quot; with its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the journey &quot;%1&quot; with its %n card? You can undo this.</numerusform>
            <numerusform>Delete the journey &quot;%1&quot; with its %n cards? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the journey up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the journey down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review every %n day(s)</source>
        <translation>
            <numerusform>Review every day</numerusform>
            <numerusform>Review every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ListEditor</name>
    <message>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved to a file yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept safe as untitled work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Customer journey mapping for CX workshops, offline.&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find and Filter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Map as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be copied: %1</source>
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
        <source>Friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Metrics...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ocus on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all panels, or show them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files.</source>
        <translation>
            <numerusform>Exported %n files.</numerusform>
            <numerusform>Exported %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen for the projector, one stage at a time (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 x %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite Participants...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Join Code Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause or Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Voting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Event Log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event logs (*.csv *.txt *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Survey Responses...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Survey Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Journey from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted &quot;%1&quot; with %2 values from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Snapshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the journey or the whole project as it is now, inside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;napshots...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two journeys, or a journey with a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, goal, state, owner, status and review of the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the journey that links here (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Research Coverage...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of each stage and lane rests on evidence, and the assumptions with most friction attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opportunity Matrix...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities by customer value, business value and effort, in quadrants, ranked by the priority formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Mermaid Journey...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Mermaid journey diagram as a new journey: sections become stages, tasks customer actions, scores feelings, actors personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Mermaid Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd *.mermaid *.md *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey could not be imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Events from &amp;Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the event-log figures inside a PostgreSQL database and put them on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lane of a kind (actions, touchpoints, feelings, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tour of the Canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MapView</name>
    <message>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;, lane &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected</source>
        <translation>
            <numerusform>%n card selected</numerusform>
            <numerusform>%n cards selected</numerusform>
        </translation>
    </message>
    <message>
        <source>The picture cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the card or cell above, below, left or right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected card, or add a card to the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the text being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing or dragging; clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the context menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space+drag, middle button drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel, pinch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MarkedMap</name>
    <message>
        <source>Map compared from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map compared to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps overlaid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MatrixDialog</name>
    <message>
        <source>Priority from customer, business, effort, value (the mean of the two values) and friction (what the opportunity addresses), with + - * / and brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Opportunity Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF page (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity Matrix — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s formula cannot be used (%1); ranked by the standard one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Addresses: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a dot to change its scores: up and down the value (both values move together), left and right the effort. Opportunities not scored yet get their scores in Properties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MergeDialog</name>
    <message>
        <source>Mer&amp;ge...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring together two copies of a project that were edited apart. What only one copy changed is taken; where both changed the same thing differently, you decide. The three files stay as they are; the result is a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy both started from (e.g. the file as it was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theirs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other copy, edited elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All T&amp;heirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark projects (*.waymark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the three files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies cannot be merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from mine, %2 from theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: everything combines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): choose what to keep for each.</source>
        <translation>
            <numerusform>%n conflict: choose what to keep for it.</numerusform>
            <numerusform>%n conflicts: choose what to keep for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a new file: the three copies stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Merged Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (merged).waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark cannot write &quot;%1&quot;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MetricDialog</name>
    <message>
        <source>Metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: show, but do not judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES 2.0: agreement from 1 to 7 (&quot;made it easy&quot;), higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort scale: 1 to 5 (&quot;how much effort&quot;), lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ritical at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::OverlayBar</name>
    <message>
        <source>Metric overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical !!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction, scale, target and thresholds of the metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-%1: worst friction points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::OverlayStrip</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::PalettePanel</name>
    <message>
        <source>Card palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto a cell to add a card of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto a cell to add a touchpoint in this channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::PersonaEditor</name>
    <message>
        <source>Persona sheet preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Persona &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose Photo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste P&amp;hoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop a picture here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Trait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frustrations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traits (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trait name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trait value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove trait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a photo: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show on the journey &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::PersonaPanel</name>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the persona up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the persona down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import personas from another project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is linked to journeys or cards %n time(s). Delete the persona and unlink it everywhere? You can undo this.</source>
        <translation>
            <numerusform>&quot;%1&quot; is linked to journeys or cards once. Delete the persona and unlink it everywhere? You can undo this.</numerusform>
            <numerusform>&quot;%1&quot; is linked to journeys or cards %n times. Delete the persona and unlink it everywhere? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>the project has no personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark projects (*.waymark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export persona sheets as PDF or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Persona Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, one page per persona (*.pdf);;PNG, one file per persona (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheets could not be written to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Sheets...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::PersonaStrip</name>
    <message>
        <source>Persona %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas of this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link personas to this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personas yet: add them in the Personas panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for New Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma , (English Excel, most tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ; (German Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Waymark starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder for new work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New projects are kept there until you save them under a name; a change applies when Waymark starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network the participants&apos; phones are on (the room&apos;s Wi-Fi), and the port they connect to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::Presenter</name>
    <message>
        <source>Type a note and press Enter; Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, Page Down, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous stage, then the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text as a card to the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotlight on the pointer; a click shows the stage under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the join code and QR code large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::PropertiesPanel</name>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the lane&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to see and change its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected</source>
        <translation>
            <numerusform>%n card selected</numerusform>
            <numerusform>%n cards selected</numerusform>
        </translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;icture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture for the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the card&apos;s picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step that is a journey of its own: the card opens it (Alt+Down) and shows its friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opens journey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the linked insights: observed when one of them was observed (analytics, observation), else reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link insights in the Evidence panel to back the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effo&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain points and stages this opportunity addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Opportunity Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; addresses:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While presenting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::SnapshotsDialog</name>
    <message>
        <source>automatic, before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic, before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot keeps journeys with their metric values as they are now, inside the project file. Waymark also takes one before a restore and before an import changes values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Snapshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the snapshot&apos;s map, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as New Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>whole project (%n journey(s))</source>
        <translation>
            <numerusform>whole project (%n journey)</numerusform>
            <numerusform>whole project (%n journeys)</numerusform>
        </translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project (every journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::StartPage</name>
    <message>
        <source>&lt;h2&gt;Waymark&lt;/h2&gt;&lt;p&gt;Customer journey maps for CX workshops: stages and lanes, feelings, personas, and your metrics on the map to show where customers struggle.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from Template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six steps on the canvas: add a card, move it, draw a feeling, import data, export, start a workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::SurveyDialog</name>
    <message>
        <source>&amp;Survey responses: CSAT, NPS or CES per touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact records: repeat contacts, first contact resolution, self-service containment per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Survey Responses &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the column&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT 1-5 (satisfied: 4-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT 1-10 (satisfied: 9-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES 1-7 (7 = very easy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels where customers help themselves; every other channel counts as human contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Touchpoint or stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sca&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reso&amp;lved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-ser&amp;vice channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: Match to the Map...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the period column holds the dates of the responses (2026-03-15, 15.03.2026), they are counted by the month, week or quarter they fall in. Periods such as 2026-03 or Q1 2026 stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times without a zone in the file are read in this zone. The periods are cut in it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period or date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut by &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Waymark knows (e.g. Europe/Berlin, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::TemplateGallery</name>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template. Each has example cards that show what goes where; change or delete them as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example card(s)</source>
        <translation>
            <numerusform>%n example card</numerusform>
            <numerusform>%n example cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::Tour</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports made-up figures for the stages of this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an empty part of a cell on the map, or drag a card type from the &lt;b&gt;Palette&lt;/b&gt; onto a stage. Type its text; Ctrl+Enter keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card to another stage or lane: the blue bar shows where it will land. Alt+arrow keys move the selected card too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the &lt;b&gt;Feelings&lt;/b&gt; lane, drag a point up or down, or double-click the lane at the height of a feeling to add one. The curve follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;File &amp;gt; Import Metrics...&lt;/b&gt; reads your figures from CSV or Excel and shows them on the map; the overlay below picks the metric. No file at hand? Try the example data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;File &amp;gt; Export...&lt;/b&gt; (Ctrl+E) writes the map as PDF, PNG, PowerPoint and more, with a preview of exactly what you get. Export one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshop &amp;gt; Invite Participants...&lt;/b&gt; lets people add notes from their phones over the room&apos;s network; &lt;b&gt;View &amp;gt; Present&lt;/b&gt; (F5) puts the map on the projector. Start one now; &lt;b&gt;End Workshop&lt;/b&gt; stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Help &amp;gt; User Guide&lt;/b&gt; (F1) explains everything else, and &lt;b&gt;Help &amp;gt; Tour of the Canvas&lt;/b&gt; shows this tour again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example-data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopPanel</name>
    <message>
        <source>Invite Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network the participants&apos; phones are on (the room&apos;s Wi-Fi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the code large enough for the whole room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR Code Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which pain points hurt most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most per card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the new notes&apos; text; until then the projector shows only that notes arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only; notes could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants join from their phones on the same network; no account or internet needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Join code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) joined.</source>
        <translation>
            <numerusform>%n participant joined.</numerusform>
            <numerusform>%n participants joined.</numerusform>
        </translation>
    </message>
    <message>
        <source>Join the Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    Code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Voting is open on %n card(s).</source>
        <translation>
            <numerusform>Voting is open on %n card.</numerusform>
            <numerusform>Voting is open on %n cards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until revealed (double-click to reveal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n new)</source>
        <translation>
            <numerusform>Inbox (%n new)</numerusform>
            <numerusform>Inbox (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) placed on the map.</source>
        <translation>
            <numerusform>%n note placed on the map.</numerusform>
            <numerusform>%n notes placed on the map.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click cards on the map to give them your dots; Shift+click takes one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected notes into the map&apos;s current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopServer</name>
    <message>
        <source>Port %1 on %2 is in use by another program; choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1, port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
