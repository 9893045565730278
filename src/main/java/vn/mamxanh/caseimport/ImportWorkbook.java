package vn.mamxanh.caseimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.mamxanh.candidate.EducationLevel;

/**
 * The import sheet: the template a branch downloads (headers, pick lists, an instructions sheet naming
 * its branches and mentors) and the reading of a filled-in copy. The first sheet holds the candidates,
 * one per row below the header row.
 */
final class ImportWorkbook {

    static final String CANDIDATES_SHEET = "Danh sách quần chúng";
    static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    private static final int MAX_ROWS = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ImportWorkbook() {
    }

    /** A branch's people to name in the instructions: its name and its official members (the possible mentors). */
    record BranchHelp(String name, List<String> mentors) {
    }

    static byte[] template(List<BranchHelp> branches) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet sheet = workbook.createSheet(CANDIDATES_SHEET);
            Row header = sheet.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                Cell cell = header.createCell(column.ordinal());
                cell.setCellValue(column.header() + (column.required() ? " (*)" : ""));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(column.ordinal(), 22 * 256);
                // Dates and ID numbers as text, so Excel neither reformats a date nor drops an ID's leading zeros.
                sheet.setDefaultColumnStyle(column.ordinal(), text);
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper validation = sheet.getDataValidationHelper();
            pickList(sheet, validation, ImportColumn.GENDER, "Nam", "Nữ");
            pickList(sheet, validation, ImportColumn.EDUCATION,
                    Arrays.stream(EducationLevel.values()).map(EducationLevel::label).toArray(String[]::new));
            pickList(sheet, validation, ImportColumn.YOUTH_UNION, "Có", "Không");
            pickList(sheet, validation, ImportColumn.STAGE,
                    Arrays.stream(ImportableStage.values()).map(ImportableStage::label).toArray(String[]::new));
            if (!branches.isEmpty()) {
                pickList(sheet, validation, ImportColumn.BRANCH, branches.stream().map(BranchHelp::name).toArray(String[]::new));
            }

            Sheet help = workbook.createSheet(INSTRUCTIONS_SHEET);
            int row = 0;
            help.createRow(row++).createCell(0).setCellValue("Cách điền: mỗi quần chúng một dòng ở trang \"" + CANDIDATES_SHEET
                    + "\", bắt đầu từ dòng 2; cột có dấu (*) là bắt buộc. Tải tệp lên ở trang Nhập hồ sơ từ Excel, "
                    + "xem lại từng dòng rồi xác nhận. Dòng có lỗi không được nhập; người đã có hồ sơ (cùng số căn cước) được bỏ qua.");
            row++;
            Row titles = help.createRow(row++);
            titles.createCell(0).setCellValue("Cột");
            titles.createCell(1).setCellValue("Cách điền");
            titles.getCell(0).setCellStyle(bold);
            titles.getCell(1).setCellStyle(bold);
            for (ImportColumn column : ImportColumn.values()) {
                Row line = help.createRow(row++);
                line.createCell(0).setCellValue(column.header() + (column.required() ? " (*)" : ""));
                line.createCell(1).setCellValue(column.note());
            }
            row++;
            for (BranchHelp branch : branches) {
                Row line = help.createRow(row++);
                line.createCell(0).setCellValue(branch.name());
                line.getCell(0).setCellStyle(bold);
                line.createCell(1).setCellValue("Đảng viên chính thức (người giúp đỡ): " + String.join("; ", branch.mentors()));
            }
            help.setColumnWidth(0, 36 * 256);
            help.setColumnWidth(1, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pickList(Sheet sheet, DataValidationHelper helper, ImportColumn column, String... values) {
        DataValidation list = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, MAX_ROWS, column.ordinal(), column.ordinal()));
        list.setShowErrorBox(false);
        sheet.addValidationData(list);
    }

    /** Thrown when the upload is not an .xlsx sheet this app can read. */
    static final class UnreadableSheet extends RuntimeException {
        UnreadableSheet(String message) {
            super(message);
        }
    }

    /** Every row below the header with anything in it; dates typed as Excel dates come back as dd/MM/yyyy. */
    static List<SheetRow> read(InputStream in) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(CANDIDATES_SHEET);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi"));
            List<SheetRow> rows = new ArrayList<>();
            for (int index = 1; index <= Math.min(sheet.getLastRowNum(), MAX_ROWS); index++) {
                Row row = sheet.getRow(index);
                if (row == null) {
                    continue;
                }
                Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
                for (ImportColumn column : ImportColumn.values()) {
                    String value = cellText(row.getCell(column.ordinal()), formatter);
                    if (!value.isBlank()) {
                        cells.put(column, value.trim());
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow(index + 1, cells));
                }
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new UnreadableSheet("Tệp có hơn " + MAX_ROWS + " dòng; xin chia thành nhiều tệp nhỏ hơn.");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableSheet unreadable) {
                throw unreadable;
            }
            throw new UnreadableSheet("Không đọc được tệp: hãy tải lên tệp Excel (.xlsx) theo mẫu của hệ thống.");
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value == null ? "" : DAY.format(value.toLocalDate());
        }
        if (type == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            // An ID number typed into a number cell: keep all its digits, without ".0" or an exponent.
            return number == Math.rint(number) ? String.valueOf((long) number) : formatter.formatCellValue(cell);
        }
        return formatter.formatCellValue(cell);
    }

    static String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
