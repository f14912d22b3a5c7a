package com.aftersales.crm.web.shell;

import com.aftersales.crm.shared.Percent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the portal writes times: China Standard Time, to the minute, the same in both languages. */
@Named
@ApplicationScoped
public class Format {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /**
     * A percentage as the portal writes it: one decimal rounded half up (the shared rule), then "%"; nothing without a
     * figure. Faces' number converter rounds half even and was left out for this.
     */
    public String percent(Number percent) {
        return percentTo(percent, 1);
    }

    /** The same to {@code decimals} places (a defect rate shows two, as its rule's message does). */
    public String percentTo(Number percent, int decimals) {
        BigDecimal rounded = Percent.rounded(percent, decimals);
        return rounded == null ? "" : rounded.toPlainString() + "%";
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** An SLA badge as words: the time left on the running clock, how long it is overdue, or met / missed. */
    public String sla(com.aftersales.crm.servicecase.entity.SlaBadge badge) {
        if (badge == null) {
            return "";
        }
        String clock = badge.clock() == null ? "" : Messages.text("case.sla.clock." + badge.clock()) + " ";
        return switch (badge.state()) {
            case RUNNING, OVERDUE -> clock + Messages.text("case.sla." + badge.state().name(), duration(badge.minutes()));
            default -> (badge.state() == com.aftersales.crm.servicecase.entity.SlaBadge.State.NONE ? "" : clock)
                    + Messages.text("case.sla." + badge.state().name());
        };
    }

    /** The PrimeFaces tag severity of a badge. */
    public String slaSeverity(com.aftersales.crm.servicecase.entity.SlaBadge badge) {
        if (badge == null) {
            return "secondary";
        }
        return switch (badge.state()) {
            case OVERDUE, MISSED -> "danger";
            case RUNNING -> "warning";
            case MET -> "success";
            default -> "secondary";
        };
    }

    /** A duration in days, hours and minutes, in the user's language. */
    public String duration(long minutes) {
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return Messages.text("case.duration.days", days, hours);
        }
        return hours > 0 ? Messages.text("case.duration.hours", hours, rest) : Messages.text("case.duration.minutes", rest);
    }
}
