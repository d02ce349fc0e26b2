-- A national peer's members calling the city's services (Quy chế Đ.6.2; Thông tư 13/2017 Đ.16): the peer's own
-- security server asserts which of its members calls (X-Road-Client NDXP/GOV/BCA/csdl-dan-cu), the LGSP admits the
-- call only with the peer's Keycloak token, and a member may call a city service only with a right here. A right
-- names the city service by its provider system and code, so it covers every version.

CREATE TABLE peer_inbound_right (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instance_code   varchar(64)  NOT NULL REFERENCES peer (instance_code) ON DELETE CASCADE,
    member_class    varchar(16)  NOT NULL,
    member_code     varchar(64)  NOT NULL,
    subsystem_code  varchar(64)  NOT NULL,
    system_id       bigint       NOT NULL REFERENCES information_system (id) ON DELETE CASCADE,
    service_code    varchar(64)  NOT NULL,
    valid_until     timestamptz,
    granted_by      varchar(255) NOT NULL,
    granted_at      timestamptz  NOT NULL,
    CONSTRAINT peer_inbound_right_uk UNIQUE (instance_code, member_class, member_code, subsystem_code, system_id,
                                             service_code)
);

CREATE INDEX peer_inbound_right_system_ix ON peer_inbound_right (system_id);
