<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%1: imported %2 &apos;%3&apos; (%4) with %n note(s).</source>
        <translation>
            <numerusform>%1: imported %2 &apos;%3&apos; (%4) with %n note.</numerusform>
            <numerusform>%1: imported %2 &apos;%3&apos; (%4) with %n notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickFixText</name>
    <message numerus="yes">
        <source>Split into %n entries</source>
        <translation>
            <numerusform>Split into %n entry</numerusform>
            <numerusform>Split into %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message numerus="yes">
        <source>The template defines %n APIs: %1.</source>
        <translation>
            <numerusform>The template defines %n API: %1.</numerusform>
            <numerusform>The template defines %n APIs: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cors::gui::ImportReport</name>
    <message numerus="yes">
        <source>&lt;p&gt;The form now holds the CORS settings of the %1 &lt;b&gt;%2&lt;/b&gt; (%3) from %4.&lt;/p&gt;&lt;p&gt;%n thing(s) could not be taken over as written. Values that are not literals were left as they are: set them in the form.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The form now holds the CORS settings of the %1 &lt;b&gt;%2&lt;/b&gt; (%3) from %4.&lt;/p&gt;&lt;p&gt;%n thing could not be taken over as written. Values that are not literals were left as they are: set them in the form.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;The form now holds the CORS settings of the %1 &lt;b&gt;%2&lt;/b&gt; (%3) from %4.&lt;/p&gt;&lt;p&gt;%n things could not be taken over as written. Values that are not literals were left as they are: set them in the form.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cors::gui::MainWindow</name>
    <message numerus="yes">
        <source>The template defines %n APIs. Import the CORS settings of:</source>
        <translation>
            <numerusform>The template defines %n API. Import the CORS settings of:</numerusform>
            <numerusform>The template defines %n APIs. Import the CORS settings of:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the %1 %2 from %3 with %n note(s).</source>
        <translation>
            <numerusform>Imported the %1 %2 from %3 with %n note.</numerusform>
            <numerusform>Imported the %1 %2 from %3 with %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cors::gui::TesterPanel</name>
    <message numerus="yes">
        <source>Copied %n curl command(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n curl command to the clipboard.</numerusform>
            <numerusform>Copied %n curl commands to the clipboard.</numerusform>
        </translation>
    </message>
</context>
</TS>
