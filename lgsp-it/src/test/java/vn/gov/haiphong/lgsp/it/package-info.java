/**
 * Black-box and in-container integration tests against the real EAR on a managed WildFly with a
 * fresh PostgreSQL database per run. Names ending in IT run in Maven's integration-test phase.
 */
package vn.gov.haiphong.lgsp.it;
