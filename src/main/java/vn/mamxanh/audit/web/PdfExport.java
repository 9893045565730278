package vn.mamxanh.audit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * History lines as a PDF an inspection commission can file: a title, what was asked for, by whom
 * and when, then every entry in order with its hash, pages numbered. Vietnamese needs an embedded
 * Unicode font (DejaVu Sans, shipped under {@code fonts/}); the 14 standard PDF fonts lack it.
 */
final class PdfExport {

    private static final float MARGIN = 40;
    private static final float SIZE = 9;
    private static final float LEADING = 12;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    private PdfExport() {
        regular = font("fonts/DejaVuSans.ttf");
        bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    /**
     * @param title    e.g. "Lịch sử hồ sơ HS-2026-000042"
     * @param subtitle lines saying what was asked for, by whom and when
     */
    static byte[] of(String title, List<String> subtitle, List<HistoryLine> lines) {
        PdfExport pdf = new PdfExport();
        try (PDDocument document = pdf.document) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Mầm Xanh");
            pdf.newPage();
            pdf.write(pdf.bold, 14, title);
            subtitle.forEach(line -> pdf.write(pdf.regular, SIZE, line));
            pdf.write(pdf.regular, SIZE, "Số mục: " + lines.size());
            pdf.y -= LEADING / 2;
            for (HistoryLine line : lines) {
                pdf.entry(line);
            }
            pdf.content.close();
            pdf.numberPages();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit PDF", e);
        }
    }

    private void entry(HistoryLine line) {
        if (y < MARGIN + 5 * LEADING) {
            newPage();
        }
        String headline = "#" + line.seq() + "   " + line.time() + "   " + line.actionLabel()
                + (line.step() == null ? "" : " — " + line.step());
        write(bold, SIZE, headline);
        write(regular, SIZE, "Người thực hiện: " + line.actorName() + " (" + line.actor() + ")"
                + (line.roleLabel().isEmpty() ? "" : " — Vai trò: " + line.roleLabel()));
        StringBuilder where = new StringBuilder("Hồ sơ: " + (line.caseId() == null ? "—" : line.caseId()));
        if (!line.unitName().isEmpty()) {
            where.append(" — Đơn vị: ").append(line.unitName());
        }
        if (line.outcome() != null) {
            where.append(" — Kết quả: ").append(line.outcome());
        }
        if (line.deadline() != null) {
            where.append(" — Hạn: ").append(line.deadline()).append(line.afterDeadline() ? " (sau hạn)" : "");
        }
        write(regular, SIZE, where.toString());
        if (!line.details().isEmpty()) {
            write(regular, SIZE, "Dữ liệu: " + line.details());
        }
        write(regular, 7, "Mã băm: " + line.hash());
        y -= LEADING / 2;
    }

    /** Writes a paragraph, wrapped to the page width, turning the page when full. */
    private void write(PDFont font, float size, String text) {
        for (String line : wrap(font, size, printable(font, text))) {
            if (y < MARGIN) {
                newPage();
            }
            try {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= Math.max(LEADING, size * 1.35f);
        }
    }

    private List<String> wrap(PDFont font, float size, String text) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(font, size, candidate) <= width || current.isEmpty()) {
                current = new StringBuilder(candidate);
            } else {
                lines.add(current.toString());
                current = new StringBuilder(word);
            }
            while (width(font, size, current.toString()) > width && current.length() > 1) {
                int cut = current.length() - 1;
                while (cut > 1 && width(font, size, current.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(current.substring(0, cut));
                current = new StringBuilder(current.substring(cut));
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return Float.MAX_VALUE;
        }
    }

    /** Composed (NFC) text without control characters; a character the font lacks becomes "?". */
    private static String printable(PDFont font, String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}]", " ");
        StringBuilder out = new StringBuilder();
        composed.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException missing) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void numberPages() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                footer.beginText();
                footer.setFont(regular, 8);
                footer.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - 60, MARGIN / 2);
                footer.showText("Trang " + (i + 1) + "/" + pages.size());
                footer.endText();
            }
        }
    }

    private PDFont font(String resource) {
        try (InputStream in = PdfExport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
