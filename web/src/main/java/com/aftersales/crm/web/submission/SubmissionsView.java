package com.aftersales.crm.web.submission;

import com.aftersales.crm.submission.boundary.ArchiveSubmissions;
import com.aftersales.crm.submission.entity.RowProblem;
import com.aftersales.crm.submission.entity.SubmissionRow;
import com.aftersales.crm.submission.entity.WeekCompliance;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * 铺装档案周报送: a provider uploads its week's spreadsheet and follows its submissions (progress while loading, the bad
 * rows, the error report); supervisors see every provider's, the week's compliance, and stop or restart a loading.
 */
@Named
@ViewScoped
public class SubmissionsView implements Serializable {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    transient ArchiveSubmissions submissions;

    @Getter @Setter private LocalDate week;
    @Getter @Setter private LocalDate complianceWeek;
    @Getter @Setter private Long selectedId;
    @Getter private SubmissionRow selected;
    @Getter private PagedRows<SubmissionRow> rows;
    @Getter private PagedRows<RowProblem> problems;

    public void load() {
        LocalDate lastWeek = LocalDate.now(BUSINESS_ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        week = lastWeek;
        complianceWeek = lastWeek;
        rows = new PagedRows<>(() -> submissions.count(),
                (first, max, sortField, ascending) -> submissions.list(first, max), SubmissionRow::id, "submittedAt");
        if (selectedId != null) {
            show(selectedId); // a submission named in the URL that is not there, or not the caller's: 404
        }
    }

    /** The policy's limit, for the browser to refuse a larger file before sending it (the service checks again). */
    public int getMaxMegabytes() {
        return submissions.maxMegabytes();
    }

    public long getMaxBytes() {
        return getMaxMegabytes() * 1024L * 1024L;
    }

    @Refusals(form = "uploadForm", field = "file", label = "submission.field.file")
    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            long id = submissions.submit(event.getFile().getFileName(), content, week);
            Messages.info("submission.received", event.getFile().getFileName());
            select(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Refusals(notFound = "submission.error.notFound")
    public void select(long id) {
        selected = null;
        selectedId = null;
        show(id);
    }

    private void show(long id) {
        selected = submissions.get(id);
        selectedId = id;
        long submissionId = id;
        problems = new PagedRows<>(() -> submissions.problemCount(submissionId),
                (first, max, sortField, ascending) -> submissions.problems(submissionId, first, max), p -> ((long) p.rowNo() << 20) ^ (p.column() + p.reasonKey()).hashCode(), "rowNo");
    }

    /** Polled while the selected submission loads: its progress, and the lists once it is done. */
    public void refresh() {
        if (selectedId != null) {
            selected = submissions.get(selectedId);
        }
    }

    @Refusals
    public void restart() {
        submissions.restart(selectedId);
        Messages.info("submission.restarted");
        refresh();
    }

    @Refusals
    public void stop() {
        submissions.stop(selectedId);
        Messages.info("submission.stopping");
        refresh();
    }

    public List<WeekCompliance> getCompliance() {
        return submissions.week(complianceWeek);
    }

    /** The weeks a provider may submit for: this one and the eight before it, newest first. */
    public List<LocalDate> getWeeks() {
        LocalDate monday = LocalDate.now(BUSINESS_ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            weeks.add(monday.minusWeeks(i));
        }
        return weeks;
    }

    public String weekLabel(LocalDate monday) {
        return Messages.text("submission.weekLabel", monday.toString(), monday.plusDays(6).toString());
    }
}
