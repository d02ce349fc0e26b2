package vn.gov.haiphong.lgsp.cluster;

/**
 * A CDI event: what one node cached about {@code topic} may be stale. {@link #EVERYTHING} when the
 * node cannot know what it missed (listening connection lost or regained).
 */
public record CacheChanged(String topic) {

    public static final String EVERYTHING = "*";
    /** Services, rights, groups and systems: what the access policy caches. */
    public static final String ACCESS = "access";
    /** Code lists, versions and what was answered about them (the edge's cached reads). */
    public static final String CODE_LISTS = "codelist";
    /** National peers, their catalogs and the rights to their services: what the gateway's peer routes cache. */
    public static final String PEERS = "peers";

    public boolean concerns(String cacheTopic) {
        return EVERYTHING.equals(topic) || cacheTopic.equals(topic);
    }
}
