package vn.gov.haiphong.lgsp.gateway.control;

import java.util.Map;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;

/**
 * The X-Road error code (header {@code X-Road-Error}, SOAP faultcode) of each refusal on the gateway
 * path: {@code Server.ClientProxy.*} when the consumer's side is at fault, {@code Server.ServerProxy.*}
 * when the service or its provider is.
 */
public final class XRoadErrors {

    private static final Map<ErrorCode, String> CODES = Map.ofEntries(
            Map.entry(ErrorCode.GATEWAY_INVALID_REQUEST, "Server.ClientProxy.InvalidRequest"),
            Map.entry(ErrorCode.PAYLOAD_TOO_LARGE, "Server.ClientProxy.InvalidRequest"),
            Map.entry(ErrorCode.AUTHENTICATION_REQUIRED, "Server.ClientProxy.AuthenticationFailed"),
            Map.entry(ErrorCode.INVALID_TOKEN, "Server.ClientProxy.AuthenticationFailed"),
            Map.entry(ErrorCode.BASIC_ON_SOAP_ONLY, "Server.ClientProxy.AuthenticationFailed"),
            Map.entry(ErrorCode.CLIENT_MISMATCH, "Server.ClientProxy.InvalidClient"),
            Map.entry(ErrorCode.CLIENT_NOT_CONNECTED, "Server.ClientProxy.ClientNotConnected"),
            Map.entry(ErrorCode.ACCESS_DENIED, "Server.ClientProxy.AccessDenied"),
            Map.entry(ErrorCode.SERVICE_NOT_FOUND, "Server.ServerProxy.UnknownService"),
            Map.entry(ErrorCode.SYSTEM_NOT_FOUND, "Server.ClientProxy.UnknownMember"),
            Map.entry(ErrorCode.NO_ACCESS_RIGHT, "Server.ServerProxy.AccessDenied"),
            Map.entry(ErrorCode.SERVICE_DISABLED, "Server.ServerProxy.ServiceDisabled"),
            Map.entry(ErrorCode.SERVICE_MAINTENANCE, "Server.ServerProxy.ServiceUnderMaintenance"),
            Map.entry(ErrorCode.SERVICE_SUSPENDED, "Server.ServerProxy.ServiceSuspended"),
            Map.entry(ErrorCode.CLIENT_SUSPENDED, "Server.ClientProxy.ClientSuspended"),
            Map.entry(ErrorCode.PROVIDER_SUSPENDED, "Server.ServerProxy.ProviderSuspended"),
            Map.entry(ErrorCode.PROVIDER_NOT_CONNECTED, "Server.ServerProxy.ProviderNotConnected"),
            Map.entry(ErrorCode.SERVICE_FAILED, "Server.ServerProxy.ServiceFailed"),
            Map.entry(ErrorCode.SERVICE_TIMEOUT, "Server.ServerProxy.ServiceTimeout"),
            Map.entry(ErrorCode.SERVICE_CIRCUIT_OPEN, "Server.ServerProxy.ServiceUnavailable"),
            Map.entry(ErrorCode.PEER_REFUSED, "Server.ClientProxy.PeerAuthenticationFailed"),
            Map.entry(ErrorCode.EXCHANGE_LOG_FAILED, "Server.ClientProxy.LogFailed"));

    private XRoadErrors() {
    }

    public static String of(ErrorCode code) {
        return CODES.getOrDefault(code, code.callersFault() ? "Server.ClientProxy.InvalidRequest"
                : "Server.ClientProxy.InternalError");
    }
}
