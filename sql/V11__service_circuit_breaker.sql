-- A service's own circuit breaker (ngắt mạch; issue 6: "per-provider timeout and circuit breaker, configured per
-- service"): after circuit_failures consecutive provider failures (unreachable, timeout, 5xx) the gateway refuses
-- calls to the service for circuit_open_seconds, then lets one through to decide. NULL: the platform's defaults
-- (lgsp.gateway.circuit.failures, lgsp.gateway.circuit.open-seconds) — a slow, fragile provider wants a longer
-- rest than a fast one, and a provider that fails one call in a few under load a higher count.
ALTER TABLE service
    ADD COLUMN circuit_failures     integer,
    ADD COLUMN circuit_open_seconds integer,
    ADD CONSTRAINT service_circuit_failures_ck CHECK (circuit_failures BETWEEN 1 AND 1000),
    ADD CONSTRAINT service_circuit_open_seconds_ck CHECK (circuit_open_seconds BETWEEN 1 AND 3600);
COMMENT ON COLUMN service.circuit_failures IS 'Consecutive provider failures that open the circuit; NULL: lgsp.gateway.circuit.failures';
COMMENT ON COLUMN service.circuit_open_seconds IS 'How long an open circuit refuses calls; NULL: lgsp.gateway.circuit.open-seconds';
