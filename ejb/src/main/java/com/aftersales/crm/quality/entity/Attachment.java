package com.aftersales.crm.quality.entity;

import com.aftersales.crm.shared.FileType;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * A file on a quality complaint: a photo or the purchase proof. The file itself lives outside the web root under a
 * name the server made up ({@link #getStoredName()}); the name the user's file had is only shown, never used as a
 * path. The type is what the content is (its magic bytes), not what the browser or the file name said.
 */
@Getter
@Entity
@Table(name = "quality_attachment")
public class Attachment {

    /** Longest original file name kept (longer ones are shortened, keeping the end with its extension). */
    static final int NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long complaintId;

    @Column(updatable = false)
    private AttachmentKind kind;

    @Column(updatable = false)
    private String storedName;

    @Column(updatable = false)
    private String originalName;

    @Column(updatable = false)
    private String contentType;

    @Column(updatable = false)
    private long sizeBytes;

    @Column(updatable = false)
    private String sha256;

    @Column(updatable = false)
    private String uploadedBy;

    @Column(updatable = false)
    private Instant uploadedAt;

    @Getter(AccessLevel.NONE)
    private Instant removedAt;

    @Getter(AccessLevel.NONE)
    private String removedBy;

    protected Attachment() {
    }

    /** Refuses a file whose content is not a type its kind accepts (a PDF as a photo, a script called .jpg…). */
    public Attachment(long complaintId, AttachmentKind kind, FileType type, String storedName, String originalName,
                      long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
        if (kind == null) {
            throw new InvalidInput("kind", "validation.required");
        }
        if (!kind.accepts(type)) {
            throw new InvalidInput(kind.photo() ? "photos" : "purchaseProof",
                    kind.photo() ? "quality.error.notAPhoto" : "quality.error.notAProof");
        }
        this.complaintId = complaintId;
        this.kind = kind;
        this.contentType = type.contentType();
        this.storedName = Objects.requireNonNull(storedName);
        this.originalName = displayName(originalName);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /**
     * The user's file name reduced to something safe to show and to offer back in a download: no directories, no
     * control characters, at most {@value #NAME_MAX} characters.
     */
    public static String displayName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() <= NAME_MAX ? name : name.substring(name.length() - NAME_MAX);
    }

    public void remove(Instant now, String by) {
        this.removedAt = now;
        this.removedBy = by;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}
