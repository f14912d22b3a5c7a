package com.aftersales.crm.web.casestudy;

import com.aftersales.crm.casestudy.boundary.CaseStudies;
import com.aftersales.crm.casestudy.boundary.CaseStudyDraft;
import com.aftersales.crm.casestudy.entity.CaseStudyRow;
import com.aftersales.crm.casestudy.entity.ComplianceRow;
import com.aftersales.crm.casestudy.entity.NoticeRow;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * 服务案例 for both sides: the provider submits this month's (or last month's) typical case and sees its months,
 * deductions and any suspension notice; a supervisor judges cases, closes a month and lifts a suspension.
 */
@Named
@ViewScoped
public class CaseStudyView implements Serializable {

    @Inject
    CaseStudies studies;

    @Getter private CaseStudyDraft draft = new CaseStudyDraft();
    @Getter @Setter private String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    @Getter @Setter private String closeMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
    /** The judgement being written, or null while the supervisor is not judging a case. */
    @Getter private JudgementForm judgement;
    @Getter private Shown shown;

    public void load() {
        shown = new Shown(studies.list(0, 100), studies.compliance(100), studies.notices());
    }

    @Refusals(form = "submit", labels = "caseStudy.field.")
    public void submit() {
        draft.setMonth(YearMonth.parse(month));
        studies.submit(draft);
        Messages.info("caseStudy.submitted");
        draft = new CaseStudyDraft();
        load();
    }

    /** An attachment uploaded on a case's row (the row's case id travels as the uploader's attribute). */
    public void attach(org.primefaces.event.FileUploadEvent event) {
        long studyId = ((Number) event.getComponent().getAttributes().get("studyId")).longValue();
        try (java.io.InputStream content = event.getFile().getInputStream()) {
            studies.attach(studyId, event.getFile().getFileName(), content);
            Messages.info("caseStudy.attached", event.getFile().getFileName());
            load();
        } catch (InvalidInput invalid) {
            // the service refuses the file; the page names the size limit
            Messages.error(invalid.messageKey(), studies.maxFileBytes() / (1024 * 1024));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public long getMaxFileBytes() {
        return studies.maxFileBytes();
    }

    public void startJudge(long id) {
        judgement = new JudgementForm(id);
    }

    @Refusals(form = "cases", field = "reason", label = "caseStudy.field.reason", concurrent = "caseStudy.error.judged", illegal = "caseStudy.error.judged")
    public void judge() {
        studies.judgeWorthless(judgement.caseStudyId(), judgement.getReason());
        Messages.info("caseStudy.judged");
        load();
    }

    @Refusals(form = "close", field = "closeMonth", label = "caseStudy.field.month")
    public void close() {
        long execution = studies.closeMonth(YearMonth.parse(closeMonth));
        Messages.info("caseStudy.closing", closeMonth, execution);
    }

    @Refusals
    public void lift(long noticeId) {
        studies.lift(noticeId);
        Messages.info("caseStudy.lifted");
        load();
    }

    /** The months a provider may submit for: this one and the last. */
    public List<String> getMonths() {
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        return List.of(now.toString(), now.minusMonths(1).toString());
    }

    /** What the page lists, read together: the cases submitted, each provider's compliance, the notices in force. */
    public record Shown(List<CaseStudyRow> rows, List<ComplianceRow> compliance, List<NoticeRow> notices)
            implements Serializable {
    }
}
