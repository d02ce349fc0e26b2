package vn.gov.haiphong.lgsp.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;

/** Data-use counts: systems only, per resource and protocol, and not one lost or doubled while being drained. */
class DataUseRecorderTest {

    static final Caller HIS = new Caller("sa-his", "H24.10/his", "H24.10/his", "H24.10", Set.of(Roles.SYSTEM));
    static final Caller OFFICER = new Caller("u-1", "admin-yte", "lgsp-portal", "H24.10", Set.of(Roles.AGENCY_ADMIN));

    private final DataUseRecorder recorder = new DataUseRecorder();

    DataUseRecorderTest() {
        recorder.xroad = new XRoadInstance() {
            @Override
            public String name(vn.gov.haiphong.lgsp.common.id.SystemId system) {
                return "VN/GOV/" + system.agencyCode() + "/" + system.systemCode();
            }
        };
    }

    @Test
    void systemsReadsAreCountedPerResourceAndProtocolOfficersAreNot() {
        recorder.record(HIS, "code-lists/dan-toc", DataUseRecorder.Protocol.REST, 100);
        recorder.record(HIS, "code-lists/dan-toc", DataUseRecorder.Protocol.REST, 50);
        recorder.record(HIS, "code-lists/dan-toc", DataUseRecorder.Protocol.SOAP, 70);
        recorder.record(HIS, null, DataUseRecorder.Protocol.SOAP, 70);
        recorder.record(OFFICER, "agencies", DataUseRecorder.Protocol.REST, 10);
        List<String> drained = recorder.drain().stream().map(u -> u.key().client() + " " + u.key().consumerAgency() + " "
                + u.key().resource() + " " + u.key().protocol() + " " + u.reads() + " " + u.bytes()).sorted().toList();
        assertEquals(List.of("VN/GOV/H24.10/his H24.10 code-lists/dan-toc REST 2 150",
                "VN/GOV/H24.10/his H24.10 code-lists/dan-toc SOAP 1 70"), drained);
        assertEquals(List.of(), recorder.drain(), "drained once");
    }

    @Test
    void theSwitchTurnsCountingOffAndOnOnARunningNode() {
        try {
            System.setProperty(DataUseRecorder.ENABLED, "false");
            recorder.record(HIS, "agencies", DataUseRecorder.Protocol.REST, 5);
            assertEquals(List.of(), recorder.drain(), "not counted while switched off");
            System.setProperty(DataUseRecorder.ENABLED, "true");
            recorder.record(HIS, "agencies", DataUseRecorder.Protocol.REST, 5);
            assertEquals(1, recorder.drain().size(), "counted again once switched on");
        } finally {
            System.clearProperty(DataUseRecorder.ENABLED);
        }
    }

    @Test
    void countsPutBackAreDrainedWithTheNextOnes() {
        recorder.record(HIS, "agencies", DataUseRecorder.Protocol.REST, 5);
        List<DataUseRecorder.Use> failed = recorder.drain();
        recorder.record(HIS, "agencies", DataUseRecorder.Protocol.REST, 5);
        recorder.restore(failed);
        List<DataUseRecorder.Use> next = recorder.drain();
        long reads = next.stream().mapToLong(DataUseRecorder.Use::reads).sum();
        long bytes = next.stream().mapToLong(DataUseRecorder.Use::bytes).sum();
        assertEquals(List.of(2L, 10L), List.of(reads, bytes));
    }

    @Test
    void drainingWhileReadsArriveLosesAndDoublesNothing() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            done.add(readers.submit(() -> {
                for (int i = 0; i < 50_000; i++) {
                    recorder.record(HIS, "code-lists/dan-toc", DataUseRecorder.Protocol.REST, 3);
                }
            }));
        }
        long reads = 0;
        long bytes = 0;
        while (done.stream().anyMatch(f -> !f.isDone())) {
            for (DataUseRecorder.Use u : recorder.drain()) {
                reads += u.reads();
                bytes += u.bytes();
            }
        }
        for (DataUseRecorder.Use u : recorder.drain()) {
            reads += u.reads();
            bytes += u.bytes();
        }
        readers.shutdown();
        readers.awaitTermination(10, TimeUnit.SECONDS);
        assertEquals(200_000, reads);
        assertEquals(600_000, bytes);
    }
}
