-- National peers (Quy chế Đ.2.3, Đ.6.2; Thông tư 13/2017 Đ.16): other X-Road instances the LGSP is a member of —
-- the national data exchange platform first. A city system's call to a service of another instance is forwarded to
-- that instance's peer under the LGSP's own member identity there; the services a peer lists are kept here so city
-- systems can discover them and be granted rights to them.

CREATE TABLE peer (
    instance_code   varchar(64)  PRIMARY KEY,
    base_url        text         NOT NULL,
    member_class    varchar(16)  NOT NULL,
    member_code     varchar(64)  NOT NULL,
    subsystem_code  varchar(64)  NOT NULL,
    token_url       text         NOT NULL,
    client_id       varchar(255) NOT NULL,
    -- the name of the configuration property holding the client secret: the secret itself never enters the database
    secret_property varchar(255) NOT NULL,
    timeout_ms      integer      NOT NULL,
    enabled         boolean      NOT NULL,
    catalog_fetched_at timestamptz,
    created_by      varchar(255) NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_by      varchar(255) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CONSTRAINT peer_instance_ck CHECK (instance_code ~ '^[A-Za-z0-9-]{1,64}$'),
    CONSTRAINT peer_timeout_ck CHECK (timeout_ms BETWEEN 100 AND 120000)
);

-- A service of a peer, as its listMethods answered when the catalog was last fetched.
CREATE TABLE peer_service (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instance_code   varchar(64)  NOT NULL REFERENCES peer (instance_code) ON DELETE CASCADE,
    member_class    varchar(16)  NOT NULL,
    member_code     varchar(64)  NOT NULL,
    subsystem_code  varchar(64)  NOT NULL,
    service_code    varchar(255) NOT NULL,
    service_type    varchar(16)  NOT NULL,
    title           text,
    endpoints       text         NOT NULL,
    listed          boolean      NOT NULL,
    fetched_at      timestamptz  NOT NULL,
    CONSTRAINT peer_service_uk UNIQUE (instance_code, member_class, member_code, subsystem_code, service_code)
);

-- A city system's right to call a peer's service.
CREATE TABLE peer_service_right (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    peer_service_id bigint       NOT NULL REFERENCES peer_service (id) ON DELETE CASCADE,
    system_id       bigint       NOT NULL REFERENCES information_system (id),
    valid_until     timestamptz,
    granted_by      varchar(255) NOT NULL,
    granted_at      timestamptz  NOT NULL,
    CONSTRAINT peer_service_right_uk UNIQUE (peer_service_id, system_id)
);
