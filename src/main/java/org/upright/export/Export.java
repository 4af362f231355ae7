package org.upright.export;

/** A file to download: its name, its media type and its bytes. */
public record Export(String fileName, String contentType, byte[] content) {}
