package vn.gov.haiphong.lgsp.codelist.boundary;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.haiphong.lgsp.codelist.control.AttributeSpec;
import vn.gov.haiphong.lgsp.codelist.entity.CodeListVersion;

/** What callers see of code lists. */
public final class CodeListViews {

    private CodeListViews() {
    }

    /**
     * A code list's metadata and versions.
     *
     * @param currentVersion the newest published version, or {@code null} before the first
     */
    public record ListView(String code, String nameVi, String nameEn, String ownerAgencyCode, String legalBasisNumber,
                           LocalDate legalBasisDate, List<AttributeSpec> attributes, Integer currentVersion,
                           List<VersionView> versions) {
    }

    public record VersionView(int number, CodeListVersion.Status status, LocalDate effectiveFrom, int itemCount,
                              Instant publishedAt, String publishedBy) {
    }

    /**
     * One item. {@code retired} when it has a {@code validTo} or replacements: it stays readable.
     */
    public record ItemView(String code, String name, String parentCode,
                           @Schema(type = SchemaType.OBJECT, description = "The item's attributes, as the list's schema declares them")
                           JsonValue attributes, LocalDate validFrom,
                           LocalDate validTo, List<String> replacedBy, boolean retired) {
    }

    /** A page of items of one version, in the shape of every listing plus the list and version it is of. */
    public record ItemPage(String list, int version, List<ItemView> items, int page, int size, long totalItems,
                           long totalPages) {

        public ItemPage(String list, int version, List<ItemView> items, int page, int size, long totalItems) {
            this(list, version, items, page, size, totalItems, (totalItems + size - 1) / size);
        }
    }

    public record Rename(String code, String oldName, String newName) {
    }

    /** What a consumer applies to go from version {@code from} to {@code to}. */
    public record Changes(String list, int from, int to, List<ItemView> added, List<String> removed, List<Rename> renamed,
                          List<ItemView> replaced) {
    }
}
