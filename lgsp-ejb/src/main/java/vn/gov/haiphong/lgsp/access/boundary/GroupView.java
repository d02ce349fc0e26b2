package vn.gov.haiphong.lgsp.access.boundary;

import java.util.List;

/** A system group with its members' identifiers. */
public record GroupView(String code, String name, String description, List<String> members) {
}
