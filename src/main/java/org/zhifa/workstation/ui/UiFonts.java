package org.zhifa.workstation.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the CJK font shipped with the program, so Chinese renders on a machine without CJK fonts.
 * The stylesheet names the family first and the usual system CJK fonts after it.
 */
public final class UiFonts {
    /** The family name of the bundled font, as the stylesheet names it. */
    public static final String FAMILY = "Noto Serif SC";
    static final String RESOURCE = "/org/zhifa/workstation/fonts/NotoSerifSC-Regular.ttf";
    private static final Logger LOG = LoggerFactory.getLogger(UiFonts.class);
    private static volatile Font loaded;

    private UiFonts() {
    }

    /** Loads the bundled font once; returns it, or null when it could not be loaded (system fonts then). */
    public static synchronized Font loadBundledFont() {
        if (loaded != null) {
            return loaded;
        }
        try (InputStream in = UiFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("bundled font {} not on the class path", RESOURCE);
                return null;
            }
            loaded = Font.loadFont(in, 14);
            if (loaded == null) {
                LOG.warn("bundled font {} could not be loaded", RESOURCE);
            } else {
                LOG.debug("loaded font family {}", loaded.getFamily());
            }
            return loaded;
        } catch (IOException e) {
            LOG.warn("bundled font {} could not be read", RESOURCE, e);
            return null;
        }
    }
}
