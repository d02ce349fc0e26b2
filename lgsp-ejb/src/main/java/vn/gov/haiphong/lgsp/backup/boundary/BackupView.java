package vn.gov.haiphong.lgsp.backup.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A backup (bản sao lưu): RUNNING, DONE (recorded in table {@code backup}: an incident may name it) or FAILED (with
 * why). {@code files} are those a DONE backup still holds (empty once retention removed them, or when they are on
 * another node's disk), each with its size and SHA-256; {@code manifest} is its {@code manifest.json} as JSON text.
 */
public record BackupView(String id, String state, String purpose, String takenBy, String node, Instant startedAt,
                         Instant finishedAt, String error, Long databaseBytes, Long totalBytes, String manifestSha256,
                         boolean available, List<BackupFile> files, String manifest) {

    /** One file of a backup: its path inside the backup, its size and its SHA-256 (from {@code SHA256SUMS}). */
    public record BackupFile(String name, long bytes, String sha256) {
    }
}
