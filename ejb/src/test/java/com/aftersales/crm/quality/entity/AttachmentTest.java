package com.aftersales.crm.quality.entity;

import com.aftersales.crm.shared.FileType;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentTest {

    private static Attachment attach(AttachmentKind kind, FileType type, String name) {
        return new Attachment(1, kind, type, "0f8fad5b-d9cb-469f-a165-70867728950e." + type.name().toLowerCase(), name,
                1000, "ab".repeat(32), "dealer", Instant.parse("2026-11-23T02:00:00Z"));
    }

    @Test
    void aPhotoIsAJpegOrAPngAndThePurchaseProofMayAlsoBeAPdf() {
        assertThat(attach(AttachmentKind.PHOTO_OVERALL, FileType.JPEG, "a.jpg").getContentType()).isEqualTo("image/jpeg");
        assertThat(attach(AttachmentKind.PHOTO_CLOSE_UP, FileType.PNG, "b.png").getContentType()).isEqualTo("image/png");
        assertThat(attach(AttachmentKind.PURCHASE_PROOF, FileType.PDF, "发票.pdf").getContentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> attach(AttachmentKind.PHOTO_CLOSE_UP, FileType.PDF, "c.jpg"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("quality.error.notAPhoto"));
    }

    @Test
    void theUsersFileNameIsOnlyShownNeverAPath() {
        assertThat(Attachment.displayName("C:\\Users\\王\\Desktop\\客厅全景.jpg")).isEqualTo("客厅全景.jpg");
        assertThat(Attachment.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachment.displayName("a\"b\r\n.jpg")).isEqualTo("ab.jpg");
        assertThat(Attachment.displayName("")).isEqualTo("file");
        assertThat(Attachment.displayName("x".repeat(300) + ".png")).hasSize(255).endsWith(".png");
    }
}
