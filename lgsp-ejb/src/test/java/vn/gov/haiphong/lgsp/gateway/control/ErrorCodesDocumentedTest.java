package vn.gov.haiphong.lgsp.gateway.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;

/**
 * {@code docs/api.md} lists every error code the API answers, and no other: each problem type ({@link ErrorCode},
 * REST problem+json and SOAP Fault alike) in its error table, each X-Road code ({@link XRoadErrors}) in its X-Road
 * table with the problem codes it is answered for; and no document in {@code docs/} names an X-Road code that is
 * never answered.
 */
class ErrorCodesDocumentedTest {

    private static final Path DOCS = Path.of(System.getProperty("basedir", "."), "..", "docs");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern XROAD = Pattern.compile("Server\\.(?:Client|Server)Proxy\\.[A-Za-z]+");

    @Test
    void theErrorTableListsEveryProblemCodeAndNoOther() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String[] row : table(section(apiMd(), "### Errors"), "| code |")) {
            documented.addAll(codes(row[0]));
        }
        Set<String> answered = Arrays.stream(ErrorCode.values()).map(ErrorCode::slug)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(List.of(List.of(), List.of()), List.of(missing(answered, documented), missing(documented, answered)),
                "[answered but not in docs/api.md's error table, in the table but never answered]");
    }

    @Test
    void theXRoadTableListsEveryXRoadCodeWithItsProblemCodes() throws IOException {
        Map<String, ErrorCode> bySlug = Arrays.stream(ErrorCode.values())
                .collect(Collectors.toMap(ErrorCode::slug, Function.identity()));
        Set<String> answered = xroadCodes();
        List<String> findings = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        for (String[] row : table(section(apiMd(), "### X-Road error codes"), "| X-Road code |")) {
            String xroad = codes(row[0]).get(0);
            documented.add(xroad);
            for (String slug : codes(row[2])) {
                ErrorCode code = bySlug.get(slug);
                if (code == null || !XRoadErrors.of(code).equals(xroad)) {
                    findings.add(xroad + " lists " + slug + ", answered as "
                            + (code == null ? "no such problem code" : XRoadErrors.of(code)));
                }
            }
        }
        findings.addAll(missing(answered, documented).stream().map(x -> x + " is not in the table").toList());
        findings.addAll(missing(documented, answered).stream().map(x -> x + " is never answered").toList());
        assertEquals(List.of(), findings);
    }

    @Test
    void noDocumentNamesAnXRoadCodeThatIsNeverAnswered() throws IOException {
        Set<String> answered = xroadCodes();
        List<String> findings = new ArrayList<>();
        try (var files = Files.list(DOCS)) {
            for (Path doc : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Matcher named = XROAD.matcher(Files.readString(doc));
                while (named.find()) {
                    if (!answered.contains(named.group())) {
                        findings.add(doc.getFileName() + ": " + named.group());
                    }
                }
            }
        }
        assertEquals(List.of(), findings);
    }

    /** What {@link XRoadErrors} answers, for one problem code or another. */
    private static Set<String> xroadCodes() {
        return Arrays.stream(ErrorCode.values()).map(XRoadErrors::of).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String apiMd() throws IOException {
        return Files.readString(DOCS.resolve("api.md"));
    }

    /** The text under {@code heading} up to the next heading of its level or above. */
    private static String section(String doc, String heading) {
        int start = doc.indexOf("\n" + heading);
        assertTrue(start >= 0, "docs/api.md has no section " + heading);
        Matcher next = Pattern.compile("\n#{2," + (heading.indexOf(' ')) + "} ").matcher(doc);
        return doc.substring(start, next.find(start + 1) ? next.start() : doc.length());
    }

    /** The body rows of the first table whose header starts with {@code header}, split into cells. */
    private static List<String[]> table(String section, String header) {
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : section.lines().toList()) {
            if (line.startsWith(header)) {
                inTable = true;
            } else if (inTable && line.startsWith("|---")) {
                continue;
            } else if (inTable && line.startsWith("|")) {
                rows.add(line.substring(1).split("\\|", -1));
            } else if (inTable) {
                break;
            }
        }
        assertTrue(!rows.isEmpty(), "no table " + header);
        return rows;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    private static List<String> missing(Set<String> from, Set<String> in) {
        return from.stream().filter(x -> !in.contains(x)).toList();
    }
}
