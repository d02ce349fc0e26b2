package vn.gov.haiphong.lgsp.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TemplatesTest.class.getResourceAsStream("/vn/gov/haiphong/lgsp/notification/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void bothLanguagesHaveEveryTemplate() throws IOException {
        assertEquals(keys("templates.properties"), keys("templates_en.properties"));
    }

    @Test
    void aMessageCarriesVietnameseThenEnglishWithItsArguments() {
        Templates.Message m = Templates.render("INCIDENT_ETA", 12L, "Mất kết nối", "10:00 04/12/2026", "Đang thay thiết bị");
        assertEquals("[LGSP] Sự cố số 12: dự kiến khắc phục lúc 10:00 04/12/2026 / Incident 12: expected fix at "
                + "10:00 04/12/2026", m.subject());
        assertTrue(m.body().indexOf("Sự cố số 12 (Mất kết nối)") < m.body().indexOf("Incident 12 (Mất kết nối)"), m.body());
        assertTrue(m.body().contains("Đang thay thiết bị"));
        assertFalse(m.body().contains("{"), "every argument filled: " + m.body());
        Templates.Message big = Templates.render("INCIDENT_LIFTED", 12345L, "t", "x");
        assertTrue(big.subject().contains("12345"), "ids are not grouped as numbers: " + big.subject());
    }

    @Test
    void timesAreShownInVietnamTime() {
        assertEquals("07:30 04/12/2026", Templates.localTime(Instant.parse("2026-12-04T00:30:00Z")));
    }
}
