package com.aftersales.crm.web.shell;

import com.aftersales.crm.dispatch.entity.CrewMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * Codes as words in the user's language, for the views to share: an enum value or code under a bundle prefix, a
 * policy by its name rather than its key, a crew with the technicians' levels. A code without a label shows as
 * itself rather than as a "???" key, so a missing label is visible but harmless (the bundle tests catch it).
 */
@Named
@ApplicationScoped
public class Labels {

    /** The label of {@code prefix + code} ({@code code} an enum or its name), or the code itself without one. */
    public String of(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> value ? value.name() : code.toString();
        String label = Messages.text(prefix + name);
        return label.equals(prefix + name) ? name : label;
    }

    /** A policy's name in the user's language (the policy administration's labels), or its key without one. */
    public String policy(String key) {
        return key == null ? "" : of("policy.key.", key);
    }

    /** A dispatch order's crew: 张三（高级）、李四（初级）, the levels in the user's language. */
    public String crew(List<CrewMember> crew) {
        if (crew == null || crew.isEmpty()) {
            return "";
        }
        return String.join(Messages.text("labels.listSeparator"), crew.stream()
                .map(m -> Messages.text("labels.crewMember", m.name(), of("technician.level.", m.level()))).toList());
    }
}
