package vn.gov.haiphong.lgsp.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/** Without its secret the admin client refuses with a problem naming the setting; realm URLs split as Keycloak wants. */
class KeycloakClientsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void withoutASecretConnectingAndCancellingSayWhichSettingIsMissing(String blank) {
        for (Optional<String> secret : new Optional[] {Optional.empty(), Optional.of(blank)}) {
            KeycloakClients clients = new KeycloakClients();
            clients.providerUrl = "http://127.0.0.1:8280/realms/lgsp";
            clients.adminClientId = "lgsp-platform";
            clients.adminClientSecret = secret;
            clients.open();
            LgspException create = assertThrows(LgspException.class, () -> clients.create("H24.10/x", "X", "H24.10"));
            assertEquals(ErrorCode.IDENTITY_ADMIN_NOT_CONFIGURED, create.code());
            assertEquals(AdminSecretCheck.PROPERTY, create.args().get(0));
            LgspException disable = assertThrows(LgspException.class, () -> clients.disable("H24.10/x"));
            assertEquals(ErrorCode.IDENTITY_ADMIN_NOT_CONFIGURED, disable.code());
            clients.close();
        }
    }

    @Test
    void aRealmUrlIsTheServerAndTheRealmName() {
        assertEquals(new KeycloakClients.RealmUrl("http://127.0.0.1:8280", "lgsp"),
                KeycloakClients.RealmUrl.parse("http://127.0.0.1:8280/realms/lgsp"));
        assertEquals(new KeycloakClients.RealmUrl("https://sso.haiphong.gov.vn/auth", "lgsp"),
                KeycloakClients.RealmUrl.parse("https://sso.haiphong.gov.vn/auth/realms/lgsp/"));
        assertThrows(IllegalArgumentException.class, () -> KeycloakClients.RealmUrl.parse("http://127.0.0.1:8280/lgsp"));
        assertThrows(IllegalArgumentException.class,
                () -> KeycloakClients.RealmUrl.parse("http://127.0.0.1:8280/realms/lgsp/protocol"));
    }
}
