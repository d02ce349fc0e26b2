/**
 * National peers (liên thông với nền tảng quốc gia, Quy chế Đ.2.3, Đ.6.2; Thông tư 13/2017 Đ.16): other X-Road
 * instances the LGSP is a member of. A city system's call to a service of another instance is forwarded to that
 * instance's peer under the LGSP's own member identity there, the city system travelling as the represented party;
 * the peer's catalog is fetched ({@code listClients}, {@code listMethods}) and kept so city systems can discover its
 * services and be granted rights to them. The exchange pipeline asks {@code control.PeerRoutes} for the route and
 * the decision, and {@code control.PeerTokens} for the LGSP's token at the peer.
 */
package vn.gov.haiphong.lgsp.federation;
