-- Bodies kept for the services that ask for it (service.log_bodies; DESIGN §5 "bodies are not stored unless a
-- service asks for it"): the first lgsp.exchange-log.max-body-bytes of each, in the exchange's own record and
-- its own commit, so that they are as durable as the record and leave with its monthly partition. A body kept
-- shorter than request_bytes / response_bytes was cut; a whole one hashes to request_sha256 / response_sha256,
-- which the record's hash chain covers.
ALTER TABLE exchange_log ADD COLUMN request_body bytea, ADD COLUMN response_body bytea;
COMMENT ON COLUMN exchange_log.request_body IS 'The request body (first lgsp.exchange-log.max-body-bytes) when the service keeps bodies';
COMMENT ON COLUMN exchange_log.response_body IS 'The response body (first lgsp.exchange-log.max-body-bytes) when the service keeps bodies';
