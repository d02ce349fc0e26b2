package vn.gov.haiphong.lgsp.demo.provider;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Tra cứu thửa đất: what the land information system of Sở Nông nghiệp và Môi trường would answer (made up). */
@Path("dat-dai")
@Produces(MediaType.APPLICATION_JSON)
public class LandParcels {

    @GET
    @Path("thua-dat/{soTo}/{soThua}")
    public Response parcel(@PathParam("soTo") int sheet, @PathParam("soThua") int parcel, @QueryParam("maXa") String commune) {
        Calls.count();
        if (commune == null || commune.isBlank()) {
            return Response.status(400).entity(Json.createObjectBuilder().add("loi", "Thiếu maXa").build()).build();
        }
        return Response.ok(describe(sheet, parcel, commune)).build();
    }

    @GET
    @Path("thua-dat")
    public Response byHolder(@QueryParam("soGiayTo") String document) {
        return Response.ok(Json.createObjectBuilder().add("soGiayTo", String.valueOf(document))
                .add("thuaDat", Json.createArrayBuilder().add(describe(12, 345, "11311"))).build()).build();
    }

    @POST
    @Path("bien-dong")
    public Response change(String body) {
        return Response.accepted(Json.createObjectBuilder().add("maHoSo", "BD-" + Integer.toHexString(body.hashCode()))
                .add("trangThai", "Đã tiếp nhận").build()).build();
    }

    private static JsonObject describe(int sheet, int parcel, String commune) {
        return Json.createObjectBuilder().add("soTo", sheet).add("soThua", parcel).add("maXa", commune)
                .add("dienTich", 120.5 + sheet + parcel % 100).add("mucDichSuDung", "ODT")
                .add("chuSuDung", "Nguyễn Văn An").add("diaChi", "Phường Hồng Bàng, thành phố Hải Phòng").build();
    }
}
