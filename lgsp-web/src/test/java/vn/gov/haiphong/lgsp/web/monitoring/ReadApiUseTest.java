package vn.gov.haiphong.lgsp.web.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.undertow.server.HttpServerExchange;
import org.junit.jupiter.api.Test;

/** What a read of the REST read API read: the collection, or one code list. */
class ReadApiUseTest {

    private static String resource(String path) {
        HttpServerExchange exchange = new HttpServerExchange(null);
        exchange.setRelativePath(path);
        return ReadApiUse.resource(exchange);
    }

    @Test
    void aCodeListReadNamesTheListOtherReadsTheirCollection() {
        assertEquals("code-lists/dan-toc", resource("/api/v1/code-lists/dan-toc/items"));
        assertEquals("code-lists/dan-toc", resource("/api/v1/code-lists/dan-toc"));
        assertEquals("code-lists", resource("/api/v1/code-lists"));
        assertEquals("code-lists", resource("/api/v1/code-lists/"));
        assertEquals("agencies", resource("/api/v1/agencies/H24.10"));
        assertEquals("systems", resource("/api/v1/systems"));
        assertNull(resource("/api/v1/"));
        assertNull(resource("/admin/v1/agencies"));
    }
}
