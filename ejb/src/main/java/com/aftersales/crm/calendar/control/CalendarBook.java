package com.aftersales.crm.calendar.control;

import com.aftersales.crm.calendar.entity.CalendarDay;
import com.aftersales.crm.calendar.entity.CalendarYear;
import com.aftersales.crm.calendar.entity.CalendarYearRow;
import com.aftersales.crm.calendar.entity.NoticeDay;
import com.aftersales.crm.calendar.entity.WorkingDays;
import com.aftersales.crm.calendar.entity.YearDays;
import com.aftersales.crm.platform.control.TransactionEnd;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Every statement on {@code calendar_year} and {@code calendar_day}, and the in-memory copy of each calendar year's
 * listed days that the arithmetic counts with: one query per year the first time it is counted into, never one per
 * day. Saving a notice drops the two years it may touch (its own and the December before) once the transaction has
 * committed — and at once, so the saving transaction itself reloads them too; a year read while a save was under way
 * is not kept.
 */
@ApplicationScoped
public class CalendarBook {

    private static final Logger LOG = Logger.getLogger(CalendarBook.class.getName());

    private final Map<Integer, YearDays> cache = new ConcurrentHashMap<>();

    /** Moved on by every save: a year read while a save was committing is used once but not kept. */
    private final AtomicLong generation = new AtomicLong();

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionEnd transactionEnd;

    /** The arithmetic on this book's days. */
    public WorkingDays workingDays() {
        return new WorkingDays(this::year);
    }

    /** The listed days of one calendar year, from the cache (loaded once). */
    public YearDays year(int year) {
        YearDays cached = cache.get(year);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        YearDays loaded = load(year);
        if (generation.get() == before) {
            cache.putIfAbsent(year, loaded);
        }
        return loaded;
    }

    private YearDays load(int year) {
        boolean published = em.find(CalendarYear.class, year) != null;
        Map<LocalDate, Boolean> listed = new HashMap<>();
        for (CalendarDay day : em.createQuery("select d from CalendarDay d where d.day between :first and :last", CalendarDay.class)
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList()) {
            listed.put(day.getDay(), day.isOffDay());
        }
        if (!published) {
            LOG.warning(() -> "Working days: the holiday notice for " + year + " is not in the calendar; deadlines counted"
                    + " into " + year + " skip weekends only until an administrator saves it (/admin/calendar.xhtml)");
        }
        return new YearDays(year, published, listed);
    }

    /** The published years, newest first. */
    public List<CalendarYearRow> years() {
        return em.createQuery("""
                select new com.aftersales.crm.calendar.entity.CalendarYearRow(y.year,
                    (select count(d) from CalendarDay d where d.year = y.year and d.offDay = true),
                    (select count(d) from CalendarDay d where d.year = y.year and d.offDay = false),
                    y.savedAt, y.savedBy)
                from CalendarYear y order by y.year desc""", CalendarYearRow.class).getResultList();
    }

    public boolean published(int year) {
        return em.find(CalendarYear.class, year) != null;
    }

    /** A notice's days in date order (empty when it is not published). */
    public List<NoticeDay> days(int year) {
        return em.createQuery("select new com.aftersales.crm.calendar.entity.NoticeDay(d.day, d.name, d.offDay) "
                + "from CalendarDay d where d.year = :year order by d.day", NoticeDay.class)
                .setParameter("year", year).getResultList();
    }

    /** Which of these dates another year's notice lists already, with that year. */
    public Map<LocalDate, Integer> listedByOtherNotices(int year, List<LocalDate> dates) {
        Map<LocalDate, Integer> taken = new HashMap<>();
        if (dates.isEmpty()) {
            return taken;
        }
        for (CalendarDay day : em.createQuery("select d from CalendarDay d where d.day in :dates and d.year <> :year",
                CalendarDay.class).setParameter("dates", dates).setParameter("year", year).getResultList()) {
            taken.put(day.getDay(), day.getYear());
        }
        return taken;
    }

    /** Replaces the notice of {@code year} with these days. */
    public void replace(int year, List<NoticeDay> days, Instant at, String by) {
        em.createQuery("delete from CalendarDay d where d.year = :year").setParameter("year", year).executeUpdate();
        CalendarYear notice = em.find(CalendarYear.class, year);
        if (notice == null) {
            em.persist(new CalendarYear(year, at, by));
        } else {
            notice.saved(at, by);
        }
        em.flush();
        for (NoticeDay day : days) {
            em.persist(new CalendarDay(year, day));
        }
        em.flush();
        forget(year);
        transactionEnd.afterCommit(() -> forget(year));
        transactionEnd.afterRollback(() -> forget(year));
    }

    private void forget(int year) {
        generation.incrementAndGet();
        cache.remove(year);
        cache.remove(year - 1);
    }
}
