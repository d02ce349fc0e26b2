package vn.gov.haiphong.lgsp.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Messages;
import vn.gov.haiphong.lgsp.common.error.Phrase;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;

class AccessDecidersTest {

    private static final Caller AUTHORITY = caller(Roles.AUTHORITY, "H24.08");
    private static final Caller OPERATOR = caller(Roles.OPERATOR, "H24.08.01");
    private static final Caller PROVIDER = caller(Roles.AGENCY_ADMIN, "H24.03");

    private static Caller caller(String role, String agency) {
        return new Caller("s-" + role, role, "lgsp-portal", agency, Set.of(role));
    }

    @Test
    void byDefaultOnlyTheAuthorityDecides() {
        AccessDeciders deciders = new AccessDeciders(false);
        assertTrue(deciders.mayDecide(AUTHORITY));
        assertFalse(deciders.mayDecide(OPERATOR));
        assertFalse(deciders.mayDecide(PROVIDER));
        LgspException refused = assertThrows(LgspException.class, () -> deciders.require(OPERATOR,
                Phrase.of("step.access.grant"), Phrase.of("state.access.grant")));
        assertEquals(ErrorCode.DECISION_RESERVED, refused.code());
        assertTrue(Messages.detail(Language.EN, refused).startsWith(
                "Only the authority (Department of Science and Technology) may grant an access right; rights are granted"
                        + " through an access request"), Messages.detail(Language.EN, refused));
    }

    @Test
    void theOperatorActsForTheAuthorityWhenConfigured() {
        AccessDeciders deciders = new AccessDeciders(true);
        assertTrue(deciders.mayDecide(AUTHORITY));
        assertTrue(deciders.mayDecide(OPERATOR));
        assertFalse(deciders.mayDecide(PROVIDER));
        LgspException refused = assertThrows(LgspException.class, () -> deciders.require(PROVIDER,
                Phrase.of("step.access.approve"), Phrase.of("state.access.CONSENTED", 7)));
        assertEquals("Chỉ cơ quan quản lý (Sở Khoa học và Công nghệ) hoặc đơn vị vận hành thay mặt cơ quan quản lý được"
                + " phê duyệt đề nghị khai thác; cơ quan cung cấp đã đồng ý với đề nghị số 7; đề nghị đang chờ cơ quan quản"
                + " lý quyết định.", Messages.detail(Language.VI, refused));
    }
}
