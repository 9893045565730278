package vn.mamxanh.document;

import java.util.Arrays;
import java.util.Optional;

/** The official documents a case can print, each with the address it is found at and its form code. */
public enum DocumentKind {
    /** Nghị quyết chi bộ đề nghị kết nạp (mẫu 6-KNĐ), stage 7 (R07). */
    BRANCH_RESOLUTION("nghi-quyet-chi-bo-de-nghi-ket-nap", "6-KNĐ", "Nghị quyết của chi bộ đề nghị kết nạp đảng viên"),
    /** Nghị quyết đảng ủy cơ sở đề nghị kết nạp, stage 8 (R08). */
    GRASSROOTS_RESOLUTION("nghi-quyet-dang-uy-de-nghi-ket-nap", null, "Nghị quyết của đảng ủy cơ sở đề nghị kết nạp đảng viên"),
    /** Quyết định kết nạp (mẫu 9-KNĐ), stage 9 (R09). */
    ADMISSION_DECISION("quyet-dinh-ket-nap", "9-KNĐ", "Quyết định kết nạp đảng viên"),
    /** Nghị quyết chi bộ đề nghị công nhận đảng viên chính thức, stage 12 (R13). */
    RECOGNITION_RESOLUTION("nghi-quyet-chi-bo-de-nghi-cong-nhan", null, "Nghị quyết của chi bộ đề nghị công nhận đảng viên chính thức"),
    /** Quyết định công nhận đảng viên chính thức, stage 12 (R13). */
    RECOGNITION_DECISION("quyet-dinh-cong-nhan-chinh-thuc", null, "Quyết định công nhận đảng viên chính thức"),
    /** Quyết định xóa tên đảng viên dự bị, stage 12 (R13). */
    REMOVAL_DECISION("quyet-dinh-xoa-ten", null, "Quyết định xóa tên đảng viên dự bị"),
    /** Danh mục hồ sơ kết nạp, to tick off on paper. */
    DOSSIER_CHECKLIST("danh-muc-ho-so", null, "Danh mục hồ sơ kết nạp đảng viên");

    private final String slug;
    private final String formCode;
    private final String title;

    DocumentKind(String slug, String formCode, String title) {
        this.slug = slug;
        this.formCode = formCode;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    /** The form's code in the Central Organisation Commission's guidance, where we print that form. */
    public String formCode() {
        return formCode;
    }

    public String title() {
        return title;
    }

    public String template() {
        return "documents/" + slug;
    }

    public static Optional<DocumentKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
