package vn.mamxanh.probation;

import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/** Task_RecordCourseCertificate: the political centre's certificate of the new-member course. */
@Component("recordCourseCertificate")
class RecordCourseCertificate extends RecordProbationItem {

    RecordCourseCertificate(ProbationRecordRepository records, WorkingDays workingDays, Actors actors) {
        super(records, workingDays, actors);
    }

    @Override
    ProbationItem item() {
        return ProbationItem.COURSE_CERTIFICATE;
    }

    @Override
    String[] fields() {
        return new String[] {"certificateNumber", "issuedOn", "issuedBy"};
    }

    @Override
    Submission read(TaskForm form) {
        return new Submission("issuedOn", form.requiredDate("issuedOn", "Ngày cấp giấy chứng nhận"),
                requiredForRecognition(form, "certificateNumber", "số giấy chứng nhận lớp bồi dưỡng đảng viên mới"), form.requiredText("issuedBy", "Cơ sở cấp giấy chứng nhận"),
                null);
    }
}
