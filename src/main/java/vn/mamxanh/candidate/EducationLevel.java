package vn.mamxanh.candidate;

/** Highest general education completed (R02). */
public enum EducationLevel {
    /** tiểu học */
    PRIMARY("Tiểu học"),
    /** trung học cơ sở */
    LOWER_SECONDARY("Trung học cơ sở"),
    /** trung học phổ thông */
    UPPER_SECONDARY("Trung học phổ thông"),
    /** trung cấp, cao đẳng, đại học trở lên */
    TERTIARY("Trung cấp, cao đẳng, đại học trở lên");

    private final String label;

    EducationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeastLowerSecondary() {
        return this != PRIMARY;
    }
}
