package vn.gov.haiphong.lgsp.demo.provider;

import java.util.concurrent.atomic.AtomicLong;

/** How many calls the demo provider has answered: the tests check that refused exchanges never reach it. */
final class Calls {

    private static final AtomicLong COUNT = new AtomicLong();

    private Calls() {
    }

    static void count() {
        COUNT.incrementAndGet();
    }

    static long total() {
        return COUNT.get();
    }
}
