package vn.gov.haiphong.lgsp.national.sim;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /journal?xroadId=…}: what the simulated instance received — a simulator's window, no real platform's. */
@Path("journal")
public class JournalResource {

    @Inject
    Journal journal;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Journal.Entry> entries(@QueryParam("xroadId") String xroadId) {
        return journal.find(xroadId);
    }
}
