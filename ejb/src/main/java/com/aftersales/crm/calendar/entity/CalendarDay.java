package com.aftersales.crm.calendar.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.LocalDate;
import java.util.Objects;
import lombok.Getter;

/**
 * One day of a State Council holiday notice (放假安排): a holiday day off (休), or a weekend day made a working day
 * (调休补班, 班). {@code year} is the notice's year, which may list the last days of the December before.
 */
@Getter
@Entity
public class CalendarDay {

    @Id
    private LocalDate day;

    private int year;

    private boolean offDay;

    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(int year, NoticeDay notice) {
        this.day = Objects.requireNonNull(notice.date());
        this.year = year;
        this.offDay = notice.offDay();
        this.name = notice.name();
    }
}
