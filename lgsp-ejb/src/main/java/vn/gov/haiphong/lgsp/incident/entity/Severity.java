package vn.gov.haiphong.lgsp.incident.entity;

/** Mức độ sự cố. High and critical incidents need a report before they are closed (Quy chế Đ.10.5g). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public boolean isSerious() {
        return this == HIGH || this == CRITICAL;
    }
}
