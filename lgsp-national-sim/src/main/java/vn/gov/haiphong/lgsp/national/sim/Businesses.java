package vn.gov.haiphong.lgsp.national.sim;

import java.util.Map;

/**
 * Tra cứu doanh nghiệp: what the national business registration database would answer about an enterprise by its
 * enterprise code (mã số doanh nghiệp, 10 digits). Made-up enterprises of Hải Phòng. {@value #UNAVAILABLE} finds the
 * database down.
 */
public final class Businesses {

    public static final String UNAVAILABLE = "0200999503";

    /** One enterprise as the registry keeps it. */
    public record Enterprise(String code, String name, String address, String representative, String registered,
                             String status) {
    }

    private static final Map<String, Enterprise> ENTERPRISES = Map.of(
            "0200123456", new Enterprise("0200123456", "Công ty TNHH Cảng biển Đình Vũ",
                    "Phường Hải An, thành phố Hải Phòng", "Lê Văn Cường", "2008-04-15", "Đang hoạt động"),
            "0201654321", new Enterprise("0201654321", "Công ty cổ phần Dệt may Lê Chân",
                    "Phường Lê Chân, thành phố Hải Phòng", "Phạm Thu Hà", "2012-09-03", "Tạm ngừng kinh doanh"));

    private Businesses() {
    }

    /** The enterprise with this code, or the refusal the registry answers. */
    public static Enterprise lookup(String code) {
        if (code == null || !code.matches("\\d{10}(-\\d{3})?")) {
            throw new Refusal(400, "Server.ServerProxy.InvalidRequest", "Mã số doanh nghiệp phải gồm 10 chữ số",
                    "An enterprise code has 10 digits");
        }
        if (UNAVAILABLE.equals(code)) {
            throw new Refusal(503, "Server.ServerProxy.ServiceFailed",
                    "Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp tạm ngừng phục vụ",
                    "The national business registration database is temporarily unavailable");
        }
        Enterprise found = ENTERPRISES.get(code);
        if (found == null) {
            throw new Refusal(500, null, "Không tìm thấy doanh nghiệp có mã số " + code,
                    "No enterprise with code " + code);
        }
        return found;
    }
}
