<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA" sourcelanguage="en">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Generating the demo database at %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a SQLite demo database use -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo data to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs -o FILE (SQLite) or --source postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows (%2 deals) to %3 in %4 s (scale %5, seed %6%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a surface: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown surface &quot;%1&quot;; this build has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 surface exports %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>SQLite file (demo database or offline copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealix PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Dealix source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this connection only and never saved. Leave empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Dealix SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The target database already holds tenants; the demo data goes into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new database to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>No display: rendering the main window offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dealix Executive Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Dealix source: a SQLite file or a PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export surface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the current surface from the source (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dealix Executive Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <extracomment>Label before the tenant selector in the toolbar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dealix Executive Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealix Executive Desktop %1&lt;/h3&gt;&lt;p&gt;The decision surfaces of a Dealix tenant, computed from real data, in Arabic and English.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build does not read the Dealix REST API yet; use a sqlite: or postgresql:// source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SQLite database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database does not hold the Dealix schema (it has no tenants table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list tenants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source has no tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source has %1 tenants; choose one with --tenant (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant with id or slug &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set app.tenant_id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceOverview</name>
    <message>
        <source>Table %1 is missing: the surfaces that read it say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL shows this tenant no rows at all. Row-level security may be hiding them: the session&apos;s app.tenant_id is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceOverviewModel</name>
    <message>
        <source>Not present (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Present, %n column(s) missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enhanced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>Number of rows of the tenant in a table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceOverviewSurface</name>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceOverviewWidget</name>
    <message>
        <source>No source is connected. Use File ▸ Connect to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 source %2 · tenant %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row-level security: app.tenant_id = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1
Tenant: %2
Computed at: %3
Rows counted: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these figures come from: query, rows, time and source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceUrl</name>
    <message>
        <source>No source given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sqlite: source needs a file path, e.g. sqlite:/data/dealix.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the PostgreSQL password in PGPASSWORD or ~/.pgpass, not in the source URL: the URL is remembered and shown, a password must not be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL needs a database name: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported PostgreSQL URL option &quot;%1&quot; (supported: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed REST API URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised source &quot;%1&quot;. Use sqlite:PATH, postgresql://USER@HOST:PORT/DATABASE or https://HOST/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
