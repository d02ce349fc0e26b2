package vn.gov.haiphong.lgsp.web.edge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String KEPT = "W/\"don-vi-hanh-chinh-v1-1a2b\"";

    @Test
    void weakComparisonMatchesWithOrWithoutTheWeakPrefix() {
        assertTrue(EntityTags.anyMatches(KEPT, KEPT));
        assertTrue(EntityTags.anyMatches("\"don-vi-hanh-chinh-v1-1a2b\"", KEPT));
    }

    @Test
    void anyTagOfAListOrTheWildcardMatches() {
        assertTrue(EntityTags.anyMatches("\"x\", " + KEPT, KEPT));
        assertTrue(EntityTags.anyMatches("*", KEPT));
    }

    @Test
    void anotherVersionDoesNotMatch() {
        assertFalse(EntityTags.anyMatches("W/\"don-vi-hanh-chinh-v2-1a2b\"", KEPT));
        assertFalse(EntityTags.anyMatches("", KEPT));
    }
}
