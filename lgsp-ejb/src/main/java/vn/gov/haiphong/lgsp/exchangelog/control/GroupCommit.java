package vn.gov.haiphong.lgsp.exchangelog.control;

/**
 * When the exchange-log writer waits before it takes its next batch — group commit under load, as PostgreSQL's
 * {@code commit_delay} / {@code commit_siblings}: only after a batch of at least {@code siblings} records (a
 * busy gateway), and then for {@code delayMicros}, so that more records share one commit and one WAL flush.
 * Every commit's flush costs the database CPU and an I/O whatever the batch holds; a busy gateway thus pays
 * a little latency for far fewer of them. An idle gateway (batches of one or a few) never waits: its
 * exchanges pay only their own commit.
 */
public record GroupCommit(long delayMicros, int siblings) {

    /** How long to wait after a batch of {@code lastBatch} records; 0: take the next one at once. */
    public long delayNanos(int lastBatch) {
        return delayMicros > 0 && lastBatch >= Math.max(2, siblings) ? delayMicros * 1000 : 0;
    }
}
