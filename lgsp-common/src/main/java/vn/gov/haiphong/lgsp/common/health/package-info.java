/**
 * Health of the platform as load balancers and operators see it ({@code :9990/health}): checks only,
 * no business logic. In the EAR's lib: WildFly collects an EAR's health checks from the beans its
 * top-level module sees, which are those of lib/, not of the EJB or web modules.
 */
package vn.gov.haiphong.lgsp.common.health;
