package vn.gov.haiphong.lgsp.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(load("messages.properties").keySet(), load("messages_en.properties").keySet());
    }

    @Test
    void everyErrorCodeHasATitleAndDetailInBothLanguages() {
        for (ErrorCode code : ErrorCode.values()) {
            for (Language language : Language.values()) {
                String title = Messages.title(language, code);
                assertNotEquals("error." + code.slug() + ".title", title, code + " " + language);
                String detail = Messages.detail(language, code, "x", "y");
                assertNotEquals("error." + code.slug() + ".detail", detail, code + " " + language);
            }
        }
    }

    @Test
    void textIsChosenByLanguageAndFilledIn() {
        LgspException e = new LgspException(ErrorCode.AGENCY_NOT_FOUND, "H24.99");
        assertEquals("Không có cơ quan, đơn vị nào có mã định danh \"H24.99\".", Messages.detail(Language.VI, e));
        assertEquals("No agency has the identifier code \"H24.99\".", Messages.detail(Language.EN, e));
        assertEquals("Longer than 255 characters.",
                Messages.violation(Language.EN, FieldViolation.of("name", "field.too-long", 255)));
        assertEquals("field.unknown", Messages.text(Language.EN, "field.unknown", List.of()));
    }

    @Test
    void aRefusalNamesWhoMayActAndTheStateInTheCallersLanguage() {
        LgspException e = new LgspException(ErrorCode.DECISION_RESERVED, Phrase.of("who.authority"),
                Phrase.of("step.access.approve"), Phrase.of("state.access.SUBMITTED", 12));
        assertEquals("Chỉ cơ quan quản lý (Sở Khoa học và Công nghệ) được phê duyệt đề nghị khai thác; đề nghị số 12 đang"
                + " chờ ý kiến đồng ý của cơ quan cung cấp.", Messages.detail(Language.VI, e));
        assertEquals("Only the authority (Department of Science and Technology) may approve an access request; request 12"
                + " awaits the provider's consent.", Messages.detail(Language.EN, e));
    }
}
