package vn.gov.haiphong.lgsp.catalog.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an OpenAPI 3 document (JSON or YAML — JSON is read as the YAML it also is) into its
 * operations. SnakeYAML's safe constructor builds plain maps and lists only (no types named by the
 * document), with limits on aliases (no "billion laughs"), nesting and size. Checks what the gateway
 * relies on: version 3.x, {@code info}, {@code paths} with operations; the rest of the document is the
 * provider's business and is published as given.
 */
public final class OpenApiContract {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiContract() {
    }

    public static ParsedContract parse(ContractDocument document) {
        ContractProblems problems = new ContractProblems();
        Object root = load(document, problems);
        problems.throwIfAny();
        if (!(root instanceof Map<?, ?> map)) {
            problems.add(document.name(), "contract.not-object");
            throw problems.refusal();
        }
        Object version = map.get("openapi");
        if (version == null || !String.valueOf(version).startsWith("3.")) {
            problems.add(document.name(), "contract.openapi.version",
                    version != null ? version : map.containsKey("swagger") ? "swagger " + map.get("swagger") : "");
            throw problems.refusal();
        }
        if (!(map.get("info") instanceof Map<?, ?> info) || !(info.get("title") instanceof String)
                || info.get("version") == null) {
            problems.add(document.name(), "contract.openapi.field", "info.title, info.version");
        }
        List<ParsedContract.Operation> operations = new ArrayList<>();
        if (!(map.get("paths") instanceof Map<?, ?> paths)) {
            problems.add(document.name(), "contract.openapi.field", "paths");
        } else {
            readPaths(document.name(), paths, operations, problems);
            if (operations.isEmpty() && problems.isEmpty()) {
                problems.add(document.name(), "contract.openapi.no-operations");
            }
        }
        problems.throwIfAny();
        return new ParsedContract(operations, serverUrl(map), List.of(document));
    }

    private static void readPaths(String name, Map<?, ?> paths, List<ParsedContract.Operation> operations,
                                  ContractProblems problems) {
        Set<String> codes = new HashSet<>();
        for (Map.Entry<?, ?> path : paths.entrySet()) {
            String template = String.valueOf(path.getKey());
            if (!template.startsWith("/")) {
                problems.add(name, "contract.openapi.path", template);
                continue;
            }
            if (!(path.getValue() instanceof Map<?, ?> item)) {
                problems.add(name, "contract.openapi.field", "paths." + template);
                continue;
            }
            for (Map.Entry<?, ?> entry : item.entrySet()) {
                String method = String.valueOf(entry.getKey()).toLowerCase(Locale.ROOT);
                if (!METHODS.contains(method)) {
                    continue; // parameters, summary, servers, $ref …
                }
                Map<?, ?> operation = entry.getValue() instanceof Map<?, ?> m ? m : Map.of();
                String verb = method.toUpperCase(Locale.ROOT);
                String code = operation.get("operationId") instanceof String id && !id.isBlank()
                        ? id.strip() : verb + " " + template;
                if (!codes.add(code)) {
                    problems.add(name, "contract.operation.duplicate", code);
                }
                Object summary = operation.get("summary");
                operations.add(new ParsedContract.Operation(code, verb, template,
                        summary == null ? null : String.valueOf(summary)));
            }
        }
    }

    private static String serverUrl(Map<?, ?> map) {
        if (map.get("servers") instanceof List<?> servers && !servers.isEmpty()
                && servers.get(0) instanceof Map<?, ?> server && server.get("url") instanceof String url
                && (url.startsWith("http://") || url.startsWith("https://"))) {
            return url;
        }
        return null;
    }

    private static Object load(ContractDocument document, ContractProblems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document.content())).toString();
        } catch (CharacterCodingException e) {
            problems.add(document.name(), "contract.unreadable", 1, 1, "UTF-8");
            return null;
        }
        try {
            return yaml(text.length()).load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            problems.add(document.name(), "contract.unreadable", mark == null ? "?" : mark.getLine() + 1,
                    mark == null ? "?" : mark.getColumn() + 1, shorten(e.getProblem()));
        } catch (YAMLException e) {
            problems.add(document.name(), "contract.unreadable", "?", "?", shorten(e.getMessage()));
        }
        return null;
    }

    /** A safe YAML loader for a document of {@code length} characters (also JSON: YAML reads it). */
    static Yaml yaml(int length) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(64);
        options.setCodePointLimit(Math.max(length + 1, 1));
        return new Yaml(new SafeConstructor(options));
    }

    private static String shorten(String text) {
        String t = String.valueOf(text).replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 160) : t;
    }
}
