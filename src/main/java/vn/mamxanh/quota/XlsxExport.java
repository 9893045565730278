package vn.mamxanh.quota;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a dashboard table to an .xlsx workbook: numbers stay numbers, percentages keep two decimals. */
final class XlsxExport {

    private XlsxExport() {
    }

    static byte[] of(DashboardTable table, String subtitle) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(safeSheetName(table.title()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle boldPercent = workbook.createCellStyle();
            boldPercent.cloneStyleFrom(percent);
            boldPercent.setFont(font);

            sheet.createRow(0).createCell(0).setCellValue(table.title());
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(subtitle);
            Row header = sheet.createRow(3);
            for (int i = 0; i < table.columns().size(); i++) {
                DashboardTable.Column column = table.columns().get(i);
                header.createCell(i).setCellValue(column.kind() == DashboardTable.Kind.PERCENT ? column.header() + " (%)" : column.header());
                header.getCell(i).setCellStyle(bold);
            }
            int rowIndex = 4;
            for (List<Object> line : table.rows()) {
                write(sheet.createRow(rowIndex++), line, null, percent);
            }
            if (!table.footer().isEmpty()) {
                write(sheet.createRow(rowIndex), table.footer(), bold, boldPercent);
            }
            for (int i = 0; i < table.columns().size(); i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> values, CellStyle style, CellStyle percentStyle) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            var cell = row.createCell(i);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
                cell.setCellStyle(percentStyle);
                continue;
            }
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String safeSheetName(String title) {
        String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
