<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Advice</name>
    <message>
        <source>&apos;*&apos; lets every website call the API from its visitors&apos; browsers.</source>
        <translation>&apos;*&apos; erlaubt jeder Website, die API aus den Browsern ihrer Besucher aufzurufen.</translation>
    </message>
    <message>
        <source>&apos;*&apos; with credentials: browsers refuse every credentialed response.</source>
        <translation>&apos;*&apos; mit Anmeldedaten: Browser verweigern jede Antwort auf eine Anfrage mit Anmeldedaten.</translation>
    </message>
    <message>
        <source>&apos;https://*&apos; or &apos;http://*&apos; admits every site of that scheme.</source>
        <translation>&apos;https://*&apos; oder &apos;http://*&apos; lässt jede Website dieses Schemas zu.</translation>
    </message>
    <message>
        <source>An http:// origin other than loopback can be impersonated on the network.</source>
        <translation>Ein http://-Origin außer Loopback lässt sich im Netz fälschen.</translation>
    </message>
    <message>
        <source>Credentials for an http:// origin other than loopback travel in clear text.</source>
        <translation>Anmeldedaten für einen http://-Origin außer Loopback gehen im Klartext über das Netz.</translation>
    </message>
    <message>
        <source>A localhost origin is for development; remove it before production.</source>
        <translation>Ein localhost-Origin ist für die Entwicklung; entfernen Sie ihn vor dem Produktivbetrieb.</translation>
    </message>
    <message>
        <source>The preflight never carries the token: OPTIONS must be exempt from the authorizer.</source>
        <translation>Der Preflight trägt nie das Token: OPTIONS muss vom Authorizer ausgenommen sein.</translation>
    </message>
    <message>
        <source>The preflight never carries the API key: OPTIONS must not require it.</source>
        <translation>Der Preflight trägt nie den API-Schlüssel: OPTIONS darf ihn nicht verlangen.</translation>
    </message>
    <message>
        <source>HTTP APIs have no API keys.</source>
        <translation>HTTP-APIs haben keine API-Schlüssel.</translation>
    </message>
    <message>
        <source>The authorizer&apos;s token header is not an allowed header: every authenticated request fails its preflight.</source>
        <translation>Der Token-Header des Authorizers ist kein erlaubter Header: Jede authentifizierte Anfrage scheitert am Preflight.</translation>
    </message>
    <message>
        <source>X-Api-Key is not an allowed header: every request with the key fails its preflight.</source>
        <translation>X-Api-Key ist kein erlaubter Header: Jede Anfrage mit dem Schlüssel scheitert am Preflight.</translation>
    </message>
    <message>
        <source>&apos;*&apos; in allowed headers never covers Authorization.</source>
        <translation>&apos;*&apos; bei den erlaubten Headern deckt Authorization nie ab.</translation>
    </message>
    <message>
        <source>Requests with a body are allowed but Content-Type is not: JSON requests fail the preflight.</source>
        <translation>Anfragen mit Body sind erlaubt, Content-Type aber nicht: JSON-Anfragen scheitern am Preflight.</translation>
    </message>
    <message>
        <source>API Gateway&apos;s own 4xx/5xx responses carry no CORS headers: the browser hides the real error.</source>
        <translation>Die eigenen 4xx/5xx-Antworten von API Gateway tragen keine CORS-Header: Der Browser verbirgt den eigentlichen Fehler.</translation>
    </message>
    <message>
        <source>Without a max age browsers cache a preflight for 5 seconds.</source>
        <translation>Ohne Max-Age speichern Browser einen Preflight 5 Sekunden lang.</translation>
    </message>
    <message>
        <source>A max age of 0 or -1 makes every request pay for a preflight.</source>
        <translation>Ein Max-Age von 0 oder -1 lässt jede Anfrage einen Preflight bezahlen.</translation>
    </message>
    <message>
        <source>Browsers cap the preflight cache (Chromium 7200 s, WebKit 600 s).</source>
        <translation>Browser begrenzen den Preflight-Cache (Chromium 7200 s, WebKit 600 s).</translation>
    </message>
    <message>
        <source>&apos;*&apos; allows every method, including ones the API never serves.</source>
        <translation>&apos;*&apos; erlaubt jede Methode, auch solche, die die API nie bedient.</translation>
    </message>
    <message>
        <source>Every method is allowed; list only the ones the API serves.</source>
        <translation>Jede Methode ist erlaubt; führen Sie nur die auf, die die API bedient.</translation>
    </message>
    <message>
        <source>OPTIONS is not among the allowed methods.</source>
        <translation>OPTIONS gehört nicht zu den erlaubten Methoden.</translation>
    </message>
    <message>
        <source>A forbidden request header can never be set by a page.</source>
        <translation>Ein verbotener Request-Header kann von keiner Seite gesetzt werden.</translation>
    </message>
    <message>
        <source>A CORS-safelisted header never needs allowing.</source>
        <translation>Ein CORS-safelisted Header muss nie erlaubt werden.</translation>
    </message>
    <message>
        <source>On a REST API only the integration&apos;s response can expose headers.</source>
        <translation>Bei einer REST-API kann nur die Antwort der Integration Header freigeben.</translation>
    </message>
    <message>
        <source>A response that selects one of several origins must send Vary: Origin.</source>
        <translation>Eine Antwort, die einen von mehreren Origins auswählt, muss Vary: Origin senden.</translation>
    </message>
    <message>
        <source>browsers send the preflight without the token, so an authorizer on OPTIONS answers 401/403 and every request fails.</source>
        <translation>Browser senden den Preflight ohne Token, also antwortet ein Authorizer auf OPTIONS mit 401/403 und jede Anfrage scheitert.</translation>
    </message>
    <message>
        <source>Keep OPTIONS unauthenticated: the generated templates set AddDefaultAuthorizerToCorsPreflight: false (SAM) or authorization NONE on the OPTIONS methods; do the same in templates you write yourself.</source>
        <translation>Lassen Sie OPTIONS ohne Authentifizierung: Die erzeugten Vorlagen setzen AddDefaultAuthorizerToCorsPreflight: false (SAM) oder authorization NONE an den OPTIONS-Methoden; tun Sie dasselbe in selbst geschriebenen Vorlagen.</translation>
    </message>
    <message>
        <source>browsers send the preflight without X-Api-Key, so an OPTIONS method that requires the key answers 403.</source>
        <translation>Browser senden den Preflight ohne X-Api-Key, also antwortet eine OPTIONS-Methode, die den Schlüssel verlangt, mit 403.</translation>
    </message>
    <message>
        <source>Keep the key off OPTIONS: the generated templates set AddApiKeyRequiredToCorsPreflight: false (SAM) or api_key_required false on the OPTIONS methods.</source>
        <translation>Verlangen Sie den Schlüssel nicht für OPTIONS: Die erzeugten Vorlagen setzen AddApiKeyRequiredToCorsPreflight: false (SAM) oder api_key_required false an den OPTIONS-Methoden.</translation>
    </message>
    <message>
        <source>API Gateway&apos;s own errors (authorizer 401/403, throttling 429, integration timeouts and 5xx) carry no CORS headers, so the browser reports a CORS failure and hides the real error.</source>
        <translation>Die eigenen Fehler von API Gateway (Authorizer 401/403, Drosselung 429, Integrations-Timeouts und 5xx) tragen keine CORS-Header, also meldet der Browser einen CORS-Fehler und verbirgt den eigentlichen Fehler.</translation>
    </message>
    <message>
        <source>Turn gatewayResponses on: DEFAULT_4XX and DEFAULT_5XX then carry Access-Control-Allow-Origin.</source>
        <translation>Schalten Sie gatewayResponses ein: DEFAULT_4XX und DEFAULT_5XX tragen dann Access-Control-Allow-Origin.</translation>
    </message>
    <message>
        <source>a REST API&apos;s CORS settings cannot add Access-Control-Expose-Headers to your responses: only the integration&apos;s response can carry it.</source>
        <translation>die CORS-Einstellungen einer REST-API können Ihren Antworten kein Access-Control-Expose-Headers hinzufügen: Nur die Antwort der Integration kann es tragen.</translation>
    </message>
    <message>
        <source>Return Access-Control-Expose-Headers from the Lambda (the generated Lambda examples do) or map it in the integration response.</source>
        <translation>Geben Sie Access-Control-Expose-Headers aus der Lambda zurück (die erzeugten Lambda-Beispiele tun das) oder bilden Sie es in der Integrationsantwort ab.</translation>
    </message>
    <message>
        <source>HTTP APIs do not support API keys or usage plans.</source>
        <translation>HTTP-APIs unterstützen weder API-Schlüssel noch Nutzungspläne.</translation>
    </message>
    <message>
        <source>Turn apiKeyRequired off and use an authorizer, or switch to a REST API.</source>
        <translation>Schalten Sie apiKeyRequired aus und verwenden Sie einen Authorizer, oder wechseln Sie zu einer REST-API.</translation>
    </message>
    <message>
        <source>&apos;*&apos; together with allowCredentials: browsers refuse every response to a request with credentials that allows any origin, and API Gateway refuses to deploy it.</source>
        <translation>&apos;*&apos; zusammen mit allowCredentials: Browser verweigern jede Antwort auf eine Anfrage mit Anmeldedaten, die jeden Origin erlaubt, und API Gateway verweigert das Deployment.</translation>
    </message>
    <message>
        <source>Name the origins that send credentials, e.g. https://app.example.com, or turn allowCredentials off.</source>
        <translation>Nennen Sie die Origins, die Anmeldedaten senden, z. B. https://app.example.com, oder schalten Sie allowCredentials aus.</translation>
    </message>
    <message>
        <source>&apos;*&apos; lets every website read this API&apos;s responses from its visitors&apos; browsers.</source>
        <translation>&apos;*&apos; lässt jede Website die Antworten dieser API aus den Browsern ihrer Besucher lesen.</translation>
    </message>
    <message>
        <source>Name the origins that need access (least privilege), e.g. https://app.example.com; keep &apos;*&apos; only for truly public, unauthenticated data.</source>
        <translation>Nennen Sie die Origins, die Zugriff brauchen (geringste Rechte), z. B. https://app.example.com; behalten Sie &apos;*&apos; nur für wirklich öffentliche Daten ohne Anmeldung.</translation>
    </message>
    <message>
        <source>%1 admits every %2 site on the internet, not only yours.</source>
        <translation>%1 lässt jede %2-Website im Internet zu, nicht nur Ihre.</translation>
    </message>
    <message>
        <source>Name the origins that need access, e.g. https://app.example.com.</source>
        <translation>Nennen Sie die Origins, die Zugriff brauchen, z. B. https://app.example.com.</translation>
    </message>
    <message>
        <source>%1 is plain http: anyone on the network path can inject a script into that site and make credentialed calls as its users.</source>
        <translation>%1 ist unverschlüsseltes http: Jeder auf dem Netzweg kann ein Skript in diese Website einschleusen und im Namen ihrer Nutzer Aufrufe mit Anmeldedaten machen.</translation>
    </message>
    <message>
        <source>Serve the site over https and allow %1 instead.</source>
        <translation>Liefern Sie die Website über https aus und erlauben Sie stattdessen %1.</translation>
    </message>
    <message>
        <source>%1 is plain http: anyone on the network path can pose as that site.</source>
        <translation>%1 ist unverschlüsseltes http: Jeder auf dem Netzweg kann sich als diese Website ausgeben.</translation>
    </message>
    <message>
        <source>%1 is a development origin: any page a developer opens on that port could call the production API.</source>
        <translation>%1 ist ein Entwicklungs-Origin: Jede Seite, die ein Entwickler auf diesem Port öffnet, könnte die Produktiv-API aufrufen.</translation>
    </message>
    <message>
        <source>Keep it in a development stage only; remove it before production.</source>
        <translation>Behalten Sie ihn nur in einer Entwicklungs-Stage; entfernen Sie ihn vor dem Produktivbetrieb.</translation>
    </message>
    <message>
        <source>With %1 origins the allowed origin depends on the request; a response cached for one origin must not be served to another.</source>
        <translation>Bei %1 Origins hängt der erlaubte Origin von der Anfrage ab; eine für einen Origin gecachte Antwort darf keinem anderen ausgeliefert werden.</translation>
    </message>
    <message>
        <source>Every response that selects the origin (a Lambda, a CloudFront function) must send Vary: Origin; the generated Lambda examples do.</source>
        <translation>Jede Antwort, die den Origin auswählt (eine Lambda, eine CloudFront-Funktion), muss Vary: Origin senden; die erzeugten Lambda-Beispiele tun das.</translation>
    </message>
    <message>
        <source>&apos;*&apos; allows every method, DELETE and PATCH included, even where the API serves only reads.</source>
        <translation>&apos;*&apos; erlaubt jede Methode, auch DELETE und PATCH, selbst wo die API nur Lesezugriffe bedient.</translation>
    </message>
    <message>
        <source>List the methods the API serves, e.g. GET, POST, OPTIONS.</source>
        <translation>Führen Sie die Methoden auf, die die API bedient, z. B. GET, POST, OPTIONS.</translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH and DELETE are all allowed; a page on an allowed origin can then call every write the API has.</source>
        <translation>GET, POST, PUT, PATCH und DELETE sind alle erlaubt; eine Seite auf einem erlaubten Origin kann dann jeden schreibenden Aufruf der API ausführen.</translation>
    </message>
    <message>
        <source>Keep only the methods the browser clients use.</source>
        <translation>Behalten Sie nur die Methoden, die die Browser-Clients verwenden.</translation>
    </message>
    <message>
        <source>OPTIONS is not listed; API Gateway&apos;s console and SAM list it in Access-Control-Allow-Methods for the preflight method itself.</source>
        <translation>OPTIONS fehlt; die API-Gateway-Konsole und SAM führen es in Access-Control-Allow-Methods für die Preflight-Methode selbst auf.</translation>
    </message>
    <message>
        <source>Add OPTIONS to allowMethods to match the OPTIONS method the API defines.</source>
        <translation>Fügen Sie OPTIONS zu allowMethods hinzu, passend zur OPTIONS-Methode, die die API definiert.</translation>
    </message>
    <message>
        <source>POST, PUT or PATCH are allowed but Content-Type is not: a request with Content-Type: application/json needs a preflight that then fails.</source>
        <translation>POST, PUT oder PATCH sind erlaubt, Content-Type aber nicht: Eine Anfrage mit Content-Type: application/json braucht einen Preflight, der dann scheitert.</translation>
    </message>
    <message>
        <source>Add Content-Type to allowHeaders.</source>
        <translation>Fügen Sie Content-Type zu allowHeaders hinzu.</translation>
    </message>
    <message>
        <source>the authorizer reads %1, which is not an allowed header: every authenticated request fails its preflight.</source>
        <translation>der Authorizer liest %1, das kein erlaubter Header ist: Jede authentifizierte Anfrage scheitert am Preflight.</translation>
    </message>
    <message>
        <source>Add %1 to allowHeaders (&apos;*&apos; never covers Authorization).</source>
        <translation>Fügen Sie %1 zu allowHeaders hinzu (&apos;*&apos; deckt Authorization nie ab).</translation>
    </message>
    <message>
        <source>an API key is required but X-Api-Key is not an allowed header: every request that sends the key fails its preflight.</source>
        <translation>ein API-Schlüssel ist erforderlich, aber X-Api-Key ist kein erlaubter Header: Jede Anfrage, die den Schlüssel sendet, scheitert am Preflight.</translation>
    </message>
    <message>
        <source>Add X-Api-Key to allowHeaders.</source>
        <translation>Fügen Sie X-Api-Key zu allowHeaders hinzu.</translation>
    </message>
    <message>
        <source>&apos;*&apos; allows any request header except Authorization: Firefox and Safari refuse a request that sends Authorization, and Chromium only still lets it through.</source>
        <translation>&apos;*&apos; erlaubt jeden Request-Header außer Authorization: Firefox und Safari verweigern eine Anfrage, die Authorization sendet, und Chromium lässt sie nur noch durch.</translation>
    </message>
    <message>
        <source>If clients send Authorization, list it next to &apos;*&apos;.</source>
        <translation>Wenn Clients Authorization senden, führen Sie es neben &apos;*&apos; auf.</translation>
    </message>
    <message>
        <source>%1 is a forbidden request header: no page can set it, so allowing it suggests a dependency that cannot exist.</source>
        <translation>%1 ist ein verbotener Request-Header: Keine Seite kann ihn setzen, ihn zu erlauben täuscht also eine Abhängigkeit vor, die es nicht geben kann.</translation>
    </message>
    <message>
        <source>Remove %1 from allowHeaders.</source>
        <translation>Entfernen Sie %1 aus allowHeaders.</translation>
    </message>
    <message>
        <source>%1 is CORS-safelisted for ordinary values: listing it is harmless but suggests it needs allowing.</source>
        <translation>%1 ist für gewöhnliche Werte CORS-safelisted: Ihn aufzuführen schadet nicht, erweckt aber den Eindruck, er müsse erlaubt werden.</translation>
    </message>
    <message>
        <source>You can remove %1 from allowHeaders (keep it only for values over 128 bytes or with unusual characters).</source>
        <translation>Sie können %1 aus allowHeaders entfernen (behalten Sie ihn nur für Werte über 128 Byte oder mit ungewöhnlichen Zeichen).</translation>
    </message>
    <message>
        <source>no max age: browsers cache each preflight for only 5 seconds, so nearly every non-simple request costs an extra round trip.</source>
        <translation>kein Max-Age: Browser speichern jeden Preflight nur 5 Sekunden, also kostet fast jede nicht einfache Anfrage einen zusätzlichen Roundtrip.</translation>
    </message>
    <message>
        <source>Set maxAge, e.g. 600 (WebKit&apos;s cap) or 7200 (Chromium&apos;s).</source>
        <translation>Setzen Sie maxAge, z. B. 600 (Obergrenze von WebKit) oder 7200 (von Chromium).</translation>
    </message>
    <message>
        <source>%1 disables the preflight cache: every non-simple request is preceded by a preflight.</source>
        <translation>%1 schaltet den Preflight-Cache ab: Jeder nicht einfachen Anfrage geht ein Preflight voraus.</translation>
    </message>
    <message>
        <source>Set maxAge to 600 or more unless you change CORS settings often.</source>
        <translation>Setzen Sie maxAge auf 600 oder mehr, sofern Sie die CORS-Einstellungen nicht oft ändern.</translation>
    </message>
    <message>
        <source>%1 seconds is more than Chromium (7200 s) and WebKit (600 s) keep a preflight; only Firefox honours up to 86400.</source>
        <translation>%1 Sekunden sind mehr, als Chromium (7200 s) und WebKit (600 s) einen Preflight behalten; nur Firefox beachtet bis zu 86400.</translation>
    </message>
    <message>
        <source>%1 seconds is more than WebKit (Safari) keeps a preflight: it caps the cache at 600 seconds.</source>
        <translation>%1 Sekunden sind mehr, als WebKit (Safari) einen Preflight behält: Es begrenzt den Cache auf 600 Sekunden.</translation>
    </message>
    <message>
        <source>Nothing breaks; 7200 is the most that helps in Chromium, 600 in Safari.</source>
        <translation>Nichts geht kaputt; 7200 ist das Höchste, was in Chromium hilft, 600 in Safari.</translation>
    </message>
    <message>
        <source>OPTIONS goes through the authorizer or API key check: every preflight fails with 401/403.</source>
        <translation>OPTIONS durchläuft den Authorizer oder die API-Key-Prüfung: jeder Preflight scheitert mit 401/403.</translation>
    </message>
    <message>
        <source>the authorizer and the API key</source>
        <translation>den Authorizer und den API-Key</translation>
    </message>
    <message>
        <source>the authorizer</source>
        <translation>den Authorizer</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>den API-Key</translation>
    </message>
    <message>
        <source>OPTIONS requests go through %1, but browsers send the preflight without any token or key: API Gateway answers every preflight %2 and the browser blocks every request that needs one.</source>
        <translation>OPTIONS-Anfragen durchlaufen %1, aber Browser senden den Preflight ohne Token oder Key: API Gateway beantwortet jeden Preflight mit %2, und der Browser blockiert jede Anfrage, die einen braucht.</translation>
    </message>
    <message>
        <source>Exempt OPTIONS: set AddDefaultAuthorizerToCorsPreflight: false and AddApiKeyRequiredToCorsPreflight: false (SAM), or authorization NONE and no API key on the OPTIONS methods; the generated snippets do this. Then untick authorizePreflight.</source>
        <translation>OPTIONS ausnehmen: AddDefaultAuthorizerToCorsPreflight: false und AddApiKeyRequiredToCorsPreflight: false setzen (SAM) oder Autorisierung NONE und keinen API-Key an den OPTIONS-Methoden; die erzeugten Snippets tun das. Danach authorizePreflight abwählen.</translation>
    </message>
    <message>
        <source>Add an OPTIONS /{proxy+} route without authorization (the generated SAM template does) so that CorsConfiguration answers the preflight. Then untick authorizePreflight.</source>
        <translation>Eine Route OPTIONS /{proxy+} ohne Autorisierung anlegen (das erzeugte SAM-Template tut das), damit CorsConfiguration den Preflight beantwortet. Danach authorizePreflight abwählen.</translation>
    </message>
    <message>
        <source>An ANY or $default route with the authorizer also catches OPTIONS: it needs an OPTIONS route without authorization.</source>
        <translation>Eine ANY- oder $default-Route mit dem Authorizer fängt auch OPTIONS ab: Sie braucht eine OPTIONS-Route ohne Autorisierung.</translation>
    </message>
    <message>
        <source>%1 has the authorizer and also catches OPTIONS, so a preflight, which carries no token, would get 401 there.</source>
        <translation>%1 hat den Authorizer und fängt auch OPTIONS ab, also bekäme ein Preflight, der kein Token trägt, dort 401.</translation>
    </message>
    <message>
        <source>The generated snippets add %1 without authorization; a template you write yourself needs the same route.</source>
        <translation>Die erzeugten Snippets legen %1 ohne Autorisierung an; eine selbst geschriebene Vorlage braucht dieselbe Route.</translation>
    </message>
    <message>
        <source>%1 is only a parent of this project&apos;s routes: it has no method and no preflight, so API Gateway answers 403 Missing Authentication Token. Add a route for it, or check the path.</source>
        <translation>%1 ist nur Elternressource der Routen dieses Projekts: Sie hat weder Methode noch Preflight, also antwortet API Gateway mit 403 Missing Authentication Token. Legen Sie eine Route dafür an oder prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>This URL reaches the route %1 of this project; its preflight allows %2.</source>
        <translation>Diese URL erreicht die Route %1 dieses Projekts; ihr Preflight erlaubt %2.</translation>
    </message>
    <message>
        <source>The route does not serve %1: add it to the route&apos;s methods (and to allowMethods).</source>
        <translation>Die Route bedient %1 nicht: Fügen Sie es zu den Methoden der Route (und zu allowMethods) hinzu.</translation>
    </message>
    <message>
        <source>%1 is not among them: add it to allowMethods.</source>
        <translation>%1 gehört nicht dazu: Fügen Sie es zu allowMethods hinzu.</translation>
    </message>
    <message>
        <source>The route goes through the authorizer (%1).</source>
        <translation>Die Route durchläuft den Authorizer (%1).</translation>
    </message>
    <message>
        <source>This URL reaches the route %1 of this project%2.</source>
        <translation>Diese URL erreicht die Route %1 dieses Projekts%2.</translation>
    </message>
    <message>
        <source>, which goes through the authorizer (%1)</source>
        <translation>, die den Authorizer durchläuft (%1)</translation>
    </message>
    <message>
        <source>No route of this project serves %1: API Gateway answers 403 Missing Authentication Token. Add a route for it, or check the path and the stage.</source>
        <translation>Keine Route dieses Projekts bedient %1: API Gateway antwortet mit 403 Missing Authentication Token. Legen Sie eine Route dafür an oder prüfen Sie Pfad und Stage.</translation>
    </message>
    <message>
        <source>No route of this project serves %1 %2: API Gateway answers 404 Not Found. Add a route for it, or check the path.</source>
        <translation>Keine Route dieses Projekts bedient %1 %2: API Gateway antwortet mit 404 Not Found. Legen Sie eine Route dafür an oder prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>Several origins on a REST API: the MOCK preflight&apos;s mapping template echoes the request&apos;s origin when it is exactly one of them.</source>
        <translation>Mehrere Origins bei einer REST-API: Die Mapping-Vorlage des MOCK-Preflights gibt den Origin der Anfrage zurück, wenn er genau einer davon ist.</translation>
    </message>
    <message>
        <source>Gateway responses take static values only: with several origins, only the first one&apos;s pages can read API Gateway&apos;s own errors.</source>
        <translation>Gateway-Antworten nehmen nur feste Werte: Bei mehreren Origins können nur die Seiten des ersten die eigenen Fehler von API Gateway lesen.</translation>
    </message>
    <message>
        <source>%1 origins: a REST API&apos;s MOCK preflight cannot list them in a static header, so its integration response carries a mapping template that sets Access-Control-Allow-Origin to the request&apos;s Origin only when it is exactly one of them (no patterns), with Vary: Origin. Any other origin&apos;s preflight gets no Access-Control-Allow-Origin and the browser blocks it.</source>
        <translation>%1 Origins: Der MOCK-Preflight einer REST-API kann sie nicht in einem festen Header aufführen, daher trägt seine Integrationsantwort eine Mapping-Vorlage, die Access-Control-Allow-Origin nur dann auf den Origin der Anfrage setzt, wenn er genau einer davon ist (keine Muster), mit Vary: Origin. Der Preflight jedes anderen Origins erhält kein Access-Control-Allow-Origin, und der Browser blockiert ihn.</translation>
    </message>
    <message>
        <source>Nothing to do: every REST render carries the template (SAM in a DefinitionBody). The Lambda must select the origin the same way for the actual request, as the Lambda examples do.</source>
        <translation>Nichts zu tun: Jede REST-Ausgabe enthält die Vorlage (SAM in einem DefinitionBody). Die Lambda-Funktion muss den Origin für die eigentliche Anfrage genauso auswählen, wie es die Lambda-Beispiele tun.</translation>
    </message>
    <message>
        <source>API Gateway&apos;s own errors (401 from the authorizer, 403 for a missing key, 429, 5XX) come from gateway responses, which take only static values or request parameters, never a template. They name the first origin, %1: the pages of the other %2 origin(s) see those errors as CORS errors. Reflecting method.request.header.Origin instead would let every website read them, which is why it is not done.</source>
        <translation>Die eigenen Fehler von API Gateway (401 vom Authorizer, 403 bei fehlendem Schlüssel, 429, 5XX) stammen aus Gateway-Antworten, die nur feste Werte oder Anfrageparameter nehmen, nie eine Vorlage. Sie nennen den ersten Origin, %1: Die Seiten der anderen %2 Origin(s) sehen diese Fehler als CORS-Fehler. method.request.header.Origin zurückzuspiegeln würde jede Website sie lesen lassen; deshalb geschieht es nicht.</translation>
    </message>
    <message>
        <source>Put the origin whose users most need readable errors first in allowOrigins.</source>
        <translation>Stellen Sie den Origin, dessen Nutzer lesbare Fehler am dringendsten brauchen, an den Anfang von allowOrigins.</translation>
    </message>
    <message>
        <source>stage %1: </source>
        <translation>Stage %1: </translation>
    </message>
</context>
<context>
    <name>ApiTypeText</name>
    <message>
        <source>REST API (v1)</source>
        <translation>REST-API (v1)</translation>
    </message>
    <message>
        <source>HTTP API (v2)</source>
        <translation>HTTP-API (v2)</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the disk took only part of the file</source>
        <translation>der Datenträger hat nur einen Teil der Datei aufgenommen</translation>
    </message>
</context>
<context>
    <name>CharacterNames</name>
    <message>
        <source>NUL</source>
        <translation>NUL</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>line feed</source>
        <translation>Zeilenvorschub</translation>
    </message>
    <message>
        <source>carriage return</source>
        <translation>Wagenrücklauf</translation>
    </message>
    <message>
        <source>escape</source>
        <translation>Escape-Zeichen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschzeichen</translation>
    </message>
    <message>
        <source>control character</source>
        <translation>Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Send a request as a browser would and show whether it allows it.</source>
        <translation>Eine Anfrage wie ein Browser senden und zeigen, ob er sie erlaubt.</translation>
    </message>
    <message>
        <source>Sends the preflight only when a browser would, the actual request only when the preflight passed, follows redirects hop by hop, and judges every response as the chosen browser does.
Exit status: 0 allowed, 1 blocked, 2 usage error, 3 no response at all (connection refused, DNS, timeout).</source>
        <translation>Sendet den Preflight nur, wenn ein Browser es täte, die eigentliche Anfrage nur nach bestandenem Preflight, folgt Weiterleitungen Schritt für Schritt und beurteilt jede Antwort wie der gewählte Browser.
Exit-Status: 0 erlaubt, 1 blockiert, 2 Bedienfehler, 3 gar keine Antwort (Verbindung abgelehnt, DNS, Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>The endpoint to call.</source>
        <translation>Der aufzurufende Endpunkt.</translation>
    </message>
    <message>
        <source>The origin of the calling page, e.g. https://app.example.com.</source>
        <translation>Der Origin der aufrufenden Seite, z. B. https://app.example.com.</translation>
    </message>
    <message>
        <source>The method fetch() is called with (default GET).</source>
        <translation>Die Methode, mit der fetch() aufgerufen wird (Standard GET).</translation>
    </message>
    <message>
        <source>A request header the page sets; repeatable.</source>
        <translation>Ein Request-Header, den die Seite setzt; wiederholbar.</translation>
    </message>
    <message>
        <source>Call fetch() with credentials: &apos;include&apos;.</source>
        <translation>fetch() mit credentials: &apos;include&apos; aufrufen.</translation>
    </message>
    <message>
        <source>A string body.</source>
        <translation>Ein Text-Body.</translation>
    </message>
    <message>
        <source>Judge as chromium (default), firefox or webkit.</source>
        <translation>Beurteilen wie chromium (Standard), firefox oder webkit.</translation>
    </message>
    <message>
        <source>Seconds to wait for each response (default 10).</source>
        <translation>Sekunden Wartezeit für jede Antwort (Standard 10).</translation>
    </message>
    <message>
        <source>Accept invalid TLS certificates (browsers never do; a warning is printed).</source>
        <translation>Ungültige TLS-Zertifikate akzeptieren (Browser tun das nie; eine Warnung wird ausgegeben).</translation>
    </message>
    <message>
        <source>give the URL to check.</source>
        <translation>geben Sie die zu prüfende URL an.</translation>
    </message>
    <message>
        <source>give exactly one URL (got %1).</source>
        <translation>geben Sie genau eine URL an (erhalten: %1).</translation>
    </message>
    <message>
        <source>--origin is required: the origin of the page that calls the API, e.g. https://app.example.com.</source>
        <translation>--origin ist erforderlich: der Origin der Seite, die die API aufruft, z. B. https://app.example.com.</translation>
    </message>
    <message>
        <source>--browser &apos;%1&apos; is not one of chromium, firefox, webkit.</source>
        <translation>--browser &apos;%1&apos; ist keiner von chromium, firefox, webkit.</translation>
    </message>
    <message>
        <source>warning: --insecure: TLS certificate errors are ignored; a browser would refuse this connection.</source>
        <translation>warning: --insecure: TLS-Zertifikatsfehler werden ignoriert; ein Browser würde diese Verbindung verweigern.</translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>ignoriert: %1</translation>
    </message>
    <message>
        <source>%1 names no exact origin to call from; give --origin.</source>
        <translation>%1 nennt keinen genauen Origin, von dem aus aufgerufen werden kann; geben Sie --origin an.</translation>
    </message>
    <message>
        <source>A project file: without --origin, the page&apos;s origin is the first of its allowOrigins (of --stage&apos;s stage, or the first stage).</source>
        <translation>Eine Projektdatei: Ohne --origin ist der Origin der Seite der erste ihrer allowOrigins (der Stage von --stage oder der ersten Stage).</translation>
    </message>
    <message>
        <source>--stage names a stage of a project: give --config FILE.</source>
        <translation>--stage nennt eine Stage eines Projekts: Geben Sie --config DATEI an.</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>CheckInputText</name>
    <message>
        <source>is empty; give the endpoint to call, e.g. https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items.</source>
        <translation>ist leer; geben Sie den aufzurufenden Endpunkt an, z. B. https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute http:// or https:// URL.</source>
        <translation>&apos;%1&apos; ist keine absolute http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>is empty; give the origin of the page that calls the API, e.g. https://app.example.com.</source>
        <translation>ist leer; geben Sie den Origin der Seite an, die die API aufruft, z. B. https://app.example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin; give the page&apos;s origin as a browser sends it, e.g. https://app.example.com.</source>
        <translation>&apos;%1&apos; ist kein Origin; geben Sie den Origin der Seite so an, wie ein Browser ihn sendet, z. B. https://app.example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not what a browser sends; use &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; sendet kein Browser so; verwenden Sie &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the form &quot;Name: value&quot;.</source>
        <translation>&apos;%1&apos; muss die Form &quot;Name: Wert&quot; haben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proxy URL: write http://HOST:PORT or socks5://HOST:PORT, e.g. http://127.0.0.1:8080.</source>
        <translation>&apos;%1&apos; ist keine Proxy-URL: Schreiben Sie http://HOST:PORT oder socks5://HOST:PORT, z. B. http://127.0.0.1:8080.</translation>
    </message>
</context>
<context>
    <name>CloudFormationImport</name>
    <message>
        <source>the OPTIONS method %1 is not a MOCK integration, so its CORS headers come from the backend and are not in the template.</source>
        <translation>die OPTIONS-Methode %1 ist keine MOCK-Integration; ihre CORS-Header kommen vom Backend und stehen nicht in der Vorlage.</translation>
    </message>
    <message>
        <source>the OpenAPI definition in S3 is not read; import that file as well.</source>
        <translation>die OpenAPI-Definition in S3 wird nicht gelesen; importieren Sie diese Datei ebenfalls.</translation>
    </message>
    <message>
        <source>AWS::ApiGateway::Method (API defined elsewhere)</source>
        <translation>AWS::ApiGateway::Method (API anderswo definiert)</translation>
    </message>
    <message>
        <source>%1 has no property &apos;%2&apos;.</source>
        <translation>%1 hat keine Eigenschaft &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the inline OpenAPI definition is %1, not a literal mapping; its CORS settings are not read.</source>
        <translation>die eingebettete OpenAPI-Definition ist %1, keine wörtliche Zuordnung; ihre CORS-Einstellungen werden nicht gelesen.</translation>
    </message>
    <message>
        <source>the resource of method %1 is not a resource of this template; its route is not taken over.</source>
        <translation>die Ressource der Methode %1 ist keine Ressource dieser Vorlage; ihre Route wird nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;corscfg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;corscfg BEFEHL --help&apos;.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <source>Run &apos;corscfg --help&apos; for usage.</source>
        <translation>Die Bedienung zeigt &apos;corscfg --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;corscfg --help&apos; for the list.</source>
        <translation>unbekannter Befehl &apos;%1&apos;. Die Liste zeigt &apos;corscfg --help&apos;.</translation>
    </message>
    <message>
        <source>CORS for Amazon API Gateway, right the first time: validate, render, lint, check, scan, serve and import CORS configurations.</source>
        <translation>CORS für Amazon API Gateway, auf Anhieb richtig: CORS-Konfigurationen prüfen, erzeugen, beraten, testen, scannen, bereitstellen und importieren.</translation>
    </message>
</context>
<context>
    <name>CommandParserText</name>
    <message>
        <source>Run &apos;corscfg %1 --help&apos; for usage.</source>
        <translation>&apos;corscfg %1 --help&apos; zeigt die Bedienung.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; name the project file with --config.</source>
        <translation>unerwartetes Argument &apos;%1&apos;; nennen Sie die Projektdatei mit --config.</translation>
    </message>
    <message>
        <source>name the project file with --config FILE.</source>
        <translation>nennen Sie die Projektdatei mit --config DATEI.</translation>
    </message>
</context>
<context>
    <name>CorsErrorText</name>
    <message>
        <source>API Gateway&apos;s own error responses (authorizer 401/403, throttling 429, timeouts and 5xx) carry no CORS headers unless you add them: on a REST API set Access-Control-Allow-Origin on the DEFAULT_4XX and DEFAULT_5XX gateway responses; on both API types the Lambda&apos;s error responses must carry it too.</source>
        <translation>Die eigenen Fehlerantworten von API Gateway (Authorizer 401/403, Drosselung 429, Timeouts und 5xx) tragen keine CORS-Header, solange Sie sie nicht hinzufügen: Setzen Sie bei einer REST-API Access-Control-Allow-Origin an den Gateway-Antworten DEFAULT_4XX und DEFAULT_5XX; bei beiden API-Typen müssen auch die Fehlerantworten der Lambda es tragen.</translation>
    </message>
    <message>
        <source>API Gateway rejected the OPTIONS request with %1, so an authorizer or an API key requirement covers the preflight, which never carries credentials. REST (SAM): set AddDefaultAuthorizerToCorsPreflight: false and AddApiKeyRequiredToCorsPreflight: false; HTTP API: remove the authorizer from the route that catches OPTIONS or add an unauthenticated OPTIONS /{proxy+} route.</source>
        <translation>API Gateway hat die OPTIONS-Anfrage mit %1 abgelehnt, also gilt ein Authorizer oder eine API-Schlüssel-Pflicht auch für den Preflight, der nie Anmeldedaten trägt. REST (SAM): Setzen Sie AddDefaultAuthorizerToCorsPreflight: false und AddApiKeyRequiredToCorsPreflight: false; HTTP-API: Entfernen Sie den Authorizer von der Route, die OPTIONS abfängt, oder fügen Sie eine nicht authentifizierte Route OPTIONS /{proxy+} hinzu.</translation>
    </message>
    <message>
        <source>No OPTIONS method answers at this path (%1). REST: enable CORS on this resource (an OPTIONS method with a MOCK integration) and deploy the stage again; HTTP API: set CorsConfiguration, which answers every preflight, and check the stage and path in the URL.</source>
        <translation>Unter diesem Pfad antwortet keine OPTIONS-Methode (%1). REST: Aktivieren Sie CORS für diese Ressource (eine OPTIONS-Methode mit MOCK-Integration) und deployen Sie die Stage erneut; HTTP-API: Setzen Sie CorsConfiguration, die jeden Preflight beantwortet, und prüfen Sie Stage und Pfad in der URL.</translation>
    </message>
    <message>
        <source>The OPTIONS integration failed (%1). REST: the MOCK integration needs the request template {&quot;statusCode&quot;: 200}; with a Lambda handling OPTIONS, make it return 200 with the CORS headers.</source>
        <translation>Die OPTIONS-Integration ist gescheitert (%1). REST: Die MOCK-Integration braucht die Anfragevorlage {&quot;statusCode&quot;: 200}; beantwortet eine Lambda OPTIONS, lassen Sie sie 200 mit den CORS-Headern zurückgeben.</translation>
    </message>
    <message>
        <source>Answer the OPTIONS request itself with 200 or 204 instead of %1.</source>
        <translation>Beantworten Sie die OPTIONS-Anfrage selbst mit 200 oder 204 statt mit %1.</translation>
    </message>
    <message>
        <source>Answer the OPTIONS request with 200 or 204.</source>
        <translation>Beantworten Sie die OPTIONS-Anfrage mit 200 oder 204.</translation>
    </message>
    <message>
        <source>Return Access-Control-Allow-Origin: %1 on the OPTIONS response (REST: the MOCK integration&apos;s response parameter method.response.header.Access-Control-Allow-Origin; HTTP API: add %1 to CorsConfiguration AllowOrigins).</source>
        <translation>Geben Sie Access-Control-Allow-Origin: %1 in der OPTIONS-Antwort zurück (REST: der Antwortparameter method.response.header.Access-Control-Allow-Origin der MOCK-Integration; HTTP-API: fügen Sie %1 zu CorsConfiguration AllowOrigins hinzu).</translation>
    </message>
    <message>
        <source>Return Access-Control-Allow-Origin: %1 on this response. With a Lambda proxy integration API Gateway passes the function&apos;s headers through unchanged on REST APIs, so the function must add it (see the Lambda examples); on an HTTP API, add %1 to CorsConfiguration AllowOrigins.</source>
        <translation>Geben Sie Access-Control-Allow-Origin: %1 in dieser Antwort zurück. Mit einer Lambda-Proxy-Integration reicht API Gateway bei REST-APIs die Header der Funktion unverändert durch, also muss die Funktion ihn hinzufügen (siehe die Lambda-Beispiele); bei einer HTTP-API fügen Sie %1 zu CorsConfiguration AllowOrigins hinzu.</translation>
    </message>
    <message>
        <source>The preflight response</source>
        <translation>Die Preflight-Antwort</translation>
    </message>
    <message>
        <source>The response (HTTP %1)</source>
        <translation>Die Antwort (HTTP %1)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Einzelheiten</translation>
    </message>
    <message>
        <source>The URL %1 is not valid: fetch() throws a TypeError.</source>
        <translation>Die URL %1 ist ungültig: fetch() wirft einen TypeError.</translation>
    </message>
    <message>
        <source>Give an absolute http:// or https:// URL, e.g. https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items.</source>
        <translation>Geben Sie eine absolute http://- oder https://-URL an, z. B. https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items.</translation>
    </message>
    <message>
        <source>The URL %1 is not http or https.</source>
        <translation>Die URL %1 ist weder http noch https.</translation>
    </message>
    <message>
        <source>API Gateway endpoints are https:// URLs; use one.</source>
        <translation>API-Gateway-Endpunkte sind https://-URLs; verwenden Sie eine.</translation>
    </message>
    <message>
        <source>The URL %1 contains a user name or password: fetch() throws a TypeError for such URLs.</source>
        <translation>Die URL %1 enthält einen Benutzernamen oder ein Passwort: fetch() wirft für solche URLs einen TypeError.</translation>
    </message>
    <message>
        <source>Remove the user:password@ part and send credentials in a header.</source>
        <translation>Entfernen Sie den Teil user:password@ und senden Sie Anmeldedaten in einem Header.</translation>
    </message>
    <message>
        <source>Give the page&apos;s origin as a browser sends it: scheme, host and port, no path or trailing slash, e.g. https://app.example.com.</source>
        <translation>Geben Sie den Origin der Seite so an, wie ein Browser ihn sendet: Schema, Host und Port, ohne Pfad oder abschließenden Schrägstrich, z. B. https://app.example.com.</translation>
    </message>
    <message>
        <source>The method %1 is not a valid HTTP method token: fetch() throws a TypeError.</source>
        <translation>Die Methode %1 ist kein gültiges HTTP-Methoden-Token: fetch() wirft einen TypeError.</translation>
    </message>
    <message>
        <source>Use a method name made of letters, digits and !#$%&amp;&apos;*+-.^_`|~, e.g. PATCH.</source>
        <translation>Verwenden Sie einen Methodennamen aus Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~, z. B. PATCH.</translation>
    </message>
    <message>
        <source>The method %1 is forbidden: fetch() throws a TypeError.</source>
        <translation>Die Methode %1 ist verboten: fetch() wirft einen TypeError.</translation>
    </message>
    <message>
        <source>Browsers never send CONNECT, TRACE or TRACK; use another method.</source>
        <translation>Browser senden nie CONNECT, TRACE oder TRACK; verwenden Sie eine andere Methode.</translation>
    </message>
    <message>
        <source>The header name %1 is not a valid token: fetch() throws a TypeError.</source>
        <translation>Der Header-Name %1 ist kein gültiges Token: fetch() wirft einen TypeError.</translation>
    </message>
    <message>
        <source>Use a header name made of letters, digits and !#$%&amp;&apos;*+-.^_`|~.</source>
        <translation>Verwenden Sie einen Header-Namen aus Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
    <message>
        <source>The header value %1 contains NUL, CR or LF: fetch() throws a TypeError.</source>
        <translation>Der Header-Wert %1 enthält NUL, CR oder LF: fetch() wirft einen TypeError.</translation>
    </message>
    <message>
        <source>Remove the control characters from the header value.</source>
        <translation>Entfernen Sie die Steuerzeichen aus dem Header-Wert.</translation>
    </message>
    <message>
        <source>A %1 request cannot have a body: fetch() throws a TypeError.</source>
        <translation>Eine %1-Anfrage kann keinen Body haben: fetch() wirft einen TypeError.</translation>
    </message>
    <message>
        <source>Drop the body, or send it with POST, PUT or PATCH.</source>
        <translation>Lassen Sie den Body weg oder senden Sie ihn mit POST, PUT oder PATCH.</translation>
    </message>
    <message>
        <source>The preflight was answered with a redirect (HTTP %1 to %2); browsers never follow redirects for a preflight.</source>
        <translation>Der Preflight wurde mit einer Weiterleitung beantwortet (HTTP %1 nach %2); Browser folgen bei einem Preflight nie Weiterleitungen.</translation>
    </message>
    <message>
        <source>Call the final URL directly (check the stage name, the trailing slash and the custom domain&apos;s base path mapping), or answer OPTIONS at this URL.</source>
        <translation>Rufen Sie die endgültige URL direkt auf (prüfen Sie den Stage-Namen, den abschließenden Schrägstrich und das Base-Path-Mapping der eigenen Domain) oder beantworten Sie OPTIONS unter dieser URL.</translation>
    </message>
    <message>
        <source>The preflight response (HTTP %1) has no Access-Control-Allow-Origin header.</source>
        <translation>Die Preflight-Antwort (HTTP %1) hat keinen Access-Control-Allow-Origin-Header.</translation>
    </message>
    <message>
        <source>The response (HTTP %1) has no Access-Control-Allow-Origin header.</source>
        <translation>Die Antwort (HTTP %1) hat keinen Access-Control-Allow-Origin-Header.</translation>
    </message>
    <message>
        <source>%1 has Access-Control-Allow-Origin %2: several values, or several header lines, which browsers refuse; exactly one origin or &apos;*&apos; is allowed.</source>
        <translation>%1 hat Access-Control-Allow-Origin %2: mehrere Werte oder mehrere Header-Zeilen, die Browser verweigern; erlaubt ist genau ein Origin oder &apos;*&apos;.</translation>
    </message>
    <message>
        <source>Return only the request&apos;s origin (%1) when it is on your list, and add Vary: Origin. If both API Gateway and the Lambda add the header, remove one of them.</source>
        <translation>Geben Sie nur den Origin der Anfrage (%1) zurück, wenn er auf Ihrer Liste steht, und fügen Sie Vary: Origin hinzu. Fügen sowohl API Gateway als auch die Lambda den Header hinzu, entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>%1 has Access-Control-Allow-Origin %2, which is not an origin.</source>
        <translation>%1 hat Access-Control-Allow-Origin %2, das kein Origin ist.</translation>
    </message>
    <message>
        <source>Return the page&apos;s origin exactly as the browser sends it (%1), or &apos;*&apos;.</source>
        <translation>Geben Sie den Origin der Seite genau so zurück, wie der Browser ihn sendet (%1), oder &apos;*&apos;.</translation>
    </message>
    <message>
        <source>%1 has Access-Control-Allow-Origin %2, but the request&apos;s origin is &apos;%3&apos;; they must match byte for byte.</source>
        <translation>%1 hat Access-Control-Allow-Origin %2, aber der Origin der Anfrage ist &apos;%3&apos;; sie müssen Byte für Byte übereinstimmen.</translation>
    </message>
    <message>
        <source>A redirect to another origin made the request&apos;s origin &apos;null&apos;; call the final URL directly instead of relying on the redirect.</source>
        <translation>Eine Weiterleitung zu einem anderen Origin hat den Origin der Anfrage zu &apos;null&apos; gemacht; rufen Sie die endgültige URL direkt auf, statt sich auf die Weiterleitung zu verlassen.</translation>
    </message>
    <message>
        <source>%1 has Access-Control-Allow-Origin &apos;*&apos;, which browsers refuse for a request with credentials.</source>
        <translation>%1 hat Access-Control-Allow-Origin &apos;*&apos;, was Browser für eine Anfrage mit Anmeldedaten verweigern.</translation>
    </message>
    <message>
        <source>Return the request&apos;s origin (%1) instead of &apos;*&apos; together with Access-Control-Allow-Credentials: true, or send the request without credentials.</source>
        <translation>Geben Sie statt &apos;*&apos; den Origin der Anfrage (%1) zusammen mit Access-Control-Allow-Credentials: true zurück, oder senden Sie die Anfrage ohne Anmeldedaten.</translation>
    </message>
    <message>
        <source>%1 has no Access-Control-Allow-Credentials header, but the request includes credentials.</source>
        <translation>%1 hat keinen Access-Control-Allow-Credentials-Header, aber die Anfrage enthält Anmeldedaten.</translation>
    </message>
    <message>
        <source>%1 has Access-Control-Allow-Credentials %2, but a request with credentials needs exactly &apos;true&apos;.</source>
        <translation>%1 hat Access-Control-Allow-Credentials %2, aber eine Anfrage mit Anmeldedaten braucht genau &apos;true&apos;.</translation>
    </message>
    <message>
        <source>Return Access-Control-Allow-Credentials: true (lower case) on the OPTIONS response: HTTP API AllowCredentials: true; REST: a response parameter on the OPTIONS MOCK integration.</source>
        <translation>Geben Sie Access-Control-Allow-Credentials: true (kleingeschrieben) in der OPTIONS-Antwort zurück: HTTP-API AllowCredentials: true; REST: ein Antwortparameter an der OPTIONS-MOCK-Integration.</translation>
    </message>
    <message>
        <source>Return Access-Control-Allow-Credentials: true (lower case) on this response: the Lambda must add it on a REST API; HTTP API: AllowCredentials: true.</source>
        <translation>Geben Sie Access-Control-Allow-Credentials: true (kleingeschrieben) in dieser Antwort zurück: Bei einer REST-API muss die Lambda ihn hinzufügen; HTTP-API: AllowCredentials: true.</translation>
    </message>
    <message>
        <source>The preflight response has status %1; a preflight must succeed with a 2xx status.</source>
        <translation>Die Preflight-Antwort hat den Status %1; ein Preflight muss mit einem 2xx-Status gelingen.</translation>
    </message>
    <message>
        <source>The preflight response&apos;s Access-Control-Allow-Methods cannot be parsed: %1 is not a method token.</source>
        <translation>Access-Control-Allow-Methods der Preflight-Antwort lässt sich nicht lesen: %1 ist kein Methoden-Token.</translation>
    </message>
    <message>
        <source>List methods separated by commas, e.g. GET,POST,OPTIONS: no quotes, slashes or spaces inside a name.</source>
        <translation>Führen Sie Methoden durch Kommas getrennt auf, z. B. GET,POST,OPTIONS: keine Anführungszeichen, Schrägstriche oder Leerzeichen in einem Namen.</translation>
    </message>
    <message>
        <source>The preflight response&apos;s Access-Control-Allow-Headers cannot be parsed: %1 is not a header name.</source>
        <translation>Access-Control-Allow-Headers der Preflight-Antwort lässt sich nicht lesen: %1 ist kein Header-Name.</translation>
    </message>
    <message>
        <source>List header names separated by commas, e.g. Content-Type,Authorization: no quotes or colons.</source>
        <translation>Führen Sie Header-Namen durch Kommas getrennt auf, z. B. Content-Type,Authorization: keine Anführungszeichen oder Doppelpunkte.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed: the preflight response has no Access-Control-Allow-Methods header.</source>
        <translation>Die Methode %1 ist nicht erlaubt: Die Preflight-Antwort hat keinen Access-Control-Allow-Methods-Header.</translation>
    </message>
    <message>
        <source>Method %1 is not in the preflight response&apos;s Access-Control-Allow-Methods (%2).</source>
        <translation>Die Methode %1 steht nicht in Access-Control-Allow-Methods der Preflight-Antwort (%2).</translation>
    </message>
    <message>
        <source>Request header %1 is not allowed: the preflight response has no Access-Control-Allow-Headers header.</source>
        <translation>Der Request-Header %1 ist nicht erlaubt: Die Preflight-Antwort hat keinen Access-Control-Allow-Headers-Header.</translation>
    </message>
    <message>
        <source>Request header %1 is not in the preflight response&apos;s Access-Control-Allow-Headers (%2).</source>
        <translation>Der Request-Header %1 steht nicht in Access-Control-Allow-Headers der Preflight-Antwort (%2).</translation>
    </message>
    <message>
        <source>The redirect goes to %1, a URL with a user name or password, which browsers refuse for a cross-origin request.</source>
        <translation>Die Weiterleitung führt zu %1, einer URL mit Benutzername oder Passwort, was Browser für eine Cross-Origin-Anfrage verweigern.</translation>
    </message>
    <message>
        <source>Redirect to a URL without user:password@.</source>
        <translation>Leiten Sie auf eine URL ohne user:password@ weiter.</translation>
    </message>
    <message>
        <source>The redirect goes to %1, which is not an http or https URL.</source>
        <translation>Die Weiterleitung führt zu %1, das keine http- oder https-URL ist.</translation>
    </message>
    <message>
        <source>Redirect to an https:// URL, or call the final URL directly.</source>
        <translation>Leiten Sie auf eine https://-URL weiter oder rufen Sie die endgültige URL direkt auf.</translation>
    </message>
    <message>
        <source>The redirect&apos;s Location header %1 is not a valid URL.</source>
        <translation>Der Location-Header %1 der Weiterleitung ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Send an absolute or relative URL in Location.</source>
        <translation>Senden Sie in Location eine absolute oder relative URL.</translation>
    </message>
    <message>
        <source>The request was redirected more than 20 times.</source>
        <translation>Die Anfrage wurde mehr als 20-mal weitergeleitet.</translation>
    </message>
    <message>
        <source>Break the redirect loop, or call the final URL directly.</source>
        <translation>Durchbrechen Sie die Weiterleitungsschleife oder rufen Sie die endgültige URL direkt auf.</translation>
    </message>
    <message>
        <source>The connection was refused (%1).</source>
        <translation>Die Verbindung wurde abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Check the host and port; is the server or emulator running?</source>
        <translation>Prüfen Sie Host und Port; läuft der Server oder Emulator?</translation>
    </message>
    <message>
        <source>The host name could not be resolved (%1).</source>
        <translation>Der Hostname konnte nicht aufgelöst werden (%1).</translation>
    </message>
    <message>
        <source>Check the API ID, region and stage in the URL, or the custom domain&apos;s DNS record.</source>
        <translation>Prüfen Sie API-ID, Region und Stage in der URL oder den DNS-Eintrag der eigenen Domain.</translation>
    </message>
    <message>
        <source>No response arrived in time (%1).</source>
        <translation>Es kam keine Antwort rechtzeitig an (%1).</translation>
    </message>
    <message>
        <source>Check that the endpoint is reachable, or raise --timeout. API Gateway itself answers within 29 seconds by default.</source>
        <translation>Prüfen Sie, ob der Endpunkt erreichbar ist, oder erhöhen Sie --timeout. API Gateway selbst antwortet standardmäßig innerhalb von 29 Sekunden.</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1).</source>
        <translation>Der TLS-Handshake ist gescheitert (%1).</translation>
    </message>
    <message>
        <source>Fix the certificate (browsers refuse it too); only for a test server you trust, pass --insecure.</source>
        <translation>Reparieren Sie das Zertifikat (Browser verweigern es ebenfalls); nur für einen Testserver, dem Sie vertrauen, geben Sie --insecure an.</translation>
    </message>
    <message>
        <source>The response headers are too large (%1).</source>
        <translation>Die Antwort-Header sind zu groß (%1).</translation>
    </message>
    <message>
        <source>Send fewer or shorter response headers; browsers refuse headers over about 256 KiB.</source>
        <translation>Senden Sie weniger oder kürzere Antwort-Header; Browser verweigern Header über etwa 256 KiB.</translation>
    </message>
    <message>
        <source>The request failed at the network level (%1).</source>
        <translation>Die Anfrage ist auf Netzwerkebene gescheitert (%1).</translation>
    </message>
    <message>
        <source>Check the URL and that the server speaks HTTP/1.1 or HTTP/2.</source>
        <translation>Prüfen Sie die URL und ob der Server HTTP/1.1 oder HTTP/2 spricht.</translation>
    </message>
    <message>
        <source>&apos;*&apos; is a literal method name for a request with credentials: list %1 in Access-Control-Allow-Methods (AllowMethods).</source>
        <translation>&apos;*&apos; ist für eine Anfrage mit Anmeldedaten ein wörtlicher Methodenname: Führen Sie %1 in Access-Control-Allow-Methods (AllowMethods) auf.</translation>
    </message>
    <message>
        <source>Methods are case-sensitive and fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT: list %1 exactly as the page sends it, or send %2.</source>
        <translation>Methoden unterscheiden Groß- und Kleinschreibung, und fetch() schreibt nur DELETE, GET, HEAD, OPTIONS, POST und PUT groß: Führen Sie %1 genau so auf, wie die Seite es sendet, oder senden Sie %2.</translation>
    </message>
    <message>
        <source>Add %1 to Access-Control-Allow-Methods (AllowMethods in CorsConfiguration or the OPTIONS response of a REST API).</source>
        <translation>Fügen Sie %1 zu Access-Control-Allow-Methods hinzu (AllowMethods in CorsConfiguration oder die OPTIONS-Antwort einer REST-API).</translation>
    </message>
    <message>
        <source>&apos;*&apos; in Access-Control-Allow-Headers never covers Authorization: list Authorization explicitly (AllowHeaders).</source>
        <translation>&apos;*&apos; in Access-Control-Allow-Headers deckt Authorization nie ab: Führen Sie Authorization ausdrücklich auf (AllowHeaders).</translation>
    </message>
    <message>
        <source>&apos;*&apos; is a literal header name for a request with credentials: list %1 in Access-Control-Allow-Headers (AllowHeaders).</source>
        <translation>&apos;*&apos; ist für eine Anfrage mit Anmeldedaten ein wörtlicher Header-Name: Führen Sie %1 in Access-Control-Allow-Headers (AllowHeaders) auf.</translation>
    </message>
    <message>
        <source>Add %1 to Access-Control-Allow-Headers (AllowHeaders in CorsConfiguration or the OPTIONS response of a REST API), or stop sending it.</source>
        <translation>Fügen Sie %1 zu Access-Control-Allow-Headers hinzu (AllowHeaders in CorsConfiguration oder die OPTIONS-Antwort einer REST-API), oder senden Sie ihn nicht mehr.</translation>
    </message>
    <message>
        <source>API Gateway answered 403 Missing Authentication Token: most often no resource of the API matches this path, or the resource has no %1 method. Check the path (with the stage, e.g. /prod/items) and the method; on a REST API give the route its method and an OPTIONS method (the generated snippets add one to every route) and deploy the stage again. If the route does exist and uses IAM authorization, the unsigned request gets the same answer: keep OPTIONS free of the authorizer (AddDefaultAuthorizerToCorsPreflight: false in SAM, authorization NONE on the OPTIONS method).</source>
        <translation>API Gateway antwortete mit 403 Missing Authentication Token: Meist passt keine Ressource der API zu diesem Pfad, oder die Ressource hat keine Methode %1. Prüfen Sie den Pfad (mit der Stage, z. B. /prod/items) und die Methode; geben Sie bei einer REST-API der Route ihre Methode und eine OPTIONS-Methode (die erzeugten Snippets legen an jeder Route eine an) und deployen Sie die Stage erneut. Existiert die Route und nutzt IAM-Autorisierung, bekommt die unsignierte Anfrage dieselbe Antwort: Halten Sie OPTIONS vom Authorizer frei (AddDefaultAuthorizerToCorsPreflight: false in SAM, authorization NONE an der OPTIONS-Methode).</translation>
    </message>
    <message>
        <source>API Gateway&apos;s own error responses (authorizer 401/403, throttling 429, timeouts and 5xx) carry no CORS headers unless you add them: set Access-Control-Allow-Origin on the DEFAULT_4XX and DEFAULT_5XX gateway responses, and have the Lambda&apos;s error responses carry it too.</source>
        <translation>Die eigenen Fehlerantworten von API Gateway (Authorizer 401/403, Drosselung 429, Timeouts und 5xx) tragen keine CORS-Header, solange Sie sie nicht hinzufügen: Setzen Sie Access-Control-Allow-Origin an den Gateway-Antworten DEFAULT_4XX und DEFAULT_5XX, und lassen Sie auch die Fehlerantworten der Lambda ihn tragen.</translation>
    </message>
    <message>
        <source>An HTTP API with a CorsConfiguration adds its headers to the responses, and ignores any the integration sends, when the request&apos;s origin is allowed: check that AllowOrigins lists this origin exactly.</source>
        <translation>Eine HTTP-API mit CorsConfiguration fügt den Antworten ihre Header hinzu und ignoriert die der Integration, wenn der Origin der Anfrage erlaubt ist: Prüfen Sie, dass AllowOrigins genau diesen Origin aufführt.</translation>
    </message>
    <message>
        <source>API Gateway answered 403 Missing Authentication Token: no route of the HTTP API matches %1 at this path. Check the path (with the stage, e.g. /prod/items) and add a route for it, or a $default route.</source>
        <translation>API Gateway antwortete 403 Missing Authentication Token: Keine Route der HTTP-API passt zu %1 auf diesem Pfad. Prüfen Sie den Pfad (mit der Stage, z. B. /prod/items) und legen Sie eine Route dafür an, oder eine $default-Route.</translation>
    </message>
    <message>
        <source>API Gateway rejected the OPTIONS request with %1, so an authorizer or an API key requirement covers the preflight, which never carries credentials: set authorization NONE and no API key on the OPTIONS methods (SAM: AddDefaultAuthorizerToCorsPreflight: false and AddApiKeyRequiredToCorsPreflight: false).</source>
        <translation>API Gateway hat die OPTIONS-Anfrage mit %1 abgelehnt, also deckt ein Authorizer oder eine API-Schlüssel-Pflicht den Preflight ab, der nie Anmeldedaten trägt: Setzen Sie authorization NONE und keinen API-Schlüssel an den OPTIONS-Methoden (SAM: AddDefaultAuthorizerToCorsPreflight: false und AddApiKeyRequiredToCorsPreflight: false).</translation>
    </message>
    <message>
        <source>API Gateway rejected the OPTIONS request with %1, so an authorizer covers the preflight, which never carries credentials: remove the authorizer from the route that catches OPTIONS, or add an unauthenticated OPTIONS /{proxy+} route.</source>
        <translation>API Gateway hat die OPTIONS-Anfrage mit %1 abgelehnt, also deckt ein Authorizer den Preflight ab, der nie Anmeldedaten trägt: Entfernen Sie den Authorizer von der Route, die OPTIONS auffängt, oder legen Sie eine Route OPTIONS /{proxy+} ohne Authentifizierung an.</translation>
    </message>
    <message>
        <source>No OPTIONS method answers at this path (%1): give the resource an OPTIONS method with a MOCK integration and deploy the stage again.</source>
        <translation>Keine OPTIONS-Methode antwortet auf diesem Pfad (%1): Geben Sie der Ressource eine OPTIONS-Methode mit MOCK-Integration und stellen Sie die Stage erneut bereit.</translation>
    </message>
    <message>
        <source>No route answers OPTIONS at this path (%1): set the API&apos;s CorsConfiguration, which answers every preflight, and check the stage and path in the URL.</source>
        <translation>Keine Route beantwortet OPTIONS auf diesem Pfad (%1): Setzen Sie die CorsConfiguration der API, die jeden Preflight beantwortet, und prüfen Sie Stage und Pfad in der URL.</translation>
    </message>
    <message>
        <source>Add %1 to the HTTP API&apos;s CorsConfiguration AllowOrigins: API Gateway then answers the preflight and adds the header to responses itself.</source>
        <translation>Fügen Sie %1 zu AllowOrigins in der CorsConfiguration der HTTP-API hinzu: API Gateway beantwortet dann den Preflight und fügt den Header den Antworten selbst hinzu.</translation>
    </message>
    <message>
        <source>Return Access-Control-Allow-Origin: %1 from the OPTIONS method&apos;s MOCK integration (a static response parameter, or with several origins the mapping template that selects the request&apos;s origin) and deploy the stage again.</source>
        <translation>Geben Sie Access-Control-Allow-Origin: %1 aus der MOCK-Integration der OPTIONS-Methode zurück (ein statischer Antwortparameter oder bei mehreren Origins die Mapping-Vorlage, die den Origin der Anfrage auswählt) und stellen Sie die Stage erneut bereit.</translation>
    </message>
    <message>
        <source>Return Access-Control-Allow-Origin: %1 on this response: with a Lambda proxy integration API Gateway passes the function&apos;s headers through unchanged, so the function must add it (see the Lambda examples).</source>
        <translation>Geben Sie Access-Control-Allow-Origin: %1 in dieser Antwort zurück: Bei einer Lambda-Proxy-Integration reicht API Gateway die Header der Funktion unverändert durch, also muss die Funktion ihn hinzufügen (siehe die Lambda-Beispiele).</translation>
    </message>
    <message>
        <source>Return exactly &apos;%1&apos; (scheme, host and port; no path, no trailing slash, same case). With several sites, select the request&apos;s origin (a REST API&apos;s OPTIONS mapping template, the Lambda) and add Vary: Origin.</source>
        <translation>Geben Sie genau &apos;%1&apos; zurück (Schema, Host und Port; kein Pfad, kein abschließender Schrägstrich, gleiche Schreibung). Bei mehreren Websites wählen Sie den Origin der Anfrage aus (die OPTIONS-Mapping-Vorlage einer REST-API, die Lambda) und fügen Vary: Origin hinzu.</translation>
    </message>
    <message>
        <source>Return Access-Control-Allow-Credentials: true (lower case) from the OPTIONS method&apos;s MOCK integration, as a static response parameter.</source>
        <translation>Geben Sie Access-Control-Allow-Credentials: true (kleingeschrieben) aus der MOCK-Integration der OPTIONS-Methode zurück, als statischen Antwortparameter.</translation>
    </message>
    <message>
        <source>Return Access-Control-Allow-Credentials: true (lower case) on this response: the Lambda must add it.</source>
        <translation>Geben Sie Access-Control-Allow-Credentials: true (kleingeschrieben) in dieser Antwort zurück: Die Lambda muss ihn hinzufügen.</translation>
    </message>
    <message>
        <source>Set AllowCredentials: true in the HTTP API&apos;s CorsConfiguration.</source>
        <translation>Setzen Sie AllowCredentials: true in der CorsConfiguration der HTTP-API.</translation>
    </message>
    <message>
        <source>Add %1 to Access-Control-Allow-Methods on the OPTIONS method&apos;s response and deploy the stage again.</source>
        <translation>Fügen Sie %1 zu Access-Control-Allow-Methods in der Antwort der OPTIONS-Methode hinzu und stellen Sie die Stage erneut bereit.</translation>
    </message>
    <message>
        <source>Add %1 to AllowMethods in the HTTP API&apos;s CorsConfiguration.</source>
        <translation>Fügen Sie %1 zu AllowMethods in der CorsConfiguration der HTTP-API hinzu.</translation>
    </message>
    <message>
        <source>Add %1 to Access-Control-Allow-Headers on the OPTIONS method&apos;s response and deploy the stage again, or stop sending it.</source>
        <translation>Fügen Sie %1 zu Access-Control-Allow-Headers in der Antwort der OPTIONS-Methode hinzu und stellen Sie die Stage erneut bereit, oder senden Sie ihn nicht mehr.</translation>
    </message>
    <message>
        <source>Add %1 to AllowHeaders in the HTTP API&apos;s CorsConfiguration, or stop sending it.</source>
        <translation>Fügen Sie %1 zu AllowHeaders in der CorsConfiguration der HTTP-API hinzu, oder senden Sie ihn nicht mehr.</translation>
    </message>
    <message>
        <source>No response: %1.</source>
        <translation>Keine Antwort: %1.</translation>
    </message>
    <message>
        <source>Check the server&apos;s log for a crash or a closed connection; a load balancer or proxy in front of it may be dropping the request.</source>
        <translation>Prüfen Sie das Log des Servers auf einen Absturz oder eine geschlossene Verbindung; ein Load Balancer oder Proxy davor verwirft die Anfrage womöglich.</translation>
    </message>
    <message>
        <source>No valid HTTP response: %1.</source>
        <translation>Keine gültige HTTP-Antwort: %1.</translation>
    </message>
    <message>
        <source>Make sure the URL points at an HTTP/1.1 or HTTP/2 server (the right port, https:// for a TLS port); browsers refuse this answer too.</source>
        <translation>Stellen Sie sicher, dass die URL auf einen HTTP/1.1- oder HTTP/2-Server zeigt (der richtige Port, https:// für einen TLS-Port); Browser lehnen diese Antwort ebenfalls ab.</translation>
    </message>
    <message>
        <source>The origin %1 is not a serialized origin.</source>
        <translation>Der Origin %1 ist kein serialisierter Origin.</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>the request line &quot;%1 %2&quot; is not valid HTTP</source>
        <translation>die Anfragezeile „%1 %2“ ist kein gültiges HTTP</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; cannot be sent: its name is not a token or its value has CR, LF or NUL</source>
        <translation>der Header „%1“ kann nicht gesendet werden: Sein Name ist kein Token oder sein Wert enthält CR, LF oder NUL</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL with a host</source>
        <translation>%1 ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>über den Proxy %1:%2: %3</translation>
    </message>
    <message>
        <source>the headers arrived but the body did not finish within %1 s; the verdict comes from the headers</source>
        <translation>die Header kamen an, aber der Body wurde nicht innerhalb von %1 s fertig; das Urteil beruht auf den Headern</translation>
    </message>
    <message>
        <source>the response headers did not finish within %1 s</source>
        <translation>die Antwort-Header wurden nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <source>no response within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1; the verdict comes from the headers</source>
        <translation>%1; das Urteil beruht auf den Headern</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the configuration has errors; fix them before exporting.</source>
        <translation>die Konfiguration enthält Fehler; beheben Sie sie vor dem Export.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation>der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 (wrote %2 before stopping)</source>
        <translation>%1 (vor dem Abbruch geschrieben: %2)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Blocks the snippets: API Gateway would refuse it.</source>
        <translation>Blockiert die Snippets: API Gateway würde es ablehnen.</translation>
    </message>
    <message>
        <source>Renders and deploys, but browsers will fail.</source>
        <translation>Wird erzeugt und bereitgestellt, aber Browser werden scheitern.</translation>
    </message>
</context>
<context>
    <name>FixActions</name>
    <message>
        <source>Apply: %1</source>
        <translation>Anwenden: %1</translation>
    </message>
    <message>
        <source>%1 — one step; Edit → Undo takes it back.</source>
        <translation>%1 — ein Schritt; Bearbeiten → Rückgängig nimmt ihn zurück.</translation>
    </message>
</context>
<context>
    <name>FlowNames</name>
    <message>
        <source>Client initiates</source>
        <translation>Client startet</translation>
    </message>
    <message>
        <source>Browser preflight</source>
        <translation>Browser-Preflight</translation>
    </message>
    <message>
        <source>Server preflight response</source>
        <translation>Preflight-Antwort des Servers</translation>
    </message>
    <message>
        <source>Browser actual request</source>
        <translation>Eigentliche Anfrage des Browsers</translation>
    </message>
    <message>
        <source>Server actual response</source>
        <translation>Eigentliche Antwort des Servers</translation>
    </message>
    <message>
        <source>Client receives</source>
        <translation>Client empfängt</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(body: the first %1 bytes were read)</source>
        <translation>(Body: die ersten %1 Bytes wurden gelesen)</translation>
    </message>
    <message>
        <source>(body: %1 bytes)</source>
        <translation>(Body: %1 Bytes)</translation>
    </message>
</context>
<context>
    <name>FlowPrinter</name>
    <message>
        <source>CORS check as %1: %2 %3 from %4%5</source>
        <translation>CORS-Prüfung als %1: %2 %3 von %4%5</translation>
    </message>
    <message>
        <source> with credentials</source>
        <translation> mit Anmeldedaten</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>allowed: %1 would give the script the response (status %2).</source>
        <translation>erlaubt: %1 würde dem Skript die Antwort geben (Status %2).</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>&apos;%1&apos; is not a CORS-safelisted header</source>
        <translation>&apos;%1&apos; ist kein CORS-safelisted Header</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a value over 128 bytes</source>
        <translation>&apos;%1&apos; hat einen Wert über 128 Byte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a value the safelist does not allow</source>
        <translation>&apos;%1&apos; hat einen Wert, den die Safelist nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; counts towards safelisted values over 1024 bytes in total</source>
        <translation>&apos;%1&apos; zählt zu Safelist-Werten von zusammen über 1024 Byte</translation>
    </message>
    <message>
        <source>The page at %1 calls fetch() with %2 %3%4.</source>
        <translation>Die Seite auf %1 ruft fetch() mit %2 %3%4 auf.</translation>
    </message>
    <message>
        <source> and credentials: &apos;include&apos;</source>
        <translation> und credentials: &apos;include&apos;</translation>
    </message>
    <message>
        <source>The browser silently drops the forbidden request headers %1.</source>
        <translation>Der Browser verwirft stillschweigend die verbotenen Request-Header %1.</translation>
    </message>
    <message>
        <source>The string body adds Content-Type: text/plain;charset=UTF-8.</source>
        <translation>Der Text-Body fügt Content-Type: text/plain;charset=UTF-8 hinzu.</translation>
    </message>
    <message>
        <source>the method &apos;%1&apos; is not GET, HEAD or POST</source>
        <translation>die Methode &apos;%1&apos; ist nicht GET, HEAD oder POST</translation>
    </message>
    <message>
        <source>A preflight is needed because %1.</source>
        <translation>Ein Preflight ist nötig, weil %1.</translation>
    </message>
    <message>
        <source>Not needed: the request is same-origin, so CORS does not apply.</source>
        <translation>Nicht nötig: Die Anfrage ist same-origin, CORS gilt also nicht.</translation>
    </message>
    <message>
        <source>Not needed: %1 is a CORS-safelisted method and every header is CORS-safelisted, so the browser sends the request directly (Fetch §4.1 main fetch, step 12).</source>
        <translation>Nicht nötig: %1 ist eine CORS-safelisted Methode und jeder Header ist CORS-safelisted, also sendet der Browser die Anfrage direkt (Fetch §4.1 main fetch, Schritt 12).</translation>
    </message>
    <message>
        <source>Not needed: no preflight was sent.</source>
        <translation>Nicht nötig: Es wurde kein Preflight gesendet.</translation>
    </message>
    <message>
        <source>After redirect %1: %2</source>
        <translation>Nach Weiterleitung %1: %2</translation>
    </message>
    <message>
        <source>The browser sends %1 with Origin: %2.</source>
        <translation>Der Browser sendet %1 mit Origin: %2.</translation>
    </message>
    <message>
        <source>Redirect %1: the browser sends %2 %3 with Origin: %4.</source>
        <translation>Weiterleitung %1: Der Browser sendet %2 %3 mit Origin: %4.</translation>
    </message>
    <message>
        <source>Chromium lets &apos;*&apos; in Access-Control-Allow-Headers cover Authorization, but the Fetch standard, Firefox and Safari do not: list Authorization explicitly (AllowHeaders).</source>
        <translation>Chromium lässt &apos;*&apos; in Access-Control-Allow-Headers Authorization abdecken, der Fetch-Standard, Firefox und Safari aber nicht: Führen Sie Authorization ausdrücklich auf (AllowHeaders).</translation>
    </message>
    <message>
        <source>The preflight allows %1 from %2; %3 caches this answer for %4 s.</source>
        <translation>Der Preflight erlaubt %1 von %2; %3 speichert diese Antwort %4 s lang.</translation>
    </message>
    <message>
        <source>The preflight allows %1 with %2 from %3; %4 caches this answer for %5 s.</source>
        <translation>Der Preflight erlaubt %1 mit %2 von %3; %4 speichert diese Antwort %5 s lang.</translation>
    </message>
    <message>
        <source>HTTP %1 redirects to %2%3.</source>
        <translation>HTTP %1 leitet weiter zu %2%3.</translation>
    </message>
    <message>
        <source>; the request&apos;s origin is now &apos;null&apos;</source>
        <translation>; der Origin der Anfrage ist jetzt &apos;null&apos;</translation>
    </message>
    <message>
        <source>Same-origin response: no CORS headers needed.</source>
        <translation>Same-origin-Antwort: keine CORS-Header nötig.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin matches %1 and Access-Control-Allow-Credentials is &apos;true&apos;.</source>
        <translation>Access-Control-Allow-Origin passt zu %1 und Access-Control-Allow-Credentials ist &apos;true&apos;.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin &apos;%1&apos; admits %2.</source>
        <translation>Access-Control-Allow-Origin &apos;%1&apos; lässt %2 zu.</translation>
    </message>
    <message>
        <source>fetch() resolves: the script reads status %1 and the headers %2.</source>
        <translation>fetch() wird erfüllt: Das Skript liest Status %1 und die Header %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Hidden from the script: %1; list the ones it needs in Access-Control-Expose-Headers.</source>
        <translation>Vor dem Skript verborgen: %1; führen Sie die benötigten in Access-Control-Expose-Headers auf.</translation>
    </message>
    <message>
        <source>Not reached: %1 failed.</source>
        <translation>Nicht erreicht: %1 ist gescheitert.</translation>
    </message>
    <message>
        <source>fetch() throws a TypeError; nothing is sent.</source>
        <translation>fetch() wirft einen TypeError; nichts wird gesendet.</translation>
    </message>
    <message>
        <source>fetch() rejects with &quot;TypeError: Failed to fetch&quot;: the server answered %1, but the script sees neither the status nor the body.</source>
        <translation>fetch() scheitert mit &quot;TypeError: Failed to fetch&quot;: Der Server hat %1 geantwortet, aber das Skript sieht weder Status noch Body.</translation>
    </message>
    <message>
        <source>fetch() rejects with &quot;TypeError: Failed to fetch&quot;.</source>
        <translation>fetch() scheitert mit &quot;TypeError: Failed to fetch&quot;.</translation>
    </message>
</context>
<context>
    <name>FormatNames</name>
    <message>
        <source>AWS SAM</source>
        <translation>AWS SAM</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>CloudFormation</source>
        <translation>CloudFormation</translation>
    </message>
    <message>
        <source>OpenAPI 3.0</source>
        <translation>OpenAPI 3.0</translation>
    </message>
    <message>
        <source>Swagger 2.0</source>
        <translation>Swagger 2.0</translation>
    </message>
    <message>
        <source>Lambda (Node.js)</source>
        <translation>Lambda (Node.js)</translation>
    </message>
    <message>
        <source>Lambda (Python)</source>
        <translation>Lambda (Python)</translation>
    </message>
    <message>
        <source>AWS CDK (TypeScript)</source>
        <translation>AWS CDK (TypeScript)</translation>
    </message>
    <message>
        <source>AWS CDK (Python)</source>
        <translation>AWS CDK (Python)</translation>
    </message>
    <message>
        <source>Serverless Framework</source>
        <translation>Serverless Framework</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>Output format: text (default), json, or sarif (SARIF 2.1.0 for GitHub code scanning and other CI dashboards).</source>
        <translation>Ausgabeformat: text (Standard), json oder sarif (SARIF 2.1.0 für GitHub Code Scanning und andere CI-Dashboards).</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>Dasselbe wie --format json.</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of text, json, sarif.</source>
        <translation>--format &apos;%1&apos; ist keines von text, json, sarif.</translation>
    </message>
    <message>
        <source>--json asks for JSON but --format asks for %1: give one of them.</source>
        <translation>--json verlangt JSON, aber --format verlangt %1: Geben Sie nur eines an.</translation>
    </message>
</context>
<context>
    <name>GatewayText</name>
    <message>
        <source>preflight answered without CORS headers: %1 is not in allowOrigins</source>
        <translation>Preflight ohne CORS-Header beantwortet: %1 steht nicht in allowOrigins</translation>
    </message>
    <message>
        <source>preflight answered without CORS headers: method %1 is not in allowMethods</source>
        <translation>Preflight ohne CORS-Header beantwortet: Methode %1 steht nicht in allowMethods</translation>
    </message>
    <message>
        <source>preflight answered without CORS headers: header %1 is not in allowHeaders</source>
        <translation>Preflight ohne CORS-Header beantwortet: Header %1 steht nicht in allowHeaders</translation>
    </message>
    <message>
        <source>preflight answered by API Gateway: origin, method and headers are allowed</source>
        <translation>Preflight von API Gateway beantwortet: Origin, Methode und Header sind erlaubt</translation>
    </message>
    <message>
        <source>the authorizer denies the request: no %1 header</source>
        <translation>der Authorizer lehnt die Anfrage ab: kein %1-Header</translation>
    </message>
    <message>
        <source>error %1, asked for by /_status/%1</source>
        <translation>Fehler %1, angefordert über /_status/%1</translation>
    </message>
    <message>
        <source>answered by the integration</source>
        <translation>von der Integration beantwortet</translation>
    </message>
    <message>
        <source>CORS headers added for %1</source>
        <translation>CORS-Header für %1 hinzugefügt</translation>
    </message>
    <message>
        <source>no Origin header, no CORS headers</source>
        <translation>kein Origin-Header, keine CORS-Header</translation>
    </message>
    <message>
        <source>%1 is not in allowOrigins, no CORS headers</source>
        <translation>%1 steht nicht in allowOrigins, keine CORS-Header</translation>
    </message>
    <message>
        <source>preflight caught by the authorized route: %1; %2</source>
        <translation>Preflight von der autorisierten Route abgefangen: %1; %2</translation>
    </message>
    <message>
        <source>; it carries no Access-Control-Allow-Origin</source>
        <translation>; sie trägt kein Access-Control-Allow-Origin</translation>
    </message>
    <message>
        <source>; its static Access-Control-Allow-Origin %1 is not the request&apos;s origin %2</source>
        <translation>; ihr statisches Access-Control-Allow-Origin %1 ist nicht der Origin der Anfrage, %2</translation>
    </message>
    <message>
        <source>API Gateway error %1 (%2), with the %3 gateway response&apos;s CORS headers%4</source>
        <translation>API-Gateway-Fehler %1 (%2), mit den CORS-Headern der Gateway-Antwort %3%4</translation>
    </message>
    <message>
        <source>API Gateway error %1 (%2), without CORS headers: gatewayResponses is off</source>
        <translation>API-Gateway-Fehler %1 (%2), ohne CORS-Header: gatewayResponses ist aus</translation>
    </message>
    <message>
        <source>answered by the OPTIONS method&apos;s MOCK integration with static CORS headers%1</source>
        <translation>von der MOCK-Integration der OPTIONS-Methode mit statischen CORS-Headern beantwortet%1</translation>
    </message>
    <message>
        <source>Lambda proxy: allowOrigins has &apos;*&apos;, so Access-Control-Allow-Origin: *</source>
        <translation>Lambda-Proxy: allowOrigins enthält &apos;*&apos;, daher Access-Control-Allow-Origin: *</translation>
    </message>
    <message>
        <source>Lambda proxy: %1 is in allowOrigins, so Access-Control-Allow-Origin echoes it</source>
        <translation>Lambda-Proxy: %1 steht in allowOrigins, daher gibt Access-Control-Allow-Origin ihn zurück</translation>
    </message>
    <message>
        <source>Lambda proxy: no Origin header (same-origin or not a browser), no CORS headers</source>
        <translation>Lambda-Proxy: kein Origin-Header (gleicher Origin oder kein Browser), keine CORS-Header</translation>
    </message>
    <message>
        <source>Lambda proxy: %1 is not in allowOrigins, no CORS headers</source>
        <translation>Lambda-Proxy: %1 steht nicht in allowOrigins, keine CORS-Header</translation>
    </message>
    <message>
        <source>no %1 header: the authorizer denies the request</source>
        <translation>kein %1-Header: der Authorizer lehnt die Anfrage ab</translation>
    </message>
    <message>
        <source>no X-Api-Key header: the method requires an API key</source>
        <translation>kein X-Api-Key-Header: die Methode verlangt einen API-Key</translation>
    </message>
    <message>
        <source>asked for by /_status/%1</source>
        <translation>angefordert über /_status/%1</translation>
    </message>
    <message>
        <source>no route matches %1 %2</source>
        <translation>keine Route passt zu %1 %2</translation>
    </message>
    <message>
        <source>no resource of the API matches this path</source>
        <translation>keine Ressource der API passt zu diesem Pfad</translation>
    </message>
    <message>
        <source>the resource %1 has no %2 method</source>
        <translation>die Ressource %1 hat keine Methode %2</translation>
    </message>
    <message>
        <source>answered by the OPTIONS method&apos;s MOCK integration: its mapping template echoes %1, an allowed origin</source>
        <translation>beantwortet von der MOCK-Integration der OPTIONS-Methode: Ihre Mapping-Vorlage gibt %1 zurück, einen erlaubten Origin</translation>
    </message>
    <message>
        <source>answered by the OPTIONS method&apos;s MOCK integration without Access-Control-Allow-Origin: the request has no Origin</source>
        <translation>beantwortet von der MOCK-Integration der OPTIONS-Methode ohne Access-Control-Allow-Origin: Die Anfrage hat keinen Origin</translation>
    </message>
    <message>
        <source>answered by the OPTIONS method&apos;s MOCK integration without Access-Control-Allow-Origin: its mapping template found %1 in no entry of allowOrigins</source>
        <translation>beantwortet von der MOCK-Integration der OPTIONS-Methode ohne Access-Control-Allow-Origin: Ihre Mapping-Vorlage fand %1 in keinem Eintrag von allowOrigins</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>CORS Configurator — User Guide</source>
        <translation>CORS Configurator — Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Lists in the form</source>
        <translation>Listen im Formular</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>Den Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>Den Eintrag entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Paste entries</source>
        <translation>Einträge einfügen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>APIs in %1:</source>
        <translation>APIs in %1:</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>Exit status: 0 imported, 1 not an importable template, 2 usage error, unreadable file, or several APIs and no --api.</source>
        <translation>Exit-Status: 0 importiert, 1 keine importierbare Vorlage, 2 Aufruffehler, unlesbare Datei oder mehrere APIs ohne --api.</translation>
    </message>
    <message>
        <source>The API to import when the template defines several (its logical ID, or the OpenAPI title).</source>
        <translation>Die zu importierende API, wenn die Vorlage mehrere definiert (ihre logische ID oder der OpenAPI-Titel).</translation>
    </message>
    <message>
        <source>Write the project file here (atomically) instead of to stdout.</source>
        <translation>Die Projektdatei hierhin schreiben (atomar) statt auf stdout.</translation>
    </message>
    <message>
        <source>name one template, e.g. &apos;corscfg import template.yaml&apos;.</source>
        <translation>nennen Sie eine Vorlage, z. B. &apos;corscfg import template.yaml&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %2 &apos;%3&apos; (%4) with %n note(s).</source>
        <translation>
            <numerusform>%1: %2 &apos;%3&apos; (%4) mit %n Hinweis importiert.</numerusform>
            <numerusform>%1: %2 &apos;%3&apos; (%4) mit %n Hinweisen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;imported&gt;</source>
        <translation>&lt;importiert&gt;</translation>
    </message>
    <message>
        <source>The imported settings have errors (above); fix them in the app or in the project file.</source>
        <translation>Die importierten Einstellungen enthalten Fehler (siehe oben); beheben Sie sie in der App oder in der Projektdatei.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Read the CORS settings out of a SAM, CloudFormation (CDK&apos;s cdk.out included) or OpenAPI template, or a serverless.yml, into a project file.</source>
        <translation>Liest die CORS-Einstellungen aus einer SAM-, CloudFormation- (auch CDKs cdk.out) oder OpenAPI-Vorlage oder einer serverless.yml in eine Projektdatei.</translation>
    </message>
    <message>
        <source>Reads YAML and JSON templates: SAM&apos;s Cors, CorsConfiguration, Auth and GatewayResponses (Globals included); CloudFormation&apos;s AWS::ApiGatewayV2::Api CorsConfiguration, OPTIONS methods with MOCK integrations and gateway responses; OpenAPI&apos;s x-amazon-apigateway-cors, options operations and x-amazon-apigateway-gateway-responses; serverless.yml&apos;s http and httpApi events, their cors and provider.httpApi.cors. Values that are not literals (!Ref, !Sub, ${...}, ...) and settings the configuration has no place for are listed on stderr, never dropped silently.</source>
        <translation>Liest YAML- und JSON-Vorlagen: bei SAM Cors, CorsConfiguration, Auth und GatewayResponses (auch in Globals); bei CloudFormation die CorsConfiguration von AWS::ApiGatewayV2::Api, OPTIONS-Methoden mit MOCK-Integration und Gateway-Antworten; bei OpenAPI x-amazon-apigateway-cors, options-Operationen und x-amazon-apigateway-gateway-responses; bei serverless.yml die http- und httpApi-Ereignisse, ihr cors und provider.httpApi.cors. Werte, die keine Literale sind (!Ref, !Sub, ${...}, …), und Einstellungen ohne Platz in der Konfiguration werden auf stderr aufgeführt, nie stillschweigend verworfen.</translation>
    </message>
    <message>
        <source>The SAM, CloudFormation, OpenAPI or Swagger template, or serverless.yml (YAML or JSON).</source>
        <translation>Die SAM-, CloudFormation-, OpenAPI- oder Swagger-Vorlage oder die serverless.yml (YAML oder JSON).</translation>
    </message>
</context>
<context>
    <name>ImportContextText</name>
    <message>
        <source>%1 is %2, not a literal: left as is (%3 is not set from it).</source>
        <translation>%1 ist %2, kein Literal: unverändert gelassen (%3 wird nicht daraus gesetzt).</translation>
    </message>
    <message>
        <source>Its value is only known when CloudFormation deploys the template: set %1 in the form.</source>
        <translation>Der Wert steht erst fest, wenn CloudFormation die Vorlage bereitstellt: setzen Sie %1 im Formular.</translation>
    </message>
    <message>
        <source>%1 is not imported: %2</source>
        <translation>%1 wird nicht importiert: %2</translation>
    </message>
    <message>
        <source>expected a single value, found %1; %2 is left as is.</source>
        <translation>ein einzelner Wert erwartet, %1 gefunden; %2 bleibt unverändert.</translation>
    </message>
    <message>
        <source>expected a list, found the single value %1; read as a list of one.</source>
        <translation>eine Liste erwartet, den einzelnen Wert %1 gefunden; als Liste mit einem Eintrag gelesen.</translation>
    </message>
    <message>
        <source>Write it as a list (- %1).</source>
        <translation>Schreiben Sie ihn als Liste (- %1).</translation>
    </message>
    <message>
        <source>expected a list, found %1; %2 is left as is.</source>
        <translation>eine Liste erwartet, %1 gefunden; %2 bleibt unverändert.</translation>
    </message>
    <message>
        <source>expected true or false, found %1; %2 is left as is.</source>
        <translation>true oder false erwartet, %1 gefunden; %2 bleibt unverändert.</translation>
    </message>
    <message>
        <source>expected a whole number of seconds, found %1; %2 is left as is.</source>
        <translation>eine ganze Zahl von Sekunden erwartet, %1 gefunden; %2 bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 is not a static value: API Gateway reads a value without single quotes as a mapping expression and refuses to deploy it. Read as the text it holds.</source>
        <translation>%1 ist kein statischer Wert: API Gateway liest einen Wert ohne einfache Anführungszeichen als Mapping-Ausdruck und verweigert die Bereitstellung. Als der enthaltene Text gelesen.</translation>
    </message>
    <message>
        <source>Write static values in single quotes inside the YAML string: &quot;&apos;%1&apos;&quot;.</source>
        <translation>Schreiben Sie statische Werte in einfachen Anführungszeichen innerhalb des YAML-Strings: &quot;&apos;%1&apos;&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds; maxAge is left as is.</source>
        <translation>&apos;%1&apos; ist keine Anzahl Sekunden; maxAge bleibt unverändert.</translation>
    </message>
    <message>
        <source>IAM authorization signs requests in the Authorization header: read as an authorizer on Authorization.</source>
        <translation>IAM-Autorisierung signiert Requests im Authorization-Header: gelesen als Authorizer auf Authorization.</translation>
    </message>
    <message>
        <source>expected a mapping of response headers, found %1.</source>
        <translation>eine Zuordnung von Response-Headern erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>not a response header (%1…).</source>
        <translation>kein Response-Header (%1…).</translation>
    </message>
    <message>
        <source>browsers allow credentials only for the exact value &apos;true&apos;; read as not allowed.</source>
        <translation>Browser erlauben Credentials nur beim exakten Wert &apos;true&apos;; als nicht erlaubt gelesen.</translation>
    </message>
    <message>
        <source>browsers read Access-Control-Expose-Headers on the actual response, not on the preflight.</source>
        <translation>Browser lesen Access-Control-Expose-Headers in der eigentlichen Antwort, nicht im Preflight.</translation>
    </message>
    <message>
        <source>%1 is not a CORS preflight header.</source>
        <translation>%1 ist kein CORS-Preflight-Header.</translation>
    </message>
    <message>
        <source>error responses allow the origin &apos;%1&apos;, the preflight &apos;%2&apos;; the preflight&apos;s is kept.</source>
        <translation>Fehlerantworten erlauben den Origin &apos;%1&apos;, der Preflight &apos;%2&apos;; der des Preflights bleibt.</translation>
    </message>
    <message>
        <source>Give both the same origin; the exported snippet does.</source>
        <translation>Geben Sie beiden denselben Origin; das exportierte Snippet tut es.</translation>
    </message>
    <message>
        <source>error responses allow the headers &apos;%1&apos;, the preflight &apos;%2&apos;; the preflight&apos;s are kept.</source>
        <translation>Fehlerantworten erlauben die Header &apos;%1&apos;, der Preflight &apos;%2&apos;; die des Preflights bleiben.</translation>
    </message>
    <message>
        <source>error responses say credentials &apos;%1&apos;, the preflight does not agree; the preflight&apos;s setting is kept.</source>
        <translation>Fehlerantworten sagen Credentials &apos;%1&apos;, der Preflight stimmt nicht zu; die Einstellung des Preflights bleibt.</translation>
    </message>
    <message>
        <source>the gateway responses expose different headers (&apos;%1&apos; and &apos;%2&apos;); the first are kept.</source>
        <translation>die Gateway-Antworten geben verschiedene Header frei (&apos;%1&apos; und &apos;%2&apos;); die ersten bleiben.</translation>
    </message>
    <message>
        <source>%1 has no effect on an error response (browsers read it on preflights only).</source>
        <translation>%1 wirkt nicht in einer Fehlerantwort (Browser lesen ihn nur in Preflights).</translation>
    </message>
    <message>
        <source>%1 is not a CORS header.</source>
        <translation>%1 ist kein CORS-Header.</translation>
    </message>
    <message>
        <source>a %1 mapping template other than the one that selects an allowed origin: what it does to the CORS headers is not read.</source>
        <translation>eine %1-Mapping-Vorlage, die nicht die ist, die einen erlaubten Origin auswählt: Was sie mit den CORS-Headern macht, wird nicht gelesen.</translation>
    </message>
    <message>
        <source>the preflight of %1 answers differently from that of %2; the import keeps %2&apos;s.</source>
        <translation>der Preflight von %1 antwortet anders als der von %2; der Import behält den von %2.</translation>
    </message>
    <message>
        <source>Give every path the same CORS headers (only the methods may differ per path); the exported snippet answers all preflights alike.</source>
        <translation>Geben Sie jedem Pfad dieselben CORS-Header (nur die Methoden dürfen sich je Pfad unterscheiden); das exportierte Snippet beantwortet alle Preflights gleich.</translation>
    </message>
    <message>
        <source>this preflight requires the authorizer or the API key, which browsers never send on one: authorizePreflight is set.</source>
        <translation>dieser Preflight verlangt den Authorizer oder den API-Schlüssel, den Browser nie mitsenden: authorizePreflight ist gesetzt.</translation>
    </message>
    <message>
        <source>CORS headers on the %1 gateway response: the configuration puts them on DEFAULT_4XX and DEFAULT_5XX, which %1 falls back to when it has no headers of its own.</source>
        <translation>CORS-Header an der Gateway-Antwort %1: die Konfiguration setzt sie an DEFAULT_4XX und DEFAULT_5XX, auf die %1 zurückfällt, wenn es keine eigenen Header hat.</translation>
    </message>
    <message>
        <source>only %1 carries CORS headers; the configuration adds them to DEFAULT_4XX and DEFAULT_5XX alike.</source>
        <translation>nur %1 trägt CORS-Header; die Konfiguration fügt sie DEFAULT_4XX und DEFAULT_5XX gleichermaßen hinzu.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>CORS for Amazon API Gateway, right the first time.</source>
        <translation>CORS für Amazon API Gateway, auf Anhieb richtig.</translation>
    </message>
    <message>
        <source>A project to open.</source>
        <translation>Ein zu öffnendes Projekt.</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown (smoke tests).</source>
        <translation>Beenden, sobald das Fenster angezeigt wird (Smoke-Tests).</translation>
    </message>
    <message>
        <source>Print the time to the first shown window and resident memory.</source>
        <translation>Zeit bis zum ersten angezeigten Fenster und belegten Arbeitsspeicher ausgeben.</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>source: %1</source>
        <translation>source: %1</translation>
    </message>
    <message>
        <source>Advise on least privilege and what will not work on API Gateway.</source>
        <translation>Zu geringsten Rechten beraten und zu dem, was auf API Gateway nicht funktionieren wird.</translation>
    </message>
    <message>
        <source>Prints each finding as FILE: SEVERITY[ID]: message, with its fix, source and position.
Exit status: 0 nothing at or above --fail-on, 1 otherwise, 2 usage error or unreadable file.</source>
        <translation>Gibt jeden Befund als DATEI: SCHWERE[ID]: Meldung aus, mit Abhilfe, Quelle und Position.
Exit-Status: 0 nichts auf oder über --fail-on, 1 sonst, 2 Bedienfehler oder unlesbare Datei.</translation>
    </message>
    <message>
        <source>The project file to lint.</source>
        <translation>Die zu prüfende Projektdatei.</translation>
    </message>
    <message>
        <source>Exit 1 on findings of this severity or worse: error (default) or warning.</source>
        <translation>Exit 1 bei Befunden dieser Schwere oder schlimmer: error (Standard) oder warning.</translation>
    </message>
    <message>
        <source>List every rule and exit.</source>
        <translation>Alle Regeln auflisten und beenden.</translation>
    </message>
    <message>
        <source>--fail-on &apos;%1&apos; is not one of error, warning.</source>
        <translation>--fail-on &apos;%1&apos; ist keins von error, warning.</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>fix: %1</translation>
    </message>
    <message>
        <source>at: %1:%2:%3</source>
        <translation>at: %1:%2:%3</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s); %5</source>
        <translation>%1: %2 Fehler, %3 Warnung(en), %4 Hinweis(e); %5</translation>
    </message>
    <message>
        <source>fails at --fail-on %1</source>
        <translation>scheitert bei --fail-on %1</translation>
    </message>
    <message>
        <source>passes at --fail-on %1</source>
        <translation>besteht bei --fail-on %1</translation>
    </message>
    <message>
        <source>%1 of the errors block rendering; %2 render but fail in browsers.</source>
        <translation>%1 der Fehler blockieren die Ausgabe; %2 werden erzeugt, scheitern aber in Browsern.</translation>
    </message>
    <message>
        <source>The project file cannot be read.</source>
        <translation>Die Projektdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is not a readable CORS Configurator project (YAML syntax, an unknown key or a wrong type).</source>
        <translation>Die Datei ist kein lesbares CORS-Configurator-Projekt (YAML-Syntax, ein unbekannter Schlüssel oder ein falscher Typ).</translation>
    </message>
    <message>
        <source>Correct the file at the position given; corscfg validate prints the same errors.</source>
        <translation>Korrigieren Sie die Datei an der angegebenen Stelle; corscfg validate gibt dieselben Fehler aus.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
</context>
<context>
    <name>ListControlsText</name>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Nach oben (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Nach unten (Strg+Runter)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Paste Entries</source>
        <translation>Einträge ein&amp;fügen</translation>
    </message>
</context>
<context>
    <name>NetworkOptionsText</name>
    <message>
        <source>Send the %1 through this proxy: http://HOST:PORT (e.g. an intercepting proxy) or socks5://HOST:PORT.</source>
        <translation>Die %1 über diesen Proxy senden: http://HOST:PORT (z. B. ein abfangender Proxy) oder socks5://HOST:PORT.</translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos; must be a number of seconds above 0 and at most 600.</source>
        <translation>--timeout &apos;%1&apos; muss eine Sekundenzahl über 0 und höchstens 600 sein.</translation>
    </message>
</context>
<context>
    <name>OpenApiImport</name>
    <message>
        <source>the authorizer reads no request header ($request.header.NAME).</source>
        <translation>der Authorizer liest keinen Request-Header ($request.header.NAME).</translation>
    </message>
    <message>
        <source>the preflight of %1 is not a MOCK integration (%2), so its CORS headers come from the backend and are not in the template.</source>
        <translation>der Preflight von %1 ist keine MOCK-Integration (%2); seine CORS-Header kommen vom Backend und stehen nicht in der Vorlage.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the value &apos;%1&apos;</source>
        <translation>den Wert &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an undefined value</source>
        <translation>einen undefinierten Wert</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>A project file starts with &apos;version: %1&apos;; create one with &apos;corscfg&apos; or the app.</source>
        <translation>Eine Projektdatei beginnt mit &apos;version: %1&apos;; legen Sie eine mit &apos;corscfg&apos; oder der App an.</translation>
    </message>
    <message>
        <source>The file holds %1, but a project file is a mapping of keys such as &apos;version: %2&apos; and &apos;allowOrigins: [...]&apos;.</source>
        <translation>Die Datei enthält %1, eine Projektdatei ist aber eine Zuordnung von Schlüsseln wie &apos;version: %2&apos; und &apos;allowOrigins: [...]&apos;.</translation>
    </message>
    <message>
        <source>The key &apos;version&apos; is missing.</source>
        <translation>Der Schlüssel &apos;version&apos; fehlt.</translation>
    </message>
    <message>
        <source>Add &apos;version: %1&apos; as the first line.</source>
        <translation>Fügen Sie &apos;version: %1&apos; als erste Zeile ein.</translation>
    </message>
    <message>
        <source>A key must be a plain name, not %1.</source>
        <translation>Ein Schlüssel muss ein einfacher Name sein, nicht %1.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice (first at line %2); YAML keeps only one of them.</source>
        <translation>Der Schlüssel &apos;%1&apos; kommt zweimal vor (zuerst in Zeile %2); YAML behält nur einen davon.</translation>
    </message>
    <message>
        <source>Remove one of the two.</source>
        <translation>Entfernen Sie einen der beiden.</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos;.</source>
        <translation>Unbekannter Schlüssel &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Remove it; the keys are %1.</source>
        <translation>Entfernen Sie ihn; die Schlüssel sind %1.</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be the number %1, not %2.</source>
        <translation>&apos;version&apos; muss die Zahl %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>Write &apos;version: %1&apos;.</source>
        <translation>Schreiben Sie &apos;version: %1&apos;.</translation>
    </message>
    <message>
        <source>Open it with a newer CORS Configurator.</source>
        <translation>Öffnen Sie sie mit einem neueren CORS Configurator.</translation>
    </message>
    <message>
        <source>Format version %1 does not exist; the format is version %2.</source>
        <translation>Formatversion %1 gibt es nicht; das Format ist Version %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, not %2.</source>
        <translation>&apos;%1&apos; muss eine Liste sein, nicht %2.</translation>
    </message>
    <message>
        <source>Write it as a list, e.g. &apos;%1: [%2]&apos;.</source>
        <translation>Schreiben Sie es als Liste, z. B. &apos;%1: [%2]&apos;.</translation>
    </message>
    <message>
        <source>Entry %1 of &apos;%2&apos; is empty (YAML reads a bare null or ~ as nothing).</source>
        <translation>Eintrag %1 von &apos;%2&apos; ist leer (YAML liest ein bloßes null oder ~ als nichts).</translation>
    </message>
    <message>
        <source>Remove the entry, or quote it if you mean the text, e.g. &quot;null&quot;.</source>
        <translation>Entfernen Sie den Eintrag oder setzen Sie ihn in Anführungszeichen, wenn Sie den Text meinen, z. B. &quot;null&quot;.</translation>
    </message>
    <message>
        <source>Entry %1 of &apos;%2&apos; is %3; each entry must be a single text value.</source>
        <translation>Eintrag %1 von &apos;%2&apos; ist %3; jeder Eintrag muss ein einzelner Textwert sein.</translation>
    </message>
    <message>
        <source>Write one value per entry.</source>
        <translation>Schreiben Sie einen Wert pro Eintrag.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2.</source>
        <translation>&apos;%1&apos; muss true oder false sein, nicht %2.</translation>
    </message>
    <message>
        <source>Write &apos;%1: true&apos; or &apos;%1: false&apos; (without quotes).</source>
        <translation>Schreiben Sie &apos;%1: true&apos; oder &apos;%1: false&apos; (ohne Anführungszeichen).</translation>
    </message>
    <message>
        <source>&apos;maxAge&apos; must be a whole number of seconds (or null for none), not %1.</source>
        <translation>&apos;maxAge&apos; muss eine ganze Zahl von Sekunden sein (oder null für keine), nicht %1.</translation>
    </message>
    <message>
        <source>Write e.g. &apos;maxAge: 600&apos; (without quotes), or &apos;maxAge: null&apos; for no Access-Control-Max-Age header.</source>
        <translation>Schreiben Sie z. B. &apos;maxAge: 600&apos; (ohne Anführungszeichen) oder &apos;maxAge: null&apos; für keinen Access-Control-Max-Age-Header.</translation>
    </message>
    <message>
        <source>&apos;apiType&apos; must be rest or http, not %1.</source>
        <translation>&apos;apiType&apos; muss rest oder http sein, nicht %1.</translation>
    </message>
    <message>
        <source>Write &apos;apiType: rest&apos; for a REST API (v1) or &apos;apiType: http&apos; for an HTTP API (v2).</source>
        <translation>Schreiben Sie &apos;apiType: rest&apos; für eine REST-API (v1) oder &apos;apiType: http&apos; für eine HTTP-API (v2).</translation>
    </message>
    <message>
        <source>&apos;authorizer&apos; must be none or the name of the header that carries the token, not %1.</source>
        <translation>&apos;authorizer&apos; muss none oder der Name des Headers mit dem Token sein, nicht %1.</translation>
    </message>
    <message>
        <source>Write e.g. &apos;authorizer: Authorization&apos;, or &apos;authorizer: none&apos;.</source>
        <translation>Schreiben Sie z. B. &apos;authorizer: Authorization&apos; oder &apos;authorizer: none&apos;.</translation>
    </message>
    <message>
        <source>The file is %1 MiB; project files are at most 10 MiB (a real one is under 1 KiB).</source>
        <translation>Die Datei ist %1 MiB groß; Projektdateien sind höchstens 10 MiB groß (eine echte unter 1 KiB).</translation>
    </message>
    <message>
        <source>Check that this is a *.cors.yaml project file.</source>
        <translation>Prüfen Sie, ob dies eine *.cors.yaml-Projektdatei ist.</translation>
    </message>
    <message>
        <source>The file is binary (it contains a NUL byte), not a YAML project file.</source>
        <translation>Die Datei ist binär (sie enthält ein NUL-Byte), keine YAML-Projektdatei.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1).</source>
        <translation>Die Datei ist kein UTF-8-Text (Byte 0x%1).</translation>
    </message>
    <message>
        <source>Save it as UTF-8.</source>
        <translation>Speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>The file holds %1 YAML documents; a project file holds one.</source>
        <translation>Die Datei enthält %1 YAML-Dokumente; eine Projektdatei enthält eines.</translation>
    </message>
    <message>
        <source>Keep one document (remove the extra &apos;---&apos;).</source>
        <translation>Behalten Sie ein Dokument (entfernen Sie das zusätzliche &apos;---&apos;).</translation>
    </message>
    <message>
        <source>The YAML is nested too deeply (more than %1 levels).</source>
        <translation>Das YAML ist zu tief verschachtelt (mehr als %1 Ebenen).</translation>
    </message>
    <message>
        <source>A project file is a flat mapping of keys to lists and values.</source>
        <translation>Eine Projektdatei ist eine flache Zuordnung von Schlüsseln zu Listen und Werten.</translation>
    </message>
    <message>
        <source>YAML syntax error: %1.</source>
        <translation>YAML-Syntaxfehler: %1.</translation>
    </message>
    <message>
        <source>Fix the YAML at this position (indent with spaces, close every bracket and quote).</source>
        <translation>Korrigieren Sie das YAML an dieser Stelle (mit Leerzeichen einrücken, jede Klammer und jedes Anführungszeichen schließen).</translation>
    </message>
    <message>
        <source>The YAML cannot be read: %1.</source>
        <translation>Das YAML kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Die Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Check the path; project files end in .cors.yaml.</source>
        <translation>Prüfen Sie den Pfad; Projektdateien enden auf .cors.yaml.</translation>
    </message>
    <message>
        <source>This is a folder, not a project file.</source>
        <translation>Dies ist ein Ordner, keine Projektdatei.</translation>
    </message>
    <message>
        <source>Name a *.cors.yaml file inside it.</source>
        <translation>Nennen Sie eine *.cors.yaml-Datei darin.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>Die Datei lässt sich nicht öffnen: %1.</translation>
    </message>
    <message>
        <source>Check that you may read it.</source>
        <translation>Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>This file was written by a newer CORS Configurator (format version %1); this version reads formats %2 to %3.</source>
        <translation>Diese Datei wurde von einem neueren CORS Configurator geschrieben (Formatversion %1); diese Version liest die Formate %2 bis %3.</translation>
    </message>
    <message>
        <source>Write &apos;version: 2&apos; at the top.</source>
        <translation>Schreiben Sie &apos;version: 2&apos; an den Anfang.</translation>
    </message>
    <message>
        <source>&apos;routes&apos; must be a list, not %1.</source>
        <translation>&apos;routes&apos; muss eine Liste sein, nicht %1.</translation>
    </message>
    <message>
        <source>Write one entry per route, e.g. &apos;- path: /items&apos; and &apos;methods: [GET]&apos;.</source>
        <translation>Schreiben Sie einen Eintrag pro Route, z. B. &apos;- path: /items&apos; und &apos;methods: [GET]&apos;.</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>%1 is %2; each route is a mapping with &apos;path&apos; and &apos;methods&apos;.</source>
        <translation>%1 ist %2; jede Route ist eine Zuordnung mit &apos;path&apos; und &apos;methods&apos;.</translation>
    </message>
    <message>
        <source>Write it as &apos;- path: /items&apos; with &apos;methods: [GET]&apos; below.</source>
        <translation>Schreiben Sie sie als &apos;- path: /items&apos; mit &apos;methods: [GET]&apos; darunter.</translation>
    </message>
    <message>
        <source>%1: &apos;path&apos; must be text, not %2.</source>
        <translation>%1: &apos;path&apos; muss Text sein, nicht %2.</translation>
    </message>
    <message>
        <source>Write e.g. &apos;path: /items/{id}&apos;.</source>
        <translation>Schreiben Sie z. B. &apos;path: /items/{id}&apos;.</translation>
    </message>
    <message>
        <source>%1: each method must be a name such as GET, not %2.</source>
        <translation>%1: Jede Methode muss ein Name wie GET sein, nicht %2.</translation>
    </message>
    <message>
        <source>Write e.g. &apos;methods: [GET, PUT]&apos;.</source>
        <translation>Schreiben Sie z. B. &apos;methods: [GET, PUT]&apos;.</translation>
    </message>
    <message>
        <source>%1: &apos;methods&apos; must be a list, not %2.</source>
        <translation>%1: &apos;methods&apos; muss eine Liste sein, nicht %2.</translation>
    </message>
    <message>
        <source>Write e.g. &apos;methods: [GET, PUT]&apos; or &apos;methods: [ANY]&apos;.</source>
        <translation>Schreiben Sie z. B. &apos;methods: [GET, PUT]&apos; oder &apos;methods: [ANY]&apos;.</translation>
    </message>
    <message>
        <source>%1: &apos;authorizer&apos; can only be none (the route is public), not %2.</source>
        <translation>%1: &apos;authorizer&apos; kann nur none sein (die Route ist öffentlich), nicht %2.</translation>
    </message>
    <message>
        <source>Write &apos;authorizer: none&apos;, or leave the key out to use the API&apos;s authorizer.</source>
        <translation>Schreiben Sie &apos;authorizer: none&apos; oder lassen Sie den Schlüssel weg, um den Authorizer der API zu verwenden.</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;.</source>
        <translation>%1: unbekannter Schlüssel &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>A route has the keys path, methods and authorizer.</source>
        <translation>Eine Route hat die Schlüssel path, methods und authorizer.</translation>
    </message>
    <message>
        <source>%1 has no &apos;path&apos;.</source>
        <translation>%1 hat kein &apos;path&apos;.</translation>
    </message>
    <message>
        <source>Add e.g. &apos;path: /items&apos;.</source>
        <translation>Fügen Sie z. B. &apos;path: /items&apos; hinzu.</translation>
    </message>
    <message>
        <source>&apos;stages&apos; must be a mapping of stage names, not %1.</source>
        <translation>&apos;stages&apos; muss eine Zuordnung von Stage-Namen sein, nicht %1.</translation>
    </message>
    <message>
        <source>Write e.g. &apos;stages:&apos; with &apos;dev:&apos; and &apos;prod:&apos; below, each with its &apos;allowOrigins&apos;.</source>
        <translation>Schreiben Sie z. B. &apos;stages:&apos; mit &apos;dev:&apos; und &apos;prod:&apos; darunter, jede mit ihren &apos;allowOrigins&apos;.</translation>
    </message>
    <message>
        <source>A stage name must be text, not %1.</source>
        <translation>Ein Stage-Name muss Text sein, nicht %1.</translation>
    </message>
    <message>
        <source>Write e.g. &apos;prod:&apos;.</source>
        <translation>Schreiben Sie z. B. &apos;prod:&apos;.</translation>
    </message>
    <message>
        <source>Stage &apos;%1&apos;</source>
        <translation>Stage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is %2; a stage is a mapping with &apos;allowOrigins&apos;.</source>
        <translation>%1 ist %2; eine Stage ist eine Zuordnung mit &apos;allowOrigins&apos;.</translation>
    </message>
    <message>
        <source>Write &apos;allowOrigins: [https://app.example.com]&apos; below the stage&apos;s name.</source>
        <translation>Schreiben Sie &apos;allowOrigins: [https://app.example.com]&apos; unter den Namen der Stage.</translation>
    </message>
    <message>
        <source>%1: each origin must be text, not %2.</source>
        <translation>%1: Jeder Origin muss Text sein, nicht %2.</translation>
    </message>
    <message>
        <source>Write one origin per entry, e.g. https://app.example.com.</source>
        <translation>Schreiben Sie einen Origin pro Eintrag, z. B. https://app.example.com.</translation>
    </message>
    <message>
        <source>%1: &apos;allowOrigins&apos; must be a list, not %2.</source>
        <translation>%1: &apos;allowOrigins&apos; muss eine Liste sein, nicht %2.</translation>
    </message>
    <message>
        <source>Write e.g. &apos;allowOrigins: [https://app.example.com]&apos;.</source>
        <translation>Schreiben Sie z. B. &apos;allowOrigins: [https://app.example.com]&apos;.</translation>
    </message>
    <message>
        <source>A stage overrides &apos;allowOrigins&apos; only.</source>
        <translation>Eine Stage überschreibt nur &apos;allowOrigins&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs format version 2; this file says version %2.</source>
        <translation>&apos;%1&apos; braucht Formatversion 2; diese Datei nennt Version %2.</translation>
    </message>
</context>
<context>
    <name>ProjectWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>QuickFixText</name>
    <message>
        <source>Remove the empty entry</source>
        <translation>Den leeren Eintrag entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Write it as %1</source>
        <translation>Als %1 schreiben</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Remove the spaces</source>
        <translation>Die Leerzeichen entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n entries</source>
        <translation>
            <numerusform>In %n Eintrag aufteilen</numerusform>
            <numerusform>In %n Einträge aufteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to Allowed headers</source>
        <translation>%1 zu „Erlaubte Header“ hinzufügen</translation>
    </message>
    <message>
        <source>Add OPTIONS to Allowed methods</source>
        <translation>OPTIONS zu „Erlaubte Methoden“ hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to Allowed methods</source>
        <translation>%1 zu „Erlaubte Methoden“ hinzufügen</translation>
    </message>
    <message>
        <source>Allow only what the routes serve: %1</source>
        <translation>Nur erlauben, was die Routen bedienen: %1</translation>
    </message>
    <message>
        <source>Set Max age to %1 seconds</source>
        <translation>Max. Alter auf %1 Sekunden setzen</translation>
    </message>
    <message>
        <source>Turn off Credentials</source>
        <translation>Credentials ausschalten</translation>
    </message>
    <message>
        <source>Switch to HTTP API (it has no API keys)</source>
        <translation>Zu HTTP-API wechseln (ohne API-Schlüssel)</translation>
    </message>
    <message>
        <source>Switch to HTTP API</source>
        <translation>Zu HTTP-API wechseln</translation>
    </message>
    <message>
        <source>Keep only %1</source>
        <translation>Nur %1 behalten</translation>
    </message>
    <message>
        <source>Add CORS headers to gateway responses</source>
        <translation>CORS-Header zu den Gateway-Antworten hinzufügen</translation>
    </message>
    <message>
        <source>Exempt OPTIONS from the authorizer and the API key</source>
        <translation>OPTIONS vom Authorizer und vom API-Schlüssel ausnehmen</translation>
    </message>
    <message>
        <source>Untick API key</source>
        <translation>API-Schlüssel abwählen</translation>
    </message>
    <message>
        <source>Switch to REST API (it has API keys)</source>
        <translation>Zu REST-API wechseln (mit API-Schlüsseln)</translation>
    </message>
    <message>
        <source>Write the methods in upper case</source>
        <translation>Die Methoden großschreiben</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>%1 erlauben</translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message>
        <source>the server closed or reset the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen oder zurückgesetzt</translation>
    </message>
    <message>
        <source>the server closed or reset the connection in the middle of the response headers</source>
        <translation>der Server hat die Verbindung mitten in den Antwort-Headern geschlossen oder zurückgesetzt</translation>
    </message>
    <message>
        <source>the server closed or reset the connection before the body was complete</source>
        <translation>der Server hat die Verbindung geschlossen oder zurückgesetzt, bevor der Body vollständig war</translation>
    </message>
    <message>
        <source>the answer is not HTTP/1.x: it begins with &quot;%1&quot; (an HTTP/0.9 answer or another protocol)</source>
        <translation>die Antwort ist kein HTTP/1.x: Sie beginnt mit „%1“ (eine HTTP/0.9-Antwort oder ein anderes Protokoll)</translation>
    </message>
    <message>
        <source>the header block is larger than %1 KiB</source>
        <translation>der Header-Block ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>a response header line contains a NUL byte: browsers refuse such a response</source>
        <translation>eine Antwort-Headerzeile enthält ein NUL-Byte: Browser lehnen eine solche Antwort ab</translation>
    </message>
    <message>
        <source>the status line &quot;%1&quot; is not HTTP/1.0 or HTTP/1.1</source>
        <translation>die Statuszeile „%1“ ist nicht HTTP/1.0 oder HTTP/1.1</translation>
    </message>
    <message>
        <source>the status line &quot;%1&quot; has no status code</source>
        <translation>die Statuszeile „%1“ hat keinen Statuscode</translation>
    </message>
    <message>
        <source>the status code &quot;%1&quot; is not a three-digit HTTP status from 100 to 999</source>
        <translation>der Statuscode „%1“ ist kein dreistelliger HTTP-Status von 100 bis 999</translation>
    </message>
    <message>
        <source>Content-Length &quot;%1&quot; is not one number</source>
        <translation>Content-Length „%1“ ist nicht eine einzige Zahl</translation>
    </message>
    <message>
        <source>a chunk size line is too long</source>
        <translation>eine Chunk-Größenzeile ist zu lang</translation>
    </message>
    <message>
        <source>the chunk size &quot;%1&quot; is not a hexadecimal number</source>
        <translation>die Chunk-Größe „%1“ ist keine Hexadezimalzahl</translation>
    </message>
    <message>
        <source>a chunk does not end with CRLF</source>
        <translation>ein Chunk endet nicht mit CRLF</translation>
    </message>
    <message>
        <source>the trailer fields are too large</source>
        <translation>die Trailer-Felder sind zu groß</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Formats: %1.
Exit status: 0 written, 1 invalid configuration (nothing is written), 2 usage error or unreadable file.</source>
        <translation>Formate: %1.
Rückgabewert: 0 geschrieben, 1 ungültige Konfiguration (nichts wird geschrieben), 2 Bedienfehler oder unlesbare Datei.</translation>
    </message>
    <message>
        <source>The project file to render.</source>
        <translation>Die auszugebende Projektdatei.</translation>
    </message>
    <message>
        <source>The format to write.</source>
        <translation>Das zu schreibende Format.</translation>
    </message>
    <message>
        <source>Write every format (needs --output-dir).</source>
        <translation>Alle Formate schreiben (braucht --output-dir).</translation>
    </message>
    <message>
        <source>Render for this API type instead of the project&apos;s: rest or http.</source>
        <translation>Für diesen API-Typ statt den des Projekts ausgeben: rest oder http.</translation>
    </message>
    <message>
        <source>Write to PATH instead of standard output.</source>
        <translation>Nach PFAD statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>give either --format FORMAT or --all.</source>
        <translation>geben Sie entweder --format FORMAT oder --all an.</translation>
    </message>
    <message>
        <source>--all writes several files: name a folder with --output-dir DIR.</source>
        <translation>--all schreibt mehrere Dateien: nennen Sie einen Ordner mit --output-dir ORDNER.</translation>
    </message>
    <message>
        <source>--output names one file; with --all use --output-dir.</source>
        <translation>--output nennt eine Datei; mit --all verwenden Sie --output-dir.</translation>
    </message>
    <message>
        <source>--output-dir goes with --all; for one format use --output PATH.</source>
        <translation>--output-dir gehört zu --all; für ein Format verwenden Sie --output PFAD.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; the formats are %2.</source>
        <translation>unbekanntes Format &apos;%1&apos;; die Formate sind %2.</translation>
    </message>
    <message>
        <source>unknown API type &apos;%1&apos;; use rest or http.</source>
        <translation>unbekannter API-Typ &apos;%1&apos;; verwenden Sie rest oder http.</translation>
    </message>
    <message>
        <source>%1: invalid configuration; nothing was written.</source>
        <translation>%1: ungültige Konfiguration; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Write SAM, Terraform, CloudFormation, OpenAPI, Swagger, AWS CDK, Serverless or Lambda snippets.</source>
        <translation>Schreibt SAM-, Terraform-, CloudFormation-, OpenAPI-, Swagger-, AWS-CDK-, Serverless- oder Lambda-Snippets.</translation>
    </message>
    <message>
        <source>With --all: the folder for template.yaml, cors.tf, cloudformation.yaml, openapi.yaml, swagger.json, handler.mjs, handler.py, serverless.yml and cdk/ (cors-api-stack.ts, cors_api_stack.py).</source>
        <translation>Mit --all: der Ordner für template.yaml, cors.tf, cloudformation.yaml, openapi.yaml, swagger.json, handler.mjs, handler.py, serverless.yml und cdk/ (cors-api-stack.ts, cors_api_stack.py).</translation>
    </message>
</context>
<context>
    <name>SamImport</name>
    <message>
        <source>&apos;%1&apos; is not a property of SAM&apos;s Cors.</source>
        <translation>&apos;%1&apos; ist keine Eigenschaft von SAMs Cors.</translation>
    </message>
    <message>
        <source>AllowMethods is left out, and SAM then allows the methods of each path; no function event names one.</source>
        <translation>AllowMethods fehlt, und SAM erlaubt dann die Methoden jedes Pfads; kein Funktionsereignis nennt eine.</translation>
    </message>
    <message>
        <source>AllowMethods is left out, so SAM allows the methods of each path: read as %1.</source>
        <translation>AllowMethods fehlt, daher erlaubt SAM die Methoden jedes Pfads: gelesen als %1.</translation>
    </message>
    <message>
        <source>the DefaultAuthorizer &apos;%1&apos; is not among Authorizers; read as an authorizer on Authorization.</source>
        <translation>der DefaultAuthorizer &apos;%1&apos; steht nicht unter Authorizers; gelesen als Authorizer auf Authorization.</translation>
    </message>
    <message>
        <source>the authorizer reads several headers; the configuration names the first.</source>
        <translation>der Authorizer liest mehrere Header; die Konfiguration nennt den ersten.</translation>
    </message>
    <message>
        <source>no identity header is named, so SAM&apos;s default applies: Authorization.</source>
        <translation>kein Identity-Header ist genannt, daher gilt SAMs Standard: Authorization.</translation>
    </message>
    <message>
        <source>AddDefaultAuthorizerToCorsPreflight is not false, so SAM puts the authorizer on OPTIONS too and browsers&apos; preflights fail: authorizePreflight is set.</source>
        <translation>AddDefaultAuthorizerToCorsPreflight ist nicht false, daher legt SAM den Authorizer auch auf OPTIONS und die Preflights der Browser scheitern: authorizePreflight ist gesetzt.</translation>
    </message>
    <message>
        <source>AddApiKeyRequiredToCorsPreflight is not false, so SAM requires the API key on OPTIONS too and browsers&apos; preflights fail: authorizePreflight is set.</source>
        <translation>AddApiKeyRequiredToCorsPreflight ist nicht false, daher verlangt SAM den API-Schlüssel auch bei OPTIONS und die Preflights der Browser scheitern: authorizePreflight ist gesetzt.</translation>
    </message>
    <message>
        <source>the OpenAPI file is not read; import it as well if it holds CORS settings.</source>
        <translation>die OpenAPI-Datei wird nicht gelesen; importieren Sie sie ebenfalls, falls sie CORS-Einstellungen enthält.</translation>
    </message>
    <message>
        <source>CorsConfiguration: true allows every origin (AllowOrigins: &apos;*&apos;) and sets nothing else.</source>
        <translation>CorsConfiguration: true erlaubt jeden Origin (AllowOrigins: &apos;*&apos;) und setzt sonst nichts.</translation>
    </message>
    <message>
        <source>HTTP APIs have no gateway responses; API Gateway adds the CORS headers to errors itself.</source>
        <translation>HTTP-APIs haben keine Gateway-Antworten; API Gateway fügt die CORS-Header selbst zu Fehlern hinzu.</translation>
    </message>
    <message>
        <source>implicit API of the functions&apos; events</source>
        <translation>implizite API der Funktionsereignisse</translation>
    </message>
    <message>
        <source>the event&apos;s Path is %1, not a literal: its route is not taken over.</source>
        <translation>der Path des Ereignisses ist %1, kein Literal: Seine Route wird nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>SarifText</name>
    <message>
        <source>%1 (probe origin %2; HTTP %3)</source>
        <translation>%1 (Test-Origin %2; HTTP %3)</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Quelle: %1.</translation>
    </message>
    <message>
        <source>Apply the fix the finding names (corscfg lint prints it, and the app applies it in one click).</source>
        <translation>Wenden Sie die Behebung an, die der Befund nennt (corscfg lint gibt sie aus, die App wendet sie mit einem Klick an).</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>The browser judged lets this through; other browsers or the Fetch standard refuse it.</source>
        <translation>Der beurteilte Browser lässt dies durch; andere Browser oder der Fetch-Standard lehnen es ab.</translation>
    </message>
    <message>
        <source>Change the response so that every browser accepts it, as the warning says.</source>
        <translation>Ändern Sie die Antwort so, dass jeder Browser sie annimmt, wie die Warnung sagt.</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Audit live endpoints for CORS misconfigurations, preflights included.</source>
        <translation>Live-Endpunkte auf CORS-Fehlkonfigurationen prüfen, Preflights eingeschlossen.</translation>
    </message>
    <message>
        <source>Read endpoints from FILE, one URL per line (&apos;-&apos; for stdin).</source>
        <translation>Endpunkte aus DATEI lesen, eine URL pro Zeile (&apos;-&apos; für stdin).</translation>
    </message>
    <message>
        <source>The legitimate frontend, e.g. https://app.example.com: probes derive from its host too, and it is used to check Vary and error responses.</source>
        <translation>Das legitime Frontend, z. B. https://app.example.com: Probes werden auch von seinem Host abgeleitet, und es dient zur Prüfung von Vary und Fehlerantworten.</translation>
    </message>
    <message>
        <source>Requests in flight at most (default 32).</source>
        <translation>Höchstens so viele gleichzeitige Anfragen (Standard 32).</translation>
    </message>
    <message>
        <source>Endpoints to scan.</source>
        <translation>Zu scannende Endpunkte.</translation>
    </message>
    <message>
        <source>name at least one endpoint, as an argument or with --urls FILE.</source>
        <translation>mindestens einen Endpunkt angeben, als Argument oder mit --urls DATEI.</translation>
    </message>
    <message>
        <source>--concurrency &apos;%1&apos; is not a number from 1 to 1024.</source>
        <translation>--concurrency &apos;%1&apos; ist keine Zahl von 1 bis 1024.</translation>
    </message>
    <message>
        <source>scanned %1 of %2 endpoints</source>
        <translation>%1 von %2 Endpunkten gescannt</translation>
    </message>
    <message>
        <source>scanned %1 endpoints</source>
        <translation>%1 Endpunkte geprüft</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>Sends each endpoint requests from hostile origins derived from its host (and from --origin&apos;s host): any origin, null, prefix, suffix, unescaped dot, substring, any subdomain, http://, code hosts, special characters; preflights asking for a made-up method and header and for Authorization from a foreign origin; a missing path for error responses; the same URL from two origins in a row for caches. Reports each misconfiguration with the probe origin, the HTTP status and response headers as evidence, a severity (high when credentials are allowed), an explanation and the fix. Results stream in input order; Ctrl+C prints what is done and the summary.
Exit status: 0 nothing found, 1 findings, 2 usage error, 3 no endpoint answered, 130 interrupted.</source>
        <translation>Sendet jedem Endpunkt Anfragen von feindlichen Origins, abgeleitet von seinem Host (und dem Host von --origin): beliebiger Origin, null, Präfix, Suffix, nicht maskierter Punkt, Teilstring, beliebige Subdomain, http://, Code-Hoster, Sonderzeichen; Preflights, die eine erfundene Methode und einen erfundenen Header sowie Authorization von einem fremden Origin erfragen; einen fehlenden Pfad für Fehlerantworten; dieselbe URL von zwei Origins nacheinander für Caches. Meldet jede Fehlkonfiguration mit dem Test-Origin, dem HTTP-Status und den Antwort-Headern als Beleg, einem Schweregrad (hoch, wenn Credentials erlaubt sind), einer Erklärung und der Behebung. Ergebnisse erscheinen fortlaufend in Eingabereihenfolge; Strg+C gibt das Fertige und die Zusammenfassung aus.
Exit-Status: 0 nichts gefunden, 1 Befunde, 2 Bedienfehler, 3 kein Endpunkt antwortete, 130 abgebrochen.</translation>
    </message>
    <message>
        <source>A header sent with every probe (e.g. an API key or Authorization); repeatable.</source>
        <translation>Ein Header, der mit jeder Probe gesendet wird (z. B. ein API-Schlüssel oder Authorization); wiederholbar.</translation>
    </message>
    <message>
        <source>Seconds each request may take in all: connecting, TLS and the response headers (default 10).</source>
        <translation>Sekunden, die jede Anfrage insgesamt dauern darf: Verbindungsaufbau, TLS und die Antwort-Header (Standard 10).</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>probes</source>
        <translation>Proben</translation>
    </message>
</context>
<context>
    <name>ScanOutputText</name>
    <message>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation>Origin %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>also accepted: %1</source>
        <translation>ebenfalls akzeptiert: %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>fix: %1</translation>
    </message>
    <message>
        <source>interrupted: %1 endpoint(s) started were not finished, the rest of the list was not read</source>
        <translation>abgebrochen: %1 begonnene Endpunkt(e) wurden nicht fertig, der Rest der Liste wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 endpoint(s), %2 with findings (%3 high, %4 medium, %5 low), %6 unreachable</source>
        <translation>%1 Endpunkt(e), %2 mit Befunden (%3 hoch, %4 mittel, %5 niedrig), %6 nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>ScanReportText</name>
    <message>
        <source>&lt;b&gt;Unreachable.&lt;/b&gt; %1 did not answer: %2</source>
        <translation>&lt;b&gt;Nicht erreichbar.&lt;/b&gt; %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No misconfiguration found&lt;/b&gt; at %1 (requests sent: %2).</source>
        <translation>&lt;b&gt;Keine Fehlkonfiguration gefunden&lt;/b&gt; bei %1 (gesendete Anfragen: %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings: %1&lt;/b&gt; at %2 — high %3, medium %4, low %5. The table lists each with its evidence and fix.</source>
        <translation>&lt;b&gt;Befunde: %1&lt;/b&gt; bei %2 — hoch %3, mittel %4, niedrig %5. Die Tabelle führt jeden mit Beleg und Behebung auf.</translation>
    </message>
</context>
<context>
    <name>ScanTableText</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Probe origin</source>
        <translation>Test-Origin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Scan findings</source>
        <translation>Scan-Befunde</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>auch: %1</translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>Any origin is echoed in Access-Control-Allow-Origin: every website can read this API&apos;s responses from its visitors&apos; browsers.</source>
        <translation>Jeder Origin wird in Access-Control-Allow-Origin zurückgegeben: jede Website kann die Antworten dieser API aus den Browsern ihrer Besucher lesen.</translation>
    </message>
    <message>
        <source>Compare the Origin header with an exact allow-list and send Access-Control-Allow-Origin only for listed origins.</source>
        <translation>Den Origin-Header mit einer exakten Erlaubnisliste vergleichen und Access-Control-Allow-Origin nur für gelistete Origins senden.</translation>
    </message>
    <message>
        <source>Origin &apos;null&apos; is trusted: sandboxed iframes, data: URLs and local files all send it, so any page can obtain it.</source>
        <translation>Origin &apos;null&apos; wird vertraut: Sandbox-iframes, data:-URLs und lokale Dateien senden ihn, jede Seite kann ihn also erhalten.</translation>
    </message>
    <message>
        <source>Never allow &apos;null&apos;; remove it from the allow-list.</source>
        <translation>&apos;null&apos; nie erlauben; aus der Erlaubnisliste entfernen.</translation>
    </message>
    <message>
        <source>The origin check only looks at how the origin begins: a domain such as TARGET.attacker.test passes.</source>
        <translation>Die Origin-Prüfung betrachtet nur den Anfang des Origins: eine Domain wie ZIEL.angreifer.test kommt durch.</translation>
    </message>
    <message>
        <source>Compare whole origins (scheme, host and port), not prefixes.</source>
        <translation>Ganze Origins vergleichen (Schema, Host und Port), keine Präfixe.</translation>
    </message>
    <message>
        <source>The origin check only looks at how the origin ends: anyone can register a domain that ends with the allowed name.</source>
        <translation>Die Origin-Prüfung betrachtet nur das Ende des Origins: jeder kann eine Domain registrieren, die auf den erlaubten Namen endet.</translation>
    </message>
    <message>
        <source>Compare whole origins; to allow subdomains, require a &apos;.&apos; before the allowed domain and list them explicitly where possible.</source>
        <translation>Ganze Origins vergleichen; um Subdomains zu erlauben, einen &apos;.&apos; vor der erlaubten Domain verlangen und sie wo möglich einzeln auflisten.</translation>
    </message>
    <message>
        <source>A &apos;.&apos; in the allow-list pattern matches any character, so a look-alike domain passes (a regular expression without escaped dots).</source>
        <translation>Ein &apos;.&apos; im Muster der Erlaubnisliste passt auf jedes Zeichen, also kommt eine ähnlich aussehende Domain durch (ein regulärer Ausdruck ohne maskierte Punkte).</translation>
    </message>
    <message>
        <source>Escape dots in regular expressions (\.) and anchor them (^...$), or compare exact strings.</source>
        <translation>Punkte in regulären Ausdrücken maskieren (\.) und verankern (^...$) oder exakte Zeichenketten vergleichen.</translation>
    </message>
    <message>
        <source>The origin check accepts a part of the allowed name (a substring test), so other domains pass.</source>
        <translation>Die Origin-Prüfung akzeptiert einen Teil des erlaubten Namens (Teilzeichenketten-Test), also kommen andere Domains durch.</translation>
    </message>
    <message>
        <source>Compare whole origins instead of testing for substrings.</source>
        <translation>Ganze Origins vergleichen statt auf Teilzeichenketten zu prüfen.</translation>
    </message>
    <message>
        <source>Every subdomain is trusted: one vulnerable or taken-over subdomain can read this API&apos;s responses.</source>
        <translation>Jeder Subdomain wird vertraut: eine verwundbare oder übernommene Subdomain kann die Antworten dieser API lesen.</translation>
    </message>
    <message>
        <source>List the subdomains that need access instead of a wildcard.</source>
        <translation>Die Subdomains auflisten, die Zugriff brauchen, statt eines Platzhalters.</translation>
    </message>
    <message>
        <source>An http:// origin is trusted by an https API: anyone on the network path can inject script into that origin&apos;s pages.</source>
        <translation>Eine https-API vertraut einem http://-Origin: jeder auf dem Netzwerkpfad kann Skripte in die Seiten dieses Origins einschleusen.</translation>
    </message>
    <message>
        <source>Allow only https:// origins (keep http://localhost for development configurations only).</source>
        <translation>Nur https://-Origins erlauben (http://localhost nur in Entwicklungskonfigurationen).</translation>
    </message>
    <message>
        <source>A code host where anyone can publish pages is trusted, so anyone can call this API with the visitor&apos;s rights.</source>
        <translation>Einem Code-Hoster, auf dem jeder Seiten veröffentlichen kann, wird vertraut, also kann jeder diese API mit den Rechten des Besuchers aufrufen.</translation>
    </message>
    <message>
        <source>Remove shared hosting origins from the allow-list; use your own domain.</source>
        <translation>Origins von geteiltem Hosting aus der Erlaubnisliste entfernen; die eigene Domain verwenden.</translation>
    </message>
    <message>
        <source>Origins with special characters after the allowed host (e.g. &apos;_&apos; or &apos;`&apos;) are trusted; some browsers accept such hosts, so an attacker&apos;s domain passes a check that stops at them.</source>
        <translation>Origins mit Sonderzeichen nach dem erlaubten Host (z. B. &apos;_&apos; oder &apos;`&apos;) wird vertraut; manche Browser akzeptieren solche Hosts, also kommt die Domain eines Angreifers durch eine Prüfung, die dort aufhört.</translation>
    </message>
    <message>
        <source>Parse the origin and compare its host exactly instead of matching text.</source>
        <translation>Den Origin parsen und seinen Host exakt vergleichen, statt Text abzugleichen.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin: * together with Access-Control-Allow-Credentials: true: browsers refuse it, and it shows an intent to share credentialed responses with anyone.</source>
        <translation>Access-Control-Allow-Origin: * zusammen mit Access-Control-Allow-Credentials: true: Browser lehnen das ab, und es zeigt die Absicht, Antworten mit Credentials mit jedem zu teilen.</translation>
    </message>
    <message>
        <source>Return the exact allowed origin when credentials are needed, or drop Access-Control-Allow-Credentials.</source>
        <translation>Den exakten erlaubten Origin zurückgeben, wenn Credentials nötig sind, oder Access-Control-Allow-Credentials weglassen.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin is a list, a pattern or repeated; browsers accept exactly one origin or &apos;*&apos;, so every request fails.</source>
        <translation>Access-Control-Allow-Origin ist eine Liste, ein Muster oder mehrfach vorhanden; Browser akzeptieren genau einen Origin oder &apos;*&apos;, also scheitert jede Anfrage.</translation>
    </message>
    <message>
        <source>Send one header with the request&apos;s origin when it is allowed (and Vary: Origin).</source>
        <translation>Einen Header mit dem Origin der Anfrage senden, wenn er erlaubt ist (und Vary: Origin).</translation>
    </message>
    <message>
        <source>The preflight answer allows whatever method is asked for, including made-up ones.</source>
        <translation>Die Preflight-Antwort erlaubt jede erfragte Methode, auch erfundene.</translation>
    </message>
    <message>
        <source>Answer with the fixed list of methods the API serves.</source>
        <translation>Mit der festen Liste der Methoden antworten, die die API bedient.</translation>
    </message>
    <message>
        <source>The preflight answer allows whatever request headers are asked for, including made-up ones.</source>
        <translation>Die Preflight-Antwort erlaubt alle erfragten Anfrage-Header, auch erfundene.</translation>
    </message>
    <message>
        <source>Answer with the fixed list of request headers the API reads.</source>
        <translation>Mit der festen Liste der Anfrage-Header antworten, die die API liest.</translation>
    </message>
    <message>
        <source>&apos;*&apos; in Access-Control-Allow-Methods or -Headers together with credentials: browsers read it as a literal name, so credentialed requests fail, and it shows an intent to allow everything.</source>
        <translation>&apos;*&apos; in Access-Control-Allow-Methods oder -Headers zusammen mit Credentials: Browser lesen es als wörtlichen Namen, Anfragen mit Credentials scheitern also, und es zeigt die Absicht, alles zu erlauben.</translation>
    </message>
    <message>
        <source>List the methods and headers explicitly.</source>
        <translation>Die Methoden und Header einzeln auflisten.</translation>
    </message>
    <message>
        <source>A foreign origin&apos;s preflight asking to send Authorization is allowed: any website may call this API with a token.</source>
        <translation>Der Preflight eines fremden Origins, der Authorization senden will, wird erlaubt: jede Website darf diese API mit einem Token aufrufen.</translation>
    </message>
    <message>
        <source>Allow Authorization only in answers to allowed origins.</source>
        <translation>Authorization nur in Antworten an erlaubte Origins erlauben.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin depends on the request&apos;s origin but the response has no Vary: Origin, so a cache can serve one origin&apos;s answer to another.</source>
        <translation>Access-Control-Allow-Origin hängt vom Origin der Anfrage ab, aber die Antwort hat kein Vary: Origin, also kann ein Cache die Antwort für einen Origin einem anderen ausliefern.</translation>
    </message>
    <message>
        <source>Send Vary: Origin with every response whose CORS headers depend on Origin.</source>
        <translation>Vary: Origin mit jeder Antwort senden, deren CORS-Header vom Origin abhängen.</translation>
    </message>
    <message>
        <source>Error responses carry no CORS headers although normal ones do: the browser hides the real error behind a CORS failure.</source>
        <translation>Fehlerantworten tragen keine CORS-Header, normale aber schon: der Browser verbirgt den echten Fehler hinter einem CORS-Fehler.</translation>
    </message>
    <message>
        <source>Add the CORS headers to error responses too (API Gateway: DEFAULT_4XX and DEFAULT_5XX gateway responses).</source>
        <translation>Die CORS-Header auch zu Fehlerantworten hinzufügen (API Gateway: Gateway-Antworten DEFAULT_4XX und DEFAULT_5XX).</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin: * lets every website read this API&apos;s responses from its visitors&apos; browsers (without cookies). Right for public data; wrong for an API meant for one frontend.</source>
        <translation>Access-Control-Allow-Origin: * lässt jede Website die Antworten dieser API aus den Browsern ihrer Besucher lesen (ohne Cookies). Richtig für öffentliche Daten; falsch für eine API, die für ein Frontend gedacht ist.</translation>
    </message>
    <message>
        <source>Answer with the frontend&apos;s exact origin (an allow-list) unless the API is public.</source>
        <translation>Antworten Sie mit dem genauen Origin des Frontends (eine Positivliste), außer die API ist öffentlich.</translation>
    </message>
    <message>
        <source>A cache in front of the API serves the Access-Control-Allow-Origin meant for one origin to requests from another: browsers then block the legitimate frontend at random, or let the wrong one in.</source>
        <translation>Ein Cache vor der API liefert das für einen Origin bestimmte Access-Control-Allow-Origin an Anfragen eines anderen aus: Browser blockieren dann zufällig das legitime Frontend oder lassen das falsche herein.</translation>
    </message>
    <message>
        <source>Send Vary: Origin with every response whose CORS headers depend on Origin, or make Origin part of the cache key (CloudFront: an origin request policy or cache policy that includes Origin).</source>
        <translation>Senden Sie Vary: Origin mit jeder Antwort, deren CORS-Header vom Origin abhängen, oder nehmen Sie Origin in den Cache-Schlüssel auf (CloudFront: eine Origin-Request-Policy oder Cache-Policy, die Origin enthält).</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>%1: the advisor reports %2 error(s) and %3 warning(s); the mock answers as API Gateway would, so browsers will show their effect. Details: corscfg lint --config %1</source>
        <translation>%1: der Berater meldet %2 Fehler und %3 Warnung(en); das Mock antwortet wie API Gateway, Browser zeigen also ihre Wirkung. Details: corscfg lint --config %1</translation>
    </message>
    <message>
        <source>Run a local mock that answers like API Gateway with this configuration.</source>
        <translation>Ein lokales Mock starten, das wie API Gateway mit dieser Konfiguration antwortet.</translation>
    </message>
    <message>
        <source>REST API: OPTIONS gets the MOCK integration&apos;s static headers, other methods the generated Lambda example&apos;s answer. HTTP API: API Gateway&apos;s own preflight answer and CORS headers. /_status/NNN answers with API Gateway&apos;s error NNN; a missing token or API key gets 401/403.
Prints the URL on stdout and one line per request on stderr; saving the file reloads it. Ctrl+C stops the mock.
Exit status: 0 stopped, 1 invalid configuration, 2 usage error, unreadable file or address in use.</source>
        <translation>REST-API: OPTIONS erhält die statischen Header der MOCK-Integration, andere Methoden die Antwort des erzeugten Lambda-Beispiels. HTTP-API: die eigene Preflight-Antwort und die CORS-Header von API Gateway. /_status/NNN antwortet mit dem API-Gateway-Fehler NNN; ein fehlendes Token oder ein fehlender API-Key ergibt 401/403.
Gibt die URL auf stdout aus und eine Zeile pro Anfrage auf stderr; Speichern der Datei lädt sie neu. Strg+C beendet das Mock.
Exit-Status: 0 beendet, 1 ungültige Konfiguration, 2 Bedienfehler, unlesbare Datei oder Adresse belegt.</translation>
    </message>
    <message>
        <source>The project file to serve.</source>
        <translation>Die bereitzustellende Projektdatei.</translation>
    </message>
    <message>
        <source>The port to listen on; 0 picks a free one (default 8080).</source>
        <translation>Der Port, auf dem gelauscht wird; 0 wählt einen freien (Standard 8080).</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1). Anything but loopback exposes the mock to the network.</source>
        <translation>Die Adresse, auf der gelauscht wird (Standard 127.0.0.1). Alles außer Loopback macht das Mock im Netzwerk erreichbar.</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number (0–65535).</source>
        <translation>--port &apos;%1&apos; ist keine Portnummer (0–65535).</translation>
    </message>
    <message>
        <source>--bind &apos;%1&apos; is not an IP address; use e.g. 127.0.0.1 or ::1.</source>
        <translation>--bind &apos;%1&apos; ist keine IP-Adresse; z. B. 127.0.0.1 oder ::1 verwenden.</translation>
    </message>
    <message>
        <source>%1: invalid configuration; API Gateway could not be deployed with it, so there is nothing to serve.</source>
        <translation>%1: ungültige Konfiguration; API Gateway ließe sich damit nicht bereitstellen, also gibt es nichts zu simulieren.</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3. Choose another port with --port N (0 picks a free one).</source>
        <translation>kann auf %1 Port %2 nicht lauschen: %3. Einen anderen Port mit --port N wählen (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>warning: listening on %1, not loopback: other machines can reach this mock.</source>
        <translation>Warnung: lauscht auf %1, nicht auf Loopback: andere Rechner können dieses Mock erreichen.</translation>
    </message>
    <message>
        <source>%1: reloaded</source>
        <translation>%1: neu geladen</translation>
    </message>
    <message>
        <source>%1: still serving the previous configuration until the file is valid again.</source>
        <translation>%1: die vorige Konfiguration bleibt aktiv, bis die Datei wieder gültig ist.</translation>
    </message>
    <message>
        <source>Serving the %1 mock of %2 at %3 (Ctrl+C stops it).</source>
        <translation>%1-Mock von %2 läuft unter %3 (Strg+C beendet es).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>serving the stage %1 (the first); --stage NAME picks another.</source>
        <translation>bediene die Stage %1 (die erste); --stage NAME wählt eine andere.</translation>
    </message>
</context>
<context>
    <name>ServerlessImport</name>
    <message>
        <source>cors: true is Serverless&apos;s default: origin &apos;*&apos; and its list of seven headers.</source>
        <translation>cors: true ist die Voreinstellung von Serverless: Origin &apos;*&apos; und seine Liste von sieben Headern.</translation>
    </message>
    <message>
        <source>cors has no headers: Serverless allows its list of seven.</source>
        <translation>cors nennt keine headers: Serverless erlaubt seine Liste von sieben.</translation>
    </message>
    <message>
        <source>the authorizer names no identitySource: Serverless&apos;s default is the Authorization header.</source>
        <translation>der Authorizer nennt keine identitySource: Serverless nimmt dann den Header Authorization.</translation>
    </message>
    <message>
        <source>cors: true is Serverless&apos;s default: origin &apos;*&apos;, its list of seven headers and the routes&apos; methods.</source>
        <translation>cors: true ist die Voreinstellung von Serverless: Origin &apos;*&apos;, seine Liste von sieben Headern und die Methoden der Routen.</translation>
    </message>
    <message>
        <source>cors has no allowedHeaders: Serverless allows its list of seven.</source>
        <translation>cors nennt keine allowedHeaders: Serverless erlaubt seine Liste von sieben.</translation>
    </message>
    <message>
        <source>Serverless http events</source>
        <translation>Serverless-http-Ereignisse</translation>
    </message>
    <message>
        <source>Serverless httpApi events</source>
        <translation>Serverless-httpApi-Ereignisse</translation>
    </message>
    <message>
        <source>this cors differs from the first event&apos;s; the configuration keeps the first one&apos;s values.</source>
        <translation>dieses cors weicht von dem des ersten Ereignisses ab; die Konfiguration behält die Werte des ersten.</translation>
    </message>
    <message>
        <source>Give every http event the same cors.</source>
        <translation>Geben Sie jedem http-Ereignis dasselbe cors.</translation>
    </message>
</context>
<context>
    <name>SnippetGuide</name>
    <message>
        <source>An AWS SAM template. &lt;b&gt;Merge&lt;/b&gt; the Api&apos;s &lt;code&gt;Cors&lt;/code&gt;, &lt;code&gt;Auth&lt;/code&gt; and &lt;code&gt;GatewayResponses&lt;/code&gt; (or, with several origins, its &lt;code&gt;DefinitionBody&lt;/code&gt; options) into your template&apos;s &lt;code&gt;AWS::Serverless::Api&lt;/code&gt;.</source>
        <translation>Eine AWS-SAM-Vorlage. &lt;b&gt;Übernehmen&lt;/b&gt; Sie &lt;code&gt;Cors&lt;/code&gt;, &lt;code&gt;Auth&lt;/code&gt; und &lt;code&gt;GatewayResponses&lt;/code&gt; der Api (bei mehreren Origins die options im &lt;code&gt;DefinitionBody&lt;/code&gt;) in die &lt;code&gt;AWS::Serverless::Api&lt;/code&gt; Ihrer Vorlage.</translation>
    </message>
    <message>
        <source>An AWS SAM template. &lt;b&gt;Merge&lt;/b&gt; the HttpApi&apos;s &lt;code&gt;CorsConfiguration&lt;/code&gt; into your template&apos;s &lt;code&gt;AWS::Serverless::HttpApi&lt;/code&gt;.</source>
        <translation>Eine AWS-SAM-Vorlage. &lt;b&gt;Übernehmen&lt;/b&gt; Sie die &lt;code&gt;CorsConfiguration&lt;/code&gt; der HttpApi in die &lt;code&gt;AWS::Serverless::HttpApi&lt;/code&gt; Ihrer Vorlage.</translation>
    </message>
    <message>
        <source>Terraform for the hashicorp/aws provider. &lt;b&gt;Merge&lt;/b&gt; the &lt;code&gt;cors_options&lt;/code&gt; resources (OPTIONS method, MOCK integration, responses) and the gateway responses into your module, pointing &lt;code&gt;rest_api_id&lt;/code&gt; at your API.</source>
        <translation>Terraform für den Provider hashicorp/aws. &lt;b&gt;Übernehmen&lt;/b&gt; Sie die Ressourcen &lt;code&gt;cors_options&lt;/code&gt; (OPTIONS-Methode, MOCK-Integration, Antworten) und die Gateway-Antworten in Ihr Modul, mit &lt;code&gt;rest_api_id&lt;/code&gt; auf Ihre API.</translation>
    </message>
    <message>
        <source>Terraform for the hashicorp/aws provider. &lt;b&gt;Merge&lt;/b&gt; the &lt;code&gt;cors_configuration&lt;/code&gt; block into your &lt;code&gt;aws_apigatewayv2_api&lt;/code&gt;.</source>
        <translation>Terraform für den Provider hashicorp/aws. &lt;b&gt;Übernehmen&lt;/b&gt; Sie den Block &lt;code&gt;cors_configuration&lt;/code&gt; in Ihre &lt;code&gt;aws_apigatewayv2_api&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>A CloudFormation template. &lt;b&gt;Merge&lt;/b&gt; the &lt;code&gt;…OptionsMethod&lt;/code&gt; and &lt;code&gt;GatewayResponse…&lt;/code&gt; resources into your &lt;code&gt;Resources&lt;/code&gt;, with &lt;code&gt;RestApiId&lt;/code&gt; set to your API; the Deployment&apos;s ID changes with the CORS settings so the change goes live.</source>
        <translation>Eine CloudFormation-Vorlage. &lt;b&gt;Übernehmen&lt;/b&gt; Sie die Ressourcen &lt;code&gt;…OptionsMethod&lt;/code&gt; und &lt;code&gt;GatewayResponse…&lt;/code&gt; in Ihre &lt;code&gt;Resources&lt;/code&gt;, mit &lt;code&gt;RestApiId&lt;/code&gt; auf Ihre API; die ID des Deployments ändert sich mit den CORS-Einstellungen, damit die Änderung live geht.</translation>
    </message>
    <message>
        <source>A CloudFormation template. &lt;b&gt;Merge&lt;/b&gt; the &lt;code&gt;CorsConfiguration&lt;/code&gt; into your &lt;code&gt;AWS::ApiGatewayV2::Api&lt;/code&gt;.</source>
        <translation>Eine CloudFormation-Vorlage. &lt;b&gt;Übernehmen&lt;/b&gt; Sie die &lt;code&gt;CorsConfiguration&lt;/code&gt; in Ihre &lt;code&gt;AWS::ApiGatewayV2::Api&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>An OpenAPI 3 definition with API Gateway extensions. &lt;b&gt;Merge&lt;/b&gt; each path&apos;s &lt;code&gt;options&lt;/code&gt; operation and &lt;code&gt;x-amazon-apigateway-gateway-responses&lt;/code&gt; into your definition.</source>
        <translation>Eine OpenAPI-3-Definition mit API-Gateway-Erweiterungen. &lt;b&gt;Übernehmen&lt;/b&gt; Sie die &lt;code&gt;options&lt;/code&gt;-Operation jedes Pfads und &lt;code&gt;x-amazon-apigateway-gateway-responses&lt;/code&gt; in Ihre Definition.</translation>
    </message>
    <message>
        <source>An OpenAPI 3 definition with API Gateway extensions. &lt;b&gt;Merge&lt;/b&gt; &lt;code&gt;x-amazon-apigateway-cors&lt;/code&gt; into your definition.</source>
        <translation>Eine OpenAPI-3-Definition mit API-Gateway-Erweiterungen. &lt;b&gt;Übernehmen&lt;/b&gt; Sie &lt;code&gt;x-amazon-apigateway-cors&lt;/code&gt; in Ihre Definition.</translation>
    </message>
    <message>
        <source>The same definition as Swagger 2.0 JSON, for tools that still need it; merge it as the OpenAPI one.</source>
        <translation>Dieselbe Definition als Swagger-2.0-JSON für Werkzeuge, die es noch brauchen; übernehmen Sie sie wie die OpenAPI-Definition.</translation>
    </message>
    <message>
        <source>The function behind the Lambda proxy: API Gateway passes its response through, so &lt;b&gt;your code&lt;/b&gt; adds the CORS headers to every response. Copy the CORS helpers into your handler.</source>
        <translation>Die Funktion hinter dem Lambda-Proxy: API Gateway reicht ihre Antwort durch, also fügt &lt;b&gt;Ihr Code&lt;/b&gt; jeder Antwort die CORS-Header hinzu. Kopieren Sie die CORS-Hilfsfunktionen in Ihren Handler.</translation>
    </message>
    <message>
        <source>The function behind the HTTP API: API Gateway adds the CORS headers itself, so the handler must not add its own.</source>
        <translation>Die Funktion hinter der HTTP-API: API Gateway fügt die CORS-Header selbst hinzu, der Handler darf also keine eigenen hinzufügen.</translation>
    </message>
    <message>
        <source>Deploy: &lt;code&gt;sam build &amp;amp;&amp;amp; sam deploy --guided&lt;/code&gt;.</source>
        <translation>Bereitstellen: &lt;code&gt;sam build &amp;amp;&amp;amp; sam deploy --guided&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Deploy: &lt;code&gt;terraform init &amp;amp;&amp;amp; terraform apply&lt;/code&gt;.</source>
        <translation>Bereitstellen: &lt;code&gt;terraform init &amp;amp;&amp;amp; terraform apply&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Deploy: &lt;code&gt;aws cloudformation deploy --template-file cloudformation.yaml --stack-name cors-api&lt;/code&gt; with the parameters.</source>
        <translation>Bereitstellen: &lt;code&gt;aws cloudformation deploy --template-file cloudformation.yaml --stack-name cors-api&lt;/code&gt; mit den Parametern.</translation>
    </message>
    <message>
        <source>Deploy: &lt;code&gt;aws apigateway put-rest-api --mode merge&lt;/code&gt;, then &lt;code&gt;create-deployment&lt;/code&gt; for the stage.</source>
        <translation>Bereitstellen: &lt;code&gt;aws apigateway put-rest-api --mode merge&lt;/code&gt;, dann &lt;code&gt;create-deployment&lt;/code&gt; für die Stage.</translation>
    </message>
    <message>
        <source>Deploy: &lt;code&gt;aws apigatewayv2 reimport-api&lt;/code&gt;; an auto-deploy stage takes it live.</source>
        <translation>Bereitstellen: &lt;code&gt;aws apigatewayv2 reimport-api&lt;/code&gt;; eine Stage mit Auto-Deploy stellt es live.</translation>
    </message>
    <message>
        <source>Deploy with your function; set &lt;code&gt;ALLOWED_ORIGINS&lt;/code&gt; per stage in its environment.</source>
        <translation>Mit Ihrer Funktion bereitstellen; setzen Sie &lt;code&gt;ALLOWED_ORIGINS&lt;/code&gt; je Stage in ihrer Umgebung.</translation>
    </message>
    <message>
        <source>An AWS CDK v2 stack, &lt;code&gt;CorsApiStack&lt;/code&gt;, for &lt;code&gt;lib/&lt;/code&gt; of a &lt;code&gt;cdk init&lt;/code&gt; project. It does CORS by hand, not with &lt;code&gt;defaultCorsPreflightOptions&lt;/code&gt;: CDK&apos;s own preflight sends the first origin to a disallowed one, adds no gateway responses and lets an authorizer guard OPTIONS. &lt;b&gt;Merge&lt;/b&gt; the OPTIONS methods and gateway responses into your RestApi, or use the stack as it is.</source>
        <translation>Ein AWS-CDK-v2-Stack, &lt;code&gt;CorsApiStack&lt;/code&gt;, für &lt;code&gt;lib/&lt;/code&gt; eines mit &lt;code&gt;cdk init&lt;/code&gt; angelegten Projekts. Er setzt CORS von Hand, nicht mit &lt;code&gt;defaultCorsPreflightOptions&lt;/code&gt;: CDKs eigener Preflight schickt einem nicht erlaubten Origin den ersten erlaubten, fügt keine Gateway-Antworten hinzu und lässt einen Authorizer OPTIONS bewachen. &lt;b&gt;Übernehmen&lt;/b&gt; Sie die OPTIONS-Methoden und Gateway-Antworten in Ihre RestApi, oder verwenden Sie den Stack so, wie er ist.</translation>
    </message>
    <message>
        <source>An AWS CDK v2 stack, &lt;code&gt;CorsApiStack&lt;/code&gt;, for &lt;code&gt;lib/&lt;/code&gt; of a &lt;code&gt;cdk init&lt;/code&gt; project. &lt;b&gt;Merge&lt;/b&gt; the &lt;code&gt;corsPreflight&lt;/code&gt; options into your &lt;code&gt;HttpApi&lt;/code&gt;, or use the stack as it is.</source>
        <translation>Ein AWS-CDK-v2-Stack, &lt;code&gt;CorsApiStack&lt;/code&gt;, für &lt;code&gt;lib/&lt;/code&gt; eines mit &lt;code&gt;cdk init&lt;/code&gt; angelegten Projekts. &lt;b&gt;Übernehmen&lt;/b&gt; Sie die &lt;code&gt;corsPreflight&lt;/code&gt;-Optionen in Ihre &lt;code&gt;HttpApi&lt;/code&gt;, oder verwenden Sie den Stack so, wie er ist.</translation>
    </message>
    <message>
        <source>A Serverless Framework v3 service. &lt;b&gt;Merge&lt;/b&gt; each http event&apos;s &lt;code&gt;cors&lt;/code&gt;, the gateway responses in &lt;code&gt;resources&lt;/code&gt; and the &lt;code&gt;extensions&lt;/code&gt; that replace Serverless&apos;s own preflight (which sends the first origin to a disallowed one) into your &lt;code&gt;serverless.yml&lt;/code&gt;.</source>
        <translation>Ein Service für das Serverless Framework v3. &lt;b&gt;Übernehmen&lt;/b&gt; Sie das &lt;code&gt;cors&lt;/code&gt; jedes http-Ereignisses, die Gateway-Antworten in &lt;code&gt;resources&lt;/code&gt; und die &lt;code&gt;extensions&lt;/code&gt;, die den Preflight von Serverless ersetzen (der einem nicht erlaubten Origin den ersten erlaubten schickt), in Ihre &lt;code&gt;serverless.yml&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>A Serverless Framework v3 service. &lt;b&gt;Merge&lt;/b&gt; &lt;code&gt;provider.httpApi.cors&lt;/code&gt; into your &lt;code&gt;serverless.yml&lt;/code&gt;; leaving a list out gives Serverless&apos;s defaults.</source>
        <translation>Ein Service für das Serverless Framework v3. &lt;b&gt;Übernehmen&lt;/b&gt; Sie &lt;code&gt;provider.httpApi.cors&lt;/code&gt; in Ihre &lt;code&gt;serverless.yml&lt;/code&gt;; eine weggelassene Liste ergibt die Voreinstellungen von Serverless.</translation>
    </message>
    <message>
        <source>Deploy: &lt;code&gt;cdk deploy&lt;/code&gt; (&lt;code&gt;-c stage=NAME&lt;/code&gt; picks a stage); it packages the handler from the folder above the stack.</source>
        <translation>Bereitstellen: &lt;code&gt;cdk deploy&lt;/code&gt; (&lt;code&gt;-c stage=NAME&lt;/code&gt; wählt eine Stage); der Handler wird aus dem Ordner über dem Stack gepackt.</translation>
    </message>
    <message>
        <source>Deploy: &lt;code&gt;serverless deploy&lt;/code&gt; (&lt;code&gt;--stage NAME&lt;/code&gt; picks a stage), with &lt;code&gt;handler.mjs&lt;/code&gt; beside it.</source>
        <translation>Bereitstellen: &lt;code&gt;serverless deploy&lt;/code&gt; (&lt;code&gt;--stage NAME&lt;/code&gt; wählt eine Stage), mit &lt;code&gt;handler.mjs&lt;/code&gt; daneben.</translation>
    </message>
</context>
<context>
    <name>StageImport</name>
    <message>
        <source>a mapping template other than the one that selects an allowed origin.</source>
        <translation>eine andere Mapping-Vorlage als die, die einen erlaubten Origin auswählt.</translation>
    </message>
    <message>
        <source>the stage %1 has no entry in the StageCors mapping; it is left out.</source>
        <translation>die Stage %1 hat keinen Eintrag in der Zuordnung StageCors; sie wird ausgelassen.</translation>
    </message>
    <message>
        <source>holds neither PreflightTemplate nor AllowOrigins; the stage is left out.</source>
        <translation>enthält weder PreflightTemplate noch AllowOrigins; die Stage wird ausgelassen.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>The project&apos;s stage to use (its origins), e.g. prod.</source>
        <translation>Die zu verwendende Stage des Projekts (ihre Origins), z. B. prod.</translation>
    </message>
    <message>
        <source>--stage &apos;%1&apos;: the project has no stages.</source>
        <translation>--stage &apos;%1&apos;: Das Projekt hat keine Stages.</translation>
    </message>
    <message>
        <source>--stage &apos;%1&apos; is not a stage of the project; its stages are %2.</source>
        <translation>--stage &apos;%1&apos; ist keine Stage des Projekts; seine Stages sind %2.</translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message>
        <source>The file holds %1, but a template is a mapping with Resources (SAM, CloudFormation) or openapi/swagger (OpenAPI).</source>
        <translation>Die Datei enthält %1, aber eine Vorlage ist eine Zuordnung mit Resources (SAM, CloudFormation) oder openapi/swagger (OpenAPI).</translation>
    </message>
    <message>
        <source>Choose the SAM, CloudFormation or OpenAPI template.</source>
        <translation>Wählen Sie die SAM-, CloudFormation- oder OpenAPI-Vorlage.</translation>
    </message>
    <message>
        <source>This is a CORS Configurator project file, not a template.</source>
        <translation>Dies ist eine Projektdatei von CORS Configurator, keine Vorlage.</translation>
    </message>
    <message>
        <source>Open it instead (File → Open, or pass it to the other commands).</source>
        <translation>Öffnen Sie sie stattdessen (Datei → Öffnen, oder übergeben Sie sie den anderen Befehlen).</translation>
    </message>
    <message>
        <source>Choose the template that defines the API Gateway API.</source>
        <translation>Wählen Sie die Vorlage, die die API-Gateway-API definiert.</translation>
    </message>
    <message>
        <source>The %1 template defines no API Gateway API: no AWS::Serverless::Api or HttpApi, no function events, no AWS::ApiGateway::RestApi or AWS::ApiGatewayV2::Api, no OPTIONS methods.</source>
        <translation>Die %1-Vorlage definiert keine API-Gateway-API: kein AWS::Serverless::Api oder HttpApi, keine Funktionsereignisse, kein AWS::ApiGateway::RestApi oder AWS::ApiGatewayV2::Api, keine OPTIONS-Methoden.</translation>
    </message>
    <message>
        <source>Import the template that defines the API.</source>
        <translation>Importieren Sie die Vorlage, die die API definiert.</translation>
    </message>
    <message numerus="yes">
        <source>The template defines %n APIs: %1.</source>
        <translation>
            <numerusform>Die Vorlage definiert %n API: %1.</numerusform>
            <numerusform>Die Vorlage definiert %n APIs: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one (corscfg import --api NAME).</source>
        <translation>Wählen Sie eine (corscfg import --api NAME).</translation>
    </message>
    <message>
        <source>The template defines no API named &apos;%1&apos;.</source>
        <translation>Die Vorlage definiert keine API namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie eine von: %1.</translation>
    </message>
    <message>
        <source>Reading the template takes more than %L1 steps: it refers to the same parts over and over (YAML aliases).</source>
        <translation>Das Lesen der Vorlage braucht mehr als %L1 Schritte: sie verweist immer wieder auf dieselben Teile (YAML-Aliase).</translation>
    </message>
    <message>
        <source>Import the template API Gateway deploys; real templates take a few thousand steps.</source>
        <translation>Importieren Sie die Vorlage, die API Gateway bereitstellt; echte Vorlagen brauchen einige tausend Schritte.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the path of the template.</source>
        <translation>Prüfen Sie den Pfad der Vorlage.</translation>
    </message>
    <message>
        <source>This is a folder, not a template.</source>
        <translation>Dies ist ein Ordner, keine Vorlage.</translation>
    </message>
    <message>
        <source>Name the template file inside it (template.yaml, openapi.json, ...).</source>
        <translation>Nennen Sie die Vorlagendatei darin (template.yaml, openapi.json, ...).</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>Die Datei lässt sich nicht öffnen: %1.</translation>
    </message>
    <message>
        <source>Check that you may read it.</source>
        <translation>Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Not a SAM, CloudFormation or OpenAPI template or a serverless.yml: it has no Resources, openapi, swagger or service key.</source>
        <translation>Keine SAM-, CloudFormation- oder OpenAPI-Vorlage und keine serverless.yml: Es gibt keinen Schlüssel Resources, openapi, swagger oder service.</translation>
    </message>
</context>
<context>
    <name>TemplateLoader</name>
    <message>
        <source>The file is %1 MiB; templates are read up to 8 MiB (CloudFormation itself accepts at most 1 MB).</source>
        <translation>Die Datei ist %1 MiB groß; Vorlagen werden bis 8 MiB gelesen (CloudFormation selbst nimmt höchstens 1 MB an).</translation>
    </message>
    <message>
        <source>Import the template API Gateway deploys, not a bundle or a build artefact.</source>
        <translation>Importieren Sie die Vorlage, die API Gateway bereitstellt, kein Bundle und kein Build-Artefakt.</translation>
    </message>
    <message>
        <source>The file is binary (it contains a NUL byte), not a YAML or JSON template.</source>
        <translation>Die Datei ist binär (sie enthält ein NUL-Byte), keine YAML- oder JSON-Vorlage.</translation>
    </message>
    <message>
        <source>Choose the SAM, CloudFormation or OpenAPI template.</source>
        <translation>Wählen Sie die SAM-, CloudFormation- oder OpenAPI-Vorlage.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1).</source>
        <translation>Die Datei ist kein UTF-8-Text (Byte 0x%1).</translation>
    </message>
    <message>
        <source>Save the template as UTF-8.</source>
        <translation>Speichern Sie die Vorlage als UTF-8.</translation>
    </message>
    <message>
        <source>The file holds %1 YAML documents; a template is one.</source>
        <translation>Die Datei enthält %1 YAML-Dokumente; eine Vorlage ist eines.</translation>
    </message>
    <message>
        <source>Split the file at each &apos;---&apos; and import the part that defines the API.</source>
        <translation>Teilen Sie die Datei an jedem &apos;---&apos; und importieren Sie den Teil, der die API definiert.</translation>
    </message>
    <message>
        <source>The template has more than %L1 YAML nodes; real templates have a few thousand.</source>
        <translation>Die Vorlage hat mehr als %L1 YAML-Knoten; echte Vorlagen haben einige tausend.</translation>
    </message>
    <message>
        <source>Import the template API Gateway deploys, not a generated bundle.</source>
        <translation>Importieren Sie die Vorlage, die API Gateway bereitstellt, kein generiertes Bundle.</translation>
    </message>
    <message>
        <source>The YAML is nested more than %1 levels deep.</source>
        <translation>Das YAML ist mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>Templates nest a few levels; check the brackets and indentation here.</source>
        <translation>Vorlagen sind wenige Ebenen tief; prüfen Sie hier Klammern und Einrückung.</translation>
    </message>
    <message>
        <source>YAML syntax error: %1.</source>
        <translation>YAML-Syntaxfehler: %1.</translation>
    </message>
    <message>
        <source>Fix the template at this position (indent with spaces, close every bracket and quote).</source>
        <translation>Korrigieren Sie die Vorlage an dieser Stelle (mit Leerzeichen einrücken, jede Klammer und jedes Anführungszeichen schließen).</translation>
    </message>
    <message>
        <source>The template cannot be read: %1.</source>
        <translation>Die Vorlage lässt sich nicht lesen: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>TemplateValue</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
</context>
<context>
    <name>UrlList</name>
    <message>
        <source>cannot read --urls %1: %2</source>
        <translation>kann --urls %1 nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check project files (*.cors.yaml) and report FILE:LINE:COL diagnostics.</source>
        <translation>Projektdateien (*.cors.yaml) prüfen und Meldungen als DATEI:ZEILE:SPALTE ausgeben.</translation>
    </message>
    <message>
        <source>Exit status: 0 valid, 1 invalid, 2 usage error or unreadable file.</source>
        <translation>Rückgabewert: 0 gültig, 1 ungültig, 2 Bedienfehler oder unlesbare Datei.</translation>
    </message>
    <message>
        <source>Project files to validate.</source>
        <translation>Die zu prüfenden Projektdateien.</translation>
    </message>
    <message>
        <source>name at least one project file, e.g. &apos;corscfg validate api.cors.yaml&apos;.</source>
        <translation>nennen Sie mindestens eine Projektdatei, z. B. &apos;corscfg validate api.cors.yaml&apos;.</translation>
    </message>
    <message>
        <source>%1: format version %2, read as version %3 (saving writes version %3; nothing is lost)</source>
        <translation>%1: Formatversion %2, gelesen als Version %3 (Speichern schreibt Version %3; nichts geht verloren)</translation>
    </message>
    <message>
        <source>%1: invalid (version %5; %2 error(s), %3 warning(s), %4 note(s))</source>
        <translation>%1: ungültig (Version %5; %2 Fehler, %3 Warnung(en), %4 Hinweis(e))</translation>
    </message>
    <message>
        <source>%1: valid (version %4; %2 warning(s), %3 note(s))</source>
        <translation>%1: gültig (Version %4; %2 Warnung(en), %3 Hinweis(e))</translation>
    </message>
    <message>
        <source>%1: renders, but &apos;corscfg lint --config %1&apos; reports %2 error(s) browsers will hit.</source>
        <translation>%1: wird erzeugt, aber &apos;corscfg lint --config %1&apos; meldet %2 Fehler, an denen Browser scheitern.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is not a valid header name: a header name is letters, digits and !#$%&amp;&apos;*+-.^_`|~ without spaces or colons.</source>
        <translation>%1 ist kein gültiger Header-Name: ein Header-Name besteht aus Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ ohne Leerzeichen und Doppelpunkte.</translation>
    </message>
    <message>
        <source>Write the bare header name, e.g. &apos;X-Request-Id&apos;.</source>
        <translation>Schreiben Sie nur den Header-Namen, z. B. &apos;X-Request-Id&apos;.</translation>
    </message>
    <message>
        <source>%1 repeats entry %2 (header names are case-insensitive).</source>
        <translation>%1 wiederholt Eintrag %2 (bei Header-Namen zählt Groß- und Kleinschreibung nicht).</translation>
    </message>
    <message>
        <source>Remove the duplicate.</source>
        <translation>Entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>&apos;*&apos; allows any request header except Authorization, which browsers never let a wildcard cover.</source>
        <translation>&apos;*&apos; erlaubt jeden Anfrage-Header außer Authorization, den Browser nie von einem Platzhalter abdecken lassen.</translation>
    </message>
    <message>
        <source>Also list Authorization if your pages send it.</source>
        <translation>Nennen Sie zusätzlich Authorization, wenn Ihre Seiten ihn senden.</translation>
    </message>
    <message>
        <source>%1 is a forbidden request header: browsers never let a page set it, so allowing it changes nothing.</source>
        <translation>%1 ist ein verbotener Anfrage-Header: Browser lassen ihn nie von einer Seite setzen, ihn zu erlauben ändert also nichts.</translation>
    </message>
    <message>
        <source>Remove it.</source>
        <translation>Entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>%1 is never shown to scripts, whatever Access-Control-Expose-Headers says.</source>
        <translation>%1 wird Skripten nie gezeigt, was auch immer Access-Control-Expose-Headers sagt.</translation>
    </message>
    <message>
        <source>Remove it; cookies reach the browser&apos;s cookie store without being exposed.</source>
        <translation>Entfernen Sie ihn; Cookies erreichen den Cookie-Speicher des Browsers, ohne freigegeben zu werden.</translation>
    </message>
    <message>
        <source>no method is allowed, so every request that needs a preflight is blocked.</source>
        <translation>keine Methode ist erlaubt, also wird jede Anfrage blockiert, die einen Preflight braucht.</translation>
    </message>
    <message>
        <source>Allow the methods your pages call, e.g. GET, POST and OPTIONS.</source>
        <translation>Erlauben Sie die Methoden, die Ihre Seiten aufrufen, z. B. GET, POST und OPTIONS.</translation>
    </message>
    <message>
        <source>&apos;*&apos; is an HTTP API shorthand; a REST API&apos;s OPTIONS response lists its methods.</source>
        <translation>&apos;*&apos; ist eine Abkürzung von HTTP-APIs; die OPTIONS-Antwort einer REST-API zählt ihre Methoden auf.</translation>
    </message>
    <message>
        <source>List the methods the API serves, e.g. GET, POST and OPTIONS.</source>
        <translation>Zählen Sie die Methoden der API auf, z. B. GET, POST und OPTIONS.</translation>
    </message>
    <message>
        <source>%1 is not an HTTP method name.</source>
        <translation>%1 ist kein HTTP-Methodenname.</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>Verwenden Sie eine von %1.</translation>
    </message>
    <message>
        <source>%1 is a forbidden method: browsers never let a page send it, and allowing it only widens the attack surface.</source>
        <translation>%1 ist eine verbotene Methode: Browser lassen sie nie von einer Seite senden, und sie zu erlauben vergrößert nur die Angriffsfläche.</translation>
    </message>
    <message>
        <source>%1 is not upper case; methods are matched case-sensitively.</source>
        <translation>%1 ist nicht in Großbuchstaben; Methoden werden mit Groß- und Kleinschreibung verglichen.</translation>
    </message>
    <message>
        <source>Write it as %1.</source>
        <translation>Schreiben Sie %1.</translation>
    </message>
    <message>
        <source>%1 is not a method API Gateway routes.</source>
        <translation>%1 ist keine Methode, die API Gateway weiterleitet.</translation>
    </message>
    <message>
        <source>Use one of %1%2.</source>
        <translation>Verwenden Sie eine von %1%2.</translation>
    </message>
    <message>
        <source>%1 is already allowed by entry %2.</source>
        <translation>%1 ist schon durch Eintrag %2 erlaubt.</translation>
    </message>
    <message>
        <source>has no scheme; an origin starts with https:// or http://.</source>
        <translation>hat kein Schema; ein Origin beginnt mit https:// oder http://.</translation>
    </message>
    <message>
        <source>uses a scheme other than http or https; API Gateway serves CORS only to web origins.</source>
        <translation>verwendet ein anderes Schema als http oder https; API Gateway bedient CORS nur für Web-Origins.</translation>
    </message>
    <message>
        <source>has an upper-case scheme; browsers send it in lower case and the header never matches.</source>
        <translation>hat ein Schema in Großbuchstaben; Browser senden es klein geschrieben, und der Header passt nie.</translation>
    </message>
    <message>
        <source>has upper-case letters in the host; browsers send it in lower case and the header never matches.</source>
        <translation>hat Großbuchstaben im Host; Browser senden ihn klein geschrieben, und der Header passt nie.</translation>
    </message>
    <message>
        <source>has a non-ASCII host; browsers send its xn-- (Punycode) form.</source>
        <translation>hat einen Host mit Nicht-ASCII-Zeichen; Browser senden seine xn--(Punycode-)Form.</translation>
    </message>
    <message>
        <source>writes the host in a form browsers rewrite before sending it.</source>
        <translation>schreibt den Host in einer Form, die Browser vor dem Senden umschreiben.</translation>
    </message>
    <message>
        <source>has a host that browsers refuse as invalid.</source>
        <translation>hat einen Host, den Browser als ungültig ablehnen.</translation>
    </message>
    <message>
        <source>has no host.</source>
        <translation>hat keinen Host.</translation>
    </message>
    <message>
        <source>is a pattern; API Gateway compares origins literally, so no browser&apos;s Origin ever matches it. Only &apos;*&apos;, &apos;https://*&apos; and &apos;http://*&apos; (HTTP API) are wildcards.</source>
        <translation>ist ein Muster; API Gateway vergleicht Origins wörtlich, also passt der Origin keines Browsers je dazu. Nur &apos;*&apos;, &apos;https://*&apos; und &apos;http://*&apos; (HTTP-API) sind Platzhalter.</translation>
    </message>
    <message>
        <source>contains a user name or password; an origin never carries credentials.</source>
        <translation>enthält einen Benutzernamen oder ein Passwort; ein Origin trägt nie Zugangsdaten.</translation>
    </message>
    <message>
        <source>ends with a slash; browsers send the origin without one and the header never matches.</source>
        <translation>endet mit einem Schrägstrich; Browser senden den Origin ohne, und der Header passt nie.</translation>
    </message>
    <message>
        <source>contains a path; an origin is only scheme, host and port.</source>
        <translation>enthält einen Pfad; ein Origin besteht nur aus Schema, Host und Port.</translation>
    </message>
    <message>
        <source>contains a query; an origin is only scheme, host and port.</source>
        <translation>enthält eine Query; ein Origin besteht nur aus Schema, Host und Port.</translation>
    </message>
    <message>
        <source>contains a fragment; an origin is only scheme, host and port.</source>
        <translation>enthält ein Fragment; ein Origin besteht nur aus Schema, Host und Port.</translation>
    </message>
    <message>
        <source>has a port that is not a number from 0 to 65535.</source>
        <translation>hat einen Port, der keine Zahl von 0 bis 65535 ist.</translation>
    </message>
    <message>
        <source>names the scheme&apos;s default port; browsers leave it out of the Origin header and the header never matches.</source>
        <translation>nennt den Standardport des Schemas; Browser lassen ihn im Origin-Header weg, und der Header passt nie.</translation>
    </message>
    <message>
        <source>writes the port in a form browsers rewrite (leading zeros or an empty port).</source>
        <translation>schreibt den Port in einer Form, die Browser umschreiben (führende Nullen oder ein leerer Port).</translation>
    </message>
    <message>
        <source>is not an origin.</source>
        <translation>ist kein Origin.</translation>
    </message>
    <message>
        <source>Write it as the browser sends it: %1.</source>
        <translation>Schreiben Sie ihn so, wie der Browser ihn sendet: %1.</translation>
    </message>
    <message>
        <source>Write the origin your page is served from, e.g. &apos;https://app.example.com&apos; (scheme, host and port only).</source>
        <translation>Schreiben Sie den Origin, von dem Ihre Seite kommt, z. B. &apos;https://app.example.com&apos; (nur Schema, Host und Port).</translation>
    </message>
    <message>
        <source>no origin is allowed, so browsers block every cross-origin request.</source>
        <translation>kein Origin ist erlaubt, also blockieren Browser jede Cross-Origin-Anfrage.</translation>
    </message>
    <message>
        <source>Add the origin of your web page, e.g. &apos;https://app.example.com&apos;.</source>
        <translation>Fügen Sie den Origin Ihrer Webseite hinzu, z. B. &apos;https://app.example.com&apos;.</translation>
    </message>
    <message>
        <source>%1 is the origin of sandboxed iframes, file:// pages and redirected requests; allowing it lets any site&apos;s sandboxed page call your API.</source>
        <translation>%1 ist der Origin von Sandbox-iframes, file://-Seiten und umgeleiteten Anfragen; ihn zu erlauben lässt die Sandbox-Seite jeder Website Ihre API aufrufen.</translation>
    </message>
    <message>
        <source>Remove it and list the real origins of your pages.</source>
        <translation>Entfernen Sie ihn und nennen Sie die echten Origins Ihrer Seiten.</translation>
    </message>
    <message>
        <source>%1 is an HTTP API wildcard; a REST API sends Access-Control-Allow-Origin as a literal value, which no browser&apos;s Origin matches.</source>
        <translation>%1 ist ein Platzhalter von HTTP-APIs; eine REST-API sendet Access-Control-Allow-Origin als wörtlichen Wert, zu dem der Origin keines Browsers passt.</translation>
    </message>
    <message>
        <source>List the exact origins, or use &apos;*&apos; if the API is public and takes no credentials.</source>
        <translation>Nennen Sie die genauen Origins, oder verwenden Sie &apos;*&apos;, wenn die API öffentlich ist und keine Zugangsdaten annimmt.</translation>
    </message>
    <message>
        <source>%1 is the same origin as entry %2.</source>
        <translation>%1 ist derselbe Origin wie Eintrag %2.</translation>
    </message>
    <message>
        <source>%1 already allows every origin it covers; the other entries have no effect.</source>
        <translation>%1 erlaubt schon jeden Origin, den er abdeckt; die anderen Einträge bewirken nichts.</translation>
    </message>
    <message>
        <source>Keep either the wildcard or the list of exact origins (the list is the least-privilege choice).</source>
        <translation>Behalten Sie entweder den Platzhalter oder die Liste genauer Origins (die Liste vergibt die geringsten Rechte).</translation>
    </message>
    <message>
        <source>entry %1 contains a %2 at position %3; it would inject text into the generated headers and templates.</source>
        <translation>Eintrag %1 enthält an Position %3 ein Zeichen %2; es würde Text in die erzeugten Header und Vorlagen einschleusen.</translation>
    </message>
    <message>
        <source>Remove the character; put each value in an entry of its own.</source>
        <translation>Entfernen Sie das Zeichen; schreiben Sie jeden Wert in einen eigenen Eintrag.</translation>
    </message>
    <message>
        <source>entry %1 is empty.</source>
        <translation>Eintrag %1 ist leer.</translation>
    </message>
    <message>
        <source>Remove the empty entry.</source>
        <translation>Entfernen Sie den leeren Eintrag.</translation>
    </message>
    <message>
        <source>Split it into %1 entries: %2.</source>
        <translation>Teilen Sie ihn in %1 Einträge auf: %2.</translation>
    </message>
    <message>
        <source>%1 has leading or trailing spaces, which API Gateway would send as part of the value.</source>
        <translation>%1 hat Leerzeichen am Anfang oder Ende, die API Gateway als Teil des Werts senden würde.</translation>
    </message>
    <message>
        <source>%1 seconds is outside API Gateway&apos;s range of -1 to 86400.</source>
        <translation>%1 Sekunden liegen außerhalb des Bereichs von API Gateway (-1 bis 86400).</translation>
    </message>
    <message>
        <source>Use a value from -1 (no caching) to 86400 (one day); 7200 is the most Chromium honours.</source>
        <translation>Verwenden Sie einen Wert von -1 (kein Zwischenspeichern) bis 86400 (ein Tag); mehr als 7200 beachtet Chromium nicht.</translation>
    </message>
    <message>
        <source>%1 seconds is more than browsers keep a preflight: Chromium caps it at 7200, Safari (WebKit) at 600, Firefox at 86400.</source>
        <translation>%1 Sekunden sind mehr, als Browser einen Preflight behalten: Chromium begrenzt auf 7200, Safari (WebKit) auf 600, Firefox auf 86400.</translation>
    </message>
    <message>
        <source>7200 gives Chromium its maximum; higher values only help Firefox.</source>
        <translation>7200 gibt Chromium sein Maximum; höhere Werte helfen nur Firefox.</translation>
    </message>
    <message>
        <source>%1 seconds is more than Safari (WebKit) keeps a preflight: it caps the cache at 600 seconds.</source>
        <translation>%1 Sekunden sind mehr, als Safari (WebKit) einen Preflight behält: es begrenzt den Zwischenspeicher auf 600 Sekunden.</translation>
    </message>
    <message>
        <source>Nothing to change; Safari simply sends the preflight again after 600 seconds.</source>
        <translation>Nichts zu ändern; Safari sendet den Preflight einfach nach 600 Sekunden erneut.</translation>
    </message>
    <message>
        <source>%1 together with allowCredentials: browsers reject a wildcard origin on credentialed requests and API Gateway refuses to deploy it.</source>
        <translation>%1 zusammen mit allowCredentials: Browser lehnen einen Platzhalter-Origin bei Anfragen mit Zugangsdaten ab, und API Gateway verweigert die Bereitstellung.</translation>
    </message>
    <message>
        <source>List the exact origins that may send credentials, or turn allowCredentials off.</source>
        <translation>Nennen Sie die genauen Origins, die Zugangsdaten senden dürfen, oder schalten Sie allowCredentials aus.</translation>
    </message>
    <message>
        <source>%1 together with allowCredentials: on credentialed requests browsers read &apos;*&apos; as a method literally named &apos;*&apos;.</source>
        <translation>%1 zusammen mit allowCredentials: bei Anfragen mit Zugangsdaten lesen Browser &apos;*&apos; als eine Methode, die wörtlich &apos;*&apos; heißt.</translation>
    </message>
    <message>
        <source>List the methods explicitly, or turn allowCredentials off.</source>
        <translation>Zählen Sie die Methoden einzeln auf, oder schalten Sie allowCredentials aus.</translation>
    </message>
    <message>
        <source>%1 together with allowCredentials: on credentialed requests browsers read &apos;*&apos; as a header literally named &apos;*&apos;.</source>
        <translation>%1 zusammen mit allowCredentials: bei Anfragen mit Zugangsdaten lesen Browser &apos;*&apos; als einen Header, der wörtlich &apos;*&apos; heißt.</translation>
    </message>
    <message>
        <source>List the request headers explicitly, or turn allowCredentials off.</source>
        <translation>Zählen Sie die Anfrage-Header einzeln auf, oder schalten Sie allowCredentials aus.</translation>
    </message>
    <message>
        <source>%1 together with allowCredentials: on credentialed requests browsers read &apos;*&apos; as a header literally named &apos;*&apos; and expose nothing.</source>
        <translation>%1 zusammen mit allowCredentials: bei Anfragen mit Zugangsdaten lesen Browser &apos;*&apos; als einen Header, der wörtlich &apos;*&apos; heißt, und geben nichts frei.</translation>
    </message>
    <message>
        <source>List the response headers to expose, or turn allowCredentials off.</source>
        <translation>Zählen Sie die freizugebenden Antwort-Header auf, oder schalten Sie allowCredentials aus.</translation>
    </message>
    <message>
        <source>the token header name contains a %1 at position %2.</source>
        <translation>der Name des Token-Headers enthält an Position %2 ein Zeichen %1.</translation>
    </message>
    <message>
        <source>Remove the character.</source>
        <translation>Entfernen Sie das Zeichen.</translation>
    </message>
    <message>
        <source>%1 is not a valid header name: a header name is letters, digits and !#$%&amp;&apos;*+-.^_`|~ without spaces.</source>
        <translation>%1 ist kein gültiger Header-Name: ein Header-Name besteht aus Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>Enter the header that carries the token, e.g. Authorization.</source>
        <translation>Geben Sie den Header an, der das Token trägt, z. B. Authorization.</translation>
    </message>
    <message>
        <source>%1 is a forbidden request header: a browser never lets a page send it, so the token could never arrive from fetch().</source>
        <translation>%1 ist ein verbotener Anfrage-Header: ein Browser lässt ihn nie von einer Seite senden, das Token käme also nie aus fetch() an.</translation>
    </message>
    <message>
        <source>Carry the token in Authorization or a custom header such as X-Auth-Token.</source>
        <translation>Übertragen Sie das Token in Authorization oder einem eigenen Header wie X-Auth-Token.</translation>
    </message>
    <message>
        <source>%1 contains a single quote; a REST API sends CORS headers as static values in single quotes, which cannot contain one.</source>
        <translation>%1 enthält ein einfaches Anführungszeichen; eine REST-API sendet CORS-Header als feste Werte in einfachen Anführungszeichen, die keines enthalten können.</translation>
    </message>
    <message>
        <source>Rename the header without the quote.</source>
        <translation>Benennen Sie den Header ohne das Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1 contains a single quote; a REST API sends Access-Control-Allow-Origin as a static value in single quotes, which cannot contain one.</source>
        <translation>%1 enthält ein einfaches Anführungszeichen; eine REST-API sendet Access-Control-Allow-Origin als festen Wert in einfachen Anführungszeichen, der keines enthalten kann.</translation>
    </message>
    <message>
        <source>Use an HTTP API for this origin, or select it in your Lambda.</source>
        <translation>Verwenden Sie für diesen Origin eine HTTP-API, oder wählen Sie ihn in Ihrer Lambda aus.</translation>
    </message>
    <message>
        <source>%1 holds %2 values separated by commas, spaces or line breaks; each entry must be one value.</source>
        <translation>%1 enthält %2 durch Kommas, Leerzeichen oder Zeilenumbrüche getrennte Werte; jeder Eintrag muss ein Wert sein.</translation>
    </message>
    <message>
        <source>route %1 has no path.</source>
        <translation>Route %1 hat keinen Pfad.</translation>
    </message>
    <message>
        <source>Write the path as API Gateway does, e.g. /items/{id}.</source>
        <translation>Schreiben Sie den Pfad wie API Gateway, z. B. /items/{id}.</translation>
    </message>
    <message>
        <source>the path of route %1 contains a %2 at position %3.</source>
        <translation>der Pfad von Route %1 enthält ein %2 an Position %3.</translation>
    </message>
    <message>
        <source>%1 is an HTTP API route; a REST API has resources only.</source>
        <translation>%1 ist eine Route einer HTTP-API; eine REST-API hat nur Ressourcen.</translation>
    </message>
    <message>
        <source>Use ANY /{proxy+} and ANY / for a catch-all REST API.</source>
        <translation>Verwenden Sie ANY /{proxy+} und ANY / für eine REST-API, die alles annimmt.</translation>
    </message>
    <message>
        <source>the path of route %1 is %2 characters long; paths are at most %3.</source>
        <translation>der Pfad von Route %1 ist %2 Zeichen lang; Pfade haben höchstens %3.</translation>
    </message>
    <message>
        <source>Shorten the path.</source>
        <translation>Kürzen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 does not start with &apos;/&apos;.</source>
        <translation>%1 beginnt nicht mit &apos;/&apos;.</translation>
    </message>
    <message>
        <source>%1 ends with &apos;/&apos;; API Gateway paths have no trailing slash.</source>
        <translation>%1 endet mit &apos;/&apos;; Pfade in API Gateway haben keinen abschließenden Schrägstrich.</translation>
    </message>
    <message>
        <source>the path of route %1 has %2 segments; at most %3 are supported.</source>
        <translation>der Pfad von Route %1 hat %2 Segmente; höchstens %3 werden unterstützt.</translation>
    </message>
    <message>
        <source>%1 has an empty segment (&apos;//&apos;).</source>
        <translation>%1 hat ein leeres Segment (&apos;//&apos;).</translation>
    </message>
    <message>
        <source>Remove the extra &apos;/&apos;.</source>
        <translation>Entfernen Sie das überzählige &apos;/&apos;.</translation>
    </message>
    <message>
        <source>%1 has a %2 segment, which browsers resolve before sending the request: no request ever reaches such a path.</source>
        <translation>%1 hat ein Segment %2, das Browser vor dem Senden auflösen: Keine Anfrage erreicht je einen solchen Pfad.</translation>
    </message>
    <message>
        <source>Remove the %1 segment.</source>
        <translation>Entfernen Sie das Segment %1.</translation>
    </message>
    <message>
        <source>%1 in %2 is not a path part API Gateway accepts: use letters, digits and - . _ ~ : @, or a parameter such as {id} or {proxy+}.</source>
        <translation>%1 in %2 ist kein Pfadteil, den API Gateway annimmt: Verwenden Sie Buchstaben, Ziffern und - . _ ~ : @ oder einen Parameter wie {id} oder {proxy+}.</translation>
    </message>
    <message>
        <source>Rename the segment, e.g. %1.</source>
        <translation>Benennen Sie das Segment um, z. B. %1.</translation>
    </message>
    <message>
        <source>%1 in %2 is greedy (it matches the rest of the path) but is not the last segment.</source>
        <translation>%1 in %2 ist gierig (es passt auf den Rest des Pfads), ist aber nicht das letzte Segment.</translation>
    </message>
    <message>
        <source>Make it the last segment, or write %1 without &apos;+&apos;.</source>
        <translation>Machen Sie es zum letzten Segment oder schreiben Sie %1 ohne &apos;+&apos;.</translation>
    </message>
    <message>
        <source>route %1 has no methods.</source>
        <translation>Route %1 hat keine Methoden.</translation>
    </message>
    <message>
        <source>List the methods it serves, e.g. [GET], or [ANY].</source>
        <translation>Führen Sie die Methoden auf, die sie bedient, z. B. [GET], oder [ANY].</translation>
    </message>
    <message>
        <source>%1 on route %2 is not a method API Gateway routes.</source>
        <translation>%1 an Route %2 ist keine Methode, die API Gateway routet.</translation>
    </message>
    <message>
        <source>Use GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS or ANY.</source>
        <translation>Verwenden Sie GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS oder ANY.</translation>
    </message>
    <message>
        <source>%1 appears twice on route %2.</source>
        <translation>%1 steht zweimal an Route %2.</translation>
    </message>
    <message>
        <source>Remove one of the two.</source>
        <translation>Entfernen Sie einen der beiden.</translation>
    </message>
    <message>
        <source>route %1 lists ANY together with other methods; ANY already covers them.</source>
        <translation>Route %1 nennt ANY zusammen mit anderen Methoden; ANY deckt sie bereits ab.</translation>
    </message>
    <message>
        <source>Keep [ANY], or list only the methods it serves.</source>
        <translation>Behalten Sie [ANY] oder führen Sie nur die Methoden auf, die sie bedient.</translation>
    </message>
    <message>
        <source>the $default route catches every method of every path that no other route serves; it has no methods of its own.</source>
        <translation>die $default-Route fängt jede Methode jedes Pfads, den keine andere Route bedient; sie hat keine eigenen Methoden.</translation>
    </message>
    <message>
        <source>Write methods: [ANY].</source>
        <translation>Schreiben Sie methods: [ANY].</translation>
    </message>
    <message>
        <source>route %1 serves only OPTIONS, which is the generated MOCK preflight: the route would have no method of its own.</source>
        <translation>Route %1 bedient nur OPTIONS, das ist der erzeugte MOCK-Preflight: Die Route hätte keine eigene Methode.</translation>
    </message>
    <message>
        <source>List the methods the function serves on it, e.g. [GET].</source>
        <translation>Führen Sie die Methoden auf, die die Funktion dort bedient, z. B. [GET].</translation>
    </message>
    <message>
        <source>OPTIONS on route %1 is the generated MOCK preflight; the function never receives it.</source>
        <translation>OPTIONS an Route %1 ist der erzeugte MOCK-Preflight; die Funktion erhält es nie.</translation>
    </message>
    <message>
        <source>Remove OPTIONS from the route&apos;s methods; the preflight is there anyway.</source>
        <translation>Entfernen Sie OPTIONS aus den Methoden der Route; der Preflight ist ohnehin da.</translation>
    </message>
    <message>
        <source>route %1 serves %2, which allowMethods does not allow: every %2 request from a page fails its preflight.</source>
        <translation>Route %1 bedient %2, das allowMethods nicht erlaubt: Jede %2-Anfrage einer Seite scheitert am Preflight.</translation>
    </message>
    <message>
        <source>Add %1 to allowMethods, or remove it from the route.</source>
        <translation>Fügen Sie %1 zu allowMethods hinzu oder entfernen Sie es aus der Route.</translation>
    </message>
    <message>
        <source>route %1 serves a method route %2 already serves on the same path.</source>
        <translation>Route %1 bedient eine Methode, die Route %2 auf demselben Pfad schon bedient.</translation>
    </message>
    <message>
        <source>Merge the two routes, or remove the method from one.</source>
        <translation>Führen Sie die beiden Routen zusammen oder entfernen Sie die Methode aus einer.</translation>
    </message>
    <message>
        <source>%1 and %2 (route %3) are variable path parts under the same parent %4; API Gateway allows only one.</source>
        <translation>%1 und %2 (Route %3) sind variable Pfadteile unter derselben Elternressource %4; API Gateway erlaubt nur einen.</translation>
    </message>
    <message>
        <source>Use the same name, %1, in both routes.</source>
        <translation>Verwenden Sie in beiden Routen denselben Namen, %1.</translation>
    </message>
    <message>
        <source>no route serves %1; allowing it only widens what pages may ask for.</source>
        <translation>keine Route bedient %1; es zu erlauben, erweitert nur, was Seiten anfragen dürfen.</translation>
    </message>
    <message>
        <source>Remove %1 from allowMethods, or add a route that serves it.</source>
        <translation>Entfernen Sie %1 aus allowMethods oder legen Sie eine Route an, die es bedient.</translation>
    </message>
    <message>
        <source>%1 routes; CORS Configurator takes at most %2 (API Gateway&apos;s default quota is %3 per API).</source>
        <translation>%1 Routen; CORS Configurator nimmt höchstens %2 (das Standardkontingent von API Gateway ist %3 pro API).</translation>
    </message>
    <message>
        <source>Keep the routes your pages call; a greedy {proxy+} route covers the rest.</source>
        <translation>Behalten Sie die Routen, die Ihre Seiten aufrufen; eine gierige {proxy+}-Route deckt den Rest ab.</translation>
    </message>
    <message>
        <source>%1 routes is more than API Gateway&apos;s default quota of %2 per API.</source>
        <translation>%1 Routen sind mehr als das Standardkontingent von API Gateway von %2 pro API.</translation>
    </message>
    <message>
        <source>Ask AWS for a higher quota, or merge routes under {proxy+}.</source>
        <translation>Beantragen Sie bei AWS ein höheres Kontingent oder fassen Sie Routen unter {proxy+} zusammen.</translation>
    </message>
    <message>
        <source>%1 origins make the REST preflight&apos;s mapping template %2 KB, and API Gateway accepts at most 300 KB.</source>
        <translation>%1 Origins machen die Mapping-Vorlage des REST-Preflights %2 KB groß, API Gateway akzeptiert höchstens 300 KB.</translation>
    </message>
    <message>
        <source>Allow fewer origins (a few hundred fit), or serve the sites from fewer origins (one domain with paths).</source>
        <translation>Erlauben Sie weniger Origins (einige hundert passen) oder liefern Sie die Seiten von weniger Origins aus (eine Domain mit Pfaden).</translation>
    </message>
    <message>
        <source>%1 is not a stage name every format accepts: letters, digits and &apos;-&apos;, at most 128 characters (API Gateway also takes &apos;_&apos;, CloudFormation&apos;s Mappings keys do not).</source>
        <translation>%1 ist kein Stage-Name, den jedes Format akzeptiert: Buchstaben, Ziffern und &apos;-&apos;, höchstens 128 Zeichen (API Gateway nimmt auch &apos;_&apos;, die Schlüssel von CloudFormation-Mappings nicht).</translation>
    </message>
    <message>
        <source>Rename it, e.g. &apos;dev&apos;, &apos;staging&apos; or &apos;prod&apos;.</source>
        <translation>Benennen Sie sie um, z. B. &apos;dev&apos;, &apos;staging&apos; oder &apos;prod&apos;.</translation>
    </message>
    <message>
        <source>the stage %1 is defined twice.</source>
        <translation>die Stage %1 ist doppelt definiert.</translation>
    </message>
    <message>
        <source>Keep one entry per stage.</source>
        <translation>Behalten Sie einen Eintrag pro Stage.</translation>
    </message>
    <message>
        <source>%1 stages; API Gateway allows %2 stages per API unless the quota is raised.</source>
        <translation>%1 Stages; API Gateway erlaubt %2 Stages pro API, sofern das Kontingent nicht erhöht wird.</translation>
    </message>
    <message>
        <source>Request a higher &apos;Stages per API&apos; quota, or use fewer stages.</source>
        <translation>Beantragen Sie ein höheres Kontingent &apos;Stages per API&apos; oder verwenden Sie weniger Stages.</translation>
    </message>
    <message>
        <source>entry %1 is %2 characters long; an origin&apos;s host is at most 253 characters, so no browser sends it.</source>
        <translation>Eintrag %1 ist %2 Zeichen lang; der Host eines Origins hat höchstens 253 Zeichen, daher sendet ihn kein Browser.</translation>
    </message>
    <message>
        <source>Write the origin your page is served from, e.g. &apos;https://app.example.com&apos;.</source>
        <translation>Schreiben Sie den Origin, von dem Ihre Seite ausgeliefert wird, z. B. &apos;https://app.example.com&apos;.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>the authorizer denied the request: the token is missing or invalid</source>
        <translation>der Authorizer hat die Anfrage abgelehnt: Das Token fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>the API refused it: a missing or wrong API key, an authorizer&apos;s Deny, a resource policy, or no route for this path and method</source>
        <translation>die API hat sie abgelehnt: ein fehlender oder falscher API-Schlüssel, ein Deny des Authorizers, eine Ressourcenrichtlinie oder keine Route für diesen Pfad und diese Methode</translation>
    </message>
    <message>
        <source>nothing serves this path</source>
        <translation>nichts bedient diesen Pfad</translation>
    </message>
    <message>
        <source>the request was throttled</source>
        <translation>die Anfrage wurde gedrosselt</translation>
    </message>
    <message>
        <source>the integration failed or timed out</source>
        <translation>die Integration ist fehlgeschlagen oder hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the API failed</source>
        <translation>die API ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>its own error</source>
        <translation>ihr eigener Fehler</translation>
    </message>
    <message>
        <source>The project allows this request, so the deployed REST API does not answer as it says: deploy the project&apos;s snippet (SAM, CloudFormation or Terraform make a new deployment, so the stage serves it).</source>
        <translation>Das Projekt erlaubt diese Anfrage, die bereitgestellte REST-API antwortet also nicht so, wie es angibt: Stellen Sie das Snippet des Projekts bereit (SAM, CloudFormation oder Terraform erzeugen ein neues Deployment, damit die Stage es ausliefert).</translation>
    </message>
    <message>
        <source>The project allows this request, so the deployed HTTP API does not answer as it says: update its CorsConfiguration from the project&apos;s snippet (an auto-deploy stage takes it live; otherwise deploy the stage).</source>
        <translation>Das Projekt erlaubt diese Anfrage, die bereitgestellte HTTP-API antwortet also nicht so, wie es angibt: Aktualisieren Sie ihre CorsConfiguration aus dem Snippet des Projekts (eine Stage mit Auto-Deploy stellt es live; sonst stellen Sie die Stage bereit).</translation>
    </message>
    <message>
        <source>Allowed — the page&apos;s script can read the response (HTTP %1).</source>
        <translation>Erlaubt — das Skript der Seite kann die Antwort lesen (HTTP %1).</translation>
    </message>
    <message>
        <source>CORS passed — the API answered %1: %2.</source>
        <translation>CORS bestanden — die API antwortete %1: %2.</translation>
    </message>
    <message>
        <source>The browser lets the script read this error, so the page sees the %1 itself: a matter for the request (token, key, path), not for CORS.</source>
        <translation>Der Browser lässt das Skript diesen Fehler lesen, die Seite sieht also die %1 selbst: eine Sache der Anfrage (Token, Schlüssel, Pfad), nicht von CORS.</translation>
    </message>
    <message>
        <source>No response — %1</source>
        <translation>Keine Antwort — %1</translation>
    </message>
    <message>
        <source>Blocked as configured — %1 is not an allowed origin of this project, so the browser keeps the response from it.</source>
        <translation>Blockiert wie konfiguriert — %1 ist kein erlaubter Origin dieses Projekts, also hält der Browser die Antwort von ihm fern.</translation>
    </message>
    <message>
        <source>The request was blocked.</source>
        <translation>Die Anfrage wurde blockiert.</translation>
    </message>
    <message>
        <source>Nothing to fix if that page must not call the API. If it should, add %1 to Allowed origins and deploy.</source>
        <translation>Nichts zu beheben, wenn diese Seite die API nicht aufrufen darf. Wenn doch, fügen Sie %1 zu „Erlaubte Origins“ hinzu und stellen Sie bereit.</translation>
    </message>
    <message>
        <source>Blocked — %1</source>
        <translation>Blockiert — %1</translation>
    </message>
    <message>
        <source>the browser blocked the request.</source>
        <translation>der Browser hat die Anfrage blockiert.</translation>
    </message>
    <message>
        <source>The project does not allow this request yet: %1, then deploy.</source>
        <translation>Das Projekt erlaubt diese Anfrage noch nicht: %1, dann bereitstellen.</translation>
    </message>
    <message>
        <source>The API answered %1 (%2), and the browser hides that answer from this page.</source>
        <translation>Die API antwortete %1 (%2), und der Browser verbirgt diese Antwort vor der Seite.</translation>
    </message>
    <message>
        <source>Fix the request (token, key, path) so the API does not refuse it. API Gateway&apos;s own errors name one origin, %1, so pages on other origins see them as CORS errors.</source>
        <translation>Beheben Sie die Anfrage (Token, Schlüssel, Pfad), damit die API sie nicht ablehnt. Die eigenen Fehler von API Gateway nennen einen Origin, %1, daher sehen Seiten auf anderen Origins sie als CORS-Fehler.</translation>
    </message>
    <message>
        <source>Fix the request (token, key, path) so the API does not refuse it, and give API Gateway&apos;s own errors CORS headers (Gateway responses) so pages can read them.</source>
        <translation>Beheben Sie die Anfrage (Token, Schlüssel, Pfad), damit die API sie nicht ablehnt, und geben Sie den eigenen Fehlern von API Gateway CORS-Header (Gateway-Antworten), damit Seiten sie lesen können.</translation>
    </message>
</context>
<context>
    <name>cors::gui::AdvisorPanel</name>
    <message>
        <source>Advisor findings</source>
        <translation>Befunde des Beraters</translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation>Zusammenfassung der Befunde</translation>
    </message>
    <message>
        <source>No findings: browsers and API Gateway will accept this configuration.</source>
        <translation>Keine Befunde: Browser und API Gateway akzeptieren diese Konfiguration.</translation>
    </message>
    <message>
        <source>double-click one to go to its field.</source>
        <translation>Doppelklick springt zum betroffenen Feld.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Blocks the snippets: %1</source>
        <translation>Blockiert die Snippets: %1</translation>
    </message>
    <message>
        <source>Fails in browsers: %1</source>
        <translation>Scheitert in Browsern: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>&amp;Zum Feld</translation>
    </message>
</context>
<context>
    <name>cors::gui::CheckHistory</name>
    <message>
        <source>%1  %2: %3 %4 from %5</source>
        <translation>%1  %2: %3 %4 von %5</translation>
    </message>
</context>
<context>
    <name>cors::gui::ConfigForm</name>
    <message>
        <source>REST API: a MOCK integration on OPTIONS answers the preflight with static headers; your function adds the headers to real responses.</source>
        <translation>REST-API: Eine MOCK-Integration auf OPTIONS beantwortet den Preflight mit statischen Headern; Ihre Funktion fügt die Header echten Antworten hinzu.</translation>
    </message>
    <message>
        <source>HTTP API: API Gateway answers the preflight itself and adds the headers to responses from its CorsConfiguration.</source>
        <translation>HTTP-API: API Gateway beantwortet den Preflight selbst und fügt die Header aus seiner CorsConfiguration den Antworten hinzu.</translation>
    </message>
    <message>
        <source>Add an origin, e.g. https://app.example.com (paste a list to split it)</source>
        <translation>Origin hinzufügen, z. B. https://app.example.com (eingefügte Listen werden aufgeteilt)</translation>
    </message>
    <message>
        <source>Add a request header, e.g. Content-Type</source>
        <translation>Request-Header hinzufügen, z. B. Content-Type</translation>
    </message>
    <message>
        <source>Add a response header scripts may read, e.g. ETag</source>
        <translation>Response-Header hinzufügen, den Skripte lesen dürfen, z. B. ETag</translation>
    </message>
    <message>
        <source>Send Access-Control-Max-Age</source>
        <translation>Access-Control-Max-Age senden</translation>
    </message>
    <message>
        <source>Without it browsers cache a preflight for 5 seconds.</source>
        <translation>Ohne speichern Browser einen Preflight 5 Sekunden lang.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds browsers may cache the preflight (Chromium caps at 7200, Firefox at 86400, WebKit at 600).</source>
        <translation>Sekunden, die Browser den Preflight speichern dürfen (Chromium begrenzt auf 7200, Firefox auf 86400, WebKit auf 600).</translation>
    </message>
    <message>
        <source>None; or the header that carries the token, e.g. Authorization</source>
        <translation>Keiner; oder der Header mit dem Token, z. B. Authorization</translation>
    </message>
    <message>
        <source>Requests need an API key (X-Api-Key)</source>
        <translation>Anfragen brauchen einen API-Schlüssel (X-Api-Key)</translation>
    </message>
    <message>
        <source>HTTP APIs have no gateway responses; API Gateway adds CORS headers itself.</source>
        <translation>HTTP-APIs haben keine Gateway-Antworten; API Gateway fügt die CORS-Header selbst hinzu.</translation>
    </message>
    <message>
        <source>Without them the browser hides API Gateway&apos;s own errors (401, 403, 429, 5xx) behind a CORS error.</source>
        <translation>Ohne sie verbirgt der Browser API Gateways eigene Fehler (401, 403, 429, 5xx) hinter einem CORS-Fehler.</translation>
    </message>
    <message>
        <source>OPTIONS stays exempt so the preflight still works.</source>
        <translation>OPTIONS bleibt ausgenommen, damit der Preflight weiter funktioniert.</translation>
    </message>
    <message>
        <source>Allow method %1</source>
        <translation>Methode %1 erlauben</translation>
    </message>
    <message>
        <source>Every method (HTTP APIs only).</source>
        <translation>Jede Methode (nur HTTP-APIs).</translation>
    </message>
    <message>
        <source>Findings for %1</source>
        <translation>Befunde zu %1</translation>
    </message>
    <message>
        <source>Tick it for an API whose OPTIONS requests need the token or API key, as SAM does when AddDefaultAuthorizerToCorsPreflight is left out: the advisor and the local mock then show why every preflight fails. The generated snippets always keep OPTIONS open.</source>
        <translation>Für eine API ankreuzen, deren OPTIONS-Anfragen das Token oder den API-Key brauchen, wie bei SAM, wenn AddDefaultAuthorizerToCorsPreflight fehlt: Berater und lokales Mock zeigen dann, warum jeder Preflight scheitert. Die erzeugten Snippets lassen OPTIONS immer offen.</translation>
    </message>
    <message>
        <source>Allow credentials</source>
        <translation>Credentials erlauben</translation>
    </message>
    <message>
        <source>Cookies, TLS client certificates and the Authorization header travel with requests; never together with &apos;*&apos;.</source>
        <translation>Cookies, TLS-Client-Zertifikate und der Authorization-Header gehen mit den Anfragen mit; nie zusammen mit &apos;*&apos;.</translation>
    </message>
    <message>
        <source>The deployed API authorizes OPTIONS too</source>
        <translation>Die bereitgestellte API autorisiert auch OPTIONS</translation>
    </message>
    <message>
        <source>CORS headers on 4XX and 5XX errors</source>
        <translation>CORS-Header bei 4XX- und 5XX-Fehlern</translation>
    </message>
    <message>
        <source>Click for one-click fixes.</source>
        <translation>Klicken für Ein-Klick-Behebungen.</translation>
    </message>
    <message>
        <source>HTTP APIs have no API keys; choose REST API (v1) to require one.</source>
        <translation>HTTP-APIs haben keine API-Schlüssel; wählen Sie REST-API (v1), um einen zu verlangen.</translation>
    </message>
</context>
<context>
    <name>cors::gui::ExampleHint</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is AWS&apos;s least-privilege example&lt;/b&gt; (one origin, http://localhost:3000). Choose your API type, replace the origin with your page&apos;s, add your routes, then copy the snippet on the right. Help → User Guide (F1) explains the rest.</source>
        <translation>&lt;b&gt;Dies ist das Beispiel mit geringsten Rechten von AWS&lt;/b&gt; (ein Origin, http://localhost:3000). Wählen Sie Ihren API-Typ, ersetzen Sie den Origin durch den Ihrer Seite, legen Sie Ihre Routen an und kopieren Sie dann das Snippet rechts. Hilfe → Benutzerhandbuch (F1) erklärt den Rest.</translation>
    </message>
    <message>
        <source>Hide this hint</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>cors::gui::FlowDiagram</name>
    <message>
        <source>CORS flow diagram</source>
        <translation>CORS-Ablaufdiagramm</translation>
    </message>
    <message>
        <source>Client (page script)</source>
        <translation>Client (Seitenskript)</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Server (API Gateway)</source>
        <translation>Server (API Gateway)</translation>
    </message>
</context>
<context>
    <name>cors::gui::ImportReport</name>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The form now holds the CORS settings of the %1 &lt;b&gt;%2&lt;/b&gt; (%3) from %4.&lt;/p&gt;&lt;p&gt;%n thing(s) could not be taken over as written. Values that are not literals were left as they are: set them in the form.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Das Formular enthält jetzt die CORS-Einstellungen der %1 &lt;b&gt;%2&lt;/b&gt; (%3) aus %4.&lt;/p&gt;&lt;p&gt;%n Angabe konnte nicht wie geschrieben übernommen werden. Werte, die keine Literale sind, blieben unverändert: setzen Sie sie im Formular.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Das Formular enthält jetzt die CORS-Einstellungen der %1 &lt;b&gt;%2&lt;/b&gt; (%3) aus %4.&lt;/p&gt;&lt;p&gt;%n Angaben konnten nicht wie geschrieben übernommen werden. Werte, die keine Literale sind, blieben unverändert: setzen Sie sie im Formular.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Import-Hinweise</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Line %1, column %2 of %3.</source>
        <translation>Zeile %1, Spalte %2 von %3.</translation>
    </message>
    <message>
        <source>Note details</source>
        <translation>Hinweis im Detail</translation>
    </message>
    <message>
        <source>Select a note to read it in full.</source>
        <translation>Wählen Sie einen Hinweis, um ihn ganz zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Copy Notes</source>
        <translation>Hinweise &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>cors::gui::MainWindow</name>
    <message>
        <source>CORS Configurator projects (*.cors.yaml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>CORS-Configurator-Projekte (*.cors.yaml);;YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing it?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Konfigurieren</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export Snippet…</source>
        <translation>Snippet &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;All Snippets…</source>
        <translation>&amp;Alle Snippets exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <source>&amp;Copy Snippet</source>
        <translation>Snippet &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>&amp;Konfigurieren</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Advisor Findings</source>
        <translation>&amp;Befunde des Beraters</translation>
    </message>
    <message>
        <source>&amp;Next Snippet</source>
        <translation>&amp;Nächstes Snippet</translation>
    </message>
    <message>
        <source>&amp;Previous Snippet</source>
        <translation>&amp;Vorheriges Snippet</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>C&amp;ancel Check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CORS Configurator</source>
        <translation>&amp;Über CORS Configurator</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>New project from the least-privilege example.</source>
        <translation>Neues Projekt aus dem Beispiel mit minimalen Rechten.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1
Your changes are still here; save to another place.</source>
        <translation>%1
Ihre Änderungen sind noch da; speichern Sie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>The configuration has errors; fix them first (see the advisor panel).</source>
        <translation>Die Konfiguration enthält Fehler; beheben Sie sie zuerst (siehe Berater).</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export All Snippets Into</source>
        <translation>Alle Snippets exportieren nach</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>%1 already contains %2. Replace them?</source>
        <translation>%1 enthält bereits %2. Ersetzen?</translation>
    </message>
    <message>
        <source>About CORS Configurator</source>
        <translation>Über CORS Configurator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CORS Configurator %1&lt;/h3&gt;&lt;p&gt;CORS on Amazon API Gateway, right the first time: snippets for SAM, Terraform, CloudFormation, OpenAPI and Lambda, an advisor, and a tester that judges responses exactly as a browser does.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CORS Configurator %1&lt;/h3&gt;&lt;p&gt;CORS auf Amazon API Gateway, auf Anhieb richtig: Snippets für SAM, Terraform, CloudFormation, OpenAPI und Lambda, ein Berater und ein Tester, der Antworten genau wie ein Browser beurteilt.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Local mock</source>
        <translation>Lokales Mock</translation>
    </message>
    <message>
        <source>&amp;Scan for Misconfigurations</source>
        <translation>Auf Fehlkonfigurationen &amp;scannen</translation>
    </message>
    <message>
        <source>Templates (*.yaml *.yml *.json *.template);;All files (*)</source>
        <translation>Vorlagen (*.yaml *.yml *.json *.template);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — %2, %3, line %4</source>
        <translation>%1 — %2, %3, Zeile %4</translation>
    </message>
    <message>
        <source>Choose an API</source>
        <translation>API wählen</translation>
    </message>
    <message numerus="yes">
        <source>The template defines %n APIs. Import the CORS settings of:</source>
        <translation>
            <numerusform>Die Vorlage definiert %n API. Die CORS-Einstellungen importieren von:</numerusform>
            <numerusform>Die Vorlage definiert %n APIs. Die CORS-Einstellungen importieren von:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Template…</source>
        <translation>Vorlage &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 lässt sich nicht importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported the %1 %2 from %3 with %n note(s).</source>
        <translation>
            <numerusform>%1 %2 aus %3 mit %n Hinweis importiert.</numerusform>
            <numerusform>%1 %2 aus %3 mit %n Hinweisen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: %1. The local mock serves it now; deploy the snippets to take it live.</source>
        <translation>Angewendet: %1. Der lokale Mock liefert es jetzt aus; stellen Sie die Snippets bereit, damit es live geht.</translation>
    </message>
    <message>
        <source>Wrote the complete %1 snippet to %2.</source>
        <translation>Das vollständige %1-Snippet nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote every snippet to %1: %2.</source>
        <translation>Alle Snippets nach %1 geschrieben: %2.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>cors::gui::MockPanel</name>
    <message>
        <source>Run &amp;Local Mock</source>
        <translation>&amp;Lokales Mock starten</translation>
    </message>
    <message>
        <source>Answer requests on 127.0.0.1 as API Gateway would with this configuration, so a frontend or the tester can try it before deploying</source>
        <translation>Anfragen auf 127.0.0.1 so beantworten, wie API Gateway es mit dieser Konfiguration täte, damit ein Frontend oder der Tester sie vor dem Bereitstellen ausprobieren kann</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Mock port</source>
        <translation>Mock-Port</translation>
    </message>
    <message>
        <source>The port the mock listens on; 0 picks a free one.</source>
        <translation>Der Port, auf dem das Mock lauscht; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>Mock status</source>
        <translation>Mock-Status</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Mock request log</source>
        <translation>Anfrageprotokoll des Mocks</translation>
    </message>
    <message>
        <source>Every request the mock answers appears here: method, path, origin, status and what API Gateway did.</source>
        <translation>Jede Anfrage, die das Mock beantwortet, erscheint hier: Methode, Pfad, Origin, Status und was API Gateway getan hat.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>The local mock stopped.</source>
        <translation>Das lokale Mock wurde beendet.</translation>
    </message>
    <message>
        <source>The configuration has errors, so API Gateway could not be deployed with it: fix them (see the advisor) and start again.</source>
        <translation>Die Konfiguration hat Fehler, API Gateway ließe sich damit nicht bereitstellen: Fehler beheben (siehe Berater) und erneut starten.</translation>
    </message>
    <message>
        <source>Cannot listen on port %1: %2. Choose another port, or 0 for any free one.</source>
        <translation>Kann auf Port %1 nicht lauschen: %2. Einen anderen Port wählen oder 0 für einen beliebigen freien.</translation>
    </message>
    <message>
        <source>The local mock listens at %1</source>
        <translation>Das lokale Mock lauscht unter %1</translation>
    </message>
    <message>
        <source>Stopped. Start it to try this configuration from a frontend or the tester before deploying.</source>
        <translation>Beendet. Starten, um diese Konfiguration vor dem Bereitstellen mit einem Frontend oder dem Tester auszuprobieren.</translation>
    </message>
    <message>
        <source>%1 mock at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>%1-Mock unter &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The form has errors: the mock keeps answering with the last valid configuration.</source>
        <translation>Das Formular hat Fehler: das Mock antwortet weiter mit der letzten gültigen Konfiguration.</translation>
    </message>
    <message>
        <source>Stop &amp;Local Mock</source>
        <translation>&amp;Lokales Mock beenden</translation>
    </message>
</context>
<context>
    <name>cors::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time CORS Configurator starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von CORS Configurator.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>cors::gui::PreviewPane</name>
    <message>
        <source>%1 preview</source>
        <translation>Vorschau %1</translation>
    </message>
    <message>
        <source>Snippet previews</source>
        <translation>Snippet-Vorschauen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Part to merge</source>
        <translation>Zu übernehmender Teil</translation>
    </message>
    <message>
        <source>Complete example</source>
        <translation>Vollständiges Beispiel</translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation>Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Nothing rendered yet: the configuration has blocking errors. The advisor below lists them, most with a one-click fix.</source>
        <translation>Noch nichts erzeugt: Die Konfiguration hat blockierende Fehler. Der Berater unten listet sie auf, die meisten mit einer Ein-Klick-Behebung.</translation>
    </message>
    <message>
        <source>Snippet format</source>
        <translation>Snippet-Format</translation>
    </message>
    <message>
        <source>The format to show (Ctrl+PgDown / Ctrl+PgUp)</source>
        <translation>Das anzuzeigende Format (Strg+Bild ab / Strg+Bild auf)</translation>
    </message>
    <message>
        <source>About this snippet</source>
        <translation>Über dieses Snippet</translation>
    </message>
    <message>
        <source>Snippets not rendered</source>
        <translation>Snippets nicht erzeugt</translation>
    </message>
    <message>
        <source>Copy what is shown to the clipboard (Ctrl+Shift+C)</source>
        <translation>Das Angezeigte in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Save the complete snippet to a file (Ctrl+E)</source>
        <translation>Das vollständige Snippet in eine Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Only the CORS settings and resources, where they go in your template (&quot;…&quot; marks what is left out)</source>
        <translation>Nur die CORS-Einstellungen und -Ressourcen, dort, wo sie in Ihrer Vorlage stehen („…“ markiert Ausgelassenes)</translation>
    </message>
    <message>
        <source>A complete, deployable example</source>
        <translation>Ein vollständiges, bereitstellbares Beispiel</translation>
    </message>
    <message>
        <source>Wrap long lines instead of scrolling sideways</source>
        <translation>Lange Zeilen umbrechen statt seitlich zu scrollen</translation>
    </message>
    <message>
        <source>Snippet:</source>
        <translation>Snippet:</translation>
    </message>
    <message>
        <source>Below: the last snippets that rendered, for the %1 as it was then.</source>
        <translation>Unten: die zuletzt erzeugten Snippets, für die %1, wie sie damals war.</translation>
    </message>
    <message>
        <source>Nothing of this project has rendered yet.</source>
        <translation>Von diesem Projekt wurde noch nichts erzeugt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not rendered&lt;/b&gt; — blocking errors: %1. Apply a fix in the advisor or correct the marked fields. %2</source>
        <translation>&lt;b&gt;Nicht erzeugt&lt;/b&gt; — blockierende Fehler: %1. Wenden Sie eine Behebung im Berater an oder korrigieren Sie die markierten Felder. %2</translation>
    </message>
    <message>
        <source>Nothing copied: the configuration has blocking errors.</source>
        <translation>Nichts kopiert: Die Konfiguration hat blockierende Fehler.</translation>
    </message>
    <message>
        <source>Copied the part of the %1 snippet to merge.</source>
        <translation>Den zu übernehmenden Teil des %1-Snippets kopiert.</translation>
    </message>
    <message>
        <source>Copied the complete %1 snippet.</source>
        <translation>Das vollständige %1-Snippet kopiert.</translation>
    </message>
    <message>
        <source>Export This Snippet…</source>
        <translation>Dieses Snippet exportieren …</translation>
    </message>
    <message>
        <source>Export All Snippets…</source>
        <translation>Alle Snippets exportieren …</translation>
    </message>
    <message>
        <source>Save the complete snippet to a file (Ctrl+E); the arrow also saves every snippet into a folder (Ctrl+Shift+E)</source>
        <translation>Das vollständige Snippet in eine Datei speichern (Strg+E); der Pfeil speichert auch alle Snippets in einen Ordner (Strg+Umschalt+E)</translation>
    </message>
</context>
<context>
    <name>cors::gui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>API type</source>
        <translation>API-Typ</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Origins</translation>
    </message>
    <message>
        <source>Allowed methods</source>
        <translation>Erlaubte Methoden</translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation>Erlaubte Header</translation>
    </message>
    <message>
        <source>Exposed headers</source>
        <translation>Freigegebene Header</translation>
    </message>
    <message>
        <source>Max age</source>
        <translation>Max. Alter</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation>Authorizer</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Gateway responses</source>
        <translation>Gateway-Antworten</translation>
    </message>
    <message>
        <source>Preflight auth</source>
        <translation>Preflight-Autorisierung</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
</context>
<context>
    <name>cors::gui::RoutesEditor</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Add route (Enter)</source>
        <translation>Route hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>+ Lambda proxy (ANY / and ANY /{proxy+})</source>
        <translation>+ Lambda-Proxy (ANY / und ANY /{proxy+})</translation>
    </message>
    <message>
        <source>Add the two routes of a Lambda proxy API</source>
        <translation>Die zwei Routen einer Lambda-Proxy-API hinzufügen</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Public: the API&apos;s authorizer does not guard this route.</source>
        <translation>Öffentlich: Der Authorizer der API schützt diese Route nicht.</translation>
    </message>
    <message>
        <source>No routes: the API is one Lambda proxy, ANY / and ANY /{proxy+}. Add the routes your API has so every path answers its own preflight.</source>
        <translation>Keine Routen: Die API ist ein Lambda-Proxy, ANY / und ANY /{proxy+}. Legen Sie die Routen Ihrer API an, damit jeder Pfad seinen eigenen Preflight beantwortet.</translation>
    </message>
    <message>
        <source>Path, e.g. /items/{id}</source>
        <translation>Pfad, z. B. /items/{id}</translation>
    </message>
    <message>
        <source>New route&apos;s path</source>
        <translation>Pfad der neuen Route</translation>
    </message>
    <message>
        <source>Methods, e.g. GET, PUT or ANY</source>
        <translation>Methoden, z. B. GET, PUT oder ANY</translation>
    </message>
    <message>
        <source>New route&apos;s methods</source>
        <translation>Methoden der neuen Route</translation>
    </message>
    <message>
        <source>The route is open although the API has an authorizer (authorizer: none).</source>
        <translation>Die Route ist offen, obwohl die API einen Authorizer hat (authorizer: none).</translation>
    </message>
    <message>
        <source>Remove the selected route (Del)</source>
        <translation>Die ausgewählte Route entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>cors::gui::StagesEditor</name>
    <message>
        <source>Own origins (otherwise the allowed origins above)</source>
        <translation>Eigene Origins (sonst die erlaubten Origins oben)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>The stage whose origins are shown below; the local mock serves it.</source>
        <translation>Die Stage, deren Origins unten angezeigt werden; der lokale Mock bedient sie.</translation>
    </message>
    <message>
        <source>New stage, e.g. prod</source>
        <translation>Neue Stage, z. B. prod</translation>
    </message>
    <message>
        <source>New stage name</source>
        <translation>Name der neuen Stage</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Stage hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected stage</source>
        <translation>Ausgewählte Stage entfernen</translation>
    </message>
    <message>
        <source>Stage origins</source>
        <translation>Origins der Stage</translation>
    </message>
    <message>
        <source>Add an origin of this stage, e.g. https://dev.example.com</source>
        <translation>Einen Origin dieser Stage hinzufügen, z. B. https://dev.example.com</translation>
    </message>
    <message>
        <source>No stages: every stage deploys the allowed origins. Add dev and prod to give each its own origins (SAM and CloudFormation pick them with a StageName parameter, Terraform with a stage variable).</source>
        <translation>Keine Stages: Jede Stage stellt die erlaubten Origins bereit. Fügen Sie dev und prod hinzu, um jeder eigene Origins zu geben (SAM und CloudFormation wählen sie mit einem Parameter StageName, Terraform mit einer Variablen stage).</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
</context>
<context>
    <name>cors::gui::StringListEditor</name>
    <message>
        <source>Add (Enter)</source>
        <translation>Hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Remove selected (Del)</source>
        <translation>Auswahl entfernen (Entf)</translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <translation>Neuer Eintrag für %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 ist bereits in der Liste</translation>
    </message>
</context>
<context>
    <name>cors::gui::TesterPanel</name>
    <message>
        <source>Send credentials (credentials: &apos;include&apos;)</source>
        <translation>Credentials senden (credentials: &apos;include&apos;)</translation>
    </message>
    <message>
        <source>Accept invalid TLS certificates (browsers never do)</source>
        <translation>Ungültige TLS-Zertifikate akzeptieren (Browser tun das nie)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Page origin</source>
        <translation>Origin der Seite</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Sent as typed: fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT, so &apos;patch&apos; stays &apos;patch&apos;.</source>
        <translation>Wird wie eingegeben gesendet: fetch() schreibt nur DELETE, GET, HEAD, OPTIONS, POST und PUT groß, &apos;patch&apos; bleibt also &apos;patch&apos;.</translation>
    </message>
    <message>
        <source>One per line, e.g.
Content-Type: application/json
Authorization: Bearer …</source>
        <translation>Einer pro Zeile, z. B.
Content-Type: application/json
Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Request-Header</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>How long to wait for each response.</source>
        <translation>Wie lange auf jede Antwort gewartet wird.</translation>
    </message>
    <message>
        <source>Send the request as the browser would (Ctrl+Return)</source>
        <translation>Die Anfrage so senden, wie der Browser es täte (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop the check (Esc)</source>
        <translation>Die Prüfung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Copy the requests this check sent as curl commands</source>
        <translation>Die Anfragen dieser Prüfung als curl-Befehle kopieren</translation>
    </message>
    <message>
        <source>Check running</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Details zum Schritt</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>Letzte Prüfungen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Page &amp;origin:</source>
        <translation>&amp;Origin der Seite:</translation>
    </message>
    <message>
        <source>Browser:</source>
        <translation>Browser:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Request &amp;headers:</source>
        <translation>Request-&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Sending the preflight to %1…</source>
        <translation>Sende den Preflight an %1 …</translation>
    </message>
    <message>
        <source>Sending the request to %1…</source>
        <translation>Sende die Anfrage an %1 …</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing to copy: this check sent no request.</source>
        <translation>Nichts zu kopieren: Diese Prüfung hat keine Anfrage gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n curl command(s) to the clipboard.</source>
        <translation>
            <numerusform>%n curl-Befehl in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n curl-Befehle in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS certificate errors were ignored; a browser would refuse this connection: %1</source>
        <translation>TLS-Zertifikatsfehler wurden ignoriert; ein Browser würde diese Verbindung ablehnen: %1</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <source>&amp;Scan for Misconfigurations</source>
        <translation>Auf Fehlkonfigurationen &amp;scannen</translation>
    </message>
    <message>
        <source>Probe the URL with hostile origins and preflights, as corscfg scan does; the page origin stands for the legitimate frontend (Ctrl+Shift+Return)</source>
        <translation>Die URL mit feindlichen Origins und Preflights prüfen, wie corscfg scan es tut; der Seiten-Origin steht für das legitime Frontend (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Scan abgebrochen.</translation>
    </message>
    <message>
        <source>Scanning %1 for misconfigurations…</source>
        <translation>%1 wird auf Fehlkonfigurationen gescannt…</translation>
    </message>
    <message>
        <source>This project&apos;s routes:</source>
        <translation>Routen dieses Projekts:</translation>
    </message>
    <message>
        <source>Describe the request the page makes and press &lt;b&gt;Check&lt;/b&gt;: the six steps of the CORS flow appear below. &lt;b&gt;Scan&lt;/b&gt; probes the URL with hostile origins instead.</source>
        <translation>Beschreiben Sie die Anfrage der Seite und drücken Sie &lt;b&gt;Prüfen&lt;/b&gt;: Die sechs Schritte des CORS-Ablaufs erscheinen unten. &lt;b&gt;Scannen&lt;/b&gt; prüft die URL stattdessen mit feindlichen Origins.</translation>
    </message>
    <message>
        <source>The selected step&apos;s headers, reason and fix appear here. Try the local mock: Test → Run Local Mock serves this project as API Gateway would.</source>
        <translation>Header, Grund und Behebung des ausgewählten Schritts erscheinen hier. Probieren Sie den lokalen Mock: Test → Lokalen Mock starten liefert dieses Projekt aus, wie API Gateway es täte.</translation>
    </message>
    <message>
        <source>Scan finished — findings: %1.</source>
        <translation>Scan beendet — Befunde: %1.</translation>
    </message>
    <message>
        <source>Check finished: %1</source>
        <translation>Prüfung beendet: %1</translation>
    </message>
    <message>
        <source>In this project:</source>
        <translation>In diesem Projekt:</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Anwenden: %1</translation>
    </message>
    <message>
        <source>Each check you run is listed here (the last %1); select one to see its request and steps again.</source>
        <translation>Jede Prüfung, die Sie ausführen, erscheint hier (die letzten %1); wählen Sie eine aus, um ihre Anfrage und Schritte erneut zu sehen.</translation>
    </message>
</context>
<context>
    <name>cors::gui::VerdictBar</name>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>CORS passed, API answered %1</source>
        <translation>CORS bestanden, API antwortete %1</translation>
    </message>
    <message>
        <source>blocked as configured</source>
        <translation>blockiert wie konfiguriert</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
</context>
</TS>
