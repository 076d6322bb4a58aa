package org.guanai.registry.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Whether the demo data is still being loaded. The application answers HTTP before the demo loader has run (it runs
 * after "Started"); until it is done the readiness probe refuses traffic and the login page says 演示数据加载中
 * instead of refusing the demo accounts, which do not exist yet (docs/operations.md, "Readiness").
 */
@Component
public class DemoLoading {

    private final ApplicationEventPublisher events;
    private volatile boolean loading;

    DemoLoading(ApplicationEventPublisher events, @Value("${registry.demo.enabled:false}") boolean demo) {
        this.events = events;
        this.loading = demo;
    }

    public boolean isLoading() {
        return loading;
    }

    /** The loader starts: the instance refuses traffic until {@link #loaded}. */
    public void loading() {
        loading = true;
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
    }

    /** The demo data is there (loaded now, or found from an earlier start). */
    public void loaded() {
        loading = false;
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
    }
}
