<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiTypeText</name>
    <message>
        <source>REST API (v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP API (v2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharacterNames</name>
    <message>
        <source>NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carriage return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;corscfg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS for Amazon API Gateway, right the first time: validate, render, lint and check CORS configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;corscfg --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;corscfg --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatNames</name>
    <message>
        <source>AWS SAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudFormation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swagger 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda (Node.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda (Python)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an undefined value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file starts with &apos;version: %1&apos;; create one with &apos;corscfg&apos; or the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1, but a project file is a mapping of keys such as &apos;version: %2&apos; and &apos;allowOrigins: [...]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;version&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &apos;version: %1&apos; as the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key must be a plain name, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice (first at line %2); YAML keeps only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it; the keys are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; must be the number %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &apos;version: %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was written by a newer CORS Configurator (format version %1); this version reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with a newer CORS Configurator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1 does not exist; the format is version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as a list, e.g. &apos;%1: [%2]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &apos;%2&apos; is empty (YAML reads a bare null or ~ as nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the entry, or quote it if you mean the text, e.g. &quot;null&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &apos;%2&apos; is %3; each entry must be a single text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one value per entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &apos;%1: true&apos; or &apos;%1: false&apos; (without quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;maxAge&apos; must be a whole number of seconds (or null for none), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e.g. &apos;maxAge: 600&apos; (without quotes), or &apos;maxAge: null&apos; for no Access-Control-Max-Age header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;apiType&apos; must be rest or http, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &apos;apiType: rest&apos; for a REST API (v1) or &apos;apiType: http&apos; for an HTTP API (v2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;authorizer&apos; must be none or the name of the header that carries the token, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e.g. &apos;authorizer: Authorization&apos;, or &apos;authorizer: none&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB; project files are at most 10 MiB (a real one is under 1 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is a *.cors.yaml project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is binary (it contains a NUL byte), not a YAML project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 YAML documents; a project file holds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one document (remove the extra &apos;---&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML is nested too deeply (more than %1 levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file is a flat mapping of keys to lists and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the YAML at this position (indent with spaces, close every bracket and quote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path; project files end in .cors.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a *.cors.yaml file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk took only part of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write SAM, Terraform, CloudFormation, OpenAPI, Swagger or Lambda snippets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats: %1.
Exit status: 0 written, 1 invalid configuration (nothing is written), 2 usage error or unreadable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every format (needs --output-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render for this API type instead of the project&apos;s: rest or http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to PATH instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all: the folder for template.yaml, cors.tf, cloudformation.yaml, openapi.yaml, swagger.json, handler.mjs and handler.py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;corscfg render --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; name the project file with --config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the project file with --config FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --format FORMAT or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all writes several files: name a folder with --output-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output names one file; with --all use --output-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-dir goes with --all; for one format use --output PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; the formats are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown API type &apos;%1&apos;; use rest or http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid configuration; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>%1: invalid (%2 error(s), %3 warning(s), %4 note(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2 warning(s), %3 note(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check project files (*.cors.yaml) and report FILE:LINE:COL diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 valid, 1 invalid, 2 usage error or unreadable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project files to validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one project file, e.g. &apos;corscfg validate api.cors.yaml&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is not a valid header name: a header name is letters, digits and !#$%&amp;&apos;*+-.^_`|~ without spaces or colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bare header name, e.g. &apos;X-Request-Id&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats entry %2 (header names are case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;*&apos; allows any request header except Authorization, which browsers never let a wildcard cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list Authorization if your pages send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a forbidden request header: browsers never let a page set it, so allowing it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is never shown to scripts, whatever Access-Control-Expose-Headers says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it; cookies reach the browser&apos;s cookie store without being exposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method is allowed, so every request that needs a preflight is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the methods your pages call, e.g. GET, POST and OPTIONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;*&apos; is an HTTP API shorthand; a REST API&apos;s OPTIONS response lists its methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the methods the API serves, e.g. GET, POST and OPTIONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an HTTP method name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a forbidden method: browsers never let a page send it, and allowing it only widens the attack surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not upper case; methods are matched case-sensitively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a method API Gateway routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already allowed by entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no scheme; an origin starts with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses a scheme other than http or https; API Gateway serves CORS only to web origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an upper-case scheme; browsers send it in lower case and the header never matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has upper-case letters in the host; browsers send it in lower case and the header never matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a non-ASCII host; browsers send its xn-- (Punycode) form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes the host in a form browsers rewrite before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a host that browsers refuse as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a pattern; API Gateway compares origins literally, so no browser&apos;s Origin ever matches it. Only &apos;*&apos;, &apos;https://*&apos; and &apos;http://*&apos; (HTTP API) are wildcards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a user name or password; an origin never carries credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with a slash; browsers send the origin without one and the header never matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a path; an origin is only scheme, host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a query; an origin is only scheme, host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a fragment; an origin is only scheme, host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a port that is not a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the scheme&apos;s default port; browsers leave it out of the Origin header and the header never matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes the port in a form browsers rewrite (leading zeros or an empty port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as the browser sends it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the origin your page is served from, e.g. &apos;https://app.example.com&apos; (scheme, host and port only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no origin is allowed, so browsers block every cross-origin request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the origin of your web page, e.g. &apos;https://app.example.com&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the origin of sandboxed iframes, file:// pages and redirected requests; allowing it lets any site&apos;s sandboxed page call your API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it and list the real origins of your pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an HTTP API wildcard; a REST API sends Access-Control-Allow-Origin as a literal value, which no browser&apos;s Origin matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the exact origins, or use &apos;*&apos; if the API is public and takes no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same origin as entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already allows every origin it covers; the other entries have no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep either the wildcard or the list of exact origins (the list is the least-privilege choice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a REST API&apos;s MOCK preflight answers with one static Access-Control-Allow-Origin, so it can carry only one origin (or &apos;*&apos;); the preflights of the other %1 origin(s) fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one origin, switch to an HTTP API (which matches a list), or answer OPTIONS from your Lambda so it can select the request&apos;s origin from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 contains a %2 at position %3; it would inject text into the generated headers and templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the character; put each value in an entry of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the empty entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into %1 entries: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has leading or trailing spaces, which API Gateway would send as part of the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds is outside API Gateway&apos;s range of -1 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a value from -1 (no caching) to 86400 (one day); 7200 is the most Chromium honours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds is more than browsers keep a preflight: Chromium caps it at 7200, Safari (WebKit) at 600, Firefox at 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7200 gives Chromium its maximum; higher values only help Firefox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds is more than Safari (WebKit) keeps a preflight: it caps the cache at 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change; Safari simply sends the preflight again after 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 together with allowCredentials: browsers reject a wildcard origin on credentialed requests and API Gateway refuses to deploy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the exact origins that may send credentials, or turn allowCredentials off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 together with allowCredentials: on credentialed requests browsers read &apos;*&apos; as a method literally named &apos;*&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the methods explicitly, or turn allowCredentials off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 together with allowCredentials: on credentialed requests browsers read &apos;*&apos; as a header literally named &apos;*&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the request headers explicitly, or turn allowCredentials off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 together with allowCredentials: on credentialed requests browsers read &apos;*&apos; as a header literally named &apos;*&apos; and expose nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the response headers to expose, or turn allowCredentials off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token header name contains a %1 at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid header name: a header name is letters, digits and !#$%&amp;&apos;*+-.^_`|~ without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the header that carries the token, e.g. Authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a forbidden request header: a browser never lets a page send it, so the token could never arrive from fetch().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the token in Authorization or a custom header such as X-Auth-Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a single quote; a REST API sends CORS headers as static values in single quotes, which cannot contain one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the header without the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a single quote; a REST API sends Access-Control-Allow-Origin as a static value in single quotes, which cannot contain one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an HTTP API for this origin, or select it in your Lambda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 values separated by commas, spaces or line breaks; each entry must be one value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
