package org.zhifa.workstation.domain.cases;

/** The 全过程记录 metadata every audio/video or photo record carries (domain.md §5). */
public record RecordingMetadata(
        String recorder,
        String certificateNumber,
        java.time.LocalDateTime start,
        java.time.LocalDateTime end,
        String place,
        String device,
        String method,
        String proves,
        String transcript) {
}
