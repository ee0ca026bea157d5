package org.zhifa.workstation.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/** The bundled Noto Serif SC for the audit reports, embedded (Identity-H, subset), loaded once. */
final class ReportFont {
    /** The bundled CJK font on the classpath. */
    static final String RESOURCE = "/org/zhifa/workstation/fonts/NotoSerifSC-Regular.ttf";
    private static volatile BaseFont font;

    private ReportFont() {
    }

    static BaseFont get() {
        BaseFont f = font;
        if (f == null) {
            synchronized (ReportFont.class) {
                f = font;
                if (f == null) {
                    try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("bundled font missing: " + RESOURCE);
                        }
                        f = BaseFont.createFont("NotoSerifSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                                false, in.readAllBytes(), null);
                        font = f;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return f;
    }
}
