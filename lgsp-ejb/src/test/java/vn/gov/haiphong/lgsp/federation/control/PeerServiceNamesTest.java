package vn.gov.haiphong.lgsp.federation.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeerServiceNamesTest {

    @Test
    void aNationalServiceHasFiveParts() {
        assertTrue(PeerServiceNames.isNational("NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan"));
        assertTrue(PeerServiceNames.isNational(" NDXP/GOV/BTC/dang-ky-doanh-nghiep/traCuuDoanhNghiep "), "stripped");
    }

    @Test
    void aCityServiceOrAnythingElseIsNot() {
        assertFalse(PeerServiceNames.isNational("H24.06/dat-dai/tra-cuu-thua-dat/v1"), "a city service: four parts");
        assertFalse(PeerServiceNames.isNational("NDXP/GOV/BCA/csdl-dan-cu"), "a subsystem");
        assertFalse(PeerServiceNames.isNational("NDXP/GOV/BCA/csdl-dan-cu/tra-cuu/v1"), "six parts");
        assertFalse(PeerServiceNames.isNational("NDXP/GOV//csdl-dan-cu/tra-cuu-cong-dan"), "an empty part");
        assertFalse(PeerServiceNames.isNational("NDXP/GOV/BCA/csdl dan cu/tra-cuu-cong-dan"), "a space");
        assertFalse(PeerServiceNames.isNational(null));
    }
}
