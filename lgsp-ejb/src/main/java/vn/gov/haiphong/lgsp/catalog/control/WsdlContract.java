package vn.gov.haiphong.lgsp.catalog.control;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.gov.haiphong.lgsp.common.xml.SafeXml;

/**
 * Reads a WSDL 1.1 contract and every schema or WSDL it imports, with StAX and without a DOM: each
 * document is refused if it has a DOCTYPE (no DTD, no entities — XXE and entity bombs), nests deeper
 * than {@link SafeXml#MAX_DEPTH} or is not well formed; an import must name a supplied document or,
 * for a contract fetched from an address, a document on that same host. Operations are the portType
 * operations; the provider address is the first {@code soap:address}.
 */
public final class WsdlContract {

    static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    static final String XSD = "http://www.w3.org/2001/XMLSchema";
    /** The WSDL 1.1 SOAP 1.1 and 1.2 binding namespaces, whose {@code address} names the provider. */
    public static final Set<String> SOAP_BINDINGS = Set.of("http://schemas.xmlsoap.org/wsdl/soap/",
            "http://schemas.xmlsoap.org/wsdl/soap12/");
    static final int MAX_DOCUMENTS = 32;

    private final ContractProblems problems = new ContractProblems();
    private final Map<String, ContractDocument> supplied;
    private final Function<URI, Optional<ContractDocument>> fetcher;
    private final Map<String, ContractDocument> kept = new LinkedHashMap<>();
    private final Set<String> operationNames = new LinkedHashSet<>();
    private String address;

    private WsdlContract(Map<String, ContractDocument> supplied, Function<URI, Optional<ContractDocument>> fetcher) {
        this.supplied = supplied;
        this.fetcher = fetcher;
    }

    /**
     * @param main     the WSDL
     * @param supplied the XSDs (or WSDLs) given with it, by file name
     * @param base     where the WSDL was fetched from, or {@code null} when uploaded
     * @param fetcher  fetches an import on the base's host; used only when {@code base} is given
     */
    public static ParsedContract parse(ContractDocument main, List<ContractDocument> supplied, URI base,
                                       Function<URI, Optional<ContractDocument>> fetcher) {
        Map<String, ContractDocument> byName = new LinkedHashMap<>();
        supplied.forEach(d -> byName.put(d.name(), d));
        WsdlContract contract = new WsdlContract(byName, base == null ? null : fetcher);
        return contract.read(main, base);
    }

    private ParsedContract read(ContractDocument main, URI base) {
        Deque<Pending> queue = new ArrayDeque<>();
        queue.add(new Pending(main, base, true));
        kept.put(main.name(), main);
        while (!queue.isEmpty()) {
            Pending next = queue.poll();
            for (String location : walk(next)) {
                resolve(next, location).ifPresent(queue::add);
            }
        }
        if (problems.isEmpty() && operationNames.isEmpty()) {
            problems.add(main.name(), "contract.wsdl.no-operations");
        }
        problems.throwIfAny();
        List<ParsedContract.Operation> operations = operationNames.stream()
                .map(n -> new ParsedContract.Operation(n, null, null, null)).toList();
        return new ParsedContract(operations, address, new ArrayList<>(kept.values()));
    }

    private Optional<Pending> resolve(Pending from, String location) {
        String name = location.strip();
        if (kept.containsKey(name)) {
            return Optional.empty();
        }
        if (kept.size() >= MAX_DOCUMENTS) {
            problems.add(from.document.name(), "contract.too-many", MAX_DOCUMENTS);
            return Optional.empty();
        }
        ContractDocument given = supplied.get(name);
        if (given == null) {
            given = supplied.get(name.substring(name.lastIndexOf('/') + 1));
        }
        if (given != null) {
            ContractDocument stored = new ContractDocument(name, given.mediaType(), given.content());
            kept.put(name, stored);
            return Optional.of(new Pending(stored, null, false));
        }
        if (from.base == null || fetcher == null) {
            problems.add(from.document.name(), "contract.import.unresolved", from.document.name(), name);
            return Optional.empty();
        }
        URI target;
        try {
            target = from.base.resolve(name);
        } catch (IllegalArgumentException e) {
            problems.add(from.document.name(), "contract.import.forbidden", name);
            return Optional.empty();
        }
        if (!sameOrigin(from.base, target)) {
            problems.add(from.document.name(), "contract.import.forbidden", name);
            return Optional.empty();
        }
        Optional<ContractDocument> fetched = fetcher.apply(target);
        if (fetched.isEmpty()) {
            problems.add(from.document.name(), "contract.import.unresolved", from.document.name(), name);
            return Optional.empty();
        }
        ContractDocument stored = new ContractDocument(name, fetched.get().mediaType(), fetched.get().content());
        kept.put(name, stored);
        return Optional.of(new Pending(stored, target, false));
    }

    private static boolean sameOrigin(URI a, URI b) {
        return b.getScheme() != null && b.getScheme().matches("https?") && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
    }

    /** Reads one document; answers the locations it imports. */
    private List<String> walk(Pending pending) {
        List<String> imports = new ArrayList<>();
        String name = pending.document.name();
        try {
            XMLStreamReader reader = SafeXml.factory().createXMLStreamReader(
                    new ByteArrayInputStream(pending.document.content()));
            try {
                int depth = 0;
                boolean inPortType = false;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        problems.add(name, "contract.xml.dtd-forbidden");
                        return List.of();
                    }
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        if (WSDL.equals(reader.getNamespaceURI()) && "portType".equals(reader.getLocalName())) {
                            inPortType = false;
                        }
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (++depth > SafeXml.MAX_DEPTH) {
                        problems.add(name, "contract.xml.too-deep", SafeXml.MAX_DEPTH);
                        return List.of();
                    }
                    String ns = reader.getNamespaceURI();
                    String local = reader.getLocalName();
                    if (depth == 1 && pending.main && !(WSDL.equals(ns) && "definitions".equals(local))) {
                        problems.add(name, "contract.wsdl.root", "{" + ns + "}" + local);
                        return List.of();
                    }
                    if (WSDL.equals(ns) && "portType".equals(local)) {
                        inPortType = true;
                    } else if (WSDL.equals(ns) && "operation".equals(local) && inPortType) {
                        operationNames.add(reader.getAttributeValue(null, "name"));
                    } else if (WSDL.equals(ns) && "import".equals(local)) {
                        addIfPresent(imports, reader.getAttributeValue(null, "location"));
                    } else if (XSD.equals(ns) && ("import".equals(local) || "include".equals(local)
                            || "redefine".equals(local))) {
                        addIfPresent(imports, reader.getAttributeValue(null, "schemaLocation"));
                    } else if (SOAP_BINDINGS.contains(ns) && "address".equals(local) && address == null) {
                        address = reader.getAttributeValue(null, "location");
                    }
                }
                return imports;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            problems.add(name, "contract.xml.malformed", SafeXml.whereAndWhy(e).toArray());
            return List.of();
        }
    }

    private static void addIfPresent(List<String> imports, String location) {
        if (location != null && !location.isBlank()) {
            imports.add(location);
        }
    }

    private record Pending(ContractDocument document, URI base, boolean main) {
    }
}
