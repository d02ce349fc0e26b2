package vn.gov.haiphong.lgsp.national.sim;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * Tra cứu công dân: what the national population database would answer about a citizen by personal identification
 * number (số định danh cá nhân, 12 digits). Made-up people living in Hải Phòng's wards after the July 2025 reform.
 * Some numbers fail on purpose, as the real database does: {@value #NOT_FOUND} is unknown, {@value #UNAVAILABLE} finds
 * the database down, {@value #SLOW} answers only after {@code national.sim.slow-millis}. A citizen not found is the
 * service's own answer (a 404 problem, no {@code X-Road-Error}); a database down is the platform's
 * ({@code Server.ServerProxy.ServiceFailed}).
 */
public final class Citizens {

    public static final String NOT_FOUND = "031099000404";
    public static final String UNAVAILABLE = "031099000503";
    public static final String SLOW = "031099000504";

    private static final Map<String, JsonObject> PEOPLE = Map.of(
            "031085001234", person("031085001234", "Nguyễn Văn An", "1985-03-12", "Nam", "Kinh",
                    "Phường Hồng Bàng, thành phố Hải Phòng", "11311"),
            "031190004567", person("031190004567", "Trần Thị Bình", "1990-11-02", "Nữ", "Kinh",
                    "Phường Lê Chân, thành phố Hải Phòng", "11383"),
            "031201007890", person("031201007890", "Hoàng Minh Đức", "2001-07-27", "Nam", "Tày",
                    "Phường Thủy Nguyên, thành phố Hải Phòng", "11560"));

    private Citizens() {
    }

    /** The citizen with this number, or the refusal the national database answers. */
    public static JsonObject lookup(String number, long slowMillis) {
        if (number == null || !number.matches("\\d{12}")) {
            throw new Refusal(400, "Server.ServerProxy.InvalidRequest", "Số định danh cá nhân phải gồm 12 chữ số",
                    "A personal identification number has 12 digits");
        }
        if (UNAVAILABLE.equals(number)) {
            throw new Refusal(503, "Server.ServerProxy.ServiceFailed", "Cơ sở dữ liệu quốc gia về dân cư tạm ngừng phục vụ",
                    "The national population database is temporarily unavailable");
        }
        if (SLOW.equals(number)) {
            try {
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        JsonObject person = PEOPLE.get(number);
        if (person == null && !SLOW.equals(number)) {
            throw new Refusal(404, null, "Không tìm thấy công dân có số định danh " + number,
                    "No citizen with identification number " + number);
        }
        return person != null ? person : person(number, "Phạm Thị Chậm", "1970-01-01", "Nữ", "Kinh",
                "Phường Kiến An, thành phố Hải Phòng", "11443");
    }

    private static JsonObject person(String number, String name, String born, String sex, String ethnicity,
                                     String residence, String communeCode) {
        return Json.createObjectBuilder().add("soDinhDanh", number).add("hoVaTen", name).add("ngaySinh", born)
                .add("gioiTinh", sex).add("danToc", ethnicity).add("quocTich", "Việt Nam")
                .add("noiThuongTru", Json.createObjectBuilder().add("diaChi", residence).add("maXa", communeCode)
                        .add("maTinh", "31"))
                .add("trangThai", "Còn sống").build();
    }
}
