package vn.gov.haiphong.lgsp.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.registry.control.AgencyCodes;

/**
 * The migrations against a real PostgreSQL, in a database of their own: two "nodes" migrating at
 * once, and the database's text folding and code rule agreeing with their Java twins.
 */
class SchemaMigrationTest {

    private static TestDatabase database;
    private static PGSimpleDataSource db;

    @BeforeAll
    static void createDatabaseAndMigrateFromTwoNodesAtOnce() throws Exception {
        database = TestDatabase.create("lgsp_schema_test");
        db = database.dataSource();

        Callable<MigrateResult> node = () -> Migrations.configure(database.dataSource()).load().migrate();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<MigrateResult> a = pool.submit(node);
            Future<MigrateResult> b = pool.submit(node);
            MigrateResult first = a.get();
            MigrateResult second = b.get();
            assertTrue(first.success && second.success);
            int migrations = countMigrationScripts();
            assertEquals(migrations, first.migrationsExecuted + second.migrationsExecuted,
                    "each migration applied by exactly one node");
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.drop();
    }

    @Test
    void historyHoldsEachVersionOnceAndSuccessful() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT version, count(*), bool_and(success) FROM flyway_schema_history GROUP BY version")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertEquals(1, rs.getInt(2), "version " + rs.getString(1));
                assertTrue(rs.getBoolean(3));
            }
            assertEquals(countMigrationScripts(), rows);
        }
    }

    @Test
    void databaseFoldingEqualsJavaFoldingForEveryUnitNameAndTheAlphabet() throws Exception {
        List<String> texts = new ArrayList<>();
        texts.add("aàáảãạ ăằắẳẵặ âầấẩẫậ đ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ");
        texts.add("AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ Đ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ");
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/reference/administrative-units-2025.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                texts.add(r.get("name"));
            }
        }
        assertTrue(texts.size() > 3000);
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT lgsp_fold(?)")) {
            for (String text : texts) {
                ps.setString(1, text);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(VietnameseText.fold(text), rs.getString(1), text);
                }
            }
        }
    }

    @Test
    void databaseCodeRuleEqualsJavaCodeRule() throws SQLException {
        List<String> samples = List.of("H24", "H24.07", "H24.101", "G01.AB", "h24", "H2", "H24..01", "H24.1",
                "H24.ABCD", "Z01", "H24" + ".01".repeat(8) + ".001".repeat(2), "H24" + ".01".repeat(11));
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO agency (code, name, kind, status, created_at, updated_at)"
                        + " VALUES (?, 'x', 'OTHER', 'ACTIVE', now(), now())")) {
            c.setAutoCommit(false);
            for (String code : samples) {
                ps.setString(1, code);
                boolean accepted;
                try (Statement sp = c.createStatement()) {
                    sp.execute("SAVEPOINT s");
                    try {
                        ps.executeUpdate();
                        accepted = true;
                    } catch (SQLException refused) {
                        accepted = false;
                    }
                    sp.execute("ROLLBACK TO SAVEPOINT s");
                }
                assertEquals(AgencyCodes.isValid(code), accepted, code);
            }
            c.rollback();
        }
        assertFalse(AgencyCodes.isValid("H24" + ".01".repeat(11)));
    }

    private static int countMigrationScripts() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                SchemaMigrationTest.class.getResource("/db/migration").toURI()))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+(_\\d+)*__.*\\.sql")).count();
        }
    }
}
