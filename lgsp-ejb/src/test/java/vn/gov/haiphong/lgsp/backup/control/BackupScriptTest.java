package vn.gov.haiphong.lgsp.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BackupScriptTest {

    @Test
    void theDatabaseIsReadFromTheJdbcUrl() {
        assertEquals(new BackupScript.Database("10.0.1.20", 5433, "lgsp"),
                BackupScript.Database.parse("jdbc:postgresql://10.0.1.20:5433/lgsp?sslmode=require"));
        assertEquals(new BackupScript.Database("db.example", 5432, "lgsp_it_1"),
                BackupScript.Database.parse("jdbc:postgresql://db.example/lgsp_it_1"));
    }

    @Test
    void anUrlThatNamesNoPostgresqlDatabaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BackupScript.Database.parse("jdbc:h2:mem:x"));
        assertThrows(IllegalArgumentException.class, () -> BackupScript.Database.parse("jdbc:postgresql://host:5432/"));
    }

    @Test
    void theScriptTravelsWithTheModule() throws Exception {
        try (var in = BackupScript.class.getResourceAsStream("backup")) {
            String script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(true, script.startsWith("#!/usr/bin/env bash") && script.contains("pg_dump"), script);
        }
    }
}
