package org.zhifa.workstation.exchange.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One entry of the bundle as the manifest lists it. */
@JsonPropertyOrder({"path", "size", "sha256", "mediaType"})
public record ManifestEntry(String path, long size, String sha256, String mediaType) {
}
