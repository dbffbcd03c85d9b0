package org.pikir.feedback.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A citizen's own settings in feedback-service, keyed by the token subject. */
@Entity
@Table(name = "profile")
public class Profile {

    @Id
    public String subject;

    /** The public pseudonym. */
    @Column(name = "display_name")
    public String displayName;

    /** The pseudonym folded for the unique check; see {@link DisplayNames#key}. */
    @Column(name = "display_name_key")
    public String displayNameKey;

    /** What the pseudonym looks like, for the unique check against look-alikes; see {@link DisplayNames#skeleton}. */
    @Column(name = "display_name_skeleton")
    public String displayNameSkeleton;

    /** kk, ru or en: the language of e-mails and notification texts. */
    public String language;

    /** Only for notifications; never shown to anyone but its owner. */
    public String email;

    @Column(name = "email_notifications")
    public boolean emailNotifications;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
