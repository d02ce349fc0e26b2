package vn.gov.haiphong.lgsp.incident.entity;

/**
 * Loại sự cố: a service down or failing (availability), slow (performance), an attack or breach (security), data
 * damaged or wrong (data), the network or a national platform unreachable (connectivity), anything else.
 */
public enum Category {
    AVAILABILITY, PERFORMANCE, SECURITY, DATA, CONNECTIVITY, OTHER
}
