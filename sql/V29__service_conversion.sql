-- Chuyển đổi giao thức (Thông tư 13/2017 Đ.17): a service published in the style its provider does not speak — a REST
-- service as SOAP operations, a SOAP service as REST resources. The mapping itself follows from the service's stored
-- contract (operation names, schemas); only the declared style is kept here.

CREATE TABLE service_conversion (
    service_id  bigint       PRIMARY KEY REFERENCES service (id) ON DELETE CASCADE,
    style       varchar(16)  NOT NULL,
    declared_by varchar(255) NOT NULL,
    declared_at timestamptz  NOT NULL,
    CONSTRAINT service_conversion_style_ck CHECK (style IN ('REST_AS_SOAP', 'SOAP_AS_REST'))
);
