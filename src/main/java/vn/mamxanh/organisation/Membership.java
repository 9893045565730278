package vn.mamxanh.organisation;

/** A person's standing in the party. */
public enum Membership {
    /** đảng viên chính thức */
    OFFICIAL,
    /** đảng viên dự bị */
    PROBATIONARY,
    NONE
}
