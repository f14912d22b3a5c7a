package com.aftersales.crm.calendar.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a State Council holiday notice (放假安排): a holiday day off (休), or a weekend day made a working day
 * (调休补班, 班). {@code year} is the notice's year, which may list the last days of the December before.
 */
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

    public LocalDate getDay() {
        return day;
    }

    public int getYear() {
        return year;
    }

    public boolean isOffDay() {
        return offDay;
    }

    public String getName() {
        return name;
    }
}
