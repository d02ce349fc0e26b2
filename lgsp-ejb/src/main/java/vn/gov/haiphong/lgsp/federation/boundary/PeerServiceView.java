package vn.gov.haiphong.lgsp.federation.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A peer's service as its catalog listed it: call it at the LGSP's gateway as {@code /r1/{name}{path}}.
 *
 * @param name      {@code NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan}
 * @param type      X-Road's {@code OPENAPI} (REST) or {@code WSDL} (SOAP)
 * @param endpoints {@code METHOD path} as listed
 * @param listed    false when the last fetch no longer listed it (not callable, rights kept)
 */
public record PeerServiceView(String name, String provider, String serviceCode, String type, String title,
                              List<String> endpoints, boolean listed, Instant fetchedAt) {
}
