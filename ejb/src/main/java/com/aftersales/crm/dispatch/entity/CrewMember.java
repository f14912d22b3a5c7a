package com.aftersales.crm.dispatch.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One technician sent on a dispatch order, with the certificate level (a code the portal names per language). */
public record CrewMember(String name, String level) implements Serializable {

    /** The separators of the aggregated SQL column: level|name, members apart by the unit separator (U+001F). */
    public static List<CrewMember> parse(String aggregated) {
        List<CrewMember> crew = new ArrayList<>();
        if (aggregated == null || aggregated.isEmpty()) {
            return crew;
        }
        for (String member : aggregated.split("\u001f")) {
            int bar = member.indexOf('|');
            crew.add(new CrewMember(member.substring(bar + 1), member.substring(0, bar)));
        }
        return List.copyOf(crew);
    }

    /** The crew as the REST API has always written it: 张三(SENIOR)、李四(JUNIOR). */
    public static String legacyText(List<CrewMember> crew) {
        return crew.isEmpty() ? null : String.join("、", crew.stream().map(m -> m.name() + "(" + m.level() + ")").toList());
    }
}
