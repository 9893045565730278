package vn.mamxanh.probation;

import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.web.TaskForm;

/** Task_RecordCourseCertificate: the political centre's certificate of the new-member course. */
@Component("recordCourseCertificate")
class RecordCourseCertificate extends RecordProbationItem {

    RecordCourseCertificate(ProbationRecordRepository records, WorkingDays workingDays) {
        super(records, workingDays);
    }

    @Override
    ProbationItem item() {
        return ProbationItem.COURSE_CERTIFICATE;
    }

    @Override
    Submission read(TaskForm form) {
        return new Submission("issuedOn", form.date("issuedOn", "ngày cấp giấy chứng nhận"),
                form.text("certificateNumber", "số giấy chứng nhận"), form.text("issuedBy", "cơ sở cấp giấy chứng nhận"),
                null);
    }
}
