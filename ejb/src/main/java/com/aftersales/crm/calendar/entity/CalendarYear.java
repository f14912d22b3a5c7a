package com.aftersales.crm.calendar.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Objects;
import lombok.Getter;

/** A published year: its notice is in {@link CalendarDay}; who saved it last, and when. */
@Getter
@Entity
public class CalendarYear {

    @Id
    private int year;

    private Instant savedAt;

    private String savedBy;

    protected CalendarYear() {
    }

    public CalendarYear(int year, Instant savedAt, String savedBy) {
        this.year = year;
        this.savedAt = Objects.requireNonNull(savedAt);
        this.savedBy = Objects.requireNonNull(savedBy);
    }

    public void saved(Instant at, String by) {
        this.savedAt = Objects.requireNonNull(at);
        this.savedBy = Objects.requireNonNull(by);
    }
}
