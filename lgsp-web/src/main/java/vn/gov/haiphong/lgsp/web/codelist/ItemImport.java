package vn.gov.haiphong.lgsp.web.codelist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of a JSON draft import, as the OpenAPI document describes it (the import reads the JSON itself, item
 * by item, so that every problem is reported with its item number).
 *
 * @param attributes the list's declared attributes by name
 */
@Schema(name = "ItemImport", description = "Một mục của bản nháp / One item of a draft")
public record ItemImport(@Schema(required = true, example = "31") String code,
                         @Schema(required = true, example = "Thành phố Hải Phòng") String name,
                         String parentCode, LocalDate validFrom, LocalDate validTo, List<String> replacedBy,
                         Map<String, Object> attributes) {
}
