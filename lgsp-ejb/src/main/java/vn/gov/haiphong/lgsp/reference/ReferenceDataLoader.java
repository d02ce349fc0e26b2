package vn.gov.haiphong.lgsp.reference;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListDraft;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeLists;
import vn.gov.haiphong.lgsp.codelist.control.AttributeSpec;
import vn.gov.haiphong.lgsp.common.security.Caller;

/**
 * Publishes the national reference lists when they are missing. A transaction-scoped advisory lock
 * keeps nodes starting together from loading twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class ReferenceDataLoader {

    static final String ADMINISTRATIVE_UNITS = "don-vi-hanh-chinh";
    static final String ETHNIC_GROUPS = "dan-toc";
    private static final Caller LOADER = Caller.platform("reference-data");
    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());
    /** Who keeps these lists on the city's LGSP: Sở Khoa học và Công nghệ (the national lists are the statistics office's). */
    private static final String MAINTAINER = "H24.08";

    @EJB
    CodeLists codeLists;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void load() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('lgsp-reference-data'))").getSingleResult();
        List<String> present = codeLists.lists().stream().map(l -> l.code()).toList();
        if (!present.contains(ADMINISTRATIVE_UNITS)) {
            codeLists.define(LOADER, new CodeListDraft(ADMINISTRATIVE_UNITS, "Danh mục đơn vị hành chính Việt Nam",
                    "Administrative units of Viet Nam", MAINTAINER, "19/2025/QĐ-TTg", LocalDate.of(2025, 7, 1),
                    List.of(new AttributeSpec("level", "integer", true),
                            new AttributeSpec("division_type", "string", true))));
            publish(ADMINISTRATIVE_UNITS, administrativeUnits(), LocalDate.of(2025, 7, 1));
        }
        if (!present.contains(ETHNIC_GROUPS)) {
            codeLists.define(LOADER, new CodeListDraft(ETHNIC_GROUPS, "Danh mục các dân tộc Việt Nam",
                    "Ethnic groups of Viet Nam", MAINTAINER, "121-TCTK/PPCĐ", LocalDate.of(1979, 3, 2), List.of()));
            publish(ETHNIC_GROUPS, resource("/reference/ethnic-groups.csv"), LocalDate.of(1979, 3, 2));
        }
    }

    private void publish(String list, byte[] csv, LocalDate effectiveFrom) {
        int number = codeLists.importDraft(LOADER, list, "csv", csv, effectiveFrom).number();
        codeLists.publish(LOADER, list, number);
        LOG.info(() -> "Reference code list " + list + " published as version " + number);
    }

    /** The statistics office's file, in the import's columns: parent_code, level, division_type. */
    private static byte[] administrativeUnits() {
        StringWriter out = new StringWriter();
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream("/reference/administrative-units-2025.csv");
             CSVPrinter printer = CSVFormat.RFC4180.builder()
                     .setHeader("code", "name", "parent_code", "level", "division_type").get().print(out)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                printer.printRecord(r.get("code"), r.get("name"), r.get("parent_code"), r.get("level"),
                        r.get("division_type"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
