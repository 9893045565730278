package vn.mamxanh.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The one way the application prints: a Thymeleaf template (XHTML, styled by a stylesheet under
 * {@code static/css/}) laid out as an A4 PDF by openhtmltopdf on PDFBox. The same template, with
 * {@code pdf} false, is the page a browser previews. Fonts are embedded (subset) from
 * {@code fonts/}: Liberation Serif, metric-compatible with Times New Roman, for party documents,
 * and DejaVu Sans for reports; both carry every Vietnamese letter.
 */
@Component
public class PdfDocuments {

    /** The font families a print stylesheet may name. */
    public static final String SERIF = "Liberation Serif";
    public static final String SANS = "DejaVu Sans";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Map<String, byte[]> RESOURCES = new HashMap<>();

    private final ITemplateEngine templates;

    public PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param template   a Thymeleaf template name, e.g. {@code documents/admission-decision}
     * @param stylesheet a stylesheet under {@code static/}, e.g. {@code css/documents.css}, inlined for the PDF
     * @param model      what the template shows
     */
    public byte[] render(String template, String stylesheet, Map<String, Object> model) {
        Context context = new Context(VIETNAMESE);
        context.setVariables(model);
        context.setVariable("pdf", true);
        context.setVariable("stylesheet", new String(resource("static/" + stylesheet), StandardCharsets.UTF_8));
        String xhtml = templates.process(template, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Mầm Xanh");
            font(builder, "fonts/LiberationSerif-Regular.ttf", SERIF, 400, FontStyle.NORMAL);
            font(builder, "fonts/LiberationSerif-Bold.ttf", SERIF, 700, FontStyle.NORMAL);
            font(builder, "fonts/LiberationSerif-Italic.ttf", SERIF, 400, FontStyle.ITALIC);
            font(builder, "fonts/LiberationSerif-BoldItalic.ttf", SERIF, 700, FontStyle.ITALIC);
            font(builder, "fonts/DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL);
            font(builder, "fonts/DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lay out " + template + " as PDF", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String resource, String family, int weight, FontStyle style) {
        byte[] bytes = resource(resource);
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, style, true);
    }

    /** Fonts and stylesheets are read from the classpath once. */
    private static byte[] resource(String name) {
        synchronized (RESOURCES) {
            return RESOURCES.computeIfAbsent(name, key -> {
                try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(key)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing from the classpath: " + key);
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
