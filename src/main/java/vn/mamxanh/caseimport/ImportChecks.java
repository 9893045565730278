package vn.mamxanh.caseimport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.EducationLevel;
import vn.mamxanh.candidate.IntroductionRequest;
import vn.mamxanh.mentoring.MentorRule;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.training.CertificateValidity;
import vn.mamxanh.web.VietnamTime;

/**
 * Checks every row of an upload as the system would check the same person introduced by hand: the
 * introduction's field rules (the API's Bean Validation messages), the branch (known, open and one the
 * uploader is secretary of), the stage, the mentor (an official member of that branch, R05), the
 * awareness-class certificate where the stage needs one (R03), and the citizen ID number, once in the
 * file and not yet in the system.
 */
@Component
class ImportChecks {

    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

    private final OrganisationRepository organisation;
    private final CaseRepository cases;
    private final Validator validator;
    private final int certificateValidMonths;

    ImportChecks(OrganisationRepository organisation, CaseRepository cases, Validator validator,
                 @Value("${mamxanh.rules.awareness-class.certificate-valid-months}") int certificateValidMonths) {
        this.organisation = organisation;
        this.cases = cases;
        this.validator = validator;
        this.certificateValidMonths = certificateValidMonths;
    }

    List<CheckedRow> check(List<SheetRow> rows, Set<String> uploaderBranchIds) {
        List<Unit> branches = organisation.findAllUnits().stream()
                .filter(unit -> unit.kind() == UnitKind.BRANCH && unit.isOpen()).toList();
        Map<String, Integer> firstRowOfIdNumber = new HashMap<>();
        List<CheckedRow> checked = new ArrayList<>();
        for (SheetRow row : rows) {
            checked.add(check(row, branches, uploaderBranchIds, firstRowOfIdNumber));
        }
        return checked;
    }

    private CheckedRow check(SheetRow row, List<Unit> branches, Set<String> uploaderBranchIds,
                             Map<String, Integer> firstRowOfIdNumber) {
        Set<String> errors = new LinkedHashSet<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && row.get(column).isEmpty()) {
                errors.add("Thiếu " + lower(column.header()) + ".");
            }
        }
        LocalDate dateOfBirth = day(row, ImportColumn.DATE_OF_BIRTH, errors);
        String gender = gender(row.get(ImportColumn.GENDER), errors);
        EducationLevel education = education(row.get(ImportColumn.EDUCATION), errors);
        boolean youthUnion = yesNo(row.get(ImportColumn.YOUTH_UNION), errors);
        Unit branch = branch(row.get(ImportColumn.BRANCH), branches, uploaderBranchIds, errors);
        ImportableStage stage = stage(row.get(ImportColumn.STAGE), errors);

        String idNumber = row.get(ImportColumn.ID_NUMBER).replaceAll("\\s", "");
        if (!idNumber.isEmpty()) {
            Integer first = firstRowOfIdNumber.putIfAbsent(idNumber, row.number());
            if (first != null) {
                errors.add("Số căn cước " + idNumber + " trùng với dòng " + first + " của tệp.");
            }
        }
        IntroductionRequest profile = new IntroductionRequest(row.get(ImportColumn.FULL_NAME), dateOfBirth,
                gender == null ? "" : gender, idNumber, blankToNull(row.get(ImportColumn.ETHNICITY)),
                blankToNull(row.get(ImportColumn.RELIGION)), education, blankToNull(row.get(ImportColumn.OCCUPATION)),
                blankToNull(row.get(ImportColumn.RESIDENCE)), branch == null ? "" : branch.id(), youthUnion);
        // The introduction's own field rules; what is missing or unreadable has been said already, in the sheet's words.
        for (ConstraintViolation<IntroductionRequest> violation : validator.validate(profile)) {
            String field = violation.getPropertyPath().toString();
            boolean saidAlready = switch (field) {
                case "fullName" -> row.get(ImportColumn.FULL_NAME).isEmpty();
                case "dateOfBirth" -> dateOfBirth == null;
                case "gender" -> gender == null;
                case "idNumber" -> idNumber.isEmpty();
                case "educationLevel" -> education == null;
                case "branchId" -> true;
                default -> false;
            };
            if (!saidAlready) {
                errors.add(violation.getMessage());
            }
        }

        Person mentor = null;
        if (stage != null && stage.needsMentor() && branch != null) {
            mentor = mentor(row.get(ImportColumn.MENTOR), branch, errors);
        }
        String certificateNumber = null;
        LocalDate certificateIssuedOn = null;
        if (stage != null && stage.needsCertificate()) {
            certificateNumber = row.get(ImportColumn.CERTIFICATE_NUMBER);
            if (certificateNumber.isEmpty()) {
                errors.add("Thiếu số giấy chứng nhận lớp nhận thức (bắt buộc ở giai đoạn " + stage.label() + ").");
            }
            if (row.get(ImportColumn.CERTIFICATE_ISSUED_ON).isEmpty()) {
                errors.add("Thiếu ngày cấp giấy chứng nhận (bắt buộc ở giai đoạn " + stage.label() + ").");
            } else {
                certificateIssuedOn = day(row, ImportColumn.CERTIFICATE_ISSUED_ON, errors);
                certificate(certificateIssuedOn, errors);
            }
        }

        String existing = idNumber.isEmpty() ? null : cases.findIdByIdNumber(idNumber).orElse(null);
        if (!errors.isEmpty()) {
            return new CheckedRow(row, null, List.copyOf(errors), existing);
        }
        return new CheckedRow(row, new ImportedCandidate(row.number(), profile, branch.name(), stage,
                mentor == null ? null : mentor.id(), mentor == null ? null : mentor.fullName(),
                certificateNumber, certificateIssuedOn), List.of(), existing);
    }

    private static LocalDate day(SheetRow row, ImportColumn column, Set<String> errors) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DAY_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        errors.add(column.header() + " \"" + text + "\" không phải là ngày hợp lệ; ghi theo dạng ngày/tháng/năm, ví dụ 12/05/1998.");
        return null;
    }

    private static String gender(String text, Set<String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        return switch (Texts.key(text)) {
            case "nam" -> "NAM";
            case "nữ", "nu" -> "NU";
            default -> {
                errors.add("Giới tính \"" + text + "\" không hợp lệ; ghi Nam hoặc Nữ.");
                yield null;
            }
        };
    }

    private static EducationLevel education(String text, Set<String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<EducationLevel> level = Arrays.stream(EducationLevel.values())
                .filter(l -> Texts.key(l.label()).equals(Texts.key(text)) || l.name().equalsIgnoreCase(text.trim()))
                .findFirst();
        if (level.isEmpty()) {
            errors.add("Trình độ giáo dục phổ thông \"" + text + "\" không hợp lệ; chọn một trong: "
                    + Arrays.stream(EducationLevel.values()).map(EducationLevel::label).collect(Collectors.joining("; ")) + ".");
        }
        return level.orElse(null);
    }

    private static boolean yesNo(String text, Set<String> errors) {
        return switch (Texts.key(text)) {
            case "", "không", "khong", "k" -> false;
            case "có", "co", "x" -> true;
            default -> {
                errors.add("Cột Đoàn viên ghi \"" + text + "\"; chỉ ghi Có hoặc Không.");
                yield false;
            }
        };
    }

    private static Unit branch(String text, List<Unit> branches, Set<String> uploaderBranchIds, Set<String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<Unit> branch = branches.stream()
                .filter(unit -> Texts.key(unit.name()).equals(Texts.key(text)) || unit.id().equalsIgnoreCase(text.trim()))
                .findFirst();
        if (branch.isEmpty()) {
            errors.add("Không tìm thấy chi bộ \"" + text + "\" trong hệ thống.");
            return null;
        }
        if (!uploaderBranchIds.contains(branch.get().id())) {
            errors.add("Đồng chí không phải bí thư của " + branch.get().name() + "; chỉ nhập được hồ sơ của chi bộ mình.");
            return null;
        }
        return branch.get();
    }

    private static ImportableStage stage(String text, Set<String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<ImportableStage> stage = ImportableStage.byLabel(text);
        if (stage.isPresent()) {
            return stage.get();
        }
        String choices = Arrays.stream(ImportableStage.values()).map(ImportableStage::label).collect(Collectors.joining("; "));
        if (ImportableStage.laterStage(text).isPresent()) {
            errors.add("Chưa nhập được hồ sơ ở giai đoạn \"" + text + "\": từ thẩm tra lý lịch trở đi, các bước phải được "
                    + "ghi trên hệ thống khi diễn ra. Nhập được các giai đoạn: " + choices + ".");
        } else {
            errors.add("Giai đoạn \"" + text + "\" không có trên quy trình; chọn một trong: " + choices + ".");
        }
        return null;
    }

    private Person mentor(String text, Unit branch, Set<String> errors) {
        if (text.isEmpty()) {
            errors.add("Thiếu đảng viên giúp đỡ (bắt buộc từ giai đoạn Bồi dưỡng, giúp đỡ).");
            return null;
        }
        List<Person> matches = organisation.findMembersOf(branch.id()).stream()
                .filter(person -> person.id().equalsIgnoreCase(text.trim()) || Texts.key(person.fullName()).equals(Texts.key(text)))
                .toList();
        if (matches.isEmpty()) {
            errors.add("Không tìm thấy đảng viên giúp đỡ \"" + text + "\" trong " + branch.name() + ".");
            return null;
        }
        if (matches.size() > 1) {
            errors.add("Có " + matches.size() + " đảng viên tên \"" + text + "\" trong " + branch.name()
                    + "; ghi tên đăng nhập để chọn đúng người.");
            return null;
        }
        Optional<String> refused = MentorRule.violation(Optional.of(matches.get(0)), branch.id());
        refused.ifPresent(errors::add);
        return refused.isPresent() ? null : matches.get(0);
    }

    private void certificate(LocalDate issuedOn, Set<String> errors) {
        if (issuedOn == null) {
            return;
        }
        LocalDate today = VietnamTime.today();
        if (issuedOn.isAfter(today)) {
            errors.add("Ngày cấp giấy chứng nhận không được sau ngày hôm nay.");
        } else if (!CertificateValidity.validOn(issuedOn, today, certificateValidMonths)) {
            errors.add("Giấy chứng nhận đã hết hạn ngày " + ImportWorkbook.format(CertificateValidity.expiresOn(issuedOn,
                    certificateValidMonths)) + " (R03); quần chúng cần học lại lớp nhận thức về Đảng.");
        }
    }

    private static String lower(String header) {
        return Character.toLowerCase(header.charAt(0)) + header.substring(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
