/**
 * Cache coherence across the nodes of a cluster, through the database they share: a change is
 * announced with PostgreSQL {@code NOTIFY} inside the changing transaction (so it is delivered only
 * if, and when, that transaction commits), every node {@code LISTEN}s and drops what it cached.
 * The node that made the change also drops it synchronously after commit, so its very next request
 * sees the change; other nodes see it as soon as the notification arrives (milliseconds). A node that
 * loses its listening connection stops trusting its caches until it listens again.
 */
package vn.gov.haiphong.lgsp.cluster;
