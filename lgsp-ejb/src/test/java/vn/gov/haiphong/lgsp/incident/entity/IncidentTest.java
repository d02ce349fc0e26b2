package vn.gov.haiphong.lgsp.incident.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

class IncidentTest {

    static Incident incident(Severity severity, boolean dataAffected) {
        return new Incident("t", null, "n", null, severity, Category.OTHER, dataAffected, null, Instant.now(), "op");
    }

    @Test
    void theStateMachineAllowsOnlyItsSteps() {
        assertEquals(EnumSet.of(IncidentState.ISOLATED, IncidentState.DIAGNOSED, IncidentState.ESCALATED),
                IncidentState.DETECTED.next());
        assertEquals(EnumSet.of(IncidentState.CLOSED, IncidentState.DIAGNOSED), IncidentState.RESOLVED.next());
        assertTrue(IncidentState.CLOSED.next().isEmpty());
        for (IncidentState from : IncidentState.values()) {
            assertFalse(from.mayMoveTo(from), from + " to itself");
            assertFalse(from.mayMoveTo(IncidentState.DETECTED), "nothing goes back to DETECTED");
        }
        assertFalse(IncidentState.DETECTED.mayMoveTo(IncidentState.RESOLVED));
        assertFalse(IncidentState.ISOLATED.mayMoveTo(IncidentState.CLOSED));
        assertTrue(IncidentState.ESCALATED.mayMoveTo(IncidentState.RESOLVED));
        assertEquals(List.of(IncidentState.DETECTED, IncidentState.ISOLATED, IncidentState.DIAGNOSED,
                IncidentState.ESCALATED), List.of(IncidentState.values()).stream().filter(IncidentState::isOpen).toList());
    }

    @Test
    void aRefusedStepSaysWhereTheIncidentIsAndWhatItMayDo() {
        Incident incident = incident(Severity.LOW, false);
        LgspException e = assertThrows(LgspException.class, () -> incident.moveTo(IncidentState.CLOSED));
        assertEquals(ErrorCode.INCIDENT_TRANSITION, e.code());
        assertEquals(IncidentState.DETECTED, e.args().get(1));
        assertEquals(IncidentState.DETECTED, incident.getState(), "unchanged");
    }

    @Test
    void dataAffectedIncidentsAreDiagnosedOnlyAfterABackup() {
        Incident incident = incident(Severity.MEDIUM, true);
        assertEquals(ErrorCode.INCIDENT_BACKUP_REQUIRED,
                assertThrows(LgspException.class, () -> incident.moveTo(IncidentState.DIAGNOSED)).code());
        incident.recordBackup("snapshot-7");
        incident.moveTo(IncidentState.DIAGNOSED);
        assertEquals(IncidentState.DIAGNOSED, incident.getState());
        incident(Severity.MEDIUM, false).moveTo(IncidentState.DIAGNOSED); // no data at stake: no backup needed
    }

    @Test
    void seriousIncidentsCloseOnlyWithTheirReportAndAClosedLogIsFinal() {
        Incident incident = incident(Severity.CRITICAL, false);
        incident.moveTo(IncidentState.DIAGNOSED);
        incident.moveTo(IncidentState.RESOLVED);
        assertEquals(ErrorCode.INCIDENT_REPORT_REQUIRED,
                assertThrows(LgspException.class, () -> incident.moveTo(IncidentState.CLOSED)).code());
        incident.report("cause", "impact", "actions", "op");
        incident.moveTo(IncidentState.CLOSED);
        assertEquals(ErrorCode.INCIDENT_CLOSED, assertThrows(LgspException.class, incident::requireOpenLog).code());
        assertEquals(ErrorCode.INCIDENT_CLOSED,
                assertThrows(LgspException.class, () -> incident.moveTo(IncidentState.DIAGNOSED)).code());

        Incident minor = incident(Severity.LOW, false);
        assertFalse(minor.needsReport());
        minor.affect(Set.of(), Set.of(), Set.of());
        minor.moveTo(IncidentState.DIAGNOSED);
        minor.moveTo(IncidentState.RESOLVED);
        minor.moveTo(IncidentState.CLOSED);
    }
}
