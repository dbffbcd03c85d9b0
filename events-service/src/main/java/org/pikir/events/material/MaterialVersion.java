package org.pikir.events.material;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One immutable version of a material: a stored file or a link. Written once through this entity
 * and read only through {@link MaterialVersionRepository}'s projections, so no read loads file bytes it does not serve.
 */
@Entity
@Table(name = "material_version")
public class MaterialVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_version_seq")
    @SequenceGenerator(name = "material_version_seq", sequenceName = "material_version_seq", allocationSize = 50)
    public Long id;

    @Column(name = "material_id")
    public Long materialId;

    public int version;

    @Column(name = "change_note")
    public String changeNote;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    public String sha256;

    public byte[] content;

    @Column(name = "link_url")
    public String linkUrl;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
