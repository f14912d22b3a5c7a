package com.aftersales.crm.it;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waiting on a condition, never on time: looks again (at growing intervals, up to 200 ms) until the answer satisfies
 * the condition, and fails naming what did not happen once the timeout is over. The one place in the tests that
 * pauses; {@code NoFixedSleepsTest} keeps it so.
 */
public final class Poll {

    private static final long MAX_PAUSE_MILLIS = 200;

    /** The first answer of {@code look} that satisfies {@code done}. */
    public static <T> T until(String what, Duration timeout, Callable<T> look, Predicate<? super T> done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 10;
        T answer = look.call();
        while (!done.test(answer)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + timeout + " (last: " + answer + ")");
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            answer = look.call();
        }
        return answer;
    }

    private Poll() {
    }
}
