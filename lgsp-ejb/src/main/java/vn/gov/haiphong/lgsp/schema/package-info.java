/**
 * The database schema's life: Flyway migrations from {@code sql/} applied at start-up, before the
 * application serves, by the migration role, which then grants the application's role its rights; and the JPA
 * mapping validated against the result.
 */
package vn.gov.haiphong.lgsp.schema;
