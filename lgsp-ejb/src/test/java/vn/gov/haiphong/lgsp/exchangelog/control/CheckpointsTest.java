package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed checkpoints in their files: written, read back, and a changed or forged one told apart. */
class CheckpointsTest {

    private static final ExchangeChain CHAIN = ExchangeChainTest.CHAIN;
    private static final Instant T = Instant.parse("2026-12-03T01:02:03.456789Z");

    static Checkpoint checkpoint(String node, long seq) {
        return new Checkpoint(node, seq, "a".repeat(64), T, T.plusSeconds(60), null).signedWith(CHAIN);
    }

    @Test
    void aCheckpointIsSignedOverEveryField() {
        Checkpoint c = checkpoint("lgsp-1", 42);
        assertTrue(c.signedBy(CHAIN));
        assertEquals(c, Checkpoint.parse(c.line()));
        for (Checkpoint changed : List.of(
                new Checkpoint("lgsp-2", 42, c.hash(), T, c.writtenAt(), c.signature()),
                new Checkpoint("lgsp-1", 43, c.hash(), T, c.writtenAt(), c.signature()),
                new Checkpoint("lgsp-1", 42, "b".repeat(64), T, c.writtenAt(), c.signature()),
                new Checkpoint("lgsp-1", 42, c.hash(), T.plusSeconds(1), c.writtenAt(), c.signature()),
                new Checkpoint("lgsp-1", 42, c.hash(), T, c.writtenAt().plusSeconds(1), c.signature()))) {
            assertFalse(changed.signedBy(CHAIN), changed.toString());
        }
        ExchangeChain other = new ExchangeChain(ChainKey.of("o".repeat(32).getBytes(StandardCharsets.US_ASCII)));
        assertFalse(c.signedBy(other), "signed under another key");
        assertFalse(new Checkpoint("lgsp-1", 42, c.hash(), T, c.writtenAt(), null).signedBy(CHAIN));
    }

    @Test
    void filesPerNodeAreAppendedToAndReadBackWithBadLinesNamed(@TempDir Path dir) throws Exception {
        Checkpoints store = new Checkpoints(dir.resolve("exchange-log"));
        assertTrue(store.read().checkpoints().isEmpty(), "no directory yet: nothing");
        store.open();
        store.append(checkpoint("lgsp-1", 1));
        store.append(checkpoint("lgsp-1", 7));
        store.append(checkpoint("node/with:odd name", 3));
        Path file = dir.resolve("exchange-log").resolve("lgsp-1.checkpoints");
        assertEquals(2, Files.readAllLines(file).size());
        assertTrue(Files.exists(dir.resolve("exchange-log").resolve("node_with_odd_name.checkpoints")));
        Files.writeString(file, "cut short\t12\n", StandardOpenOption.APPEND);

        Checkpoints.Contents contents = store.read();
        assertEquals(3, contents.checkpoints().size());
        assertTrue(contents.checkpoints().contains(checkpoint("lgsp-1", 7)));
        assertTrue(contents.checkpoints().stream().allMatch(c -> c.signedBy(CHAIN)));
        assertEquals(List.of("lgsp-1.checkpoints:3"), contents.unreadable());
    }
}
