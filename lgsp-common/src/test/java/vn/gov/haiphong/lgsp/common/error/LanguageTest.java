package vn.gov.haiphong.lgsp.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "NULL, VI",
        "'', VI",
        "vi, VI",
        "vi-VN, VI",
        "en, EN",
        "en-US;q=0.9, EN",
        "'fr, en;q=0.5', EN",
        "'en;q=0.5, vi;q=0.8', VI",
        "fr, VI",
        "'*', VI",
        "';;;garbage', VI"
    })
    void picksThePreferredSupportedLanguage(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }
}
