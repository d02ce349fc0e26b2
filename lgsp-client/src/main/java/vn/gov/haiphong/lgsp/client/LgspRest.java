package vn.gov.haiphong.lgsp.client;

import java.util.function.Supplier;
import vn.gov.haiphong.lgsp.client.rest.ApiClient;

/**
 * The generated REST client ({@code vn.gov.haiphong.lgsp.client.rest.api.*Api}) set up for the platform: its base
 * address and the {@code Authorization} header of every call, asked anew of the supplier each time (a
 * {@link ClientCredentials} renews the token when needed).
 *
 * <pre>{@code
 * ApiClient lgsp = LgspRest.client("http://localhost:8080", new ClientCredentials(realm, "H24.10/his", secret));
 * Agency agency = new RegistryApi(lgsp).getAgency("H24.10");
 * }</pre>
 */
public final class LgspRest {

    private LgspRest() {
    }

    public static ApiClient client(String base, Supplier<String> authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.replaceAll("/+$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", authorization.get()));
        return client;
    }
}
