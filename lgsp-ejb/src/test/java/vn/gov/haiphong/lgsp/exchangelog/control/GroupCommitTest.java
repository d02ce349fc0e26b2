package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void onlyABusyWriterWaitsForMoreRecords() {
        GroupCommit commit = new GroupCommit(2000, 4);
        assertEquals(0, commit.delayNanos(0), "nothing written yet");
        assertEquals(0, commit.delayNanos(1), "an idle gateway: each exchange pays only its own commit");
        assertEquals(0, commit.delayNanos(3));
        assertEquals(2_000_000, commit.delayNanos(4));
        assertEquals(2_000_000, commit.delayNanos(512));
    }

    @Test
    void noDelayOrSingleRecordBatchesNeverWait() {
        assertEquals(0, new GroupCommit(0, 4).delayNanos(100), "switched off");
        // siblings below 2 would make an idle gateway wait after every single record
        assertEquals(0, new GroupCommit(2000, 1).delayNanos(1));
        assertEquals(2_000_000, new GroupCommit(2000, 1).delayNanos(2));
    }
}
