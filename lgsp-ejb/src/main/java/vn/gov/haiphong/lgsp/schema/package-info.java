/**
 * The database schema's life: Flyway migrations from {@code sql/} applied at start-up, before the
 * application serves, and the JPA mapping validated against the result.
 */
package vn.gov.haiphong.lgsp.schema;
