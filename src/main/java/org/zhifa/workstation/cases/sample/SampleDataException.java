package org.zhifa.workstation.cases.sample;

import org.zhifa.workstation.domain.text.Texts;

/** A demo-data file that cannot be read or does not hold together. */
public final class SampleDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SampleDataException(String file, String reason) {
        super(Texts.tr("sample.error", file, reason));
    }
}
