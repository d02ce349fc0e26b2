/**
 * Health of the platform as load balancers and operators see it ({@code :9990/health}): checks only,
 * no business logic.
 */
package vn.gov.haiphong.lgsp.monitoring;
