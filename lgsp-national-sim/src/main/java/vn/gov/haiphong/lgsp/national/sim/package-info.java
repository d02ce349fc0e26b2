/**
 * A stand-in for the national data exchange platform (NDXP, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia) for the demo
 * and the tests: an X-Road instance of its own ({@code NDXP} by default) with a token endpoint, two national services
 * with made-up data — the citizen lookup of the national population database over REST (CSDL quốc gia về dân cư) and
 * the business-registry lookup over SOAP (CSDL quốc gia về đăng ký doanh nghiệp) — their failures, the X-Road
 * metadata a peer reads ({@code listClients}, {@code listMethods}), and a journal of what it received, so a test can
 * see an exchange "logged on both sides". It is a simulator, not a national service: nothing here is real data.
 */
package vn.gov.haiphong.lgsp.national.sim;
