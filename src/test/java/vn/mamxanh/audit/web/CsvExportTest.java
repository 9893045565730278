package vn.mamxanh.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void cells_with_commas_quotes_and_line_breaks_are_quoted_and_formulas_are_defused() {
        HistoryLine line = new HistoryLine(3, "05/03/2026 14:00:00", "2026-03-05T07:00:00Z", "HS-2026-000003", "bithu.dong",
                "Nguyễn Văn An", "cb-thon-dong.secretary", "Bí thư - Chi bộ thôn Đông", "cb-thon-dong", "Chi bộ thôn Đông",
                "VOTE_RECORDED", "Ghi kết quả biểu quyết", null, "PASSED", null, false,
                "comment: Tốt, \"xuất sắc\"\nhai dòng", "=HYPERLINK(\"x\")", "Đạt", List.of());
        byte[] file = CsvExport.of(List.of(line));
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        String[] rows = text.split("\r\n");
        assertThat(rows[0]).startsWith("STT,Thời gian,Mã hồ sơ");
        assertThat(text).contains("\"comment: Tốt, \"\"xuất sắc\"\"\nhai dòng\"", "\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
