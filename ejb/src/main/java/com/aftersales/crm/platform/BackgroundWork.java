package com.aftersales.crm.platform;

import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * The application's timers (the watches, the inbox, the schedules) as one thing that can be paused: a benchmark pauses
 * them while it measures, so that a minute's SLA watch or a roll-up refresh does not land inside a measurement. Every
 * timeout of every bean passes {@link Gate}, bound to all beans in {@code ejb-jar.xml} of each EJB module; a paused
 * timeout is skipped (the next one runs as usual). Nothing in production pauses.
 *
 * <p>State is static: the EJB modules and the web module of the EAR share one class loader for this class.
 */
public final class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
    private static final Object LOCK = new Object();
    private static boolean paused;
    private static int running;

    private BackgroundWork() {
    }

    /** No timeout starts from now on; returns once those already running have ended (or {@code wait} has passed). */
    public static void pause(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (LOCK) {
            paused = true;
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(running + " timer(s) still running after " + wait);
                }
                LOCK.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    public static void resume() {
        synchronized (LOCK) {
            paused = false;
        }
    }

    public static boolean paused() {
        synchronized (LOCK) {
            return paused;
        }
    }

    private static boolean enter() {
        synchronized (LOCK) {
            if (paused) {
                return false;
            }
            running++;
            return true;
        }
    }

    private static void leave() {
        synchronized (LOCK) {
            running--;
            LOCK.notifyAll();
        }
    }

    /** The default interceptor of every bean's timeouts. */
    public static class Gate {

        @AroundTimeout
        public Object timeout(InvocationContext invocation) throws Exception {
            if (!enter()) {
                LOG.fine(() -> "paused: skipped " + invocation.getMethod());
                return null;
            }
            try {
                return invocation.proceed();
            } finally {
                leave();
            }
        }
    }
}
