package vn.gov.haiphong.lgsp.exchangelog.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The checkpoint files in {@code lgsp.exchange-log.checkpoint-dir}: one per node, {@code <node>.checkpoints}, one
 * line per {@link Checkpoint}, only ever appended to (and flushed to disk) by that node. They are the exchange log's
 * anchor outside the database: an operator backs the directory up with the server's data, an auditor reads it with
 * any text tool, and the verifier reads every file in it — the files of other nodes too, when the directory is
 * shared or their files are copied in.
 */
public final class Checkpoints {

    static final String SUFFIX = ".checkpoints";

    private final Path directory;

    public Checkpoints(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Creates the directory if needed and proves it writable: a node must not log without its anchor. */
    public void open() throws IOException {
        Files.createDirectories(directory);
        if (!Files.isWritable(directory)) {
            throw new IOException("not writable: " + directory);
        }
    }

    public void append(Checkpoint checkpoint) throws IOException {
        Path file = directory.resolve(fileName(checkpoint.node()));
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            out.write(ByteBuffer.wrap((checkpoint.line() + "\n").getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
    }

    /** Everything the directory holds: the checkpoints read, and a description of each line that is not one. */
    public record Contents(List<Checkpoint> checkpoints, List<String> unreadable) {
    }

    public Contents read() throws IOException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return new Contents(checkpoints, unreadable);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).isEmpty()) {
                        continue;
                    }
                    try {
                        checkpoints.add(Checkpoint.parse(lines.get(i)));
                    } catch (RuntimeException e) { // a line cut short by a crash, or written by hand
                        unreadable.add(file.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        return new Contents(checkpoints, unreadable);
    }

    /** The node's file name: its name with anything but letters, digits, '.', '-' and '_' replaced. */
    static String fileName(String node) {
        return node.replaceAll("[^A-Za-z0-9._-]", "_") + SUFFIX;
    }
}
