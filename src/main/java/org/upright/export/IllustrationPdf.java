package org.upright.export;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.upright.media.Illustrations;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws an exercise's SVG illustration as PDF vector paths, since OpenPDF cannot read SVG. It knows
 * only what the illustrations use: line, polyline, circle and path with absolute M, L, C, Q and Z,
 * with stroke colour and width inherited from the root.
 */
final class IllustrationPdf {

    /** How wide the drawing is printed, in points (about 7 cm). */
    static final float WIDTH = 200;

    private static final Pattern PATH_TOKEN = Pattern.compile("[MLCQZ]|-?\\d*\\.?\\d+");

    private IllustrationPdf() {}

    /**
     * The "how to do it" cell: when the exercise has a drawing, the drawing with its description as
     * text alternative and as caption (what the figure shows, in the reader's language), then the words.
     */
    static PdfPCell howToCell(
            PdfWriter writer, String exerciseCode, String how, Font font, String description, Font captionFont) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(6);
        draw(writer, exerciseCode).ifPresent(drawing -> {
            drawing.setAlt(description);
            cell.addElement(drawing);
            cell.addElement(new Paragraph(description, captionFont));
        });
        cell.addElement(new Paragraph(how, font));
        return cell;
    }

    /** The exercise's illustration as a PDF drawing, or empty when it has none. */
    static Optional<Image> draw(PdfWriter writer, String exerciseCode) {
        return Illustrations.svg(exerciseCode).map(svg -> draw(writer, svg, WIDTH));
    }

    static Image draw(PdfWriter writer, String svg, float width) {
        Element root = parse(svg);
        float[] box = numbers(root.getAttribute("viewBox"));
        float scale = width / box[2];
        float height = box[3] * scale;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        template.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        template.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        Canvas canvas = new Canvas(template, box[0], box[1], scale, height);
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element shape) {
                canvas.shape(shape, root);
            }
        }
        Image image = Image.getInstance(template);
        image.setSpacingAfter(4);
        return image;
    }

    /** Maps SVG user units (y down) to the template's points (y up). */
    private record Canvas(PdfTemplate cb, float x0, float y0, float scale, float height) {

        float x(float x) {
            return (x - x0) * scale;
        }

        float y(float y) {
            return height - (y - y0) * scale;
        }

        void shape(Element shape, Element root) {
            cb.saveState();
            cb.setColorStroke(color(attribute(shape, root, "stroke")));
            cb.setLineWidth(Float.parseFloat(attribute(shape, root, "stroke-width")) * scale);
            switch (shape.getTagName()) {
                case "line" -> {
                    cb.moveTo(x(f(shape, "x1")), y(f(shape, "y1")));
                    cb.lineTo(x(f(shape, "x2")), y(f(shape, "y2")));
                }
                case "polyline" -> {
                    float[] p = numbers(shape.getAttribute("points"));
                    cb.moveTo(x(p[0]), y(p[1]));
                    for (int i = 2; i + 1 < p.length; i += 2) {
                        cb.lineTo(x(p[i]), y(p[i + 1]));
                    }
                }
                case "circle" -> cb.circle(x(f(shape, "cx")), y(f(shape, "cy")), f(shape, "r") * scale);
                case "path" -> path(shape.getAttribute("d"));
                default -> {
                    cb.restoreState();
                    return;
                }
            }
            cb.stroke();
            cb.restoreState();
        }

        private void path(String d) {
            Matcher m = PATH_TOKEN.matcher(d);
            List<String> tokens = new ArrayList<>();
            while (m.find()) {
                tokens.add(m.group());
            }
            float cx = 0;
            float cy = 0;
            float sx = 0;
            float sy = 0;
            char command = 'M';
            int i = 0;
            while (i < tokens.size()) {
                String token = tokens.get(i);
                if (Character.isLetter(token.charAt(0))) {
                    command = token.charAt(0);
                    i++;
                    if (command == 'Z') {
                        cb.closePath();
                        cx = sx;
                        cy = sy;
                    }
                    continue;
                }
                switch (command) {
                    case 'M' -> {
                        cx = n(tokens, i);
                        cy = n(tokens, i + 1);
                        sx = cx;
                        sy = cy;
                        cb.moveTo(x(cx), y(cy));
                        i += 2;
                        command = 'L'; // further pairs after M are lines, as in SVG
                    }
                    case 'L' -> {
                        cx = n(tokens, i);
                        cy = n(tokens, i + 1);
                        cb.lineTo(x(cx), y(cy));
                        i += 2;
                    }
                    case 'C' -> {
                        cb.curveTo(
                                x(n(tokens, i)), y(n(tokens, i + 1)),
                                x(n(tokens, i + 2)), y(n(tokens, i + 3)),
                                x(n(tokens, i + 4)), y(n(tokens, i + 5)));
                        cx = n(tokens, i + 4);
                        cy = n(tokens, i + 5);
                        i += 6;
                    }
                    case 'Q' -> {
                        // a quadratic curve is the cubic whose controls lie two thirds of the way to its one control
                        float qx = n(tokens, i);
                        float qy = n(tokens, i + 1);
                        float ex = n(tokens, i + 2);
                        float ey = n(tokens, i + 3);
                        cb.curveTo(
                                x(cx + 2f / 3 * (qx - cx)), y(cy + 2f / 3 * (qy - cy)),
                                x(ex + 2f / 3 * (qx - ex)), y(ey + 2f / 3 * (qy - ey)),
                                x(ex), y(ey));
                        cx = ex;
                        cy = ey;
                        i += 4;
                    }
                    default -> throw new IllegalArgumentException("path command not drawn: " + command);
                }
            }
        }
    }

    private static String attribute(Element shape, Element root, String name) {
        return shape.hasAttribute(name) ? shape.getAttribute(name) : root.getAttribute(name);
    }

    private static Color color(String hex) {
        return Color.decode(hex.startsWith("#") ? hex : "#000000");
    }

    private static float f(Element shape, String name) {
        return Float.parseFloat(shape.getAttribute(name));
    }

    private static float n(List<String> tokens, int i) {
        return Float.parseFloat(tokens.get(i));
    }

    private static float[] numbers(String text) {
        String[] parts = text.trim().split("[\\s,]+");
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Float.parseFloat(parts[i]);
        }
        return out;
    }

    private static Element parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // our own files, but an XML parser is never left open to external entities
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("An illustration cannot be read", e);
        }
    }
}
