package vn.gov.haiphong.lgsp.backup.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.backup.control.BackupLedger;
import vn.gov.haiphong.lgsp.backup.control.BackupLedger.BackupRow;
import vn.gov.haiphong.lgsp.backup.control.BackupRunner;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;

/**
 * Backups asked of the platform (Quy chế Đ.9.7, Đ.10.5c): one at a time in the cluster, run in the background by
 * the node that was asked ({@link BackupRunner}); listed with those a sysadmin made with {@code bin/backup}; their
 * files served from the backup directory, only those the backup's {@code SHA256SUMS} names.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Backups {

    /** The monitor job that takes the scheduled backups. */
    public static final String JOB = "backup";
    static final String ENTITY = "backup";
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("'lgsp-'yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String SUMS = "SHA256SUMS";
    private static final String MANIFEST = "manifest.json";

    @EJB
    BackupLedger ledger;

    @Inject
    BackupRunner runner;

    @EJB
    AdminAuditLog audit;

    @Inject
    Validator validator;

    /** Starts a backup (operator; audited); {@code backup-running} while another runs anywhere in the cluster. */
    public BackupView start(Caller caller, BackupDraft draft) {
        caller.require(Roles.OPERATOR);
        BackupDraft asked = draft == null ? new BackupDraft(null) : draft;
        List<FieldViolation> violations = FieldViolation.of(validator.validate(asked));
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        String why = VietnameseText.clean(asked.purpose());
        BackupView started = claim(why, caller.name());
        audit.record(caller, "POST", ENTITY, started.id(), null, null, Map.of("purpose", why == null ? "" : why));
        return started;
    }

    /** The scheduled backup: started unless one is running (then this slot is skipped). */
    public void startScheduled() {
        try {
            claim("scheduled / theo lịch", "lgsp-platform (schedule)");
        } catch (LgspException e) {
            if (e.code() != ErrorCode.BACKUP_RUNNING) {
                throw e;
            }
        }
    }

    private BackupView claim(String purpose, String by) {
        String id = ID.format(Instant.now());
        BackupRow row = ledger.claim(id, purpose, by, node()).orElseThrow(() -> new LgspException(ErrorCode.BACKUP_RUNNING));
        runner.start(id, purpose, by);
        return view(row, false);
    }

    /** A page of the backups, newest first (operator, auditor). */
    public Page<BackupView> list(Caller caller, PageRequest page) {
        requireReader(caller);
        return new Page<>(ledger.list(page.offset(), page.size()).stream().map(row -> view(row, false)).toList(),
                page.page(), page.size(), ledger.count());
    }

    /** One backup, with its files and manifest (operator, auditor). */
    public BackupView get(Caller caller, String id) {
        requireReader(caller);
        return view(ledger.find(id).orElseThrow(() -> new LgspException(ErrorCode.BACKUP_NOT_FOUND, id)), true);
    }

    /**
     * A file of a completed backup that its {@code SHA256SUMS} names (or the manifest, or the sums themselves). The
     * auditor checks a backup, it does not take one away: it reads the manifest, the sums and the exchange-log
     * checkpoints; the database dump, the server configuration and the realm export (personal data, the systems'
     * client secrets) go to the operator only.
     */
    public Path file(Caller caller, String id, String name) {
        BackupView backup = get(caller, id);
        if (!caller.has(Roles.OPERATOR) && !isEvidence(name)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        boolean listed = MANIFEST.equals(name) || SUMS.equals(name)
                || backup.files().stream().anyMatch(f -> f.name().equals(name));
        if (!backup.available() || !listed) {
            throw new LgspException(ErrorCode.BACKUP_FILE_NOT_FOUND, id, name);
        }
        return Path.of(ledger.find(id).orElseThrow().location()).resolve(name);
    }

    /** What proves a backup without holding its data: the manifest, the sums, the exchange-log chain checkpoints. */
    static boolean isEvidence(String name) {
        return MANIFEST.equals(name) || SUMS.equals(name)
                || (name.startsWith("exchange-log/") && name.endsWith(".checkpoints"));
    }

    private static void requireReader(Caller caller) {
        if (!caller.has(Roles.OPERATOR) && !caller.has(Roles.AUDITOR)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }

    private static BackupView view(BackupRow row, boolean details) {
        Path dir = row.location() == null ? null : Path.of(row.location());
        boolean available = dir != null && Files.isRegularFile(dir.resolve(SUMS));
        List<BackupView.BackupFile> files = new ArrayList<>();
        String manifest = null;
        if (details && available) {
            for (String line : read(dir.resolve(SUMS)).lines().toList()) {
                int space = line.indexOf("  ");
                if (space > 0) {
                    String name = line.substring(space + 2);
                    files.add(new BackupView.BackupFile(name, size(dir.resolve(name)), line.substring(0, space)));
                }
            }
            manifest = read(dir.resolve(MANIFEST));
        }
        return new BackupView(row.id(), row.state(), row.purpose(), row.by(), row.node(), row.startedAt(),
                row.finishedAt(), row.error(), row.databaseBytes(), row.totalBytes(), row.manifestSha256(), available,
                files, manifest);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    static String node() {
        String name = System.getProperty("jboss.node.name", "node");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
