package vn.gov.haiphong.lgsp.web.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which paths the edge hands to the gateway, and which it leaves to the metadata services and JAX-RS. */
class RestExchangeRoutingTest {

    @Test
    void aServiceAddressWithOrWithoutAPathIsAnExchange() {
        assertTrue(RestExchange.isExchange("/r1/VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat"));
        assertTrue(RestExchange.isExchange("/r1/VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat/thua-dat/12/345"));
        assertTrue(RestExchange.isExchange("/r1/VN/GOV/H24.06/dat-dai/echo/"));
    }

    @Test
    void metadataServicesAreNotExchanges() {
        assertFalse(RestExchange.isExchange("/r1/listClients"));
        assertFalse(RestExchange.isExchange("/r1/VN/GOV/H24.06/dat-dai/listMethods"));
        assertFalse(RestExchange.isExchange("/r1/VN/GOV/H24.06/dat-dai/allowedMethods"));
        assertFalse(RestExchange.isExchange("/r1/VN/GOV/H24.06/dat-dai/getOpenAPI"));
        assertFalse(RestExchange.isExchange("/r1/VN/GOV/H24.06/dat-dai/getWsdl"));
        // A path after a metadata name is a call to a service of that code.
        assertTrue(RestExchange.isExchange("/r1/VN/GOV/H24.06/dat-dai/listMethods/x"));
    }

    @Test
    void incompleteAddressesAndOtherPathsAreLeftAlone() {
        assertFalse(RestExchange.isExchange("/r1/VN/GOV/H24.06/dat-dai"));
        assertFalse(RestExchange.isExchange("/r1/VN/GOV//dat-dai/echo"));
        assertFalse(RestExchange.isExchange("/r1"));
        assertFalse(RestExchange.isExchange("/api/v1/code-lists/dan-toc/items"));
    }
}
