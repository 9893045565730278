package vn.mamxanh.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * History lines as CSV (RFC 4180), UTF-8 with a byte order mark so that Excel shows Vietnamese
 * correctly when the file is opened by double-click.
 */
final class CsvExport {

    static final List<String> HEADER = List.of("STT", "Thời gian", "Mã hồ sơ", "Người thực hiện", "Họ tên", "Vai trò",
            "Đơn vị", "Hành động", "Bước", "Kết quả", "Hạn", "Sau hạn", "Dữ liệu", "Mã băm");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    static byte[] of(List<HistoryLine> lines) {
        StringBuilder csv = new StringBuilder();
        csv.append(row(HEADER.stream()));
        for (HistoryLine line : lines) {
            csv.append(row(Stream.of(String.valueOf(line.seq()), line.time(), line.caseId(), line.actor(), line.actorName(),
                    line.roleLabel(), line.unitName(), line.actionLabel(), line.step(), line.outcome(), line.deadline(),
                    line.afterDeadline() ? "có" : "", line.details(), line.hash())));
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    private static String row(Stream<String> cells) {
        return cells.map(CsvExport::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
