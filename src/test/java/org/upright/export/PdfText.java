package org.upright.export;

import java.io.IOException;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The text a reader of a PDF sees, all pages, for assertions on what a handout says. */
final class PdfText {

    private PdfText() {}

    static String of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        // the extractor breaks long lines where the PDF wraps them
        return text.toString().replaceAll("\\s+", " ");
    }
}
