package vn.mamxanh.calendar;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mamxanh.web.VietnamTime;

/**
 * The administrators' page for the holiday table (R14), under /admin (only {@code camunda-admin}):
 * a year's days off and worked weekend days, the years a deadline needed but the table lacks, and a
 * form to add, change or remove a day. The same changes as {@code /api/calendar/holidays}.
 */
@Controller
@RequestMapping("/admin/holidays")
class HolidayAdminPage {

    private final HolidayRepository holidays;
    private final HolidayAdministration administration;
    private final HolidayTableGaps gaps;
    private final WorkingDays workingDays;

    HolidayAdminPage(HolidayRepository holidays, HolidayAdministration administration, HolidayTableGaps gaps,
                     WorkingDays workingDays) {
        this.holidays = holidays;
        this.administration = administration;
        this.gaps = gaps;
        this.workingDays = workingDays;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null ? year : workingDays.today().getYear();
        List<Holiday> days = holidays.findYear(shown);
        List<Integer> kept = holidays.findAll().stream().map(day -> day.day().getYear()).distinct().sorted().toList();
        model.addAttribute("year", shown);
        model.addAttribute("days", days);
        model.addAttribute("keptYears", kept);
        model.addAttribute("gaps", gaps.open().stream().map(gap -> new GapView(gap.year(),
                VietnamTime.local(gap.firstNeeded()), VietnamTime.local(gap.lastNeeded()), gap.timesRefused())).toList());
        model.addAttribute("years", IntStream.rangeClosed(Math.min(shown, workingDays.today().getYear()) - 1,
                Math.max(shown, workingDays.today().getYear()) + 2).boxed().toList());
        return "admin/holidays";
    }

    @PostMapping
    String save(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "true") boolean dayOff,
                Principal principal, RedirectAttributes flash) {
        if (day == null) {
            flash.addFlashAttribute("error", "Cần chọn ngày.");
            return "redirect:/admin/holidays";
        }
        if (name.isBlank()) {
            flash.addFlashAttribute("error", "Cần nhập tên ngày nghỉ.");
        } else if (name.strip().length() > 255) {
            flash.addFlashAttribute("error", "Tên ngày nghỉ dài quá 255 ký tự.");
        } else {
            administration.save(day, name, dayOff, principal.getName());
            flash.addFlashAttribute("message", "Đã lưu ngày " + WorkingDaysFormat.DAY.format(day) + " ("
                    + (dayOff ? "ngày nghỉ" : "ngày làm bù") + ").");
        }
        return "redirect:/admin/holidays?year=" + day.getYear();
    }

    @PostMapping("/{day}/delete")
    String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes flash) {
        if (administration.delete(day)) {
            flash.addFlashAttribute("message", "Đã xóa ngày " + WorkingDaysFormat.DAY.format(day) + " khỏi bảng ngày nghỉ.");
        } else {
            flash.addFlashAttribute("error", "Ngày " + WorkingDaysFormat.DAY.format(day) + " không có trong bảng ngày nghỉ.");
        }
        return "redirect:/admin/holidays?year=" + day.getYear();
    }

    record GapView(int year, java.time.LocalDateTime first, java.time.LocalDateTime last, int timesRefused) {
    }

    /** Dates as the page writes them. */
    static final class WorkingDaysFormat {
        static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

        private WorkingDaysFormat() {
        }
    }
}
