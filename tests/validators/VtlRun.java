// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs an API Gateway mapping template under real Apache Velocity 1.7 (Debian's velocity
// package), with API Gateway's variables stood in as its developer guide describes them
// ("API Gateway mapping template and access logging variable reference"):
//   $input.params()        {header: {...}, querystring: {...}, path: {...}}, names as sent
//   $input.params('x')     the value of x from the path, query string or headers, in that order
//   $context               requestId, httpMethod and responseOverride {header: {...}, status}
//   $stageVariables        the stage's variables
//   $util                  escapeJavaScript, urlEncode, urlDecode, base64Encode, base64Decode
// A header overridden twice is an error, as API Gateway answers 5XX ("Overrides are final").
//
// Usage: java -cp velocity.jar:commons-collections3.jar:commons-lang.jar VtlRun.java TEMPLATE
// Standard input, one request per line, tab-separated: an id, then H:name:value (a header),
// Q:name:value (a query-string parameter), P:name:value (a path parameter), V:name:value
// (a stage variable). Standard output, one line per request: the id, then status=N when the
// template overrides the status, header:NAME=VALUE for each overridden header in the order
// set, body=TEXT (\n, \t and \\ escaped), or error=MESSAGE.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

public class VtlRun {
    /** API Gateway answers 5XX when a template overrides the same parameter twice. */
    public static class OverrideMap extends LinkedHashMap<String, Object> {
        String twice;

        @Override
        public Object put(String key, Object value) {
            if (containsKey(key) && twice == null) {
                twice = key;
            }
            return super.put(key, value);
        }
    }

    public static class Input {
        final Map<String, Map<String, String>> params = new LinkedHashMap<>();

        Input() {
            params.put("path", new LinkedHashMap<>());
            params.put("querystring", new LinkedHashMap<>());
            params.put("header", new LinkedHashMap<>());
        }

        public Map<String, Map<String, String>> params() { return params; }

        public String params(String name) {
            for (String type : new String[] {"path", "querystring", "header"}) {
                String value = params.get(type).get(name);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        public String json(String path) { return "{}"; }
        public String path(String path) { return ""; }
        public String getBody() { return ""; }
    }

    public static class Util {
        public String escapeJavaScript(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\'")
                .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        }
        public String urlEncode(String text) throws Exception {
            return java.net.URLEncoder.encode(text, "UTF-8");
        }
        public String urlDecode(String text) throws Exception {
            return java.net.URLDecoder.decode(text, "UTF-8");
        }
        public String base64Encode(String text) {
            return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
        public String base64Decode(String text) {
            return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        }
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r");
    }

    static String run(VelocityEngine engine, String template, String[] fields) {
        Input input = new Input();
        Map<String, String> stageVariables = new LinkedHashMap<>();
        for (int i = 1; i < fields.length; ++i) {
            String field = fields[i];
            int colon = field.indexOf(':', 2);
            String name = field.substring(2, colon);
            String value = field.substring(colon + 1);
            switch (field.charAt(0)) {
                case 'H': input.params.get("header").put(name, value); break;
                case 'Q': input.params.get("querystring").put(name, value); break;
                case 'P': input.params.get("path").put(name, value); break;
                case 'V': stageVariables.put(name, value); break;
                default: throw new IllegalArgumentException("unknown field " + field);
            }
        }
        OverrideMap headers = new OverrideMap();
        Map<String, Object> override = new LinkedHashMap<>();
        override.put("header", headers);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("requestId", "c0ffee00-0000-4000-8000-000000000000");
        context.put("httpMethod", "OPTIONS");
        context.put("responseOverride", override);
        VelocityContext velocity = new VelocityContext();
        velocity.put("input", input);
        velocity.put("context", context);
        velocity.put("stageVariables", stageVariables);
        velocity.put("util", new Util());
        StringWriter body = new StringWriter();
        StringBuilder line = new StringBuilder(fields[0]);
        try {
            engine.evaluate(velocity, body, "template", template);
        } catch (Exception e) {
            return line.append("\terror=").append(escape(String.valueOf(e.getMessage()))).toString();
        }
        if (headers.twice != null) {
            return line.append("\terror=overridden twice: ").append(headers.twice).toString();
        }
        if (override.get("status") != null) {
            line.append("\tstatus=").append(override.get("status"));
        }
        for (Map.Entry<String, Object> header : headers.entrySet()) {
            line.append("\theader:").append(header.getKey()).append('=')
                .append(escape(String.valueOf(header.getValue())));
        }
        return line.append("\tbody=").append(escape(body.toString())).toString();
    }

    public static void main(String[] args) throws Exception {
        String template = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        VelocityEngine engine = new VelocityEngine();
        // Velocity 1.7's defaults, as API Gateway runs it; only its log file is left out.
        engine.setProperty("runtime.log.logsystem.class",
                           "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String line; (line = in.readLine()) != null;) {
            if (!line.isEmpty()) {
                out.append(run(engine, template, line.split("\t", -1))).append('\n');
            }
        }
        System.out.print(out);
        System.out.flush();
    }
}
