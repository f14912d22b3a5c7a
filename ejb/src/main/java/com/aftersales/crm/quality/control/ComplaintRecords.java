package com.aftersales.crm.quality.control;

import com.aftersales.crm.platform.control.AggregateStore;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.quality.entity.Attachment;
import com.aftersales.crm.quality.entity.AttachmentKind;
import com.aftersales.crm.quality.entity.Attachments;
import com.aftersales.crm.quality.entity.ComplaintHistory;
import com.aftersales.crm.quality.entity.ComplaintHistoryEntry;
import com.aftersales.crm.quality.entity.QualityComplaint;
import jakarta.enterprise.context.Dependent;

import java.util.List;
import java.util.Optional;

/** The quality complaint aggregate's statements: the form, its files and its history. */
@Dependent
public class ComplaintRecords extends AggregateStore<QualityComplaint> {

    public ComplaintRecords() {
        super(QualityComplaint.class, "quality complaint");
    }

    public void addHistory(ComplaintHistory line) {
        em.persist(line);
    }

    /** The form's history, oldest first. */
    public List<ComplaintHistoryEntry> history(long complaintId) {
        return Row.map(em.createNativeQuery("""
                        select occurred_at, actor, action, from_status, to_status, note
                        from quality_complaint_history where complaint_id = ? order by occurred_at, id""")
                .setParameter(1, complaintId).getResultList(),
                r -> new ComplaintHistoryEntry(r.instant(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)));
    }

    /** Stores a new file's record now, so that its id is known. */
    public void addAttachment(Attachment attachment) {
        em.persist(attachment);
        em.flush();
    }

    /** A file's record, removed or not; empty when there is none. */
    public Optional<Attachment> attachment(long attachmentId) {
        return Optional.ofNullable(em.find(Attachment.class, attachmentId));
    }

    /** The form's files still on it, in the order they came. */
    public List<Attachment> liveAttachments(long complaintId) {
        return em.createQuery("select a from Attachment a where a.complaintId = :id and a.removedAt is null order by a.id",
                        Attachment.class)
                .setParameter("id", complaintId).getResultList();
    }

    public long liveFileCount(long complaintId) {
        return Row.of(em.createNativeQuery(
                        "select count(*) from quality_attachment where complaint_id = ? and removed_at is null")
                .setParameter(1, complaintId).getSingleResult()).longValue(0);
    }

    /** How many photos of each kind and proofs the form has, as the completeness rule counts them. */
    public Attachments files(long complaintId) {
        int overall = 0;
        int closeUp = 0;
        int proofs = 0;
        for (Row row : Row.map(em.createNativeQuery("""
                        select kind, count(*) from quality_attachment
                        where complaint_id = ? and removed_at is null group by kind""")
                .setParameter(1, complaintId).getResultList(), r -> r)) {
            int n = row.intValue(1);
            switch (row.enumValue(0, AttachmentKind.class)) {
                case PHOTO_OVERALL -> overall = n;
                case PHOTO_CLOSE_UP -> closeUp = n;
                case PURCHASE_PROOF -> proofs = n;
            }
        }
        return new Attachments(overall, closeUp, proofs);
    }
}
