-- Mutual TLS to a national peer (Thông tư 13/2017 Đ.16): the LGSP may authenticate at a peer with a client certificate
-- from a key store, instead of or besides the bearer token of the client credentials grant. Only where the key store
-- and the peer's truststore are, and the names of the configuration properties holding their passwords, are kept
-- here: no password enters the database.

ALTER TABLE peer
    ALTER COLUMN token_url DROP NOT NULL,
    ALTER COLUMN client_id DROP NOT NULL,
    ALTER COLUMN secret_property DROP NOT NULL,
    ADD COLUMN keystore_path text,
    ADD COLUMN keystore_password_property varchar(255),
    ADD COLUMN truststore_path text,
    ADD COLUMN truststore_password_property varchar(255),
    -- a token needs all three of its settings; a peer is reached with a token, a certificate, or both
    ADD CONSTRAINT peer_token_ck CHECK ((token_url IS NULL) = (client_id IS NULL)
        AND (token_url IS NULL) = (secret_property IS NULL)),
    ADD CONSTRAINT peer_authentication_ck CHECK (token_url IS NOT NULL OR keystore_path IS NOT NULL),
    ADD CONSTRAINT peer_keystore_ck CHECK ((keystore_path IS NULL) = (keystore_password_property IS NULL)),
    ADD CONSTRAINT peer_truststore_ck CHECK (truststore_password_property IS NULL OR truststore_path IS NOT NULL);
