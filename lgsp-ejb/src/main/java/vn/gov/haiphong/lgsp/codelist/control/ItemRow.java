package vn.gov.haiphong.lgsp.codelist.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One item of an import, checked and normalised (NFC names).
 *
 * @param line       where it was in the file (CSV line, or JSON item number)
 * @param replacedBy codes of this version that replace it (after a merger, say)
 * @param attributes the list's declared attributes, typed
 */
public record ItemRow(int line, String code, String name, String parentCode, LocalDate validFrom, LocalDate validTo,
                      List<String> replacedBy, Map<String, Object> attributes) {
}
