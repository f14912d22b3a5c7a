package com.aftersales.crm.calendar.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of a holiday notice: the date, the holiday's name, and whether it is off (休) or a working day (班). */
public record NoticeDay(LocalDate date, String name, boolean offDay) implements Serializable {
}
