package org.zhifa.workstation.documents.pdf;

import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Where a line may break in Chinese text: after any ideograph or space, but never before a closing punctuation mark
 * (，。、；：？！）》」』】〕…) and never after an opening one (（《「『【〔“‘), the basic 避头尾 rules of Chinese
 * typesetting. Latin words and numbers are kept together.
 */
final class CjkLineBreaks implements SplitCharacter {
    static final CjkLineBreaks INSTANCE = new CjkLineBreaks();

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’％‰…—·,.;:?!)]}%";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = charAt(current, cc, ck);
        if (NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (current + 1 < end) {
            char next = charAt(current + 1, cc, ck);
            if (NO_LINE_START.indexOf(next) >= 0) {
                return false;
            }
            if (c == ' ' || c == '-' || c == '\u3000') {
                return true;
            }
            return isCjk(c) || isCjk(next);
        }
        return c == ' ' || c == '-' || isCjk(c) || NO_LINE_START.indexOf(c) >= 0;
    }

    private static char charAt(int i, char[] cc, PdfChunk[] ck) {
        if (ck == null) {
            return cc[i];
        }
        PdfChunk chunk = ck[Math.min(i, ck.length - 1)];
        return chunk == null ? cc[i] : (char) chunk.getUnicodeEquivalent(cc[i]);
    }

    private static boolean isCjk(char c) {
        return (c >= 0x2e80 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00) || (c >= 0xfe30 && c < 0xfe50)
                || (c >= 0xff00 && c < 0xffa0) || (c >= 0x3000 && c < 0x3040);
    }
}
