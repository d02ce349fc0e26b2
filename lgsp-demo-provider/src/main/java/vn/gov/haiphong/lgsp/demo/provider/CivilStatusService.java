package vn.gov.haiphong.lgsp.demo.provider;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tra cứu hộ tịch: a legacy SOAP 1.1 service as Sở Tư pháp's system would answer it (made-up data), for
 * the contract {@code ho-tich.wsdl}: {@code traCuuKhaiSinh} and {@code traCuuKetHon}. Written by hand on
 * purpose — many provincial SOAP services are.
 */
@WebServlet("/ho-tich")
public class CivilStatusService extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NS = "http://hotich.stp.haiphong.gov.vn/v1";
    private static final Pattern OPERATION = Pattern.compile("<(?:\\w+:)?(traCuuKhaiSinh|traCuuKetHon)[\\s>/]");
    private static final Pattern NUMBER = Pattern.compile("soDinhDanh>([^<]*)<");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Calls.count();
        String message = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher operation = OPERATION.matcher(message);
        Matcher number = NUMBER.matcher(message);
        String body;
        int status = 200;
        if (!operation.find() || !number.find()) {
            status = 500;
            body = "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Yêu cầu không hợp lệ</faultstring></soap:Fault>";
        } else if (operation.group(1).equals("traCuuKhaiSinh")) {
            body = "<ht:traCuuKhaiSinhResponse xmlns:ht=\"" + NS + "\"><ht:hoTen>Trần Thị Bình</ht:hoTen>"
                    + "<ht:ngaySinh>2019-05-14</ht:ngaySinh><ht:noiDangKy>UBND phường Lê Chân (số định danh "
                    + number.group(1) + ")</ht:noiDangKy></ht:traCuuKhaiSinhResponse>";
        } else {
            body = "<ht:traCuuKetHonResponse xmlns:ht=\"" + NS + "\"><ht:tinhTrang>Chưa đăng ký kết hôn</ht:tinhTrang>"
                    + "</ht:traCuuKetHonResponse>";
        }
        response.setStatus(status);
        response.setContentType("text/xml; charset=UTF-8");
        response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + body
                + "</soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8));
    }
}
