package com.aftersales.crm.it.service;

import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.policy.boundary.PolicyAdministration;
import com.aftersales.crm.policy.boundary.PolicyDraft;
import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.quality.boundary.AttachmentInfo;
import com.aftersales.crm.quality.boundary.ComplaintDetail;
import com.aftersales.crm.quality.boundary.ComplaintDraft;
import com.aftersales.crm.quality.entity.ComplaintFilter;
import com.aftersales.crm.quality.entity.ComplaintRow;
import com.aftersales.crm.shared.FileDownload;
import com.aftersales.crm.quality.boundary.QualityComplaints;
import com.aftersales.crm.quality.entity.AnswerBadge;
import com.aftersales.crm.quality.entity.AttachmentKind;
import com.aftersales.crm.quality.entity.ComplaintStatus;
import com.aftersales.crm.quality.entity.IncompleteForm;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quality complaint forms, their files and the company's answer, in the real server on the real database. */
@ExtendWith(ArquillianExtension.class)
class QualityComplaintsIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(QualityComplaintsIT.class.getPackage());
    }

    @Inject
    QualityComplaints complaints;

    @Inject
    PolicyAdministration policies;

    @Inject
    Sql sql;

    private long number(String query, Object... parameters) {
        return ((Number) sql.value(query, parameters)).longValue();
    }

    private long dealerId(String code) {
        return number("select id from dealer where code = ?", code);
    }

    private static UserPrincipal dealer(long dealerId) {
        return new UserPrincipal(-2, "test-dealer-" + dealerId, "经销商", Set.of(Role.DEALER), dealerId, null, "zh_CN");
    }

    private static UserPrincipal supervisor() {
        return new UserPrincipal(-4, "supervisor", "客服经理", Set.of(Role.SUPERVISOR), null, null, "zh_CN");
    }

    /** A customer of the dealer with an installation, and that installation. */
    private long[] customerWithInstallation(long dealerId) {
        Object[] row = sql.rows("""
                select c.id, i.id from customer c join installation_archive i on i.customer_id = c.id
                where c.dealer_id = ? and c.merged_into_id is null order by c.id limit 1""", dealerId).get(0);
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private long product(String code) {
        return number("select id from product where code = ?", code);
    }

    private ComplaintDraft complete(long customerId, long installationId, String productCode) {
        ComplaintDraft draft = new ComplaintDraft();
        draft.setCustomerId(customerId);
        draft.setInstallationId(installationId);
        draft.setProductId(product(productCode));
        draft.setQuantityM2(new BigDecimal("56.5"));
        draft.setUnitPrice(new BigDecimal("298"));
        draft.setInstallationMethod("FLOATING");
        draft.setInstalledOn(LocalDate.now().minusMonths(5));
        draft.setMovedInOn(LocalDate.now().minusMonths(4));
        draft.setProblemFoundOn(LocalDate.now().minusDays(2));
        draft.setPhenomenon("客厅多块地板板面开裂");
        draft.setAffectedM2(new BigDecimal("6"));
        draft.setCauseAnalysis("表板含水率偏高，干燥收缩开裂");
        draft.setProposedHandling("更换开裂地板6平方米");
        draft.setRegionalOpinion("同意更换，属产品质量问题");
        return draft;
    }

    private void attachEvidence(UserPrincipal who, long complaintId) throws Exception {
        RunAs.user(who, () -> {
            complaints.attach(complaintId, AttachmentKind.PHOTO_OVERALL, "客厅全景.jpg", new ByteArrayInputStream(JPEG));
            complaints.attach(complaintId, AttachmentKind.PHOTO_OVERALL, "餐厅全景.png", new ByteArrayInputStream(PNG));
            for (int i = 1; i <= 3; i++) {
                complaints.attach(complaintId, AttachmentKind.PHOTO_CLOSE_UP, "开裂特写" + i + ".jpg", new ByteArrayInputStream(JPEG));
            }
            complaints.attach(complaintId, AttachmentKind.PURCHASE_PROOF, "发票.pdf",
                    new ByteArrayInputStream("%PDF-1.4\n%fake invoice\n".getBytes(StandardCharsets.US_ASCII)));
            return null;
        });
    }

    private long submittedComplaint(long dealerId, String productCode) throws Exception {
        long[] customer = customerWithInstallation(dealerId);
        UserPrincipal who = dealer(dealerId);
        long id = RunAs.user(who, () -> complaints.create(complete(customer[0], customer[1], productCode)));
        attachEvidence(who, id);
        RunAs.user(who, () -> {
            complaints.submit(id);
            return null;
        });
        return id;
    }

    @Test
    void anIncompleteQualityFormNamesEveryMissingItem() throws Exception {
        long bj = dealerId("D-BJ-001");
        long[] customer = customerWithInstallation(bj);
        ComplaintDraft partial = new ComplaintDraft();
        partial.setCustomerId(customer[0]);
        partial.setProductId(product("BZB-XZMD-910"));
        partial.setPhenomenon("地板起拱");
        long id = RunAs.user(dealer(bj), () -> complaints.create(partial));
        RunAs.user(dealer(bj), () -> complaints.attach(id, AttachmentKind.PHOTO_CLOSE_UP, "特写.jpg", new ByteArrayInputStream(JPEG)));

        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> {
            complaints.submit(id);
            return null;
        })).isInstanceOfSatisfying(IncompleteForm.class, e -> {
            assertThat(e.missing()).containsExactly("quantityM2", "unitPrice", "installationMethod", "installedOn",
                    "movedInOn", "problemFoundOn", "affectedM2", "causeAnalysis", "photos", "photosOverall",
                    "purchaseProof", "proposedHandling", "regionalOpinion");
            assertThat(e.minPhotos()).isEqualTo(5);
        });
        ComplaintDetail detail = RunAs.user(dealer(bj), () -> complaints.detail(id));
        assertThat(detail.status()).isEqualTo("DRAFT");
        assertThat(detail.missing()).contains("photos", "regionalOpinion").doesNotContain("productId", "phenomenon");
    }

    @Test
    void theAnswerIsDueTheHoursOfThePolicyInForceWhenTheFormIsSubmitted() throws Exception {
        long bj = dealerId("D-BJ-001");
        long id = submittedComplaint(bj, "BZB-XZMD-910");

        ComplaintDetail detail = RunAs.user(dealer(bj), () -> complaints.detail(id));

        assertThat(detail.status()).isEqualTo("SUBMITTED");
        assertThat(Duration.between(detail.submittedAt(), detail.answerDue())).isEqualTo(Duration.ofHours(24));
        assertThat(sql.value("select policy_key from policy_value where id = ?", detail.answerPolicyId()))
                .isEqualTo("quality-complaint.answer-hours");
        assertThat(sql.value("select policy_key from policy_value where id = ?", detail.minPhotosPolicyId()))
                .isEqualTo("quality-complaint.min-photos");
        assertThat(detail.badge().state()).isEqualTo(AnswerBadge.State.RUNNING);
        assertThat(detail.attachments()).hasSize(6);

        PolicyDraft faster = new PolicyDraft();
        faster.setKey("quality-complaint.answer-hours");
        faster.setBrand("生活家");
        faster.setProductLine("强化");
        faster.setValue("12");
        faster.setUnit(PolicyValue.Unit.HOURS);
        faster.setNote("强化复合地板12小时内批复");
        long versionId = RunAs.role(Role.ADMIN, () -> policies.addVersion(faster));
        long laminate = submittedComplaint(bj, "QH-BY-1218");
        ComplaintDetail fast = RunAs.user(dealer(bj), () -> complaints.detail(laminate));

        assertThat(Duration.between(fast.submittedAt(), fast.answerDue())).isEqualTo(Duration.ofHours(12));
        assertThat(fast.answerPolicyId()).isEqualTo(versionId);
        assertThat(RunAs.user(dealer(bj), () -> complaints.detail(id)).answerDue()).as("earlier forms keep theirs")
                .isEqualTo(detail.answerDue());
    }

    @Test
    void anOverdueComplaintShowsAsOverdueInTheSupervisorsQueue() throws Exception {
        long id = submittedComplaint(dealerId("D-SH-001"), "BZB-XM-910");
        sql.update("update quality_complaint set answer_due = now() - interval '2 hours' where id = ?", id);
        ComplaintFilter overdue = new ComplaintFilter();
        overdue.setOverdueOnly(true);

        List<ComplaintRow> rows = RunAs.user(supervisor(), () -> complaints.list(overdue, 0, 200, "answerDue", true));

        assertThat(rows).extracting(ComplaintRow::id).contains(id);
        ComplaintRow row = rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(row.badge().state()).isEqualTo(AnswerBadge.State.OVERDUE);
        assertThat(row.badge().minutes()).isBetween(119L, 121L);
    }

    @Test
    void theSupervisorAnswersWithTheHandlingAndAReasonAndTheCustomersTimelineShowsIt() throws Exception {
        long bj = dealerId("D-BJ-001");
        long id = submittedComplaint(bj, "BZB-XZMD-910");

        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> {
            complaints.answer(id, "自己批复", "经销商");
            return null;
        })).isInstanceOf(AccessDenied.class);
        RunAs.user(supervisor(), () -> {
            complaints.answer(id, "更换开裂地板6平方米，材料由公司承担", "照片显示表板开裂，属产品质量问题");
            return null;
        });

        ComplaintDetail answered = RunAs.user(dealer(bj), () -> complaints.detail(id));
        assertThat(answered.status()).isEqualTo("ANSWERED");
        assertThat(answered.answeredBy()).isEqualTo("supervisor");
        assertThat(answered.answerReason()).isEqualTo("照片显示表板开裂，属产品质量问题");
        assertThat(answered.badge().state()).isEqualTo(AnswerBadge.State.MET);
        assertThat(RunAs.user(dealer(bj), () -> complaints.history(id))).extracting(h -> h.action())
                .containsSubsequence("CREATED", "FILE_ADDED", "SUBMITTED", "ANSWERED");
        assertThat(sql.rows("select kind from customer_event where ref_type = 'QUALITY_COMPLAINT' and ref_id = ? order by id", id))
                .extracting(r -> r[0]).containsExactly("QUALITY_CREATED", "QUALITY_SUBMITTED", "QUALITY_ANSWERED");
        assertThatThrownBy(() -> RunAs.user(supervisor(), () -> {
            complaints.answer(id, "再答一次", "重复");
            return null;
        })).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aSubmittedFormNoLongerChanges() throws Exception {
        long bj = dealerId("D-BJ-001");
        long id = submittedComplaint(bj, "BZB-XZMD-910");

        assertThatThrownBy(() -> RunAs.user(dealer(bj), () ->
                complaints.attach(id, AttachmentKind.PHOTO_CLOSE_UP, "补充.jpg", new ByteArrayInputStream(JPEG))))
                .isInstanceOf(IllegalTransition.class);
        ComplaintDraft draft = RunAs.user(dealer(bj), () -> complaints.draftOf(id));
        draft.setPhenomenon("改写");
        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> {
            complaints.update(id, draft);
            return null;
        })).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void dealerCannotReadOrChangeAnotherDealersComplaintOrItsPhotos() throws Exception {
        long bj = dealerId("D-BJ-001");
        long sh = dealerId("D-SH-001");
        long[] customer = customerWithInstallation(bj);
        long id = RunAs.user(dealer(bj), () -> complaints.create(complete(customer[0], customer[1], "BZB-XZMD-910")));
        AttachmentInfo photo = RunAs.user(dealer(bj), () ->
                complaints.attach(id, AttachmentKind.PHOTO_OVERALL, "全景.jpg", new ByteArrayInputStream(JPEG)));
        UserPrincipal other = dealer(sh);

        assertThatThrownBy(() -> RunAs.user(other, () -> complaints.detail(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(other, () -> complaints.history(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(other, () -> complaints.draftOf(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(other, () -> complaints.download(photo.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(other, () ->
                complaints.attach(id, AttachmentKind.PHOTO_OVERALL, "x.jpg", new ByteArrayInputStream(JPEG))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(other, () -> {
            complaints.detach(id, photo.id());
            return null;
        })).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(other, () -> {
            complaints.submit(id);
            return null;
        })).isInstanceOf(NotFound.class);
        ComplaintDraft hijack = complete(customer[0], customer[1], "BZB-XZMD-910");
        assertThatThrownBy(() -> RunAs.user(other, () -> {
            complaints.update(id, hijack);
            return null;
        })).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(other, () -> complaints.create(hijack))).as("nor file for its customer")
                .isInstanceOf(NotFound.class);
        assertThat(RunAs.user(other, () -> complaints.list(new ComplaintFilter(), 0, 200, null, false)))
                .extracting(ComplaintRow::id).doesNotContain(id);
        assertThat(RunAs.user(dealer(bj), () -> complaints.list(new ComplaintFilter(), 0, 200, null, false)))
                .extracting(ComplaintRow::id).contains(id);
        assertThat(sql.count("select count(*) from quality_attachment where complaint_id = ? and removed_at is null", id))
                .isEqualTo(1);
    }

    @Test
    void filesAreJudgedByTheirContentAndKeptOutsideTheWebRootUnderANameOfTheServers() throws Exception {
        long bj = dealerId("D-BJ-001");
        long[] customer = customerWithInstallation(bj);
        long id = RunAs.user(dealer(bj), () -> complaints.create(complete(customer[0], customer[1], "BZB-XZMD-910")));
        long before = sql.count("select count(*) from quality_attachment");

        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> complaints.attach(id, AttachmentKind.PHOTO_OVERALL,
                "看起来像照片.jpg", new ByteArrayInputStream("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("quality.error.fileType"));
        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> complaints.attach(id, AttachmentKind.PHOTO_CLOSE_UP,
                "发票.pdf", new ByteArrayInputStream("%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("quality.error.notAPhoto"));
        assertThat(sql.count("select count(*) from quality_attachment")).isEqualTo(before);

        AttachmentInfo info = RunAs.user(dealer(bj), () ->
                complaints.attach(id, AttachmentKind.PHOTO_OVERALL, "../../客厅 全景.exe", new ByteArrayInputStream(PNG)));

        assertThat(info.contentType()).as("the content, not the name").isEqualTo("image/png");
        assertThat(info.originalName()).isEqualTo("客厅 全景.exe");
        assertThat(info.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));
        String storedName = (String) sql.value("select stored_name from quality_attachment where id = ?", info.id());
        assertThat(storedName).matches("[0-9a-f-]{36}\\.png");
        Path file = Path.of(System.getProperty("crm.upload.dir"), "quality", storedName);
        assertThat(Files.readAllBytes(file)).isEqualTo(PNG);
        assertThat(file.toAbsolutePath().toString()).doesNotContain("applications").doesNotContain("docroot");
        FileDownload download = RunAs.user(dealer(bj), () -> complaints.download(info.id()));
        try (InputStream content = download.content()) {
            assertThat(content.readAllBytes()).isEqualTo(PNG);
        }
        assertThat(download.contentType()).isEqualTo("image/png");
        assertThat(RunAs.role(Role.SUPERVISOR, () -> complaints.download(info.id())).size()).isEqualTo(PNG.length);

        RunAs.user(dealer(bj), () -> {
            complaints.detach(id, info.id());
            return null;
        });
        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> complaints.download(info.id()))).isInstanceOf(NotFound.class);
    }

    @Test
    void anAgentFilesForAnyCustomerOnBehalfOfTheInstallationsDealer() throws Exception {
        long sh = dealerId("D-SH-001");
        long[] customer = customerWithInstallation(sh);
        long id = RunAs.role(Role.AGENT, () -> complaints.create(complete(customer[0], customer[1], "BZB-XM-910")));

        assertThat(RunAs.user(dealer(sh), () -> complaints.detail(id)).dealerId()).isEqualTo(sh);
        assertThat(RunAs.user(dealer(sh), () -> complaints.detail(id)).status()).isEqualTo(ComplaintStatus.DRAFT.name());
        ComplaintDraft wrongInstallation = complete(customer[0], number(
                "select id from installation_archive where customer_id <> ? order by id limit 1", customer[0]), "BZB-XM-910");
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> complaints.create(wrongInstallation)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("installationId"));
    }
}
