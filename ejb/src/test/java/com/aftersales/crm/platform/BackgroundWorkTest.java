package com.aftersales.crm.platform;

import jakarta.interceptor.InvocationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundWorkTest {

    private final BackgroundWork.Gate gate = new BackgroundWork.Gate();

    @AfterEach
    void resume() {
        BackgroundWork.resume();
    }

    @Test
    void aTimeoutRunsUnlessPaused() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        assertThat(gate.timeout(context(calls::incrementAndGet))).isEqualTo(1);
        BackgroundWork.pause(Duration.ofSeconds(1));
        assertThat(gate.timeout(context(calls::incrementAndGet))).isNull();
        assertThat(calls).hasValue(1);
        BackgroundWork.resume();
        gate.timeout(context(calls::incrementAndGet));
        assertThat(calls).hasValue(2);
    }

    @Test
    void pausingWaitsForTheTimeoutsAlreadyRunning() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> timer = pool.submit(() -> gate.timeout(context(() -> {
                inside.countDown();
                release.await();
                return "done";
            })));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> BackgroundWork.pause(Duration.ofMillis(50)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 timer(s) still running");
            Future<?> pausing = pool.submit(() -> {
                BackgroundWork.pause(Duration.ofSeconds(30));
                return null;
            });
            assertThat(pausing.isDone()).isFalse();
            release.countDown();
            pausing.get(30, TimeUnit.SECONDS);
            assertThat(timer.get()).isEqualTo("done");
            assertThat(BackgroundWork.paused()).isTrue();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static InvocationContext context(java.util.concurrent.Callable<Object> body) {
        return new InvocationContext() {
            public Object getTarget() { return null; }
            public Object getTimer() { return null; }
            public Method getMethod() { return null; }
            public java.lang.reflect.Constructor<?> getConstructor() { return null; }
            public Object[] getParameters() { return new Object[0]; }
            public void setParameters(Object[] params) { }
            public Map<String, Object> getContextData() { return Map.of(); }
            public Object proceed() throws Exception { return body.call(); }
        };
    }
}
