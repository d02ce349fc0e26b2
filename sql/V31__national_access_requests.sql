-- Access requests for national services (Quy chế Đ.13.2; Nghị định 47/2020 Đ.35): a city system's need for a service of
-- a national peer is requested like one for a city service. Such a request names the service as the peer's catalog
-- does (NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan), with no foreign key: the request is history and outlives the
-- peer's catalog. There is no provider agency in the city to consent, so the authority decides it directly; approving
-- creates the peer right, linked here until it is revoked or its peer removed.

ALTER TABLE access_request
    ALTER COLUMN service_id DROP NOT NULL,
    ADD COLUMN peer_service  text,
    ADD COLUMN peer_right_id bigint REFERENCES peer_service_right (id) ON DELETE SET NULL,
    ADD CONSTRAINT access_request_service_ck CHECK ((service_id IS NULL) <> (peer_service IS NULL)),
    -- rights to national services are service-wide
    ADD CONSTRAINT access_request_peer_operation_ck CHECK (peer_service IS NULL OR operation_id IS NULL),
    -- only a city service's provider gives consent
    ADD CONSTRAINT access_request_peer_consent_ck CHECK (peer_service IS NULL OR consent_at IS NULL);

-- An approved national request keeps no city access right; its peer right may be revoked later (the link then empties).
ALTER TABLE access_request DROP CONSTRAINT access_request_approved_ck;
ALTER TABLE access_request ADD CONSTRAINT access_request_approved_ck
    CHECK (status <> 'APPROVED' OR access_right_id IS NOT NULL OR peer_service IS NOT NULL);
CREATE INDEX access_request_peer_right_ix ON access_request (peer_right_id) WHERE peer_right_id IS NOT NULL;
